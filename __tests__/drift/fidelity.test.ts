// Drift against states the real AWS provider wrote (issue 12). Each scenario under
// test-support/terraform/scenarios/ was applied with Terraform 1.11.4 and the AWS provider 5.100.0
// against the ECS emulator (test-support/terraform/regenerate-fixtures.mjs); the state, its
// `terraform show -json` form and the emulator's estate afterwards are replayed here, so neither
// side of the comparison is written by hand. A fresh apply must be in sync; a console change made
// through the real ECS client must be found, with the right class; no secret value may reach any
// output format. Every scenario directory is also run in the state shape provider 6.x writes,
// derived from the same recording by test-support/terraform/v6-state.ts (no 6.x binary is
// installed; v6-state.README.md cites the 6.x source of each rule), so a scenario added under
// fixtures/provider/ gets both shapes without touching this file.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  ECSClient,
  PutClusterCapacityProvidersCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UpdateCapacityProviderCommand,
  UpdateClusterCommand,
  UpdateClusterSettingsCommand,
  UpdateServiceCommand,
  type UpdateServiceCommandInput,
} from '@aws-sdk/client-ecs';
import { mkdtempSync, readdirSync, writeFileSync, mkdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { PROVIDER_FIXTURES_DIR, readScenarioFixture, SCENARIOS_DIR } from '../../test-support/terraform/provider-fixtures.js';
import { detectDrift, type DriftRun } from '../../src/drift/detect-drift.js';
import { silentLogger } from '../../src/logger.js';
import { renderReport } from '../../src/report/render.js';
import { emptyReport, type DriftResult } from '../../src/report/model.js';
import { deriveV6Fixture } from '../../test-support/terraform/v6-state.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { emulatorClients } from './live-estate.js';

/** Planted in fargate-alb's container environment (test-support/terraform/scenarios/fargate-alb/main.tf). */
const PLANTED_SECRET = 'planted-fidelity-token-0123456789';
const FORMS = ['terraform.tfstate', 'show.json'] as const;
type Form = (typeof FORMS)[number];
/** The state as 5.100.0 recorded it, and as 6.x would have written it for the same ECS answer. */
const SHAPES = ['5.100.0', '6.x'] as const;
type Shape = (typeof SHAPES)[number];

/** Every recorded scenario (a folder with a state), whoever added it. */
const RECORDED = readdirSync(PROVIDER_FIXTURES_DIR, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(path.join(PROVIDER_FIXTURES_DIR, e.name, 'terraform.tfstate')))
  .map((e) => e.name)
  .sort();

/** The derived 6.x states, one folder per scenario, written once for the whole file. */
let v6Dir = '';
beforeAll(async () => {
  v6Dir = mkdtempSync(path.join(tmpdir(), 'drift-v6-'));
  for (const scenario of RECORDED) {
    const derived = deriveV6Fixture(await readScenarioFixture(scenario));
    mkdirSync(path.join(v6Dir, scenario));
    writeFileSync(path.join(v6Dir, scenario, 'terraform.tfstate'), derived.state);
    writeFileSync(path.join(v6Dir, scenario, 'show.json'), derived.show);
  }
});
afterAll(() => rmSync(v6Dir, { recursive: true, force: true }));

const open: { aws: AwsEmulator; destroy(): void; client?: ECSClient }[] = [];

afterEach(async () => {
  for (const { aws, destroy, client } of open.splice(0)) {
    destroy();
    client?.destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

/** An emulator serving the estate recorded right after the scenario's `terraform apply`. */
async function liveAfterApply(scenario: string): Promise<{ aws: AwsEmulator; ecs: ECSClient }> {
  const aws = await startAwsEmulator();
  aws.ecs.restore((await readScenarioFixture(scenario)).live);
  const ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  const clients = emulatorClients(aws, 1);
  open.push({ aws, destroy: () => clients.destroy(), client: ecs });
  return { aws, ecs };
}

async function drift(aws: AwsEmulator, scenario: string, form: Form, shape: Shape = '5.100.0'): Promise<DriftRun> {
  const repoRoot = path.join(SCENARIOS_DIR, scenario);
  const configuration = await loadConfiguration({ repoRoot, paths: ['.'] });
  const clients = emulatorClients(aws, 1);
  open.push({ aws: { ...aws, validationErrors: [], close: async () => {} } as AwsEmulator, destroy: () => clients.destroy() });
  return detectDrift(
    { repoRoot, states: [{ moduleDir: '.', source: path.join(shape === '6.x' ? v6Dir : PROVIDER_FIXTURES_DIR, scenario, form) }], configuration },
    clients,
    silentLogger,
  );
}

function byAddress(run: DriftRun, address: string): DriftResult {
  const result = run.results.find((r) => r.address === address);
  if (!result) throw new Error(`no result for ${address}; have ${run.results.map((r) => r.address).join(', ')}`);
  return result;
}

/** Every scenario, and the resources its apply created (the state is the provider's, so this list is a check of the fixture too). */
const SCENARIOS: Record<string, string[]> = {
  'fargate-alb': ['aws_ecs_cluster.main', 'aws_ecs_service.api', 'aws_ecs_task_definition.api'],
  'fargate-worker': ['aws_ecs_cluster.jobs', 'aws_ecs_cluster_capacity_providers.jobs', 'aws_ecs_service.worker', 'aws_ecs_task_definition.worker'],
  'ec2-bridge-capacity-providers': [
    'aws_ecs_capacity_provider.asg',
    'aws_ecs_cluster.ec2',
    'aws_ecs_cluster_capacity_providers.ec2',
    'aws_ecs_service.web',
    'aws_ecs_task_definition.web',
  ],
  daemon: ['aws_ecs_cluster.nodes', 'aws_ecs_service.agent', 'aws_ecs_task_definition.agent'],
  'external-controller': ['aws_ecs_cluster.ext', 'aws_ecs_service.ext'],
  'code-deploy': ['aws_ecs_cluster.bg', 'aws_ecs_service.shop', 'aws_ecs_task_definition.shop'],
  'service-connect': ['aws_ecs_cluster.mesh', 'aws_ecs_service.orders', 'aws_ecs_task_definition.orders'],
  'ebs-volume': ['aws_ecs_cluster.data', 'aws_ecs_service.db', 'aws_ecs_task_definition.db'],
  'service-options': ['aws_ecs_cluster.options', 'aws_ecs_service.gateway', 'aws_ecs_service.legacy', 'aws_ecs_task_definition.gateway', 'aws_ecs_task_definition.legacy'],
  // Cluster configuration (ECS Exec logging, managed storage keys) and the task definition options no other scenario sets.
  'task-definition-options': ['aws_ecs_cluster.opts', 'aws_ecs_task_definition.batch', 'aws_ecs_task_definition.mesh', 'aws_ecs_task_definition.windows'],
  // An EXTERNAL-controller service whose task sets Terraform manages (aws_ecs_task_set).
  'external-task-sets': [
    'aws_ecs_cluster.edge',
    'aws_ecs_service.web',
    'aws_ecs_task_definition.web',
    'aws_ecs_task_definition.web_bridge',
    'aws_ecs_task_set.blue',
    'aws_ecs_task_set.green',
    'aws_ecs_task_set.legacy',
  ],
  // fargate-alb's estate brought in by `terraform import` (import.json): what import leaves unset must not be drift.
  'fargate-alb-import': ['aws_ecs_cluster.main', 'aws_ecs_service.api', 'aws_ecs_task_definition.api'],
};

/** The ECS resources the recorded state holds: the addresses a scenario missing from SCENARIOS must produce. */
async function recordedAddresses(scenario: string): Promise<string[]> {
  const state = JSON.parse((await readScenarioFixture(scenario)).state) as { resources: { mode: string; type: string; name: string }[] };
  return state.resources.filter((r) => r.mode === 'managed' && r.type.startsWith('aws_ecs_')).map((r) => `${r.type}.${r.name}`).sort();
}

it('every scenario under test-support/terraform/scenarios/ is recorded', async () => {
  const { listScenarios } = await import('../../test-support/terraform/provider-fixtures.js');
  expect(RECORDED).toEqual(await listScenarios());
});

describe.each(RECORDED)('a fresh apply of %s', (scenario) => {
  it.each(SHAPES.flatMap((shape) => FORMS.map((form) => [shape, form] as const)))('is in sync, %s state read from %s', async (shape, form) => {
    const { aws } = await liveAfterApply(scenario);
    const run = await drift(aws, scenario, form, shape);
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.address).sort()).toEqual(SCENARIOS[scenario] ?? (await recordedAddresses(scenario)));
    for (const r of run.results) {
      const blocking = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
      expect({ address: r.address, status: r.status, blocking }).toEqual({ address: r.address, status: 'in_sync', blocking: [] });
    }
  });
});

interface Plant {
  what: string;
  scenario: string;
  address: string;
  change(ecs: ECSClient): Promise<unknown>;
  /** Differences expected at these paths, with their class. */
  expected: { path: string; class: 'security' | 'config'; exact?: boolean }[];
}

const service = (cluster: string, name: string, input: Omit<UpdateServiceCommandInput, 'cluster' | 'service'>) => (ecs: ECSClient) =>
  ecs.send(new UpdateServiceCommand({ cluster, service: name, ...input }));
const apiService = (input: Omit<UpdateServiceCommandInput, 'cluster' | 'service'>) => service('prod', 'api', input);

const PLANTS: Plant[] = [
  {
    what: 'a public IP on the Fargate service',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } } }),
    expected: [{ path: 'network_configuration.assign_public_ip', class: 'security' }],
  },
  {
    what: 'another security group',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718', 'sg-0ffffffffffffffff'], assignPublicIp: 'DISABLED' } } }),
    expected: [{ path: 'network_configuration.security_groups', class: 'security' }],
  },
  {
    what: 'ECS Exec turned on',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ enableExecuteCommand: true }),
    expected: [{ path: 'enable_execute_command', class: 'security' }],
  },
  {
    what: 'the desired count',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ desiredCount: 5 }),
    expected: [{ path: 'desired_count', class: 'config' }],
  },
  {
    what: 'the deployment percentages',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ deploymentConfiguration: { maximumPercent: 150, minimumHealthyPercent: 50 } }),
    expected: [
      { path: 'deployment_maximum_percent', class: 'config' },
      { path: 'deployment_minimum_healthy_percent', class: 'config' },
    ],
  },
  {
    what: 'the deployment circuit breaker',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } } }),
    expected: [
      { path: 'deployment_circuit_breaker.enable', class: 'config' },
      { path: 'deployment_circuit_breaker.rollback', class: 'config' },
    ],
  },
  {
    what: 'the health check grace period',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ healthCheckGracePeriodSeconds: 300 }),
    expected: [{ path: 'health_check_grace_period_seconds', class: 'config' }],
  },
  {
    what: 'the target group',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/other/0123456789abcdef', containerName: 'app', containerPort: 8080 }] }),
    expected: [{ path: 'load_balancer', class: 'config' }],
  },
  {
    what: 'the platform version',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ platformVersion: '1.3.0' }),
    expected: [{ path: 'platform_version', class: 'config' }],
  },
  {
    what: 'tag propagation and ECS managed tags',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: apiService({ propagateTags: 'SERVICE', enableECSManagedTags: true }),
    expected: [
      { path: 'propagate_tags', class: 'config' },
      { path: 'enable_ecs_managed_tags', class: 'config' },
    ],
  },
  {
    what: 'a service tag',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: (ecs) => ecs.send(new TagResourceCommand({ resourceArn: 'arn:aws:ecs:us-east-1:123456789012:service/prod/api', tags: [{ key: 'Team', value: 'someone-else' }] })),
    expected: [{ path: 'tags[Team]', class: 'config' }],
  },
  {
    what: 'a new task definition revision with a root user and a new image',
    scenario: 'fargate-alb',
    address: 'aws_ecs_service.api',
    change: async (ecs) => {
      const registered = await ecs.send(
        new RegisterTaskDefinitionCommand({
          family: 'api',
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '512',
          memory: '1024',
          executionRoleArn: 'arn:aws:iam::123456789012:role/api-execution',
          taskRoleArn: 'arn:aws:iam::123456789012:role/api-task',
          containerDefinitions: [{ name: 'app', image: 'attacker/api:latest', user: 'root', portMappings: [{ containerPort: 8080 }] }],
        }),
      );
      await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', taskDefinition: registered.taskDefinition!.taskDefinitionArn }));
    },
    expected: [
      { path: 'task_definition', class: 'config', exact: true },
      { path: 'task_definition.container_definitions[app].image', class: 'security' },
      { path: 'task_definition.container_definitions[app].user', class: 'security' },
    ],
  },
  {
    what: 'Container Insights turned off',
    scenario: 'fargate-alb',
    address: 'aws_ecs_cluster.main',
    change: (ecs) => ecs.send(new UpdateClusterSettingsCommand({ cluster: 'prod', settings: [{ name: 'containerInsights', value: 'disabled' }] })),
    expected: [{ path: 'setting', class: 'config' }],
  },
  {
    what: 'the service capacity provider strategy',
    scenario: 'fargate-worker',
    address: 'aws_ecs_service.worker',
    change: service('jobs', 'worker', { capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1, base: 0 }] }),
    expected: [{ path: 'capacity_provider_strategy', class: 'config' }],
  },
  {
    what: "the cluster's capacity providers and default strategy",
    scenario: 'fargate-worker',
    address: 'aws_ecs_cluster_capacity_providers.jobs',
    change: (ecs) =>
      ecs.send(
        new PutClusterCapacityProvidersCommand({
          cluster: 'jobs',
          capacityProviders: ['FARGATE'],
          defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 2, base: 0 }],
        }),
      ),
    expected: [
      { path: 'capacity_providers', class: 'config' },
      { path: 'default_capacity_provider_strategy', class: 'config' },
    ],
  },
  {
    what: 'the placement strategy and constraints',
    scenario: 'ec2-bridge-capacity-providers',
    address: 'aws_ecs_service.web',
    change: service('ec2', 'web', { placementStrategy: [{ type: 'binpack', field: 'memory' }], placementConstraints: [] }),
    expected: [
      { path: 'ordered_placement_strategy', class: 'config' },
      { path: 'placement_constraints', class: 'config' },
    ],
  },
  {
    what: 'managed scaling on the capacity provider',
    scenario: 'ec2-bridge-capacity-providers',
    address: 'aws_ecs_capacity_provider.asg',
    change: (ecs) =>
      ecs.send(new UpdateCapacityProviderCommand({ name: 'asg-a', autoScalingGroupProvider: { managedScaling: { targetCapacity: 50 }, managedTerminationProtection: 'ENABLED' } })),
    expected: [
      { path: 'auto_scaling_group_provider', class: 'config' },
    ],
  },
  {
    what: "the daemon's minimum healthy percent",
    scenario: 'daemon',
    address: 'aws_ecs_service.agent',
    change: service('nodes', 'agent', { deploymentConfiguration: { minimumHealthyPercent: 50 } }),
    expected: [{ path: 'deployment_minimum_healthy_percent', class: 'config' }],
  },
  // Found since the comparison reads volume_configuration / service_connect_configuration and classes a
  // whole block by its most sensitive field (issue 12).
  {
    what: 'an unencrypted managed EBS volume',
    scenario: 'ebs-volume',
    address: 'aws_ecs_service.db',
    change: service('data', 'db', {
      volumeConfigurations: [
        { name: 'pgdata', managedEBSVolume: { roleArn: 'arn:aws:iam::123456789012:role/ecs-infrastructure', sizeInGiB: 20, volumeType: 'gp3', encrypted: false, filesystemType: 'ext4' } },
      ],
    }),
    expected: [{ path: 'volume_configuration', class: 'security' }],
  },
  {
    what: 'Service Connect turned off',
    scenario: 'service-connect',
    address: 'aws_ecs_service.orders',
    change: service('mesh', 'orders', { serviceConnectConfiguration: { enabled: false } }),
    expected: [{ path: 'service_connect_configuration', class: 'config' }],
  },
  {
    what: 'ECS Exec logging on the cluster',
    scenario: 'fargate-alb',
    address: 'aws_ecs_cluster.main',
    change: (ecs) => ecs.send(new UpdateClusterCommand({ cluster: 'prod', configuration: { executeCommandConfiguration: { logging: 'NONE' } } })),
    expected: [{ path: 'configuration', class: 'security' }],
  },
];

