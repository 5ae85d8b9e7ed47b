// Task sets of EXTERNAL services, and resources whose region is not in the state.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { detectDrift, type DriftRun } from '../../src/drift/detect-drift.js';
import { silentLogger } from '../../src/logger.js';
import { emulatorClients } from './live-estate.js';

const A = 'arn:aws:ecs:us-east-1:123456789012';
const open: { aws: AwsEmulator; destroy(): void }[] = [];

afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

function writeState(resources: unknown[]): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'drift-'));
  writeFileSync(path.join(dir, 'terraform.tfstate'), JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'l', outputs: {}, resources }));
  return { dir, file: 'terraform.tfstate' };
}

const managed = (type: string, name: string, attributes: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  mode: 'managed', type, name, provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes, ...extra }],
});

async function detect(aws: AwsEmulator, state: { dir: string; file: string }, region?: string): Promise<DriftRun> {
  const clients = emulatorClients(aws);
  open.push({ aws, destroy: () => clients.destroy() });
  return detectDrift({ repoRoot: state.dir, states: [{ moduleDir: '.', source: state.file }], region }, clients, silentLogger);
}

describe('task sets', () => {
  it('compares a task set with the one embedded in its EXTERNAL service; stability is a runtime field', async () => {
    const aws = await startAwsEmulator();
    aws.ecs.putCluster({ clusterName: 'prod' });
    aws.ecs.registerTaskDefinition({ family: 'api', containerDefinitions: [{ name: 'app', image: 'api:1' }] });
    aws.ecs.putService('prod', { serviceName: 'api', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
    aws.ecs.putTaskSet('prod', 'api', { id: 'ecs-svc/1234567890123456789', taskDefinition: 'api:1', externalId: 'blue', launchType: 'EC2', scale: { unit: 'PERCENT', value: 50 }, stabilityStatus: 'STABILIZING' });
    const state = writeState([
      managed('aws_ecs_service', 'api', { id: `${A}:service/prod/api`, name: 'api', cluster: `${A}:cluster/prod`, desired_count: 2, deployment_controller: [{ type: 'EXTERNAL' }], launch_type: 'EC2', task_definition: '', tags_all: {} }),
      managed('aws_ecs_task_set', 'blue', {
        id: 'ecs-svc/1234567890123456789,api,prod', arn: `${A}:task-set/prod/api/ecs-svc/1234567890123456789`, task_set_id: 'ecs-svc/1234567890123456789',
        service: 'api', cluster: 'prod', external_id: 'blue', launch_type: 'EC2', task_definition: `${A}:task-definition/api:1`,
        scale: [{ unit: 'PERCENT', value: 100 }], stability_status: 'STEADY_STATE', network_configuration: [], load_balancer: [],
      }),
      managed('aws_ecs_task_set', 'green', {
        id: 'ecs-svc/999,api,prod', task_set_id: 'ecs-svc/999', service: 'api', cluster: `${A}:cluster/prod`, task_definition: 'api:1',
      }),
    ]);
    const result = await detect(aws, state);
    const blue = result.results.find((r) => r.address === 'aws_ecs_task_set.blue')!;
    expect(blue.status).toBe('drifted');
    expect(blue.differences).toEqual([
      { path: 'scale.value', expected: 100, actual: 50, class: 'config' },
      { path: 'stability_status', expected: 'STEADY_STATE', actual: 'STABILIZING', class: 'ignored', why: expect.stringContaining('runtime field') },
    ]);
    expect(result.results.find((r) => r.address === 'aws_ecs_task_set.green')!.status).toBe('missing');
    expect(result.results.find((r) => r.address === 'aws_ecs_service.api')).toMatchObject({ status: 'in_sync', differences: [] });
    // One DescribeTaskSets (with TAGS) for both of the service's task sets in the state.
    expect(result.stats.calls).toEqual({ DescribeServices: 1, DescribeTaskSets: 1 });
  });

  it('compares task set tags: a tag changed through the ECS API is a config difference, read with DescribeTaskSets include TAGS', async () => {
    const aws = await startAwsEmulator();
    aws.ecs.putCluster({ clusterName: 'prod' });
    aws.ecs.registerTaskDefinition({ family: 'api', containerDefinitions: [{ name: 'app', image: 'api:1' }] });
    aws.ecs.putService('prod', { serviceName: 'api', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
    const blue = aws.ecs.putTaskSet('prod', 'api', { id: 'ecs-svc/1111', taskDefinition: 'api:1', externalId: 'blue', tags: [{ key: 'Team', value: 'platform' }, { key: 'aws:cloudformation:stack-name', value: 'x' }] });
    const green = aws.ecs.putTaskSet('prod', 'api', { id: 'ecs-svc/2222', taskDefinition: 'api:1', externalId: 'green', tags: [{ key: 'Team', value: 'platform' }] });
    const taskSet = (name: string, id: string, arn: string, external: string) => managed('aws_ecs_task_set', name, {
      id: `${id},api,prod`, arn, task_set_id: id, service: 'api', cluster: 'prod', external_id: external, launch_type: 'EC2',
      task_definition: `${A}:task-definition/api:1`, scale: [{ unit: 'PERCENT', value: 100 }], stability_status: 'STEADY_STATE',
      tags: { Team: 'platform' }, tags_all: { Team: 'platform' },
    });
    const state = writeState([
      managed('aws_ecs_service', 'api', { id: `${A}:service/prod/api`, name: 'api', cluster: `${A}:cluster/prod`, desired_count: 2, deployment_controller: [{ type: 'EXTERNAL' }], launch_type: 'EC2', task_definition: '', tags_all: {} }),
      taskSet('blue', 'ecs-svc/1111', blue.taskSetArn!, 'blue'),
      taskSet('green', 'ecs-svc/2222', green.taskSetArn!, 'green'),
    ]);

    // As applied: in sync (the aws: tag is AWS's own), the embedded task sets' missing tags are not a difference.
    const before = await detect(aws, state);
    expect(before.results.map((r) => [r.address, r.status])).toEqual([
      ['aws_ecs_service.api', 'in_sync'], ['aws_ecs_task_set.blue', 'in_sync'], ['aws_ecs_task_set.green', 'in_sync'],
    ]);
    expect(before.stats.calls).toEqual({ DescribeServices: 1, DescribeTaskSets: 1 });

    // Planted through the real ECS client, as a console change would be.
    const { ECSClient, TagResourceCommand, UntagResourceCommand } = await import('@aws-sdk/client-ecs');
    const client = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
    await client.send(new TagResourceCommand({ resourceArn: blue.taskSetArn, tags: [{ key: 'Team', value: 'payments' }, { key: 'CostCenter', value: '42' }] }));
    await client.send(new UntagResourceCommand({ resourceArn: green.taskSetArn, tagKeys: ['Team'] }));
    client.destroy();

    const after = await detect(aws, state);
    const byAddress = (address: string) => after.results.find((r) => r.address === address)!;
    expect(byAddress('aws_ecs_task_set.blue')).toMatchObject({ status: 'drifted', differences: [
      { path: 'tags[Team]', expected: 'platform', actual: 'payments', class: 'config' },
      { path: 'tags[CostCenter]', expected: null, actual: '42', class: 'config' },
    ] });
    expect(byAddress('aws_ecs_task_set.green')).toMatchObject({ status: 'drifted', differences: [{ path: 'tags[Team]', expected: 'platform', actual: null, class: 'config' }] });
    expect(byAddress('aws_ecs_service.api').status).toBe('in_sync');
    // Still one DescribeTaskSets for the service's two task sets (the emulator, like ECS, returns tags only
    // with include TAGS): no call per task set, no ListTagsForResource.
    expect(after.stats.calls).toEqual({ DescribeServices: 1, DescribeTaskSets: 1 });
    expect(aws.requests.filter((r) => r.service === 'ECS' && r.operation !== 'TagResource' && r.operation !== 'UntagResource').map((r) => r.operation)).toEqual(['DescribeServices', 'DescribeTaskSets', 'DescribeServices', 'DescribeTaskSets']);
  });
});

describe('regions', () => {
  const ccp = managed('aws_ecs_cluster_capacity_providers', 'ghost', { id: 'ghost', cluster_name: 'ghost', capacity_providers: ['FARGATE'], default_capacity_provider_strategy: [] });

  it('without an ARN or a region input a resource is unverified, never in sync', async () => {
    const aws = await startAwsEmulator();
    const result = await detect(aws, writeState([ccp]));
    expect(result.results).toEqual([expect.objectContaining({ address: 'aws_ecs_cluster_capacity_providers.ghost', status: 'unverified', reason: expect.stringMatching(/^no region/) })]);
    expect(result.stats.calls).toEqual({});
  });

  it('not found in a region that was only given as input is unverified, not missing', async () => {
    const aws = await startAwsEmulator();
    const result = await detect(aws, writeState([ccp]), 'us-east-1');
    expect(result.results[0]).toMatchObject({ status: 'unverified', region: 'us-east-1', reason: expect.stringContaining('not found in us-east-1') });
  });

  it("reads a resource without an ARN in the region a v6 state records for it (`region`), and then gone means missing", async () => {
    const aws = await startAwsEmulator({ region: 'eu-west-1' });
    aws.ecs.putCluster({ clusterName: 'ghost', capacityProviders: ['FARGATE'], defaultCapacityProviderStrategy: [] });
    const v6 = (name: string) => managed('aws_ecs_cluster_capacity_providers', name, { id: name, cluster_name: name, capacity_providers: ['FARGATE'], default_capacity_provider_strategy: [], region: 'eu-west-1' });
    // No region input: only the v6 `region` attribute says where to look.
    const result = await detect(aws, writeState([v6('ghost'), v6('gone')]));
    expect(result.results.map((r) => [r.address, r.status, r.region])).toEqual([
      ['aws_ecs_cluster_capacity_providers.ghost', 'in_sync', 'eu-west-1'],
      ['aws_ecs_cluster_capacity_providers.gone', 'missing', 'eu-west-1'],
    ]);
  });

  it('a cluster gone from the region its ARN names is missing, and its services unverified', async () => {
    const aws = await startAwsEmulator();
    const result = await detect(aws, writeState([
      managed('aws_ecs_cluster', 'gone', { arn: `${A}:cluster/gone`, id: `${A}:cluster/gone`, name: 'gone', tags_all: {} }),
      managed('aws_ecs_service', 'api', { id: `${A}:service/gone/api`, name: 'api', cluster: `${A}:cluster/gone`, task_definition: 'api:1' }),
    ]));
    expect(result.results.map((r) => [r.address, r.status])).toEqual([['aws_ecs_cluster.gone', 'missing'], ['aws_ecs_service.api', 'unverified']]);
    expect(result.stats.calls).toEqual({ DescribeClusters: 1 });
  });
});
