// One pull request review per run whose comments sit on the diff lines of the findings.
// Idempotent through a hidden fingerprint marker per finding: a re-run on the same head posts
// nothing, and after a push the comments of fixed findings are deleted (or, when people replied,
// edited to say so, because deleting would take their replies with it).
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../report/model.js';
import { severityRank } from '../report/model.js';
import type { RuleMeta } from '../report/render-meta.js';
import { escapeMarkdown, inlineCode, markdownLink, truncateText } from '../report/markdown-escape.js';
import type { Logger } from '../logger.js';
import { answerLost, httpStatus, type GitHubClient } from './client.js';
import { pickCommentTarget, type CommentableLines } from './diff-lines.js';
import { severityLabel } from '../report/severity-presentation.js';

/** GitHub rejects issue and review comment bodies longer than this. */
export const MAX_COMMENT_BODY_CHARS = 65536;
/** Our own budget per comment, leaving room for the "Fixed in" edit of every section. */
const COMMENT_BODY_BUDGET = 60000;
/** A finding section longer than this (only through a huge message) is shortened. */
const SECTION_MESSAGE_CHARS = 2000;

/**
 * At most this many live inline comments per pull request. GitHub documents no cap on comments
 * in one review, but every comment counts towards the secondary "content creation" limits
 * (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits)
 * and a review carrying hundreds of comments buries the humans' review. Past the cap, findings
 * on diff lines are listed in the summary comment instead. The cap counts comments already
 * posted, so a re-run on the same head stays silent.
 */
export const DEFAULT_MAX_INLINE_COMMENTS = 50;

const FINDING_MARKER = /^<!-- drift-guard:finding:([A-Za-z0-9._:\/-]+) -->$/gm;
const SECTION_START = /^<!-- drift-guard:(?:finding|fixed):[A-Za-z0-9._:\/-]+ -->$/m;

/** The fingerprint as it appears in the marker: itself when marker-safe, else a hash of it. */
export function markerId(fingerprint: string): string {
  return /^[A-Za-z0-9._:\/-]{1,200}$/.test(fingerprint)
    ? fingerprint
    : `sha256-${createHash('sha256').update(fingerprint).digest('hex').slice(0, 40)}`;
}

export function findingMarker(fingerprint: string): string {
  return `<!-- drift-guard:finding:${markerId(fingerprint)} -->`;
}

/** Marker ids of the live (not fixed) findings a comment body carries. */
export function markerIdsInBody(body: string): string[] {
  return [...body.matchAll(FINDING_MARKER)].map((m) => m[1]);
}

// One presentation everywhere (src/report/severity-presentation.ts); re-exported for the comment renderers.
export { severityLabel };

/** How to suppress this finding where it is written (RULES.md "Suppressions and exceptions"). */
export function suppressionHint(finding: Finding): string {
  if (/\.(tf|tofu|tfvars)$/.test(finding.file)) {
    return `To suppress, add ${inlineCode(`# drift-guard:ignore ${finding.ruleId} until=YYYY-MM-DD reason`)} on this line or the line above.`;
  }
  // JSON and template files read by file()/templatefile() have no comment syntax.
  return `To suppress, add an ${inlineCode('exceptions:')} entry for ${inlineCode(finding.ruleId)} on ${inlineCode(finding.resource)} (with owner, until and reason) to ${inlineCode('.github/drift-guard.yml')}.`;
}

