// The scan pipeline: discover -> parse -> evaluate -> policy -> report data.
import { relative } from 'node:path';
import { inShard, type Shard } from './shard.js';
import { loadConfiguration } from './terraform/load-configuration.js';
import { applyPlan, pickPlanRoot, readPlanFile } from './terraform/plan-overlay.js';
import type { ConfigurationModel } from './terraform/model.js';
import { runPolicy, type PolicyConfig } from './policy/engine.js';
import { allRules } from './policy/rules/index.js';
import type { Rule } from './policy/rule.js';
import type { Report } from './report/model.js';
import type { Settings } from './settings.js';
import { createModuleSourceResolver, type ModuleSourceResolver } from './terraform/module-sources/index.js';
import type { ParseThreadOptions } from './terraform/parse-pool.js';

export interface ScanInput {
  repoRoot: string;
  paths: string[];
  policy: PolicyConfig;
  now: Date;
  rules?: Rule[];
  /** `terraform show -json` output of a plan for one of the scanned root modules. */
  planJson?: string;
  /**
   * Pull requests: check only resources declared in these module folders or evaluated from
   * these root modules (a changed caller re-checks the module it calls).
   */
  onlyModules?: readonly string[];
  /** An already loaded configuration of the same paths (the PR phase loads it to find changed modules). */
  configuration?: ConfigurationModel;
  /** Check only the root modules in this share of a matrix (each resource instance once). */
  shard?: Shard;
  /** Finds registry, git and archive module sources; without it they are not evaluated. */
  moduleSources?: ModuleSourceResolver;
  /** Parsing on worker threads (default: by the machine's cores, for large scans). */
  parseThreads?: ParseThreadOptions;
}

/** The part of the configuration whose root modules fall in the shard. */
export function restrictToShard(configuration: ConfigurationModel, shard: Shard): ConfigurationModel {
  const roots = new Set(configuration.rootDirs.filter((d) => inShard(d, shard)));
  const dirs = new Set([...roots, ...configuration.resources.filter((r) => roots.has(r.rootDir)).map((r) => r.moduleDir)]);
  return {
    ...configuration,
    rootDirs: [...roots],
    resources: configuration.resources.filter((r) => roots.has(r.rootDir)),
    imports: configuration.imports.filter((i) => roots.has(i.rootDir)),
    notEvaluated: configuration.notEvaluated.filter((n) => inModules(n.file, dirs)),
    errors: configuration.errors.filter((e) => inModules(e.file, dirs)),
    moduleDirs: configuration.moduleDirs.filter((d) => dirs.has(d)),
  };
}

function inModules(file: string, modules: ReadonlySet<string>): boolean {
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
  return modules.has(dir);
}

/** A view of the configuration limited to some modules, for pull requests. */
export function restrictToModules(configuration: ConfigurationModel, modules: readonly string[]): ConfigurationModel {
  const set = new Set(modules);
  const keep = (moduleDir: string, rootDir: string) => set.has(moduleDir) || set.has(rootDir);
  return {
    ...configuration,
    resources: configuration.resources.filter((r) => keep(r.moduleDir, r.rootDir)),
    imports: configuration.imports.filter((i) => keep(i.moduleDir, i.rootDir)),
    notEvaluated: configuration.notEvaluated.filter((n) => inModules(n.file, set)),
    errors: configuration.errors.filter((e) => inModules(e.file, set)),
    moduleDirs: configuration.moduleDirs.filter((d) => set.has(d)),
  };
}

/** The scan input a Settings object describes (CLI and action alike). */
export function scanInputFrom(settings: Pick<Settings, 'repoRoot' | 'paths' | 'policy' | 'now' | 'planJson' | 'shard' | 'modules'>): ScanInput {
  return { repoRoot: settings.repoRoot, paths: settings.paths, policy: settings.policy, now: settings.now, planJson: settings.planJson, shard: settings.shard, moduleSources: settings.modules && createModuleSourceResolver(settings.modules) };
}

export interface ScanOutput {
  report: Report;
  configuration: ConfigurationModel;
}

export async function scanConfiguration(input: ScanInput): Promise<ScanOutput> {
  const loaded = input.configuration ?? (await loadConfiguration({ repoRoot: input.repoRoot, paths: input.paths, moduleSources: input.moduleSources, parseThreads: input.parseThreads }));
  const limited = input.onlyModules ? restrictToModules(loaded, input.onlyModules) : loaded;
  const configuration = input.shard ? restrictToShard(limited, input.shard) : limited;
  if (input.planJson) {
    const display = relative(input.repoRoot, input.planJson) || input.planJson;
    const planResources = readPlanFile(input.planJson, display);
    const root = pickPlanRoot(configuration, planResources);
    if (!root) {
      configuration.errors.push({ file: display, message: 'no resource of this plan matches the scanned modules; plan values not used (scan the root module the plan was made from)' });
    } else {
      const { unmatched } = applyPlan(configuration, planResources, root);
      if (unmatched.length > 0) {
        configuration.errors.push({ file: display, message: `${unmatched.length} planned resource(s) have no declaration in ${root} (first: ${unmatched[0]}); they were not checked` });
      }
    }
  }
  const { findings, notEvaluated, errors } = runPolicy(configuration, input.rules ?? allRules, input.policy, input.now);
  return {
    configuration,
    report: {
      findings,
      drift: [],
      notEvaluated,
      errors: [...configuration.errors, ...errors].map((e) => ({ file: e.file, message: e.message })),
      modules: configuration.moduleDirs,
    },
  };
}
