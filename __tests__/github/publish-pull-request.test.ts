// publishPullRequest with the real @octokit/rest (+ throttling and retry plugins) against the
// GitHub emulator, which validates every request against GitHub's OpenAPI description and
// rejects off-diff review comments with 422 like GitHub does.
import { getOctokit } from '@actions/github';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';
import { createCliOctokit, throttleOptions, type GitHubClient } from '../../src/github/client.js';
import { publishPullRequest, readPullRequest, resolveBotLogin, type PublishInput } from '../../src/github/publish-pull-request.js';
import { listPullRequestFiles, findChangedModules } from '../../src/github/changed-files.js';
import { SUMMARY_MARKER } from '../../src/github/summary-comment.js';
import { findingMarker, markerId, markerIdsInBody } from '../../src/github/review.js';
import { MAX_STATUS_DESCRIPTION } from '../../src/github/statuses.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import type { Finding, Report } from '../../src/report/model.js';
import { finding, report, taskDefinitionFile } from './pull-request-fixtures.js';

const BOT = 'github-actions[bot]';
const FILE = 'modules/app/main.tf';
const NOW = new Date('2024-05-01T12:00:00Z');

let emulator: GitHubEmulator;
let bot: GitHubClient;

function client(token: string): GitHubClient {
  // Throttling's 1-3 s spacing between writes is exercised in its own test; elsewhere it only slows the suite.
  return createCliOctokit({ token, baseUrl: emulator.url, logger: silentLogger, throttle: { enabled: false } });
}

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  emulator.addToken('bot-token', { login: BOT, permissions: 'write' });
  emulator.addToken('alice-token', { login: 'alice', permissions: 'write', type: 'User' });
  emulator.addCollaborator('alice');
  bot = client('bot-token');
});

