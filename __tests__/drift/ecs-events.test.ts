// Real-time events: which ECS calls are handled and how, what each touched, and what is refused.
// Request parameters are the ECS API's request members (ECS API Reference, "Request Syntax" of each
// action), typed with the SDK's own input types so a misspelt member fails to compile; the two calls
// the emulator serves (UpdateService, RegisterTaskDefinition) are made with the real client and
// recorded as CloudTrail would record them (test-support/aws/cloudtrail-events.ts).
import { join } from 'node:path';
import type {
  CreateCapacityProviderCommandInput,
  CreateClusterCommandInput,
  CreateServiceCommandInput,
  CreateTaskSetCommandInput,
  DeleteAccountSettingCommandInput,
  DeleteAttributesCommandInput,
  DeleteCapacityProviderCommandInput,
  DeleteClusterCommandInput,
  DeleteServiceCommandInput,
  DeleteTaskDefinitionsCommandInput,
  DeleteTaskSetCommandInput,
  DeregisterContainerInstanceCommandInput,
  DeregisterTaskDefinitionCommandInput,
  PutAccountSettingCommandInput,
  PutAttributesCommandInput,
  PutClusterCapacityProvidersCommandInput,
  RegisterContainerInstanceCommandInput,
  TagResourceCommandInput,
  UntagResourceCommandInput,
  UpdateCapacityProviderCommandInput,
  UpdateClusterCommandInput,
  UpdateClusterSettingsCommandInput,
  UpdateContainerAgentCommandInput,
  UpdateContainerInstancesStateCommandInput,
  UpdateServicePrimaryTaskSetCommandInput,
  UpdateTaskSetCommandInput,
} from '@aws-sdk/client-ecs';
import { RegisterTaskDefinitionCommand, UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { CONTROL_PLANE_EVENTS, MONITORED_EVENTS, RESOURCE_EVENTS, readEcsChangePayload, touchedResources, touches, treatmentOf, type EventScope } from '../../src/drift/ecs-events.js';
import type { StateResource } from '../../src/drift/state-reader.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { toPlain } from '../../src/terraform/values.js';
import { callEcs, consoleUser, ecsApiCallEvent, pipelineRole, type CallerIdentity } from '../../test-support/aws/cloudtrail-events.js';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { matchesEventPattern } from '../../test-support/aws/event-pattern.js';
import { ecsClient } from '../test-support-aws/client-setup.js';

const ACCOUNT = '123456789012';
const REGION = 'eu-west-1';
const CLUSTER_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/prod`;
const SERVICE_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/prod/api`;
const INSTANCE_ARN = `arn:aws:ecs:${REGION}:${ACCOUNT}:container-instance/prod/0f1e2d3c4b5a69788796a5b4c3d2e1f0`;
const person = consoleUser(ACCOUNT);

/** Request parameters of every watched call but the two made through the emulator. */
const REQUESTS: Record<string, Record<string, unknown>> = {
  CreateCapacityProvider: { name: 'ec2-spot', autoScalingGroupProvider: { autoScalingGroupArn: `arn:aws:autoscaling:${REGION}:${ACCOUNT}:autoScalingGroup:1:autoScalingGroupName/spot`, managedTerminationProtection: 'DISABLED' } } satisfies CreateCapacityProviderCommandInput,
  CreateCluster: { clusterName: 'batch' } satisfies CreateClusterCommandInput,
  CreateService: { cluster: 'prod', serviceName: 'shadow', taskDefinition: 'api:3', desiredCount: 1 } satisfies CreateServiceCommandInput,
  CreateTaskSet: { cluster: 'prod', service: 'api', taskDefinition: 'api:4' } satisfies CreateTaskSetCommandInput,
  DeleteAccountSetting: { name: 'containerInsights' } satisfies DeleteAccountSettingCommandInput,
  DeleteAttributes: { cluster: 'prod', attributes: [{ name: 'stack', targetId: INSTANCE_ARN }] } satisfies DeleteAttributesCommandInput,
  DeleteCapacityProvider: { capacityProvider: 'ec2-spot' } satisfies DeleteCapacityProviderCommandInput,
  DeleteCluster: { cluster: CLUSTER_ARN } satisfies DeleteClusterCommandInput,
  DeleteService: { cluster: 'prod', service: 'api', force: true } satisfies DeleteServiceCommandInput,
  DeleteTaskDefinitions: { taskDefinitions: ['api:1', `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/api:2`] } satisfies DeleteTaskDefinitionsCommandInput,
  DeleteTaskSet: { cluster: 'prod', service: 'api', taskSet: 'ecs-svc/1234567890123456789' } satisfies DeleteTaskSetCommandInput,
  DeregisterContainerInstance: { cluster: 'prod', containerInstance: INSTANCE_ARN, force: true } satisfies DeregisterContainerInstanceCommandInput,
  DeregisterTaskDefinition: { taskDefinition: 'api:3' } satisfies DeregisterTaskDefinitionCommandInput,
  PutAccountSetting: { name: 'awsvpcTrunking', value: 'enabled' } satisfies PutAccountSettingCommandInput,
  PutAttributes: { cluster: 'prod', attributes: [{ name: 'stack', value: 'blue', targetId: INSTANCE_ARN }] } satisfies PutAttributesCommandInput,
  PutClusterCapacityProviders: { cluster: 'prod', capacityProviders: ['FARGATE'], defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] } satisfies PutClusterCapacityProvidersCommandInput,
  RegisterContainerInstance: { cluster: 'prod', instanceIdentityDocument: '{}' } satisfies RegisterContainerInstanceCommandInput,
  TagResource: { resourceArn: SERVICE_ARN, tags: [{ key: 'owner', value: 'me' }] } satisfies TagResourceCommandInput,
  UntagResource: { resourceArn: CLUSTER_ARN, tagKeys: ['owner'] } satisfies UntagResourceCommandInput,
  UpdateCapacityProvider: { name: 'ec2-spot', autoScalingGroupProvider: { managedTerminationProtection: 'DISABLED' } } satisfies UpdateCapacityProviderCommandInput,
  UpdateCluster: { cluster: 'prod', settings: [{ name: 'containerInsights', value: 'disabled' }] } satisfies UpdateClusterCommandInput,
  UpdateClusterSettings: { cluster: 'prod', settings: [{ name: 'containerInsights', value: 'disabled' }] } satisfies UpdateClusterSettingsCommandInput,
  UpdateContainerAgent: { cluster: 'prod', containerInstance: INSTANCE_ARN } satisfies UpdateContainerAgentCommandInput,
  UpdateContainerInstancesState: { cluster: 'prod', containerInstances: [INSTANCE_ARN], status: 'DRAINING' } satisfies UpdateContainerInstancesStateCommandInput,
  UpdateServicePrimaryTaskSet: { cluster: 'prod', service: 'api', primaryTaskSet: 'ecs-svc/1234567890123456789' } satisfies UpdateServicePrimaryTaskSetCommandInput,
  UpdateTaskSet: { cluster: 'prod', service: 'api', taskSet: 'ecs-svc/1234567890123456789', scale: { value: 50, unit: 'PERCENT' } } satisfies UpdateTaskSetCommandInput,
};

