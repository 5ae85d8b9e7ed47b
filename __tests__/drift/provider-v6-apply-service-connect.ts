// What provider v6 sends to ECS for the v6-only blocks of the fixture in
// fixtures/provider-v6/service-connect-canary/ (see the README there). Only provider 5.100.0 is
// installed here, so these requests are derived from the v6 source, not recorded
// (https://github.com/hashicorp/terraform-provider-aws):
//   internal/service/ecs/service.go (6.x): resourceServiceUpdate sends the deployment configuration
//     (strategy, bake time, linear_configuration only when the strategy is LINEAR: expandLinearConfiguration)
//     and expandServiceConnectConfiguration (access_log_configuration: expandServiceConnectAccessLogConfiguration;
//     client_alias.test_traffic_rules: expandServiceConnectTestTrafficRules/Header/HeaderValue);
//     resourceServiceCreate sends, for a new service, DeploymentConfiguration with maximum/minimum
//     percent, the strategy, its bake time and canary_configuration only when the strategy is CANARY.
//   internal/service/ecs/capacity_provider.go (commit 00946284020053b82745d449178fd739d836a232):
//     expandManagedInstancesProviderCreate, expandInstanceLaunchTemplateCreate (monitoring,
//     local_storage_configuration), expandInstanceRequirementsRequest (require_hibernate_support is
//     always sent; ranges and percentages only when > 0, accelerator ranges when >= 0).
// The live side starts from the estate recorded after the 5.100.0 apply of service-connect.
import { CreateCapacityProviderCommand, CreateServiceCommand, UpdateServiceCommand, type ECSClient } from '@aws-sdk/client-ecs';

export const SC_ACCOUNT = '123456789012';
export const SC_NAMESPACE = `arn:aws:servicediscovery:us-east-1:${SC_ACCOUNT}:namespace/ns-abcdefghijklmnop`;
export const SC_SUBNETS = ['subnet-0aa1c79de3EXAMPLE'];
export const SC_SECURITY_GROUPS = ['sg-0a1b2c3d4e5f60718'];
export const MI_ROLE = `arn:aws:iam::${SC_ACCOUNT}:role/ecsInfrastructureRole`;
export const MI_PROFILE = `arn:aws:iam::${SC_ACCOUNT}:instance-profile/ecsInstanceRole`;

/** orders' Service Connect block as v6 sends it: access logs and a test-traffic header rule added to the recorded one. */
export const ORDERS_SERVICE_CONNECT = {
  enabled: true,
  namespace: SC_NAMESPACE,
  accessLogConfiguration: { format: 'JSON' as const, includeQueryParameters: 'ENABLED' as const },
  services: [{
    portName: 'http',
    discoveryName: 'orders',
    clientAliases: [{ port: 80, dnsName: 'orders.internal', testTrafficRules: { header: { name: 'x-test-traffic', value: { exact: 'canary' } } } }],
  }],
};

/**
 * `aws_ecs_service.orders` moved to a LINEAR deployment with access logs and a test-traffic rule,
 * a new `aws_ecs_service.payments` on a CANARY deployment, and two Managed Instances capacity
 * providers (`gpu`, `storage`) that between them set every instance requirement (EC2 allows only
 * one of the two Spot price protections per request, so each provider holds one).
 */
export async function applyAsProviderV6ServiceConnect(ecs: ECSClient): Promise<void> {
  await ecs.send(new UpdateServiceCommand({
    cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/mesh',
    service: 'orders',
    deploymentConfiguration: {
      strategy: 'LINEAR',
      bakeTimeInMinutes: 10,
      linearConfiguration: { stepPercent: 25, stepBakeTimeInMinutes: 5 },
    },
    serviceConnectConfiguration: ORDERS_SERVICE_CONNECT,
  }));
  await ecs.send(new CreateServiceCommand({
    cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/mesh',
    serviceName: 'payments',
    taskDefinition: 'arn:aws:ecs:us-east-1:123456789012:task-definition/orders:1',
    desiredCount: 1,
    launchType: 'FARGATE',
    schedulingStrategy: 'REPLICA',
    deploymentConfiguration: {
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      strategy: 'CANARY',
      bakeTimeInMinutes: 20,
      canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 15 },
    },
    enableECSManagedTags: false,
    enableExecuteCommand: false,
    networkConfiguration: { awsvpcConfiguration: { subnets: SC_SUBNETS, securityGroups: SC_SECURITY_GROUPS, assignPublicIp: 'DISABLED' } },
    serviceConnectConfiguration: {
      enabled: true,
      namespace: SC_NAMESPACE,
      services: [{ portName: 'http', discoveryName: 'payments', clientAliases: [{ port: 80, dnsName: 'payments.internal' }] }],
    },
    vpcLatticeConfigurations: [],
  }));
  await ecs.send(new CreateCapacityProviderCommand({
    name: 'gpu',
    cluster: 'mesh',
    managedInstancesProvider: {
      infrastructureRoleArn: MI_ROLE,
      propagateTags: 'CAPACITY_PROVIDER',
      instanceLaunchTemplate: {
        ec2InstanceProfileArn: MI_PROFILE,
        capacityOptionType: 'SPOT',
        monitoring: 'DETAILED',
        networkConfiguration: { subnets: SC_SUBNETS, securityGroups: SC_SECURITY_GROUPS },
        storageConfiguration: { storageSizeGiB: 100 },
        instanceRequirements: {
          acceleratorCount: { min: 1, max: 4 },
          acceleratorManufacturers: ['nvidia'],
          acceleratorNames: ['a10g', 't4'],
          acceleratorTotalMemoryMiB: { min: 16384, max: 98304 },
          acceleratorTypes: ['gpu'],
          bareMetal: 'excluded',
          baselineEbsBandwidthMbps: { min: 1000, max: 10000 },
          burstablePerformance: 'excluded',
          cpuManufacturers: ['amd', 'intel'],
          excludedInstanceTypes: ['g4ad.*'],
          instanceGenerations: ['current'],
          maxSpotPriceAsPercentageOfOptimalOnDemandPrice: 70,
          memoryGiBPerVCpu: { min: 2, max: 8 },
          memoryMiB: { min: 16384, max: 131072 },
          networkBandwidthGbps: { min: 10, max: 100 },
          networkInterfaceCount: { min: 1, max: 4 },
          onDemandMaxPricePercentageOverLowestPrice: 20,
          requireHibernateSupport: false,
          vCpuCount: { min: 4, max: 32 },
        },
      },
    },
  }));
  await ecs.send(new CreateCapacityProviderCommand({
    name: 'storage',
    cluster: 'mesh',
    managedInstancesProvider: {
      infrastructureRoleArn: MI_ROLE,
      propagateTags: 'CAPACITY_PROVIDER',
      instanceLaunchTemplate: {
        ec2InstanceProfileArn: MI_PROFILE,
        capacityOptionType: 'SPOT',
        monitoring: 'BASIC',
        localStorageConfiguration: { useLocalStorage: true },
        networkConfiguration: { subnets: SC_SUBNETS, securityGroups: SC_SECURITY_GROUPS },
        instanceRequirements: {
          localStorage: 'required',
          localStorageTypes: ['ssd'],
          memoryMiB: { min: 8192 },
          requireHibernateSupport: false,
          spotMaxPricePercentageOverLowestPrice: 50,
          totalLocalStorageGB: { min: 100, max: 2000 },
          vCpuCount: { min: 2, max: 16 },
        },
      },
    },
  }));
}
