// RULES.md "Where a finding points": a finding whose value or missing attribute comes from a
// downloaded module's own code or defaults points at the caller, never into `.terraform/` or the
// download cache: at the caller's innermost object that should hold the attribute (the container
// object it passes in `container_definitions = { app = { … } }`), else at its `module` block. The
// message names the module input to set and cites the module's file and line (for a registry
// module, with a link to its registry page).
//
// Modules in the repository (local paths) are not moved: their code is the repository's own, so
// a finding in it stays on the module's line, where a pull request that changes that line gets
// the comment and the module's owners see it (README, "Remote modules").
import type { ConfigurationModel, EvaluatedBlock, ModuleCallSite, ModulePackage, ResourceModel } from '../terraform/model.js';
import { firstLineOf, type ObjectValue, type SourceLocation, type Value } from '../terraform/values.js';
import { describeSource, parseModuleSource } from '../terraform/module-sources/source-address.js';
import { containerDefinitions } from './resource-values.js';
import type { RuleFindingInput } from './rule.js';

/** Files of a downloaded module (`.terraform/modules/…`) or of a download cache outside the repository. */
export function isDownloadedPath(file: string): boolean {
  return file.startsWith('.terraform/') || file.includes('/.terraform/') || file.startsWith('../') || file.startsWith('/');
}

const inputKeys = new Map<string, string>();

/** A name compared with module inputs: `container_definitions`, `containerDefinitions` and `container-definitions` alike. */
function inputKey(name: string): string {
  let key = inputKeys.get(name);
  if (key === undefined) inputKeys.set(name, (key = name.toLowerCase().replace(/[_-]/g, '')));
  return key;
}

/** The input unchanged, or moved onto the caller when it points into downloaded module code. */
export function attributeToCaller(input: RuleFindingInput, resource: ResourceModel | undefined, model: ConfigurationModel): RuleFindingInput {
  const callChain = resource?.callChain;
  if (!isDownloadedPath(input.loc.file) || !callChain) return input;
  let site: ModuleCallSite | undefined;
  for (let i = callChain.length - 1; i >= 0 && !site; i--) if (!isDownloadedPath(callChain[i].loc.file)) site = callChain[i];
  if (!site) return input;
  const origin = `This comes from the code or defaults of ${site.address} (${citation(input.loc, model.packages)})`;
  const object = callerObject(input.attributePath, resource!, site);
  if (object) {
    return {
      ...input,
      loc: firstLineOf(object.loc),
      message: `${input.message} ${origin}: set \`${object.path}\` in this object (module input \`${object.argument}\`).`,
      suggestion: undefined,
    };
  }
  // The input to set: the module variable named like the attribute path's first step (configuration,
  // container_definitions), else like its last (kms_key_id, user).
  const steps = input.attributePath.split(/[.[\]]+/).filter(Boolean);
  const variable = [steps[0], steps[steps.length - 1]].map((s) => site.variables.find((v) => inputKey(v.name) === inputKey(s ?? ''))).find(Boolean);
  const how = variable ? `set its input \`${variable.name}\` (declared at ${citation(variable.loc, model.packages)})` : 'set it through the module\'s inputs';
  return {
    ...input,
    loc: firstLineOf(site.loc),
    message: `${input.message} ${origin}: ${how}.`,
    suggestion: undefined,
  };
}

/**
 * A module file and line as a reader can find it: `path:line` inside the package, with the
 * package's source and version, and for the public registry a link to the module's page.
 */
export function citation(at: SourceLocation, packages: readonly ModulePackage[] | undefined): string {
  const pkg = packageOf(at.file, packages);
  if (!pkg) return `${at.file}:${at.line}`;
  return `${at.file.slice(pkg.dir.length + 1)}:${at.line} of ${pkg.described}`;
}