function event(eventName: string, caller: CallerIdentity = person, extra: Partial<Parameters<typeof ecsApiCallEvent>[0]> = {}) {
  return ecsApiCallEvent({ eventName, account: ACCOUNT, region: REGION, caller, requestParameters: REQUESTS[eventName] ?? {}, ...extra });
}

const ANY: EventScope = { accounts: [], regions: [] };

let aws: AwsEmulator;
const recorded: Record<string, ReturnType<typeof ecsApiCallEvent>> = {};

beforeAll(async () => {
  aws = await startAwsEmulator({ region: REGION, accountId: ACCOUNT });
  aws.ecs.putCluster({ clusterName: 'prod' });
  aws.ecs.registerTaskDefinition({ family: 'api', containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.27' }], networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512' });
  aws.ecs.putService('prod', { serviceName: 'api', taskDefinition: 'api:1', desiredCount: 2, launchType: 'FARGATE', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], assignPublicIp: 'DISABLED' } } });
  const client = ecsClient(aws);
  recorded.UpdateService = await callEcs(client, new UpdateServiceCommand({ cluster: 'prod', service: 'api', networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE'], assignPublicIp: 'ENABLED' } } }), { account: ACCOUNT, region: REGION, caller: person });
  recorded.RegisterTaskDefinition = await callEcs(client, new RegisterTaskDefinitionCommand({ family: 'api', containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:1.28' }], networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'], cpu: '256', memory: '512' }), { account: ACCOUNT, region: REGION, caller: person });
});

