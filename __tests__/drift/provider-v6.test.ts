// Drift against states shaped like provider 6.x writes them (issue 12 items 1 and 2). No 6.x binary
// is installed, so the state is derived from the 6.x source (fixtures/provider-v6/README.md) and the
// live side is the emulator's answer to the requests 6.x sends (provider-v6-apply.ts). A fresh
// apply must be in sync in both state forms; a console change to a v6-only attribute must be found
// with the right class.
import { afterEach, describe, expect, it } from '@jest/globals';
import { ECSClient, UpdateCapacityProviderCommand, UpdateServiceCommand, type UpdateCapacityProviderCommandInput } from '@aws-sdk/client-ecs';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { readScenarioFixture } from '../../test-support/terraform/provider-fixtures.js';
import { detectDrift, type DriftRun } from '../../src/drift/detect-drift.js';
import { silentLogger } from '../../src/logger.js';
import { emulatorClients } from './live-estate.js';
import {
  applyAsProviderV6, HOOK_LAMBDA, HOOK_ROLE, INFRASTRUCTURE_ROLE, INSTANCE_PROFILE, MI_SECURITY_GROUPS, MI_SUBNETS,
} from './provider-v6-apply.js';
import { applyAsProviderV6ServiceConnect, ORDERS_SERVICE_CONNECT } from './provider-v6-apply-service-connect.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'blue-green-managed-instances');
const FORMS = ['terraform.tfstate', 'show.json'] as const;
const open: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

async function liveAfterV6Apply(): Promise<{ aws: AwsEmulator; ecs: ECSClient }> {
  const aws = await startAwsEmulator();
  aws.ecs.restore((await readScenarioFixture('fargate-alb')).live);
  const ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await applyAsProviderV6(ecs);
  open.push(async () => {
    ecs.destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  });
  return { aws, ecs };
}

async function drift(aws: AwsEmulator, form: (typeof FORMS)[number]): Promise<DriftRun> {
  const clients = emulatorClients(aws, 1);
  try {
    return await detectDrift({ repoRoot: FIXTURE, states: [{ moduleDir: '.', source: path.join(FIXTURE, form) }] }, clients, silentLogger);
  } finally {
    clients.destroy();
  }
}

describe('a v6-shaped state (blue/green service, Managed Instances capacity provider)', () => {
  it.each(FORMS)('is in sync after the apply, read from %s', async (form) => {
    const { aws } = await liveAfterV6Apply();
    const run = await drift(aws, form);
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.address).sort()).toEqual(['aws_ecs_capacity_provider.managed', 'aws_ecs_cluster.main', 'aws_ecs_service.api', 'aws_ecs_task_definition.api']);
    for (const r of run.results) {
      const blocking = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
      expect({ address: r.address, status: r.status, blocking }).toEqual({ address: r.address, status: 'in_sync', blocking: [] });
    }
  });
});

const template = { ec2InstanceProfileArn: INSTANCE_PROFILE, networkConfiguration: { subnets: MI_SUBNETS, securityGroups: MI_SECURITY_GROUPS } };
const managed = (mi: NonNullable<UpdateCapacityProviderCommandInput['managedInstancesProvider']>) => (ecs: ECSClient) =>
  ecs.send(new UpdateCapacityProviderCommand({ name: 'managed', cluster: 'prod', managedInstancesProvider: mi }));
