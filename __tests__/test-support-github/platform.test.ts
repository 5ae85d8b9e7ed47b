import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';
import { getOctokit } from '@actions/github';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';

// Octokit logs every 4xx with console.error; these tests provoke many on purpose.
const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let emu: GitHubEmulator;
let bot: Octokit;
let headSha: string;
const repo = { owner: 'acme', repo: 'infra' };

beforeAll(async () => {
  emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  emu.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  emu.addToken('fork-token', { login: 'github-actions[bot]', permissions: 'read' });
  emu.addToken('owners-token', { login: 'owner-reader', permissions: 'read', canReadOrgTeams: true, type: 'User' });
  emu.addToken('pat-token', { login: 'erin', permissions: 'write', type: 'User' });
  emu.addTeam('platform', { members: ['carol', 'dave'] });
  headSha = emu.commit({ files: { '.github/CODEOWNERS': '* @acme/platform\n' } });
  bot = new Octokit({ log, auth: 'bot-token', baseUrl: emu.url, request: { retries: 0 } });
});

afterAll(async () => {
  await emu.close();
});

afterEach(() => {
  expect(emu.validationErrors).toEqual([]);
});

describe('auth and permissions', () => {
  it('refuses writes with a read-only token with GitHub\'s message, allowing reads', async () => {
    const fork = new Octokit({ log, auth: 'fork-token', baseUrl: emu.url });
    await expect(fork.rest.repos.getContent({ ...repo, path: '.github/CODEOWNERS' })).resolves.toMatchObject({ status: 200 });
    const before = emu.state.statuses.length;
    const error = await fork.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'drift-guard/policy' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 403, response: { data: { message: 'Resource not accessible by integration' } } });
    expect(emu.state.statuses).toHaveLength(before);
    await expect(fork.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 403 });
    expect(emu.requests.filter((r) => r.write && r.status === 403)).toHaveLength(2);
  });

  it('answers unknown tokens with 401 and unknown routes with 404 in GitHub\'s error shape', async () => {
    const stranger = new Octokit({ log, auth: 'nope', baseUrl: emu.url });
    await expect(stranger.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 401, response: { data: { message: 'Bad credentials' } } });
    const error = await bot.request('GET /repos/{owner}/{repo}/no-such-thing', repo).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, response: { data: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } } });
    await expect(bot.rest.pulls.get({ owner: 'acme', repo: 'other', pull_number: 1 })).rejects.toMatchObject({ status: 404 });
    const { data: me } = await bot.rest.users.getAuthenticated();
    expect(me).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
  });

  it('answers anonymous writes with 401 and unparsable JSON with 400', async () => {
    const anonymous = new Octokit({ log, baseUrl: emu.url });
    await expect(anonymous.rest.issues.create({ ...repo, title: 'x' })).rejects.toMatchObject({ status: 401, response: { data: { message: 'Requires authentication' } } });
    const response = await fetch(`${emu.url}/repos/acme/infra/issues`, { method: 'POST', body: '{"title":', headers: { authorization: 'token bot-token' } });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });

  it('creates labels once', async () => {
    const { data } = await bot.rest.issues.createLabel({ ...repo, name: 'drift-guard', color: 'B60205', description: 'Drift found by drift-guard' });
    expect(data).toMatchObject({ name: 'drift-guard', color: 'b60205', default: false });
    await expect(bot.rest.issues.createLabel({ ...repo, name: 'Drift-Guard', color: 'ffffff' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
    });
  });

  it('hides org team members from a token that cannot read org teams', async () => {
    await expect(bot.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'platform' })).rejects.toMatchObject({
      status: 403,
      response: { data: { message: 'Resource not accessible by integration' } },
    });
    const pat = new Octokit({ log, auth: 'pat-token', baseUrl: emu.url });
    await expect(pat.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'platform' })).rejects.toMatchObject({ status: 404 });
    const owners = new Octokit({ log, auth: 'owners-token', baseUrl: emu.url });
    const { data } = await owners.rest.teams.listMembersInOrg({ org: 'acme', team_slug: 'platform' });
    expect(data.map((u) => u.login)).toEqual(['carol', 'dave']);
  });
});

// Typed routes would not let a test send what GitHub refuses; a plain string route does.
function untyped(client: Octokit, route: string, params: Record<string, unknown>) {
  return client.request(route, params);
}

describe('schema validation', () => {
  afterEach(() => {
    emu.validationErrors.length = 0;
  });

  it('answers a malformed request body with 422 and records it', async () => {
    const error = await untyped(bot, 'POST /repos/{owner}/{repo}/issues', { ...repo, title: 'x', labels: 'drift-guard' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 422 });
    expect(emu.validationErrors).toEqual([
      expect.objectContaining({ kind: 'request', operationId: 'issues/create', violations: [{ location: 'body/labels', message: 'must be array {"type":"array"}' }] }),
    ]);
    expect(emu.state.issues).toHaveLength(0);
  });

  it('refuses a bad enum in a query or body', async () => {
    await expect(untyped(bot, 'GET /repos/{owner}/{repo}/issues', { ...repo, state: 'everything' })).rejects.toMatchObject({ status: 422 });
    await expect(untyped(bot, 'POST /repos/{owner}/{repo}/statuses/{sha}', { ...repo, sha: headSha, state: 'green' })).rejects.toMatchObject({ status: 422 });
    expect(emu.validationErrors.map((e) => e.operationId)).toEqual(['issues/list-for-repo', 'repos/create-commit-status']);
  });

  it('fails loudly (500, recorded) when the emulator itself would answer off-schema', async () => {
    const { data: issue } = await bot.rest.issues.create({ ...repo, title: 'to corrupt' });
    emu.state.issues.find((i) => i.number === issue.number)!.createdAt = 'yesterday';
    const consoleError = console.error;
    const printed: string[] = [];
    console.error = (message: string) => printed.push(message);
    try {
      await expect(bot.rest.issues.get({ ...repo, issue_number: issue.number })).rejects.toMatchObject({ status: 500 });
    } finally {
      console.error = consoleError;
    }
    expect(printed.join('\n')).toContain('invalid issues/get 200 response');
    expect(emu.validationErrors).toEqual([
      expect.objectContaining({ kind: 'response', operationId: 'issues/get', violations: [expect.objectContaining({ location: 'response/created_at' })] }),
    ]);
  });

  it('records documented routes the emulator does not implement', async () => {
    await expect(bot.rest.repos.listForks(repo)).rejects.toMatchObject({ status: 404 });
    expect(emu.validationErrors).toEqual([expect.objectContaining({ kind: 'unimplemented', operationId: 'repos/list-forks' })]);
  });
});

