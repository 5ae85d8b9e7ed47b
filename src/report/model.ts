// The report: findings, drift and what could not be checked. `toJsonReport` (report/json.ts)
// renders it as the version 1 JSON contract of DESIGN.md.

export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailLevel = 'none' | Severity;

export function severityRank(level: FailLevel): number {
  return level === 'none' ? 0 : SEVERITIES.indexOf(level) + 1;
}

/** `until`: YYYY-MM-DD or null (permanent, inline only). */
export interface Suppression {
  kind: 'inline' | 'config';
  until: string | null;
  reason: string | null;
  owner: string | null;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  /**
   * 1-based columns in UTF-16 code units, where the parser knows them: `startColumn` on `startLine`,
   * `endColumn` (just past the last character) on `endLine`. Never part of the fingerprint.
   */
  startColumn?: number;
  endColumn?: number;
  /** Terraform address of the resource. */
  resource: string;
  /** Repo-relative folder of the module that declares the resource. */
  module: string;
  references: string[];
  suppressed: Suppression | null;
  /** Stable identity across pushes: rule, resource and attribute path, never the line. */
  fingerprint: string;
  /** Where in the resource the problem is, e.g. `container_definitions[app].privileged`. */
  attributePath: string;
  /** URL of the rule's doc page. */
  helpUri: string;
  /** How to fix, one or two sentences. */
  fix: string;
  /** A one-line replacement for `startLine` when the fix is that simple. */
  suggestion?: string;
  /** Set when an exception or inline suppression for this finding has expired. */
  expiredSuppression?: Suppression;
}

export interface DriftDifference {
  path: string;
  expected: unknown;
  actual: unknown;
  class: 'security' | 'config' | 'expected' | 'ignored';
  /** Why a difference is expected or ignored. */
  why?: string;
}

/** Who changed a drifted resource and how, from CloudTrail (drift/attribution.ts). */
export type ChangeSource =
  | 'console' | 'cli' | 'sdk' | 'terraform' | 'pipeline'
  | 'application-autoscaling' | 'codedeploy' | 'aws-service' | 'unknown';

export interface AttributedEvent {
  eventName: string;
  /** ISO 8601, seconds precision. */
  eventTime: string;
  /** `userIdentity.arn`; for an AWS service without one, the service (`invokedBy`). */
  principal: string;
  /** The role session name, for assumed roles. */
  sessionName?: string;
  source: ChangeSource;
  userAgent?: string;
  eventId: string;
  /**
   * Top-level Terraform attributes the call changed (`desired_count`, `tags`, …), from its
   * `requestParameters`; absent when the call replaces the whole resource (create, delete,
   * register) or the parameters cannot be read.
   */
  changed?: string[];
}

export interface Attribution {
  status: 'found' | 'none' | 'unavailable';
  reason?: string;
  /** Newest first. */
  events: AttributedEvent[];
}

export type DriftStatus = 'in_sync' | 'drifted' | 'missing' | 'unmanaged' | 'unverified';

export interface DriftResult {
  address: string;
  module: string;
  stateFile: string;
  type: string;
  id: string;
  status: DriftStatus;
  reason: string;
  differences: DriftDifference[];
  /** CloudTrail attribution, when it was looked up. */
  attribution?: Attribution;
  /** The root module the state belongs to: where `terraform apply` runs (`module` may be a shared module it calls). */
  rootModule?: string;
  /** Declaring `.tf` file and line, when known. */
  file?: string;
  line?: number;
  region?: string;
}

export interface NotEvaluated {
  resource: string;
  file: string;
  line: number;
  why: string;
}

export interface ReportError {
  file: string;
  message: string;
}

export interface Report {
  findings: Finding[];
  drift: DriftResult[];
  notEvaluated: NotEvaluated[];
  errors: ReportError[];
  /** Repo-relative folders scanned. */
  modules: string[];
}

export function emptyReport(): Report {
  return { findings: [], drift: [], notEvaluated: [], errors: [], modules: [] };
}

/** Drift counts as high for security differences and medium for config ones (DESIGN.md). */
export function driftSeverity(result: DriftResult): Severity | null {
  if (result.status === 'in_sync' || result.status === 'unverified') return null;
  if (result.status === 'missing' || result.status === 'unmanaged') return 'high';
  if (result.differences.some((d) => d.class === 'security')) return 'high';
  if (result.differences.some((d) => d.class === 'config')) return 'medium';
  return null;
}

/** Unsuppressed findings and drift at or above `level`. */
export function blockingCount(report: Report, level: FailLevel): number {
  if (level === 'none') return 0;
  const min = severityRank(level);
  const findings = report.findings.filter((f) => !f.suppressed && severityRank(f.severity) >= min).length;
  const drift = report.drift.filter((d) => {
    const s = driftSeverity(d);
    return s !== null && severityRank(s) >= min;
  }).length;
  return findings + drift;
}
