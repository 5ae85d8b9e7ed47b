// One summary comment per pull request, found by a hidden marker AND the bot's own login (a
// comment by anyone else that copies the marker is never edited), created or edited in place.
import type { FailLevel, Finding, Report, Severity } from '../report/model.js';
import { SEVERITIES, blockingCount, severityRank } from '../report/model.js';
import { describeIncomplete, incompleteItems } from '../report/summary.js';
import { escapeMarkdown, escapeTableCell, inlineCode, markdownLink, safeLinkTarget, truncateText } from '../report/markdown-escape.js';
import { answerLost, httpStatus, type GitHubClient } from './client.js';
import { MAX_COMMENT_BODY_CHARS, severityLabel } from './review.js';
import { SEVERITY_EMOJI, severityLegend } from '../report/severity-presentation.js';

export const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
/** The section on phases that failed: about one run only, so never carried over to the next body. */
export const FAILED_PHASES_SECTION = 'failed-phases';
/** Section ids other phases fill: drift on this pull request, owner approvals. */
export const SUMMARY_SECTION_DRIFT = 'drift';
export const SUMMARY_SECTION_OWNER_APPROVAL = 'owner-approval';
/** What a pull request changes in the config file or CODEOWNERS (issue 13). */
export const SUMMARY_SECTION_GATE_CHANGES = 'gate-changes';

/** A block of Markdown another phase owns; kept across runs that do not supply it. */
export interface SummarySection {
  /** `[a-z0-9-]+`, e.g. `drift` or `owner-approval`. */
  id: string;
  title: string;
  /** Trusted Markdown built by that phase (which escapes its own user-controlled strings). */
  markdown: string;
  /** Set on sections carried over from an earlier body: `title` is already escaped Markdown. */
  escapedTitle?: boolean;
}

/** Stay this far below GitHub's limit: the truncation note and marker need room. */
const SUMMARY_BUDGET = MAX_COMMENT_BODY_CHARS - 1536;
/** Exceptions ending within this many days are listed as expiring. */
export const EXPIRING_WITHIN_DAYS = 14;

export interface SummaryInput {
  report: Report;
  failOn: FailLevel;
  /** Input `allow-incomplete`: what could not be checked is listed but does not block. */
  allowIncomplete?: boolean;
  headSha: string;
  now: Date;
  /** Modules the PR changes (scanned) and those it deletes (not scanned). */
  changedModules: readonly string[];
  deletedModules?: readonly string[];
  /** Whether inline review comments are on (`comment: review|both`). */
  reviewEnabled: boolean;
  /** Findings with a live inline comment. */
  commentedFingerprints?: ReadonlySet<string>;
  /** Unsuppressed findings not on a commentable line of the diff. */
  outsideDiff?: readonly Finding[];
  /** Findings on diff lines that got no inline comment (cap, or rejected by GitHub). */
  notCommented?: readonly Finding[];
  /** True when GitHub listed only part of the PR's files. */
  filesTruncated?: boolean;
  /** For links to files at the head commit: `https://github.com`, owner, repo. */
  repository?: { serverUrl: string; owner: string; repo: string };
  /** The workflow run, linked from the truncation note. */
  runUrl?: string;
  sections?: readonly SummarySection[];
}

function fileLink(input: SummaryInput, file: string, startLine: number, endLine?: number, label = `${file}:${startLine}`): string {
  if (!input.repository) return inlineCode(label, { table: true });
  const { serverUrl, owner, repo } = input.repository;
  const path = file.split('/').map(encodeURIComponent).join('/');
  const lines = endLine && endLine > startLine ? `#L${startLine}-L${endLine}` : `#L${startLine}`;
  return markdownLink(label, `${serverUrl}/${owner}/${repo}/blob/${input.headSha}/${path}${lines}`);
}

function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => severityRank(b.severity) - severityRank(a.severity) || a.file.localeCompare(b.file) || a.startLine - b.startLine,
  );
}


