import { Octokit } from '@octokit/rest';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';
import { pullRequestEvent, pullRequestReviewEvent } from '../../test-support/github/webhook-events.js';

const MAIN_TF = ['resource "aws_ecs_service" "api" {', '  name = "api"', '  desired_count = 2', '}', ''].join('\n');
const HEAD_TF = ['resource "aws_ecs_service" "api" {', '  name = "api"', '  desired_count = 3', '  enable_execute_command = true', '}', ''].join('\n');

// Octokit logs every 4xx with console.error; these tests provoke many on purpose.
const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let emu: GitHubEmulator;
let bot: Octokit;
let alice: Octokit;
let pullNumber: number;
let headSha: string;

function client(token: string): Octokit {
  return new Octokit({ log, auth: token, baseUrl: emu.url, request: { retries: 0 } });
}

beforeAll(async () => {
  emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  emu.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  emu.addToken('alice-token', { login: 'alice', permissions: 'write', type: 'User' });
  emu.addToken('carol-token', { login: 'carol', permissions: 'write', type: 'User' });
  emu.addCollaborator('alice');
  emu.addCollaborator('carol');
  emu.commit({ files: { 'modules/api/main.tf': MAIN_TF, 'README.md': 'hello\n' } });
  headSha = emu.commit({ branch: 'feature', files: { 'modules/api/main.tf': HEAD_TF }, author: 'alice' });
  pullNumber = emu.openPullRequest({ author: 'alice', headRef: 'feature', title: 'Scale api' }).number;
  bot = client('bot-token');
  alice = client('alice-token');
});

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  // Every request the real client sent was one GitHub documents, and every answer matched its schema.
  expect(emu.validationErrors).toEqual([]);
});

const repo = { owner: 'acme', repo: 'infra' };

