// End-to-end: the built action (dist/index.js) runs as a child process on pull_request events
// against the GitHub emulator, and the tests read the emulator's final state: reviews, review
// comments, issue comments, statuses and the request log (DESIGN.md "GitHub behaviour that
// users rely on"). dist/ must be fresh: `npm test` builds it; otherwise run `node build.mjs`.
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import { findingMarker } from '../../src/github/review.js';
import { lineOf, readFileTree, replaceInFile, type FileTree } from '../../test-support/e2e/file-tree.js';
import {
  BOT_LOGIN,
  HUMAN_TOKEN,
  MERGE_SHA,
  READ_TOKEN,
  startPullRequestScenario,
  type PullRequestScenario,
} from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots, type ActionRun, type JsonReport } from '../../test-support/e2e/run-action.js';
import type { GitHubEmulator } from '../../test-support/github/emulator.js';


afterAll(removeDistSnapshots);
const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
const POLICY_CONTEXT = 'drift-guard/policy';
const API_MAIN = 'services/api/main.tf';
const API_SERVICE = 'services/api/service.tf';
const WORKER_MAIN = 'services/worker/main.tf';
const WORKER_VARIABLES = 'services/worker/variables.tf';

const BASE: FileTree = readFileTree(fileURLToPath(new URL('./fixtures/repo', import.meta.url)));

type Finding = JsonReport['findings'][number];

function finding(run: ActionRun, ruleId: string, file: string): Finding {
  const found = run.report?.findings.filter((f) => f.ruleId === ruleId && f.file === file) ?? [];
  if (found.length !== 1) throw new Error(`expected one ${ruleId} finding in ${file}; the report has ${JSON.stringify(run.report?.findings.map((f) => `${f.ruleId} ${f.file}:${f.startLine}`))}`);
  return found[0]!;
}

function fingerprintOf(f: Finding): string {
  return (f as Finding & { fingerprint: string }).fingerprint;
}

function botReviews(emu: GitHubEmulator) {
  return emu.state.reviews.filter((r) => r.user === BOT_LOGIN);
}

function botReviewComments(emu: GitHubEmulator) {
  return emu.state.reviewComments.filter((c) => c.user === BOT_LOGIN);
}

function commentFor(emu: GitHubEmulator, f: Finding) {
  return botReviewComments(emu).filter((c) => c.body.includes(findingMarker(fingerprintOf(f))));
}

function summaryComments(emu: GitHubEmulator) {
  return emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
}

function writes(emu: GitHubEmulator) {
  return emu.requests.filter((r) => r.write);
}

function blockingAtHigh(report: JsonReport): number {
  return report.findings.filter((f) => !f.suppressed && (f.severity === 'high' || f.severity === 'critical')).length;
}

