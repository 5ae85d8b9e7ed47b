// What provider v6 sends to ECS for the v6-only blocks of the fixture in
// fixtures/provider-v6/blue-green-managed-instances/ (see its README.md). Only provider 5.100.0 is
// installed here, so these requests are derived from the v6 source, not recorded:
//   internal/service/ecs/capacity_provider.go (commit 00946284020053b82745d449178fd739d836a232):
//     expandManagedInstancesProviderCreate, expandInstanceLaunchTemplateCreate,
//     expandInstanceRequirementsRequest (require_hibernate_support is always sent; ranges and
//     percentages only when > 0), expandInfrastructureOptimization.
//   internal/service/ecs/service.go (6.x, Update): the deployment configuration with strategy, bake
//     time and lifecycle hooks (expandLifecycleHooks: hook_details JSON as a document), and
//     expandServiceLoadBalancers with advanced_configuration.
// The live side starts from the estate recorded after the 5.100.0 apply of fargate-alb.
import { CreateCapacityProviderCommand, UpdateServiceCommand, type ECSClient } from '@aws-sdk/client-ecs';

export const V6_ACCOUNT = '123456789012';
export const HOOK_LAMBDA = `arn:aws:lambda:us-east-1:${V6_ACCOUNT}:function:api-smoke-test`;
export const HOOK_ROLE = `arn:aws:iam::${V6_ACCOUNT}:role/ecs-deployment-hooks`;
export const LISTENER_ROLE = `arn:aws:iam::${V6_ACCOUNT}:role/ecs-blue-green-listeners`;
export const INFRASTRUCTURE_ROLE = `arn:aws:iam::${V6_ACCOUNT}:role/ecsInfrastructureRole`;
export const INSTANCE_PROFILE = `arn:aws:iam::${V6_ACCOUNT}:instance-profile/ecsInstanceRole`;
export const MI_SUBNETS = ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'];
export const MI_SECURITY_GROUPS = ['sg-0a1b2c3d4e5f60718'];

/** `aws_ecs_capacity_provider.managed` (v6, managed_instances_provider) and the blue/green settings of `aws_ecs_service.api`. */
export async function applyAsProviderV6(ecs: ECSClient): Promise<void> {
  await ecs.send(new CreateCapacityProviderCommand({
    name: 'managed',
    cluster: 'prod',
    managedInstancesProvider: {
      infrastructureRoleArn: INFRASTRUCTURE_ROLE,
      propagateTags: 'CAPACITY_PROVIDER',
      infrastructureOptimization: { scaleInAfter: 300 },
      instanceLaunchTemplate: {
        ec2InstanceProfileArn: INSTANCE_PROFILE,
        networkConfiguration: { securityGroups: MI_SECURITY_GROUPS, subnets: MI_SUBNETS },
        storageConfiguration: { storageSizeGiB: 50 },
        instanceRequirements: {
          vCpuCount: { min: 2, max: 8 },
          memoryMiB: { min: 4096 },
          allowedInstanceTypes: ['c7g.*', 'm7g.*'],
          requireHibernateSupport: false,
        },
      },
    },
    tags: [{ key: 'Team', value: 'platform' }],
  }));
  await ecs.send(new UpdateServiceCommand({
    cluster: 'prod',
    service: 'api',
    deploymentConfiguration: {
      maximumPercent: 200,
      minimumHealthyPercent: 100,
      strategy: 'BLUE_GREEN',
      bakeTimeInMinutes: 15,
      lifecycleHooks: [{
        hookTargetArn: HOOK_LAMBDA,
        roleArn: HOOK_ROLE,
        lifecycleStages: ['POST_TEST_TRAFFIC_SHIFT'],
        hookDetails: { timeoutSeconds: 300 },
      }],
    },
    loadBalancers: [{
      targetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/6d0ecf831eec9f09',
      containerName: 'app',
      containerPort: 8080,
      advancedConfiguration: {
        alternateTargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api-green/7e1fd0942ffd0a1a',
        productionListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee',
        testListenerRule: 'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/web/50dc6c495c0c9188/0e1b6a9f2c3d4e5f/1a2b3c4d5e6f7a8b',
        roleArn: LISTENER_ROLE,
      },
    }],
  }));
}
