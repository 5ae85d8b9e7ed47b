// Annotations for workflow commands and check runs. GitHub shows at most 10 error and 10
// warning annotations per step from workflow commands and accepts 50 per check-run request,
// so the most severe come first and callers cap.
import { driftViolations } from './drift-rules.js';
import { stripInvisible } from './markdown-escape.js';
import type { Report, Severity } from './model.js';
import { severityRank } from './model.js';
import type { RenderMeta } from './render-meta.js';
import { compareDrift, formatDriftValue, sortDifferences, sortedBy } from './summary.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  /**
   * Columns only on a one-line annotation (GitHub: "Omit this parameter if start_line and end_line
   * have different values"), and only both: @actions/core reads a missing endColumn as startColumn.
   * `endColumn` is the last character's column, inclusive (a one-column annotation has start = end).
   */
  startColumn?: number;
  endColumn?: number;
}

export function annotationLevel(severity: Severity): AnnotationLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'notice';
}

function annotationColumns(startLine: number, endLine: number, startColumn?: number, endColumn?: number): { startColumn?: number; endColumn?: number } {
  if (startLine !== endLine || startColumn === undefined || endColumn === undefined || endColumn <= startColumn) return {};
  return { startColumn, endColumn: endColumn - 1 };
}

// Titles are one line in the UI; messages may span lines.
function oneLine(text: string): string {
  return stripInvisible(text).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ');
}

const MAX_DIFFERENCES = 10;

interface Ranked { annotation: Annotation; severity: Severity; order: number }

/**
 * Unsuppressed findings, then drift with a known declaring file, most severe first.
 * `limit` cuts the list; without it everything is returned.
 */
export function toAnnotations(report: Report, meta: RenderMeta, limit?: number): Annotation[] {
  const ranked: Ranked[] = [];
  const titles = new Map(meta.rules.map((r) => [r.id, r.title]));
  for (const f of report.findings) {
    if (f.suppressed) continue;
    const expired = f.expiredSuppression ? `\nException expired on ${f.expiredSuppression.until ?? 'an unknown date'}.` : '';
    const fix = f.fix ? `\nFix: ${f.fix}` : '';
    ranked.push({
      severity: f.severity,
      order: ranked.length,
      annotation: {
        level: annotationLevel(f.severity),
        title: oneLine(`${f.ruleId}: ${f.title || titles.get(f.ruleId) || ''}`),
        message: stripInvisible(`${f.message} (${f.resource})${expired}${fix}`),
        file: f.file,
        startLine: f.startLine,
        endLine: Math.max(f.startLine, f.endLine),
        ...annotationColumns(f.startLine, f.endLine, f.startColumn, f.endColumn),
      },
    });
  }
  for (const r of sortedBy(report.drift, compareDrift)) {
    if (!r.file) continue;
    const line = r.line ?? 1;
    for (const v of driftViolations(r)) {
      const cls = v.ruleId === 'drift-security' ? 'security' : v.ruleId === 'drift-config' ? 'config' : null;
      const diffs = cls === null ? [] : sortDifferences(r.differences).filter((d) => d.class === cls);
      const lines = diffs.slice(0, MAX_DIFFERENCES).map((d) => `${d.path}: expected ${formatDriftValue(d.expected)}, live ${formatDriftValue(d.actual)}`);
      if (diffs.length > MAX_DIFFERENCES) lines.push(`… and ${diffs.length - MAX_DIFFERENCES} more`);
      const head = cls === null ? `${r.address} is ${r.status} (${r.reason})` : `Live ECS differs from Terraform for ${r.address}:`;
      ranked.push({
        severity: v.severity,
        order: ranked.length,
        annotation: {
          level: annotationLevel(v.severity),
          title: oneLine(`${v.ruleId}: ${r.address}`),
          message: stripInvisible([head, ...lines].join('\n')),
          file: r.file,
          startLine: line,
          endLine: line,
        },
      });
    }
  }
  const sorted = ranked
    .sort((a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.annotation.file < b.annotation.file ? -1 : a.annotation.file > b.annotation.file ? 1 : 0) ||
      a.annotation.startLine - b.annotation.startLine ||
      (a.annotation.title < b.annotation.title ? -1 : a.annotation.title > b.annotation.title ? 1 : 0) ||
      a.order - b.order)
    .map((r) => r.annotation);
  return limit === undefined ? sorted : sorted.slice(0, Math.max(0, limit));
}
