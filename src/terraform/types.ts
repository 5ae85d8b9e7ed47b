// Terraform's type constraints for input variables and the conversion Terraform applies to
// every value a variable receives (a module argument, a tfvars value, the default):
// primitive conversions, collections, objects with optional() attributes and their defaults.
// Converted values keep the locations of the values they came from, so a finding still
// points at the line the caller wrote; an attribute filled from an optional() default is
// located at that default. A value that cannot be converted is an UnknownValue with the
// reason (Terraform stops with an error there; we report the resource as not evaluated).
// Reference: https://developer.hashicorp.com/terraform/language/expressions/type-constraints
import type { Expr } from './hcl-syntax.js';
import type { ObjectEntry, SourceLocation, Value } from './values.js';

export type TypeConstraint =
  | { t: 'string' | 'number' | 'bool' | 'any' }
  | { t: 'list' | 'set' | 'map'; elem: TypeConstraint }
  | { t: 'tuple'; elems: TypeConstraint[] }
  | { t: 'object'; attrs: Map<string, ObjectAttribute> };

export interface ObjectAttribute {
  type: TypeConstraint;
  optional: boolean;
  /** The optional() default, as written (evaluated by the caller of convertValue). */
  default?: Expr;
  /** Where the attribute is declared in the type expression. */
  pos: Expr['pos'];
}

export class TypeConstraintError extends Error {}

const ANY: TypeConstraint = { t: 'any' };

/** Parses a `type = ...` expression; throws TypeConstraintError for something Terraform rejects. */
export function parseTypeConstraint(expr: Expr, allowOptional = false): TypeConstraint {
  if (expr.t === 'var') {
    switch (expr.name) {
      case 'string': case 'number': case 'bool': case 'any':
        return { t: expr.name };
      // Bare collection keywords mean a collection of any (legacy shorthand Terraform still accepts).
      case 'list': case 'set': case 'map':
        return { t: expr.name, elem: ANY };
    }
    throw new TypeConstraintError(`${expr.name} is not a type`);
  }
  if (expr.t === 'lit' && typeof expr.v === 'string' && ['string', 'number', 'bool', 'any'].includes(expr.v)) {
    // Terraform 0.11 quoted type keywords: "string", "list", "map".
    return { t: expr.v as 'string' };
  }
  if (expr.t === 'lit' && (expr.v === 'list' || expr.v === 'map')) return { t: expr.v, elem: ANY };
  if (expr.t !== 'call') throw new TypeConstraintError(`${expr.src} is not a type`);
  const arg = (n: number) => {
    if (expr.args.length !== n) throw new TypeConstraintError(`${expr.name}() takes ${n} argument${n > 1 ? 's' : ''}`);
    return expr.args[0];
  };
  switch (expr.name) {
    case 'list': case 'set': case 'map':
      return { t: expr.name, elem: parseTypeConstraint(arg(1)) };
    case 'tuple': {
      const a = arg(1);
      if (a.t !== 'tuple') throw new TypeConstraintError('tuple() needs a list of types');
      return { t: 'tuple', elems: a.items.map((i) => parseTypeConstraint(i)) };
    }
    case 'object': {
      const a = arg(1);
      if (a.t !== 'object') throw new TypeConstraintError('object() needs an object of attribute types');
      const attrs = new Map<string, ObjectAttribute>();
      for (const el of a.elems) {
        const name = el.keyIsIdent && el.key.t === 'var' ? el.key.name : el.key.t === 'lit' && typeof el.key.v === 'string' ? el.key.v : el.key.t === 'tmpl' && el.key.parts.length === 1 && el.key.parts[0].t === 'text' ? el.key.parts[0].text : undefined;
        if (name === undefined) throw new TypeConstraintError(`object attribute name ${el.key.src} is not a literal`);
        const v = el.value;
        if (v.t === 'call' && v.name === 'optional') {
          if (v.args.length < 1 || v.args.length > 2) throw new TypeConstraintError('optional() takes a type and an optional default');
          attrs.set(name, { type: parseTypeConstraint(v.args[0]), optional: true, default: v.args[1], pos: el.keyPos });
        } else attrs.set(name, { type: parseTypeConstraint(v), optional: false, pos: el.keyPos });
      }
      return { t: 'object', attrs };
    }
    case 'optional':
      if (!allowOptional) throw new TypeConstraintError('optional() is allowed only for an object attribute');
  }
  throw new TypeConstraintError(`${expr.name}() is not a type`);
}

export function typeText(t: TypeConstraint): string {
  switch (t.t) {
    case 'string': case 'number': case 'bool': case 'any': return t.t;
    case 'list': case 'set': case 'map': return `${t.t}(${typeText(t.elem)})`;
    case 'tuple': return `tuple([${t.elems.map(typeText).join(', ')}])`;
    case 'object': return `object({${[...t.attrs].map(([k, a]) => `${k}=${a.optional ? `optional(${typeText(a.type)})` : typeText(a.type)}`).join(', ')}})`;
  }
}

export interface ConvertOptions {
  /** Evaluates an optional() default expression (declared in the module's file). */
  evaluateDefault(expr: Expr): Value;
  /** Location of the type expression's attribute declarations (for attributes filled with null). */
  locate(pos: Expr['pos']): SourceLocation;
}

/** A value that cannot be converted: where, and what was expected. */
export class ConversionError extends Error {
  constructor(message: string, readonly loc: SourceLocation) {
    super(message);
  }
}

function fail(reason: string, at: SourceLocation): never {
  throw new ConversionError(reason, at);
}

