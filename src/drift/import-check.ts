// Governed imports: is what an `import { to = aws_ecs_*, id = "…" }` block brings under
// Terraform what the code says it is? The live resource is read with the ECS API and compared
// with the resource block's evaluated attributes through the same views, comparison and
// classification as drift, so an import that would silently adopt a public IP or another image
// shows up before the import is applied.
//
// The HCL side is converted to the provider's state shape (`evaluatedAsState`): attributes as
// plain values, nested blocks as lists of objects, `container_definitions` as the decoded JSON
// array. Values unknown before apply (references, unset variables) are not differences: their
// paths are dropped from the comparison and listed as not compared.
import type { ECSClient } from '@aws-sdk/client-ecs';
import type { Logger } from '../logger.js';
import type { DriftDifference } from '../report/model.js';
import { decodeJsonString } from '../terraform/evaluate.js';
import type { ConfigurationModel, EvaluatedBlock, ImportModel, ResourceModel } from '../terraform/model.js';
import type { StringValue, Value } from '../terraform/values.js';
import { classifyDifference, parseIgnoreChanges, type ClassificationContext, type DriftRule } from './classify.js';
import { compareViews, type RawDifference } from './compare.js';
import { EcsLiveReader, type ReadOutcome } from './live-reader.js';
import { capacityProviderView, liveCapacityProviderAsState } from './resources/capacity-provider.js';
import { clusterCapacityProvidersView, liveClusterCapacityProvidersAsState } from './resources/cluster-capacity-providers.js';
import { clusterView, liveClusterAsState } from './resources/cluster.js';
import { liveServiceAsState, serviceView } from './resources/service.js';
import type { View } from './resources/shared.js';
import { liveTaskDefinitionAsState, taskDefinitionView } from './resources/task-definition.js';
import { liveTaskSetAsState, taskSetView } from './resources/task-set.js';
import { capacityProviderName, clusterName, familyOfTaskDefinitionRef, hasRevision, regionOfArn, serviceName, taskDefinitionRef } from './references.js';
import { awsProviderVersion, predates, type AwsProviderVersion } from './provider-version.js';
import { RequestScheduler } from './request-scheduler.js';

export type ImportCheckStatus = 'faithful' | 'differs' | 'not_found' | 'unverified' | 'not_evaluated';

export interface NotCompared {
  /** View path, dotted: `container_definitions.app.image`, `network_configuration.subnets`. */
  path: string;
  why: string;
}

export interface ImportCheck {
  /** The import block's `to`, with the module prefix of the module that holds it. */
  to: string;
  /** The import id; '' when it is not known statically. */
  id: string;
  /** The import block's file and first line. */
  file: string;
  line: number;
  status: ImportCheckStatus;
  reason: string;
  differences: DriftDifference[];
  /** Attributes left out because the code's value is unknown until apply or computed by AWS when unset. */
  notCompared: NotCompared[];
  /** Address of the resource block the import targets, when found. */
  resource?: string;
  region?: string;
}

export interface ImportCheckClients {
  ecs(region: string): ECSClient;
}

export interface ImportCheckOptions {
  /** Region for ids that are not ARNs. */
  region?: string;
  logger: Logger;
  expected?: DriftRule[];
  ignore?: DriftRule[];
  scheduler?: RequestScheduler;
  /**
   * Where the repository is on disk, to read each root module's `.terraform.lock.hcl`: the AWS
   * provider's version decides schema defaults the comparison relies on (provider-version.ts).
   */
  repoRoot?: string;
}

const SUPPORTED_TYPES = new Set(['aws_ecs_service', 'aws_ecs_task_definition', 'aws_ecs_cluster', 'aws_ecs_cluster_capacity_providers', 'aws_ecs_capacity_provider', 'aws_ecs_task_set']);

/** Nested blocks the views key by a field (`setting[containerInsights]`): an unknown inside one is not compared as a whole. */
const KEYED_BLOCKS = new Set(['setting', 'load_balancer', 'volume', 'capacity_provider_strategy', 'default_capacity_provider_strategy', 'ordered_placement_strategy', 'placement_constraints']);
/** Blocks and arguments that are Terraform's, not the resource's. */
const NOT_ATTRIBUTES = new Set(['lifecycle', 'timeouts', 'provisioner', 'connection', 'count', 'for_each', 'depends_on', 'provider']);

