// Who changed a drifted resource, and when: CloudTrail event history (LookupEvents) over the
// window since the state was last written. The answer can reclassify a difference: a change made
// by Application Auto Scaling or CodeDeploy is expected, one applied by the Terraform pipeline's
// own role means the state is stale, and a person's console edit to a security field is called
// out first.
//
// Lookup strategy. LookupEvents takes ONE lookup attribute per call, returns at most 50 events a
// page and allows 2 calls per second per account and region (CloudTrail API reference,
// LookupEvents). Two ways to cover N drifted resources in a region:
//   - by EventName: one paginated query per ECS write operation relevant to the drifted types
//     (about 6-10 names), over one time window, matched to resources client-side through
//     `requestParameters`. The cost does not grow with N.
//   - by ResourceName: one paginated query per resource (its ARN, else its name). The cost grows
//     with N, and only finds events whose `resources` list names the resource.
// `auto` (the default) takes ResourceName only when it needs fewer queries than EventName, i.e.
// for a handful of drifted resources; every returned event is still matched through
// `requestParameters`, so both strategies attribute the same events.
import { LookupEventsCommand, type CloudTrailClient, type Event, type LookupAttributeKey } from '@aws-sdk/client-cloudtrail';
import type { Logger } from '../logger.js';
import type { DriftDifference, DriftResult } from '../report/model.js';
import { pathPatternSegments } from './classify.js';
import { awsFailureOf, describeAwsFailure } from './aws-clients.js';
import {
  capacityProviderName,
  clusterName,
  clusterOfServiceArn,
  familyOfTaskDefinitionRef,
  regionOfArn,
  serviceName,
  taskDefinitionRef,
} from './references.js';
import { systemClock, type SchedulerClock } from './request-scheduler.js';

export type { Attribution, AttributedEvent, ChangeSource } from '../report/model.js';
import type { Attribution, AttributedEvent, ChangeSource } from '../report/model.js';

export type LookupStrategy = 'auto' | 'event-name' | 'resource-name';

export interface AttributionInput {
  /** A CloudTrail client for the region; built by the caller with explicit endpoint/credentials as needed. */
  cloudtrail(region: string): CloudTrailClient;
  /** When the state holding the result was last written; events before it are already in the state. */
  since: (result: DriftResult) => Date | undefined;
  now: Date;
  /** Roles the Terraform pipeline applies with (IAM role ARNs, assumed-role ARNs or role names). */
  pipelineRoleArns?: string[];
  logger: Logger;
  strategy?: LookupStrategy;
  /** Client-side ceiling per account and region; CloudTrail's own limit is 2. */
  lookupsPerSecond?: number;
  /** Pages fetched per region at most before giving up as 'unavailable' (a very busy account). */
  maxLookupsPerRegion?: number;
  /** Replaces the real clock of the client-side limiter (tests). */
  clock?: SchedulerClock;
}

export interface AttributionStats {
  /** LookupEvents calls made, per region. */
  lookups: Record<string, number>;
  /** Strategy chosen, per region. */
  strategies: Record<string, 'event-name' | 'resource-name'>;
}

/** CloudTrail event history keeps 90 days of management events. */
const EVENT_HISTORY_MS = 90 * 24 * 60 * 60 * 1000;
const PAGE_SIZE = 50;

type TargetKind = 'service' | 'task-definition' | 'cluster' | 'cluster-capacity-providers' | 'capacity-provider' | 'task-set';

interface Target {
  result: DriftResult;
  kind: TargetKind;
  region: string;
  since?: Date;
  arn?: string;
  cluster?: string;
  service?: string;
  family?: string;
  capacityProvider?: string;
  taskSetId?: string;
}