interface DescribedPackages {
  /** Deepest folder first, with how each is named in a message. */
  list: { dir: string; prefix: string; described: string }[];
  /** The package of each file asked about (findings cite the same few files). */
  byFile: Map<string, { dir: string; described: string } | undefined>;
}

const describedPackages = new WeakMap<readonly ModulePackage[], DescribedPackages>();

function packageOf(file: string, packages: readonly ModulePackage[] | undefined): { dir: string; described: string } | undefined {
  if (!packages) return undefined;
  let described = describedPackages.get(packages);
  if (!described) {
    const list = [...packages].sort((a, b) => b.dir.length - a.dir.length).map((p) => ({ dir: p.dir, prefix: `${p.dir}/`, described: describePackage(p) }));
    described = { list, byFile: new Map() };
    describedPackages.set(packages, described);
  }
  if (described.byFile.has(file)) return described.byFile.get(file);
  const found = described.list.find((p) => file.startsWith(p.prefix));
  described.byFile.set(file, found);
  return found;
}

function describePackage(pkg: ModulePackage): string {
  const source = parseModuleSource(pkg.source);
  if (source.kind !== 'registry') return describeSource(pkg.source);
  const address = `${source.namespace}/${source.name}/${source.system}`;
  const link = source.host === 'registry.terraform.io' && pkg.version ? `, https://registry.terraform.io/modules/${address}/${pkg.version}` : '';
  return `${source.host === 'registry.terraform.io' ? '' : `${source.host}/`}${address}${pkg.version ? ` ${pkg.version}` : ''}${link}`;
}

/**
 * The object the caller wrote that the finding's attribute belongs in: the holder of the attribute
 * in the resource (the container object, the block) carries values the caller wrote, each with its
 * line; the caller's object literal (in one of the `module` block's arguments) that encloses the
 * most of them, the innermost on a tie, is the one. Undefined when the holder carries nothing the
 * caller wrote, or is the whole resource (then the `module` block is the place).
 */
function callerObject(attributePath: string, resource: ResourceModel, site: ModuleCallSite): { loc: SourceLocation; argument: string; path: string } | undefined {
  if (!site.arguments) return undefined;
  const found = holderOf(attributePath, resource);
  if (!found) return undefined;
  const { holder, path } = found;
  // A container object or block holds several findings' attributes: its place is found once per call site.
  let bySite = placeOfHolder.get(holder);
  if (!bySite) placeOfHolder.set(holder, (bySite = new WeakMap()));
  let place = bySite.get(site);
  if (place === undefined) {
    place = findCallerObject(holder, argumentObjects(site)) ?? null;
    bySite.set(site, place);
  }
  return place ? { loc: place.loc, argument: place.argument, path } : undefined;
}

const placeOfHolder = new WeakMap<object, WeakMap<ModuleCallSite, { loc: SourceLocation; argument: string } | null>>();
const objectsOfSite = new WeakMap<ModuleCallSite, { object: ObjectValue; argument: string }[]>();

/** Every object literal the caller wrote inside the call's arguments, with the argument it is in. */
function argumentObjects(site: ModuleCallSite): { object: ObjectValue; argument: string }[] {
  let objects = objectsOfSite.get(site);
  if (!objects) {
    const found: { object: ObjectValue; argument: string }[] = [];
    for (const { name, value } of site.arguments?.() ?? []) collectCallerObjects(value, name, found);
    objects = found;
    objectsOfSite.set(site, objects);
  }
  return objects;
}

