// Drift attribution through CloudTrail LookupEvents, with the real CloudTrail and ECS clients
// against the AWS emulator (CloudTrail's 2 calls/second limit on by default).
import { afterEach, describe, expect, it } from '@jest/globals';
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { startAwsEmulator, type AwsEmulator, type CloudTrailEventSeed } from '../../test-support/aws/emulator.js';
import { detectDrift } from '../../src/drift/detect-drift.js';
import { attributeDrift, attributeDriftWithStats, changeSource, reclassify, type AttributionInput } from '../../src/drift/attribution.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import type { DriftResult } from '../../src/report/model.js';
import { emulatorClients, estateState, fixturesDir, seedFreshEstate } from '../drift/live-estate.js';

const ACCOUNT = '123456789012';
const MINUTE = 60_000;
const PIPELINE_ROLE = `arn:aws:iam::${ACCOUNT}:role/ci/terraform-apply`;

const open: { aws: AwsEmulator; destroy(): void }[] = [];

afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

async function estate(): Promise<{ aws: AwsEmulator; trail: CloudTrailClient }> {
  const aws = await startAwsEmulator({ seed: 11 });
  seedFreshEstate(aws);
  const ecs = emulatorClients(aws);
  const trail = new CloudTrailClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 3 });
  open.push({ aws, destroy: () => { ecs.destroy(); trail.destroy(); } });
  return { aws, trail };
}

async function drift(aws: AwsEmulator): Promise<DriftResult[]> {
  const clients = emulatorClients(aws);
  try {
    const run = await detectDrift({ repoRoot: fixturesDir, states: [{ moduleDir: 'infra', source: estateState }] }, clients, silentLogger);
    return run.results;
  } finally {
    clients.destroy();
  }
}

function only(results: DriftResult[], address: string): DriftResult {
  const result = results.find((r) => r.address === address);
  if (!result) throw new Error(`no result for ${address}`);
  return result;
}

/**
 * The state was written an hour ago; the check runs now. Lookups go by event name unless a test
 * says otherwise, since the seeded events (like many real ECS events) list no resources.
 */
function input(trail: CloudTrailClient, now: Date, extra: Partial<AttributionInput> = {}): AttributionInput {
  return { cloudtrail: () => trail, since: () => new Date(now.getTime() - 60 * MINUTE), now, pipelineRoleArns: [PIPELINE_ROLE], logger: silentLogger, strategy: 'event-name', ...extra };
}

const ago = (now: Date, minutes: number): Date => new Date(now.getTime() - minutes * MINUTE);

function consoleUser(name: string): Record<string, unknown> {
  return {
    userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, userName: name, accountId: ACCOUNT },
    userAgent: 'AWS Internal',
    sourceIPAddress: '203.0.113.7',
    sessionCredentialFromConsole: 'true',
  };
}

