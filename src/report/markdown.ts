// The full report as GitHub-flavoured Markdown: the job summary and `--format markdown`.
// Every user-controlled string goes through markdown-escape.ts.
import { MarkdownDocument } from './markdown-document.js';
import { escapeMarkdown, escapeTableCell, inlineCode, markdownLink, truncateText } from './markdown-escape.js';
import type { DriftDifference, DriftResult, Finding, Report, Severity } from './model.js';
import type { RenderMeta } from './render-meta.js';
import { severityLabel } from './severity-presentation.js';
import {
  EXPIRING_WITHIN_DAYS,
  SEVERITIES_DESCENDING,
  compareDrift,
  compareNotEvaluated,
  compareFindingsBySeverity,
  daysUntil,
  expiringSuppressions,
  formatDriftValue,
  sortDifferences,
  sortedBy,
  summarizeReport,
  type ReportSummary,
} from './summary.js';

export interface MarkdownReportOptions {
  /** Keep the output at most this long (GitHub comment bodies: 65,536). */
  maxLength?: number;
  /** URL of a file and line (e.g. a blob link at the PR head); without it locations are plain code. */
  links?: (file: string, line: number) => string;
  /** Top heading; defaults to "ECS Drift Guard". */
  title?: string;
}


const MAX_MESSAGE_CHARS = 600;
const MAX_CELL_CHARS = 200;
const MAX_VALUE_CHARS = 80;
const MAX_DIFFERENCES_PER_RESOURCE = 20;

const DRIFT_STATUS_LABEL: Record<DriftResult['status'], string> = {
  drifted: '🔴 drifted',
  missing: '🔴 missing',
  unmanaged: '🔴 unmanaged',
  unverified: '⚪ unverified',
  in_sync: '🟢 in sync',
};

function cell(text: string | null | undefined, max = MAX_CELL_CHARS): string {
  if (text === null || text === undefined || text === '') return '—';
  return escapeTableCell(truncateText(text, max));
}

function code(text: string, max = MAX_CELL_CHARS): string {
  return inlineCode(truncateText(text, max), { table: true });
}

function severityCell(severity: Severity): string {
  return severityLabel(severity);
}

function moduleLabel(module: string): string {
  return module === '' || module === '.' ? '(root)' : module;
}

class MarkdownReportBuilder {
  private readonly doc = new MarkdownDocument();
  private readonly ruleUris: Map<string, string>;

  constructor(
    private readonly report: Report,
    private readonly meta: RenderMeta,
    private readonly options: MarkdownReportOptions,
  ) {
    this.ruleUris = new Map(meta.rules.map((r) => [r.id, r.helpUri]));
  }

  build(): string {
    const summary = summarizeReport(this.report, this.meta.failOn, { allowIncomplete: this.meta.allowIncomplete });
    this.header(summary);
    this.findings();
    this.expired();
    this.expiring();
    this.suppressed();
    this.permanent();
    this.drift();
    this.notEvaluated();
    this.errors();
    return this.doc.render({ maxLength: this.options.maxLength });
  }

  private location(file: string, line: number | undefined): string {
    const label = line === undefined ? file : `${file}:${line}`;
    if (this.options.links && line !== undefined) return markdownLink(label, this.options.links(file, line));
    return code(label);
  }

  private rule(finding: Finding): string {
    return markdownLink(finding.ruleId, finding.helpUri || this.ruleUris.get(finding.ruleId) || '');
  }

  /** Heading plus table header plus first row in one piece, so a header never ends the output alone. */
  private table(heading: string, columns: string[], rows: string[], intro = ''): void {
    if (rows.length === 0) return;
    const header = `| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n`;
    this.doc.row(`${heading}\n\n${intro ? `${intro}\n\n` : ''}${header}${rows[0]}\n`);
    for (const row of rows.slice(1)) this.doc.row(`${row}\n`);
    this.doc.add('\n');
  }

