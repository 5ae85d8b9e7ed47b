// Governed imports checked against live ECS, with the real ECS client against the AWS emulator
// and configurations parsed from HCL fixtures.
import { afterEach, describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { checkImports, evaluatedAsState, type ImportCheck } from '../../src/drift/import-check.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import type { ConfigurationModel, ImportModel } from '../../src/terraform/model.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import { emulatorClients, PLANTED_SECRET, seedFreshEstate } from '../drift/live-estate.js';

const repoRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'imports');
const open: { aws: AwsEmulator; destroy(): void }[] = [];

afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

let configuration: ConfigurationModel | undefined;
async function config(): Promise<ConfigurationModel> {
  configuration ??= await loadConfiguration({ repoRoot, paths: ['.'] });
  expect(configuration.errors).toEqual([]);
  return configuration;
}

async function check(prepare: (aws: AwsEmulator) => void = () => {}, imports?: ImportModel[]): Promise<{ checks: ImportCheck[]; aws: AwsEmulator }> {
  const aws = await startAwsEmulator({ seed: 5 });
  seedFreshEstate(aws);
  prepare(aws);
  const clients = emulatorClients(aws);
  open.push({ aws, destroy: () => clients.destroy() });
  const model = await config();
  return { checks: await checkImports(imports ?? model.imports, model, clients, { region: 'us-east-1', logger: silentLogger, repoRoot }), aws };
}

function byTo(checks: ImportCheck[], to: string, file: string): ImportCheck {
  const found = checks.find((c) => c.to === to && c.file === file);
  if (!found) throw new Error(`no check for ${to} in ${file}; have ${checks.map((c) => `${c.file}:${c.to}`).join(', ')}`);
  return found;
}

