// End-to-end: the built action in event mode (repository_dispatch `ecs-change`, the payload the
// examples/realtime kit sends). Console edits are made with the real @aws-sdk/client-ecs against the
// AWS emulator and turned into the EventBridge events CloudTrail would emit for them
// (test-support/aws/cloudtrail-events.ts); the repository sits on the GitHub emulator.
import { readFileSync } from 'node:fs';
import { RegisterTaskDefinitionCommand, UpdateServiceCommand, type CreateServiceCommandInput, type PutAccountSettingCommandInput, type UpdateContainerInstancesStateCommandInput } from '@aws-sdk/client-ecs';
import { callEcs, consoleUser, ecsApiCallEvent, pipelineRole, type EcsApiCallEvent } from '../../test-support/aws/cloudtrail-events.js';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { removeDistSnapshots } from '../../test-support/e2e/run-action.js';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { repositoryDispatchEvent } from '../../test-support/github/webhook-events.js';
import type { GitHubEmulator } from '../../test-support/github/emulator.js';
import type { Json } from '../../test-support/github/openapi.js';
import { ecsClient } from '../test-support-aws/client-setup.js';
import { ACCOUNT, REGION, driftRepository, seedLiveServices, stateInput, type ServiceSpec } from './drift-estate.js';

afterAll(removeDistSnapshots);

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
const PIPELINE_ROLE = `arn:aws:iam::${ACCOUNT}:role/terraform-apply`;
const person = consoleUser(ACCOUNT, 'alice@example.com');

/** The platform module declares cluster `prod`; its v4 state holds the cluster (aws_ecs_cluster schema, provider 5.x). */
const PLATFORM_MAIN = 'resource "aws_ecs_cluster" "prod" {\n  name = "prod"\n}\n';
const PLATFORM_STATE = `${JSON.stringify({
  version: 4,
  terraform_version: '1.11.4',
  serial: 1,
  lineage: '0f4c2a8e-0000-4000-8000-00000000c1a5',
  outputs: {},
  resources: [{
    mode: 'managed',
    type: 'aws_ecs_cluster',
    name: 'prod',
    provider: 'provider["registry.terraform.io/hashicorp/aws"]',
    instances: [{ schema_version: 0, attributes: { arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`, configuration: [], id: `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`, name: 'prod', service_connect_defaults: [], setting: [{ name: 'containerInsights', value: 'disabled' }], tags: {}, tags_all: {} }, sensitive_attributes: [] }],
  }],
  check_results: null,
}, null, 2)}\n`;

const CODEOWNERS = ['*                   @acme/platform', '/modules/app/       @alice', '/modules/db/        @bob', '/modules/platform/  @carol', ''].join('\n');
const CONFIG = ['drift:', `  pipeline-roles: ["${PIPELINE_ROLE}"]`, 'realtime:', '  owners: ["@dave"]', `  accounts: ["${ACCOUNT}"]`, ''].join('\n');

function writes(emu: GitHubEmulator) {
  return emu.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path}`);
}

function issues(emu: GitHubEmulator) {
  return emu.state.issues.filter((i) => !i.isPullRequest);
}

