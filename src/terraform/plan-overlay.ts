// `terraform show -json` of a plan: its planned_values are exact, so they replace what static
// evaluation could not know. Each value keeps pointing at the source: the line of the
// attribute (or block) that declares it in the configuration, found through the resource
// address.
import { readFileSync } from 'node:fs';
import type { ConfigurationModel, EvaluatedAttribute, EvaluatedBlock, ResourceModel } from './model.js';
import { firstLineOf, type SourceLocation, type Value } from './values.js';

interface PlanResource {
  address: string;
  mode: string;
  type: string;
  name: string;
  index?: string | number;
  values?: Record<string, unknown>;
}

interface PlanModule {
  address?: string;
  resources?: PlanResource[];
  child_modules?: PlanModule[];
}

export class PlanError extends Error {}

export function readPlanFile(path: string, displayName: string): PlanResource[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new PlanError(`${displayName}: cannot read plan (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let doc: { format_version?: string; planned_values?: { root_module?: PlanModule } };
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanError(`${displayName}: not JSON (${(e as Error).message}); pass the output of \`terraform show -json PLANFILE\``);
  }
  if (!doc || typeof doc !== 'object' || !doc.planned_values) {
    throw new PlanError(`${displayName}: no planned_values; pass the output of \`terraform show -json PLANFILE\` for a saved plan`);
  }
  const out: PlanResource[] = [];
  const walk = (m: PlanModule | undefined) => {
    if (!m) return;
    for (const r of m.resources ?? []) out.push(r);
    for (const c of m.child_modules ?? []) walk(c);
  };
  walk(doc.planned_values.root_module);
  return out;
}

/** Converts plan JSON into a Value located at `at` (the declaring line). */
function fromPlan(v: unknown, at: SourceLocation): Value {
  if (v === null || v === undefined) return { kind: 'null', loc: at };
  if (typeof v === 'string') return { kind: 'string', value: v, loc: at };
  if (typeof v === 'number') return { kind: 'number', value: v, loc: at };
  if (typeof v === 'boolean') return { kind: 'bool', value: v, loc: at };
  if (Array.isArray(v)) return { kind: 'list', items: v.map((i) => fromPlan(i, at)), loc: at };
  const entries = new Map(Object.entries(v as Record<string, unknown>).map(([key, value]) => [key, { key, keyLoc: at, value: fromPlan(value, at) }]));
  return { kind: 'object', entries, loc: at };
}

function hasUnknown(v: Value): boolean {
  if (v.kind === 'unknown') return true;
  if (v.kind === 'string' && v.decoded) return hasUnknown(v.decoded);
  if (v.kind === 'list') return v.items.some(hasUnknown);
  if (v.kind === 'object') return [...v.entries.values()].some((e) => hasUnknown(e.value));
  return false;
}

/**
 * Fills the unknown parts of an evaluated value from the plan, keeping the positions of
 * everything the configuration wrote (an unknown keeps its own location, the expression that
 * produced it). Objects in lists are matched by `name` when they have one (containers,
 * environment entries), else by position.
 */
function fillUnknowns(hcl: Value, plan: unknown): Value {
  if (hcl.kind === 'unknown') return plan === undefined ? hcl : fromPlan(plan, hcl.loc);
  if (hcl.kind === 'string' && hcl.decoded && typeof plan === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(plan);
    } catch {
      return hcl;
    }
    const decoded = fillUnknowns(hcl.decoded, parsed);
    return { ...hcl, decoded, value: plan };
  }
  if (hcl.kind === 'list' && Array.isArray(plan)) {
    const named = (x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>).name : undefined);
    const items = hcl.items.map((item, i) => {
      const itemName = item.kind === 'object' && item.entries.get('name')?.value.kind === 'string' ? (item.entries.get('name')!.value as { value: string }).value : undefined;
      const match = itemName !== undefined ? plan.find((p) => named(p) === itemName) : plan[i];
      return fillUnknowns(item, match);
    });
    return { ...hcl, items };
  }
  if (hcl.kind === 'object' && plan && typeof plan === 'object' && !Array.isArray(plan)) {
    const record = plan as Record<string, unknown>;
    const entries = new Map([...hcl.entries].map(([k, e]) => [k, { ...e, value: fillUnknowns(e.value, record[k]) }]));
    return { ...hcl, entries };
  }
  return hcl;
}

/**
 * Overlays plan values onto a block. Attributes the configuration wrote keep their known
 * values (their positions are more precise); unknown ones take the plan's value at the
 * attribute's line; attributes only the plan has (provider defaults) are added at the block's
 * first line; nested blocks are matched by type and position.
 */
