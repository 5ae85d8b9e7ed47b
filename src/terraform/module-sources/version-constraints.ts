// Terraform's module version constraints (developer.hashicorp.com/terraform/language/expressions/
// version-constraints): `=` (or none), `!=`, `>`, `>=`, `<`, `<=`, `~>`, comma-joined; the newest
// version that meets every condition is chosen; a pre-release is chosen only by an exact `=`.
// Versions compare like hashicorp/go-version, which Terraform uses for modules: missing numeric
// segments are zeros (1 = 1.0 = 1.0.0), a leading `v` is allowed, `+metadata` is ignored.

export interface ModuleVersion {
  text: string;
  segments: number[];
  prerelease: string;
  /** How many numeric segments were written (`~>` increments the last of them). */
  written: number;
}

export type ConstraintOperator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~>';
export interface VersionCondition {
  op: ConstraintOperator;
  version: ModuleVersion;
}

const VERSION_PATTERN = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseModuleVersion(text: string): ModuleVersion | undefined {
  const m = VERSION_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const written = m[1].split('.').map(Number);
  const segments = [...written];
  while (segments.length < 3) segments.push(0);
  return { text: text.trim(), segments, prerelease: m[2] ?? '', written: written.length };
}

/** Parses `">= 1.2.0, < 2.0.0"`; throws an Error naming the bad part. */
export function parseVersionConstraint(text: string): VersionCondition[] {
  const conditions: VersionCondition[] = [];
  for (const raw of text.split(',')) {
    const part = raw.trim();
    const m = /^(=|!=|>=|<=|>|<|~>)?\s*(.+)$/.exec(part);
    const version = m ? parseModuleVersion(m[2]) : undefined;
    if (!m || !version) throw new Error(`invalid version constraint ${JSON.stringify(part)}`);
    conditions.push({ op: (m[1] as ConstraintOperator | undefined) ?? '=', version });
  }
  return conditions;
}

function comparePrerelease(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = /^\d+$/.test(pa[i]);
    const nb = /^\d+$/.test(pb[i]);
    if (na && nb && Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) < Number(pb[i]) ? -1 : 1;
    if (na !== nb) return na ? -1 : 1;
    if (!na && pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}

export function compareModuleVersions(a: ModuleVersion, b: ModuleVersion): number {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return comparePrerelease(a.prerelease, b.prerelease);
}

function meets(v: ModuleVersion, c: VersionCondition): boolean {
  const cmp = compareModuleVersions(v, c.version);
  switch (c.op) {
    case '=': return cmp === 0;
    case '!=': return cmp !== 0;
    case '>': return cmp > 0;
    case '>=': return cmp >= 0;
    case '<': return cmp < 0;
    case '<=': return cmp <= 0;
    case '~>': {
      // go-version's pessimistic check: at least the constraint, and every written segment but
      // the last unchanged (`~> 1.2` is >= 1.2, < 2.0; `~> 1.0.4` is >= 1.0.4, < 1.1.0).
      if (cmp < 0) return false;
      for (let i = 0; i < c.version.written - 1; i++) if (v.segments[i] !== c.version.segments[i]) return false;
      return true;
    }
  }
}

export function versionMeetsConstraint(v: ModuleVersion, conditions: readonly VersionCondition[]): boolean {
  if (v.prerelease && !conditions.some((c) => c.op === '=' && compareModuleVersions(v, c.version) === 0 && v.prerelease === c.version.prerelease)) return false;
  return conditions.every((c) => meets(v, c));
}

/** The newest of `available` meeting the constraint (no constraint: the newest release). */
export function newestMatchingVersion(available: readonly string[], constraint: string | undefined): string | undefined {
  const conditions = constraint && constraint.trim() ? parseVersionConstraint(constraint) : [];
  let best: ModuleVersion | undefined;
  for (const text of available) {
    const v = parseModuleVersion(text);
    if (!v || !versionMeetsConstraint(v, conditions)) continue;
    if (!best || compareModuleVersions(v, best) > 0) best = v;
  }
  return best?.text;
}
