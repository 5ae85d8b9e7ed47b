// The ECS operations the emulator serves, with ECS's documented limits and error types.
// Inputs arrive already checked against the API model; outputs are checked after this.
import type {
  CapacityProviderStrategyItem,
  Cluster,
  CreateCapacityProviderRequest,
  CreateManagedInstancesProviderConfiguration,
  ManagedInstancesProvider,
  UpdateManagedInstancesProviderConfiguration,
  CreateClusterRequest,
  CreateServiceRequest,
  CreateTaskSetRequest,
  DeleteCapacityProviderRequest,
  DeleteClusterRequest,
  DeleteServiceRequest,
  DeploymentConfiguration,
  DeregisterTaskDefinitionRequest,
  PutClusterCapacityProvidersRequest,
  TagResourceRequest,
  UntagResourceRequest,
  UpdateCapacityProviderRequest,
  UpdateClusterRequest,
  UpdateClusterSettingsRequest,
  DescribeCapacityProvidersRequest,
  DescribeClustersRequest,
  DescribeServicesRequest,
  DescribeTaskDefinitionRequest,
  DescribeTaskSetsRequest,
  UpdateTaskSetRequest,
  Failure,
  ListClustersRequest,
  ListServicesRequest,
  ListTagsForResourceRequest,
  RegisterTaskDefinitionRequest,
  Service,
  TaskSet,
  UpdateServiceRequest,
} from '@aws-sdk/client-ecs';
import { EcsState, EcsStateError, type ServicePatch, type ServiceSeed, type TaskDefinitionSeed } from './ecs-state.js';
import { AwsError } from './faults.js';

export const ECS_TARGET_PREFIX = 'AmazonEC2ContainerServiceV20141113.';

export interface EcsCallContext {
  state: EcsState;
  /** Cluster names or ARNs the caller's IAM policy denies. */
  deniedClusters: readonly string[];
  principalArn: string;
  /** Members of the Service structure in the API model (UpdateService copies only these). */
  serviceMembers: readonly string[];
}

type Handler = (input: Record<string, unknown>, ctx: EcsCallContext) => unknown;

export const ecsOperations: Record<string, Handler> = {
  DescribeClusters: (input, ctx) => describeClusters(input as DescribeClustersRequest, ctx),
  DescribeServices: (input, ctx) => describeServices(input as unknown as DescribeServicesRequest, ctx),
  DescribeTaskDefinition: (input, ctx) => describeTaskDefinition(input as unknown as DescribeTaskDefinitionRequest, ctx),
  DescribeCapacityProviders: (input, ctx) => describeCapacityProviders(input as DescribeCapacityProvidersRequest, ctx),
  DescribeTaskSets: (input, ctx) => describeTaskSets(input as unknown as DescribeTaskSetsRequest, ctx),
  ListServices: (input, ctx) => listServices(input as ListServicesRequest, ctx),
  ListClusters: (input, ctx) => listClusters(input as ListClustersRequest, ctx),
  ListTagsForResource: (input, ctx) => listTagsForResource(input as unknown as ListTagsForResourceRequest, ctx),
  UpdateService: (input, ctx) => updateService(input as unknown as UpdateServiceRequest, ctx),
  UpdateTaskSet: (input, ctx) => updateTaskSet(input as unknown as UpdateTaskSetRequest, ctx),
  CreateTaskSet: (input, ctx) => createTaskSet(input as unknown as CreateTaskSetRequest, ctx),
  RegisterTaskDefinition: (input, ctx) => registerTaskDefinition(input as unknown as RegisterTaskDefinitionRequest, ctx),
  // The calls the AWS provider makes during `terraform apply` / `destroy` (internal/service/ecs/*.go).
  CreateCluster: (input, ctx) => createCluster(input as CreateClusterRequest, ctx),
  UpdateCluster: (input, ctx) => updateCluster(input as unknown as UpdateClusterRequest, ctx),
  UpdateClusterSettings: (input, ctx) => updateClusterSettings(input as unknown as UpdateClusterSettingsRequest, ctx),
  PutClusterCapacityProviders: (input, ctx) => putClusterCapacityProviders(input as unknown as PutClusterCapacityProvidersRequest, ctx),
  DeleteCluster: (input, ctx) => deleteCluster(input as unknown as DeleteClusterRequest, ctx),
  CreateService: (input, ctx) => createService(input as unknown as CreateServiceRequest, ctx),
  DeleteService: (input, ctx) => deleteService(input as unknown as DeleteServiceRequest, ctx),
  DeregisterTaskDefinition: (input, ctx) => deregisterTaskDefinition(input as unknown as DeregisterTaskDefinitionRequest, ctx),
  CreateCapacityProvider: (input, ctx) => createCapacityProvider(input as unknown as CreateCapacityProviderRequest, ctx),
  UpdateCapacityProvider: (input, ctx) => updateCapacityProvider(input as unknown as UpdateCapacityProviderRequest, ctx),
  DeleteCapacityProvider: (input, ctx) => deleteCapacityProvider(input as unknown as DeleteCapacityProviderRequest, ctx),
  TagResource: (input, ctx) => tagResource(input as unknown as TagResourceRequest, ctx),
  UntagResource: (input, ctx) => untagResource(input as unknown as UntagResourceRequest, ctx),
};