afterAll(async () => {
  expect(aws.validationErrors).toEqual([]);
  await aws.close();
});

function eventFor(name: string) {
  return recorded[name] ?? event(name);
}

test('the recorded calls carry the real client\'s request members', () => {
  expect(recorded.UpdateService!.detail.eventName).toBe('UpdateService');
  expect(recorded.UpdateService!.detail.requestParameters).toMatchObject({ cluster: 'prod', service: 'api', networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'ENABLED' } } });
  expect((recorded.RegisterTaskDefinition!.detail.responseElements as { taskDefinition: { taskDefinitionArn: string } }).taskDefinition.taskDefinitionArn).toBe(`arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/api:2`);
});

describe('every watched call has a treatment', () => {
  test.each([...MONITORED_EVENTS])('%s', (name) => {
    const reading = readEcsChangePayload(eventFor(name), ANY);
    expect(reading.rejected).toEqual([]);
    const e = reading.events[0]!;
    const treatment = treatmentOf(e, []);
    if ((CONTROL_PLANE_EVENTS as readonly string[]).includes(name)) {
      expect(treatment.kind).toBe('control-plane');
      expect(touchedResources(e)).toEqual([]);
    } else {
      expect(['check', 'create']).toContain(treatment.kind);
      expect(touchedResources(e).length).toBeGreaterThan(0);
    }
  });
});

test('what each resource call touched', () => {
  const touched = (name: string) => touchedResources(readEcsChangePayload(eventFor(name), ANY).events[0]!).map(({ region: _r, account: _a, ...t }) => t);
  expect(touched('UpdateService')).toEqual([{ kind: 'service', cluster: 'prod', service: 'api' }]);
  expect(touched('RegisterTaskDefinition')).toEqual([{ kind: 'task-definition', family: 'api', revision: 'api:2' }]);
  expect(touched('CreateService')).toEqual([{ kind: 'service', cluster: 'prod', service: 'shadow' }]);
  expect(touched('DeleteCluster')).toEqual([{ kind: 'cluster', cluster: 'prod' }]);
  expect(touched('TagResource')).toEqual([{ kind: 'service', cluster: 'prod', service: 'api' }]);
  expect(touched('UntagResource')).toEqual([{ kind: 'cluster', cluster: 'prod' }]);
  expect(touched('PutClusterCapacityProviders')).toEqual([{ kind: 'cluster-capacity-providers', cluster: 'prod' }]);
  expect(touched('DeleteTaskDefinitions')).toEqual([
    { kind: 'task-definition', family: 'api', revision: 'api:1' },
    { kind: 'task-definition', family: 'api', revision: 'api:2' },
  ]);
  expect(touched('UpdateServicePrimaryTaskSet')).toEqual([
    { kind: 'service', cluster: 'prod', service: 'api' },
    { kind: 'task-set', cluster: 'prod', service: 'api', taskSet: 'ecs-svc/1234567890123456789' },
  ]);
  // No `cluster` member: ECS uses the default cluster (API reference, UpdateService `cluster`).
  const noCluster = ecsApiCallEvent({ eventName: 'UpdateService', account: ACCOUNT, region: REGION, caller: person, requestParameters: { service: 'api', desiredCount: 3 } });
  expect(touchedResources(readEcsChangePayload(noCluster, ANY).events[0]!)[0]).toMatchObject({ cluster: 'default', service: 'api' });
});

function stateService(attributes: Record<string, unknown>): StateResource {
  return { address: 'aws_ecs_service.api', type: 'aws_ecs_service', name: 'api', moduleAddress: '', attributes, stateFile: 'terraform.tfstate', moduleDir: '.' };
}

