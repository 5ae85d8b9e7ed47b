// The Git Data API (blobs, trees, commits, refs) and opening a pull request: how a client writes
// files to a branch without a clone. Shapes from @octokit/openapi (`git/create-blob`,
// `git/create-tree`, `git/create-commit`, `git/get-commit`, `git/create-ref`, `git/update-ref`,
// `pulls/create`); behaviour from the REST docs (docs.github.com/rest/git/*, /rest/pulls/pulls):
// a tree is built on `base_tree`, a `sha: null` entry deletes a path ("Returns an error if you try
// to delete a file that does not exist"), a ref update must be a fast-forward unless `force`.
import { ancestors } from './commit-history.js';
import { movePullHead, openPullRecord } from './pull-records.js';
import { nodeId, renderPull, renderUser, repoApi, repoPath } from './representations.js';
import { checkBodyLength, fail, notFound, now, requireActor, validationFailed, type Handler, type JsonObject, type RequestContext } from './request-context.js';
import { commitSha, gitBlobSha, resolveTree, treeSha, type GitHubState } from './state.js';

function gitCommit(ctx: RequestContext, sha: string): JsonObject {
  const commit = ctx.state.commits[sha]!;
  const person = { name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.date };
  const tree = treeSha(commit.files);
  return {
    sha,
    node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
    url: `${repoApi(ctx)}/git/commits/${sha}`,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${sha}`,
    author: person,
    committer: person,
    tree: { sha: tree, url: `${repoApi(ctx)}/git/trees/${tree}` },
    message: commit.message,
    parents: commit.parents.map((p) => ({ sha: p, url: `${repoApi(ctx)}/git/commits/${p}`, html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function gitRef(ctx: RequestContext, branch: string, sha: string): JsonObject {
  return {
    ref: `refs/heads/${branch}`,
    node_id: `REF_${Buffer.from(`heads/${branch}`).toString('base64url')}`,
    url: `${repoApi(ctx)}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${repoApi(ctx)}/git/commits/${sha}` },
  };
}

/** The top level of a flat snapshot, as "Create a tree" lists it (not recursive). */
function treeEntries(ctx: RequestContext, files: Record<string, string>): JsonObject[] {
  const entries = new Map<string, JsonObject>();
  for (const [path, content] of Object.entries(files)) {
    const slash = path.indexOf('/');
    if (slash === -1) {
      const sha = gitBlobSha(content);
      entries.set(path, { path, mode: '100644', type: 'blob', sha, size: Buffer.byteLength(content), url: `${repoApi(ctx)}/git/blobs/${sha}` });
    } else {
      const dir = path.slice(0, slash);
      const inner = Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith(`${dir}/`)).map(([p, c]) => [p.slice(dir.length + 1), c]));
      const sha = treeSha(inner);
      entries.set(dir, { path: dir, mode: '040000', type: 'tree', sha, url: `${repoApi(ctx)}/git/trees/${sha}` });
    }
  }
  // Git orders tree entries by bytes, not by locale.
  return [...entries.values()].sort((a, b) => (String(a['path']) < String(b['path']) ? -1 : 1));
}

interface TreeEntryRequest {
  path: string;
  mode?: string;
  type?: string;
  sha?: string | null;
  content?: string;
}

// Error strings GitHub does not document are best guesses (README "Known differences"); the statuses are GitHub's.
const createTree: Handler = (ctx) => {
  requireActor(ctx);
  const baseTree = ctx.body['base_tree'] as string | undefined;
  const files: Record<string, string> = {};
  if (baseTree !== undefined) {
    const base = resolveTree(ctx.state, baseTree);
    if (!base) fail(ctx, 422, `base_tree ${baseTree} is not a valid tree`);
    Object.assign(files, base);
  }
  for (const entry of (ctx.body['tree'] as unknown as TreeEntryRequest[]) ?? []) {
    const path = entry.path.replace(/^\/+/, '');
    if (path === '' || path.split('/').some((part) => part === '' || part === '.' || part === '..' || part === '.git')) {
      fail(ctx, 422, `tree.path contains a malformed path component`);
    }
    if (entry.type !== undefined && entry.type !== 'blob') fail(ctx, 422, `the emulator writes blob entries only (got ${entry.type})`);
    if (entry.sha !== undefined && entry.content !== undefined) fail(ctx, 422, 'Use either tree.sha or content, not both');
    if (entry.content !== undefined) files[path] = entry.content;
    else if (entry.sha === null) {
      if (files[path] === undefined) fail(ctx, 422, `tree.path ${path} does not exist and cannot be deleted`);
      delete files[path];
    } else {
      const content = entry.sha === undefined ? undefined : ctx.state.blobs[entry.sha];
      if (content === undefined) fail(ctx, 422, `tree.sha ${String(entry.sha)} is not a valid blob`);
      files[path] = content;
    }
  }
  const sha = treeSha(files);
  ctx.state.trees[sha] = files;
  return { status: 201, body: { sha, url: `${repoApi(ctx)}/git/trees/${sha}`, truncated: false, tree: treeEntries(ctx, files) } };
};

const createCommit: Handler = (ctx) => {
  const actor = requireActor(ctx);
  const tree = String(ctx.body['tree']);
  const files = resolveTree(ctx.state, tree);
  if (!files) fail(ctx, 422, `Tree SHA does not exist`);
  const parents = (ctx.body['parents'] as string[] | undefined) ?? [];
  for (const p of parents) if (!ctx.state.commits[p]) fail(ctx, 422, 'Parent SHA does not exist or is not a commit object');
  const message = String(ctx.body['message']);
  const date = now(ctx);
  const author = actor.login;
  const sha = commitSha({ message, parents, files, date, author });
  ctx.state.commits[sha] = { sha, message, parents, author, date, files: { ...files } };
  return { status: 201, body: gitCommit(ctx, sha) };
};

/** `heads/<branch>` (update-ref's path) or `refs/heads/<branch>` (create-ref's body) -> branch; tags and others are not emulated. */
function branchOfRef(ref: string): string | undefined {
  const m = /^(?:refs\/)?heads\/(.+)$/.exec(ref);
  return m ? m[1] : undefined;
}

/** A push to a branch moves the open pull requests whose head it is, as on GitHub. */
function branchMoved(ctx: RequestContext, branch: string, sha: string): void {
  ctx.state.branches[branch] = sha;
  for (const pull of ctx.state.pulls) {
    if (pull.state === 'open' && !pull.headRepo.fork && pull.head.ref === branch) movePullHead(ctx.state, ctx.clock, pull, sha);
  }
}

function isAncestor(state: GitHubState, ancestor: string, of: string): boolean {
  return ancestors(state, of).includes(ancestor);
}

/** GitHub's branch-name rules (git check-ref-format) that a client is likely to break. */
function validRefName(ref: string): boolean {
  return /^refs\/[^/]+\/.+/.test(ref) && !/\.\.|[\s~^:?*[\\\x00-\x1f\x7f]|@\{|\/\/|\/\.|\.lock$|\/$|\.$/.test(ref);
}

export const gitDataRoutes: Record<string, Handler> = {
  'git/create-blob': (ctx) => {
    requireActor(ctx);
    const encoding = (ctx.body['encoding'] as string | undefined) ?? 'utf-8';
    if (encoding !== 'utf-8' && encoding !== 'base64') fail(ctx, 422, `encoding must be utf-8 or base64`);
    const raw = String(ctx.body['content']);
    const content = encoding === 'base64' ? Buffer.from(raw, 'base64').toString('utf8') : raw;
    const sha = gitBlobSha(content);
    ctx.state.blobs[sha] = content;
    return { status: 201, body: { url: `${repoApi(ctx)}/git/blobs/${sha}`, sha } };
  },
  'git/create-tree': createTree,
  'git/create-commit': createCommit,
  'git/get-commit': (ctx) => {
    const sha = String(ctx.path['commit_sha']);
    if (!ctx.state.commits[sha]) notFound(ctx);
    return { status: 200, body: gitCommit(ctx, sha) };
  },
  'git/create-ref': (ctx) => {
    requireActor(ctx);
    const ref = String(ctx.body['ref']);
    const sha = String(ctx.body['sha']);
    // "If it doesn't start with 'refs' and have at least two slashes, it will be rejected."
    if (!validRefName(ref)) fail(ctx, 422, `${ref} is not a valid ref name.`);
    const branch = branchOfRef(ref);
    if (branch === undefined) fail(ctx, 422, `the emulator creates branch refs (refs/heads/...) only`);
    if (ctx.state.branches[branch] !== undefined) fail(ctx, 422, 'Reference already exists');
    if (!ctx.state.commits[sha]) fail(ctx, 422, 'Object does not exist');
    ctx.state.branches[branch] = sha;
    return { status: 201, body: gitRef(ctx, branch, sha) };
  },
  'git/update-ref': (ctx) => {
    requireActor(ctx);
    const branch = branchOfRef(String(ctx.path['ref']));
    const current = branch === undefined ? undefined : ctx.state.branches[branch];
    if (branch === undefined || current === undefined) fail(ctx, 422, 'Reference does not exist');
    const sha = String(ctx.body['sha']);
    if (!ctx.state.commits[sha]) fail(ctx, 422, 'Object does not exist');
    if (ctx.body['force'] !== true && sha !== current && !isAncestor(ctx.state, current, sha)) fail(ctx, 422, 'Update is not a fast forward');
    branchMoved(ctx, branch, sha);
    return { status: 200, body: gitRef(ctx, branch, sha) };
  },
  'pulls/create': (ctx) => {
    const actor = requireActor(ctx);
    checkBodyLength(ctx, 'PullRequest', ctx.body['body']);
    const base = String(ctx.body['base']);
    const headSpec = String(ctx.body['head']);
    // `head` is `branch` or `owner:branch` (forks are seeded with openPullRequest, not created here).
    const colon = headSpec.indexOf(':');
    const headOwner = colon > 0 ? headSpec.slice(0, colon) : ctx.state.owner.login;
    const head = colon > 0 ? headSpec.slice(colon + 1) : headSpec;
    const missing = (field: string): JsonObject => ({ resource: 'PullRequest', field, code: 'invalid' });
    if (headOwner.toLowerCase() !== ctx.state.owner.login.toLowerCase() || ctx.state.branches[head] === undefined) validationFailed(ctx, [missing('head')]);
    if (ctx.state.branches[base] === undefined) validationFailed(ctx, [missing('base')]);
    const label = `${ctx.state.owner.login}:${head}`;
    if (ctx.state.pulls.some((p) => p.state === 'open' && !p.headRepo.fork && p.head.ref === head && p.base.ref === base)) {
      validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${label}.` }]);
    }
    if (isAncestor(ctx.state, ctx.state.branches[head]!, ctx.state.branches[base]!)) {
      validationFailed(ctx, [{ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` }]);
    }
    const pull = openPullRecord(ctx.state, ctx.clock, {
      author: actor.login,
      headRef: head,
      baseRef: base,
      title: String(ctx.body['title'] ?? ''),
      body: (ctx.body['body'] as string | undefined) ?? null,
      draft: ctx.body['draft'] === true,
    });
    return { status: 201, body: { ...renderPull(ctx, pull, true), user: renderUser(ctx, actor.login) } };
  },
};
