// `ecs-drift-guard demo`: the whole action, end to end, with no credentials and no network. It
// starts the GitHub and AWS emulators on loopback, plays a pull request against
// examples/ecs-estate, an owner's approval and a scheduled drift run after a console edit, each
// time running the bundled action (dist/index.js) as a runner would, then prints what a user
// would see and writes it as Markdown (and result.json) under ./demo-output/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPO_ROOT } from '../test-support/e2e/run-action.js';
import { readExampleEstate } from './demo/estate.js';
import { renderFiles, renderTranscript } from './demo/render.js';
import { playDemo, type DemoResult } from './demo/scenario.js';

export interface DemoRunOptions {
  /** Where the Markdown goes; default `demo-output` in the current directory. */
  outputDir?: string;
  write?: (text: string) => void;
}

/** The repository the demo runs from: the bundle lives in its dist/ (or this file in src/). */
function repositoryRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, '..'), join(here, '..', '..')]) {
    if (existsSync(join(candidate, 'examples', 'ecs-estate')) && existsSync(join(candidate, 'action.yml'))) return resolve(candidate);
  }
  throw new Error('the demo runs from a clone of the repository (examples/ and action.yml next to dist/): run `npm run demo` there');
}

/** The emulators read GitHub's API description and webhook examples from devDependencies at run time. */
function checkDevDependencies(): void {
  const require = createRequire(import.meta.url);
  for (const file of ['@octokit/openapi/generated/api.github.com.json', '@octokit/webhooks-examples/package.json']) {
    try {
      require.resolve(file);
    } catch {
      throw new Error(`the demo's GitHub emulator needs ${file.split('/').slice(0, 2).join('/')} (a devDependency): run \`npm ci\` in the repository first`);
    }
  }
}

/** What must have happened for the demo to have shown its story; empty = it worked. */
export function demoProblems(result: DemoResult): string[] {
  const problems: string[] = [];
  for (const run of [result.pullRequest.run, result.approval.run, result.drift.run]) {
    if (run.crashed) problems.push(`the ${run.event} run failed: ${run.crashed}`);
  }
  if (result.pullRequest.reviewComments.length === 0) problems.push('the pull request got no review comments');
  if (!result.pullRequest.summaryComment) problems.push('the pull request got no summary comment');
  const gate = (statuses: DemoResult['pullRequest']['statusesAfterOpen']) => statuses.find((s) => s.context === 'drift-guard/owner-approval')?.state;
  if (gate(result.pullRequest.statusesAfterOpen) !== 'pending') problems.push(`owner-approval was ${gate(result.pullRequest.statusesAfterOpen) ?? 'not set'} before the approval, expected pending`);
  if (gate(result.approval.statusesAfterApproval) !== 'success') problems.push(`owner-approval was ${gate(result.approval.statusesAfterApproval) ?? 'not set'} after the approval, expected success`);
  if (result.drift.issues.length === 0) problems.push('the drift run opened no issue');
  problems.push(...result.apiViolations.map((v) => `API description violation: ${v}`));
  return problems;
}

export async function runDemo(options: DemoRunOptions = {}): Promise<number> {
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const root = repositoryRoot();
  checkDevDependencies();
  if (resolve(REPO_ROOT) !== root) throw new Error(`the demo's bundle is out of place (${REPO_ROOT} is not ${root}): rebuild with \`node build.mjs\``);
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run `npm run demo` (it builds first)');

  const started = Date.now();
  write('ECS Drift Guard demo: the real action (dist/index.js) against loopback GitHub and AWS emulators.\n');
  write('No credentials, no network. Repository acme/infra = examples/ecs-estate.\n');
  const estate = readExampleEstate(join(root, 'examples', 'ecs-estate'));
  const result = await playDemo({ estate, log: (line) => write(`  - ${line}\n`) });

  const outputDir = resolve(options.outputDir ?? 'demo-output');
  mkdirSync(outputDir, { recursive: true });
  for (const file of renderFiles(result)) writeFileSync(join(outputDir, file.name), file.content);
  // The same facts for scripts (and the demo's own test): statuses, comments, issues as data.
  writeFileSync(join(outputDir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  const shown = relative(process.cwd(), outputDir) || '.';
  write(renderTranscript(result, `${shown.startsWith('..') ? outputDir : shown}/ (start with README.md)`));

  const problems = demoProblems(result);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (problems.length) {
    write(`\nThe demo did not play out as expected (${seconds} s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
    return 1;
  }
  write(`\nDemo finished in ${seconds} s.\n`);
  return 0;
}
