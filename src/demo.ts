// `ecs-drift-guard demo`: until the full demo (GitHub and ECS emulators, a PR, an approval and a
// scheduled drift run) exists, it scans the bundled examples and prints the findings.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPolicyConfig } from './policy/engine.js';
import { renderReport } from './report/render.js';
import { scanConfiguration } from './scan.js';
import { loadConfigFile } from './settings.js';
import type { PolicyConfig } from './policy/engine.js';

function examplesDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..', 'examples'), join(here, '..', '..', 'examples')]) if (existsSync(candidate)) return resolve(candidate);
  throw new Error('the bundled examples/ folder was not found next to the program');
}

export async function runDemo(): Promise<number> {
  const repoRoot = join(examplesDir(), 'ecs-estate');
  const now = process.env.DRIFT_GUARD_NOW ? new Date(process.env.DRIFT_GUARD_NOW) : new Date();
  const { config } = loadConfigFile(repoRoot, '.github/drift-guard.yml', false);
  const policy: PolicyConfig = defaultPolicyConfig();
  for (const e of config.exceptions ?? []) policy.exceptions.push({ ...e });
  const { report } = await scanConfiguration({ repoRoot, paths: ['.'], policy, now });
  process.stdout.write(`ECS Drift Guard demo: scanning examples/ecs-estate (${report.modules.length} modules)\n\n`);
  process.stdout.write(renderReport(report, { format: 'text', failOn: 'high', now }, { color: process.stdout.isTTY === true && !process.env.NO_COLOR }));
  process.stdout.write('\nThe same scan as JSON: npx ecs-drift-guard scan examples/ecs-estate --format json\n');
  return 0;
}
