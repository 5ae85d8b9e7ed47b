// End-to-end: the owner-approval gate of the built action (dist/index.js) over a pull request's
// life. Reviews arrive through the API as the reviewers themselves, each followed by the
// `pull_request_review` event GitHub would send; the tests read the `drift-guard/owner-approval`
// statuses on the PR head, the review requests and the summary comment (DESIGN.md "Owner-approval gate").
import { rmSync } from 'node:fs';
import { Octokit } from '@octokit/rest';
import { OWNERS_TOKEN } from '../../test-support/e2e/drift-scenario.js';
import { replaceInFile, writeWorkspace, type FileTree } from '../../test-support/e2e/file-tree.js';
import { pullRequestEventPayload } from '../../test-support/e2e/pull-request-event.js';
import { BOT_LOGIN, HUMAN_TOKEN, MERGE_SHA, OWNER, REPO, WRITE_TOKEN, startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { runOnReview } from '../../test-support/e2e/pull-request-review-event.js';
import { removeDistSnapshots, runAction, snapshotDist, type ActionRun } from '../../test-support/e2e/run-action.js';
import type { GitHubEmulator, StatusRecord } from '../../test-support/github/emulator.js';
import { moduleSource, type ServiceSpec } from './drift-estate.js';

afterAll(removeDistSnapshots);

const CONTEXT = 'drift-guard/owner-approval';
const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
const APP: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
const CACHE: ServiceSpec = { module: 'modules/cache', resource: 'cache', cluster: 'prod', service: 'cache', family: 'cache' };
const ADMIN_TOKEN = 'ghp_repository_admin_for_tests';

const BASE: FileTree = {
  '.github/CODEOWNERS': [
    '/modules/app/    @bob',
    // The PR author owns the db module too: her own approval must not count.
    '/modules/db/     @carol @alice',
    '/modules/cache/  @acme/platform',
    '',
  ].join('\n'),
  'modules/app/main.tf': moduleSource([APP]),
  'modules/db/main.tf': moduleSource([DB]),
  'modules/cache/main.tf': moduleSource([CACHE]),
};

function reviewerToken(login: string): string {
  return `ghp_${login}_token_for_tests`;
}

function addReviewers(emu: GitHubEmulator, logins: string[]): void {
  for (const login of logins) {
    emu.addCollaborator(login);
    emu.addToken(reviewerToken(login), { login, permissions: 'write', type: 'User' });
  }
  emu.addCollaborator('maintainer', 'admin');
  emu.addToken(ADMIN_TOKEN, { login: 'maintainer', permissions: 'write', type: 'User' });
  emu.addToken(OWNERS_TOKEN, { login: 'platform-admin', permissions: 'read', type: 'User', canReadOrgTeams: true });
}

async function approve(scenario: PullRequestScenario, login: string): Promise<number> {
  const octokit = new Octokit({ auth: reviewerToken(login), baseUrl: scenario.emu.url });
  const { data } = await octokit.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, commit_id: scenario.pr.headSha, event: 'APPROVE' });
  return data.id;
}

/** The latest owner-approval status on the PR's current head. */
function gateStatus(scenario: PullRequestScenario): StatusRecord {
  const statuses = scenario.emu.state.statuses.filter((s) => s.context === CONTEXT && s.sha === scenario.pr.headSha);
  if (statuses.length === 0) throw new Error(`no ${CONTEXT} status on ${scenario.pr.headSha}; statuses: ${JSON.stringify(scenario.emu.state.statuses)}`);
  return statuses[statuses.length - 1]!;
}

function summaryComment(emu: GitHubEmulator): string {
  const found = emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
  if (found.length !== 1) throw new Error(`expected one summary comment; found ${found.length}`);
  return found[0]!.body;
}