const EVENT_NAMES: Record<TargetKind, string[]> = {
  'service': ['CreateService', 'UpdateService', 'DeleteService', 'TagResource', 'UntagResource', 'CreateTaskSet', 'UpdateServicePrimaryTaskSet', 'DeleteTaskSet'],
  'task-definition': ['RegisterTaskDefinition', 'DeregisterTaskDefinition', 'DeleteTaskDefinitions', 'TagResource', 'UntagResource'],
  'cluster': ['CreateCluster', 'UpdateCluster', 'UpdateClusterSettings', 'DeleteCluster', 'TagResource', 'UntagResource'],
  'cluster-capacity-providers': ['PutClusterCapacityProviders'],
  'capacity-provider': ['UpdateCapacityProvider', 'DeleteCapacityProvider', 'TagResource', 'UntagResource'],
  'task-set': ['UpdateTaskSet', 'UpdateServicePrimaryTaskSet', 'DeleteTaskSet', 'TagResource', 'UntagResource'],
};

const KIND_OF_TYPE: Record<string, TargetKind> = {
  aws_ecs_service: 'service',
  aws_ecs_task_definition: 'task-definition',
  aws_ecs_cluster: 'cluster',
  aws_ecs_cluster_capacity_providers: 'cluster-capacity-providers',
  aws_ecs_capacity_provider: 'capacity-provider',
  aws_ecs_task_set: 'task-set',
};

/** Spaces calls at least 1/rate apart (a bucket holding one token), so jitter in arrival never bursts past CloudTrail's own bucket. */
class LookupPacer {
  private next = 0;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly perSecond: number, private readonly clock: SchedulerClock) {}

  wait(): Promise<void> {
    const turn = this.queue.then(async () => {
      const now = this.clock.now();
      if (now < this.next) await this.clock.sleep(this.next - now);
      this.next = Math.max(now, this.next) + 1000 / this.perSecond;
    });
    this.queue = turn;
    return turn;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function targetOf(result: DriftResult, since: Date | undefined): Target | { unavailable: string } {
  const kind = KIND_OF_TYPE[result.type];
  if (!kind) return { unavailable: `resource type ${result.type} is not attributed` };
  const id = result.id;
  const region = result.region ?? regionOfArn(id);
  if (!region) return { unavailable: 'no region is known for it' };
  const arn = id.startsWith('arn:') ? id : undefined;
  const base = { result, kind, region, since, arn };
  switch (kind) {
    case 'service':
      return { ...base, service: serviceName(id) || id, cluster: clusterOfServiceArn(id) };
    case 'task-definition':
      return { ...base, family: familyOfTaskDefinitionRef(taskDefinitionRef(id)) };
    case 'cluster':
    case 'cluster-capacity-providers':
      return { ...base, cluster: clusterName(id) };
    case 'capacity-provider':
      return { ...base, capacityProvider: capacityProviderName(id) };
    case 'task-set': {
      // arn:aws:ecs:r:a:task-set/cluster/service/ecs-svc/123
      const parts = arn ? arn.split(':').slice(5).join(':').split('/') : id.split(',');
      return arn
        ? { ...base, cluster: parts[1], service: parts[2], taskSetId: parts.slice(3).join('/') }
        : { ...base, taskSetId: parts[0], service: serviceName(parts[1]), cluster: clusterName(parts[2]) };
    }
  }
}

// ------------------------------------------------------------------ matching events to resources

interface ParsedEvent {
  event: Event;
  name: string;
  source?: string;
  time: Date;
  detail: Record<string, unknown>;
  params: Record<string, unknown>;
}

function parseEvent(event: Event): ParsedEvent | undefined {
  if (!event.EventName || !event.EventTime) return undefined;
  let detail: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(event.CloudTrailEvent ?? '{}');
    if (isRecord(parsed)) detail = parsed;
  } catch {
    // An unreadable event detail still says who (Username) and when.
  }
  return {
    event,
    name: event.EventName,
    source: event.EventSource ?? text(detail.eventSource),
    time: event.EventTime instanceof Date ? event.EventTime : new Date(event.EventTime),
    detail,
    params: isRecord(detail.requestParameters) ? detail.requestParameters : {},
  };
}

function sameCluster(target: Target, value: unknown): boolean {
  if (!target.cluster) return true;
  // ECS uses the `default` cluster when a call names none.
  return clusterName(value ?? 'default') === target.cluster;
}