/** Evidence for a failed expectation: the action's log. */
function log(run: ActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function expectRanCleanly(run: ActionRun): void {
  expect({ signal: run.signal, stderr: run.stderr.includes('ECS Drift Guard failed') ? run.stderr : '' }).toEqual({ signal: null, stderr: '' });
  expect(run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed'))).toEqual([]);
  expect(run.report).not.toBeNull();
}

// The head of the first push: a privileged container (high), a public IP (high) and ECS Exec (medium), all on added lines.
function firstHead(): FileTree {
  let head = replaceInFile(BASE, API_MAIN, 'privileged             = false', 'privileged             = true');
  head = replaceInFile(head, API_SERVICE, 'assign_public_ip = false', 'assign_public_ip = true');
  head = replaceInFile(head, API_SERVICE, '  launch_type     = "FARGATE"\n', '  launch_type     = "FARGATE"\n\n  enable_execute_command = true\n');
  return head;
}

describe('a pull request over its life: first run, re-run, push', () => {
  // The steps share one pull request and run in order: each starts from the state the previous left.
  let scenario: PullRequestScenario;
  let firstRun: ActionRun;
  let firstHeadSha: string;

  beforeAll(async () => {
    scenario = await startPullRequestScenario({ base: BASE, head: firstHead() });
  });

  afterAll(async () => {
    await scenario?.close();
  });

  afterEach(() => {
    expect(scenario.emu.validationErrors).toEqual([]);
  });

  test('first run: one review on the head SHA with comments on the exact lines, one summary, a failure status, exit 1', async () => {
    const { emu } = scenario;
    firstHeadSha = scenario.pr.headSha;
    firstRun = await scenario.run();
    expectRanCleanly(firstRun);
    const report = firstRun.report!;

    const privileged = finding(firstRun, 'ecs-container-privileged', API_MAIN);
    const publicIp = finding(firstRun, 'ecs-service-public-ip', API_SERVICE);
    const exec = finding(firstRun, 'ecs-service-exec-enabled', API_SERVICE);
    const head = scenario.head;
    expect(privileged.startLine).toBe(lineOf(head, API_MAIN, 'privileged             = true'));
    expect(publicIp.startLine).toBe(lineOf(head, API_SERVICE, 'assign_public_ip = true'));
    expect(exec.startLine).toBe(lineOf(head, API_SERVICE, 'enable_execute_command = true'));

    const reviews = botReviews(emu);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ state: 'COMMENTED', commitId: firstHeadSha });
    expect(emu.state.reviews.filter((r) => r.state === 'PENDING')).toEqual([]);

    // Every finding of this PR is on an added line, so each has exactly one comment, on its line, on the head.
    for (const f of report.findings.filter((x) => !x.suppressed)) {
      const comments = commentFor(emu, f);
      expect({ rule: f.ruleId, comments: comments.length }).toEqual({ rule: f.ruleId, comments: 1 });
      expect(comments[0]).toMatchObject({ path: f.file, line: f.endLine, side: 'RIGHT', commitId: firstHeadSha, reviewId: reviews[0]!.id });
      if (f.endLine > f.startLine) expect(comments[0]!.startLine).toBe(f.startLine);
    }
    expect(botReviewComments(emu).every((c) => c.reviewId === reviews[0]!.id)).toBe(true);

    const summaries = summaryComments(emu);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.issueNumber).toBe(scenario.pr.number);
    expect(summaries[0]!.body).toContain(firstHeadSha.slice(0, 12));

    const statuses = emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT);
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ sha: firstHeadSha, state: 'failure', creator: BOT_LOGIN });
    // Nothing is ever written against GITHUB_SHA.
    expect(emu.state.statuses.filter((s) => s.sha === MERGE_SHA)).toEqual([]);
    expect(emu.requests.filter((r) => r.path.includes(MERGE_SHA))).toEqual([]);

    expect(firstRun.summary).toContain('ecs-container-privileged');
    expect(firstRun.summary).toContain('ecs-service-public-ip');
    expect(firstRun.outputs['findings']).toBe(String(report.findings.filter((f) => !f.suppressed).length));
    expect(firstRun.outputs['blocking-findings']).toBe(String(blockingAtHigh(report)));
    expect(blockingAtHigh(report)).toBeGreaterThanOrEqual(2);
    // Everything is commented inline, so no finding is repeated as an annotation.
    expect(firstRun.annotations).toEqual([]);
    expect(firstRun.exitCode).toBe(1);
    expect(emu.requests.filter((r) => r.status === 422)).toEqual([]);
    // Every call is the workflow token's: nothing anonymous, nothing as anyone else.
    expect([...new Set(emu.requests.map((r) => r.login))]).toEqual([BOT_LOGIN]);
  });

  test('re-run on the same head: zero writes, same result', async () => {
    const { emu } = scenario;
    const before = { reviews: botReviews(emu).length, comments: botReviewComments(emu).length, summaries: summaryComments(emu).map((c) => c.updatedAt) };
    emu.resetRequestLog();
    const rerun = await scenario.run({ action: 'opened' });
    expectRanCleanly(rerun);
    expect(writes(emu)).toEqual([]);
    expect(emu.requests.length).toBeGreaterThan(0);
    expect({ reviews: botReviews(emu).length, comments: botReviewComments(emu).length, summaries: summaryComments(emu).map((c) => c.updatedAt) }).toEqual(before);
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs['blocking-findings']).toBe(firstRun.outputs['blocking-findings']);
  });

  test('a push that fixes findings and adds one: fixed comments removed or marked fixed, the new one posted, the unchanged kept', async () => {
    const { emu } = scenario;
    const privileged = finding(firstRun, 'ecs-container-privileged', API_MAIN);
    const exec = finding(firstRun, 'ecs-service-exec-enabled', API_SERVICE);
    const publicIp = finding(firstRun, 'ecs-service-public-ip', API_SERVICE);
    const privilegedComment = commentFor(emu, privileged)[0]!;
    const execComment = commentFor(emu, exec)[0]!;
    const publicIpComment = commentFor(emu, publicIp)[0]!;

    // A human answers the privileged comment: deleting it would take the reply with it.
    const alice = new Octokit({ auth: HUMAN_TOKEN, baseUrl: emu.url });
    await alice.rest.pulls.createReplyForReviewComment({
      owner: 'acme',
      repo: 'infra',
      pull_number: scenario.pr.number,
      comment_id: privilegedComment.id,
      body: 'We need this for the GPU driver; fixing it in this PR.',
    });

    // Fix privileged (replied to) and ECS Exec (not replied to); add host PID mode; keep the public IP.
    let head = replaceInFile(scenario.head, API_MAIN, 'privileged             = true', 'privileged             = false');
    head = replaceInFile(head, API_MAIN, '  network_mode             = "awsvpc"\n', '  network_mode             = "awsvpc"\n  pid_mode                 = "host"\n');
    head = replaceInFile(head, API_SERVICE, '\n  enable_execute_command = true\n', '');
    const pushed = scenario.push(head);
    expect(pushed.headSha).not.toBe(firstHeadSha);

    emu.resetRequestLog();
    const run = await scenario.run();
    expectRanCleanly(run);
    const pid = finding(run, 'ecs-task-host-pid', API_MAIN);
    expect(pid.startLine).toBe(lineOf(head, API_MAIN, 'pid_mode                 = "host"'));
    expect(run.report!.findings.map((f) => f.ruleId)).not.toContain('ecs-container-privileged');
    expect(run.report!.findings.map((f) => f.ruleId)).not.toContain('ecs-service-exec-enabled');
    expect(fingerprintOf(finding(run, 'ecs-service-public-ip', API_SERVICE))).toBe(fingerprintOf(publicIp));

    // Fixed without a reply: deleted.
    expect(emu.state.reviewComments.find((c) => c.id === execComment.id)).toBeUndefined();
    // Fixed with a reply: kept, marked fixed, its live marker gone so it is never matched again.
    const marked = emu.state.reviewComments.find((c) => c.id === privilegedComment.id)!;
    expect(marked).toBeDefined();
    expect(marked.body).toContain(`Fixed in \`${pushed.headSha.slice(0, 12)}\``);
    expect(marked.body).not.toContain(findingMarker(fingerprintOf(privileged)));
    expect(emu.state.reviewComments.filter((c) => c.inReplyToId === privilegedComment.id && c.user === 'alice')).toHaveLength(1);
    // Unchanged: the same comment, not reposted.
    expect(commentFor(emu, publicIp).map((c) => c.id)).toEqual([publicIpComment.id]);
    // New: exactly one comment, on its line, in a new review on the new head.
    const pidComments = commentFor(emu, pid);
    expect(pidComments).toHaveLength(1);
    const reviews = botReviews(emu);
    expect(reviews).toHaveLength(2);
    expect(reviews[1]).toMatchObject({ state: 'COMMENTED', commitId: pushed.headSha });
    expect(pidComments[0]).toMatchObject({ path: API_MAIN, line: pid.startLine, side: 'RIGHT', commitId: pushed.headSha, reviewId: reviews[1]!.id });
    expect(botReviewComments(emu).filter((c) => c.reviewId === reviews[1]!.id)).toHaveLength(1);

    // Still one summary, edited in place for the new head; the status follows the head.
    const summaries = summaryComments(emu);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.body).toContain(pushed.headSha.slice(0, 12));
    expect(emu.requests.filter((r) => r.method === 'POST' && r.path.endsWith(`/issues/${scenario.pr.number}/comments`))).toEqual([]);
    const headStatuses = emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT && s.sha === pushed.headSha);
    expect(headStatuses.map((s) => s.state)).toEqual(['failure']);
    expect(emu.state.statuses.filter((s) => s.sha === MERGE_SHA)).toEqual([]);
    expect(emu.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(run.exitCode).toBe(1);
  });

  test('re-run after the push: zero writes (the comment marked fixed is not edited again)', async () => {
    const { emu } = scenario;
    const bodies = botReviewComments(emu).map((c) => [c.id, c.updatedAt]);
    emu.resetRequestLog();
    const rerun = await scenario.run();
    expectRanCleanly(rerun);
    expect(writes(emu)).toEqual([]);
    expect(botReviewComments(emu).map((c) => [c.id, c.updatedAt])).toEqual(bodies);
    expect(rerun.exitCode).toBe(1);
  });

  test('a push that drops every Terraform change: the summary says so, the inline comments go, nothing else is posted', async () => {
    const { emu } = scenario;
    const [summary] = summaryComments(emu);
    expect(summary).toBeDefined();

    scenario.push(replaceInFile(BASE, 'README.md', 'Terraform for the ECS services', 'Terraform for all ECS services'));
    emu.resetRequestLog();
    const run = await scenario.run();
    expectRanCleanly(run);

    const summaries = summaryComments(emu);
    expect(summaries.map((c) => c.id)).toEqual([summary!.id]);
    expect(summaries[0]!.body).toContain('No Terraform changes');
    expect(summaries[0]!.body).not.toContain('ecs-service-public-ip');
    // Edited in place: no new comment, no new review.
    expect(emu.requests.filter((r) => r.operationId === 'issues/create-comment')).toEqual([]);
    expect(emu.requests.filter((r) => r.operationId === 'pulls/create-review')).toEqual([]);
    expect(emu.requests.filter((r) => r.operationId === 'issues/update-comment')).toHaveLength(1);
    // The findings of the dropped change are gone: their comments are removed, except the one
    // a human replied to, which stays marked fixed.
    expect(botReviewComments(emu).map((c) => c.body.includes('drift-guard:finding:'))).toEqual([false]);
    expect(run.report!.findings).toEqual([]);
    expect(emu.state.statuses.filter((s) => s.sha === scenario.pr.headSha && s.context === POLICY_CONTEXT).map((s) => s.state)).toEqual(['success']);
    expect(run.exitCode).toBe(0);

    emu.resetRequestLog();
    const statusesBefore = emu.state.statuses.length;
    const rerun = await scenario.run();
    expectRanCleanly(rerun);
    // Issue 13: a successful owner-approval gate turns pending ("re-evaluating") before anything
    // that could fail, then back; nothing else is written.
    expect(writes(emu).filter((r) => r.operationId !== 'repos/create-commit-status')).toEqual([]);
    expect(emu.state.statuses.slice(statusesBefore).map((s) => `${s.context} ${s.state}`)).toEqual(['drift-guard/owner-approval pending', 'drift-guard/owner-approval success']);
  });
});

