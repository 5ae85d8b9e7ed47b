import * as ecsSdk from '@aws-sdk/client-ecs';
import { DescribeServicesCommand, ECSClient } from '@aws-sdk/client-ecs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiModel } from '../../test-support/aws/api-model.js';
import { startAwsEmulator, type AwsEmulator, type ServiceSeed } from '../../test-support/aws/emulator.js';
import { ecsClient } from './client-setup.js';

let aws: AwsEmulator;
let ecs: ECSClient;

beforeAll(async () => {
  aws = await startAwsEmulator();
  ecs = ecsClient(aws);
  aws.ecs.putCluster({ clusterName: 'prod' });
  aws.ecs.registerTaskDefinition({ family: 'web', containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }] });
});

beforeEach(() => {
  aws.validationErrors.length = 0;
});

afterAll(async () => {
  ecs.destroy();
  await aws.close();
});

/** A hand-made awsJson1.1 request, as a buggy client would send it. */
async function rawEcs(operation: string, body: unknown): Promise<{ status: number; json: { __type: string; message: string } }> {
  const res = await fetch(aws.endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': `AmazonEC2ContainerServiceV20141113.${operation}`,
      authorization: `AWS4-HMAC-SHA256 Credential=test/20250601/${aws.region}/ecs/aws4_request, SignedHeaders=host, Signature=00`,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as { __type: string; message: string } };
}

describe('request validation', () => {
  it('detects a member of the wrong type', async () => {
    const res = await rawEcs('DescribeServices', { cluster: 'prod', services: 'api' });
    expect(res.status).toBe(400);
    expect(res.json.__type).toBe('SerializationException');
    expect(aws.validationErrors).toHaveLength(1);
    expect(aws.validationErrors[0]).toMatch(/^request ECS\.DescribeServices: \$\.services: expected a list/);
  });

  it('detects a missing required member, an unknown member and a bad enum value', async () => {
    const missing = await rawEcs('DescribeTaskDefinition', {});
    expect(missing.json.__type).toBe('InvalidParameterException');
    const unknown = await rawEcs('DescribeClusters', { clusters: ['prod'], includeEverything: true });
    expect(unknown.status).toBe(400);
    const badEnum = await rawEcs('DescribeClusters', { clusters: ['prod'], include: ['EVERYTHING'] });
    expect(badEnum.status).toBe(400);
    expect(aws.validationErrors).toEqual([
      'request ECS.DescribeTaskDefinition: $.taskDefinition: required member of DescribeTaskDefinitionRequest is missing',
      'request ECS.DescribeClusters: $.includeEverything: DescribeClustersRequest has no member "includeEverything"',
      'request ECS.DescribeClusters: $.include[0]: "EVERYTHING" is not one of ATTACHMENTS, CONFIGURATIONS, SETTINGS, STATISTICS, TAGS',
    ]);
  });

  it('flags unsigned requests and unknown operations', async () => {
    const unsigned = await fetch(aws.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AmazonEC2ContainerServiceV20141113.ListClusters' },
      body: '{}',
    });
    expect(unsigned.status).toBe(403);
    const unknown = await rawEcs('LaunchRockets', {});
    expect(unknown.json.__type).toBe('UnknownOperationException');
    expect(aws.validationErrors).toHaveLength(2);
    expect(aws.validationErrors[0]).toContain('not signed');
    expect(aws.validationErrors[1]).toContain('no such operation');
  });

  it('accepts valid SDK traffic without errors', async () => {
    await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['x'], include: ['TAGS'] }));
    expect(aws.validationErrors).toEqual([]);
  });
});

describe('response validation', () => {
  it('reports seeded state that ECS could never return', async () => {
    const bogus = { serviceName: 'odd', taskDefinition: 'web:1', desiredCount: 1, launchType: 'MOON', colour: 'blue' } as unknown as ServiceSeed;
    aws.ecs.putService('prod', bogus);
    await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['odd'] })).catch(() => undefined);
    expect(aws.validationErrors).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^response ECS\.DescribeServices: \$\.services\[0\]\.launchType: "MOON" is not one of /),
        'response ECS.DescribeServices: $.services[0].colour: Service has no member "colour"',
      ]),
    );
  });
});

describe('ApiModel', () => {
  const model = new ApiModel('ECS', ecsSdk as unknown as Record<string, unknown>, '@aws-sdk/client-ecs');

  it('recovers enums from the client type declarations', () => {
    expect(model.checksEnums).toBe(true);
  });

  it('checks nested structures, lists, maps, numbers, booleans and timestamps', () => {
    const op = model.operation('RegisterTaskDefinition')!;
    const errors = model.validate(op.input, {
      family: 'web',
      containerDefinitions: [{ name: 'a', image: 'x', cpu: '1', essential: 'yes', dockerLabels: { a: 1 }, portMappings: [{ containerPort: 80, protocol: 'sctp' }] }],
    });
    expect(errors).toEqual([
      '$.containerDefinitions[0].cpu: expected a number, got string "1"',
      '$.containerDefinitions[0].essential: expected a boolean, got string "yes"',
      '$.containerDefinitions[0].dockerLabels.a: expected a string, got number 1',
      '$.containerDefinitions[0].portMappings[0].protocol: "sctp" is not one of tcp, udp',
    ]);
    const out = model.operation('DescribeServices')!;
    expect(model.validate(out.output, { services: [{ createdAt: '2025-01-01' }] })).toEqual([
      '$.services[0].createdAt: expected a timestamp (epoch seconds), got string "2025-01-01"',
    ]);
    expect(model.validate(out.output, model.toWire(out.output, { services: [{ createdAt: new Date(0) }] }))).toEqual([]);
  });
});
