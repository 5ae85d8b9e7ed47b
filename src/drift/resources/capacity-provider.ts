// aws_ecs_capacity_provider.
// Provider source: terraform-provider-aws internal/service/ecs/capacity_provider.go (schema,
// resourceCapacityProviderRead, flattenAutoScalingGroupProvider, flattenManagedInstancesProvider and
// the expand* functions; managed_instances_provider and cluster exist only in v6, read at commit
// 00946284020053b82745d449178fd739d836a232); API: ECS DescribeCapacityProviders (CapacityProvider,
// ManagedInstancesProvider, InstanceLaunchTemplate).
import type { CapacityProvider, InstanceRequirementsRequest } from '@aws-sdk/client-ecs';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
import { block, bool, liveTagsAsState, nonZero, num, pruneView, sortedStrings, stateTags, str, type Attrs, type View, type ViewNode } from './shared.js';

/** A `{min, max}` block of instance_requirements. `zeroIsValue` where the provider sends 0 (`v >= 0`), else 0 is unset (`v > 0`). */
function rangeView(value: unknown, zeroIsValue = false): ViewNode {
  const r = block(value);
  if (!r) return undefined;
  const n = zeroIsValue ? num : nonZero;
  return { min: n(r.min), max: n(r.max) };
}

const REQUIREMENT_SETS = [
  'accelerator_manufacturers', 'accelerator_names', 'accelerator_types', 'allowed_instance_types', 'cpu_manufacturers',
  'excluded_instance_types', 'instance_generations', 'local_storage_types',
] as const;
const REQUIREMENT_STRINGS = ['bare_metal', 'burstable_performance', 'local_storage'] as const;
// flattenInstanceRequirementsRequest writes aws.ToInt32 (0 when ECS has none); expandInstanceRequirementsRequest sends them only when > 0.
const REQUIREMENT_PERCENTAGES = ['max_spot_price_as_percentage_of_optimal_on_demand_price', 'on_demand_max_price_percentage_over_lowest_price', 'spot_max_price_percentage_over_lowest_price'] as const;
// Ranges sent only when > 0 (expandVCPUCountRangeRequest, expandMemoryMiBRequest, ...).
const REQUIREMENT_RANGES = ['baseline_ebs_bandwidth_mbps', 'memory_gib_per_vcpu', 'memory_mib', 'network_bandwidth_gbps', 'network_interface_count', 'total_local_storage_gb', 'vcpu_count'] as const;
// Ranges sent when >= 0 (expandAcceleratorCountRequest, expandAcceleratorTotalMemoryMiBRequest): max 0 means "no accelerators".
const REQUIREMENT_ZERO_RANGES = ['accelerator_count', 'accelerator_total_memory_mib'] as const;

function instanceRequirementsView(value: unknown): ViewNode {
  const r = block(value);
  if (!r) return undefined;
  const view: Attrs = {};
  for (const k of REQUIREMENT_SETS) view[k] = sortedStrings(r[k]);
  for (const k of REQUIREMENT_STRINGS) view[k] = str(r[k]);
  for (const k of REQUIREMENT_PERCENTAGES) view[k] = nonZero(r[k]);
  for (const k of REQUIREMENT_RANGES) view[k] = rangeView(r[k]);
  for (const k of REQUIREMENT_ZERO_RANGES) view[k] = rangeView(r[k], true);
  // Sent whenever the block is configured (a bool); flattened with aws.ToBool, so absent is false.
  view.require_hibernate_support = bool(r.require_hibernate_support) ?? false;
  return view;
}

/**
 * v6's `managed_instances_provider` (ECS Managed Instances), as flattenManagedInstancesProvider
 * stores it. Read writes every member it knows, empty when ECS has none, so empty equals absent.
 */
function managedInstancesProviderView(value: unknown): ViewNode {
  const mi = block(value);
  if (!mi) return undefined;
  const template = block(mi.instance_launch_template);
  const network = template ? block(template.network_configuration) : undefined;
  const storage = template ? block(template.storage_configuration) : undefined;
  const local = template ? block(template.local_storage_configuration) : undefined;
  const optimization = block(mi.infrastructure_optimization);
  return {
    infrastructure_role_arn: str(mi.infrastructure_role_arn),
    propagate_tags: str(mi.propagate_tags),
    infrastructure_optimization: optimization && { scale_in_after: num(optimization.scale_in_after) },
    instance_launch_template: template && {
      // Optional+Computed in the schema; "The default is On-Demand" (API_InstanceLaunchTemplate, capacityOptionType).
      capacity_option_type: str(template.capacity_option_type) ?? 'ON_DEMAND',
      ec2_instance_profile_arn: str(template.ec2_instance_profile_arn),
      // "By default, your managed instance is configured for basic monitoring" (API_InstanceLaunchTemplate, monitoring).
      monitoring: str(template.monitoring) ?? 'BASIC',
      network_configuration: network && { subnets: sortedStrings(network.subnets), security_groups: sortedStrings(network.security_groups) },
      storage_configuration: storage && { storage_size_gib: nonZero(storage.storage_size_gib) },
      local_storage_configuration: local && { use_local_storage: bool(local.use_local_storage) ?? false },
      instance_requirements: instanceRequirementsView(template.instance_requirements),
    },
  };
}