test('a call touches a state resource only with the same name, cluster, region and account', () => {
  const [touch] = touchedResources(readEcsChangePayload(recorded.UpdateService, ANY).events[0]!);
  expect(touches(touch!, stateService({ id: SERVICE_ARN, name: 'api', cluster: CLUSTER_ARN }), undefined)).toBe(true);
  expect(touches(touch!, stateService({ id: SERVICE_ARN.replace('/prod/', '/staging/'), name: 'api', cluster: CLUSTER_ARN.replace('/prod', '/staging') }), undefined)).toBe(false);
  expect(touches(touch!, stateService({ id: SERVICE_ARN.replace(REGION, 'us-east-1'), name: 'api', cluster: CLUSTER_ARN.replace(REGION, 'us-east-1') }), undefined)).toBe(false);
  expect(touches(touch!, stateService({ id: SERVICE_ARN.replace(ACCOUNT, '999999999999'), name: 'api', cluster: CLUSTER_ARN.replace(ACCOUNT, '999999999999') }), undefined)).toBe(false);
  expect(touches(touch!, stateService({ id: SERVICE_ARN.replace('/api', '/web'), name: 'web', cluster: CLUSTER_ARN }), undefined)).toBe(false);
  // A state without ARNs: its provider's region decides; an unknown region is checked (too much is safe).
  expect(touches(touch!, stateService({ name: 'api', cluster: 'prod' }), 'us-east-1')).toBe(false);
  expect(touches(touch!, stateService({ name: 'api', cluster: 'prod' }), undefined)).toBe(true);
});

