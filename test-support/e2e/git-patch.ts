// The `patch` of a pull request file as GitHub serves it, produced by git itself
// (`git diff --no-index`), so end-to-end runs see diffs with git's exact hunk boundaries.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PullFileSeed } from '../github/emulator.js';
import type { FileTree } from './file-tree.js';

export interface GitPatch {
  /** Hunks only (GitHub drops the `diff --git`, `index`, `---` and `+++` header lines); no trailing newline. */
  patch: string;
  additions: number;
  deletions: number;
}

// The user's or system's git config (diff.algorithm, color, noprefix, external diff) must not change the patch.
const GIT_ENV = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null', LC_ALL: 'C' };

/** The diff of one file; `null` is a missing side (added or removed file). */
export function gitPatch(before: string | null, after: string | null): GitPatch {
  const dir = mkdtempSync(join(tmpdir(), 'edg-patch-'));
  try {
    const a = before === null ? '/dev/null' : join(dir, 'a');
    const b = after === null ? '/dev/null' : join(dir, 'b');
    if (before !== null) writeFileSync(a, before);
    if (after !== null) writeFileSync(b, after);
    const run = spawnSync(
      'git',
      ['diff', '--no-index', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-algorithm=myers', '--unified=3', '--', a, b],
      { encoding: 'utf8', env: GIT_ENV },
    );
    // `git diff --no-index` exits 1 when the files differ, 0 when they are the same.
    if (run.error) throw run.error;
    if (run.status !== 0 && run.status !== 1) throw new Error(`git diff failed (${run.status}): ${run.stderr}`);
    const lines = run.stdout.split('\n');
    if (lines.at(-1) === '') lines.pop();
    const first = lines.findIndex((line) => line.startsWith('@@'));
    const hunks = first < 0 ? [] : lines.slice(first);
    return {
      patch: hunks.join('\n'),
      additions: hunks.filter((l) => l.startsWith('+')).length,
      deletions: hunks.filter((l) => l.startsWith('-')).length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The files of a pull request from `base` to `head` (path -> content), sorted by path like GitHub lists them. */
export function pullRequestFiles(base: FileTree, head: FileTree): PullFileSeed[] {
  const paths = [...new Set([...Object.keys(base), ...Object.keys(head)])].sort();
  const files: PullFileSeed[] = [];
  for (const filename of paths) {
    const before = base[filename] ?? null;
    const after = head[filename] ?? null;
    if (before === after) continue;
    const { patch, additions, deletions } = gitPatch(before, after);
    files.push({
      filename,
      status: before === null ? 'added' : after === null ? 'removed' : 'modified',
      patch,
      additions,
      deletions,
    });
  }
  return files;
}
