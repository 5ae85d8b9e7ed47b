// The calls the AWS provider makes during `terraform apply`, answered the way ECS answers them:
// the defaults ECS fills in are what DescribeServices/DescribeClusters report afterwards, and what
// the provider's Read then writes into the state (test-support/terraform/provider-fixtures.ts).
import {
  CreateCapacityProviderCommand,
  CreateClusterCommand,
  CreateServiceCommand,
  DescribeCapacityProvidersCommand,
  UpdateCapacityProviderCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  ECSClient,
  PutClusterCapacityProvidersCommand,
  RegisterTaskDefinitionCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateServiceCommand,
  DeleteServiceCommand,
} from '@aws-sdk/client-ecs';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { ecsClient, rejectionOf } from './client-setup.js';

let aws: AwsEmulator;
let ecs: ECSClient;
const SLR = 'arn:aws:iam::111122223333:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS';
const awsvpc = { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } };

beforeEach(async () => {
  aws = await startAwsEmulator({ region: 'eu-west-1', accountId: '111122223333' });
  ecs = ecsClient(aws, 1);
  await ecs.send(new CreateClusterCommand({ clusterName: 'prod' }));
  await ecs.send(
    new RegisterTaskDefinitionCommand({
      family: 'web',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'app', image: 'nginx:1.27', portMappings: [{ containerPort: 80 }] }],
    }),
  );
  await ecs.send(new RegisterTaskDefinitionCommand({ family: 'agent', networkMode: 'bridge', containerDefinitions: [{ name: 'agent', image: 'agent:7', memory: 128 }] }));
});

afterEach(async () => {
  ecs.destroy();
  expect(aws.validationErrors).toEqual([]);
  await aws.close();
});

async function describeService(name: string) {
  const out = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: [name], include: ['TAGS'] }));
  return out.services![0]!;
}

