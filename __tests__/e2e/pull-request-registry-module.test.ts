// End-to-end (issue 11): the built action on a pull request that changes a caller of a registry
// module. The module, shaped like terraform-aws-modules/ecs (modules/service calling
// ../container-definition; the ecs-shaped fixture written for this project), is served by the
// loopback registry, which the action reaches through a Terraform CLI config `host` block, and is
// downloaded into RUNNER_TEMP. Review comments land on the caller's changed lines, a module's
// own default included (on the container object the caller added); nothing points into the
// download cache; drift-guard/policy fails.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findingMarker } from '../../src/github/review.js';
import { lineOf, type FileTree } from '../../test-support/e2e/file-tree.js';
import { BOT_LOGIN, startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots, type ActionRun } from '../../test-support/e2e/run-action.js';
import { startRegistryEmulator, type RegistryEmulator } from '../../test-support/registry/emulator.js';

afterAll(removeDistSnapshots);
const CALLER = 'envs/prod/main.tf';
const DIGEST = 'sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';
const FIXTURE = join(import.meta.dirname, '..', 'policy', 'fixtures-modules', 'ecs-shaped', 'modules');

/** The package as the registry serves it: the root module and the two submodules the service uses. */
function ecsPackage(version: string): Record<string, string> {
  return {
    'README.md': `# ecs ${version}\n`,
    'main.tf': '# the cluster (root module of the package); //modules/service does not use it\n',
    'modules/service/main.tf': readFileSync(join(FIXTURE, 'service', 'main.tf'), 'utf8'),
    'modules/container-definition/main.tf': readFileSync(join(FIXTURE, 'container-definition', 'main.tf'), 'utf8'),
  };
}

const BASE: FileTree = {
  [CALLER]: `module "api" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = "~> 5.11"
  name    = "api"

  container_definitions = {
    app = {
      image = "registry.example.com/api@${DIGEST}"
      user  = "1000"
    }
  }
  subnet_ids = ["subnet-0123456789abcdef0"]
}
`,
};

// The PR: a privileged app container, a new worker container that sets no user (the module's
// default leaves it root), and a public IP.
const HEAD: FileTree = {
  [CALLER]: `module "api" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = "~> 5.11"
  name    = "api"

  container_definitions = {
    app = {
      image      = "registry.example.com/api@${DIGEST}"
      user       = "1000"
      privileged = true
    }
    worker = {
      image = "registry.example.com/worker@${DIGEST}"
    }
  }
  subnet_ids       = ["subnet-0123456789abcdef0"]
  assign_public_ip = true
}
`,
};

let registry: RegistryEmulator;
let scenario: PullRequestScenario;
let home: string;
beforeAll(async () => {
  registry = await startRegistryEmulator({ modules: { 'terraform-aws-modules/ecs/aws': ['5.11.0', '5.12.1', '6.0.0'].map((version) => ({ version, files: ecsPackage(version) })) } });
  home = mkdtempSync(join(tmpdir(), 'edg-e2e-registry-'));
  writeFileSync(join(home, 'registry.tfrc'), registry.cliConfig());
});
afterAll(async () => {
  await registry.close();
  rmSync(home, { recursive: true, force: true });
});
afterEach(async () => {
  expect(scenario.emu.validationErrors).toEqual([]);
  await scenario.close();
});

function log(run: ActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

test('a changed caller of a registry module: comments on its changed lines, the module default on the added container object, policy fails', async () => {
  scenario = await startPullRequestScenario({ base: BASE, head: HEAD });
  const run = await scenario.run({ env: { TF_CLI_CONFIG_FILE: join(home, 'registry.tfrc'), HOME: home } });
  expect({ exit: run.exitCode, errors: run.report?.errors }).toEqual({ exit: 1, errors: [] });
  const report = run.report!;
  // The module was fetched through the protocol: the version list, then the newest ~> 5.11 (not 6.0.0).
  expect(registry.requests.map((r) => r.path)).toEqual(expect.arrayContaining([
    '/v1/modules/terraform-aws-modules/ecs/aws/versions',
    '/v1/modules/terraform-aws-modules/ecs/aws/5.12.1/download',
    '/archives/terraform-aws-modules/ecs/aws/5.12.1.tar.gz',
  ]));

  // Nothing points into the download cache or .terraform/.
  expect(report.findings.filter((f) => f.file !== CALLER)).toEqual([]);
  const at = (text: string) => lineOf(HEAD, CALLER, text);
  const placed = report.findings.map((f) => `${f.startLine} ${f.ruleId}`);
  expect(placed).toEqual(expect.arrayContaining([
    `${at('privileged = true')} ecs-container-privileged`,
    `${at('worker = {')} ecs-container-root-user`,
    `${at('assign_public_ip = true')} ecs-service-public-ip`,
  ]));
  const root = report.findings.find((f) => f.ruleId === 'ecs-container-root-user')!;
  expect(root.message).toContain('set `user` in this object (module input `container_definitions`)');
  expect(root.message).toMatch(/modules\/container-definition\/main\.tf:\d+ of terraform-aws-modules\/ecs\/aws 5\.12\.1, https:\/\/registry\.terraform\.io\/modules\/terraform-aws-modules\/ecs\/aws\/5\.12\.1/);

  // Review comments: only on the caller, one per line, each carrying the markers of its findings;
  // the findings on the lines the PR added each have theirs there.
  const baseLines = new Set(BASE[CALLER]!.split('\n'));
  const added = HEAD[CALLER]!.split('\n').flatMap((text, i) => (baseLines.has(text) ? [] : [i + 1]));
  const comments = scenario.emu.state.reviewComments.filter((c) => c.user === BOT_LOGIN);
  expect(comments.map((c) => c.path)).toEqual(comments.map(() => CALLER));
  const onAdded = report.findings.filter((f) => added.includes(f.startLine));
  expect(onAdded.map((f) => `${f.startLine} ${f.ruleId}`)).toEqual(expect.arrayContaining([`${at('worker = {')} ecs-container-root-user`]));
  for (const f of onAdded) {
    const fingerprint = (f as typeof f & { fingerprint: string }).fingerprint;
    expect({ line: f.startLine, rule: f.ruleId, comments: comments.filter((c) => c.line === f.startLine && c.body.includes(findingMarker(fingerprint))).length }).toEqual({ line: f.startLine, rule: f.ruleId, comments: 1 });
  }
  // The app container's own module defaults sit on `app = {`, an unchanged line inside the diff's
  // hunk (GitHub takes comments on a hunk's context lines); the task role, on the module block
  // outside any hunk, is in the summary comment only.
  expect([...new Set(comments.map((c) => c.line))].sort((a, b) => a! - b!)).toEqual([at('app = {'), at('privileged = true'), at('worker = {'), at('assign_public_ip = true')]);
  const summary = scenario.emu.state.issueComments.find((c) => c.user === BOT_LOGIN && c.body.includes('<!-- drift-guard:summary -->'))!;
  expect(summary.body).toContain('ecs-task-no-task-role');

  const policy = scenario.emu.state.statuses.filter((s) => s.context === 'drift-guard/policy');
  expect(policy.map((s) => ({ sha: s.sha, state: s.state }))).toEqual([{ sha: scenario.pr.headSha, state: 'failure' }]);
  expect(run.stderr.includes('ECS Drift Guard failed') ? log(run) : '').toBe('');
}, 90_000);