  private header(s: ReportSummary): void {
    const title = this.options.title ?? 'ECS Drift Guard';
    const failOn = this.meta.failOn;
    const passed = failOn === 'none'
      ? '✅ **Passed**: `fail-on` is `none`, nothing blocks.'
      : `✅ **Passed**: no unsuppressed findings or drift at or above \`${failOn}\`.`;
    const failed = `❌ **Failed**: ${s.blocking} finding${s.blocking === 1 ? '' : 's'} or drifted resource${s.blocking === 1 ? '' : 's'} at or above \`${failOn}\`.`;
    // Counts only: the items and their reasons are the drift, not-evaluated and error sections below.
    const notChecked = s.incomplete ? `${s.incomplete.headline} (listed below).` : '';
    const verdict =
      s.verdict === 'pass' ? passed
      : s.verdict === 'fail' ? (s.incomplete ? `${failed}\n\n⚠️ **Also incomplete**${s.incomplete.accepted ? ' (accepted by `allow-incomplete`)' : ''}: ${notChecked}` : failed)
      : s.incomplete!.accepted
        ? `⚠️ **Incomplete, accepted by \`allow-incomplete\`**: nothing blocks in what was checked, but ${notChecked}`
        : `⛔ **Incomplete**: not everything could be checked, so this run does not pass: ${notChecked}`;
    const counts = SEVERITIES_DESCENDING.map((sev) => `| ${severityCell(sev)} | ${s.bySeverity[sev]} |`).join('\n');
    const extras = [
      `Suppressed: ${s.suppressed} (${s.permanentSuppressions} permanent)`,
      `Expired exceptions: ${s.expiredSuppressions}`,
      `Drift: ${s.drift.drifted} drifted, ${s.drift.missing} missing, ${s.drift.unmanaged} unmanaged, ${s.drift.unverified} unverified, ${s.drift.in_sync} in sync`,
      `Not evaluated: ${s.notEvaluated}`,
      `Errors: ${s.errors}`,
    ].join(' · ');
    const modules = this.report.modules.length;
    const scanned = modules > 0 ? `\n\nModules scanned: ${modules}.` : '';
    this.doc.add(`## ${escapeMarkdown(title)}\n\n${verdict}\n\n| Severity | Findings |\n|---|---:|\n${counts}\n\n${extras}${scanned}\n\n`);
  }

  private findings(): void {
    const open = this.report.findings.filter((f) => !f.suppressed);
    if (open.length === 0) {
      this.doc.add('### Findings\n\nNo unsuppressed findings.\n\n');
      return;
    }
    this.doc.add(`### Findings (${open.length})\n\n`);
    const byModule = new Map<string, Finding[]>();
    for (const f of open) byModule.set(f.module, [...(byModule.get(f.module) ?? []), f]);
    for (const module of [...byModule.keys()].sort()) {
      const findings = sortedBy(byModule.get(module)!, compareFindingsBySeverity);
      const rows = findings.map((f) => {
        let message = cell(f.message, MAX_MESSAGE_CHARS);
        if (f.expiredSuppression) message += `<br>⏰ _exception expired on ${cell(f.expiredSuppression.until)}_`;
        return `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${message} |`;
      });
      this.table(`#### Module ${code(moduleLabel(module))} (${findings.length})`, ['Severity', 'Rule', 'Location', 'Resource', 'Message'], rows);
    }
  }

  private expired(): void {
    const expired = sortedBy(this.report.findings.filter((f) => f.expiredSuppression), compareFindingsBySeverity);
    const rows = expired.map((f) => {
      const s = f.expiredSuppression!;
      return `| ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${cell(s.until)} | ${cell(s.reason)} |`;
    });
    this.table(
      `### Expired exceptions (${expired.length})`,
      ['Rule', 'Location', 'Resource', 'Kind', 'Owner', 'Expired on', 'Reason'],
      rows,
      'These exceptions are past their `until` date: the findings count again until the exception is renewed or the code is fixed.',
    );
  }

  private expiring(): void {
    const expiring = sortedBy(expiringSuppressions(this.report, this.meta.now), compareFindingsBySeverity);
    const rows = expiring.map((f) => {
      const s = f.suppressed!;
      const days = daysUntil(s.until!, this.meta.now)!;
      const when = days === 0 ? 'today' : `in ${days} day${days === 1 ? '' : 's'}`;
      return `| ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${cell(s.until)} (${when}) | ${cell(s.reason)} |`;
    });
    this.table(
      `### Exceptions expiring within ${EXPIRING_WITHIN_DAYS} days (${expiring.length})`,
      ['Rule', 'Location', 'Resource', 'Kind', 'Owner', 'Until', 'Reason'],
      rows,
    );
  }

