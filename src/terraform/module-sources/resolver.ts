// Where a module call's code is, as `terraform init` would find it. Before evaluation, prepare()
// walks every root module's calls (`Key` "a.b" as Terraform numbers them) and finds each
// non-local source: in the root's `.terraform/modules/modules.json` when `terraform init` ran,
// else by downloading it (when allowed). Evaluation then asks resolve(), which only looks up.
import { existsSync } from 'node:fs';
import { resolve as resolvePath, sep } from 'node:path';
import type { Logger } from '../../logger.js';
import { readModulesJson, sameModuleSource, type ModulesJsonRecord } from './modules-json.js';
import type { PackageCache } from './package-cache.js';
import { describeSource, isLocalSource } from './source-address.js';

/** A module block as written: its label, literal `source` and literal `version`. */
export interface ModuleCallSite {
  name: string;
  source: string;
  version?: string;
}

export interface ModuleSourceRequest {
  /** Absolute folder of the root module being evaluated. */
  rootDir: string;
  /** Terraform's module key: call names from the root joined by dots ("a.b"). */
  key: string;
  /** Absolute folder of the module that holds the call. */
  callerDir: string;
  source: string;
  version?: string;
}

export type ModuleSourceResolution = { dir: string } | { why: string };

/** What the configuration loader needs: one async preparation, then plain look-ups. */
export interface ModuleSourceResolver {
  prepare(rootDirs: readonly string[], callsIn: (dir: string) => ModuleCallSite[]): Promise<void>;
  resolve(request: ModuleSourceRequest): ModuleSourceResolution;
  /**
   * Folders outside the repository the loader may read module code from (the package cache, whose
   * archives were extracted with no entry or link leaving it).
   */
  readRoots?(): string[];
  /** The downloaded packages the resolved calls point into (absolute folders), for citing their files. */
  packages?(): { dir: string; source: string; version?: string }[];
}

const MAX_DEPTH = 16;

export interface TerraformModuleSourcesOptions {
  /** Undefined: nothing is downloaded (`--offline`, `download-modules: false`). */
  cache?: PackageCache;
  logger?: Logger;
}

export class TerraformModuleSources implements ModuleSourceResolver {
  private readonly results = new Map<string, ModuleSourceResolution>();
  /** Roots of downloaded packages: relative sources inside one resolve within it. */
  private readonly packageRoots = new Set<string>();
  /** Package folder -> the source and version it holds. */
  private readonly packageSources = new Map<string, { source: string; version?: string }>();

  constructor(private readonly options: TerraformModuleSourcesOptions) {}

  async prepare(rootDirs: readonly string[], callsIn: (dir: string) => ModuleCallSite[]): Promise<void> {
    // Every root that calls a package walks the package's folders again: their calls are listed once.
    const listed = new Map<string, ModuleCallSite[]>();
    const callsOnce = (dir: string) => {
      let calls = listed.get(dir);
      if (!calls) listed.set(dir, (calls = callsIn(dir)));
      return calls;
    };
    await Promise.all(rootDirs.map((root) => this.walk(root, readModulesJson(root), root, '', callsOnce, [])));
  }

  packages(): { dir: string; source: string; version?: string }[] {
    return [...this.packageSources].map(([dir, p]) => ({ dir, ...p }));
  }

  resolve(request: ModuleSourceRequest): ModuleSourceResolution {
    return this.results.get(`${request.rootDir}\u0000${request.key}`) ?? { why: `module source ${JSON.stringify(describeSource(request.source))} was not resolved` };
  }

  private async walk(root: string, manifest: Map<string, ModulesJsonRecord> | undefined, dir: string, prefix: string, callsIn: (dir: string) => ModuleCallSite[], ancestors: readonly string[]): Promise<void> {
    // A module that calls itself (directly or round a loop) is not walked again: the loader reports the cycle.
    if (ancestors.length >= MAX_DEPTH || ancestors.includes(dir)) return;
    await Promise.all(callsIn(dir).map(async (call) => {
      const key = prefix ? `${prefix}.${call.name}` : call.name;
      const result = await this.locate(root, manifest, dir, key, call);
      if (result && 'why' in result) this.results.set(`${root}\u0000${key}`, result);
      else {
        const childDir = result?.dir ?? resolvePath(dir, call.source);
        if (result) this.results.set(`${root}\u0000${key}`, result);
        await this.walk(root, manifest, childDir, key, callsIn, [...ancestors, dir]);
      }
    }));
  }

