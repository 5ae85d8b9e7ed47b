// `ecs-drift-guard import` against the ECS emulator with the real ECS client. The round trip: the
// generated module is read back by our own parser, `import-check` against the same live ECS finds
// every import faithful, `scan` finds the live problems on the generated lines, and (when terraform
// is installed) `terraform fmt -check` accepts the files as they are. The live estate is the drift
// tests' (live-estate.ts: what ECS reports after a provider apply) plus the seeds below, whose
// shapes follow the ECS API reference (CreateCapacityProvider, CreateService, RegisterTaskDefinition).
import { afterEach, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { TERRAFORM_BIN, terraformUnavailable } from '../../test-support/terraform/provider-fixtures.js';
import { silentLogger } from '../../src/logger.js';
import { checkImports } from '../../src/drift/import-check.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { runImport, renderImportText, OutputFolderNotEmpty, type ImportResult } from '../../src/import/run-import.js';
import { emulatorClients, PLANTED_SECRET, seedFreshEstate } from '../drift/live-estate.js';
import { PLANTED_CREDENTIALS } from '../../test-support/planted-credentials.js';

const run = promisify(execFile);
const open: { aws: AwsEmulator; destroy(): void; dir: string }[] = [];
afterEach(async () => {
  for (const { aws, destroy, dir } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
    await rm(dir, { recursive: true, force: true });
  }
});

/** The shape of a GitHub personal access token (ghp_ + 36 base62), which the detector knows by its format whatever the name. */
const GITHUB_TOKEN_SHAPE = PLANTED_CREDENTIALS['github-token']!;
const ASG = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5f1c3d2e-0000-4000-8000-00000000bbbb:autoScalingGroupName/edge';

/** A cluster on its own EC2 capacity provider, and a risky service: public IP, ECS Exec, a privileged container. */
function seedRiskyEdge(aws: AwsEmulator): void {
  aws.ecs.putCapacityProvider({
    name: 'edge-ec2',
    autoScalingGroupProvider: {
      autoScalingGroupArn: ASG,
      managedScaling: { status: 'ENABLED', targetCapacity: 80, minimumScalingStepSize: 1, maximumScalingStepSize: 10000, instanceWarmupPeriod: 300 },
      managedTerminationProtection: 'DISABLED',
      managedDraining: 'ENABLED',
    },
    tags: [{ key: 'Team', value: 'edge' }],
  });
  aws.ecs.putCluster({ clusterName: 'edge', capacityProviders: ['edge-ec2'], defaultCapacityProviderStrategy: [{ capacityProvider: 'edge-ec2', weight: 1, base: 0 }] });
  aws.ecs.registerTaskDefinition({
    family: 'edge-proxy',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['EC2'],
    cpu: '256',
    memory: '512',
    containerDefinitions: [{
      name: 'proxy',
      image: 'public.ecr.aws/nginx/nginx:1.27',
      essential: true,
      privileged: true,
      portMappings: [{ containerPort: 443, hostPort: 443, protocol: 'tcp' }],
      environment: [{ name: 'UPSTREAM', value: 'api.internal' }, { name: 'SESSION_SECRET', value: PLANTED_SECRET }],
    }],
  });
  aws.ecs.putService('edge', {
    serviceName: 'proxy',
    taskDefinition: 'edge-proxy:1',
    desiredCount: 2,
    enableExecuteCommand: true,
    capacityProviderStrategy: [{ capacityProvider: 'edge-ec2', weight: 1, base: 0 }],
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } },
  });
}

interface Imported {
  result: ImportResult;
  aws: AwsEmulator;
  clients: ReturnType<typeof emulatorClients>;
  dir: string;
  read(file: string): Promise<string>;
  all(): Promise<string>;
}

async function importFrom(prepare: (aws: AwsEmulator) => void, clusters: string[], services: string[] = [], faults?: AwsEmulator['faults']): Promise<Imported> {
  const aws = await startAwsEmulator({ seed: 7, faults });
  prepare(aws);
  const clients = emulatorClients(aws);
  const dir = await mkdtemp(path.join(tmpdir(), 'import-'));
  open.push({ aws, destroy: () => clients.destroy(), dir });
  const result = await runImport({ clusters, services, region: 'us-east-1', out: path.join(dir, 'out'), force: false, ecs: clients.ecs, logger: silentLogger });
  const read = (file: string) => readFile(path.join(dir, 'out', file), 'utf8');
  return { result, aws, clients, dir: path.join(dir, 'out'), read, all: async () => (await Promise.all(result.files.map(read))).join('\n') };
}

