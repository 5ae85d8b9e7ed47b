import { Octokit } from '@octokit/rest';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';

// Octokit logs every 4xx with console.error; these tests provoke many on purpose.
const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let emu: GitHubEmulator;
let bot: Octokit;
const repo = { owner: 'acme', repo: 'infra' };

beforeAll(async () => {
  emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  emu.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  emu.addCollaborator('dana');
  bot = new Octokit({ log, auth: 'bot-token', baseUrl: emu.url });
});

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  expect(emu.validationErrors).toEqual([]);
});

describe('issues', () => {
  it('creates an issue, auto-creating unknown labels, and finds it by label with state=all', async () => {
    const { data: issue } = await bot.rest.issues.create({ ...repo, title: 'Drift: aws_ecs_service.api', body: '<!-- fp:1 -->', labels: ['drift-guard'], assignees: ['dana'] });
    expect(issue.labels.map((l) => (typeof l === 'string' ? l : l.name))).toEqual(['drift-guard']);
    expect(issue.assignees?.map((a) => a.login)).toEqual(['dana']);
    const { data: label } = await bot.rest.issues.getLabel({ ...repo, name: 'drift-guard' });
    expect(label).toMatchObject({ name: 'drift-guard', color: 'ededed', default: false });

    const { data: closed } = await bot.rest.issues.update({ ...repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
    expect(closed).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(closed.closed_at).not.toBeNull();
    const { data: open } = await bot.rest.issues.listForRepo({ ...repo, labels: 'drift-guard' });
    expect(open).toHaveLength(0);
    const { data: all } = await bot.rest.issues.listForRepo({ ...repo, labels: 'drift-guard', state: 'all' });
    expect(all.map((i) => i.number)).toEqual([issue.number]);
    const { data: reopened } = await bot.rest.issues.update({ ...repo, issue_number: issue.number, state: 'open' });
    expect(reopened).toMatchObject({ state: 'open', state_reason: 'reopened', closed_at: null });
  });

  it('refuses an assignee who cannot be assigned and stores nothing', async () => {
    const issuesBefore = emu.state.issues.length;
    const labelsBefore = emu.state.labels.length;
    const error = await bot.rest.issues.create({ ...repo, title: 't', labels: ['brand-new'], assignees: ['dana', 'mallory'] }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      response: { data: { message: 'Validation Failed', errors: [{ value: 'mallory', resource: 'Issue', field: 'assignees', code: 'invalid' }] } },
    });
    expect(emu.state.issues).toHaveLength(issuesBefore);
    expect(emu.state.labels).toHaveLength(labelsBefore);
    await expect(bot.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'dana' })).resolves.toMatchObject({ status: 204 });
    await expect(bot.rest.issues.checkUserCanBeAssigned({ ...repo, assignee: 'mallory' })).rejects.toMatchObject({ status: 404 });
  });

  it('creates, edits and deletes issue comments, refusing bodies over 65536 characters', async () => {
    const { data: issue } = await bot.rest.issues.create({ ...repo, title: 'comments' });
    const { data: comment } = await bot.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'hello' });
    const { data: edited } = await bot.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'x'.repeat(65536) });
    expect(edited.body).toHaveLength(65536);
    await expect(bot.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'x'.repeat(65537) })).rejects.toMatchObject({ status: 422 });
    await expect(bot.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'y'.repeat(65537) })).rejects.toMatchObject({ status: 422 });
    await expect(bot.rest.issues.create({ ...repo, title: 'big', body: 'z'.repeat(65537) })).rejects.toMatchObject({ status: 422 });
    const { data: listed } = await bot.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(listed.map((c) => c.id)).toEqual([comment.id]);
    await bot.rest.issues.deleteComment({ ...repo, comment_id: comment.id });
    const { data: empty } = await bot.rest.issues.listComments({ ...repo, issue_number: issue.number });
    expect(empty).toEqual([]);
  });

  it('lists pull requests among issues, as GitHub does', async () => {
    emu.commit({ branch: 'f', files: { 'a.tf': 'x\n' } });
    const pull = emu.openPullRequest({ author: 'dana', headRef: 'f', labels: ['drift-guard'] });
    const { data } = await bot.rest.issues.listForRepo({ ...repo, labels: 'drift-guard', state: 'all' });
    const asIssue = data.find((i) => i.number === pull.number);
    expect(asIssue?.pull_request?.url).toBe(`${emu.url}/repos/acme/infra/pulls/${pull.number}`);
    // the summary comment of a PR is an issue comment on the same number
    const { data: comment } = await bot.rest.issues.createComment({ ...repo, issue_number: pull.number, body: 'summary' });
    expect(comment.html_url).toContain(`/pull/${pull.number}#issuecomment-`);
  });

  it('paginates with Link headers exactly like GitHub', async () => {
    for (let i = 0; i < 25; i++) await bot.rest.issues.create({ ...repo, title: `page ${i}`, labels: ['bulk'] });
    const first = await bot.rest.issues.listForRepo({ ...repo, labels: 'bulk', per_page: 10 });
    const base = `${emu.url}/repos/acme/infra/issues?labels=bulk&per_page=10`;
    expect(first.headers.link).toBe(`<${base}&page=2>; rel="next", <${base}&page=3>; rel="last"`);
    const second = await bot.rest.issues.listForRepo({ ...repo, labels: 'bulk', per_page: 10, page: 2 });
    const base2 = `${emu.url}/repos/acme/infra/issues?labels=bulk&per_page=10&page=`;
    expect(second.headers.link).toBe(`<${base2}1>; rel="prev", <${base2}3>; rel="next", <${base2}3>; rel="last", <${base2}1>; rel="first"`);
    const last = await bot.rest.issues.listForRepo({ ...repo, labels: 'bulk', per_page: 10, page: 3 });
    expect(last.data).toHaveLength(5);
    expect(last.headers.link).not.toContain('rel="next"');
    // per_page defaults to 30 and is capped at 100
    const all = await bot.rest.issues.listForRepo({ ...repo, labels: 'bulk', per_page: 500 });
    expect(all.data).toHaveLength(25);
    expect(all.headers.link).toBeUndefined();
    const paginated = await bot.paginate(bot.rest.issues.listForRepo, { ...repo, labels: 'bulk', per_page: 7 });
    expect(new Set(paginated.map((i) => i.title)).size).toBe(25);
  });

  it('paginates pull request files up to GitHub\'s 3000', async () => {
    emu.commit({ branch: 'huge', files: { 'x.tf': 'y\n' } });
    const files = Array.from({ length: 3005 }, (_, i) => ({ filename: `m/${i}.tf`, status: 'added' as const, patch: '@@ -0,0 +1 @@\n+x' }));
    const pull = emu.openPullRequest({ author: 'dana', headRef: 'huge', files });
    const first = await bot.rest.pulls.listFiles({ ...repo, pull_number: pull.number, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('page=30>; rel="last"');
    const listed = await bot.paginate(bot.rest.pulls.listFiles, { ...repo, pull_number: pull.number, per_page: 100 });
    expect(listed).toHaveLength(3000);
  });
});
