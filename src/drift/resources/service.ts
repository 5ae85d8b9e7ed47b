// aws_ecs_service, and the blocks it shares with aws_ecs_task_set.
// Provider source: terraform-provider-aws internal/service/ecs/service.go (schema, Read and the
// flatten* functions); API: ECS DescribeServices (Service, Deployment).
import type { Service } from '@aws-sdk/client-ecs';
import { clusterName } from '../references.js';
import {
  block, bool, capacityProviderStrategyView, isRecord, keyedBy, list, literalMap, liveCapacityProviderStrategyAsState, liveTagsAsState,
  nonZero, num, pruneView, RoleRef, SecretValue, sortedStrings, stateTags, str, taskRoleRef, type Attrs, type View, type ViewNode,
} from './shared.js';
import { attributeRows, type AttributeTable } from '../attribute-table.js';

export function networkConfigurationView(value: unknown): ViewNode {
  const nc = block(value);
  if (!nc) return undefined;
  return { subnets: sortedStrings(nc.subnets), security_groups: sortedStrings(nc.security_groups), assign_public_ip: bool(nc.assign_public_ip) ?? false };
}

export function loadBalancersView(value: unknown): ViewNode {
  return keyedBy(list(value), (lb) => `${lb.container_name ?? ''}:${lb.container_port ?? ''}`, (lb) => {
    const advanced = block(lb.advanced_configuration);
    return {
      target_group_arn: str(lb.target_group_arn),
      // aws_ecs_service calls it elb_name, aws_ecs_task_set load_balancer_name.
      elb_name: str(lb.elb_name) ?? str(lb.load_balancer_name),
      // v6 only (blue/green deployments); 5.100.0 has no such block.
      advanced_configuration: advanced && {
        alternate_target_group_arn: str(advanced.alternate_target_group_arn),
        production_listener_rule: str(advanced.production_listener_rule),
        test_listener_rule: str(advanced.test_listener_rule),
        role_arn: taskRoleRef(advanced.role_arn),
      },
    };
  });
}

/**
 * The provider sends a port only when it is > 0 and a container name only when it is not empty
 * (expandServiceRegistries, internal/service/ecs/flex.go), and Read writes only what ECS reports
 * (flattenServiceRegistries, service.go); SDKv2 stores an unwritten one as 0 or "", so those equal absent.
 */
export function serviceRegistriesView(value: unknown): ViewNode {
  const r = block(value);
  return r && { registry_arn: str(r.registry_arn), port: nonZero(r.port), container_name: str(r.container_name), container_port: nonZero(r.container_port) };
}

/** Fargate reports LATEST when no platform version was asked for. */
export function platformVersion(value: unknown): string | undefined {
  const v = str(value);
  return v === 'LATEST' ? undefined : v;
}

const SERVICE_LINKED_ROLE = '/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS';

/**
 * `iam_role` in the form the provider stores it. Read keeps an ARN when the configuration used
 * one and otherwise stores GetRoleNameFromARN of DescribeServices' `roleArn`: the name for a
 * role at `/`, `/path/name` for a role with a path (so the service-linked role becomes
 * `/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`). ECS picks the service-linked
 * role itself when no role is given, so that role equals no role.
 */
export function serviceRoleRef(value: unknown): RoleRef | undefined {
  const text = str(value);
  if (text === undefined) return undefined;
  let name = text;
  let arn: string | undefined;
  if (text.startsWith('arn:')) {
    arn = text;
    const parts = text.split('/');
    name = parts.length === 2 ? parts[1]! : parts.length > 2 ? `/${parts.slice(1).join('/')}` : '';
  }
  if (name === SERVICE_LINKED_ROLE || name === 'AWSServiceRoleForECS') return undefined;
  return new RoleRef(arn, name);
}