/** One line per file (`path: L12 🟠 rule, ...`): what a long list shrinks to so that it still fits. */
function compactFindingBlocks(input: SummaryInput, title: string, intro: string, findings: readonly Finding[]): Block[] {
  if (findings.length === 0) return [];
  const byFile = new Map<string, Finding[]>();
  for (const f of [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.startLine - b.startLine)) {
    byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
  }
  const lines = [...byFile].map(
    ([file, list]) =>
      `- ${fileLink(input, file, list[0].startLine, undefined, file)}: ${list.map((f) => `L${f.startLine} ${SEVERITY_EMOJI[f.severity]} ${inlineCode(f.ruleId)}`).join(', ')}`,
  );
  const [first, ...rest] = lines;
  return [
    { text: `### ${title}\n\n${intro}${intro ? '\n\n' : ''}${severityLegend()}\n\n${first}` },
    ...rest.map((text) => ({ text, row: true })),
  ];
}

function findingRows(input: SummaryInput, findings: readonly Finding[]): string[] {
  return sortFindings(findings)
    .map(
      (f) =>
        `| ${severityLabel(f.severity)} | ${markdownLink(f.ruleId, f.helpUri)} | ${fileLink(input, f.file, f.startLine, f.endLine)} | ${inlineCode(f.resource, { table: true })} | ${escapeTableCell(truncateText(f.message, 300))} |`,
    );
}

const FINDING_TABLE_HEAD = ['| Severity | Rule | Location | Resource | Message |', '|---|---|---|---|---|'];

function daysBetween(from: Date, isoDay: string): number {
  const day = Date.parse(`${isoDay}T00:00:00Z`);
  const today = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
  return Math.round((day - today) / 86_400_000);
}

/**
 * Blocks in order of importance. A block is emitted whole or not at all (table rows are
 * separate blocks), so truncation never cuts a row, a code span or a tag in half.
 */
type Block = { text: string; row?: boolean };

function sectionBlocks(section: SummarySection): Block[] {
  // A supplied empty section removes the one an earlier run posted (e.g. the PR no longer changes the config).
  if (section.markdown.trim() === '') return [];
  return [
    {
      text: `<!-- drift-guard:section:${section.id} -->\n### ${section.escapedTitle ? section.title : escapeMarkdown(section.title)}\n\n${section.markdown.trim()}\n<!-- drift-guard:section-end:${section.id} -->`,
    },
  ];
}

function tableBlocks(title: string, intro: string, head: string[], rows: string[]): Block[] {
  if (rows.length === 0) return [];
  // The first row travels with the heading so a truncated comment never ends in an empty table.
  const [first, ...rest] = rows;
  return [
    { text: `### ${title}\n\n${intro}${intro ? '\n\n' : ''}${head.join('\n')}\n${first}` },
    ...rest.map((text) => ({ text, row: true })),
  ];
}

/**
 * The summary body, under `maxLength`. Finding lists are tables; when they would not fit they
 * shrink to one line per file, and only if that does not fit either is the body truncated.
 */
export function renderSummaryComment(input: SummaryInput, maxLength = SUMMARY_BUDGET): string {
  const detailed = renderSummaryBlocks(input, false);
  const full = assemble(detailed, input.runUrl, maxLength);
  if (!full.truncated) return full.text;
  return assemble(renderSummaryBlocks(input, true), input.runUrl, maxLength).text;
}

