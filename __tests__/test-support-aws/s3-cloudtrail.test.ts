import { CloudTrailClient, LookupEventsCommand, paginateLookupEvents, type Event } from '@aws-sdk/client-cloudtrail';
import { GetObjectCommand, HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { cloudTrailClient, rejectionOf, s3Client } from './client-setup.js';

let aws: AwsEmulator;
let s3: S3Client;
let trail: CloudTrailClient;

const state = JSON.stringify({ version: 4, terraform_version: '1.9.0', serial: 3, lineage: 'x', outputs: {}, resources: [] });
const base = Date.parse('2025-06-01T00:00:00Z');

beforeAll(async () => {
  aws = await startAwsEmulator();
  s3 = s3Client(aws);
  trail = cloudTrailClient(aws, 10);
  aws.s3.putObject('tf-state', 'env/prod/ecs.tfstate', state, 'application/json');
  aws.s3.putObject('locked', 'x.tfstate', '{}');
  for (let i = 0; i < 120; i++) {
    aws.cloudtrail.addEvent({
      EventName: i % 2 === 0 ? 'UpdateService' : 'RegisterTaskDefinition',
      EventTime: new Date(base + i * 60_000),
      Username: 'alice',
      Resources: [{ ResourceType: 'AWS::ECS::Service', ResourceName: i % 3 === 0 ? 'api' : 'worker' }],
      CloudTrailEvent: { userIdentity: { type: 'IAMUser', userName: 'alice' }, requestParameters: { n: i } },
    });
  }
});

afterEach(() => {
  expect(aws.validationErrors).toEqual([]);
  aws.faults = {};
});

afterAll(async () => {
  s3.destroy();
  trail.destroy();
  await aws.close();
});

describe('S3', () => {
  it('serves a state file with GetObject and HeadObject (path-style)', async () => {
    const got = await s3.send(new GetObjectCommand({ Bucket: 'tf-state', Key: 'env/prod/ecs.tfstate' }));
    expect(await got.Body!.transformToString()).toBe(state);
    expect(got.ContentType).toBe('application/json');
    expect(got.ETag).toMatch(/^"[0-9a-f]{32}"$/);
    const head = await s3.send(new HeadObjectCommand({ Bucket: 'tf-state', Key: 'env/prod/ecs.tfstate' }));
    expect(head.ContentLength).toBe(Buffer.byteLength(state));
    expect(aws.calls.GetObject).toBe(1);
    expect(aws.calls.HeadObject).toBe(1);
  });

  it('answers NoSuchKey, NoSuchBucket and injected AccessDenied', async () => {
    const noKey = await rejectionOf(s3.send(new GetObjectCommand({ Bucket: 'tf-state', Key: 'missing.tfstate' })));
    expect(noKey).toMatchObject({ name: 'NoSuchKey', status: 404 });
    const noBucket = await rejectionOf(s3.send(new GetObjectCommand({ Bucket: 'nope', Key: 'a' })));
    expect(noBucket).toMatchObject({ name: 'NoSuchBucket', status: 404 });
    const headMissing = await rejectionOf(s3.send(new HeadObjectCommand({ Bucket: 'tf-state', Key: 'missing.tfstate' })));
    expect(headMissing.status).toBe(404);
    aws.faults.s3AccessDeniedBuckets = ['locked'];
    const denied = await rejectionOf(s3.send(new GetObjectCommand({ Bucket: 'locked', Key: 'x.tfstate' })));
    expect(denied).toMatchObject({ name: 'AccessDenied', status: 403 });
  });
});

describe('CloudTrail LookupEvents', () => {
  it('pages with NextToken (at most 50 per page), newest first, filtered by one attribute', async () => {
    const events: Event[] = [];
    for await (const page of paginateLookupEvents({ client: trail }, { LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'UpdateService' }] })) {
      expect(page.Events!.length).toBeLessThanOrEqual(50);
      events.push(...(page.Events ?? []));
    }
    expect(events).toHaveLength(60);
    expect(events.every((e) => e.EventName === 'UpdateService')).toBe(true);
    const times = events.map((e) => e.EventTime!.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(JSON.parse(events[0]!.CloudTrailEvent!)).toMatchObject({ eventName: 'UpdateService', userIdentity: { userName: 'alice' } });
  });

  it('filters by ResourceName and time range', async () => {
    const out = await trail.send(
      new LookupEventsCommand({
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'api' }],
        StartTime: new Date(base),
        EndTime: new Date(base + 30 * 60_000),
        MaxResults: 50,
      }),
    );
    // i in 0..30 with i % 3 === 0 -> 11 events.
    expect(out.Events).toHaveLength(11);
    expect(out.NextToken).toBeUndefined();
    expect(out.Events!.every((e) => e.Resources![0]!.ResourceName === 'api')).toBe(true);
  });

  it('rejects two lookup attributes and MaxResults over 50', async () => {
    const two = await rejectionOf(
      trail.send(new LookupEventsCommand({ LookupAttributes: [{ AttributeKey: 'EventName', AttributeValue: 'a' }, { AttributeKey: 'Username', AttributeValue: 'b' }] })),
    );
    expect(two.name).toBe('InvalidLookupAttributesException');
    const big = await rejectionOf(trail.send(new LookupEventsCommand({ MaxResults: 51 })));
    expect(big.name).toBe('InvalidMaxResultsException');
  });

  it('throttles beyond 2 requests per second per account and region', async () => {
    const noRetry = cloudTrailClient(aws, 1);
    try {
      const settled = await Promise.allSettled(Array.from({ length: 10 }, () => noRetry.send(new LookupEventsCommand({ MaxResults: 1 }))));
      const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
      // Ten concurrent calls fit into 2 tokens/second only if they took 4 seconds to arrive.
      expect(rejected.length).toBeGreaterThan(0);
      expect(new Set(rejected.map((r) => (r.reason as Error).name))).toEqual(new Set(['ThrottlingException']));
    } finally {
      noRetry.destroy();
    }
  });

  it('answers AccessDeniedException when CloudTrail access is denied', async () => {
    aws.faults.cloudTrailAccessDenied = true;
    const denied = await rejectionOf(trail.send(new LookupEventsCommand({})));
    expect(denied.name).toBe('AccessDeniedException');
    expect(denied.message).toContain('cloudtrail:LookupEvents');
  });
});
