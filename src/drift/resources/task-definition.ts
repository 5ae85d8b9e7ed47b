// aws_ecs_task_definition: the task definition and its container definitions.
import type { ContainerDefinition, Tag, TaskDefinition } from '@aws-sdk/client-ecs';
import { secretArguments } from '../../policy/secret-detector.js';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
import { block, bool, isRecord, keyedBy, list, literalMap, liveTagsAsState, num, prune, pruneView, SecretValue, sortedStrings, stateTags, str, taskRoleRef, type Attrs, type View, type ViewNode } from './shared.js';

const CONTAINER_BOOLEAN_DEFAULTS = ['privileged', 'readonlyRootFilesystem', 'interactive', 'pseudoTerminal', 'disableNetworking'] as const;

/** A secret reference (an ARN, an SSM parameter path) is safe to show; anything else might be the secret itself. */
function secretReference(valueFrom: unknown): string | SecretValue | undefined {
  const text = str(valueFrom);
  if (text === undefined) return undefined;
  return text.startsWith('arn:') || text.startsWith('/') ? text : new SecretValue(text);
}

/** `command` / `entryPoint` with the arguments that look like secrets hidden. */
function argumentsView(value: unknown): (string | SecretValue)[] {
  const args = list(value).map((a) => String(a ?? ''));
  const secret = new Set(secretArguments(args));
  return args.map((a, i) => (secret.has(i) ? new SecretValue(a) : a));
}

/** Driver options (`logConfiguration`, `firelensConfiguration`): an empty value is a value; secret-looking ones are hidden. */
function optionsView(value: unknown): ViewNode {
  return isRecord(value) ? literalMap(Object.entries(value)) : undefined;
}

/**
 * Container definitions keyed by name with terraform-provider-aws's equivalence rules
 * (internal/service/ecs/container_definitions.go): containers, environment and secrets
 * ordered by name, `essential` true by default, `protocol` tcp by default, hostPort equal
 * to containerPort in awsvpc and host mode (ECS fills it in), health-check timings defaulted, `cpu` 0 and
 * empty lists absent. Environment values and secret-looking labels, options and arguments
 * become SecretValues here, so no later step can show one.
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
  const mappings = list(c.portMappings).filter(isRecord).map((p) => {
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
  });
  // Keyed like `docker -p`: `8080:80/tcp` with a fixed host port, `80/tcp` with a dynamic one (or in
  // awsvpc and host mode, where the host port is the container port), so two host ports for one
  // container port stay two mappings.
  out.portMappings = keyedBy(
    mappings,
    (m) => `${m.hostPort !== undefined && !hostPortIsContainerPort ? `${m.hostPort}:` : ''}${m.containerPort ?? m.containerPortRange ?? ''}/${m.protocol}`,
    (m) => m,
  );
  out.environment = keyedBy(list(c.environment), (e) => str(e.name), (e) => new SecretValue(e.value));
  out.command = argumentsView(c.command);
  out.entryPoint = argumentsView(c.entryPoint);
  out.environmentFiles = list(c.environmentFiles).map((f) => (isRecord(f) ? `${f.type ?? 's3'}:${f.value ?? ''}` : String(f))).sort();
  out.secrets = keyedBy(list(c.secrets), (s) => str(s.name), (s) => secretReference(s.valueFrom));
  out.mountPoints = keyedBy(list(c.mountPoints), (m) => str(m.containerPath), (m) => ({ sourceVolume: str(m.sourceVolume), readOnly: bool(m.readOnly) ?? false }));
  out.volumesFrom = keyedBy(list(c.volumesFrom), (v) => str(v.sourceContainer), (v) => ({ readOnly: bool(v.readOnly) ?? false }));
  out.ulimits = keyedBy(list(c.ulimits), (u) => str(u.name), (u) => ({ softLimit: num(u.softLimit), hardLimit: num(u.hardLimit) }));
  out.systemControls = keyedBy(list(c.systemControls), (s) => str(s.namespace), (s) => str(s.value));
  out.dependsOn = keyedBy(list(c.dependsOn), (d) => str(d.containerName), (d) => str(d.condition));
  out.extraHosts = keyedBy(list(c.extraHosts), (h) => str(h.hostname), (h) => str(h.ipAddress));
  out.dockerLabels = optionsView(c.dockerLabels);
  if (isRecord(c.firelensConfiguration)) out.firelensConfiguration = { type: str(c.firelensConfiguration.type), options: optionsView(c.firelensConfiguration.options) };
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
      options: optionsView(lc.options),
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
  if (isRecord(c.repositoryCredentials)) out.repositoryCredentials = { credentialsParameter: secretReference(c.repositoryCredentials.credentialsParameter) };
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
    task_role_arn: taskRoleRef(attrs.task_role_arn),
    execution_role_arn: taskRoleRef(attrs.execution_role_arn),
    // Optional+Computed in the provider; ECS answers false when it was not asked for.
    enable_fault_injection: bool(attrs.enable_fault_injection) ?? false,
    inference_accelerator: keyedBy(list(attrs.inference_accelerator), (a) => str(a.device_name), (a) => str(a.device_type)),
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
  const fsxAuth = fsx ? block(fsx.authorization_config) : undefined;
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
    fsx_windows_file_server_volume_configuration: fsx && {
      file_system_id: str(fsx.file_system_id),
      root_directory: str(fsx.root_directory),
      authorization_config: fsxAuth && { credentials_parameter: secretReference(fsxAuth.credentials_parameter), domain: str(fsxAuth.domain) },
    },
  };
}

/**
 * Attributes one provider major has and the other does not: 6.0.0 removed `inference_accelerator`
 * (version 6 upgrade guide, "Remove `inference_accelerator` from your configuration—it no longer
 * exists"), so a 6.x state has no such key, and 6.x neither reads nor manages it. Compared only when
 * the state has the key (every 5.x state has it, `[]` when unset).
 */
