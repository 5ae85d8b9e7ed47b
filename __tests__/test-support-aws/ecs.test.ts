import {
  DescribeCapacityProvidersCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTaskSetsCommand,
  CreateTaskSetCommand,
  UpdateTaskSetCommand,
  ECSClient,
  ListClustersCommand,
  ListServicesCommand,
  ListTagsForResourceCommand,
  paginateListServices,
  RegisterTaskDefinitionCommand,
  UpdateServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { ecsClient, rejectionOf } from './client-setup.js';

let aws: AwsEmulator;
let ecs: ECSClient;

const container = { name: 'app', image: 'nginx:1.27', portMappings: [{ containerPort: 80 }] };

beforeAll(async () => {
  aws = await startAwsEmulator({ region: 'eu-west-1', accountId: '111122223333' });
  ecs = ecsClient(aws);
  aws.ecs.putCluster({
    clusterName: 'prod',
    settings: [{ name: 'containerInsights', value: 'enabled' }],
    configuration: { executeCommandConfiguration: { logging: 'DEFAULT' } },
    tags: [{ key: 'team', value: 'platform' }],
  });
  aws.ecs.putCluster({ clusterName: 'secret' });
  aws.ecs.registerTaskDefinition({ family: 'web', networkMode: 'awsvpc', cpu: '256', memory: '512', requiresCompatibilities: ['FARGATE'], containerDefinitions: [container] }, [{ key: 'owner', value: 'web-team' }]);
  aws.ecs.registerTaskDefinition({ family: 'web', networkMode: 'awsvpc', cpu: '256', memory: '512', containerDefinitions: [{ ...container, image: 'nginx:1.28' }] });
  aws.ecs.putService('prod', {
    serviceName: 'api',
    taskDefinition: 'web:1',
    desiredCount: 2,
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' } },
    tags: [{ key: 'service', value: 'api' }],
  });
  aws.ecs.putService('secret', { serviceName: 'vault', taskDefinition: 'web:2', desiredCount: 1 });
});

afterEach(() => {
  // Every call these tests make is valid API traffic; the emulator must agree.
  expect(aws.validationErrors).toEqual([]);
});

afterAll(async () => {
  ecs.destroy();
  await aws.close();
});

describe('DescribeClusters', () => {
  it('omits settings, configuration and tags unless included', async () => {
    const bare = await ecs.send(new DescribeClustersCommand({ clusters: ['prod'] }));
    expect(bare.clusters).toHaveLength(1);
    const cluster = bare.clusters![0]!;
    expect(cluster.clusterArn).toBe('arn:aws:ecs:eu-west-1:111122223333:cluster/prod');
    expect(cluster.status).toBe('ACTIVE');
    expect(cluster.activeServicesCount).toBe(1);
    expect(cluster.settings).toBeUndefined();
    expect(cluster.configuration).toBeUndefined();
    expect(cluster.tags).toBeUndefined();

    const full = await ecs.send(new DescribeClustersCommand({ clusters: ['prod'], include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] }));
    const included = full.clusters![0]!;
    expect(included.settings).toEqual([{ name: 'containerInsights', value: 'enabled' }]);
    expect(included.configuration).toEqual({ executeCommandConfiguration: { logging: 'DEFAULT' } });
    expect(included.tags).toEqual([{ key: 'team', value: 'platform' }]);
  });

  it('reports unknown clusters as MISSING failures and accepts ARNs', async () => {
    const out = await ecs.send(new DescribeClustersCommand({ clusters: ['arn:aws:ecs:eu-west-1:111122223333:cluster/prod', 'ghost'] }));
    expect(out.clusters!.map((c) => c.clusterName)).toEqual(['prod']);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:eu-west-1:111122223333:cluster/ghost', reason: 'MISSING' }]);
  });

  it('accepts 100 clusters and rejects 101', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) => `c${i}`);
    const ok = await ecs.send(new DescribeClustersCommand({ clusters: hundred }));
    expect(ok.failures).toHaveLength(100);
    const error = await rejectionOf(ecs.send(new DescribeClustersCommand({ clusters: [...hundred, 'c100'] })));
    expect(error.name).toBe('InvalidParameterException');
    expect(error.status).toBe(400);
  });
});