function renderSummaryBlocks(input: SummaryInput, compact: boolean): Block[] {
  const findingBlocks = (title: string, intro: string, findings: readonly Finding[]): Block[] =>
    compact ? compactFindingBlocks(input, title, intro, findings) : tableBlocks(title, intro, FINDING_TABLE_HEAD, findingRows(input, findings));
  const { report } = input;
  const unsuppressed = report.findings.filter((f) => !f.suppressed);
  const suppressed = report.findings.filter((f) => f.suppressed);
  const blocking = blockingCount(report, input.failOn);

  const head: string[] = [SUMMARY_MARKER, '## ECS Drift Guard', ''];
  if (input.failOn === 'none') {
    head.push(`${unsuppressed.length} ${unsuppressed.length === 1 ? 'finding' : 'findings'}; nothing blocks (\`fail-on: none\`).`);
  } else if (blocking > 0) {
    head.push(`❌ **${blocking} ${blocking === 1 ? 'finding' : 'findings'} at or above \`${input.failOn}\` ${blocking === 1 ? 'blocks' : 'block'} this pull request.**`);
  } else {
    head.push(`✅ **No findings at or above \`${input.failOn}\`.**`);
  }
  const notChecked = incompleteItems({ ...report, drift: [] });
  if (notChecked.length > 0) {
    const reason = escapeMarkdown(truncateText(describeIncomplete(notChecked), 600));
    head.push('', input.allowIncomplete ? `⚠️ **Incomplete, accepted by \`allow-incomplete\`:** ${reason}` : `⛔ **Incomplete: not everything could be checked, so \`drift-guard/policy\` fails.** ${reason}`);
  }
  head.push(
    '',
    `Scanned ${input.changedModules.length} ${input.changedModules.length === 1 ? 'module' : 'modules'} changed by this pull request at ${inlineCode(input.headSha.slice(0, 12))}.`,
  );
  const inline = input.commentedFingerprints?.size ?? 0;
  if (input.reviewEnabled && inline > 0) {
    head.push('', `${inline} ${inline === 1 ? 'finding is' : 'findings are'} commented inline on the diff.`);
  }
  if (input.filesTruncated) {
    head.push('', '⚠️ GitHub lists at most 3,000 files of a pull request; modules changed only in the other files were not scanned.');
  }
  head.push('', '| Severity | Findings |', '|---|---|');
  for (const severity of [...SEVERITIES].reverse()) {
    head.push(`| ${severityLabel(severity)} | ${unsuppressed.filter((f) => f.severity === severity).length} |`);
  }
  head.push(`| Suppressed | ${suppressed.length} |`);

  const blocks: Block[] = [{ text: head.join('\n') }];
  for (const section of input.sections ?? []) blocks.push(...sectionBlocks(section));

  // Findings per module, including modules with none, so reviewers see what was covered.
  const modules = [...new Set([...input.changedModules, ...report.modules, ...report.findings.map((f) => f.module)])].sort();
  const perModule = new Map<string, number[]>();
  const order = [...SEVERITIES].reverse();
  for (const f of report.findings) {
    const counts = perModule.get(f.module) ?? [0, 0, 0, 0, 0];
    counts[f.suppressed ? 4 : order.indexOf(f.severity)] += 1;
    perModule.set(f.module, counts);
  }
  const moduleRows = modules.map(
    (module) => `| ${inlineCode(module, { table: true })} | ${(perModule.get(module) ?? [0, 0, 0, 0, 0]).join(' | ')} |`,
  );
  blocks.push(
    ...tableBlocks('Findings per module', '', ['| Module | Critical | High | Medium | Low | Suppressed |', '|---|---|---|---|---|---|'], moduleRows),
  );

  if (input.reviewEnabled) {
    blocks.push(
      ...findingBlocks(
        'Findings outside the diff',
        'These are on lines this pull request does not change, so they have no inline comment.',
        input.outsideDiff ?? [],
      ),
      ...findingBlocks(
        'Findings on the diff without an inline comment',
        'Inline comments are capped per pull request (or GitHub rejected them); these are listed here instead.',
        input.notCommented ?? [],
      ),
    );
  } else {
    blocks.push(...findingBlocks('Findings', '', unsuppressed));
  }

  const deleted = input.deletedModules ?? [];
  if (deleted.length > 0) {
    blocks.push({ text: `### Removed modules\n\nThis pull request removes these modules; they were not scanned: ${deleted.map((d) => inlineCode(d)).join(', ')}.` });
  }

  blocks.push(
    ...tableBlocks(
      'Not evaluated',
      'Values that cannot be known statically produce no finding; these resources were (partly) not checked.',
      ['| Resource | Location | Why |', '|---|---|---|'],
      report.notEvaluated.map((n) => `| ${inlineCode(n.resource, { table: true })} | ${fileLink(input, n.file, n.line)} | ${escapeTableCell(truncateText(n.why, 300))} |`),
    ),
  );

  const expiring = suppressed.filter((f) => {
    const until = f.suppressed?.until;
    if (!until) return false;
    const days = daysBetween(input.now, until);
    return days >= 0 && days <= EXPIRING_WITHIN_DAYS;
  });
  const expired = report.findings.filter((f) => f.expiredSuppression);
  blocks.push(
    ...tableBlocks(
      'Expiring and expired exceptions',
      `Exceptions end on their \`until\` date; these end within ${EXPIRING_WITHIN_DAYS} days or have ended (the finding is back).`,
      ['| Rule | Location | Resource | Until | Owner | State |', '|---|---|---|---|---|---|'],
      [
        ...expired.map((f) => suppressionRow(input, f, f.expiredSuppression!, `expired on ${f.expiredSuppression!.until ?? '?'}`)),
        ...expiring.map((f) => suppressionRow(input, f, f.suppressed!, `expires in ${daysBetween(input.now, f.suppressed!.until!)} days`)),
      ],
    ),
    ...tableBlocks(
      'Suppressed findings',
      '',
      ['| Rule | Location | Resource | Until | Owner | Kind | Reason |', '|---|---|---|---|---|---|---|'],
      suppressed.map((f) => {
        const s = f.suppressed!;
        return `| ${markdownLink(f.ruleId, f.helpUri)} | ${fileLink(input, f.file, f.startLine)} | ${inlineCode(f.resource, { table: true })} | ${s.until ? escapeTableCell(s.until) : '**permanent**'} | ${escapeTableCell(s.owner ?? '')} | ${s.kind} | ${escapeTableCell(truncateText(s.reason ?? '', 200))} |`;
      }),
    ),
    ...tableBlocks(
      'Errors',
      '',
      ['| File | Error |', '|---|---|'],
      report.errors.map((e) => `| ${inlineCode(e.file, { table: true })} | ${escapeTableCell(truncateText(e.message, 300))} |`),
    ),
  );

  return blocks;
}

