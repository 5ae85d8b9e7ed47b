import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  ruleHelpUri
} from "./chunk-6DCGEIHD.js";
import {
  allRules,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  markdownLink,
  stripInvisible,
  truncateText
} from "./chunk-KEBHZVNT.js";
import {
  EXPIRING_WITHIN_DAYS,
  SEVERITIES_DESCENDING,
  TOOL_VERSION,
  compareDrift,
  compareFindingsByLocation,
  compareFindingsBySeverity,
  compareNotEvaluated,
  daysUntil,
  expiringSuppressions,
  formatDriftValue,
  sortDifferences,
  sortedBy,
  summarizeReport
} from "./chunk-LTGDUDFJ.js";

// src/report/json.ts
var TOOL_NAME = "ecs-drift-guard";
function toJsonSuppression(s) {
  return { kind: s.kind, until: s.until, reason: s.reason, owner: s.owner };
}
function toJsonFinding(f) {
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
    expiredSuppression: f.expiredSuppression ? toJsonSuppression(f.expiredSuppression) : null
  };
}
function toJsonDrift(d) {
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
      expected: x.expected === void 0 ? null : x.expected,
      actual: x.actual === void 0 ? null : x.actual,
      class: x.class,
      ...x.why ? { why: x.why } : {}
    })),
    ...d.attribution ? { attribution: d.attribution } : {}
  };
}
function toJsonReport(report, meta, phases) {
  const s = summarizeReport(report, meta.failOn, { allowIncomplete: meta.allowIncomplete });
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    findings: sortedBy(report.findings, compareFindingsByLocation).map(toJsonFinding),
    drift: sortedBy(report.drift, compareDrift).map(toJsonDrift),
    notEvaluated: sortedBy(report.notEvaluated, compareNotEvaluated).map((n) => ({ resource: n.resource, file: n.file, line: n.line, why: n.why })),
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
      errors: s.errors
    },
    ...phases ? { phases: phases.map((p) => ({ name: p.name, outcome: p.outcome, error: p.error })) } : {}
  };
}
function renderJson(report, meta, phases) {
  return `${JSON.stringify(toJsonReport(report, meta, phases), null, 2)}
`;
}

// src/report/markdown-document.ts
function defaultTruncationNote(omittedRows, maxLength) {
  const what = omittedRows > 0 ? `${omittedRows} more row${omittedRows === 1 ? "" : "s"} and the sections after them` : "the rest of the report";
  return `
> [!WARNING]
> Report truncated to fit ${maxLength} characters: ${what} are not shown. The JSON report (\`--format json\`) has everything.
`;
}
var MarkdownDocument = class {
  pieces = [];
  /** Adds atomic text: kept whole or dropped whole. */
  add(text) {
    this.pieces.push({ text });
    return this;
  }
  /** Adds one table row (or list item); rows are what the truncation note counts. */
  row(text) {
    this.pieces.push({ text, row: true });
    return this;
  }
  /** Opens a construct that must be closed (`<details>`, a fence): `closer` is emitted even when truncated. */
  open(text, closer) {
    this.pieces.push({ text, closer });
    return this;
  }
  /** Closes the innermost construct opened with `open`. */
  close() {
    this.pieces.push({ text: "", closes: true });
    return this;
  }
  render(options = {}) {
    const full = this.assemble(this.pieces.length).text;
    const max = options.maxLength;
    if (max === void 0 || full.length <= max) return full;
    const note = options.truncationNote ?? defaultTruncationNote;
    const totalRows = this.pieces.filter((p) => p.row).length;
    const noteBudget = Math.max(note(totalRows, max).length, note(0, max).length, note(1, max).length);
    let kept = 0;
    let text = "";
    const stack = [];
    for (const piece of this.pieces) {
      const nextText = text + piece.text;
      const nextStack = piece.closes ? stack.slice(0, -1) : piece.closer !== void 0 ? [...stack, piece.closer] : stack;
      const closing = piece.closes ? stack[stack.length - 1] ?? "" : "";
      const candidate = nextText + closing;
      if (candidate.length + pendingLength(nextStack) + noteBudget > max) break;
      text = candidate;
      stack.splice(0, stack.length, ...nextStack);
      kept += 1;
    }
    const omittedRows = this.pieces.slice(kept).filter((p) => p.row).length;
    const result = text + [...stack].reverse().join("") + note(omittedRows, max);
    if (result.length <= max) return result;
    return note(omittedRows, max).slice(0, max);
  }
  assemble(count) {
    let text = "";
    const stack = [];
    for (const piece of this.pieces.slice(0, count)) {
      text += piece.text;
      if (piece.closes) text += stack.pop() ?? "";
      else if (piece.closer !== void 0) stack.push(piece.closer);
    }
    return { text: text + stack.reverse().join("") };
  }
};
function pendingLength(stack) {
  return stack.reduce((n, s) => n + s.length, 0);
}

