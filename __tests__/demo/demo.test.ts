// `ecs-drift-guard demo` as a user runs it: the built dist/cli.js in a child process, in an empty
// folder (`npm test` builds dist/ before jest). The demo runs the bundled action three times
// against the loopback emulators; these tests read what it reports and writes (demo-output/).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAYMENTS_FILE, readExampleEstate } from '../../src/demo/estate.js';
import type { DemoResult } from '../../src/demo/scenario.js';
import { lineOf } from '../../test-support/e2e/file-tree.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');
const PASSWORD = 'Pr0d-Payments-2024!';
const APPROVAL = 'drift-guard/owner-approval';
const POLICY = 'drift-guard/policy';

interface DemoRun {
  code: number | null;
  stdout: string;
  stderr: string;
  cwd: string;
}

function runDemo(env: Record<string, string> = {}): Promise<DemoRun> {
  const cwd = mkdtempSync(join(tmpdir(), 'edg-demo-test-'));
  const child = spawn(process.execPath, [CLI, 'demo'], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr, cwd }));
  });
}

function resultOf(run: DemoRun): DemoResult {
  const file = join(run.cwd, 'demo-output', 'result.json');
  if (!existsSync(file)) throw new Error(`the demo wrote no result.json (exit ${run.code})\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`);
  return JSON.parse(readFileSync(file, 'utf8')) as DemoResult;
}

const ruleOf = (body: string) => /\(`([a-z0-9-]+)`\)/.exec(body)?.[1];
const stateOf = (statuses: DemoResult['pullRequest']['statusesAfterOpen'], context: string) => statuses.find((s) => s.context === context)?.state;

// What the pull request adds, located in the estate itself rather than copied from the demo's output.
const head = readExampleEstate(join(ROOT, 'examples', 'ecs-estate')).head;
const EXPECTED_COMMENTS = [
  { path: PAYMENTS_FILE, line: lineOf(head, PAYMENTS_FILE, 'payments-api:latest'), rule: 'ecs-container-image-not-pinned' },
  { path: PAYMENTS_FILE, line: lineOf(head, PAYMENTS_FILE, 'DB_PASSWORD'), rule: 'ecs-container-plaintext-secret' },
  { path: PAYMENTS_FILE, line: lineOf(head, PAYMENTS_FILE, 'assign_public_ip'), rule: 'ecs-service-public-ip' },
];

