// Drift scenarios against the AWS emulator, through the real ECS and S3 clients.
import { afterEach, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { detectDrift, type DriftOptions, type DriftRun } from '../../src/drift/detect-drift.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import type { DriftResult } from '../../src/report/model.js';
import { PLANTED_CREDENTIALS as planted } from '../../test-support/planted-credentials.js';
import { apiContainers, apiTaskDefinition, emulatorClients, estateState, fixturesDir, PLANTED_SECRET, readFixture, seedFreshEstate } from './live-estate.js';

const open: { aws: AwsEmulator; destroy(): void }[] = [];

async function estate(faults: Parameters<typeof startAwsEmulator>[0] = {}): Promise<AwsEmulator> {
  const aws = await startAwsEmulator({ seed: 7, ...faults });
  seedFreshEstate(aws);
  aws.resetCalls();
  return aws;
}

async function run(aws: AwsEmulator, options: Partial<DriftOptions> = {}, maxAttempts = 3): Promise<DriftRun> {
  const clients = emulatorClients(aws, maxAttempts);
  open.push({ aws, destroy: () => clients.destroy() });
  return detectDrift({ repoRoot: fixturesDir, states: [{ moduleDir: 'infra', source: estateState }], ...options }, clients, silentLogger);
}

function byAddress(run: DriftRun, address: string): DriftResult {
  const result = run.results.find((r) => r.address === address);
  if (!result) throw new Error(`no result for ${address}; have ${run.results.map((r) => r.address).join(', ')}`);
  return result;
}

afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

const ADDRESSES = [
  'aws_ecs_cluster.main',
  'aws_ecs_cluster_capacity_providers.main',
  'aws_ecs_service.api',
  'aws_ecs_service.canary',
  'aws_ecs_service.web[0]',
  'aws_ecs_task_definition.api',
  'aws_ecs_task_definition.web',
  'module.batch.aws_ecs_capacity_provider.ec2',
  'module.batch.aws_ecs_cluster.this',
  'module.batch.aws_ecs_service.worker["jobs"]',
  'module.batch.aws_ecs_task_definition.worker["jobs"]',
];

describe('a freshly applied estate', () => {
  it('shows no drift although live carries every provider-normalization difference', async () => {
    const aws = await estate();
    const result = await run(aws);
    expect(result.errors).toEqual([]);
    expect(result.results.map((r) => r.address)).toEqual(ADDRESSES);
    for (const r of result.results) {
      expect({ address: r.address, status: r.status, differences: r.differences }).toEqual({ address: r.address, status: 'in_sync', differences: [] });
      expect(r.region).toBe('us-east-1');
      expect(r.stateFile).toBe('estate.tfstate');
    }
  });

  it('makes the minimum number of ECS calls and counts them per operation', async () => {
    const aws = await estate();
    const result = await run(aws);
    // 2 clusters -> 1 DescribeClusters; prod (3 services) and batch (1) -> 2 DescribeServices;
    // 3 task definitions; ListServices for 2 managed clusters; 1 capacity provider batch.
    const minimum = { DescribeClusters: 1, DescribeServices: 2, DescribeTaskDefinition: 3, ListServices: 2, DescribeCapacityProviders: 1 };
    expect(result.stats.calls).toEqual(minimum);
    const { throttled, ...served } = aws.calls;
    expect(throttled).toBe(0);
    expect(served).toEqual(minimum);
  });
});

describe('console edits', () => {
  it('reports a new revision field by field, classifies each change and never shows an environment value', async () => {
    const aws = await estate();
    const containers = apiContainers();
    const app = containers.find((c) => c.name === 'app')!;
    app.image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:hotfix';
    app.environment = app.environment!.map((e) => (e.name === 'API_TOKEN' ? { ...e, value: planted['stripe-live-key-3'] } : e));
    aws.ecs.registerTaskDefinition({ ...apiTaskDefinition(), containerDefinitions: containers, taskRoleArn: 'arn:aws:iam::123456789012:role/admin' });
    aws.ecs.updateService('prod', 'api', { taskDefinition: 'api:2', desiredCount: 7 });
    aws.resetCalls();

    const result = await run(aws);
    const api = byAddress(result, 'aws_ecs_service.api');
    expect(api.status).toBe('drifted');
    const byPath = Object.fromEntries(api.differences.map((d) => [d.path, d]));
    expect(Object.keys(byPath).sort()).toEqual([
      'desired_count',
      'task_definition',
      'task_definition.container_definitions[app].environment[API_TOKEN]',
      'task_definition.container_definitions[app].image',
      'task_definition.task_role_arn',
    ]);
    expect(byPath['task_definition']).toMatchObject({ expected: 'api:1', actual: 'api:2', class: 'config' });
    expect(byPath['task_definition.container_definitions[app].image']).toMatchObject({
      expected: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2',
      actual: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:hotfix',
      class: 'security',
    });
    // Both sides are ARNs, so they are shown and compared whole (account included).
    expect(byPath['task_definition.task_role_arn']).toMatchObject({ expected: 'arn:aws:iam::123456789012:role/api-task', actual: 'arn:aws:iam::123456789012:role/admin', class: 'security' });
    const env = byPath['task_definition.container_definitions[app].environment[API_TOKEN]'];
    expect(env.class).toBe('security');
    // Neither the value nor any hash of it: the difference only says that the secret changed.
    expect(env).toMatchObject({ expected: '(secret)', actual: '(secret)' });
    expect(env.why).toBe('secret value changed (values are never shown)');
    // Autoscaling owns the desired count of this service.
    expect(byPath['desired_count']).toMatchObject({ expected: 3, actual: 7, class: 'expected' });
    expect(byPath['desired_count'].why).toContain('aws_appautoscaling_target.api');

    const serialized = JSON.stringify(result);
    expect(serialized).not.toContain(PLANTED_SECRET);
    expect(serialized).not.toContain(planted['stripe-live-key-3']);
    expect(serialized).not.toContain('CONSOLEPASTED');
    expect(serialized).not.toContain('PLANTEDSECRET');
    // The new revision is described once, on top of the minimum.
    expect(result.stats.calls.DescribeTaskDefinition).toBe(4);
  });

  it('flags public IP, ECS Exec and desired count edits on a service without autoscaling', async () => {
    const aws = await estate();
    aws.ecs.updateService('prod', 'web', {
      desiredCount: 4,
      enableExecuteCommand: true,
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } },
    });
    const result = await run(aws);
    const web = byAddress(result, 'aws_ecs_service.web[0]');
    expect(web.status).toBe('drifted');
    expect(web.differences).toEqual([
      { path: 'desired_count', expected: 2, actual: 4, class: 'config' },
      { path: 'enable_execute_command', expected: false, actual: true, class: 'security' },
      { path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security' },
    ]);
    expect(web.reason).toContain('2 security and 1 config differences');
    expect(byAddress(result, 'aws_ecs_service.api').status).toBe('in_sync');
  });

  it('treats task definition changes under CodeDeploy as expected', async () => {
    const aws = await estate();
    const containers = apiContainers();
    containers.find((c) => c.name === 'app')!.image = '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.5.0';
    aws.ecs.registerTaskDefinition({ ...apiTaskDefinition(), containerDefinitions: containers });
    aws.ecs.updateService('prod', 'canary', { taskDefinition: 'api:2' });
    const result = await run(aws);
    const canary = byAddress(result, 'aws_ecs_service.canary');
    expect(canary.status).toBe('in_sync');
    expect(canary.differences.map((d) => [d.path, d.class])).toEqual([
      ['task_definition', 'expected'],
      ['task_definition.container_definitions[app].image', 'expected'],
    ]);
    expect(canary.differences[0].why).toContain('CODE_DEPLOY');
  });

  it('honours lifecycle.ignore_changes and config rules', async () => {
    const aws = await estate();
    aws.ecs.updateService('prod', 'web', { desiredCount: 9, tags: [{ key: 'Team', value: 'platform' }, { key: 'ManagedBy', value: 'terraform' }, { key: 'CostCenter', value: 'x' }] });
    const loc = { file: 'infra/main.tf', line: 40, endLine: 60 };
    const lifecycle = {
      type: 'lifecycle', labels: [], loc, blocks: [], unknownBlocks: [],
      attributes: new Map([['ignore_changes', { name: 'ignore_changes', loc, value: { kind: 'null' as const, loc }, expression: '[desired_count]', references: [] }]]),
    };
    const configuration = {
      moduleDirs: ['infra'], rootDirs: ['infra'], moduleCalls: [], imports: [], files: new Map(), moduleFiles: new Map(), errors: [], notEvaluated: [], backends: [],
      resources: [{
        mode: 'managed' as const, type: 'aws_ecs_service', name: 'web', address: 'aws_ecs_service.web', moduleAddress: '', moduleDir: 'infra', rootDir: 'infra', loc,
        body: { type: 'resource', labels: ['aws_ecs_service', 'web'], loc, attributes: new Map(), blocks: [lifecycle], unknownBlocks: [] },
      }],
    };
    const result = await run(aws, { configuration, ignore: [{ resourceType: 'aws_ecs_service', path: 'tags.CostCenter', reason: 'FinOps tags are set by the billing team' }] });
    const web = byAddress(result, 'aws_ecs_service.web[0]');
    expect(web).toMatchObject({ status: 'in_sync', file: 'infra/main.tf', line: 40, module: 'infra' });
    expect(web.differences).toEqual([
      { path: 'desired_count', expected: 2, actual: 9, class: 'expected', why: 'listed in lifecycle.ignore_changes (desired_count)' },
      { path: 'tags[CostCenter]', expected: null, actual: 'x', class: 'ignored', why: 'config ignore rule: FinOps tags are set by the billing team' },
    ]);
  });
});