function codeFence(content: string, info: string): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${content}\n${fence}`;
}

function findingSection(finding: Finding, rule: RuleMeta | undefined, withSuggestion: boolean): string {
  const lines = [
    findingMarker(finding.fingerprint),
    `**${severityLabel(finding.severity)}** · **${escapeMarkdown(finding.title)}** (${inlineCode(finding.ruleId)})`,
    '',
    // Messages carry names and values from the user's code: escaped. Rule descriptions and fixes
    // are this project's own Markdown (backticks for code): rendered as written.
    escapeMarkdown(truncateText(finding.message, SECTION_MESSAGE_CHARS)) + (rule?.description ? ` ${rule.description}` : ''),
    '',
    `**How to fix:** ${finding.fix || rule?.fix || ''}`,
  ];
  // A suggestion replaces exactly the commented line(s), and its text is the author's own source:
  // skip it if it could smuggle a marker into our comment.
  if (withSuggestion && finding.suggestion !== undefined && !finding.suggestion.includes('<!--')) {
    lines.push('', codeFence(finding.suggestion, 'suggestion'));
  }
  lines.push('', `${markdownLink('Rule documentation', finding.helpUri)} · ${suppressionHint(finding)}`);
  return lines.join('\n');
}

function compactSection(finding: Finding): string {
  return `${findingMarker(finding.fingerprint)}\n- **${severityLabel(finding.severity)}** ${markdownLink(finding.title, finding.helpUri)} (${inlineCode(finding.ruleId)})`;
}

export interface PlannedComment {
  path: string;
  line: number;
  startLine?: number;
  findings: Finding[];
  body: string;
}

/** Findings on the diff, grouped by the line their comment sits on, before anything is posted. */
export interface CommentGroup {
  path: string;
  line: number;
  startLine?: number;
  findings: Finding[];
}

function bySeverityThenPlace(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    a.file.localeCompare(b.file) ||
    a.startLine - b.startLine ||
    a.ruleId.localeCompare(b.ruleId) ||
    a.fingerprint.localeCompare(b.fingerprint)
  );
}

/**
 * Splits unsuppressed findings into groups on diff lines (one comment per line or range) and
 * findings outside the diff. `diff` maps repo-relative paths to their commentable lines.
 */
export function groupFindingsByDiffLine(
  findings: readonly Finding[],
  diff: ReadonlyMap<string, CommentableLines>,
): { groups: CommentGroup[]; outsideDiff: Finding[] } {
  const groups = new Map<string, CommentGroup>();
  const outsideDiff: Finding[] = [];
  for (const finding of [...findings].filter((f) => !f.suppressed).sort(bySeverityThenPlace)) {
    const lines = diff.get(finding.file);
    // A suggestion replaces the commented lines, so such a finding is commented on its own line.
    const target = !lines
      ? null
      : finding.suggestion !== undefined && lines.right.has(finding.startLine)
        ? { line: finding.startLine }
        : pickCommentTarget(lines, finding.startLine, finding.endLine);
    if (!target) {
      outsideDiff.push(finding);
      continue;
    }
    const key = `${finding.file}\u0000${target.startLine ?? ''}\u0000${target.line}`;
    const group = groups.get(key) ?? { path: finding.file, ...target, findings: [] };
    group.findings.push(finding);
    groups.set(key, group);
  }
  return { groups: [...groups.values()], outsideDiff };
}

/**
 * The comment body for findings sharing one line: full sections while they fit the budget,
 * then one-line entries; findings that fit neither are returned in `left` (summary only).
 */
export function renderReviewComment(
  findings: readonly Finding[],
  rules: ReadonlyMap<string, RuleMeta>,
): { body: string; included: Finding[]; left: Finding[] } {
  const parts: string[] = [];
  const included: Finding[] = [];
  const left: Finding[] = [];
  let length = 0;
  let suggestionUsed = false;
  let compact = false;
  for (const finding of findings) {
    const withSuggestion = !suggestionUsed && finding.suggestion !== undefined;
    let section = compact ? compactSection(finding) : findingSection(finding, rules.get(finding.ruleId), withSuggestion);
    if (!compact && length + section.length + 8 > COMMENT_BODY_BUDGET / 2) {
      compact = true;
      section = compactSection(finding);
    }
    if (length + section.length + 8 > COMMENT_BODY_BUDGET) {
      left.push(finding);
      continue;
    }
    if (withSuggestion && !compact) suggestionUsed = true;
    parts.push(section);
    included.push(finding);
    length += section.length + 7;
  }
  return { body: parts.join('\n\n---\n\n'), included, left };
}

/** Marks the sections of `ids` as fixed: marker renamed (so they are never live again), a visible note, suggestions disarmed. */
export function markSectionsFixed(body: string, ids: ReadonlySet<string>, headSha: string): string {
  const note = `✅ **Fixed in ${inlineCode(headSha.slice(0, 12))}**: this finding is no longer reported.`;
  return splitSections(body)
    .map((section) => {
      const id = /^<!-- drift-guard:finding:([A-Za-z0-9._:\/-]+) -->/.exec(section)?.[1];
      if (!id || !ids.has(id)) return section;
      const rest = section
        .slice(section.indexOf('\n') + 1)
        .replace(/^(`{3,})suggestion$/gm, '$1');
      return `<!-- drift-guard:fixed:${id} -->\n${note}\n\n${rest}`;
    })
    .join('');
}