function overlayBlock(block: EvaluatedBlock, values: Record<string, unknown>, knownBlockTypes: Set<string>): void {
  const header: SourceLocation = firstLineOf(block.loc);
  for (const [name, planValue] of Object.entries(values)) {
    const attr = block.attributes.get(name);
    const isBlockList = Array.isArray(planValue) && planValue.every((x) => x !== null && typeof x === 'object' && !Array.isArray(x));
    const nested = block.blocks.filter((b) => b.type === name);
    if (!attr && isBlockList && (nested.length > 0 || block.unknownBlocks.some((u) => u.type === name) || knownBlockTypes.has(name))) {
      const dynamic = block.unknownBlocks.find((u) => u.type === name);
      (planValue as Record<string, unknown>[]).forEach((item, i) => {
        let target = nested[i];
        if (!target) {
          const at = dynamic?.loc ?? header;
          target = { type: name, labels: [], loc: at, attributes: new Map(), blocks: [], unknownBlocks: [] };
          block.blocks.push(target);
        }
        overlayBlock(target, item, knownBlockTypes);
      });
      if (dynamic) block.unknownBlocks = block.unknownBlocks.filter((u) => u !== dynamic);
      continue;
    }
    if (attr) {
      if (hasUnknown(attr.value) && planValue !== null && planValue !== undefined) {
        attr.value = attr.value.kind === 'unknown' ? fromPlan(planValue, firstLineOf(attr.loc)) : fillUnknowns(attr.value, planValue);
      }
      continue;
    }
    if (planValue === null || planValue === undefined || (Array.isArray(planValue) && planValue.length === 0)) continue;
    if (isBlockList) continue;
    const added: EvaluatedAttribute = { name, loc: header, value: fromPlan(planValue, header), expression: '', references: [] };
    block.attributes.set(name, added);
  }
}

/** Nested block types of the ECS resources, so plan lists of objects are read as blocks. */
const BLOCK_TYPES = new Set([
  'network_configuration', 'load_balancer', 'service_registries', 'capacity_provider_strategy', 'deployment_controller',
  'deployment_circuit_breaker', 'ordered_placement_strategy', 'placement_constraints', 'service_connect_configuration',
  'volume', 'efs_volume_configuration', 'authorization_config', 'docker_volume_configuration', 'runtime_platform',
  'ephemeral_storage', 'proxy_configuration', 'inference_accelerator', 'setting', 'configuration', 'execute_command_configuration',
  'log_configuration', 'managed_storage_configuration', 'service_connect_defaults', 'auto_scaling_group_provider', 'managed_scaling',
  'image_scanning_configuration', 'encryption_configuration', 'default_capacity_provider_strategy', 'scale', 'lifecycle',
]);

/**
 * Applies a plan to the configuration of `rootDir` in place: resources matched by address get
 * the plan's exact values; instances the configuration could not expand (unknown count or
 * for_each) are copied per planned instance.
 */
export function applyPlan(model: ConfigurationModel, planResources: PlanResource[], rootDir: string): { matched: number; unmatched: string[] } {
  const inRoot = model.resources.filter((r) => r.rootDir === rootDir);
  const byAddress = new Map(inRoot.map((r) => [r.address, r]));
  const unmatched: string[] = [];
  let matched = 0;
  for (const pr of planResources) {
    if (!pr.values) continue;
    let target = byAddress.get(pr.address);
    if (!target && pr.index !== undefined) {
      // The configuration had one unexpanded instance (`aws_x.y`); the plan knows each instance.
      const base = byAddress.get(pr.address.replace(/\[[^\]]*\]$/, ''));
      if (base) {
        target = cloneResource(base, pr.address, pr.index);
        model.resources.push(target);
        byAddress.set(pr.address, target);
        model.notEvaluated = model.notEvaluated.filter((n) => n.resource !== base.address);
      }
    }
    if (!target) {
      unmatched.push(pr.address);
      continue;
    }
    matched++;
    overlayBlock(target.body, pr.values, BLOCK_TYPES);
  }
  // Instances expanded from a plan replace their unexpanded template.
  const expandedBases = new Set(model.resources.filter((r) => r.rootDir === rootDir && /\]$/.test(r.address)).map((r) => r.address.replace(/\[[^\]]*\]$/, '')));
  model.resources = model.resources.filter((r) => r.rootDir !== rootDir || !expandedBases.has(r.address) || r.instanceKey !== undefined);
  return { matched, unmatched };
}

function cloneBlock(b: EvaluatedBlock): EvaluatedBlock {
  return {
    ...b,
    // Named fields, not a spread: an attribute's expression and references may be getters.
    attributes: new Map([...b.attributes].map(([k, a]) => [k, { name: a.name, loc: a.loc, value: a.value, expression: a.expression, references: a.references }])),
    blocks: b.blocks.map(cloneBlock),
    unknownBlocks: [...b.unknownBlocks],
  };
}

function cloneResource(r: ResourceModel, address: string, key: string | number): ResourceModel {
  return { ...r, address, instanceKey: key, body: cloneBlock(r.body) };
}

/** The root module a plan belongs to: the scanned root whose addresses it matches best. */
export function pickPlanRoot(model: ConfigurationModel, planResources: PlanResource[]): string | undefined {
  const addresses = new Set(planResources.map((r) => r.address.replace(/\[[^\]]*\]$/, '')));
  let best: string | undefined;
  let bestScore = 0;
  for (const root of model.rootDirs) {
    const score = model.resources.filter((r) => r.rootDir === root && addresses.has(r.address.replace(/\[[^\]]*\]$/, ''))).length;
    if (score > bestScore) { best = root; bestScore = score; }
  }
  return best;
}
