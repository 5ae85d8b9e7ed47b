// The emulator's single-commit and compare endpoints, driven by the real @octokit/rest client:
// what changed is computed from the commits' file snapshots, as GitHub computes it from git.
import { Octokit } from '@octokit/rest';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';

const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const repo = { owner: 'acme', repo: 'infra' };
const SERVICE = ['resource "aws_ecs_service" "app" {', '  name          = "app"', '  desired_count = 2', '}', ''].join('\n');
const SERVICE_SCALED = SERVICE.replace('desired_count = 2', 'desired_count = 4');
const SHARED = ['locals {', '  a = 1', '  b = 2', '  c = 3', '  d = 4', '}', ''].join('\n');

let emu: GitHubEmulator;
let octokit: Octokit;

beforeEach(async () => {
  emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  emu.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  emu.addCollaborator('alice');
  octokit = new Octokit({ log, auth: 'bot-token', baseUrl: emu.url, request: { retries: 0 } });
});

afterEach(async () => {
  const errors = [...emu.validationErrors];
  await emu.close();
  // Every request was one GitHub documents and every answer matched its schema.
  expect(errors).toEqual([]);
});

function compare(basehead: string, query: { page?: number; per_page?: number } = {}) {
  return octokit.rest.repos.compareCommitsWithBasehead({ ...repo, basehead, ...query });
}

