// The AWS clients the tool builds (src/drift/aws-clients.ts), over loopback HTTP against the AWS
// emulator's per-operation faults: a failed call's error names the request and what to check,
// retries stop at the attempt limit or when the run's wait budget is spent (saying which), each
// backoff stays under the per-request cap, a silent endpoint ends in "no answer", and no
// credential reaches the message.
import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { DescribeClustersCommand, DescribeServicesCommand } from '@aws-sdk/client-ecs';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import { afterEach, describe, expect, it } from '@jest/globals';
import { cloudTrailClient, ecsClient, MAX_ATTEMPTS, s3Client, type AwsClientOptions } from '../../src/drift/aws-clients.js';
import { memoryLogger } from '../../src/logger.js';
import { WaitBudget } from '../../src/wait-budget.js';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { PLANTED_CREDENTIALS } from '../../test-support/planted-credentials.js';

const open: Array<{ aws: AwsEmulator; destroy: Array<() => void> }> = [];

async function setup(): Promise<AwsEmulator> {
  const aws = await startAwsEmulator();
  aws.ecs.putCluster({ clusterName: 'prod' });
  aws.ecs.registerTaskDefinition({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] });
  aws.ecs.putService('prod', { serviceName: 'api', taskDefinition: 'web:1', desiredCount: 1 });
  aws.s3.putObject('tf-state', 'prod/terraform.tfstate', '{"version":4,"resources":[]}');
  open.push({ aws, destroy: [] });
  return aws;
}

// A planted key pair: the messages must never carry it (test-support/planted-credentials.ts).
const credentials = { accessKeyId: PLANTED_CREDENTIALS['aws-access-key-id']!, secretAccessKey: 'planted-secret-access-key-0123456789' };

function options(aws: AwsEmulator, extra: AwsClientOptions = {}): AwsClientOptions {
  return { endpoint: aws.endpoint, credentials, ...extra };
}

function track<T extends { destroy(): void }>(aws: AwsEmulator, client: T): T {
  open.find((o) => o.aws === aws)!.destroy.push(() => client.destroy());
  return client;
}

async function failureOf(promise: Promise<unknown>): Promise<Error & { $metadata?: { attempts?: number; httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, it succeeded');
}

afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    for (const d of destroy) d();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

describe('errors that name the request', () => {
  it('ECS AccessDenied: service, operation, target, region, status, code, message, attempts and the IAM action to grant', async () => {
    const aws = await setup();
    const logger = memoryLogger();
    const ecs = track(aws, ecsClient(aws.region, options(aws, { logger })));
    aws.injectFault({ service: 'ECS', operation: 'DescribeServices', target: 'prod', kind: 'access-denied', times: Infinity });
    const error = await failureOf(ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })));
    expect(error.name).toBe('AccessDeniedException');
    expect(error.message).toMatch(
      /^access denied: ECS DescribeServices on cluster prod, service api in us-east-1 → 400 AccessDeniedException: User: arn:aws:iam::123456789012:user\/drift-guard-emulator is not authorized to perform: ecs:DescribeServices .* \(1 attempt; check: the role may lack ecs:DescribeServices\)$/,
    );
    // Not retried: an access decision does not change on the second ask.
    expect(aws.faultHits).toHaveLength(1);
    expect(logger.messages).toEqual([{ level: 'info', message: `AWS request failed: ${error.message}` }]);
  });

  it('S3: NoSuchKey and NoSuchBucket point at the state location; a 403 at s3:GetObject on the object', async () => {
    const aws = await setup();
    const s3 = track(aws, s3Client(aws.region, { ...options(aws), maxAttempts: 1 }));
    const noKey = await failureOf(s3.send(new GetObjectCommand({ Bucket: 'tf-state', Key: 'nope.tfstate' })));
    expect(noKey.message).toMatch(/^not found: S3 GetObject on s3:\/\/tf-state\/nope\.tfstate in us-east-1 → 404 NoSuchKey: The specified key does not exist\. \(1 attempt; check: the state location: no object at s3:\/\/tf-state\/nope\.tfstate \(the `state` input/);
    const noBucket = await failureOf(s3.send(new GetObjectCommand({ Bucket: 'elsewhere', Key: 'k' })));
    expect(noBucket.message).toMatch(/→ 404 NoSuchBucket: .*check: the state location: the bucket does not exist/);
    aws.injectFault({ service: 'S3', operation: 'GetObject', kind: 'access-denied' });
    const denied = await failureOf(s3.send(new GetObjectCommand({ Bucket: 'tf-state', Key: 'prod/terraform.tfstate' })));
    expect(denied.message).toMatch(/^access denied: S3 GetObject on s3:\/\/tf-state\/prod\/terraform\.tfstate in us-east-1 → 403 AccessDenied: Access Denied .*check: the role may lack s3:GetObject on s3:\/\/tf-state\/prod\/terraform\.tfstate/);
  });

  it('expired credentials are named as such, and no credential appears in any message', async () => {
    const aws = await setup();
    const ecs = track(aws, ecsClient(aws.region, options(aws)));
    // awsJson1.1 services answer ExpiredTokenException (AWS common errors); the message may echo nothing secret.
    aws.injectFault({ service: 'ECS', operation: 'DescribeClusters', kind: 'error', status: 400, code: 'ExpiredTokenException', message: `The security token included in the request is expired (key ${credentials.accessKeyId})` });
    const error = await failureOf(ecs.send(new DescribeClustersCommand({ clusters: ['prod'] })));
    expect(error.message).toMatch(/^credentials rejected: ECS DescribeClusters on cluster prod .* → 400 ExpiredTokenException: .*check: the AWS credentials have expired/);
    expect(error.message).not.toContain(credentials.accessKeyId);
    expect(error.message).not.toContain(credentials.secretAccessKey);
    expect(error.message).toContain('[access key id]');
  });
});