/**
 * Optional + Computed attributes in terraform-provider-aws: left out of the code, the provider
 * adopts whatever AWS has, so their absence is not a difference. Anything not listed is compared
 * as a whole when the code leaves it out.
 *
 * Not listed: aws_ecs_service `capacity_provider_strategy`, Optional but not Computed
 * (internal/service/ecs/service.go, 5.100.0: `Type: schema.TypeSet, Optional: true`), and
 * capacityProviderStrategyCustomizeDiff forces a new service when it changes: Terraform 1.11.4
 * plans importing a service that has one with code that leaves it out as
 * "- capacity_provider_strategy { # forces replacement" (__tests__/import/terraform-plan.test.ts,
 * "left-out"). Listed: aws_ecs_cluster `setting`, Optional + Computed (cluster.go, 5.100.0), which
 * the same plan imports with the live value and no change.
 */
const STRATEGY_LEFT_OUT = 'not set in the code: Optional, not Computed, so the provider plans its removal, which with provider 5.x replaces the service';
const COMPUTED_WHEN_UNSET: Record<string, string[]> = {
  aws_ecs_service: ['cluster', 'iam_role', 'launch_type', 'platform_version'],
  aws_ecs_task_definition: ['network_mode'],
  aws_ecs_cluster: ['setting'],
  aws_ecs_cluster_capacity_providers: [],
  aws_ecs_capacity_provider: [],
  // internal/service/ecs/task_set.go (5.100.0): external_id, launch_type, platform_version and scale are Optional + Computed.
  aws_ecs_task_set: ['external_id', 'launch_type', 'platform_version', 'scale'],
};

/**
 * More Optional + Computed arguments (5.100.0 per `terraform providers schema -json`; the same in
 * 6.x task_definition.go and capacity_provider.go), at any depth: left out of a block the code
 * writes, the provider adopts the live value. A block the code leaves out whose parent is not
 * listed here is compared as a whole. Listed as not compared only when live differs from the
 * view's default, so that the common case (ECS's default) adds no noise.
 */
const NESTED_COMPUTED_WHEN_UNSET: Record<string, string[][]> = {
  aws_ecs_task_definition: [['enable_fault_injection']],
  aws_ecs_capacity_provider: [
    ['auto_scaling_group_provider', 'managed_draining'],
    ['auto_scaling_group_provider', 'managed_termination_protection'],
    ['auto_scaling_group_provider', 'managed_scaling'],
    ...['status', 'target_capacity', 'minimum_scaling_step_size', 'maximum_scaling_step_size', 'instance_warmup_period']
      .map((name) => ['auto_scaling_group_provider', 'managed_scaling', name]),
  ],
};

/** Whether the code sets `name` in `block`, as an argument or as a nested block. */
function sets(block: EvaluatedBlock, name: string): boolean {
  return block.attributes.has(name) || block.blocks.some((b) => b.type === name);
}

/** The nested Optional + Computed paths the code leaves out of blocks it writes. */
function nestedUnset(resource: ResourceModel, type: string): string[][] {
  const out: string[][] = [];
  for (const path of NESTED_COMPUTED_WHEN_UNSET[type] ?? []) {
    let block: EvaluatedBlock | undefined = resource.body;
    for (const name of path.slice(0, -1)) block = block?.blocks.find((b) => b.type === name);
    const last = path[path.length - 1]!;
    if (!block || sets(block, last)) continue;
    // Inside a block that is itself left out, the outer path says it already.
    if (!out.some((o) => o.length < path.length && o.every((seg, i) => seg === path[i]))) out.push(path);
  }
  return out;
}

// ------------------------------------------------------------------ HCL -> state shape

export interface StateShape {
  attributes: Record<string, unknown>;
  /** Paths (view segment names) whose value is unknown before apply, with why. */
  unknown: { path: string[]; why: string }[];
}

