// Terminal output: grouped by file, one line per finding, summary last. User-controlled
// strings are stripped of control characters, so a resource name cannot carry ANSI escapes
// that rewrite the terminal or hide lines.
import { stripInvisible } from './markdown-escape.js';
import type { DriftResult, Finding, Report, Severity } from './model.js';
import type { RenderMeta } from './render-meta.js';
import {
  SEVERITIES_DESCENDING,
  compareDrift,
  compareNotEvaluated,
  compareFindingsByLocation,
  formatDriftValue,
  sortDifferences,
  sortedBy,
  summarizeReport,
  type ReportSummary,
} from './summary.js';
import { severityLabel } from './severity-presentation.js';

export interface TextOptions {
  color: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', magenta: '\u001b[35m', cyan: '\u001b[36m' };
type Style = keyof typeof ANSI;

// The longest label, `🟡 Medium`: the emoji is two UTF-16 units and two terminal columns, so length is width.
const SEVERITY_WIDTH = Math.max(...(['critical', 'high', 'medium', 'low'] as const).map((s) => severityLabel(s).length));
const SEVERITY_STYLE: Record<Severity, Style[]> = { critical: ['bold', 'magenta'], high: ['red'], medium: ['yellow'], low: ['cyan'] };
const MAX_VALUE_CHARS = 120;

/** One line, no control characters. */
function plain(text: string): string {
  return stripInvisible(String(text)).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}

function clip(text: string, max = MAX_VALUE_CHARS): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

class TextReportBuilder {
  private readonly lines: string[] = [];

  constructor(private readonly report: Report, private readonly meta: RenderMeta, private readonly options: TextOptions) {}

  private paint(text: string, ...styles: Style[]): string {
    if (!this.options.color || styles.length === 0) return text;
    return `${styles.map((s) => ANSI[s]).join('')}${text}${ANSI.reset}`;
  }

  private section(title: string): void {
    if (this.lines.length > 0) this.lines.push('');
    this.lines.push(this.paint(title, 'bold'));
  }

  private severity(severity: Severity): string {
    return this.paint(severityLabel(severity).padEnd(SEVERITY_WIDTH), ...SEVERITY_STYLE[severity]);
  }

  private location(file: string, line?: number): string {
    return line === undefined ? plain(file) : `${plain(file)}:${line}`;
  }

  build(): string {
    const summary = summarizeReport(this.report, this.meta.failOn, { allowIncomplete: this.meta.allowIncomplete });
    this.findings();
    this.suppressed();
    this.drift();
    this.notEvaluated();
    this.errors();
    if (this.lines.length > 0) this.lines.push('');
    this.lines.push(this.summaryLine(summary));
    return `${this.lines.join('\n')}\n`;
  }

  private findingLine(f: Finding): string {
    const expired = f.expiredSuppression ? this.paint(`  [exception expired on ${plain(f.expiredSuppression.until ?? 'unknown date')}]`, 'yellow') : '';
    return `  ${this.location(f.file, f.startLine)}  ${this.severity(f.severity)}  ${plain(f.ruleId)}  ${plain(f.message)}  ${this.paint(`(${plain(f.resource)})`, 'dim')}${expired}`;
  }

  private findings(): void {
    const open = sortedBy(this.report.findings.filter((f) => !f.suppressed), compareFindingsByLocation);
    if (open.length === 0) return;
    let file: string | null = null;
    for (const f of open) {
      if (f.file !== file) {
        file = f.file;
        this.section(plain(f.file));
      }
      this.lines.push(this.findingLine(f));
    }
  }

  private suppressed(): void {
    const suppressed = sortedBy(this.report.findings.filter((f) => f.suppressed), compareFindingsByLocation);
    if (suppressed.length === 0) return;
    this.section(`Suppressed (${suppressed.length})`);
    for (const f of suppressed) {
      const s = f.suppressed!;
      const parts = [s.kind, s.until === null ? 'permanent' : `until ${plain(s.until)}`];
      if (s.owner) parts.push(`owner ${plain(s.owner)}`);
      const reason = s.reason ? `: ${plain(s.reason)}` : '';
      this.lines.push(this.paint(`  ${this.location(f.file, f.startLine)}  ${severityLabel(f.severity).padEnd(SEVERITY_WIDTH)}  ${plain(f.ruleId)}  (${plain(f.resource)})  ${parts.join(', ')}${reason}`, 'dim'));
    }
  }

  private driftStatus(r: DriftResult): string {
    const label = r.status.toUpperCase().padEnd(10);
    if (r.status === 'in_sync') return this.paint(label, 'green');
    if (r.status === 'unverified') return this.paint(label, 'dim');
    const security = r.status !== 'drifted' || r.differences.some((d) => d.class === 'security');
    return this.paint(label, security ? 'red' : 'yellow');
  }

  private drift(): void {
    if (this.report.drift.length === 0) return;
    const all = sortedBy(this.report.drift, compareDrift);
    const shown = all.filter((r) => r.status !== 'in_sync' || r.differences.length > 0);
    const attention = all.filter((r) => r.status !== 'in_sync').length;
    this.section(`Drift (${attention} of ${plural(all.length, 'resource')} need attention)`);
    for (const r of shown) {
      const where = r.file ? `  (${this.location(r.file, r.line)})` : '';
      const reason = r.reason ? `  ${plain(r.reason)}` : '';
      this.lines.push(`  ${this.driftStatus(r)}  ${plain(r.address)}${this.paint(where, 'dim')}${reason}`);
      for (const d of sortDifferences(r.differences)) {
        const cls = d.class.padEnd(8);
        const styled = d.class === 'security' ? this.paint(cls, 'red') : d.class === 'config' ? this.paint(cls, 'yellow') : this.paint(cls, 'dim');
        const why = d.why ? this.paint(`  (${plain(d.why)})`, 'dim') : '';
        this.lines.push(`      ${styled}  ${plain(d.path)}: expected ${clip(plain(formatDriftValue(d.expected)))}, live ${clip(plain(formatDriftValue(d.actual)))}${why}`);
      }
    }
  }

  private notEvaluated(): void {
    if (this.report.notEvaluated.length === 0) return;
    const items = sortedBy(this.report.notEvaluated, compareNotEvaluated);
    this.section(`Not evaluated (${items.length})`);
    for (const n of items) this.lines.push(`  ${this.location(n.file, n.line)}  ${plain(n.resource)}  ${plain(n.why)}`);
  }

  private errors(): void {
    if (this.report.errors.length === 0) return;
    this.section(this.paint(`Errors (${this.report.errors.length})`, 'red'));
    for (const e of this.report.errors) this.lines.push(`  ${e.file ? `${plain(e.file)}  ` : ''}${plain(e.message)}`);
  }

  private summaryLine(s: ReportSummary): string {
    // A failing run that is also incomplete says both: fixing the findings alone will not turn it green.
    const accepted = s.incomplete?.accepted ? ' (accepted by --allow-incomplete)' : '';
    const verdict =
      s.verdict === 'pass' ? this.paint('PASS', 'bold', 'green')
      : s.verdict === 'fail' ? this.paint(s.incomplete ? `FAIL + INCOMPLETE${accepted}` : 'FAIL', 'bold', 'red')
      : this.paint(`INCOMPLETE${accepted}`, 'bold', accepted ? 'yellow' : 'red');
    const blocking = this.meta.failOn === 'none' ? 'fail-on none' : `${s.blocking} blocking at or above ${this.meta.failOn}`;
    const bySeverity = SEVERITIES_DESCENDING.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(', ');
    const parts = [
      `${verdict}  ${blocking}`,
      `${plural(s.findings, 'finding')} (${bySeverity})`,
      `${s.suppressed} suppressed (${s.permanentSuppressions} permanent)`,
    ];
    if (s.expiredSuppressions > 0) parts.push(`${plural(s.expiredSuppressions, 'expired exception')}`);
    if (this.report.drift.length > 0) {
      parts.push(`drift: ${s.drift.drifted} drifted, ${s.drift.missing} missing, ${s.drift.unmanaged} unmanaged, ${s.drift.unverified} unverified, ${s.drift.in_sync} in sync`);
    }
    parts.push(`${s.notEvaluated} not evaluated`, plural(s.errors, 'error'));
    const line = parts.join(' · ');
    return s.incomplete ? `Not checked: ${plain(s.incomplete.reason)}\n${line}` : line;
  }
}

/** The report for a terminal; ANSI colours only when `color` is true. */
export function renderText(report: Report, meta: RenderMeta, options: TextOptions = { color: false }): string {
  return new TextReportBuilder(report, meta, options).build();
}