describe('npm run demo (git present: patches from git)', () => {
  let run: DemoRun;
  let result: DemoResult;

  beforeAll(async () => {
    run = await runDemo();
    result = resultOf(run);
  }, 180_000);

  afterAll(() => {
    if (run) rmSync(run.cwd, { recursive: true, force: true });
  });

  test('exits 0, reports no API description violations and names its output folder', () => {
    expect({ code: run.code, problems: run.stdout.includes('did not play out') ? run.stdout : '' }).toEqual({ code: 0, problems: '' });
    expect(result.apiViolations).toEqual([]);
    expect(result.patchSource).toBe('git');
    expect(run.stdout).toContain('demo-output/ (start with README.md)');
  });

  test('tells the true story: the estate and the hotfix exist before the pull request, whose summary shows the live drift and warns that merging reverts it', () => {
    const order = ['Seeding the AWS emulator', 'Console hotfix', 'Opening pull request', 'approves the pull request'].map((s) => run.stdout.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const summary = result.pullRequest.summaryComment ?? '';
    expect(summary).toContain('### Live drift of the changed modules');
    expect(summary).toMatch(/\| `enable_execute_command` \| security \| `false` \| `true` \| `false` \| \*\*merging this reverts this live change\*\* \|/);
    expect(summary).not.toMatch(/not checked/i);
    expect(summary).toContain('Review requested from `@bob`, `@acme/payments`.');
    // No SDK warning anywhere in what a newcomer reads.
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/NodeVersionSupportWarning|\(node:\d+\) Warning/);
  });

  test('the pull_request run leaves one comment per finding on the added lines, a failing policy status and a pending owner gate', () => {
    const pr = result.pullRequest;
    expect(pr.run.exitCode).toBe(1);
    expect(pr.run.crashed).toBeNull();
    expect(pr.reviewComments.map((c) => ({ path: c.path, line: c.line, rule: ruleOf(c.body) }))).toEqual(EXPECTED_COMMENTS);
    expect(pr.summaryComment).toContain('<!-- drift-guard:summary -->');
    expect(stateOf(pr.statusesAfterOpen, POLICY)).toBe('failure');
    expect(stateOf(pr.statusesAfterOpen, APPROVAL)).toBe('pending');
    expect(pr.requestedReviewers).toEqual(['bob']);
    expect(pr.requestedTeams).toEqual(['payments']);
  });

  test("the owner's approval turns owner-approval from pending to success; the policy status stays failed", () => {
    expect(result.approval.run.crashed).toBeNull();
    expect(stateOf(result.pullRequest.statusesAfterOpen, APPROVAL)).toBe('pending');
    expect(stateOf(result.approval.statusesAfterApproval, APPROVAL)).toBe('success');
    expect(stateOf(result.approval.statusesAfterApproval, POLICY)).toBe('failure');
    expect(run.stdout).toMatch(/before: pending - .*\n\s+after: {2}success - /);
    // The summary comment is edited in place: its owner-approval section now names the approver.
    expect(result.approval.summaryComment).toMatch(/`services\/payments` \| `@bob`, `@acme\/payments` \| `@bob` \|/);
  });

  test('the scheduled run opens one drift issue for the console-edited service, assigned to the CODEOWNERS of its declaring file', () => {
    expect(result.drift.run.crashed).toBeNull();
    expect(result.drift.run.outputs['drifted']).toBe('1');
    expect(result.drift.issues).toHaveLength(1);
    const issue = result.drift.issues[0]!;
    expect(issue.title).toContain('module.payments.aws_ecs_service.this');
    // modules/ecs-service/main.tf declares the service: `/modules/ecs-service/ @acme/platform @alice`; the team is mentioned, alice assigned.
    expect(issue.assignees).toEqual(['alice']);
    expect(issue.labels).toContain('drift-guard');
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('`enable_execute_command`');
    expect(issue.body).toContain('`network_configuration.assign_public_ip`');
    // Autoscaling's desired_count change is expected (ignore_changes), so checkout gets no issue.
    expect(result.drift.issues.some((i) => i.title.includes('checkout'))).toBe(false);
  });

  test('writes the Markdown files it lists, with the comments, statuses and issue in them', () => {
    const dir = join(run.cwd, 'demo-output');
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    const index = read('README.md');
    const linked = [...index.matchAll(/\]\(([^)]+\.md)\)/g)].map((m) => m[1]!);
    expect(linked).toEqual([
      '01-pull-request.md',
      '02-review-comments.md',
      '03-summary-comment.md',
      '04-statuses.md',
      '05-drift-issues.md',
      '06-job-summary-pull-request.md',
      '07-job-summary-review.md',
      '08-job-summary-drift.md',
    ]);
    for (const name of linked) expect(read(name).trim().length).toBeGreaterThan(0);
    for (const c of EXPECTED_COMMENTS) expect(read('02-review-comments.md')).toContain(`## \`${c.path}\` line ${c.line}`);
    expect(read('04-statuses.md')).toContain('`drift-guard/owner-approval`: **pending** -> **success**');
    expect(read('05-drift-issues.md')).toContain('- Assignees: @alice');
    expect(read('06-job-summary-pull-request.md')).toContain('ECS Drift Guard');
    expect(read('08-job-summary-drift.md')).toContain('module.payments.aws_ecs_service.this');
  });

  test("the action's comments and issues never repeat the plaintext password the pull request adds", () => {
    // The diff itself (01-pull-request.md) shows it, as GitHub does; everything the action wrote must not.
    const written = [
      ...result.pullRequest.reviewComments.map((c) => c.body),
      result.pullRequest.summaryComment ?? '',
      ...result.drift.issues.map((i) => i.body ?? ''),
      result.pullRequest.run.summary,
    ];
    expect(written.filter((text) => text.includes(PASSWORD))).toEqual([]);
  });
});

describe('npm run demo without git on PATH', () => {
  test("falls back to the emulator's own diffs and comments on the same lines", async () => {
    // An empty PATH: the CLI and the action start from process.execPath, git cannot be found.
    const emptyBin = mkdtempSync(join(tmpdir(), 'edg-no-git-'));
    const run = await runDemo({ PATH: emptyBin });
    try {
      const result = resultOf(run);
      expect(run.code).toBe(0);
      expect(result.patchSource).toBe('emulator');
      expect(result.pullRequest.reviewComments.map((c) => ({ path: c.path, line: c.line, rule: ruleOf(c.body) }))).toEqual(EXPECTED_COMMENTS);
    } finally {
      rmSync(run.cwd, { recursive: true, force: true });
      rmSync(emptyBin, { recursive: true, force: true });
    }
  }, 180_000);
});

test('without the devDependencies (no `npm ci`), it stops with one line that says to run npm ci', async () => {
  // A clone without node_modules: the bundle, the examples and action.yml, nothing installed.
  const clone = mkdtempSync(join(tmpdir(), 'edg-demo-clone-'));
  try {
    for (const part of ['dist', 'examples', 'action.yml']) cpSync(join(ROOT, part), join(clone, part), { recursive: true });
    writeFileSync(join(clone, 'package.json'), '{"type":"module"}\n');
    const cwd = mkdtempSync(join(tmpdir(), 'edg-demo-test-'));
    const child = spawn(process.execPath, [join(clone, 'dist', 'cli.js'), 'demo'], { cwd, env: { PATH: process.env.PATH } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    rmSync(cwd, { recursive: true, force: true });
    expect({ code, stdout, lines: stderr.trim().split('\n').length }).toEqual({ code: 2, stdout: '', lines: 1 });
    expect(stderr).toMatch(/@octokit\/openapi .*run `npm ci`/);
  } finally {
    rmSync(clone, { recursive: true, force: true });
  }
});