/** Our parser, then import-check against the same live ECS. */
async function roundTrip(imported: Imported) {
  const configuration = await loadConfiguration({ repoRoot: imported.dir, paths: ['.'] });
  expect(configuration.errors).toEqual([]);
  const checks = await checkImports(configuration.imports, configuration, imported.clients, { region: 'us-east-1', logger: silentLogger });
  return { configuration, checks };
}

async function terraformFmtCheck(dir: string): Promise<void> {
  const why = terraformUnavailable();
  if (why) {
    console.warn(`SKIPPED terraform fmt -check: ${why}`);
    return;
  }
  // Throws (exit 3) with the diff when a file is not formatted as terraform fmt would.
  await run(TERRAFORM_BIN, ['fmt', '-check', '-diff', '-no-color', dir]);
}

function lineOf(text: string, line: number): string {
  return text.split('\n')[line - 1] ?? '';
}

describe('import: round trip', () => {
  it('imports every resource kind, faithful to live ECS, with references and no defaults', async () => {
    const imported = await importFrom((aws) => { seedFreshEstate(aws); seedRiskyEdge(aws); }, ['prod', 'batch', 'edge']);
    const { result } = imported;
    expect(result.complete).toBe(true);
    expect(result.notImported).toEqual([]);
    const kinds = new Set(result.imported.map((r) => r.address.split('.')[0]));
    expect([...kinds].sort()).toEqual(['aws_ecs_capacity_provider', 'aws_ecs_cluster', 'aws_ecs_cluster_capacity_providers', 'aws_ecs_service', 'aws_ecs_task_definition']);
    // The import IDs the AWS provider documents for each resource.
    const ids = Object.fromEntries(result.imported.map((r) => [r.address, r.importId]));
    expect(ids).toMatchObject({
      'aws_ecs_cluster.prod': 'prod',
      'aws_ecs_cluster_capacity_providers.edge': 'edge',
      'aws_ecs_capacity_provider.edge_ec2': 'edge-ec2',
      'aws_ecs_service.prod_api': 'prod/api',
      'aws_ecs_service.batch_worker_jobs': 'batch/worker-jobs',
      'aws_ecs_task_definition.api': 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:1',
    });

    const { checks, configuration } = await roundTrip(imported);
    expect(checks.map((c) => c.to).sort()).toEqual(result.imported.map((r) => r.address).sort());
    for (const c of checks) expect({ to: c.to, status: c.status, differences: c.differences }).toEqual({ to: c.to, status: 'faithful', differences: [] });

    const services = await imported.read('services.tf');
    expect(services).toContain('cluster         = aws_ecs_cluster.prod.arn');
    expect(services).toContain('task_definition = "${aws_ecs_task_definition.api.family}:${aws_ecs_task_definition.api.revision}"');
    expect(services).toContain('capacity_provider = aws_ecs_capacity_provider.edge_ec2.name');
    expect(await imported.read('clusters.tf')).toContain('capacity_providers = [aws_ecs_capacity_provider.edge_ec2.name]');
    // Defaults ECS reports but nobody writes: REPLICA, 200/100, the service-linked role, essential = true, aws: tags.
    const all = await imported.all();
    for (const absent of ['REPLICA', 'deployment_maximum_percent', 'AWSServiceRoleForECS', 'essential = true', 'aws:cloudformation', 'aws:servicecatalog', 'containerInsights"\n    value = "disabled']) expect(all).not.toContain(absent);
    expect(configuration.resources.length).toBe(result.imported.length);

    await terraformFmtCheck(imported.dir);
  });

  it('keeps secrets out of the code: sensitive variables with where they came from, secrets stay ARNs', async () => {
    const imported = await importFrom((aws) => { seedFreshEstate(aws); seedRiskyEdge(aws); }, ['prod', 'edge']);
    const all = await imported.all();
    expect(all).not.toContain(PLANTED_SECRET);
    expect(all).not.toContain(PLANTED_SECRET.slice(0, 12));
    expect(renderImportText(imported.result)).not.toContain(PLANTED_SECRET);
    expect(imported.result.secretsKeptOut.map((s) => s.variable).sort()).toEqual(['api_app_api_token', 'edge_proxy_proxy_session_secret']);
    const variables = await imported.read('variables.tf');
    expect(variables).toContain('variable "edge_proxy_proxy_session_secret" {\n  type      = string\n  sensitive = true\n}');
    expect(variables).toContain('# From live ECS: task definition edge-proxy:1, container proxy, environment SESSION_SECRET.');
    const taskDefinitions = await imported.read('task_definitions.tf');
    for (const s of imported.result.secretsKeptOut) expect(lineOf(taskDefinitions, s.line)).toContain(`value = var.${s.variable}`);
    expect(taskDefinitions).toContain('valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"');
    expect(taskDefinitions).toContain('value = "api.internal"');
    await terraformFmtCheck(imported.dir);
  });

  it('scan finds the live problems on the generated lines', async () => {
    const imported = await importFrom(seedRiskyEdge, ['edge']);
    const services = await imported.read('services.tf');
    const taskDefinitions = await imported.read('task_definitions.tf');
    const at = (ruleId: string) => imported.result.findings.find((f) => f.ruleId === ruleId);
    const publicIp = at('ecs-service-public-ip');
    const exec = at('ecs-service-exec-enabled');
    const privileged = at('ecs-container-privileged');
    expect([publicIp?.file, exec?.file, privileged?.file]).toEqual(['services.tf', 'services.tf', 'task_definitions.tf']);
    expect(lineOf(services, publicIp!.line)).toContain('assign_public_ip = true');
    expect(lineOf(services, exec!.line)).toContain('enable_execute_command = true');
    expect(lineOf(taskDefinitions, privileged!.line)).toContain('privileged');
    const text = renderImportText(imported.result);
    expect(text).toMatch(/Imported as is: \d+ high, .*findings/);
    expect(text).toContain(`services.tf:${publicIp!.line}`);
  });

  it('imports a cluster of 50 services with the minimum of calls, every import faithful', async () => {
    const imported = await importFrom((aws) => {
      aws.ecs.putCluster({ clusterName: 'big' });
      for (let r = 0; r < 5; r++) aws.ecs.registerTaskDefinition({ family: 'app', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512', containerDefinitions: [{ name: 'app', image: `example/app:${r}`, essential: true }] });
      for (let i = 0; i < 50; i++) {
        aws.ecs.putService('big', {
          serviceName: `svc-${String(i).padStart(2, '0')}`,
          taskDefinition: `app:${(i % 5) + 1}`,
          desiredCount: i % 3,
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'DISABLED' } },
        });
      }
    }, ['big']);
    expect(imported.result.complete).toBe(true);
    // DescribeClusters once, ListServices once (100 a page), DescribeServices in tens, each revision in use once.
    expect(imported.result.calls).toEqual({ DescribeClusters: 1, ListServices: 1, DescribeServices: 5, DescribeTaskDefinition: 5 });
    expect(imported.result.imported.filter((r) => r.address.startsWith('aws_ecs_service.'))).toHaveLength(50);
    expect(imported.result.imported.filter((r) => r.address.startsWith('aws_ecs_task_definition.')).map((r) => r.address).sort())
      .toEqual(['aws_ecs_task_definition.app_1', 'aws_ecs_task_definition.app_2', 'aws_ecs_task_definition.app_3', 'aws_ecs_task_definition.app_4', 'aws_ecs_task_definition.app_5']);
    imported.aws.resetCalls();
    const { checks } = await roundTrip(imported);
    expect(checks).toHaveLength(56);
    expect(checks.filter((c) => c.status !== 'faithful' || c.differences.length)).toEqual([]);
    await terraformFmtCheck(imported.dir);
  });

  it('imports the task sets of an EXTERNAL controller (not CODE_DEPLOY\'s), faithful, with the minimum of calls', async () => {
    // CreateService with deploymentController EXTERNAL takes no taskDefinition: the task sets carry
    // them (API_CreateService, API_CreateTaskSet); DescribeServices reports the task sets inline,
    // without tags; DescribeTaskSets with include TAGS reads them whole (API_DescribeTaskSets).
    const imported = await importFrom((aws) => {
      seedFreshEstate(aws);
      aws.ecs.putService('prod', { serviceName: 'blue-green', desiredCount: 2, deploymentController: { type: 'EXTERNAL' }, tags: [{ key: 'Team', value: 'platform' }] });
      aws.ecs.putTaskSet('prod', 'blue-green', {
        id: 'ecs-svc/1234567890123456789', taskDefinition: 'web:1', launchType: 'FARGATE', externalId: 'deploy-41',
        networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } },
        tags: [{ key: 'Team', value: 'platform' }],
      });
      aws.ecs.putTaskSet('prod', 'blue-green', { id: 'ecs-svc/9876543210987654321', taskDefinition: 'api:1', launchType: 'FARGATE', externalId: 'deploy-42', scale: { unit: 'PERCENT', value: 50 } });
      // A CODE_DEPLOY service: its task sets are CodeDeploy's (DescribeTaskSets refuses the service).
      aws.ecs.putService('prod', { serviceName: 'codedeploy', taskDefinition: 'web:1', desiredCount: 1, deploymentController: { type: 'CODE_DEPLOY' } });
      aws.ecs.putTaskSet('prod', 'codedeploy', { id: 'ecs-svc/1111111111111111111', taskDefinition: 'web:1', launchType: 'EC2' });
    }, ['prod']);
    const { result } = imported;
    expect(result.notImported).toEqual([]);
    expect(result.complete).toBe(true);
    // One DescribeTaskSets for the one EXTERNAL service; the task sets' revisions (web:1, api:1) are
    // the services' and are read once each, like every revision in use.
    expect(result.calls).toEqual({ DescribeClusters: 1, ListServices: 1, DescribeServices: 1, DescribeTaskSets: 1, DescribeTaskDefinition: 2 });
    const ids = Object.fromEntries(result.imported.filter((r) => r.address.startsWith('aws_ecs_task_set.')).map((r) => [r.address, r.importId]));
    expect(ids).toEqual({
      'aws_ecs_task_set.blue_green_primary': 'ecs-svc/1234567890123456789,blue-green,prod',
      'aws_ecs_task_set.blue_green_active': 'ecs-svc/9876543210987654321,blue-green,prod',
    });
    const services = await imported.read('services.tf');
    const block = services.slice(services.indexOf('resource "aws_ecs_service" "blue_green"'));
    const body = block.slice(0, block.indexOf('\n}\n') + 3);
    expect(body).toContain('type = "EXTERNAL"');
    expect(body).not.toContain('task_definition');

    const taskSets = await imported.read('task_sets.tf');
    const primary = taskSets.slice(taskSets.indexOf('resource "aws_ecs_task_set" "blue_green_primary"'));
    expect(primary.slice(0, primary.indexOf('\n}\n') + 3)).toBe([
      'resource "aws_ecs_task_set" "blue_green_primary" {',
      '  cluster         = aws_ecs_cluster.prod.name',
      '  service         = aws_ecs_service.blue_green.name',
      '  task_definition = aws_ecs_task_definition.web.arn',
      '  external_id     = "deploy-41"',
      '  launch_type     = "FARGATE"',
      '',
      '  network_configuration {',
      '    subnets          = ["subnet-0aa1c79de3EXAMPLE"]',
      '    security_groups  = ["sg-0a1b2c3d4e5f60718"]',
      '    assign_public_ip = true',
      '  }',
      '',
      '  tags = {',
      '    Team = "platform"',
      '  }',
      '}',
      '',
    ].join('\n'));
    // Defaults left out (scale 100 PERCENT), a scale of 50 kept; stability_status is ECS's.
    expect(taskSets).toContain('  scale {\n    value = 50\n  }');
    expect(taskSets).not.toContain('stability_status');
    expect(taskSets).not.toContain('PERCENT');
    expect(taskSets).not.toContain('codedeploy');

    // Our parser reads it, import-check finds every import faithful with zero differences.
    const { checks } = await roundTrip(imported);
    expect(checks.map((c) => c.to).sort()).toEqual(result.imported.map((r) => r.address).sort());
    for (const c of checks) expect({ to: c.to, status: c.status, differences: c.differences }).toEqual({ to: c.to, status: 'faithful', differences: [] });
    // The reference to the task definition is compared (by family), not left out.
    expect(checks.find((c) => c.to === 'aws_ecs_task_set.blue_green_primary')!.notCompared.map((n) => n.path)).not.toContain('task_definition');
    // Scan finds the public IP of the task set on its generated line.
    const publicIp = result.findings.find((f) => f.ruleId === 'ecs-taskset-public-ip');
    expect(publicIp?.file).toBe('task_sets.tf');
    expect(lineOf(taskSets, publicIp!.line)).toContain('assign_public_ip = true');
    await terraformFmtCheck(imported.dir);
  });

  it('import-check of a task set: another live task definition or scale differs; a malformed id is not evaluated', async () => {
    const imported = await importFrom((aws) => {
      seedFreshEstate(aws);
      aws.ecs.putService('prod', { serviceName: 'blue-green', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
      aws.ecs.putTaskSet('prod', 'blue-green', { id: 'ecs-svc/1234567890123456789', taskDefinition: 'web:1', launchType: 'FARGATE', scale: { unit: 'PERCENT', value: 50 } });
    }, ['prod']);
    // Live ECS moves on after the import was generated: the external controller shifts the task set.
    imported.aws.ecs.putTaskSet('prod', 'blue-green', { id: 'ecs-svc/1234567890123456789', taskDefinition: 'api:1', launchType: 'FARGATE', scale: { unit: 'PERCENT', value: 100 } });
    await writeFile(path.join(imported.dir, 'bad_id.tf'), 'import {\n  to = aws_ecs_task_set.blue_green_primary\n  id = "ecs-svc/1234567890123456789/blue-green"\n}\n');
    const { checks } = await roundTrip(imported);
    const sets = checks.filter((c) => c.to === 'aws_ecs_task_set.blue_green_primary');
    const good = sets.find((c) => c.file === 'imports.tf');
    expect(good?.status).toBe('differs');
    expect(good!.differences.map((d) => d.path).sort()).toEqual(['scale.value', 'task_definition']);
    const bad = sets.find((c) => c.file === 'bad_id.tf');
    expect({ status: bad?.status, reason: bad?.reason }).toEqual({ status: 'not_evaluated', reason: 'import id "ecs-svc/1234567890123456789/blue-green" is not TASK_SET_ID,SERVICE,CLUSTER' });
  });

  it('a task set whose task definition was deregistered is not imported, and says why; its service is', async () => {
    const { result, read } = await importFrom((aws) => {
      seedFreshEstate(aws);
      aws.ecs.registerTaskDefinition({ family: 'canary-web', containerDefinitions: [{ name: 'app', image: 'example/app:2' }] });
      aws.ecs.putService('prod', { serviceName: 'blue-green', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
      aws.ecs.putTaskSet('prod', 'blue-green', { id: 'ecs-svc/1234567890123456789', taskDefinition: 'web:1', launchType: 'FARGATE' });
      aws.ecs.putTaskSet('prod', 'blue-green', { id: 'ecs-svc/9876543210987654321', taskDefinition: 'canary-web:1', launchType: 'FARGATE' });
      aws.ecs.deregisterTaskDefinition('canary-web:1');
    }, ['prod']);
    expect(result.complete).toBe(false);
    expect(result.notImported).toEqual([expect.stringMatching(/^task set ecs-svc\/9876543210987654321 of service blue-green in cluster prod: not imported: its task definition cannot be imported: task definition canary-web:1 is INACTIVE \(deregistered\)/)]);
    expect(result.imported.map((r) => r.address)).toEqual(expect.arrayContaining(['aws_ecs_service.blue_green', 'aws_ecs_task_set.blue_green_primary']));
    expect(await read('task_sets.tf')).not.toContain('canary');
  });
});

describe('import: bad input', () => {
  it('refuses a non-empty --out unless --force, before calling AWS', async () => {
    const aws = await startAwsEmulator({ seed: 7 });
    seedFreshEstate(aws);
    const clients = emulatorClients(aws);
    const dir = await mkdtemp(path.join(tmpdir(), 'import-'));
    open.push({ aws, destroy: () => clients.destroy(), dir });
    await writeFile(path.join(dir, 'main.tf'), '# hand-written\n');
    const options = { clusters: ['prod'], services: [], region: 'us-east-1', out: dir, ecs: clients.ecs, logger: silentLogger };
    await expect(runImport({ ...options, force: false })).rejects.toThrow(OutputFolderNotEmpty);
    expect(aws.calls.DescribeClusters ?? 0).toBe(0);
    expect(await readFile(path.join(dir, 'main.tf'), 'utf8')).toBe('# hand-written\n');
    const forced = await runImport({ ...options, force: true });
    expect(forced.complete).toBe(true);
    expect((await readdir(dir)).sort()).toEqual(['clusters.tf', 'imports.tf', 'main.tf', 'services.tf', 'task_definitions.tf', 'variables.tf']);
  });

  it('a cluster that does not exist: one line, the other cluster is still imported, incomplete', async () => {
    const { result } = await importFrom(seedFreshEstate, ['prod', 'ghost']);
    expect(result.complete).toBe(false);
    expect(result.notImported).toEqual(['cluster ghost: not imported: cluster ghost not found in us-east-1 (MISSING)']);
    expect(result.imported.map((r) => r.address)).toContain('aws_ecs_service.prod_api');
    expect(renderImportText(result)).toContain('INCOMPLETE import');
  });

  it('AccessDenied on one cluster: said as such, the readable cluster is imported', async () => {
    const { result } = await importFrom(seedFreshEstate, ['prod', 'batch'], [], { accessDeniedClusters: ['batch'] });
    expect(result.complete).toBe(false);
    expect(result.notImported).toHaveLength(1);
    expect(result.notImported[0]).toMatch(/^cluster batch: not imported: access denied: ECS DescribeClusters on cluster batch in us-east-1 → 400 AccessDeniedException: .*check: the role may lack ecs:DescribeClusters\)$/);
    expect(result.imported.map((r) => r.address)).toContain('aws_ecs_cluster.prod');
    expect(result.imported.map((r) => r.address)).not.toContain('aws_ecs_cluster.batch');
  });

  it('throttling that does not stop: the run says it was throttled and is incomplete', async () => {
    const { result } = await importFrom(seedFreshEstate, ['prod'], [], { throttleRate: 1 });
    expect(result.complete).toBe(false);
    expect(result.imported).toEqual([]);
    expect(result.notImported[0]).toMatch(/^cluster prod: not imported: throttled: ECS DescribeClusters on cluster prod in us-east-1 → 400 ThrottlingException: Rate exceeded \(\d+ attempts; check: AWS kept throttling/);
  });

  it('a service whose task definition was deregistered is not imported, and says why', async () => {
    const { result, read } = await importFrom((aws) => { seedFreshEstate(aws); aws.ecs.deregisterTaskDefinition('web:1'); }, ['prod']);
    expect(result.complete).toBe(false);
    expect(result.notImported).toEqual([expect.stringMatching(/^service web in cluster prod: not imported: its task definition cannot be imported: task definition web:1 is INACTIVE \(deregistered\)/)]);
    expect(result.imported.map((r) => r.address)).toEqual(expect.arrayContaining(['aws_ecs_service.api', 'aws_ecs_service.canary']));
    expect(await read('services.tf')).not.toContain('"web"');
  });

  it('live names cannot inject code: quoted strings, escaped templates, comments that stay comments', async () => {
    const { result, read, all } = await importFrom((aws) => {
      aws.ecs.putCluster({ clusterName: 'odd', tags: [{ key: 'x = 1 }\nresource "null_resource" "y" {', value: '${file("/etc/passwd")}' }] });
      aws.ecs.registerTaskDefinition({ family: 'odd', containerDefinitions: [{ name: 'app', image: 'x', environment: [{ name: 'TOKEN\r\nresource "evil" "x" {}', value: GITHUB_TOKEN_SHAPE }, { name: 'GREETING', value: '%{if true}hi%{endif}' }] }] });
      aws.ecs.putService('odd', { serviceName: 'odd', taskDefinition: 'odd:1', desiredCount: 1 });
    }, ['odd']);
    expect(result.notImported).toEqual([]);
    const text = await all();
    expect(text).not.toContain('\nresource "null_resource"');
    expect(text).not.toContain('\nresource "evil"');
    expect(text).toContain('"$${file(\\"/etc/passwd\\")}"');
    expect(text).toContain('"%%{if true}hi%%{endif}"');
    expect(text).not.toContain(GITHUB_TOKEN_SHAPE);
    expect((await read('variables.tf')).split('\n').filter((l) => l.includes('resource "evil"')).map((l) => l.startsWith('# '))).toEqual([true]);
    await terraformFmtCheck(path.dirname(path.join(result.out, 'x')));
  });

  it('--service imports only the named services', async () => {
    const { result } = await importFrom(seedFreshEstate, ['prod'], ['api']);
    expect(result.imported.map((r) => r.address)).toEqual(['aws_ecs_cluster.prod', 'aws_ecs_cluster_capacity_providers.prod', 'aws_ecs_task_definition.api', 'aws_ecs_service.api']);
    expect(result.calls).toEqual({ DescribeClusters: 1, DescribeServices: 1, DescribeTaskDefinition: 1 });
  });
});

describe('import: attributes whose meaning depends on the AWS provider version', () => {
  it('leaves out deployment_configuration (a 6.x block, Optional + Computed; not in the 5.x schema) and import-check lists it as not compared', async () => {
    const imported = await importFrom((aws) => {
      seedFreshEstate(aws);
      aws.ecs.updateService('prod', 'web', { deploymentConfiguration: { strategy: 'BLUE_GREEN', bakeTimeInMinutes: 10, maximumPercent: 200, minimumHealthyPercent: 100 } });
    }, ['prod'], ['web']);
    expect(imported.result.complete).toBe(true);
    const services = await imported.read('services.tf');
    // Written, 5.x would refuse the module ("Unsupported block type"); left out, neither major changes ECS's value.
    expect(services).not.toContain('deployment_configuration');
    expect(services).not.toContain('BLUE_GREEN');
    const { checks } = await roundTrip(imported);
    const web = checks.find((c) => c.to === 'aws_ecs_service.web')!;
    expect(web).toMatchObject({ status: 'faithful', differences: [] });
    expect(web.notCompared).toContainEqual({ path: 'deployment_configuration', why: 'not set in the code: provider 6.x adopts the live value (Optional + Computed); 5.x has no such argument and leaves it as is' });
  });

  it('writes every nested block of the 5.x schema as a block: alarms, Service Connect, managed EBS volume, VPC Lattice', async () => {
    const IAM = 'arn:aws:iam::123456789012:role';
    const imported = await importFrom((aws) => {
      seedFreshEstate(aws);
      // CreateService shapes (ECS API reference): DeploymentAlarms, ServiceConnectConfiguration, ServiceVolumeConfiguration, VpcLatticeConfiguration.
      aws.ecs.updateService('prod', 'web', {
        deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, alarms: { alarmNames: ['web-5xx'], enable: true, rollback: true } },
        serviceConnectConfiguration: {
          enabled: true,
          namespace: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop',
          services: [{ portName: 'http', discoveryName: 'web', clientAliases: [{ port: 80, dnsName: 'web.internal' }], timeout: { idleTimeoutSeconds: 30, perRequestTimeoutSeconds: 15 } }],
          logConfiguration: { logDriver: 'awslogs', options: { 'awslogs-group': '/ecs/sc' }, secretOptions: [{ name: 'token', valueFrom: 'arn:aws:ssm:us-east-1:123456789012:parameter/sc-token' }] },
        },
        volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: `${IAM}/ebs`, sizeInGiB: 20, volumeType: 'gp3', filesystemType: 'xfs', encrypted: true, tagSpecifications: [{ resourceType: 'volume', tags: [{ key: 'Team', value: 'web' }], propagateTags: 'NONE' }] } }],
        vpcLatticeConfigurations: [{ roleArn: `${IAM}/lattice`, targetGroupArn: 'arn:aws:vpc-lattice:us-east-1:123456789012:targetgroup/tg-0123456789abcdef0', portName: 'http' }],
      });
    }, ['prod'], ['web']);
    expect(imported.result.complete).toBe(true);
    const services = await imported.read('services.tf');
    expect(services).not.toContain('[object Object]');
    for (const block of ['alarms {', 'service_connect_configuration {', 'service {', 'client_alias {', 'timeout {', 'log_configuration {', 'secret_option {', 'volume_configuration {', 'managed_ebs_volume {', 'tag_specifications {', 'vpc_lattice_configurations {']) {
      expect(services).toContain(block);
    }
    expect(services).toMatch(/alarm_names\s+= \["web-5xx"\]/);
    await terraformFmtCheck(imported.dir);
    const { checks } = await roundTrip(imported);
    expect(checks.find((c) => c.to === 'aws_ecs_service.web')).toMatchObject({ status: 'faithful', differences: [] });
  });

  it('writes a 6.x-only block (Service Connect access logs) as a block, with a note that 5.x has none', async () => {
    const imported = await importFrom((aws) => {
      seedFreshEstate(aws);
      aws.ecs.updateService('prod', 'web', { serviceConnectConfiguration: {
        enabled: true,
        namespace: 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abcdefghijklmnop',
        services: [{ portName: 'http', clientAliases: [{ port: 80, testTrafficRules: { header: { name: 'x-canary', value: { exact: 'yes' } } } }] }],
        accessLogConfiguration: { format: 'JSON', includeQueryParameters: 'ENABLED' },
      } });
    }, ['prod'], ['web']);
    const services = await imported.read('services.tf');
    expect(services).not.toContain('[object Object]');
    expect(services).toMatch(/# AWS provider 6\.x only: 5\.x has no such block \(upgrade the provider, or delete it with 5\.x\)\.\n\s+access_log_configuration \{\n\s+format\s+= "JSON"/);
    expect(services).toMatch(/test_traffic_rules \{\n\s+header \{\n\s+name = "x-canary"\n\n\s+value \{\n\s+exact = "yes"/);
    await terraformFmtCheck(imported.dir);
    const { checks } = await roundTrip(imported);
    expect(checks.find((c) => c.to === 'aws_ecs_service.web')).toMatchObject({ status: 'faithful', differences: [] });
  });

  it('writes a Managed Instances capacity provider (6.x only) as nested blocks, never as a list of strings', async () => {
    // CreateCapacityProvider's ManagedInstancesProvider shape (ECS API reference); its blocks are not in
    // the generator's list of 5.x blocks, so this holds by the rule that a list of objects is a block.
    const imported = await importFrom((aws) => {
      aws.ecs.putCapacityProvider({
        name: 'managed',
        type: 'MANAGED_INSTANCES',
        cluster: 'gpu',
        managedInstancesProvider: {
          infrastructureRoleArn: 'arn:aws:iam::123456789012:role/ecsInfrastructureRole',
          propagateTags: 'CAPACITY_PROVIDER',
          instanceLaunchTemplate: {
            ec2InstanceProfileArn: 'arn:aws:iam::123456789012:instance-profile/ecsInstanceRole',
            networkConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'] },
            instanceRequirements: { vCpuCount: { min: 2, max: 8 }, memoryMiB: { min: 4096 } },
          },
        },
      });
      aws.ecs.putCluster({ clusterName: 'gpu', capacityProviders: ['managed'] });
    }, ['gpu']);
    const text = await imported.read('capacity_providers.tf');
    expect(text).not.toContain('[object Object]');
    expect(text).toMatch(/# AWS provider 6\.x only: 5\.x has no such block \(upgrade the provider, or delete it with 5\.x\)\.\n\s+managed_instances_provider \{/);
    expect(text).toMatch(/instance_launch_template \{[\s\S]*network_configuration \{[\s\S]*instance_requirements \{[\s\S]*vcpu_count \{\n\s+min = 2\n\s+max = 8/);
    await terraformFmtCheck(imported.dir);
  });

  it('writes inference_accelerator as the 5.x block, with a note that provider 6.0 removed it', async () => {
    const imported = await importFrom((aws) => {
      aws.ecs.putCluster({ clusterName: 'ml' });
      aws.ecs.registerTaskDefinition({ family: 'infer', containerDefinitions: [{ name: 'model', image: 'model:1', memory: 512 }], inferenceAccelerators: [{ deviceName: 'device_1', deviceType: 'eia2.medium' }] });
      aws.ecs.putService('ml', { serviceName: 'infer', taskDefinition: 'infer:1', desiredCount: 1 });
    }, ['ml']);
    expect(imported.result.complete).toBe(true);
    const text = await imported.read('task_definitions.tf');
    expect(text).toContain([
      '  # AWS provider 5.x only: 6.0 removed inference_accelerator (Elastic Inference reached end of life in',
      '  # April 2024). With provider 6.x, delete this block; with 5.x, leaving it out replaces the task definition.',
      '  inference_accelerator {',
      '    device_name = "device_1"',
      '    device_type = "eia2.medium"',
      '  }',
    ].join('\n'));
    expect(text).not.toContain('[object Object]');
    await terraformFmtCheck(imported.dir);
    const { checks } = await roundTrip(imported);
    expect(checks.find((c) => c.to === 'aws_ecs_task_definition.infer')).toMatchObject({ status: 'faithful', differences: [] });
  });
});