/** What an ECS ARN in `resourceArn` names. */
function arnMatches(target: Target, resourceArn: unknown): boolean {
  const arn = text(resourceArn);
  if (!arn) return false;
  if (target.arn && arn === target.arn) return true;
  const resource = arn.split(':').slice(5).join(':');
  switch (target.kind) {
    case 'service':
      return resource.startsWith('service/') && serviceName(arn) === target.service && (clusterOfServiceArn(arn) === undefined || sameCluster(target, clusterOfServiceArn(arn)));
    case 'cluster':
      return resource.startsWith('cluster/') && clusterName(arn) === target.cluster;
    case 'capacity-provider':
      return resource.startsWith('capacity-provider/') && capacityProviderName(arn) === target.capacityProvider;
    case 'task-definition':
      return resource.startsWith('task-definition/') && taskDefinitionRef(arn) === taskDefinitionRef(target.arn ?? '');
    case 'task-set':
      return resource.startsWith('task-set/') && resource.endsWith(`/${target.taskSetId}`);
    default:
      return false;
  }
}

function eventMatches(target: Target, e: ParsedEvent): boolean {
  if (e.source && e.source !== 'ecs.amazonaws.com') return false;
  const p = e.params;
  if (e.name === 'TagResource' || e.name === 'UntagResource') return arnMatches(target, p.resourceArn);
  switch (target.kind) {
    case 'service': {
      const name = e.name === 'CreateService' ? p.serviceName : p.service;
      if (!EVENT_NAMES.service.includes(e.name) || typeof name !== 'string') return false;
      return serviceName(name) === target.service && sameCluster(target, p.cluster);
    }
    case 'task-definition': {
      if (e.name === 'RegisterTaskDefinition') return p.family === target.family;
      if (e.name === 'DeregisterTaskDefinition') {
        const ref = taskDefinitionRef(p.taskDefinition);
        return target.arn ? ref === taskDefinitionRef(target.arn) : familyOfTaskDefinitionRef(ref) === target.family;
      }
      if (e.name === 'DeleteTaskDefinitions') return Array.isArray(p.taskDefinitions) && p.taskDefinitions.some((t) => taskDefinitionRef(t) === taskDefinitionRef(target.arn ?? ''));
      return false;
    }
    case 'cluster': {
      const name = e.name === 'CreateCluster' ? p.clusterName : p.cluster;
      return EVENT_NAMES.cluster.includes(e.name) && typeof name === 'string' && clusterName(name) === target.cluster;
    }
    case 'cluster-capacity-providers':
      return e.name === 'PutClusterCapacityProviders' && clusterName(p.cluster) === target.cluster;
    case 'capacity-provider': {
      const name = e.name === 'UpdateCapacityProvider' ? p.name : p.capacityProvider;
      return EVENT_NAMES['capacity-provider'].includes(e.name) && capacityProviderName(name) === target.capacityProvider;
    }
    case 'task-set': {
      const id = e.name === 'UpdateServicePrimaryTaskSet' ? p.primaryTaskSet : p.taskSet;
      if (!EVENT_NAMES['task-set'].includes(e.name) || typeof id !== 'string') return false;
      return (id === target.taskSetId || id.endsWith(`/${target.taskSetId}`)) && sameCluster(target, p.cluster);
    }
  }
}

/** ECS request parameters -> the Terraform attributes they set, where the names differ beyond camelCase. */
const PARAMETER_ATTRIBUTES: Record<string, string[]> = {
  loadBalancers: ['load_balancer'],
  placementStrategy: ['ordered_placement_strategy'],
  enableECSManagedTags: ['enable_ecs_managed_tags'],
  deploymentConfiguration: ['deployment_maximum_percent', 'deployment_minimum_healthy_percent', 'deployment_circuit_breaker'],
  volumeConfigurations: ['volume_configuration'],
  settings: ['setting'],
  autoScalingGroupProvider: ['auto_scaling_group_provider'],
};
const IDENTIFYING_PARAMETERS = new Set(['cluster', 'service', 'forceNewDeployment', 'name', 'taskSet', 'capacityProvider']);