function splitSections(body: string): string[] {
  const sections: string[] = [];
  let rest = body;
  for (;;) {
    const match = SECTION_START.exec(rest.slice(1));
    if (!match) break;
    const at = match.index + 1;
    sections.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  sections.push(rest);
  return sections;
}

export interface ExistingReviewComment {
  id: number;
  path: string;
  body: string;
  login: string;
  inReplyToId?: number;
  /** The review the comment belongs to (null for a lone comment). */
  reviewId?: number | null;
}

export interface SyncReviewInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  pullNumber: number;
  headSha: string;
  /** Login the bot's comments are authored by (e.g. `github-actions[bot]`). */
  botLogin: string;
  findings: readonly Finding[];
  diff: ReadonlyMap<string, CommentableLines>;
  rules?: readonly RuleMeta[];
  maxInlineComments?: number;
  /** Files whose scan failed: their comments are left alone rather than treated as fixed. */
  filesWithErrors?: ReadonlySet<string>;
  /** Fetches the PR's patches again; used once when GitHub rejects the review with 422. */
  refreshDiff?: () => Promise<ReadonlyMap<string, CommentableLines>>;
}

export interface SyncReviewResult {
  /** Comments posted in this run's review. */
  posted: number;
  reviewId: number | null;
  /** Findings that already had a live comment from an earlier run. */
  alreadyCommented: number;
  deleted: number;
  markedFixed: number;
  /** Unsuppressed findings not on a commentable diff line: the summary lists them. */
  outsideDiff: Finding[];
  /** Unsuppressed findings on diff lines left without a comment (over the cap, or rejected by GitHub): the summary lists them. */
  notCommented: Finding[];
  /** Fingerprints that have a live inline comment after this run. */
  commentedFingerprints: Set<string>;
  /** True when GitHub rejected the review and it was retried without some comments. */
  retriedAfter422: boolean;
}

