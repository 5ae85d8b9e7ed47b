// A single commit with its changed files, and the comparison of two commits
// (`GET /repos/{owner}/{repo}/compare/{basehead}`), computed from the commits' file snapshots.
import { commitsNotIn, diffFiles, diffText, findMergeBase } from './commit-history.js';
import { renderCommit, renderDiffEntry, repoPath } from './representations.js';
import { fail, linkHeader, notFound, pageParams, sameLogin, type Handler, type HandlerResult, type RequestContext } from './request-context.js';
import { resolveRef } from './state.js';

// "it includes up to 300 changed files for the entire comparison" (compare docs).
const MAX_COMPARE_FILES = 300;
// "When calling this endpoint without any paging parameter ... limited to 250 commits".
const MAX_UNPAGED_COMPARE_COMMITS = 250;
// "If there are more than 300 files in the commit diff ... pagination link headers for the
// remaining files, up to a limit of 3000 files" (get-commit docs).
const COMMIT_FILES_PER_PAGE = 300;
const MAX_COMMIT_FILES = 3000;

const DIFF_MEDIA_TYPE = /application\/vnd\.github(\.v3)?\.diff/;

/** A `basehead` side: a branch, sha or `USERNAME:branch` of a repository in the network (this one or a PR's fork). */
function resolveCompareRef(ctx: RequestContext, side: string): string | undefined {
  const colon = side.indexOf(':');
  if (colon <= 0) return resolveRef(ctx.state, side);
  const owner = side.slice(0, colon);
  let ref = side.slice(colon + 1);
  const inNetwork = sameLogin(owner, ctx.state.owner.login) || ctx.state.pulls.some((p) => p.headRepo.fork && sameLogin(p.headRepo.owner, owner));
  if (!inNetwork) return undefined;
  // `USERNAME:REPO:ref` names the repository too.
  const repoColon = ref.indexOf(':');
  if (repoColon > 0) {
    if (!sameLogin(ref.slice(0, repoColon), ctx.state.repo.name)) return undefined;
    ref = ref.slice(repoColon + 1);
  }
  return resolveRef(ctx.state, ref);
}

function requestedPagination(ctx: RequestContext): boolean {
  return ctx.requestUrl.searchParams.has('page') || ctx.requestUrl.searchParams.has('per_page');
}

const compareCommits: Handler = (ctx) => {
  // The same URL is documented twice: {basehead}, and the older {base}...{head} when neither side has a slash.
  const basehead = ctx.path['basehead'] !== undefined ? String(ctx.path['basehead']) : `${String(ctx.path['base'])}...${String(ctx.path['head'])}`;
  const separator = basehead.indexOf('...');
  if (separator <= 0) notFound(ctx);
  const baseSide = basehead.slice(0, separator);
  const headSide = basehead.slice(separator + 3);
  const base = resolveCompareRef(ctx, baseSide);
  const head = resolveCompareRef(ctx, headSide);
  if (!base || !head) notFound(ctx);
  const mergeBase = findMergeBase(ctx.state, head, base);
  if (!mergeBase) fail(ctx, 404, `No common ancestor between ${baseSide} and ${headSide}.`);

  const ahead = commitsNotIn(ctx.state, head, base);
  const behind = commitsNotIn(ctx.state, base, head);
  const status = ahead.length === 0 ? (behind.length === 0 ? 'identical' : 'behind') : behind.length === 0 ? 'ahead' : 'diverged';
  // Three dots: what head changed since the merge base, not base against head.
  const files = diffFiles(ctx.state.commits[mergeBase]!.files, ctx.state.commits[head]!.files, { detectRenames: true });
  if (DIFF_MEDIA_TYPE.test(ctx.accept)) {
    return { status: 200, text: { contentType: 'application/vnd.github.v3.diff; charset=utf-8', content: diffText(files) } };
  }

  let commits: string[];
  let page = 1;
  const headers: Record<string, string> = {};
  if (requestedPagination(ctx)) {
    const params = pageParams(ctx);
    page = params.page;
    commits = ahead.slice((page - 1) * params.perPage, page * params.perPage);
    const link = linkHeader(ctx, page, Math.max(1, Math.ceil(ahead.length / params.perPage)));
    if (link) headers['link'] = link;
  } else {
    // Unpaged, the list ends with the most recent commit of the comparison.
    commits = ahead.slice(-MAX_UNPAGED_COMPARE_COMMITS);
  }

  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/compare/${encodeURI(basehead)}`;
  const owner = ctx.state.owner.login;
  const body = {
    url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/compare/${encodeURI(basehead)}`,
    html_url: html,
    permalink_url: `${ctx.htmlUrl}/${repoPath(ctx)}/compare/${owner}:${base}...${owner}:${head}`,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    base_commit: renderCommit(ctx, base),
    merge_base_commit: renderCommit(ctx, mergeBase),
    status,
    ahead_by: ahead.length,
    behind_by: behind.length,
    total_commits: ahead.length,
    commits: commits.map((sha) => renderCommit(ctx, sha)),
    // "The list of changed files is only shown on the first page of results."
    ...(page === 1 ? { files: files.slice(0, MAX_COMPARE_FILES).map((f) => renderDiffEntry(ctx, head, f)) } : {}),
  };
  return { status: 200, body, headers };
};

const getCommit: Handler = (ctx): HandlerResult => {
  const ref = String(ctx.path['ref']);
  const sha = resolveRef(ctx.state, ref);
  if (!sha) fail(ctx, 422, `No commit found for SHA: ${ref}`);
  const commit = ctx.state.commits[sha]!;
  // A merge commit is shown against its first parent; a root commit against nothing.
  const parent = commit.parents[0];
  const all = diffFiles(parent ? ctx.state.commits[parent]!.files : {}, commit.files, { detectRenames: true });
  if (DIFF_MEDIA_TYPE.test(ctx.accept)) {
    return { status: 200, text: { contentType: 'application/vnd.github.v3.diff; charset=utf-8', content: diffText(all) } };
  }
  const listed = all.slice(0, MAX_COMMIT_FILES);
  const perPageRaw = ctx.query['per_page'];
  const perPage = typeof perPageRaw === 'number' ? Math.min(COMMIT_FILES_PER_PAGE, Math.max(1, perPageRaw)) : COMMIT_FILES_PER_PAGE;
  const { page } = pageParams(ctx);
  const link = linkHeader(ctx, page, Math.max(1, Math.ceil(listed.length / perPage)));
  const additions = all.reduce((n, f) => n + f.additions, 0);
  const deletions = all.reduce((n, f) => n + f.deletions, 0);
  return {
    status: 200,
    body: {
      ...renderCommit(ctx, sha),
      stats: { additions, deletions, total: additions + deletions },
      files: listed.slice((page - 1) * perPage, page * perPage).map((f) => renderDiffEntry(ctx, sha, f)),
    },
    headers: link ? { link } : {},
  };
};

export const commitRoutes: Record<string, Handler> = {
  'repos/get-commit': getCommit,
  'repos/compare-commits-with-basehead': compareCommits,
  'repos/compare-commits': compareCommits,
};
