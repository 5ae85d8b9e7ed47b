// STS GetCallerIdentity (Query protocol, XML; test-support/aws/sts.ts): the AWS provider asks it for
// the account id when skip_requesting_account_id = false. The installed SDK has no STS client with
// this operation (only @aws-sdk/nested-clients' AssumeRole ones), so the wire format is checked here
// against the STS API reference; the real client is the AWS provider's Go SDK, which
// test-support/terraform/provider-fixtures.ts runs for the fargate-alb-import recording and which
// must have called it (the recorder fails otherwise).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';

let aws: AwsEmulator;

beforeAll(async () => {
  aws = await startAwsEmulator({ accountId: '210987654321' });
});

afterAll(async () => {
  await aws.close();
});

/** A Query-protocol POST signed (scope only: the emulator checks service and presence, not the HMAC) for STS. */
function stsPost(body: string): Promise<Response> {
  return fetch(aws.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      authorization: 'AWS4-HMAC-SHA256 Credential=test/20260115/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0',
    },
    body,
  });
}

const element = (xml: string, name: string): string | undefined => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1];

describe('STS GetCallerIdentity', () => {
  it("answers the emulator's account and caller in the API reference's XML", async () => {
    const response = await stsPost('Action=GetCallerIdentity&Version=2011-06-15');
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/xml');
    expect(xml).toMatch(/^<GetCallerIdentityResponse xmlns="https:\/\/sts\.amazonaws\.com\/doc\/2011-06-15\/">\s*<GetCallerIdentityResult>/);
    expect({ account: element(xml, 'Account'), arn: element(xml, 'Arn'), userId: element(xml, 'UserId'), requestId: element(xml, 'RequestId') }).toEqual({
      account: '210987654321',
      arn: 'arn:aws:iam::210987654321:user/drift-guard-emulator',
      userId: expect.stringMatching(/^AIDA[0-9A-Z]{17}$/),
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(aws.calls.GetCallerIdentity).toBe(1);
    expect(aws.validationErrors).toEqual([]);
  });

  it('answers another STS action with the Query protocol error InvalidAction', async () => {
    const response = await stsPost('Action=AssumeRole&Version=2011-06-15');
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>InvalidAction<\/Code>/);
    expect(aws.validationErrors).toEqual(['request STS.AssumeRole: the emulator implements only GetCallerIdentity']);
    aws.validationErrors.length = 0;
  });
});