describe('DescribeServices', () => {
  it('returns the service in its API shape, tags only when included', async () => {
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }));
    const api = out.services![0]!;
    expect(api.serviceArn).toBe('arn:aws:ecs:eu-west-1:111122223333:service/prod/api');
    expect(api.taskDefinition).toBe('arn:aws:ecs:eu-west-1:111122223333:task-definition/web:1');
    expect(api.desiredCount).toBe(2);
    expect(api.createdAt).toBeInstanceOf(Date);
    expect(api.deployments![0]!.status).toBe('PRIMARY');
    expect(api.networkConfiguration!.awsvpcConfiguration!.assignPublicIp).toBe('DISABLED');
    expect(api.tags).toBeUndefined();

    const tagged = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: [api.serviceArn!], include: ['TAGS'] }));
    expect(tagged.services![0]!.tags).toEqual([{ key: 'service', value: 'api' }]);
  });

  it('rejects more than 10 services per call', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `s${i}`);
    const error = await rejectionOf(ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: eleven })));
    expect(error.name).toBe('InvalidParameterException');
    const ten = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: eleven.slice(0, 10) }));
    expect(ten.failures).toHaveLength(10);
  });

  it('throws ClusterNotFoundException for an unknown cluster', async () => {
    const error = await rejectionOf(ecs.send(new DescribeServicesCommand({ cluster: 'nowhere', services: ['api'] })));
    expect(error.name).toBe('ClusterNotFoundException');
  });

  it('reports a deleted service as MISSING', async () => {
    aws.ecs.putService('prod', { serviceName: 'temp', taskDefinition: 'web:1', desiredCount: 1 });
    aws.ecs.deleteService('prod', 'temp');
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['temp'] }));
    expect(out.services).toEqual([]);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:eu-west-1:111122223333:service/prod/temp', reason: 'MISSING' }]);
  });
});

describe('DescribeTaskDefinition', () => {
  it('resolves family (latest ACTIVE), family:revision and ARN', async () => {
    const latest = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web' }));
    expect(latest.taskDefinition!.revision).toBe(2);
    const first = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web:1', include: ['TAGS'] }));
    expect(first.taskDefinition!.containerDefinitions![0]!.image).toBe('nginx:1.27');
    expect(first.tags).toEqual([{ key: 'owner', value: 'web-team' }]);
    const byArn = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: first.taskDefinition!.taskDefinitionArn! }));
    expect(byArn.taskDefinition!.revision).toBe(1);
    expect(byArn.tags).toBeUndefined();
  });

  it('fills the defaults ECS adds on registration', async () => {
    const out = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'web:1' }));
    const td = out.taskDefinition!;
    expect(td.status).toBe('ACTIVE');
    expect(td.compatibilities).toEqual(['EC2', 'FARGATE']);
    expect(td.requiresAttributes).toContainEqual({ name: 'ecs.capability.task-eni' });
    expect(td.registeredAt).toBeInstanceOf(Date);
    const c = td.containerDefinitions![0]!;
    expect(c.essential).toBe(true);
    expect(c.portMappings).toEqual([{ containerPort: 80, hostPort: 80, protocol: 'tcp' }]);
    expect(c.environment).toEqual([]);
  });

  it('skips deregistered revisions for family lookups, and fails for unknown ones', async () => {
    aws.ecs.registerTaskDefinition({ family: 'batch', containerDefinitions: [container] });
    aws.ecs.registerTaskDefinition({ family: 'batch', containerDefinitions: [container] });
    aws.ecs.deregisterTaskDefinition('batch:2');
    const latest = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'batch' }));
    expect(latest.taskDefinition!.revision).toBe(1);
    const inactive = await ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: 'batch:2' }));
    expect(inactive.taskDefinition!.status).toBe('INACTIVE');
    for (const ref of ['nope', 'web:9', 'arn:aws:ecs:eu-west-1:111122223333:task-definition/web:7']) {
      const error = await rejectionOf(ecs.send(new DescribeTaskDefinitionCommand({ taskDefinition: ref })));
      expect(error).toMatchObject({ name: 'ClientException', message: 'Unable to describe task definition.' });
    }
  });
});