describe('compare two commits', () => {
  let base: string;
  let first: string;
  let second: string;

  beforeEach(() => {
    base = emu.commit({ files: { 'modules/app/main.tf': SERVICE, 'modules/db/main.tf': 'db\n', 'modules/old/shared.tf': SHARED } });
    first = emu.commit({ branch: 'feature/scale', files: { 'modules/app/main.tf': SERVICE_SCALED }, author: 'alice', message: 'Scale app' });
    second = emu.commit({
      branch: 'feature/scale',
      files: { 'modules/db/main.tf': null, 'modules/app/outputs.tf': 'output "x" {}\n', 'modules/old/shared.tf': null, 'modules/new/shared.tf': SHARED },
      author: 'alice',
      message: 'Move shared, drop db',
    });
  });

  it('lists what head has since the merge base: status, counts, commits, files with patches', async () => {
    const { data } = await compare('main...feature/scale');
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
    expect(data.base_commit.sha).toBe(base);
    expect(data.merge_base_commit.sha).toBe(base);
    expect(data.commits.map((c) => [c.sha, c.commit.message, c.author?.login])).toEqual([
      [first, 'Scale app', 'alice'],
      [second, 'Move shared, drop db', 'alice'],
    ]);
    expect(data.files!.map((f) => ({ filename: f.filename, status: f.status, additions: f.additions, deletions: f.deletions, changes: f.changes, previous: f.previous_filename }))).toEqual([
      { filename: 'modules/app/main.tf', status: 'modified', additions: 1, deletions: 1, changes: 2, previous: undefined },
      { filename: 'modules/app/outputs.tf', status: 'added', additions: 1, deletions: 0, changes: 1, previous: undefined },
      { filename: 'modules/db/main.tf', status: 'removed', additions: 0, deletions: 1, changes: 1, previous: undefined },
      { filename: 'modules/new/shared.tf', status: 'renamed', additions: 0, deletions: 0, changes: 0, previous: 'modules/old/shared.tf' },
    ]);
    const modified = data.files!.find((f) => f.filename === 'modules/app/main.tf')!;
    expect(modified.patch).toBe(
      ['@@ -1,4 +1,4 @@', ' resource "aws_ecs_service" "app" {', '   name          = "app"', '-  desired_count = 2', '+  desired_count = 4', ' }'].join('\n'),
    );
    expect(data.files!.find((f) => f.filename === 'modules/db/main.tf')!.patch).toBe('@@ -1 +0,0 @@\n-db');
    // A pure rename carries no patch, as on GitHub.
    expect(data.files!.find((f) => f.status === 'renamed')!.patch).toBeUndefined();
    expect(modified.contents_url).toBe(`${emu.url}/repos/acme/infra/contents/modules/app/main.tf?ref=${second}`);
  });

  it('answers shas, abbreviated shas and USERNAME:branch like branch names', async () => {
    const { data } = await compare(`${base.slice(0, 7)}...acme:feature/scale`);
    expect(data).toMatchObject({ status: 'ahead', ahead_by: 2, total_commits: 2 });
    expect(data.commits.at(-1)!.sha).toBe(second);
    expect((await compare(`${base}...${first}`)).data.files!.map((f) => f.filename)).toEqual(['modules/app/main.tf']);
  });

  it('reports a head behind its base, and identical refs, with no files', async () => {
    const behind = (await compare(`${second}...${first}`)).data;
    expect(behind).toMatchObject({ status: 'behind', ahead_by: 0, behind_by: 1, total_commits: 0, commits: [], files: [] });
    expect(behind.merge_base_commit.sha).toBe(first);
    const identical = (await compare('feature/scale...feature/scale')).data;
    expect(identical).toMatchObject({ status: 'identical', ahead_by: 0, behind_by: 0, total_commits: 0, commits: [], files: [] });
  });

  it('compares diverged branches from their merge base (three dots): base-only changes are not listed', async () => {
    const moved = emu.commit({ files: { 'README.md': 'hello\n', 'modules/app/main.tf': SERVICE.replace('"app"', '"app2"') } });
    const { data } = await compare('main...feature/scale');
    expect(data).toMatchObject({ status: 'diverged', ahead_by: 2, behind_by: 1, total_commits: 2 });
    expect(data.base_commit.sha).toBe(moved);
    expect(data.merge_base_commit.sha).toBe(base);
    expect(data.files!.map((f) => f.filename)).not.toContain('README.md');
    expect(data.files!.find((f) => f.filename === 'modules/app/main.tf')!.patch).toContain('-  desired_count = 2');
  });

  it('detects a rename of an edited file and shows its patch', async () => {
    const edited = SHARED.replace('  b = 2', '  b = 20');
    emu.commit({ branch: 'rename', files: { 'modules/old/shared.tf': null, 'modules/renamed/shared.tf': edited } });
    const { data } = await compare('main...rename');
    expect(data.files).toHaveLength(1);
    expect(data.files![0]).toMatchObject({ filename: 'modules/renamed/shared.tf', previous_filename: 'modules/old/shared.tf', status: 'renamed', additions: 1, deletions: 1, changes: 2 });
    expect(data.files![0]!.patch).toContain('-  b = 2\n+  b = 20');
  });

  it('answers unknown refs and malformed baseheads with 404', async () => {
    await expect(compare('main...no-such-branch')).rejects.toMatchObject({ status: 404, response: { data: { message: 'Not Found' } } });
    await expect(compare('no-such-branch...main')).rejects.toMatchObject({ status: 404 });
    await expect(compare(`main...${'f'.repeat(40)}`)).rejects.toMatchObject({ status: 404 });
    await expect(compare('someone-else:main...main')).rejects.toMatchObject({ status: 404 });
    await expect(compare('main')).rejects.toMatchObject({ status: 404 });
    const orphan = emu.commit({ branch: 'orphan', parent: undefined, replace: true, files: { 'x.tf': 'x\n' } });
    // A branch commit with no shared history (seeded directly: commit() always has a parent).
    emu.state.commits[orphan]!.parents = [];
    await expect(compare('main...orphan')).rejects.toMatchObject({ status: 404, response: { data: { message: 'No common ancestor between main and orphan.' } } });
  });

  it('serves the diff media type', async () => {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: 'main...feature/scale', mediaType: { format: 'diff' } });
    const text = String(data);
    expect(text).toContain('diff --git a/modules/app/main.tf b/modules/app/main.tf\n--- a/modules/app/main.tf\n+++ b/modules/app/main.tf\n@@ -1,4 +1,4 @@');
    expect(text).toContain('--- a/modules/db/main.tf\n+++ /dev/null\n@@ -1 +0,0 @@\n-db');
  });
});

