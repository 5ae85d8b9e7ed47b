// aws_ecs_task_set.
import type { TaskSet } from '@aws-sdk/client-ecs';
import { taskDefinitionRef } from '../references.js';
import { liveLoadBalancersAsState, liveNetworkConfigurationAsState, loadBalancersView, networkConfigurationView, platformVersion, serviceRegistriesView } from './service.js';
import { block, capacityProviderStrategyView, liveCapacityProviderStrategyAsState, num, pruneView, str, type Attrs, type View } from './shared.js';

export function taskSetView(attrs: Attrs): View {
  const scale = block(attrs.scale);
  return pruneView({
    task_definition: taskDefinitionRef(attrs.task_definition),
    external_id: str(attrs.external_id),
    launch_type: str(attrs.launch_type),
    platform_version: platformVersion(attrs.platform_version),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    load_balancer: loadBalancersView(attrs.load_balancer),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    service_registries: serviceRegistriesView(attrs.service_registries),
    scale: { unit: str(scale?.unit) ?? 'PERCENT', value: num(scale?.value) ?? 100 },
    stability_status: str(attrs.stability_status),
  });
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
  };
}
