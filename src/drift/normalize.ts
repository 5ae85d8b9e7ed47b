// Both sides of a comparison are reduced to one "view" per resource, in Terraform's attribute
// names, the way terraform-provider-aws does it: the live ECS object is first flattened into
// the provider's state shape (`live*AsState`), then the same `*View` function normalizes the
// state and the flattened live object, so defaults and spellings only need handling once.
//
// A view is built from plain objects (nested blocks), `Map`s (collections keyed by name, whose
// entries render as `[key]` in a difference path), arrays (ordered lists and sorted sets of
// scalars) and scalars. Empty strings, empty lists and empty maps are absent, as in the provider.
import { createHash } from 'node:crypto';
import type { CapacityProvider, Cluster, ContainerDefinition, Service, Tag, TaskDefinition, TaskSet } from '@aws-sdk/client-ecs';
import { capacityProviderName, clusterName, roleName, taskDefinitionRef } from './references.js';

export type ViewNode = unknown;
export type View = Record<string, ViewNode>;
type Attrs = Record<string, unknown>;

/** `sha256:<64 hex>`: environment values and non-reference secrets are only ever compared and shown hashed. */
export function hashValue(value: unknown): string {
  return `sha256:${createHash('sha256').update(String(value ?? '')).digest('hex')}`;
}

export function isRecord(value: unknown): value is Attrs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Terraform stores a nested block with max_items = 1 as a list of one object. */
function block(value: unknown): Attrs | undefined {
  if (Array.isArray(value)) return isRecord(value[0]) ? value[0] : undefined;
  return isRecord(value) ? value : undefined;
}

function str(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/** Numbers as numbers whether Terraform or ECS wrote them as strings (`"512"` vs `512`). */
function num(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/** Booleans, also from ECS's `ENABLED`/`DISABLED` and from `"true"`/`"false"` strings. */
function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'enabled') return true;
    if (lower === 'false' || lower === 'disabled') return false;
  }
  return undefined;
}

function sortedStrings(value: unknown): string[] {
  return list(value).filter((v) => v !== null && v !== undefined && v !== '').map(String).sort();
}

function keyedBy<T>(items: unknown[], key: (item: Attrs) => string | undefined, value: (item: Attrs) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!isRecord(item)) continue;
    const k = key(item);
    if (k !== undefined && k !== '') map.set(k, value(item));
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Removes absent values: undefined, null, '', empty lists, empty maps and empty objects. */
export function prune(value: ViewNode): ViewNode {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof Map) {
    const map = new Map<string, ViewNode>();
    for (const [k, v] of value) {
      const p = prune(v);
      if (p !== undefined) map.set(k, p);
    }
    return map.size ? map : undefined;
  }
  if (isRecord(value)) {
    const out: Attrs = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

function pruneView(view: Attrs): View {
  return (prune(view) as View | undefined) ?? {};
}

/** Tags without the `aws:` ones AWS adds itself (CloudFormation, Service Catalog, …), which cannot be managed. */
export function tagsView(tags: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const t of tags as Tag[]) if (t?.key !== undefined && !t.key.startsWith('aws:')) map.set(t.key, String(t.value ?? ''));
  } else if (isRecord(tags)) {
    for (const [k, v] of Object.entries(tags)) if (!k.startsWith('aws:')) map.set(k, String(v ?? ''));
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `tags_all` holds the provider's default_tags too, which is what live carries. */
function stateTags(attrs: Attrs): Map<string, string> {
  return isRecord(attrs.tags_all) && Object.keys(attrs.tags_all).length ? tagsView(attrs.tags_all) : tagsView(attrs.tags);
}

function liveTagsAsState(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.key !== undefined) out[t.key] = t.value ?? '';
  return out;
}

// ---------------------------------------------------------------- container definitions

const CONTAINER_BOOLEAN_DEFAULTS = ['privileged', 'readonlyRootFilesystem', 'interactive', 'pseudoTerminal', 'disableNetworking'] as const;

/** A secret reference is safe to show; anything else in `valueFrom` might be the secret itself. */
function secretReference(valueFrom: unknown): string {
  const text = String(valueFrom ?? '');
  return text.startsWith('arn:') || text.startsWith('/') ? text : hashValue(text);
}