describe('compare limits and pagination', () => {
  it('lists at most 300 files for the whole comparison', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 305; i++) files[`generated/file-${String(i).padStart(3, '0')}.tf`] = `# ${i}\n`;
    emu.commit({ branch: 'many', files });
    const { data } = await compare('main...many');
    expect(data.files).toHaveLength(300);
    expect(data.files![299]!.filename).toBe('generated/file-299.tf');
    expect(data.ahead_by).toBe(1);
  });

  it('pages commits oldest first when asked, files on the first page only, with GitHub\'s Link header', async () => {
    const shas: string[] = [];
    for (let i = 0; i < 5; i++) shas.push(emu.commit({ branch: 'steps', files: { [`step-${i}.tf`]: `${i}\n` } }));
    const first = await compare('main...steps', { per_page: 2 });
    expect(first.data.commits.map((c) => c.sha)).toEqual(shas.slice(0, 2));
    expect(first.data.files).toHaveLength(5);
    expect(first.data.total_commits).toBe(5);
    expect(first.headers.link).toBe(
      `<${emu.url}/repos/acme/infra/compare/main...steps?per_page=2&page=2>; rel="next", <${emu.url}/repos/acme/infra/compare/main...steps?per_page=2&page=3>; rel="last"`,
    );
    const last = await compare('main...steps', { per_page: 2, page: 3 });
    expect(last.data.commits.map((c) => c.sha)).toEqual(shas.slice(4));
    expect(last.data.files).toBeUndefined();
    expect(last.data.total_commits).toBe(5);
  });

  it('without paging parameters lists the 250 most recent commits, ending with the head', async () => {
    const shas: string[] = [];
    for (let i = 0; i < 255; i++) shas.push(emu.commit({ branch: 'long', files: { 'counter.txt': `${i}\n` } }));
    const { data, headers } = await compare('main...long');
    expect(data.total_commits).toBe(255);
    expect(data.commits.map((c) => c.sha)).toEqual(shas.slice(5));
    expect(headers.link).toBeUndefined();
    expect(data.files).toEqual([expect.objectContaining({ filename: 'counter.txt', status: 'added', additions: 1 })]);
  });
});

describe('get a commit', () => {
  it('lists the files the commit changed against its parent, with stats', async () => {
    emu.commit({ files: { 'modules/app/main.tf': SERVICE, 'README.md': 'hi\n' } });
    const sha = emu.commit({ branch: 'feature', files: { 'modules/app/main.tf': SERVICE_SCALED, 'README.md': null, 'docs/usage.md': 'a\nb\n' } });
    const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: 'feature' });
    expect(data.sha).toBe(sha);
    expect(data.files!.map((f) => [f.filename, f.status, f.additions, f.deletions, f.changes])).toEqual([
      ['README.md', 'removed', 0, 1, 1],
      ['docs/usage.md', 'added', 2, 0, 2],
      ['modules/app/main.tf', 'modified', 1, 1, 2],
    ]);
    expect(data.files![1]!.patch).toBe('@@ -0,0 +1,2 @@\n+a\n+b');
    expect(data.stats).toEqual({ additions: 3, deletions: 2, total: 5 });
    expect(data.files![2]!.blob_url).toBe(`https://github.com/acme/infra/blob/${sha}/modules/app/main.tf`);
  });

  it('shows a root commit against nothing: the empty initial commit has no files, a root with files adds them', async () => {
    const root = emu.state.branches['main']!;
    const { data } = await octokit.rest.repos.getCommit({ ...repo, ref: root });
    expect(data.files).toEqual([]);
    expect(data.stats).toEqual({ additions: 0, deletions: 0, total: 0 });
    const rootWithFiles = emu.commit({ branch: 'fresh', replace: true, files: { 'a.tf': 'a\n' } });
    emu.state.commits[rootWithFiles]!.parents = [];
    const fresh = (await octokit.rest.repos.getCommit({ ...repo, ref: rootWithFiles })).data;
    expect(fresh.files!.map((f) => [f.filename, f.status])).toEqual([['a.tf', 'added']]);
  });

  it('pages files 300 at a time with a Link header', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 305; i++) files[`generated/file-${String(i).padStart(3, '0')}.tf`] = `# ${i}\n`;
    const sha = emu.commit({ files });
    const first = await octokit.rest.repos.getCommit({ ...repo, ref: sha });
    expect(first.data.files).toHaveLength(300);
    expect(first.data.stats).toEqual({ additions: 305, deletions: 0, total: 305 });
    expect(first.headers.link).toContain('rel="next"');
    const second = await octokit.rest.repos.getCommit({ ...repo, ref: sha, page: 2 });
    expect(second.data.files!.map((f) => f.filename)).toEqual(['generated/file-300.tf', 'generated/file-301.tf', 'generated/file-302.tf', 'generated/file-303.tf', 'generated/file-304.tf']);
    expect(second.data.sha).toBe(sha);
  });

  it('answers an unknown ref with 422 as GitHub does', async () => {
    await expect(octokit.rest.repos.getCommit({ ...repo, ref: 'no-such-ref' })).rejects.toMatchObject({ status: 422, response: { data: { message: 'No commit found for SHA: no-such-ref' } } });
  });
});