export async function listBotReviewComments(
  client: GitHubClient,
  input: { owner: string; repo: string; pullNumber: number },
): Promise<ExistingReviewComment[]> {
  const comments = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    per_page: 100,
  });
  return comments.map((c) => ({
    id: c.id,
    path: c.path,
    body: c.body,
    login: c.user?.login ?? '',
    reviewId: c.pull_request_review_id ?? null,
    ...(c.in_reply_to_id !== undefined ? { inReplyToId: c.in_reply_to_id } : {}),
  }));
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export async function syncReview(input: SyncReviewInput): Promise<SyncReviewResult> {
  const { client, logger, owner, repo, pullNumber, headSha } = input;
  const rules = new Map((input.rules ?? []).map((r) => [r.id, r]));
  const maxComments = input.maxInlineComments ?? DEFAULT_MAX_INLINE_COMMENTS;
  const unsuppressed = input.findings.filter((f) => !f.suppressed);
  const currentIds = new Set(unsuppressed.map((f) => markerId(f.fingerprint)));

  const all = await listBotReviewComments(client, { owner, repo, pullNumber });
  const ours = all.filter((c) => c.inReplyToId === undefined && sameLogin(c.login, input.botLogin));
  const repliedTo = new Set(
    all.filter((c) => c.inReplyToId !== undefined && !sameLogin(c.login, input.botLogin)).map((c) => c.inReplyToId!),
  );

  // Comments of findings that are gone: delete, or mark fixed when someone replied.
  let deleted = 0;
  let markedFixed = 0;
  const liveIds = new Set<string>();
  let liveComments = 0;
  for (const comment of ours) {
    const ids = markerIdsInBody(comment.body);
    if (ids.length === 0) continue;
    const gone = new Set(ids.filter((id) => !currentIds.has(id)));
    if (gone.size > 0 && input.filesWithErrors?.has(comment.path)) {
      for (const id of ids) liveIds.add(id);
      liveComments += 1;
      continue;
    }
    if (gone.size === ids.length && !repliedTo.has(comment.id)) {
      await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id });
      deleted += 1;
      continue;
    }
    if (gone.size > 0) {
      await client.rest.pulls.updateReviewComment({
        owner,
        repo,
        comment_id: comment.id,
        body: markSectionsFixed(comment.body, gone, headSha),
      });
      markedFixed += gone.size;
    }
    for (const id of ids) if (!gone.has(id)) liveIds.add(id);
    if (gone.size < ids.length) liveComments += 1;
  }

  const { groups, outsideDiff } = groupFindingsByDiffLine(unsuppressed, input.diff);
  const notCommented: Finding[] = [];
  let alreadyCommented = 0;
  const planned: PlannedComment[] = [];
  for (const group of groups) {
    const fresh = group.findings.filter((f) => !liveIds.has(markerId(f.fingerprint)));
    alreadyCommented += group.findings.length - fresh.length;
    if (fresh.length === 0) continue;
    if (liveComments + planned.length >= maxComments) {
      notCommented.push(...fresh);
      continue;
    }
    const rendered = renderReviewComment(fresh, rules);
    notCommented.push(...rendered.left);
    planned.push({ ...group, findings: rendered.included, body: rendered.body });
  }

  const commentedFingerprints = new Set(
    unsuppressed.filter((f) => liveIds.has(markerId(f.fingerprint))).map((f) => f.fingerprint),
  );
  const result: SyncReviewResult = {
    posted: 0,
    reviewId: null,
    alreadyCommented,
    deleted,
    markedFixed,
    outsideDiff,
    notCommented,
    commentedFingerprints,
    retriedAfter422: false,
  };
  if (planned.length === 0) return result;

  let toPost = planned;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const review = await createReviewOnce(input, toPost);
      result.reviewId = review;
      await convergeOnEarlierReview(input, review);
      result.posted = toPost.length;
      for (const comment of toPost) for (const f of comment.findings) commentedFingerprints.add(f.fingerprint);
      return result;
    } catch (error) {
      if (httpStatus(error) !== 422 || attempt > 0) {
        if (httpStatus(error) === 422) {
          logger.warning(`GitHub rejected the review again (${(error as Error).message}); its findings are listed in the summary comment.`);
          for (const comment of toPost) notCommented.push(...comment.findings);
          return result;
        }
        throw error;
      }
      result.retriedAfter422 = true;
      logger.warning(
        `GitHub rejected the review (${(error as Error).message}); retrying once without the comments whose lines are not in the current diff.`,
      );
      await deleteOwnPendingReview(input);
      const fresh = input.refreshDiff ? await input.refreshDiff() : new Map<string, CommentableLines>();
      const keep: PlannedComment[] = [];
      for (const comment of toPost) {
        const lines = fresh.get(comment.path);
        const valid =
          lines !== undefined &&
          lines.right.has(comment.line) &&
          (comment.startLine === undefined ||
            lines.hunks.some((h) => h.rightStart <= comment.startLine! && comment.line <= h.rightEnd));
        if (valid) keep.push(comment);
        else notCommented.push(...comment.findings);
      }
      if (keep.length === toPost.length) {
        // Nothing identifiable was wrong: the retry would fail the same way, so give up inline comments.
        for (const comment of keep) notCommented.push(...comment.findings);
        return result;
      }
      if (keep.length === 0) return result;
      toPost = keep;
    }
  }
}

