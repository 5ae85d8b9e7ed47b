// Real-time drift: ECS API calls delivered as EventBridge events ("AWS API Call via CloudTrail",
// source aws.ecs) through a repository_dispatch `ecs-change`. This module reads such a payload,
// says which Terraform resources each call touched (from the CloudTrail record's
// requestParameters and responseElements, named as in the ECS API reference's request syntax),
// and how to treat it: check the resource, report an unmanaged creation, raise a control-plane
// change, or record the pipeline's own apply. It makes no call: the attribution comes from the
// event itself (CloudTrail record contents: userIdentity, sourceIPAddress, userAgent, eventTime).
import type { AttributedEvent } from '../report/model.js';
import type { StateResource } from './state-reader.js';
import { changeSource } from './attribution.js';
import { capacityProviderName, clusterName, clusterOfServiceArn, familyOfTaskDefinitionRef, regionOfArn, serviceName, taskDefinitionRef } from './references.js';

/**
 * The ECS write calls watched in real time: Trend Micro Conformity's Real-Time Threat Monitoring
 * list for ECS (issue 17), plus the writes the provider manages that the list leaves out
 * (UpdateCluster, UpdateCapacityProvider, TagResource, UntagResource, DeleteTaskDefinitions).
 */
export const RESOURCE_EVENTS = [
  'CreateCapacityProvider', 'CreateCluster', 'CreateService', 'CreateTaskSet',
  'DeleteCapacityProvider', 'DeleteCluster', 'DeleteService', 'DeleteTaskSet',
  'DeregisterTaskDefinition', 'PutClusterCapacityProviders', 'RegisterTaskDefinition',
  'UpdateClusterSettings', 'UpdateService', 'UpdateServicePrimaryTaskSet', 'UpdateTaskSet',
  'UpdateCluster', 'UpdateCapacityProvider', 'TagResource', 'UntagResource', 'DeleteTaskDefinitions',
] as const;

/** Calls that change no resource Terraform declares here, but the ground the workloads run on. */
export const CONTROL_PLANE_EVENTS = [
  'DeleteAccountSetting', 'PutAccountSetting', 'DeleteAttributes', 'PutAttributes',
  'DeregisterContainerInstance', 'RegisterContainerInstance', 'UpdateContainerAgent', 'UpdateContainerInstancesState',
] as const;

export const MONITORED_EVENTS: readonly string[] = [...RESOURCE_EVENTS, ...CONTROL_PLANE_EVENTS];

const CREATE_EVENTS = new Set(['CreateService', 'CreateCluster', 'CreateCapacityProvider', 'CreateTaskSet']);
/** Container instance calls the ECS agent makes as part of running an EC2 cluster. */
const AGENT_EVENTS = new Set(['RegisterContainerInstance', 'DeregisterContainerInstance', 'UpdateContainerInstancesState']);

export interface EcsChangeEvent {
  /** EventBridge event id. */
  id: string;
  /** CloudTrail eventID: the same API call delivered twice has the same one. */
  eventId: string;
  name: string;
  time: Date;
  account: string;
  region: string;
  detail: Record<string, unknown>;
  params: Record<string, unknown>;
  response: Record<string, unknown>;
}

export interface RejectedEvent {
  /** Position in the payload (0 for a single event). */
  index: number;
  id?: string;
  why: string;
}

export interface PayloadReading {
  events: EcsChangeEvent[];
  rejected: RejectedEvent[];
  /** Deliveries of an API call already in the payload (same CloudTrail eventID). */
  duplicates: number;
}