  /** undefined: a local path in the repository, which the loader follows itself. */
  private async locate(root: string, manifest: Map<string, ModulesJsonRecord> | undefined, callerDir: string, key: string, call: ModuleCallSite): Promise<ModuleSourceResolution | undefined> {
    // For messages only: most calls resolve, and need no text.
    const source = () => describeSource(call.source);
    if (isLocalSource(call.source)) {
      const pkg = this.packageRootOf(callerDir);
      if (!pkg) return undefined;
      const dir = resolvePath(callerDir, call.source);
      if (!inside(pkg, dir)) return { why: `module source ${JSON.stringify(source())} leaves the package it is in` };
      return this.existsInPackage(dir) ? { dir } : { why: `module source ${JSON.stringify(source())} does not exist in its package` };
    }
    const record = manifest?.get(key);
    if (record && sameModuleSource(record.source, call.source)) {
      const dir = resolvePath(root, record.dir);
      if (existsSync(dir)) {
        // `terraform init` installs each call's package in .terraform/modules/<key> (a `//subdir` below it).
        const installed = resolvePath(root, '.terraform', 'modules');
        const top = inside(installed, dir) && dir !== installed ? resolvePath(installed, dir.slice(installed.length + 1).split(sep)[0]) : dir;
        this.packageSources.set(top, { source: record.source, version: record.version });
        return { dir };
      }
    }
    const cache = this.options.cache;
    if (!cache) {
      const init = manifest ? `${key} is not in .terraform/modules/modules.json as written (run terraform init again)` : 'no .terraform/modules/modules.json (run terraform init, or allow downloads)';
      return { why: `module source ${JSON.stringify(source())} was not downloaded (downloads are off: --offline or download-modules: false) and ${init}` };
    }
    try {
      const fetched = await cache.fetchModule(call.source, call.version);
      this.packageRoots.add(fetched.packageDir);
      this.packageSources.set(fetched.packageDir, { source: call.source, version: fetched.version });
      this.options.logger?.debug(`module ${key}: ${source()}${fetched.version ? ` ${fetched.version}` : ''} -> ${fetched.moduleDir}`);
      return { dir: fetched.moduleDir };
    } catch (e) {
      return { why: `module source ${JSON.stringify(source())}${call.version ? ` (version ${JSON.stringify(call.version)})` : ''} could not be fetched: ${describeSource((e as Error).message)}` };
    }
  }

  /** Folders inside downloaded packages that exist; a package is not changed while a run reads it. */
  private readonly packageFolders = new Map<string, boolean>();

  private existsInPackage(dir: string): boolean {
    let exists = this.packageFolders.get(dir);
    if (exists === undefined) this.packageFolders.set(dir, (exists = existsSync(dir)));
    return exists;
  }

  private packageRootOf(dir: string): string | undefined {
    for (const root of this.packageRoots) if (inside(root, dir)) return root;
    return undefined;
  }
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/** Terraform's module key of a call `name` made from the instance at `address` (`module.a["x"].module.b` -> "a.b.name"). */
export function moduleKeyOf(address: string, name: string): string {
  const names: string[] = [];
  let i = 0;
  while (i < address.length) {
    if (!address.startsWith('module.', i)) break;
    i += 'module.'.length;
    const m = /^[^.[\]]+/.exec(address.slice(i));
    if (!m) break;
    names.push(m[0]);
    i += m[0].length;
    if (address[i] === '[') {
      // Skip the instance key: a JSON string (may hold `]` or `.`) or a number.
      i++;
      if (address[i] === '"') {
        i++;
        while (i < address.length && address[i] !== '"') i += address[i] === '\\' ? 2 : 1;
        i++;
      } else while (i < address.length && address[i] !== ']') i++;
      i++;
    }
    if (address[i] === '.') i++;
  }
  return [...names, name].join('.');
}