describe('findings outside the diff', () => {
  let scenario: PullRequestScenario;

  afterEach(async () => {
    expect(scenario.emu.validationErrors).toEqual([]);
    await scenario.close();
  });

  test('go to the summary comment and the annotations, never to the review; no 422', async () => {
    // Only variables.tf changes, but the module is re-checked as a whole: the privileged worker in
    // main.tf (unchanged, outside the diff) is found along with the root user the change introduces.
    const head = replaceInFile(BASE, WORKER_VARIABLES, 'default     = "1000"', 'default     = "root"');
    scenario = await startPullRequestScenario({ base: BASE, head });
    const run = await scenario.run();
    expectRanCleanly(run);
    const { emu } = scenario;

    const outside = finding(run, 'ecs-container-privileged', WORKER_MAIN);
    expect(outside.startLine).toBe(lineOf(head, WORKER_MAIN, 'privileged             = true'));
    const inside = finding(run, 'ecs-container-root-user', WORKER_VARIABLES);
    expect(inside.startLine).toBe(lineOf(head, WORKER_VARIABLES, 'default     = "root"'));

    expect(commentFor(emu, outside)).toEqual([]);
    expect(botReviewComments(emu).some((c) => c.path === WORKER_MAIN)).toBe(false);
    expect(commentFor(emu, inside)).toHaveLength(1);
    expect(commentFor(emu, inside)[0]).toMatchObject({ path: WORKER_VARIABLES, line: inside.startLine, commitId: scenario.pr.headSha });

    const summaries = summaryComments(emu);
    expect(summaries).toHaveLength(1);
    const outsideSection = summaries[0]!.body.slice(summaries[0]!.body.indexOf('Findings outside the diff'));
    expect(summaries[0]!.body).toContain('Findings outside the diff');
    expect(outsideSection).toContain(`${WORKER_MAIN}:${outside.startLine}`);
    expect(outsideSection).toContain('ecs-container-privileged');

    // On its one line the annotation has the value's columns (`col`, and `endColumn` inclusive).
    const valueColumn = head[WORKER_MAIN]!.split('\n')[outside.startLine - 1]!.indexOf('privileged             = true') + 'privileged             = '.length + 1;
    expect(run.annotations).toContainEqual({ level: 'error', file: WORKER_MAIN, line: outside.startLine, endLine: outside.startLine, col: valueColumn, endColumn: valueColumn + 3, title: expect.any(String), message: expect.any(String) });
    // The inline-commented finding is not annotated a second time.
    expect(run.annotations.filter((a) => a.file === WORKER_VARIABLES)).toEqual([]);

    expect(emu.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'failure']]);
    expect(run.exitCode).toBe(1);
  });
});