describe('CreateService', () => {
  it('reports the service-linked role, deployment defaults and LATEST resolved on the PRIMARY deployment for an awsvpc Fargate service', async () => {
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'api', taskDefinition: 'web', desiredCount: 2, launchType: 'FARGATE', networkConfiguration: awsvpc }));
    const service = await describeService('api');
    expect(service).toMatchObject({
      roleArn: SLR,
      platformVersion: 'LATEST',
      platformFamily: 'Linux',
      taskDefinition: 'arn:aws:ecs:eu-west-1:111122223333:task-definition/web:1',
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: false, rollback: false } },
      networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' } },
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      propagateTags: 'NONE',
      enableECSManagedTags: false,
      enableExecuteCommand: false,
      availabilityZoneRebalancing: 'ENABLED',
      loadBalancers: [],
      serviceRegistries: [],
      placementConstraints: [],
      placementStrategy: [],
      tags: [],
    });
    expect(service.deployments).toHaveLength(1);
    expect(service.deployments![0]).toMatchObject({ status: 'PRIMARY', platformVersion: '1.4.0', launchType: 'FARGATE', taskDefinition: service.taskDefinition });
  });

  it('names no role for an EC2 bridge service without a load balancer, and keeps a role it was given as an ARN', async () => {
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'plain', taskDefinition: 'agent', desiredCount: 1 }));
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'prod',
        serviceName: 'lb',
        taskDefinition: 'agent',
        desiredCount: 1,
        role: 'ecs-service',
        loadBalancers: [{ targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/x/1', containerName: 'agent', containerPort: 80 }],
      }),
    );
    const plain = await describeService('plain');
    expect(plain.roleArn).toBeUndefined();
    expect(plain.launchType).toBe('EC2');
    expect(plain.platformVersion).toBeUndefined();
    const lb = await describeService('lb');
    expect(lb.roleArn).toBe('arn:aws:iam::111122223333:role/ecs-service');
    // ECS reports a grace period of 0 for a service with load balancers when none was asked for.
    expect(lb.healthCheckGracePeriodSeconds).toBe(0);
  });

  it('gives DAEMON services the daemon deployment defaults and no rebalancing', async () => {
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'agent', taskDefinition: 'agent', schedulingStrategy: 'DAEMON' }));
    expect(await describeService('agent')).toMatchObject({
      schedulingStrategy: 'DAEMON',
      desiredCount: 0,
      deploymentConfiguration: { maximumPercent: 100, minimumHealthyPercent: 0 },
      availabilityZoneRebalancing: 'DISABLED',
    });
  });

  it('starts a CODE_DEPLOY service with one PRIMARY task set and no deployments', async () => {
    await ecs.send(
      new CreateServiceCommand({ cluster: 'prod', serviceName: 'bg', taskDefinition: 'web', desiredCount: 2, launchType: 'FARGATE', networkConfiguration: awsvpc, deploymentController: { type: 'CODE_DEPLOY' } }),
    );
    const service = await describeService('bg');
    expect(service.deployments).toEqual([]);
    expect(service.taskSets).toHaveLength(1);
    expect(service.taskSets![0]).toMatchObject({ status: 'PRIMARY', taskDefinition: service.taskDefinition, launchType: 'FARGATE' });
    expect(service.deploymentConfiguration?.deploymentCircuitBreaker).toBeUndefined();
  });

  it('reports Service Connect and managed EBS volumes on the PRIMARY deployment only, and a console change in a new deployment', async () => {
    await ecs.send(
      new CreateServiceCommand({
        cluster: 'prod',
        serviceName: 'db',
        taskDefinition: 'web',
        launchType: 'FARGATE',
        networkConfiguration: awsvpc,
        serviceConnectConfiguration: { enabled: true, namespace: 'ns-1' },
        volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: 'arn:aws:iam::111122223333:role/infra', encrypted: true, sizeInGiB: 20 } }],
      }),
    );
    const service = await describeService('db');
    expect(Object.keys(service)).not.toContain('serviceConnectConfiguration');
    expect(Object.keys(service)).not.toContain('volumeConfigurations');
    expect(service.deployments![0]).toMatchObject({
      serviceConnectConfiguration: { enabled: true, namespace: 'arn:aws:servicediscovery:eu-west-1:111122223333:namespace/ns-1' },
      volumeConfigurations: [{ name: 'data', managedEBSVolume: { encrypted: true, sizeInGiB: 20 } }],
    });
    await ecs.send(new UpdateServiceCommand({ cluster: 'prod', service: 'db', volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: 'arn:aws:iam::111122223333:role/infra', encrypted: false } }] }));
    const updated = await describeService('db');
    expect(updated.deployments![0]!.volumeConfigurations![0]!.managedEBSVolume!.encrypted).toBe(false);
    expect(updated.deployments![0]!.serviceConnectConfiguration?.enabled).toBe(true);
  });

  it('uses the cluster default capacity provider strategy when given neither a launch type nor a strategy', async () => {
    await ecs.send(new PutClusterCapacityProvidersCommand({ cluster: 'prod', capacityProviders: ['FARGATE'], defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }));
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'spot', taskDefinition: 'web', networkConfiguration: awsvpc }));
    const service = await describeService('spot');
    expect(service.launchType).toBeUndefined();
    expect(service.capacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', weight: 1, base: 0 }]);
    expect(service.platformVersion).toBe('LATEST');
  });

  it('reports neither a launch type nor a strategy for an EXTERNAL service created with neither, even with a cluster default strategy', async () => {
    // Developer Guide, "Deploy Amazon ECS services using a third-party controller": the compute option is
    // a task set field, and "If no primary task set is defined for a service, when describing the
    // service, the task set fields are null".
    await ecs.send(new PutClusterCapacityProvidersCommand({ cluster: 'prod', capacityProviders: ['FARGATE'], defaultCapacityProviderStrategy: [{ capacityProvider: 'FARGATE', weight: 1 }] }));
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'ext', desiredCount: 1, deploymentController: { type: 'EXTERNAL' } }));
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'ecs', taskDefinition: 'agent', deploymentController: { type: 'ECS' } }));
    const [ext, rolling] = [await describeService('ext'), await describeService('ecs')];
    expect({ launchType: ext.launchType, strategy: ext.capacityProviderStrategy, taskDefinition: ext.taskDefinition, taskSets: ext.taskSets }).toEqual({
      launchType: undefined, strategy: undefined, taskDefinition: undefined, taskSets: [],
    });
    // The ECS controller still takes the cluster's default strategy.
    expect(rolling.capacityProviderStrategy).toEqual([{ capacityProvider: 'FARGATE', weight: 1, base: 0 }]);
  });

  it('creates, describes and updates a Managed Instances capacity provider as the API reference defines it', async () => {
    const managedInstancesProvider = {
      infrastructureRoleArn: 'arn:aws:iam::111122223333:role/ecsInfrastructureRole',
      instanceLaunchTemplate: { ec2InstanceProfileArn: 'arn:aws:iam::111122223333:instance-profile/ecsInstanceRole', networkConfiguration: { subnets: ['subnet-1'], securityGroups: ['sg-1'] } },
    };
    // A Managed Instances capacity provider belongs to one cluster (API_CreateCapacityProvider `cluster`).
    expect(await rejectionOf(ecs.send(new CreateCapacityProviderCommand({ name: 'mi', managedInstancesProvider })))).toMatchObject({ name: 'InvalidParameterException' });
    await ecs.send(new CreateCapacityProviderCommand({ name: 'mi', cluster: 'prod', managedInstancesProvider }));
    await ecs.send(new UpdateCapacityProviderCommand({ name: 'mi', cluster: 'prod', managedInstancesProvider: { infrastructureRoleArn: managedInstancesProvider.infrastructureRoleArn, instanceLaunchTemplate: { storageConfiguration: { storageSizeGiB: 80 } }, propagateTags: 'NONE' } }));
    const out = await ecs.send(new DescribeCapacityProvidersCommand({ capacityProviders: ['mi'] }));
    expect(out.capacityProviders![0]).toMatchObject({
      name: 'mi',
      cluster: 'prod',
      type: 'MANAGED_INSTANCES',
      managedInstancesProvider: {
        infrastructureRoleArn: managedInstancesProvider.infrastructureRoleArn,
        propagateTags: 'NONE',
        // "The default is On-Demand" (API_InstanceLaunchTemplate); given members stay, updated ones are replaced.
        instanceLaunchTemplate: { ...managedInstancesProvider.instanceLaunchTemplate, capacityOptionType: 'ON_DEMAND', storageConfiguration: { storageSizeGiB: 80 } },
      },
    });
    expect(out.capacityProviders![0]!.autoScalingGroupProvider).toBeUndefined();
  });

  it('accepts a Classic Load Balancer for a bridge service, and refuses one for awsvpc tasks or one that also names a target group (API_LoadBalancer)', async () => {
    const classic = { loadBalancerName: 'legacy-classic', containerName: 'agent', containerPort: 8080 };
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'legacy', taskDefinition: 'agent', desiredCount: 1, launchType: 'EC2', role: 'ecs-service', loadBalancers: [classic] }));
    expect((await describeService('legacy')).loadBalancers).toEqual([classic]);
    expect(await rejectionOf(ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'api', taskDefinition: 'web', launchType: 'FARGATE', networkConfiguration: awsvpc, loadBalancers: [{ loadBalancerName: 'legacy-classic', containerName: 'app', containerPort: 80 }] }))))
      .toMatchObject({ name: 'InvalidParameterException' });
    expect(await rejectionOf(ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'both', taskDefinition: 'agent', launchType: 'EC2', loadBalancers: [{ ...classic, targetGroupArn: 'arn:aws:elasticloadbalancing:eu-west-1:111122223333:targetgroup/tg/1' }] }))))
      .toMatchObject({ name: 'InvalidParameterException' });
  });

  it('refuses a second create of an ACTIVE service, an unknown task definition, and deleting a scaled service without force', async () => {
    await ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'api', taskDefinition: 'web', desiredCount: 1, launchType: 'FARGATE', networkConfiguration: awsvpc }));
    expect(await rejectionOf(ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'api', taskDefinition: 'web' })))).toMatchObject({ name: 'InvalidParameterException' });
    expect(await rejectionOf(ecs.send(new CreateServiceCommand({ cluster: 'prod', serviceName: 'x', taskDefinition: 'nope:1' })))).toMatchObject({ name: 'ClientException' });
    expect(await rejectionOf(ecs.send(new DeleteServiceCommand({ cluster: 'prod', service: 'api' })))).toMatchObject({ name: 'InvalidParameterException' });
    await ecs.send(new DeleteServiceCommand({ cluster: 'prod', service: 'api', force: true }));
    const after = await ecs.send(new DescribeServicesCommand({ cluster: 'prod', services: ['api'] }));
    expect(after.failures).toEqual([{ arn: 'arn:aws:ecs:eu-west-1:111122223333:service/prod/api', reason: 'MISSING' }]);
  });
});