describe('a console change after a fresh apply', () => {
  // The 6.x state is the one derived from the estate before the change: what the apply left.
  it.each(PLANTS.map((p) => [p.what, p] as const))('finds %s, in the 5.100.0 and the 6.x state', async (_what, plant) => {
    const { aws, ecs } = await liveAfterApply(plant.scenario);
    await plant.change(ecs);
    for (const shape of SHAPES) {
      for (const form of FORMS) {
        const run = await drift(aws, plant.scenario, form, shape);
        expect(run.errors).toEqual([]);
        const result = byAddress(run, plant.address);
        expect({ shape, form, status: result.status }).toEqual({ shape, form, status: 'drifted' });
        for (const e of plant.expected) {
          const below = (p: string) => !e.exact && (p.startsWith(`${e.path}.`) || p.startsWith(`${e.path}[`));
          const found = result.differences.filter((d) => d.path === e.path || below(d.path));
          expect({ shape, form, path: e.path, classes: [...new Set(found.map((d) => d.class))] }).toEqual({ shape, form, path: e.path, classes: [e.class] });
        }
      }
    }
  });
});

describe('an estate imported with terraform import (fargate-alb-import)', () => {
  it('holds what import + Read store: the account id learnt from STS, family:revision, provider-only arguments unset', async () => {
    const state = JSON.parse((await readScenarioFixture('fargate-alb-import')).state) as { resources: { type: string; instances: { attributes: Record<string, unknown> }[] }[] };
    const attributes = (type: string) => state.resources.find((r) => r.type === type)!.instances[0]!.attributes;
    const service = attributes('aws_ecs_service');
    // resourceServiceImport builds the cluster ARN with the account id the provider learnt from STS
    // GetCallerIdentity (the emulator's); without it the ARN would read arn:aws:ecs:us-east-1::cluster/prod.
    expect(service.cluster).toBe('arn:aws:ecs:us-east-1:123456789012:cluster/prod');
    // No configuration named an ARN, so Read keeps family:revision; apply-time arguments stay null.
    expect({ task_definition: service.task_definition, wait_for_steady_state: service.wait_for_steady_state, force_new_deployment: service.force_new_deployment, iam_role: service.iam_role }).toEqual({
      task_definition: 'api:1', wait_for_steady_state: null, force_new_deployment: null, iam_role: '/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
    });
    expect(attributes('aws_ecs_task_definition').skip_destroy).toBeNull();
  });

  it('finds a new task definition revision against the family:revision the import stored', async () => {
    const { aws, ecs } = await liveAfterApply('fargate-alb-import');
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'api',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '512',
        memory: '1024',
        executionRoleArn: 'arn:aws:iam::123456789012:role/api-execution',
        taskRoleArn: 'arn:aws:iam::123456789012:role/api-task',
        containerDefinitions: [{ name: 'app', image: 'attacker/api:latest', portMappings: [{ containerPort: 8080 }] }],
      }),
    );
    await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', taskDefinition: registered.taskDefinition!.taskDefinitionArn }));
    for (const form of FORMS) {
      const result = byAddress(await drift(aws, 'fargate-alb-import', form), 'aws_ecs_service.api');
      expect({ form, status: result.status }).toEqual({ form, status: 'drifted' });
      expect(result.differences.find((d) => d.path === 'task_definition')).toMatchObject({ expected: 'api:1', class: 'config' });
      expect(result.differences.find((d) => d.path === 'task_definition.container_definitions[app].image')?.class).toBe('security');
    }
  });
});