describe('event mode: ECS calls reach their owners in one run', () => {
  let scenario: DriftScenario;
  const inputs = { state: `${stateInput([API, DB])}\nmodules/platform=modules/platform/terraform.tfstate` };

  function dispatch(events: EcsApiCallEvent[] | EcsApiCallEvent, extra: Record<string, string> = {}) {
    const payload = Array.isArray(events) ? { events } : events;
    return scenario.run({ inputs: { ...inputs, ...extra }, eventName: 'repository_dispatch', payload: repositoryDispatchEvent(scenario.github, 'ecs-change', payload as unknown as Json) });
  }

  beforeAll(async () => {
    scenario = await startDriftScenario({
      tree: driftRepository([API, DB], {
        '.github/CODEOWNERS': CODEOWNERS,
        '.github/drift-guard.yml': CONFIG,
        'modules/platform/main.tf': PLATFORM_MAIN,
        'modules/platform/terraform.tfstate': PLATFORM_STATE,
      }),
      collaborators: ['alice', 'bob', 'carol', 'dave'],
      aws: { region: REGION, accountId: ACCOUNT },
    });
    seedLiveServices(scenario.aws, [API, DB]);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  afterEach(() => {
    expect(scenario.github.validationErrors).toEqual([]);
    expect(scenario.aws.validationErrors).toEqual([]);
  });

  let edit: EcsApiCallEvent;

  test('a console edit to one service: only it is read, its issue names who did it', async () => {
    const { github, aws } = scenario;
    edit = await callEcs(ecsClient(aws), new UpdateServiceCommand({ cluster: 'prod', service: 'api', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } } }), { account: ACCOUNT, region: REGION, caller: person });
    aws.resetCalls();
    github.resetRequestLog();

    const run = await dispatch(edit, { 'sarif-file': 'drift-guard.sarif' });
    expect({ exit: run.exitCode, drifted: run.outputs['drifted'] }).toEqual({ exit: 1, drifted: '1' });
    // mode: auto resolved to event names the SARIF run (code scanning's category).
    const sarif = JSON.parse(readFileSync(run.outputs['sarif-file']!, 'utf8')) as { runs: { automationDetails?: { id?: string } }[] };
    expect(sarif.runs[0]!.automationDetails?.id).toBe('ecs-drift-guard/event/');
    expect(sarifSchemaErrors(sarif)).toEqual([]);
    // The service the call touched, and nothing else: no other service, no cluster listing.
    expect(aws.calls.DescribeServices).toBe(1);
    expect(aws.calls.ListServices ?? 0).toBe(0);
    expect(aws.calls.DescribeClusters ?? 0).toBe(0);
    expect(aws.calls.LookupEvents ?? 0).toBe(0);

    const [issue, ...others] = issues(github);
    expect(others).toEqual([]);
    expect(issue!.title).toBe('ECS drift: aws_ecs_service.api');
    expect(issue!.assignees).toEqual(['alice']);
    expect(issue!.body).toContain('UpdateService');
    expect(issue!.body).toContain('alice@example.com');
    expect(run.summary).toContain('### ECS changes in this event');
    expect(run.summary).toMatch(/`UpdateService`.*checked against the state.*aws\\_ecs\\_service\.api: drifted/);
  });

  test('the same event delivered again writes nothing', async () => {
    const { github } = scenario;
    github.resetRequestLog();
    const run = await dispatch(edit);
    expect(run.exitCode).toBe(1);
    expect(writes(github)).toEqual([]);
  });

  test('a deployment (RegisterTaskDefinition, then UpdateService) is one check and at most one write; the pipeline\'s own apply is recorded, not raised', async () => {
    const { github, aws } = scenario;
    const client = ecsClient(aws);
    const register = await callEcs(client, new RegisterTaskDefinitionCommand({ family: 'db', containerDefinitions: [{ name: 'app', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/db:1.1.0`, user: '1000' }], cpu: '256', memory: '512', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'] }), { account: ACCOUNT, region: REGION, caller: person });
    const deploy = await callEcs(client, new UpdateServiceCommand({ cluster: 'data', service: 'db', taskDefinition: 'db:2' }), { account: ACCOUNT, region: REGION, caller: person });
    const applied = ecsApiCallEvent({ eventName: 'UpdateService', account: ACCOUNT, region: REGION, caller: pipelineRole(ACCOUNT), requestParameters: { cluster: 'prod', service: 'api', desiredCount: 2 } });
    github.resetRequestLog();
    aws.resetCalls();

    const run = await dispatch([deploy, applied, register]);
    expect(run.exitCode).toBe(1);
    const db = issues(github).filter((i) => i.title === 'ECS drift: aws_ecs_service.db');
    expect(db).toHaveLength(1);
    expect(db[0]!.assignees).toEqual(['bob']);
    // One create for db; api's issue is not touched by the pipeline's call.
    expect(writes(github)).toEqual(['POST /repos/acme/infra/issues']);
    expect(aws.calls.DescribeServices).toBe(1);
    expect(run.summary).toMatch(/terraform-apply.*the pipeline applying/);
  });

  test('a person creates a service in a managed cluster: an unmanaged issue for the cluster\'s owners', async () => {
    const { github, aws } = scenario;
    const request = { cluster: 'prod', serviceName: 'shadow', taskDefinition: 'api:1', desiredCount: 1, launchType: 'FARGATE' } satisfies CreateServiceCommandInput;
    aws.ecs.putService('prod', { serviceName: 'shadow', taskDefinition: 'api:1', desiredCount: 1, launchType: 'FARGATE' });
    const created = ecsApiCallEvent({ eventName: 'CreateService', account: ACCOUNT, region: REGION, caller: person, requestParameters: request, responseElements: { service: { serviceArn: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/shadow`, serviceName: 'shadow' } } });
    github.resetRequestLog();

    const run = await dispatch(created);
    expect(run.exitCode).toBe(1);
    const shadow = issues(github).filter((i) => i.title.includes('service/prod/shadow'));
    expect(shadow).toHaveLength(1);
    expect(shadow[0]!.title).toContain('is not managed by Terraform');
    expect(shadow[0]!.assignees).toEqual(['carol']);
    // Only the created service is reported: the cluster's own comparison is not an issue of this run.
    expect(writes(github)).toEqual(['POST /repos/acme/infra/issues']);
  });

  test('control-plane changes: per cluster for its module\'s owners, account settings for realtime.owners; replay writes nothing', async () => {
    const { github } = scenario;
    const drain = ecsApiCallEvent({ eventName: 'UpdateContainerInstancesState', account: ACCOUNT, region: REGION, caller: person, requestParameters: { cluster: 'prod', containerInstances: [`arn:aws:ecs:${REGION}:${ACCOUNT}:container-instance/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0`], status: 'DRAINING' } satisfies UpdateContainerInstancesStateCommandInput });
    const setting = ecsApiCallEvent({ eventName: 'PutAccountSetting', account: ACCOUNT, region: REGION, caller: person, requestParameters: { name: 'awsvpcTrunking', value: 'disabled' } satisfies PutAccountSettingCommandInput });
    github.resetRequestLog();

    const run = await dispatch([drain, setting]);
    expect(run.exitCode).toBe(0);
    const cluster = issues(github).find((i) => i.title === `ECS control-plane change: cluster prod in ${REGION}`);
    const account = issues(github).find((i) => i.title === `ECS control-plane change: account settings in ${REGION}`);
    expect(cluster?.assignees).toEqual(['carol']);
    expect(cluster?.body).toContain('1 container instance(s) set to DRAINING');
    expect(cluster?.body).toContain('198.51.100.23');
    expect(account?.assignees).toEqual(['dave']);
    expect(account?.body).toContain('account setting awsvpcTrunking (account default)');

    github.resetRequestLog();
    const again = await dispatch([drain, setting]);
    expect(again.exitCode).toBe(0);
    expect(writes(github)).toEqual([]);
  });

  test('an event from another account: one clear line and no write', async () => {
    const { github } = scenario;
    const foreign = ecsApiCallEvent({ eventName: 'UpdateService', account: '999999999999', region: REGION, caller: consoleUser('999999999999'), requestParameters: { cluster: 'prod', service: 'api', desiredCount: 0 } });
    github.resetRequestLog();
    const run = await dispatch(foreign);
    expect(run.exitCode).not.toBe(0);
    expect(writes(github)).toEqual([]);
    const reason = `the event payload holds no ECS change to handle: UpdateService in account 999999999999, which this repository does not watch (${ACCOUNT})`;
    const failure = run.commands.filter((c) => c.level === 'error').map((c) => c.message);
    // The phase that refused it, and the run's failure: the same one line.
    expect(failure).toEqual([`Check the ECS changes in the event: ${reason}`, reason]);
    // One warning naming the event, one error; the stack only in the debug log.
    expect(run.commands.filter((c) => c.level === 'warning').map((c) => c.message)).toHaveLength(1);
  });
});

describe('a burst: 50 calls to 20 services', () => {
  const SERVICES: ServiceSpec[] = Array.from({ length: 20 }, (_, i) => ({ module: 'modules/fleet', resource: 'svc', key: `s${i}`, cluster: 'fleet', service: `s${i}`, family: 'fleet' }));
  let scenario: DriftScenario;

  beforeAll(async () => {
    scenario = await startDriftScenario({
      tree: driftRepository(SERVICES, { '.github/CODEOWNERS': '/modules/fleet/ @alice\n' }),
      collaborators: ['alice'],
      aws: { region: REGION, accountId: ACCOUNT },
    });
    seedLiveServices(scenario.aws, SERVICES);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  test('one check per service, an issue write only for the three that drifted', async () => {
    const { github, aws } = scenario;
    const client = ecsClient(aws);
    const events: EcsApiCallEvent[] = [];
    // Scaling calls to every service (desired count back to what the code says) and three public IPs.
    for (let i = 0; i < 47; i++) {
      events.push(await callEcs(client, new UpdateServiceCommand({ cluster: 'fleet', service: `s${i % 20}`, desiredCount: 2 }), { account: ACCOUNT, region: REGION, caller: person }));
    }
    for (const i of [3, 7, 11]) {
      events.push(await callEcs(client, new UpdateServiceCommand({ cluster: 'fleet', service: `s${i}`, networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' } } }), { account: ACCOUNT, region: REGION, caller: person }));
    }
    aws.resetCalls();
    github.resetRequestLog();

    const run = await scenario.run({ inputs: { state: stateInput(SERVICES) }, eventName: 'repository_dispatch', payload: repositoryDispatchEvent(github, 'ecs-change', { events } as unknown as Json) });
    expect(run.exitCode).toBe(1);
    // DescribeServices takes 10 services a call (ECS API reference): 20 services, 2 calls.
    expect(aws.calls.DescribeServices).toBe(2);
    const opened = issues(github).map((i) => i.title).sort();
    expect(opened).toEqual(['ECS drift: aws_ecs_service.svc["s11"]', 'ECS drift: aws_ecs_service.svc["s3"]', 'ECS drift: aws_ecs_service.svc["s7"]']);
    expect(writes(github)).toEqual(['POST /repos/acme/infra/issues', 'POST /repos/acme/infra/issues', 'POST /repos/acme/infra/issues']);
  });
});
