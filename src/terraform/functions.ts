// The Terraform function table for static evaluation: pure functions computed with the
// location of each value they pass through; file()/templatefile() read repository files
// through the scope; anything else is unknown with the reason, never a guess.
import type { Expr, TemplatePart } from './hcl-syntax.js';
import { JsonPositionError, parseJsonWithPositions } from './json-positions.js';
import { evaluate, evaluateTemplate, sameValue, scalarText, str, toNumber, truthy, unknown, loc, type EvalContext } from './evaluate.js';
import type { ObjectEntry, SourceLocation, StringValue, TextSegment, UnknownValue, Value } from './values.js';

type Fn = (args: Value[], at: SourceLocation, ctx: EvalContext, call: Extract<Expr, { t: 'call' }>) => Value;

function requireKnown(args: Value[]): UnknownValue | undefined {
  for (const a of args) {
    const u = findUnknownShallow(a);
    if (u) return u;
  }
  return undefined;
}

function findUnknownShallow(v: Value): UnknownValue | undefined {
  if (v.kind === 'unknown') return v;
  if (v.kind === 'list') for (const i of v.items) { const u = findUnknownShallow(i); if (u) return u; }
  if (v.kind === 'object') for (const e of v.entries.values()) { const u = findUnknownShallow(e.value); if (u) return u; }
  return undefined;
}

const stringFn = (f: (s: string, rest: Value[]) => string): Fn => (args, at) => {
  const u = requireKnown(args);
  if (u) return u;
  const s = args[0] && scalarText(args[0]);
  if (s === undefined) return unknown('expected a string argument', at, true);
  return str(f(s, args.slice(1)), at);
};

export function toJsonText(v: Value): string | undefined {
  const out = { text: '' };
  return writeJson(v, out) ? out.text : undefined;
}

/**
 * jsonencode()'s text (keys sorted, no spaces, as Terraform writes it), optionally with a segment
 * at each key and scalar saying where it was written, so that the text keeps its positions when a
 * template interpolates it (`"environment": ${jsonencode(var.env)}`). False when a part is unknown.
 */
export function writeJson(v: Value, out: { text: string; segments?: TextSegment[] }): boolean {
  const mark = (at: SourceLocation) => out.segments?.push({ start: out.text.length, file: at.file, line: at.line, literal: false });
  switch (v.kind) {
    case 'unknown': return false;
    case 'null': mark(v.loc); out.text += 'null'; return true;
    case 'string': case 'number': case 'bool': mark(v.loc); out.text += JSON.stringify(v.value); return true;
    case 'list': {
      out.text += '[';
      for (let i = 0; i < v.items.length; i++) {
        if (i > 0) out.text += ',';
        if (!writeJson(v.items[i], out)) return false;
      }
      out.text += ']';
      return true;
    }
    case 'object': {
      out.text += '{';
      let first = true;
      for (const k of [...v.entries.keys()].sort()) {
        const entry = v.entries.get(k)!;
        if (!first) out.text += ',';
        first = false;
        mark(entry.keyLoc);
        out.text += `${JSON.stringify(k)}:`;
        if (!writeJson(entry.value, out)) return false;
      }
      out.text += '}';
      return true;
    }
  }
}

function decodeJson(s: StringValue, ctx: EvalContext, at: SourceLocation): Value {
  if (s.decoded) return s.decoded;
  try {
    return parseJsonWithPositions(s);
  } catch (e) {
    if (e instanceof JsonPositionError) {
      ctx.scope.reportError(e.file, e.message);
      return unknown(`invalid JSON: ${e.message}`, at, true);
    }
    throw e;
  }
}