function pathText(path: (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : /^[A-Za-z_][\w-]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`)).join('');
}

function numberText(n: number): string {
  // Terraform prints numbers without exponent for the usual range; Number's String() matches that.
  return String(n);
}

/**
 * Converts a value to a type constraint as Terraform does for input variables. Unknown parts
 * stay unknown; a value that cannot be converted throws ConversionError whose message names the
 * path inside the value (`app.port`) and what was expected.
 */
export function convertValue(value: Value, type: TypeConstraint, options: ConvertOptions, path: (string | number)[] = []): Value {
  if (value.kind === 'unknown' || value.kind === 'null' || type.t === 'any') return value;
  const where = () => (path.length ? `${pathText(path).replace(/^\./, '')}: ` : '');
  switch (type.t) {
    case 'string':
      if (value.kind === 'string') return value;
      if (value.kind === 'number') return { kind: 'string', value: numberText(value.value), loc: value.loc };
      if (value.kind === 'bool') return { kind: 'string', value: value.value ? 'true' : 'false', loc: value.loc };
      return fail(`${where()}a string is required, got a ${value.kind === 'list' ? 'list' : 'object'}`, value.loc);
    case 'number':
      if (value.kind === 'number') return value;
      if (value.kind === 'string') {
        const s = value.value.trim();
        const n = s === '' || s !== value.value ? NaN : Number(s);
        if (Number.isFinite(n) && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { kind: 'number', value: n, loc: value.loc };
        return fail(`${where()}a number is required, got ${JSON.stringify(value.value.slice(0, 40))}`, value.loc);
      }
      return fail(`${where()}a number is required, got a ${value.kind === 'bool' ? 'bool' : value.kind}`, value.loc);
    case 'bool':
      if (value.kind === 'bool') return value;
      if (value.kind === 'string' && (value.value === 'true' || value.value === 'false')) return { kind: 'bool', value: value.value === 'true', loc: value.loc };
      return fail(`${where()}a bool is required, got ${value.kind === 'string' ? JSON.stringify(value.value.slice(0, 40)) : `a ${value.kind}`}`, value.loc);
    case 'list':
    case 'set': {
      if (value.kind !== 'list') return fail(`${where()}a ${type.t} is required, got ${value.kind === 'object' ? 'an object' : `a ${value.kind}`}`, value.loc);
      const items: Value[] = [];
      for (let i = 0; i < value.items.length; i++) {
        const c = convertValue(value.items[i], type.elem, options, [...path, i]);
        items.push(c);
      }
      return { kind: 'list', items: type.t === 'set' ? setOrder(items) : items, loc: value.loc };
    }
    case 'tuple': {
      if (value.kind !== 'list') return fail(`${where()}a tuple is required, got ${value.kind === 'object' ? 'an object' : `a ${value.kind}`}`, value.loc);
      if (value.items.length !== type.elems.length) return fail(`${where()}a tuple of ${type.elems.length} elements is required, got ${value.items.length}`, value.loc);
      const items: Value[] = [];
      for (let i = 0; i < value.items.length; i++) {
        const c = convertValue(value.items[i], type.elems[i], options, [...path, i]);
        items.push(c);
      }
      return { kind: 'list', items, loc: value.loc };
    }
    case 'map': {
      if (value.kind !== 'object') return fail(`${where()}a map is required, got a ${value.kind}`, value.loc);
      const entries = new Map<string, ObjectEntry>();
      for (const [k, e] of value.entries) {
        const c = convertValue(e.value, type.elem, options, [...path, k]);
        entries.set(k, { ...e, value: c });
      }
      return { kind: 'object', entries, loc: value.loc };
    }
    case 'object': {
      if (value.kind !== 'object') return fail(`${where()}an object is required, got a ${value.kind}`, value.loc);
      const entries = new Map<string, ObjectEntry>();
      // Attributes the type does not declare are dropped, as Terraform does.
      for (const [name, attr] of type.attrs) {
        const given = value.entries.get(name);
        if (given && given.value.kind !== 'null') {
          const c = convertValue(given.value, attr.type, options, [...path, name]);
            entries.set(name, { ...given, value: c });
          continue;
        }
        if (!attr.optional) {
          if (given) { entries.set(name, given); continue; }
          return fail(`${where()}attribute ${JSON.stringify(name)} is required`, value.loc);
        }
        if (attr.default) {
          // The default is converted to the attribute's type, so its own optional() defaults apply too.
          const d = convertValue(options.evaluateDefault(attr.default), attr.type, options, [...path, name]);
          entries.set(name, { key: name, keyLoc: d.loc, value: d });
        } else {
          const at = given?.value.loc ?? options.locate(attr.pos);
          entries.set(name, { key: name, keyLoc: at, value: { kind: 'null', loc: at } });
        }
      }
      return { kind: 'object', entries, loc: value.loc };
    }
  }
}

/** Terraform orders set elements: strings lexically, numbers numerically; duplicates removed. */
function setOrder(items: Value[]): Value[] {
  const seen = new Set<string>();
  const out: Value[] = [];
  for (const i of items) {
    const key = i.kind === 'string' || i.kind === 'number' || i.kind === 'bool' ? `${i.kind}:${i.value}` : undefined;
    if (key !== undefined) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(i);
  }
  if (out.every((i) => i.kind === 'string')) return out.sort((a, b) => ((a as { value: string }).value < (b as { value: string }).value ? -1 : 1));
  if (out.every((i) => i.kind === 'number')) return out.sort((a, b) => (a as { value: number }).value - (b as { value: number }).value);
  return out;
}
