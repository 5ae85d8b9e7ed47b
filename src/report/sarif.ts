// SARIF 2.1.0 for GitHub code scanning and other SARIF consumers. Suppressed findings stay in
// the log with `suppressions` (RULES.md): consumers show them as dismissed, never lose them.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DRIFT_RULES, driftViolations, type DriftViolation } from './drift-rules.js';
import { TOOL_NAME } from './json.js';
import type { Finding, Report, Severity } from './model.js';
import type { RenderMeta, RuleMeta } from './render-meta.js';
import { compareDrift, compareFindingsByLocation, compareNotEvaluated, formatDriftValue, sortDifferences, sortedBy } from './summary.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/ecs-drift-guard/ecs-drift-guard';
const SRCROOT = '%SRCROOT%';

export type SarifLevel = 'error' | 'warning' | 'note';

// GitHub code scanning maps security-severity to critical (>= 9.0), high (7.0-8.9),
// medium (4.0-6.9) and low (0.1-3.9); the values sit inside those bands.
export const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

export function sarifLevel(severity: Severity): SarifLevel {
  return severity === 'critical' || severity === 'high' ? 'error' : severity === 'medium' ? 'warning' : 'note';
}

// Minimal typings for what this file writes; the schema test checks the full shape.
interface SarifMessage { text: string; markdown?: string }
interface SarifLocation {
  physicalLocation: {
    artifactLocation: { uri: string; uriBaseId: string };
    region?: { startLine: number; startColumn?: number; endLine: number; endColumn?: number };
  };
}
interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { tags: string[]; 'security-severity': string; precision: string };
}
interface SarifSuppression {
  kind: 'inSource' | 'external';
  status: 'accepted';
  justification?: string;
  properties: { owner: string | null; until: string | null };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: SarifMessage;
  locations: SarifLocation[];
  partialFingerprints: Record<string, string>;
  suppressions?: SarifSuppression[];
  properties: Record<string, unknown>;
}
interface SarifNotification {
  level: SarifLevel;
  message: SarifMessage;
  descriptor: { id: string };
  locations?: SarifLocation[];
}
export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [{
    automationDetails?: { id: string; description: SarifMessage };
    columnKind: 'utf16CodeUnits';
    originalUriBaseIds: Record<string, { uri?: string; description: SarifMessage }>;
    tool: { driver: { name: string; version: string; semanticVersion: string; informationUri: string; rules: SarifRule[] } };
    invocations: [{ executionSuccessful: boolean; endTimeUtc: string; toolExecutionNotifications: SarifNotification[] }];
    results: SarifResult[];
  }];
}

/** Repo-relative path as a URI reference: each segment percent-encoded, `/` kept. */
export function toArtifactUri(file: string): string {
  return file.replace(/\\/g, '/').replace(/^\.?\//, '').split('/').map(encodeURIComponent).join('/');
}

/**
 * A location in the repository. Columns where the finding has them (SARIF §3.30: `endColumn` is the
 * column after the last character; without it the region runs to the end of `endLine`).
 */
function location(file: string, startLine?: number, endLine?: number, columns?: { startColumn?: number; endColumn?: number }): SarifLocation {
  const artifactLocation = { uri: toArtifactUri(file), uriBaseId: SRCROOT };
  if (startLine === undefined || startLine < 1) return { physicalLocation: { artifactLocation } };
  const lastLine = Math.max(startLine, endLine ?? startLine);
  const region: NonNullable<SarifLocation['physicalLocation']['region']> = { startLine, endLine: lastLine };
  const startColumn = columns?.startColumn;
  if (startColumn !== undefined && startColumn >= 1) {
    region.startColumn = startColumn;
    const endColumn = columns?.endColumn;
    if (endColumn !== undefined && (lastLine > startLine || endColumn > startColumn)) region.endColumn = endColumn;
  }
  return { physicalLocation: { artifactLocation, region } };
}

function toSarifRule(rule: RuleMeta, tags: string[]): SarifRule {
  const references = rule.references.length > 0 ? rule.references : [];
  const textParts = [rule.description, `Fix: ${rule.fix}`];
  const markdownParts = [rule.description, `**Fix:** ${rule.fix}`];
  if (references.length > 0) {
    textParts.push(`References: ${references.join('; ')}`);
    markdownParts.push(`**References:** ${references.join('; ')}`);
  }
  markdownParts.push(`[Documentation](${rule.helpUri})`);
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description || rule.title },
    help: { text: textParts.join('\n\n'), markdown: markdownParts.join('\n\n') },
    helpUri: rule.helpUri,
    defaultConfiguration: { level: sarifLevel(rule.severity) },
    properties: { tags, 'security-severity': SECURITY_SEVERITY[rule.severity], precision: 'high' },
  };
}

