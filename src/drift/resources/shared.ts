// Building blocks shared by the per-resource views in this folder. Both sides of a comparison
// are reduced to one "view" per resource, in Terraform's attribute names, the way
// terraform-provider-aws does it: the live ECS object is first flattened into the provider's
// state shape (`live*AsState`), then the same `*View` function normalizes the state and the
// flattened live object, so defaults and spellings only need handling once.
//
// A view is built from plain objects (nested blocks), `Map`s (collections keyed by name, whose
// entries render as `[key]` in a difference path), arrays (ordered lists and sorted sets of
// scalars) and scalars. Empty strings, empty lists and empty maps are absent, as in the provider.
import { createHash } from 'node:crypto';
import type { Service, Tag } from '@aws-sdk/client-ecs';
import { capacityProviderName } from '../references.js';

export type ViewNode = unknown;
export type View = Record<string, ViewNode>;
export type Attrs = Record<string, unknown>;

/** `sha256:<64 hex>`: environment values and non-reference secrets are only ever compared and shown hashed. */
export function hashValue(value: unknown): string {
  return `sha256:${createHash('sha256').update(String(value ?? '')).digest('hex')}`;
}

export function isRecord(value: unknown): value is Attrs {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
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

/** Booleans, also from ECS's `ENABLED`/`DISABLED` and from `"true"`/`"false"` strings. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (lower === 'true' || lower === 'enabled') return true;
    if (lower === 'false' || lower === 'disabled') return false;
  }
  return undefined;
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

/** Tags without the `aws:` ones AWS adds itself (CloudFormation, Service Catalog, …), which cannot be managed. */
export function tagsView(tags: unknown): Map<string, string> {
  const map = new Map<string, string>();
  if (Array.isArray(tags)) {
    for (const t of tags as Tag[]) if (t?.key !== undefined && !t.key.startsWith('aws:')) map.set(t.key, String(t.value ?? ''));
  } else if (isRecord(tags)) {
    for (const [k, v] of Object.entries(tags)) if (!k.startsWith('aws:')) map.set(k, String(v ?? ''));
  }
  return new Map([...map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** `tags_all` holds the provider's default_tags too, which is what live carries. */
export function stateTags(attrs: Attrs): Map<string, string> {
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