describe('bounded retries', () => {
  it('a fault that clears after two attempts is retried to success, each service with its own explicit attempt limit', async () => {
    const aws = await setup();
    const ecs = track(aws, ecsClient(aws.region, options(aws)));
    const trail = track(aws, cloudTrailClient(aws.region, options(aws)));
    aws.injectFault({ service: 'ECS', operation: 'DescribeClusters', kind: 'server-error', times: 2 });
    aws.injectFault({ service: 'CloudTrail', operation: 'LookupEvents', kind: 'throttle', times: 2 });
    const described = await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }));
    expect(described.clusters?.[0]?.clusterName).toBe('prod');
    expect(described.$metadata.attempts).toBe(3);
    const looked = await trail.send(new LookupEventsCommand({}));
    expect(looked.$metadata.attempts).toBe(3);
    expect(await ecs.config.maxAttempts()).toBe(MAX_ATTEMPTS.ECS);
    expect(await trail.config.maxAttempts()).toBe(MAX_ATTEMPTS.CloudTrail);
  });

  it('throttling beyond the attempt limit: every backoff under the per-request cap, all of them charged to the run', async () => {
    const aws = await setup();
    const budget = new WaitBudget({ maxWaitSeconds: 0.02, maxTotalWaitSeconds: 60 });
    const ecs = track(aws, ecsClient(aws.region, options(aws, { budget, maxAttempts: 6 })));
    aws.injectFault({ service: 'ECS', operation: 'DescribeClusters', kind: 'throttle', times: Infinity });
    const error = await failureOf(ecs.send(new DescribeClustersCommand({ clusters: ['prod'] })));
    expect(error.$metadata?.attempts).toBe(6);
    expect(aws.faultHits).toHaveLength(6);
    expect(error.message).toMatch(/^throttled: ECS DescribeClusters on cluster prod in us-east-1 → 400 ThrottlingException: Rate exceeded \(6 attempts; check: AWS kept throttling/);
    // Five waits, none over 0.02 s (the SDK's own backoff after throttling starts at up to 0.5 s).
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.spent).toBeLessThanOrEqual(5 * 0.02);
  });

  it('when the run has no wait left, the call fails at once and says the budget stopped it', async () => {
    const aws = await setup();
    const budget = new WaitBudget({ maxWaitSeconds: 1, maxTotalWaitSeconds: 0 });
    const ecs = track(aws, ecsClient(aws.region, options(aws, { budget })));
    aws.injectFault({ service: 'ECS', operation: 'DescribeServices', kind: 'server-error', times: Infinity });
    const error = await failureOf(ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })));
    expect(aws.faultHits).toHaveLength(1);
    expect(error.message).toMatch(/^AWS server error: ECS DescribeServices on cluster prod, service api in us-east-1 → 500 ServerException: .*\(1 attempt; retries stopped after 1 attempt: waiting [\d.]+s more would exceed the 0s allowed per run \(0s spent\); check: ECS had a server error; re-run the job \(or raise retries\.max-total-wait-seconds\)\)$/);
  });

  it('a silent endpoint: each attempt ends at the request timeout, the time is charged, and the error says no answer', async () => {
    const aws = await setup();
    const budget = new WaitBudget({ maxWaitSeconds: 0.05, maxTotalWaitSeconds: 60 });
    const ecs = track(aws, ecsClient(aws.region, options(aws, { budget, maxAttempts: 2, requestTimeoutMs: 200 })));
    aws.injectFault({ service: 'ECS', operation: 'DescribeClusters', kind: 'hang', times: Infinity });
    const error = await failureOf(ecs.send(new DescribeClustersCommand({ clusters: ['prod'] })));
    expect(error.message).toMatch(/^no answer: ECS DescribeClusters on cluster prod in us-east-1 → no answer (TimeoutError|ETIMEDOUT): .*\(2 attempts; check: the network path to ECS/);
    expect(aws.faultHits).toHaveLength(2);
    // Both unanswered attempts count as waiting: about 0.2 s each.
    expect(budget.spent).toBeGreaterThanOrEqual(0.3);
  });
});
