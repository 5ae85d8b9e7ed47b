// The emulator's Git Data API and "Create a pull request", driven by the real @octokit/rest client:
// a branch written without a clone (blob, tree on a base tree, commit, ref) and the documented
// refusals (docs.github.com/rest/git/refs, /rest/git/trees, /rest/pulls/pulls#create-a-pull-request).
import { Octokit } from '@octokit/rest';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';

const log = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const repo = { owner: 'acme', repo: 'infra' };

let emu: GitHubEmulator;
let octokit: Octokit;

beforeEach(async () => {
  emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  emu.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  emu.addToken('read-token', { login: 'github-actions[bot]', permissions: 'read' });
  emu.commit({ files: { 'README.md': '# infra\n', 'old/a.tf': 'a\n' } });
  octokit = new Octokit({ log, auth: 'bot-token', baseUrl: emu.url, request: { retries: 0 } });
});

afterEach(async () => {
  const errors = [...emu.validationErrors];
  await emu.close();
  expect(errors).toEqual([]);
});

async function status(promise: Promise<unknown>): Promise<{ status: number; message: string }> {
  try {
    await promise;
    return { status: 0, message: '' };
  } catch (e) {
    const err = e as { status: number; response?: { data?: unknown } };
    return { status: err.status, message: JSON.stringify(err.response?.data) };
  }
}

/** A commit on top of `parent` with `files` written (content or blob sha) and `deleted` removed. */
async function commitOn(parent: string, entries: Array<{ path: string; content?: string; sha?: string | null }>, message = 'Write') {
  const { data: parentCommit } = await octokit.rest.git.getCommit({ ...repo, commit_sha: parent });
  const { data: tree } = await octokit.rest.git.createTree({ ...repo, base_tree: parentCommit.tree.sha, tree: entries.map((e) => ({ mode: '100644' as const, type: 'blob' as const, ...e })) });
  const { data: commit } = await octokit.rest.git.createCommit({ ...repo, message, tree: tree.sha, parents: [parent] });
  return { tree, commit, parentTree: parentCommit.tree.sha };
}

test('blob, tree on the base tree, commit and a new branch: the branch holds the base files plus the new ones', async () => {
  const main = (await octokit.rest.git.getRef({ ...repo, ref: 'heads/main' })).data.object.sha;
  const { data: blob } = await octokit.rest.git.createBlob({ ...repo, content: Buffer.from('x = 1\n').toString('base64'), encoding: 'base64' });
  const { commit, tree } = await commitOn(main, [{ path: 'new/main.tf', sha: blob.sha }, { path: 'new/b.tf', content: 'b\n' }, { path: 'old/a.tf', sha: null }]);
  expect(tree.tree.map((e) => `${e.type} ${e.path}`)).toEqual(['blob README.md', 'tree new']);
  expect(commit.parents.map((p) => p.sha)).toEqual([main]);
  const { data: ref } = await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/drift-guard/import-x', sha: commit.sha });
  expect(ref).toMatchObject({ ref: 'refs/heads/drift-guard/import-x', object: { sha: commit.sha, type: 'commit' } });
  expect(emu.state.commits[emu.state.branches['drift-guard/import-x']!]!.files).toEqual({ 'README.md': '# infra\n', 'new/main.tf': 'x = 1\n', 'new/b.tf': 'b\n' });
  // The same content makes the same tree: a client can tell "nothing changed" without a commit.
  const again = await commitOn(commit.sha, [{ path: 'new/b.tf', content: 'b\n' }]);
  expect(again.tree.sha).toBe(again.parentTree);
});

test('refusals: a ref that exists, an update that is not a fast forward, deleting a missing file, a read-only token', async () => {
  const main = emu.state.branches.main!;
  const { commit: first } = await commitOn(main, [{ path: 'f.tf', content: '1\n' }]);
  await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: first.sha });
  expect(await status(octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/x', sha: first.sha }))).toMatchObject({ status: 422, message: expect.stringContaining('Reference already exists') });
  const { commit: sibling } = await commitOn(main, [{ path: 'f.tf', content: '2\n' }]);
  expect(await status(octokit.rest.git.updateRef({ ...repo, ref: 'heads/x', sha: sibling.sha }))).toMatchObject({ status: 422, message: expect.stringContaining('Update is not a fast forward') });
  expect((await octokit.rest.git.updateRef({ ...repo, ref: 'heads/x', sha: sibling.sha, force: true })).data.object.sha).toBe(sibling.sha);
  expect(await status(commitOn(main, [{ path: 'missing.tf', sha: null }]))).toMatchObject({ status: 422 });
  const reader = new Octokit({ log, auth: 'read-token', baseUrl: emu.url, request: { retries: 0 } });
  expect(await status(reader.rest.git.createTree({ ...repo, tree: [{ path: 'a', mode: '100644', type: 'blob', content: 'a' }] }))).toMatchObject({ status: 403, message: expect.stringContaining('Resource not accessible by integration') });
});

test('pulls.create: opens once; a second for the same head and base is refused; a push through update-ref moves its head', async () => {
  const main = emu.state.branches.main!;
  const { commit } = await commitOn(main, [{ path: 'f.tf', content: '1\n' }]);
  await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/feature', sha: commit.sha });
  const { data: pull } = await octokit.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'Import', body: 'marker' });
  expect(pull).toMatchObject({ number: 1, state: 'open', head: { ref: 'feature', sha: commit.sha }, base: { ref: 'main' }, user: { login: 'github-actions[bot]' } });
  expect(await status(octokit.rest.pulls.create({ ...repo, head: 'acme:feature', base: 'main', title: 'Again' }))).toMatchObject({ status: 422, message: expect.stringContaining('A pull request already exists for acme:feature.') });
  expect((await octokit.rest.pulls.list({ ...repo, head: 'acme:feature', state: 'open' })).data.map((p) => p.number)).toEqual([1]);
  const { commit: next } = await commitOn(commit.sha, [{ path: 'f.tf', content: '2\n' }]);
  await octokit.rest.git.updateRef({ ...repo, ref: 'heads/feature', sha: next.sha });
  const { data: moved } = await octokit.rest.pulls.get({ ...repo, pull_number: 1 });
  expect(moved.head.sha).toBe(next.sha);
  expect((await octokit.rest.pulls.listCommits({ ...repo, pull_number: 1 })).data.map((c) => c.sha)).toEqual([commit.sha, next.sha]);
  await octokit.rest.git.createRef({ ...repo, ref: 'refs/heads/same', sha: main });
  expect(await status(octokit.rest.pulls.create({ ...repo, head: 'same', base: 'main', title: 'Empty' }))).toMatchObject({ status: 422, message: expect.stringContaining('No commits between main and same') });
});