const hook = { hookTargetArn: HOOK_LAMBDA, roleArn: HOOK_ROLE, lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT' as const], hookDetails: { timeoutSeconds: 300 } };

const PLANTS: { what: string; address: string; change(ecs: ECSClient): Promise<unknown>; path: string; class: 'security' | 'config' }[] = [
  {
    what: 'another infrastructure role on the Managed Instances provider',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: 'arn:aws:iam::123456789012:role/broad-admin', instanceLaunchTemplate: {} }),
    path: 'managed_instances_provider.infrastructure_role_arn',
    class: 'security',
  },
  {
    what: 'another instance profile',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: INFRASTRUCTURE_ROLE, instanceLaunchTemplate: { ec2InstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/admin' } }),
    path: 'managed_instances_provider.instance_launch_template.ec2_instance_profile_arn',
    class: 'security',
  },
  {
    what: 'an added security group on the managed instances',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: INFRASTRUCTURE_ROLE, instanceLaunchTemplate: { networkConfiguration: { subnets: MI_SUBNETS, securityGroups: [...MI_SECURITY_GROUPS, 'sg-0ffffffffffffffff'] } } }),
    path: 'managed_instances_provider.instance_launch_template.network_configuration.security_groups',
    class: 'security',
  },
  {
    what: 'a bigger data volume',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: INFRASTRUCTURE_ROLE, instanceLaunchTemplate: { ...template, storageConfiguration: { storageSizeGiB: 200 } } }),
    path: 'managed_instances_provider.instance_launch_template.storage_configuration.storage_size_gib',
    class: 'config',
  },
  {
    what: 'wider instance requirements',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: INFRASTRUCTURE_ROLE, instanceLaunchTemplate: { instanceRequirements: { vCpuCount: { min: 2, max: 64 }, memoryMiB: { min: 4096 }, allowedInstanceTypes: ['c7g.*', 'm7g.*'], requireHibernateSupport: false } } }),
    path: 'managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count.max',
    class: 'config',
  },
  {
    what: 'tag propagation turned off',
    address: 'aws_ecs_capacity_provider.managed',
    change: managed({ infrastructureRoleArn: INFRASTRUCTURE_ROLE, instanceLaunchTemplate: {}, propagateTags: 'NONE' }),
    path: 'managed_instances_provider.propagate_tags',
    class: 'config',
  },
  {
    what: 'the blue/green bake time',
    address: 'aws_ecs_service.api',
    change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', deploymentConfiguration: { bakeTimeInMinutes: 0 } })),
    path: 'deployment_configuration.bake_time_in_minutes',
    class: 'config',
  },
  {
    what: 'the deployment strategy back to rolling',
    address: 'aws_ecs_service.api',
    change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', deploymentConfiguration: { strategy: 'ROLLING' } })),
    path: 'deployment_configuration.strategy',
    class: 'config',
  },
  {
    what: "another role for the lifecycle hook",
    address: 'aws_ecs_service.api',
    change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', deploymentConfiguration: { lifecycleHooks: [{ ...hook, roleArn: 'arn:aws:iam::123456789012:role/broad-admin' }] } })),
    path: `deployment_configuration.lifecycle_hook[${HOOK_LAMBDA}].role_arn`,
    class: 'security',
  },
  {
    what: 'another role for the blue/green listeners',
    address: 'aws_ecs_service.api',
    change: (ecs) => ecs.send(new UpdateServiceCommand({
      cluster: 'prod',
      service: 'api',
      loadBalancers: [{
        targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/6d0ecf831eec9f09',
        containerName: 'app',
        containerPort: 8080,
        advancedConfiguration: {
          alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api-green/7e1fd0942ffd0a1a',
          productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
          roleArn: 'arn:aws:iam::123456789012:role/broad-admin',
        },
      }],
    })),
    path: 'load_balancer[app:8080].advanced_configuration.role_arn',
    class: 'security',
  },
];

describe('a console change to a v6-only attribute', () => {
  it.each(PLANTS.map((p) => [p.what, p] as const))('finds %s', async (_what, plant) => {
    const { aws, ecs } = await liveAfterV6Apply();
    await plant.change(ecs);
    for (const form of FORMS) {
      const run = await drift(aws, form);
      const result = run.results.find((r) => r.address === plant.address)!;
      expect({ form, status: result.status }).toEqual({ form, status: 'drifted' });
      const found = result.differences.filter((d) => d.path === plant.path);
      expect({ form, found: found.map((d) => d.class) }).toEqual({ form, found: [plant.class] });
    }
  });
});

// The second derived fixture: service-connect's estate with a LINEAR service (Service Connect access
// logs, a test-traffic header rule), a CANARY service and two Managed Instances capacity providers that
// set every instance requirement (fixtures/provider-v6/service-connect-canary/README.md).
const SC_FIXTURE = path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'service-connect-canary');

