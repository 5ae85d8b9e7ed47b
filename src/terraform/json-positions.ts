// A JSON parser that keeps, for every value, the file and line it was written on. The text
// may come from a heredoc, a file() or a rendered template, so lines come from the string's
// segment map (values.ts) rather than from the text alone.
import type { ObjectEntry, SourceLocation, StringValue, Value } from './values.js';

export class JsonPositionError extends Error {
  constructor(message: string, readonly file: string, readonly line: number) {
    super(message);
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** The JSON escape sequence starting at `text[i]` (a backslash): what it stands for and its length; undefined when invalid. */
export function readJsonEscape(text: string, i: number): { text: string; length: number } | undefined {
  const e = text[i + 1];
  if (e !== undefined && e in SIMPLE_ESCAPES) return { text: SIMPLE_ESCAPES[e], length: 2 };
  if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { text: String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), length: 6 };
  return undefined;
}

/**
 * Per-character file, line and column (0: not known) of a string value, computed once in a single
 * pass. Columns are known in literal text copied verbatim from its file (TextSegment.column).
 */
function characterLines(str: StringValue): { files: string[]; fileIndex: Uint16Array; lines: Int32Array; columns: Int32Array; segment: Int32Array } {
  const n = str.value.length;
  const files: string[] = [];
  const fileIndex = new Uint16Array(n + 1);
  const lines = new Int32Array(n + 1);
  const columns = new Int32Array(n + 1);
  const segment = new Int32Array(n + 1);
  // Without segments the whole string was written on its own line (a quoted string whose `\n`
  // escapes are line breaks only in the value), as lineAtOffset reads it too.
  const segments = str.segments && str.segments.length > 0
    ? str.segments
    : [{ start: 0, file: str.loc.file, line: str.loc.line, literal: false }];
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    const end = s + 1 < segments.length ? segments[s + 1].start : n + 1;
    let fi = files.indexOf(seg.file);
    if (fi < 0) fi = files.push(seg.file) - 1;
    let line = seg.line;
    let column = seg.literal && seg.column !== undefined ? seg.column : 0;
    for (let i = seg.start; i < end && i <= n; i++) {
      fileIndex[i] = fi;
      lines[i] = line;
      columns[i] = column;
      segment[i] = s;
      if (seg.literal && str.value.charCodeAt(i) === 10) {
        line++;
        if (column > 0) column = 1;
      } else if (column > 0) {
        column++;
      }
    }
  }
  return { files, fileIndex, lines, columns, segment };
}

export function parseJsonWithPositions(str: StringValue): Value {
  const text = str.value;
  const map = characterLines(str);
  let i = 0;

  const locAt = (start: number, end: number): SourceLocation => {
    const s = Math.min(start, text.length);
    const e = Math.min(Math.max(end - 1, start), text.length);
    const at: SourceLocation = { file: map.files[map.fileIndex[s]], line: map.lines[s], endLine: map.lines[e] };
    // Both ends on one verbatim stretch of the file (an interpolation between them may come from anywhere); else no columns.
    if (map.columns[s] > 0 && map.segment[s] === map.segment[e] && e < text.length) {
      at.column = map.columns[s];
      at.endColumn = map.columns[e] + 1;
    }
    return at;
  };
  const fail = (what: string): never => {
    const loc = locAt(i, i + 1);
    throw new JsonPositionError(`invalid JSON at line ${loc.line}: ${what}`, loc.file, loc.line);
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const parseString = (): string => {
    // Called with text[i] === '"'.
    i++;
    let out = '';
    let chunkStart = i;
    while (true) {
      if (i >= text.length) fail('unterminated string');
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail('control character in string');
      if (c === 92) {
        out += text.slice(chunkStart, i);
        const escape = readJsonEscape(text, i) ?? fail('invalid escape in string');
        out += escape.text;
        i += escape.length;
        chunkStart = i;
        continue;
      }
      i++;
    }
    out += text.slice(chunkStart, i);
    i++;
    return out;
  };
  const parseValue = (): Value => {
    skipWhitespace();
    const start = i;
    const c = text[i];
    if (c === '{') {
      i++;
      const entries = new Map<string, ObjectEntry>();
      skipWhitespace();
      if (text[i] === '}') { i++; return { kind: 'object', entries, loc: locAt(start, i) }; }
      while (true) {
        skipWhitespace();
        if (text[i] !== '"') fail('expected a property name in double quotes');
        const keyStart = i;
        const key = parseString();
        const keyLoc = locAt(keyStart, i);
        skipWhitespace();
        if (text[i] !== ':') fail("expected ':' after a property name");
        i++;
        const value = parseValue();
        entries.set(key, { key, keyLoc, value });
        skipWhitespace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === '}') { i++; break; }
        fail("expected ',' or '}' in object");
      }
      return { kind: 'object', entries, loc: locAt(start, i) };
    }
    if (c === '[') {
      i++;
      const items: Value[] = [];
      skipWhitespace();
      if (text[i] === ']') { i++; return { kind: 'list', items, loc: locAt(start, i) }; }
      while (true) {
        items.push(parseValue());
        skipWhitespace();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === ']') { i++; break; }
        fail("expected ',' or ']' in array");
      }
      return { kind: 'list', items, loc: locAt(start, i) };
    }
    if (c === '"') {
      const value = parseString();
      // Locate a string by its first content character: when the content was interpolated
      // (`"${image}"` in a template), that is where the value was written, not the quote.
      const loc = i - start > 2 ? locAt(start + 1, i - 1) : locAt(start, i);
      return { kind: 'string', value, loc, sensitive: str.sensitive };
    }
    if (text.startsWith('true', i)) { i += 4; return { kind: 'bool', value: true, loc: locAt(start, i) }; }
    if (text.startsWith('false', i)) { i += 5; return { kind: 'bool', value: false, loc: locAt(start, i) }; }
    if (text.startsWith('null', i)) { i += 4; return { kind: 'null', loc: locAt(start, i) }; }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) { i += number[0].length; return { kind: 'number', value: Number(number[0]), loc: locAt(start, i) }; }
    return fail(i >= text.length ? 'unexpected end of input' : `unexpected character '${text[i]}'`);
  };

  const value = parseValue();
  skipWhitespace();
  if (i < text.length) fail('unexpected text after the JSON value');
  return value;
}