/** A resource block's evaluated attributes in the provider's state shape, with the paths that are unknown. */
export function evaluatedAsState(resource: ResourceModel): StateShape {
  const unknown: StateShape['unknown'] = [];
  return { attributes: blockAsState(resource.body, [], unknown), unknown };
}

function blockAsState(block: EvaluatedBlock, prefix: string[], unknown: StateShape['unknown']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attr] of block.attributes) {
    if (prefix.length === 0 && NOT_ATTRIBUTES.has(name)) continue;
    out[name] = name === 'container_definitions' && prefix.length === 0
      ? containerDefinitionsAsState(attr.value, unknown)
      : plainOf(attr.value, [...prefix, name], unknown);
  }
  const byType = new Map<string, EvaluatedBlock[]>();
  for (const b of block.blocks) {
    if (prefix.length === 0 && NOT_ATTRIBUTES.has(b.type)) continue;
    if (!byType.has(b.type)) byType.set(b.type, []);
    byType.get(b.type)!.push(b);
  }
  for (const [type, blocks] of byType) {
    const path = [...prefix, type];
    const collector: StateShape['unknown'] = [];
    out[type] = blocks.map((b) => blockAsState(b, path, collector));
    if (KEYED_BLOCKS.has(type)) {
      if (collector.length) unknown.push({ path, why: collector[0].why });
    } else unknown.push(...collector);
  }
  for (const u of block.unknownBlocks) unknown.push({ path: [...prefix, u.type], why: u.reason });
  return out;
}

/** Plain value; unknowns (anywhere inside) are recorded and left out. */
function plainOf(value: Value, path: string[], unknown: StateShape['unknown']): unknown {
  switch (value.kind) {
    case 'unknown':
      unknown.push({ path, why: value.reason });
      return undefined;
    case 'string': case 'number': case 'bool':
      return value.value;
    case 'null':
      return null;
    case 'list': {
      // A list is compared as a whole (sorted sets, ordered lists): one unknown item leaves the list out.
      const inner: StateShape['unknown'] = [];
      const items = value.items.map((item) => plainOf(item, path, inner));
      if (inner.length) unknown.push({ path, why: inner[0].why });
      return items.filter((i) => i !== undefined);
    }
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of value.entries) {
        const v = plainOf(e.value, [...path, k], unknown);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
  }
}