describe('checkImports', () => {
  it('finds imports faithful when live ECS is what the code says, unknown values aside', async () => {
    const { checks } = await check();
    // The aws_ecr_repository import is not an ECS resource and is not checked here.
    expect(checks.map((c) => `${c.file}:${c.line} ${c.to}`)).toEqual([
      'faithful/main.tf:6 aws_ecs_service.web',
      'faithful/main.tf:11 aws_ecs_task_definition.web',
      'faithful/main.tf:16 module.batch.aws_ecs_cluster.this',
      'unfaithful/main.tf:2 aws_ecs_service.api',
      'unfaithful/main.tf:7 aws_ecs_task_definition.api',
      'unfaithful/main.tf:12 aws_ecs_service.ghost',
    ]);
    const service = byTo(checks, 'aws_ecs_service.web', 'faithful/main.tf');
    expect(service).toMatchObject({ status: 'faithful', id: 'prod/web', resource: 'aws_ecs_service.web', region: 'us-east-1', differences: [] });
    // The task definition reference is compared by the referenced block's family; the cluster reference is not compared.
    expect(service.notCompared).toEqual([
      { path: 'cluster', why: 'aws_ecs_cluster.prod.id is known only after apply' },
      { path: 'iam_role', why: 'not set in the code: the provider adopts the live value' },
      { path: 'launch_type', why: 'not set in the code: the provider adopts the live value' },
      { path: 'platform_version', why: 'not set in the code: the provider adopts the live value' },
    ]);
    expect(service.reason).toBe('live ECS matches the code; 4 attributes not compared');

    const taskDefinition = byTo(checks, 'aws_ecs_task_definition.web', 'faithful/main.tf');
    expect(taskDefinition).toMatchObject({ status: 'faithful', differences: [] });
    expect(taskDefinition.notCompared).toEqual([{ path: 'container_definitions.web.image', why: expect.stringContaining('var.web_image') }]);

    // `to` with a module prefix resolves to the module's resource, evaluated with the caller's input.
    expect(byTo(checks, 'module.batch.aws_ecs_cluster.this', 'faithful/main.tf')).toMatchObject({ status: 'faithful', resource: 'module.batch.aws_ecs_cluster.this', differences: [] });
    expect(byTo(checks, 'aws_ecs_service.api', 'unfaithful/main.tf')).toMatchObject({ status: 'faithful', differences: [] });
  });

  it('reports an unfaithful import: a public IP and an image that differ, and an environment entry the code lacks', async () => {
    const { checks } = await check((aws) => {
      aws.ecs.updateService('prod', 'api', { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } } });
    });
    const service = byTo(checks, 'aws_ecs_service.api', 'unfaithful/main.tf');
    expect(service.status).toBe('differs');
    expect(service.differences).toEqual([{ path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security' }]);
    expect(service.reason).toMatch(/^live ECS differs from the code in 1 security attribute \(network_configuration\.assign_public_ip\)/);

    const taskDefinition = byTo(checks, 'aws_ecs_task_definition.api', 'unfaithful/main.tf');
    expect(taskDefinition.status).toBe('differs');
    expect(taskDefinition.differences).toEqual([
      { path: 'container_definitions[app].image', expected: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.5.0', actual: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2', class: 'security' },
      { path: 'container_definitions[app].environment[API_TOKEN]', expected: null, actual: '(secret)', class: 'security', why: 'secret value added (values are never shown)' },
    ]);
    expect(JSON.stringify(checks)).not.toContain(PLANTED_SECRET);
  });

  it('reads availability_zone_rebalancing left out of the code as the provider default DISABLED', async () => {
    // Provider 5.100.0 (faithful/.terraform.lock.hcl, written by `terraform providers lock` from this machine's
    // mirror): `Default: awstypes.AvailabilityZoneRebalancingDisabled` (internal/service/ecs/service.go), so code
    // without it plans DISABLED; a live ENABLED (CreateService's default, API_CreateService) is a difference.
    // Other versions: import-check-provider-version.test.ts.
    const { checks } = await check((aws) => { aws.ecs.updateService('prod', 'web', { availabilityZoneRebalancing: 'ENABLED' }); });
    const service = byTo(checks, 'aws_ecs_service.web', 'faithful/main.tf');
    expect(service.status).toBe('differs');
    expect(service.differences).toEqual([{ path: 'availability_zone_rebalancing', expected: 'DISABLED', actual: 'ENABLED', class: 'config',
      why: 'not set in the code: with hashicorp/aws 5.100.0 (faithful/.terraform.lock.hcl), the provider plans its default DISABLED' }]);
  });

  it('compares a left-out service capacity_provider_strategy (Terraform replaces the service) but not a left-out cluster setting (adopted)', async () => {
    // Terraform 1.11.4 + hashicorp/aws 5.100.0 are the oracle (__tests__/import/terraform-plan.test.ts, "left-out"):
    // the service's strategy is Optional, not Computed (service.go), and the plan reads
    // "- capacity_provider_strategy { # forces replacement"; the cluster's `setting` is Optional +
    // Computed (cluster.go) and the import plans no change.
    const root = path.join(path.dirname(repoRoot), 'imports-left-out');
    const model = await loadConfiguration({ repoRoot: root, paths: ['.'] });
    expect(model.errors).toEqual([]);
    const aws = await startAwsEmulator({ seed: 5 });
    seedFreshEstate(aws);
    aws.ecs.putCluster({ clusterName: 'insights', settings: [{ name: 'containerInsights', value: 'enabled' }] });
    const clients = emulatorClients(aws);
    open.push({ aws, destroy: () => clients.destroy() });
    const checks = await checkImports(model.imports, model, clients, { region: 'us-east-1', logger: silentLogger, repoRoot: root });

    const leftOut = byTo(checks, 'aws_ecs_service.web', 'main.tf');
    expect(leftOut.status).toBe('differs');
    expect(leftOut.reason).toBe('live ECS differs from the code in 1 config attribute (capacity_provider_strategy[FARGATE_SPOT]): the first apply after the import removes the capacity provider strategy, which provider 5.x does by destroying and re-creating the service; 3 attributes not compared');
    expect(leftOut.differences).toEqual([{ path: 'capacity_provider_strategy[FARGATE_SPOT]', expected: null, actual: { base: 0, weight: 1 }, class: 'config',
      why: 'not set in the code: Optional, not Computed, so the provider plans its removal, which with provider 5.x replaces the service' }]);
    expect(leftOut.notCompared.map((n) => n.path)).not.toContain('capacity_provider_strategy');
    expect(byTo(checks, 'aws_ecs_service.web_written', 'main.tf')).toMatchObject({ status: 'faithful', differences: [] });

    const cluster = byTo(checks, 'aws_ecs_cluster.insights', 'main.tf');
    expect(cluster).toMatchObject({ status: 'faithful', differences: [] });
    expect(cluster.notCompared).toEqual([{ path: 'setting', why: 'not set in the code: the provider adopts the live value' }]);
  });

  it('reports a service that does not exist as not found, and AccessDenied as unverified', async () => {
    const { checks } = await check((aws) => { aws.faults.accessDeniedClusters = ['prod']; });
    expect(byTo(checks, 'aws_ecs_service.web', 'faithful/main.tf')).toMatchObject({ status: 'unverified', reason: expect.stringContaining('access denied'), differences: [] });
    expect(byTo(checks, 'aws_ecs_service.api', 'unfaithful/main.tf').status).toBe('unverified');
    // Reads outside the denied cluster still work.
    expect(byTo(checks, 'module.batch.aws_ecs_cluster.this', 'faithful/main.tf').status).toBe('faithful');
    expect(byTo(checks, 'aws_ecs_task_definition.web', 'faithful/main.tf').status).toBe('faithful');

    const { checks: open } = await check();
    expect(byTo(open, 'aws_ecs_service.ghost', 'unfaithful/main.tf')).toMatchObject({
      status: 'not_found',
      reason: 'nothing to import: service ghost in cluster prod not found in us-east-1 (MISSING)',
    });
  });

  it('does not evaluate imports whose id is unknown, whose target is missing or whose id is malformed', async () => {
    const loc = { file: 'unfaithful/main.tf', line: 1, endLine: 4 };
    const imports: ImportModel[] = [
      { to: 'aws_ecs_service.api', id: { kind: 'unknown', reason: 'var.service_id is known only at plan time', loc }, loc, moduleDir: 'unfaithful', rootDir: 'unfaithful' },
      { to: 'aws_ecs_service.nowhere', id: { kind: 'string', value: 'prod/nowhere', loc }, loc, moduleDir: 'unfaithful', rootDir: 'unfaithful' },
      { to: 'aws_ecs_service.api', id: { kind: 'string', value: 'api', loc }, loc, moduleDir: 'unfaithful', rootDir: 'unfaithful' },
      { to: 'aws_ecs_tag.team', id: { kind: 'string', value: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod,Team', loc }, loc, moduleDir: 'unfaithful', rootDir: 'unfaithful' },
    ];
    const { checks, aws } = await check(() => {}, imports);
    expect(checks.map((c) => [c.status, c.reason])).toEqual([
      ['not_evaluated', 'the import id is not known statically: var.service_id is known only at plan time'],
      ['not_evaluated', 'no resource block aws_ecs_service.nowhere was found in unfaithful'],
      ['not_evaluated', 'import id "api" is not cluster-name/service-name'],
      ['not_evaluated', 'imports of aws_ecs_tag are not checked against live ECS'],
    ]);
    expect(aws.calls.DescribeServices ?? 0).toBe(0);
  });

  it('logs a one-line summary', async () => {
    const aws = await startAwsEmulator({ seed: 5 });
    seedFreshEstate(aws);
    const clients = emulatorClients(aws);
    open.push({ aws, destroy: () => clients.destroy() });
    const logger = memoryLogger();
    const model = await config();
    await checkImports(model.imports, model, clients, { region: 'us-east-1', logger });
    expect(logger.messages.filter((m) => m.level === 'info').map((m) => m.message)).toEqual([
      'Imports: 6 checked against live ECS: 4 faithful, 1 differ, 1 not found, 0 unverified, 0 not evaluated',
    ]);
  });
});

describe('evaluatedAsState', () => {
  it('converts blocks to lists of objects, decodes container JSON and records unknown paths', async () => {
    const model = await config();
    const service = model.resources.find((r) => r.address === 'aws_ecs_service.web' && r.rootDir === 'faithful')!;
    const shape = evaluatedAsState(service);
    expect(shape.attributes).toMatchObject({
      name: 'web',
      desired_count: 2,
      capacity_provider_strategy: [{ capacity_provider: 'FARGATE_SPOT', weight: 1 }],
      network_configuration: [{ subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], security_groups: ['sg-0a1b2c3d4e5f60718'], assign_public_ip: false }],
      tags: { Team: 'platform', ManagedBy: 'terraform' },
    });
    expect(shape.attributes.cluster).toBeUndefined();
    expect(shape.unknown.map((u) => u.path.join('.')).sort()).toEqual(['cluster', 'task_definition']);

    const taskDefinition = model.resources.find((r) => r.address === 'aws_ecs_task_definition.web' && r.rootDir === 'faithful')!;
    const td = evaluatedAsState(taskDefinition);
    expect(td.attributes.container_definitions).toEqual([{ name: 'web', user: '101', portMappings: [{ containerPort: 80 }] }]);
    expect(td.unknown.map((u) => u.path)).toEqual([['container_definitions', 'web', 'image']]);
  });
});