// A finding whose rule the caller did not describe still gets a rule entry, built from the
// finding itself, so ruleIndex always points somewhere valid.
function ruleFromFinding(f: Finding): RuleMeta {
  return { id: f.ruleId, severity: f.severity, title: f.title, description: f.title, fix: f.fix, references: f.references, helpUri: f.helpUri };
}

function findingResult(f: Finding, ruleIndex: number): SarifResult {
  const result: SarifResult = {
    ruleId: f.ruleId,
    ruleIndex,
    level: sarifLevel(f.severity),
    message: { text: f.message },
    locations: [location(f.file, f.startLine, f.endLine, f)],
    partialFingerprints: { 'ecsDriftGuardFinding/v1': f.fingerprint },
    properties: { severity: f.severity, resource: f.resource, module: f.module, attributePath: f.attributePath },
  };
  if (f.suppressed) {
    const s = f.suppressed;
    result.suppressions = [{
      kind: s.kind === 'inline' ? 'inSource' : 'external',
      status: 'accepted',
      ...(s.reason ? { justification: s.reason } : {}),
      properties: { owner: s.owner, until: s.until },
    }];
  }
  if (f.expiredSuppression) {
    result.properties.expiredSuppression = { kind: f.expiredSuppression.kind, until: f.expiredSuppression.until, owner: f.expiredSuppression.owner };
  }
  return result;
}

const MAX_DIFFERENCES_IN_MESSAGE = 10;
const MAX_VALUE_CHARS = 120;

function clip(text: string): string {
  return text.length <= MAX_VALUE_CHARS ? text : `${text.slice(0, MAX_VALUE_CHARS - 1)}…`;
}

