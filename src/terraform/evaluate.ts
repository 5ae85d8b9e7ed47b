// Static evaluation of Terraform expressions. What can be known (literals, locals, variable
// defaults, tfvars, local module inputs, a set of pure functions, files in the repository)
// is computed with the location where each literal was written; everything else becomes an
// UnknownValue with the reason, never a guess.
import { posix } from 'node:path';
import type { Expr, Pos, TemplatePart } from './hcl-syntax.js';
import { parseJsonWithPositions } from './json-positions.js';
import { callFunction, writeJson } from './functions.js';
import type { ListValue, ObjectEntry, ObjectValue, SourceLocation, StringValue, TextSegment, UnknownValue, Value } from './values.js';

/** What an expression can refer to; implemented by the module instance (load-configuration.ts). */
export interface EvalScope {
  readonly moduleDir: string;
  readonly rootDir: string;
  variable(name: string, loc: SourceLocation): Value;
  local(name: string, loc: SourceLocation): Value;
  moduleOutput(moduleName: string, rest: (string | number)[], loc: SourceLocation): Value | undefined;
  /** Reads a repository file for file()/templatefile(); throws Error with a one-line reason. */
  readFile(path: string, loc: SourceLocation): { repoPath: string; content: string };
  /** Parses a template file (cached). */
  template(repoPath: string, content: string): TemplatePart[];
  reportError(file: string, message: string): void;
}

export interface EvalContext {
  scope: EvalScope;
  file: string;
  /** for-expression / dynamic-block / template iterators and each / count. */
  vars?: Map<string, Value>;
}

const MAX_DEPTH = 64;

/**
 * The location of a syntax position in the file being evaluated. Every value carries one, and the
 * values of every resource stay alive until the report is written: the location is made once per
 * position and file and shared (locations are never mutated), which keeps garbage collection cheap.
 */
export function loc(ctx: EvalContext, pos: Pos): SourceLocation {
  // A position the HCL converter wrote has a place for its file: filled in, it is the location.
  if (pos.file === ctx.file) return pos as SourceLocation;
  if (pos.file === undefined && 'file' in pos) {
    pos.file = ctx.file;
    return pos as SourceLocation;
  }
  const cached = (pos as { at?: SourceLocation }).at;
  if (cached !== undefined && cached.file === ctx.file) return cached;
  // The parsers set both columns or neither.
  const at: SourceLocation = pos.column === undefined || pos.endColumn === undefined
    ? { file: ctx.file, line: pos.line, endLine: pos.endLine }
    : { file: ctx.file, line: pos.line, endLine: pos.endLine, column: pos.column, endColumn: pos.endColumn };
  (pos as { at?: SourceLocation }).at = at;
  return at;
}

export function unknown(reason: string, at: SourceLocation, error = false): UnknownValue {
  return error ? { kind: 'unknown', reason, loc: at, error } : { kind: 'unknown', reason, loc: at };
}

export function str(value: string, at: SourceLocation, extra?: Partial<StringValue>): StringValue {
  // The usual call has no extra fields: a plain literal, without the spread's copying.
  if (extra === undefined) return { kind: 'string', value, loc: at };
  return { kind: 'string', value, loc: at, ...extra };
}

/** Text of a known scalar as Terraform converts it to string; undefined for other kinds. */
export function scalarText(v: Value): string | undefined {
  if (v.kind === 'string') return v.value;
  if (v.kind === 'number') return String(v.value);
  if (v.kind === 'bool') return v.value ? 'true' : 'false';
  return undefined;
}

