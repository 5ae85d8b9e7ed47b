// What the demo shows: a terminal transcript and one Markdown file per artefact, built from the
// DemoResult the scenario returns. Markdown bodies are the action's own output, shown as GitHub
// would render them; the terminal version drops the hidden HTML markers that GitHub hides too.
import type { DemoResult, RunView, StatusView } from './scenario.js';
import { OWNER as OWNER_ORG } from './estate.js';

export interface DemoFile {
  name: string;
  title: string;
  content: string;
}

/** GitHub hides HTML comments (the action's markers); so does the terminal view. */
export function withoutHiddenMarkers(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One `### Title` section of a Markdown body (up to the next heading of the same level). */
function sectionOf(markdown: string, title: string): string | null {
  const start = markdown.indexOf(`### ${title}`);
  if (start < 0) return null;
  const next = markdown.indexOf('\n### ', start + 4);
  return markdown.slice(start, next < 0 ? undefined : next).trim();
}

function indent(text: string, by = '    '): string {
  return text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');
}

const STATE_MARK: Record<StatusView['state'], string> = { success: 'ok  ', pending: '... ', failure: 'FAIL', error: 'ERR ' };

function statusLines(statuses: StatusView[]): string {
  if (statuses.length === 0) return '    (none)';
  return statuses.map((s) => `    ${STATE_MARK[s.state]} ${s.context.padEnd(28)} ${s.state.padEnd(8)} ${s.description ?? ''}`).join('\n');
}

function runLine(run: RunView): string {
  const outcome = run.crashed
    ? `FAILED: ${run.crashed}`
    : run.exitCode === 1
      ? 'exit 1 (blocking findings: the check fails, as intended)'
      : `exit ${run.exitCode}`;
  return `  action run (${run.event}): ${outcome}\n  job summary: ${run.summaryHeadline || '(empty)'}${run.verdict ? `\n  log: ${run.verdict}` : ''}`;
}

function heading(text: string): string {
  return `\n${text}\n${'='.repeat(text.length)}\n`;
}

export function renderTranscript(result: DemoResult, outputDir: string): string {
  const { pullRequest: pr, approval, drift } = result;
  const out: string[] = [];
  out.push(heading(`1. Pull request #${pr.number} "${pr.title}" by @${pr.author}`));
  out.push(indent(pr.diff.trimEnd(), '  '));
  out.push('');
  out.push(runLine(pr.run));
  if (pr.reviewBody) out.push(`\n  Review: ${withoutHiddenMarkers(pr.reviewBody).split('\n')[0]}`);
  out.push(`\n  Review comments on the diff (${pr.reviewComments.length}):`);
  for (const c of pr.reviewComments) {
    const firstLine = withoutHiddenMarkers(c.body).split('\n').find((l) => l.trim()) ?? '';
    out.push(`    ${c.path}:${c.line ?? '?'}  ${firstLine}`);
  }
  out.push('\n  Summary comment:');
  out.push(indent(withoutHiddenMarkers(pr.summaryComment ?? '(none)')));
  out.push('\n  Commit statuses on the head commit:');
  out.push(statusLines(pr.statusesAfterOpen));
  const requested = [...pr.requestedReviewers.map((r) => `@${r}`), ...pr.requestedTeams.map((t) => `@${OWNER_ORG}/${t}`)];
  out.push(`\n  Reviews requested from: ${requested.join(', ') || '(nobody)'}`);

  out.push(heading(`2. @${approval.reviewer} approves; the action runs on pull_request_review`));
  out.push(runLine(approval.run));
  const before = pr.statusesAfterOpen.find((s) => s.context === 'drift-guard/owner-approval');
  const after = approval.statusesAfterApproval.find((s) => s.context === 'drift-guard/owner-approval');
  out.push('\n  drift-guard/owner-approval:');
  out.push(`    before: ${before ? `${before.state} - ${before.description ?? ''}` : '(not set)'}`);
  out.push(`    after:  ${after ? `${after.state} - ${after.description ?? ''}` : '(not set)'}`);
  out.push('\n  All statuses now:');
  out.push(statusLines(approval.statusesAfterApproval));
  const approvalSection = sectionOf(withoutHiddenMarkers(approval.summaryComment ?? ''), 'Owner approval');
  if (approvalSection) {
    out.push('\n  The summary comment, edited in place:');
    out.push(indent(approvalSection));
  }

  out.push(heading('3. Scheduled drift run after a console edit'));
  out.push(`  Console edit: ${drift.consoleEdit.who} ${drift.consoleEdit.what} on service ${drift.consoleEdit.service} (cluster ${drift.consoleEdit.cluster})`);
  out.push(runLine(drift.run));
  out.push(`\n  Drift issues opened (${drift.issues.length}):`);
  for (const issue of drift.issues) {
    out.push(`\n  #${issue.number} ${issue.title}`);
    out.push(`    assignees: ${issue.assignees.map((a) => `@${a}`).join(', ') || '(none)'}`);
    out.push(`    labels:    ${issue.labels.join(', ') || '(none)'}`);
    out.push(indent(withoutHiddenMarkers(issue.body ?? '')));
  }

  if (result.apiViolations.length) {
    out.push(heading('API description violations (emulator checks)'));
    for (const v of result.apiViolations) out.push(`  ${v}`);
  }
  out.push(`\nThe same, as Markdown: ${outputDir}`);
  return `${out.join('\n')}\n`;
}

function statusTable(statuses: StatusView[]): string {
  return ['| Context | State | Description |', '|---|---|---|', ...statuses.map((s) => `| \`${s.context}\` | ${s.state} | ${(s.description ?? '').replace(/\|/g, '\\|')} |`)].join('\n');
}

function fence(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${text.trimEnd()}\n${ticks}`;
}

export function renderFiles(result: DemoResult): DemoFile[] {
  const { pullRequest: pr, approval, drift } = result;
  const before = pr.statusesAfterOpen.find((s) => s.context === 'drift-guard/owner-approval');
  const after = approval.statusesAfterApproval.find((s) => s.context === 'drift-guard/owner-approval');
  const files: DemoFile[] = [
    {
      name: '01-pull-request.md',
      title: `Pull request #${pr.number}: the change`,
      content: `# #${pr.number} ${pr.title}\n\nBy @${pr.author}, head \`${pr.headSha}\`. Patches from ${result.patchSource === 'git' ? 'git' : "the emulator's differ (git not found)"}.\n\n${fence(pr.diff, 'diff')}\n`,
    },
    {
      name: '02-review-comments.md',
      title: 'Review comments on the diff lines',
      content:
        `# Review by the action on #${pr.number}\n\n${pr.reviewBody ?? '(no review body)'}\n\n` +
        pr.reviewComments.map((c) => `## \`${c.path}\` line ${c.line ?? '(outdated)'}\n\n${c.body}\n`).join('\n'),
    },
    {
      name: '03-summary-comment.md',
      title: 'Summary comment, after the pull request and after the approval',
      content:
        `# Summary comment after the pull_request run\n\n${pr.summaryComment ?? '(no summary comment)'}\n\n---\n\n` +
        `# The same comment, edited in place by the pull_request_review run\n\n${approval.summaryComment ?? '(no summary comment)'}\n`,
    },
    {
      name: '04-statuses.md',
      title: 'Commit statuses before and after the owner approval',
      content:
        `# Commit statuses on \`${pr.headSha.slice(0, 7)}\`\n\n## After the pull request was opened\n\n${statusTable(pr.statusesAfterOpen)}\n\n` +
        `Reviews requested from: ${[...pr.requestedReviewers.map((r) => `@${r}`), ...pr.requestedTeams.map((t) => `@${OWNER_ORG}/${t}`)].join(', ') || 'nobody'}\n\n` +
        `## After @${approval.reviewer} approved\n\n${statusTable(approval.statusesAfterApproval)}\n\n` +
        `\`drift-guard/owner-approval\`: **${before?.state ?? 'not set'}** -> **${after?.state ?? 'not set'}**\n`,
    },
    {
      name: '05-drift-issues.md',
      title: 'Drift issues opened by the scheduled run',
      content:
        `# Drift issues\n\nConsole edit: ${drift.consoleEdit.who} ${drift.consoleEdit.what} on \`${drift.consoleEdit.service}\`.\n\n` +
        drift.issues
          .map((i) => `## #${i.number} ${i.title}\n\n- Assignees: ${i.assignees.map((a) => `@${a}`).join(', ') || 'none'}\n- Labels: ${i.labels.map((l) => `\`${l}\``).join(', ') || 'none'}\n\n${i.body ?? ''}\n`)
          .join('\n---\n\n'),
    },
    { name: '06-job-summary-pull-request.md', title: 'Job summary: pull_request run', content: `${pr.run.summary || '(empty)'}\n` },
    { name: '07-job-summary-review.md', title: 'Job summary: pull_request_review run', content: `${approval.run.summary || '(empty)'}\n` },
    { name: '08-job-summary-drift.md', title: 'Job summary: scheduled drift run', content: `${drift.run.summary || '(empty)'}\n` },
  ];
  const index = [
    '# ECS Drift Guard demo',
    '',
    'What the action wrote to the (emulated) GitHub repository `acme/infra`, run by run:',
    '',
    ...files.map((f) => `- [${f.title}](${f.name})`),
    '',
  ].join('\n');
  return [{ name: 'README.md', title: 'Index', content: index }, ...files];
}