function suppressionRow(input: SummaryInput, f: Finding, s: NonNullable<Finding['suppressed']>, state: string): string {
  return `| ${markdownLink(f.ruleId, f.helpUri)} | ${fileLink(input, f.file, f.startLine)} | ${inlineCode(f.resource, { table: true })} | ${escapeTableCell(s.until ?? '')} | ${escapeTableCell(s.owner ?? '')} | ${state} |`;
}

function truncationNote(runUrl: string | undefined): string {
  const target = runUrl ? safeLinkTarget(runUrl) : null;
  const where = target ? `[the job summary](${target})` : 'the job summary';
  return `> [!WARNING]\n> This comment was truncated to stay under GitHub's 65,536-character limit; see ${where} for the full report.`;
}

function assemble(blocks: Block[], runUrl: string | undefined, maxLength: number): { text: string; truncated: boolean } {
  const note = truncationNote(runUrl);
  const budget = maxLength - note.length - 4;
  let text = '';
  for (const block of blocks) {
    // A table row continues its table on the next line; anything else starts a paragraph.
    const separator = text === '' ? '' : block.row ? '\n' : '\n\n';
    if (text.length + separator.length + block.text.length > budget) {
      return { text: `${text}\n\n${note}\n`, truncated: true };
    }
    text += separator + block.text;
  }
  return { text: `${text}\n`, truncated: false };
}

/** The body when the pull request (no longer) touches Terraform; only ever replaces an earlier summary. */
export function renderNoTerraformSummary(sections: readonly SummarySection[] = []): string {
  return [
    SUMMARY_MARKER,
    '## ECS Drift Guard',
    '',
    'No Terraform changes in this pull request.',
    ...sections.flatMap((section) => ['', ...sectionBlocks(section).map((b) => b.text)]),
    '',
  ].join('\n');
}

const SECTION_BLOCK = /<!-- drift-guard:section:([a-z0-9-]+) -->\n### ([^\n]*)\n\n([\s\S]*?)\n<!-- drift-guard:section-end:\1 -->/g;

/** Sections in an existing summary body, so a run that does not produce one keeps the last one posted. */
export function sectionsInBody(body: string): SummarySection[] {
  return [...body.matchAll(SECTION_BLOCK)].map((m) => ({ id: m[1], title: m[2], markdown: m[3], escapedTitle: true }));
}

export interface ExistingSummary {
  id: number;
  body: string;
}

/** The bot's summary comment: marker AND author, the oldest if a race ever made two. */
export async function findSummaryComment(
  client: GitHubClient,
  input: { owner: string; repo: string; issueNumber: number; botLogin: string },
): Promise<ExistingSummary | null> {
  return (await findSummaryComments(client, input))[0] ?? null;
}

