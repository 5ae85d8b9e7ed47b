// aws_ecs_task_set.
import type { TaskSet } from '@aws-sdk/client-ecs';
import { taskDefinitionRef } from '../references.js';
import { liveLoadBalancersAsState, liveNetworkConfigurationAsState, loadBalancersView, networkConfigurationView, platformVersion, serviceRegistriesView } from './service.js';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
import { block, capacityProviderStrategyView, liveCapacityProviderStrategyAsState, liveTagsAsState, num, pruneView, stateTags, str, type Attrs, type View, type ViewNode } from './shared.js';

export function taskSetView(attrs: Attrs): View {
  const scale = block(attrs.scale);
  return pruneView({
    task_definition: taskDefinitionRef(attrs.task_definition),
    external_id: str(attrs.external_id),
    launch_type: str(attrs.launch_type),
    platform_version: platformVersion(attrs.platform_version),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    load_balancer: taskSetLoadBalancersView(attrs.load_balancer),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    service_registries: serviceRegistriesView(attrs.service_registries),
    scale: { unit: str(scale?.unit) ?? 'PERCENT', value: num(scale?.value) ?? 100 },
    stability_status: str(attrs.stability_status),
    tags: stateTags(attrs),
  });
}

/**
 * The service's load balancer view, with the Classic Load Balancer under the task set's own attribute
 * name (load_balancer_name; aws_ecs_service calls it elb_name), so a difference is reported at an
 * attribute aws_ecs_task_set has.
 */
function taskSetLoadBalancersView(value: unknown): ViewNode {
  const view = loadBalancersView(value);
  if (!(view instanceof Map)) return view;
  return new Map([...view].map(([key, lb]) => {
    const { elb_name: name, ...rest } = lb as Attrs;
    return [key, { ...rest, load_balancer_name: name }];
  }));
}

export function liveTaskSetAsState(taskSet: TaskSet): Attrs {
  const registry = taskSet.serviceRegistries?.[0];
  return {
    task_definition: taskSet.taskDefinition,
    external_id: taskSet.externalId,
    launch_type: taskSet.launchType,
    platform_version: taskSet.platformVersion,
    network_configuration: liveNetworkConfigurationAsState(taskSet.networkConfiguration),
    load_balancer: liveLoadBalancersAsState(taskSet.loadBalancers),
    capacity_provider_strategy: liveCapacityProviderStrategyAsState(taskSet.capacityProviderStrategy),
    service_registries: registry ? [{ registry_arn: registry.registryArn, port: registry.port, container_name: registry.containerName, container_port: registry.containerPort }] : [],
    scale: taskSet.scale ? [{ unit: taskSet.scale.unit, value: taskSet.scale.value }] : [],
    stability_status: taskSet.stabilityStatus,
    // Only DescribeTaskSets with include TAGS carries them (task_set.go's Read sets tags from it).
    tags_all: liveTagsAsState(taskSet.tags),
  };
}

export const TASK_SET_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_task_set',
  api: 'DescribeTaskSets (include TAGS), one call per service for all of its task sets in the state',
  rows: attributeRows('internal/service/ecs/task_set.go', `
    arn | taskSetArn | not compared | identity
    id | taskSetId,service,cluster | not compared | identity
    task_set_id | id | not compared | identity
    cluster | clusterArn | not compared | identity: the task set is read in it
    service | serviceArn | not compared | identity: the task set is read in it
    task_definition | taskDefinition | config | compared as family:revision
    external_id | externalId | config |
    launch_type | launchType | config | Optional+Computed
    platform_version | platformVersion | config | LATEST equals absent
    stability_status | stabilityStatus | ignored | runtime field: ECS updates it as tasks start and stop
    status | status | not compared | runtime field (PRIMARY, ACTIVE, DRAINING)
    scale | scale | config | absent equals 100 PERCENT
    scale.unit | scale.unit | config | default PERCENT
    scale.value | scale.value | config | default 100
    capacity_provider_strategy | capacityProviderStrategy | config | a set keyed by capacity_provider
    capacity_provider_strategy.capacity_provider | capacityProviderStrategy[].capacityProvider | config | the key
    capacity_provider_strategy.base | capacityProviderStrategy[].base | config | absent equals 0
    capacity_provider_strategy.weight | capacityProviderStrategy[].weight | config | absent equals 0
    load_balancer | loadBalancers | config | a set keyed by container_name:container_port
    load_balancer.container_name | loadBalancers[].containerName | config | part of the key
    load_balancer.container_port | loadBalancers[].containerPort | config | part of the key
    load_balancer.load_balancer_name | loadBalancers[].loadBalancerName | config |
    load_balancer.target_group_arn | loadBalancers[].targetGroupArn | config |
    network_configuration | networkConfiguration.awsvpcConfiguration | security | what can reach the tasks
    network_configuration.subnets | awsvpcConfiguration.subnets | security | a set
    network_configuration.security_groups | awsvpcConfiguration.securityGroups | security | a set
    network_configuration.assign_public_ip | awsvpcConfiguration.assignPublicIp | security | ENABLED/DISABLED read as a boolean; default false
    service_registries | serviceRegistries[0] | config |
    service_registries.registry_arn | serviceRegistries[].registryArn | config |
    service_registries.port | serviceRegistries[].port | config | 0 equals absent
    service_registries.container_name | serviceRegistries[].containerName | config |
    service_registries.container_port | serviceRegistries[].containerPort | config | 0 equals absent
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | read with DescribeTaskSets include TAGS (task_set.go's Read sets them); aws: tags skipped; an empty value is a value; ignore_tags honoured
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
    force_delete | - | not compared | provider-only: how destroy behaves
    wait_until_stable | - | not compared | provider-only: how apply waits
    wait_until_stable_timeout | - | not compared | provider-only
  `),
};