function findCallerObject(holder: ObjectValue | EvaluatedBlock, objects: { object: ObjectValue; argument: string }[]): { loc: SourceLocation; argument: string } | undefined {
  if (objects.length === 0) return undefined;
  // The holder's own scalar members say best which object it was built from (a nested `tags` or
  // `dockerLabels` map the caller passed may be bigger); nested values only when it has none.
  const leaves = directLeaves(holder);
  if (leaves.length === 0) {
    if ('attributes' in holder) collectBlockLeaves(holder, leaves);
    else collectLeaves(holder, leaves);
  }
  if (leaves.length === 0) return undefined;
  let best: { loc: SourceLocation; argument: string; count: number } | undefined;
  for (const { object, argument } of objects) {
    let count = 0;
    for (const l of leaves) if (l.file === object.loc.file && l.line >= object.loc.line && l.endLine <= object.loc.endLine) count++;
    if (count === 0) continue;
    const span = object.loc.endLine - object.loc.line;
    if (!best || count > best.count || (count === best.count && span < best.loc.endLine - best.loc.line)) best = { loc: object.loc, argument, count };
  }
  return best && { loc: best.loc, argument: best.argument };
}

/**
 * The deepest object or block on the path that exists, and the rest of the path from it (what the
 * caller should set there); undefined for the resource itself.
 */
function holderOf(attributePath: string, resource: ResourceModel): { holder: ObjectValue | EvaluatedBlock; path: string } | undefined {
  const container = /^container_definitions\[([^\]]*)\]\.(.+)$/.exec(attributePath);
  let current: ObjectValue | EvaluatedBlock | undefined;
  let rest: string[];
  if (container) {
    const defs = containerDefinitions(resource);
    if (defs.kind !== 'known') return undefined;
    current = defs.containers.find((c) => c.name === container[1])?.object;
    rest = container[2].split('.');
  } else {
    rest = attributePath.split('.');
    const first = rest.shift() ?? '';
    if (/[[\]]/.test(first) || rest.length === 0) return undefined;
    const attr = resource.body.attributes.get(first)?.value;
    current = attr?.kind === 'object' ? attr : resource.body.blocks.find((b) => b.type === first);
  }
  // Down the path while it names objects or blocks; the last step is the attribute itself.
  let depth = 0;
  for (const step of rest.slice(0, -1)) {
    if (!current || /[[\]]/.test(step)) break;
    let next: Value | EvaluatedBlock | undefined;
    if ('attributes' in current) next = current.attributes.get(step)?.value ?? current.blocks.find((b) => b.type === step);
    else next = current.entries.get(step)?.value;
    if (next && ('attributes' in next || next.kind === 'object')) current = next as ObjectValue | EvaluatedBlock;
    else break;
    depth++;
  }
  return current && { holder: current, path: rest.slice(depth).join('.').replace(/\[.*$/, '') };
}

function directLeaves(holder: ObjectValue | EvaluatedBlock): SourceLocation[] {
  const values = 'attributes' in holder ? [...holder.attributes.values()].map((a) => a.value) : [...holder.entries.values()].map((e) => e.value);
  return values.filter((v) => v.kind !== 'list' && v.kind !== 'object' && v.kind !== 'unknown' && !isDownloadedPath(v.loc.file)).map((v) => v.loc);
}

function collectBlockLeaves(block: EvaluatedBlock, out: SourceLocation[]): void {
  for (const a of block.attributes.values()) collectLeaves(a.value, out);
  for (const b of block.blocks) collectBlockLeaves(b, out);
}

/** Where the scalar values inside a value were written, the caller's files only. */
function collectLeaves(value: Value, out: SourceLocation[]): void {
  switch (value.kind) {
    case 'list': for (const item of value.items) collectLeaves(item, out); return;
    case 'object': for (const e of value.entries.values()) collectLeaves(e.value, out); return;
    case 'unknown': return;
    default: if (!isDownloadedPath(value.loc.file)) out.push(value.loc);
  }
}

/** Every object inside an argument's value whose literal the caller wrote, outer before inner. */
function collectCallerObjects(value: Value, argument: string, out: { object: ObjectValue; argument: string }[]): void {
  if (value.kind === 'object') {
    if (!isDownloadedPath(value.loc.file)) out.push({ object: value, argument });
    for (const e of value.entries.values()) collectCallerObjects(e.value, argument, out);
  } else if (value.kind === 'list') for (const item of value.items) collectCallerObjects(item, argument, out);
}