/**
 * Container definitions keyed by name with terraform-provider-aws's equivalence rules
 * (internal/service/ecs/container_definitions.go): containers, environment and secrets
 * ordered by name, `essential` true by default, `protocol` tcp by default, hostPort equal
 * to containerPort in awsvpc and host mode (ECS fills it in), health-check timings defaulted, `cpu` 0 and
 * empty lists absent. Environment values become SHA-256 hashes here, so no later step
 * can show one.
 */
export function normalizeContainerDefinitions(input: unknown, networkMode: string | undefined): Map<string, ViewNode> {
  let containers: unknown = input;
  if (typeof input === 'string') {
    try {
      containers = JSON.parse(input);
    } catch {
      containers = [];
    }
  }
  // In awsvpc and host mode the host port must equal the container port, and ECS records it.
  const hostPortIsContainerPort = networkMode === 'awsvpc' || networkMode === 'host';
  return keyedBy(list(containers), (c) => str(c.name), (c) => normalizeContainer(c as ContainerDefinition & Attrs, hostPortIsContainerPort));
}

function normalizeContainer(c: ContainerDefinition & Attrs, hostPortIsContainerPort: boolean): ViewNode {
  const out: Attrs = { ...c };
  delete out.name;
  out.essential = c.essential ?? true;
  out.cpu = num(c.cpu) === 0 ? undefined : num(c.cpu);
  out.memory = num(c.memory);
  out.memoryReservation = num(c.memoryReservation);
  for (const key of CONTAINER_BOOLEAN_DEFAULTS) out[key] = bool(c[key]) ?? false;
  out.portMappings = keyedBy(
    list(c.portMappings),
    (p) => `${p.containerPort ?? p.containerPortRange ?? ''}/${str(p.protocol) ?? 'tcp'}`,
    (p) => {
      let hostPort = num(p.hostPort);
      // 0 means a dynamic host port in bridge mode, the same as leaving it out.
      if (hostPort === 0) hostPort = undefined;
      if (hostPortIsContainerPort && hostPort === undefined) hostPort = num(p.containerPort);
      // containerPort and protocol are repeated in the value so that a bare mapping is never pruned as empty.
      return {
        containerPort: num(p.containerPort),
        containerPortRange: str(p.containerPortRange),
        protocol: str(p.protocol) ?? 'tcp',
        hostPort,
        name: str(p.name),
        appProtocol: str(p.appProtocol),
        hostPortRange: str(p.hostPortRange),
      };
    },
  );
  out.environment = keyedBy(list(c.environment), (e) => str(e.name), (e) => hashValue(e.value));
  out.environmentFiles = list(c.environmentFiles).map((f) => (isRecord(f) ? `${f.type ?? 's3'}:${f.value ?? ''}` : String(f))).sort();
  out.secrets = keyedBy(list(c.secrets), (s) => str(s.name), (s) => secretReference(s.valueFrom));
  out.mountPoints = keyedBy(list(c.mountPoints), (m) => str(m.containerPath), (m) => ({ sourceVolume: str(m.sourceVolume), readOnly: bool(m.readOnly) ?? false }));
  out.volumesFrom = keyedBy(list(c.volumesFrom), (v) => str(v.sourceContainer), (v) => ({ readOnly: bool(v.readOnly) ?? false }));
  out.ulimits = keyedBy(list(c.ulimits), (u) => str(u.name), (u) => ({ softLimit: num(u.softLimit), hardLimit: num(u.hardLimit) }));
  out.systemControls = keyedBy(list(c.systemControls), (s) => str(s.namespace), (s) => str(s.value));
  out.dependsOn = keyedBy(list(c.dependsOn), (d) => str(d.containerName), (d) => str(d.condition));
  out.extraHosts = keyedBy(list(c.extraHosts), (h) => str(h.hostname), (h) => str(h.ipAddress));
  out.dockerLabels = isRecord(c.dockerLabels) ? new Map(Object.entries(c.dockerLabels).sort(([a], [b]) => (a < b ? -1 : 1))) : undefined;
  if (isRecord(c.healthCheck)) {
    const hc = c.healthCheck;
    out.healthCheck = {
      command: list(hc.command).map(String),
      interval: num(hc.interval) ?? 30,
      timeout: num(hc.timeout) ?? 5,
      retries: num(hc.retries) ?? 3,
      startPeriod: num(hc.startPeriod) ?? 0,
    };
  }
  if (isRecord(c.logConfiguration)) {
    const lc = c.logConfiguration;
    out.logConfiguration = {
      logDriver: str(lc.logDriver),
      options: isRecord(lc.options) ? new Map(Object.entries(lc.options).sort(([a], [b]) => (a < b ? -1 : 1))) : undefined,
      secretOptions: keyedBy(list(lc.secretOptions), (s) => str(s.name), (s) => secretReference(s.valueFrom)),
    };
  }
  if (isRecord(c.linuxParameters)) {
    const lp = c.linuxParameters;
    const caps = isRecord(lp.capabilities) ? lp.capabilities : {};
    out.linuxParameters = {
      ...lp,
      capabilities: { add: sortedStrings(caps.add), drop: sortedStrings(caps.drop) },
      initProcessEnabled: bool(lp.initProcessEnabled) ?? false,
    };
  }
  if (isRecord(c.repositoryCredentials)) out.repositoryCredentials = { credentialsParameter: str(c.repositoryCredentials.credentialsParameter) };
  // ECS reports the default `versionConsistency: "enabled"` on containers registered without it.
  if (str(c.versionConsistency) === 'enabled') out.versionConsistency = undefined;
  return prune(out) ?? {};
}

