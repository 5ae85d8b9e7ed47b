// Which major version of the AWS provider (hashicorp/aws) a root module runs, found as Terraform
// finds it: the version `.terraform.lock.hcl` in the root module records (what `terraform init`
// selected and every later plan uses), else the `required_providers` version constraint when it
// allows a single major version, else unknown. Provider schema defaults differ between majors
// (e.g. aws_ecs_service `availability_zone_rebalancing`), so a comparison that depends on a default
// says which version it assumed, or does not compare when the version is unknown.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHcl, type Expr } from '../terraform/hcl-syntax.js';
import type { ConfigurationModel } from '../terraform/model.js';
import { parseModuleVersion, parseVersionConstraint, type VersionCondition } from '../terraform/module-sources/version-constraints.js';

export interface AwsProviderVersion {
  /** Major version; undefined when it cannot be known. */
  major?: number;
  /** The exact version, from the lock file. */
  version?: string;
  /**
   * The highest version the constraint allows (`terraform init` without a lock file selects the
   * newest allowed version), when it has an upper bound; from a constraint only.
   */
  newestAllowed?: { version: number[]; inclusive: boolean };
  source: 'lock' | 'constraint' | 'unknown';
  /** One phrase for a reason: where the version came from, or why it is unknown. */
  detail: string;
}

