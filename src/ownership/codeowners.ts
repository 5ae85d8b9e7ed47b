// CODEOWNERS parsing and matching with GitHub's semantics, pure and I/O-free.
//
// Sources: docs.github.com "About code owners" (syntax, syntax exceptions, example file,
// 3 MB limit, "if any line contains invalid syntax, that line will be skipped", case-sensitive
// paths, location order) and git's gitignore pattern format for everything GitHub keeps.
// Where the docs are silent (a lone `*` segment, `**` corner cases) we follow the behaviour
// that hmarr/codeowners verified against GitHub: `docs/*` matches only files directly in docs/.

export interface CodeownersRule {
  /** The pattern as written in the file (escapes kept). */
  pattern: string;
  /** `@user`, `@org/team` or an email, as written; empty = the pattern unowns what it matches. */
  owners: string[];
  /** 1-based line in the CODEOWNERS file. */
  line: number;
}

export interface CodeownersFile {
  /** Repo-relative path the file was read from, e.g. `.github/CODEOWNERS`. */
  path: string;
  rules: CodeownersRule[];
  /** Lines GitHub skips, with why. `line` 0 means the whole file (e.g. over the size limit). */
  errors: { line: number; message: string }[];
}

/** GitHub looks in this order and uses the first file it finds. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];

/** "CODEOWNERS files must be under 3 MB in size. A CODEOWNERS file over this limit will not be loaded." */
export const CODEOWNERS_MAX_BYTES = 3 * 1024 * 1024;

const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const EMAIL_OWNER = /^[^@\s#]+@[^@\s#]+\.[^@\s#]+$/;

export type OwnerKind = 'user' | 'team' | 'email';

/** What kind of owner a CODEOWNERS owner token is, or null when GitHub would reject it. */
export function ownerKind(owner: string): OwnerKind | null {
  if (TEAM_OWNER.test(owner)) return 'team';
  if (USER_OWNER.test(owner)) return 'user';
  if (EMAIL_OWNER.test(owner)) return 'email';
  return null;
}

export function parseCodeowners(text: string, path: string): CodeownersFile {
  const file: CodeownersFile = { path, rules: [], errors: [] };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes >= CODEOWNERS_MAX_BYTES) {
    file.errors.push({
      line: 0,
      message: `${path} is ${bytes} bytes; GitHub ignores CODEOWNERS files of 3 MB or more, so nothing is owned. Use wildcard patterns to make it smaller.`,
    });
    return file;
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const parsed = parseLine(raw);
    if (parsed === null) return;
    if ('error' in parsed) file.errors.push({ line, message: parsed.error });
    else file.rules.push({ pattern: parsed.pattern, owners: parsed.owners, line });
  });
  return file;
}

type ParsedLine = { pattern: string; owners: string[] } | { error: string } | null;