function describeClusters(input: DescribeClustersRequest, ctx: EcsCallContext): unknown {
  const refs = input.clusters ?? ['default'];
  if (refs.length > 100) throw new AwsError('InvalidParameterException', 'Clusters cannot have more than 100 elements');
  for (const ref of refs) denyIfClusterDenied(ctx, ref, 'DescribeClusters');
  const include = new Set(input.include ?? []);
  const clusters: Cluster[] = [];
  const failures: Failure[] = [];
  for (const ref of refs) {
    const cluster = ctx.state.getCluster(ref);
    if (!cluster) {
      failures.push({ arn: ref.startsWith('arn:') ? ref : ctx.state.clusterArn(ref), reason: 'MISSING' });
      continue;
    }
    // ECS leaves these out unless asked for; statistics come back as an empty list.
    if (!include.has('SETTINGS')) delete cluster.settings;
    if (!include.has('CONFIGURATIONS')) delete cluster.configuration;
    if (!include.has('TAGS')) delete cluster.tags;
    if (!include.has('ATTACHMENTS')) {
      delete cluster.attachments;
      delete cluster.attachmentsStatus;
    }
    if (!include.has('STATISTICS')) cluster.statistics = [];
    clusters.push(cluster);
  }
  return { clusters, failures };
}

function describeServices(input: DescribeServicesRequest, ctx: EcsCallContext): unknown {
  const clusterRef = input.cluster ?? 'default';
  const refs = input.services ?? [];
  if (refs.length === 0) throw new AwsError('InvalidParameterException', 'Services cannot be empty.');
  if (refs.length > 10) throw new AwsError('InvalidParameterException', 'Services cannot have more than 10 elements');
  denyIfClusterDenied(ctx, clusterRef, 'DescribeServices');
  mustCluster(ctx, clusterRef);
  const include = new Set(input.include ?? []);
  const services: Service[] = [];
  const failures: Failure[] = [];
  for (const ref of refs) {
    const service = ctx.state.getService(clusterRef, ref);
    if (!service) {
      const clusterName = ctx.state.clusterNameOf(clusterRef)!;
      failures.push({ arn: ref.startsWith('arn:') ? ref : ctx.state.serviceArn(clusterName, ref), reason: 'MISSING' });
      continue;
    }
    if (!include.has('TAGS')) delete service.tags;
    services.push(service);
  }
  return { services, failures };
}

function describeTaskDefinition(input: DescribeTaskDefinitionRequest, ctx: EcsCallContext): unknown {
  const td = ctx.state.getTaskDefinition(input.taskDefinition!);
  if (!td) throw new AwsError('ClientException', 'Unable to describe task definition.');
  const include = new Set(input.include ?? []);
  return include.has('TAGS') ? { taskDefinition: td, tags: ctx.state.taskDefinitionTagsOf(td.taskDefinitionArn!) } : { taskDefinition: td };
}

