// The ECS operations the emulator serves, with ECS's documented limits and error types.
// Inputs arrive already checked against the API model; outputs are checked after this.
import type {
  Cluster,
  DescribeCapacityProvidersRequest,
  DescribeClustersRequest,
  DescribeServicesRequest,
  DescribeTaskDefinitionRequest,
  DescribeTaskSetsRequest,
  Failure,
  ListClustersRequest,
  ListServicesRequest,
  ListTagsForResourceRequest,
  RegisterTaskDefinitionRequest,
  Service,
  TaskSet,
  UpdateServiceRequest,
} from '@aws-sdk/client-ecs';
import { EcsState, EcsStateError, type ServicePatch, type TaskDefinitionSeed } from './ecs-state.js';
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
  RegisterTaskDefinition: (input, ctx) => registerTaskDefinition(input as unknown as RegisterTaskDefinitionRequest, ctx),
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

function describeTaskSets(input: DescribeTaskSetsRequest, ctx: EcsCallContext): unknown {
  denyIfClusterDenied(ctx, input.cluster!, 'DescribeTaskSets');
  mustCluster(ctx, input.cluster!);
  const service = ctx.state.getService(input.cluster!, input.service!);
  if (!service) throw new AwsError('ServiceNotFoundException', 'Service not found.');
  if (service.deploymentController?.type !== 'EXTERNAL') {
    throw new AwsError('InvalidParameterException', 'Amazon ECS only supports task set management on services configured to use external deployment controllers.');
  }
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
    if (value !== undefined && ctx.serviceMembers.includes(key) && key !== 'serviceName' && key !== 'clusterArn') patch[key] = value;
  }
  if (input.deploymentConfiguration) patch.deploymentConfiguration = { ...service.deploymentConfiguration, ...input.deploymentConfiguration };
  return { service: withoutTags(ctx.state.updateService(clusterRef, service.serviceName!, patch as ServicePatch)) };
}

function registerTaskDefinition(input: RegisterTaskDefinitionRequest, ctx: EcsCallContext): unknown {
  const { tags, ...td } = input;
  const registered = ctx.state.registerTaskDefinition(td as TaskDefinitionSeed, tags);
  return { taskDefinition: registered, tags: tags ?? [] };
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