export function capacityProviderView(attrs: Attrs): View {
  const asg = block(attrs.auto_scaling_group_provider);
  const scaling = asg ? block(asg.managed_scaling) : undefined;
  return pruneView({
    name: str(attrs.name),
    // v6: the cluster a Managed Instances capacity provider belongs to (ForceNew; Read stores DescribeCapacityProviders' `cluster`).
    cluster: str(attrs.cluster),
    managed_instances_provider: managedInstancesProviderView(attrs.managed_instances_provider),
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
    cluster: cp.cluster,
    managed_instances_provider: liveManagedInstancesProviderAsState(cp.managedInstancesProvider),
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

function liveRange(r: { min?: number; max?: number } | undefined): Attrs[] {
  return r ? [{ min: r.min, max: r.max }] : [];
}

function liveInstanceRequirementsAsState(r: InstanceRequirementsRequest | undefined): Attrs[] {
  if (!r) return [];
  return [{
    accelerator_count: liveRange(r.acceleratorCount),
    accelerator_manufacturers: r.acceleratorManufacturers,
    accelerator_names: r.acceleratorNames,
    accelerator_total_memory_mib: liveRange(r.acceleratorTotalMemoryMiB),
    accelerator_types: r.acceleratorTypes,
    allowed_instance_types: r.allowedInstanceTypes,
    bare_metal: r.bareMetal,
    baseline_ebs_bandwidth_mbps: liveRange(r.baselineEbsBandwidthMbps),
    burstable_performance: r.burstablePerformance,
    cpu_manufacturers: r.cpuManufacturers,
    excluded_instance_types: r.excludedInstanceTypes,
    instance_generations: r.instanceGenerations,
    local_storage: r.localStorage,
    local_storage_types: r.localStorageTypes,
    max_spot_price_as_percentage_of_optimal_on_demand_price: r.maxSpotPriceAsPercentageOfOptimalOnDemandPrice,
    memory_gib_per_vcpu: liveRange(r.memoryGiBPerVCpu),
    memory_mib: liveRange(r.memoryMiB),
    network_bandwidth_gbps: liveRange(r.networkBandwidthGbps),
    network_interface_count: liveRange(r.networkInterfaceCount),
    on_demand_max_price_percentage_over_lowest_price: r.onDemandMaxPricePercentageOverLowestPrice,
    require_hibernate_support: r.requireHibernateSupport,
    spot_max_price_percentage_over_lowest_price: r.spotMaxPricePercentageOverLowestPrice,
    total_local_storage_gb: liveRange(r.totalLocalStorageGB),
    vcpu_count: liveRange(r.vCpuCount),
  }];
}

function liveManagedInstancesProviderAsState(mi: CapacityProvider['managedInstancesProvider']): Attrs[] {
  if (!mi) return [];
  const t = mi.instanceLaunchTemplate;
  return [{
    infrastructure_role_arn: mi.infrastructureRoleArn,
    propagate_tags: mi.propagateTags,
    infrastructure_optimization: mi.infrastructureOptimization ? [{ scale_in_after: mi.infrastructureOptimization.scaleInAfter }] : [],
    instance_launch_template: t ? [{
      capacity_option_type: t.capacityOptionType,
      ec2_instance_profile_arn: t.ec2InstanceProfileArn,
      monitoring: t.monitoring,
      network_configuration: t.networkConfiguration ? [{ subnets: t.networkConfiguration.subnets, security_groups: t.networkConfiguration.securityGroups }] : [],
      storage_configuration: t.storageConfiguration ? [{ storage_size_gib: t.storageConfiguration.storageSizeGiB }] : [],
      local_storage_configuration: t.localStorageConfiguration ? [{ use_local_storage: t.localStorageConfiguration.useLocalStorage }] : [],
      instance_requirements: liveInstanceRequirementsAsState(t.instanceRequirements),
    }] : [],
  }];
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
    cluster (v6) | cluster | config | ForceNew; required for a Managed Instances capacity provider, which belongs to one cluster
    managed_instances_provider (v6) | managedInstancesProvider | config | ForceNew block; Read stores flattenManagedInstancesProvider of it
    managed_instances_provider.infrastructure_role_arn (v6) | managedInstancesProvider.infrastructureRoleArn | security | the infrastructure role ECS assumes to launch and manage the instances; ARNs compare whole
    managed_instances_provider.propagate_tags (v6) | managedInstancesProvider.propagateTags | config | CAPACITY_PROVIDER or NONE; Optional, stored as read
    managed_instances_provider.infrastructure_optimization (v6) | managedInstancesProvider.infrastructureOptimization | config |
    managed_instances_provider.infrastructure_optimization.scale_in_after (v6) | infrastructureOptimization.scaleInAfter | config | -1 turns optimization off, 0 is a value
    managed_instances_provider.instance_launch_template (v6) | managedInstancesProvider.instanceLaunchTemplate | config |
    managed_instances_provider.instance_launch_template.capacity_option_type (v6) | instanceLaunchTemplate.capacityOptionType | config | Optional+Computed; absent equals ON_DEMAND (API_InstanceLaunchTemplate: "The default is On-Demand")
    managed_instances_provider.instance_launch_template.ec2_instance_profile_arn (v6) | instanceLaunchTemplate.ec2InstanceProfileArn | security | the instance profile: the identity of every managed instance
    managed_instances_provider.instance_launch_template.monitoring (v6) | instanceLaunchTemplate.monitoring | config | absent equals BASIC (API_InstanceLaunchTemplate: basic monitoring by default)
    managed_instances_provider.instance_launch_template.network_configuration (v6) | instanceLaunchTemplate.networkConfiguration | security | what the instances can reach and what can reach them
    managed_instances_provider.instance_launch_template.network_configuration.subnets (v6) | networkConfiguration.subnets | security | a set: order ignored
    managed_instances_provider.instance_launch_template.network_configuration.security_groups (v6) | networkConfiguration.securityGroups | security | a set: order ignored
    managed_instances_provider.instance_launch_template.storage_configuration (v6) | instanceLaunchTemplate.storageConfiguration | config |
    managed_instances_provider.instance_launch_template.storage_configuration.storage_size_gib (v6) | storageConfiguration.storageSizeGiB | config | 0 (what Read writes for none) equals absent
    managed_instances_provider.instance_launch_template.local_storage_configuration (v6) | instanceLaunchTemplate.localStorageConfiguration | config |
    managed_instances_provider.instance_launch_template.local_storage_configuration.use_local_storage (v6) | localStorageConfiguration.useLocalStorage | config | default false
    managed_instances_provider.instance_launch_template.instance_requirements (v6) | instanceLaunchTemplate.instanceRequirements | config | which instance types ECS may launch
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count (v6) | instanceRequirements.acceleratorCount | config | min/max; 0 is a value (sent when >= 0: max 0 means no accelerators)
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count.max (v6) | acceleratorCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count.min (v6) | acceleratorCount.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_manufacturers (v6) | instanceRequirements.acceleratorManufacturers | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_names (v6) | instanceRequirements.acceleratorNames | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib (v6) | instanceRequirements.acceleratorTotalMemoryMiB | config | min/max; 0 is a value (sent when >= 0: max 0 means no accelerators)
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib.max (v6) | acceleratorTotalMemoryMiB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib.min (v6) | acceleratorTotalMemoryMiB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_types (v6) | instanceRequirements.acceleratorTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.allowed_instance_types (v6) | instanceRequirements.allowedInstanceTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.bare_metal (v6) | instanceRequirements.bareMetal | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps (v6) | instanceRequirements.baselineEbsBandwidthMbps | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps.max (v6) | baselineEbsBandwidthMbps.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps.min (v6) | baselineEbsBandwidthMbps.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.burstable_performance (v6) | instanceRequirements.burstablePerformance | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.cpu_manufacturers (v6) | instanceRequirements.cpuManufacturers | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.excluded_instance_types (v6) | instanceRequirements.excludedInstanceTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.instance_generations (v6) | instanceRequirements.instanceGenerations | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.local_storage (v6) | instanceRequirements.localStorage | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.local_storage_types (v6) | instanceRequirements.localStorageTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.max_spot_price_as_percentage_of_optimal_on_demand_price (v6) | instanceRequirements.maxSpotPriceAsPercentageOfOptimalOnDemandPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu (v6) | instanceRequirements.memoryGiBPerVCpu | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu.max (v6) | memoryGiBPerVCpu.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu.min (v6) | memoryGiBPerVCpu.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib (v6) | instanceRequirements.memoryMiB | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib.max (v6) | memoryMiB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib.min (v6) | memoryMiB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps (v6) | instanceRequirements.networkBandwidthGbps | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps.max (v6) | networkBandwidthGbps.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps.min (v6) | networkBandwidthGbps.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count (v6) | instanceRequirements.networkInterfaceCount | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count.max (v6) | networkInterfaceCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count.min (v6) | networkInterfaceCount.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.on_demand_max_price_percentage_over_lowest_price (v6) | instanceRequirements.onDemandMaxPricePercentageOverLowestPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.require_hibernate_support (v6) | instanceRequirements.requireHibernateSupport | config | default false (Read uses aws.ToBool)
    managed_instances_provider.instance_launch_template.instance_requirements.spot_max_price_percentage_over_lowest_price (v6) | instanceRequirements.spotMaxPricePercentageOverLowestPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb (v6) | instanceRequirements.totalLocalStorageGB | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb.max (v6) | totalLocalStorageGB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb.min (v6) | totalLocalStorageGB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count (v6) | instanceRequirements.vCpuCount | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count.max (v6) | vCpuCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count.min (v6) | vCpuCount.min | config |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `),
};