describe('secrets in the recorded state', () => {
  it('never reach json, text, markdown or sarif output, in sync or drifted', async () => {
    const { aws, ecs } = await liveAfterApply('fargate-alb');
    const inSync = await drift(aws, 'fargate-alb', 'terraform.tfstate');
    const inSyncV6 = await drift(aws, 'fargate-alb', 'show.json', '6.x');
    // The same planted value moves to another variable: a drifted environment entry.
    const registered = await ecs.send(
      new RegisterTaskDefinitionCommand({
        family: 'api',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '512',
        memory: '1024',
        containerDefinitions: [{ name: 'app', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2', environment: [{ name: 'STRIPE_KEY', value: PLANTED_SECRET }] }],
      }),
    );
    await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', taskDefinition: registered.taskDefinition!.taskDefinitionArn }));
    const drifted = await drift(aws, 'fargate-alb', 'show.json');
    const driftedV6 = await drift(aws, 'fargate-alb', 'terraform.tfstate', '6.x');
    expect([drifted, driftedV6].map((run) => run.results.some((r) => r.status === 'drifted'))).toEqual([true, true]);
    for (const run of [inSync, inSyncV6, drifted, driftedV6]) {
      const report = { ...emptyReport(), drift: run.results };
      for (const format of ['json', 'text', 'markdown', 'sarif'] as const) {
        const out = renderReport(report, { format, failOn: 'high', now: new Date('2026-01-15T10:00:00Z') }, { color: false });
        expect(out.length).toBeGreaterThan(0);
        if (format === 'sarif') expect(sarifSchemaErrors(out)).toEqual([]);
        expect({ format, leaks: out.includes(PLANTED_SECRET) || out.includes(PLANTED_SECRET.slice(8)) }).toEqual({ format, leaks: false });
      }
    }
  });
});