export function truthy(v: Value): boolean | undefined {
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

export function toNumber(v: Value): number | undefined {
  if (v.kind === 'number') return v.value;
  if (v.kind === 'string' && v.value.trim() !== '' && !Number.isNaN(Number(v.value))) return Number(v.value);
  return undefined;
}

/** Structural equality ignoring locations. */
export function sameValue(a: Value, b: Value): boolean {
  if (a.kind === 'unknown' || b.kind === 'unknown') return false;
  if (a.kind === 'null' || b.kind === 'null') return a.kind === b.kind;
  const as = scalarText(a);
  const bs = scalarText(b);
  if (as !== undefined || bs !== undefined) return as === bs && (a.kind === b.kind || (a.kind !== 'bool' && b.kind !== 'bool'));
  if (a.kind === 'list' && b.kind === 'list') return a.items.length === b.items.length && a.items.every((x, i) => sameValue(x, b.items[i]));
  if (a.kind === 'object' && b.kind === 'object') {
    if (a.entries.size !== b.entries.size) return false;
    for (const [k, e] of a.entries) {
      const o = b.entries.get(k);
      if (!o || !sameValue(e.value, o.value)) return false;
    }
    return true;
  }
  return false;
}

export function evaluate(expr: Expr, ctx: EvalContext, depth = 0): Value {
  const at = loc(ctx, expr.pos);
  if (depth > MAX_DEPTH) return unknown('expression nests too deeply to evaluate', at, true);
  const ev = (e: Expr, c: EvalContext = ctx) => evaluate(e, c, depth + 1);
  switch (expr.t) {
    case 'lit':
      if (expr.v === null) return { kind: 'null', loc: at };
      if (typeof expr.v === 'string') return str(expr.v, at);
      if (typeof expr.v === 'number') return { kind: 'number', value: expr.v, loc: at };
      return { kind: 'bool', value: expr.v, loc: at };
    case 'tmpl':
      return evaluateTemplate(expr.parts, ctx, at, expr.heredoc, depth);
    case 'tuple':
      return { kind: 'list', items: expr.items.map((i) => ev(i)), loc: at };
    case 'object': {
      const entries = new Map<string, ObjectEntry>();
      for (const el of expr.elems) {
        let key: string | undefined;
        if (el.keyIsIdent && el.key.t === 'var') key = el.key.name;
        else {
          const k = ev(el.key.t === 'tmpl' || el.key.t === 'lit' ? el.key : el.key);
          if (k.kind === 'unknown') return unknown(`object key ${el.key.src} ${k.reason}`, at);
          key = scalarText(k);
          if (key === undefined) return unknown(`object key ${el.key.src} is not a string`, at, true);
        }
        entries.set(key, { key, keyLoc: loc(ctx, el.keyPos), value: ev(el.value) });
      }
      return { kind: 'object', entries, loc: at };
    }
    case 'var':
    case 'attr':
    case 'index':
      return evaluateTraversal(expr, ctx, depth);
    case 'splat': {
      const obj = ev(expr.obj);
      if (obj.kind === 'unknown') return obj;
      if (obj.kind === 'null') return { kind: 'list', items: [], loc: at };
      const items = obj.kind === 'list' ? obj.items : [obj];
      const out: Value[] = [];
      for (const item of items) {
        const vars = new Map(ctx.vars ?? []);
        vars.set('\u0000splat', item);
        const step = expr.rest({ t: 'var', name: '\u0000splat', pos: expr.pos, src: expr.src });
        out.push(ev(step, { ...ctx, vars }));
      }
      return { kind: 'list', items: out, loc: at };
    }
    case 'call':
      return callFunction(expr, ctx, depth);
    case 'for':
      return evaluateFor(expr, ctx, depth);
    case 'cond': {
      const c = ev(expr.cond);
      const t = truthy(c);
      if (t !== undefined) return t ? ev(expr.a) : ev(expr.b);
      const a = ev(expr.a);
      const b = ev(expr.b);
      if (sameValue(a, b)) return a;
      return unknown(c.kind === 'unknown' ? c.reason : `condition ${expr.cond.src} is not a boolean`, at, c.kind !== 'unknown');
    }
    case 'un': {
      const v = ev(expr.e);
      if (v.kind === 'unknown') return v;
      if (expr.op === '!') {
        const t = truthy(v);
        return t === undefined ? unknown(`! needs a boolean`, at, true) : { kind: 'bool', value: !t, loc: at };
      }
      const n = toNumber(v);
      return n === undefined ? unknown('- needs a number', at, true) : { kind: 'number', value: -n, loc: at };
    }
    case 'bin':
      return evaluateBinary(expr.op, expr.l, expr.r, ctx, at, depth);
    case 'invalid':
      return unknown(expr.why, at, true);
  }
}

function evaluateBinary(op: string, le: Expr, re: Expr, ctx: EvalContext, at: SourceLocation, depth: number): Value {
  const l = evaluate(le, ctx, depth + 1);
  if (op === '&&' || op === '||') {
    const lt = truthy(l);
    if (op === '&&' && lt === false) return { kind: 'bool', value: false, loc: at };
    if (op === '||' && lt === true) return { kind: 'bool', value: true, loc: at };
    const r = evaluate(re, ctx, depth + 1);
    const rt = truthy(r);
    if (op === '&&' && rt === false) return { kind: 'bool', value: false, loc: at };
    if (op === '||' && rt === true) return { kind: 'bool', value: true, loc: at };
    if (lt === undefined || rt === undefined) return l.kind === 'unknown' ? l : r.kind === 'unknown' ? r : unknown(`${op} needs booleans`, at, true);
    return { kind: 'bool', value: op === '&&' ? lt && rt : lt || rt, loc: at };
  }
  const r = evaluate(re, ctx, depth + 1);
  if (l.kind === 'unknown') return l;
  if (r.kind === 'unknown') return r;
  if (op === '==' || op === '!=') {
    const eq = sameValue(l, r) || (l.kind === 'null' && r.kind === 'null');
    return { kind: 'bool', value: op === '==' ? eq : !eq, loc: at };
  }
  const a = toNumber(l);
  const b = toNumber(r);
  if (a === undefined || b === undefined) return unknown(`${op} needs numbers`, at, true);
  switch (op) {
    case '+': return { kind: 'number', value: a + b, loc: at };
    case '-': return { kind: 'number', value: a - b, loc: at };
    case '*': return { kind: 'number', value: a * b, loc: at };
    case '/': return b === 0 ? unknown('division by zero', at, true) : { kind: 'number', value: a / b, loc: at };
    case '%': return b === 0 ? unknown('division by zero', at, true) : { kind: 'number', value: a % b, loc: at };
    case '<': return { kind: 'bool', value: a < b, loc: at };
    case '>': return { kind: 'bool', value: a > b, loc: at };
    case '<=': return { kind: 'bool', value: a <= b, loc: at };
    case '>=': return { kind: 'bool', value: a >= b, loc: at };
  }
  return unknown(`unsupported operator ${op}`, at, true);
}

/** Flattens `a.b[0].c` into a root name and steps. */
function flattenTraversal(expr: Expr): { root: string; steps: { key: Expr | string; expr: Expr }[] } | undefined {
  const steps: { key: Expr | string; expr: Expr }[] = [];
  let e: Expr = expr;
  while (e.t === 'attr' || e.t === 'index') {
    steps.unshift({ key: e.t === 'attr' ? e.name : e.key, expr: e });
    e = e.obj;
  }
  if (e.t !== 'var') return undefined;
  return { root: e.name, steps };
}

/** The reference text of a traversal, e.g. `aws_iam_role.task.arn`, `var.image`. */
export function traversalText(expr: Expr): string | undefined {
  const flat = flattenTraversal(expr);
  if (!flat) return undefined;
  return [flat.root, ...flat.steps.map((s) => (typeof s.key === 'string' ? s.key : `[${s.key.src}]`))].join('.').replace(/\.\[/g, '[');
}

/** Every reference an expression makes (for "same expression" checks and role lookups). */
export function collectReferences(expr: Expr, out: string[] = []): string[] {
  const visit = (e: Expr | undefined): void => {
    if (!e) return;
    if (e.t === 'var' || e.t === 'attr' || e.t === 'index') {
      const text = traversalText(e);
      if (text) { out.push(text); if (e.t === 'index') visit(e.key); return; }
    }
    switch (e.t) {
      case 'tmpl': visitParts(e.parts); break;
      case 'tuple': e.items.forEach(visit); break;
      case 'object': e.elems.forEach((el) => { if (!el.keyIsIdent) visit(el.key); visit(el.value); }); break;
      case 'attr': visit(e.obj); break;
      case 'index': visit(e.obj); visit(e.key); break;
      case 'splat': visit(e.obj); break;
      case 'call': e.args.forEach(visit); break;
      case 'for': visit(e.coll); visit(e.keyExpr); visit(e.valueExpr); visit(e.cond); break;
      case 'cond': visit(e.cond); visit(e.a); visit(e.b); break;
      case 'bin': visit(e.l); visit(e.r); break;
      case 'un': visit(e.e); break;
    }
  };
  const visitParts = (parts: TemplatePart[]): void => {
    for (const p of parts) {
      if (p.t === 'interp') visit(p.expr);
      else if (p.t === 'if') { visit(p.cond); visitParts(p.then); visitParts(p.else); }
      else if (p.t === 'for') { visit(p.coll); visitParts(p.body); }
    }
  };
  visit(expr);
  return out;
}

function step(value: Value, key: string | number, at: SourceLocation, text: string): Value {
  if (value.kind === 'unknown') return value;
  if (value.kind === 'object') {
    const e = value.entries.get(String(key));
    return e ? e.value : unknown(`${text} does not exist`, at, true);
  }
  if (value.kind === 'list') {
    const i = typeof key === 'number' ? key : Number(key);
    if (!Number.isInteger(i) || i < 0 || i >= value.items.length) return unknown(`${text}: index out of range`, at, true);
    return value.items[i];
  }
  if (value.kind === 'null') return unknown(`${text}: attempt to read from null`, at, true);
  return unknown(`${text}: cannot index a ${value.kind}`, at, true);
}

const COMPUTED_NAMESPACES = new Set(['data', 'self']);

function evaluateTraversal(expr: Expr, ctx: EvalContext, depth: number): Value {
  const at = loc(ctx, expr.pos);
  const flat = flattenTraversal(expr);
  if (!flat) {
    // e.g. `func()[0]` or `{...}.key`: evaluate the object, then step.
    if (expr.t === 'attr') return step(evaluate(expr.obj, ctx, depth + 1), expr.name, at, expr.src);
    if (expr.t === 'index') {
      const k = evaluate(expr.key, ctx, depth + 1);
      if (k.kind === 'unknown') return k;
      const key = k.kind === 'number' ? k.value : scalarText(k);
      return key === undefined ? unknown(`${expr.src}: invalid index`, at, true) : step(evaluate(expr.obj, ctx, depth + 1), key, at, expr.src);
    }
    return unknown(`unsupported reference ${expr.src}`, at, true);
  }
  const keys: (string | number | Value)[] = flat.steps.map((s) => {
    if (typeof s.key === 'string') return s.key;
    const k = evaluate(s.key, ctx, depth + 1);
    if (k.kind === 'number') return k.value;
    const t = scalarText(k);
    return t !== undefined ? t : k;
  });
  const badKey = keys.find((k): k is Value => typeof k === 'object');
  if (badKey) return badKey.kind === 'unknown' ? badKey : unknown(`${expr.src}: invalid index`, at, true);
  const plainKeys = keys as (string | number)[];
  const applySteps = (base: Value, from: number): Value => {
    let v = base;
    for (let i = from; i < plainKeys.length; i++) v = step(v, plainKeys[i], at, expr.src);
    return v;
  };
  const local = ctx.vars?.get(flat.root);
  if (local) return applySteps(local, 0);
  const first = plainKeys[0];
  switch (flat.root) {
    // Variables and locals are cached per module; an unknown one is located at this reference.
    case 'var':
      if (typeof first !== 'string') return unknown(`invalid reference ${expr.src}`, at, true);
      return relocateUnknown(applySteps(ctx.scope.variable(first, at), 1), at);
    case 'local':
      if (typeof first !== 'string') return unknown(`invalid reference ${expr.src}`, at, true);
      return relocateUnknown(applySteps(ctx.scope.local(first, at), 1), at);
    case 'path': {
      // Terraform gives path.module relative to the working directory, which is the root module.
      const value = first === 'module' ? posix.relative(ctx.scope.rootDir, ctx.scope.moduleDir) || '.' : first === 'root' || first === 'cwd' ? '.' : undefined;
      return value === undefined ? unknown(`unsupported reference ${expr.src}`, at, true) : str(value, at);
    }
    case 'terraform':
      return first === 'workspace' ? str('default', at) : unknown(`${expr.src} is not known statically`, at);
    case 'each':
    case 'count':
      return unknown(`${expr.src} is not known (unexpanded ${flat.root})`, at);
    case 'module': {
      if (typeof first !== 'string') return unknown(`invalid reference ${expr.src}`, at, true);
      const out = ctx.scope.moduleOutput(first, plainKeys.slice(1), at);
      return out ?? unknown(`${expr.src} is an output of a module that is not evaluated`, at);
    }
  }
  if (COMPUTED_NAMESPACES.has(flat.root)) return unknown(`${traversalText(expr)} is read from the provider (known only at plan/apply)`, at);
  return unknown(`${traversalText(expr)} is known only after apply`, at);
}

function relocateUnknown(v: Value, at: SourceLocation): Value {
  return v.kind === 'unknown' ? { ...v, loc: at } : v;
}

function iterate(coll: Value): { key: Value; value: Value }[] | undefined {
  if (coll.kind === 'list') return coll.items.map((value, i) => ({ key: { kind: 'number', value: i, loc: value.loc } as Value, value }));
  if (coll.kind === 'object') {
    return [...coll.entries.values()]
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((e) => ({ key: str(e.key, e.keyLoc) as Value, value: e.value }));
  }
  return undefined;
}

function evaluateFor(expr: Extract<Expr, { t: 'for' }>, ctx: EvalContext, depth: number): Value {
  const at = loc(ctx, expr.pos);
  const coll = evaluate(expr.coll, ctx, depth + 1);
  if (coll.kind === 'unknown') return coll;
  const pairs = iterate(coll);
  if (!pairs) return unknown(`for expression over a ${coll.kind}`, at, true);
  const items: Value[] = [];
  const entries = new Map<string, ObjectEntry>();
  const groups = new Map<string, Value[]>();
  for (const { key, value } of pairs) {
    const vars = new Map(ctx.vars ?? []);
    if (expr.keyVar) vars.set(expr.keyVar, key);
    vars.set(expr.valueVar, value);
    const inner = { ...ctx, vars };
    if (expr.cond) {
      const c = evaluate(expr.cond, inner, depth + 1);
      const t = truthy(c);
      if (t === undefined) return c.kind === 'unknown' ? c : unknown('for condition is not a boolean', at, true);
      if (!t) continue;
    }
    const v = evaluate(expr.valueExpr, inner, depth + 1);
    if (!expr.object) { items.push(v); continue; }
    const k = evaluate(expr.keyExpr!, inner, depth + 1);
    if (k.kind === 'unknown') return k;
    const ks = scalarText(k);
    if (ks === undefined) return unknown('for expression key is not a string', at, true);
    if (expr.group) groups.set(ks, [...(groups.get(ks) ?? []), v]);
    else entries.set(ks, { key: ks, keyLoc: k.loc, value: v });
  }
  if (!expr.object) return { kind: 'list', items, loc: at };
  if (expr.group) for (const [k, vs] of groups) entries.set(k, { key: k, keyLoc: at, value: { kind: 'list', items: vs, loc: at } });
  return { kind: 'object', entries, loc: at };
}

/** Renders template parts into a string that remembers, per character range, where it was written. */
export function evaluateTemplate(parts: TemplatePart[], ctx: EvalContext, at: SourceLocation, multiline: boolean, depth: number): Value {
  // "${x}" alone yields x itself, unconverted (Terraform's template unwrapping).
  if (parts.length === 1 && parts[0].t === 'interp') return evaluate(parts[0].expr, ctx, depth + 1);
  let text = '';
  const segments: TextSegment[] = [];
  let sensitive = false;
  const render = (ps: TemplatePart[], c: EvalContext): UnknownValue | undefined => {
    for (const p of ps) {
      if (p.t === 'text') {
        segments.push(p.column === undefined ? { start: text.length, file: c.file, line: p.line, literal: true } : { start: text.length, file: c.file, line: p.line, literal: true, column: p.column });
        text += p.text;
      } else if (p.t === 'interp') {
        const v = evaluate(p.expr, c, depth + 1);
        if (v.kind === 'unknown') return v;
        const s = scalarText(v);
        if (s === undefined) return unknown(`cannot interpolate a ${v.kind} (${p.expr.src})`, loc(c, p.expr.pos), true);
        if (v.kind === 'string' && v.sensitive) sensitive = true;
        const inner = v.kind === 'string' ? (v.segments ?? jsonSegments(v, s)) : undefined;
        if (inner) for (const seg of inner) segments.push({ ...seg, start: text.length + seg.start });
        else segments.push({ start: text.length, file: v.loc.file, line: v.loc.line, literal: false });
        text += s;
      } else if (p.t === 'if') {
        const cv = evaluate(p.cond, c, depth + 1);
        const t = truthy(cv);
        if (t === undefined) return cv.kind === 'unknown' ? cv : unknown('template if condition is not a boolean', at, true);
        const u = render(t ? p.then : p.else, c);
        if (u) return u;
      } else {
        const coll = evaluate(p.coll, c, depth + 1);
        if (coll.kind === 'unknown') return coll;
        const pairs = iterate(coll);
        if (!pairs) return unknown(`template for over a ${coll.kind}`, at, true);
        for (const { key, value } of pairs) {
          const vars = new Map(c.vars ?? []);
          if (p.keyVar) vars.set(p.keyVar, key);
          vars.set(p.valueVar, value);
          const u = render(p.body, { ...c, vars });
          if (u) return u;
        }
      }
    }
    return undefined;
  };
  const failed = render(parts, ctx);
  if (failed) return failed;
  const result: StringValue = { kind: 'string', value: text, loc: at };
  if (multiline || segments.length > 1 || segments.some((s) => s.file !== at.file || s.line !== at.line)) result.segments = mergeSegments(segments);
  if (sensitive) result.sensitive = true;
  return result;
}

/** Where each part of a jsonencode() result was written, when its text is the one interpolated. */
function jsonSegments(v: StringValue, text: string): TextSegment[] | undefined {
  if (!v.decoded) return undefined;
  const out = { text: '', segments: [] as TextSegment[] };
  return writeJson(v.decoded, out) && out.text === text ? out.segments : undefined;
}

function mergeSegments(segments: TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.start === s.start) out[out.length - 1] = s;
    else out.push(s);
  }
  return out;
}

/** Decodes a JSON string value (jsonencode result, heredoc, file()) keeping positions. */
export function decodeJsonString(value: StringValue): Value {
  if (value.decoded) return value.decoded;
  return parseJsonWithPositions(value);
}

export type { ListValue, ObjectValue };