describe('resources that are gone or not managed', () => {
  it('reports a deleted service as missing and a console-created one as unmanaged', async () => {
    const aws = await estate();
    aws.ecs.deleteService('prod', 'web');
    aws.ecs.putService('prod', { serviceName: 'debug-shell', taskDefinition: 'api:1', desiredCount: 1, enableExecuteCommand: true });
    const result = await run(aws);
    expect(byAddress(result, 'aws_ecs_service.web[0]')).toMatchObject({ status: 'missing', differences: [] });
    expect(byAddress(result, 'aws_ecs_service.web[0]').reason).toContain('MISSING');
    const unmanaged = result.results.filter((r) => r.status === 'unmanaged');
    expect(unmanaged).toHaveLength(1);
    expect(unmanaged[0]).toMatchObject({
      type: 'aws_ecs_service',
      id: 'arn:aws:ecs:us-east-1:123456789012:service/prod/debug-shell',
      stateFile: 'estate.tfstate',
      module: 'infra',
    });
    expect(unmanaged[0].reason).toContain('aws_ecs_cluster.main');
  });

  it('reports a deregistered task definition as missing', async () => {
    const aws = await estate();
    aws.ecs.deregisterTaskDefinition('web:1');
    const result = await run(aws);
    expect(byAddress(result, 'aws_ecs_task_definition.web')).toMatchObject({ status: 'missing' });
  });
});

