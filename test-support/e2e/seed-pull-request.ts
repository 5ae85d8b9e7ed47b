// Seeds the GitHub emulator with a pull request between two repository snapshots. The PR's
// files carry patches made by git (git-patch.ts) rather than the emulator's own differ, so the
// action is tested against the hunks GitHub would really serve.
import { gitBlobSha, type GitHubEmulator, type PullFileRecord, type PullFileSeed } from '../github/emulator.js';
import type { FileTree } from './file-tree.js';
import { pullRequestFiles } from './git-patch.js';

export interface SeededPullRequest {
  number: number;
  baseSha: string;
  headSha: string;
  headRef: string;
  /** The PR's files as listed by the API (with git patches). */
  files: PullFileSeed[];
}

export interface SeedPullRequestOptions {
  base: FileTree;
  head: FileTree;
  author?: string;
  headRef?: string;
  /** A fork PR: the head branch lives in `owner`'s fork. */
  forkOwner?: string;
  title?: string;
}

function toFileRecords(seeds: PullFileSeed[], head: FileTree, base: FileTree): PullFileRecord[] {
  return seeds.map((f) => ({
    filename: f.filename,
    status: f.status ?? 'modified',
    additions: f.additions ?? 0,
    deletions: f.deletions ?? 0,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    sha: gitBlobSha(head[f.filename] ?? base[f.filename] ?? ''),
  }));
}

export function seedPullRequest(emu: GitHubEmulator, options: SeedPullRequestOptions): SeededPullRequest {
  const author = options.author ?? 'alice';
  const headRef = options.headRef ?? 'feature';
  emu.addCollaborator(author);
  const baseSha = emu.commit({ files: options.base, replace: true, message: 'Base of the pull request', author: emu.state.owner.login });
  const headSha = emu.commit({ branch: headRef, parent: baseSha, files: options.head, replace: true, message: 'Change the infrastructure', author });
  const files = pullRequestFiles(options.base, options.head);
  const pull = emu.openPullRequest({
    author,
    headRef,
    title: options.title ?? 'Change the ECS services',
    files,
    ...(options.forkOwner ? { fork: { owner: options.forkOwner } } : {}),
  });
  return { number: pull.number, baseSha, headSha, headRef, files };
}

/**
 * A new commit on the PR's branch with the snapshot `head`, made the PR's head. The emulator
 * recomputes the files (and marks comments whose line left the diff outdated); the files are
 * then replaced with git's patches of base..head.
 */
export function pushToPullRequest(emu: GitHubEmulator, pr: SeededPullRequest, base: FileTree, head: FileTree): SeededPullRequest {
  const sha = emu.commit({ branch: pr.headRef, parent: pr.headSha, files: head, replace: true, message: 'Address review comments', author: 'alice' });
  const pull = emu.pushToPullRequest(pr.number, sha);
  const files = pullRequestFiles(base, head);
  pull.files = toFileRecords(files, head, base);
  return { ...pr, headSha: sha, files };
}
