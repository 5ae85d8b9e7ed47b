// Read access to evaluated resources for rules: attributes, nested blocks and the container
// definitions JSON, each with the location a finding should point at (RULES.md, "Where a
// finding points").
import { decodeJsonString } from '../terraform/evaluate.js';
import { JsonPositionError } from '../terraform/json-positions.js';
import type { EvaluatedAttribute, EvaluatedBlock, ResourceModel } from '../terraform/model.js';
import type { RuleContext } from './rule.js';
import { findUnknown, firstLineOf, type ObjectValue, type SourceLocation, type StringValue, type UnknownValue, type Value } from '../terraform/values.js';

/** A container object from `container_definitions`, with its name for attribute paths. */
export interface ContainerView {
  /** `name`, or `#<index>` when the name is not a known string. */
  name: string;
  index: number;
  object: ObjectValue;
  /** The container object's first line (where a missing attribute is reported). */
  loc: SourceLocation;
}

export type ContainersResult =
  | { kind: 'absent' }
  | { kind: 'unknown'; reason: string; loc: SourceLocation }
  | { kind: 'invalid'; reason: string; loc: SourceLocation }
  | { kind: 'known'; containers: ContainerView[]; loc: SourceLocation };

const containerCache = new WeakMap<ResourceModel, ContainersResult>();

/** Parses `aws_ecs_task_definition.container_definitions` once per resource. */
export function containerDefinitions(resource: ResourceModel): ContainersResult {
  const cached = containerCache.get(resource);
  if (cached) return cached;
  const result = readContainers(resource);
  containerCache.set(resource, result);
  return result;
}

function readContainers(resource: ResourceModel): ContainersResult {
  const attr = resource.body.attributes.get('container_definitions');
  if (!attr) return { kind: 'absent' };
  const v = attr.value;
  if (v.kind === 'unknown') return { kind: 'unknown', reason: v.reason, loc: attr.loc };
  let decoded: Value;
  if (v.kind === 'string') {
    try {
      decoded = decodeJsonString(v as StringValue);
    } catch (e) {
      if (e instanceof JsonPositionError) return { kind: 'invalid', reason: e.message, loc: { file: e.file, line: e.line, endLine: e.line } };
      throw e;
    }
  } else decoded = v;
  if (decoded.kind === 'unknown') return { kind: 'unknown', reason: decoded.reason, loc: attr.loc };
  if (decoded.kind !== 'list') return { kind: 'invalid', reason: 'container_definitions is not a JSON array', loc: attr.loc };
  const containers: ContainerView[] = [];
  decoded.items.forEach((item, index) => {
    if (item.kind !== 'object') return;
    const nameValue = item.entries.get('name')?.value;
    const name = nameValue?.kind === 'string' ? nameValue.value : `#${index}`;
    containers.push({ name, index, object: item, loc: firstLineOf(item.loc) });
  });
  return { kind: 'known', containers, loc: attr.loc };
}

/** A JSON member of an object; `undefined` when absent. */
export function member(object: ObjectValue | undefined, key: string): Value | undefined {
  return object?.entries.get(key)?.value;
}

/** Follows a path of keys through objects. */
export function memberPath(object: ObjectValue | undefined, ...keys: string[]): Value | undefined {
  let v: Value | undefined = object;
  for (const k of keys) {
    if (!v || v.kind !== 'object') return v?.kind === 'unknown' ? v : undefined;
    v = v.entries.get(k)?.value;
  }
  return v;
}

export function attribute(block: EvaluatedBlock, name: string): EvaluatedAttribute | undefined {
  return block.attributes.get(name);
}

/** Nested blocks of a type (real blocks and expanded `dynamic` blocks; not attribute-syntax lists of objects). */
export function nestedBlocks(block: EvaluatedBlock, type: string): EvaluatedBlock[] {
  return block.blocks.filter((b) => b.type === type);
}

/** Unknown dynamic blocks of a type: the rule cannot say the block is absent. */
export function unknownNestedBlock(block: EvaluatedBlock, type: string): { reason: string; loc: SourceLocation } | undefined {
  return block.unknownBlocks.find((b) => b.type === type);
}

/** Location a value was written at, narrowed to its first line. */
export function at(value: { loc: SourceLocation }): SourceLocation {
  return { ...value.loc };
}

export function firstLine(loc: SourceLocation): SourceLocation {
  return firstLineOf(loc);
}

