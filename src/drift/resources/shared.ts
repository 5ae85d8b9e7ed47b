// Building blocks shared by the per-resource views in this folder. Both sides of a comparison
// are reduced to one "view" per resource, in Terraform's attribute names, the way
// terraform-provider-aws does it: the live ECS object is first flattened into the provider's
// state shape (`live*AsState`), then the same `*View` function normalizes the state and the
// flattened live object, so defaults and spellings only need handling once.
//
// A view is built from plain objects (nested blocks), `Map`s (collections keyed by name, whose
// entries render as `[key]` in a difference path), arrays (ordered lists and sorted sets of
// scalars) and scalars. Empty strings, empty lists and empty maps are absent, as in the provider.
import type { Service, Tag } from '@aws-sdk/client-ecs';
import { looksSecret } from '../../policy/secret-detector.js';
import { capacityProviderName } from '../references.js';

export type ViewNode = unknown;
export type View = Record<string, ViewNode>;
export type Attrs = Record<string, unknown>;

/**
 * A value that may be a secret (environment values, secret-looking labels, options, tags and
 * arguments). It is compared by value and never rendered: no text, no JSON, no hash of it (a
 * published hash is a guessing oracle). The value sits in a private field, so neither
 * JSON.stringify nor util.inspect can reach it.
 */
export class SecretValue {
  readonly #value: string;
  constructor(value: unknown) {
    this.#value = String(value ?? '');
  }
  rendered(): string {
    return SECRET_PLACEHOLDER;
  }
  equals(other: unknown): boolean {
    return other instanceof SecretValue && other.#value === this.#value;
  }
  toJSON(): string {
    return SECRET_PLACEHOLDER;
  }
  toString(): string {
    return SECRET_PLACEHOLDER;
  }
}

export const SECRET_PLACEHOLDER = '(secret)';

/**
 * An IAM role as written on one side: its ARN when that side has one, and the name form the
 * provider stores. Two ARNs compare whole (so a role of the same name in another account is a
 * difference); otherwise the names compare.
 */
export class RoleRef {
  constructor(readonly arn: string | undefined, readonly name: string) {}
  equals(other: unknown): boolean {
    if (!(other instanceof RoleRef)) return false;
    return this.arn !== undefined && other.arn !== undefined ? this.arn === other.arn : this.name === other.name;
  }
  rendered(): string {
    return this.arn ?? this.name;
  }
  toJSON(): string {
    return this.rendered();
  }
}

/** Leaves of a view that are objects but compare and render as one value. */
export type OpaqueScalar = SecretValue | RoleRef;

export function isOpaqueScalar(value: unknown): value is OpaqueScalar {
  return value instanceof SecretValue || value instanceof RoleRef;
}

/**
 * A task or execution role (`task_role_arn`, `execution_role_arn`): ECS echoes the ARN or name it
 * was given; a name stands for the last part of an ARN.
 */
export function taskRoleRef(value: unknown): RoleRef | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  if (!value.startsWith('arn:')) return new RoleRef(undefined, value.split('/').pop()!);
  return new RoleRef(value, value.split('/').pop() ?? '');
}

/** The value itself, or a SecretValue when its name or content looks sensitive. */
export function maybeSecret(name: string | undefined, value: string): string | SecretValue {
  return looksSecret(name, value) ? new SecretValue(value) : value;
}

/**
 * A string map whose empty-string values are real values (tags, docker labels, log options):
 * ECS and the provider keep `Key = ""`, so it must not be pruned as absent.
 */
export class LiteralMap extends Map<string, string | SecretValue> {}

/** A sorted LiteralMap of a map or of ECS `{key, value}` pairs, with secret-looking values wrapped. */
export function literalMap(entries: Iterable<[string, unknown]>): LiteralMap | undefined {
  const sorted = [...entries].filter(([k]) => k !== '').sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!sorted.length) return undefined;
  return new LiteralMap(sorted.map(([k, v]) => [k, maybeSecret(k, String(v ?? ''))]));
}