describe('pull request reads', () => {
  it('serves the pull request, its computed files and commits', async () => {
    const { data: pull } = await bot.rest.pulls.get({ ...repo, pull_number: pullNumber });
    expect(pull.head.sha).toBe(headSha);
    expect(pull.head.repo?.fork).toBe(false);
    expect(pull.user.login).toBe('alice');
    const { data: files } = await bot.rest.pulls.listFiles({ ...repo, pull_number: pullNumber });
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ filename: 'modules/api/main.tf', status: 'modified', additions: 2, deletions: 1 });
    expect(files[0]!.patch).toBe(
      ['@@ -1,4 +1,5 @@', ' resource "aws_ecs_service" "api" {', '   name = "api"', '-  desired_count = 2', '+  desired_count = 3', '+  enable_execute_command = true', ' }'].join('\n'),
    );
    const { data: commits } = await bot.rest.pulls.listCommits({ ...repo, pull_number: pullNumber });
    expect(commits.map((c) => c.sha)).toEqual([headSha]);
  });

  it('serves file contents at a ref', async () => {
    const { data } = await bot.rest.repos.getContent({ ...repo, path: 'modules/api/main.tf', ref: headSha });
    expect(Array.isArray(data)).toBe(false);
    if (Array.isArray(data) || data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(data.content, 'base64').toString('utf8')).toBe(HEAD_TF);
    const { data: atMain } = await bot.rest.repos.getContent({ ...repo, path: 'modules/api/main.tf' });
    if (Array.isArray(atMain) || atMain.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(atMain.content, 'base64').toString('utf8')).toBe(MAIN_TF);
    await expect(bot.rest.repos.getContent({ ...repo, path: '.github/CODEOWNERS' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('reviews', () => {
  it('stores a review whose comments sit on diff lines', async () => {
    const { data: review } = await bot.rest.pulls.createReview({
      ...repo,
      pull_number: pullNumber,
      commit_id: headSha,
      event: 'COMMENT',
      body: 'drift-guard found 2 issues',
      comments: [
        { path: 'modules/api/main.tf', line: 4, side: 'RIGHT', body: 'exec enabled' },
        { path: 'modules/api/main.tf', line: 3, side: 'LEFT', body: 'old count' },
        { path: 'modules/api/main.tf', start_line: 3, line: 4, body: 'multi-line' },
      ],
    });
    expect(review.state).toBe('COMMENTED');
    expect(review.submitted_at).toBeDefined();
    const { data: comments } = await bot.rest.pulls.listCommentsForReview({ ...repo, pull_number: pullNumber, review_id: review.id });
    expect(comments.map((c) => [c.line, c.side, c.body])).toEqual([
      [4, 'RIGHT', 'exec enabled'],
      [3, 'LEFT', 'old count'],
      [4, 'RIGHT', 'multi-line'],
    ]);
    const { data: all } = await bot.rest.pulls.listReviewComments({ ...repo, pull_number: pullNumber });
    expect(all).toHaveLength(3);
    expect(all[0]!.diff_hunk.split('\n').pop()).toBe('+  enable_execute_command = true');
    expect(all[2]!.start_line).toBe(3);
  });

  it('rejects a whole review when one comment is off the diff, storing nothing', async () => {
    const reviewsBefore = emu.state.reviews.length;
    const commentsBefore = emu.state.reviewComments.length;
    const error = await bot.rest.pulls
      .createReview({
        ...repo,
        pull_number: pullNumber,
        event: 'COMMENT',
        body: 'x',
        comments: [
          { path: 'modules/api/main.tf', line: 4, body: 'fine' },
          // README.md is not part of the pull request, line 40 of main.tf is outside any hunk
          { path: 'modules/api/main.tf', line: 40, body: 'off the diff' },
        ],
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422, response: { data: { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] } } });
    // LEFT side of an added line is not commentable either
    await expect(
      bot.rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'COMMENT', body: 'x', comments: [{ path: 'modules/api/main.tf', line: 5, side: 'LEFT', body: 'no' }] }),
    ).rejects.toMatchObject({ status: 422 });
    await expect(
      bot.rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'COMMENT', body: 'x', comments: [{ path: 'README.md', line: 1, body: 'no' }] }),
    ).rejects.toMatchObject({ status: 422, response: { data: { errors: ['Path could not be resolved'] } } });
    expect(emu.state.reviews).toHaveLength(reviewsBefore);
    expect(emu.state.reviewComments).toHaveLength(commentsBefore);
  });

  it('refuses a second pending review by the same user', async () => {
    const { data: pending } = await bot.rest.pulls.createReview({ ...repo, pull_number: pullNumber, comments: [{ path: 'modules/api/main.tf', line: 2, body: 'draft' }] });
    expect(pending.state).toBe('PENDING');
    expect(pending.submitted_at).toBeUndefined();
    await expect(bot.rest.pulls.createReview({ ...repo, pull_number: pullNumber })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: ['User can only have one pending review per pull request'] } },
    });
    // another user does not see it, and may have their own
    const { data: carolView } = await client('carol-token').rest.pulls.listReviews({ ...repo, pull_number: pullNumber });
    expect(carolView.some((r) => r.id === pending.id)).toBe(false);
    const { data: submitted } = await bot.rest.pulls.submitReview({ ...repo, pull_number: pullNumber, review_id: pending.id, event: 'COMMENT', body: 'done' });
    expect(submitted.state).toBe('COMMENTED');
  });

  it('approves, refuses self-approval, and dismisses', async () => {
    await expect(alice.rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'APPROVE' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: ['Can not approve your own pull request'] } },
    });
    const carol = client('carol-token');
    const { data: approval } = await carol.rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'APPROVE' });
    expect(approval).toMatchObject({ state: 'APPROVED', commit_id: headSha });
    const { data: dismissed } = await bot.rest.pulls.dismissReview({ ...repo, pull_number: pullNumber, review_id: approval.id, message: 'new commits' });
    expect(dismissed.state).toBe('DISMISSED');
  });

  it('edits, replies to and deletes review comments', async () => {
    const { data: created } = await bot.rest.pulls.createReviewComment({ ...repo, pull_number: pullNumber, commit_id: headSha, path: 'modules/api/main.tf', line: 3, body: 'first' });
    const { data: reply } = await alice.rest.pulls.createReplyForReviewComment({ ...repo, pull_number: pullNumber, comment_id: created.id, body: 'ack' });
    expect(reply.in_reply_to_id).toBe(created.id);
    const { data: updated } = await bot.rest.pulls.updateReviewComment({ ...repo, comment_id: created.id, body: 'edited' });
    expect(updated.body).toBe('edited');
    await bot.rest.pulls.deleteReviewComment({ ...repo, comment_id: created.id });
    await expect(bot.rest.pulls.getReviewComment({ ...repo, comment_id: created.id })).rejects.toMatchObject({ status: 404 });
  });

  it('marks comments outdated when a push moves their line out of the diff', async () => {
    const { data: c } = await bot.rest.pulls.createReviewComment({ ...repo, pull_number: pullNumber, commit_id: headSha, path: 'modules/api/main.tf', line: 4, body: 'exec' });
    const fixed = emu.commit({ branch: 'feature', files: { 'modules/api/main.tf': HEAD_TF.replace('  enable_execute_command = true\n', '') } });
    emu.pushToPullRequest(pullNumber, fixed);
    const { data: after } = await bot.rest.pulls.getReviewComment({ ...repo, comment_id: c.id });
    // GitHub sends null; the emulator omits them (see renderReviewComment)
    expect(after.line ?? null).toBeNull();
    expect(after.position ?? null).toBeNull();
    expect(after.original_line).toBe(4);
  });

  it('requests user and team reviewers, only collaborators', async () => {
    emu.addTeam('platform', { members: ['carol'] });
    const { data } = await bot.rest.pulls.requestReviewers({ ...repo, pull_number: pullNumber, reviewers: ['carol'], team_reviewers: ['platform'] });
    expect(data.requested_reviewers?.map((u) => u.login)).toEqual(['carol']);
    expect(data.requested_teams?.map((t) => t.slug)).toEqual(['platform']);
    await expect(bot.rest.pulls.requestReviewers({ ...repo, pull_number: pullNumber, reviewers: ['stranger'] })).rejects.toMatchObject({ status: 422 });
    await expect(bot.rest.pulls.requestReviewers({ ...repo, pull_number: pullNumber, reviewers: ['alice'] })).rejects.toMatchObject({ status: 422 });
    const { data: listed } = await bot.rest.pulls.listRequestedReviewers({ ...repo, pull_number: pullNumber });
    expect(listed.teams.map((t) => t.slug)).toEqual(['platform']);
  });
});