describe('a fork pull request with a read-only token', () => {
  let scenario: PullRequestScenario;

  afterEach(async () => {
    expect(scenario.emu.validationErrors).toEqual([]);
    await scenario.close();
  });

  test('writes nothing, reports in the job summary and annotations, says why, and still fails on blocking findings', async () => {
    scenario = await startPullRequestScenario({ base: BASE, head: firstHead(), forkOwner: 'mallory', author: 'mallory' });
    const run = await scenario.run({ token: READ_TOKEN });
    expectRanCleanly(run);
    const { emu } = scenario;
    const report = run.report!;

    expect(emu.state.reviews).toEqual([]);
    expect(emu.state.issueComments).toEqual([]);
    expect(emu.state.statuses).toEqual([]);

    const warnings = run.commands.filter((c) => c.level === 'warning').map((c) => c.message);
    expect(warnings.some((m) => /fork/i.test(m) && m.includes('mallory/infra'))).toBe(true);

    for (const f of report.findings.filter((x) => !x.suppressed)) {
      expect(run.summary).toContain(f.ruleId);
      expect(run.annotations).toContainEqual(expect.objectContaining({ file: f.file, line: f.startLine }));
    }
    expect(run.outputs['blocking-findings']).toBe(String(blockingAtHigh(report)));
    expect(run.exitCode).toBe(1);
    // It fails for the findings, not for the read-only token.
    const failures = run.commands.filter((c) => c.level === 'error' && c.file === undefined).map((c) => c.message);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/at or above high/);
    // Not even attempted: every write with a fork's token is a 403 and noise in the log.
    expect(writes(emu)).toEqual([]);
  });
});