const autoscaling = {
  userIdentity: {
    type: 'AssumedRole',
    arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForApplicationAutoScaling_ECSService/AutoScaling`,
    invokedBy: 'application-autoscaling.amazonaws.com',
  },
  userAgent: 'application-autoscaling.amazonaws.com',
  sourceIPAddress: 'application-autoscaling.amazonaws.com',
};

function event(name: string, at: Date, who: Record<string, unknown>, requestParameters: Record<string, unknown>, extra: Partial<CloudTrailEventSeed> = {}): CloudTrailEventSeed {
  return { EventName: name, EventTime: at, CloudTrailEvent: { ...who, requestParameters }, ...extra };
}

const PUBLIC_NETWORK = { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' as const } };

describe('attributeDrift and reclassify', () => {
  it('attributes a person\'s console edit, calls out its security changes first and leaves autoscaling\'s part expected', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { desiredCount: 4, enableExecuteCommand: true, networkConfiguration: PUBLIC_NETWORK });
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 30), consoleUser('alice'), { cluster: 'prod', service: 'web', enableExecuteCommand: true, networkConfiguration: PUBLIC_NETWORK }));
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 10), autoscaling, { cluster: 'prod', service: 'web', desiredCount: 4 }));
    // Noise: another service, another cluster's service of the same name, and a non-ECS TagResource.
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 5), consoleUser('bob'), { cluster: 'prod', service: 'api', desiredCount: 9 }));
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 5), consoleUser('bob'), { cluster: 'batch', service: 'web', desiredCount: 9 }));
    aws.cloudtrail.addEvent({ ...event('TagResource', ago(now, 5), consoleUser('bob'), { resourceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/web` }), EventSource: 'sqs.amazonaws.com' });

    const results = await drift(aws);
    const web = only(results, 'aws_ecs_service.web[0]');
    expect(web.status).toBe('drifted');
    aws.resetCalls();
    const attributions = await attributeDrift(results, input(trail, now));
    expect([...attributions.keys()]).toEqual(['aws_ecs_service.web[0]']);
    const attribution = attributions.get('aws_ecs_service.web[0]')!;
    expect(attribution.status).toBe('found');
    expect(attribution.events.map((e) => [e.eventName, e.source, e.principal])).toEqual([
      ['UpdateService', 'application-autoscaling', `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForApplicationAutoScaling_ECSService/AutoScaling`],
      ['UpdateService', 'console', `arn:aws:iam::${ACCOUNT}:user/alice`],
    ]);
    expect(attribution.events[1]).toMatchObject({ userAgent: 'AWS Internal', changed: ['enable_execute_command', 'network_configuration'] });
    expect(attribution.events[0].sessionName).toBe('AutoScaling');
    expect(aws.calls.LookupEvents).toBe(8);
    expect(aws.calls.throttled).toBe(0);

    const reclassified = reclassify(web, attribution, [PIPELINE_ROLE]);
    const aliceAt = attribution.events[1].eventTime;
    expect(reclassified.differences).toEqual([
      { path: 'enable_execute_command', expected: false, actual: true, class: 'security', why: `console change by arn:aws:iam::${ACCOUNT}:user/alice at ${aliceAt}` },
      { path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security', why: `console change by arn:aws:iam::${ACCOUNT}:user/alice at ${aliceAt}` },
      { path: 'desired_count', expected: 2, actual: 4, class: 'expected', why: `changed by Application Auto Scaling at ${attribution.events[0].eventTime}` },
    ]);
    expect(reclassified.status).toBe('drifted');
    expect(reclassified.reason).toBe(`2 security differences (enable_execute_command, network_configuration.assign_public_ip); console change by arn:aws:iam::${ACCOUNT}:user/alice at ${aliceAt} to enable_execute_command, network_configuration.assign_public_ip`);
    // The input is not mutated.
    expect(web.differences.map((d) => d.class)).toEqual(['config', 'security', 'security']);
  });

  it('makes a change by Application Auto Scaling expected, so the service is in sync', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { desiredCount: 5 });
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 3), autoscaling, { cluster: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/prod`, service: 'web', desiredCount: 5 }));
    const results = await drift(aws);
    const attributions = await attributeDrift(results, input(trail, now));
    const web = reclassify(only(results, 'aws_ecs_service.web[0]'), attributions.get('aws_ecs_service.web[0]'), [PIPELINE_ROLE]);
    expect(web.status).toBe('in_sync');
    expect(web.differences).toEqual([
      { path: 'desired_count', expected: 2, actual: 5, class: 'expected', why: `changed by Application Auto Scaling at ${attributions.get('aws_ecs_service.web[0]')!.events[0].eventTime}` },
    ]);
    expect(web.reason).toBe('matches live ECS apart from 1 expected or ignored difference');
  });

  it('makes a CodeDeploy deployment expected, image change included', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.registerTaskDefinition({
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:1.27.3', user: '101', portMappings: [{ containerPort: 80 }] }],
      cpu: '256', memory: '512', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'],
      executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-execution`, taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/web-task`,
    });
    aws.ecs.updateService('prod', 'web', { taskDefinition: 'web:2' });
    const codedeploy = {
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/CodeDeployServiceRole/CodeDeploy`, invokedBy: 'codedeploy.amazonaws.com' },
      userAgent: 'codedeploy.amazonaws.com',
      sourceIPAddress: 'codedeploy.amazonaws.com',
    };
    aws.cloudtrail.addEvent(event('CreateTaskSet', ago(now, 20), codedeploy, { cluster: 'prod', service: 'web', taskDefinition: 'web:2' }));
    aws.cloudtrail.addEvent(event('UpdateServicePrimaryTaskSet', ago(now, 15), codedeploy, { cluster: 'prod', service: 'web', primaryTaskSet: 'ecs-svc/1234' }));
    const results = await drift(aws);
    const before = only(results, 'aws_ecs_service.web[0]');
    expect(before.differences.map((d) => [d.path, d.class])).toEqual([
      ['task_definition', 'config'],
      ['task_definition.container_definitions[web].image', 'security'],
    ]);
    const attributions = await attributeDrift(results, input(trail, now));
    const attribution = attributions.get('aws_ecs_service.web[0]')!;
    expect(attribution.events.map((e) => [e.eventName, e.source])).toEqual([['UpdateServicePrimaryTaskSet', 'codedeploy'], ['CreateTaskSet', 'codedeploy']]);
    const web = reclassify(before, attribution, [PIPELINE_ROLE]);
    expect(web.status).toBe('in_sync');
    expect(web.differences.map((d) => [d.path, d.class, d.why])).toEqual([
      ['task_definition', 'expected', `changed by CodeDeploy at ${attribution.events[0].eventTime}`],
      ['task_definition.container_definitions[web].image', 'expected', `changed by CodeDeploy at ${attribution.events[0].eventTime}`],
    ]);
  });

  it('says the state is stale when the Terraform pipeline\'s role applied the change', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { desiredCount: 6, enableExecuteCommand: true });
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 12), {
      userIdentity: {
        type: 'AssumedRole',
        arn: `arn:aws:sts::${ACCOUNT}:assumed-role/terraform-apply/gha-run-991`,
        sessionContext: { sessionIssuer: { type: 'Role', arn: PIPELINE_ROLE, userName: 'terraform-apply' } },
      },
      userAgent: 'APN/1.0 HashiCorp/1.0 Terraform/1.9.8 (+https://www.terraform.io) terraform-provider-aws/5.80.0 aws-sdk-go-v2/1.32.6',
    }, { cluster: 'prod', service: 'web', desiredCount: 6, enableExecuteCommand: true }));
    const results = await drift(aws);
    const attributions = await attributeDrift(results, input(trail, now));
    const attribution = attributions.get('aws_ecs_service.web[0]')!;
    expect(attribution.events).toHaveLength(1);
    expect(attribution.events[0]).toMatchObject({ source: 'pipeline', sessionName: 'gha-run-991', principal: `arn:aws:sts::${ACCOUNT}:assumed-role/terraform-apply/gha-run-991` });
    const web = reclassify(only(results, 'aws_ecs_service.web[0]'), attribution, [PIPELINE_ROLE]);
    const stale = `state is stale: applied by arn:aws:iam::${ACCOUNT}:role/terraform-apply at ${attribution.events[0].eventTime} after the state was written`;
    expect(web.status).toBe('drifted');
    expect(web.differences).toEqual([
      { path: 'desired_count', expected: 2, actual: 6, class: 'config', why: stale },
      { path: 'enable_execute_command', expected: false, actual: true, class: 'security', why: stale },
    ]);
    expect(web.reason).toContain(`; ${stale}`);

    // Without the pipeline role configured, the same call is a Terraform apply by someone else.
    const other = await attributeDrift(results, input(trail, now, { pipelineRoleArns: [] }));
    expect(other.get('aws_ecs_service.web[0]')!.events[0].source).toBe('terraform');
  });

  it('degrades to unavailable on CloudTrail AccessDenied and leaves the drift results unchanged', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { enableExecuteCommand: true });
    aws.ecs.deleteService('batch', 'worker-jobs');
    aws.faults.cloudTrailAccessDenied = true;
    const results = await drift(aws);
    const logger = memoryLogger();
    const attributions = await attributeDrift(results, input(trail, now, { logger }));
    expect([...attributions.keys()].sort()).toEqual(['aws_ecs_service.web[0]', 'module.batch.aws_ecs_service.worker["jobs"]']);
    for (const a of attributions.values()) {
      expect(a.status).toBe('unavailable');
      expect(a.events).toEqual([]);
      expect(a.reason).toContain('cloudtrail:LookupEvents');
    }
    // The first denial stops the lookups in that region.
    expect(aws.calls.LookupEvents).toBe(1);
    expect(logger.messages.some((m) => m.level === 'warning' && m.message.includes('access denied'))).toBe(true);
    for (const r of results) expect(reclassify(r, attributions.get(r.address), [PIPELINE_ROLE])).toEqual(r);
  });

  it('reports who deleted a missing service and ignores events from before the state was written', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.deleteService('prod', 'web');
    aws.cloudtrail.addEvent(event('DeleteService', ago(now, 8), {
      userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/carol` },
      userAgent: 'aws-cli/2.17.0 md/awscrt#0.20.11 ua/2.0 os/linux#6.8 command/ecs.delete-service',
    }, { cluster: 'prod', service: 'web', force: true }));
    aws.ecs.updateService('batch', 'worker-jobs', { desiredCount: 3 });
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 120), consoleUser('dave'), { cluster: 'batch', service: 'worker-jobs', desiredCount: 3 }));
    const results = await drift(aws);
    const attributions = await attributeDrift(results, input(trail, now));
    const deleted = attributions.get('aws_ecs_service.web[0]')!;
    expect(deleted).toMatchObject({ status: 'found', events: [{ eventName: 'DeleteService', source: 'cli', principal: `arn:aws:iam::${ACCOUNT}:user/carol` }] });
    expect(deleted.events[0].changed).toBeUndefined();
    const web = reclassify(only(results, 'aws_ecs_service.web[0]'), deleted, []);
    expect(web.status).toBe('missing');
    expect(web.reason).toContain(`last changed by arn:aws:iam::${ACCOUNT}:user/carol (cli) at ${deleted.events[0].eventTime} (DeleteService)`);
    // Dave's edit is two hours old, before the state was written an hour ago.
    const worker = attributions.get('module.batch.aws_ecs_service.worker["jobs"]')!;
    expect(worker.status).toBe('none');
    expect(worker.reason).toMatch(/^no ECS write to it in CloudTrail between /);
    expect(reclassify(only(results, 'module.batch.aws_ecs_service.worker["jobs"]'), worker, [])).toEqual(only(results, 'module.batch.aws_ecs_service.worker["jobs"]'));
  });
});

describe('lookup strategy and CloudTrail\'s rate limit', () => {
  it('covers many drifted services by event name over one window, pages at 50, and is never throttled', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { enableExecuteCommand: true });
    aws.ecs.updateService('prod', 'api', { healthCheckGracePeriodSeconds: 5 });
    aws.ecs.updateService('batch', 'worker-jobs', { desiredCount: 2 });
    for (let i = 1; i <= 5; i++) {
      aws.ecs.putService('prod', { serviceName: `adhoc-${i}`, taskDefinition: 'api:1', desiredCount: 1 });
      aws.cloudtrail.addEvent(event('CreateService', ago(now, 30 + i), consoleUser('mallory'), { cluster: 'prod', serviceName: `adhoc-${i}`, taskDefinition: 'api:1' }));
    }
    // 60 autoscaling updates of another service: UpdateService needs two pages.
    for (let i = 0; i < 60; i++) aws.cloudtrail.addEvent(event('UpdateService', ago(now, 50 - i * 0.5), autoscaling, { cluster: 'prod', service: 'other', desiredCount: i }));
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 40), consoleUser('alice'), { cluster: 'prod', service: 'web', enableExecuteCommand: true }));
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 39), consoleUser('bob'), { cluster: 'prod', service: 'api', healthCheckGracePeriodSeconds: 5 }));
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 38), autoscaling, { cluster: 'batch', service: 'worker-jobs', desiredCount: 2 }));

    const results = await drift(aws);
    const attributed = results.filter((r) => r.status === 'drifted' || r.status === 'unmanaged');
    expect(attributed).toHaveLength(8);
    aws.resetCalls();
    const { attributions, stats } = await attributeDriftWithStats(results, input(trail, now, { strategy: 'auto' }));

    // 8 services need the 8 service event names: by name costs 8 queries (+1 page), by resource 8 too.
    expect(stats.strategies).toEqual({ 'us-east-1': 'event-name' });
    expect(stats.lookups).toEqual({ 'us-east-1': 9 });
    expect(aws.calls.LookupEvents).toBe(9);
    expect(aws.calls.throttled).toBe(0);

    const sources = (address: string) => attributions.get(address)!.events.map((e) => [e.eventName, e.source, e.principal.split('/').pop()]);
    expect(sources('aws_ecs_service.web[0]')).toEqual([['UpdateService', 'console', 'alice']]);
    expect(sources('aws_ecs_service.api')).toEqual([['UpdateService', 'console', 'bob']]);
    expect(sources('module.batch.aws_ecs_service.worker["jobs"]')).toEqual([['UpdateService', 'application-autoscaling', 'AutoScaling']]);
    for (let i = 1; i <= 5; i++) {
      expect(sources(`arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/adhoc-${i}`)).toEqual([['CreateService', 'console', 'mallory']]);
    }
  });

  it('matches cluster tags and task definition deregistrations by event name', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.putCluster({ clusterName: 'batch', tags: [{ key: 'Team', value: 'platform' }, { key: 'ManagedBy', value: 'terraform' }, { key: 'Owner', value: 'eve' }] });
    aws.ecs.deregisterTaskDefinition('web:1');
    aws.cloudtrail.addEvent(event('TagResource', ago(now, 37), consoleUser('eve'), { resourceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/batch`, tags: [{ key: 'Owner', value: 'eve' }] }));
    aws.cloudtrail.addEvent(event('TagResource', ago(now, 36), consoleUser('eve'), { resourceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/prod`, tags: [{ key: 'Owner', value: 'eve' }] }));
    aws.cloudtrail.addEvent(event('DeregisterTaskDefinition', ago(now, 35), { userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCOUNT}:user/frank` }, userAgent: 'Boto3/1.35.0 md/Botocore#1.35.0 ua/2.0 os/linux' }, { taskDefinition: 'web:1' }));
    aws.cloudtrail.addEvent(event('DeregisterTaskDefinition', ago(now, 34), consoleUser('eve'), { taskDefinition: 'api:1' }));
    const results = await drift(aws);
    expect(results.filter((r) => r.status !== 'in_sync').map((r) => [r.address, r.status])).toEqual([
      ['aws_ecs_task_definition.web', 'missing'],
      ['module.batch.aws_ecs_cluster.this', 'drifted'],
    ]);
    aws.resetCalls();
    const { attributions, stats } = await attributeDriftWithStats(results, input(trail, now, { strategy: 'event-name' }));
    // Task definition and cluster event names, TagResource and UntagResource shared: 9 queries.
    expect(stats.lookups).toEqual({ 'us-east-1': 9 });
    expect(aws.calls.throttled).toBe(0);
    const cluster = attributions.get('module.batch.aws_ecs_cluster.this')!;
    expect(cluster.events.map((e) => [e.eventName, e.source, e.changed])).toEqual([['TagResource', 'console', ['tags']]]);
    const reclassified = reclassify(only(results, 'module.batch.aws_ecs_cluster.this'), cluster, []);
    expect(reclassified.differences).toEqual([
      { path: 'tags[Owner]', expected: null, actual: 'eve', class: 'config', why: `console change by arn:aws:iam::${ACCOUNT}:user/eve at ${cluster.events[0].eventTime}` },
    ]);
    expect(attributions.get('aws_ecs_task_definition.web')!.events.map((e) => [e.eventName, e.source])).toEqual([['DeregisterTaskDefinition', 'sdk']]);
  });

  it('looks a single drifted resource up by ResourceName in one call', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { enableExecuteCommand: true });
    const arn = `arn:aws:ecs:us-east-1:${ACCOUNT}:service/prod/web`;
    aws.cloudtrail.addEvent(event('UpdateService', ago(now, 9), consoleUser('alice'), { cluster: 'prod', service: 'web', enableExecuteCommand: true }, { Resources: [{ ResourceType: 'AWS::ECS::Service', ResourceName: arn }] }));
    const results = await drift(aws);
    aws.resetCalls();
    const { attributions, stats } = await attributeDriftWithStats(results, input(trail, now, { strategy: 'auto' }));
    expect(stats).toEqual({ lookups: { 'us-east-1': 1 }, strategies: { 'us-east-1': 'resource-name' } });
    expect(aws.calls.LookupEvents).toBe(1);
    expect(attributions.get('aws_ecs_service.web[0]')).toMatchObject({ status: 'found', events: [{ eventName: 'UpdateService', source: 'console' }] });
  });

  it('gives up as unavailable, without throwing, when CloudTrail keeps throttling', async () => {
    const { aws, trail } = await estate();
    const now = new Date();
    aws.ecs.updateService('prod', 'web', { enableExecuteCommand: true });
    const results = await drift(aws);
    aws.faults.cloudTrailRateLimit = { perSecond: 0.001, burst: 1 };
    const noRetry = new CloudTrailClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
    try {
      // The limiter is told CloudTrail allows far more than it does, to provoke throttling.
      const attributions = await attributeDrift(results, input(noRetry, now, { strategy: 'event-name', lookupsPerSecond: 1000 }));
      const web = attributions.get('aws_ecs_service.web[0]')!;
      expect(web.status).toBe('unavailable');
      expect(web.reason).toContain('throttled');
      expect(aws.calls.throttled).toBeGreaterThan(0);
    } finally {
      noRetry.destroy();
    }
  });
});

