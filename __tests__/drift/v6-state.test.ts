// The derivation of 6.x-shaped states from the 5.100.0 recordings (test-support/terraform/v6-state.ts,
// sources in v6-state.README.md), checked against what can be checked here: the layout rule for
// show.json against terraform's own output, the changes per resource type against the list of what
// 6.x changes, the service against the blue/green fixture derived by hand from the same source, and
// the two ECS answers for deployment_configuration (with and without a strategy). fidelity.test.ts
// runs every scenario in the derived shape.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ECSClient, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { startAwsEmulator, type AwsEmulator, type EcsStateSnapshot } from '../../test-support/aws/emulator.js';
import { listScenarios, readScenarioFixture, SCENARIOS_DIR } from '../../test-support/terraform/provider-fixtures.js';
import { deriveV6Fixture, deriveV6State, sensitiveValuesOf, v6Attributes } from '../../test-support/terraform/v6-state.js';
import { detectDrift, type DriftRun } from '../../src/drift/detect-drift.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { emulatorClients } from './live-estate.js';
import { applyAsProviderV6 } from './provider-v6-apply.js';

type Attrs = Record<string, unknown>;
interface State { resources: { mode: string; type: string; name: string; instances: { schema_version: number; attributes: Attrs }[] }[] }
interface Show { values: { root_module: { resources: { address: string; values: Attrs; sensitive_values: Attrs }[] } } }

const attributesOf = (state: State, type: string, name?: string): Attrs => state.resources.find((r) => r.type === type && (name === undefined || r.name === name))!.instances[0]!.attributes;

/** What 6.x changes per resource type (besides `region`, which every type gains): see v6-state.README.md. */
const CHANGED_BY_6X: Record<string, string[]> = {
  aws_ecs_service: ['arn', 'deployment_configuration', 'id', 'load_balancer', 'service_connect_configuration', 'sigint_rollback', 'volume_configuration', 'vpc_lattice_configurations'],
  aws_ecs_task_definition: ['inference_accelerator'],
  aws_ecs_capacity_provider: ['cluster', 'managed_instances_provider'],
  aws_ecs_cluster: [],
  aws_ecs_cluster_capacity_providers: [],
  aws_ecs_task_set: [],
};

const open: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

async function emulatorWith(live: EcsStateSnapshot): Promise<{ aws: AwsEmulator; ecs: ECSClient }> {
  const aws = await startAwsEmulator();
  aws.ecs.restore(live);
  const ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  open.push(async () => {
    ecs.destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  });
  return { aws, ecs };
}

async function driftOf(aws: AwsEmulator, scenario: string, file: string): Promise<DriftRun> {
  const repoRoot = path.join(SCENARIOS_DIR, scenario);
  const clients = emulatorClients(aws, 1);
  try {
    return await detectDrift({ repoRoot, states: [{ moduleDir: '.', source: file }], configuration: await loadConfiguration({ repoRoot, paths: ['.'] }) }, clients, silentLogger);
  } finally {
    clients.destroy();
  }
}

describe.each(await listScenarios())('the 6.x state derived from %s', (scenario) => {
  it('lays out show.json the way terraform show -json laid out the 5.100.0 recording', async () => {
    // The rule sensitiveValuesOf follows, checked on terraform's own output before it is used on the derived state.
    const fixture = await readScenarioFixture(scenario);
    const state = JSON.parse(fixture.state) as State;
    const show = JSON.parse(fixture.show) as Show;
    for (const r of show.values.root_module.resources) {
      const [type, name] = r.address.split('.') as [string, string];
      const attrs = attributesOf(state, type, name);
      expect({ address: r.address, values: r.values, sensitive_values: r.sensitive_values }).toEqual({ address: r.address, values: attrs, sensitive_values: sensitiveValuesOf(attrs) });
    }
  });

  it('differs from the recording only where 6.x differs, and both forms hold the same attributes', async () => {
    const fixture = await readScenarioFixture(scenario);
    const recorded = JSON.parse(fixture.state) as State;
    const derived = deriveV6Fixture(fixture);
    const v6 = JSON.parse(derived.state) as State;
    const v6Show = JSON.parse(derived.show) as Show;
    for (const r of v6.resources.filter((x) => x.mode === 'managed')) {
      const before = attributesOf(recorded, r.type, r.name);
      const after = r.instances[0]!.attributes;
      const changed = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'region' && !isDeepStrictEqual(before[k], after[k])).sort();
      expect({ type: r.type, unexpected: changed.filter((k) => !(CHANGED_BY_6X[r.type] ?? []).includes(k)) }).toEqual({ type: r.type, unexpected: [] });
      expect({ type: r.type, region: after.region, inference_accelerator: 'inference_accelerator' in after }).toEqual({ type: r.type, region: fixture.live.region, inference_accelerator: false });
      expect(r.instances[0]!.schema_version).toBe(recorded.resources.find((x) => x.type === r.type && x.name === r.name)!.instances[0]!.schema_version);
      expect(v6Show.values.root_module.resources.find((x) => x.address === `${r.type}.${r.name}`)!.values).toEqual(after);
      if (r.type === 'aws_ecs_service') {
        // Read sets arn from DescribeServices; Create and import set the id to the same ARN.
        expect({ id: after.id, sigint_rollback: after.sigint_rollback }).toEqual({ id: after.arn, sigint_rollback: null });
        expect((after.load_balancer as Attrs[]).every((lb) => Array.isArray(lb.advanced_configuration))).toBe(true);
      }
    }
  });
});

