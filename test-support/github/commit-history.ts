// Git history questions answered from the emulator's commit records: ancestry, merge bases,
// the commits one ref has that another lacks, and the file-level diff of two snapshots (with
// git's rename detection where GitHub applies it).
import { gitBlobSha, type GitHubState, type PullFileRecord } from './state.js';
import { createPatch } from './unified-diff.js';

// git's default rename threshold (`-M50%`).
const RENAME_SIMILARITY = 0.5;

export function isBinary(content: string): boolean {
  return content.includes('\0');
}

/** `sha` and every commit reachable from it, breadth first (nearest first). */
export function ancestors(state: GitHubState, sha: string): string[] {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length) {
    const current = queue.shift()!;
    if (seen.has(current) || !state.commits[current]) continue;
    seen.add(current);
    queue.push(...state.commits[current]!.parents);
  }
  return [...seen];
}

/** The nearest common ancestor of head and base; undefined when the histories are unrelated. */
export function findMergeBase(state: GitHubState, head: string, base: string): string | undefined {
  const baseAncestors = new Set(ancestors(state, base));
  return ancestors(state, head).find((sha) => baseAncestors.has(sha));
}

export function mergeBase(state: GitHubState, head: string, base: string): string {
  return findMergeBase(state, head, base) ?? base;
}

/** Commits on head since the merge base, oldest first (first-parent walk, like a PR's commit list). */
export function pullCommits(state: GitHubState, head: string, base: string): string[] {
  const stop = new Set(ancestors(state, base));
  const list: string[] = [];
  let current: string | undefined = head;
  while (current && !stop.has(current) && state.commits[current]) {
    list.push(current);
    current = state.commits[current]!.parents[0];
  }
  return list.reverse();
}

/**
 * `git rev-list base..head` in the order the compare API lists it: chronological, every parent
 * before its children (ties by date, then sha, so the order is deterministic).
 */
export function commitsNotIn(state: GitHubState, head: string, base: string): string[] {
  const excluded = new Set(ancestors(state, base));
  const wanted = new Set(ancestors(state, head).filter((sha) => !excluded.has(sha)));
  const ordered: string[] = [];
  const placed = new Set<string>();
  while (placed.size < wanted.size) {
    const ready = [...wanted]
      .filter((sha) => !placed.has(sha) && state.commits[sha]!.parents.every((p) => !wanted.has(p) || placed.has(p)))
      .sort((a, b) => state.commits[a]!.date.localeCompare(state.commits[b]!.date) || a.localeCompare(b));
    const next = ready[0]!;
    placed.add(next);
    ordered.push(next);
  }
  return ordered;
}

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** Share of lines two versions have in common, the way a rename's similarity index reads. */
function similarity(before: string, after: string): number {
  if (before === after) return 1;
  const longest = Math.max(lineCount(before), lineCount(after));
  if (longest === 0) return 1;
  const { deletions } = createPatch(before, after);
  return (lineCount(before) - deletions) / longest;
}

function fileDiff(filename: string, before: string | undefined, after: string | undefined): PullFileRecord {
  const status: PullFileRecord['status'] = before === undefined ? 'added' : after === undefined ? 'removed' : 'modified';
  const file: PullFileRecord = { filename, status, additions: 0, deletions: 0, sha: gitBlobSha(after ?? before ?? '') };
  // Binary files carry no patch and count no lines, as on GitHub.
  if (!isBinary(before ?? '') && !isBinary(after ?? '')) Object.assign(file, createPatch(before ?? '', after ?? ''));
  return file;
}

/**
 * The files that differ between two snapshots, sorted by path, each with git's unified diff
 * (3 lines of context). With `detectRenames`, a removed and an added file at least 50% alike
 * become one `renamed` entry (`previous_filename`; no `patch` when the content is unchanged),
 * paired best match first, as git does.
 */
export function diffFiles(before: Record<string, string>, after: Record<string, string>, opts: { detectRenames?: boolean } = {}): PullFileRecord[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = paths.filter((path) => before[path] !== after[path]);
  const renamedFrom = new Map<string, string>();
  if (opts.detectRenames) {
    const removed = changed.filter((p) => after[p] === undefined && !isBinary(before[p]!));
    const added = changed.filter((p) => before[p] === undefined && !isBinary(after[p]!));
    const candidates: { from: string; to: string; score: number }[] = [];
    for (const from of removed) {
      for (const to of added) {
        const score = similarity(before[from]!, after[to]!);
        if (score >= RENAME_SIMILARITY) candidates.push({ from, to, score });
      }
    }
    candidates.sort((a, b) => b.score - a.score || a.to.localeCompare(b.to) || a.from.localeCompare(b.from));
    const usedSources = new Set<string>();
    for (const c of candidates) {
      if (usedSources.has(c.from) || renamedFrom.has(c.to)) continue;
      usedSources.add(c.from);
      renamedFrom.set(c.to, c.from);
    }
    const sources = new Set(renamedFrom.values());
    changed.splice(0, changed.length, ...changed.filter((p) => !sources.has(p)));
  }
  return changed.map((path) => {
    const from = renamedFrom.get(path);
    if (from === undefined) return fileDiff(path, before[path], after[path]);
    const file = fileDiff(path, before[from], after[path]);
    file.status = 'renamed';
    file.previousFilename = from;
    if (before[from] === after[path]) delete file.patch;
    return file;
  });
}

/** The `diff --git` text GitHub serves for the diff media type. */
export function diffText(files: PullFileRecord[]): string {
  return files
    .map((f) => {
      const from = f.previousFilename ?? f.filename;
      const header = `diff --git a/${from} b/${f.filename}\n--- ${f.status === 'added' ? '/dev/null' : `a/${from}`}\n+++ ${f.status === 'removed' ? '/dev/null' : `b/${f.filename}`}\n`;
      return `${header}${f.patch ?? ''}\n`;
    })
    .join('');
}