/** JSON with sorted keys, for the provider's SuppressEquivalentJSONDiffs; text that is not JSON stays as it is. */
function canonicalJson(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const sort = (v: unknown): unknown => (Array.isArray(v) ? v.map(sort) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}

function alarmsView(value: unknown): ViewNode {
  const a = block(value);
  return a && { alarm_names: sortedStrings(a.alarm_names), enable: bool(a.enable) ?? false, rollback: bool(a.rollback) ?? false };
}

/** v6's `deployment_configuration` block (strategy, bake time, lifecycle hooks); derived from the provider's main-branch service.go. */
function deploymentConfigurationView(value: unknown): ViewNode {
  const d = block(value);
  if (!d) return undefined;
  const linear = block(d.linear_configuration);
  const canary = block(d.canary_configuration);
  const view = pruneView({
    strategy: str(d.strategy),
    bake_time_in_minutes: num(d.bake_time_in_minutes),
    lifecycle_hook: list(d.lifecycle_hook).length || undefined,
    linear_configuration: linear,
    canary_configuration: canary,
  });
  // A rolling update with nothing else configured is what ECS does for a service that names no
  // strategy (strategy is Optional+Computed in v6), so it equals an absent block.
  if (Object.keys(view).length === 0 || (Object.keys(view).length === 1 && view.strategy === 'ROLLING')) return undefined;
  return {
    strategy: str(d.strategy) ?? 'ROLLING',
    bake_time_in_minutes: num(d.bake_time_in_minutes),
    lifecycle_hook: keyedBy(list(d.lifecycle_hook), (h) => str(h.hook_target_arn), (h) => ({
      role_arn: taskRoleRef(h.role_arn),
      lifecycle_stages: sortedStrings(h.lifecycle_stages),
      hook_details: canonicalJson(str(h.hook_details)),
    })),
    linear_configuration: linear && { step_percent: num(linear.step_percent), step_bake_time_in_minutes: num(linear.step_bake_time_in_minutes) },
    canary_configuration: canary && { canary_percent: num(canary.canary_percent), canary_bake_time_in_minutes: num(canary.canary_bake_time_in_minutes) },
  };
}

function logConfigurationView(value: unknown): ViewNode {
  const lc = block(value);
  return lc && {
    log_driver: str(lc.log_driver),
    options: isRecord(lc.options) ? literalMap(Object.entries(lc.options)) : undefined,
    secret_option: keyedBy(list(lc.secret_option), (o) => str(o.name), (o) => {
      const from = str(o.value_from);
      return from === undefined || from.startsWith('arn:') || from.startsWith('/') ? from : new SecretValue(from);
    }),
  };
}

/** The namespace as written (name or ARN) and as ECS answers it (ARN): only two ARNs can be compared. */
function namespaceView(value: unknown): ViewNode {
  const text = str(value);
  return text?.startsWith('arn:') ? text : undefined;
}

function serviceConnectView(value: unknown): ViewNode {
  const sc = block(value);
  if (!sc) return undefined;
  const accessLog = block(sc.access_log_configuration);
  return {
    enabled: bool(sc.enabled) ?? false,
    namespace: namespaceView(sc.namespace),
    // v6 only; include_query_parameters is Optional+Computed, so compared only when the state has it.
    access_log_configuration: accessLog && { format: str(accessLog.format), include_query_parameters: str(accessLog.include_query_parameters) },
    log_configuration: logConfigurationView(sc.log_configuration),
    service: keyedBy(list(sc.service), (svc) => str(svc.port_name), (svc) => {
      const alias = block(svc.client_alias);
      const timeout = block(svc.timeout);
      const tls = block(svc.tls);
      return {
        discovery_name: str(svc.discovery_name) ?? str(svc.port_name),
        ingress_port_override: nonZero(svc.ingress_port_override),
        client_alias: alias && {
          port: num(alias.port),
          dns_name: str(alias.dns_name),
          // v6: header rules that send blue/green test traffic to the new revision, keyed by header name.
          test_traffic_rules: keyedBy(list(alias.test_traffic_rules), (r) => str(block(r.header)?.name), (r) => str(block(block(r.header)?.value)?.exact)),
        },
        timeout: timeout && { idle_timeout_seconds: num(timeout.idle_timeout_seconds), per_request_timeout_seconds: num(timeout.per_request_timeout_seconds) },
        tls: tls && {
          kms_key: str(tls.kms_key),
          role_arn: taskRoleRef(tls.role_arn),
          issuer_cert_authority: str(block(tls.issuer_cert_authority)?.aws_pca_authority_arn),
        },
      };
    }),
  };
}

function volumeConfigurationView(value: unknown): ViewNode {
  const vc = block(value);
  if (!vc) return undefined;
  const ebs = block(vc.managed_ebs_volume);
  return {
    name: str(vc.name),
    managed_ebs_volume: ebs && {
      role_arn: taskRoleRef(ebs.role_arn),
      // Schema defaults: encrypted = true, file_system_type = xfs.
      encrypted: bool(ebs.encrypted) ?? true,
      kms_key_id: str(ebs.kms_key_id),
      file_system_type: str(ebs.file_system_type) ?? 'xfs',
      iops: nonZero(ebs.iops),
      size_in_gb: num(ebs.size_in_gb),
      snapshot_id: str(ebs.snapshot_id),
      throughput: nonZero(ebs.throughput),
      volume_initialization_rate: nonZero(ebs.volume_initialization_rate),
      volume_type: str(ebs.volume_type),
      tag_specifications: keyedBy(list(ebs.tag_specifications), (t) => str(t.resource_type), (t) => ({
        propagate_tags: str(t.propagate_tags),
        tags: isRecord(t.tags) ? literalMap(Object.entries(t.tags)) : undefined,
      })),
    },
  };
}

function vpcLatticeView(value: unknown): ViewNode {
  return keyedBy(list(value), (v) => `${v.port_name ?? ''}:${v.target_group_arn ?? ''}`, (v) => ({ role_arn: taskRoleRef(v.role_arn) }));
}

/**
 * Attributes the provider reads as Optional+Computed, or that states written before the
 * attribute existed do not hold: compared only when the state has a value, so an older state
 * is not a difference (the provider would fill it in on the next refresh).
 */
const COMPARED_WHEN_IN_STATE = ['availability_zone_rebalancing', 'deployment_configuration', 'service_connect_configuration', 'volume_configuration', 'vpc_lattice_configurations'] as const;

/**
 * Attributes whose absence from DescribeServices means "not reported" (older API versions and
 * regions), not "unset": ECS itself defaults them, so an unreported value is not compared.
 */
const COMPARED_WHEN_REPORTED = ['availability_zone_rebalancing'] as const;

/** Service fields DescribeServices takes from the PRIMARY task set of an EXTERNAL-controller service. */
const EXTERNAL_PRIMARY_TASK_SET_FIELDS = ['launch_type', 'platform_version', 'capacity_provider_strategy'] as const;

/** The service view, without `task_definition` (compared on its own, see detect-drift.ts). */
export function serviceView(attrs: Attrs): View {
  const scheduling = str(attrs.scheduling_strategy) ?? 'REPLICA';
  const daemon = scheduling === 'DAEMON';
  const breaker = block(attrs.deployment_circuit_breaker);
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
    deployment_configuration: deploymentConfigurationView(attrs.deployment_configuration),
    alarms: alarmsView(attrs.alarms),
    availability_zone_rebalancing: str(attrs.availability_zone_rebalancing),
    enable_ecs_managed_tags: bool(attrs.enable_ecs_managed_tags) ?? false,
    enable_execute_command: bool(attrs.enable_execute_command) ?? false,
    health_check_grace_period_seconds: num(attrs.health_check_grace_period_seconds) ?? 0,
    iam_role: serviceRoleRef(attrs.iam_role),
    load_balancer: loadBalancersView(attrs.load_balancer),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    ordered_placement_strategy: list(attrs.ordered_placement_strategy).filter(isRecord).map((p) => ({ type: str(p.type), field: orderedPlacementField(p.field) })),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ''}:${p.expression ?? ''}`).sort(),
    propagate_tags: str(attrs.propagate_tags) ?? 'NONE',
    service_connect_configuration: serviceConnectView(attrs.service_connect_configuration),
    service_registries: serviceRegistriesView(attrs.service_registries),
    volume_configuration: volumeConfigurationView(attrs.volume_configuration),
    vpc_lattice_configurations: vpcLatticeView(attrs.vpc_lattice_configurations),
    tags: stateTags(attrs),
  });
}

/** The schema's StateFunc stores `host` as `instanceId`, and its DiffSuppressFunc ignores case. */
function orderedPlacementField(value: unknown): string | undefined {
  const field = str(value);
  return field === 'host' ? 'instanceid' : field?.toLowerCase();
}

/** Both views of a service, with the attributes the state does not hold left out of the live one. */
export function serviceViews(state: Attrs, liveAsState: Attrs): [View, View] {
  const desired = serviceView(state);
  const live = serviceView(liveAsState);
  for (const key of COMPARED_WHEN_IN_STATE) if (desired[key] === undefined) delete live[key];
  for (const key of COMPARED_WHEN_REPORTED) if (live[key] === undefined) delete desired[key];
  // Under the EXTERNAL controller these are the PRIMARY task set's: "When you call the DescribeServices
  // API action, it returns all fields specified for a primary task set" (Developer Guide, "Deploy Amazon
  // ECS services using a third-party controller"). resourceServiceRead stores what DescribeServices said
  // (internal/service/ecs/service.go: d.Set("launch_type", service.LaunchType), platform_version,
  // capacity_provider_strategy), so a service applied before its first task set holds none of them, and
  // a refresh fills them in without a plan change (Optional+Computed). Compared only when the state
  // holds one; the task sets themselves are compared as aws_ecs_task_set.
  if (desired.deployment_controller === 'EXTERNAL') {
    for (const key of EXTERNAL_PRIMARY_TASK_SET_FIELDS) if (desired[key] === undefined) delete live[key];
  }
  // Optional+Computed inside a block: ECS's value counts only when the state holds one.
  const desiredLog = (desired.service_connect_configuration as Attrs | undefined)?.access_log_configuration as Attrs | undefined;
  const liveLog = (live.service_connect_configuration as Attrs | undefined)?.access_log_configuration as Attrs | undefined;
  if (liveLog && desiredLog?.include_query_parameters === undefined) delete liveLog.include_query_parameters;
  return [desired, live];
}

export function liveNetworkConfigurationAsState(nc: Service['networkConfiguration']): Attrs[] {
  const vpc = nc?.awsvpcConfiguration;
  return vpc ? [{ subnets: vpc.subnets, security_groups: vpc.securityGroups, assign_public_ip: vpc.assignPublicIp === 'ENABLED' }] : [];
}

export function liveLoadBalancersAsState(lbs: Service['loadBalancers']): Attrs[] {
  return (lbs ?? []).map((lb) => ({
    container_name: lb.containerName,
    container_port: lb.containerPort,
    target_group_arn: lb.targetGroupArn,
    elb_name: lb.loadBalancerName,
    advanced_configuration: lb.advancedConfiguration ? [{
      alternate_target_group_arn: lb.advancedConfiguration.alternateTargetGroupArn,
      production_listener_rule: lb.advancedConfiguration.productionListenerRule,
      test_listener_rule: lb.advancedConfiguration.testListenerRule,
      role_arn: lb.advancedConfiguration.roleArn,
    }] : [],
  }));
}

/** DescribeServices reports Service Connect, volume and VPC Lattice configurations on the deployments only: the PRIMARY one is what runs. */
function primaryDeployment(service: Service): Attrs | undefined {
  return (service.deployments ?? []).find((d) => d.status === 'PRIMARY') as Attrs | undefined;
}

function liveServiceConnectAsState(sc: unknown): Attrs[] {
  if (!isRecord(sc)) return [];
  const log = isRecord(sc.logConfiguration) ? sc.logConfiguration : undefined;
  const accessLog = isRecord(sc.accessLogConfiguration) ? sc.accessLogConfiguration : undefined;
  return [{
    enabled: sc.enabled,
    namespace: sc.namespace,
    access_log_configuration: accessLog ? [{ format: accessLog.format, include_query_parameters: accessLog.includeQueryParameters }] : [],
    log_configuration: log ? [{
      log_driver: log.logDriver,
      options: log.options,
      secret_option: list(log.secretOptions).filter(isRecord).map((o) => ({ name: o.name, value_from: o.valueFrom })),
    }] : [],
    service: list(sc.services).filter(isRecord).map((svc) => {
      const alias = list(svc.clientAliases).filter(isRecord)[0];
      const timeout = isRecord(svc.timeout) ? svc.timeout : undefined;
      const tls = isRecord(svc.tls) ? svc.tls : undefined;
      const issuer = tls && isRecord(tls.issuerCertificateAuthority) ? tls.issuerCertificateAuthority : undefined;
      return {
        port_name: svc.portName,
        discovery_name: svc.discoveryName,
        ingress_port_override: svc.ingressPortOverride,
        client_alias: alias ? [{ port: alias.port, dns_name: alias.dnsName, test_traffic_rules: liveTestTrafficRulesAsState(alias.testTrafficRules) }] : [],
        timeout: timeout ? [{ idle_timeout_seconds: timeout.idleTimeoutSeconds, per_request_timeout_seconds: timeout.perRequestTimeoutSeconds }] : [],
        tls: tls ? [{ kms_key: tls.kmsKey, role_arn: tls.roleArn, issuer_cert_authority: issuer ? [{ aws_pca_authority_arn: issuer.awsPcaAuthorityArn }] : [] }] : [],
      };
    }),
  }];
}

/** ServiceConnectClientAlias.testTrafficRules is one `{header: {name, value: {exact}}}`; v6 stores it as a list of one rule. */
function liveTestTrafficRulesAsState(rules: unknown): Attrs[] {
  const header = isRecord(rules) && isRecord(rules.header) ? rules.header : undefined;
  if (!header) return [];
  const value = isRecord(header.value) ? header.value : undefined;
  return [{ header: [{ name: header.name, value: value ? [{ exact: value.exact }] : [] }] }];
}

function liveVolumeConfigurationAsState(volumes: unknown): Attrs[] {
  return list(volumes).filter(isRecord).map((v) => {
    const ebs = isRecord(v.managedEBSVolume) ? v.managedEBSVolume : undefined;
    return {
      name: v.name,
      managed_ebs_volume: ebs ? [{
        role_arn: ebs.roleArn,
        encrypted: ebs.encrypted,
        kms_key_id: ebs.kmsKeyId,
        file_system_type: ebs.filesystemType,
        iops: ebs.iops,
        size_in_gb: ebs.sizeInGiB,
        snapshot_id: ebs.snapshotId,
        throughput: ebs.throughput,
        volume_initialization_rate: ebs.volumeInitializationRate,
        volume_type: ebs.volumeType,
        tag_specifications: list(ebs.tagSpecifications).filter(isRecord).map((t) => ({
          resource_type: t.resourceType,
          propagate_tags: t.propagateTags,
          tags: Object.fromEntries(list(t.tags).filter(isRecord).map((tag) => [String(tag.key ?? ''), tag.value ?? ''])),
        })),
      }] : [],
    };
  });
}

export function liveServiceAsState(service: Service): Attrs {
  const registry = service.serviceRegistries?.[0];
  const primary = primaryDeployment(service);
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
    availability_zone_rebalancing: service.availabilityZoneRebalancing,
    alarms: service.deploymentConfiguration?.alarms ? [{
      alarm_names: service.deploymentConfiguration.alarms.alarmNames,
      enable: service.deploymentConfiguration.alarms.enable,
      rollback: service.deploymentConfiguration.alarms.rollback,
    }] : [],
    // v6 Read sets deployment_configuration from flattenDeploymentConfiguration whenever ECS reports a
    // deploymentConfiguration; a strategy ECS leaves out is ROLLING in the view.
    deployment_configuration: service.deploymentConfiguration ? [{
      strategy: service.deploymentConfiguration.strategy,
      bake_time_in_minutes: service.deploymentConfiguration.bakeTimeInMinutes,
      lifecycle_hook: (service.deploymentConfiguration.lifecycleHooks ?? []).map((h) => ({
        hook_target_arn: h.hookTargetArn,
        role_arn: h.roleArn,
        lifecycle_stages: h.lifecycleStages,
        hook_details: h.hookDetails === undefined ? undefined : JSON.stringify(h.hookDetails),
      })),
      linear_configuration: service.deploymentConfiguration.linearConfiguration ? [{
        step_percent: service.deploymentConfiguration.linearConfiguration.stepPercent,
        step_bake_time_in_minutes: service.deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes,
      }] : [],
      canary_configuration: service.deploymentConfiguration.canaryConfiguration ? [{
        canary_percent: service.deploymentConfiguration.canaryConfiguration.canaryPercent,
        canary_bake_time_in_minutes: service.deploymentConfiguration.canaryConfiguration.canaryBakeTimeInMinutes,
      }] : [],
    }] : [],
    service_connect_configuration: liveServiceConnectAsState(primary?.serviceConnectConfiguration),
    volume_configuration: liveVolumeConfigurationAsState(primary?.volumeConfigurations),
    vpc_lattice_configurations: list(primary?.vpcLatticeConfigurations).filter(isRecord).map((v) => ({ port_name: v.portName, target_group_arn: v.targetGroupArn, role_arn: v.roleArn })),
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

// ---------------------------------------------------------------- attribute table

export const SERVICE_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_service',
  api: 'DescribeServices (include TAGS); Service Connect, volume and VPC Lattice configurations from the PRIMARY entry of `deployments`',
  rows: attributeRows('internal/service/ecs/service.go', `
    id | serviceArn | not compared | identity: the service is found by it, not compared
    name | serviceName | config | ForceNew; the service is looked up by name
    cluster | clusterArn | config | Read keeps the configured form (name or ARN); compared as a name
    task_definition | taskDefinition | config | Read keeps family:revision unless an ARN was configured; a changed revision is also compared field by field (task_definition.*); expected under CODE_DEPLOY and EXTERNAL controllers
    desired_count | desiredCount | config | DiffSuppress under DAEMON (ignored there); expected when an aws_appautoscaling_target in the state scales it
    launch_type | launchType | config | Optional+Computed; under the EXTERNAL controller the PRIMARY task set's, compared only when the state holds one
    platform_version | platformVersion | config | Optional+Computed; LATEST (what ECS reports when none was asked for) equals absent; under the EXTERNAL controller the PRIMARY task set's, compared only when the state holds one
    scheduling_strategy | schedulingStrategy | config | Default REPLICA
    availability_zone_rebalancing | availabilityZoneRebalancing | config | compared only when ECS reports it (ECS defaults it when unset)
    capacity_provider_strategy | capacityProviderStrategy | config | a set keyed by capacity_provider (names; ARNs reduced to names); under the EXTERNAL controller the PRIMARY task set's, compared only when the state holds one
    capacity_provider_strategy.capacity_provider | capacityProviderStrategy[].capacityProvider | config | the key
    capacity_provider_strategy.base | capacityProviderStrategy[].base | config | absent equals 0
    capacity_provider_strategy.weight | capacityProviderStrategy[].weight | config | absent equals 0
    deployment_maximum_percent | deploymentConfiguration.maximumPercent | config | Default 200 (REPLICA), 100 under DAEMON, where the provider suppresses 200
    deployment_minimum_healthy_percent | deploymentConfiguration.minimumHealthyPercent | config | Default 100 (REPLICA), 0 under DAEMON, where the provider suppresses 100
    deployment_circuit_breaker | deploymentConfiguration.deploymentCircuitBreaker | config | SuppressMissingOptionalConfigurationBlock: absent equals enable=false, rollback=false
    deployment_circuit_breaker.enable | deploymentConfiguration.deploymentCircuitBreaker.enable | config | default false
    deployment_circuit_breaker.rollback | deploymentConfiguration.deploymentCircuitBreaker.rollback | config | default false
    alarms | deploymentConfiguration.alarms | config | SuppressMissingOptionalConfigurationBlock
    alarms.alarm_names | deploymentConfiguration.alarms.alarmNames | config | a set: order ignored
    alarms.enable | deploymentConfiguration.alarms.enable | config | a disabled alarm no longer stops a bad deployment
    alarms.rollback | deploymentConfiguration.alarms.rollback | config |
    deployment_configuration (v6) | deploymentConfiguration | config | Optional+Computed: compared only when the state has it; Read sets it whenever ECS reports a deploymentConfiguration, and a plain ROLLING block (nothing else set) equals an answer naming no strategy
    deployment_configuration.strategy (v6) | deploymentConfiguration.strategy | config | default ROLLING
    deployment_configuration.bake_time_in_minutes (v6) | deploymentConfiguration.bakeTimeInMinutes | config |
    deployment_configuration.lifecycle_hook (v6) | deploymentConfiguration.lifecycleHooks | config | keyed by hook_target_arn
    deployment_configuration.lifecycle_hook.hook_target_arn (v6) | lifecycleHooks[].hookTargetArn | config | the key of the hook: a new target is an added hook
    deployment_configuration.lifecycle_hook.role_arn (v6) | lifecycleHooks[].roleArn | security | the role ECS assumes to invoke the hook; ARNs compare whole
    deployment_configuration.lifecycle_hook.lifecycle_stages (v6) | lifecycleHooks[].lifecycleStages | config | order ignored
    deployment_configuration.lifecycle_hook.hook_details (v6) | lifecycleHooks[].hookDetails | config | SuppressEquivalentJSONDiffs in the provider
    deployment_configuration.linear_configuration (v6) | deploymentConfiguration.linearConfiguration | config |
    deployment_configuration.linear_configuration.step_percent (v6) | linearConfiguration.stepPercent | config |
    deployment_configuration.linear_configuration.step_bake_time_in_minutes (v6) | linearConfiguration.stepBakeTimeInMinutes | config |
    deployment_configuration.canary_configuration (v6) | deploymentConfiguration.canaryConfiguration | config |
    deployment_configuration.canary_configuration.canary_percent (v6) | canaryConfiguration.canaryPercent | config |
    deployment_configuration.canary_configuration.canary_bake_time_in_minutes (v6) | canaryConfiguration.canaryBakeTimeInMinutes | config |
    deployment_controller | deploymentController | config | SuppressMissingOptionalConfigurationBlock
    deployment_controller.type | deploymentController.type | config | Default ECS; flattenDeploymentController writes ECS when ECS reports none
    enable_ecs_managed_tags | enableECSManagedTags | config | Default false
    enable_execute_command | enableExecuteCommand | security | Default false; ECS Exec opens a shell into running tasks
    health_check_grace_period_seconds | healthCheckGracePeriodSeconds | config | absent equals 0
    iam_role | roleArn | security | Read keeps an ARN when one was configured, else GetRoleNameFromARN (name, or /path/name); the service-linked role equals no role; two ARNs compare whole (account included)
    load_balancer | loadBalancers | config | a set keyed by container_name:container_port; expected under CODE_DEPLOY and EXTERNAL controllers
    load_balancer.container_name | loadBalancers[].containerName | config | part of the key
    load_balancer.container_port | loadBalancers[].containerPort | config | part of the key
    load_balancer.elb_name | loadBalancers[].loadBalancerName | config |
    load_balancer.target_group_arn | loadBalancers[].targetGroupArn | config |
    load_balancer.advanced_configuration (v6) | loadBalancers[].advancedConfiguration | config | blue/green deployments
    load_balancer.advanced_configuration.alternate_target_group_arn (v6) | advancedConfiguration.alternateTargetGroupArn | config |
    load_balancer.advanced_configuration.production_listener_rule (v6) | advancedConfiguration.productionListenerRule | config |
    load_balancer.advanced_configuration.test_listener_rule (v6) | advancedConfiguration.testListenerRule | config |
    load_balancer.advanced_configuration.role_arn (v6) | advancedConfiguration.roleArn | security | the role ECS assumes to change listeners
    network_configuration | networkConfiguration.awsvpcConfiguration | security | what can reach the tasks
    network_configuration.subnets | awsvpcConfiguration.subnets | security | a set: order ignored
    network_configuration.security_groups | awsvpcConfiguration.securityGroups | security | a set: order ignored
    network_configuration.assign_public_ip | awsvpcConfiguration.assignPublicIp | security | ENABLED/DISABLED read as a boolean; default false
    ordered_placement_strategy | placementStrategy | config | ordered list
    ordered_placement_strategy.type | placementStrategy[].type | config |
    ordered_placement_strategy.field | placementStrategy[].field | config | StateFunc stores host as instanceId; DiffSuppress ignores case (Read lower-cases CPU and MEMORY)
    placement_constraints | placementConstraints | config | a set of type:expression
    placement_constraints.type | placementConstraints[].type | config |
    placement_constraints.expression | placementConstraints[].expression | config |
    propagate_tags | propagateTags | config | DiffSuppress: NONE equals unset
    service_connect_configuration | deployments[PRIMARY].serviceConnectConfiguration | config | 5.100.0's Read does not set it, so the state holds the configuration; 6.x's Read stores flattenServiceConnectConfiguration of the PRIMARY deployment's (nil when it has none); compared only when the state has it
    service_connect_configuration.enabled | serviceConnectConfiguration.enabled | config |
    service_connect_configuration.namespace | serviceConnectConfiguration.namespace | config | Optional+Computed; ECS answers an ARN: compared only when the state holds an ARN too
    service_connect_configuration.access_log_configuration (v6) | serviceConnectConfiguration.accessLogConfiguration | config |
    service_connect_configuration.access_log_configuration.format (v6) | accessLogConfiguration.format | config | TEXT or JSON
    service_connect_configuration.access_log_configuration.include_query_parameters (v6) | accessLogConfiguration.includeQueryParameters | config | Optional+Computed: compared only when the state has it
    service_connect_configuration.log_configuration | serviceConnectConfiguration.logConfiguration | config |
    service_connect_configuration.log_configuration.log_driver | logConfiguration.logDriver | config |
    service_connect_configuration.log_configuration.options | logConfiguration.options | config | an empty value is a value; secret-looking values are compared but never shown
    service_connect_configuration.log_configuration.secret_option | logConfiguration.secretOptions | config | keyed by name; a value_from that is not an ARN or parameter path is treated as a secret
    service_connect_configuration.log_configuration.secret_option.name | secretOptions[].name | config | the key
    service_connect_configuration.log_configuration.secret_option.value_from | secretOptions[].valueFrom | config | see secret_option
    service_connect_configuration.service | serviceConnectConfiguration.services | config | keyed by port_name
    service_connect_configuration.service.port_name | services[].portName | config | the key
    service_connect_configuration.service.discovery_name | services[].discoveryName | config | Optional+Computed: ECS uses the port name when unset
    service_connect_configuration.service.ingress_port_override | services[].ingressPortOverride | config |
    service_connect_configuration.service.client_alias | services[].clientAliases[0] | config |
    service_connect_configuration.service.client_alias.port | clientAliases[].port | config |
    service_connect_configuration.service.client_alias.dns_name | clientAliases[].dnsName | config |
    service_connect_configuration.service.client_alias.test_traffic_rules (v6) | clientAliases[].testTrafficRules | config | header rules that route blue/green test traffic to the new revision; keyed by header name
    service_connect_configuration.service.client_alias.test_traffic_rules.header (v6) | testTrafficRules.header | config |
    service_connect_configuration.service.client_alias.test_traffic_rules.header.name (v6) | header.name | config | the key
    service_connect_configuration.service.client_alias.test_traffic_rules.header.value (v6) | header.value | config |
    service_connect_configuration.service.client_alias.test_traffic_rules.header.value.exact (v6) | value.exact | config | the header value that marks test traffic
    service_connect_configuration.service.timeout | services[].timeout | config |
    service_connect_configuration.service.timeout.idle_timeout_seconds | timeout.idleTimeoutSeconds | config |
    service_connect_configuration.service.timeout.per_request_timeout_seconds | timeout.perRequestTimeoutSeconds | config |
    service_connect_configuration.service.tls | services[].tls | config |
    service_connect_configuration.service.tls.kms_key | tls.kmsKey | security | encryption key of the TLS material
    service_connect_configuration.service.tls.role_arn | tls.roleArn | security | the role ECS assumes for the private CA
    service_connect_configuration.service.tls.issuer_cert_authority | tls.issuerCertificateAuthority | config |
    service_connect_configuration.service.tls.issuer_cert_authority.aws_pca_authority_arn | issuerCertificateAuthority.awsPcaAuthorityArn | config |
    service_registries | serviceRegistries[0] | config |
    service_registries.registry_arn | serviceRegistries[].registryArn | config |
    service_registries.port | serviceRegistries[].port | config | absent equals 0: sent only when > 0, stored as 0 when ECS reports none
    service_registries.container_name | serviceRegistries[].containerName | config | absent equals ""
    service_registries.container_port | serviceRegistries[].containerPort | config | absent equals 0, as port
    volume_configuration | deployments[PRIMARY].volumeConfigurations | config | compared only when the state has it; 6.x's Read stores the PRIMARY deployment's when it has any
    volume_configuration.name | volumeConfigurations[].name | config |
    volume_configuration.managed_ebs_volume | volumeConfigurations[].managedEBSVolume | config |
    volume_configuration.managed_ebs_volume.role_arn | managedEBSVolume.roleArn | security | the infrastructure role ECS assumes to manage the volume
    volume_configuration.managed_ebs_volume.encrypted | managedEBSVolume.encrypted | security | Default true; an unencrypted volume exposes task data
    volume_configuration.managed_ebs_volume.kms_key_id | managedEBSVolume.kmsKeyId | security | the key that protects the data
    volume_configuration.managed_ebs_volume.file_system_type | managedEBSVolume.filesystemType | config | Default xfs
    volume_configuration.managed_ebs_volume.iops | managedEBSVolume.iops | config |
    volume_configuration.managed_ebs_volume.size_in_gb | managedEBSVolume.sizeInGiB | config |
    volume_configuration.managed_ebs_volume.snapshot_id | managedEBSVolume.snapshotId | config |
    volume_configuration.managed_ebs_volume.throughput | managedEBSVolume.throughput | config |
    volume_configuration.managed_ebs_volume.volume_initialization_rate | managedEBSVolume.volumeInitializationRate | config |
    volume_configuration.managed_ebs_volume.volume_type | managedEBSVolume.volumeType | config |
    volume_configuration.managed_ebs_volume.tag_specifications | managedEBSVolume.tagSpecifications | config | keyed by resource_type
    volume_configuration.managed_ebs_volume.tag_specifications.resource_type | tagSpecifications[].resourceType | config | the key
    volume_configuration.managed_ebs_volume.tag_specifications.propagate_tags | tagSpecifications[].propagateTags | config |
    volume_configuration.managed_ebs_volume.tag_specifications.tags | tagSpecifications[].tags | config | an empty value is a value
    vpc_lattice_configurations | deployments[PRIMARY].vpcLatticeConfigurations | config | a set keyed by port_name:target_group_arn; compared only when the state has it
    vpc_lattice_configurations.port_name | vpcLatticeConfigurations[].portName | config | part of the key
    vpc_lattice_configurations.target_group_arn | vpcLatticeConfigurations[].targetGroupArn | config | part of the key
    vpc_lattice_configurations.role_arn | vpcLatticeConfigurations[].roleArn | security | the infrastructure role ECS assumes
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags are AWS's own and skipped; an empty value is a value; the provider's ignore_tags are honoured; secret-looking values are never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
    force_delete | - | not compared | provider-only: how terraform destroy behaves
    force_new_deployment | - | not compared | provider-only: an action on apply, not a live setting
    triggers | - | not compared | provider-only: values that force a redeployment
    wait_for_steady_state | - | not compared | provider-only: how apply waits
    timeouts | - | not compared | provider-only: operation timeouts
    timeouts.create | - | not compared | provider-only
    timeouts.update | - | not compared | provider-only
    timeouts.delete | - | not compared | provider-only
    sigint_rollback (v6) | - | not compared | provider-only: what apply does when interrupted
  `),
};
