// The drift engine: reads the states, reads the matching live ECS resources with as few
// calls as the batch limits allow, compares both sides field by field and classifies each
// difference. The clients are injected; the tool builds them in aws-clients.ts (an explicit
// `maxAttempts`, backoff bounded by the run's wait budget, failed calls named). A resource that
// could not be read is `unverified`, never `in_sync`.
import type { CapacityProvider, Cluster, ECSClient, Service, TaskSet } from '@aws-sdk/client-ecs';
import type { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '../logger.js';
import type { DriftDifference, DriftResult, DriftStatus, ReportError } from '../report/model.js';
import type { ConfigurationModel, ResourceModel } from '../terraform/model.js';
import { classifyDifference, parseIgnoreChanges, type ClassificationContext, type DriftRule } from './classify.js';
import { compareViews, type RawDifference } from './compare.js';
import { EcsLiveReader, type DescribedTaskDefinition, type ReadOutcome } from './live-reader.js';
import { capacityProviderView, liveCapacityProviderAsState } from './resources/capacity-provider.js';
import { clusterCapacityProvidersView, liveClusterCapacityProvidersAsState } from './resources/cluster-capacity-providers.js';
import { clusterView, liveClusterAsState } from './resources/cluster.js';
import { ignoresTag, readIgnoreTags, type IgnoreTags } from './ignore-tags.js';
import { liveServiceAsState, serviceViews } from './resources/service.js';
import type { View } from './resources/shared.js';
import { liveTaskDefinitionAsState, liveTaskDefinitionView, taskDefinitionView } from './resources/task-definition.js';
import { liveTaskSetAsState, taskSetView } from './resources/task-set.js';
import { capacityProviderName, clusterName, clusterOfServiceArn, familyOfTaskDefinitionRef, hasRevision, regionOfArn, serviceName, taskDefinitionRef } from './references.js';
import { RequestScheduler } from './request-scheduler.js';
import { readStates, type StateResource, type StateSource } from './state-reader.js';

export type { DriftRule } from './classify.js';
export type { StateSource } from './state-reader.js';
export { s3StateKey } from './state-reader.js';

export const ECS_RESOURCE_TYPES = [
  'aws_ecs_cluster',
  'aws_ecs_cluster_capacity_providers',
  'aws_ecs_capacity_provider',
  'aws_ecs_service',
  'aws_ecs_task_definition',
  'aws_ecs_task_set',
] as const;

export interface DriftOptions {
  repoRoot: string;
  states: StateSource[];
  /** Region for resources whose state records no ARN (input / AWS_REGION). A resource's own ARN region wins. */
  region?: string;
  expected?: DriftRule[];
  ignore?: DriftRule[];
  /** Requests in flight at once; default 8. */
  maxConcurrency?: number;
  /** Client-side ceiling on requests started per second (token bucket); default 20. */
  maxRequestsPerSecond?: number;
  /** Gives the declaring file and line, and `lifecycle.ignore_changes`. */
  configuration?: ConfigurationModel;
  /** S3 backend workspace: `s3://` keys become `<workspace_key_prefix>/<workspace>/<key>`. */
  workspace?: string;
  /** Replaces the scheduler built from the two limits above (tests inject a fake clock). */
  scheduler?: RequestScheduler;
  /**
   * Checks only the state resources it accepts (real-time events: the resources a call touched).
   * The others still count as managed, so their services are never reported unmanaged.
   */
  only?: (resource: StateResource) => boolean;
}

export interface DriftClients {
  /** A client for the region (aws-clients.ts ecsClient). Called once per region read. */
  ecs(region: string): ECSClient;
  s3: S3Client;
}

export interface DriftRun {
  results: DriftResult[];
  errors: ReportError[];
  stats: { calls: Record<string, number> };
  /** When each state was last written, by stateFile: changes after it are not in the state (attribution's window). */
  stateWrittenAt: Map<string, Date>;
}

interface Tracked {
  resource: StateResource;
  /** Undefined when neither the state nor the options give one. */
  region?: string;
  /** True when the region comes from the resource's own ARN, so "not found" means gone. */
  regionFromArn: boolean;
  config?: ResourceModel;
}

interface Outcome {
  status: DriftStatus;
  reason: string;
  raws: RawDifference[];
  /** Extra facts for classification (service only). */
  deploymentController?: string;
  schedulingStrategy?: string;
}

const key = (...parts: (string | undefined)[]): string => parts.map((p) => p ?? '').join('\u0000');

function normalizeDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return d === '' ? '.' : d;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

/** The cluster a service or task set runs in; ECS's `default` cluster when none is recorded. */
function clusterOf(attrs: Record<string, unknown>): string {
  return clusterName(attrs.cluster) || clusterOfServiceArn(attrs.id) || 'default';
}

/**
 * The region the resource lives in, from its own ARN, else from the per-resource `region` argument
 * provider v6 stores for every resource ("Enhanced Region Support"; it matters for resources
 * without an ARN, such as aws_ecs_cluster_capacity_providers).
 */
function ownArnRegion(resource: StateResource): string | undefined {
  const a = resource.attributes;
  const v6Region = typeof a.region === 'string' && a.region !== '' ? a.region : undefined;
  switch (resource.type) {
    case 'aws_ecs_service': return regionOfArn(a.id) ?? regionOfArn(a.cluster) ?? v6Region;
    case 'aws_ecs_task_set': return regionOfArn(a.arn) ?? regionOfArn(a.cluster) ?? regionOfArn(a.service) ?? v6Region;
    case 'aws_ecs_cluster_capacity_providers': return regionOfArn(a.cluster_name) ?? v6Region;
    default: return regionOfArn(a.arn) ?? regionOfArn(a.id) ?? v6Region;
  }
}

function indexConfiguration(configuration: ConfigurationModel | undefined): (resource: StateResource) => ResourceModel | undefined {
  const byAddress = new Map<string, ResourceModel>();
  for (const r of configuration?.resources ?? []) if (r.mode === 'managed') byAddress.set(key(normalizeDir(r.rootDir), r.address), r);
  return (resource) => {
    const dir = normalizeDir(resource.moduleDir);
    const exact = byAddress.get(key(dir, resource.address));
    if (exact) return exact;
    // A configuration resource without instance keys stands for all of its instances.
    const found = byAddress.get(key(dir, resource.address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '')));
    return found && !found.address.includes('[') ? found : undefined;
  };
}