export interface EventScope {
  /** Accounts whose events are handled; empty = any. */
  accounts: string[];
  /** Regions whose events are handled; empty = any. */
  regions: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The dispatch payload is one EventBridge event, or `{"events": [event, …]}`. */
export function readEcsChangePayload(payload: unknown, scope: EventScope): PayloadReading {
  const reading: PayloadReading = { events: [], rejected: [], duplicates: 0 };
  let list: unknown[];
  if (isRecord(payload) && Array.isArray(payload.events)) list = payload.events;
  else if (isRecord(payload) && 'detail' in payload) list = [payload];
  else {
    reading.rejected.push({ index: 0, why: 'the payload is neither an EventBridge event nor {"events": [...]}' });
    return reading;
  }
  const seen = new Set<string>();
  list.forEach((raw, index) => {
    const read = readEvent(raw, scope);
    if ('why' in read) {
      reading.rejected.push({ index, ...(isRecord(raw) && text(raw.id) ? { id: text(raw.id) } : {}), why: read.why });
      return;
    }
    if (seen.has(read.eventId)) {
      reading.duplicates++;
      return;
    }
    seen.add(read.eventId);
    reading.events.push(read);
  });
  reading.events.sort((a, b) => a.time.getTime() - b.time.getTime());
  return reading;
}

function readEvent(raw: unknown, scope: EventScope): EcsChangeEvent | { why: string } {
  if (!isRecord(raw)) return { why: 'not a JSON object' };
  if (raw.source !== 'aws.ecs') return { why: `source ${JSON.stringify(raw.source ?? null)} is not aws.ecs` };
  if (raw['detail-type'] !== 'AWS API Call via CloudTrail') return { why: `detail-type ${JSON.stringify(raw['detail-type'] ?? null)} is not "AWS API Call via CloudTrail"` };
  const detail = raw.detail;
  if (!isRecord(detail)) return { why: 'it has no CloudTrail record in `detail`' };
  if (detail.eventSource !== 'ecs.amazonaws.com') return { why: `eventSource ${JSON.stringify(detail.eventSource ?? null)} is not ecs.amazonaws.com` };
  const name = text(detail.eventName);
  if (!name) return { why: 'the CloudTrail record has no eventName' };
  if (!MONITORED_EVENTS.includes(name)) return { why: `${name} is not an ECS change this tool watches (read-only calls change nothing)` };
  const account = text(raw.account) ?? text(detail.recipientAccountId);
  const region = text(raw.region) ?? text(detail.awsRegion);
  if (!account || !/^\d{12}$/.test(account)) return { why: `${name}: the event names no AWS account` };
  if (!region) return { why: `${name}: the event names no region` };
  if (scope.accounts.length && !scope.accounts.includes(account)) return { why: `${name} in account ${account}, which this repository does not watch (${scope.accounts.join(', ')})` };
  if (scope.regions.length && !scope.regions.includes(region)) return { why: `${name} in region ${region}, which this repository does not watch (${scope.regions.join(', ')})` };
  // A call that failed changed nothing (CloudTrail record contents: errorCode).
  if (text(detail.errorCode)) return { why: `${name} failed with ${text(detail.errorCode)}: nothing changed` };
  const time = new Date(text(detail.eventTime) ?? text(raw.time) ?? '');
  if (Number.isNaN(time.getTime())) return { why: `${name}: the event time is not a date` };
  const eventId = text(detail.eventID) ?? text(raw.id);
  if (!eventId) return { why: `${name}: the event has no id` };
  return {
    id: text(raw.id) ?? eventId,
    eventId,
    name,
    time,
    account,
    region,
    detail,
    params: isRecord(detail.requestParameters) ? detail.requestParameters : {},
    response: isRecord(detail.responseElements) ? detail.responseElements : {},
  };
}

// ------------------------------------------------------------------ what a call touched

export type TouchKind = 'cluster' | 'cluster-capacity-providers' | 'service' | 'task-set' | 'task-definition' | 'capacity-provider';

export interface Touch {
  kind: TouchKind;
  region: string;
  account: string;
  cluster?: string;
  service?: string;
  taskSet?: string;
  /** Task definition family, and the revision (`family:3`) when the call named one. */
  family?: string;
  revision?: string;
  capacityProvider?: string;
}

/** ECS uses the `default` cluster when a call names none (API reference, `cluster` parameter). */
function clusterParam(value: unknown): string {
  return clusterName(value) || 'default';
}

function touchOfArn(arn: string, base: { region: string; account: string }): Touch | undefined {
  const resource = arn.split(':').slice(5).join(':');
  const [kind] = resource.split('/');
  const at = { region: regionOfArn(arn) ?? base.region, account: arn.split(':')[4] || base.account };
  switch (kind) {
    case 'cluster': return { kind: 'cluster', ...at, cluster: clusterName(arn) };
    case 'service': return { kind: 'service', ...at, service: serviceName(arn), cluster: clusterOfServiceArn(arn) };
    case 'task-definition': {
      const ref = taskDefinitionRef(arn);
      return { kind: 'task-definition', ...at, family: familyOfTaskDefinitionRef(ref), revision: ref };
    }
    case 'capacity-provider': return { kind: 'capacity-provider', ...at, capacityProvider: capacityProviderName(arn) };
    case 'task-set': {
      const parts = resource.split('/');
      return { kind: 'task-set', ...at, cluster: parts[1], service: parts[2], taskSet: parts.slice(3).join('/') };
    }
    default: return undefined;
  }
}

/** The resources a resource call touched; [] for control-plane calls. */
export function touchedResources(e: EcsChangeEvent): Touch[] {
  const p = e.params;
  const at = { region: e.region, account: e.account };
  const responseArn = (key: string, field: string): string | undefined => (isRecord(e.response[key]) ? text((e.response[key] as Record<string, unknown>)[field]) : undefined);
  switch (e.name) {
    case 'CreateService':
      return [{ kind: 'service', ...at, cluster: clusterParam(p.cluster), service: text(p.serviceName) ?? serviceName(responseArn('service', 'serviceArn')) }];
    case 'UpdateService':
    case 'DeleteService':
      return [{ kind: 'service', ...at, cluster: clusterParam(p.cluster), service: serviceName(p.service) }];
    case 'CreateTaskSet': {
      const service = { kind: 'service' as const, ...at, cluster: clusterParam(p.cluster), service: serviceName(p.service) };
      const id = responseArn('taskSet', 'id');
      return id ? [service, { ...service, kind: 'task-set', taskSet: id }] : [service];
    }
    case 'UpdateTaskSet':
    case 'DeleteTaskSet':
    case 'UpdateServicePrimaryTaskSet': {
      // A task set deployment changes what the service runs and routes to.
      const service = { kind: 'service' as const, ...at, cluster: clusterParam(p.cluster), service: serviceName(p.service) };
      const id = text(e.name === 'UpdateServicePrimaryTaskSet' ? p.primaryTaskSet : p.taskSet);
      const taskSet = id ? (id.startsWith('arn:') ? touchOfArn(id, at) : { ...service, kind: 'task-set' as const, taskSet: id }) : undefined;
      return taskSet ? [service, taskSet] : [service];
    }
    case 'RegisterTaskDefinition': {
      const arn = responseArn('taskDefinition', 'taskDefinitionArn');
      const family = text(p.family);
      if (!family) return [];
      return [{ kind: 'task-definition', ...at, family, ...(arn ? { revision: taskDefinitionRef(arn) } : {}) }];
    }
    case 'DeregisterTaskDefinition': {
      const ref = taskDefinitionRef(p.taskDefinition);
      return ref ? [{ kind: 'task-definition', ...at, family: familyOfTaskDefinitionRef(ref), revision: ref }] : [];
    }
    case 'DeleteTaskDefinitions':
      return (Array.isArray(p.taskDefinitions) ? p.taskDefinitions : []).map((t) => taskDefinitionRef(t)).filter(Boolean).map((ref) => ({ kind: 'task-definition', ...at, family: familyOfTaskDefinitionRef(ref), revision: ref }));
    case 'CreateCluster':
      return [{ kind: 'cluster', ...at, cluster: text(p.clusterName) ?? 'default' }];
    case 'UpdateCluster':
    case 'UpdateClusterSettings':
    case 'DeleteCluster':
      return [{ kind: 'cluster', ...at, cluster: clusterParam(p.cluster) }];
    case 'PutClusterCapacityProviders':
      return [{ kind: 'cluster-capacity-providers', ...at, cluster: clusterParam(p.cluster) }];
    case 'CreateCapacityProvider':
    case 'UpdateCapacityProvider':
      return text(p.name) ? [{ kind: 'capacity-provider', ...at, capacityProvider: text(p.name) }] : [];
    case 'DeleteCapacityProvider':
      return text(p.capacityProvider) ? [{ kind: 'capacity-provider', ...at, capacityProvider: capacityProviderName(p.capacityProvider) }] : [];
    case 'TagResource':
    case 'UntagResource': {
      const arn = text(p.resourceArn);
      const touch = arn ? touchOfArn(arn, at) : undefined;
      return touch ? [touch] : [];
    }
    default:
      return [];
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function arnAccount(value: unknown): string | undefined {
  return typeof value === 'string' && value.startsWith('arn:') ? value.split(':')[4] || undefined : undefined;
}

/**
 * Whether a call touched a resource of a state. Region and account are compared where the state
 * records an ARN; otherwise the state's resource is taken to live where its provider points
 * (`defaultRegion`), and an unknown region matches (checking too much is safe, too little is not).
 */
export function touches(touch: Touch, resource: StateResource, defaultRegion: string | undefined): boolean {
  const a = resource.attributes;
  const arnOf = resource.type === 'aws_ecs_service' ? a.id ?? a.cluster : resource.type === 'aws_ecs_cluster_capacity_providers' ? a.cluster_name : resource.type === 'aws_ecs_task_set' ? a.arn ?? a.cluster : a.arn ?? a.id;
  const region = regionOfArn(arnOf) ?? defaultRegion;
  if (region && region !== touch.region) return false;
  const account = arnAccount(arnOf);
  if (account && account !== touch.account) return false;
  switch (resource.type) {
    case 'aws_ecs_cluster':
      // The deprecated `capacity_providers` argument of aws_ecs_cluster follows PutClusterCapacityProviders too.
      return (touch.kind === 'cluster' || touch.kind === 'cluster-capacity-providers') && str(a.name) === touch.cluster;
    case 'aws_ecs_cluster_capacity_providers':
      return (touch.kind === 'cluster-capacity-providers' || touch.kind === 'cluster') && clusterName(a.cluster_name) === touch.cluster;
    case 'aws_ecs_service':
      return touch.kind === 'service' && (str(a.name) || serviceName(a.id)) === touch.service && (touch.cluster === undefined || (clusterName(a.cluster) || clusterOfServiceArn(a.id) || 'default') === touch.cluster);
    case 'aws_ecs_task_set':
      return touch.kind === 'task-set' && str(a.task_set_id) === touch.taskSet && serviceName(a.service) === touch.service;
    case 'aws_ecs_task_definition':
      return touch.kind === 'task-definition' && str(a.family) === touch.family;
    case 'aws_ecs_capacity_provider':
      return touch.kind === 'capacity-provider' && (str(a.name) || capacityProviderName(a.arn)) === touch.capacityProvider;
    default:
      return false;
  }
}

// ------------------------------------------------------------------ who made the call

/** The attribution of one call, from its own record: no LookupEvents. */
export function attributedEventOf(e: EcsChangeEvent, pipelineRoleArns: string[]): AttributedEvent {
  const identity = isRecord(e.detail.userIdentity) ? e.detail.userIdentity : {};
  const arn = text(identity.arn);
  const principal = arn ?? text(identity.invokedBy) ?? text(identity.principalId) ?? 'unknown';
  const sessionName = arn && /:assumed-role\//.test(arn) ? arn.split('/').slice(2).join('/') || undefined : undefined;
  const userAgent = text(e.detail.userAgent);
  return {
    eventName: e.name,
    eventTime: e.time.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    principal,
    ...(sessionName ? { sessionName } : {}),
    source: changeSource(e.detail, pipelineRoleArns),
    ...(userAgent ? { userAgent } : {}),
    eventId: e.eventId,
  };
}

export function sourceIpOf(e: EcsChangeEvent): string | undefined {
  return text(e.detail.sourceIPAddress);
}

export type EventTreatment =
  /** The call changed resources some state holds: check them. */
  | { kind: 'check'; touches: Touch[] }
  /** A person or program created something in a managed cluster that no state holds. */
  | { kind: 'create'; touches: Touch[] }
  /** Account settings, container instances, attributes. */
  | { kind: 'control-plane' }
  /** The Terraform pipeline is applying: the state will follow; the next scheduled run reconciles it. */
  | { kind: 'pipeline'; touches: Touch[] }
  /** The ECS agent registering or draining its own instance: how EC2 clusters run. */
  | { kind: 'routine'; why: string };

export function treatmentOf(e: EcsChangeEvent, pipelineRoleArns: string[]): EventTreatment {
  const source = changeSource(e.detail, pipelineRoleArns);
  const touches = touchedResources(e);
  if (source === 'pipeline') return { kind: 'pipeline', touches };
  if ((CONTROL_PLANE_EVENTS as readonly string[]).includes(e.name)) {
    if (AGENT_EVENTS.has(e.name) && isAgentCall(e)) return { kind: 'routine', why: `${e.name} by the ECS container agent of an instance` };
    return { kind: 'control-plane' };
  }
  return CREATE_EVENTS.has(e.name) ? { kind: 'create', touches } : { kind: 'check', touches };
}

/** The agent calls with the instance role's session, named after the instance (`i-…`), and says so in its user agent. */
function isAgentCall(e: EcsChangeEvent): boolean {
  const identity = isRecord(e.detail.userIdentity) ? e.detail.userIdentity : {};
  const arn = text(identity.arn) ?? '';
  const userAgent = text(e.detail.userAgent) ?? '';
  return /:assumed-role\/[^/]+\/i-[0-9a-f]{8,17}$/.test(arn) && /Amazon ECS Agent|amazon-ecs-agent/i.test(userAgent);
}

/** What a control-plane call is about: the cluster it names, else the account's settings. */
export function controlPlaneSubject(e: EcsChangeEvent): { cluster?: string; what: string } {
  const p = e.params;
  switch (e.name) {
    case 'PutAccountSetting':
    case 'DeleteAccountSetting':
      return { what: `account setting ${str(p.name) || '(unnamed)'}${text(p.principalArn) ? ` for ${text(p.principalArn)}` : ' (account default)'}` };
    case 'PutAttributes':
    case 'DeleteAttributes': {
      const names = (Array.isArray(p.attributes) ? p.attributes : []).map((x) => (isRecord(x) ? str(x.name) : '')).filter(Boolean);
      return { cluster: clusterParam(p.cluster), what: `attributes ${names.join(', ') || '(none named)'}` };
    }
    case 'UpdateContainerInstancesState': {
      const count = Array.isArray(p.containerInstances) ? p.containerInstances.length : 0;
      return { cluster: clusterParam(p.cluster), what: `${count} container instance(s) set to ${str(p.status) || '?'}` };
    }
    case 'RegisterContainerInstance':
      return { cluster: clusterParam(p.cluster), what: 'a container instance registered' };
    case 'DeregisterContainerInstance':
      return { cluster: clusterParam(p.cluster), what: `container instance ${str(p.containerInstance).split('/').pop() || '?'} deregistered${p.force === true ? ' (forced)' : ''}` };
    case 'UpdateContainerAgent':
      return { cluster: clusterParam(p.cluster), what: `the agent of container instance ${str(p.containerInstance).split('/').pop() || '?'} updated` };
    default:
      return { what: e.name };
  }
}