  private suppressed(): void {
    const suppressed = sortedBy(this.report.findings.filter((f) => f.suppressed), compareFindingsBySeverity);
    if (suppressed.length === 0) return;
    const columns = ['Severity', 'Rule', 'Location', 'Resource', 'Kind', 'Owner', 'Until', 'Reason'];
    this.doc.open(`<details>\n<summary>Suppressed findings (${suppressed.length})</summary>\n\n`, '\n</details>\n\n');
    const rows = suppressed.map((f) => {
      const s = f.suppressed!;
      return `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${s.until === null ? 'permanent' : cell(s.until)} | ${cell(s.reason)} |`;
    });
    const header = `| ${columns.join(' | ')} |\n|${columns.map(() => '---').join('|')}|\n`;
    this.doc.row(`${header}${rows[0]}\n`);
    for (const row of rows.slice(1)) this.doc.row(`${row}\n`);
    this.doc.close();
  }

  private permanent(): void {
    const permanent = sortedBy(this.report.findings.filter((f) => f.suppressed && f.suppressed.until === null), compareFindingsBySeverity);
    const rows = permanent.map((f) =>
      `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${f.suppressed!.kind} | ${cell(f.suppressed!.reason)} |`);
    this.table(
      `### Permanent suppressions (${permanent.length})`,
      ['Severity', 'Rule', 'Location', 'Resource', 'Kind', 'Reason'],
      rows,
      'These suppressions have no `until` date: reviewers should confirm each one is still wanted.',
    );
  }

  private difference(d: DriftDifference): string {
    const values = `${code(formatDriftValue(d.expected), MAX_VALUE_CHARS)} → ${code(formatDriftValue(d.actual), MAX_VALUE_CHARS)}`;
    const why = d.why ? ` (${cell(d.why)})` : '';
    return `**${d.class}** ${code(d.path)}: ${values}${why}`;
  }

  private differences(differences: readonly DriftDifference[]): string {
    const sorted = sortDifferences(differences);
    const lines = sorted.slice(0, MAX_DIFFERENCES_PER_RESOURCE).map((d) => this.difference(d));
    if (sorted.length > MAX_DIFFERENCES_PER_RESOURCE) lines.push(`… and ${sorted.length - MAX_DIFFERENCES_PER_RESOURCE} more`);
    return lines.join('<br>');
  }

  private driftResource(r: DriftResult): string {
    const where = r.file ? `<br>${this.location(r.file, r.line)}` : '';
    return `${code(r.address)}${where}`;
  }

  private drift(): void {
    if (this.report.drift.length === 0) return;
    const all = sortedBy(this.report.drift, compareDrift);
    const attention = all.filter((r) => r.status !== 'in_sync');
    const rows = attention.map((r) => {
      const details = r.differences.length > 0 ? this.differences(r.differences) : cell(r.reason);
      const reason = r.differences.length > 0 && r.reason ? `${cell(r.reason)}<br>` : '';
      return `| ${this.driftResource(r)} | ${DRIFT_STATUS_LABEL[r.status]} | ${reason}${details} |`;
    });
    if (rows.length === 0) {
      this.doc.add(`### Drift\n\nAll ${all.length} resources match live ECS.\n\n`);
    } else {
      this.table(`### Drift (${attention.length} of ${all.length} resources)`, ['Resource', 'Status', 'Differences'], rows);
    }
    const quiet = all.filter((r) => r.status === 'in_sync' && r.differences.length > 0);
    if (quiet.length === 0) return;
    this.doc.open(`<details>\n<summary>In sync, with expected or ignored differences (${quiet.length})</summary>\n\n`, '\n</details>\n\n');
    const header = '| Resource | Differences |\n|---|---|\n';
    quiet.forEach((r, i) => this.doc.row(`${i === 0 ? header : ''}| ${this.driftResource(r)} | ${this.differences(r.differences)} |\n`));
    this.doc.close();
  }

  private notEvaluated(): void {
    const items = sortedBy(this.report.notEvaluated, compareNotEvaluated);
    const rows = items.map((n) => `| ${code(n.resource)} | ${this.location(n.file, n.line)} | ${cell(n.why, MAX_MESSAGE_CHARS)} |`);
    this.table(`### Not evaluated (${items.length})`, ['Resource', 'Location', 'Why'], rows,
      'Values that cannot be known statically are not guessed: these resources (or parts of them) were not checked.');
  }

  private errors(): void {
    const rows = this.report.errors.map((e) => `| ${e.file ? code(e.file) : '—'} | ${cell(e.message, MAX_MESSAGE_CHARS)} |`);
    this.table(`### Errors (${rows.length})`, ['File', 'Message'], rows);
  }
}

/** The whole report as GitHub-flavoured Markdown, cut safely below `maxLength` when given. */
export function renderMarkdownReport(report: Report, meta: RenderMeta, opts: MarkdownReportOptions = {}): string {
  return new MarkdownReportBuilder(report, meta, opts).build();
}