function formatString(format: string, args: Value[], at: SourceLocation): Value {
  let i = 0;
  let failed: Value | undefined;
  const pad = (text: string, flags: string, width: string) => {
    const w = Number(width || 0);
    if (text.length >= w) return text;
    if (flags.includes('-')) return text.padEnd(w, ' ');
    if (flags.includes('0') && /^-?\d/.test(text)) {
      const neg = text.startsWith('-');
      return (neg ? '-' : '') + text.slice(neg ? 1 : 0).padStart(w - (neg ? 1 : 0), '0');
    }
    return text.padStart(w, ' ');
  };
  const out = format.replace(/%([-+0 #]*)(\d*)(?:\.(\d+))?([sdvqtf%])/g, (_m, flags: string, width: string, prec: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const a = args[i++];
    if (!a) { failed = unknown('format: not enough arguments', at, true); return ''; }
    if (a.kind === 'unknown') { failed = a; return ''; }
    let text: string;
    if (verb === 'q') text = JSON.stringify(scalarText(a) ?? '');
    else if (verb === 'v') text = scalarText(a) ?? toJsonText(a) ?? '';
    else if (verb === 'f') { const n = toNumber(a); text = n === undefined ? '' : n.toFixed(prec ? Number(prec) : 6); }
    else if (verb === 'd') { const n = toNumber(a); text = n === undefined ? '' : String(Math.trunc(n)); }
    else text = scalarText(a) ?? '';
    if (flags.includes('+') && (verb === 'd' || verb === 'f') && !text.startsWith('-')) text = `+${text}`;
    return pad(text, flags, width);
  });
  return failed ?? str(out, at);
}

function flattenList(v: Value, out: Value[]): boolean {
  if (v.kind !== 'list') return false;
  for (const item of v.items) {
    if (item.kind === 'list') flattenList(item, out);
    else out.push(item);
  }
  return true;
}

function distinctValues(items: Value[]): Value[] {
  const out: Value[] = [];
  for (const item of items) if (!out.some((o) => sameValue(o, item))) out.push(item);
  return out;
}

const FUNCTIONS: Record<string, Fn> = {
  jsonencode: (args, at) => {
    const v = args[0];
    if (!v) return unknown('jsonencode needs an argument', at, true);
    if (v.kind === 'unknown') return v;
    // Keep the structure (with positions) so rules see each value where it was written, even
    // when other parts of the document are unknown. Rules read the structure: the text is built
    // only when something asks for it (templates, comparisons).
    let text: string | undefined;
    const result = { kind: 'string', loc: at, decoded: v } as StringValue;
    Object.defineProperty(result, 'value', { enumerable: true, get: () => (text ??= toJsonText(v) ?? '') });
    return result;
  },
  jsondecode: (args, at, ctx) => {
    const v = args[0];
    if (!v) return unknown('jsondecode needs an argument', at, true);
    if (v.kind === 'unknown') return v;
    if (v.kind !== 'string') return unknown('jsondecode needs a string', at, true);
    return decodeJson(v, ctx, at);
  },
  file: (args, at, ctx) => {
    const p = args[0];
    if (!p || p.kind !== 'string') return p?.kind === 'unknown' ? p : unknown('file() needs a path string', at, true);
    try {
      const { repoPath, content } = ctx.scope.readFile(p.value, at);
      const fileLoc = { file: repoPath, line: 1, endLine: Math.max(1, content.split('\n').length) };
      return str(content, fileLoc, { segments: [{ start: 0, file: repoPath, line: 1, literal: true, column: 1 }] });
    } catch (e) {
      const message = (e as Error).message;
      ctx.scope.reportError(at.file, message);
      return unknown(message, at, true);
    }
  },
  templatefile: (args, at, ctx) => {
    const p = args[0];
    const vars = args[1];
    if (!p || p.kind !== 'string') return p?.kind === 'unknown' ? p : unknown('templatefile() needs a path string', at, true);
    if (vars && vars.kind === 'unknown') return vars;
    let parts: TemplatePart[];
    let repoPath: string;
    try {
      const read = ctx.scope.readFile(p.value, at);
      repoPath = read.repoPath;
      parts = ctx.scope.template(read.repoPath, read.content);
    } catch (e) {
      const message = (e as Error).message;
      ctx.scope.reportError(at.file, message);
      return unknown(message, at, true);
    }
    const templateVars = new Map<string, Value>();
    if (vars?.kind === 'object') for (const [k, e] of vars.entries) templateVars.set(k, e.value);
    return evaluateTemplate(parts, { scope: ctx.scope, file: repoPath, vars: templateVars }, { file: repoPath, line: 1, endLine: 1 }, true, 0);
  },
  fileexists: (args, at, ctx) => {
    const p = args[0];
    if (!p || p.kind !== 'string') return p?.kind === 'unknown' ? p : unknown('fileexists() needs a path', at, true);
    try { ctx.scope.readFile(p.value, at); return { kind: 'bool', value: true, loc: at }; } catch { return { kind: 'bool', value: false, loc: at }; }
  },
  merge: (args, at) => {
    const entries = new Map<string, ObjectEntry>();
    for (const a of args) {
      if (a.kind === 'unknown') return a;
      if (a.kind === 'null') continue;
      if (a.kind !== 'object') return unknown('merge() needs objects', at, true);
      for (const [k, e] of a.entries) entries.set(k, e);
    }
    return { kind: 'object', entries, loc: at };
  },
  concat: (args, at) => {
    const items: Value[] = [];
    for (const a of args) {
      if (a.kind === 'unknown') return a;
      if (a.kind !== 'list') return unknown('concat() needs lists', at, true);
      items.push(...a.items);
    }
    return { kind: 'list', items, loc: at };
  },
  flatten: (args, at) => {
    const u = args[0]?.kind === 'unknown' ? args[0] : undefined;
    if (u) return u;
    const out: Value[] = [];
    if (!args[0] || !flattenList(args[0], out)) return unknown('flatten() needs a list', at, true);
    return { kind: 'list', items: out, loc: at };
  },
  lookup: (args, at) => {
    const [m, k, d] = args;
    if (!m || !k) return unknown('lookup() needs a map and a key', at, true);
    if (m.kind === 'unknown') return m;
    if (k.kind === 'unknown') return k;
    const key = scalarText(k);
    if (m.kind === 'object' && key !== undefined) {
      const e = m.entries.get(key);
      if (e) return e.value;
    }
    return d ?? unknown(`lookup(): no key ${key}`, at, true);
  },
  element: (args, at) => {
    const [l, i] = args;
    if (!l || !i) return unknown('element() needs a list and an index', at, true);
    if (l.kind === 'unknown') return l;
    if (i.kind === 'unknown') return i;
    const n = toNumber(i);
    if (l.kind !== 'list' || n === undefined || l.items.length === 0) return unknown('element(): invalid arguments', at, true);
    return l.items[((Math.trunc(n) % l.items.length) + l.items.length) % l.items.length];
  },
  coalesce: (args, at) => {
    for (const a of args) {
      if (a.kind === 'unknown') return a;
      if (a.kind !== 'null' && !(a.kind === 'string' && a.value === '')) return a;
    }
    return unknown('coalesce(): no non-null argument', at, true);
  },
  coalescelist: (args, at) => {
    for (const a of args) {
      if (a.kind === 'unknown') return a;
      if (a.kind === 'list' && a.items.length > 0) return a;
    }
    return unknown('coalescelist(): no non-empty list', at, true);
  },
  try: () => { throw new Error('handled in callFunction'); },
  can: () => { throw new Error('handled in callFunction'); },
  format: (args, at) => {
    const f = args[0];
    if (!f) return unknown('format() needs a format', at, true);
    if (f.kind === 'unknown') return f;
    return formatString(scalarText(f) ?? '', args.slice(1), at);
  },
  lower: stringFn((s) => s.toLowerCase()),
  upper: stringFn((s) => s.toUpperCase()),
  title: stringFn((s) => s.replace(/\b\w/g, (c) => c.toUpperCase())),
  trimspace: stringFn((s) => s.trim()),
  chomp: stringFn((s) => s.replace(/[\r\n]+$/, '')),
  trimprefix: stringFn((s, [p]) => { const t = scalarText(p) ?? ''; return s.startsWith(t) ? s.slice(t.length) : s; }),
  trimsuffix: stringFn((s, [p]) => { const t = scalarText(p) ?? ''; return t && s.endsWith(t) ? s.slice(0, -t.length) : s; }),
  replace: stringFn((s, [a, b]) => {
    const from = scalarText(a) ?? '';
    const to = scalarText(b) ?? '';
    if (from.length > 2 && from.startsWith('/') && from.endsWith('/')) return s.replace(new RegExp(from.slice(1, -1), 'g'), to.replace(/\$\{(\d+)\}/g, '$$$1'));
    return s.split(from).join(to);
  }),
  substr: stringFn((s, [o, l]) => { const off = toNumber(o) ?? 0; const len = toNumber(l) ?? -1; return len < 0 ? s.slice(off) : s.slice(off, off + len); }),
  basename: stringFn((s) => s.split('/').pop() ?? s),
  dirname: stringFn((s) => (s.includes('/') ? s.slice(0, s.lastIndexOf('/')) || '/' : '.')),
  tostring: (args, at) => {
    const v = args[0];
    if (!v) return unknown('tostring() needs an argument', at, true);
    if (v.kind === 'unknown' || v.kind === 'null') return v;
    const s = scalarText(v);
    return s === undefined ? unknown('tostring(): not a primitive', at, true) : v.kind === 'string' ? v : str(s, v.loc);
  },
  tonumber: (args, at) => {
    const v = args[0];
    if (!v) return unknown('tonumber() needs an argument', at, true);
    if (v.kind === 'unknown' || v.kind === 'null') return v;
    const n = toNumber(v);
    return n === undefined ? unknown('tonumber(): not a number', at, true) : { kind: 'number', value: n, loc: v.loc };
  },
  tobool: (args, at) => {
    const v = args[0];
    if (!v) return unknown('tobool() needs an argument', at, true);
    if (v.kind === 'unknown' || v.kind === 'null') return v;
    const t = truthy(v);
    return t === undefined ? unknown('tobool(): not a boolean', at, true) : { kind: 'bool', value: t, loc: v.loc };
  },
  tolist: (args, at) => (args[0]?.kind === 'list' || args[0]?.kind === 'unknown' ? args[0] : unknown('tolist() needs a list', at, true)),
  toset: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'list') return unknown('toset() needs a list', at, true);
    return { kind: 'list', items: distinctValues(v.items), loc: v.loc };
  },
  tomap: (args, at) => (args[0]?.kind === 'object' || args[0]?.kind === 'unknown' ? args[0] : unknown('tomap() needs a map', at, true)),
  distinct: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'list') return unknown('distinct() needs a list', at, true);
    return { kind: 'list', items: distinctValues(v.items), loc: v.loc };
  },
  compact: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'list') return unknown('compact() needs a list', at, true);
    return { kind: 'list', items: v.items.filter((i) => !(i.kind === 'null' || (i.kind === 'string' && i.value === ''))), loc: v.loc };
  },
  length: (args, at) => {
    const v = args[0];
    if (!v) return unknown('length() needs an argument', at, true);
    if (v.kind === 'unknown') return v;
    if (v.kind === 'list') return { kind: 'number', value: v.items.length, loc: at };
    if (v.kind === 'object') return { kind: 'number', value: v.entries.size, loc: at };
    if (v.kind === 'string') return { kind: 'number', value: [...v.value].length, loc: at };
    return unknown('length() of a non-collection', at, true);
  },
  keys: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'object') return unknown('keys() needs a map', at, true);
    return { kind: 'list', items: [...v.entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => str(e.key, e.keyLoc)), loc: at };
  },
  values: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'object') return unknown('values() needs a map', at, true);
    return { kind: 'list', items: [...v.entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => e.value), loc: at };
  },
  contains: (args, at) => {
    const [l, x] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (l?.kind !== 'list' || !x) return unknown('contains() needs a list', at, true);
    return { kind: 'bool', value: l.items.some((i) => sameValue(i, x)), loc: at };
  },
  join: (args, at) => {
    const [sep, ...lists] = args;
    const u = requireKnown(args);
    if (u) return u;
    const parts: string[] = [];
    for (const l of lists) {
      if (l.kind !== 'list') return unknown('join() needs lists', at, true);
      for (const i of l.items) parts.push(scalarText(i) ?? '');
    }
    return str(parts.join(scalarText(sep) ?? ''), at);
  },
  split: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const sep = scalarText(args[0]);
    const s = args[1] && scalarText(args[1]);
    if (sep === undefined || s === undefined) return unknown('split() needs strings', at, true);
    return { kind: 'list', items: s.split(sep).map((p) => str(p, at)), loc: at };
  },
  startswith: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    return { kind: 'bool', value: (scalarText(args[0]) ?? '').startsWith(scalarText(args[1]) ?? ''), loc: at };
  },
  endswith: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    return { kind: 'bool', value: (scalarText(args[0]) ?? '').endsWith(scalarText(args[1]) ?? ''), loc: at };
  },
  zipmap: (args, at) => {
    const [k, v] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (k?.kind !== 'list' || v?.kind !== 'list') return unknown('zipmap() needs two lists', at, true);
    const entries = new Map<string, ObjectEntry>();
    k.items.forEach((key, i) => { const ks = scalarText(key) ?? ''; entries.set(ks, { key: ks, keyLoc: key.loc, value: v.items[i] ?? { kind: 'null', loc: at } }); });
    return { kind: 'object', entries, loc: at };
  },
  range: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const ns = args.map(toNumber);
    if (ns.some((n) => n === undefined)) return unknown('range() needs numbers', at, true);
    const [a, b, s] = ns.length === 1 ? [0, ns[0]!, 1] : [ns[0]!, ns[1]!, ns[2] ?? (ns[1]! >= ns[0]! ? 1 : -1)];
    const items: Value[] = [];
    for (let x = a; s > 0 ? x < b : x > b; x += s) { items.push({ kind: 'number', value: x, loc: at }); if (items.length > 1024) break; }
    return { kind: 'list', items, loc: at };
  },
  min: (args, at) => numeric(args, at, (ns) => Math.min(...ns)),
  max: (args, at) => numeric(args, at, (ns) => Math.max(...ns)),
  abs: (args, at) => numeric(args, at, ([n]) => Math.abs(n)),
  ceil: (args, at) => numeric(args, at, ([n]) => Math.ceil(n)),
  floor: (args, at) => numeric(args, at, ([n]) => Math.floor(n)),
  one: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'list' || v.items.length > 1) return unknown('one() needs a list of at most one element', at, true);
    return v.items[0] ?? { kind: 'null', loc: at };
  },
  reverse: (args, at) => (args[0]?.kind === 'list' ? { kind: 'list', items: [...args[0].items].reverse(), loc: at } : args[0]?.kind === 'unknown' ? args[0] : unknown('reverse() needs a list', at, true)),
  sort: (args, at) => {
    const v = args[0];
    if (v?.kind === 'unknown') return v;
    if (v?.kind !== 'list') return unknown('sort() needs a list', at, true);
    const u = requireKnown([v]);
    if (u) return u;
    return { kind: 'list', items: [...v.items].sort((a, b) => ((scalarText(a) ?? '') < (scalarText(b) ?? '') ? -1 : 1)), loc: at };
  },
  slice: (args, at) => {
    const [l, a, b] = args;
    const u = requireKnown(args);
    if (u) return u;
    if (l?.kind !== 'list') return unknown('slice() needs a list', at, true);
    return { kind: 'list', items: l.items.slice(toNumber(a) ?? 0, toNumber(b) ?? l.items.length), loc: at };
  },
  alltrue: (args, at) => {
    const v = args[0];
    const u = requireKnown(args);
    if (u) return u;
    if (v?.kind !== 'list') return unknown('alltrue() needs a list', at, true);
    return { kind: 'bool', value: v.items.every((i) => truthy(i) === true), loc: at };
  },
  anytrue: (args, at) => {
    const v = args[0];
    const u = requireKnown(args);
    if (u) return u;
    if (v?.kind !== 'list') return unknown('anytrue() needs a list', at, true);
    return { kind: 'bool', value: v.items.some((i) => truthy(i) === true), loc: at };
  },
  sensitive: (args, at) => {
    const v = args[0];
    if (!v) return unknown('sensitive() needs an argument', at, true);
    return v.kind === 'string' ? { ...v, sensitive: true } : v;
  },
  nonsensitive: (args, at) => args[0] ?? unknown('nonsensitive() needs an argument', at, true),
  setunion: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const items: Value[] = [];
    for (const a of args) if (a.kind === 'list') items.push(...a.items);
    return { kind: 'list', items: distinctValues(items), loc: at };
  },
  formatlist: (args, at) => {
    const u = requireKnown(args);
    if (u) return u;
    const f = scalarText(args[0]) ?? '';
    const lists = args.slice(1);
    const n = Math.max(0, ...lists.map((l) => (l.kind === 'list' ? l.items.length : 1)));
    const items: Value[] = [];
    for (let i = 0; i < n; i++) items.push(formatString(f, lists.map((l) => (l.kind === 'list' ? l.items[i] : l)), at));
    return { kind: 'list', items, loc: at };
  },
};

