import { DescribeClustersCommand, DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { afterEach, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { ecsClient, rejectionOf } from './client-setup.js';

const open: { aws: AwsEmulator; clients: ECSClient[] }[] = [];

async function setup(opts: Parameters<typeof startAwsEmulator>[0] = {}): Promise<AwsEmulator> {
  const aws = await startAwsEmulator(opts);
  aws.ecs.putCluster({ clusterName: 'prod' });
  aws.ecs.registerTaskDefinition({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] });
  aws.ecs.putService('prod', { serviceName: 'api', taskDefinition: 'web:1', desiredCount: 1 });
  open.push({ aws, clients: [] });
  return aws;
}

function client(aws: AwsEmulator, maxAttempts: number): ECSClient {
  const c = ecsClient(aws, maxAttempts);
  open.find((o) => o.aws === aws)!.clients.push(c);
  return c;
}

afterEach(async () => {
  for (const { aws, clients } of open.splice(0)) {
    expect(aws.validationErrors).toEqual([]);
    for (const c of clients) c.destroy();
    await aws.close();
  }
});

describe('token-bucket rate limit', () => {
  it('throttles calls over the burst, and the SDK standard retry recovers', async () => {
    const aws = await setup({ faults: { rateLimit: { perSecond: 20, burst: 2 } } });
    const ecs = client(aws, 10);
    const results = await Promise.all(Array.from({ length: 8 }, () => ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }))));
    expect(results.every((r) => r.clusters![0]!.clusterName === 'prod')).toBe(true);
    expect(aws.calls.throttled).toBeGreaterThan(0);
    // Throttled attempts are counted apart, so served calls equal logical calls.
    expect(aws.calls.DescribeClusters).toBe(8);
  });

  it('surfaces ThrottlingException when the client does not retry', async () => {
    const aws = await setup({ faults: { rateLimit: { perSecond: 0.001, burst: 3 } } });
    const ecs = client(aws, 1);
    const settled = await Promise.allSettled(Array.from({ length: 6 }, () => ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }))));
    const rejected = settled.filter((s): s is PromiseRejectedResult => s.status === 'rejected');
    expect(settled.filter((s) => s.status === 'fulfilled')).toHaveLength(3);
    expect(rejected).toHaveLength(3);
    expect(rejected.map((r) => (r.reason as Error).name)).toEqual(['ThrottlingException', 'ThrottlingException', 'ThrottlingException']);
    expect(aws.calls.throttled).toBe(3);
  });
});

describe('injected throttle rate', () => {
  async function pattern(seed: number): Promise<boolean[]> {
    const aws = await setup({ seed, faults: { throttleRate: 0.5 } });
    const ecs = client(aws, 1);
    const outcome: boolean[] = [];
    for (let i = 0; i < 20; i++) {
      outcome.push(await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] })).then(() => true, (e: Error) => {
        expect(e.name).toBe('ThrottlingException');
        return false;
      }));
    }
    return outcome;
  }

  it('is deterministic for a seed and throttles about the given share', async () => {
    const first = await pattern(42);
    const again = await pattern(42);
    const other = await pattern(7);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
    const throttled = first.filter((ok) => !ok).length;
    expect(throttled).toBeGreaterThan(0);
    expect(throttled).toBeLessThan(20);
  });

  it('can be changed at run time', async () => {
    const aws = await setup();
    const ecs = client(aws, 1);
    aws.faults.throttleRate = 1;
    expect((await rejectionOf(ecs.send(new DescribeClustersCommand({ clusters: ['prod'] })))).name).toBe('ThrottlingException');
    aws.faults.throttleRate = 0;
    expect((await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }))).clusters).toHaveLength(1);
  });

  it('is recovered by retries with a standard retry client', async () => {
    const aws = await setup({ seed: 3, faults: { throttleRate: 0.3 } });
    const ecs = client(aws, 10);
    for (let i = 0; i < 10; i++) {
      const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }));
      expect(out.services![0]!.serviceName).toBe('api');
    }
    expect(aws.calls.DescribeServices).toBe(10);
    expect(aws.calls.throttled).toBeGreaterThan(0);
  });
});