/** The decoded container array; unknowns are recorded per container (by name) and per environment/secret entry. */
function containerDefinitionsAsState(value: Value, unknown: StateShape['unknown']): unknown {
  const path = ['container_definitions'];
  if (value.kind === 'unknown') {
    unknown.push({ path, why: value.reason });
    return undefined;
  }
  let decoded: Value = value;
  if (value.kind === 'string') {
    try {
      decoded = decodeJsonString(value as StringValue);
    } catch (error) {
      unknown.push({ path, why: `container_definitions is not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  }
  if (decoded.kind !== 'list') {
    unknown.push({ path, why: decoded.kind === 'unknown' ? decoded.reason : 'container_definitions is not a JSON array' });
    return undefined;
  }
  return decoded.items.map((item) => {
    if (item.kind !== 'object') return plainOf(item, path, unknown);
    const name = item.entries.get('name')?.value;
    if (name?.kind !== 'string') {
      // Containers are matched by name; without one the whole document cannot be aligned.
      unknown.push({ path, why: name?.kind === 'unknown' ? name.reason : 'a container has no name' });
      return undefined;
    }
    const container: Record<string, unknown> = {};
    for (const [key, entry] of item.entries) {
      const at = [...path, name.value, key];
      if ((key === 'environment' || key === 'secrets') && entry.value.kind === 'list') {
        container[key] = entry.value.items.map((e) => {
          const entryName = e.kind === 'object' ? e.entries.get('name')?.value : undefined;
          return plainOf(e, entryName?.kind === 'string' ? [...at, entryName.value] : at, unknown);
        });
        continue;
      }
      const v = plainOf(entry.value, at, unknown);
      if (v !== undefined) container[key] = v;
    }
    return container;
  }).filter((c) => c !== undefined);
}

// ------------------------------------------------------------------ resolving `to` and `id`

function normalizeDir(dir: string): string {
  const d = dir.replace(/\\/g, '/').replace(/^\.\/+/, '').replace(/\/+$/, '');
  return d === '' ? '.' : d;
}

const stripKeys = (address: string): string => address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, '');

function resolveTarget(imp: ImportModel, configuration: ConfigurationModel): ResourceModel | undefined {
  const root = normalizeDir(imp.rootDir);
  const candidates = configuration.resources.filter((r) => r.mode === 'managed' && normalizeDir(r.rootDir) === root);
  const exact = candidates.find((r) => r.address === imp.to);
  if (exact) return exact;
  // A resource block whose instances were not expanded stands for all of them.
  const unexpanded = candidates.filter((r) => !r.address.includes('[') && r.address === stripKeys(imp.to));
  return unexpanded.length === 1 ? unexpanded[0] : undefined;
}

function typeOfAddress(address: string): string | undefined {
  return /(?:^|\.)(aws_[a-z0-9_]+)\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?$/.exec(address)?.[1];
}

// ------------------------------------------------------------------ the check

export async function checkImports(
  imports: ImportModel[],
  configuration: ConfigurationModel,
  clients: ImportCheckClients,
  options: ImportCheckOptions,
): Promise<ImportCheck[]> {
  const reader = new EcsLiveReader(clients.ecs, options.scheduler ?? new RequestScheduler(4, 10), options.logger);
  const versions = new Map<string, Promise<AwsProviderVersion>>();
  const providerOf = (rootDir: string): Promise<AwsProviderVersion> => {
    const dir = normalizeDir(rootDir);
    if (!versions.has(dir)) versions.set(dir, awsProviderVersion(configuration, dir, options.repoRoot));
    return versions.get(dir)!;
  };
  const checks = await Promise.all(imports
    .filter((imp) => typeOfAddress(imp.to)?.startsWith('aws_ecs_'))
    .map((imp) => checkImport(imp, configuration, reader, options, providerOf)));
  const count = (s: ImportCheckStatus): number => checks.filter((c) => c.status === s).length;
  if (checks.length) {
    options.logger.info(`Imports: ${checks.length} checked against live ECS: ${count('faithful')} faithful, ${count('differs')} differ, ${count('not_found')} not found, ${count('unverified')} unverified, ${count('not_evaluated')} not evaluated`);
  }
  return checks;
}

async function checkImport(
  imp: ImportModel,
  configuration: ConfigurationModel,
  reader: EcsLiveReader,
  options: ImportCheckOptions,
  providerOf: (rootDir: string) => Promise<AwsProviderVersion>,
): Promise<ImportCheck> {
  const type = typeOfAddress(imp.to)!;
  const base = { to: imp.to, id: imp.id.kind === 'string' ? imp.id.value : '', file: imp.loc.file, line: imp.loc.line, differences: [], notCompared: [] };
  if (!SUPPORTED_TYPES.has(type)) return { ...base, status: 'not_evaluated', reason: `imports of ${type} are not checked against live ECS` };
  if (imp.id.kind !== 'string' || imp.id.value === '') {
    return { ...base, status: 'not_evaluated', reason: `the import id is not known statically${imp.id.kind === 'unknown' ? `: ${imp.id.reason}` : ''}` };
  }
  const resource = resolveTarget(imp, configuration);
  if (!resource) return { ...base, status: 'not_evaluated', reason: `no resource block ${imp.to} was found in ${normalizeDir(imp.rootDir)}` };
  const id = imp.id.value;
  const region = regionOfArn(id) ?? options.region;
  const located = { ...base, resource: resource.address, ...(region ? { region } : {}) };
  if (!region) return { ...located, status: 'unverified', reason: 'no region: the import id is not an ARN and no aws-region / AWS_REGION was given' };

  const live = await readLive(type, id, region, reader);
  if ('outcome' in live) {
    if (live.outcome.status === 'missing') return { ...located, status: 'not_found', reason: `nothing to import: ${live.outcome.reason}` };
    return { ...located, status: 'unverified', reason: live.outcome.status === 'unverified' ? live.outcome.reason : 'not read' };
  }
  if ('invalid' in live) return { ...located, status: 'not_evaluated', reason: live.invalid };

  const hcl = evaluatedAsState(resource);
  const notCompared: NotCompared[] = hcl.unknown.map((u) => ({ path: u.path.join('.'), why: u.why }));
  const skip = hcl.unknown.map((u) => u.path);
  for (const name of COMPUTED_WHEN_UNSET[type] ?? []) {
    if (!sets(resource.body, name)) {
      skip.push([name]);
      notCompared.push({ path: name, why: 'not set in the code: the provider adopts the live value' });
    }
  }
  // aws_ecs_service `deployment_configuration` (strategy, bake time, hooks): Optional + Computed in 6.x
  // (service.go on main), not an argument of the 5.x schema (5.100.0), so neither major changes what
  // ECS has when the code leaves it out. Listed only when ECS has more than a plain rolling update.
  if (type === 'aws_ecs_service' && live.liveView.deployment_configuration !== undefined && !sets(resource.body, 'deployment_configuration')) {
    skip.push(['deployment_configuration']);
    notCompared.push({ path: 'deployment_configuration', why: 'not set in the code: provider 6.x adopts the live value (Optional + Computed); 5.x has no such argument and leaves it as is' });
  }
  let withDefaults = hcl.attributes;
  let assumed: string | undefined;
  // A value DescribeServices does not report (older API versions) is not compared, as in drift.
  if (type === 'aws_ecs_service' && live.liveAttributes.availability_zone_rebalancing !== undefined
    && !resource.body.attributes.has('availability_zone_rebalancing') && !hcl.unknown.some((u) => u.path[0] === 'availability_zone_rebalancing')) {
    const provider = await providerOf(imp.rootDir);
    const unset = availabilityZoneRebalancingUnset(live.liveAttributes.availability_zone_rebalancing, provider);
    if (unset.planned) {
      withDefaults = { ...hcl.attributes, availability_zone_rebalancing: unset.planned };
      if (provider.major === 5) assumed = `not set in the code: with ${provider.detail}, the provider plans its default DISABLED`;
    } else {
      skip.push(['availability_zone_rebalancing']);
      notCompared.push({ path: 'availability_zone_rebalancing', why: unset.why });
    }
  }
  const desired = live.view(withDefaults);
  let raws = compareViews(desired, live.liveView).filter((raw) => !skip.some((s) => overlaps(s, raw.segments.map((x) => x.name))));
  for (const path of nestedUnset(resource, type)) {
    const adopted = raws.filter((raw) => overlaps(path, raw.segments.map((x) => x.name)));
    if (!adopted.length) continue;
    raws = raws.filter((raw) => !adopted.includes(raw));
    notCompared.push({ path: path.join('.'), why: 'not set in the code: the provider adopts the live value' });
  }
  if (type === 'aws_ecs_service' || type === 'aws_ecs_task_set') raws.push(...compareServiceTaskDefinition(resource, configuration, hcl, live.liveAttributes, skip, notCompared));

  const context: ClassificationContext = {
    resourceType: type,
    address: resource.address,
    ignoreChanges: parseIgnoreChanges(resource.body.blocks.find((b) => b.type === 'lifecycle')?.attributes.get('ignore_changes')?.expression),
    autoscalingTarget: type === 'aws_ecs_service' ? autoscalingTargetFor(resource, configuration) : undefined,
    deploymentController: live.deploymentController,
    schedulingStrategy: live.schedulingStrategy,
    expected: options.expected ?? [],
    ignore: options.ignore ?? [],
  };
  const strategyLeftOut = type === 'aws_ecs_service' && !sets(resource.body, 'capacity_provider_strategy');
  const differences = raws.map((raw) => classifyDifference(raw, context))
    .map((d) => (assumed && d.path === 'availability_zone_rebalancing' && !d.why ? { ...d, why: assumed } : d))
    .map((d) => (strategyLeftOut && d.path.startsWith('capacity_provider_strategy') && !d.why ? { ...d, why: STRATEGY_LEFT_OUT } : d));
  const material = differences.filter((d) => d.class === 'security' || d.class === 'config');
  const security = material.filter((d) => d.class === 'security').length;
  const unknownNote = notCompared.length ? `; ${notCompared.length} attribute${notCompared.length > 1 ? 's' : ''} not compared` : '';
  if (material.length) {
    const parts = [security ? `${security} security` : '', material.length - security ? `${material.length - security} config` : ''].filter(Boolean).join(' and ');
    const paths = material.slice(0, 3).map((d) => d.path).join(', ');
    // Removing a service's whole strategy forces a new service in 5.x (capacityProviderStrategyCustomizeDiff,
    // service.go; the plan test's "- capacity_provider_strategy { # forces replacement"): say so, a
    // destroyed and re-created service is not a mere change.
    const replaces = strategyLeftOut && material.some((d) => d.path.startsWith('capacity_provider_strategy'));
    const consequence = replaces
      ? 'the first apply after the import removes the capacity provider strategy, which provider 5.x does by destroying and re-creating the service'
      : 'the first apply after the import changes live ECS to what the code says';
    return { ...located, status: 'differs', reason: `live ECS differs from the code in ${parts} attribute${material.length > 1 ? 's' : ''} (${paths}${material.length > 3 ? ', …' : ''}): ${consequence}${unknownNote}`, differences, notCompared };
  }
  const accepted = differences.length ? ` apart from ${differences.length} expected or ignored difference${differences.length > 1 ? 's' : ''}` : '';
  return { ...located, status: 'faithful', reason: `live ECS matches the code${accepted}${unknownNote}`, differences, notCompared };
}

/**
 * aws_ecs_service `availability_zone_rebalancing` left out of the code: what the provider plans for it.
 *
 * - 5.x: `Default: awstypes.AvailabilityZoneRebalancingDisabled` (internal/service/ecs/service.go,
 *   5.100.0): the provider plans DISABLED, so a live ENABLED is changed by the first apply.
 * - 6.x: after hashicorp/terraform-provider-aws#44117 (merged 2025-09-02, "account for
 *   AvailabilityZoneRebalancing property's default behavior change") the attribute is `Optional` +
 *   `Computed` with no Default (service.go on main): the provider adopts the live value. 6.x releases
 *   before it still had the 5.x Default (#44141 names v6.8.0's DISABLED default), and the minor that
 *   changed it is not established here, so a live ENABLED is not compared for 6.x.
 * - unknown version: the same, since the answer depends on it.
 *
 * A live DISABLED is what every one of these plans or keeps, so it is compared (no difference).
 */
export function availabilityZoneRebalancingUnset(live: unknown, provider: AwsProviderVersion): { planned: 'DISABLED' } | { planned?: undefined; why: string } {
  if (live === 'DISABLED') return { planned: 'DISABLED' };
  // The argument came with provider 5.77.0 (the release terraform-aws-modules/terraform-aws-ecs#262 and
  // cloudposse/terraform-aws-ecs-alb-service-task#256 name): an earlier provider neither reads nor changes it.
  if ((provider.major !== undefined && provider.major < 5) || (provider.major === 5 && predates(provider, '5.77.0'))) {
    return { why: `not set in the code and live is ${String(live)}: ${provider.detail} predates the argument (added in 5.77.0), so the provider leaves it as it is` };
  }
  if (provider.major === 5) return { planned: 'DISABLED' };
  if (provider.major === 6) {
    return { why: `not set in the code and live is ${String(live)}: with ${provider.detail}, the provider either adopts the live value (6.x after PR #44117, Optional + Computed) or plans DISABLED (earlier 6.x): set it in the code to be sure` };
  }
  if (provider.major !== undefined) return { why: `not set in the code and live is ${String(live)}: hashicorp/aws ${provider.major}.x (${provider.detail}) is not a version whose default is known here` };
  return { why: `not set in the code and live is ${String(live)}: the AWS provider version is unknown (${provider.detail}); provider 5.x would plan DISABLED, later 6.x adopts the live value` };
}

/** True when one path is a prefix of the other (a difference inside or around an unknown value). */
function overlaps(a: string[], b: string[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface LiveSide {
  view: (attrs: Record<string, unknown>) => View;
  liveView: View;
  liveAttributes: Record<string, unknown>;
  deploymentController?: string;
  schedulingStrategy?: string;
}

async function readLive(type: string, id: string, region: string, reader: EcsLiveReader): Promise<LiveSide | { outcome: ReadOutcome<unknown> } | { invalid: string }> {
  switch (type) {
    case 'aws_ecs_service': {
      // Import id `cluster/service` (terraform-provider-aws docs); a service ARN works too.
      const parts = id.startsWith('arn:') ? id.split(':').slice(5).join(':').split('/').slice(1) : id.split('/');
      if (parts.length !== 2 || !parts[0] || !parts[1]) return { invalid: `import id ${JSON.stringify(id)} is not cluster-name/service-name` };
      const [cluster, name] = [clusterName(parts[0]), serviceName(parts[1])];
      const o = (await reader.describeServices(region, cluster, [name])).get(name);
      if (!o || o.status !== 'found') return { outcome: o ?? { status: 'unverified', reason: `service ${name} was not read` } };
      const liveAttributes = liveServiceAsState(o.value);
      return { view: serviceView, liveView: serviceView(liveAttributes), liveAttributes, deploymentController: o.value.deploymentController?.type ?? 'ECS', schedulingStrategy: o.value.schedulingStrategy };
    }
    case 'aws_ecs_task_definition': {
      const o = await reader.describeTaskDefinition(region, id);
      if (o.status !== 'found') return { outcome: o };
      const liveAttributes = liveTaskDefinitionAsState(o.value.taskDefinition, o.value.tags);
      return { view: taskDefinitionView, liveView: taskDefinitionView(liveAttributes), liveAttributes };
    }
    case 'aws_ecs_cluster':
    case 'aws_ecs_cluster_capacity_providers': {
      const name = clusterName(id);
      const o = (await reader.describeClusters(region, [name])).get(name);
      if (!o || o.status !== 'found') return { outcome: o ?? { status: 'unverified', reason: `cluster ${name} was not read` } };
      if (type === 'aws_ecs_cluster') {
        const liveAttributes = liveClusterAsState(o.value);
        return { view: clusterView, liveView: clusterView(liveAttributes), liveAttributes };
      }
      const liveAttributes = liveClusterCapacityProvidersAsState(o.value);
      return { view: clusterCapacityProvidersView, liveView: clusterCapacityProvidersView(liveAttributes), liveAttributes };
    }
    case 'aws_ecs_capacity_provider': {
      const name = capacityProviderName(id);
      const o = (await reader.describeCapacityProviders(region, [name])).get(name);
      if (!o || o.status !== 'found') return { outcome: o ?? { status: 'unverified', reason: `capacity provider ${name} was not read` } };
      const liveAttributes = liveCapacityProviderAsState(o.value);
      return { view: capacityProviderView, liveView: capacityProviderView(liveAttributes), liveAttributes };
    }
    case 'aws_ecs_task_set': {
      // Import id `TASK_SET_ID,SERVICE,CLUSTER` (terraform-provider-aws task_set.go, taskSetParseResourceID).
      const parts = id.split(',');
      if (parts.length !== 3 || parts.some((p) => p === '')) return { invalid: `import id ${JSON.stringify(id)} is not TASK_SET_ID,SERVICE,CLUSTER` };
      const [taskSetId, service, cluster] = [parts[0], serviceName(parts[1]), clusterName(parts[2])];
      const o = (await reader.describeTaskSets(region, cluster, service, [taskSetId])).get(taskSetId);
      if (!o || o.status !== 'found') return { outcome: o ?? { status: 'unverified', reason: `task set ${taskSetId} was not read` } };
      // task_definition is compared on its own (a reference to the module's task definition is compared
      // by family, as for a service); stability_status is ECS's runtime state, not something an import adopts.
      const view = (a: Record<string, unknown>): View => taskSetView({ ...a, task_definition: undefined, stability_status: undefined });
      const liveAttributes = liveTaskSetAsState(o.value);
      return { view, liveView: view(liveAttributes), liveAttributes };
    }
    default:
      return { invalid: `imports of ${type} are not checked` };
  }
}

/**
 * The task definition of a service or a task set, compared like drift does (a family matches any of its
 * revisions). A reference to a task definition in the same module is compared by that
 * resource's family, since the revision is only known after apply.
 */
function compareServiceTaskDefinition(
  resource: ResourceModel,
  configuration: ConfigurationModel,
  hcl: StateShape,
  live: Record<string, unknown>,
  skip: string[][],
  notCompared: NotCompared[],
): RawDifference[] {
  const liveRef = taskDefinitionRef(live.task_definition);
  const segments = [{ name: 'task_definition', keyed: false }];
  const written = hcl.attributes.task_definition;
  if (typeof written === 'string' && written !== '') {
    const ref = taskDefinitionRef(written);
    const differs = hasRevision(ref) ? ref !== liveRef : familyOfTaskDefinitionRef(liveRef) !== ref;
    return differs ? [{ segments, expected: ref, actual: liveRef }] : [];
  }
  if (!skip.some((s) => s.length === 1 && s[0] === 'task_definition')) {
    return liveRef ? [{ segments, expected: undefined, actual: liveRef }] : [];
  }
  const attr = resource.body.attributes.get('task_definition');
  const reference = attr?.references.find((r) => /^aws_ecs_task_definition\.[A-Za-z0-9_-]+/.test(r));
  if (!reference) return [];
  const [, name] = reference.split('.');
  const target = configuration.resources.find((r) => r.mode === 'managed' && r.type === 'aws_ecs_task_definition' && r.name === name
    && r.rootDir === resource.rootDir && r.moduleAddress === resource.moduleAddress);
  const family = target?.body.attributes.get('family')?.value;
  if (family?.kind !== 'string') return [];
  // The reference is compared after all: by family.
  const index = notCompared.findIndex((n) => n.path === 'task_definition');
  if (index >= 0) notCompared.splice(index, 1);
  return familyOfTaskDefinitionRef(liveRef) === family.value ? [] : [{ segments, expected: `${family.value} (${target!.address})`, actual: liveRef }];
}

/** An `aws_appautoscaling_target` in the same module whose resource_id names this service. */
function autoscalingTargetFor(service: ResourceModel, configuration: ConfigurationModel): string | undefined {
  const name = service.body.attributes.get('name')?.value;
  const target = configuration.resources.find((r) => {
    if (r.type !== 'aws_appautoscaling_target' || r.rootDir !== service.rootDir || r.moduleAddress !== service.moduleAddress) return false;
    const id = r.body.attributes.get('resource_id');
    if (!id) return false;
    if (id.references.some((ref) => ref.startsWith(`aws_ecs_service.${service.name}`))) return true;
    return id.value.kind === 'string' && name?.kind === 'string' && id.value.value.startsWith('service/') && id.value.value.endsWith(`/${name.value}`);
  });
  return target?.address;
}


/** One sentence for a finding or a log line: what the live comparison of an import found. */
export function summarizeImportCheck(check: ImportCheck): string {
  const byClass = (c: string) => check.differences.filter((d) => d.class === c).map((d) => d.path);
  const security = byClass('security');
  const config = byClass('config');
  switch (check.status) {
    case 'faithful':
      return `Live ECS matches the code${check.notCompared.length ? ` (${check.notCompared.length} attribute(s) not comparable before apply)` : ''}.`;
    case 'differs': {
      const parts = [security.length ? `security: ${security.slice(0, 5).join(', ')}${security.length > 5 ? ', …' : ''}` : '', config.length ? `config: ${config.slice(0, 5).join(', ')}${config.length > 5 ? ', …' : ''}` : ''].filter(Boolean);
      return `Live ECS differs from the code (${parts.join('; ')}); the first apply after the import changes it.`;
    }
    case 'not_found':
      return `The imported resource was not found in live ECS: ${check.reason}`;
    default:
      return `Not compared with live ECS: ${check.reason}`;
  }
}
