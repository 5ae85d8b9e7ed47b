// publishOwnerApproval with the real @octokit/rest against the GitHub emulator: reviews arrive,
// get dismissed and go stale as they would on GitHub, and the `drift-guard/owner-approval`
// status follows.
import { startGitHubEmulator, type GitHubEmulator, type PullRecord } from '../../test-support/github/emulator.js';
import { createCliOctokit, type GitHubClient } from '../../src/github/client.js';
import { parseCodeowners, type CodeownersFile } from '../../src/ownership/codeowners.js';
import type { StaleApprovalPolicy } from '../../src/ownership/approval-gate.js';
import { OWNER_APPROVAL_STATUS_CONTEXT, moduleOwners, publishOwnerApproval, type PublishOwnerApprovalInput } from '../../src/github/owner-approval.js';
import { SUMMARY_SECTION_OWNER_APPROVAL } from '../../src/github/summary-comment.js';
import { silentLogger } from '../../src/logger.js';

const BOT = 'github-actions[bot]';
const RUN_URL = 'https://github.com/acme/infra/actions/runs/7';
const CODEOWNERS = [
  '/modules/app/            @alice',
  '/modules/db/             @bob @acme/platform',
  '/modules/shared/         @acme/platform',
  '/modules/legacy/         @alice @mallory',
  '/.github/drift-guard.yml @acme/platform',
  '',
].join('\n');

let emulator: GitHubEmulator;
let codeowners: CodeownersFile;

/** The `base...head` comparisons the code under test asked GitHub for, in order. */
function compared(): string[] {
  return emulator.requests.filter((r) => r.method === 'GET' && r.path.includes('/compare/')).map((r) => decodeURIComponent(r.path.split('/compare/')[1]!));
}

function client(token: string): GitHubClient {
  return createCliOctokit({ token, baseUrl: emulator.url, logger: silentLogger, throttle: { enabled: false } });
}

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  emulator.addToken('bot-token', { login: BOT, permissions: 'write' });
  emulator.addToken('owners-token', { login: 'octo-admin', permissions: 'read', canReadOrgTeams: true, type: 'User' });
  for (const login of ['alice', 'bob', 'carol', 'erin']) {
    emulator.addCollaborator(login);
    emulator.addToken(`${login}-token`, { login, permissions: 'write', type: 'User' });
  }
  emulator.addUser('mallory');
  emulator.addTeam('platform', { members: ['carol'] });
  emulator.commit({
    files: {
      '.github/CODEOWNERS': CODEOWNERS,
      'modules/app/main.tf': 'resource "aws_ecs_service" "app" {}\n',
      'modules/db/main.tf': 'resource "aws_ecs_service" "db" {}\n',
      'modules/shared/main.tf': 'resource "aws_ecs_cluster" "main" {}\n',
      'modules/legacy/main.tf': 'resource "aws_ecs_service" "old" {}\n',
      '.github/drift-guard.yml': 'fail-on: high\n',
    },
  });
  codeowners = parseCodeowners(CODEOWNERS, '.github/CODEOWNERS');
});