function describeCapacityProviders(input: DescribeCapacityProvidersRequest, ctx: EcsCallContext): unknown {
  const include = new Set(input.include ?? []);
  const strip = <T extends { tags?: unknown }>(cp: T): T => {
    if (!include.has('TAGS')) delete cp.tags;
    return cp;
  };
  if ((input.capacityProviders?.length ?? 0) > 100) {
    throw new AwsError('InvalidParameterException', 'capacityProviders cannot have more than 100 elements');
  }
  if (input.capacityProviders && input.capacityProviders.length > 0) {
    const capacityProviders = [];
    const failures: Failure[] = [];
    for (const ref of input.capacityProviders) {
      const cp = ctx.state.getCapacityProvider(ref);
      if (cp) capacityProviders.push(strip(cp));
      else failures.push({ arn: ref.startsWith('arn:') ? ref : ctx.state.capacityProviderArn(ref), reason: 'MISSING' });
    }
    return { capacityProviders, failures };
  }
  const all = ctx.state.listCapacityProviders();
  const page = paginate(all, input.maxResults, input.nextToken, { defaultSize: 10, maxSize: 10, kind: 'DescribeCapacityProviders' });
  return { capacityProviders: page.items.map(strip), failures: [], ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

/**
 * The service a task-set call names (DescribeTaskSets, CreateTaskSet, UpdateTaskSet): its cluster must
 * exist and be readable, and "Amazon ECS only supports task set management on services configured to
 * use external deployment controllers" (API_DescribeTaskSets / API_CreateTaskSet / API_UpdateTaskSet).
 */
function taskSetService(ctx: EcsCallContext, input: { cluster?: string; service?: string }, operation: string): Service {
  denyIfClusterDenied(ctx, input.cluster!, operation);
  mustCluster(ctx, input.cluster!);
  const service = ctx.state.getService(input.cluster!, input.service!);
  if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  if (service.deploymentController?.type !== 'EXTERNAL') {
    throw new AwsError('InvalidParameterException', 'Amazon ECS only supports task set management on services configured to use external deployment controllers.');
  }
  return service;
}

function describeTaskSets(input: DescribeTaskSetsRequest, ctx: EcsCallContext): unknown {
  const service = taskSetService(ctx, input, 'DescribeTaskSets');
  const include = new Set(input.include ?? []);
  const all = ctx.state.listTaskSets(input.cluster!, service.serviceName!);
  const taskSets: TaskSet[] = [];
  const failures: Failure[] = [];
  const wanted = input.taskSets ?? [];
  if (wanted.length === 0) taskSets.push(...all);
  for (const ref of wanted) {
    const ts = all.find((t) => t.id === ref || t.taskSetArn === ref);
    if (ts) taskSets.push(ts);
    else failures.push({ arn: ref, reason: 'MISSING' });
  }
  for (const ts of taskSets) if (!include.has('TAGS')) delete ts.tags;
  return { taskSets, failures };
}

/**
 * UpdateTaskSet (API_UpdateTaskSet): cluster, service, taskSet and scale are required; only the
 * scale changes. Task set management is for EXTERNAL deployment controllers only, as DescribeTaskSets.
 */
function updateTaskSet(input: UpdateTaskSetRequest, ctx: EcsCallContext): unknown {
  const service = taskSetService(ctx, input, 'UpdateTaskSet');
  const existing = ctx.state.listTaskSets(input.cluster!, service.serviceName!).find((t) => t.id === input.taskSet || t.taskSetArn === input.taskSet);
  if (!existing) throw new AwsError('TaskSetNotFoundException', 'The specified task set does not exist.');
  const { taskDefinition, ...rest } = existing;
  const updated = ctx.state.putTaskSet(input.cluster!, service.serviceName!, { ...rest, taskDefinition: taskDefinition!, scale: { unit: input.scale?.unit ?? 'PERCENT', value: input.scale?.value ?? 0 } });
  return { taskSet: withoutTags(updated) };
}

/**
 * CreateTaskSet (API_CreateTaskSet): "This is used when a service uses the EXTERNAL deployment
 * controller type", so other services are refused as DescribeTaskSets refuses them. The compute
 * option follows the same rules as CreateService: a launch type and a capacity provider strategy
 * together are refused; with neither, "the defaultCapacityProviderStrategy for the cluster is used"
 * (API_CreateTaskSet `capacityProviderStrategy`), else EC2. On Fargate the platform version asked
 * for is kept, LATEST when none was (as on services, API_CreateService `platformVersion`). The first
 * task set of a service is its PRIMARY one (EcsState.putTaskSet). `scale` has no documented default;
 * the emulator's is 100 PERCENT (putTaskSet), which the AWS provider's Read records either way.
 */
function createTaskSet(input: CreateTaskSetRequest, ctx: EcsCallContext): unknown {
  const service = taskSetService(ctx, input, 'CreateTaskSet');
  const td = ctx.state.getTaskDefinition(input.taskDefinition!);
  if (!td) throw new AwsError('ClientException', 'TaskDefinition not found.');
  if (input.launchType && input.capacityProviderStrategy?.length) {
    throw new AwsError('InvalidParameterException', 'Specifying both a launch type and capacity provider strategy is not supported.');
  }
  let capacityProviderStrategy = input.capacityProviderStrategy?.map(strategyItemDefaults);
  let launchType = input.launchType;
  if (!launchType && !capacityProviderStrategy?.length) {
    const cluster = ctx.state.getCluster(input.cluster!)!;
    if (cluster.defaultCapacityProviderStrategy?.length) capacityProviderStrategy = cluster.defaultCapacityProviderStrategy;
    else launchType = 'EC2';
  }
  const onFargate = launchType === 'FARGATE' || (capacityProviderStrategy ?? []).some((s) => s.capacityProvider === 'FARGATE' || s.capacityProvider === 'FARGATE_SPOT');
  const taskSet = ctx.state.putTaskSet(input.cluster!, service.serviceName!, {
    taskDefinition: td.taskDefinitionArn!,
    ...(input.externalId !== undefined ? { externalId: input.externalId } : {}),
    launchType,
    ...(capacityProviderStrategy?.length ? { capacityProviderStrategy } : {}),
    ...(onFargate ? { platformVersion: input.platformVersion ?? 'LATEST', platformFamily: platformFamilyOf(td.runtimePlatform?.operatingSystemFamily) } : {}),
    ...(input.networkConfiguration ? { networkConfiguration: networkConfigurationDefaults(input.networkConfiguration) } : {}),
    loadBalancers: input.loadBalancers ?? [],
    serviceRegistries: input.serviceRegistries ?? [],
    ...(input.scale ? { scale: { unit: input.scale.unit ?? 'PERCENT', value: input.scale.value ?? 0 } } : {}),
    tags: input.tags ?? [],
  });
  return { taskSet: withoutTags(taskSet) };
}

function listServices(input: ListServicesRequest, ctx: EcsCallContext): unknown {
  const clusterRef = input.cluster ?? 'default';
  denyIfClusterDenied(ctx, clusterRef, 'ListServices');
  mustCluster(ctx, clusterRef);
  const services = ctx.state
    .listServices(clusterRef)
    .filter((s) => s.status !== 'INACTIVE')
    .filter((s) => !input.launchType || s.launchType === input.launchType)
    .filter((s) => !input.schedulingStrategy || s.schedulingStrategy === input.schedulingStrategy)
    .map((s) => s.serviceArn!);
  const page = paginate(services, input.maxResults, input.nextToken, { defaultSize: 10, maxSize: 100, kind: `ListServices:${clusterRef}` });
  return { serviceArns: page.items, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

function listClusters(input: ListClustersRequest, ctx: EcsCallContext): unknown {
  const arns = ctx.state.listClusters().map((c) => c.clusterArn!);
  const page = paginate(arns, input.maxResults, input.nextToken, { defaultSize: 100, maxSize: 100, kind: 'ListClusters' });
  return { clusterArns: page.items, ...(page.nextToken ? { nextToken: page.nextToken } : {}) };
}

function listTagsForResource(input: ListTagsForResourceRequest, ctx: EcsCallContext): unknown {
  const arn = input.resourceArn!;
  const clusterOfArn = /^arn:aws[\w-]*:ecs:[\w-]+:\d+:(?:cluster|service|task-set)\/([^/]+)/.exec(arn)?.[1];
  if (clusterOfArn !== undefined) denyIfClusterDenied(ctx, clusterOfArn, 'ListTagsForResource', arn);
  const tags = ctx.state.tagsOf(arn);
  if (!tags) throw new AwsError('InvalidParameterException', 'The specified resource could not be found.');
  return { tags };
}

function updateService(input: UpdateServiceRequest, ctx: EcsCallContext): unknown {
  const clusterRef = input.cluster ?? 'default';
  denyIfClusterDenied(ctx, clusterRef, 'UpdateService');
  mustCluster(ctx, clusterRef);
  const service = ctx.state.getService(clusterRef, input.service!);
  if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  if (service.status !== 'ACTIVE') throw new AwsError('ServiceNotActiveException', 'Service was not ACTIVE.');
  if (input.taskDefinition !== undefined && !ctx.state.getTaskDefinition(input.taskDefinition)) {
    throw new AwsError('ClientException', 'TaskDefinition not found.');
  }
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    // Service Connect, volume and VPC Lattice configurations are not Service members: they go to the
    // new PRIMARY deployment (see DeploymentScopedConfig).
    const deploymentScoped = key === 'serviceConnectConfiguration' || key === 'volumeConfigurations' || key === 'vpcLatticeConfigurations';
    if (value !== undefined && (deploymentScoped || (ctx.serviceMembers.includes(key) && key !== 'serviceName' && key !== 'clusterArn'))) patch[key] = value;
  }
  if (input.deploymentConfiguration) patch.deploymentConfiguration = { ...service.deploymentConfiguration, ...input.deploymentConfiguration };
  return { service: withoutTags(ctx.state.updateService(clusterRef, service.serviceName!, patch as ServicePatch)) };
}

function registerTaskDefinition(input: RegisterTaskDefinitionRequest, ctx: EcsCallContext): unknown {
  const { tags, ...td } = input;
  taskDefinitionRules(input);
  const registered = ctx.state.registerTaskDefinition(td as TaskDefinitionSeed, tags);
  return { taskDefinition: registered, tags: tags ?? [] };
}

/**
 * Rules of the API reference that the model's shapes cannot say. API_EphemeralStorage `sizeInGiB`:
 * "The minimum supported value is 21 GiB and the maximum supported value is 200 GiB".
 * API_EFSAuthorizationConfig: with an `accessPointId` "the root directory value ... must either be
 * omitted or set to /" and "transit encryption must be on"; with `iam` turned on "transit encryption
 * must be turned on in the EFSVolumeConfiguration".
 */
function taskDefinitionRules(input: RegisterTaskDefinitionRequest): void {
  const size = input.ephemeralStorage?.sizeInGiB;
  if (size !== undefined && (size < 21 || size > 200)) {
    throw new AwsError('ClientException', `The ephemeral storage size ${size} GiB is outside the supported range of 21 to 200 GiB.`);
  }
  for (const volume of input.volumes ?? []) {
    const efs = volume.efsVolumeConfiguration;
    const auth = efs?.authorizationConfig;
    if (!efs || !auth) continue;
    if (auth.accessPointId && efs.rootDirectory !== undefined && efs.rootDirectory !== '/') {
      throw new AwsError('ClientException', `Volume ${volume.name}: the root directory must be omitted or / when an EFS access point is used.`);
    }
    if ((auth.accessPointId || auth.iam === 'ENABLED') && efs.transitEncryption !== 'ENABLED') {
      throw new AwsError('ClientException', `Volume ${volume.name}: transit encryption must be ENABLED with an EFS access point or IAM authorization.`);
    }
  }
}

// ---- create / update / delete, as ECS answers them --------------------------------------------
// Each default below is what ECS fills in when the request leaves the member out; the source is
// cited beside it (API reference = https://docs.aws.amazon.com/AmazonECS/latest/APIReference/).

function createCluster(input: CreateClusterRequest, ctx: EcsCallContext): unknown {
  const name = input.clusterName ?? 'default';
  const existing = ctx.state.getCluster(name);
  // CreateCluster is idempotent on the name while the cluster is ACTIVE (API_CreateCluster).
  if (existing && existing.status === 'ACTIVE') return { cluster: withoutTags(existing) };
  const cluster = ctx.state.putCluster({
    clusterName: name,
    // Without `settings` the account default applies; DescribeClusters(include SETTINGS) reports it
    // (API_ClusterSetting: containerInsights "disabled" unless the account setting says otherwise).
    settings: input.settings ?? [{ name: 'containerInsights', value: 'disabled' }],
    ...(input.configuration ? { configuration: input.configuration } : {}),
    capacityProviders: input.capacityProviders ?? [],
    defaultCapacityProviderStrategy: (input.defaultCapacityProviderStrategy ?? []).map(strategyItemDefaults),
    ...(input.serviceConnectDefaults ? { serviceConnectDefaults: { namespace: namespaceArn(ctx, input.serviceConnectDefaults.namespace!) } } : {}),
    tags: input.tags ?? [],
  });
  return { cluster: withoutTags(cluster) };
}

function updateCluster(input: UpdateClusterRequest, ctx: EcsCallContext): unknown {
  denyIfClusterDenied(ctx, input.cluster!, 'UpdateCluster');
  const patch: Partial<Cluster> = {};
  if (input.settings) patch.settings = mergeSettings(ctx.state.getCluster(input.cluster!)?.settings ?? [], input.settings);
  if (input.configuration) patch.configuration = input.configuration;
  if (input.serviceConnectDefaults) patch.serviceConnectDefaults = { namespace: namespaceArn(ctx, input.serviceConnectDefaults.namespace!) };
  return { cluster: withoutTags(ctx.state.patchCluster(input.cluster!, patch)) };
}

function updateClusterSettings(input: UpdateClusterSettingsRequest, ctx: EcsCallContext): unknown {
  denyIfClusterDenied(ctx, input.cluster!, 'UpdateClusterSettings');
  const current = ctx.state.getCluster(input.cluster!)?.settings ?? [];
  return { cluster: withoutTags(ctx.state.patchCluster(input.cluster!, { settings: mergeSettings(current, input.settings ?? []) })) };
}

function putClusterCapacityProviders(input: PutClusterCapacityProvidersRequest, ctx: EcsCallContext): unknown {
  denyIfClusterDenied(ctx, input.cluster!, 'PutClusterCapacityProviders');
  for (const name of input.capacityProviders ?? []) {
    if (name !== 'FARGATE' && name !== 'FARGATE_SPOT' && !ctx.state.getCapacityProvider(name)) {
      throw new AwsError('InvalidParameterException', `The specified capacity provider ${name} is not in an ACTIVE state.`);
    }
  }
  const cluster = ctx.state.patchCluster(input.cluster!, {
    capacityProviders: input.capacityProviders ?? [],
    defaultCapacityProviderStrategy: (input.defaultCapacityProviderStrategy ?? []).map(strategyItemDefaults),
  });
  return { cluster: withoutTags(cluster) };
}

function deleteCluster(input: DeleteClusterRequest, ctx: EcsCallContext): unknown {
  denyIfClusterDenied(ctx, input.cluster!, 'DeleteCluster');
  mustCluster(ctx, input.cluster!);
  if (ctx.state.listServices(input.cluster!).some((s) => s.status === 'ACTIVE')) {
    throw new AwsError('ClusterContainsServicesException', 'The Cluster cannot be deleted while Services are active.');
  }
  ctx.state.deleteCluster(input.cluster!);
  return { cluster: withoutTags(ctx.state.getCluster(input.cluster!)!) };
}

/** The service-linked role ECS uses when CreateService names no role (API_CreateService, `role`). */
export function serviceLinkedRoleArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;
}

function createService(input: CreateServiceRequest, ctx: EcsCallContext): unknown {
  const clusterRef = input.cluster ?? 'default';
  denyIfClusterDenied(ctx, clusterRef, 'CreateService');
  mustCluster(ctx, clusterRef);
  const cluster = ctx.state.getCluster(clusterRef)!;
  const name = input.serviceName!;
  if (ctx.state.getService(clusterRef, name)?.status === 'ACTIVE') {
    throw new AwsError('InvalidParameterException', 'Creation of service was not idempotent.');
  }
  const controller = input.deploymentController?.type ?? 'ECS';
  if (controller !== 'EXTERNAL') {
    if (!input.taskDefinition) throw new AwsError('InvalidParameterException', 'TaskDefinition must be specified.');
    if (!ctx.state.getTaskDefinition(input.taskDefinition)) throw new AwsError('ClientException', 'TaskDefinition not found.');
  }
  const scheduling = input.schedulingStrategy ?? 'REPLICA';
  if (input.launchType && input.capacityProviderStrategy?.length) {
    throw new AwsError('InvalidParameterException', 'Specifying both a launch type and capacity provider strategy is not supported.');
  }
  // Neither a launch type nor a strategy: the cluster's default strategy, else EC2 (API_CreateService,
  // `capacityProviderStrategy` and `launchType`).
  let capacityProviderStrategy = input.capacityProviderStrategy?.map(strategyItemDefaults);
  let launchType = input.launchType;
  // An EXTERNAL service has neither until a primary task set gives them: the launch type and capacity
  // provider strategy are task set fields, "null" on the service while no primary task set is defined
  // (Developer Guide, "Deploy Amazon ECS services using a third-party controller").
  if (!launchType && !capacityProviderStrategy?.length && controller !== 'EXTERNAL') {
    if (cluster.defaultCapacityProviderStrategy?.length) capacityProviderStrategy = cluster.defaultCapacityProviderStrategy;
    else launchType = 'EC2';
  }
  const onFargate = launchType === 'FARGATE' || (capacityProviderStrategy ?? []).some((s) => s.capacityProvider === 'FARGATE' || s.capacityProvider === 'FARGATE_SPOT');
  const td = input.taskDefinition ? ctx.state.getTaskDefinition(input.taskDefinition) : undefined;
  const loadBalancers = input.loadBalancers ?? [];
  validateLoadBalancers(loadBalancers, td?.networkMode);
  const awsvpc = input.networkConfiguration?.awsvpcConfiguration !== undefined;
  // ECS records the role it acts with: the named one, or its service-linked role for services that
  // need one (load balancers, awsvpc ENIs). Real DescribeServices answer for an awsvpc service:
  // roleArn arn:aws:iam::<acct>:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS
  // (Using service-linked roles for Amazon ECS, Developer Guide; issue 12 measured it).
  const roleArn = input.role ? roleArnOf(ctx, input.role) : loadBalancers.length > 0 || awsvpc ? serviceLinkedRoleArn(accountOf(ctx)) : undefined;
  const seed: ServiceSeed = {
    serviceName: name,
    ...(input.taskDefinition && controller !== 'EXTERNAL' ? { taskDefinition: input.taskDefinition } : {}),
    // DAEMON: one task per container instance, and the emulator has no instances (API_Service).
    desiredCount: scheduling === 'DAEMON' ? 0 : (input.desiredCount ?? 0),
    loadBalancers: loadBalancers.map((lb) => ({ ...lb })),
    serviceRegistries: input.serviceRegistries ?? [],
    ...(launchType ? { launchType } : {}),
    ...(capacityProviderStrategy?.length ? { capacityProviderStrategy } : {}),
    // A service on Fargate keeps the version it was asked for, LATEST by default; deployments carry
    // the resolved one (API_CreateService `platformVersion`; API_Deployment `platformVersion`).
    ...(onFargate ? { platformVersion: input.platformVersion ?? 'LATEST', platformFamily: platformFamilyOf(td?.runtimePlatform?.operatingSystemFamily) } : {}),
    deploymentConfiguration: deploymentConfigurationDefaults(input.deploymentConfiguration, scheduling, controller),
    ...(roleArn ? { roleArn } : {}),
    placementConstraints: input.placementConstraints ?? [],
    placementStrategy: input.placementStrategy ?? [],
    ...(input.networkConfiguration ? { networkConfiguration: networkConfigurationDefaults(input.networkConfiguration) } : {}),
    ...(input.healthCheckGracePeriodSeconds !== undefined ? { healthCheckGracePeriodSeconds: input.healthCheckGracePeriodSeconds } : loadBalancers.length > 0 ? { healthCheckGracePeriodSeconds: 0 } : {}),
    schedulingStrategy: scheduling,
    deploymentController: { type: controller },
    createdBy: ctx.principalArn,
    enableECSManagedTags: input.enableECSManagedTags ?? false,
    propagateTags: input.propagateTags ?? 'NONE',
    enableExecuteCommand: input.enableExecuteCommand ?? false,
    // "For create service requests, when no value is specified ... Amazon ECS defaults the value to
    // ENABLED" (API_CreateService `availabilityZoneRebalancing`); DAEMON services cannot rebalance.
    availabilityZoneRebalancing: input.availabilityZoneRebalancing ?? (scheduling === 'DAEMON' ? 'DISABLED' : 'ENABLED'),
    tags: input.tags ?? [],
    ...(input.serviceConnectConfiguration ? { serviceConnectConfiguration: serviceConnectDefaults(ctx, input.serviceConnectConfiguration, cluster) } : {}),
    ...(input.volumeConfigurations ? { volumeConfigurations: input.volumeConfigurations } : {}),
    ...(input.vpcLatticeConfigurations ? { vpcLatticeConfigurations: input.vpcLatticeConfigurations } : {}),
    events: [],
  };
  let service = ctx.state.putService(clusterRef, seed);
  if (controller === 'CODE_DEPLOY') {
    // Deployments are "used only when a service uses the ECS deployment controller type"
    // (API_Deployment); a CODE_DEPLOY service starts with one PRIMARY task set instead.
    ctx.state.putTaskSet(clusterRef, name, {
      taskDefinition: service.taskDefinition!,
      launchType: service.launchType,
      ...(service.capacityProviderStrategy ? { capacityProviderStrategy: service.capacityProviderStrategy } : {}),
      ...(service.platformVersion ? { platformVersion: service.platformVersion, platformFamily: service.platformFamily } : {}),
      loadBalancers: service.loadBalancers,
      serviceRegistries: service.serviceRegistries,
      ...(service.networkConfiguration ? { networkConfiguration: service.networkConfiguration } : {}),
      startedBy: 'CodeDeploy',
    });
    service = ctx.state.updateService(clusterRef, name, { deployments: [] });
  }
  return { service: withoutTags(ctx.state.getService(clusterRef, name) ?? service) };
}

/**
 * API_LoadBalancer: a Classic Load Balancer is named by `loadBalancerName`, an Application or Network
 * Load Balancer by `targetGroupArn` ("A target group ARN is only specified when using an Application
 * Load Balancer or Network Load Balancer"; with those "the load balancer name parameter should be
 * omitted"), and services whose tasks use the awsvpc network mode "only support Application Load
 * Balancers and Network Load Balancers. Classic Load Balancers are not supported."
 */
function validateLoadBalancers(loadBalancers: NonNullable<CreateServiceRequest['loadBalancers']>, networkMode: string | undefined): void {
  for (const lb of loadBalancers) {
    if (lb.loadBalancerName && lb.targetGroupArn) {
      throw new AwsError('InvalidParameterException', 'A load balancer takes either a loadBalancerName (Classic Load Balancer) or a targetGroupArn, not both.');
    }
    if (lb.loadBalancerName && networkMode === 'awsvpc') {
      throw new AwsError('InvalidParameterException', 'Classic Load Balancers are not supported for tasks that use the awsvpc network mode.');
    }
  }
}

function deleteService(input: DeleteServiceRequest, ctx: EcsCallContext): unknown {
  const clusterRef = input.cluster ?? 'default';
  denyIfClusterDenied(ctx, clusterRef, 'DeleteService');
  mustCluster(ctx, clusterRef);
  const service = ctx.state.getService(clusterRef, input.service!);
  if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  if (service.schedulingStrategy === 'REPLICA' && (service.desiredCount ?? 0) > 0 && !input.force) {
    throw new AwsError('InvalidParameterException', 'The service cannot be stopped while it is scaled above 0.');
  }
  ctx.state.deleteService(clusterRef, service.serviceName!);
  return { service: withoutTags({ ...service, status: 'DRAINING' }) };
}

function deregisterTaskDefinition(input: DeregisterTaskDefinitionRequest, ctx: EcsCallContext): unknown {
  return { taskDefinition: ctx.state.deregisterTaskDefinition(input.taskDefinition!) };
}

function createCapacityProvider(input: CreateCapacityProviderRequest, ctx: EcsCallContext): unknown {
  if (ctx.state.getCapacityProvider(input.name!)) throw new AwsError('ClientException', 'The specified capacity provider already exists.');
  const asg = input.autoScalingGroupProvider;
  const mi = input.managedInstancesProvider;
  // API_CreateCapacityProvider: one of autoScalingGroupProvider or managedInstancesProvider; a Managed
  // Instances capacity provider belongs to one cluster, and `cluster` "is required for Managed instances".
  if (Boolean(asg) === Boolean(mi)) throw new AwsError('InvalidParameterException', 'Exactly one of autoScalingGroupProvider or managedInstancesProvider must be specified.');
  if (mi && !input.cluster) throw new AwsError('InvalidParameterException', 'A cluster is required for a Managed Instances capacity provider.');
  if (mi && !ctx.state.getCluster(input.cluster!)) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
  if (asg && input.cluster) throw new AwsError('InvalidParameterException', 'A cluster can only be specified for a Managed Instances capacity provider.');
  const cp = ctx.state.putCapacityProvider({
    name: input.name!,
    // API_CapacityProvider `type`: EC2_AUTOSCALING for an Auto Scaling group, MANAGED_INSTANCES for ECS Managed Instances.
    type: mi ? 'MANAGED_INSTANCES' : 'EC2_AUTOSCALING',
    ...(asg
      ? {
          autoScalingGroupProvider: {
            autoScalingGroupArn: asg.autoScalingGroupArn!,
            // API_ManagedScaling and API_AutoScalingGroupProvider: the defaults ECS fills in.
            managedScaling: {
              status: asg.managedScaling?.status ?? 'DISABLED',
              targetCapacity: asg.managedScaling?.targetCapacity ?? 100,
              minimumScalingStepSize: asg.managedScaling?.minimumScalingStepSize ?? 1,
              maximumScalingStepSize: asg.managedScaling?.maximumScalingStepSize ?? 10000,
              instanceWarmupPeriod: asg.managedScaling?.instanceWarmupPeriod ?? 300,
            },
            managedTerminationProtection: asg.managedTerminationProtection ?? 'DISABLED',
            managedDraining: asg.managedDraining ?? 'ENABLED',
          },
        }
      : {}),
    ...(mi ? { managedInstancesProvider: managedInstancesProviderDefaults(mi) } : {}),
    ...(input.cluster ? { cluster: ctx.state.clusterNameOf(input.cluster) } : {}),
    tags: input.tags ?? [],
  });
  return { capacityProvider: withoutTags(cp) };
}

function updateCapacityProvider(input: UpdateCapacityProviderRequest, ctx: EcsCallContext): unknown {
  const cp = ctx.state.getCapacityProvider(input.name!);
  if (!cp) throw new AwsError('ClientException', 'The specified capacity provider does not exist.');
  const asg = input.autoScalingGroupProvider;
  const current = cp.autoScalingGroupProvider;
  const mi = input.managedInstancesProvider;
  if (mi && !cp.managedInstancesProvider) throw new AwsError('InvalidParameterException', 'The capacity provider is not a Managed Instances capacity provider.');
  if (asg && !current) throw new AwsError('InvalidParameterException', 'The capacity provider is not an Auto Scaling group capacity provider.');
  const updated = ctx.state.putCapacityProvider({
    ...cp,
    name: cp.name!,
    ...(asg && current
      ? {
          autoScalingGroupProvider: {
            ...current,
            ...(asg.managedScaling ? { managedScaling: { ...current.managedScaling, ...stripUndefined(asg.managedScaling) } } : {}),
            ...(asg.managedTerminationProtection ? { managedTerminationProtection: asg.managedTerminationProtection } : {}),
            ...(asg.managedDraining ? { managedDraining: asg.managedDraining } : {}),
          },
        }
      : {}),
    ...(mi && cp.managedInstancesProvider ? { managedInstancesProvider: updatedManagedInstancesProvider(cp.managedInstancesProvider, mi) } : {}),
    // API_CapacityProvider `updateStatus`: UPDATE_COMPLETE once the update went through.
    updateStatus: 'UPDATE_COMPLETE',
  });
  return { capacityProvider: withoutTags(updated) };
}

/**
 * What DescribeCapacityProviders reports for a CreateManagedInstancesProviderConfiguration: the
 * members as given, with `capacityOptionType` ON_DEMAND when none was given ("The default is
 * On-Demand", API_InstanceLaunchTemplate). Nothing else is defaulted: `monitoring` (basic by
 * default), `propagateTags` and `infrastructureOptimization` (null = "the default optimization
 * behavior", API_InfrastructureOptimization) stay absent, as the API reference names no value for them.
 */
function managedInstancesProviderDefaults(mi: CreateManagedInstancesProviderConfiguration): ManagedInstancesProvider {
  const template = mi.instanceLaunchTemplate!;
  return stripUndefined({
    infrastructureRoleArn: mi.infrastructureRoleArn,
    instanceLaunchTemplate: stripUndefined({ ...template, capacityOptionType: template.capacityOptionType ?? 'ON_DEMAND' }),
    propagateTags: mi.propagateTags,
    infrastructureOptimization: mi.infrastructureOptimization,
    autoRepairConfiguration: mi.autoRepairConfiguration,
  }) as ManagedInstancesProvider;
}

/**
 * UpdateCapacityProvider with an UpdateManagedInstancesProviderConfiguration
 * (API_UpdateManagedInstancesProviderConfiguration, API_InstanceLaunchTemplateUpdate): the role is
 * replaced; launch template members that are given replace the current ones, the rest stay (the
 * capacity option type cannot be updated: InstanceLaunchTemplateUpdate has no such member).
 */
function updatedManagedInstancesProvider(current: ManagedInstancesProvider, update: UpdateManagedInstancesProviderConfiguration): ManagedInstancesProvider {
  return {
    ...current,
    infrastructureRoleArn: update.infrastructureRoleArn ?? current.infrastructureRoleArn,
    instanceLaunchTemplate: { ...current.instanceLaunchTemplate!, ...stripUndefined(update.instanceLaunchTemplate ?? {}) },
    ...stripUndefined({ propagateTags: update.propagateTags, infrastructureOptimization: update.infrastructureOptimization, autoRepairConfiguration: update.autoRepairConfiguration }),
  };
}

function deleteCapacityProvider(input: DeleteCapacityProviderRequest, ctx: EcsCallContext): unknown {
  return { capacityProvider: withoutTags(ctx.state.deleteCapacityProvider(input.capacityProvider!)) };
}

function tagResource(input: TagResourceRequest, ctx: EcsCallContext): unknown {
  const added = input.tags ?? [];
  const found = ctx.state.retag(input.resourceArn!, (tags) => [...tags.filter((t) => !added.some((a) => a.key === t.key)), ...added]);
  if (!found) throw new AwsError('ResourceNotFoundException', 'The specified resource could not be found.');
  return {};
}

function untagResource(input: UntagResourceRequest, ctx: EcsCallContext): unknown {
  const keys = new Set(input.tagKeys ?? []);
  if (!ctx.state.retag(input.resourceArn!, (tags) => tags.filter((t) => !keys.has(t.key!)))) {
    throw new AwsError('ResourceNotFoundException', 'The specified resource could not be found.');
  }
  return {};
}

/** API_CapacityProviderStrategyItem: `weight` and `base` default to 0. */
function strategyItemDefaults(item: CapacityProviderStrategyItem): CapacityProviderStrategyItem {
  return { capacityProvider: item.capacityProvider, weight: item.weight ?? 0, base: item.base ?? 0 };
}

/**
 * API_DeploymentConfiguration: maximumPercent defaults to 200 (REPLICA) or 100 (DAEMON);
 * minimumHealthyPercent to 100 (REPLICA) or 0 (DAEMON). The circuit breaker is reported, off,
 * for the ECS controller only ("only supported for ... the rolling update (ECS) deployment type").
 */
function deploymentConfigurationDefaults(given: DeploymentConfiguration | undefined, scheduling: string, controller: string): DeploymentConfiguration {
  const daemon = scheduling === 'DAEMON';
  return {
    ...(controller === 'ECS' ? { deploymentCircuitBreaker: { enable: false, rollback: false } } : {}),
    maximumPercent: daemon ? 100 : 200,
    minimumHealthyPercent: daemon ? 0 : 100,
    ...stripUndefined(given ?? {}),
  };
}

/** API_AwsVpcConfiguration: `assignPublicIp` defaults to DISABLED. */
function networkConfigurationDefaults(nc: NonNullable<CreateServiceRequest['networkConfiguration']>): NonNullable<CreateServiceRequest['networkConfiguration']> {
  const vpc = nc.awsvpcConfiguration;
  if (!vpc) return nc;
  return { awsvpcConfiguration: { subnets: vpc.subnets ?? [], securityGroups: vpc.securityGroups ?? [], assignPublicIp: vpc.assignPublicIp ?? 'DISABLED' } };
}

/** Service Connect: the namespace defaults to the cluster's, and ECS reports its ARN (API_ServiceConnectConfiguration). */
function serviceConnectDefaults(
  ctx: EcsCallContext,
  sc: NonNullable<CreateServiceRequest['serviceConnectConfiguration']>,
  cluster: Cluster,
): NonNullable<CreateServiceRequest['serviceConnectConfiguration']> {
  const namespace = sc.namespace ?? cluster.serviceConnectDefaults?.namespace;
  return { ...sc, ...(namespace ? { namespace: namespaceArn(ctx, namespace) } : {}) };
}

function namespaceArn(ctx: EcsCallContext, ref: string): string {
  return ref.startsWith('arn:') ? ref : `arn:aws:servicediscovery:${ctx.state.region}:${accountOf(ctx)}:namespace/${ref}`;
}

function platformFamilyOf(osFamily: string | undefined): string {
  return osFamily && osFamily.startsWith('WINDOWS') ? 'Windows' : 'Linux';
}

function roleArnOf(ctx: EcsCallContext, role: string): string {
  return role.startsWith('arn:') ? role : `arn:aws:iam::${accountOf(ctx)}:role/${role.replace(/^\//, '')}`;
}

function accountOf(ctx: EcsCallContext): string {
  return ctx.state.accountId;
}

function mergeSettings<T extends { name?: string }>(current: T[], given: T[]): T[] {
  return [...current.filter((c) => !given.some((g) => g.name === c.name)), ...given];
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

// ---- shared rules -------------------------------------------------------------------------

function withoutTags<T extends { tags?: unknown }>(resource: T): T {
  delete resource.tags;
  return resource;
}

function mustCluster(ctx: EcsCallContext, ref: string): void {
  if (!ctx.state.getCluster(ref)) throw new AwsError('ClusterNotFoundException', 'Cluster not found.');
}

function denyIfClusterDenied(ctx: EcsCallContext, clusterRef: string, action: string, resourceArn?: string): void {
  const name = ctx.state.clusterNameOf(clusterRef) ?? clusterRef;
  const arn = ctx.state.clusterArn(name);
  if (!ctx.deniedClusters.some((d) => d === name || d === arn || d === clusterRef)) return;
  throw new AwsError(
    'AccessDeniedException',
    `User: ${ctx.principalArn} is not authorized to perform: ecs:${action} on resource: ${resourceArn ?? arn} because no identity-based policy allows the ecs:${action} action`,
  );
}

/** Opaque tokens that only the same listing accepts, like ECS's own. */
function paginate<T>(
  items: T[],
  maxResults: number | undefined,
  nextToken: string | undefined,
  opts: { defaultSize: number; maxSize: number; kind: string },
): { items: T[]; nextToken?: string } {
  if (maxResults !== undefined && (maxResults < 1 || maxResults > opts.maxSize || !Number.isInteger(maxResults))) {
    throw new AwsError('InvalidParameterException', `maxResults must be between 1 and ${opts.maxSize}.`);
  }
  let offset = 0;
  if (nextToken !== undefined) {
    const decoded = decodeToken(nextToken);
    if (!decoded || decoded.kind !== opts.kind) throw new AwsError('InvalidParameterException', 'Invalid token');
    offset = decoded.offset;
  }
  const size = maxResults ?? opts.defaultSize;
  const page = items.slice(offset, offset + size);
  const next = offset + size < items.length ? encodeToken({ kind: opts.kind, offset: offset + size }) : undefined;
  return next ? { items: page, nextToken: next } : { items: page };
}

export function encodeToken(token: { kind: string; offset: number }): string {
  return Buffer.from(JSON.stringify(token)).toString('base64');
}

export function decodeToken(token: string): { kind: string; offset: number } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64').toString('utf8')) as unknown;
    if (typeof parsed === 'object' && parsed !== null && typeof (parsed as { kind?: unknown }).kind === 'string' && Number.isInteger((parsed as { offset?: unknown }).offset)) {
      return parsed as { kind: string; offset: number };
    }
  } catch {
    // fall through: not one of ours
  }
  return undefined;
}

/** Maps state-level lookup errors onto the API's error replies. */
export function toAwsError(error: unknown): unknown {
  return error instanceof EcsStateError ? new AwsError(error.type, error.message) : error;
}