function log(run: ActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function expectRanCleanly(run: ActionRun): void {
  const failed = run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed')).map((c) => c.message);
  if (run.signal !== null || failed.length > 0 || run.report === null) throw new Error(`the action did not run cleanly\n${log(run)}`);
}

async function onReview(
  scenario: PullRequestScenario,
  reviewId: number,
  action: 'submitted' | 'dismissed',
  options: { inputs?: Record<string, string> } = {},
): Promise<ActionRun> {
  const run = await runOnReview(scenario, reviewId, { action, ...options });
  try {
    expectRanCleanly(run);
    return run;
  } finally {
    run.cleanup();
  }
}

/** A `pull_request` run (opened / synchronize) of the built action against the scenario's emulator. */
async function onPullRequest(scenario: PullRequestScenario, action: 'opened' | 'synchronize', before?: string): Promise<ActionRun> {
  const workspace = writeWorkspace(scenario.head);
  const run = await runAction({
    workspace,
    eventName: 'pull_request',
    payload: pullRequestEventPayload(scenario.emu, scenario.pr.number, { action, before }),
    token: WRITE_TOKEN,
    apiUrl: scenario.emu.url,
    repository: `${OWNER}/${REPO}`,
    sha: MERGE_SHA,
    distDir: snapshotDist(),
  });
  try {
    expectRanCleanly(run);
    return run;
  } finally {
    rmSync(workspace, { recursive: true, force: true });
    rmSync(run.runnerTemp, { recursive: true, force: true });
  }
}

describe('owner approval over a pull request touching two modules with different owners', () => {
  let scenario: PullRequestScenario;
  let bobReview: number;
  let carolReview: number;

  beforeAll(async () => {
    let head = replaceInFile(BASE, 'modules/app/main.tf', 'desired_count   = 2', 'desired_count   = 3');
    head = replaceInFile(head, 'modules/db/main.tf', 'desired_count   = 2', 'desired_count   = 4');
    scenario = await startPullRequestScenario({ base: BASE, head, author: 'alice' });
    addReviewers(scenario.emu, ['bob', 'carol', 'dan']);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  const review = (id: number, action: 'submitted' | 'dismissed') => onReview(scenario, id, action);

  afterEach(() => {
    expect(scenario.emu.validationErrors).toEqual([]);
    // Owner-approval writes go to the PR head only, never to GITHUB_SHA.
    expect(scenario.emu.state.statuses.filter((s) => s.sha === MERGE_SHA)).toEqual([]);
  });

  test('opened: pending on both modules, reviews requested from the owners but not from the author', async () => {
    const { emu } = scenario;
    await onPullRequest(scenario, 'opened');
    const status = gateStatus(scenario);
    expect(status).toMatchObject({ state: 'pending', creator: BOT_LOGIN });
    expect(status.description).toContain('0/2 modules approved');
    expect(status.description).toContain('modules/app (@bob)');
    expect(status.description).toContain('modules/db (@carol)');
    const pull = emu.state.pulls.find((p) => p.number === scenario.pr.number)!;
    expect([...pull.requestedReviewers].sort()).toEqual(['bob', 'carol']);
    expect(summaryComment(emu)).toContain('`drift-guard/owner-approval` is **pending**');
  });

  test('the first owner approves: still pending, one module approved', async () => {
    bobReview = await approve(scenario, 'bob');
    await review(bobReview, 'submitted');
    const status = gateStatus(scenario);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('1/2 modules approved');
    expect(status.description).toContain('modules/db (@carol)');
    expect(status.description).not.toContain('modules/app');
  });

  test("the author's own approval does not count (GitHub refuses it through the API; seeded in state)", async () => {
    const { emu } = scenario;
    // Silent: the refusal is the expected outcome, not something to log.
    const alice = new Octokit({ auth: HUMAN_TOKEN, baseUrl: emu.url, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
    await expect(alice.rest.pulls.createReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, event: 'APPROVE' })).rejects.toMatchObject({ status: 422 });
    const at = new Date(Date.parse(emu.state.reviews[emu.state.reviews.length - 1]!.submittedAt ?? '2024-05-01T12:00:00Z') + 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const id = emu.state.nextId++;
    emu.state.reviews.push({ id, pullNumber: scenario.pr.number, user: 'alice', body: 'LGTM', state: 'APPROVED', commitId: scenario.pr.headSha, submittedAt: at, createdAt: at });

    await review(id, 'submitted');
    const status = gateStatus(scenario);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('1/2 modules approved');
    expect(status.description).toContain('modules/db (@carol)');
    // Mentions in the summary are defused with a zero-width joiner after the @.
    expect(summaryComment(emu)).toContain("@\u200dalice is the PR author; an author's own approval never counts.");
    expect(summaryComment(emu)).toMatch(/\| `modules\/db` \| `@carol`, `@alice` \| — \| ⏳ waiting \|/);
  });

  test('the second owner approves: success', async () => {
    carolReview = await approve(scenario, 'carol');
    await review(carolReview, 'submitted');
    expect(gateStatus(scenario)).toMatchObject({ state: 'success', description: 'Approved by owners: 2 modules.' });
    expect(summaryComment(scenario.emu)).toContain('`drift-guard/owner-approval` is **success**');
  });

  test('a dismissal takes the module back to pending', async () => {
    const admin = new Octokit({ auth: ADMIN_TOKEN, baseUrl: scenario.emu.url });
    await admin.rest.pulls.dismissReview({ owner: OWNER, repo: REPO, pull_number: scenario.pr.number, review_id: carolReview, message: 'The schema migration needs another look.' });
    await review(carolReview, 'dismissed');
    const status = gateStatus(scenario);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('1/2 modules approved');
    expect(status.description).toContain('modules/db (@carol)');
  });

  test('a push touching an approved module makes its approval stale; the untouched module stays approved', async () => {
    carolReview = await approve(scenario, 'carol');
    await review(carolReview, 'submitted');
    expect(gateStatus(scenario).state).toBe('success');
    const approvedSha = scenario.pr.headSha;

    scenario.push(replaceInFile(scenario.head, 'modules/db/main.tf', 'desired_count   = 4', 'desired_count   = 5'));
    await onPullRequest(scenario, 'synchronize', approvedSha);
    const status = gateStatus(scenario);
    expect(status.sha).not.toBe(approvedSha);
    expect(status.state).toBe('pending');
    expect(status.description).toContain('1/2 modules approved');
    expect(status.description).toContain('modules/db (@carol)');
    expect(summaryComment(scenario.emu)).toContain(`@\u200dcarol approved ${approvedSha.slice(0, 7)}, but the module changed since (modules/db/main.tf)`);
    // bob approved the same older commit; modules/app has not changed since, so his approval stands.
    expect(summaryComment(scenario.emu)).toContain(`Approved by @\u200dbob on ${approvedSha.slice(0, 7)}; the module has not changed since.`);
    // Approvals of the older commit were judged by what changed since (compare API).
    const compared = scenario.emu.requests.filter((r) => r.method === 'GET' && r.path.includes('/compare/')).map((r) => decodeURIComponent(r.path.split('/compare/')[1]!));
    expect(compared).toContain(`${approvedSha}...${scenario.pr.headSha}`);
    // The old head keeps its success: statuses belong to commits.
    expect(scenario.emu.state.statuses.filter((s) => s.context === CONTEXT && s.sha === approvedSha).pop()!.state).toBe('success');
  });
});

// The team-owned module has its own pull request and emulator; its runs happen in the background
// while the two-module PR above goes through its reviews, and the tests read what was recorded.
interface TeamGateStep {
  run: ActionRun;
  status: StatusRecord;
  summary: string;
  /** Requests the run made, with the login of the token used. */
  requests: GitHubEmulator['requests'];
}

async function teamOwnedStory(): Promise<{ withoutToken: TeamGateStep; withToken: TeamGateStep; validationErrors: unknown[] }> {
  const head = replaceInFile(BASE, 'modules/cache/main.tf', 'desired_count   = 2', 'desired_count   = 6');
  const scenario = await startPullRequestScenario({ base: BASE, head, author: 'alice' });
  try {
    addReviewers(scenario.emu, ['dan']);
    scenario.emu.addTeam('platform', { members: ['dan'] });
    expectRanCleanly(await scenario.run());
    const danReview = await approve(scenario, 'dan');
    const step = async (inputs: Record<string, string>): Promise<TeamGateStep> => {
      scenario.emu.resetRequestLog();
      const run = await onReview(scenario, danReview, 'submitted', { inputs });
      return { run, status: structuredClone(gateStatus(scenario)), summary: summaryComment(scenario.emu), requests: [...scenario.emu.requests] };
    };
    const withoutToken = await step({});
    const withToken = await step({ 'owners-token': OWNERS_TOKEN });
    return { withoutToken, withToken, validationErrors: [...scenario.emu.validationErrors] };
  } finally {
    await scenario.close();
  }
}

let team: Promise<Awaited<ReturnType<typeof teamOwnedStory>>>;

// A root hook runs before the first describe block, so the story overlaps the two-module PR.
beforeAll(() => {
  team = teamOwnedStory();
  // Rejections surface in the tests that await `team`, not as unhandled ones.
  team.catch(() => undefined);
});

describe('a module owned only by a team', () => {
  test('without owners-token a team member’s approval does not count: pending, and the summary names the missing token', async () => {
    const { withoutToken, validationErrors } = await team;
    expect(validationErrors).toEqual([]);
    expect(withoutToken.status.state).toBe('pending');
    expect(withoutToken.summary).toContain('the `owners-token` input is not set');
    expect(withoutToken.run.commands.some((c) => c.level === 'warning' && c.message.includes('set the owners-token input'))).toBe(true);
    // Nothing tried to read the team with the workflow token.
    expect(withoutToken.requests.filter((r) => r.operationId === 'teams/list-members-in-org')).toEqual([]);
  });

  // The status is what the merge box shows: it must say why the approval cannot count (DESIGN.md).
  test('without owners-token the status description names the missing token', async () => {
    const { withoutToken } = await team;
    expect(withoutToken.status.state).toBe('pending');
    expect(withoutToken.status.description).toContain('owners-token');
  });

  test('with owners-token the team member’s approval counts: success', async () => {
    const { withToken } = await team;
    expect(withToken.status).toMatchObject({ state: 'success', description: 'Approved by owners: 1 module.' });
    const teamReads = withToken.requests.filter((r) => r.operationId === 'teams/list-members-in-org');
    expect(teamReads.length).toBeGreaterThan(0);
    expect(teamReads.every((r) => r.login === 'platform-admin' && r.status === 200)).toBe(true);
  });
});