async function createReview(input: SyncReviewInput, comments: PlannedComment[]): Promise<number> {
  const count = comments.reduce((n, c) => n + c.findings.length, 0);
  const response = await input.client.rest.pulls.createReview({
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    commit_id: input.headSha,
    // Submitting in the same request means no pending review is ever left behind.
    event: 'COMMENT',
    body: `**ECS Drift Guard** found ${count} ${count === 1 ? 'finding' : 'findings'} on lines this pull request changes. The summary comment lists everything, including findings outside the diff.`,
    comments: comments.map((c) => ({
      path: c.path,
      line: c.line,
      side: 'RIGHT' as const,
      ...(c.startLine !== undefined ? { start_line: c.startLine, start_side: 'RIGHT' as const } : {}),
      body: c.body,
    })),
  });
  return response.data.id;
}

/**
 * Creates the review exactly once. The POST is never retried blindly (client.ts): when its answer
 * is lost (5xx, timeout) the bot's comments are looked up by fingerprint, and the review is posted
 * again only if none of the planned ones landed (issue 14).
 */
async function createReviewOnce(input: SyncReviewInput, comments: PlannedComment[]): Promise<number> {
  try {
    return await createReview(input, comments);
  } catch (error) {
    if (!answerLost(error)) throw error;
    const planned = new Set(comments.flatMap((c) => c.findings.map((f) => markerId(f.fingerprint))));
    const landed = (await listBotReviewComments(input.client, input)).filter(
      (c) => c.inReplyToId === undefined && sameLogin(c.login, input.botLogin) && markerIdsInBody(c.body).some((id) => planned.has(id)),
    );
    if (landed.length === 0) return createReview(input, comments);
    input.logger.info(`GitHub's answer to the review was lost, but the review was made (${landed.length} comment(s) found by fingerprint); not posting it again.`);
    return landed[0]!.reviewId ?? 0;
  }
}

/**
 * Two runs on the same head can both find no comment and both post. The later review converges
 * on the earlier one: its comments whose fingerprints an earlier bot comment already carries are
 * deleted (only the bot's own, never a human's), and its body points at the earlier review.
 */
async function convergeOnEarlierReview(input: SyncReviewInput, reviewId: number): Promise<void> {
  const { client, owner, repo } = input;
  const ours = (await listBotReviewComments(client, input)).filter((c) => c.inReplyToId === undefined && sameLogin(c.login, input.botLogin));
  const mine = ours.filter((c) => c.reviewId === reviewId);
  const earlier = ours.filter((c) => c.reviewId !== reviewId && mine.some((m) => c.id < m.id));
  let removed = 0;
  let earlierReview: number | null = null;
  for (const comment of mine) {
    const ids = markerIdsInBody(comment.body);
    const first = earlier.find((e) => e.id < comment.id && ids.every((id) => markerIdsInBody(e.body).includes(id)));
    if (ids.length === 0 || !first) continue;
    try {
      await client.rest.pulls.deleteReviewComment({ owner, repo, comment_id: comment.id });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
    earlierReview = first.reviewId ?? earlierReview;
    removed += 1;
  }
  if (removed === 0) return;
  input.logger.info(`Another run posted the same ${removed} comment(s) first; removed this run's copies.`);
  if (removed === mine.length && earlierReview) {
    await client.rest.pulls.updateReview({
      owner,
      repo,
      pull_number: input.pullNumber,
      review_id: reviewId,
      body: `**ECS Drift Guard**: two runs checked this commit at once; the comments are on the earlier review (${earlierReview}).`,
    });
  }
}

/** A pending review by the bot (left by another tool or a crashed run) blocks creating a new one. */
async function deleteOwnPendingReview(input: SyncReviewInput): Promise<void> {
  const reviews = await input.client.paginate(input.client.rest.pulls.listReviews, {
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    per_page: 100,
  });
  for (const review of reviews) {
    if (review.state === 'PENDING' && sameLogin(review.user?.login ?? '', input.botLogin)) {
      await input.client.rest.pulls.deletePendingReview({
        owner: input.owner,
        repo: input.repo,
        pull_number: input.pullNumber,
        review_id: review.id,
      });
    }
  }
}
