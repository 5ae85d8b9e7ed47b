// EventBridge events for ECS API calls ("AWS API Call via CloudTrail"), shaped as the EventBridge
// User Guide's "Events from AWS services" and CloudTrail's "CloudTrail record contents" describe:
// an envelope (version, id, detail-type, source, account, time, region, resources) around the
// CloudTrail record, whose requestParameters are the API request's JSON members.
//
// `callEcs` makes the call with the real @aws-sdk/client-ecs against the emulator and records the
// request body the SDK actually sent as requestParameters, and the answer as responseElements, so
// an event's parameters are the real client's, not written by hand.
import { randomUUID } from 'node:crypto';
import type { ECSClient } from '@aws-sdk/client-ecs';

export interface CallerIdentity {
  /** CloudTrail userIdentity. */
  userIdentity: Record<string, unknown>;
  userAgent: string;
  sourceIPAddress: string;
  sessionCredentialFromConsole?: 'true';
}

/** A person in the console, signed in through an SSO role. */
export function consoleUser(account: string, session = 'alice@example.com'): CallerIdentity {
  return {
    userIdentity: {
      type: 'AssumedRole',
      principalId: `AROAEXAMPLEID:${session}`,
      arn: `arn:aws:sts::${account}:assumed-role/AWSReservedSSO_AdministratorAccess_0123456789abcdef/${session}`,
      accountId: account,
      sessionContext: {
        sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${account}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_AdministratorAccess_0123456789abcdef`, accountId: account, userName: 'AWSReservedSSO_AdministratorAccess_0123456789abcdef' },
        attributes: { creationDate: '2026-12-02T01:00:00Z', mfaAuthenticated: 'false' },
      },
    },
    userAgent: 'AWS Internal',
    sourceIPAddress: '198.51.100.23',
    sessionCredentialFromConsole: 'true',
  };
}

/** The Terraform pipeline's role (a principal listed in drift.pipeline-roles). */
export function pipelineRole(account: string, role = 'terraform-apply'): CallerIdentity {
  return {
    userIdentity: {
      type: 'AssumedRole',
      arn: `arn:aws:sts::${account}:assumed-role/${role}/GitHubActions`,
      accountId: account,
      sessionContext: { sessionIssuer: { type: 'Role', arn: `arn:aws:iam::${account}:role/${role}`, accountId: account, userName: role } },
    },
    userAgent: 'APN/1.0 HashiCorp/1.0 Terraform/1.11.4 (+https://www.terraform.io) terraform-provider-aws/5.100.0 aws-sdk-go-v2/1.36.3',
    sourceIPAddress: '203.0.113.9',
  };
}

export interface EcsApiCallEvent {
  version: '0';
  id: string;
  'detail-type': 'AWS API Call via CloudTrail';
  source: 'aws.ecs';
  account: string;
  time: string;
  region: string;
  resources: string[];
  detail: Record<string, unknown>;
}

export function ecsApiCallEvent(input: {
  eventName: string;
  account: string;
  region: string;
  caller: CallerIdentity;
  requestParameters: Record<string, unknown> | null;
  responseElements?: Record<string, unknown> | null;
  time?: Date;
  eventID?: string;
  errorCode?: string;
}): EcsApiCallEvent {
  const time = (input.time ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'AWS API Call via CloudTrail',
    source: 'aws.ecs',
    account: input.account,
    time,
    region: input.region,
    resources: [],
    detail: {
      eventVersion: '1.09',
      userIdentity: input.caller.userIdentity,
      eventTime: time,
      eventSource: 'ecs.amazonaws.com',
      eventName: input.eventName,
      awsRegion: input.region,
      sourceIPAddress: input.caller.sourceIPAddress,
      userAgent: input.caller.userAgent,
      requestParameters: input.requestParameters,
      responseElements: input.responseElements ?? null,
      ...(input.errorCode ? { errorCode: input.errorCode, errorMessage: 'denied' } : {}),
      requestID: randomUUID(),
      eventID: input.eventID ?? randomUUID(),
      readOnly: false,
      eventType: 'AwsApiCall',
      managementEvent: true,
      recipientAccountId: input.account,
      eventCategory: 'Management',
      ...(input.caller.sessionCredentialFromConsole ? { sessionCredentialFromConsole: 'true' } : {}),
    },
  };
}

/**
 * Sends `command` with the real client and returns the EventBridge event CloudTrail would emit
 * for it: the request body the SDK serialized, and the response it got.
 */
export async function callEcs(client: ECSClient, command: object, event: { account: string; region: string; caller: CallerIdentity; time?: Date }): Promise<EcsApiCallEvent> {
  let requestBody: string | undefined;
  let operation = '';
  const capture = (next: (args: { request: unknown }) => Promise<unknown>) => async (args: { request: unknown }) => {
    const request = args.request as { body?: unknown; headers?: Record<string, string> };
    if (typeof request.body === 'string') requestBody = request.body;
    else if (request.body instanceof Uint8Array) requestBody = new TextDecoder().decode(new Uint8Array(request.body));
    operation = (request.headers?.['x-amz-target'] ?? '').split('.').pop() ?? '';
    return next(args);
  };
  (command as unknown as { middlewareStack: { add: (mw: unknown, opts: unknown) => void } }).middlewareStack.add(capture, { step: 'finalizeRequest', name: 'recordCloudTrailParameters' });
  const output = (await (client.send as (c: unknown) => Promise<unknown>).call(client, command)) as Record<string, unknown>;
  const { $metadata: _metadata, ...response } = output;
  return ecsApiCallEvent({
    eventName: operation,
    account: event.account,
    region: event.region,
    caller: event.caller,
    time: event.time,
    requestParameters: requestBody ? (JSON.parse(requestBody) as Record<string, unknown>) : null,
    responseElements: JSON.parse(JSON.stringify(response)) as Record<string, unknown>,
  });
}