function parseLine(raw: string): ParsedLine {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  const tokens = splitTokens(trimmed);
  const pattern = tokens[0]!;
  const problem = patternProblem(pattern);
  if (problem) return { error: `${problem}; the line is skipped.` };

  const owners: string[] = [];
  const seen = new Set<string>();
  for (const token of tokens.slice(1)) {
    // GitHub's own example file puts `#This is an inline comment.` after the owners.
    if (token.startsWith('#')) break;
    if (ownerKind(token) === null) {
      return {
        error: `Invalid owner "${token}": owners are @user, @org/team or an email address; the line is skipped.`,
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

/** Splits on unescaped spaces and tabs; a backslash keeps the next character in the token. */
function splitTokens(line: string): string[] {
  const tokens: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === '\\' && i + 1 < line.length) {
      current += ch + line[i + 1];
      i++;
    } else if (ch === ' ' || ch === '\t') {
      if (current !== '') tokens.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') tokens.push(current);
  return tokens;
}

// The three gitignore features GitHub lists as not working in CODEOWNERS ("Syntax exceptions":
// `\#` escaping, `!` negation, `[ ]` ranges) are reported and their lines skipped, as GitHub does
// with "any line [that] contains invalid syntax"; matching them some other way would guess.
function patternProblem(pattern: string): string | null {
  if (pattern.startsWith('\\#')) {
    return `Pattern "${pattern}": escaping a leading # with \\ does not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (pattern.startsWith('!')) {
    return `Pattern "${pattern}": negation with ! does not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (hasUnescaped(pattern, '[') || hasUnescaped(pattern, ']')) {
    return `Pattern "${pattern}": character ranges with [ ] do not work in CODEOWNERS (GitHub's syntax exceptions)`;
  }
  if (pattern === '/') {
    return 'Pattern "/" never matches anything; did you mean "*"';
  }
  return null;
}

function hasUnescaped(pattern: string, char: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === char) return true;
  }
  return false;
}

/** Owners of one repo-relative file path: the last matching rule wins; [] when unowned. */
export function ownersOf(file: CodeownersFile, repoPath: string): string[] {
  const path = normalizeRepoPath(repoPath);
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i]!;
    if (patternMatches(rule.pattern, path)) return [...rule.owners];
  }
  return [];
}

/** The rule that decides a path's owners (the last match), or null when no rule matches. */
export function matchingRule(file: CodeownersFile, repoPath: string): CodeownersRule | null {
  const path = normalizeRepoPath(repoPath);
  for (let i = file.rules.length - 1; i >= 0; i--) {
    const rule = file.rules[i]!;
    if (patternMatches(rule.pattern, path)) return rule;
  }
  return null;
}

/** Reads the CODEOWNERS locations in GitHub's order and parses the first one that exists. */
export async function findCodeowners(
  read: (path: string) => Promise<string | null>,
): Promise<CodeownersFile | null> {
  for (const location of CODEOWNERS_LOCATIONS) {
    const text = await read(location);
    if (text !== null) return parseCodeowners(text, location);
  }
  return null;
}

/** `./a/b`, `/a/b` and `a\b` all mean the repo path `a/b`; case is kept (GitHub is case-sensitive). */
export function normalizeRepoPath(repoPath: string): string {
  let path = repoPath.replace(/\\/g, '/');
  while (path.startsWith('./')) path = path.slice(2);
  return path.replace(/^\/+/, '');
}

const compiled = new Map<string, RegExp>();

export function patternMatches(pattern: string, repoPath: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = compilePattern(pattern);
    compiled.set(pattern, regex);
  }
  return regex.test(repoPath);
}

const DOUBLE_STAR = /^\*{2,}$/;

/**
 * gitignore semantics minus GitHub's exceptions:
 * - a leading `/` or a `/` in the middle anchors at the root; a single segment matches at any depth;
 * - a trailing `/` matches everything below a directory (never a file of that name);
 * - a literal last segment also matches everything below it (a directory matches its contents);
 * - a lone `*` as the last segment matches one level only (`docs/*`);
 * - `**` is any number of directories at the start, middle or end; `*` and `?` stay within a segment.
 */
function compilePattern(pattern: string): RegExp {
  let segments = pattern.split('/');
  // `**/` and `/**/` name every directory: everything below one, but no file at the root.
  if (segments.length > 1 && segments.every((s) => s === '' || DOUBLE_STAR.test(s)) && segments[segments.length - 1] === '') {
    return /^.+\/.+$/;
  }
  if (segments[0] === '') {
    segments = segments.slice(1);
  } else {
    const singleSegment = segments.length === 1 || (segments.length === 2 && segments[1] === '');
    if (singleSegment && !DOUBLE_STAR.test(segments[0]!)) segments = ['**', ...segments];
  }
  if (segments.length > 1 && segments[segments.length - 1] === '') {
    segments[segments.length - 1] = '**';
  }
  // `**/**` means the same as `**`; collapsing keeps `**/` from needing a leading slash.
  segments = segments.filter((s, i) => !(i > 0 && DOUBLE_STAR.test(s) && DOUBLE_STAR.test(segments[i - 1]!)));

  const last = segments.length - 1;
  let source = '^';
  let needSlash = false;
  segments.forEach((segment, i) => {
    if (DOUBLE_STAR.test(segment)) {
      if (i === 0 && i === last) source += '.+';
      else if (i === 0) {
        source += '(?:.+/)?';
        needSlash = false;
      } else if (i === last) source += '/.*';
      else {
        source += '(?:/.+)?';
        needSlash = true;
      }
      return;
    }
    if (needSlash) source += '/';
    if (segment === '*') {
      source += '[^/]+';
    } else {
      source += segmentSource(segment);
      if (i === last) source += '(?:/.*)?';
    }
    needSlash = true;
  });
  return new RegExp(source + '$');
}

function segmentSource(segment: string): string {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '\\' && i + 1 < segment.length) {
      source += escapeRegex(segment[++i]!);
    } else if (ch === '*') {
      while (segment[i + 1] === '*') i++;
      source += '[^/]*';
    } else if (ch === '?') {
      source += '[^/]';
    } else {
      source += escapeRegex(ch);
    }
  }
  return source;
}

function escapeRegex(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}