/** Every summary comment of the bot (marker AND author), oldest first: more than one only after a race. */
export async function findSummaryComments(
  client: GitHubClient,
  input: { owner: string; repo: string; issueNumber: number; botLogin: string },
): Promise<ExistingSummary[]> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: input.owner,
    repo: input.repo,
    issue_number: input.issueNumber,
    per_page: 100,
  });
  const login = input.botLogin.toLowerCase();
  return comments
    .filter((c) => (c.user?.login ?? '').toLowerCase() === login && (c.body ?? '').split('\n').some((line) => line.trim() === SUMMARY_MARKER))
    .sort((a, b) => a.id - b.id)
    .map((c) => ({ id: c.id, body: c.body ?? '' }));
}

export interface PublishSummaryInput {
  client: GitHubClient;
  owner: string;
  repo: string;
  issueNumber: number;
  botLogin: string;
  /** False when the PR touches no Terraform: nothing is posted unless a summary already exists. */
  terraformChanged: boolean;
  /** Renders the body given the sections to show (supplied ones plus ones carried over). */
  render: (sections: SummarySection[]) => string;
  sections?: readonly SummarySection[];
}

export interface PublishSummaryResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped';
  commentId: number | null;
  body: string | null;
}

export async function publishSummaryComment(input: PublishSummaryInput): Promise<PublishSummaryResult> {
  const { client, owner, repo, issueNumber } = input;
  const found = await findSummaryComments(client, input);
  const existing = found[0] ?? null;
  await deleteDuplicateSummaries(input, found);
  if (!input.terraformChanged && !existing) return { action: 'skipped', commentId: null, body: null };

  const supplied = new Set((input.sections ?? []).map((s) => s.id));
  const carried = existing ? sectionsInBody(existing.body).filter((s) => !supplied.has(s.id) && s.id !== FAILED_PHASES_SECTION) : [];
  const sections = [...(input.sections ?? []), ...carried];
  const body = input.terraformChanged ? input.render(sections) : renderNoTerraformSummary(sections);
  if (body.length > MAX_COMMENT_BODY_CHARS) {
    throw new Error(`Summary comment body is ${body.length} characters, over GitHub's ${MAX_COMMENT_BODY_CHARS}.`);
  }

  if (!existing) return createSummaryOnce(input, body);
  if (existing.body === body) return { action: 'unchanged', commentId: existing.id, body };
  await client.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body });
  return { action: 'updated', commentId: existing.id, body };
}

/**
 * Creates the summary exactly once. The POST is never retried blindly (client.ts): when its
 * answer is lost the comment is looked for by marker and author, and created again only if the
 * first attempt left nothing. A run that raced another converges on the oldest comment and
 * deletes its own later copy (issue 14).
 */
async function createSummaryOnce(input: PublishSummaryInput, body: string): Promise<PublishSummaryResult> {
  const { client, owner, repo, issueNumber } = input;
  let created: number;
  try {
    created = (await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data.id;
  } catch (error) {
    if (!answerLost(error)) throw error;
    const landed = await findSummaryComments(client, input);
    if (landed.length === 0) {
      created = (await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body })).data.id;
    } else {
      await deleteDuplicateSummaries(input, landed);
      if (landed[0]!.body !== body) await client.rest.issues.updateComment({ owner, repo, comment_id: landed[0]!.id, body });
      return { action: 'created', commentId: landed[0]!.id, body };
    }
  }
  const all = await findSummaryComments(client, input);
  const keep = all[0];
  if (keep && keep.id !== created) {
    await deleteDuplicateSummaries(input, all);
    if (keep.body !== body) await client.rest.issues.updateComment({ owner, repo, comment_id: keep.id, body });
    return { action: 'updated', commentId: keep.id, body };
  }
  return { action: 'created', commentId: created, body };
}

/** Deletes every summary comment of the bot but the oldest; a comment another run deleted first is fine. */
async function deleteDuplicateSummaries(input: PublishSummaryInput, found: readonly ExistingSummary[]): Promise<void> {
  for (const duplicate of found.slice(1)) {
    try {
      await input.client.rest.issues.deleteComment({ owner: input.owner, repo: input.repo, comment_id: duplicate.id });
    } catch (error) {
      if (httpStatus(error) !== 404) throw error;
    }
  }
}