describe('who made the call decides what it means', () => {
  test('the pipeline role applying is recorded, not checked', () => {
    const e = readEcsChangePayload(event('UpdateService', pipelineRole(ACCOUNT)), ANY).events[0]!;
    expect(treatmentOf(e, [`arn:aws:iam::${ACCOUNT}:role/terraform-apply`]).kind).toBe('pipeline');
    expect(treatmentOf(e, []).kind).toBe('check');
  });

  test('the ECS agent registering its own instance is routine; a person draining instances is not', () => {
    const agent: CallerIdentity = {
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${ACCOUNT}:assumed-role/ecsInstanceRole/i-0abc123def4567890`, accountId: ACCOUNT },
      userAgent: 'Amazon ECS Agent - v1.88.0 (be4a5ca7) (+http://aws.amazon.com/ecs/)',
      sourceIPAddress: '10.0.1.17',
    };
    expect(treatmentOf(readEcsChangePayload(event('RegisterContainerInstance', agent), ANY).events[0]!, []).kind).toBe('routine');
    expect(treatmentOf(readEcsChangePayload(event('UpdateContainerInstancesState'), ANY).events[0]!, []).kind).toBe('control-plane');
    // The same instance role without the agent's user agent is someone using its credentials.
    expect(treatmentOf(readEcsChangePayload(event('RegisterContainerInstance', { ...agent, userAgent: 'aws-cli/2.17.0' }), ANY).events[0]!, []).kind).toBe('control-plane');
  });
});

describe('what is refused, with one line each', () => {
  const why = (payload: unknown, scope = ANY) => readEcsChangePayload(payload, scope).rejected.map((r) => r.why);

  test('not ECS, not a CloudTrail API call, malformed', () => {
    expect(why({ ...event('UpdateService'), source: 'aws.ec2' })).toEqual(['source "aws.ec2" is not aws.ecs']);
    expect(why({ ...event('UpdateService'), 'detail-type': 'ECS Service Action' })).toEqual(['detail-type "ECS Service Action" is not "AWS API Call via CloudTrail"']);
    expect(why({ ...event('UpdateService'), detail: 'x' })).toEqual(['it has no CloudTrail record in `detail`']);
    expect(why('not json')).toEqual(['the payload is neither an EventBridge event nor {"events": [...]}']);
    expect(why({ events: [42] })).toEqual(['not a JSON object']);
  });

  test('read-only calls and failed calls change nothing', () => {
    expect(why(event('DescribeServices'))).toEqual(['DescribeServices is not an ECS change this tool watches (read-only calls change nothing)']);
    expect(why(event('UpdateService', person, { errorCode: 'AccessDeniedException' }))).toEqual(['UpdateService failed with AccessDeniedException: nothing changed']);
  });

  test('another account or region than the config watches', () => {
    expect(why(event('UpdateService'), { accounts: ['111122223333'], regions: [] })).toEqual([`UpdateService in account ${ACCOUNT}, which this repository does not watch (111122223333)`]);
    expect(why(event('UpdateService'), { accounts: [], regions: ['us-east-1'] })).toEqual([`UpdateService in region ${REGION}, which this repository does not watch (us-east-1)`]);
    expect(why(event('UpdateService'), { accounts: [ACCOUNT], regions: [REGION] })).toEqual([]);
  });

  test('the same call delivered twice is handled once', () => {
    const once = event('UpdateService');
    const reading = readEcsChangePayload({ events: [once, { ...once, id: 'another-delivery' }, event('UpdateService')] }, ANY);
    expect({ events: reading.events.length, duplicates: reading.duplicates }).toEqual({ events: 2, duplicates: 1 });
  });
});

describe('the deployment kit (examples/realtime)', () => {
  let pattern: unknown;

  beforeAll(async () => {
    const root = join(import.meta.dirname, '..', '..');
    const configuration = await loadConfiguration({ repoRoot: root, paths: ['examples/realtime'] });
    expect(configuration.errors).toEqual([]);
    const rule = configuration.resources.find((r) => r.type === 'aws_cloudwatch_event_rule');
    const value = rule?.body.attributes.get('event_pattern')?.value;
    pattern = value?.kind === 'string' && value.decoded ? toPlain(value.decoded) : undefined;
  });

  test('the matcher rejects what EventBridge would not match (so the checks below can fail)', () => {
    expect(matchesEventPattern({ source: ['aws.ecs'], detail: { eventName: ['UpdateService'] } }, { source: 'aws.ecs', detail: { eventName: 'DeleteService' } })).toBe(false);
    expect(matchesEventPattern({ source: ['aws.ecs'] }, { detail: {} })).toBe(false);
  });

  test('its rule matches every watched call and nothing else the tool knows', () => {
    expect(pattern).toBeDefined();
    for (const name of MONITORED_EVENTS) expect([name, matchesEventPattern(pattern, eventFor(name))]).toEqual([name, true]);
    for (const name of ['DescribeServices', 'ListServices', 'DescribeTaskDefinition', 'ListTagsForResource', 'RunTask', 'StopTask', 'ExecuteCommand']) {
      expect([name, matchesEventPattern(pattern, event(name))]).toEqual([name, false]);
    }
    expect(matchesEventPattern(pattern, { ...event('UpdateService'), source: 'aws.ec2' })).toBe(false);
    expect((pattern as { detail: { eventName: string[] } }).detail.eventName.slice().sort()).toEqual([...MONITORED_EVENTS].sort());
  });

  test('the list covers the issue\'s 23 calls', () => {
    const listed = ['CreateCapacityProvider', 'CreateCluster', 'CreateService', 'CreateTaskSet', 'DeleteAccountSetting', 'DeleteAttributes', 'DeleteCapacityProvider', 'DeleteCluster', 'DeleteService', 'DeleteTaskSet', 'DeregisterContainerInstance', 'DeregisterTaskDefinition', 'PutAccountSetting', 'PutAttributes', 'PutClusterCapacityProviders', 'RegisterContainerInstance', 'RegisterTaskDefinition', 'UpdateClusterSettings', 'UpdateContainerAgent', 'UpdateContainerInstancesState', 'UpdateService', 'UpdateServicePrimaryTaskSet', 'UpdateTaskSet'];
    expect(listed.filter((n) => !MONITORED_EVENTS.includes(n))).toEqual([]);
    expect(new Set([...RESOURCE_EVENTS, ...CONTROL_PLANE_EVENTS]).size).toBe(MONITORED_EVENTS.length);
  });
});