describe('listing', () => {
  it('pages ListServices with nextToken (default 10 per page)', async () => {
    aws.ecs.putCluster({ clusterName: 'big' });
    for (let i = 0; i < 25; i++) aws.ecs.putService('big', { serviceName: `svc-${String(i).padStart(2, '0')}`, taskDefinition: 'web:1', desiredCount: 1 });
    aws.resetCalls();
    const arns: string[] = [];
    for await (const page of paginateListServices({ client: ecs }, { cluster: 'big' })) arns.push(...(page.serviceArns ?? []));
    expect(arns).toHaveLength(25);
    expect(new Set(arns).size).toBe(25);
    expect(aws.calls.ListServices).toBe(3);

    const first = await ecs.send(new ListServicesCommand({ cluster: 'big', maxResults: 100 }));
    expect(first.serviceArns).toHaveLength(25);
    expect(first.nextToken).toBeUndefined();
    const tooMany = await rejectionOf(ecs.send(new ListServicesCommand({ cluster: 'big', maxResults: 101 })));
    expect(tooMany.name).toBe('InvalidParameterException');
    const badToken = await rejectionOf(ecs.send(new ListServicesCommand({ cluster: 'big', nextToken: 'garbage' })));
    expect(badToken.name).toBe('InvalidParameterException');
    const noCluster = await rejectionOf(ecs.send(new ListServicesCommand({ cluster: 'nowhere' })));
    expect(noCluster.name).toBe('ClusterNotFoundException');
  });

  it('lists clusters and tags by ARN', async () => {
    const clusters = await ecs.send(new ListClustersCommand({}));
    expect(clusters.clusterArns).toContain('arn:aws:ecs:eu-west-1:111122223333:cluster/prod');
    const tags = await ecs.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:ecs:eu-west-1:111122223333:cluster/prod' }));
    expect(tags.tags).toEqual([{ key: 'team', value: 'platform' }]);
    const tdTags = await ecs.send(new ListTagsForResourceCommand({ resourceArn: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/web:1' }));
    expect(tdTags.tags).toEqual([{ key: 'owner', value: 'web-team' }]);
  });
});

describe('capacity providers and task sets', () => {
  it('describes capacity providers with MISSING failures and tags on request', async () => {
    aws.ecs.putCapacityProvider({
      name: 'asg-cp',
      autoScalingGroupProvider: { autoScalingGroupArn: 'arn:aws:autoscaling:eu-west-1:111122223333:autoScalingGroup:x:autoScalingGroupName/asg', managedTerminationProtection: 'DISABLED' },
      tags: [{ key: 'k', value: 'v' }],
    });
    const out = await ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: ['asg-cp', 'ghost'], include: ['TAGS'] }));
    expect(out.capacityProviders!.map((c) => [c.name, c.status, c.tags])).toEqual([['asg-cp', 'ACTIVE', [{ key: 'k', value: 'v' }]]]);
    expect(out.failures).toEqual([{ arn: 'arn:aws:ecs:eu-west-1:111122223333:capacity-provider/ghost', reason: 'MISSING' }]);
  });

  it('describes task sets of an EXTERNAL service and refuses others', async () => {
    aws.ecs.putService('prod', { serviceName: 'ext', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
    const ts = aws.ecs.putTaskSet('prod', 'ext', { taskDefinition: 'web:2', externalId: 'blue', launchType: 'FARGATE' });
    const out = await ecs.send(new DescribeTaskSetsCommand({ cluster: 'prod', service: 'ext' }));
    expect(out.taskSets!.map((t) => [t.id, t.externalId, t.taskDefinition])).toEqual([[ts.id, 'blue', 'arn:aws:ecs:eu-west-1:111122223333:task-definition/web:2']]);
    const embedded = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['ext'] }));
    expect(embedded.services![0]!.taskSets!.map((t) => t.id)).toEqual([ts.id]);
    expect(embedded.services![0]!.taskDefinition).toBeUndefined();
    const wrong = await rejectionOf(ecs.send(new DescribeTaskSetsCommand({ cluster: 'prod', service: 'api' })));
    expect(wrong.name).toBe('InvalidParameterException');
    const missing = await rejectionOf(ecs.send(new DescribeTaskSetsCommand({ cluster: 'prod', service: 'nope' })));
    expect(missing.name).toBe('ServiceNotFoundException');
    // UpdateTaskSet changes the scale only (API_UpdateTaskSet); status and task definition stay.
    const updated = await ecs.send(new UpdateTaskSetCommand({ cluster: 'prod', service: 'ext', taskSet: ts.id!, scale: { unit: 'PERCENT', value: 40 } }));
    expect([updated.taskSet!.scale, updated.taskSet!.status, updated.taskSet!.taskDefinition]).toEqual([{ unit: 'PERCENT', value: 40 }, 'PRIMARY', ts.taskDefinition]);
    expect((await ecs.send(new DescribeTaskSetsCommand({ cluster: 'prod', service: 'ext' }))).taskSets!.map((t) => t.scale!.value)).toEqual([40]);
    expect((await rejectionOf(ecs.send(new UpdateTaskSetCommand({ cluster: 'prod', service: 'ext', taskSet: 'ecs-svc/0', scale: { unit: 'PERCENT', value: 1 } })))).name).toBe('TaskSetNotFoundException');
  });
});

