// Field-by-field comparison of two views (see resources/). A difference remembers its path
// as segments, so classification never has to re-parse a rendered path whose map keys may
// contain dots or brackets (tag keys, `8080/tcp`).
import { isOpaqueScalar, isRecord, SecretValue, type ViewNode } from './resources/shared.js';

export interface PathSegment {
  name: string;
  /** True for an entry of a keyed collection (rendered `[name]`), false for a field (`.name`). */
  keyed: boolean;
}

export interface RawDifference {
  segments: PathSegment[];
  expected: unknown;
  actual: unknown;
}

export function renderPath(segments: PathSegment[]): string {
  let out = '';
  for (const s of segments) out += s.keyed ? `[${s.name}]` : out === '' ? s.name : `.${s.name}`;
  return out;
}

/**
 * Scalars compare exactly: equivalences (a number written as a string, `ENABLED` for true) are
 * decided per attribute in the resource views, where the provider or ECS make them, never here
 * (a docker label `Enabled` is not `true`, a user `01000` is not `1000`).
 */
function scalarsEqual(a: unknown, b: unknown): boolean {
  if (isOpaqueScalar(a)) return a.equals(b);
  if (isOpaqueScalar(b)) return false;
  return a === b;
}

function isScalar(value: unknown): boolean {
  return value === undefined || value === null || typeof value !== 'object' || isOpaqueScalar(value);
}

function scalarListsEqual(a: unknown[], b: unknown[]): boolean {
  return a.length === b.length && a.every((v, i) => scalarsEqual(v, b[i]));
}

export function compareViews(expected: ViewNode, actual: ViewNode, prefix: PathSegment[] = []): RawDifference[] {
  const out: RawDifference[] = [];
  walk(expected, actual, prefix, out);
  return out;
}

function walk(expected: ViewNode, actual: ViewNode, path: PathSegment[], out: RawDifference[]): void {
  if (expected === undefined && actual === undefined) return;
  // An absent keyed collection is an empty one, so an added entry is reported as `[key]`.
  if ((expected instanceof Map || expected === undefined) && (actual instanceof Map || actual === undefined)) {
    const e = expected ?? new Map<string, ViewNode>();
    const a = actual ?? new Map<string, ViewNode>();
    for (const key of unionKeys([...e.keys()], [...a.keys()])) walk(e.get(key), a.get(key), [...path, { name: key, keyed: true }], out);
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of unionKeys(Object.keys(expected), Object.keys(actual))) walk(expected[key], actual[key], [...path, { name: key, keyed: false }], out);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.every(isScalar) && actual.every(isScalar)) {
      if (!scalarListsEqual(expected, actual)) out.push({ segments: path, expected, actual });
      return;
    }
    if (expected.length === actual.length) {
      expected.forEach((item, i) => walk(item, actual[i], [...path, { name: String(i), keyed: true }], out));
      return;
    }
    out.push({ segments: path, expected, actual });
    return;
  }
  if (isScalar(expected) && isScalar(actual)) {
    if (!scalarsEqual(expected, actual)) out.push({ segments: path, expected, actual });
    return;
  }
  // One side absent (or of another shape): report the subtree once rather than every leaf.
  out.push({ segments: path, expected, actual });
}

function unionKeys(a: string[], b: string[]): string[] {
  const seen = new Set(a);
  const keys = [...a];
  for (const k of b) if (!seen.has(k)) keys.push(k);
  return keys;
}

/** True when the value is or holds a SecretValue. */
export function holdsSecret(value: unknown): boolean {
  if (value instanceof SecretValue) return true;
  if (value instanceof Map) return [...value.values()].some(holdsSecret);
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (isRecord(value)) return Object.values(value).some(holdsSecret);
  return false;
}

/** A view value as it may appear in a report: maps become objects, secret values a placeholder. */
export function renderValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (isOpaqueScalar(value)) return value.rendered();
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[k] = renderValue(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(renderValue);
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderValue(v);
    return out;
  }
  return value;
}