function snakeCase(name: string): string {
  return name.replace(/[A-Z]+/g, (m, offset: number) => `${offset > 0 ? '_' : ''}${m.toLowerCase()}`);
}

function changedAttributes(target: Target, e: ParsedEvent): string[] | undefined {
  switch (e.name) {
    case 'TagResource':
    case 'UntagResource':
      return ['tags'];
    case 'UpdateService':
    case 'UpdateCluster':
    case 'UpdateCapacityProvider':
    case 'UpdateTaskSet': {
      const keys = Object.keys(e.params).filter((k) => !IDENTIFYING_PARAMETERS.has(k));
      if (keys.length === 0) return undefined;
      return [...new Set(keys.flatMap((k) => PARAMETER_ATTRIBUTES[k] ?? [snakeCase(k)]))];
    }
    case 'UpdateClusterSettings':
      return ['setting'];
    case 'PutClusterCapacityProviders':
      return ['capacity_providers', 'default_capacity_provider_strategy'];
    case 'CreateTaskSet':
    case 'UpdateServicePrimaryTaskSet':
    case 'DeleteTaskSet':
      // A task set deployment (CodeDeploy, EXTERNAL) changes what the service runs and routes to.
      return target.kind === 'service' ? ['task_definition', 'load_balancer', 'network_configuration', 'platform_version', 'capacity_provider_strategy', 'launch_type', 'service_registries'] : undefined;
    default:
      return undefined;
  }
}

// ------------------------------------------------------------------ who made the call

interface RoleRef {
  account?: string;
  role: string;
}

/** `arn:aws:iam::1:role/path/name`, `arn:aws:sts::1:assumed-role/name/session` or `name`. */
function roleRef(value: string): RoleRef | undefined {
  if (!value.startsWith('arn:')) return value ? { role: value } : undefined;
  const parts = value.split(':');
  const account = parts[4] || undefined;
  const resource = parts.slice(5).join(':');
  if (resource.startsWith('role/')) return { account, role: resource.split('/').pop() ?? '' };
  if (resource.startsWith('assumed-role/')) return { account, role: resource.split('/')[1] ?? '' };
  return undefined;
}

function isPipelinePrincipal(identity: Record<string, unknown>, pipelineRoleArns: string[]): boolean {
  if (pipelineRoleArns.length === 0) return false;
  const issuer = isRecord(identity.sessionContext) && isRecord(identity.sessionContext.sessionIssuer) ? identity.sessionContext.sessionIssuer : {};
  const candidates = [text(identity.arn), text(issuer.arn)].filter((v): v is string => v !== undefined);
  for (const configured of pipelineRoleArns) {
    if (candidates.includes(configured)) return true;
    const want = roleRef(configured);
    if (!want) continue;
    for (const candidate of candidates) {
      const have = roleRef(candidate);
      if (have && have.role === want.role && (!want.account || !have.account || want.account === have.account)) return true;
    }
  }
  return false;
}

const AUTOSCALING = 'application-autoscaling.amazonaws.com';
const CODEDEPLOY = 'codedeploy.amazonaws.com';

