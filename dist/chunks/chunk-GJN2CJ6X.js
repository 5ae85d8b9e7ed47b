import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/ownership/codeowners.ts
var CODEOWNERS_LOCATIONS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;
var USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
var TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
var EMAIL_OWNER = /^[^@\s#]+@[^@\s#]+\.[^@\s#]+$/;
function ownerKind(owner) {
  if (TEAM_OWNER.test(owner)) return "team";
  if (USER_OWNER.test(owner)) return "user";
  if (EMAIL_OWNER.test(owner)) return "email";
  return null;
}
function parseCodeowners(text, path) {
  const file = { path, rules: [], errors: [] };
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes >= CODEOWNERS_MAX_BYTES) {
    file.errors.push({
      line: 0,
      message: `${path} is ${bytes} bytes; GitHub ignores CODEOWNERS files of 3 MB or more, so nothing is owned. Use wildcard patterns to make it smaller.`
    });
    return file;
  }
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const parsed = parseLine(raw);
    if (parsed === null) return;
    if ("error" in parsed) file.errors.push({ line, message: parsed.error });
    else file.rules.push({ pattern: parsed.pattern, owners: parsed.owners, line });
  });
  return file;
}
function parseLine(raw) {
  const trimmed = raw.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  const tokens = splitTokens(trimmed);
  const pattern = tokens[0];
  const problem = patternProblem(pattern);
  if (problem) return { error: `${problem}; the line is skipped.` };
  const owners = [];
  const seen = /* @__PURE__ */ new Set();
  for (const token of tokens.slice(1)) {
    if (token.startsWith("#")) break;
    if (ownerKind(token) === null) {
      return {
        error: `Invalid owner "${token}": owners are @user, @org/team or an email address; the line is skipped.`
      };
    }
    const key = token.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      owners.push(token);
    }
  }
  return { pattern, owners };
}
function splitTokens(line) {
  const tokens = [];
  let current = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === "\\" && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (ch === " " || ch === "	") {
      if (current !== "") tokens.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") tokens.push(current);
  return tokens;
}
function patternProblem(pattern) {
  if (pattern.startsWith("\\#")) {
    return `Pattern "${pattern}": escaping a leading # with \\ does not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (pattern.startsWith("!")) {
    return `Pattern "${pattern}": negation with ! does not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (hasUnescaped(pattern, "[") || hasUnescaped(pattern, "]")) {
    return `Pattern "${pattern}": character ranges with [ ] do not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (pattern === "/") {
    return 'Pattern "/" never matches anything; did you mean "*"';
  }
  return null;
}
function hasUnescaped(pattern, char) {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === "\\") i++;
    else if (pattern[i] === char) return true;
  }
  return false;
}
function ownersOf(file, repoPath) {
  const path = normalizeRepoPath(repoPath);
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i];
    if (patternMatches(rule.pattern, path)) return [...rule.owners];
  }
  return [];
}
function matchingRule(file, repoPath) {
  const path = normalizeRepoPath(repoPath);
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i];
    if (patternMatches(rule.pattern, path)) return rule;
  }
  return null;
}
async function findCodeowners(read) {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = await read(location);
    if (text !== null) return parseCodeowners(text, location);
  }
  return null;
}
function normalizeRepoPath(repoPath) {
  let path = repoPath.replace(/\\/g, "/");
  while (path.startsWith("./")) path = path.slice(2);
  return path.replace(/^\/+/, "");
}
var compiled = /* @__PURE__ */ new Map();
function patternMatches(pattern, repoPath) {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = compilePattern(pattern);
    compiled.set(pattern, regex);
  }
  return regex.test(repoPath);
}
var DOUBLE_STAR = /^\*{2,}$/;
function compilePattern(pattern) {
  let segments = pattern.split("/");
  if (segments.length > 1 && segments.every((s) => s === "" || DOUBLE_STAR.test(s)) && segments[segments.length - 1] === "") {
    return /^.+\/.+$/;
  }
  if (segments[0] === "") {
    segments = segments.slice(1);
  } else {
    const singleSegment = segments.length === 1 || segments.length === 2 && segments[1] === "";
    if (singleSegment && !DOUBLE_STAR.test(segments[0])) segments = ["**", ...segments];
  }
  if (segments.length > 1 && segments[segments.length - 1] === "") {
    segments[segments.length - 1] = "**";
  }
  segments = segments.filter((s, i) => !(i > 0 && DOUBLE_STAR.test(s) && DOUBLE_STAR.test(segments[i - 1])));
  const last = segments.length - 1;
  let source = "^";
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (DOUBLE_STAR.test(segment)) {
      if (i === 0 && i === last) source += ".+";
      else if (i === 0) {
        source += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) source += "/.*";
      else {
        source += "(?:/.+)?";
        needSlash = true;
      }
      return;
    }
    if (needSlash) source += "/";
    if (segment === "*") {
      source += "[^/]+";
    } else {
      source += segmentSource(segment);
      if (i === last) source += "(?:/.*)?";
    }
    needSlash = true;
  });
  return new RegExp(source + "$");
}
function segmentSource(segment) {
  let source = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "\\" && i + 1 < segment.length) {
      source += escapeRegex(segment[++i]);
    } else if (ch === "*") {
      while (segment[i + 1] === "*") i++;
      source += "[^/]*";
    } else if (ch === "?") {
      source += "[^/]";
    } else {
      source += escapeRegex(ch);
    }
  }
  return source;
}
function escapeRegex(ch) {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

export {
  CODEOWNERS_LOCATIONS,
  CODEOWNERS_MAX_BYTES,
  ownerKind,
  parseCodeowners,
  ownersOf,
  matchingRule,
  findCodeowners,
  normalizeRepoPath,
  patternMatches
};
