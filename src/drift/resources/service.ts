// aws_ecs_service, and the blocks it shares with aws_ecs_task_set.
import type { Service } from '@aws-sdk/client-ecs';
import { clusterName, roleName } from '../references.js';
import { block, bool, capacityProviderStrategyView, isRecord, keyedBy, list, liveCapacityProviderStrategyAsState, liveTagsAsState, num, pruneView, sortedStrings, stateTags, str, type Attrs, type View, type ViewNode } from './shared.js';

export function networkConfigurationView(value: unknown): ViewNode {
  const nc = block(value);
  if (!nc) return undefined;
  return { subnets: sortedStrings(nc.subnets), security_groups: sortedStrings(nc.security_groups), assign_public_ip: bool(nc.assign_public_ip) ?? false };
}

export function loadBalancersView(value: unknown): ViewNode {
  return keyedBy(list(value), (lb) => `${lb.container_name ?? ''}:${lb.container_port ?? ''}`, (lb) => ({ target_group_arn: str(lb.target_group_arn), elb_name: str(lb.elb_name) }));
}

export function serviceRegistriesView(value: unknown): ViewNode {
  const r = block(value);
  return r && { registry_arn: str(r.registry_arn), port: num(r.port), container_name: str(r.container_name), container_port: num(r.container_port) };
}

/** Fargate reports LATEST when no platform version was asked for. */
export function platformVersion(value: unknown): string | undefined {
  const v = str(value);
  return v === 'LATEST' ? undefined : v;
}

/** The service view, without `task_definition` (compared on its own, see detect-drift.ts). */
export function serviceView(attrs: Attrs): View {
  const scheduling = str(attrs.scheduling_strategy) ?? 'REPLICA';
  const daemon = scheduling === 'DAEMON';
  const breaker = block(attrs.deployment_circuit_breaker);
  const iamRole = roleName(attrs.iam_role);
  return pruneView({
    name: str(attrs.name),
    cluster: clusterName(attrs.cluster),
    desired_count: num(attrs.desired_count) ?? 0,
    launch_type: str(attrs.launch_type),
    platform_version: platformVersion(attrs.platform_version),
    scheduling_strategy: scheduling,
    deployment_controller: str(block(attrs.deployment_controller)?.type) ?? 'ECS',
    // ECS's documented defaults: 200/100 for REPLICA, 100/0 for DAEMON.
    deployment_maximum_percent: num(attrs.deployment_maximum_percent) ?? (daemon ? 100 : 200),
    deployment_minimum_healthy_percent: num(attrs.deployment_minimum_healthy_percent) ?? (daemon ? 0 : 100),
    deployment_circuit_breaker: { enable: bool(breaker?.enable) ?? false, rollback: bool(breaker?.rollback) ?? false },
    enable_ecs_managed_tags: bool(attrs.enable_ecs_managed_tags) ?? false,
    enable_execute_command: bool(attrs.enable_execute_command) ?? false,
    health_check_grace_period_seconds: num(attrs.health_check_grace_period_seconds) ?? 0,
    // Without iam_role ECS uses its service-linked role and reports it.
    iam_role: iamRole === 'AWSServiceRoleForECS' ? undefined : iamRole,
    load_balancer: loadBalancersView(attrs.load_balancer),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    ordered_placement_strategy: list(attrs.ordered_placement_strategy).filter(isRecord).map((p) => ({ type: str(p.type), field: str(p.field)?.toLowerCase() })),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ''}:${p.expression ?? ''}`).sort(),
    propagate_tags: str(attrs.propagate_tags) ?? 'NONE',
    service_registries: serviceRegistriesView(attrs.service_registries),
    tags: stateTags(attrs),
  });
}

export function liveNetworkConfigurationAsState(nc: Service['networkConfiguration']): Attrs[] {
  const vpc = nc?.awsvpcConfiguration;
  return vpc ? [{ subnets: vpc.subnets, security_groups: vpc.securityGroups, assign_public_ip: vpc.assignPublicIp === 'ENABLED' }] : [];
}

export function liveLoadBalancersAsState(lbs: Service['loadBalancers']): Attrs[] {
  return (lbs ?? []).map((lb) => ({ container_name: lb.containerName, container_port: lb.containerPort, target_group_arn: lb.targetGroupArn, elb_name: lb.loadBalancerName }));
}

export function liveServiceAsState(service: Service): Attrs {
  const registry = service.serviceRegistries?.[0];
  return {
    name: service.serviceName,
    cluster: service.clusterArn,
    task_definition: service.taskDefinition,
    desired_count: service.desiredCount,
    launch_type: service.launchType,
    platform_version: service.platformVersion,
    scheduling_strategy: service.schedulingStrategy,
    deployment_controller: service.deploymentController ? [{ type: service.deploymentController.type }] : [],
    deployment_maximum_percent: service.deploymentConfiguration?.maximumPercent,
    deployment_minimum_healthy_percent: service.deploymentConfiguration?.minimumHealthyPercent,
    deployment_circuit_breaker: service.deploymentConfiguration?.deploymentCircuitBreaker ? [{
      enable: service.deploymentConfiguration.deploymentCircuitBreaker.enable,
      rollback: service.deploymentConfiguration.deploymentCircuitBreaker.rollback,
    }] : [],
    enable_ecs_managed_tags: service.enableECSManagedTags,
    enable_execute_command: service.enableExecuteCommand,
    health_check_grace_period_seconds: service.healthCheckGracePeriodSeconds,
    iam_role: service.roleArn,
    load_balancer: liveLoadBalancersAsState(service.loadBalancers),
    network_configuration: liveNetworkConfigurationAsState(service.networkConfiguration),
    capacity_provider_strategy: liveCapacityProviderStrategyAsState(service.capacityProviderStrategy),
    ordered_placement_strategy: (service.placementStrategy ?? []).map((p) => ({ type: p.type, field: p.field })),
    placement_constraints: (service.placementConstraints ?? []).map((p) => ({ type: p.type, expression: p.expression })),
    propagate_tags: service.propagateTags,
    service_registries: registry ? [{ registry_arn: registry.registryArn, port: registry.port, container_name: registry.containerName, container_port: registry.containerPort }] : [],
    tags_all: liveTagsAsState(service.tags),
  };
}