describe('statuses and check runs', () => {
  it('combines the latest status per context', async () => {
    await bot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'pending', context: 'drift-guard/owner-approval' });
    await bot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'drift-guard/policy', description: 'no findings' });
    let combined = (await bot.rest.repos.getCombinedStatusForRef({ ...repo, ref: headSha })).data;
    expect(combined.state).toBe('pending');
    await bot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'drift-guard/owner-approval' });
    combined = (await bot.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data;
    expect(combined).toMatchObject({ state: 'success', total_count: 2, sha: headSha });
    const { data: list } = await bot.rest.repos.listCommitStatusesForRef({ ...repo, ref: headSha });
    expect(list.map((s) => s.state)).toEqual(['success', 'success', 'pending']);
    await expect(bot.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', description: 'd'.repeat(141) })).rejects.toMatchObject({ status: 422 });
  });

  it('creates check runs with at most 50 annotations per request', async () => {
    const annotation = (i: number) => ({ path: 'main.tf', start_line: i + 1, end_line: i + 1, annotation_level: 'warning' as const, message: `m${i}` });
    const { data: run } = await bot.rest.checks.create({
      ...repo,
      name: 'drift-guard',
      head_sha: headSha,
      status: 'in_progress',
      output: { title: 't', summary: 's', annotations: Array.from({ length: 50 }, (_, i) => annotation(i)) },
    });
    await expect(
      bot.rest.checks.update({ ...repo, check_run_id: run.id, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } }),
    ).rejects.toMatchObject({ status: 422 });
    // the request schemas themselves say maxItems 50, so these are recorded as off-spec requests
    expect(emu.validationErrors.splice(0)).toEqual([expect.objectContaining({ kind: 'request', operationId: 'checks/update' })]);
    await expect(
      bot.rest.checks.create({ ...repo, name: 'too many', head_sha: headSha, output: { title: 't', summary: 's', annotations: Array.from({ length: 51 }, (_, i) => annotation(i)) } }),
    ).rejects.toMatchObject({ status: 422 });
    expect(emu.validationErrors.splice(0)).toEqual([expect.objectContaining({ kind: 'request', operationId: 'checks/create' })]);
    const { data: done } = await bot.rest.checks.update({ ...repo, check_run_id: run.id, conclusion: 'neutral', output: { title: 't', summary: 's', annotations: [annotation(60)] } });
    expect(done).toMatchObject({ status: 'completed', conclusion: 'neutral', output: { annotations_count: 51 } });
    const { data: forRef } = await bot.rest.checks.listForRef({ ...repo, ref: headSha });
    expect(forRef.check_runs.map((r) => r.id)).toEqual([run.id]);
    // a personal access token is not a GitHub App
    const pat = new Octokit({ log, auth: 'pat-token', baseUrl: emu.url });
    await expect(pat.rest.checks.create({ ...repo, name: 'x', head_sha: headSha })).rejects.toMatchObject({ status: 403 });
  });
});

describe('secondary rate limits', () => {
  it('are retried by @octokit/plugin-throttling after retry-after', async () => {
    const Throttled = Octokit.plugin(throttling, retry);
    const seen: number[] = [];
    const client = new Throttled({
      log,
      auth: 'bot-token',
      baseUrl: emu.url,
      throttle: {
        onSecondaryRateLimit: (retryAfter: number, _options: unknown, _octokit: unknown, retryCount: number) => {
          seen.push(retryAfter);
          return retryCount < 3;
        },
        onRateLimit: () => false,
        // retry-after is in seconds; scale it down so the test waits milliseconds
        retryAfterBaseValue: 10,
      },
    });
    emu.resetRequestLog();
    emu.injectSecondaryRateLimit(2, 1);
    // a status write: the throttling plugin spaces notification-triggering writes (issues) 3 s apart
    const { data } = await client.rest.repos.createCommitStatus({ ...repo, sha: headSha, state: 'success', context: 'after-a-secondary-limit' });
    expect(data.context).toBe('after-a-secondary-limit');
    expect(seen).toEqual([1, 1]);
    expect(emu.requests.map((r) => r.status)).toEqual([403, 403, 201]);
    expect(emu.state.statuses.filter((s) => s.context === 'after-a-secondary-limit')).toHaveLength(1);
  });
});

describe('@actions/github', () => {
  it('getOctokit talks to the emulator through baseUrl', async () => {
    const octokit = getOctokit('bot-token', { baseUrl: emu.url });
    const { data } = await octokit.rest.repos.get(repo);
    expect(data).toMatchObject({ full_name: 'acme/infra', default_branch: 'main' });
  });
});
