// Counts and orderings shared by every renderer, so the JSON summary, the Markdown verdict and
// the terminal summary line can never disagree.
import type { DriftResult, DriftStatus, FailLevel, Finding, NotEvaluated, Report, Severity } from './model.js';
import { SEVERITIES, blockingCount, severityRank } from './model.js';

export const DRIFT_STATUSES: readonly DriftStatus[] = ['drifted', 'missing', 'unmanaged', 'unverified', 'in_sync'];

/** Severities from most to least severe, the order every renderer lists them in. */
export const SEVERITIES_DESCENDING: readonly Severity[] = [...SEVERITIES].reverse();

/** One thing the run was asked to check and could not: a file or path, a resource, a value. */
export interface IncompleteItem {
  kind: 'file' | 'resource' | 'value';
  /** The file, resource address or resource that was not checked. */
  what: string;
  why: string;
}

/**
 * What a run could not check (DESIGN.md "Exit codes"). A gate that cannot read part of its input
 * must not say PASS: an unread file could hold the privileged container (issue 13).
 */
export interface Incompleteness {
  items: IncompleteItem[];
  /** One line: what and why, e.g. `2 files could not be read: a.tf (…); b.tf (…)`. */
  reason: string;
  /** Counts only, e.g. `2 files could not be read, 1 value not evaluated`, for headers that list the items below. */
  headline: string;
  /** `--allow-incomplete` / input `allow-incomplete`: the user accepts the run as it is. */
  accepted: boolean;
}

/**
 * `fail`: something at or above `failOn` (whether or not the run is also incomplete);
 * `incomplete`: nothing blocking was found, but not everything could be checked; `pass`: everything
 * was checked and nothing blocks.
 */
export type Verdict = 'pass' | 'fail' | 'incomplete';

export interface SummaryOptions {
  allowIncomplete?: boolean;
}

export interface ReportSummary {
  failOn: FailLevel;
  /**
   * The gate opens: nothing at or above `failOn`, and the run checked everything (or its
   * incompleteness was accepted with `allow-incomplete`).
   */
  passed: boolean;
  verdict: Verdict;
  /** Null when everything asked for was checked. */
  incomplete: Incompleteness | null;
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

const REASON_EXAMPLES = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Everything in the report that was not checked, in a stable order (files, resources, values). */
export function incompleteItems(report: Report): IncompleteItem[] {
  const errors = [...report.errors].sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
  return [
    ...errors.map((e): IncompleteItem => ({ kind: 'file', what: e.file, why: e.message })),
    ...sortedBy(report.drift.filter((d) => d.status === 'unverified'), compareDrift).map((d): IncompleteItem => ({ kind: 'resource', what: d.address, why: d.reason })),
    ...sortedBy(report.notEvaluated, compareNotEvaluated).map((n): IncompleteItem => ({ kind: 'value', what: `${n.resource} (${n.file}:${n.line})`, why: n.why })),
  ];
}

const INCOMPLETE_KINDS = ['file', 'resource', 'value'] as const;

const KIND_HEADLINE: Record<IncompleteItem['kind'], (n: number) => string> = {
  file: (n) => `${plural(n, 'file')} could not be read`,
  resource: (n) => `${plural(n, 'resource')} could not be verified`,
  value: (n) => `${plural(n, 'value')} not evaluated`,
};

/** One line saying what was not checked and why: the first few of each kind, then a count. */
export function describeIncomplete(items: readonly IncompleteItem[]): string {
  const parts: string[] = [];
  for (const kind of INCOMPLETE_KINDS) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    const shown = ofKind.slice(0, REASON_EXAMPLES).map((i) => `${i.what} (${i.why})`);
    const more = ofKind.length > REASON_EXAMPLES ? `, and ${ofKind.length - REASON_EXAMPLES} more` : '';
    parts.push(`${KIND_HEADLINE[kind](ofKind.length)}: ${shown.join('; ')}${more}`);
  }
  return parts.join('. ').replace(/[\r\n\u2028\u2029]+/g, ' ');
}

/** Counts only: `2 files could not be read, 1 value not evaluated`. */
export function countIncomplete(items: readonly IncompleteItem[]): string {
  return INCOMPLETE_KINDS.flatMap((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    return n > 0 ? [KIND_HEADLINE[kind](n)] : [];
  }).join(', ');
}

export function summarizeReport(report: Report, failOn: FailLevel, options: SummaryOptions = {}): ReportSummary {
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
  const items = incompleteItems(report);
  const incomplete = items.length === 0 ? null : { items, reason: describeIncomplete(items), headline: countIncomplete(items), accepted: options.allowIncomplete === true };
  const verdict: Verdict = blocking > 0 ? 'fail' : incomplete ? 'incomplete' : 'pass';
  return {
    failOn,
    passed: blocking === 0 && (incomplete === null || incomplete.accepted),
    verdict,
    incomplete,
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