describe('read failures', () => {
  it('marks the resources of a denied cluster unverified and still checks the other cluster', async () => {
    const aws = await estate({ faults: { accessDeniedClusters: ['batch'] } });
    const result = await run(aws);
    for (const address of ['module.batch.aws_ecs_cluster.this', 'module.batch.aws_ecs_service.worker["jobs"]']) {
      const r = byAddress(result, address);
      expect(r.status).toBe('unverified');
      expect(r.reason).toMatch(/^access denied: /);
    }
    for (const address of ADDRESSES.filter((a) => !a.startsWith('module.batch.aws_ecs_cluster') && !a.startsWith('module.batch.aws_ecs_service'))) {
      expect(byAddress(result, address).status).toBe('in_sync');
    }
  });

  it('under 30% throttling checks everything or says it could not, never a silent in_sync', async () => {
    for (const maxAttempts of [1, 10]) {
      const aws = await estate({ faults: { throttleRate: 0.3 } });
      const result = await run(aws, {}, maxAttempts);
      expect(result.results.map((r) => r.address)).toEqual(ADDRESSES);
      for (const r of result.results) {
        expect(['in_sync', 'unverified']).toContain(r.status);
        if (r.status === 'unverified') expect(r.reason).toMatch(/throttled/);
      }
      if (maxAttempts === 1) expect(result.results.some((r) => r.status === 'unverified')).toBe(true);
      else expect(result.results.every((r) => r.status === 'in_sync')).toBe(true);
      expect(aws.calls.throttled).toBeGreaterThan(0);
    }
  });
});

describe('states in S3', () => {
  it('reads a workspace state through the S3 client and reports unreadable ones without stopping', async () => {
    const aws = await estate({ faults: { s3AccessDeniedBuckets: ['locked'] } });
    aws.s3.putObject('tf-state', 'env:/prod/ecs/terraform.tfstate', readFixture(estateState));
    aws.s3.putObject('locked', 'env:/prod/ecs/terraform.tfstate', readFixture(estateState));
    const logger = memoryLogger();
    const clients = emulatorClients(aws);
    open.push({ aws, destroy: () => clients.destroy() });
    const result = await detectDrift({
      repoRoot: fixturesDir,
      workspace: 'prod',
      states: [
        { moduleDir: 'infra', source: 's3://tf-state/ecs/terraform.tfstate' },
        { moduleDir: 'infra', source: 's3://tf-state/missing.tfstate' },
        { moduleDir: 'infra', source: 's3://locked/ecs/terraform.tfstate' },
      ],
    }, clients, logger);
    expect(result.errors).toEqual([
      // The request named: service, operation, object, AWS's status and code, what to check.
      { file: 's3://tf-state/env:/prod/missing.tfstate', message: expect.stringMatching(/^not found: S3 GetObject on s3:\/\/tf-state\/env:\/prod\/missing\.tfstate → 404 NoSuchKey: .*check: the state location: no object at s3:\/\/tf-state\/env:\/prod\/missing\.tfstate/) },
      { file: 's3://locked/env:/prod/ecs/terraform.tfstate', message: expect.stringMatching(/^access denied: S3 GetObject on s3:\/\/locked\/env:\/prod\/ecs\/terraform\.tfstate → 403 AccessDenied: Access Denied .*check: the role may lack s3:GetObject on s3:\/\/locked\//) },
    ]);
    expect(result.results).toHaveLength(ADDRESSES.length);
    expect(result.results.every((r) => r.status === 'in_sync' && r.stateFile === 's3://tf-state/env:/prod/ecs/terraform.tfstate')).toBe(true);
    expect(result.stats.calls.GetObject).toBe(3);
  });
});
