import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/report/model.ts
var SEVERITIES = ["low", "medium", "high", "critical"];
function severityRank(level) {
  return level === "none" ? 0 : SEVERITIES.indexOf(level) + 1;
}
function driftSeverity(result) {
  if (result.status === "in_sync" || result.status === "unverified") return null;
  if (result.status === "missing" || result.status === "unmanaged") return "high";
  if (result.differences.some((d) => d.class === "security")) return "high";
  if (result.differences.some((d) => d.class === "config")) return "medium";
  return null;
}
function blockingCount(report, level) {
  if (level === "none") return 0;
  const min = severityRank(level);
  const findings = report.findings.filter((f) => !f.suppressed && severityRank(f.severity) >= min).length;
  const drift = report.drift.filter((d) => {
    const s = driftSeverity(d);
    return s !== null && severityRank(s) >= min;
  }).length;
  return findings + drift;
}

export {
  SEVERITIES,
  severityRank,
  driftSeverity,
  blockingCount
};