afterEach(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

function openPullRequest(files: Record<string, string>): PullRecord {
  emulator.commit({ branch: 'feature', files, author: 'erin' });
  return emulator.openPullRequest({ author: 'erin', headRef: 'feature' });
}

function push(pr: PullRecord, files: Record<string, string>): string {
  const sha = emulator.commit({ branch: 'feature', files, author: 'erin' });
  emulator.pushToPullRequest(pr.number, sha);
  return sha;
}

async function review(login: string, pr: PullRecord, event: 'APPROVE' | 'REQUEST_CHANGES' | 'COMMENT' = 'APPROVE'): Promise<number> {
  const { data } = await client(`${login}-token`).rest.pulls.createReview({ owner: 'acme', repo: 'infra', pull_number: pr.number, event, body: 'ok' });
  return data.id;
}

function guarded(pr: PullRecord, dirs: string[]) {
  return dirs.map((dir) => ({ dir, changedFiles: pr.files.map((f) => f.filename).filter((f) => f === dir || f.startsWith(`${dir}/`)) }));
}

function gate(pr: PullRecord, dirs: string[], extra: Partial<PublishOwnerApprovalInput> = {}) {
  const current = emulator.state.pulls.find((p) => p.number === pr.number)!;
  return publishOwnerApproval({
    client: client('bot-token'),
    logger: silentLogger,
    owner: 'acme',
    repo: 'infra',
    pullRequest: { number: pr.number, headSha: current.head.sha, author: 'erin', baseRef: 'main' },
    guardedModules: guarded(current, dirs),
    codeowners,
    staleApprovals: 'keep-if-module-unchanged' as StaleApprovalPolicy,
    unownedModules: 'pending',
    requestReviews: true,
    runUrl: RUN_URL,
    ...extra,
  });
}

function latestStatus(sha: string) {
  const statuses = emulator.state.statuses.filter((s) => s.sha === sha && s.context === OWNER_APPROVAL_STATUS_CONTEXT);
  return statuses[statuses.length - 1];
}

function writes(): number {
  return emulator.requests.filter((r) => r.write).length;
}

test('two modules, two owner sets: pending until each has an owner approval, then success; re-runs write nothing', async () => {
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n', 'modules/db/main.tf': 'resource "aws_ecs_service" "db" { desired_count = 3 }\n' });
  const owners = client('owners-token');

  const first = await gate(pr, ['modules/app', 'modules/db'], { ownersClient: owners });
  expect(first.gate.state).toBe('pending');
  expect(first.totalModules).toBe(2);
  expect(first.approvedModules).toBe(0);
  expect(latestStatus(pr.head.sha)).toMatchObject({ state: 'pending', targetUrl: RUN_URL, creator: BOT });
  expect(latestStatus(pr.head.sha)!.description!.length).toBeLessThan(140);
  expect(first.requested).toEqual({ users: ['alice', 'bob'], teams: ['platform'] });
  const pull = emulator.state.pulls.find((p) => p.number === pr.number)!;
  expect(pull.requestedReviewers).toEqual(['alice', 'bob']);
  expect(pull.requestedTeams).toEqual(['platform']);
  expect(first.section.id).toBe(SUMMARY_SECTION_OWNER_APPROVAL);
  expect(first.markdown).toContain('| `modules/app` | `@alice` | — | ⏳ waiting |');
  expect(first.markdown).toContain('| `modules/db` | `@bob`, `@acme/platform` | — | ⏳ waiting |');
  expect(first.markdown).toContain('Review requested from `@alice`, `@bob`, `@acme/platform`.');

  // Same head, nothing new: the status and the requests are already there.
  emulator.resetRequestLog();
  const again = await gate(pr, ['modules/app', 'modules/db'], { ownersClient: owners });
  expect(again.writes).toBe(0);
  expect(writes()).toBe(0);

  await review('alice', pr);
  const one = await gate(pr, ['modules/app', 'modules/db'], { ownersClient: owners });
  expect(one.gate.state).toBe('pending');
  expect(one.approvedModules).toBe(1);
  expect(one.gate.modules.map((m) => m.state)).toEqual(['approved', 'pending']);
  expect(latestStatus(pr.head.sha)!.description).toBe('1/2 modules approved; waiting on modules/db (@bob @acme/platform)');
  expect(one.markdown).toContain('| `modules/app` | `@alice` | `@alice` | ✅ approved |');
  // Nobody is pinged from the summary comment.
  expect(one.markdown).not.toMatch(/(^|[^`])@alice(?!`)/m);

  // A member of the owning team approves for the db module.
  await review('carol', pr);
  const both = await gate(pr, ['modules/app', 'modules/db'], { ownersClient: owners });
  expect(both.gate.state).toBe('success');
  expect(latestStatus(pr.head.sha)).toMatchObject({ state: 'success', description: 'Approved by owners: 2 modules.' });
  expect(both.requested).toEqual({ users: [], teams: [] });

  emulator.resetRequestLog();
  expect((await gate(pr, ['modules/app', 'modules/db'], { ownersClient: owners })).writes).toBe(0);
});

test('a dismissed approval no longer counts', async () => {
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n' });
  const id = await review('alice', pr);
  expect((await gate(pr, ['modules/app'])).gate.state).toBe('success');
  await client('bot-token').rest.pulls.dismissReview({ owner: 'acme', repo: 'infra', pull_number: pr.number, review_id: id, message: 'stale' });
  const after = await gate(pr, ['modules/app']);
  expect(after.gate.state).toBe('pending');
  expect(latestStatus(pr.head.sha)!.state).toBe('pending');
  // alice already reviewed this head commit: asking her again on a re-run would be noise.
  expect(after.requested.users).toEqual([]);
});

test('a push after approval: the module it touches goes back to pending, the other keeps its approval', async () => {
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n', 'modules/db/main.tf': 'resource "aws_ecs_service" "db" { desired_count = 3 }\n' });
  await review('alice', pr);
  await review('bob', pr);
  expect((await gate(pr, ['modules/app', 'modules/db'])).gate.state).toBe('success');
  const approvedSha = pr.head.sha;

  const head = push(pr, { 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 4 }\n' });
  const after = await gate(pr, ['modules/app', 'modules/db']);
  expect(after.gate.modules.map((m) => [m.dir, m.state])).toEqual([
    ['modules/app', 'pending'],
    ['modules/db', 'approved'],
  ]);
  expect(after.gate.modules[0]!.why).toContain('but the module changed since (modules/app/main.tf)');
  expect(after.gate.modules[1]!.why).toContain(`Approved by @bob on ${approvedSha.slice(0, 7)}; the module has not changed since.`);
  expect(compared()).toEqual([`${approvedSha}...${head}`]);
  expect(latestStatus(head)!.state).toBe('pending');
  expect(after.requested.users).toEqual(['alice']);

  // With stale approvals dismissed, nothing before the head counts and nothing is compared.
  emulator.resetRequestLog();
  const strict = await gate(pr, ['modules/app', 'modules/db'], { staleApprovals: 'dismiss' });
  expect(strict.gate.modules.map((m) => m.state)).toEqual(['pending', 'pending']);
  expect(compared()).toEqual([]);
});

test('a push that does not touch the module keeps its approval', async () => {
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n' });
  await review('alice', pr);
  const head = push(pr, { 'README.md': 'docs\n' });
  const result = await gate(pr, ['modules/app']);
  expect(result.gate.state).toBe('success');
  expect(latestStatus(head)!.state).toBe('success');
});

test('an approval whose commit was force-pushed away does not count (fail closed)', async () => {
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n' });
  await review('alice', pr);
  const rewritten = emulator.commit({ branch: 'rewritten', parent: emulator.state.branches['main'], files: { 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 9 }\n' } });
  emulator.pushToPullRequest(pr.number, rewritten);
  const result = await gate(pr, ['modules/app']);
  expect(result.gate.state).toBe('pending');
  expect(result.gate.modules[0]!.why).toContain('what changed since could not be determined');
  expect(compared()).toEqual([]);
});

test("the author's own approval never counts", async () => {
  const pr = openPullRequest({ 'modules/legacy/main.tf': 'resource "aws_ecs_service" "old" { desired_count = 1 }\n' });
  // GitHub refuses an author's approval through the API (422), so it is seeded as one that slipped through.
  await expect(review('erin', pr)).rejects.toMatchObject({ status: 422 });
  emulator.state.reviews.push({ id: 9001, pullNumber: pr.number, user: 'erin', body: '', state: 'APPROVED', commitId: pr.head.sha, submittedAt: '2024-05-01T12:30:00Z', createdAt: '2024-05-01T12:30:00Z' });
  codeowners = parseCodeowners('/modules/legacy/ @erin @alice\n', '.github/CODEOWNERS');
  const result = await gate(pr, ['modules/legacy']);
  expect(result.gate.state).toBe('pending');
  expect(result.gate.modules[0]!.why).toContain("@erin is the PR author; an author's own approval never counts.");
  expect(result.requested.users).toEqual(['alice']);
});

test('a team owner: without owners-token it stays pending and says which token is missing; with it, a member approves', async () => {
  const pr = openPullRequest({ 'modules/shared/main.tf': 'resource "aws_ecs_cluster" "main" { name = "x" }\n' });
  await review('carol', pr);

  const without = await gate(pr, ['modules/shared']);
  expect(without.gate.state).toBe('pending');
  expect(without.unresolvedTeams).toEqual(['@acme/platform']);
  expect(without.markdown).toContain('Team owners (`@acme/platform`) cannot be resolved: the `owners-token` input is not set.');
  expect(without.gate.modules[0]!.why).toContain('the owners-token input is not set');
  // The bot's token cannot read teams: nothing tried to.
  expect(emulator.requests.some((r) => r.operationId === 'teams/list-members-in-org')).toBe(false);

  const withToken = await gate(pr, ['modules/shared'], { ownersClient: client('owners-token') });
  expect(withToken.gate.state).toBe('success');
  expect(withToken.unresolvedTeams).toEqual([]);
  expect(withToken.markdown).toContain('| `modules/shared` | `@acme/platform` | `@carol` | ✅ approved |');

  // A token that cannot read the team (the Actions token) fails closed with its own message.
  const blind = await gate(pr, ['modules/shared'], { ownersClient: client('bot-token') });
  expect(blind.gate.state).toBe('pending');
  expect(blind.markdown).toContain('could not be read with `owners-token`');
});

test('the config file is a guarded path of its own; changes requested fail the status', async () => {
  const pr = openPullRequest({ '.github/drift-guard.yml': 'fail-on: none\n' });
  expect(moduleOwners(codeowners, { dir: '.github/drift-guard.yml', changedFiles: ['.github/drift-guard.yml'] })).toEqual(['@acme/platform']);
  await review('carol', pr, 'REQUEST_CHANGES');
  const result = await gate(pr, ['.github/drift-guard.yml'], { ownersClient: client('owners-token') });
  expect(result.gate.state).toBe('failure');
  expect(latestStatus(pr.head.sha)).toMatchObject({ state: 'failure' });
  expect(latestStatus(pr.head.sha)!.description).toContain('Changes requested on .github/drift-guard.yml by @carol');
});

test('an owner who is not a collaborator is skipped when requesting reviews; the others are still asked', async () => {
  const pr = openPullRequest({ 'modules/legacy/main.tf': 'resource "aws_ecs_service" "old" { desired_count = 1 }\n' });
  const result = await gate(pr, ['modules/legacy']);
  expect(result.requested.users).toEqual(['alice']);
  expect(result.notRequested.users).toEqual(['mallory']);
  expect(emulator.state.pulls.find((p) => p.number === pr.number)!.requestedReviewers).toEqual(['alice']);
  expect(result.markdown).toContain('GitHub would not request a review from `@mallory`');
  // The 422s were GitHub's documented answer to a non-collaborator, not off-spec requests.
  expect(emulator.requests.filter((r) => r.operationId === 'pulls/request-reviewers').map((r) => r.status)).toEqual([422, 201, 422]);
});

test('no guarded module: success without review requests', async () => {
  const pr = openPullRequest({ 'README.md': 'docs\n' });
  const result = await gate(pr, []);
  expect(result.gate.state).toBe('success');
  expect(result.markdown).toBe('No guarded module changed; no owner approval is needed.');
  expect(emulator.requests.some((r) => r.operationId === 'pulls/request-reviewers')).toBe(false);
});

test('a token that may not write statuses: the 403 fails the call naming the request and the permission, not taken for a fork (issue 14)', async () => {
  // A fork PR is recognised from the event before the gate runs (main.ts); here a 403 is a
  // missing permission, and nothing else (no review request) is written after it.
  emulator.addToken('read-token', { login: BOT, permissions: 'read' });
  const pr = openPullRequest({ 'modules/app/main.tf': 'resource "aws_ecs_service" "app" { desired_count = 2 }\n' });
  await expect(gate(pr, ['modules/app'], { client: client('read-token') })).rejects.toThrow(/^POST \/repos\/acme\/infra\/statuses\/[0-9a-f]{40} → 403: Resource not accessible by integration \(check: the token may lack `statuses: write`/);
  expect(emulator.state.statuses).toEqual([]);
  expect(emulator.requests.filter((r) => r.write).map((r) => r.status)).toEqual([403]);
});