afterEach(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

const BASE_CONTAINER = ['name = "app"', 'image = "nginx:1.25"', 'privileged = false'];
const HEAD1_CONTAINER = ['name = "app"', 'image = "nginx:latest"', 'privileged = true'];
const HEAD2_CONTAINER = ['name = "app"', 'image = "nginx:latest"', 'privileged = false', 'readonlyRootFilesystem = true', 'user = "root"'];

function openPullRequest(files: Record<string, string>, base: Record<string, string> = { [FILE]: taskDefinitionFile(BASE_CONTAINER) }) {
  emulator.commit({ files: { ...base, 'README.md': 'infra\n' } });
  emulator.commit({ branch: 'feature', files });
  return emulator.openPullRequest({ author: 'alice', headRef: 'feature' });
}

// Findings on the first head: F1 (privileged, line 7, with a suggestion) and F5 (image, line 6)
// are on changed lines; F2 (writable root fs, the container object 4..8) is a range inside the
// hunk; F3 (cluster, line 51) and F7 (a file the PR does not touch) are outside the diff; F4 is suppressed.
const F1 = finding({ ruleId: 'ecs-container-privileged', severity: 'high', file: FILE, startLine: 7, attributePath: 'container_definitions[app].privileged', suggestion: '      privileged = false' });
const F5 = finding({ ruleId: 'ecs-container-image-not-pinned', file: FILE, startLine: 6, attributePath: 'container_definitions[app].image' });
const F2 = finding({ ruleId: 'ecs-container-writable-root-fs', file: FILE, startLine: 4, endLine: 8, attributePath: 'container_definitions[app].readonlyRootFilesystem' });
const F3 = finding({ ruleId: 'ecs-cluster-no-container-insights', severity: 'low', file: FILE, startLine: 51, resource: 'aws_ecs_cluster.main' });
const F4 = finding({
  ruleId: 'ecs-container-no-logging',
  file: FILE,
  startLine: 4,
  attributePath: 'container_definitions[app].logConfiguration',
  suppressed: { kind: 'config', until: '2024-05-10', reason: 'migration', owner: '@acme/platform' },
});
const F7 = finding({ ruleId: 'ecs-service-exec-enabled', file: 'modules/app/service.tf', startLine: 3, resource: 'aws_ecs_service.api' });

function input(pr: { number: number }, rep: Report, extra: Partial<PublishInput> = {}): PublishInput {
  const pull = emulator.state.pulls.find((p) => p.number === pr.number)!;
  return {
    client: bot,
    logger: silentLogger,
    owner: 'acme',
    repo: 'infra',
    pullRequest: { number: pull.number, headSha: pull.head.sha, baseRepo: 'acme/infra', headRepo: pull.headRepo.fork ? `${pull.headRepo.owner}/${pull.headRepo.name}` : 'acme/infra' },
    report: rep,
    failOn: 'high',
    comment: 'both',
    now: NOW,
    changedModules: ['modules/app'],
    terraformChanged: true,
    botLogin: BOT,
    runUrl: 'https://github.com/acme/infra/actions/runs/42',
    ...extra,
  };
}

const writesLogged = () => emulator.requests.filter((r) => r.write);
const summaries = () => emulator.state.issueComments.filter((c) => c.body.includes(SUMMARY_MARKER));

describe('publishPullRequest', () => {
  it('first run: one COMMENT review on the head SHA, a summary comment and the policy status', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    // Someone else's comment copying the marker must never be edited.
    emulator.state.issueComments.push({ id: 9001, issueNumber: pr.number, user: 'alice', body: `${SUMMARY_MARKER}\nfake`, createdAt: '2024-05-01T12:00:00Z', updatedAt: '2024-05-01T12:00:00Z' });

    const result = await publishPullRequest(input(pr, report([F1, F2, F3, F4, F5, F7])));

    expect(result.readOnly).toBe(false);
    expect(emulator.state.reviews).toHaveLength(1);
    const [review] = emulator.state.reviews;
    expect(review).toMatchObject({ state: 'COMMENTED', commitId: pr.head.sha, user: BOT });
    const comments = emulator.state.reviewComments;
    expect(comments.map((c) => [c.line, c.startLine]).sort()).toEqual([[6, null], [7, null], [8, 4]]);
    const privileged = comments.find((c) => c.line === 7)!;
    expect(markerIdsInBody(privileged.body)).toEqual([markerId(F1.fingerprint)]);
    expect(privileged.body).toContain(findingMarker(F1.fingerprint));
    expect(privileged.body).toContain('```suggestion\n      privileged = false\n```');
    expect(privileged.body).toContain('🟠 High');
    expect(privileged.body).toContain(F1.helpUri);
    expect(privileged.body).toContain('# drift-guard:ignore ecs-container-privileged');
    expect(comments.every((c) => c.body.length < 65536)).toBe(true);

    expect(result.review).toMatchObject({ posted: 3, deleted: 0, markedFixed: 0 });
    expect(result.outsideDiff.map((f) => f.ruleId).sort()).toEqual(['ecs-cluster-no-container-insights', 'ecs-service-exec-enabled']);

    expect(summaries()).toHaveLength(2);
    const summary = summaries().find((c) => c.user === BOT)!;
    expect(summary.body).toContain('Findings outside the diff');
    expect(summary.body).toContain('ecs-cluster-no-container-insights');
    expect(summary.body).toContain('ecs-service-exec-enabled');
    expect(summary.body).toContain('Expiring and expired exceptions');
    expect(summary.body).toContain('❌ **1 finding at or above `high`');
    expect(emulator.state.issueComments.find((c) => c.id === 9001)!.body).toBe(`${SUMMARY_MARKER}\nfake`);

    expect(emulator.state.statuses).toHaveLength(1);
    const [status] = emulator.state.statuses;
    expect(status).toMatchObject({ sha: pr.head.sha, context: 'drift-guard/policy', state: 'failure', targetUrl: 'https://github.com/acme/infra/actions/runs/42' });
    expect(status.description!.length).toBeLessThanOrEqual(MAX_STATUS_DESCRIPTION);

    expect(result.writes).toBe(writesLogged().length);
    expect(result.requests).toBe(emulator.requests.length);
    console.info(`first run: ${result.requests} requests, ${result.writes} writes`);
  });

  it('re-run on the same head writes nothing', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const rep = report([F1, F2, F3, F4, F5, F7]);
    await publishPullRequest(input(pr, rep));
    emulator.resetRequestLog();

    const again = await publishPullRequest(input(pr, rep));

    expect(writesLogged()).toEqual([]);
    expect(again.writes).toBe(0);
    expect(again.review).toMatchObject({ posted: 0, alreadyCommented: 3 });
    expect(again.summary?.action).toBe('unchanged');
    expect(again.status?.written).toBe(false);
    expect(emulator.state.reviews).toHaveLength(1);
    console.info(`re-run: ${again.requests} requests, ${again.writes} writes`);
  });

  it('after a push: fixed comment deleted, fixed comment with a human reply edited, new finding posted', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const first = await publishPullRequest(input(pr, report([F1, F2, F3, F5])));
    expect(first.review?.posted).toBe(3);
    const rangeComment = emulator.state.reviewComments.find((c) => c.startLine === 4)!;
    const alice = client('alice-token');
    await alice.rest.pulls.createReplyForReviewComment({ owner: 'acme', repo: 'infra', pull_number: pr.number, comment_id: rangeComment.id, body: 'Will fix in the next push.' });

    const head2 = emulator.commit({ branch: 'feature', files: { [FILE]: taskDefinitionFile(HEAD2_CONTAINER) } });
    emulator.pushToPullRequest(pr.number, head2);
    const F6 = finding({ ruleId: 'ecs-container-root-user', file: FILE, startLine: 9, attributePath: 'container_definitions[app].user' });
    const F3moved = { ...F3, startLine: 53, endLine: 53 };
    emulator.resetRequestLog();

    const result = await publishPullRequest(input(pr, report([F5, F6, F3moved])));

    expect(result.review).toMatchObject({ posted: 1, deleted: 1, markedFixed: 1 });
    const bodies = emulator.state.reviewComments.map((c) => c.body);
    expect(bodies.some((b) => b.includes(findingMarker(F1.fingerprint)))).toBe(false);
    const edited = emulator.state.reviewComments.find((c) => c.id === rangeComment.id)!;
    expect(edited.body).toContain(`Fixed in \`${head2.slice(0, 12)}\``);
    expect(markerIdsInBody(edited.body)).toEqual([]);
    expect(emulator.state.reviewComments.some((c) => c.inReplyToId === rangeComment.id && c.user === 'alice')).toBe(true);
    const botReviews = emulator.state.reviews.filter((r) => r.user === BOT);
    expect(botReviews).toHaveLength(2);
    expect(botReviews[1]).toMatchObject({ commitId: head2, state: 'COMMENTED' });
    const posted = emulator.state.reviewComments.find((c) => c.body.includes(findingMarker(F6.fingerprint)))!;
    expect(posted).toMatchObject({ line: 9, commitId: head2 });
    // F5 keeps its single comment.
    expect(bodies.filter((b) => b.includes(findingMarker(F5.fingerprint)))).toHaveLength(1);
    expect(result.status).toMatchObject({ written: true, state: 'success' });
    expect(emulator.state.statuses.filter((s) => s.sha === head2)).toHaveLength(1);
    expect(result.summary?.action).toBe('updated');
    console.info(`push: ${result.requests} requests, ${result.writes} writes`);

    // And the run after that on the same head is silent again.
    emulator.resetRequestLog();
    const again = await publishPullRequest(input(pr, report([F5, F6, F3moved])));
    expect(again.writes).toBe(0);
    expect(writesLogged()).toEqual([]);
  });

  it('findings outside the diff go to the summary only, with no 422', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const result = await publishPullRequest(input(pr, report([F3, F7])));
    expect(emulator.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(emulator.state.reviews).toHaveLength(0);
    expect(result.review).toMatchObject({ posted: 0 });
    expect(result.outsideDiff).toHaveLength(2);
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0].body).toContain('modules/app/service.tf:3');
    expect(result.status).toMatchObject({ state: 'success' });
  });

  it('fork pull request: no writes, says why', async () => {
    emulator.commit({ files: { [FILE]: taskDefinitionFile(BASE_CONTAINER) } });
    emulator.commit({ branch: 'feature', files: { [FILE]: taskDefinitionFile(HEAD1_CONTAINER) } });
    const pr = emulator.openPullRequest({ author: 'mallory', headRef: 'feature', fork: { owner: 'mallory' } });
    const logger = memoryLogger();
    emulator.resetRequestLog();

    const result = await publishPullRequest(input(pr, report([F1, F3]), { logger }));

    expect(result).toMatchObject({ readOnly: true, writes: 0 });
    expect(result.why).toContain('mallory/infra');
    expect(result.outsideDiff).toHaveLength(2);
    expect(writesLogged()).toEqual([]);
    expect(logger.messages.some((m) => m.level === 'warning' && m.message.includes('fork'))).toBe(true);
  });

  it('read-only token on a same-repository pull request: each write step fails naming the permission, none is skipped on a guess', async () => {
    emulator.addToken('read-token', { login: BOT, permissions: 'read' });
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    emulator.resetRequestLog();

    const result = await publishPullRequest(input(pr, report([F1, F3]), { client: client('read-token') }));

    // Read-only is a fact about the event (fork) or the token, not a guess from one 403 (issue 14).
    expect(result.readOnly).toBe(false);
    expect(result.failures.map((f) => f.step)).toEqual(['review', 'summary comment', 'policy status']);
    expect(result.failures[0]!.message).toMatch(/^POST \/repos\/acme\/infra\/pulls\/\d+\/reviews → 403: Resource not accessible by integration \(check: .*pull-requests: write/);
    expect(result.failures[1]!.message).toMatch(/^POST \/repos\/acme\/infra\/issues\/\d+\/comments → 403: .*issues: write/);
    expect(result.failures[2]!.message).toMatch(/^POST \/repos\/acme\/infra\/statuses\/[0-9a-f]{40} → 403: .*statuses: write/);
    const writes = writesLogged();
    expect(writes.map((w) => w.status)).toEqual([403, 403, 403]);
    expect(emulator.state.reviews).toEqual([]);
    expect(emulator.state.issueComments).toEqual([]);
    expect(emulator.state.statuses).toEqual([]);
  });

  it('300 findings on 60 files: no 422, everything in the review or the summary', async () => {
    const files: Record<string, string> = {};
    const findings: Finding[] = [];
    for (let i = 0; i < 60; i += 1) {
      const path = `modules/m${String(i).padStart(2, '0')}/main.tf`;
      files[path] = Array.from({ length: 12 }, (_, n) => `# ${path} line ${n + 1}`).join('\n') + '\n';
      for (let k = 0; k < 5; k += 1) {
        findings.push(finding({ ruleId: `ecs-rule-${k}`, severity: (['low', 'medium', 'high', 'critical', 'medium'] as const)[k], file: path, startLine: 2 * k + 1, resource: `aws_ecs_service.s${i}`, attributePath: `a${k}` }));
      }
    }
    const pr = openPullRequest(files, {});
    emulator.resetRequestLog();
    const modules = Object.keys(files).map((f) => f.replace(/\/main\.tf$/, ''));

    const result = await publishPullRequest(input(pr, report(findings, modules), { changedModules: modules }));

    expect(emulator.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(emulator.state.reviews).toHaveLength(1);
    const commented = new Set(emulator.state.reviewComments.flatMap((c) => markerIdsInBody(c.body)));
    const summary = summaries()[0].body;
    expect(summary.length).toBeLessThan(65536);
    const summaryLines = summary.split('\n');
    for (const f of findings) {
      const fileLine = summaryLines.find((line) => line.startsWith(`- [${f.file}]`)) ?? '';
      const inSummary = new RegExp(`L${f.startLine} \\S+ \`${f.ruleId}\``).test(fileLine);
      expect([f.fingerprint, commented.has(markerId(f.fingerprint)) || inSummary]).toEqual([f.fingerprint, true]);
    }
    expect(result.review!.posted).toBe(50);
    expect(result.review!.notCommented).toHaveLength(250);
    expect(summary).not.toContain('truncated');
    console.info(`300 findings / 60 files: ${result.requests} requests, ${result.writes} writes`);

    emulator.resetRequestLog();
    const again = await publishPullRequest(input(pr, report(findings, modules), { changedModules: modules }));
    expect(again.writes).toBe(0);
  });

  it('no Terraform changes: nothing posted; an earlier summary is updated to say so', async () => {
    const pr = openPullRequest({ 'README.md': 'docs only\n' });
    const files = await listPullRequestFiles(bot, { owner: 'acme', repo: 'infra', pullNumber: pr.number }, silentLogger);
    const changed = findChangedModules(files.files, { moduleDirs: ['modules/app'], moduleCalls: [], moduleFiles: new Map([['modules/app', [FILE]]]) });
    expect(changed.terraformChanged).toBe(false);
    const noChange = { changedModules: changed.modules, terraformChanged: false };

    const quiet = await publishPullRequest(input(pr, report([], []), noChange));
    expect(quiet.summary).toMatchObject({ action: 'skipped' });
    expect(emulator.state.issueComments).toEqual([]);
    expect(emulator.state.reviews).toEqual([]);

    // The same PR touched Terraform in an earlier push, which left a summary.
    const earlier = await bot.rest.issues.createComment({ owner: 'acme', repo: 'infra', issue_number: pr.number, body: `${SUMMARY_MARKER}\n## ECS Drift Guard\n\nold findings` });
    const updated = await publishPullRequest(input(pr, report([], []), noChange));
    expect(updated.summary).toMatchObject({ action: 'updated', commentId: earlier.data.id });
    expect(emulator.state.issueComments).toHaveLength(1);
    expect(emulator.state.issueComments[0].body).toContain('No Terraform changes in this pull request');
  });

  it('summary only: lists every finding, posts no review', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const result = await publishPullRequest(input(pr, report([F1, F3]), { comment: 'summary' }));
    expect(emulator.state.reviews).toEqual([]);
    expect(result.review).toBeNull();
    expect(summaries()[0].body).toContain('### Findings');
    expect(summaries()[0].body).toContain('ecs-container-privileged');
  });

  it('keeps sections other phases own across runs that do not supply them', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const section = { id: 'owner-approval', title: 'Owner approvals', markdown: '- `modules/app`: waiting for @acme/platform' };
    await publishPullRequest(input(pr, report([F3]), { sections: [section] }));
    expect(summaries()[0].body).toContain('<!-- drift-guard:section:owner-approval -->');
    emulator.resetRequestLog();
    const again = await publishPullRequest(input(pr, report([F3])));
    expect(again.summary?.action).toBe('unchanged');
    expect(summaries()[0].body).toContain('waiting for @acme/platform');
  });

  it('reads the pull request and the bot login for the CLI', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    expect(await readPullRequest(bot, { owner: 'acme', repo: 'infra', pullNumber: pr.number })).toMatchObject({
      number: pr.number,
      headSha: pr.head.sha,
      baseRepo: 'acme/infra',
      headRepo: 'acme/infra',
    });
    expect(await resolveBotLogin(bot, silentLogger)).toBe(BOT);
  });

  it('a stale patch makes GitHub answer 422: retried once without the off-diff comment, which goes to the summary', async () => {
    const cluster = (name: string) => taskDefinitionFile(HEAD1_CONTAINER).replace('name = "main"', `name = "${name}"`);
    const pr = openPullRequest({ [FILE]: cluster('renamed') });
    // main.ts listed the files, then a push reverted the line-52 change before publishing.
    const stale = await listPullRequestFiles(bot, { owner: 'acme', repo: 'infra', pullNumber: pr.number }, silentLogger);
    const head2 = emulator.commit({ branch: 'feature', files: { [FILE]: cluster('main') } });
    emulator.pushToPullRequest(pr.number, head2);
    const F8 = finding({ ruleId: 'ecs-cluster-exec-logging-disabled', file: FILE, startLine: 52, resource: 'aws_ecs_cluster.main' });
    const logger = memoryLogger();
    emulator.resetRequestLog();

    const result = await publishPullRequest(input(pr, report([F1, F8]), { files: stale.files, logger }));

    expect(emulator.requests.filter((r) => r.status === 422)).toHaveLength(1);
    expect(result.review).toMatchObject({ posted: 1, retriedAfter422: true });
    expect(result.review!.notCommented.map((f) => f.ruleId)).toEqual(['ecs-cluster-exec-logging-disabled']);
    expect(emulator.state.reviews).toHaveLength(1);
    expect(emulator.state.reviewComments.map((c) => c.line)).toEqual([7]);
    expect(emulator.state.reviews.some((r) => r.state === 'PENDING')).toBe(false);
    expect(summaries()[0].body).toContain('Findings on the diff without an inline comment');
    expect(summaries()[0].body).toContain('ecs-cluster-exec-logging-disabled');
    expect(logger.messages.some((m) => m.level === 'warning' && m.message.includes('rejected the review'))).toBe(true);
  });

  it('secondary rate limits are retried by the throttling plugin (writes spaced as GitHub asks)', async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const logger = memoryLogger();
    const throttled = createCliOctokit({ token: 'bot-token', baseUrl: emulator.url, logger, throttle: { retryAfterBaseValue: 10 } });
    emulator.injectSecondaryRateLimit(2, 1);
    emulator.resetRequestLog();

    const result = await publishPullRequest(input(pr, report([F1, F3]), { client: throttled, logger }));

    expect(emulator.requests.filter((r) => r.status === 403)).toHaveLength(2);
    expect(emulator.state.reviews).toHaveLength(1);
    expect(summaries()).toHaveLength(1);
    expect(emulator.state.statuses).toHaveLength(1);
    // Plugin retries happen inside one logical request.
    expect(result.writes).toBe(3);
    expect(logger.messages.filter((m) => m.message.includes('secondary rate limit'))).toHaveLength(2);
  }, 60_000);

  it("the action's getOctokit client (with the same plugins) satisfies GitHubClient", async () => {
    const pr = openPullRequest({ [FILE]: taskDefinitionFile(HEAD1_CONTAINER) });
    const actionClient: GitHubClient = getOctokit('bot-token', { baseUrl: emulator.url, throttle: { ...throttleOptions(silentLogger), enabled: false } }, throttling, retry);
    const result = await publishPullRequest(input(pr, report([F1, F3]), { client: actionClient, botLogin: undefined }));
    expect(result.review).toMatchObject({ posted: 1 });
    expect(emulator.state.reviews[0].user).toBe(BOT);
    expect(result.requests).toBe(emulator.requests.length);
  });
});
