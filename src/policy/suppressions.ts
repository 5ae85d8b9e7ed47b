// Inline suppressions (`# drift-guard:ignore <rule>[,<rule>] [until=YYYY-MM-DD] [reason]`) and
// config-file exceptions (RULES.md, "Suppressions and exceptions"). An expired one stops
// working: the finding comes back, marked with the expiry.
import type { ConfigurationModel } from '../terraform/model.js';
import type { Finding, Suppression } from '../report/model.js';

export interface ExceptionEntry {
  /** A rule id, or a drift field path (`drift:<path>`) for drift exceptions. */
  rule: string;
  resource?: string;
  module?: string;
  owner: string;
  until: string;
  reason: string;
  /** Line in the config file, for messages. */
  line?: number;
}

export interface InlineSuppression {
  rules: string[];
  until: string | null;
  reason: string | null;
  line: number;
}

const INLINE = /drift-guard:ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)(?:\s+until=(\S+))?(?:\s+(.*?))?\s*(?:\*\/)?\s*$/;

export function parseInlineSuppression(commentText: string, line: number): InlineSuppression | undefined {
  const m = INLINE.exec(commentText);
  if (!m) return undefined;
  const reason = m[3]?.trim() || null;
  return { rules: m[1].split(',').map((r) => r.trim()), until: m[2] ?? null, reason, line };
}

export function isValidDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}

/** An exception is valid through its `until` day (UTC). */
export function isExpired(until: string | null, now: Date): boolean {
  if (!until) return false;
  if (!isValidDate(until)) return true;
  return now.toISOString().slice(0, 10) > until;
}

function addressMatches(pattern: string, address: string): boolean {
  if (pattern === address) return true;
  // `aws_ecs_service.api` covers every instance (`aws_ecs_service.api["x"]`, `[0]`).
  return address.startsWith(pattern) && address[pattern.length] === '[';
}

function moduleMatches(pattern: string, moduleDir: string): boolean {
  const p = pattern.replace(/\/+$/, '').replace(/^\.\//, '');
  return p === moduleDir || moduleDir.startsWith(`${p}/`) || p === '.' || p === '';
}

export function exceptionApplies(entry: ExceptionEntry, rule: string, resource: string, moduleDir: string): boolean {
  if (entry.rule !== rule && entry.rule !== '*') return false;
  if (entry.resource && !addressMatches(entry.resource, resource)) return false;
  if (entry.module && !moduleMatches(entry.module, moduleDir)) return false;
  return !!(entry.resource || entry.module);
}

/**
 * Applies inline suppressions and config exceptions to findings in place. `resourceLines`
 * gives, per finding, the file and header line of its resource block (top-of-block comments).
 */
export function applySuppressions(
  findings: Finding[],
  model: ConfigurationModel,
  exceptions: ExceptionEntry[],
  resourceHeader: (finding: Finding) => { file: string; line: number } | undefined,
  now: Date,
): void {
  const commentsByFile = new Map<string, Map<number, InlineSuppression>>();
  const inlineAt = (file: string): Map<number, InlineSuppression> => {
    let map = commentsByFile.get(file);
    if (!map) {
      map = new Map();
      for (const c of model.files.get(file)?.comments ?? []) {
        const s = parseInlineSuppression(c.text, c.line);
        if (s) map.set(c.line, s);
      }
      commentsByFile.set(file, map);
    }
    return map;
  };
  const linesByFile = new Map<string, Set<number>>();
  const commentLines = (file: string): Set<number> => {
    let lines = linesByFile.get(file);
    if (!lines) linesByFile.set(file, (lines = new Set((model.files.get(file)?.comments ?? []).map((c) => c.line))));
    return lines;
  };

  for (const finding of findings) {
    const candidates: InlineSuppression[] = [];
    const atFinding = inlineAt(finding.file);
    for (const line of [finding.startLine, finding.startLine - 1]) {
      const s = atFinding.get(line);
      if (s) candidates.push(s);
    }
    const header = resourceHeader(finding);
    if (header) {
      const atHeader = inlineAt(header.file);
      const lines = commentLines(header.file);
      const s = atHeader.get(header.line - 1) ?? atHeader.get(header.line);
      if (s) candidates.push(s);
      // Comments at the top of the block, before its first attribute.
      for (let line = header.line + 1; lines.has(line); line++) {
        const t = atHeader.get(line);
        if (t) candidates.push(t);
      }
    }
    const inline = candidates.find((c) => c.rules.includes(finding.ruleId));
    let suppression: Suppression | null = null;
    if (inline) {
      suppression = { kind: 'inline', until: inline.until, reason: inline.reason, owner: null };
    } else {
      const entry = exceptions.find((e) => exceptionApplies(e, finding.ruleId, finding.resource, finding.module));
      if (entry) suppression = { kind: 'config', until: entry.until, reason: entry.reason, owner: entry.owner };
    }
    if (!suppression) continue;
    if (isExpired(suppression.until, now)) {
      finding.expiredSuppression = suppression;
      finding.message += ` (exception expired on ${suppression.until})`;
    } else {
      finding.suppressed = suppression;
    }
  }
}