function ignoreChangesOf(config: ResourceModel | undefined): ClassificationContext['ignoreChanges'] {
  const lifecycle = config?.body.blocks.find((b) => b.type === 'lifecycle');
  return parseIgnoreChanges(lifecycle?.attributes.get('ignore_changes')?.expression);
}

/** A task set's id: `task_set_id`, else the first part of `TASK_SET_ID,SERVICE,CLUSTER`. */
function taskSetIdOf(a: Record<string, unknown>): string {
  return str(a.task_set_id) || str(a.id).split(',')[0];
}

function withoutKeys(view: View, ...keys: string[]): View {
  const out = { ...view };
  for (const k of keys) delete out[k];
  return out;
}

export async function detectDrift(options: DriftOptions, clients: DriftClients, logger: Logger): Promise<DriftRun> {
  const scheduler = options.scheduler ?? new RequestScheduler(options.maxConcurrency ?? 8, options.maxRequestsPerSecond ?? 20);
  const states = await readStates(options.states, { repoRoot: options.repoRoot, workspace: options.workspace }, clients.s3);
  const errors: ReportError[] = [...states.errors];
  for (const e of states.errors) logger.warning(`${e.file}: ${e.message}`, { file: e.file });

  const ignoreTags = await readIgnoreTags(options.configuration);
  for (const e of ignoreTags.errors) logger.warning(`${e.file}: ${e.message}`, { file: e.file });

  const reader = new EcsLiveReader(clients.ecs, scheduler, logger);
  const configFor = indexConfiguration(options.configuration);
  const ecsTypes = new Set<string>(ECS_RESOURCE_TYPES);

  // Regions of clusters, so that an aws_ecs_cluster_capacity_providers (no ARN) follows its cluster.
  const clusterRegions = new Map<string, string>();
  for (const r of states.resources) {
    const region = r.type === 'aws_ecs_cluster' ? ownArnRegion(r) : undefined;
    if (region) clusterRegions.set(str(r.attributes.name), region);
  }
  const managed: Tracked[] = states.resources.filter((r) => ecsTypes.has(r.type)).map((resource) => {
    let region = ownArnRegion(resource);
    if (!region && resource.type === 'aws_ecs_cluster_capacity_providers') region = clusterRegions.get(clusterName(resource.attributes.cluster_name));
    return { resource, region: region ?? options.region, regionFromArn: region !== undefined, config: configFor(resource) };
  });
  const only = options.only;
  const tracked = only ? managed.filter((t) => only(t.resource)) : managed;

  // What to read, per region.
  const clustersToDescribe = new Map<string, Set<string>>();
  const managedClusters = new Map<string, Set<string>>();
  const capacityProviders = new Map<string, Set<string>>();
  const servicesByCluster = new Map<string, Map<string, Set<string>>>();
  /** The state's task set ids per service: one DescribeTaskSets (with TAGS) per service reads them all. */
  const taskSetIds = new Map<string, Set<string>>();
  const taskSetReads = new Map<string, Promise<Map<string, ReadOutcome<TaskSet>>>>();
  const add = (map: Map<string, Set<string>>, region: string, value: string): void => {
    if (!map.has(region)) map.set(region, new Set());
    map.get(region)!.add(value);
  };
  const addService = (region: string, cluster: string, service: string): void => {
    if (!servicesByCluster.has(region)) servicesByCluster.set(region, new Map());
    const byCluster = servicesByCluster.get(region)!;
    if (!byCluster.has(cluster)) byCluster.set(cluster, new Set());
    byCluster.get(cluster)!.add(service);
  };
  for (const t of tracked) {
    if (!t.region) continue;
    const a = t.resource.attributes;
    switch (t.resource.type) {
      case 'aws_ecs_cluster':
        add(clustersToDescribe, t.region, str(a.name));
        add(managedClusters, t.region, str(a.name));
        break;
      case 'aws_ecs_cluster_capacity_providers':
        add(clustersToDescribe, t.region, clusterName(a.cluster_name));
        break;
      case 'aws_ecs_capacity_provider':
        add(capacityProviders, t.region, str(a.name) || capacityProviderName(a.arn));
        break;
      case 'aws_ecs_service':
        addService(t.region, clusterOf(a), str(a.name) || serviceName(a.id));
        break;
      case 'aws_ecs_task_set': {
        addService(t.region, clusterOf(a), serviceName(a.service));
        const k = key(t.region, clusterOf(a), serviceName(a.service));
        if (!taskSetIds.has(k)) taskSetIds.set(k, new Set());
        taskSetIds.get(k)!.add(taskSetIdOf(a));
        break;
      }
      default:
        break;
    }
  }

  // Phase 1: clusters, capacity providers and the state's task definitions.
  const clusterOutcomes = new Map<string, ReadOutcome<Cluster>>();
  const capacityProviderOutcomes = new Map<string, ReadOutcome<CapacityProvider>>();
  const phase1: Promise<void>[] = [];
  for (const [region, names] of clustersToDescribe) {
    phase1.push(reader.describeClusters(region, [...names]).then((m) => { for (const [n, o] of m) clusterOutcomes.set(key(region, n), o); }));
  }
  for (const [region, names] of capacityProviders) {
    phase1.push(reader.describeCapacityProviders(region, [...names]).then((m) => { for (const [n, o] of m) capacityProviderOutcomes.set(key(region, n), o); }));
  }
  for (const t of tracked) {
    if (t.region && t.resource.type === 'aws_ecs_task_definition') phase1.push(reader.describeTaskDefinition(t.region, taskDefinitionRef(t.resource.attributes.arn) || str(t.resource.attributes.family)).then(() => undefined));
  }
  await Promise.all(phase1);

  // Phase 2: services, per cluster, and the service lists of managed clusters; skipped for clusters ECS says are gone.
  const clusterGone = (region: string, cluster: string): boolean => clusterOutcomes.get(key(region, cluster))?.status === 'missing';
  const serviceOutcomes = new Map<string, ReadOutcome<Service>>();
  const listings = new Map<string, { arns: string[] } | { failure: string }>();
  const phase2: Promise<void>[] = [];
  for (const [region, byCluster] of servicesByCluster) {
    for (const [cluster, names] of byCluster) {
      if (clusterGone(region, cluster)) continue;
      phase2.push(reader.describeServices(region, cluster, [...names]).then((m) => { for (const [n, o] of m) serviceOutcomes.set(key(region, cluster, n), o); }));
    }
  }
  for (const [region, names] of managedClusters) {
    for (const cluster of names) {
      if (clusterOutcomes.get(key(region, cluster))?.status !== 'found') continue;
      phase2.push(reader.listServices(region, cluster).then((l) => { listings.set(key(region, cluster), l); }));
    }
  }
  await Promise.all(phase2);

  const results: DriftResult[] = await Promise.all(tracked.map(async (t): Promise<DriftResult> => {
    const outcome = t.region
      ? await compareResource(t, t.region)
      : { status: 'unverified' as const, reason: 'no region: the state records no ARN for it and no aws-region / AWS_REGION was given', raws: [] };
    return toResult(t, withoutIgnoredTags(outcome, ignoreTags.byModule.get(normalizeDir(t.resource.moduleDir))), states.resources, options);
  }));

  async function compareResource(t: Tracked, region: string): Promise<Outcome> {
    const a = t.resource.attributes;
    switch (t.resource.type) {
      case 'aws_ecs_cluster': {
        const o = clusterOutcomes.get(key(region, str(a.name)));
        if (!o || o.status !== 'found') return notFound(t, o, region, `cluster ${str(a.name)}`);
        return compared(clusterView(a), clusterView(liveClusterAsState(o.value)));
      }
      case 'aws_ecs_cluster_capacity_providers': {
        const name = clusterName(a.cluster_name);
        const o = clusterOutcomes.get(key(region, name));
        if (!o || o.status !== 'found') return notFound(t, o, region, `cluster ${name}`);
        return compared(clusterCapacityProvidersView(a), clusterCapacityProvidersView(liveClusterCapacityProvidersAsState(o.value)));
      }
      case 'aws_ecs_capacity_provider': {
        const name = str(a.name) || capacityProviderName(a.arn);
        const o = capacityProviderOutcomes.get(key(region, name));
        if (!o || o.status !== 'found') return notFound(t, o, region, `capacity provider ${name}`);
        return compared(capacityProviderView(a), capacityProviderView(liveCapacityProviderAsState(o.value)));
      }
      case 'aws_ecs_task_definition': {
        const ref = taskDefinitionRef(a.arn) || str(a.family);
        const o = await reader.describeTaskDefinition(region, ref);
        if (o.status !== 'found') return notFound(t, o, region, `task definition ${ref}`);
        return compared(taskDefinitionView(a), liveTaskDefinitionView(a, liveTaskDefinitionAsState(o.value.taskDefinition, o.value.tags)));
      }
      case 'aws_ecs_service':
        return compareService(t, region);
      case 'aws_ecs_task_set':
        return compareTaskSet(t, region);
      default:
        return { status: 'unverified', reason: `resource type ${t.resource.type} is not read`, raws: [] };
    }
  }

  function serviceOutcome(region: string, cluster: string, name: string): ReadOutcome<Service> | { status: 'cluster-gone' } | undefined {
    if (clusterGone(region, cluster)) return { status: 'cluster-gone' };
    return serviceOutcomes.get(key(region, cluster, name));
  }

  async function compareService(t: Tracked, region: string): Promise<Outcome> {
    const a = t.resource.attributes;
    const cluster = clusterOf(a);
    const name = str(a.name) || serviceName(a.id);
    const o = serviceOutcome(region, cluster, name);
    if (o?.status === 'cluster-gone') return { status: 'unverified', reason: `cluster ${cluster} not found in ${region}, so service ${name} could not be read`, raws: [] };
    if (!o || o.status !== 'found') return notFound(t, o, region, `service ${name}`);
    const live = o.value;
    const raws = compareViews(...serviceViews(a, liveServiceAsState(live)));
    const notes: string[] = [];
    const stateRef = taskDefinitionRef(a.task_definition);
    const liveRef = taskDefinitionRef(live.taskDefinition);
    const differs = hasRevision(stateRef) ? stateRef !== liveRef : familyOfTaskDefinitionRef(liveRef) !== stateRef;
    if (stateRef && liveRef && differs) {
      raws.push({ segments: [{ name: 'task_definition', keyed: false }], expected: stateRef, actual: liveRef });
      const revision = await compareRevisions(t, region, stateRef, liveRef);
      raws.push(...revision.raws);
      if (revision.note) notes.push(revision.note);
    }
    return {
      ...statusOf(raws, notes),
      raws,
      deploymentController: live.deploymentController?.type ?? 'ECS',
      schedulingStrategy: live.schedulingStrategy ?? str(a.scheduling_strategy),
    };
  }

  /** Field-by-field differences between the revision the state records and the one the service runs. */
  async function compareRevisions(t: Tracked, region: string, stateRef: string, liveRef: string): Promise<{ raws: RawDifference[]; note?: string }> {
    const [before, after] = await Promise.all([
      hasRevision(stateRef) ? reader.describeTaskDefinition(region, stateRef) : Promise.resolve(undefined),
      reader.describeTaskDefinition(region, liveRef),
    ]);
    let beforeView: View | undefined;
    if (before?.status === 'found') beforeView = viewOfDescribed(before.value);
    else {
      // A deleted old revision: the state's own aws_ecs_task_definition still says what it held.
      const recorded = states.resources.find((r) => r.type === 'aws_ecs_task_definition' && r.stateFile === t.resource.stateFile && taskDefinitionRef(r.attributes.arn) === stateRef);
      if (recorded) beforeView = taskDefinitionView(recorded.attributes);
    }
    if (after.status !== 'found') return { raws: [], note: `the running revision ${liveRef} could not be read: ${after.reason}` };
    if (!beforeView) return { raws: [], note: `the recorded revision ${stateRef} could not be read${before && before.status !== 'found' ? `: ${before.reason}` : ''}` };
    return { raws: compareViews(withoutKeys(beforeView, 'tags', 'family'), withoutKeys(viewOfDescribed(after.value), 'tags', 'family'), [{ name: 'task_definition', keyed: false }]) };
  }

  async function compareTaskSet(t: Tracked, region: string): Promise<Outcome> {
    const a = t.resource.attributes;
    const cluster = clusterOf(a);
    const service = serviceName(a.service);
    const id = taskSetIdOf(a);
    const o = serviceOutcome(region, cluster, service);
    if (o?.status === 'cluster-gone') return { status: 'unverified', reason: `cluster ${cluster} not found in ${region}, so task set ${id} could not be read`, raws: [] };
    if (!o || o.status !== 'found') {
      if (o?.status === 'missing') return { status: 'missing', reason: `its service is gone: ${o.reason}`, raws: [] };
      return notFound(t, o, region, `service ${service}`);
    }
    if ((o.value.deploymentController?.type ?? 'ECS') !== 'EXTERNAL') {
      // DescribeTaskSets answers for EXTERNAL services only, and aws_ecs_task_set (CreateTaskSet) exists only
      // for them; a task set ECS embeds in another service is compared without tags, which DescribeServices lacks.
      const embedded = o.value.taskSets?.find((ts) => ts.id === id || ts.taskSetArn === a.arn);
      if (!embedded) return notFound(t, { status: 'missing', reason: `task set ${id} of service ${service} not found in ${region}` }, region, `task set ${id}`);
      const raws = compareViews(withoutKeys(taskSetView(a), 'tags'), withoutKeys(taskSetView(liveTaskSetAsState(embedded)), 'tags'));
      return { ...statusOf(raws, []), raws };
    }
    // The task sets DescribeServices embeds carry no tags (task_set.go reads them with DescribeTaskSets
    // include TAGS): one DescribeTaskSets per service, for all of the state's task sets of it.
    const k = key(region, cluster, service);
    if (!taskSetReads.has(k)) taskSetReads.set(k, reader.describeTaskSets(region, cluster, service, [...(taskSetIds.get(k) ?? [id])]));
    const described = (await taskSetReads.get(k)!).get(id);
    if (!described || described.status !== 'found') return notFound(t, described, region, `task set ${id}`);
    const raws = compareViews(taskSetView(a), taskSetView(liveTaskSetAsState(described.value)));
    return { ...statusOf(raws, []), raws };
  }

  function notFound(t: Tracked, o: ReadOutcome<unknown> | undefined, region: string, what: string): Outcome {
    if (!o) return { status: 'unverified', reason: `${what} was not read in ${region}`, raws: [] };
    if (o.status === 'missing') {
      // Without an ARN the region was a guess: "not there" may only mean "not in this region".
      if (!t.regionFromArn) return { status: 'unverified', reason: `${what} not found in ${region}; the state records no region for it, check aws-region`, raws: [] };
      return { status: 'missing', reason: o.reason, raws: [] };
    }
    return { status: 'unverified', reason: (o as { reason: string }).reason, raws: [] };
  }

  function compared(desired: View, live: View): Outcome {
    const raws = compareViews(desired, live);
    return { ...statusOf(raws, []), raws };
  }

  // Unmanaged services: in a cluster some state manages, but in no state at all.
  const known = new Set<string>();
  for (const t of managed) {
    if (t.region && t.resource.type === 'aws_ecs_service') known.add(key(t.region, clusterOf(t.resource.attributes), str(t.resource.attributes.name) || serviceName(t.resource.attributes.id)));
  }
  for (const [region, names] of managedClusters) {
    for (const cluster of names) {
      const listing = listings.get(key(region, cluster));
      if (!listing) continue;
      const owner = tracked.find((t) => t.region === region && t.resource.type === 'aws_ecs_cluster' && str(t.resource.attributes.name) === cluster)!;
      if ('failure' in listing) {
        errors.push({ file: owner.resource.stateFile, message: `could not look for unmanaged services in cluster ${cluster}: ${listing.failure}` });
        continue;
      }
      for (const arn of listing.arns) {
        const name = serviceName(arn);
        if (known.has(key(region, cluster, name))) continue;
        results.push({
          address: arn,
          module: owner.config?.moduleDir ?? normalizeDir(owner.resource.moduleDir),
          stateFile: owner.resource.stateFile,
          type: 'aws_ecs_service',
          id: arn,
          status: 'unmanaged',
          reason: `service ${name} runs in cluster ${cluster} (managed by ${owner.resource.address}) but is in no Terraform state`,
          differences: [],
          region,
        });
      }
    }
  }

  results.sort((x, y) => (x.stateFile === y.stateFile ? (x.address < y.address ? -1 : x.address > y.address ? 1 : 0) : x.stateFile < y.stateFile ? -1 : 1));
  const calls = { ...states.calls, ...reader.calls };
  const count = (status: DriftStatus): number => results.filter((r) => r.status === status).length;
  logger.info(`Drift: ${results.length} resources checked: ${count('in_sync')} in sync, ${count('drifted')} drifted, ${count('missing')} missing, ${count('unmanaged')} unmanaged, ${count('unverified')} unverified; ECS calls ${JSON.stringify(reader.calls)}`);
  return { results, errors, stats: { calls }, stateWrittenAt: states.writtenAt };
}