export function changeSource(detail: Record<string, unknown>, pipelineRoleArns: string[]): ChangeSource {
  const identity = isRecord(detail.userIdentity) ? detail.userIdentity : {};
  const userAgent = text(detail.userAgent) ?? '';
  const invokedBy = text(identity.invokedBy) ?? '';
  const sourceIp = text(detail.sourceIPAddress) ?? '';
  const arn = text(identity.arn) ?? '';
  if (isPipelinePrincipal(identity, pipelineRoleArns)) return 'pipeline';
  if ([invokedBy, userAgent, sourceIp].includes(AUTOSCALING) || /AWSServiceRoleForApplicationAutoScaling_ECSService/.test(arn)) return 'application-autoscaling';
  if ([invokedBy, userAgent, sourceIp].includes(CODEDEPLOY) || /AWSServiceRoleForCodeDeploy/.test(arn)) return 'codedeploy';
  if (userAgent === 'AWS Internal' || /console\.amazonaws\.com|signin\.amazonaws\.com/.test(userAgent) || detail.sessionCredentialFromConsole === 'true' || detail.sessionCredentialFromConsole === true) return 'console';
  // Terraform's user agent also names the Go SDK, so it is checked before the SDKs.
  if (/Terraform\/|terraform-provider-aws|OpenTofu\//i.test(userAgent)) return 'terraform';
  if (userAgent.startsWith('aws-cli/') || /\baws-cli\//.test(userAgent)) return 'cli';
  if (/aws-sdk-|Boto3\/|botocore\//i.test(userAgent)) return 'sdk';
  if (identity.type === 'AWSService' || /\.amazonaws\.com$/.test(invokedBy)) return 'aws-service';
  return 'unknown';
}

function attributedEvent(target: Target, e: ParsedEvent, pipelineRoleArns: string[]): AttributedEvent {
  const identity = isRecord(e.detail.userIdentity) ? e.detail.userIdentity : {};
  const arn = text(identity.arn);
  const principal = arn ?? text(identity.invokedBy) ?? e.event.Username ?? text(identity.principalId) ?? 'unknown';
  const sessionName = arn && /:assumed-role\//.test(arn) ? arn.split('/').slice(2).join('/') || undefined : undefined;
  const userAgent = text(e.detail.userAgent);
  const changed = changedAttributes(target, e);
  return {
    eventName: e.name,
    eventTime: isoSeconds(e.time),
    principal,
    ...(sessionName ? { sessionName } : {}),
    source: changeSource(e.detail, pipelineRoleArns),
    ...(userAgent ? { userAgent } : {}),
    eventId: e.event.EventId ?? text(e.detail.eventID) ?? '',
    ...(changed ? { changed } : {}),
  };
}

// ------------------------------------------------------------------ the lookups

interface Query {
  key: LookupAttributeKey;
  value: string;
}

function resourceNameOf(target: Target): string {
  return target.arn ?? target.cluster ?? target.service ?? target.capacityProvider ?? target.family ?? target.result.id;
}

function plan(targets: Target[], strategy: LookupStrategy): { strategy: 'event-name' | 'resource-name'; queries: Query[] } {
  const names = [...new Set(targets.flatMap((t) => EVENT_NAMES[t.kind]))].sort();
  const resources = [...new Set(targets.map(resourceNameOf))].sort();
  const byResource = strategy === 'resource-name' || (strategy === 'auto' && resources.length < names.length);
  return byResource
    ? { strategy: 'resource-name', queries: resources.map((value) => ({ key: 'ResourceName', value })) }
    : { strategy: 'event-name', queries: names.map((value) => ({ key: 'EventName', value })) };
}

function describeLookupError(error: unknown, region: string): string {
  return describeAwsFailure(awsFailureOf(error, { service: 'CloudTrail', operation: 'LookupEvents', target: 'the event history', region }));
}

export async function attributeDriftWithStats(results: DriftResult[], input: AttributionInput): Promise<{ attributions: Map<string, Attribution>; stats: AttributionStats }> {
  const attributions = new Map<string, Attribution>();
  const stats: AttributionStats = { lookups: {}, strategies: {} };
  const pipelineRoleArns = input.pipelineRoleArns ?? [];
  const clock = input.clock ?? systemClock;
  const floor = new Date(input.now.getTime() - EVENT_HISTORY_MS);

  const byRegion = new Map<string, Target[]>();
  for (const result of results) {
    if (result.status !== 'drifted' && result.status !== 'missing' && result.status !== 'unmanaged') continue;
    const target = targetOf(result, input.since(result));
    if ('unavailable' in target) {
      attributions.set(result.address, { status: 'unavailable', reason: target.unavailable, events: [] });
      continue;
    }
    if (!byRegion.has(target.region)) byRegion.set(target.region, []);
    byRegion.get(target.region)!.push(target);
  }

  await Promise.all([...byRegion].map(async ([region, targets]) => {
    // One window for the region: from the oldest state write (or as far back as event history goes).
    const earliest = Math.min(...targets.map((t) => (t.since ?? floor).getTime()));
    const start = new Date(Math.max(earliest, floor.getTime()));
    if (start >= input.now) {
      for (const t of targets) attributions.set(t.result.address, { status: 'none', reason: 'the state was written after the check started', events: [] });
      return;
    }
    const { strategy, queries } = plan(targets, input.strategy ?? 'auto');
    stats.strategies[region] = strategy;
    stats.lookups[region] = 0;
    const client = input.cloudtrail(region);
    const pacer = new LookupPacer(input.lookupsPerSecond ?? 2, clock);
    const limit = input.maxLookupsPerRegion ?? 200;
    const events = new Map<string, ParsedEvent>();
    let failure: string | undefined;
    outer: for (const query of queries) {
      let nextToken: string | undefined;
      do {
        if (stats.lookups[region] >= limit) {
          failure = `more than ${limit} pages of CloudTrail events in ${region} since ${isoSeconds(start)}; raise the lookup limit or narrow the window`;
          break outer;
        }
        await pacer.wait();
        stats.lookups[region]++;
        try {
          const page = await client.send(new LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: query.key, AttributeValue: query.value }],
            StartTime: start,
            EndTime: input.now,
            MaxResults: PAGE_SIZE,
            NextToken: nextToken,
          }));
          for (const event of page.Events ?? []) {
            const parsed = parseEvent(event);
            if (parsed) events.set(event.EventId ?? `${query.value}:${events.size}`, parsed);
          }
          nextToken = page.NextToken || undefined;
        } catch (error) {
          failure = describeLookupError(error, region);
          break outer;
        }
      } while (nextToken);
    }
    input.logger.debug(`CloudTrail ${region}: ${stats.lookups[region]} LookupEvents calls by ${strategy}, ${events.size} events`);
    if (failure) {
      input.logger.warning(`Drift attribution unavailable: ${failure}`);
      for (const t of targets) attributions.set(t.result.address, { status: 'unavailable', reason: failure, events: [] });
      return;
    }
    const sorted = [...events.values()].sort((a, b) => b.time.getTime() - a.time.getTime());
    for (const t of targets) {
      const from = t.since && t.since > start ? t.since : start;
      const matched = sorted
        .filter((e) => e.time >= from && e.time <= input.now && eventMatches(t, e))
        .map((e) => attributedEvent(t, e, pipelineRoleArns));
      attributions.set(t.result.address, matched.length
        ? { status: 'found', events: matched }
        : { status: 'none', reason: `no ECS write to it in CloudTrail between ${isoSeconds(from)} and ${isoSeconds(input.now)}${strategy === 'resource-name' ? ' (looked up by resource name: calls whose event lists no resources are not found this way)' : ''}`, events: [] });
    }
  }));
  return { attributions, stats };
}

