// aws_ecs_capacity_provider.
import type { CapacityProvider } from '@aws-sdk/client-ecs';
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
