// Commit statuses on the pull request head: `drift-guard/policy` here, and the generic setter the
// owner-approval gate reuses for `drift-guard/owner-approval`.
import type { FailLevel, Report } from '../report/model.js';
import { blockingCount } from '../report/model.js';
import { truncateText } from '../report/markdown-escape.js';
import { describeIncomplete, incompleteItems } from '../report/summary.js';
import type { GitHubClient } from './client.js';

export const POLICY_STATUS_CONTEXT = 'drift-guard/policy';
/** GitHub truncates longer descriptions; we keep under it so the text is ours. */
export const MAX_STATUS_DESCRIPTION = 139;

export type CommitStatusState = 'error' | 'failure' | 'pending' | 'success';

export interface CommitStatusInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  /** The PR head SHA (`pull_request.head.sha`), never GITHUB_SHA (a merge commit nobody sees). */
  sha: string;
  context: string;
  state: CommitStatusState;
  description: string;
  targetUrl?: string;
}

export interface CommitStatusResult {
  written: boolean;
  state: CommitStatusState;
  description: string;
}

/**
 * Sets a commit status unless the latest one for `context` already has the same state and
 * description: re-runs on the same head then write nothing. The target URL alone changing (a
 * new run with the same result) is not worth a write.
 */
export async function setCommitStatus(input: CommitStatusInput): Promise<CommitStatusResult> {
  const { client, owner, repo, sha, context, state } = input;
  const description = truncateText(input.description.replace(/\s+/g, ' ').trim(), MAX_STATUS_DESCRIPTION);
  const latest = await latestStatus(client, { owner, repo, sha, context });
  if (latest && latest.state === state && latest.description === description) {
    return { written: false, state, description };
  }
  await client.rest.repos.createCommitStatus({
    owner,
    repo,
    sha,
    context,
    state,
    description,
    ...(input.targetUrl ? { target_url: input.targetUrl } : {}),
  });
  return { written: true, state, description };
}

/** The current status of `context` on `sha`, or null when there is none. */
export async function latestStatus(
  client: GitHubClient,
  input: { owner: string; repo: string; sha: string; context: string },
): Promise<{ state: string; description: string | null } | null> {
  // Statuses are listed newest first; the first one for our context is the current one.
  for await (const page of client.paginate.iterator(client.rest.repos.listCommitStatusesForRef, {
    owner: input.owner,
    repo: input.repo,
    ref: input.sha,
    per_page: 100,
  })) {
    const found = page.data.find((s) => s.context === input.context);
    if (found) return { state: found.state, description: found.description };
  }
  return null;
}

/**
 * `failure` when unsuppressed findings reach `failOn`, or when part of the changed modules could
 * not be checked (a file not read, a value not evaluated) unless `allowIncomplete`; `success`
 * otherwise. Fail closed (issue 13): an unread file could hold the privileged container.
 */
export function policyStatus(report: Report, failOn: FailLevel, allowIncomplete = false): { state: CommitStatusState; description: string } {
  const unsuppressed = report.findings.filter((f) => !f.suppressed).length;
  const policyReport = { ...report, drift: [] };
  const blocking = blockingCount(policyReport, failOn);
  const items = incompleteItems(policyReport);
  const notChecked = items.length > 0 ? describeIncomplete(items) : '';
  if (blocking > 0) {
    return {
      state: 'failure',
      description: `${blocking} ${blocking === 1 ? 'finding' : 'findings'} at or above ${failOn} (${unsuppressed} unsuppressed in total)${notChecked ? `; also ${notChecked}` : ''}`,
    };
  }
  if (notChecked && !allowIncomplete) return { state: 'failure', description: notChecked };
  if (notChecked) return { state: 'success', description: `Incomplete, accepted by allow-incomplete: ${notChecked}` };
  if (unsuppressed > 0) {
    return {
      state: 'success',
      description: `${unsuppressed} ${unsuppressed === 1 ? 'finding' : 'findings'}, none at or above ${failOn === 'none' ? 'the fail level (fail-on: none)' : failOn}`,
    };
  }
  return { state: 'success', description: 'No policy findings in the changed modules' };
}

export async function setPolicyStatus(input: {
  client: GitHubClient;
  owner: string;
  repo: string;
  sha: string;
  report: Report;
  failOn: FailLevel;
  allowIncomplete?: boolean;
  targetUrl?: string;
}): Promise<CommitStatusResult> {
  return setCommitStatus({ ...input, context: POLICY_STATUS_CONTEXT, ...policyStatus(input.report, input.failOn, input.allowIncomplete) });
}