function numeric(args: Value[], at: SourceLocation, f: (ns: number[]) => number): Value {
  const u = requireKnown(args);
  if (u) return u;
  const flat = args.flatMap((a) => (a.kind === 'list' ? a.items : [a]));
  const ns = flat.map(toNumber);
  if (ns.some((n) => n === undefined)) return unknown('expected numbers', at, true);
  return { kind: 'number', value: f(ns as number[]), loc: at };
}

export function callFunction(expr: Extract<Expr, { t: 'call' }>, ctx: EvalContext, depth: number): Value {
  const at = loc(ctx, expr.pos);
  // Provider-defined functions (`provider::aws::arn_parse`) are not known statically.
  const name = expr.name;
  if (name === 'try') {
    let last: Value | undefined;
    for (const a of expr.args) {
      last = evaluate(a, ctx, depth + 1);
      if (!(last.kind === 'unknown' && last.error)) return last;
    }
    return last ? unknown(`try(): every argument failed`, at, true) : unknown('try() needs arguments', at, true);
  }
  if (name === 'can') {
    const v = expr.args[0] ? evaluate(expr.args[0], ctx, depth + 1) : undefined;
    if (!v) return unknown('can() needs an argument', at, true);
    if (v.kind === 'unknown') return v.error ? { kind: 'bool', value: false, loc: at } : v;
    return { kind: 'bool', value: true, loc: at };
  }
  const fn = FUNCTIONS[name];
  if (!fn) return unknown(`function ${name}() is not evaluated statically`, at);
  let args = expr.args.map((a) => evaluate(a, ctx, depth + 1));
  if (expr.expandLast && args.length > 0) {
    const last = args[args.length - 1];
    if (last.kind === 'unknown') return last;
    if (last.kind !== 'list') return unknown('... needs a list', at, true);
    args = [...args.slice(0, -1), ...last.items];
  }
  return fn(args, at, ctx, expr);
}
