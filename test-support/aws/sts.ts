// AWS STS GetCallerIdentity over the Query protocol, as the STS API reference defines it
// (https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html): a form-encoded
// POST `Action=GetCallerIdentity&Version=2011-06-15`, answered with
// <GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"> holding
// <GetCallerIdentityResult> (Arn, UserId, Account) and <ResponseMetadata><RequestId>. Errors use the
// Query protocol's <ErrorResponse><Error><Type/><Code/><Message/></Error><RequestId/></ErrorResponse>.
// The AWS provider calls it to learn the account id it builds ARNs with (skip_requesting_account_id = false).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const STS_VERSION = '2011-06-15';
const STS_NAMESPACE = `https://sts.amazonaws.com/doc/${STS_VERSION}/`;

export interface StsCaller {
  accountId: string;
  /** The caller's ARN, e.g. arn:aws:iam::123456789012:user/name. */
  arn: string;
  /** aws:userid of an IAM user: its unique id (IAM User Guide, "Policy variables", principal table). */
  userId: string;
}

/** True for a Query-protocol STS request: form-encoded POST whose body names an Action. */
export function isStsQuery(req: IncomingMessage, body: string): boolean {
  const type = req.headers['content-type'] ?? '';
  return req.method === 'POST' && type.startsWith('application/x-www-form-urlencoded') && /(?:^|&)Action=/.test(body);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serves one STS request; returns the operation name and any protocol errors seen. */
export function serveSts(res: ServerResponse, body: string, caller: StsCaller): { operation: string; errors: string[] } {
  const params = new URLSearchParams(body);
  const action = params.get('Action') ?? '';
  const requestId = randomUUID();
  const errors: string[] = [];
  if (params.get('Version') !== STS_VERSION) errors.push(`request STS.${action}: Version ${params.get('Version')} is not ${STS_VERSION}`);
  if (action !== 'GetCallerIdentity') {
    errors.push(`request STS.${action}: the emulator implements only GetCallerIdentity`);
    sendXml(res, 400, `<ErrorResponse xmlns="${STS_NAMESPACE}"><Error><Type>Sender</Type><Code>InvalidAction</Code><Message>The action ${escapeXml(action)} is not valid for this web service.</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`);
    return { operation: action || 'STS', errors };
  }
  sendXml(res, 200, [
    `<GetCallerIdentityResponse xmlns="${STS_NAMESPACE}">`,
    '  <GetCallerIdentityResult>',
    `    <Arn>${escapeXml(caller.arn)}</Arn>`,
    `    <UserId>${escapeXml(caller.userId)}</UserId>`,
    `    <Account>${escapeXml(caller.accountId)}</Account>`,
    '  </GetCallerIdentityResult>',
    '  <ResponseMetadata>',
    `    <RequestId>${requestId}</RequestId>`,
    '  </ResponseMetadata>',
    '</GetCallerIdentityResponse>',
  ].join('\n'));
  return { operation: 'GetCallerIdentity', errors };
}

function sendXml(res: ServerResponse, status: number, xml: string): void {
  res.writeHead(status, { 'content-type': 'text/xml', 'content-length': Buffer.byteLength(xml), 'x-amzn-requestid': randomUUID() });
  res.end(xml);
}