// src/report/severity-presentation.ts
var SEVERITY_EMOJI = { critical: "\u{1F534}", high: "\u{1F7E0}", medium: "\u{1F7E1}", low: "\u{1F535}" };
var SEVERITY_NAME = { critical: "Critical", high: "High", medium: "Medium", low: "Low" };
function severityLabel(severity) {
  return `${SEVERITY_EMOJI[severity]} ${SEVERITY_NAME[severity]}`;
}
function severityLegend() {
  return ["critical", "high", "medium", "low"].map((s) => `${SEVERITY_EMOJI[s]} ${SEVERITY_NAME[s]}`).join(" \xB7 ");
}

// src/report/markdown.ts
var MAX_MESSAGE_CHARS = 600;
var MAX_CELL_CHARS = 200;
var MAX_VALUE_CHARS = 80;
var MAX_DIFFERENCES_PER_RESOURCE = 20;
var DRIFT_STATUS_LABEL = {
  drifted: "\u{1F534} drifted",
  missing: "\u{1F534} missing",
  unmanaged: "\u{1F534} unmanaged",
  unverified: "\u26AA unverified",
  in_sync: "\u{1F7E2} in sync"
};
function cell(text, max = MAX_CELL_CHARS) {
  if (text === null || text === void 0 || text === "") return "\u2014";
  return escapeTableCell(truncateText(text, max));
}
function code(text, max = MAX_CELL_CHARS) {
  return inlineCode(truncateText(text, max), { table: true });
}
function severityCell(severity) {
  return severityLabel(severity);
}
function moduleLabel(module) {
  return module === "" || module === "." ? "(root)" : module;
}
var MarkdownReportBuilder = class {
  constructor(report, meta, options) {
    this.report = report;
    this.meta = meta;
    this.options = options;
    this.ruleUris = new Map(meta.rules.map((r) => [r.id, r.helpUri]));
  }
  report;
  meta;
  options;
  doc = new MarkdownDocument();
  ruleUris;
  build() {
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
  location(file, line) {
    const label = line === void 0 ? file : `${file}:${line}`;
    if (this.options.links && line !== void 0) return markdownLink(label, this.options.links(file, line));
    return code(label);
  }
  rule(finding) {
    return markdownLink(finding.ruleId, finding.helpUri || this.ruleUris.get(finding.ruleId) || "");
  }
  /** Heading plus table header plus first row in one piece, so a header never ends the output alone. */
  table(heading, columns, rows, intro = "") {
    if (rows.length === 0) return;
    const header = `| ${columns.join(" | ")} |
|${columns.map(() => "---").join("|")}|
`;
    this.doc.row(`${heading}

${intro ? `${intro}

` : ""}${header}${rows[0]}
`);
    for (const row of rows.slice(1)) this.doc.row(`${row}
`);
    this.doc.add("\n");
  }
  header(s) {
    const title = this.options.title ?? "ECS Drift Guard";
    const failOn = this.meta.failOn;
    const passed = failOn === "none" ? "\u2705 **Passed**: `fail-on` is `none`, nothing blocks." : `\u2705 **Passed**: no unsuppressed findings or drift at or above \`${failOn}\`.`;
    const failed = `\u274C **Failed**: ${s.blocking} finding${s.blocking === 1 ? "" : "s"} or drifted resource${s.blocking === 1 ? "" : "s"} at or above \`${failOn}\`.`;
    const notChecked = s.incomplete ? `${s.incomplete.headline} (listed below).` : "";
    const verdict = s.verdict === "pass" ? passed : s.verdict === "fail" ? s.incomplete ? `${failed}

\u26A0\uFE0F **Also incomplete**${s.incomplete.accepted ? " (accepted by `allow-incomplete`)" : ""}: ${notChecked}` : failed : s.incomplete.accepted ? `\u26A0\uFE0F **Incomplete, accepted by \`allow-incomplete\`**: nothing blocks in what was checked, but ${notChecked}` : `\u26D4 **Incomplete**: not everything could be checked, so this run does not pass: ${notChecked}`;
    const counts = SEVERITIES_DESCENDING.map((sev) => `| ${severityCell(sev)} | ${s.bySeverity[sev]} |`).join("\n");
    const extras = [
      `Suppressed: ${s.suppressed} (${s.permanentSuppressions} permanent)`,
      `Expired exceptions: ${s.expiredSuppressions}`,
      `Drift: ${s.drift.drifted} drifted, ${s.drift.missing} missing, ${s.drift.unmanaged} unmanaged, ${s.drift.unverified} unverified, ${s.drift.in_sync} in sync`,
      `Not evaluated: ${s.notEvaluated}`,
      `Errors: ${s.errors}`
    ].join(" \xB7 ");
    const modules = this.report.modules.length;
    const scanned = modules > 0 ? `

Modules scanned: ${modules}.` : "";
    this.doc.add(`## ${escapeMarkdown(title)}

${verdict}

| Severity | Findings |
|---|---:|
${counts}

${extras}${scanned}

`);
  }
  findings() {
    const open = this.report.findings.filter((f) => !f.suppressed);
    if (open.length === 0) {
      this.doc.add("### Findings\n\nNo unsuppressed findings.\n\n");
      return;
    }
    this.doc.add(`### Findings (${open.length})

`);
    const byModule = /* @__PURE__ */ new Map();
    for (const f of open) byModule.set(f.module, [...byModule.get(f.module) ?? [], f]);
    for (const module of [...byModule.keys()].sort()) {
      const findings = sortedBy(byModule.get(module), compareFindingsBySeverity);
      const rows = findings.map((f) => {
        let message = cell(f.message, MAX_MESSAGE_CHARS);
        if (f.expiredSuppression) message += `<br>\u23F0 _exception expired on ${cell(f.expiredSuppression.until)}_`;
        return `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${message} |`;
      });
      this.table(`#### Module ${code(moduleLabel(module))} (${findings.length})`, ["Severity", "Rule", "Location", "Resource", "Message"], rows);
    }
  }
  expired() {
    const expired = sortedBy(this.report.findings.filter((f) => f.expiredSuppression), compareFindingsBySeverity);
    const rows = expired.map((f) => {
      const s = f.expiredSuppression;
      return `| ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${cell(s.until)} | ${cell(s.reason)} |`;
    });
    this.table(
      `### Expired exceptions (${expired.length})`,
      ["Rule", "Location", "Resource", "Kind", "Owner", "Expired on", "Reason"],
      rows,
      "These exceptions are past their `until` date: the findings count again until the exception is renewed or the code is fixed."
    );
  }
  expiring() {
    const expiring = sortedBy(expiringSuppressions(this.report, this.meta.now), compareFindingsBySeverity);
    const rows = expiring.map((f) => {
      const s = f.suppressed;
      const days = daysUntil(s.until, this.meta.now);
      const when = days === 0 ? "today" : `in ${days} day${days === 1 ? "" : "s"}`;
      return `| ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${cell(s.until)} (${when}) | ${cell(s.reason)} |`;
    });
    this.table(
      `### Exceptions expiring within ${EXPIRING_WITHIN_DAYS} days (${expiring.length})`,
      ["Rule", "Location", "Resource", "Kind", "Owner", "Until", "Reason"],
      rows
    );
  }
  suppressed() {
    const suppressed = sortedBy(this.report.findings.filter((f) => f.suppressed), compareFindingsBySeverity);
    if (suppressed.length === 0) return;
    const columns = ["Severity", "Rule", "Location", "Resource", "Kind", "Owner", "Until", "Reason"];
    this.doc.open(`<details>
<summary>Suppressed findings (${suppressed.length})</summary>

`, "\n</details>\n\n");
    const rows = suppressed.map((f) => {
      const s = f.suppressed;
      return `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${s.kind} | ${cell(s.owner)} | ${s.until === null ? "permanent" : cell(s.until)} | ${cell(s.reason)} |`;
    });
    const header = `| ${columns.join(" | ")} |
|${columns.map(() => "---").join("|")}|
`;
    this.doc.row(`${header}${rows[0]}
`);
    for (const row of rows.slice(1)) this.doc.row(`${row}
`);
    this.doc.close();
  }
  permanent() {
    const permanent = sortedBy(this.report.findings.filter((f) => f.suppressed && f.suppressed.until === null), compareFindingsBySeverity);
    const rows = permanent.map((f) => `| ${severityCell(f.severity)} | ${this.rule(f)} | ${this.location(f.file, f.startLine)} | ${code(f.resource)} | ${f.suppressed.kind} | ${cell(f.suppressed.reason)} |`);
    this.table(
      `### Permanent suppressions (${permanent.length})`,
      ["Severity", "Rule", "Location", "Resource", "Kind", "Reason"],
      rows,
      "These suppressions have no `until` date: reviewers should confirm each one is still wanted."
    );
  }
  difference(d) {
    const values = `${code(formatDriftValue(d.expected), MAX_VALUE_CHARS)} \u2192 ${code(formatDriftValue(d.actual), MAX_VALUE_CHARS)}`;
    const why = d.why ? ` (${cell(d.why)})` : "";
    return `**${d.class}** ${code(d.path)}: ${values}${why}`;
  }
  differences(differences) {
    const sorted = sortDifferences(differences);
    const lines = sorted.slice(0, MAX_DIFFERENCES_PER_RESOURCE).map((d) => this.difference(d));
    if (sorted.length > MAX_DIFFERENCES_PER_RESOURCE) lines.push(`\u2026 and ${sorted.length - MAX_DIFFERENCES_PER_RESOURCE} more`);
    return lines.join("<br>");
  }
  driftResource(r) {
    const where = r.file ? `<br>${this.location(r.file, r.line)}` : "";
    return `${code(r.address)}${where}`;
  }
  drift() {
    if (this.report.drift.length === 0) return;
    const all = sortedBy(this.report.drift, compareDrift);
    const attention = all.filter((r) => r.status !== "in_sync");
    const rows = attention.map((r) => {
      const details = r.differences.length > 0 ? this.differences(r.differences) : cell(r.reason);
      const reason = r.differences.length > 0 && r.reason ? `${cell(r.reason)}<br>` : "";
      return `| ${this.driftResource(r)} | ${DRIFT_STATUS_LABEL[r.status]} | ${reason}${details} |`;
    });
    if (rows.length === 0) {
      this.doc.add(`### Drift

All ${all.length} resources match live ECS.

`);
    } else {
      this.table(`### Drift (${attention.length} of ${all.length} resources)`, ["Resource", "Status", "Differences"], rows);
    }
    const quiet = all.filter((r) => r.status === "in_sync" && r.differences.length > 0);
    if (quiet.length === 0) return;
    this.doc.open(`<details>
<summary>In sync, with expected or ignored differences (${quiet.length})</summary>

`, "\n</details>\n\n");
    const header = "| Resource | Differences |\n|---|---|\n";
    quiet.forEach((r, i) => this.doc.row(`${i === 0 ? header : ""}| ${this.driftResource(r)} | ${this.differences(r.differences)} |
`));
    this.doc.close();
  }
  notEvaluated() {
    const items = sortedBy(this.report.notEvaluated, compareNotEvaluated);
    const rows = items.map((n) => `| ${code(n.resource)} | ${this.location(n.file, n.line)} | ${cell(n.why, MAX_MESSAGE_CHARS)} |`);
    this.table(
      `### Not evaluated (${items.length})`,
      ["Resource", "Location", "Why"],
      rows,
      "Values that cannot be known statically are not guessed: these resources (or parts of them) were not checked."
    );
  }
  errors() {
    const rows = this.report.errors.map((e) => `| ${e.file ? code(e.file) : "\u2014"} | ${cell(e.message, MAX_MESSAGE_CHARS)} |`);
    this.table(`### Errors (${rows.length})`, ["File", "Message"], rows);
  }
};
function renderMarkdownReport(report, meta, opts = {}) {
  return new MarkdownReportBuilder(report, meta, opts).build();
}

// src/report/render-meta.ts
function toRuleMeta(rule) {
  return {
    id: rule.id,
    severity: rule.severity,
    title: rule.title,
    description: rule.description,
    fix: rule.fix,
    references: [...rule.references],
    helpUri: ruleHelpUri(rule.id)
  };
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { pathToFileURL } from "node:url";

// src/report/drift-rules.ts
function driftRule(id, severity, title, description, fix) {
  return { id, severity, title, description, fix, references: [], helpUri: ruleHelpUri(id) };
}
var DRIFT_RULES = [
  driftRule(
    "drift-security",
    "high",
    "Security-relevant drift between Terraform and live ECS",
    "Live ECS differs from the Terraform state in a security-relevant attribute (images, roles, privileges, environment, secrets, network configuration, ECS Exec, volumes). Someone changed the workload identity or exposure outside code review.",
    "Revert the live change with terraform apply, adopt it into the Terraform code through a reviewed pull request, or record a time-bound exception with an owner."
  ),
  driftRule(
    "drift-config",
    "medium",
    "Configuration drift between Terraform and live ECS",
    "Live ECS differs from the Terraform state in a configuration attribute. The code no longer describes what runs.",
    "Revert the live change with terraform apply, or adopt it into the Terraform code through a reviewed pull request."
  ),
  driftRule(
    "drift-missing",
    "high",
    "Resource in Terraform state is missing from live ECS",
    "A resource recorded in the Terraform state no longer exists in live ECS: it was deleted outside Terraform.",
    "Recreate it with terraform apply, or remove it from the code and the state through a reviewed pull request."
  ),
  driftRule(
    "drift-unmanaged",
    "high",
    "Live ECS resource not managed by Terraform",
    "A live ECS resource in a managed cluster is not in any Terraform state: it was created outside code review.",
    "Import it into Terraform and review its settings, or delete it."
  )
];
function driftViolations(result) {
  switch (result.status) {
    case "missing":
      return [{ ruleId: "drift-missing", severity: "high", result }];
    case "unmanaged":
      return [{ ruleId: "drift-unmanaged", severity: "high", result }];
    case "drifted": {
      const out = [];
      if (result.differences.some((d) => d.class === "security")) out.push({ ruleId: "drift-security", severity: "high", result });
      if (result.differences.some((d) => d.class === "config")) out.push({ ruleId: "drift-config", severity: "medium", result });
      return out;
    }
    default:
      return [];
  }
}

// src/report/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/ecs-drift-guard/ecs-drift-guard";
var SRCROOT = "%SRCROOT%";
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
function sarifLevel(severity) {
  return severity === "critical" || severity === "high" ? "error" : severity === "medium" ? "warning" : "note";
}
function toArtifactUri(file) {
  return file.replace(/\\/g, "/").replace(/^\.?\//, "").split("/").map(encodeURIComponent).join("/");
}
function location(file, startLine, endLine, columns) {
  const artifactLocation = { uri: toArtifactUri(file), uriBaseId: SRCROOT };
  if (startLine === void 0 || startLine < 1) return { physicalLocation: { artifactLocation } };
  const lastLine = Math.max(startLine, endLine ?? startLine);
  const region = { startLine, endLine: lastLine };
  const startColumn = columns?.startColumn;
  if (startColumn !== void 0 && startColumn >= 1) {
    region.startColumn = startColumn;
    const endColumn = columns?.endColumn;
    if (endColumn !== void 0 && (lastLine > startLine || endColumn > startColumn)) region.endColumn = endColumn;
  }
  return { physicalLocation: { artifactLocation, region } };
}
function toSarifRule(rule, tags) {
  const references = rule.references.length > 0 ? rule.references : [];
  const textParts = [rule.description, `Fix: ${rule.fix}`];
  const markdownParts = [rule.description, `**Fix:** ${rule.fix}`];
  if (references.length > 0) {
    textParts.push(`References: ${references.join("; ")}`);
    markdownParts.push(`**References:** ${references.join("; ")}`);
  }
  markdownParts.push(`[Documentation](${rule.helpUri})`);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: textParts.join("\n\n"), markdown: markdownParts.join("\n\n") },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { tags, "security-severity": SECURITY_SEVERITY[rule.severity], precision: "high" }
  };
}
function ruleFromFinding(f) {
  return { id: f.ruleId, severity: f.severity, title: f.title, description: f.title, fix: f.fix, references: f.references, helpUri: f.helpUri };
}
function findingResult(f, ruleIndex) {
  const result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [location(f.file, f.startLine, f.endLine, f)],
    partialFingerprints: { "ecsDriftGuardFinding/v1": f.fingerprint },
    properties: { severity: f.severity, resource: f.resource, module: f.module, attributePath: f.attributePath }
  };
  if (f.suppressed) {
    const s = f.suppressed;
    result.suppressions = [{
      kind: s.kind === "inline" ? "inSource" : "external",
      status: "accepted",
      ...s.reason ? { justification: s.reason } : {},
      properties: { owner: s.owner, until: s.until }
    }];
  }
  if (f.expiredSuppression) {
    result.properties.expiredSuppression = { kind: f.expiredSuppression.kind, until: f.expiredSuppression.until, owner: f.expiredSuppression.owner };
  }
  return result;
}
var MAX_DIFFERENCES_IN_MESSAGE = 10;
var MAX_VALUE_CHARS2 = 120;
function clip(text) {
  return text.length <= MAX_VALUE_CHARS2 ? text : `${text.slice(0, MAX_VALUE_CHARS2 - 1)}\u2026`;
}
function driftMessage(v) {
  const r = v.result;
  if (v.ruleId === "drift-missing") return `${r.address} is in Terraform state (${r.stateFile}) but missing from live ECS. ${r.reason}`.trim();
  if (v.ruleId === "drift-unmanaged") return `${r.address} exists in live ECS but is not in Terraform state. ${r.reason}`.trim();
  const cls = v.ruleId === "drift-security" ? "security" : "config";
  const diffs = sortDifferences(r.differences).filter((d) => d.class === cls);
  const lines = diffs.slice(0, MAX_DIFFERENCES_IN_MESSAGE).map((d) => `${d.path}: expected ${clip(formatDriftValue(d.expected))}, live ${clip(formatDriftValue(d.actual))}`);
  if (diffs.length > MAX_DIFFERENCES_IN_MESSAGE) lines.push(`\u2026 and ${diffs.length - MAX_DIFFERENCES_IN_MESSAGE} more`);
  return `Live ECS differs from Terraform for ${r.address} (${cls}, ${diffs.length} difference${diffs.length === 1 ? "" : "s"}):
${lines.join("\n")}`;
}
function driftFingerprint(v) {
  return createHash("sha256").update(`${v.ruleId}\0${v.result.stateFile}\0${v.result.address}`).digest("hex").slice(0, 32);
}
function driftLocations(v) {
  const r = v.result;
  if (r.file) return [location(r.file, r.line, r.line)];
  if (r.stateFile && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r.stateFile)) return [location(r.stateFile)];
  return [];
}
function sarifCategory(run) {
  const shard = run.shard && run.shard.count > 1 ? `shard-${run.shard.index}-of-${run.shard.count}/` : "";
  return `${TOOL_NAME}/${run.mode}/${shard}`;
}
function folderUri(path) {
  const uri = pathToFileURL(path).href;
  return uri.endsWith("/") ? uri : `${uri}/`;
}
function toSarif(report, meta) {
  const ruleMetas = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const addRule = (rule) => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, ruleMetas.length);
    ruleMetas.push(rule);
  };
  meta.rules.forEach(addRule);
  DRIFT_RULES.forEach(addRule);
  const findings = sortedBy(report.findings, compareFindingsByLocation);
  findings.forEach((f) => addRule(ruleFromFinding(f)));
  const driftRuleIds = new Set(DRIFT_RULES.map((r) => r.id));
  const rules = ruleMetas.map((r) => toSarifRule(r, driftRuleIds.has(r.id) ? ["security", "ecs", "drift"] : ["security", "ecs", "terraform"]));
  const results = findings.map((f) => findingResult(f, ruleIndex.get(f.ruleId)));
  for (const drift of sortedBy(report.drift, compareDrift)) {
    for (const v of driftViolations(drift)) {
      results.push({
        ruleId: v.ruleId,
        ruleIndex: ruleIndex.get(v.ruleId),
        level: sarifLevel(v.severity),
        message: { text: driftMessage(v) },
        locations: driftLocations(v),
        partialFingerprints: { "ecsDriftGuardDrift/v1": driftFingerprint(v) },
        properties: { severity: v.severity, resource: drift.address, module: drift.module, stateFile: drift.stateFile, status: drift.status, ...drift.region ? { region: drift.region } : {} }
      });
    }
  }
  const notifications = [
    ...report.errors.map((e) => ({
      level: "error",
      message: { text: e.message },
      descriptor: { id: "input-error" },
      ...e.file ? { locations: [location(e.file)] } : {}
    })),
    ...sortedBy(report.notEvaluated, compareNotEvaluated).map((n) => ({
      level: "note",
      message: { text: `${n.resource} not evaluated: ${n.why}` },
      descriptor: { id: "not-evaluated" },
      locations: [location(n.file, n.line, n.line)]
    })),
    ...sortedBy(report.drift.filter((d) => d.status === "unverified"), compareDrift).map((d) => ({
      level: "warning",
      message: { text: `${d.address} could not be compared with live ECS: ${d.reason}` },
      descriptor: { id: "drift-unverified" },
      ...d.file ? { locations: [location(d.file, d.line, d.line)] } : {}
    }))
  ];
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [{
      ...meta.run ? { automationDetails: { id: sarifCategory(meta.run), description: { text: `ECS Drift Guard ${meta.run.mode}${meta.run.shard && meta.run.shard.count > 1 ? `, shard ${meta.run.shard.index} of ${meta.run.shard.count}` : ""}` } } } : {},
      // Locations are relative to %SRCROOT%, the repository root (absolute when this run knows it).
      originalUriBaseIds: {
        [SRCROOT]: { ...meta.run?.repoRoot ? { uri: folderUri(meta.run.repoRoot) } : {}, description: { text: "The root of the repository." } }
      },
      // Columns count UTF-16 code units, as JavaScript strings (and so the parser's offsets) do.
      columnKind: "utf16CodeUnits",
      tool: { driver: { name: TOOL_NAME, version: meta.toolVersion, semanticVersion: meta.toolVersion, informationUri: INFORMATION_URI, rules } },
      invocations: [{ executionSuccessful: report.errors.length === 0, endTimeUtc: meta.now.toISOString(), toolExecutionNotifications: notifications }],
      results
    }]
  };
}
function renderSarif(report, meta) {
  return `${JSON.stringify(toSarif(report, meta), null, 2)}
`;
}

