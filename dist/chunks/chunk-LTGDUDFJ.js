import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  SEVERITIES,
  blockingCount,
  severityRank
} from "./chunk-IVIT2PZO.js";

// src/report/summary.ts
var DRIFT_STATUSES = ["drifted", "missing", "unmanaged", "unverified", "in_sync"];
var SEVERITIES_DESCENDING = [...SEVERITIES].reverse();
var REASON_EXAMPLES = 3;
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function incompleteItems(report) {
  const errors = [...report.errors].sort((a, b) => compareText(a.file, b.file) || compareText(a.message, b.message));
  return [
    ...errors.map((e) => ({ kind: "file", what: e.file, why: e.message })),
    ...sortedBy(report.drift.filter((d) => d.status === "unverified"), compareDrift).map((d) => ({ kind: "resource", what: d.address, why: d.reason })),
    ...sortedBy(report.notEvaluated, compareNotEvaluated).map((n) => ({ kind: "value", what: `${n.resource} (${n.file}:${n.line})`, why: n.why }))
  ];
}
var INCOMPLETE_KINDS = ["file", "resource", "value"];
var KIND_HEADLINE = {
  file: (n) => `${plural(n, "file")} could not be read`,
  resource: (n) => `${plural(n, "resource")} could not be verified`,
  value: (n) => `${plural(n, "value")} not evaluated`
};
function describeIncomplete(items) {
  const parts = [];
  for (const kind of INCOMPLETE_KINDS) {
    const ofKind = items.filter((i) => i.kind === kind);
    if (ofKind.length === 0) continue;
    const shown = ofKind.slice(0, REASON_EXAMPLES).map((i) => `${i.what} (${i.why})`);
    const more = ofKind.length > REASON_EXAMPLES ? `, and ${ofKind.length - REASON_EXAMPLES} more` : "";
    parts.push(`${KIND_HEADLINE[kind](ofKind.length)}: ${shown.join("; ")}${more}`);
  }
  return parts.join(". ").replace(/[\r\n\u2028\u2029]+/g, " ");
}
function countIncomplete(items) {
  return INCOMPLETE_KINDS.flatMap((kind) => {
    const n = items.filter((i) => i.kind === kind).length;
    return n > 0 ? [KIND_HEADLINE[kind](n)] : [];
  }).join(", ");
}
function summarizeReport(report, failOn, options = {}) {
  const bySeverity = { critical: 0, high: 0, medium: 0, low: 0 };
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
  const drift = { drifted: 0, missing: 0, unmanaged: 0, unverified: 0, in_sync: 0 };
  for (const result of report.drift) drift[result.status] += 1;
  const blocking = blockingCount(report, failOn);
  const items = incompleteItems(report);
  const incomplete = items.length === 0 ? null : { items, reason: describeIncomplete(items), headline: countIncomplete(items), accepted: options.allowIncomplete === true };
  const verdict = blocking > 0 ? "fail" : incomplete ? "incomplete" : "pass";
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
    errors: report.errors.length
  };
}
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareFindingsByLocation(a, b) {
  return compareText(a.file, b.file) || a.startLine - b.startLine || a.endLine - b.endLine || compareText(a.ruleId, b.ruleId) || compareText(a.resource, b.resource) || compareText(a.fingerprint, b.fingerprint);
}
function compareFindingsBySeverity(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || compareFindingsByLocation(a, b);
}
function compareDrift(a, b) {
  return DRIFT_STATUSES.indexOf(a.status) - DRIFT_STATUSES.indexOf(b.status) || compareText(a.module, b.module) || compareText(a.address, b.address) || compareText(a.stateFile, b.stateFile);
}
function compareNotEvaluated(a, b) {
  return compareText(a.file, b.file) || a.line - b.line || compareText(a.resource, b.resource) || compareText(a.why, b.why);
}
var DIFFERENCE_CLASS_ORDER = ["security", "config", "expected", "ignored"];
function sortDifferences(differences) {
  return [...differences].sort(
    (a, b) => DIFFERENCE_CLASS_ORDER.indexOf(a.class) - DIFFERENCE_CLASS_ORDER.indexOf(b.class) || compareText(a.path, b.path)
  );
}
function sortedBy(items, compare) {
  return [...items].sort(compare);
}
var DAY_MS = 24 * 60 * 60 * 1e3;
function daysUntil(until, now) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(until);
  if (!match) return null;
  const end = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Math.round((end - today) / DAY_MS);
}
var EXPIRING_WITHIN_DAYS = 14;
function expiringSuppressions(report, now) {
  return report.findings.filter((finding) => {
    const until = finding.suppressed?.until;
    if (!until) return false;
    const days = daysUntil(until, now);
    return days !== null && days >= 0 && days <= EXPIRING_WITHIN_DAYS;
  });
}
function formatDriftValue(value) {
  if (value === void 0) return "(absent)";
  return JSON.stringify(value) ?? String(value);
}

// src/version.ts
var TOOL_VERSION = "0.1.0";

export {
  SEVERITIES_DESCENDING,
  incompleteItems,
  describeIncomplete,
  summarizeReport,
  compareFindingsByLocation,
  compareFindingsBySeverity,
  compareDrift,
  compareNotEvaluated,
  sortDifferences,
  sortedBy,
  daysUntil,
  EXPIRING_WITHIN_DAYS,
  expiringSuppressions,
  formatDriftValue,
  TOOL_VERSION
};
