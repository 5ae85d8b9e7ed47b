// Turns a live ECS estate into the Terraform a person would write for it. Each live object is
// flattened into the AWS provider's state shape with the drift code's `live*AsState`, then every
// attribute whose removal leaves the drift view unchanged is dropped: the drift normalization run
// in reverse, so provider and ECS defaults (essential = true, protocol tcp, REPLICA, 200/100, …)
// are left out with exactly the knowledge the drift comparison uses, and an import of the result
// compares faithful by construction.
import { randomUUID } from 'node:crypto';
import type { Cluster, Service, TaskSet } from '@aws-sdk/client-ecs';
import { capacityProviderView, liveCapacityProviderAsState } from '../drift/resources/capacity-provider.js';
import { clusterCapacityProvidersView, liveClusterCapacityProvidersAsState } from '../drift/resources/cluster-capacity-providers.js';
import { clusterView, liveClusterAsState } from '../drift/resources/cluster.js';
import { liveServiceAsState, serviceView } from '../drift/resources/service.js';
import { isRecord, type Attrs, type View } from '../drift/resources/shared.js';
import { liveTaskDefinitionAsState, taskDefinitionView } from '../drift/resources/task-definition.js';
import { liveTaskSetAsState, taskSetView } from '../drift/resources/task-set.js';
import { capacityProviderName, taskDefinitionRef } from '../drift/references.js';
import type { DescribedTaskDefinition } from '../drift/live-reader.js';
import { classifyEnvironmentValue, credentialFormat, isSecretStoreArn } from '../policy/secret-detector.js';
import { hcl, renderHcl, type HclExpr, type HclItem } from './hcl-writer.js';
import { AWS_MANAGED_CAPACITY_PROVIDERS, type LiveEstate } from './read-estate.js';

/**
 * Nested blocks of the six resources (every block type of 5.100.0's `terraform providers schema
 * -json` but `timeouts`); every other list is a list attribute. A name that is also an attribute
 * elsewhere (aws_ecs_task_set `service`, a string) is a block only where its value is objects.
 */
const BLOCKS = new Set([
  'alarms', 'service_connect_configuration', 'service', 'client_alias', 'timeout', 'tls', 'issuer_cert_authority', 'secret_option',
  'volume_configuration', 'managed_ebs_volume', 'tag_specifications', 'vpc_lattice_configurations',
  // 6.x only (service.go on main): written for what ECS has, with a note (VERSION_NOTES).
  'access_log_configuration', 'test_traffic_rules', 'header', 'value', 'advanced_configuration',
  'setting', 'configuration', 'execute_command_configuration', 'log_configuration', 'managed_storage_configuration', 'service_connect_defaults',
  'auto_scaling_group_provider', 'managed_scaling', 'default_capacity_provider_strategy', 'deployment_controller', 'deployment_circuit_breaker',
  'load_balancer', 'network_configuration', 'capacity_provider_strategy', 'ordered_placement_strategy', 'placement_constraints', 'service_registries',
  'scale', 'runtime_platform', 'volume', 'efs_volume_configuration', 'authorization_config', 'docker_volume_configuration',
  'fsx_windows_file_server_volume_configuration', 'ephemeral_storage', 'proxy_configuration', 'inference_accelerator',
]);

/**
 * Blocks that exist in one major version of the AWS provider only, with the note written above them.
 * `inference_accelerator` of aws_ecs_task_definition is a block in 5.x (ForceNew: left out, 5.x would
 * plan replacing the task definition) and is removed in 6.0 (version 6 upgrade guide, "Resource
 * aws_ecs_task_definition": Amazon Elastic Inference reached end of life in April 2024).
 */
const SIX_ONLY = 'AWS provider 6.x only: 5.x has no such block (upgrade the provider, or delete it with 5.x).';
const VERSION_NOTES: Record<string, string> = {
  access_log_configuration: SIX_ONLY,
  test_traffic_rules: SIX_ONLY,
  advanced_configuration: SIX_ONLY,
  managed_instances_provider: SIX_ONLY,
  inference_accelerator: 'AWS provider 5.x only: 6.0 removed inference_accelerator (Elastic Inference reached end of life in\nApril 2024). With provider 6.x, delete this block; with 5.x, leaving it out replaces the task definition.',
};
/** Map attributes: written as `name = { key = value }`. */
const MAPS = new Set(['tags', 'driver_opts', 'labels', 'properties']);

