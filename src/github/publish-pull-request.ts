// Publishing a scan to a pull request: review comments on diff lines, the summary comment and
// the `drift-guard/policy` status, all on the PR head SHA. main.ts calls this; it never touches
// @actions/* and returns what happened so main.ts can write the job summary and annotations.
import type { FailLevel, Finding, Report } from '../report/model.js';
import type { RuleMeta } from '../report/render-meta.js';
import type { Logger } from '../logger.js';
import { countRequests, httpStatus, isRateLimited, type GitHubClient } from './client.js';
import { listPullRequestFiles, type PullRequestFile } from './changed-files.js';
import { toCommentableLines, type CommentableLines } from './diff-lines.js';
import { syncReview, type SyncReviewResult } from './review.js';
import { FAILED_PHASES_SECTION, publishSummaryComment, renderSummaryComment, type PublishSummaryResult, type SummarySection } from './summary-comment.js';
import { escapeMarkdown, inlineCode } from '../report/markdown-escape.js';
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

/** A step of the publication that failed; the other steps still ran (issue 14). */
export interface StepFailure {
  step: 'review' | 'summary comment' | 'policy status';
  /** The error, naming the request (client.ts). */
  message: string;
}

export interface PublishResult {
  /** True when nothing could be written (fork PR); `why` says so for the job summary. */
  readOnly: boolean;
  why?: string;
  review: SyncReviewResult | null;
  summary: PublishSummaryResult | null;
  status: CommitStatusResult | null;
  /** Steps that failed, each with the request that failed it. */
  failures: StepFailure[];
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
    if ((status === 403 || status === 401 || status === 404) && !isRateLimited(error)) {
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

/** Why this PR's token cannot write, from the event (fork), or null: a fact, never guessed from one 403. */
export function readOnlyReason(pr: PullRequestRef): string | null {
  const fork = forkReason(pr);
  return fork ? `No pull request comments or statuses were written: ${fork}. The findings are in the job summary and annotations.` : null;
}

/** The publication's three steps share this; main.ts runs each step as its own phase. */
export interface Publication {
  input: PublishInput;
  /** The bot's login, asked for once by the first step that needs it (the status step does not). */
  botLogin: () => Promise<string>;
  reviewEnabled: boolean;
  summaryEnabled: boolean;
  result: PublishResult;
}

export async function startPublication(input: PublishInput): Promise<Publication> {
  const result: PublishResult = { readOnly: false, review: null, summary: null, status: null, failures: [], outsideDiff: [], notCommented: [], requests: 0, writes: 0 };
  const why = readOnlyReason(input.pullRequest);
  if (why) {
    result.readOnly = true;
    result.why = why;
    input.logger.warning(why);
  }
  let login: Promise<string> | undefined;
  const botLogin = () => (login ??= input.botLogin ? Promise.resolve(input.botLogin) : resolveBotLogin(input.client, input.logger));
  result.outsideDiff = input.report.findings.filter((f) => !f.suppressed);
  return {
    input,
    botLogin,
    reviewEnabled: input.comment === 'review' || input.comment === 'both',
    summaryEnabled: input.comment === 'summary' || input.comment === 'both',
    result,
  };
}

/** Step 1: the review with inline comments on diff lines. */
export async function publishReviewStep(p: Publication): Promise<SyncReviewResult | null> {
  return recordingFailure(p, 'review', () => reviewStep(p));
}

async function reviewStep(p: Publication): Promise<SyncReviewResult | null> {
  const { input, result } = p;
  const { client, logger, owner, repo, pullRequest: pr } = input;
  if (result.readOnly || !p.reviewEnabled) return null;
  let files = input.files;
  let filesTruncated = input.filesTruncated ?? false;
  if (!files) {
    const listed = await listPullRequestFiles(client, { owner, repo, pullNumber: pr.number, changedFiles: pr.changedFiles }, logger);
    files = listed.files;
    filesTruncated = listed.truncated;
  }
  p.input = { ...input, filesTruncated };
  result.review = await syncReview({
    client,
    logger,
    owner,
    repo,
    pullNumber: pr.number,
    headSha: pr.headSha,
    botLogin: await p.botLogin(),
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
  return result.review;
}

/**
 * Step 2: the summary comment. `problems` is the section on phases that failed so far; it is
 * supplied on every run (empty when none failed) so an old one is never carried over.
 */
export async function publishSummaryStep(p: Publication, problems?: SummarySection): Promise<PublishSummaryResult | null> {
  return recordingFailure(p, 'summary comment', () => summaryStep(p, problems));
}

async function summaryStep(p: Publication, problems?: SummarySection): Promise<PublishSummaryResult | null> {
  const { input, result } = p;
  const { client, owner, repo, pullRequest: pr } = input;
  if (result.readOnly) return null;
  const reviewFailed = result.failures.some((f) => f.step === 'review');
  // With `comment: review` the summary still carries what could not go inline (or all of it,
  // when the review failed); otherwise those findings would only be in the job summary.
  if (!(p.summaryEnabled || (p.reviewEnabled && (problems !== undefined || reviewFailed || result.outsideDiff.length > 0 || result.notCommented.length > 0)))) return null;
  const sections = [...(input.sections ?? []), ...(problems ? [problems] : [])];
  result.summary = await publishSummaryComment({
    client,
    owner,
    repo,
    issueNumber: pr.number,
    botLogin: await p.botLogin(),
    terraformChanged: input.terraformChanged,
    sections,
    render: (all) =>
      renderSummaryComment({
        report: input.report,
        failOn: input.failOn,
        allowIncomplete: input.allowIncomplete,
        headSha: pr.headSha,
        now: input.now,
        changedModules: input.changedModules,
        deletedModules: input.deletedModules,
        reviewEnabled: p.reviewEnabled && !reviewFailed,
        commentedFingerprints: result.review?.commentedFingerprints,
        outsideDiff: result.outsideDiff,
        notCommented: result.notCommented,
        filesTruncated: p.input.filesTruncated,
        repository: { serverUrl: input.serverUrl ?? 'https://github.com', owner, repo },
        runUrl: input.runUrl,
        sections: all,
      }),
  });
  return result.summary;
}

/** Step 3: `drift-guard/policy`, always set (even without Terraform changes: branch protection may require it). */
export async function publishPolicyStatusStep(p: Publication): Promise<CommitStatusResult | null> {
  return recordingFailure(p, 'policy status', () => policyStatusStep(p));
}

/** Records a step's failure in the result (the summary step reads the review's) and passes it on. */
async function recordingFailure<T>(p: Publication, step: StepFailure['step'], fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (error) {
    p.result.failures.push({ step, message: (error as Error).message });
    throw error;
  }
}

async function policyStatusStep(p: Publication): Promise<CommitStatusResult | null> {
  const { input, result } = p;
  if (result.readOnly || input.setStatus === false) return null;
  result.status = await setPolicyStatus({
    client: input.client,
    owner: input.owner,
    repo: input.repo,
    sha: input.pullRequest.headSha,
    report: input.report,
    failOn: input.failOn,
    allowIncomplete: input.allowIncomplete,
    targetUrl: input.runUrl,
  });
  return result.status;
}

/** The three steps in order for the CLI and tests; each one's failure is recorded and the others still run. */
export async function publishPullRequest(input: PublishInput): Promise<PublishResult> {
  const counter = countRequests(input.client);
  let result: PublishResult | undefined;
  try {
    const p = await startPublication(input);
    result = p.result;
    const step = async (name: StepFailure['step'], fn: () => Promise<unknown>) => {
      try {
        await fn();
      } catch (error) {
        input.logger.error(`${name} failed: ${(error as Error).message}`);
      }
    };
    await step('review', () => publishReviewStep(p));
    await step('summary comment', () => publishSummaryStep(p, failedStepsSection(p.result.failures)));
    await step('policy status', () => publishPolicyStatusStep(p));
    return p.result;
  } finally {
    counter.stop();
    if (result) {
      result.requests = counter.requests;
      result.writes = counter.writes;
    }
  }
}

/** The summary comment's section on what failed in this run; undefined when nothing did. */
export function failedStepsSection(failures: readonly { step: string; message: string }[]): SummarySection | undefined {
  if (failures.length === 0) return undefined;
  const lines = failures.map((f) => `- **${escapeMarkdown(capitalize(f.step))}** could not be completed: ${inlineCode(f.message)}`);
  return { id: FAILED_PHASES_SECTION, title: 'Not completed in this run', markdown: `${lines.join('\n')}\n\nThe run fails until these succeed; everything else above is current.` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
