// aws_ecs_capacity_provider.
import type { CapacityProvider } from '@aws-sdk/client-ecs';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
import { block, liveTagsAsState, num, pruneView, stateTags, str, type Attrs, type View } from './shared.js';

export function capacityProviderView(attrs: Attrs): View {
  const asg = block(attrs.auto_scaling_group_provider);
  const scaling = asg ? block(asg.managed_scaling) : undefined;
  return pruneView({
    name: str(attrs.name),
    auto_scaling_group_provider: asg && {
      auto_scaling_group_arn: str(asg.auto_scaling_group_arn),
      managed_termination_protection: str(asg.managed_termination_protection) ?? 'DISABLED',
      managed_draining: str(asg.managed_draining) ?? 'ENABLED',
      // CreateCapacityProvider defaults (ECS API reference, ManagedScaling).
      managed_scaling: {
        status: str(scaling?.status) ?? 'DISABLED',
        target_capacity: num(scaling?.target_capacity) ?? 100,
        minimum_scaling_step_size: num(scaling?.minimum_scaling_step_size) ?? 1,
        maximum_scaling_step_size: num(scaling?.maximum_scaling_step_size) ?? 10000,
        instance_warmup_period: num(scaling?.instance_warmup_period) ?? 300,
      },
    },
    tags: stateTags(attrs),
  });
}

export function liveCapacityProviderAsState(cp: CapacityProvider): Attrs {
  const asg = cp.autoScalingGroupProvider;
  const scaling = asg?.managedScaling;
  return {
    name: cp.name,
    auto_scaling_group_provider: asg ? [{
      auto_scaling_group_arn: asg.autoScalingGroupArn,
      managed_termination_protection: asg.managedTerminationProtection,
      managed_draining: asg.managedDraining,
      managed_scaling: scaling ? [{
        status: scaling.status,
        target_capacity: scaling.targetCapacity,
        minimum_scaling_step_size: scaling.minimumScalingStepSize,
        maximum_scaling_step_size: scaling.maximumScalingStepSize,
        instance_warmup_period: scaling.instanceWarmupPeriod,
      }] : [],
    }] : [],
    tags_all: liveTagsAsState(cp.tags),
  };
}

export const CAPACITY_PROVIDER_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_capacity_provider',
  api: 'DescribeCapacityProviders (include TAGS)',
  rows: attributeRows('internal/service/ecs/capacity_provider.go', `
    arn | capacityProviderArn | not compared | identity
    id | capacityProviderArn | not compared | identity
    name | name | config | ForceNew
    auto_scaling_group_provider | autoScalingGroupProvider | config |
    auto_scaling_group_provider.auto_scaling_group_arn | autoScalingGroupProvider.autoScalingGroupArn | config | ForceNew
    auto_scaling_group_provider.managed_termination_protection | autoScalingGroupProvider.managedTerminationProtection | config | Optional+Computed; absent equals DISABLED
    auto_scaling_group_provider.managed_draining | autoScalingGroupProvider.managedDraining | config | Optional+Computed; absent equals ENABLED
    auto_scaling_group_provider.managed_scaling | autoScalingGroupProvider.managedScaling | config | CreateCapacityProvider defaults when absent
    auto_scaling_group_provider.managed_scaling.status | managedScaling.status | config | default DISABLED
    auto_scaling_group_provider.managed_scaling.target_capacity | managedScaling.targetCapacity | config | default 100
    auto_scaling_group_provider.managed_scaling.minimum_scaling_step_size | managedScaling.minimumScalingStepSize | config | default 1
    auto_scaling_group_provider.managed_scaling.maximum_scaling_step_size | managedScaling.maximumScalingStepSize | config | default 10000
    auto_scaling_group_provider.managed_scaling.instance_warmup_period | managedScaling.instanceWarmupPeriod | config | default 300
    managed_instances_provider (v6) | managedInstancesProvider | not compared | not yet read: ECS Managed Instances (v6 only); listed so that it is not mistaken for compared
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
  `),
};