export function isRecord(value: unknown): value is Attrs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map) && !isOpaqueScalar(value);
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Terraform stores a nested block with max_items = 1 as a list of one object. */
export function block(value: unknown): Attrs | undefined {
  if (Array.isArray(value)) return isRecord(value[0]) ? value[0] : undefined;
  return isRecord(value) ? value : undefined;
}

export function str(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value);
}

/** Numbers as numbers whether Terraform or ECS wrote them as strings (`"512"` vs `512`). */
export function num(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Optional numbers the provider stores as 0 when ECS returns none and sends only when non-zero
 * (its expand functions test `v != 0`, e.g. expandManagedEBSVolumeConfiguration and
 * expandServiceConnectServices in internal/service/ecs/service.go): 0 and absent mean the same.
 */
export function nonZero(value: unknown): number | undefined {
  const n = num(value);
  return n === 0 ? undefined : n;
}

/** Booleans, also as `"true"`/`"false"` strings (v3 states store every attribute as a string). */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** ECS's `ENABLED`/`DISABLED` flags, for the attributes the provider stores as booleans. */
export function enabledFlag(value: unknown): boolean | undefined {
  if (value === 'ENABLED') return true;
  if (value === 'DISABLED') return false;
  return bool(value);
}

export function sortedStrings(value: unknown): string[] {
  return list(value).filter((v) => v !== null && v !== undefined && v !== '').map(String).sort();
}

export function keyedBy<T>(items: unknown[], key: (item: Attrs) => string | undefined, value: (item: Attrs) => T): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (!isRecord(item)) continue;
    const k = key(item);
    if (k !== undefined && k !== '') map.set(k, value(item));
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Removes absent values: undefined, null, '', empty lists, empty maps and empty objects. */
export function prune(value: ViewNode): ViewNode {
  if (value === null || value === undefined || value === '') return undefined;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value instanceof LiteralMap) return value.size ? value : undefined;
  if (value instanceof Map) {
    const map = new Map<string, ViewNode>();
    for (const [k, v] of value) {
      const p = prune(v);
      if (p !== undefined) map.set(k, p);
    }
    return map.size ? map : undefined;
  }
  if (isRecord(value)) {
    const out: Attrs = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== undefined) out[k] = p;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

export function pruneView(view: Attrs): View {
  return (prune(view) as View | undefined) ?? {};
}

/**
 * Tags without the `aws:` ones AWS adds itself (CloudFormation, Service Catalog, …), which cannot
 * be managed. An empty value is a value. Values that look secret are never shown.
 */
export function tagsView(tags: unknown): LiteralMap | undefined {
  const entries: [string, unknown][] = [];
  if (Array.isArray(tags)) {
    for (const t of tags as Tag[]) if (t?.key !== undefined && !t.key.startsWith('aws:')) entries.push([t.key, t.value ?? '']);
  } else if (isRecord(tags)) {
    for (const [k, v] of Object.entries(tags)) if (!k.startsWith('aws:')) entries.push([k, v ?? '']);
  }
  return literalMap(entries);
}

/** `tags_all` holds the provider's default_tags too, which is what live carries. */
export function stateTags(attrs: Attrs): LiteralMap | undefined {
  return isRecord(attrs.tags_all) && Object.keys(attrs.tags_all).length ? tagsView(attrs.tags_all) : tagsView(attrs.tags);
}

export function liveTagsAsState(tags: Tag[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of tags ?? []) if (t.key !== undefined) out[t.key] = t.value ?? '';
  return out;
}

export function capacityProviderStrategyView(value: unknown): ViewNode {
  return keyedBy(list(value), (s) => capacityProviderName(s.capacity_provider), (s) => ({ base: num(s.base) ?? 0, weight: num(s.weight) ?? 0 }));
}

export function liveCapacityProviderStrategyAsState(strategy: Service['capacityProviderStrategy']): Attrs[] {
  return (strategy ?? []).map((s) => ({ capacity_provider: s.capacityProvider, base: s.base, weight: s.weight }));
}