describe('fork pull requests', () => {
  it('serve the fork as head.repo and resolve refs/pull/N/head', async () => {
    const forkHead = emu.commit({ branch: 'mallory-patch', files: { 'modules/api/main.tf': HEAD_TF.replace('api', 'evil') }, author: 'mallory' });
    const fork = emu.openPullRequest({ author: 'mallory', headRef: 'mallory-patch', fork: { owner: 'mallory' } });
    const { data } = await bot.rest.pulls.get({ ...repo, pull_number: fork.number });
    expect(data.head.repo).toMatchObject({ fork: true, full_name: 'mallory/infra', owner: { login: 'mallory' } });
    expect(data.base.repo.full_name).toBe('acme/infra');
    expect(data.head.label).toBe('mallory:mallory-patch');
    const { data: content } = await bot.rest.repos.getContent({ ...repo, path: 'modules/api/main.tf', ref: `refs/pull/${fork.number}/head` });
    expect(Array.isArray(content) ? undefined : content.sha).toBeDefined();
    expect(emu.state.commits[forkHead]).toBeDefined();
  });
});

describe('webhook payloads and collaborators', () => {
  it('builds the pull_request event from the same state the API serves', async () => {
    const event = pullRequestEvent(emu, pullNumber, 'synchronize');
    const { data: pull } = await bot.rest.pulls.get({ ...repo, pull_number: pullNumber });
    expect(event).toMatchObject({ action: 'synchronize', number: pullNumber, repository: { full_name: 'acme/infra' }, sender: { login: 'alice' } });
    expect((event['pull_request'] as { head: { sha: string } }).head.sha).toBe(pull.head.sha);
    const carol = client('carol-token');
    const { data: approval } = await carol.rest.pulls.createReview({ ...repo, pull_number: pullNumber, event: 'APPROVE' });
    expect(pullRequestReviewEvent(emu, pullNumber, approval.id)).toMatchObject({ action: 'submitted', review: { id: approval.id, state: 'approved' }, sender: { login: 'carol' } });
  });

  it('reports collaborator permission levels', async () => {
    emu.addCollaborator('triager', 'triage');
    const { data: carol } = await bot.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'carol' });
    expect(carol).toMatchObject({ permission: 'write', role_name: 'write' });
    const { data: triager } = await bot.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'triager' });
    expect(triager).toMatchObject({ permission: 'read', role_name: 'triage' });
    await expect(bot.rest.repos.checkCollaborator({ ...repo, username: 'nobody' })).rejects.toMatchObject({ status: 404 });
  });

  it('closes a pull request through pulls.update', async () => {
    emu.commit({ branch: 'tmp', files: { 'tmp.tf': 'x\n' } });
    const tmp = emu.openPullRequest({ author: 'carol', headRef: 'tmp' });
    const { data } = await bot.rest.pulls.update({ ...repo, pull_number: tmp.number, state: 'closed' });
    expect(data.state).toBe('closed');
    const { data: asIssue } = await bot.rest.issues.get({ ...repo, issue_number: tmp.number });
    expect(asIssue.state).toBe('closed');
  });
});
