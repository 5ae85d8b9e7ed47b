// Publishing a scan to a pull request: review comments on diff lines, the summary comment and
// the `drift-guard/policy` status, all on the PR head SHA. main.ts calls this; it never touches
// @actions/* and returns what happened so main.ts can write the job summary and annotations.
import type { FailLevel, Finding, Report } from '../report/model.js';
import type { RuleMeta } from '../report/render-meta.js';
import type { Logger } from '../logger.js';
import { countRequests, httpStatus, isNotAccessibleByIntegration, type GitHubClient } from './client.js';
import { listPullRequestFiles, type PullRequestFile } from './changed-files.js';
import { toCommentableLines, type CommentableLines } from './diff-lines.js';
import { syncReview, type SyncReviewResult } from './review.js';
import { publishSummaryComment, renderSummaryComment, type PublishSummaryResult, type SummarySection } from './summary-comment.js';
import { setPolicyStatus, type CommitStatusResult } from './statuses.js';

export type CommentMode = 'review' | 'summary' | 'both' | 'off';

/** The login GITHUB_TOKEN writes as; `GET /user` is not allowed for installation tokens. */
export const ACTIONS_BOT_LOGIN = 'github-actions[bot]';

export interface PullRequestRef {
  number: number;
  headSha: string;
  /** `owner/repo` of the base and head repositories; they differ for fork PRs (head null when the fork was deleted). */
  baseRepo: string;
  headRepo: string | null;
  /** `changed_files` from the PR payload, to detect GitHub's 3000-file listing cap. */
  changedFiles?: number;
}

export interface PublishInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  pullRequest: PullRequestRef;
  report: Report;
  failOn: FailLevel;
  /** Accept changed modules that could not be fully checked (input `allow-incomplete`). */
  allowIncomplete?: boolean;
  comment: CommentMode;
  now: Date;
  /** From findChangedModules. */
  changedModules: readonly string[];
  deletedModules?: readonly string[];
  terraformChanged: boolean;
  /** The PR's files when main.ts already listed them (for findChangedModules); listed here otherwise. */
  files?: readonly PullRequestFile[];
  filesTruncated?: boolean;
  rules?: readonly RuleMeta[];
  /** The bot's login when known; otherwise `GET /user`, falling back to github-actions[bot]. */
  botLogin?: string;
  /** `https://github.com` or the GHES server URL, for links to files. */
  serverUrl?: string;
  /** The workflow run: the status's target_url and the truncation note's link. */
  runUrl?: string;
  /** Markdown sections other phases own (drift on this PR, owner approvals). */
  sections?: readonly SummarySection[];
  maxInlineComments?: number;
  /** Whether to set `drift-guard/policy` (default true). */
  setStatus?: boolean;
}

export interface PublishResult {
  /** True when nothing could be written (fork PR, read-only token); `why` says so for the job summary. */
  readOnly: boolean;
  why?: string;
  review: SyncReviewResult | null;
  summary: PublishSummaryResult | null;
  status: CommitStatusResult | null;
  /** Unsuppressed findings with no inline comment: main.ts annotates these. */
  outsideDiff: Finding[];
  notCommented: Finding[];
  /** HTTP requests and writes (POST/PATCH/PUT/DELETE) this call made; plugin retries count once. */
  requests: number;
  writes: number;
}

/** Reads what publishPullRequest needs about a PR (the CLI has no event payload). */
export async function readPullRequest(
  client: GitHubClient,
  input: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestRef> {
  const { data } = await client.rest.pulls.get({ owner: input.owner, repo: input.repo, pull_number: input.pullNumber });
  return {
    number: data.number,
    headSha: data.head.sha,
    baseRepo: data.base.repo.full_name,
    headRepo: data.head.repo?.full_name ?? null,
    changedFiles: data.changed_files,
  };
}

export async function resolveBotLogin(client: GitHubClient, logger: Logger): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (error) {
    const status = httpStatus(error);
    if (status === 403 || status === 401 || status === 404) {
      logger.debug(`GET /user not allowed for this token (${status}); assuming ${ACTIONS_BOT_LOGIN}.`);
      return ACTIONS_BOT_LOGIN;
    }
    throw error;
  }
}

function forkReason(pr: PullRequestRef): string | null {
  if (pr.headRepo === null) return 'the pull request comes from a fork that no longer exists';
  if (pr.headRepo.toLowerCase() !== pr.baseRepo.toLowerCase()) {
    return `the pull request comes from the fork ${pr.headRepo}, whose workflow token cannot write to ${pr.baseRepo}`;
  }
  return null;
}