describe('RegisterTaskDefinition rules the model cannot say', () => {
  it('refuses ephemeral storage outside 21-200 GiB and EFS access points or IAM without transit encryption', async () => {
    const base = { family: 'rules', containerDefinitions: [container] };
    expect((await rejectionOf(ecs.send(new RegisterTaskDefinitionCommand({ ...base, ephemeralStorage: { sizeInGiB: 20 } })))).name).toBe('ClientException');
    expect((await rejectionOf(ecs.send(new RegisterTaskDefinitionCommand({ ...base, ephemeralStorage: { sizeInGiB: 201 } })))).name).toBe('ClientException');
    const efs = (config: object) => ({ ...base, volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', ...config } }] });
    expect((await rejectionOf(ecs.send(new RegisterTaskDefinitionCommand(efs({ authorizationConfig: { accessPointId: 'fsap-1' } }))))).name).toBe('ClientException');
    expect((await rejectionOf(ecs.send(new RegisterTaskDefinitionCommand(efs({ transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } }))))).name).toBe('ClientException');
    expect((await rejectionOf(ecs.send(new RegisterTaskDefinitionCommand(efs({ transitEncryption: 'ENABLED', rootDirectory: '/data', authorizationConfig: { accessPointId: 'fsap-1' } }))))).name).toBe('ClientException');
    const ok = await ecs.send(new RegisterTaskDefinitionCommand({ ...efs({ transitEncryption: 'ENABLED', rootDirectory: '/', authorizationConfig: { accessPointId: 'fsap-1', iam: 'ENABLED' } }), ephemeralStorage: { sizeInGiB: 21 } }));
    expect(ok.taskDefinition!.volumes![0]!.efsVolumeConfiguration!.authorizationConfig).toEqual({ accessPointId: 'fsap-1', iam: 'ENABLED' });
  });
});

describe('CreateTaskSet', () => {
  it('creates task sets on an EXTERNAL service only; the first is PRIMARY and gives the service its compute option', async () => {
    aws.ecs.putService('prod', { serviceName: 'ext2', desiredCount: 2, deploymentController: { type: 'EXTERNAL' } });
    const network = { awsvpcConfiguration: { subnets: ['subnet-1'] } };
    const blue = (await ecs.send(new CreateTaskSetCommand({
      cluster: 'prod', service: 'ext2', taskDefinition: 'web:1', externalId: 'blue', launchType: 'FARGATE', networkConfiguration: network, scale: { unit: 'PERCENT', value: 50 }, tags: [{ key: 'k', value: 'v' }],
    }))).taskSet!;
    // API_AwsVpcConfiguration: assignPublicIp defaults to DISABLED; Fargate keeps LATEST when no version was asked for.
    expect([blue.status, blue.externalId, blue.launchType, blue.platformVersion, blue.networkConfiguration, blue.scale, blue.tags]).toEqual(
      ['PRIMARY', 'blue', 'FARGATE', 'LATEST', { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: [], assignPublicIp: 'DISABLED' } }, { unit: 'PERCENT', value: 50 }, undefined],
    );
    // A capacity provider strategy instead of a launch type: no launch type is reported.
    const green = (await ecs.send(new CreateTaskSetCommand({
      cluster: 'prod', service: 'ext2', taskDefinition: 'web:2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }], networkConfiguration: network,
    }))).taskSet!;
    expect([green.status, green.launchType, green.capacityProviderStrategy]).toEqual(['ACTIVE', undefined, [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }]]);
    const described = await ecs.send(new DescribeTaskSetsCommand({ cluster: 'prod', service: 'ext2', taskSets: [blue.id!], include: ['TAGS'] }));
    expect(described.taskSets!.map((t) => t.tags)).toEqual([[{ key: 'k', value: 'v' }]]);
    const service = (await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['ext2'] }))).services![0]!;
    expect([service.launchType, service.taskSets!.map((t) => t.id)]).toEqual(['FARGATE', [blue.id, green.id]]);
    const both = await rejectionOf(ecs.send(new CreateTaskSetCommand({ cluster: 'prod', service: 'ext2', taskDefinition: 'web:1', launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] })));
    expect(both.name).toBe('InvalidParameterException');
    const notExternal = await rejectionOf(ecs.send(new CreateTaskSetCommand({ cluster: 'prod', service: 'api', taskDefinition: 'web:1' })));
    expect(notExternal.name).toBe('InvalidParameterException');
    const noTaskDefinition = await rejectionOf(ecs.send(new CreateTaskSetCommand({ cluster: 'prod', service: 'ext2', taskDefinition: 'nope:1' })));
    expect(noTaskDefinition.name).toBe('ClientException');
  });
});