describe('the service of a 6.x state', () => {
  it('is what the blue/green fixture derived by hand holds, for the estate 6.x left after that apply', async () => {
    // Two derivations from the same 6.x source: fixtures/provider-v6/ by hand, v6-state.ts from the ECS answer.
    const fixture = await readScenarioFixture('fargate-alb');
    const { aws, ecs } = await emulatorWith(fixture.live);
    await applyAsProviderV6(ecs);
    const derived = deriveV6State(fixture.state, aws.ecs.snapshot()) as unknown as State;
    const byHand = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'blue-green-managed-instances', 'terraform.tfstate'), 'utf8')) as State;
    for (const type of ['aws_ecs_service', 'aws_ecs_cluster', 'aws_ecs_task_definition']) {
      expect({ type, attributes: attributesOf(derived, type) }).toEqual({ type, attributes: attributesOf(byHand, type) });
    }
    // and the hand-made show.json follows the layout rule too.
    const byHandShow = JSON.parse(readFileSync(path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'blue-green-managed-instances', 'show.json'), 'utf8')) as Show;
    for (const r of byHandShow.values.root_module.resources) {
      const [type, name] = r.address.split('.') as [string, string];
      expect({ address: r.address, values: r.values, sensitive_values: r.sensitive_values }).toEqual({ address: r.address, values: attributesOf(byHand, type, name), sensitive_values: sensitiveValuesOf(attributesOf(byHand, type, name)) });
    }
  });

  it.each([
    ['names no strategy (as the recorded estates do)', undefined, []],
    ['names ROLLING', { strategy: 'ROLLING' as const }, [{ bake_time_in_minutes: '', canary_configuration: [], lifecycle_hook: [], linear_configuration: [], strategy: 'ROLLING' }]],
    ['names ROLLING with a bake time', { strategy: 'ROLLING' as const, bakeTimeInMinutes: 5 }, [{ bake_time_in_minutes: '5', canary_configuration: [], lifecycle_hook: [], linear_configuration: [], strategy: 'ROLLING' }]],
  ])('holds deployment_configuration as Read stores it when ECS %s, and is in sync in both forms', async (_what, patch, expected) => {
    const fixture = await readScenarioFixture('fargate-alb');
    const { aws, ecs } = await emulatorWith(fixture.live);
    if (patch) await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, ...patch } }));
    const derived = deriveV6Fixture({ ...fixture, live: aws.ecs.snapshot() });
    expect(attributesOf(JSON.parse(derived.state) as State, 'aws_ecs_service').deployment_configuration).toEqual(expected);
    const dir = mkdtempSync(path.join(tmpdir(), 'drift-v6-strategy-'));
    try {
      writeFileSync(path.join(dir, 'terraform.tfstate'), derived.state);
      writeFileSync(path.join(dir, 'show.json'), derived.show);
      for (const form of ['terraform.tfstate', 'show.json']) {
        const run = await driftOf(aws, 'fargate-alb', path.join(dir, form));
        expect(run.errors).toEqual([]);
        for (const r of run.results) {
          const blocking = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
          expect({ form, address: r.address, status: r.status, blocking }).toEqual({ form, address: r.address, status: 'in_sync', blocking: [] });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const NAMESPACE = 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop';
  const serviceConnect = (extra: Record<string, unknown>) => (ecs: ECSClient) => ecs.send(new UpdateServiceCommand({
    cluster: 'mesh',
    service: 'orders',
    serviceConnectConfiguration: { enabled: true, namespace: NAMESPACE, services: [{ portName: 'http', discoveryName: 'orders', clientAliases: [{ port: 80, dnsName: 'orders.internal' }] }], ...extra },
  }));
  // Blocks 6.x reads back that a 5.100.0 apply leaves empty: the derived state holds what Read stores for
  // an ECS answer that has them, and that must be in sync with the same answer.
  it.each([
    ['Service Connect access logs and a log configuration', 'service-connect', serviceConnect({ accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' }, logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/sc' } } }), '"include_query_parameters": "ENABLED"'],
    ['a Service Connect log configuration without options', 'service-connect', serviceConnect({ logConfiguration: { logDriver: 'awslogs' } }), '"log_driver": "awslogs"'],
    ['Service Connect test traffic rules', 'service-connect', (ecs: ECSClient) => ecs.send(new UpdateServiceCommand({
      cluster: 'mesh',
      service: 'orders',
      serviceConnectConfiguration: { enabled: true, namespace: NAMESPACE, services: [{ portName: 'http', discoveryName: 'orders', clientAliases: [{ port: 80, dnsName: 'orders.internal', testTrafficRules: { header: { name: 'x-canary', value: { exact: 'yes' } } } }] }] },
    })), '"exact": "yes"'],
    ['EBS tag specifications and a volume initialization rate', 'ebs-volume', (ecs: ECSClient) => ecs.send(new UpdateServiceCommand({
      cluster: 'data',
      service: 'db',
      volumeConfigurations: [{
        name: 'pgdata',
        managedEBSVolume: {
          roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
          sizeInGiB: 20, volumeType: 'gp3', filesystemType: 'ext4', volumeInitializationRate: 100,
          tagSpecifications: [{ resourceType: 'volume', propagateTags: 'SERVICE', tags: [{ key: 'Team', value: 'data' }] }],
        },
      }],
    })), '"volume_initialization_rate": 100'],
  ])('holds %s as 6.x reads them back, in sync in both forms', async (_what, scenario, change, held) => {
    const fixture = await readScenarioFixture(scenario);
    const { aws, ecs } = await emulatorWith(fixture.live);
    await change(ecs);
    const derived = deriveV6Fixture({ ...fixture, live: aws.ecs.snapshot() });
    expect(derived.state).toContain(held);
    const dir = mkdtempSync(path.join(tmpdir(), 'drift-v6-readback-'));
    try {
      writeFileSync(path.join(dir, 'terraform.tfstate'), derived.state);
      writeFileSync(path.join(dir, 'show.json'), derived.show);
      for (const form of ['terraform.tfstate', 'show.json']) {
        const run = await driftOf(aws, scenario, path.join(dir, form));
        expect(run.errors).toEqual([]);
        for (const r of run.results) {
          const blocking = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
          expect({ form, address: r.address, status: r.status, blocking }).toEqual({ form, address: r.address, status: 'in_sync', blocking: [] });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a task set as it was but for region (no recording holds one yet), and types outside ECS as recorded', async () => {
    const { live } = await readScenarioFixture('external-controller');
    const taskSet = { arn: 'arn:aws:ecs:us-east-1:123456789012:task-set/ext/ext/ecs-svc/1', cluster: 'ext', service: 'ext', scale: [{ unit: 'PERCENT', value: 100 }], tags: null };
    expect(v6Attributes('aws_ecs_task_set', taskSet, live, 'aws_ecs_task_set.blue')).toEqual({ ...taskSet, region: 'us-east-1' });
    const target = { resource_id: 'service/ext/ext', max_capacity: 4 };
    expect(v6Attributes('aws_appautoscaling_target', target, live, 'aws_appautoscaling_target.ext')).toBe(target);
  });

  it('cannot be derived for a service the estate does not hold: one clear error, no partial state', async () => {
    const fixture = await readScenarioFixture('fargate-alb');
    expect(() => deriveV6State(fixture.state, { ...fixture.live, services: [] })).toThrow('aws_ecs_service.api: the recorded estate has no service api in cluster prod');
  });
});