describe('changeSource', () => {
  const source = (detail: Record<string, unknown>, roles: string[] = []) => changeSource(detail, roles);
  it('reads the tool from the user agent, the service from invokedBy, the pipeline from the role', () => {
    expect(source({ userAgent: 'console.amazonaws.com' })).toBe('console');
    expect(source({ userAgent: 'signin.amazonaws.com' })).toBe('console');
    expect(source({ userAgent: 'aws-cli/2.17.0 md/awscrt#0.20.11' })).toBe('cli');
    expect(source({ userAgent: 'aws-sdk-js/3.600.0 ua/2.1 os/linux' })).toBe('sdk');
    expect(source({ userAgent: 'Terraform/1.9.8 terraform-provider-aws/5.80.0 aws-sdk-go-v2/1.32.6' })).toBe('terraform');
    expect(source({ userIdentity: { type: 'AWSService', invokedBy: 'ecs.amazonaws.com' } })).toBe('aws-service');
    expect(source({ userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/AWSServiceRoleForApplicationAutoScaling_ECSService/x` } })).toBe('application-autoscaling');
    expect(source({ userIdentity: { invokedBy: 'codedeploy.amazonaws.com' } })).toBe('codedeploy');
    expect(source({ userAgent: 'curl/8' })).toBe('unknown');
    // The pipeline wins over the Terraform user agent; roles match across IAM path and account.
    const terraformByPipeline = { userAgent: 'Terraform/1.9.8', userIdentity: { arn: `arn:aws:sts::${ACCOUNT}:assumed-role/terraform-apply/s` } };
    expect(source(terraformByPipeline, [PIPELINE_ROLE])).toBe('pipeline');
    expect(source(terraformByPipeline, ['terraform-apply'])).toBe('pipeline');
    expect(source(terraformByPipeline, ['arn:aws:iam::999999999999:role/terraform-apply'])).toBe('terraform');
  });
});