// src/report/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", green: "\x1B[32m", yellow: "\x1B[33m", magenta: "\x1B[35m", cyan: "\x1B[36m" };
var SEVERITY_WIDTH = Math.max(...["critical", "high", "medium", "low"].map((s) => severityLabel(s).length));
var SEVERITY_STYLE = { critical: ["bold", "magenta"], high: ["red"], medium: ["yellow"], low: ["cyan"] };
var MAX_VALUE_CHARS3 = 120;
function plain(text) {
  return stripInvisible(String(text)).replace(/\r\n|\r|\n|\u2028|\u2029/g, " ");
}
function clip2(text, max = MAX_VALUE_CHARS3) {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
var TextReportBuilder = class {
  constructor(report, meta, options) {
    this.report = report;
    this.meta = meta;
    this.options = options;
  }
  report;
  meta;
  options;
  lines = [];
  paint(text, ...styles) {
    if (!this.options.color || styles.length === 0) return text;
    return `${styles.map((s) => ANSI[s]).join("")}${text}${ANSI.reset}`;
  }
  section(title) {
    if (this.lines.length > 0) this.lines.push("");
    this.lines.push(this.paint(title, "bold"));
  }
  severity(severity) {
    return this.paint(severityLabel(severity).padEnd(SEVERITY_WIDTH), ...SEVERITY_STYLE[severity]);
  }
  location(file, line) {
    return line === void 0 ? plain(file) : `${plain(file)}:${line}`;
  }
  build() {
    const summary = summarizeReport(this.report, this.meta.failOn, { allowIncomplete: this.meta.allowIncomplete });
    this.findings();
    this.suppressed();
    this.drift();
    this.notEvaluated();
    this.errors();
    if (this.lines.length > 0) this.lines.push("");
    this.lines.push(this.summaryLine(summary));
    return `${this.lines.join("\n")}
`;
  }
  findingLine(f) {
    const expired = f.expiredSuppression ? this.paint(`  [exception expired on ${plain(f.expiredSuppression.until ?? "unknown date")}]`, "yellow") : "";
    return `  ${this.location(f.file, f.startLine)}  ${this.severity(f.severity)}  ${plain(f.ruleId)}  ${plain(f.message)}  ${this.paint(`(${plain(f.resource)})`, "dim")}${expired}`;
  }
  findings() {
    const open = sortedBy(this.report.findings.filter((f) => !f.suppressed), compareFindingsByLocation);
    if (open.length === 0) return;
    let file = null;
    for (const f of open) {
      if (f.file !== file) {
        file = f.file;
        this.section(plain(f.file));
      }
      this.lines.push(this.findingLine(f));
    }
  }
  suppressed() {
    const suppressed = sortedBy(this.report.findings.filter((f) => f.suppressed), compareFindingsByLocation);
    if (suppressed.length === 0) return;
    this.section(`Suppressed (${suppressed.length})`);
    for (const f of suppressed) {
      const s = f.suppressed;
      const parts = [s.kind, s.until === null ? "permanent" : `until ${plain(s.until)}`];
      if (s.owner) parts.push(`owner ${plain(s.owner)}`);
      const reason = s.reason ? `: ${plain(s.reason)}` : "";
      this.lines.push(this.paint(`  ${this.location(f.file, f.startLine)}  ${severityLabel(f.severity).padEnd(SEVERITY_WIDTH)}  ${plain(f.ruleId)}  (${plain(f.resource)})  ${parts.join(", ")}${reason}`, "dim"));
    }
  }
  driftStatus(r) {
    const label = r.status.toUpperCase().padEnd(10);
    if (r.status === "in_sync") return this.paint(label, "green");
    if (r.status === "unverified") return this.paint(label, "dim");
    const security = r.status !== "drifted" || r.differences.some((d) => d.class === "security");
    return this.paint(label, security ? "red" : "yellow");
  }
  drift() {
    if (this.report.drift.length === 0) return;
    const all = sortedBy(this.report.drift, compareDrift);
    const shown = all.filter((r) => r.status !== "in_sync" || r.differences.length > 0);
    const attention = all.filter((r) => r.status !== "in_sync").length;
    this.section(`Drift (${attention} of ${plural(all.length, "resource")} need attention)`);
    for (const r of shown) {
      const where = r.file ? `  (${this.location(r.file, r.line)})` : "";
      const reason = r.reason ? `  ${plain(r.reason)}` : "";
      this.lines.push(`  ${this.driftStatus(r)}  ${plain(r.address)}${this.paint(where, "dim")}${reason}`);
      for (const d of sortDifferences(r.differences)) {
        const cls = d.class.padEnd(8);
        const styled = d.class === "security" ? this.paint(cls, "red") : d.class === "config" ? this.paint(cls, "yellow") : this.paint(cls, "dim");
        const why = d.why ? this.paint(`  (${plain(d.why)})`, "dim") : "";
        this.lines.push(`      ${styled}  ${plain(d.path)}: expected ${clip2(plain(formatDriftValue(d.expected)))}, live ${clip2(plain(formatDriftValue(d.actual)))}${why}`);
      }
    }
  }
  notEvaluated() {
    if (this.report.notEvaluated.length === 0) return;
    const items = sortedBy(this.report.notEvaluated, compareNotEvaluated);
    this.section(`Not evaluated (${items.length})`);
    for (const n of items) this.lines.push(`  ${this.location(n.file, n.line)}  ${plain(n.resource)}  ${plain(n.why)}`);
  }
  errors() {
    if (this.report.errors.length === 0) return;
    this.section(this.paint(`Errors (${this.report.errors.length})`, "red"));
    for (const e of this.report.errors) this.lines.push(`  ${e.file ? `${plain(e.file)}  ` : ""}${plain(e.message)}`);
  }
  summaryLine(s) {
    const accepted = s.incomplete?.accepted ? " (accepted by --allow-incomplete)" : "";
    const verdict = s.verdict === "pass" ? this.paint("PASS", "bold", "green") : s.verdict === "fail" ? this.paint(s.incomplete ? `FAIL + INCOMPLETE${accepted}` : "FAIL", "bold", "red") : this.paint(`INCOMPLETE${accepted}`, "bold", accepted ? "yellow" : "red");
    const blocking = this.meta.failOn === "none" ? "fail-on none" : `${s.blocking} blocking at or above ${this.meta.failOn}`;
    const bySeverity = SEVERITIES_DESCENDING.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(", ");
    const parts = [
      `${verdict}  ${blocking}`,
      `${plural(s.findings, "finding")} (${bySeverity})`,
      `${s.suppressed} suppressed (${s.permanentSuppressions} permanent)`
    ];
    if (s.expiredSuppressions > 0) parts.push(`${plural(s.expiredSuppressions, "expired exception")}`);
    if (this.report.drift.length > 0) {
      parts.push(`drift: ${s.drift.drifted} drifted, ${s.drift.missing} missing, ${s.drift.unmanaged} unmanaged, ${s.drift.unverified} unverified, ${s.drift.in_sync} in sync`);
    }
    parts.push(`${s.notEvaluated} not evaluated`, plural(s.errors, "error"));
    const line = parts.join(" \xB7 ");
    return s.incomplete ? `Not checked: ${plain(s.incomplete.reason)}
${line}` : line;
  }
};
function renderText(report, meta, options = { color: false }) {
  return new TextReportBuilder(report, meta, options).build();
}

// src/report/render.ts
function renderMetaFor(settings) {
  return {
    toolVersion: TOOL_VERSION,
    rules: allRules.map(toRuleMeta),
    now: settings.now,
    failOn: settings.failOn,
    // The CLI's scan has no mode setting; drift passes its own.
    run: { mode: settings.mode ?? "scan", shard: settings.shard, repoRoot: settings.repoRoot },
    allowIncomplete: settings.allowIncomplete === true
  };
}
function renderReport(report, settings, options) {
  const meta = renderMetaFor(settings);
  switch (settings.format) {
    case "json":
      return renderJson(report, meta);
    case "sarif":
      return renderSarif(report, meta);
    case "markdown":
      return renderMarkdownReport(report, meta);
    case "text":
      return renderText(report, meta, { color: options.color });
  }
}

export {
  SEVERITY_EMOJI,
  severityLabel,
  severityLegend,
  driftViolations,
  renderJson,
  renderMarkdownReport,
  renderSarif,
  renderMetaFor,
  renderReport
};
