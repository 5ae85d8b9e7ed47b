// End-to-end: the ways a pull request could open the merge gate on itself (issue 13, items 2, 3,
// 4 and 6), each played against the built action (dist/index.js) and the GitHub emulator. Every
// test here failed on the action before the fix: the bypass turned a status green.
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import { OWNERS_TOKEN } from '../../test-support/e2e/drift-scenario.js';
import { readFileTree, replaceInFile, type FileTree } from '../../test-support/e2e/file-tree.js';
import { startGitHubFront } from '../../test-support/e2e/github-front.js';
import { BOT_LOGIN, MERGE_SHA, OWNER, REPO, startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { runOnReview } from '../../test-support/e2e/pull-request-review-event.js';
import { removeDistSnapshots, type ActionRun } from '../../test-support/e2e/run-action.js';
import type { StatusRecord } from '../../test-support/github/emulator.js';

afterAll(removeDistSnapshots);

const APPROVAL = 'drift-guard/owner-approval';
const POLICY = 'drift-guard/policy';
const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
const API_MAIN = 'services/api/main.tf';
const API_SERVICE = 'services/api/service.tf';
const ADMIN_TOKEN = 'ghp_repository_admin_for_tests';
const FIXTURE: FileTree = readFileTree(fileURLToPath(new URL('../e2e/fixtures/repo', import.meta.url)));

function reviewerToken(login: string): string {
  return `ghp_${login}_token_for_tests`;
}

function addReviewers(scenario: PullRequestScenario, logins: string[]): void {
  for (const login of logins) {
    scenario.emu.addCollaborator(login);
    scenario.emu.addToken(reviewerToken(login), { login, permissions: 'write', type: 'User' });
  }
  scenario.emu.addCollaborator('maintainer', 'admin');
  scenario.emu.addToken(ADMIN_TOKEN, { login: 'maintainer', permissions: 'write', type: 'User' });
}

async function approve(scenario: PullRequestScenario, login: string): Promise<number> {
  const octokit = new Octokit({ auth: reviewerToken(login), baseUrl: scenario.emu.url });
  const { data } = await octokit.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, commit_id: scenario.pr.headSha, event: 'APPROVE' });
  return data.id;
}

/** The latest status of `context` on the PR's current head. */
function latest(scenario: PullRequestScenario, context: string): StatusRecord {
  const statuses = scenario.emu.state.statuses.filter((s) => s.context === context && s.sha === scenario.pr.headSha);
  if (statuses.length === 0) throw new Error(`no ${context} status on ${scenario.pr.headSha}; statuses: ${JSON.stringify(scenario.emu.state.statuses)}`);
  return statuses[statuses.length - 1]!;
}

function summaryComment(scenario: PullRequestScenario): string {
  const found = scenario.emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
  if (found.length !== 1) throw new Error(`expected one summary comment; found ${found.length}`);
  return found[0]!.body;
}

