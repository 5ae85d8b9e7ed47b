import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/policy/suppressions.ts
var INLINE = /drift-guard:ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)(?:\s+until=(\S+))?(?:\s+(.*?))?\s*(?:\*\/)?\s*$/;
function parseInlineSuppression(commentText, line) {
  const m = INLINE.exec(commentText);
  if (!m) return void 0;
  const reason = m[3]?.trim() || null;
  return { rules: m[1].split(",").map((r) => r.trim()), until: m[2] ?? null, reason, line };
}
function isValidDate(date) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = /* @__PURE__ */ new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(date);
}
function isExpired(until, now) {
  if (!until) return false;
  if (!isValidDate(until)) return true;
  return now.toISOString().slice(0, 10) > until;
}
function addressMatches(pattern, address) {
  if (pattern === address) return true;
  return address.startsWith(pattern) && address[pattern.length] === "[";
}
function moduleMatches(pattern, moduleDir) {
  const p = pattern.replace(/\/+$/, "").replace(/^\.\//, "");
  return p === moduleDir || moduleDir.startsWith(`${p}/`) || p === "." || p === "";
}
function exceptionApplies(entry, rule, resource, moduleDir) {
  if (entry.rule !== rule && entry.rule !== "*") return false;
  if (entry.resource && !addressMatches(entry.resource, resource)) return false;
  if (entry.module && !moduleMatches(entry.module, moduleDir)) return false;
  return !!(entry.resource || entry.module);
}
function applySuppressions(findings, model, exceptions, resourceHeader, now) {
  const commentsByFile = /* @__PURE__ */ new Map();
  const inlineAt = (file) => {
    let map = commentsByFile.get(file);
    if (!map) {
      map = /* @__PURE__ */ new Map();
      for (const c of model.files.get(file)?.comments ?? []) {
        const s = parseInlineSuppression(c.text, c.line);
        if (s) map.set(c.line, s);
      }
      commentsByFile.set(file, map);
    }
    return map;
  };
  const linesByFile = /* @__PURE__ */ new Map();
  const commentLines = (file) => {
    let lines = linesByFile.get(file);
    if (!lines) linesByFile.set(file, lines = new Set((model.files.get(file)?.comments ?? []).map((c) => c.line)));
    return lines;
  };
  for (const finding of findings) {
    const candidates = [];
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
      for (let line = header.line + 1; lines.has(line); line++) {
        const t = atHeader.get(line);
        if (t) candidates.push(t);
      }
    }
    const inline = candidates.find((c) => c.rules.includes(finding.ruleId));
    let suppression = null;
    if (inline) {
      suppression = { kind: "inline", until: inline.until, reason: inline.reason, owner: null };
    } else {
      const entry = exceptions.find((e) => exceptionApplies(e, finding.ruleId, finding.resource, finding.module));
      if (entry) suppression = { kind: "config", until: entry.until, reason: entry.reason, owner: entry.owner };
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

export {
  isValidDate,
  isExpired,
  exceptionApplies,
  applySuppressions
};