describe('latency', () => {
  it('delays every call by at least latencyMs', async () => {
    const aws = await setup({ faults: { latencyMs: 120 } });
    const ecs = client(aws, 1);
    const started = performance.now();
    await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }));
    await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }));
    // A lower bound only: on a busy machine calls may be slower, never faster.
    expect(performance.now() - started).toBeGreaterThanOrEqual(2 * 120 - 5);
  });
});

describe('environment endpoints', () => {
  it('is reached through AWS_ENDPOINT_URL_ECS and fake credentials from env()', async () => {
    const aws = await setup();
    const saved = { ...process.env };
    Object.assign(process.env, aws.env());
    try {
      const ecs = new ECSClient({});
      open.find((o) => o.aws === aws)!.clients.push(ecs);
      const out = await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }));
      expect(out.clusters![0]!.clusterArn).toBe(`arn:aws:ecs:us-east-1:123456789012:cluster/prod`);
      expect(aws.calls.DescribeClusters).toBe(1);
    } finally {
      for (const key of Object.keys(aws.env())) {
        if (saved[key] === undefined) delete process.env[key];
        else process.env[key] = saved[key];
      }
    }
  });
});

describe('per-operation faults (injectFault)', () => {
  it('answer in the wire format of the service: awsJson1.1 __type + x-amzn-errortype, S3 XML; N times, then the operation is served', async () => {
    const aws = await setup();
    aws.injectFault({ service: 'ECS', operation: 'DescribeServices', target: '"prod"', kind: 'throttle', times: 1 });
    aws.injectFault({ service: 'S3', operation: 'GetObject', target: /^\/tf-state\//, kind: 'server-error', times: 1 });
    const ecsCall = () => fetch(aws.endpoint, {
      method: 'POST',
      headers: { 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.DescribeServices', 'content-type': 'application/x-amz-json-1.1' },
      body: JSON.stringify({ cluster: 'prod', services: ['api'] }),
    });
    const throttled = await ecsCall();
    expect(throttled.status).toBe(400);
    expect(throttled.headers.get('x-amzn-errortype')).toBe('ThrottlingException:');
    expect(await throttled.json()).toEqual({ __type: 'ThrottlingException', message: 'Rate exceeded' });
    const s3 = await fetch(`${aws.endpoint}/tf-state/prod.tfstate`);
    expect(s3.status).toBe(500);
    expect(s3.headers.get('content-type')).toBe('application/xml');
    expect(await s3.text()).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Error><Code>InternalError<\/Code><Message>We encountered an internal error\. Please try again\.<\/Message><RequestId>[0-9A-F]{16}<\/RequestId><HostId>[^<]+<\/HostId><\/Error>$/);
    expect(aws.faultHits).toEqual([
      { service: 'ECS', operation: 'DescribeServices', kind: 'throttle' },
      { service: 'S3', operation: 'GetObject', kind: 'server-error' },
    ]);
    // Spent: the next call reaches the emulator (unsigned, so it is refused as AWS refuses it, and recorded as such).
    const served = await ecsCall();
    expect(served.status).toBe(403);
    expect(aws.faultHits).toHaveLength(2);
    aws.validationErrors.length = 0;
  });

  it('served requests are logged by service and operation; faulted ones are not', async () => {
    const aws = await setup();
    const ecs = client(aws, 1);
    aws.injectFault({ service: 'ECS', operation: 'DescribeClusters', kind: 'drop' });
    await expect(ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }))).rejects.toThrow();
    await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }));
    expect(aws.requests).toEqual([{ service: 'ECS', operation: 'DescribeServices' }]);
    expect(aws.faultHits).toEqual([{ service: 'ECS', operation: 'DescribeClusters', kind: 'drop' }]);
  });
});