describe('console edits through the SDK', () => {
  it('RegisterTaskDefinition increments the revision and UpdateService rolls it out', async () => {
    const reg = await ecs.send(new RegisterTaskDefinitionCommand({ family: 'web', networkMode: 'awsvpc', containerDefinitions: [{ ...container, privileged: true }] }));
    expect(reg.taskDefinition!.revision).toBe(3);
    const upd = await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'api', taskDefinition: 'web:3', desiredCount: 5, enableExecuteCommand: true }));
    expect(upd.service!.taskDefinition).toBe(reg.taskDefinition!.taskDefinitionArn);
    expect(upd.service!.desiredCount).toBe(5);
    const live = aws.ecs.getService('prod', 'api')!;
    expect(live.enableExecuteCommand).toBe(true);
    expect(live.deployments![0]!.taskDefinition).toBe(reg.taskDefinition!.taskDefinitionArn);
    const missing = await rejectionOf(ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'nope', desiredCount: 1 })));
    expect(missing.name).toBe('ServiceNotFoundException');
  });

  it('state-side updateService is visible to DescribeServices', async () => {
    aws.ecs.updateService('secret', 'vault', { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-9'], assignPublicIp: 'ENABLED' } } });
    const out = await ecs.send(new DescribeServicesCommand({ cluster: 'secret', services: ['vault'] }));
    expect(out.services![0]!.networkConfiguration!.awsvpcConfiguration!.assignPublicIp).toBe('ENABLED');
    expect(out.services![0]!.deployments![0]!.networkConfiguration!.awsvpcConfiguration!.subnets).toEqual(['subnet-9']);
  });
});

describe('AccessDenied per cluster', () => {
  afterEach(() => {
    aws.faults.accessDeniedClusters = undefined;
  });

  it('denies every call touching a denied cluster, by name or ARN', async () => {
    aws.faults.accessDeniedClusters = ['secret'];
    const services = await rejectionOf(ecs.send(new DescribeServicesCommand({ cluster: 'secret', services: ['vault'] })));
    expect(services.name).toBe('AccessDeniedException');
    expect(services.message).toContain('ecs:DescribeServices');
    const clusters = await rejectionOf(ecs.send(new DescribeClustersCommand({ clusters: ['prod', 'arn:aws:ecs:eu-west-1:111122223333:cluster/secret'] })));
    expect(clusters.name).toBe('AccessDeniedException');
    const list = await rejectionOf(ecs.send(new ListServicesCommand({ cluster: 'secret' })));
    expect(list.name).toBe('AccessDeniedException');
    const ok = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }));
    expect(ok.services).toHaveLength(1);

    aws.faults.accessDeniedClusters = ['arn:aws:ecs:eu-west-1:111122223333:cluster/secret'];
    const byArn = await rejectionOf(ecs.send(new DescribeServicesCommand({ cluster: 'secret', services: ['vault'] })));
    expect(byArn.name).toBe('AccessDeniedException');
  });
});