export function toDiffMap(files: readonly PullRequestFile[]): Map<string, CommentableLines> {
  const diff = new Map<string, CommentableLines>();
  for (const file of files) if (file.status !== 'removed') diff.set(file.filename, toCommentableLines(file.patch));
  return diff;
}

export async function publishPullRequest(input: PublishInput): Promise<PublishResult> {
  const { client, logger, owner, repo, pullRequest: pr } = input;
  const counter = countRequests(client);
  const result: PublishResult = {
    readOnly: false,
    review: null,
    summary: null,
    status: null,
    outsideDiff: [],
    notCommented: [],
    requests: 0,
    writes: 0,
  };
  const unsuppressed = input.report.findings.filter((f) => !f.suppressed);
  const finish = () => {
    counter.stop();
    result.requests = counter.requests;
    result.writes = counter.writes;
    return result;
  };
  const readOnly = (why: string) => {
    result.readOnly = true;
    result.why = `No pull request comments or statuses were written: ${why}. The findings are in the job summary and annotations.`;
    logger.warning(result.why);
    if (!result.review) result.outsideDiff = unsuppressed;
    return finish();
  };

  const fork = forkReason(pr);
  if (fork) return readOnly(fork);

  try {
    const botLogin = input.botLogin ?? (await resolveBotLogin(client, logger));
    const reviewEnabled = input.comment === 'review' || input.comment === 'both';
    const summaryEnabled = input.comment === 'summary' || input.comment === 'both';

    if (reviewEnabled) {
      let files = input.files;
      let filesTruncated = input.filesTruncated ?? false;
      if (!files) {
        const listed = await listPullRequestFiles(client, { owner, repo, pullNumber: pr.number, changedFiles: pr.changedFiles }, logger);
        files = listed.files;
        filesTruncated = listed.truncated;
      }
      input = { ...input, filesTruncated };
      result.review = await syncReview({
        client,
        logger,
        owner,
        repo,
        pullNumber: pr.number,
        headSha: pr.headSha,
        botLogin,
        findings: input.report.findings,
        diff: toDiffMap(files),
        rules: input.rules,
        maxInlineComments: input.maxInlineComments,
        filesWithErrors: new Set(input.report.errors.map((e) => e.file)),
        refreshDiff: async () => {
          const fresh = await listPullRequestFiles(client, { owner, repo, pullNumber: pr.number }, logger);
          return toDiffMap(fresh.files);
        },
      });
      result.outsideDiff = result.review.outsideDiff;
      result.notCommented = result.review.notCommented;
    } else {
      result.outsideDiff = unsuppressed;
    }

    if (summaryEnabled || (reviewEnabled && (result.outsideDiff.length > 0 || result.notCommented.length > 0))) {
      // With `comment: review` the summary still carries what could not go inline; otherwise
      // those findings would only be in the job summary, which reviewers rarely open.
      result.summary = await publishSummaryComment({
        client,
        owner,
        repo,
        issueNumber: pr.number,
        botLogin,
        terraformChanged: input.terraformChanged,
        sections: input.sections,
        render: (sections) =>
          renderSummaryComment({
            report: input.report,
            failOn: input.failOn,
            allowIncomplete: input.allowIncomplete,
            headSha: pr.headSha,
            now: input.now,
            changedModules: input.changedModules,
            deletedModules: input.deletedModules,
            reviewEnabled,
            commentedFingerprints: result.review?.commentedFingerprints,
            outsideDiff: result.outsideDiff,
            notCommented: result.notCommented,
            filesTruncated: input.filesTruncated,
            repository: { serverUrl: input.serverUrl ?? 'https://github.com', owner, repo },
            runUrl: input.runUrl,
            sections,
          }),
      });
    }

    // Always set, even without Terraform changes: branch protection may require this context.
    if (input.setStatus !== false) {
      result.status = await setPolicyStatus({
        client,
        owner,
        repo,
        sha: pr.headSha,
        report: input.report,
        failOn: input.failOn,
        allowIncomplete: input.allowIncomplete,
        targetUrl: input.runUrl,
      });
    }
  } catch (error) {
    if (isNotAccessibleByIntegration(error)) {
      return readOnly('the workflow token is read-only (GitHub answered "Resource not accessible by integration"); grant `pull-requests: write` and `statuses: write` in the workflow `permissions:`');
    }
    counter.stop();
    throw error;
  }
  return finish();
}