function compareVersions(a: number[], b: number[]): number {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The conditions of a constraint, by the parser module sources use; undefined when it is not one. */
function conditionsOf(constraint: string): VersionCondition[] | undefined {
  try {
    return parseVersionConstraint(constraint);
  } catch {
    return undefined;
  }
}

/** The upper bound of a Terraform version constraint (`<`, `<=`, `=`, `~>`), or undefined when open. */
export function upperBoundOf(constraint: string): { version: number[]; inclusive: boolean } | undefined {
  const conditions = conditionsOf(constraint);
  if (!conditions) return undefined;
  let bound: { version: number[]; inclusive: boolean } | undefined;
  const tighten = (version: number[], inclusive: boolean) => {
    const c = bound ? compareVersions(version, bound.version) : -1;
    if (!bound || c < 0 || (c === 0 && !inclusive)) bound = { version, inclusive };
  };
  for (const { op, version } of conditions) {
    const [major, minor, patch] = version.segments;
    switch (op) {
      case '=': tighten([major, minor, patch], true); break;
      case '<': tighten([major, minor, patch], false); break;
      case '<=': tighten([major, minor, patch], true); break;
      // `~> X.Y.Z` allows up to X.(Y+1) exclusive; `~> X.Y` up to (X+1) exclusive.
      case '~>': if (version.written >= 3) tighten([major, minor + 1, 0], false); else if (version.written === 2) tighten([major + 1, 0, 0], false); break;
      default: break;
    }
  }
  return bound;
}

/** True when `provider` runs a version before `version` (the lock's exact one, or the newest its constraint allows). */
export function predates(provider: AwsProviderVersion, version: string): boolean {
  const target = parseModuleVersion(version)!.segments;
  if (provider.version) return compareVersions(parseModuleVersion(provider.version)?.segments ?? [0], target) < 0;
  const newest = provider.newestAllowed;
  if (!newest) return false;
  const c = compareVersions(newest.version, target);
  return c < 0 || (c === 0 && !newest.inclusive);
}

/** The provider's addresses in a lock file (Terraform's registry, and OpenTofu's mirror of the same provider). */
const LOCK_ADDRESSES = new Set(['registry.terraform.io/hashicorp/aws', 'registry.opentofu.org/hashicorp/aws']);
const SOURCE = /^((registry\.terraform\.io|registry\.opentofu\.org)\/)?hashicorp\/aws$/i;

function literal(expr: Expr | undefined): string | undefined {
  if (!expr) return undefined;
  if (expr.t === 'lit' && typeof expr.v === 'string') return expr.v;
  if (expr.t === 'tmpl' && expr.parts.every((p) => p.t === 'text')) return expr.parts.map((p) => (p.t === 'text' ? p.text : '')).join('');
  return undefined;
}


/**
 * The single major version a Terraform version constraint allows (`~> 5.0`, `>= 5.40, < 6.0`,
 * `5.100.0`), or undefined when it allows several or none can be told. `~> 5` (one segment) and
 * open ranges (`>= 5.0`) are not a single major.
 */
export function singleMajorOf(constraint: string): number | undefined {
  const conditions = conditionsOf(constraint);
  if (!conditions) return undefined;
  let lower: number | undefined;
  let upper: number | undefined;
  const raise = (n: number) => { lower = lower === undefined ? n : Math.max(lower, n); };
  const cap = (n: number) => { upper = upper === undefined ? n : Math.min(upper, n); };
  for (const { op, version } of conditions) {
    const [major, minor, patch] = version.segments;
    switch (op) {
      case '=': raise(major); cap(major); break;
      case '!=': break;
      case '>': case '>=': raise(major); break;
      case '<': cap(minor === 0 && patch === 0 ? major - 1 : major); break;
      case '<=': cap(major); break;
      case '~>': raise(major); if (version.written >= 2) cap(major); break;
    }
  }
  return lower !== undefined && upper !== undefined && lower === upper ? lower : undefined;
}

async function fromLockFile(repoRoot: string, rootDir: string): Promise<AwsProviderVersion | undefined> {
  const file = path.join(repoRoot, rootDir, '.terraform.lock.hcl');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  const where = path.posix.join(rootDir.replace(/\\/g, '/'), '.terraform.lock.hcl').replace(/^\.\//, '');
  try {
    const body = (await parseHcl(text)).body;
    for (const block of body.blocks) {
      if (block.type !== 'provider' || !LOCK_ADDRESSES.has((block.labels[0] ?? '').toLowerCase())) continue;
      const version = literal(block.attributes.find((a) => a.name === 'version')?.expr);
      const parsed = version ? parseModuleVersion(version) : undefined;
      if (version && parsed) return { major: parsed.segments[0], version, source: 'lock', detail: `hashicorp/aws ${version} (${where})` };
    }
  } catch {
    return { source: 'unknown', detail: `${where} could not be read` };
  }
  return undefined;
}

async function fromConstraints(configuration: ConfigurationModel, rootDir: string): Promise<AwsProviderVersion | undefined> {
  const constraints: string[] = [];
  for (const file of configuration.moduleFiles.get(rootDir) ?? []) {
    if (!file.endsWith('.tf')) continue;
    const text = configuration.files.get(file)?.text;
    if (!text || !text.includes('required_providers')) continue;
    let body;
    try {
      body = (await parseHcl(text)).body;
    } catch {
      continue; // the scan reports unparsable files
    }
    for (const terraform of body.blocks.filter((b) => b.type === 'terraform')) {
      for (const required of terraform.blocks.filter((b) => b.type === 'required_providers')) {
        for (const attr of required.attributes) {
          const expr = attr.expr;
          if (expr.t === 'object') {
            const get = (name: string) => literal(expr.elems.find((e) => literal(e.key) === name || (e.key.t === 'var' && e.key.name === name))?.value);
            const source = get('source') ?? (attr.name === 'aws' ? 'hashicorp/aws' : undefined);
            const version = get('version');
            if (source && SOURCE.test(source) && version) constraints.push(version);
          } else if (attr.name === 'aws') {
            // The pre-0.13 form: `aws = "~> 5.0"`.
            const version = literal(expr);
            if (version) constraints.push(version);
          }
        }
      }
    }
  }
  if (constraints.length === 0) return undefined;
  const joined = constraints.join(', ');
  const major = singleMajorOf(joined);
  return major === undefined
    ? { source: 'unknown', detail: `the required_providers constraint "${joined}" allows more than one major version and there is no .terraform.lock.hcl` }
    : { major, source: 'constraint', detail: `hashicorp/aws ${major}.x (required_providers "${joined}"; no .terraform.lock.hcl)`, ...(upperBoundOf(joined) ? { newestAllowed: upperBoundOf(joined)! } : {}) };
}

/** The AWS provider version of the root module in `rootDir` (repo-relative). */
export async function awsProviderVersion(configuration: ConfigurationModel, rootDir: string, repoRoot: string | undefined): Promise<AwsProviderVersion> {
  const dir = rootDir === '' ? '.' : rootDir;
  const locked = repoRoot ? await fromLockFile(repoRoot, dir) : undefined;
  if (locked) return locked;
  const constrained = await fromConstraints(configuration, dir);
  if (constrained) return constrained;
  return { source: 'unknown', detail: 'no .terraform.lock.hcl and no required_providers version for hashicorp/aws' };
}
