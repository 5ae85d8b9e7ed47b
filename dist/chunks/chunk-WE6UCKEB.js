import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/terraform/module-sources/version-constraints.ts
var VERSION_PATTERN = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
function parseModuleVersion(text) {
  const m = VERSION_PATTERN.exec(text.trim());
  if (!m) return void 0;
  const written = m[1].split(".").map(Number);
  const segments = [...written];
  while (segments.length < 3) segments.push(0);
  return { text: text.trim(), segments, prerelease: m[2] ?? "", written: written.length };
}
function parseVersionConstraint(text) {
  const conditions = [];
  for (const raw of text.split(",")) {
    const part = raw.trim();
    const m = /^(=|!=|>=|<=|>|<|~>)?\s*(.+)$/.exec(part);
    const version = m ? parseModuleVersion(m[2]) : void 0;
    if (!m || !version) throw new Error(`invalid version constraint ${JSON.stringify(part)}`);
    conditions.push({ op: m[1] ?? "=", version });
  }
  return conditions;
}
function comparePrerelease(a, b) {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === void 0) return -1;
    if (pb[i] === void 0) return 1;
    const na = /^\d+$/.test(pa[i]);
    const nb = /^\d+$/.test(pb[i]);
    if (na && nb && Number(pa[i]) !== Number(pb[i])) return Number(pa[i]) < Number(pb[i]) ? -1 : 1;
    if (na !== nb) return na ? -1 : 1;
    if (!na && pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}
function compareModuleVersions(a, b) {
  for (let i = 0; i < Math.max(a.segments.length, b.segments.length); i++) {
    const x = a.segments[i] ?? 0;
    const y = b.segments[i] ?? 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return comparePrerelease(a.prerelease, b.prerelease);
}
function meets(v, c) {
  const cmp = compareModuleVersions(v, c.version);
  switch (c.op) {
    case "=":
      return cmp === 0;
    case "!=":
      return cmp !== 0;
    case ">":
      return cmp > 0;
    case ">=":
      return cmp >= 0;
    case "<":
      return cmp < 0;
    case "<=":
      return cmp <= 0;
    case "~>": {
      if (cmp < 0) return false;
      for (let i = 0; i < c.version.written - 1; i++) if (v.segments[i] !== c.version.segments[i]) return false;
      return true;
    }
  }
}
function versionMeetsConstraint(v, conditions) {
  if (v.prerelease && !conditions.some((c) => c.op === "=" && compareModuleVersions(v, c.version) === 0 && v.prerelease === c.version.prerelease)) return false;
  return conditions.every((c) => meets(v, c));
}
function newestMatchingVersion(available, constraint) {
  const conditions = constraint && constraint.trim() ? parseVersionConstraint(constraint) : [];
  let best;
  for (const text of available) {
    const v = parseModuleVersion(text);
    if (!v || !versionMeetsConstraint(v, conditions)) continue;
    if (!best || compareModuleVersions(v, best) > 0) best = v;
  }
  return best?.text;
}

export {
  parseModuleVersion,
  parseVersionConstraint,
  newestMatchingVersion
};
