// Which modules a pull request must get owner approval for (DESIGN.md, owner-approval gate):
// by default every changed module that declares ECS resources; configurable to all changed
// modules or only those with findings. The config file and CODEOWNERS are always guarded: adding
// an exception or changing who owns what needs their owners' approval (issue 13).
import type { ConfigurationModel } from '../terraform/model.js';
import { CODEOWNERS_LOCATIONS } from './codeowners.js';

export type GuardedModulesSetting = 'ecs' | 'all' | 'findings';

export interface GuardedModuleChange {
  dir: string;
  changedFiles: string[];
}

const ECS_TYPE = /^aws_(ecs|ecr)_/;

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** The module and every local module it calls, transitively. */
function reachableModules(dir: string, calls: ConfigurationModel['moduleCalls']): Set<string> {
  const reach = new Set([dir]);
  for (let added = true; added; ) {
    added = false;
    for (const c of calls) if (reach.has(c.callerDir) && !reach.has(c.sourceDir)) { reach.add(c.sourceDir); added = true; }
  }
  return reach;
}

export function selectGuardedModules(input: {
  changedModules: readonly string[];
  changedPaths: readonly string[];
  configuration: Pick<ConfigurationModel, 'moduleFiles' | 'resources' | 'imports' | 'moduleCalls'>;
  setting: GuardedModulesSetting;
  /** Modules with unsuppressed findings (for the `findings` setting). */
  modulesWithFindings: ReadonlySet<string>;
  /** The config file path, guarded whenever the PR changes it. */
  configFile: string;
}): GuardedModuleChange[] {
  const changed = new Set(input.changedPaths);
  const guarded: GuardedModuleChange[] = [];
  for (const dir of input.changedModules) {
    const files = new Set([...(input.configuration.moduleFiles.get(dir) ?? []), ...input.changedPaths.filter((p) => dirOf(p) === dir)]);
    const changedFiles = [...files].filter((f) => changed.has(f)).sort();
    // A module listed only because it calls a changed module has no change of its own to approve.
    if (changedFiles.length === 0) continue;
    // A module that calls a shared ECS module (`module "payments" { source = "../../modules/ecs-service" }`)
    // configures ECS resources as much as one that declares them.
    const reach = reachableModules(dir, input.configuration.moduleCalls);
    const declaresEcs = input.configuration.resources.some((r) => reach.has(r.moduleDir) && ECS_TYPE.test(r.type))
      || input.configuration.imports.some((i) => i.moduleDir === dir && /(^|\.)aws_ecs_/.test(i.to));
    if (input.setting === 'ecs' && !declaresEcs) continue;
    if (input.setting === 'findings' && !input.modulesWithFindings.has(dir)) continue;
    guarded.push({ dir, changedFiles });
  }
  for (const path of gateFilePaths(input.configFile)) if (changed.has(path)) guarded.push({ dir: path, changedFiles: [path] });
  return guarded;
}

/** The files that decide the gate itself: the config file and every place GitHub looks for CODEOWNERS. Always guarded. */
export function gateFilePaths(configFile: string): string[] {
  return [...new Set([configFile, ...CODEOWNERS_LOCATIONS])];
}