describe('a pull request without Terraform changes', () => {
  let scenario: PullRequestScenario;

  afterEach(async () => {
    expect(scenario.emu.validationErrors).toEqual([]);
    await scenario.close();
  });

  test('posts nothing but the policy status', async () => {
    const head = replaceInFile(BASE, 'README.md', 'Terraform for the ECS services', 'Terraform (and docs) for the ECS services');
    scenario = await startPullRequestScenario({ base: BASE, head: { ...head, 'docs/onboarding.md': '# Onboarding\n\nAsk #platform for access.\n' } });
    const run = await scenario.run();
    expectRanCleanly(run);
    const { emu } = scenario;
    expect(emu.state.reviews).toEqual([]);
    expect(emu.state.reviewComments).toEqual([]);
    expect(emu.state.issueComments).toEqual([]);
    // Commit statuses on the head are the only writes (branch protection may require the contexts on every PR).
    expect(writes(emu).length).toBeGreaterThan(0);
    expect(writes(emu).filter((r) => r.operationId !== 'repos/create-commit-status' || !r.path.endsWith(`/statuses/${scenario.pr.headSha}`))).toEqual([]);
    expect(emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'success']]);
    expect(run.report!.findings).toEqual([]);
    expect(run.exitCode).toBe(0);
  });
});
