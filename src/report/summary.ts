// Counts and orderings shared by every renderer, so the JSON summary, the Markdown verdict and
// the terminal summary line can never disagree.
import type { DriftResult, DriftStatus, FailLevel, Finding, NotEvaluated, Report, Severity } from './model.js';
import { SEVERITIES, blockingCount, severityRank } from './model.js';

export const DRIFT_STATUSES: readonly DriftStatus[] = ['drifted', 'missing', 'unmanaged', 'unverified', 'in_sync'];

/** Severities from most to least severe, the order every renderer lists them in. */
export const SEVERITIES_DESCENDING: readonly Severity[] = [...SEVERITIES].reverse();

export interface ReportSummary {
  failOn: FailLevel;
  /** No unsuppressed finding or drift at or above `failOn`. */
  passed: boolean;
  /** Unsuppressed findings. */
  findings: number;
  /** Unsuppressed findings by severity. */
  bySeverity: Record<Severity, number>;
  suppressed: number;
  /** Suppressed findings whose suppression has no `until`. */
  permanentSuppressions: number;
  /** Findings that came back because their exception expired. */
  expiredSuppressions: number;
  /** Unsuppressed findings and drift at or above `failOn`. */
  blocking: number;
  drift: Record<DriftStatus, number>;
  notEvaluated: number;
  errors: number;
}

export function summarizeReport(report: Report, failOn: FailLevel): ReportSummary {
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 } as Record<Severity, number>;
  let suppressed = 0;
  let permanentSuppressions = 0;
  let expiredSuppressions = 0;
  for (const finding of report.findings) {
    if (finding.suppressed) {
      suppressed += 1;
      if (finding.suppressed.until === null) permanentSuppressions += 1;
    } else {
      bySeverity[finding.severity] += 1;
    }
    if (finding.expiredSuppression) expiredSuppressions += 1;
  }
  const drift = { drifted: 0, missing: 0, unmanaged: 0, unverified: 0, in_sync: 0 } as Record<DriftStatus, number>;
  for (const result of report.drift) drift[result.status] += 1;
  const blocking = blockingCount(report, failOn);
  return {
    failOn,
    passed: blocking === 0,
    findings: report.findings.length - suppressed,
    bySeverity,
    suppressed,
    permanentSuppressions,
    expiredSuppressions,
    blocking,
    drift,
    notEvaluated: report.notEvaluated.length,
    errors: report.errors.length,
  };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Source order: file, line, rule, resource. */
export function compareFindingsByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    a.startLine - b.startLine ||
    a.endLine - b.endLine ||
    compareText(a.ruleId, b.ruleId) ||
    compareText(a.resource, b.resource) ||
    compareText(a.fingerprint, b.fingerprint)
  );
}

/** Most severe first, then source order. */
export function compareFindingsBySeverity(a: Finding, b: Finding): number {
  return severityRank(b.severity) - severityRank(a.severity) || compareFindingsByLocation(a, b);
}

export function compareDrift(a: DriftResult, b: DriftResult): number {
  return (
    DRIFT_STATUSES.indexOf(a.status) - DRIFT_STATUSES.indexOf(b.status) ||
    compareText(a.module, b.module) ||
    compareText(a.address, b.address) ||
    compareText(a.stateFile, b.stateFile)
  );
}

export function compareNotEvaluated(a: NotEvaluated, b: NotEvaluated): number {
  return compareText(a.file, b.file) || a.line - b.line || compareText(a.resource, b.resource) || compareText(a.why, b.why);
}

const DIFFERENCE_CLASS_ORDER = ['security', 'config', 'expected', 'ignored'] as const;

/** Security differences first (DESIGN.md: drift tables list them first), then by path. */
export function sortDifferences<T extends { class: (typeof DIFFERENCE_CLASS_ORDER)[number]; path: string }>(differences: readonly T[]): T[] {
  return [...differences].sort(
    (a, b) => DIFFERENCE_CLASS_ORDER.indexOf(a.class) - DIFFERENCE_CLASS_ORDER.indexOf(b.class) || compareText(a.path, b.path),
  );
}

export function sortedBy<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return [...items].sort(compare);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole days from `now`'s UTC date to `until` (YYYY-MM-DD): 0 on the day itself, negative
 * once past. Null for a date that does not parse.
 */
export function daysUntil(until: string, now: Date): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!match) return null;
  const end = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((end - today) / DAY_MS);
}

/** Exceptions that end within this many days are listed as expiring. */
export const EXPIRING_WITHIN_DAYS = 14;

/** Suppressed findings whose `until` falls within `EXPIRING_WITHIN_DAYS` of `now`. */
export function expiringSuppressions(report: Report, now: Date): Finding[] {
  return report.findings.filter((finding) => {
    const until = finding.suppressed?.until;
    if (!until) return false;
    const days = daysUntil(until, now);
    return days !== null && days >= 0 && days <= EXPIRING_WITHIN_DAYS;
  });
}

/** Renders a drift value as compact JSON, so `"1"` and `1` stay distinguishable; `(absent)` when undefined. */
export function formatDriftValue(value: unknown): string {
  if (value === undefined) return '(absent)';
  return JSON.stringify(value) ?? String(value);
}
