// CODEOWNERS as GitHub sees it at one ref, read through the contents API: the base ref for pull
// requests (GitHub uses the base branch's file to pick reviewers), the default branch for drift runs.
import { findCodeowners, type CodeownersFile } from '../ownership/codeowners.js';
import { httpStatus, type GitHubClient } from './client.js';

/**
 * The first of `.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS` that exists at `ref`,
 * parsed; null when none does. A 404 means "not here, try the next location"; any other error
 * (bad credentials, unknown ref) is thrown, because guessing "unowned" would open the gate.
 */
export async function readCodeownersAtRef(
  client: GitHubClient,
  owner: string,
  repo: string,
  ref: string,
): Promise<CodeownersFile | null> {
  return findCodeowners((path) => readTextFile(client, { owner, repo, path, ref }));
}

/** A repository file's text at `ref`, or null when there is no file at that path. */
export async function readTextFile(
  client: GitHubClient,
  input: { owner: string; repo: string; path: string; ref: string },
): Promise<string | null> {
  let data: unknown;
  try {
    ({ data } = await client.rest.repos.getContent(input));
  } catch (error) {
    // GitHub also answers an unknown ref with 404 ("No commit found for the ref ..."): that is
    // not a missing file, and treating it as one would make everything unowned.
    if (httpStatus(error) === 404 && !(error instanceof Error && /no commit found/i.test(error.message))) return null;
    throw error;
  }
  // A directory at that path (an array) or a symlink/submodule is not a CODEOWNERS file.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const entry = data as { type?: string; content?: string; encoding?: string };
  if (entry.type !== 'file') return null;
  if (entry.encoding === 'base64' && typeof entry.content === 'string') {
    return Buffer.from(entry.content.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  // Files of 1-100 MB come back with `encoding: "none"` and no content; the raw media type has them
  // (docs.github.com, "Get repository content": "Files between 1-100 MB ... raw or object").
  const raw = await client.request('GET /repos/{owner}/{repo}/contents/{path}', {
    ...input,
    mediaType: { format: 'raw' },
  });
  return typeof raw.data === 'string' ? raw.data : String(raw.data);
}