function viewOfDescribed(described: DescribedTaskDefinition): View {
  return taskDefinitionView(liveTaskDefinitionAsState(described.taskDefinition, described.tags));
}

/** Drops differences in tags the provider's `ignore_tags` hides from Terraform too. */
function withoutIgnoredTags(outcome: Outcome, ignore: IgnoreTags | undefined): Outcome {
  if (!ignore) return outcome;
  const raws = outcome.raws.filter((r) => !(r.segments.length >= 2 && r.segments[0]!.name === 'tags' && !r.segments[0]!.keyed && r.segments[1]!.keyed && ignoresTag(ignore, r.segments[1]!.name)));
  return raws.length === outcome.raws.length ? outcome : { ...outcome, raws, status: raws.length ? outcome.status : 'in_sync' };
}

function statusOf(raws: RawDifference[], notes: string[]): { status: DriftStatus; reason: string } {
  // Provisional; toResult settles it once differences are classified.
  return { status: raws.length ? 'drifted' : 'in_sync', reason: notes.join('; ') };
}

function toResult(t: Tracked, outcome: Outcome, all: StateResource[], options: DriftOptions): DriftResult {
  const r = t.resource;
  const base = {
    address: r.address,
    module: t.config?.moduleDir ?? normalizeDir(r.moduleDir),
    rootModule: normalizeDir(r.moduleDir),
    stateFile: r.stateFile,
    type: r.type,
    id: str(r.attributes.arn) || str(r.attributes.id),
    ...(t.config ? { file: t.config.loc.file, line: t.config.loc.line } : {}),
    ...(t.region ? { region: t.region } : {}),
  };
  if (outcome.status !== 'in_sync' && outcome.status !== 'drifted') {
    return { ...base, status: outcome.status, reason: outcome.reason, differences: [] };
  }
  const context: ClassificationContext = {
    resourceType: r.type,
    address: r.address,
    ignoreChanges: ignoreChangesOf(t.config),
    autoscalingTarget: r.type === 'aws_ecs_service' ? autoscalingTargetFor(r, all) : undefined,
    deploymentController: outcome.deploymentController,
    schedulingStrategy: outcome.schedulingStrategy,
    expected: options.expected ?? [],
    ignore: options.ignore ?? [],
  };
  const differences: DriftDifference[] = outcome.raws.map((raw) => classifyDifference(raw, context));
  const security = differences.filter((d) => d.class === 'security').length;
  const config = differences.filter((d) => d.class === 'config').length;
  const accepted = differences.length - security - config;
  const notes = outcome.reason ? `; ${outcome.reason}` : '';
  if (security + config > 0) {
    const parts = [security ? `${security} security` : '', config ? `${config} config` : ''].filter(Boolean).join(' and ');
    const paths = differences.filter((d) => d.class === 'security' || d.class === 'config').slice(0, 3).map((d) => d.path).join(', ');
    return { ...base, status: 'drifted', reason: `${parts} difference${security + config > 1 ? 's' : ''} (${paths}${security + config > 3 ? ', …' : ''})${notes}`, differences };
  }
  const why = accepted ? `matches live ECS apart from ${accepted} expected or ignored difference${accepted > 1 ? 's' : ''}` : 'matches live ECS';
  return { ...base, status: 'in_sync', reason: `${why}${notes}`, differences };
}

/** An `aws_appautoscaling_target` in the same state that scales this service's desired count. */
function autoscalingTargetFor(service: StateResource, all: StateResource[]): string | undefined {
  const cluster = clusterOf(service.attributes);
  const name = str(service.attributes.name) || serviceName(service.attributes.id);
  const target = all.find((r) => r.type === 'aws_appautoscaling_target'
    && r.stateFile === service.stateFile
    && str(r.attributes.resource_id) === `service/${cluster}/${name}`
    && (r.attributes.scalable_dimension === undefined || r.attributes.scalable_dimension === 'ecs:service:DesiredCount'));
  return target?.address;
}