/**
 * Marks a string that must be written as a reference (`var.x`, `aws_ecs_cluster.prod.id`), never as a
 * string. A per-process random prefix, so that no live value can pose as a reference and inject code.
 */
const REF_MARK = `\u0000ref-${randomUUID()}:`;
const VARIABLE_MARK = `${REF_MARK}var.`;

export interface ImportedResource {
  address: string;
  importId: string;
  file: string;
  line: number;
}

export interface SecretKeptOut {
  variable: string;
  /** Where the value came from: task definition, container, attribute. */
  source: string;
  what: string;
  severity: 'high' | 'critical';
  file: string;
  line: number;
}

export interface GeneratedModule {
  /** File name -> text. */
  files: Map<string, string>;
  resources: ImportedResource[];
  secrets: SecretKeptOut[];
}

// ------------------------------------------------------------------ reverse normalization

/** A stable text form of a view, for equality: Maps as entries, object keys sorted (a removed and restored key moves to the end). */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v instanceof Map) return { __map: [...v.entries()] };
    if (isRecord(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
    return v;
  });
}

/**
 * Drops every attribute (depth first, inside nested blocks and container definitions too) whose
 * removal leaves `view(attrs)` unchanged: those are defaults or attributes the comparison ignores.
 */
function minimal(attrs: Attrs, view: (a: Attrs) => View, keep: ReadonlySet<string> = new Set()): Attrs {
  const target = canonical(view(attrs));
  const root = structuredClone(attrs);
  const tryRemove = (node: Attrs, key: string): boolean => {
    const saved = node[key];
    delete node[key];
    if (canonical(view(root)) === target) return true;
    node[key] = saved;
    return false;
  };
  const walk = (node: Attrs): void => {
    for (const key of Object.keys(node)) {
      if (node === root && keep.has(key)) continue;
      const value = node[key];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
        delete node[key];
        continue;
      }
      if (tryRemove(node, key)) continue;
      if (Array.isArray(value)) for (const item of value) if (isRecord(item)) walk(item);
      if (isRecord(value)) walk(value);
    }
  };
  walk(root);
  return root;
}

/** `tags_all` as the provider reads it becomes `tags`, without the `aws:` tags AWS adds itself. */
function withTags(attrs: Attrs): Attrs {
  const { tags_all: all, ...rest } = attrs;
  const tags = Object.fromEntries(Object.entries((all ?? {}) as Record<string, string>).filter(([k]) => !k.startsWith('aws:')).sort(([a], [b]) => (a < b ? -1 : 1)));
  return Object.keys(tags).length ? { ...rest, tags } : rest;
}

// ------------------------------------------------------------------ state shape -> HCL

function scalar(value: unknown): HclExpr {
  if (typeof value === 'string' && value.startsWith(REF_MARK)) return hcl.ref(value.slice(REF_MARK.length));
  if (typeof value === 'number') return hcl.num(value);
  if (typeof value === 'boolean') return hcl.bool(value);
  return hcl.str(String(value));
}

/** A JSON value (container definitions) as an HCL expression, keys in the order ECS returned them. */
function jsonExpr(value: unknown): HclExpr {
  if (Array.isArray(value)) return hcl.list(value.map(jsonExpr));
  if (isRecord(value)) return hcl.object(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, jsonExpr(v)]));
  return scalar(value);
}

function bodyOf(attrs: Attrs, order: string[] = []): HclItem[] {
  const keys = Object.keys(attrs).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 1000 : ia) - (ib < 0 ? 1000 : ib);
  });
  const attributes: HclItem[] = [];
  const blocks: HclItem[] = [];
  let tags: HclItem | undefined;
  for (const key of keys) {
    const value = attrs[key];
    if (value === undefined || value === null) continue;
    // A list of objects is a nested block in every schema of these resources (SDKv2 and the framework
    // alike), named or not: a block this list does not name yet (a newer provider's) is still written
    // as a block, never as a list of strings.
    if ((BLOCKS.has(key) && (Array.isArray(value) || isRecord(value))) || (Array.isArray(value) && value.length > 0 && value.every(isRecord))) {
      const items = (Array.isArray(value) ? value : [value]).filter(isRecord);
      items.forEach((item, i) => blocks.push(hcl.blank(), ...(i === 0 && VERSION_NOTES[key] ? [hcl.comment(VERSION_NOTES[key])] : []), hcl.block(key, [], bodyOf(item))));
    } else if (MAPS.has(key) && isRecord(value)) {
      const item = hcl.attr(key, hcl.object(Object.entries(value).map(([k, v]) => [k, scalar(v)])));
      if (key === 'tags') tags = item;
      else attributes.push(item);
    } else if (Array.isArray(value)) attributes.push(hcl.attr(key, hcl.list(value.map(scalar))));
    else if (isRecord(value)) attributes.push(hcl.attr(key, jsonExpr(value)));
    else attributes.push(hcl.attr(key, scalar(value)));
  }
  return [...attributes, ...blocks, ...(tags ? [hcl.blank(), tags] : [])];
}

