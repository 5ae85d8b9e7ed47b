// Values produced by static evaluation of Terraform. Every known value remembers where
// its literal was written, so a finding can point at that line even when the value
// travelled through a variable default, a local, a module input or a JSON file.

export interface SourceLocation {
  /** Repo-relative path with `/`. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based, inclusive. */
  endLine: number;
  /**
   * 1-based column of the first character on `line`, and of the character just after the last one
   * on `endLine` (SARIF's region columns), in UTF-16 code units. Present only where the parser saw
   * the text as written in `file`; they never enter a fingerprint.
   */
  column?: number;
  endColumn?: number;
}

/**
 * Maps offsets of a string value to the lines its characters came from. A literal
 * segment was copied from source text starting at `line` (each newline in it advances
 * the line); a non-literal segment is an interpolated value written at `line`.
 */
export interface TextSegment {
  start: number;
  file: string;
  line: number;
  literal: boolean;
  /** For literal text copied verbatim from `file`: the column its first character was written at (later lines start at 1). */
  column?: number;
}

export interface StringValue {
  kind: 'string';
  value: string;
  loc: SourceLocation;
  /** Present when the string may span lines or mixes sources (heredocs, file(), templates). */
  segments?: TextSegment[];
  /** True when the value came from a `sensitive = true` variable or output. */
  sensitive?: boolean;
  /** For jsonencode() results: the structured value it encodes, with source positions. */
  decoded?: Value;
}
export interface NumberValue { kind: 'number'; value: number; loc: SourceLocation }
export interface BoolValue { kind: 'bool'; value: boolean; loc: SourceLocation }
export interface NullValue { kind: 'null'; loc: SourceLocation }
export interface ListValue { kind: 'list'; items: Value[]; loc: SourceLocation }
export interface ObjectEntry { key: string; keyLoc: SourceLocation; value: Value }
export interface ObjectValue { kind: 'object'; entries: Map<string, ObjectEntry>; loc: SourceLocation }
/** A value that cannot be known statically; `reason` says why, for the not-evaluated list. */
export interface UnknownValue {
  kind: 'unknown';
  reason: string;
  loc: SourceLocation;
  /** An evaluation error (bad index, wrong type) rather than a value unknown until apply; try() skips these. */
  error?: boolean;
}

export type Value = StringValue | NumberValue | BoolValue | NullValue | ListValue | ObjectValue | UnknownValue;
export type KnownScalar = StringValue | NumberValue | BoolValue;

/** The first line of a location: its start column stays, its end (on another line, maybe) goes. */
export function firstLineOf(at: SourceLocation): SourceLocation {
  if (at.endLine === at.line) return at;
  return at.column === undefined ? { file: at.file, line: at.line, endLine: at.line } : { file: at.file, line: at.line, endLine: at.line, column: at.column };
}

export function isUnknown(value: Value | undefined): value is UnknownValue {
  return value?.kind === 'unknown';
}

/** Line (1-based) of the character at `offset` in a string value. */
export function lineAtOffset(value: StringValue, offset: number): { file: string; line: number } {
  if (!value.segments || value.segments.length === 0) return { file: value.loc.file, line: value.loc.line };
  let segment = value.segments[0];
  for (const s of value.segments) {
    if (s.start <= offset) segment = s;
    else break;
  }
  if (!segment.literal) return { file: segment.file, line: segment.line };
  let line = segment.line;
  for (let i = segment.start; i < offset && i < value.value.length; i++) if (value.value.charCodeAt(i) === 10) line++;
  return { file: segment.file, line };
}

/** Plain JavaScript view of a value; unknowns become `undefined`. */
export function toPlain(value: Value | undefined): unknown {
  if (!value) return undefined;
  switch (value.kind) {
    case 'string': case 'number': case 'bool': return value.value;
    case 'null': return null;
    case 'unknown': return undefined;
    case 'list': return value.items.map(toPlain);
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, e] of value.entries) out[k] = toPlain(e.value);
      return out;
    }
  }
}

/** First unknown found inside a value (depth first), if any. */
export function findUnknown(value: Value | undefined): UnknownValue | undefined {
  if (!value) return undefined;
  if (value.kind === 'unknown') return value;
  if (value.kind === 'list') for (const item of value.items) { const u = findUnknown(item); if (u) return u; }
  if (value.kind === 'object') for (const e of value.entries.values()) { const u = findUnknown(e.value); if (u) return u; }
  return undefined;
}
