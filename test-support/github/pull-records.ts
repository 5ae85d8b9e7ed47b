// Pull request records as the seeding methods and the REST routes make them: opened (their files
// and commits computed from the branches) and moved to a new head (a push to the head branch,
// through `pushToPullRequest` or a ref update), review comments going outdated as on GitHub.
import { diffFiles, mergeBase, pullCommits } from './commit-history.js';
import { diffHunkText, locateLine, parsePatch } from './diff-lines.js';
import type { PullFileSeed, PullRequestOptions } from './emulator.js';
import { ensureUser, gitBlobSha, isoSeconds, nextId, type Clock, type GitHubState, type PullRecord } from './state.js';

export function openPullRecord(state: GitHubState, clock: Clock, o: PullRequestOptions): PullRecord {
  const baseRef = o.baseRef ?? state.repo.defaultBranch;
  const baseSha = state.branches[baseRef];
  const headSha = state.branches[o.headRef];
  if (!baseSha || !headSha) throw new Error(`openPullRequest: branch ${baseSha ? o.headRef : baseRef} has no commits; call commit() first`);
  ensureUser(state, o.author);
  if (o.fork) ensureUser(state, o.fork.owner);
  const at = isoSeconds(clock.now());
  const number = state.nextNumber++;
  const labels = o.labels ?? [];
  for (const name of labels) {
    if (!state.labels.some((l) => l.name === name)) state.labels.push({ id: nextId(state), name, color: 'ededed', description: null, default: false });
  }
  const pull: PullRecord = {
    number,
    id: nextId(state),
    title: o.title ?? `Change ${o.headRef}`,
    body: o.body ?? null,
    author: o.author,
    state: 'open',
    draft: o.draft ?? false,
    merged: false,
    head: { ref: o.headRef, sha: headSha },
    base: { ref: baseRef, sha: baseSha },
    headRepo: o.fork ? { owner: o.fork.owner, name: o.fork.name ?? state.repo.name, fork: true } : { owner: state.owner.login, name: state.repo.name, fork: false },
    files: [],
    commits: [],
    requestedReviewers: [],
    requestedTeams: [],
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    mergedAt: null,
  };
  refreshPull(state, pull, o.files);
  state.pulls.push(pull);
  state.issues.push({
    number,
    id: nextId(state),
    title: pull.title,
    body: pull.body,
    author: o.author,
    state: 'open',
    stateReason: null,
    labels,
    assignees: [],
    locked: false,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    closedBy: null,
    isPullRequest: true,
  });
  return pull;
}

/** The PR's head moves to `sha` (its branch was pushed to): files and commits recomputed, moved-away comments outdated. */
export function movePullHead(state: GitHubState, clock: Clock, pull: PullRecord, sha: string): PullRecord {
  pull.head.sha = sha;
  if (!pull.headRepo.fork) state.branches[pull.head.ref] = sha;
  pull.updatedAt = isoSeconds(clock.now());
  refreshPull(state, pull);
  for (const comment of state.reviewComments.filter((c) => c.pullNumber === pull.number && c.subjectType === 'line')) {
    const file = pull.files.find((f) => f.filename === comment.path);
    const hunks = parsePatch(file?.patch ?? '');
    const location = comment.line !== null && comment.side ? locateLine(hunks, comment.side, comment.line) : undefined;
    const lastLine = comment.diffHunk.split('\n').pop();
    // The comment stays current only while its line is still in the diff with the same text.
    if (location && location.line.text === lastLine) {
      comment.position = location.line.position;
      comment.commitId = sha;
      comment.diffHunk = diffHunkText(hunks, location);
    } else {
      comment.position = null;
      comment.line = null;
    }
  }
  return pull;
}

export function refreshPull(state: GitHubState, pull: PullRecord, seeds?: PullFileSeed[]): void {
  pull.commits = pullCommits(state, pull.head.sha, pull.base.sha);
  if (seeds) {
    pull.files = seeds.map((f) => {
      const counts = f.patch ? parsePatch(f.patch).flatMap((h) => h.lines) : [];
      return {
        filename: f.filename,
        status: f.status ?? 'modified',
        additions: f.additions ?? counts.filter((l) => l.kind === 'added').length,
        deletions: f.deletions ?? counts.filter((l) => l.kind === 'deleted').length,
        ...(f.patch !== undefined ? { patch: f.patch } : {}),
        ...(f.previousFilename !== undefined ? { previousFilename: f.previousFilename } : {}),
        sha: gitBlobSha(`${f.filename}\n${f.patch ?? ''}`),
      };
    });
    return;
  }
  const base = mergeBase(state, pull.head.sha, pull.base.sha);
  pull.files = diffFiles(state.commits[base]!.files, state.commits[pull.head.sha]!.files);
}