// ------------------------------------------------------------------ names

/** A Terraform identifier from an AWS name, unique among `taken`. */
function identifier(name: string, taken: Set<string>): string {
  let base = name.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z_]/, (c) => `_${c}`) || 'imported';
  base = base.replace(/-/g, '_');
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

// ------------------------------------------------------------------ secrets

interface SecretSlot {
  variable: string;
  source: string;
  what: string;
  severity: 'high' | 'critical';
}

/** Replaces values that look secret with variable marks; `secrets` (valueFrom references) stay as they are. */
function keepSecretsOut(containers: Attrs[], where: string, prefix: string, variables: Set<string>, slots: SecretSlot[]): Attrs[] {
  const slot = (source: string, what: string, severity: 'high' | 'critical', hint: string): string => {
    const variable = identifier(`${prefix}_${hint}`, variables);
    slots.push({ variable, source, what, severity });
    return `${VARIABLE_MARK}${variable}`;
  };
  const scrub = (value: unknown, container: string, path: string): unknown => {
    if (typeof value === 'string') {
      const what = isSecretStoreArn(value) ? undefined : credentialFormat(value);
      return what ? slot(`${where}, container ${container}, ${path}`, what, 'critical', `${container}_${path}`) : value;
    }
    if (Array.isArray(value)) return value.map((v, i) => scrub(v, container, `${path}[${i}]`));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, container, `${path}.${k}`)]));
    return value;
  };
  return containers.map((c) => {
    const name = String(c.name ?? 'container');
    const out: Attrs = {};
    for (const [key, value] of Object.entries(c)) {
      if (key === 'secrets' || key === 'name') out[key] = value;
      else if (key === 'environment' && Array.isArray(value)) {
        out[key] = value.map((e: Attrs) => {
          if (!isRecord(e) || typeof e.value !== 'string') return e;
          const match = classifyEnvironmentValue(typeof e.name === 'string' ? e.name : undefined, e.value);
          return match ? { ...e, value: slot(`${where}, container ${name}, environment ${String(e.name)}`, match.what, match.severity, `${name}_${String(e.name)}`) } : e;
        });
      } else out[key] = scrub(value, name, key);
    }
    return out;
  });
}

// ------------------------------------------------------------------ resources

interface PendingResource {
  file: string;
  address: string;
  importId: string;
  items: HclItem[];
}

