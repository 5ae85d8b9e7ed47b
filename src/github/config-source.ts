// The config file as the base branch has it. On a pull request the base commit decides the rules,
// exceptions and approval settings: the head's `.github/drift-guard.yml` is what the PR proposes,
// and a PR that adds `exceptions: [{rule: "*"}]` must not be judged by it (issue 13).
import type { GitHubClient } from './client.js';
import { readTextFile } from './codeowners-source.js';

export interface ConfigAtRef {
  /** Repo-relative path of the config file. */
  path: string;
  /** The commit it was read at. */
  sha: string;
  /** The file's text at that commit; null when there is no file there. */
  text: string | null;
  /** How messages name it, e.g. `.github/drift-guard.yml at base 1a2b3c4`. */
  source: string;
}

/**
 * The config file at `sha` through the contents API (the checkout is the PR's merge result, or
 * for `pull_request_target` the base branch, so it cannot be trusted to be either). A missing file
 * is null; any other error is thrown, because guessing "no config" would change the rules.
 */
export async function readConfigAtRef(
  client: GitHubClient,
  input: { owner: string; repo: string; path: string; sha: string; label: 'base' | 'head' },
): Promise<ConfigAtRef> {
  const text = await readTextFile(client, { owner: input.owner, repo: input.repo, path: input.path, ref: input.sha });
  return { path: input.path, sha: input.sha, text, source: `${input.path} at ${input.label} ${input.sha.slice(0, 7)}` };
}
