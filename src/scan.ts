// The scan pipeline: discover -> parse -> evaluate -> policy -> report data.
import { loadConfiguration } from './terraform/load-configuration.js';
import type { ConfigurationModel } from './terraform/model.js';
import { runPolicy, type PolicyConfig } from './policy/engine.js';
import { allRules } from './policy/rules/index.js';
import type { Rule } from './policy/rule.js';
import type { Report } from './report/model.js';

export interface ScanInput {
  repoRoot: string;
  paths: string[];
  policy: PolicyConfig;
  now: Date;
  rules?: Rule[];
}

export interface ScanOutput {
  report: Report;
  configuration: ConfigurationModel;
}

export async function scanConfiguration(input: ScanInput): Promise<ScanOutput> {
  const configuration = await loadConfiguration({ repoRoot: input.repoRoot, paths: input.paths });
  const { findings, notEvaluated } = runPolicy(configuration, input.rules ?? allRules, input.policy, input.now);
  return {
    configuration,
    report: {
      findings,
      drift: [],
      notEvaluated,
      errors: configuration.errors.map((e) => ({ file: e.file, message: e.message })),
      modules: configuration.moduleDirs,
    },
  };
}