export function generateModule(estate: LiveEstate): GeneratedModule {
  const names = new Map<string, Set<string>>();
  const taken = (type: string) => names.get(type) ?? names.set(type, new Set()).get(type)!;
  const pending: PendingResource[] = [];
  const slots: SecretSlot[] = [];
  const variables = new Set<string>();

  const capacityProviderRef = new Map<string, string>();
  for (const cp of estate.capacityProviders) {
    const id = identifier(cp.name!, taken('aws_ecs_capacity_provider'));
    capacityProviderRef.set(cp.name!, `aws_ecs_capacity_provider.${id}.name`);
    const attrs = minimal(withTags(liveCapacityProviderAsState(cp)), capacityProviderView, new Set(['name']));
    pending.push({ file: 'capacity_providers.tf', address: `aws_ecs_capacity_provider.${id}`, importId: cp.name!,
      items: [hcl.block('resource', ['aws_ecs_capacity_provider', id], bodyOf(attrs, ['name']))] });
  }

  const clusterRef = new Map<string, string>();
  for (const cluster of estate.clusters) {
    const name = cluster.clusterName!;
    const id = identifier(name, taken('aws_ecs_cluster'));
    clusterRef.set(name, `aws_ecs_cluster.${id}`);
    const attrs = minimal(withTags(liveClusterAsState(cluster)), clusterView, new Set(['name']));
    pending.push({ file: 'clusters.tf', address: `aws_ecs_cluster.${id}`, importId: name, items: [hcl.block('resource', ['aws_ecs_cluster', id], bodyOf(attrs, ['name']))] });
    pending.push(...clusterCapacityProviders(cluster, id, capacityProviderRef));
  }

  // One resource per task definition revision in use: `family`, or `family_revision` when a family has several.
  const revisionsOfFamily = new Map<string, number>();
  for (const { taskDefinition } of estate.taskDefinitions.values()) revisionsOfFamily.set(taskDefinition.family!, (revisionsOfFamily.get(taskDefinition.family!) ?? 0) + 1);
  const taskDefinitionAddress = new Map<string, string>();
  for (const [ref, described] of [...estate.taskDefinitions.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const td = described.taskDefinition;
    const id = identifier(revisionsOfFamily.get(td.family!)! > 1 ? `${td.family}_${td.revision}` : td.family!, taken('aws_ecs_task_definition'));
    taskDefinitionAddress.set(ref, `aws_ecs_task_definition.${id}`);
    pending.push(taskDefinitionResource(described, id, ref, variables, slots));
  }

  const serviceTaken = taken('aws_ecs_service');
  const taskSetTaken = taken('aws_ecs_task_set');
  const multipleClusters = estate.requestedClusters > 1;
  for (const cluster of estate.clusters) {
    const clusterName = cluster.clusterName!;
    for (const service of [...(estate.services.get(clusterName) ?? [])].sort((a, b) => (a.serviceName! < b.serviceName! ? -1 : 1))) {
      const id = identifier(multipleClusters ? `${clusterName}_${service.serviceName}` : service.serviceName!, serviceTaken);
            // The cluster's ARN as ECS reports it, and the task definition as `family:revision`, which is
      // how the provider records a service's task definition on import (a full ARN would plan a change).
      // An EXTERNAL service has no task definition (its task sets carry them): none is written.
      const td = service.taskDefinition === undefined ? undefined : taskDefinitionAddress.get(taskDefinitionRef(service.taskDefinition))!;
      pending.push(serviceResource(service, id, clusterName, `${clusterRef.get(clusterName)!}.arn`, td && `"\${${td}.family}:\${${td}.revision}"`, capacityProviderRef));
      // Task sets of an EXTERNAL controller, named after the service and their status (primary, active).
      for (const taskSet of estate.taskSets.get(service.serviceArn!) ?? []) {
        const taskSetId = identifier(`${id}_${(taskSet.status ?? 'task_set').toLowerCase()}`, taskSetTaken);
        const taskSetTd = taskDefinitionAddress.get(taskDefinitionRef(taskSet.taskDefinition))!;
        pending.push(taskSetResource(taskSet, taskSetId, service.serviceName!, clusterName, `aws_ecs_service.${id}.name`, `${clusterRef.get(clusterName)!}.name`, `${taskSetTd}.arn`, capacityProviderRef));
      }
    }
  }

  // Files in a fixed order; each resource's line is where its block starts.
  const files = new Map<string, string>();
  const resources: ImportedResource[] = [];
  for (const file of ['clusters.tf', 'capacity_providers.tf', 'task_definitions.tf', 'services.tf', 'task_sets.tf']) {
    const inFile = pending.filter((p) => p.file === file);
    if (!inFile.length) continue;
    const items: HclItem[] = [];
    let line = 1;
    for (const p of inFile) {
      if (items.length) { items.push(hcl.blank()); line++; }
      resources.push({ address: p.address, importId: p.importId, file, line });
      items.push(...p.items);
      line += renderHcl(p.items).split('\n').length - 1;
    }
    files.set(file, renderHcl(items));
  }
  const imports: HclItem[] = [hcl.comment('Import blocks for `terraform plan` / `apply` (Terraform >= 1.5), with the import IDs the AWS provider documents.\nThe import is provisional until it is merged: review the findings of `ecs-drift-guard scan` on this folder first.')];
  for (const r of resources) imports.push(hcl.blank(), hcl.block('import', [], [hcl.attr('to', hcl.ref(r.address)), hcl.attr('id', hcl.str(r.importId))]));
  files.set('imports.tf', renderHcl(imports));

  const secrets: SecretKeptOut[] = [];
  if (slots.length) {
    const items: HclItem[] = [];
    for (const s of slots) {
      items.push(
        hcl.comment(`From live ECS: ${s.source}. Its value looked like ${s.what} and is not written here:\nset it outside the code (TF_VAR_${s.variable}) or, better, move it to Secrets Manager and use \`secrets\`.`),
        hcl.block('variable', [s.variable], [hcl.attr('type', hcl.ref('string')), hcl.attr('sensitive', hcl.bool(true))]),
        hcl.blank(),
      );
    }
    files.set('variables.tf', renderHcl(items));
    const taskDefinitions = files.get('task_definitions.tf')!.split('\n');
    for (const s of slots) {
      const at = taskDefinitions.findIndex((l) => new RegExp(`\\bvar\\.${s.variable}\\b`).test(l));
      secrets.push({ ...s, file: 'task_definitions.tf', line: at + 1 });
    }
  }
  return { files, resources, secrets };
}

function clusterCapacityProviders(cluster: Cluster, clusterId: string, capacityProviderRef: Map<string, string>): PendingResource[] {
  if (!(cluster.capacityProviders?.length) && !(cluster.defaultCapacityProviderStrategy?.length)) return [];
  const attrs = minimal(liveClusterCapacityProvidersAsState(cluster), clusterCapacityProvidersView, new Set(['cluster_name']));
  const ref = (name: unknown): unknown => {
    const n = capacityProviderName(name);
    return !AWS_MANAGED_CAPACITY_PROVIDERS.has(n) && capacityProviderRef.has(n) ? `${REF_MARK}${capacityProviderRef.get(n)!}` : n;
  };
  const body = bodyOf({
    ...attrs,
    cluster_name: `${REF_MARK}aws_ecs_cluster.${clusterId}.name`,
    capacity_providers: Array.isArray(attrs.capacity_providers) ? [...attrs.capacity_providers].sort().map(ref) : undefined,
    default_capacity_provider_strategy: Array.isArray(attrs.default_capacity_provider_strategy)
      ? (attrs.default_capacity_provider_strategy as Attrs[]).map((s) => ({ ...s, capacity_provider: ref(s.capacity_provider) }))
      : undefined,
  }, ['cluster_name', 'capacity_providers']);
  return [{ file: 'clusters.tf', address: `aws_ecs_cluster_capacity_providers.${clusterId}`, importId: cluster.clusterName!,
    items: [hcl.block('resource', ['aws_ecs_cluster_capacity_providers', clusterId], body)] }];
}

/**
 * Container definitions lose only what terraform-provider-aws itself treats as absent
 * (container_definitions.go): `essential: true`, `cpu: 0` and empty lists or objects at the top
 * level. The drift view is more lenient (readOnly false, health-check timings, protocol tcp), but
 * the provider compares the JSON and would replace the task definition over those.
 */
function minimalContainer(container: Attrs): Attrs {
  const out: Attrs = {};
  for (const [key, value] of Object.entries(container)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (isRecord(value) && Object.keys(value).length === 0) continue;
    if (key === 'essential' && value === true) continue;
    if (key === 'cpu' && value === 0) continue;
    out[key] = value;
  }
  return out;
}

function taskDefinitionResource(described: DescribedTaskDefinition, id: string, ref: string, variables: Set<string>, slots: SecretSlot[]): PendingResource {
  const td = described.taskDefinition;
  const state = withTags(liveTaskDefinitionAsState(td, described.tags));
  const networkMode = td.networkMode;
  const containers = ((state.container_definitions as Attrs[]) ?? []).map(minimalContainer);
  const { container_definitions: _omit, ...rest } = state;
  const attrs = minimal(rest, (a) => taskDefinitionView({ ...a, container_definitions: [] }), new Set(['family']));
  const scrubbed = keepSecretsOut(containers, `task definition ${ref}`, id, variables, slots);
  const body = bodyOf(attrs, ['family', 'network_mode', 'requires_compatibilities', 'cpu', 'memory', 'execution_role_arn', 'task_role_arn']);
  const firstBlock = body.findIndex((i) => i.kind === 'blank');
  const definitions = hcl.attr('container_definitions', hcl.call('jsonencode', jsonExpr(scrubbed)));
  body.splice(firstBlock < 0 ? body.length : firstBlock, 0, definitions);
  return { file: 'task_definitions.tf', address: `aws_ecs_task_definition.${id}`, importId: td.taskDefinitionArn!, items: [hcl.block('resource', ['aws_ecs_task_definition', id], body)] };
}

function serviceResource(service: Service, id: string, clusterName: string, clusterExpr: string, taskDefinitionExpr: string | undefined, capacityProviderRef: Map<string, string>): PendingResource {
  const attrs = minimal(withTags(liveServiceAsState(service)), serviceView, new Set(['name']));
  // DISABLED is left out and ENABLED written, which means the same under every AWS provider version:
  // 5.x has `Default: awstypes.AvailabilityZoneRebalancingDisabled` (internal/service/ecs/service.go,
  // 5.100.0) and plans DISABLED for code without it; 6.x after PR #44117 makes it Optional + Computed
  // and adopts the live DISABLED. ENABLED, CreateService's default since 2025 (API_CreateService
  // `availabilityZoneRebalancing`), is the default of neither, so it is written for both.
  if (attrs.availability_zone_rebalancing === 'DISABLED') delete attrs.availability_zone_rebalancing;
  // `deployment_configuration` (strategy, bake time, lifecycle hooks) is a 6.x block that the 5.x schema
  // does not have: written, the module would not plan with 5.x. Left out, 6.x adopts the live value
  // (Optional + Computed) and 5.x leaves it as is, so it is not written (import-check lists it as not compared).
  delete attrs.deployment_configuration;
  delete attrs.cluster;
  delete attrs.task_definition;
  if (Array.isArray(attrs.capacity_provider_strategy)) {
    attrs.capacity_provider_strategy = (attrs.capacity_provider_strategy as Attrs[]).map((s) => {
      const n = capacityProviderName(s.capacity_provider);
      return capacityProviderRef.has(n) ? { ...s, capacity_provider: `${REF_MARK}${capacityProviderRef.get(n)!}` } : s;
    });
  }
  const body = bodyOf({ name: attrs.name, cluster: `${REF_MARK}${clusterExpr}`, task_definition: taskDefinitionExpr && `${REF_MARK}${taskDefinitionExpr}`, ...attrs },
    ['name', 'cluster', 'task_definition', 'desired_count', 'launch_type', 'platform_version', 'scheduling_strategy']);
  return { file: 'services.tf', address: `aws_ecs_service.${id}`, importId: `${clusterName}/${service.serviceName}`, items: [hcl.block('resource', ['aws_ecs_service', id], body)] };
}

/**
 * aws_ecs_task_set (terraform-provider-aws internal/service/ecs/task_set.go). The provider's Read
 * sets `cluster` and `service` to the import id's parts as given and `task_definition` to the
 * ARN ECS reports, all three ForceNew: so the code names the cluster and the service (the import
 * id uses names) and points at the task definition's `arn`. `stability_status` is computed by ECS;
 * `weight` of a capacity provider strategy item is Required in this resource, so it is kept even at 0.
 */
function taskSetResource(taskSet: TaskSet, id: string, serviceName: string, clusterName: string, serviceExpr: string, clusterExpr: string, taskDefinitionExpr: string, capacityProviderRef: Map<string, string>): PendingResource {
  const state = liveTaskSetAsState(taskSet);
  const tagsAll = Object.fromEntries((taskSet.tags ?? []).filter((t) => t.key).map((t) => [t.key!, t.value ?? '']));
  const attrs = minimal(withTags({ ...state, tags_all: tagsAll }), taskSetView, new Set(['tags']));
  delete attrs.stability_status;
  delete attrs.task_definition;
  if (Array.isArray(attrs.capacity_provider_strategy)) {
    attrs.capacity_provider_strategy = (attrs.capacity_provider_strategy as Attrs[]).map((s) => {
      const n = capacityProviderName(s.capacity_provider);
      const live = (state.capacity_provider_strategy as Attrs[]).find((l) => capacityProviderName(l.capacity_provider) === n);
      return { ...s, capacity_provider: capacityProviderRef.has(n) ? `${REF_MARK}${capacityProviderRef.get(n)!}` : s.capacity_provider, weight: s.weight ?? live?.weight ?? 0 };
    });
  }
  const body = bodyOf({ cluster: `${REF_MARK}${clusterExpr}`, service: `${REF_MARK}${serviceExpr}`, task_definition: `${REF_MARK}${taskDefinitionExpr}`, ...attrs },
    ['cluster', 'service', 'task_definition', 'external_id', 'launch_type', 'platform_version']);
  return { file: 'task_sets.tf', address: `aws_ecs_task_set.${id}`, importId: `${taskSet.id},${serviceName},${clusterName}`, items: [hcl.block('resource', ['aws_ecs_task_set', id], body)] };
}