/** Booleans as Terraform and the ECS API accept them (`true`, `"true"`). */
export function boolValue(v: Value | undefined): boolean | undefined | 'unknown' {
  if (!v) return undefined;
  if (v.kind === 'unknown') return 'unknown';
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

export function stringValue(v: Value | undefined): string | undefined {
  if (v?.kind === 'string') return v.value;
  if (v?.kind === 'number') return String(v.value);
  return undefined;
}

export function unknownIn(v: Value | undefined): UnknownValue | undefined {
  return findUnknown(v);
}

/** True when the task definition can run on EC2 (containers may fall back to the instance role, host modes exist). */
export function isEc2Compatible(resource: ResourceModel): boolean {
  const rc = resource.body.attributes.get('requires_compatibilities')?.value;
  if (!rc || rc.kind !== 'list') return true;
  return rc.items.some((i) => i.kind === 'string' && (i.value === 'EC2' || i.value === 'EXTERNAL')) || rc.items.length === 0;
}

export function isFargateOnly(resource: ResourceModel): boolean {
  const rc = resource.body.attributes.get('requires_compatibilities')?.value;
  return !!rc && rc.kind === 'list' && rc.items.length > 0 && rc.items.every((i) => i.kind === 'string' && i.value === 'FARGATE');
}

/** Linux unless `runtime_platform.operating_system_family` says Windows. */
export function isWindows(resource: ResourceModel): boolean {
  const rp = resource.body.blocks.find((b) => b.type === 'runtime_platform');
  const os = rp?.attributes.get('operating_system_family')?.value;
  return os?.kind === 'string' && os.value.toUpperCase().startsWith('WINDOWS');
}

const moduleIndexes = new WeakMap<ResourceModel[], Map<string, ResourceModel[]>>();

/**
 * Resources in the same module instance. Indexed once per resource list: rules call this for
 * every task definition, and filtering the whole estate each time grows with its square.
 */
export function sameModuleResources(all: ResourceModel[], resource: ResourceModel): ResourceModel[] {
  let index = moduleIndexes.get(all);
  if (!index) {
    index = new Map();
    for (const r of all) {
      const key = `${r.rootDir}\u0000${r.moduleAddress}`;
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    moduleIndexes.set(all, index);
  }
  return index.get(`${resource.rootDir}\u0000${resource.moduleAddress}`) ?? [];
}

/** Resolves a reference like `aws_iam_role.task.arn` to the resource it names in the same module instance. */
export function referencedResource(all: ResourceModel[], resource: ResourceModel, reference: string): ResourceModel | undefined {
  const m = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/.exec(reference);
  if (!m) return undefined;
  const mode = m[1] ? 'data' : 'managed';
  const candidates = sameModuleResources(all, resource).filter((r) => r.mode === mode && r.type === m[2] && r.name === m[3]);
  if (m[4]) {
    const key = m[4].slice(1, -1);
    const exact = candidates.find((r) => JSON.stringify(r.instanceKey) === key || String(r.instanceKey) === key);
    if (exact) return exact;
  }
  return candidates[0];
}

/** An optional attribute as a rule sees it: `null` counts as absent because Terraform treats it as unset. */
export type AttributeReading =
  | { kind: 'absent'; /** Where `null` was written, when it was. */ loc?: SourceLocation }
  | { kind: 'unknown'; reason: string; loc: SourceLocation }
  | { kind: 'known'; value: Value; /** The value as text when it is a string, number or bool. */ text: string | undefined; loc: SourceLocation };

export function readAttribute(block: EvaluatedBlock, name: string): AttributeReading {
  const attr = block.attributes.get(name);
  if (!attr) return { kind: 'absent' };
  const v = attr.value;
  if (v.kind === 'null') return { kind: 'absent', loc: v.loc };
  if (v.kind === 'unknown') return { kind: 'unknown', reason: v.reason, loc: attr.loc };
  const text = v.kind === 'string' ? v.value : v.kind === 'number' ? String(v.value) : v.kind === 'bool' ? String(v.value) : undefined;
  return { kind: 'known', value: v, text, loc: v.loc };
}

const INPUT_ROOTS = new Set(['var', 'local', 'module', 'each', 'count', 'path', 'terraform', 'self']);

/**
 * Whether an optional attribute is set. A value known only after apply that comes straight from
 * a resource or data source (`aws_iam_role.task.arn`) is set; one that comes through a variable,
 * local or module output might be null, so it stays unknown.
 */
export function attributePresence(attr: EvaluatedAttribute | undefined): 'absent' | 'present' | 'unknown' {
  if (!attr) return 'absent';
  const v = attr.value;
  if (v.kind === 'null' || (v.kind === 'string' && v.value === '')) return 'absent';
  if (v.kind !== 'unknown') return 'present';
  // An expression that failed to evaluate (an attribute that does not exist) says nothing about presence.
  if (v.error) return 'unknown';
  const roots = attr.references.map((r) => r.split(/[.[]/)[0]);
  return roots.length > 0 && roots.every((r) => !INPUT_ROOTS.has(r)) ? 'present' : 'unknown';
}

/**
 * Nested blocks along a path of block types (`['configuration', 'execute_command_configuration']`).
 * `dynamic` blocks that could not be expanded on the way are recorded as not evaluated, so a rule
 * never takes an unknown block for an absent one.
 */
export function checkableBlocks(block: EvaluatedBlock, path: readonly string[], context: RuleContext): EvaluatedBlock[] {
  let level = [block];
  for (const type of path) {
    const next: EvaluatedBlock[] = [];
    for (const b of level) {
      const dynamic = unknownNestedBlock(b, type);
      if (dynamic) context.notEvaluated(`${type}: ${dynamic.reason}`, dynamic.loc);
      next.push(...nestedBlocks(b, type));
    }
    level = next;
  }
  return level;
}