function log(run: ActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function expectRanToTheEnd(run: ActionRun): void {
  const failed = run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed')).map((c) => c.message);
  if (run.signal !== null || failed.length > 0 || run.report === null) throw new Error(`the action did not run to the end\n${log(run)}`);
}

async function onReview(scenario: PullRequestScenario, reviewId: number, action: 'submitted' | 'dismissed', options: { inputs?: Record<string, string>; apiUrl?: string } = {}): Promise<ActionRun> {
  const run = await runOnReview(scenario, reviewId, { action, ...options });
  run.cleanup();
  return run;
}

describe('the base branch decides the rules (issue 13, item 2)', () => {
  // The PR adds a privileged container and, beside it, a config that would wave everything
  // through: an exception for every rule, only modules with findings guarded, owner-less allowed.
  const BYPASS_CONFIG = [
    'exceptions:',
    '  - rule: "*"',
    '    module: services/api',
    '    owner: "@alice"',
    '    until: 2099-12-31',
    '    reason: trust me',
    'approval:',
    '  guarded-modules: findings',
    '  unowned-modules: allow',
    '',
  ].join('\n');
  const base: FileTree = { ...FIXTURE, '.github/CODEOWNERS': '/services/api/ @bob\n' };
  let head = replaceInFile(base, API_MAIN, 'privileged             = false', 'privileged             = true');
  head = { ...head, '.github/drift-guard.yml': BYPASS_CONFIG };
  let scenario: PullRequestScenario;
  let run: ActionRun;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base, head, author: 'alice' });
    addReviewers(scenario, ['bob']);
    run = await scenario.run();
    expectRanToTheEnd(run);
  });
  afterAll(async () => scenario?.close());

  test("the PR's own exceptions do not apply to it: drift-guard/policy fails on the privileged container", () => {
    expect(run.report!.findings.filter((f) => f.ruleId === 'ecs-container-privileged' && !f.suppressed)).toHaveLength(1);
    expect(latest(scenario, POLICY).state).toBe('failure');
    expect(run.exitCode).not.toBe(0);
    // The config was read at the base commit through the contents API, not from the checkout.
    const reads = scenario.emu.requests.filter((r) => r.operationId === 'repos/get-content' && decodeURIComponent(r.path).endsWith('/contents/.github/drift-guard.yml'));
    expect(reads.map((r) => new URLSearchParams(r.query).get('ref'))).toContain(scenario.pr.baseSha);
    expect(scenario.emu.validationErrors).toEqual([]);
  });

  test('the config file is guarded: with no owner for it, owner approval stays pending even after the module owner approves', async () => {
    expect(latest(scenario, APPROVAL).state).toBe('pending');
    const bob = await approve(scenario, 'bob');
    const review = await onReview(scenario, bob, 'submitted');
    expectRanToTheEnd(review);
    const status = latest(scenario, APPROVAL);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('.github/drift-guard.yml');
    // Nobody owns the config: CODEOWNERS does not, approval.config-owners is unset at the base, and
    // the workflow token cannot list the admins of an organization repository; the summary says so.
    const summary = summaryComment(scenario);
    expect(summary).toContain('cannot list the repository admins (HTTP 403)');
    expect(summary).toContain('approval.config-owners');
    expect(scenario.emu.state.statuses.filter((s) => s.context === APPROVAL && s.state === 'success')).toEqual([]);
  });

  test("the summary says which settings the PR would change, and that they do not apply to it", () => {
    const summary = summaryComment(scenario);
    expect(summary).toContain('### Changes to the gate itself');
    expect(summary).toContain("this pull request is checked with the base branch's rules");
    expect(summary).toContain('| `approval.unowned-modules` | *not set* | `allow` |');
    expect(summary).toContain('| `approval.guarded-modules` | *not set* | `findings` |');
    expect(summary).toMatch(/\| `exceptions` \| — \| added `\{"rule":"\*","module":"services\/api","owner":"@alice".*\*\*an exception for every rule\*\*/);
  });

  test('with owners-token the admins are the config owners, and an admin approval opens the gate', async () => {
    scenario.emu.addToken(OWNERS_TOKEN, { login: 'platform-admin', permissions: 'read', type: 'Bot', canReadOrgTeams: true });
    const admin = new Octokit({ auth: ADMIN_TOKEN, baseUrl: scenario.emu.url });
    const { data } = await admin.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, commit_id: scenario.pr.headSha, event: 'APPROVE' });
    const review = await onReview(scenario, data.id, 'submitted', { inputs: { 'owners-token': OWNERS_TOKEN } });
    expectRanToTheEnd(review);
    expect(latest(scenario, APPROVAL)).toMatchObject({ state: 'success' });
    expect(summaryComment(scenario)).toMatch(/\| `\.github\/drift-guard\.yml` \| `@maintainer` \| `@maintainer` \| ✅ approved \|/);
  });
});

describe("an invalid config in the pull request (issue 13, item 2)", () => {
  const base: FileTree = { ...FIXTURE, '.github/CODEOWNERS': '/services/api/ @bob\n/.github/ @carol\n', '.github/drift-guard.yml': 'fail-on: high\n' };
  let head = replaceInFile(base, API_MAIN, 'privileged             = false', 'privileged             = true');
  head = { ...head, '.github/drift-guard.yml': 'fail-on: high\napproval:\n  unowned-modules: yes-please\n' };
  let scenario: PullRequestScenario;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base, head, author: 'alice' });
    addReviewers(scenario, ['bob', 'carol']);
  });
  afterAll(async () => scenario?.close());

  test('does not stop the run: the base config judges the PR, and the summary says the new file is invalid', async () => {
    const run = await scenario.run();
    expectRanToTheEnd(run);
    expect(latest(scenario, POLICY).state).toBe('failure');
    expect(latest(scenario, APPROVAL).state).toBe('pending');
    expect(latest(scenario, APPROVAL).description).toContain('.github/drift-guard.yml (@carol)');
    const summary = summaryComment(scenario);
    // The config error names the line and the key, escaped (user text: backticks do not become code).
    expect(summary).toContain('The file in this pull request is not valid (it would stop every run after merging): .github/drift-guard.yml:3: \\`approval.unowned-modules\\`: Invalid option');
  });
});

describe('per-file ownership (issue 13, item 3)', () => {
  const base: FileTree = {
    ...FIXTURE,
    '.github/CODEOWNERS': ['/services/api/ @bob', '# The service definition (network, public IP) belongs to security alone.', '/services/api/service.tf @acme/security', ''].join('\n'),
  };
  let head = replaceInFile(base, API_MAIN, 'cpu                      = 256', 'cpu                      = 512');
  head = replaceInFile(head, API_SERVICE, 'assign_public_ip = false', 'assign_public_ip = true');
  let scenario: PullRequestScenario;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base, head, author: 'alice' });
    addReviewers(scenario, ['bob', 'dan']);
    scenario.emu.addTeam('security', { members: ['dan'] });
    scenario.emu.addToken(OWNERS_TOKEN, { login: 'platform-admin', permissions: 'read', type: 'User', canReadOrgTeams: true });
    expectRanToTheEnd(await scenario.run({ inputs: { 'owners-token': OWNERS_TOKEN } }));
  });
  afterAll(async () => scenario?.close());

  test('an approval by the owner of main.tf does not approve service.tf, which only @acme/security owns', async () => {
    const bob = await approve(scenario, 'bob');
    expectRanToTheEnd(await onReview(scenario, bob, 'submitted', { inputs: { 'owners-token': OWNERS_TOKEN } }));
    const status = latest(scenario, APPROVAL);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('services/api (@acme/security)');
    expect(summaryComment(scenario)).toContain('services/api/service.tf needs an approval from @\u200dacme/security (its CODEOWNERS).');
    expect(scenario.emu.validationErrors).toEqual([]);
  });

  test("a member of @acme/security approves: every changed file has one of its own owners' approval, success", async () => {
    const dan = await approve(scenario, 'dan');
    expectRanToTheEnd(await onReview(scenario, dan, 'submitted', { inputs: { 'owners-token': OWNERS_TOKEN } }));
    expect(latest(scenario, APPROVAL)).toMatchObject({ state: 'success', description: 'Approved by owners: 1 module.' });
  });
});

describe('the gate is computed from the current state (issue 13, item 4)', () => {
  const base: FileTree = { ...FIXTURE, '.github/CODEOWNERS': '/services/api/ @bob\n' };
  const head = replaceInFile(base, API_MAIN, 'cpu                      = 256', 'cpu                      = 512');
  let scenario: PullRequestScenario;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base, head, author: 'alice' });
    addReviewers(scenario, ['bob']);
    expectRanToTheEnd(await scenario.run());
  });
  afterAll(async () => scenario?.close());

  test('a dismissal whose run fails early leaves pending, never the earlier success', async () => {
    const bob = await approve(scenario, 'bob');
    expectRanToTheEnd(await onReview(scenario, bob, 'submitted'));
    expect(latest(scenario, APPROVAL).state).toBe('success');

    const admin = new Octokit({ auth: ADMIN_TOKEN, baseUrl: scenario.emu.url });
    await admin.rest.pulls.dismissReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, review_id: bob, message: 'Needs another look.' });
    // GitHub fails the listing of the PR's files (one of the first requests of a run) every time.
    const front = await startGitHubFront(scenario.emu.url, (method, path) => (method === 'GET' && path === `/repos/${OWNER}/${REPO}/pulls/${scenario.pr.number}/files` ? { status: 500, body: { message: 'Server Error' } } : undefined));
    try {
      const run = await onReview(scenario, bob, 'dismissed', { apiUrl: front.url });
      expect(front.answered.length).toBeGreaterThan(0);
      expect(run.exitCode).not.toBe(0);
    } finally {
      await front.close();
    }
    const status = latest(scenario, APPROVAL);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('Re-evaluating');
    // Nothing was written to GITHUB_SHA either.
    expect(scenario.emu.state.statuses.filter((s) => s.sha === MERGE_SHA)).toEqual([]);
  });

  test('the next run sets the outcome; a re-run on a pending head writes no status (pending first is skipped when the status already says "not approved")', async () => {
    expectRanToTheEnd(await scenario.run({ action: 'synchronize' }));
    expect(latest(scenario, APPROVAL)).toMatchObject({ state: 'pending', description: '0/1 module approved; waiting on services/api (@bob)' });
    scenario.emu.resetRequestLog();
    expectRanToTheEnd(await scenario.run({ action: 'synchronize' }));
    expect(scenario.emu.requests.filter((r) => r.write && r.operationId === 'repos/create-commit-status')).toEqual([]);
  });
});

describe('what the PR changes about the gate itself (issue 13, item 6)', () => {
  const base: FileTree = { ...FIXTURE, '.github/CODEOWNERS': ['/services/api/ @bob', '/.github/CODEOWNERS @carol', ''].join('\n') };
  let head = replaceInFile(base, API_MAIN, 'cpu                      = 256', 'cpu                      = 512');
  // The author makes herself an owner of the module.
  head = replaceInFile(head, '.github/CODEOWNERS', '/services/api/ @bob', '/services/api/ @bob @alice');
  let scenario: PullRequestScenario;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base, head, author: 'alice' });
    addReviewers(scenario, ['bob', 'carol']);
    expectRanToTheEnd(await scenario.run());
  });
  afterAll(async () => scenario?.close());

  test('the summary shows the CODEOWNERS rules the PR would change', () => {
    const summary = summaryComment(scenario);
    expect(summary).toContain('### Changes to the gate itself');
    expect(summary).toContain('| `/services/api/` | `@bob` | `@bob` `@alice` |');
  });

  test("CODEOWNERS is guarded: the module owner's approval is not enough, its own owner must approve", async () => {
    const bob = await approve(scenario, 'bob');
    expectRanToTheEnd(await onReview(scenario, bob, 'submitted'));
    const pending = latest(scenario, APPROVAL);
    expect(pending.state).toBe('pending');
    expect(pending.description).toContain('.github/CODEOWNERS (@carol)');
    const carol = await approve(scenario, 'carol');
    expectRanToTheEnd(await onReview(scenario, carol, 'submitted'));
    expect(latest(scenario, APPROVAL)).toMatchObject({ state: 'success', description: 'Approved by owners: 2 modules.' });
  });
});