// ---------------------------------------------------------------- task definitions

export function taskDefinitionView(attrs: Attrs): View {
  const networkMode = str(attrs.network_mode);
  const proxy = block(attrs.proxy_configuration);
  return pruneView({
    family: str(attrs.family),
    container_definitions: normalizeContainerDefinitions(attrs.container_definitions, networkMode),
    cpu: num(attrs.cpu),
    memory: num(attrs.memory),
    task_role_arn: roleName(attrs.task_role_arn),
    execution_role_arn: roleName(attrs.execution_role_arn),
    // ECS uses bridge on Linux when no network mode is given.
    network_mode: networkMode === 'bridge' ? undefined : networkMode,
    pid_mode: str(attrs.pid_mode),
    ipc_mode: str(attrs.ipc_mode),
    requires_compatibilities: sortedStrings(attrs.requires_compatibilities),
    runtime_platform: block(attrs.runtime_platform) && {
      cpu_architecture: str(block(attrs.runtime_platform)!.cpu_architecture),
      operating_system_family: str(block(attrs.runtime_platform)!.operating_system_family),
    },
    volume: keyedBy(list(attrs.volume), (v) => str(v.name), volumeView),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ''}:${p.expression ?? ''}`).sort(),
    ephemeral_storage: num(block(attrs.ephemeral_storage)?.size_in_gib),
    proxy_configuration: proxy && {
      type: str(proxy.type) ?? 'APPMESH',
      container_name: str(proxy.container_name),
      properties: isRecord(proxy.properties) ? new Map(Object.entries(proxy.properties).map(([k, v]) => [k, String(v)])) : undefined,
    },
    tags: stateTags(attrs),
  });
}

function volumeView(v: Attrs): ViewNode {
  const efs = block(v.efs_volume_configuration);
  const auth = efs ? block(efs.authorization_config) : undefined;
  const docker = block(v.docker_volume_configuration);
  const fsx = block(v.fsx_windows_file_server_volume_configuration);
  return {
    host_path: str(v.host_path),
    configure_at_launch: bool(v.configure_at_launch) ?? false,
    efs_volume_configuration: efs && {
      file_system_id: str(efs.file_system_id),
      root_directory: str(efs.root_directory) ?? '/',
      transit_encryption: str(efs.transit_encryption) ?? 'DISABLED',
      transit_encryption_port: num(efs.transit_encryption_port) === 0 ? undefined : num(efs.transit_encryption_port),
      authorization_config: auth && { access_point_id: str(auth.access_point_id), iam: str(auth.iam) ?? 'DISABLED' },
    },
    docker_volume_configuration: docker && {
      scope: str(docker.scope),
      autoprovision: bool(docker.autoprovision) ?? false,
      driver: str(docker.driver),
      driver_opts: isRecord(docker.driver_opts) ? new Map(Object.entries(docker.driver_opts)) : undefined,
      labels: isRecord(docker.labels) ? new Map(Object.entries(docker.labels)) : undefined,
    },
    fsx_windows_file_server_volume_configuration: fsx && { file_system_id: str(fsx.file_system_id), root_directory: str(fsx.root_directory) },
  };
}

/** A described task definition in the provider's state shape. */
export function liveTaskDefinitionAsState(td: TaskDefinition, tags: Tag[] | undefined): Attrs {
  return {
    arn: td.taskDefinitionArn,
    family: td.family,
    revision: td.revision,
    container_definitions: td.containerDefinitions ?? [],
    cpu: td.cpu,
    memory: td.memory,
    task_role_arn: td.taskRoleArn,
    execution_role_arn: td.executionRoleArn,
    network_mode: td.networkMode,
    pid_mode: td.pidMode,
    ipc_mode: td.ipcMode,
    requires_compatibilities: td.requiresCompatibilities,
    runtime_platform: td.runtimePlatform ? [{ cpu_architecture: td.runtimePlatform.cpuArchitecture, operating_system_family: td.runtimePlatform.operatingSystemFamily }] : [],
    volume: (td.volumes ?? []).map((v) => ({
      name: v.name,
      host_path: v.host?.sourcePath,
      configure_at_launch: v.configuredAtLaunch,
      efs_volume_configuration: v.efsVolumeConfiguration ? [{
        file_system_id: v.efsVolumeConfiguration.fileSystemId,
        root_directory: v.efsVolumeConfiguration.rootDirectory,
        transit_encryption: v.efsVolumeConfiguration.transitEncryption,
        transit_encryption_port: v.efsVolumeConfiguration.transitEncryptionPort,
        authorization_config: v.efsVolumeConfiguration.authorizationConfig ? [{
          access_point_id: v.efsVolumeConfiguration.authorizationConfig.accessPointId,
          iam: v.efsVolumeConfiguration.authorizationConfig.iam,
        }] : [],
      }] : [],
      docker_volume_configuration: v.dockerVolumeConfiguration ? [{
        scope: v.dockerVolumeConfiguration.scope,
        autoprovision: v.dockerVolumeConfiguration.autoprovision,
        driver: v.dockerVolumeConfiguration.driver,
        driver_opts: v.dockerVolumeConfiguration.driverOpts,
        labels: v.dockerVolumeConfiguration.labels,
      }] : [],
      fsx_windows_file_server_volume_configuration: v.fsxWindowsFileServerVolumeConfiguration ? [{
        file_system_id: v.fsxWindowsFileServerVolumeConfiguration.fileSystemId,
        root_directory: v.fsxWindowsFileServerVolumeConfiguration.rootDirectory,
      }] : [],
    })),
    placement_constraints: (td.placementConstraints ?? []).map((p) => ({ type: p.type, expression: p.expression })),
    ephemeral_storage: td.ephemeralStorage ? [{ size_in_gib: td.ephemeralStorage.sizeInGiB }] : [],
    proxy_configuration: td.proxyConfiguration ? [{
      type: td.proxyConfiguration.type,
      container_name: td.proxyConfiguration.containerName,
      properties: Object.fromEntries((td.proxyConfiguration.properties ?? []).map((p) => [p.name ?? '', p.value ?? ''])),
    }] : [],
    tags_all: liveTagsAsState(tags),
  };
}

// ---------------------------------------------------------------- services and task sets

function networkConfigurationView(value: unknown): ViewNode {
  const nc = block(value);
  if (!nc) return undefined;
  return { subnets: sortedStrings(nc.subnets), security_groups: sortedStrings(nc.security_groups), assign_public_ip: bool(nc.assign_public_ip) ?? false };
}

function loadBalancersView(value: unknown): ViewNode {
  return keyedBy(list(value), (lb) => `${lb.container_name ?? ''}:${lb.container_port ?? ''}`, (lb) => ({ target_group_arn: str(lb.target_group_arn), elb_name: str(lb.elb_name) }));
}

function capacityProviderStrategyView(value: unknown): ViewNode {
  return keyedBy(list(value), (s) => capacityProviderName(s.capacity_provider), (s) => ({ base: num(s.base) ?? 0, weight: num(s.weight) ?? 0 }));
}

function serviceRegistriesView(value: unknown): ViewNode {
  const r = block(value);
  return r && { registry_arn: str(r.registry_arn), port: num(r.port), container_name: str(r.container_name), container_port: num(r.container_port) };
}

/** Fargate reports LATEST when no platform version was asked for. */
function platformVersion(value: unknown): string | undefined {
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

function liveNetworkConfigurationAsState(nc: Service['networkConfiguration']): Attrs[] {
  const vpc = nc?.awsvpcConfiguration;
  return vpc ? [{ subnets: vpc.subnets, security_groups: vpc.securityGroups, assign_public_ip: vpc.assignPublicIp === 'ENABLED' }] : [];
}

function liveLoadBalancersAsState(lbs: Service['loadBalancers']): Attrs[] {
  return (lbs ?? []).map((lb) => ({ container_name: lb.containerName, container_port: lb.containerPort, target_group_arn: lb.targetGroupArn, elb_name: lb.loadBalancerName }));
}

function liveCapacityProviderStrategyAsState(strategy: Service['capacityProviderStrategy']): Attrs[] {
  return (strategy ?? []).map((s) => ({ capacity_provider: s.capacityProvider, base: s.base, weight: s.weight }));
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

// ---------------------------------------------------------------- clusters and capacity providers

export function clusterView(attrs: Attrs): View {
  const configuration = block(attrs.configuration);
  const exec = configuration ? block(configuration.execute_command_configuration) : undefined;
  const log = exec ? block(exec.log_configuration) : undefined;
  const storage = configuration ? block(configuration.managed_storage_configuration) : undefined;
  const settings = keyedBy(list(attrs.setting), (s) => str(s.name), (s) => str(s.value));
  // ECS reports containerInsights=disabled for a cluster created without the setting.
  if (settings.get('containerInsights') === 'disabled') settings.delete('containerInsights');
  return pruneView({
    name: str(attrs.name),
    setting: settings,
    configuration: {
      execute_command_configuration: exec && {
        kms_key_id: str(exec.kms_key_id),
        logging: str(exec.logging) === 'DEFAULT' ? undefined : str(exec.logging),
        log_configuration: log && {
          cloud_watch_encryption_enabled: bool(log.cloud_watch_encryption_enabled) ?? false,
          cloud_watch_log_group_name: str(log.cloud_watch_log_group_name),
          s3_bucket_name: str(log.s3_bucket_name),
          s3_bucket_encryption_enabled: bool(log.s3_bucket_encryption_enabled) ?? false,
          s3_key_prefix: str(log.s3_key_prefix),
        },
      },
      managed_storage_configuration: storage && {
        fargate_ephemeral_storage_kms_key_id: str(storage.fargate_ephemeral_storage_kms_key_id),
        kms_key_id: str(storage.kms_key_id),
      },
    },
    service_connect_defaults: str(block(attrs.service_connect_defaults)?.namespace),
    tags: stateTags(attrs),
  });
}

export function liveClusterAsState(cluster: Cluster): Attrs {
  const exec = cluster.configuration?.executeCommandConfiguration;
  const log = exec?.logConfiguration;
  const storage = cluster.configuration?.managedStorageConfiguration;
  return {
    name: cluster.clusterName,
    setting: (cluster.settings ?? []).map((s) => ({ name: s.name, value: s.value })),
    configuration: [{
      execute_command_configuration: exec ? [{
        kms_key_id: exec.kmsKeyId,
        logging: exec.logging,
        log_configuration: log ? [{
          cloud_watch_encryption_enabled: log.cloudWatchEncryptionEnabled,
          cloud_watch_log_group_name: log.cloudWatchLogGroupName,
          s3_bucket_name: log.s3BucketName,
          s3_bucket_encryption_enabled: log.s3EncryptionEnabled,
          s3_key_prefix: log.s3KeyPrefix,
        }] : [],
      }] : [],
      managed_storage_configuration: storage ? [{ fargate_ephemeral_storage_kms_key_id: storage.fargateEphemeralStorageKmsKeyId, kms_key_id: storage.kmsKeyId }] : [],
    }],
    service_connect_defaults: cluster.serviceConnectDefaults ? [{ namespace: cluster.serviceConnectDefaults.namespace }] : [],
    tags_all: liveTagsAsState(cluster.tags),
  };
}

export function clusterCapacityProvidersView(attrs: Attrs): View {
  return pruneView({
    cluster_name: clusterName(attrs.cluster_name),
    capacity_providers: list(attrs.capacity_providers).map(capacityProviderName).filter(Boolean).sort(),
    default_capacity_provider_strategy: capacityProviderStrategyView(attrs.default_capacity_provider_strategy),
  });
}

export function liveClusterCapacityProvidersAsState(cluster: Cluster): Attrs {
  return {
    cluster_name: cluster.clusterName,
    capacity_providers: cluster.capacityProviders ?? [],
    default_capacity_provider_strategy: liveCapacityProviderStrategyAsState(cluster.defaultCapacityProviderStrategy),
  };
}

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