/** Attributions keyed by the results' addresses (drifted, missing and unmanaged results only). */
export async function attributeDrift(results: DriftResult[], input: AttributionInput): Promise<Map<string, Attribution>> {
  return (await attributeDriftWithStats(results, input)).attributions;
}

// ------------------------------------------------------------------ reclassification

const SOURCE_NAMES: Partial<Record<ChangeSource, string>> = {
  'application-autoscaling': 'Application Auto Scaling',
  'codedeploy': 'CodeDeploy',
};

function topAttribute(path: string): string {
  return pathPatternSegments(path)[0] ?? path;
}

/** The newest event that can have set this attribute. */
function eventFor(difference: DriftDifference, events: AttributedEvent[]): AttributedEvent | undefined {
  const top = topAttribute(difference.path);
  return events.find((e) => e.changed === undefined || e.changed.includes(top));
}

function roleOf(principal: string): string {
  const ref = roleRef(principal);
  return ref?.account && principal.includes(':assumed-role/') ? `arn:aws:iam::${ref.account}:role/${ref.role}` : principal;
}

/**
 * Applies an attribution to a result: Application Auto Scaling and CodeDeploy changes become
 * `expected`; pipeline applies keep their class and say the state is stale; console edits keep
 * their class, say who, and (for security fields) come first. Status is recomputed: drifted only
 * with security or config differences left.
 */