describe('CreateCluster and tags', () => {
  it('reports the account default Container Insights setting, is idempotent by name, and tags through TagResource/UntagResource', async () => {
    const again = await ecs.send(new CreateClusterCommand({ clusterName: 'prod', tags: [{ key: 'ignored', value: 'x' }] }));
    expect(again.cluster?.clusterArn).toBe('arn:aws:ecs:eu-west-1:111122223333:cluster/prod');
    const arn = again.cluster!.clusterArn!;
    await ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: 'Team', value: 'a' }, { key: 'Empty', value: '' }] }));
    await ecs.send(new TagResourceCommand({ resourceArn: arn, tags: [{ key: 'Team', value: 'b' }] }));
    await ecs.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['Empty'] }));
    const described = await ecs.send(new DescribeClustersCommand({ clusters: ['prod'], include: ['SETTINGS', 'TAGS'] }));
    expect(described.clusters![0]).toMatchObject({ settings: [{ name: 'containerInsights', value: 'disabled' }], tags: [{ key: 'Team', value: 'b' }] });
    expect(await rejectionOf(ecs.send(new TagResourceCommand({ resourceArn: 'arn:aws:ecs:eu-west-1:111122223333:cluster/none', tags: [{ key: 'a', value: 'b' }] })))).toMatchObject({
      name: 'ResourceNotFoundException',
    });
  });
});
