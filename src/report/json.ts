// The version 1 JSON report of DESIGN.md. Key order follows the contract so the text is stable
// and diffable; keys beyond the contract (fingerprint, helpUri, expiredSuppression) come after.
import type { Attribution, DriftDifference, DriftResult, DriftStatus, Finding, Report, Severity, Suppression } from './model.js';
import type { RenderMeta } from './render-meta.js';
import { compareDrift, compareFindingsByLocation, compareNotEvaluated, sortedBy, summarizeReport, type ReportSummary } from './summary.js';

export const TOOL_NAME = 'ecs-drift-guard';

export interface JsonSuppression {
  kind: 'inline' | 'config';
  until: string | null;
  reason: string | null;
  owner: string | null;
}

export interface JsonFinding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  file: string;
  startLine: number;
  endLine: number;
  resource: string;
  module: string;
  references: string[];
  suppressed: JsonSuppression | null;
  fingerprint: string;
  helpUri: string;
  expiredSuppression: JsonSuppression | null;
}

export interface JsonDriftDifference {
  path: string;
  expected: unknown;
  actual: unknown;
  class: DriftDifference['class'];
  /** Why an expected or ignored difference does not count (after the contract's keys). */
  why?: string;
}

export interface JsonDrift {
  address: string;
  module: string;
  stateFile: string;
  type: string;
  id: string;
  status: DriftStatus;
  reason: string;
  differences: JsonDriftDifference[];
  /** Present when CloudTrail was asked who made the change. */
  attribution?: Attribution;
}

/** The `summary` object: the counts every format shares (summary.ts). */
export type JsonSummary = ReportSummary;

/**
 * One phase of an action run (issue 14): automation sees which phase failed and why without
 * parsing the log. `outcome` uses the words of a workflow step's outcome.
 */
export interface JsonPhase {
  name: string;
  outcome: 'success' | 'failure';
  /** The error, naming the request that failed; null on success. */
  error: string | null;
}

export interface JsonReport {
  version: 1;
  tool: { name: typeof TOOL_NAME; version: string };
  findings: JsonFinding[];
  drift: JsonDrift[];
  notEvaluated: { resource: string; file: string; line: number; why: string }[];
  errors: { file: string; message: string }[];
  summary: JsonSummary;
  /** Action runs only, after the contract's keys (an additive key of version 1); the CLI has no phases. */
  phases?: JsonPhase[];
}

function toJsonSuppression(s: Suppression): JsonSuppression {
  return { kind: s.kind, until: s.until, reason: s.reason, owner: s.owner };
}

function toJsonFinding(f: Finding): JsonFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    title: f.title,
    message: f.message,
    file: f.file,
    startLine: f.startLine,
    endLine: f.endLine,
    resource: f.resource,
    module: f.module,
    references: [...f.references],
    suppressed: f.suppressed ? toJsonSuppression(f.suppressed) : null,
    fingerprint: f.fingerprint,
    helpUri: f.helpUri,
    expiredSuppression: f.expiredSuppression ? toJsonSuppression(f.expiredSuppression) : null,
  };
}

// JSON has no `undefined`: a value absent on one side is written as null.
function toJsonDrift(d: DriftResult): JsonDrift {
  return {
    address: d.address,
    module: d.module,
    stateFile: d.stateFile,
    type: d.type,
    id: d.id,
    status: d.status,
    reason: d.reason,
    differences: d.differences.map((x) => ({
      path: x.path,
      expected: x.expected === undefined ? null : x.expected,
      actual: x.actual === undefined ? null : x.actual,
      class: x.class,
      ...(x.why ? { why: x.why } : {}),
    })),
    ...(d.attribution ? { attribution: d.attribution } : {}),
  };
}

export function toJsonReport(report: Report, meta: RenderMeta, phases?: readonly JsonPhase[]): JsonReport {
  const s = summarizeReport(report, meta.failOn, { allowIncomplete: meta.allowIncomplete });
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    findings: sortedBy(report.findings, compareFindingsByLocation).map(toJsonFinding),
    drift: sortedBy(report.drift, compareDrift).map(toJsonDrift),
    notEvaluated: sortedBy(report.notEvaluated, compareNotEvaluated)
      .map((n) => ({ resource: n.resource, file: n.file, line: n.line, why: n.why })),
    errors: report.errors.map((e) => ({ file: e.file, message: e.message })),
    summary: {
      failOn: s.failOn,
      passed: s.passed,
      verdict: s.verdict,
      incomplete: s.incomplete,
      findings: s.findings,
      bySeverity: s.bySeverity,
      suppressed: s.suppressed,
      permanentSuppressions: s.permanentSuppressions,
      expiredSuppressions: s.expiredSuppressions,
      blocking: s.blocking,
      drift: s.drift,
      notEvaluated: s.notEvaluated,
      errors: s.errors,
    },
    ...(phases ? { phases: phases.map((p) => ({ name: p.name, outcome: p.outcome, error: p.error })) } : {}),
  };
}

/** The JSON report as pretty text with a trailing newline; same input, same bytes. */
export function renderJson(report: Report, meta: RenderMeta, phases?: readonly JsonPhase[]): string {
  return `${JSON.stringify(toJsonReport(report, meta, phases), null, 2)}\n`;
}