function driftMessage(v: DriftViolation): string {
  const r = v.result;
  if (v.ruleId === 'drift-missing') return `${r.address} is in Terraform state (${r.stateFile}) but missing from live ECS. ${r.reason}`.trim();
  if (v.ruleId === 'drift-unmanaged') return `${r.address} exists in live ECS but is not in Terraform state. ${r.reason}`.trim();
  const cls = v.ruleId === 'drift-security' ? 'security' : 'config';
  const diffs = sortDifferences(r.differences).filter((d) => d.class === cls);
  const lines = diffs.slice(0, MAX_DIFFERENCES_IN_MESSAGE)
    .map((d) => `${d.path}: expected ${clip(formatDriftValue(d.expected))}, live ${clip(formatDriftValue(d.actual))}`);
  if (diffs.length > MAX_DIFFERENCES_IN_MESSAGE) lines.push(`… and ${diffs.length - MAX_DIFFERENCES_IN_MESSAGE} more`);
  return `Live ECS differs from Terraform for ${r.address} (${cls}, ${diffs.length} difference${diffs.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

function driftFingerprint(v: DriftViolation): string {
  return createHash('sha256').update(`${v.ruleId}\u0000${v.result.stateFile}\u0000${v.result.address}`).digest('hex').slice(0, 32);
}

// Code scanning needs a file to show a result on; an S3 state has none in the repository.
function driftLocations(v: DriftViolation): SarifLocation[] {
  const r = v.result;
  if (r.file) return [location(r.file, r.line, r.line)];
  if (r.stateFile && !/^[a-z][a-z0-9+.-]*:\/\//i.test(r.stateFile)) return [location(r.stateFile)];
  return [];
}

/**
 * GitHub code scanning keeps one analysis per category and commit, and takes the category from
 * runs[].automationDetails.id (everything up to its last `/`; it overrides upload-sarif's
 * `category` input). Mode and shard make it: shards of one matrix no longer replace each other,
 * and a scan does not close a drift run's alerts.
 */
export function sarifCategory(run: NonNullable<RenderMeta['run']>): string {
  const shard = run.shard && run.shard.count > 1 ? `shard-${run.shard.index}-of-${run.shard.count}/` : '';
  return `${TOOL_NAME}/${run.mode}/${shard}`;
}

/** A file: URI for a folder, ending in `/` as SARIF requires of a base URI (§3.14.14). */
function folderUri(path: string): string {
  const uri = pathToFileURL(path).href;
  return uri.endsWith('/') ? uri : `${uri}/`;
}

export function toSarif(report: Report, meta: RenderMeta): SarifLog {
  const ruleMetas: RuleMeta[] = [];
  const ruleIndex = new Map<string, number>();
  const addRule = (rule: RuleMeta): void => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, ruleMetas.length);
    ruleMetas.push(rule);
  };
  meta.rules.forEach(addRule);
  DRIFT_RULES.forEach(addRule);
  const findings = sortedBy(report.findings, compareFindingsByLocation);
  findings.forEach((f) => addRule(ruleFromFinding(f)));

  const driftRuleIds = new Set(DRIFT_RULES.map((r) => r.id));
  const rules = ruleMetas.map((r) => toSarifRule(r, driftRuleIds.has(r.id) ? ['security', 'ecs', 'drift'] : ['security', 'ecs', 'terraform']));

  const results: SarifResult[] = findings.map((f) => findingResult(f, ruleIndex.get(f.ruleId)!));
  for (const drift of sortedBy(report.drift, compareDrift)) {
    for (const v of driftViolations(drift)) {
      results.push({
        ruleId: v.ruleId,
        ruleIndex: ruleIndex.get(v.ruleId)!,
        level: sarifLevel(v.severity),
        message: { text: driftMessage(v) },
        locations: driftLocations(v),
        partialFingerprints: { 'ecsDriftGuardDrift/v1': driftFingerprint(v) },
        properties: { severity: v.severity, resource: drift.address, module: drift.module, stateFile: drift.stateFile, status: drift.status, ...(drift.region ? { region: drift.region } : {}) },
      });
    }
  }

  const notifications: SarifNotification[] = [
    ...report.errors.map((e): SarifNotification => ({
      level: 'error',
      message: { text: e.message },
      descriptor: { id: 'input-error' },
      ...(e.file ? { locations: [location(e.file)] } : {}),
    })),
    ...sortedBy(report.notEvaluated, compareNotEvaluated).map((n): SarifNotification => ({
      level: 'note',
      message: { text: `${n.resource} not evaluated: ${n.why}` },
      descriptor: { id: 'not-evaluated' },
      locations: [location(n.file, n.line, n.line)],
    })),
    ...sortedBy(report.drift.filter((d) => d.status === 'unverified'), compareDrift).map((d): SarifNotification => ({
      level: 'warning',
      message: { text: `${d.address} could not be compared with live ECS: ${d.reason}` },
      descriptor: { id: 'drift-unverified' },
      ...(d.file ? { locations: [location(d.file, d.line, d.line)] } : {}),
    })),
  ];

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [{
      ...(meta.run
        ? { automationDetails: { id: sarifCategory(meta.run), description: { text: `ECS Drift Guard ${meta.run.mode}${meta.run.shard && meta.run.shard.count > 1 ? `, shard ${meta.run.shard.index} of ${meta.run.shard.count}` : ''}` } } }
        : {}),
      // Locations are relative to %SRCROOT%, the repository root (absolute when this run knows it).
      originalUriBaseIds: {
        [SRCROOT]: { ...(meta.run?.repoRoot ? { uri: folderUri(meta.run.repoRoot) } : {}), description: { text: 'The root of the repository.' } },
      },
      // Columns count UTF-16 code units, as JavaScript strings (and so the parser's offsets) do.
      columnKind: 'utf16CodeUnits',
      tool: { driver: { name: TOOL_NAME, version: meta.toolVersion, semanticVersion: meta.toolVersion, informationUri: INFORMATION_URI, rules } },
      invocations: [{ executionSuccessful: report.errors.length === 0, endTimeUtc: meta.now.toISOString(), toolExecutionNotifications: notifications }],
      results,
    }],
  };
}

/** The SARIF log as pretty text with a trailing newline. */
export function renderSarif(report: Report, meta: RenderMeta): string {
  return `${JSON.stringify(toSarif(report, meta), null, 2)}\n`;
}