async function liveAfterV6ServiceConnectApply(): Promise<{ aws: AwsEmulator; ecs: ECSClient }> {
  const aws = await startAwsEmulator();
  aws.ecs.restore((await readScenarioFixture('service-connect')).live);
  const ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await applyAsProviderV6ServiceConnect(ecs);
  open.push(async () => {
    ecs.destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  });
  return { aws, ecs };
}

async function driftServiceConnect(aws: AwsEmulator, form: (typeof FORMS)[number]): Promise<DriftRun> {
  const clients = emulatorClients(aws, 1);
  try {
    return await detectDrift({ repoRoot: SC_FIXTURE, states: [{ moduleDir: '.', source: path.join(SC_FIXTURE, form) }] }, clients, silentLogger);
  } finally {
    clients.destroy();
  }
}

describe('a v6-shaped state (linear and canary services with Service Connect, Managed Instances requirements)', () => {
  it.each(FORMS)('is in sync after the apply, read from %s', async (form) => {
    const { aws } = await liveAfterV6ServiceConnectApply();
    const run = await driftServiceConnect(aws, form);
    expect(run.errors).toEqual([]);
    expect(run.results.map((r) => r.address).sort()).toEqual([
      'aws_ecs_capacity_provider.gpu', 'aws_ecs_capacity_provider.storage', 'aws_ecs_cluster.mesh',
      'aws_ecs_service.orders', 'aws_ecs_service.payments', 'aws_ecs_task_definition.orders',
    ]);
    for (const r of run.results) {
      const blocking = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
      expect({ address: r.address, status: r.status, blocking }).toEqual({ address: r.address, status: 'in_sync', blocking: [] });
    }
  });

  const SC_PLANTS: { what: string; address: string; change(ecs: ECSClient): Promise<unknown>; path: string }[] = [
    {
      what: 'a faster linear step',
      address: 'aws_ecs_service.orders',
      change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'mesh', service: 'orders', deploymentConfiguration: { linearConfiguration: { stepPercent: 50, stepBakeTimeInMinutes: 5 } } })),
      path: 'deployment_configuration.linear_configuration.step_percent',
    },
    {
      what: 'a larger canary',
      address: 'aws_ecs_service.payments',
      change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'mesh', service: 'payments', deploymentConfiguration: { canaryConfiguration: { canaryPercent: 50, canaryBakeTimeInMinutes: 15 } } })),
      path: 'deployment_configuration.canary_configuration.canary_percent',
    },
    {
      what: 'access logs in TEXT',
      address: 'aws_ecs_service.orders',
      change: (ecs) => ecs.send(new UpdateServiceCommand({ cluster: 'mesh', service: 'orders', serviceConnectConfiguration: { ...ORDERS_SERVICE_CONNECT, accessLogConfiguration: { format: 'TEXT', includeQueryParameters: 'ENABLED' } } })),
      path: 'service_connect_configuration.access_log_configuration.format',
    },
    {
      what: 'another test-traffic header value',
      address: 'aws_ecs_service.orders',
      change: (ecs) => ecs.send(new UpdateServiceCommand({
        cluster: 'mesh',
        service: 'orders',
        serviceConnectConfiguration: { ...ORDERS_SERVICE_CONNECT, services: [{ ...ORDERS_SERVICE_CONNECT.services[0]!, clientAliases: [{ port: 80, dnsName: 'orders.internal', testTrafficRules: { header: { name: 'x-test-traffic', value: { exact: 'everyone' } } } }] }] },
      })),
      path: 'service_connect_configuration.service[http].client_alias.test_traffic_rules[x-test-traffic]',
    },
  ];

  it.each(SC_PLANTS.map((p) => [p.what, p] as const))('finds %s', async (_what, plant) => {
    const { aws, ecs } = await liveAfterV6ServiceConnectApply();
    await plant.change(ecs);
    for (const form of FORMS) {
      const run = await driftServiceConnect(aws, form);
      const result = run.results.find((r) => r.address === plant.address)!;
      expect({ form, status: result.status }).toEqual({ form, status: 'drifted' });
      expect({ form, found: result.differences.filter((d) => d.path === plant.path).map((d) => d.class) }).toEqual({ form, found: ['config'] });
    }
  });
});