const IN_SCHEMA_ONLY_WHEN_IN_STATE = ['inference_accelerator'] as const;

/** The live task definition's view, without the attributes the state's provider version does not have. */
export function liveTaskDefinitionView(state: Attrs, live: Attrs): View {
  const view = taskDefinitionView(live);
  for (const key of IN_SCHEMA_ONLY_WHEN_IN_STATE) if (!(key in state)) delete view[key];
  return view;
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
    enable_fault_injection: td.enableFaultInjection,
    inference_accelerator: (td.inferenceAccelerators ?? []).map((a) => ({ device_name: a.deviceName, device_type: a.deviceType })),
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
        authorization_config: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig ? [{
          credentials_parameter: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter,
          domain: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig.domain,
        }] : [],
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

// ---------------------------------------------------------------- attribute table

export const TASK_DEFINITION_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_task_definition',
  api: 'DescribeTaskDefinition (include TAGS), each revision once',
  rows: attributeRows('internal/service/ecs/task_definition.go', `
    arn | taskDefinitionArn | not compared | identity: the revision is read by it
    arn_without_revision | - | not compared | derived from arn
    id | family | not compared | identity
    revision | revision | not compared | identity (part of arn); a service running another revision is reported on the service
    family | family | config | ForceNew
    container_definitions | containerDefinitions | security | compared per container and field (container_definitions.go equivalences: containers, environment and secrets by name, essential true, protocol tcp, hostPort = containerPort in awsvpc/host, health-check timings, cpu 0 and empty lists absent); image, user, privileged, environment, secrets, repositoryCredentials, mountPoints, volumesFrom, linuxParameters and readonlyRootFilesystem are security, the other fields config; environment values and secret-looking options, labels and arguments are never shown
    cpu | cpu | config | a string in both; compared as a number
    memory | memory | config | a string in both; compared as a number
    task_role_arn | taskRoleArn | security | the workload's identity; two ARNs compare whole, else the role names
    execution_role_arn | executionRoleArn | security | pulls images and reads secrets; compared like task_role_arn
    network_mode | networkMode | security | Optional+Computed; bridge (the Linux default) equals absent
    pid_mode | pidMode | security | host shares the host's process namespace
    ipc_mode | ipcMode | security | host shares the host's IPC namespace
    requires_compatibilities | requiresCompatibilities | config | a set
    enable_fault_injection | enableFaultInjection | config | Optional+Computed; absent equals false
    track_latest | - | not compared | provider-only: whether Terraform follows revisions registered outside it
    skip_destroy | - | not compared | provider-only: whether destroy deregisters the revision
    ephemeral_storage | ephemeralStorage | config |
    ephemeral_storage.size_in_gib | ephemeralStorage.sizeInGiB | config |
    inference_accelerator | inferenceAccelerators | config | keyed by device_name; 5.x only: 6.0.0 removed it (version 6 upgrade guide; Elastic Inference reached end of life), so a 6.x state never holds it and it is not compared there (6.x neither reads nor manages it)
    inference_accelerator.device_name | inferenceAccelerators[].deviceName | config | the key
    inference_accelerator.device_type | inferenceAccelerators[].deviceType | config |
    placement_constraints | placementConstraints | config | a set of type:expression
    placement_constraints.type | placementConstraints[].type | config |
    placement_constraints.expression | placementConstraints[].expression | config |
    proxy_configuration | proxyConfiguration | config |
    proxy_configuration.type | proxyConfiguration.type | config | Default APPMESH
    proxy_configuration.container_name | proxyConfiguration.containerName | config |
    proxy_configuration.properties | proxyConfiguration.properties | config | name/value pairs read as a map
    runtime_platform | runtimePlatform | config |
    runtime_platform.cpu_architecture | runtimePlatform.cpuArchitecture | config |
    runtime_platform.operating_system_family | runtimePlatform.operatingSystemFamily | config |
    volume | volumes | security | a set keyed by name: host paths and file systems decide what the task can read
    volume.name | volumes[].name | security | the key
    volume.host_path | volumes[].host.sourcePath | security | a host mount
    volume.configure_at_launch | volumes[].configuredAtLaunch | security | Optional+Computed; absent equals false
    volume.docker_volume_configuration | volumes[].dockerVolumeConfiguration | security |
    volume.docker_volume_configuration.scope | dockerVolumeConfiguration.scope | security | Optional+Computed
    volume.docker_volume_configuration.autoprovision | dockerVolumeConfiguration.autoprovision | security | absent equals false
    volume.docker_volume_configuration.driver | dockerVolumeConfiguration.driver | security | Optional+Computed
    volume.docker_volume_configuration.driver_opts | dockerVolumeConfiguration.driverOpts | security |
    volume.docker_volume_configuration.labels | dockerVolumeConfiguration.labels | security |
    volume.efs_volume_configuration | volumes[].efsVolumeConfiguration | security |
    volume.efs_volume_configuration.file_system_id | efsVolumeConfiguration.fileSystemId | security |
    volume.efs_volume_configuration.root_directory | efsVolumeConfiguration.rootDirectory | security | absent equals /
    volume.efs_volume_configuration.transit_encryption | efsVolumeConfiguration.transitEncryption | security | absent equals DISABLED
    volume.efs_volume_configuration.transit_encryption_port | efsVolumeConfiguration.transitEncryptionPort | security | 0 equals absent
    volume.efs_volume_configuration.authorization_config | efsVolumeConfiguration.authorizationConfig | security |
    volume.efs_volume_configuration.authorization_config.access_point_id | authorizationConfig.accessPointId | security |
    volume.efs_volume_configuration.authorization_config.iam | authorizationConfig.iam | security | absent equals DISABLED
    volume.fsx_windows_file_server_volume_configuration | volumes[].fsxWindowsFileServerVolumeConfiguration | security |
    volume.fsx_windows_file_server_volume_configuration.file_system_id | fsxWindowsFileServerVolumeConfiguration.fileSystemId | security |
    volume.fsx_windows_file_server_volume_configuration.root_directory | fsxWindowsFileServerVolumeConfiguration.rootDirectory | security |
    volume.fsx_windows_file_server_volume_configuration.authorization_config | fsxWindowsFileServerVolumeConfiguration.authorizationConfig | security |
    volume.fsx_windows_file_server_volume_configuration.authorization_config.credentials_parameter | authorizationConfig.credentialsParameter | security | a secret reference; a value that is not an ARN is never shown
    volume.fsx_windows_file_server_volume_configuration.authorization_config.domain | authorizationConfig.domain | security |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `),
};