export function reclassify(result: DriftResult, attribution: Attribution | undefined, pipelineRoleArns: string[] = []): DriftResult {
  if (!attribution || attribution.status !== 'found' || attribution.events.length === 0) return result;
  const events = attribution.events.map((e) => (e.source !== 'pipeline' && pipelineRoleArns.length && isPipelinePrincipal({ arn: e.principal }, pipelineRoleArns) ? { ...e, source: 'pipeline' as const } : e));
  const newest = events[0];
  const who = (e: AttributedEvent): string => `${e.principal} (${e.source}) at ${e.eventTime}`;
  if (result.status === 'missing' || result.status === 'unmanaged') {
    return { ...result, reason: `${result.reason}; last changed by ${who(newest)} (${newest.eventName})` };
  }
  if (result.status !== 'drifted' && result.status !== 'in_sync') return result;

  const notes: string[] = [];
  let staleBy: AttributedEvent | undefined;
  const callouts: DriftDifference[] = [];
  const rest: DriftDifference[] = [];
  for (const d of result.differences) {
    if (d.class !== 'security' && d.class !== 'config') { rest.push(d); continue; }
    const e = eventFor(d, events);
    if (!e) { rest.push(d); continue; }
    const service = SOURCE_NAMES[e.source];
    if (service) {
      rest.push({ ...d, class: 'expected', why: `changed by ${service} at ${e.eventTime}` });
    } else if (e.source === 'pipeline') {
      staleBy ??= e;
      rest.push({ ...d, why: `state is stale: applied by ${roleOf(e.principal)} at ${e.eventTime} after the state was written` });
    } else if (e.source === 'console') {
      const marked = { ...d, why: `console change by ${e.principal} at ${e.eventTime}` };
      if (d.class === 'security') callouts.push(marked);
      else rest.push(marked);
    } else {
      rest.push({ ...d, why: `changed by ${e.principal} (${e.source}) at ${e.eventTime}` });
    }
  }
  const differences = [...callouts, ...rest];
  if (callouts.length) notes.push(`${callouts[0].why} to ${callouts.map((d) => d.path).join(', ')}`);
  if (staleBy) notes.push(`state is stale: applied by ${roleOf(staleBy.principal)} at ${staleBy.eventTime} after the state was written`);
  return { ...result, ...statusAndReason(result, differences, notes), differences };
}

function statusAndReason(original: DriftResult, differences: DriftDifference[], notes: string[]): Pick<DriftResult, 'status' | 'reason'> {
  // detect-drift appends its own notes after "; "; keep them.
  const separator = original.reason.indexOf('; ');
  const engineNotes = separator >= 0 ? original.reason.slice(separator + 2) : '';
  const material = differences.filter((d) => d.class === 'security' || d.class === 'config');
  const security = material.filter((d) => d.class === 'security').length;
  const config = material.length - security;
  const tail = [...notes, engineNotes].filter(Boolean).map((n) => `; ${n}`).join('');
  if (material.length > 0) {
    const parts = [security ? `${security} security` : '', config ? `${config} config` : ''].filter(Boolean).join(' and ');
    const paths = material.slice(0, 3).map((d) => d.path).join(', ');
    return { status: 'drifted', reason: `${parts} difference${material.length > 1 ? 's' : ''} (${paths}${material.length > 3 ? ', …' : ''})${tail}` };
  }
  const accepted = differences.length;
  const why = accepted ? `matches live ECS apart from ${accepted} expected or ignored difference${accepted > 1 ? 's' : ''}` : 'matches live ECS';
  return { status: 'in_sync', reason: `${why}${tail}` };
}
