import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  newestMatchingVersion,
  parseVersionConstraint
} from "./chunk-WE6UCKEB.js";
import {
  JsonPositionError,
  collectReferences,
  evaluate,
  loc,
  parseJsonWithPositions,
  readJsonEscape,
  scalarText,
  traversalText,
  unknown
} from "./chunk-OJUXA2BK.js";
import {
  HclSyntaxError,
  fileFromTransfer,
  getParser,
  parseHclWith,
  parseTemplateWith
} from "./chunk-JEE6VJE5.js";

// src/terraform/load-configuration.ts
import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, realpathSync, statSync } from "node:fs";
import { dirname as dirname4, isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve as resolve3, sep as sep4 } from "node:path";

// src/terraform/types.ts
var TypeConstraintError = class extends Error {
};
var ANY = { t: "any" };
function parseTypeConstraint(expr, allowOptional = false) {
  if (expr.t === "var") {
    switch (expr.name) {
      case "string":
      case "number":
      case "bool":
      case "any":
        return { t: expr.name };
      // Bare collection keywords mean a collection of any (legacy shorthand Terraform still accepts).
      case "list":
      case "set":
      case "map":
        return { t: expr.name, elem: ANY };
    }
    throw new TypeConstraintError(`${expr.name} is not a type`);
  }
  if (expr.t === "lit" && typeof expr.v === "string" && ["string", "number", "bool", "any"].includes(expr.v)) {
    return { t: expr.v };
  }
  if (expr.t === "lit" && (expr.v === "list" || expr.v === "map")) return { t: expr.v, elem: ANY };
  if (expr.t !== "call") throw new TypeConstraintError(`${expr.src} is not a type`);
  const arg = (n) => {
    if (expr.args.length !== n) throw new TypeConstraintError(`${expr.name}() takes ${n} argument${n > 1 ? "s" : ""}`);
    return expr.args[0];
  };
  switch (expr.name) {
    case "list":
    case "set":
    case "map":
      return { t: expr.name, elem: parseTypeConstraint(arg(1)) };
    case "tuple": {
      const a = arg(1);
      if (a.t !== "tuple") throw new TypeConstraintError("tuple() needs a list of types");
      return { t: "tuple", elems: a.items.map((i) => parseTypeConstraint(i)) };
    }
    case "object": {
      const a = arg(1);
      if (a.t !== "object") throw new TypeConstraintError("object() needs an object of attribute types");
      const attrs = /* @__PURE__ */ new Map();
      for (const el of a.elems) {
        const name = el.keyIsIdent && el.key.t === "var" ? el.key.name : el.key.t === "lit" && typeof el.key.v === "string" ? el.key.v : el.key.t === "tmpl" && el.key.parts.length === 1 && el.key.parts[0].t === "text" ? el.key.parts[0].text : void 0;
        if (name === void 0) throw new TypeConstraintError(`object attribute name ${el.key.src} is not a literal`);
        const v = el.value;
        if (v.t === "call" && v.name === "optional") {
          if (v.args.length < 1 || v.args.length > 2) throw new TypeConstraintError("optional() takes a type and an optional default");
          attrs.set(name, { type: parseTypeConstraint(v.args[0]), optional: true, default: v.args[1], pos: el.keyPos });
        } else attrs.set(name, { type: parseTypeConstraint(v), optional: false, pos: el.keyPos });
      }
      return { t: "object", attrs };
    }
    case "optional":
      if (!allowOptional) throw new TypeConstraintError("optional() is allowed only for an object attribute");
  }
  throw new TypeConstraintError(`${expr.name}() is not a type`);
}
function typeText(t) {
  switch (t.t) {
    case "string":
    case "number":
    case "bool":
    case "any":
      return t.t;
    case "list":
    case "set":
    case "map":
      return `${t.t}(${typeText(t.elem)})`;
    case "tuple":
      return `tuple([${t.elems.map(typeText).join(", ")}])`;
    case "object":
      return `object({${[...t.attrs].map(([k, a]) => `${k}=${a.optional ? `optional(${typeText(a.type)})` : typeText(a.type)}`).join(", ")}})`;
  }
}
var ConversionError = class extends Error {
  constructor(message, loc2) {
    super(message);
    this.loc = loc2;
  }
  loc;
};
function fail(reason, at) {
  throw new ConversionError(reason, at);
}
function pathText(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : /^[A-Za-z_][\w-]*$/.test(p) ? `.${p}` : `[${JSON.stringify(p)}]`).join("");
}
function numberText(n) {
  return String(n);
}
function convertValue(value, type, options, path = []) {
  if (value.kind === "unknown" || value.kind === "null" || type.t === "any") return value;
  const where = () => path.length ? `${pathText(path).replace(/^\./, "")}: ` : "";
  switch (type.t) {
    case "string":
      if (value.kind === "string") return value;
      if (value.kind === "number") return { kind: "string", value: numberText(value.value), loc: value.loc };
      if (value.kind === "bool") return { kind: "string", value: value.value ? "true" : "false", loc: value.loc };
      return fail(`${where()}a string is required, got a ${value.kind === "list" ? "list" : "object"}`, value.loc);
    case "number":
      if (value.kind === "number") return value;
      if (value.kind === "string") {
        const s = value.value.trim();
        const n = s === "" || s !== value.value ? NaN : Number(s);
        if (Number.isFinite(n) && /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) return { kind: "number", value: n, loc: value.loc };
        return fail(`${where()}a number is required, got ${JSON.stringify(value.value.slice(0, 40))}`, value.loc);
      }
      return fail(`${where()}a number is required, got a ${value.kind === "bool" ? "bool" : value.kind}`, value.loc);
    case "bool":
      if (value.kind === "bool") return value;
      if (value.kind === "string" && (value.value === "true" || value.value === "false")) return { kind: "bool", value: value.value === "true", loc: value.loc };
      return fail(`${where()}a bool is required, got ${value.kind === "string" ? JSON.stringify(value.value.slice(0, 40)) : `a ${value.kind}`}`, value.loc);
    case "list":
    case "set": {
      if (value.kind !== "list") return fail(`${where()}a ${type.t} is required, got ${value.kind === "object" ? "an object" : `a ${value.kind}`}`, value.loc);
      const items = [];
      for (let i = 0; i < value.items.length; i++) {
        const c = convertValue(value.items[i], type.elem, options, [...path, i]);
        items.push(c);
      }
      return { kind: "list", items: type.t === "set" ? setOrder(items) : items, loc: value.loc };
    }
    case "tuple": {
      if (value.kind !== "list") return fail(`${where()}a tuple is required, got ${value.kind === "object" ? "an object" : `a ${value.kind}`}`, value.loc);
      if (value.items.length !== type.elems.length) return fail(`${where()}a tuple of ${type.elems.length} elements is required, got ${value.items.length}`, value.loc);
      const items = [];
      for (let i = 0; i < value.items.length; i++) {
        const c = convertValue(value.items[i], type.elems[i], options, [...path, i]);
        items.push(c);
      }
      return { kind: "list", items, loc: value.loc };
    }
    case "map": {
      if (value.kind !== "object") return fail(`${where()}a map is required, got a ${value.kind}`, value.loc);
      const entries = /* @__PURE__ */ new Map();
      for (const [k, e] of value.entries) {
        const c = convertValue(e.value, type.elem, options, [...path, k]);
        entries.set(k, { ...e, value: c });
      }
      return { kind: "object", entries, loc: value.loc };
    }
    case "object": {
      if (value.kind !== "object") return fail(`${where()}an object is required, got a ${value.kind}`, value.loc);
      const entries = /* @__PURE__ */ new Map();
      for (const [name, attr] of type.attrs) {
        const given = value.entries.get(name);
        if (given && given.value.kind !== "null") {
          const c = convertValue(given.value, attr.type, options, [...path, name]);
          entries.set(name, { ...given, value: c });
          continue;
        }
        if (!attr.optional) {
          if (given) {
            entries.set(name, given);
            continue;
          }
          return fail(`${where()}attribute ${JSON.stringify(name)} is required`, value.loc);
        }
        if (attr.default) {
          const d = convertValue(options.evaluateDefault(attr.default), attr.type, options, [...path, name]);
          entries.set(name, { key: name, keyLoc: d.loc, value: d });
        } else {
          const at = given?.value.loc ?? options.locate(attr.pos);
          entries.set(name, { key: name, keyLoc: at, value: { kind: "null", loc: at } });
        }
      }
      return { kind: "object", entries, loc: value.loc };
    }
  }
}
function setOrder(items) {
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const i of items) {
    const key = i.kind === "string" || i.kind === "number" || i.kind === "bool" ? `${i.kind}:${i.value}` : void 0;
    if (key !== void 0) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(i);
  }
  if (out.every((i) => i.kind === "string")) return out.sort((a, b) => a.value < b.value ? -1 : 1);
  if (out.every((i) => i.kind === "number")) return out.sort((a, b) => a.value - b.value);
  return out;
}

// src/terraform/module-instance.ts
var MAX_MODULE_DEPTH = 16;
var META_ARGUMENTS = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
var shapes = /* @__PURE__ */ new WeakMap();
function shapeOf(mod) {
  let shape = shapes.get(mod);
  if (shape) return shape;
  shape = { variables: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), locals: [], calls: [], members: [] };
  for (const f of mod.files) {
    for (const block of f.syntax.body.blocks) {
      if (block.type === "variable" && block.labels[0]) {
        const attrs = block.attributes;
        shape.variables.set(block.labels[0], {
          block,
          file: f.path,
          sensitive: attrs.some((a) => a.name === "sensitive" && a.expr.t === "lit" && a.expr.v === true),
          nullable: !attrs.some((a) => a.name === "nullable" && a.expr.t === "lit" && a.expr.v === false),
          def: attrs.find((a) => a.name === "default")
        });
      } else if (block.type === "output" && block.labels[0]) {
        const value = block.attributes.find((a) => a.name === "value");
        if (value) shape.outputs.set(block.labels[0], { attr: value, file: f.path });
      } else if (block.type === "locals") {
        for (const attr of block.attributes) shape.locals.push({ attr, file: f.path });
      } else if (block.type === "module" && block.labels[0]) shape.calls.push({ name: block.labels[0], block, file: f.path });
      else if ((block.type === "resource" || block.type === "data") && block.labels.length === 2 || block.type === "import") shape.members.push({ block, file: f.path });
    }
  }
  shapes.set(mod, shape);
  return shape;
}
var typesOfDeclaration = /* @__PURE__ */ new WeakMap();
var ModuleInstance = class _ModuleInstance {
  constructor(loader, mod, address, rootDir, inputs, depth, callChain = []) {
    this.loader = loader;
    this.mod = mod;
    this.address = address;
    this.rootDir = rootDir;
    this.inputs = inputs;
    this.depth = depth;
    this.callChain = callChain;
    this.moduleDir = mod.dir;
    this.shape = shapeOf(mod);
    this.variables = this.shape.variables;
    this.outputs = this.shape.outputs;
    for (const { attr, file } of this.shape.locals) {
      const ctx = { scope: this, file };
      this.locals.set(attr.name, { state: "pending", compute: () => evaluate(attr.expr, ctx) });
    }
  }
  loader;
  mod;
  address;
  rootDir;
  inputs;
  depth;
  callChain;
  moduleDir;
  shape;
  variables;
  locals = /* @__PURE__ */ new Map();
  varCache = /* @__PURE__ */ new Map();
  outputs;
  children = /* @__PURE__ */ new Map();
  outputCache = /* @__PURE__ */ new Map();
  pendingCalls = /* @__PURE__ */ new Map();
  childLocations = /* @__PURE__ */ new Map();
  resolveLazy(lazy, what, at) {
    if (lazy.state === "done") return lazy.value;
    if (lazy.state === "running") return unknown(`${what} refers to itself`, at, true);
    lazy.state = "running";
    lazy.value = lazy.compute();
    lazy.state = "done";
    return lazy.value;
  }
  variable(name, at) {
    let lazy = this.varCache.get(name);
    if (!lazy) {
      lazy = { state: "pending", compute: () => this.computeVariable(name, at) };
      this.varCache.set(name, lazy);
    }
    return this.resolveLazy(lazy, `var.${name}`, at);
  }
  computeVariable(name, at) {
    const decl = this.variables.get(name);
    if (!decl) return unknown(`var.${name} is not declared in ${this.moduleDir}`, at, true);
    const { sensitive, nullable, def } = decl;
    const ctx = { scope: this, file: decl.file };
    let value;
    let from = "its default";
    const input = this.inputs?.get(name);
    if (input) {
      value = input();
      from = `the value ${this.address} passes`;
    }
    if (!value && this.address === "") {
      for (const tv of this.mod.tfvars) if (tv.values.has(name)) {
        value = tv.values.get(name);
        from = `the value in ${tv.path}`;
      }
    }
    if (!value && def) value = evaluate(def.expr, ctx);
    if (!value) {
      const why = this.address === "" ? `var.${name} has no default and no value in terraform.tfvars (set a tfvars value or scan with --plan)` : `var.${name} has no default and ${this.address} does not pass it`;
      return unknown(why, at);
    }
    if (value.kind === "null" && def && !nullable && from !== "its default") value = evaluate(def.expr, ctx);
    const type = this.variableType(name, decl);
    if (type) {
      try {
        value = convertValue(value, type, { evaluateDefault: (e) => evaluate(e, ctx), locate: (pos) => loc(ctx, pos) });
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        const module = this.address === "" ? `root module ${this.moduleDir}` : `${this.address} (${this.moduleDir})`;
        const why = `${module}: var.${name}: ${from} cannot be converted to ${typeText(type)}: ${e.message}`;
        this.loader.notEvaluatedEntry(this.address || `var.${name}`, e.loc, why);
        return unknown(why, e.loc);
      }
    }
    return sensitive ? markSensitive(value) : value;
  }
  /** The parsed `type` of a variable; undefined (no conversion) when absent or not a type Terraform knows. */
  variableType(name, decl) {
    let parsed = typesOfDeclaration.get(decl.block);
    if (!parsed) {
      const typeAttr = decl.block.attributes.find((a) => a.name === "type");
      parsed = { type: void 0 };
      if (typeAttr) {
        try {
          parsed.type = parseTypeConstraint(typeAttr.expr);
        } catch (e) {
          if (!(e instanceof TypeConstraintError)) throw e;
          parsed.error = `variable "${name}" (line ${typeAttr.pos.line}): invalid type: ${e.message}`;
        }
      }
      typesOfDeclaration.set(decl.block, parsed);
    }
    if (parsed.error !== void 0) this.loader.error(decl.file, parsed.error);
    return parsed.type;
  }
  local(name, at) {
    const lazy = this.locals.get(name);
    if (!lazy) return unknown(`local.${name} is not defined in ${this.moduleDir}`, at, true);
    return this.resolveLazy(lazy, `local.${name}`, at);
  }
  /**
   * `module.<name>` followed by `rest`: a call without count/for_each is an object of its outputs,
   * with for_each a map of such objects by key, with count a list (Terraform's module values).
   * Undefined when the call is not evaluated (a remote or unreadable module).
   */
  moduleOutput(moduleName, rest, at) {
    this.expandPendingCall(moduleName);
    const child = this.children.get(moduleName);
    if (!child) return void 0;
    if (child.unexpanded) return unknown(`the instances of module.${moduleName} are not known statically (its count or for_each is not known)`, at);
    let instance;
    let steps = rest;
    if (child.keyed && rest.length > 0) {
      instance = child.instances.get(String(rest[0]));
      if (!instance) return unknown(`module.${moduleName}[${JSON.stringify(rest[0])}] is not an instance of module.${moduleName} (instances: ${[...child.instances.keys()].join(", ") || "none"})`, at, true);
      steps = rest.slice(1);
    } else if (!child.keyed) instance = child.instances.get("");
    let v;
    if (instance && typeof steps[0] === "string") {
      v = instance.output(steps[0], `module.${moduleName}`, at);
      steps = steps.slice(1);
    } else if (instance) v = instance.outputsObject(`module.${moduleName}`, at);
    else v = this.moduleCallValue(moduleName, child, at);
    for (const s of steps) {
      if (v.kind === "object") v = v.entries.get(String(s))?.value ?? unknown(`module.${moduleName}: no attribute ${s}`, at, true);
      else if (v.kind === "list" && typeof s === "number") v = v.items[s] ?? unknown(`module.${moduleName}: index ${s} out of range`, at, true);
      else if (v.kind !== "unknown") v = unknown(`module.${moduleName}: cannot read ${s} of a ${v.kind}`, at, true);
    }
    return v;
  }
  moduleCallValue(moduleName, child, at) {
    const callAt = this.childLocations.get(moduleName) ?? at;
    const keys = [...child.instances.keys()];
    if (child.countKeyed) {
      return { kind: "list", loc: callAt, items: keys.sort((x, y) => Number(x) - Number(y)).map((k) => child.instances.get(k).outputsObject(`module.${moduleName}[${k}]`, at)) };
    }
    const entries = /* @__PURE__ */ new Map();
    for (const k of keys.sort()) entries.set(k, { key: k, keyLoc: callAt, value: child.instances.get(k).outputsObject(`module.${moduleName}[${JSON.stringify(k)}]`, at) });
    return { kind: "object", loc: callAt, entries };
  }
  /** One output's value, evaluated once per instance. */
  output(name, ref, at) {
    const out = this.outputs.get(name);
    if (!out) return unknown(`${ref} has no output ${name}`, at, true);
    let lazy = this.outputCache.get(name);
    if (!lazy) {
      lazy = { state: "pending", compute: () => evaluate(out.attr.expr, { scope: this, file: out.file }) };
      this.outputCache.set(name, lazy);
    }
    return this.resolveLazy(lazy, `${ref}.${name}`, at);
  }
  /** All outputs as one object (for `module.x` used as a value). */
  outputsObject(ref, at) {
    const entries = /* @__PURE__ */ new Map();
    for (const [name, out] of this.outputs) {
      entries.set(name, { key: name, keyLoc: { file: out.file, line: out.attr.pos.line, endLine: out.attr.pos.line }, value: this.output(name, ref, at) });
    }
    return { kind: "object", loc: at, entries };
  }
  readFile(path) {
    return this.loader.readRepoFile(path, this.rootDir, this.moduleDir);
  }
  template(repoPath, content) {
    return this.loader.template(repoPath, content);
  }
  reportError(file, message) {
    this.loader.error(file, message);
  }
  prefix() {
    return this.address ? `${this.address}.` : "";
  }
  /** Evaluates module calls first (outputs may feed resources), then resources and imports. */
  expand() {
    for (const { name, block, file } of this.shape.calls) this.pendingCalls.set(name, { block, file });
    for (const name of [...this.pendingCalls.keys()]) this.expandPendingCall(name);
    for (const { block, file } of this.shape.members) {
      if (block.type === "import") this.addImport(block, file);
      else this.expandResource(block, file);
    }
  }
  /** Module calls are expanded in file order, or earlier when another call's input refers to them. */
  expandPendingCall(name) {
    const pending = this.pendingCalls.get(name);
    if (!pending) return;
    this.pendingCalls.delete(name);
    this.expandModuleCall(pending.block, pending.file);
  }
  instanceKeys(block, file, address) {
    const at = loc({ scope: this, file }, block.pos);
    const count = block.attributes.find((a) => a.name === "count");
    const forEach = block.attributes.find((a) => a.name === "for_each");
    if (count) {
      const v = evaluate(count.expr, { scope: this, file });
      const n = v.kind === "number" ? v.value : v.kind === "string" ? Number(v.value) : NaN;
      if (!Number.isInteger(n) || n < 0) {
        this.loader.notEvaluatedEntry(address, at, `count is not known statically (${v.kind === "unknown" ? v.reason : count.expr.src}); checked once with count.index unknown`);
        return { keys: null, keyed: true };
      }
      return {
        keyed: true,
        keys: Array.from({ length: n }, (_, i) => ({ key: i, vars: /* @__PURE__ */ new Map([["count", obj(at, { index: { kind: "number", value: i, loc: at } })]]) }))
      };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, { scope: this, file });
      if (v.kind === "object") {
        return {
          keyed: true,
          keys: [...v.entries.values()].sort((a, b) => a.key < b.key ? -1 : 1).map((e) => ({
            key: e.key,
            vars: /* @__PURE__ */ new Map([["each", obj(at, { key: { kind: "string", value: e.key, loc: e.keyLoc }, value: e.value })]])
          }))
        };
      }
      if (v.kind === "list" && v.items.every((i) => scalarText(i) !== void 0)) {
        return {
          keyed: true,
          keys: v.items.map((i) => ({ key: scalarText(i), vars: /* @__PURE__ */ new Map([["each", obj(at, { key: i, value: i })]]) }))
        };
      }
      this.loader.notEvaluatedEntry(address, at, `for_each is not known statically (${v.kind === "unknown" ? v.reason : "not a map or set of strings"}); checked once with each.key/each.value unknown`);
      return { keys: null, keyed: true };
    }
    return { keys: [{ key: "" }], keyed: false };
  }
  expandModuleCall(block, file) {
    const name = block.labels[0];
    if (!name) return;
    const address = `${this.prefix()}module.${name}`;
    const at = loc({ scope: this, file }, block.pos);
    const source = block.attributes.find((a) => a.name === "source");
    const sourceText = source?.expr.t === "lit" && typeof source.expr.v === "string" ? source.expr.v : void 0;
    if (!sourceText) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, "module source is not a literal string");
      return;
    }
    const call = this.loader.localModuleCalls(this.mod).find((c) => c.block === block);
    const version = block.attributes.find((a) => a.name === "version")?.expr;
    const found = call ? { dir: call.sourceDir } : this.loader.remoteModuleDir(this.rootDir, this.address, name, this.moduleDir, sourceText, version?.t === "lit" && typeof version.v === "string" ? version.v : void 0);
    if ("why" in found) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, found.why);
      if (this.loader.hasModuleSources && !("local" in found)) this.loader.error(file, `${address}: ${found.why}; its resources are not checked`);
      return;
    }
    const child = this.loader.readModule(found.dir) ? this.loader.module(found.dir) : void 0;
    if (!child) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, `module source ${JSON.stringify(sourceText)} has no readable .tf or .tf.json files`);
      return;
    }
    this.loader.moduleCalls.push({ name: `module.${name}`, callerDir: this.moduleDir, sourceDir: child.dir, loc: at });
    if (this.depth >= MAX_MODULE_DEPTH) {
      this.loader.error(file, `module ${address} nests more than ${MAX_MODULE_DEPTH} levels deep (a module cycle?); not followed`);
      return;
    }
    const { keys, keyed } = this.instanceKeys(block, file, address);
    const instances = /* @__PURE__ */ new Map();
    for (const k of keys ?? [{ key: "", vars: void 0 }]) {
      const inputs = /* @__PURE__ */ new Map();
      const ctx = { scope: this, file, vars: k.vars };
      for (const attr of block.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        let value;
        inputs.set(attr.name, () => value ??= evaluate(attr.expr, ctx));
      }
      const childAddress = keys === null || !keyed ? address : `${address}[${JSON.stringify(k.key)}]`;
      const site = {
        address: childAddress,
        loc: at,
        sourceDir: child.dir,
        variables: moduleVariables(child),
        arguments: () => [...inputs].map(([name2, value]) => ({ name: name2, value: value() }))
      };
      const instance = new _ModuleInstance(this.loader, child, childAddress, this.rootDir, inputs, this.depth + 1, [...this.callChain, site]);
      instances.set(String(k.key), instance);
      instance.expand();
    }
    this.children.set(name, { keyed: keyed && keys !== null, countKeyed: keys !== null && block.attributes.some((a) => a.name === "count"), unexpanded: keys === null, instances });
    this.childLocations.set(name, at);
  }
  expandResource(block, file) {
    const [type, name] = block.labels;
    const mode = block.type === "data" ? "data" : "managed";
    const base = `${this.prefix()}${mode === "data" ? "data." : ""}${type}.${name}`;
    const { keys } = this.instanceKeys(block, file, base);
    for (const k of keys ?? [{ key: void 0, vars: void 0 }]) {
      const ctx = { scope: this, file, vars: k.vars };
      const address = k.key === "" || k.key === void 0 ? base : `${base}[${JSON.stringify(k.key)}]`;
      this.loader.resources.push({
        mode,
        type,
        name,
        address,
        moduleAddress: this.address,
        moduleDir: this.moduleDir,
        rootDir: this.rootDir,
        instanceKey: k.key === "" ? void 0 : k.key,
        loc: loc(ctx, block.pos),
        body: this.evaluateBlock(block, ctx),
        ...this.callChain.length ? { callChain: this.callChain } : {}
      });
    }
  }
  evaluateBlock(block, ctx) {
    const attributes = /* @__PURE__ */ new Map();
    for (const attr of block.attributes) {
      if (attr.name === "count" || attr.name === "for_each") continue;
      attributes.set(attr.name, new Attribute(attr.name, loc(ctx, attr.pos), evaluate(attr.expr, ctx), attr.expr));
    }
    const out = { type: block.type, labels: block.labels, loc: loc(ctx, block.pos), attributes, blocks: [], unknownBlocks: [] };
    for (const child of block.blocks) {
      if (child.type === "dynamic" && child.labels[0]) this.expandDynamic(child, ctx, out);
      else out.blocks.push(this.evaluateBlock(child, ctx));
    }
    return out;
  }
  /** `dynamic "x" { for_each = ...; content { ... } }` becomes one `x` block per element. */
  expandDynamic(block, ctx, out) {
    const type = block.labels[0];
    const at = loc(ctx, block.pos);
    const forEach = block.attributes.find((a) => a.name === "for_each");
    const iterator = block.attributes.find((a) => a.name === "iterator");
    const iterName = iterator && iterator.expr.t === "var" ? iterator.expr.name : type;
    const content = block.blocks.find((b) => b.type === "content");
    if (!forEach || !content) return;
    const coll = evaluate(forEach.expr, ctx);
    let pairs;
    if (coll.kind === "list") pairs = coll.items.map((value, i) => ({ key: { kind: "number", value: i, loc: value.loc }, value }));
    else if (coll.kind === "object") pairs = [...coll.entries.values()].map((e) => ({ key: { kind: "string", value: e.key, loc: e.keyLoc }, value: e.value }));
    if (!pairs) {
      out.unknownBlocks.push({ type, reason: coll.kind === "unknown" ? coll.reason : `dynamic "${type}" for_each is not a collection`, loc: at });
      return;
    }
    for (const { key, value } of pairs) {
      const vars = new Map(ctx.vars ?? []);
      vars.set(iterName, obj(at, { key, value }));
      const evaluated = this.evaluateBlock({ ...content, type, labels: [] }, { ...ctx, vars });
      evaluated.loc = value.loc.file === at.file ? { ...at } : value.loc;
      out.blocks.push(evaluated);
    }
  }
  addImport(block, file) {
    const ctx = { scope: this, file };
    const to = block.attributes.find((a) => a.name === "to");
    const id = block.attributes.find((a) => a.name === "id") ?? block.attributes.find((a) => a.name === "identity");
    if (!to) return;
    const target = traversalText(to.expr) ?? to.expr.src;
    this.loader.imports.push({
      to: `${this.prefix()}${target}`,
      id: id ? evaluate(id.expr, ctx) : unknown("import block has no id", loc(ctx, block.pos)),
      loc: loc(ctx, block.pos),
      moduleDir: this.moduleDir,
      rootDir: this.rootDir
    });
  }
};
function obj(at, fields) {
  return {
    kind: "object",
    loc: at,
    entries: new Map(Object.entries(fields).map(([key, value]) => [key, { key, keyLoc: at, value }]))
  };
}
function markSensitive(v) {
  if (v.kind === "string") return { ...v, sensitive: true };
  if (v.kind === "list") return { ...v, items: v.items.map(markSensitive) };
  if (v.kind === "object") return { ...v, entries: new Map([...v.entries].map(([k, e]) => [k, { ...e, value: markSensitive(e.value) }])) };
  return v;
}
var Attribute = class {
  constructor(name, loc2, value, expr) {
    this.name = name;
    this.loc = loc2;
    this.value = value;
    this.expr = expr;
  }
  name;
  loc;
  value;
  expr;
  facts;
  get expression() {
    return (this.facts ??= expressionFacts(this.expr)).expression;
  }
  get references() {
    return (this.facts ??= expressionFacts(this.expr)).references;
  }
};
var factsOfExpression = /* @__PURE__ */ new WeakMap();
function expressionFacts(expr) {
  let facts = factsOfExpression.get(expr);
  if (!facts) {
    facts = { expression: expr.src.replace(/\s+/g, " ").trim(), references: collectReferences(expr) };
    factsOfExpression.set(expr, facts);
  }
  return facts;
}
var variablesOfModule = /* @__PURE__ */ new WeakMap();
function moduleVariables(mod) {
  let out = variablesOfModule.get(mod);
  if (!out) variablesOfModule.set(mod, out = listVariables(mod));
  return out;
}
function listVariables(mod) {
  const out = [];
  for (const f of mod.files) {
    for (const b of f.syntax.body.blocks) if (b.type === "variable" && b.labels[0]) out.push({ name: b.labels[0], loc: { file: f.path, line: b.pos.line, endLine: b.pos.line } });
  }
  return out;
}

// src/terraform/json-syntax.ts
var MAX_DEPTH = 512;
function readJson(text) {
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let line = 1;
  const fail2 = (what) => {
    throw new HclSyntaxError(`invalid JSON at line ${line}: ${what}`, line);
  };
  const skipWhitespace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) break;
      i++;
    }
  };
  const readString = () => {
    i++;
    let out = "";
    let chunk = i;
    for (; ; ) {
      if (i >= text.length) fail2("unterminated string");
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 32) fail2(c === 10 ? "line break inside a string (write \\n)" : "control character in string");
      if (c === 92) {
        out += text.slice(chunk, i);
        const escape = readJsonEscape(text, i) ?? fail2("invalid escape in string");
        out += escape.text;
        i += escape.length;
        chunk = i;
        continue;
      }
      i++;
    }
    out += text.slice(chunk, i);
    i++;
    return out;
  };
  const readValue = (depth) => {
    if (depth > MAX_DEPTH) fail2("nesting too deep");
    skipWhitespace();
    const start = i;
    const startLine = line;
    const done = (node) => ({ ...node, start, end: i, line: startLine, endLine: line });
    const c = text[i];
    if (c === "{") {
      i++;
      const props = [];
      skipWhitespace();
      if (text[i] === "}") {
        i++;
        return done({ k: "object", props });
      }
      for (; ; ) {
        skipWhitespace();
        if (text[i] !== '"') fail2("expected a property name in double quotes");
        const keyLine = line;
        const key = readString();
        skipWhitespace();
        if (text[i] !== ":") fail2("expected ':' after a property name");
        i++;
        props.push({ key, keyLine, value: readValue(depth + 1) });
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "}") {
          i++;
          break;
        }
        fail2("expected ',' or '}' in object");
      }
      return done({ k: "object", props });
    }
    if (c === "[") {
      i++;
      const items = [];
      skipWhitespace();
      if (text[i] === "]") {
        i++;
        return done({ k: "array", items });
      }
      for (; ; ) {
        items.push(readValue(depth + 1));
        skipWhitespace();
        if (text[i] === ",") {
          i++;
          continue;
        }
        if (text[i] === "]") {
          i++;
          break;
        }
        fail2("expected ',' or ']' in array");
      }
      return done({ k: "array", items });
    }
    if (c === '"') {
      const value = readString();
      return done({ k: "string", value });
    }
    if (text.startsWith("true", i)) {
      i += 4;
      return done({ k: "bool", value: true });
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return done({ k: "bool", value: false });
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return done({ k: "null" });
    }
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 64));
    if (number) {
      i += number[0].length;
      return done({ k: "number", value: Number(number[0]) });
    }
    return fail2(i >= text.length ? "unexpected end of input" : `unexpected character '${text[i]}'`);
  };
  const root = readValue(0);
  skipWhitespace();
  if (i < text.length) fail2("unexpected text after the JSON value");
  return root;
}
var NONE = {};
var PROVIDER_BLOCKS = {
  aws_ecs_service: {
    alarms: NONE,
    capacity_provider_strategy: NONE,
    deployment_circuit_breaker: NONE,
    deployment_configuration: { lifecycle_hook: NONE },
    deployment_controller: NONE,
    load_balancer: { advanced_configuration: NONE },
    network_configuration: NONE,
    ordered_placement_strategy: NONE,
    placement_constraints: NONE,
    service_connect_configuration: {
      log_configuration: { secret_option: NONE },
      service: { client_alias: { test_traffic_rules: { header: { value: NONE } } }, timeout: NONE, tls: { issuer_cert_authority: NONE } }
    },
    service_registries: NONE,
    volume_configuration: { managed_ebs_volume: { tag_specifications: NONE } },
    vpc_lattice_configurations: NONE
  },
  aws_ecs_task_definition: {
    ephemeral_storage: NONE,
    inference_accelerator: NONE,
    placement_constraints: NONE,
    proxy_configuration: NONE,
    runtime_platform: NONE,
    volume: {
      docker_volume_configuration: NONE,
      efs_volume_configuration: { authorization_config: NONE },
      fsx_windows_file_server_volume_configuration: { authorization_config: NONE }
    }
  },
  aws_ecs_task_set: {
    capacity_provider_strategy: NONE,
    load_balancer: NONE,
    network_configuration: NONE,
    scale: NONE,
    service_registries: NONE
  },
  aws_ecs_cluster: {
    configuration: { execute_command_configuration: { log_configuration: NONE }, managed_storage_configuration: NONE },
    service_connect_defaults: NONE,
    setting: NONE
  },
  aws_ecs_cluster_capacity_providers: { default_capacity_provider_strategy: NONE },
  aws_ecs_capacity_provider: {
    auto_scaling_group_provider: { managed_scaling: NONE },
    managed_instances_provider: {
      instance_launch_template: {
        instance_requirements: {
          accelerator_count: NONE,
          accelerator_total_memory_mib: NONE,
          baseline_ebs_bandwidth_mbps: NONE,
          memory_gib_per_vcpu: NONE,
          memory_mib: NONE,
          network_bandwidth_gbps: NONE,
          network_interface_count: NONE,
          total_local_storage_gb: NONE,
          vcpu_count: NONE
        },
        network_configuration: NONE,
        storage_configuration: NONE
      }
    }
  },
  aws_ecs_account_setting_default: NONE,
  aws_ecs_tag: NONE,
  aws_ecr_repository: { encryption_configuration: NONE, image_scanning_configuration: NONE, image_tag_mutability_exclusion_filter: NONE },
  aws_ecr_repository_policy: NONE,
  aws_ecr_lifecycle_policy: NONE,
  aws_iam_role: { inline_policy: NONE },
  aws_iam_role_policy: NONE,
  aws_iam_policy: NONE,
  aws_iam_role_policy_attachment: NONE,
  aws_iam_policy_attachment: NONE
};
var DATA_BLOCKS = {
  aws_iam_policy_document: { statement: { principals: NONE, not_principals: NONE, condition: NONE } }
};
function providerBody(blocks, extra = {}, modes) {
  const nested = { ...extra };
  for (const [name, inner] of Object.entries(blocks)) nested[name] = { labels: 0, body: () => providerBody(inner) };
  return { blocks: nested, modes, dynamic: true };
}
var noLabels = (body) => ({ labels: 0, body: () => body });
var CONDITION = noLabels({});
var CONNECTION = noLabels({ modes: { type: "literal" } });
function resourceMetaBlocks(managed) {
  const meta = {
    lifecycle: noLabels({
      modes: { ignore_changes: "expression", replace_triggered_by: "expression" },
      blocks: { precondition: CONDITION, postcondition: CONDITION }
    }),
    timeouts: noLabels({})
  };
  if (managed) {
    meta.connection = CONNECTION;
    meta.provisioner = { labels: 1, body: () => ({ blocks: { connection: CONNECTION } }) };
  }
  return meta;
}
var RESOURCE_MODES = { provider: "expression", depends_on: "expression" };
function resourceSchema(type) {
  return providerBody(PROVIDER_BLOCKS[type] ?? NONE, resourceMetaBlocks(true), RESOURCE_MODES);
}
function dataSchema(type) {
  return providerBody(DATA_BLOCKS[type] ?? NONE, resourceMetaBlocks(false), RESOURCE_MODES);
}
var LITERAL_BODY = { mode: "literal" };
var ROOT_BLOCKS = {
  resource: { labels: 2, body: (labels) => resourceSchema(labels[0]) },
  data: { labels: 2, body: (labels) => dataSchema(labels[0]) },
  module: {
    labels: 1,
    body: () => ({ modes: { source: "literal", version: "literal", providers: "expression", depends_on: "expression" } })
  },
  variable: {
    labels: 1,
    body: () => ({
      modes: { type: "expression", default: "literal", description: "literal", sensitive: "literal", nullable: "literal", ephemeral: "literal" },
      blocks: { validation: CONDITION }
    })
  },
  output: {
    labels: 1,
    body: () => ({
      modes: { description: "literal", sensitive: "literal", ephemeral: "literal", depends_on: "expression" },
      blocks: { precondition: CONDITION }
    })
  },
  provider: {
    labels: 1,
    body: () => ({
      modes: { alias: "literal", version: "literal" },
      blocks: {
        assume_role: noLabels({}),
        assume_role_with_web_identity: noLabels({}),
        default_tags: noLabels({}),
        ignore_tags: noLabels({}),
        endpoints: noLabels({})
      }
    })
  },
  locals: noLabels({}),
  // Nothing in a terraform block takes references or function calls, so its strings are literal.
  terraform: noLabels({
    mode: "literal",
    blocks: {
      backend: { labels: 1, body: () => LITERAL_BODY },
      cloud: noLabels({ mode: "literal", blocks: { workspaces: noLabels(LITERAL_BODY) } }),
      required_providers: noLabels(LITERAL_BODY),
      provider_meta: { labels: 1, body: () => LITERAL_BODY }
    }
  }),
  moved: noLabels({ modes: { from: "expression", to: "expression" } }),
  import: noLabels({ modes: { to: "expression", provider: "expression" } }),
  removed: noLabels({ modes: { from: "expression" }, blocks: resourceMetaBlocks(true) }),
  check: {
    labels: 1,
    body: () => ({ blocks: { data: { labels: 2, body: (labels) => dataSchema(labels[0]) }, assert: CONDITION } })
  }
};
function dynamicSchema(parent, type) {
  const target = parent.blocks?.[type];
  return {
    modes: { iterator: "expression" },
    blocks: { content: { labels: 0, body: () => target?.body([]) ?? { dynamic: true } } }
  };
}
var SUPPRESSION = /drift-guard:ignore\s+([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)(?:\s+until=(\S+))?(?:\s+(.*?))?\s*$/;
var JsonConverter = class {
  constructor(parser, source) {
    this.parser = parser;
    this.source = source;
  }
  parser;
  source;
  comments = [];
  file(root, lineCount) {
    if (root.k !== "object") throw this.error(root.line, "a .tf.json file must hold a JSON object");
    const body = { type: "", labels: [], pos: { line: 1, endLine: lineCount }, attributes: [], blocks: [] };
    for (const prop of root.props) {
      if (prop.key === "//") {
        this.comment(prop);
        continue;
      }
      const spec = ROOT_BLOCKS[prop.key];
      if (spec) body.blocks.push(...this.blocks(prop, spec));
      else if (prop.value.k === "object" || prop.value.k === "array") body.blocks.push(...this.blocks(prop, { labels: 0, body: () => ({}) }));
    }
    return { body, comments: mergeSameLine(this.comments), lineCount };
  }
  error(line, what) {
    return new HclSyntaxError(`invalid Terraform JSON at line ${line}: ${what}`, line);
  }
  pos(node) {
    if (node.end <= node.start) return { line: node.line, endLine: node.endLine };
    return { line: node.line, endLine: node.endLine, column: this.columnAt(node.start, node.line), endColumn: this.columnAt(node.end - 1, node.endLine) + 1 };
  }
  lineStarts;
  /** 1-based column (UTF-16 code units) of the character at `offset` on `line`; a byte order mark is no column. */
  columnAt(offset, line) {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = this.source.indexOf("\n"); i !== -1; i = this.source.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
    }
    const lineStart = this.lineStarts[line - 1] ?? 0;
    return offset - lineStart + 1 - (lineStart === 0 && this.source.charCodeAt(0) === 65279 ? 1 : 0);
  }
  src(node) {
    return this.source.slice(node.start, node.end);
  }
  /** `"//"` properties are comments: each string is one comment on the line it is written on. */
  comment(prop) {
    const v = prop.value;
    const out = [];
    const add = (line, text) => out.push({ line, text: `# ${text.replace(/\s*[\r\n]+\s*/g, " ")}` });
    if (v.k === "string") add(prop.keyLine, v.value);
    else if (v.k === "array" && v.items.every((i) => i.k === "string")) for (const item of v.items) add(item.line, item.value);
    else add(prop.keyLine, this.src(v));
    this.comments.push(...out);
    return out;
  }
  /** The blocks a property describes: one object level per label, arrays allowed at every level (several blocks, kept in order). */
  blocks(prop, spec) {
    const out = [];
    const collect = (node, labels, headerLine) => {
      if (node.k === "array") {
        for (const item of node.items) collect(item, labels, item.line);
        return;
      }
      if (node.k !== "object") throw this.error(node.line, `"${prop.key}" ${labels.length < spec.labels ? "labels" : "block"} must be given as a JSON object`);
      if (labels.length < spec.labels) {
        for (const p of node.props) {
          if (p.key === "//") this.comment(p);
          else collect(p.value, [...labels, p.key], p.keyLine);
        }
        return;
      }
      out.push(this.body(node, prop.key, labels, { line: headerLine, endLine: node.endLine }, spec.body(labels)));
    };
    collect(prop.value, [], prop.keyLine);
    return out;
  }
  body(node, type, labels, pos, schema) {
    const block = { type, labels, pos, attributes: [], blocks: [] };
    const suppressions = [];
    for (const prop of node.props) {
      if (prop.key === "//") {
        suppressions.push(...this.comment(prop).filter((c) => SUPPRESSION.test(c.text)));
        continue;
      }
      const nested = prop.key === "dynamic" && schema.dynamic ? { labels: 1, body: (l) => dynamicSchema(schema, l[0]) } : schema.blocks?.[prop.key];
      if (nested) {
        block.blocks.push(...this.blocks(prop, nested));
        continue;
      }
      const attribute = {
        name: prop.key,
        expr: this.expression(prop.value, schema.modes?.[prop.key] ?? schema.mode ?? "template"),
        pos: { line: prop.keyLine, endLine: prop.value.endLine }
      };
      block.attributes.push(attribute);
    }
    if ((type === "resource" || type === "data") && suppressions.length > 0) {
      this.comments.push(...suppressions.map((c) => ({ line: pos.line, text: c.text })));
    }
    return block;
  }
  expression(node, mode) {
    switch (node.k) {
      case "string":
        if (mode === "literal") return this.literal(node, node.value);
        if (mode === "expression") return this.parseExpression(node.value, node);
        return this.template(node.value, node);
      case "number":
      case "bool":
        return this.literal(node, node.value);
      case "null":
        return this.literal(node, null);
      case "array": {
        const items = node.items.map((i) => this.expression(i, mode));
        const src = mode === "expression" ? `[${items.map((i) => i.src).join(", ")}]` : this.src(node);
        return { t: "tuple", items, pos: this.pos(node), src };
      }
      case "object": {
        const elems = node.props.map((p) => {
          const keyNode = { k: "string", value: p.key, start: 0, end: 0, line: p.keyLine, endLine: p.keyLine };
          const keyPos = { line: p.keyLine, endLine: p.keyLine };
          const key = mode === "template" && hasTemplateSyntax(p.key) ? this.template(p.key, keyNode) : { t: "lit", v: p.key, pos: keyPos, src: JSON.stringify(p.key) };
          return { key, keyIsIdent: false, keyPos, value: this.expression(p.value, mode) };
        });
        return { t: "object", elems, pos: this.pos(node), src: this.src(node) };
      }
    }
  }
  literal(node, v) {
    return { t: "lit", v, pos: this.pos(node), src: this.src(node) };
  }
  /** A string template. `"${x}"` alone is x itself (the spec: its value is taken without conversion to string). */
  template(text, node) {
    if (!hasTemplateSyntax(text)) return this.literal(node, text);
    let parts;
    try {
      parts = parseTemplateWith(this.parser, text, node.line, false);
    } catch (e) {
      if (e instanceof HclSyntaxError) throw this.error(node.line, `invalid template ${JSON.stringify(clip(text))}`);
      throw e;
    }
    parts = parts.filter((p) => p.t !== "text" || p.text !== "");
    if (text.includes("\n")) pinParts(parts, node.line);
    if (parts.length === 1 && parts[0].t === "interp") return parts[0].expr;
    return { t: "tmpl", parts, heredoc: true, pos: this.pos(node), src: this.src(node) };
  }
  /** A string the spec reads as an expression (references, keywords, type constraints). */
  parseExpression(text, node) {
    let file;
    try {
      file = parseHclWith(this.parser, `x = ${text}
`, 1 - node.line, false);
    } catch (e) {
      if (e instanceof HclSyntaxError) throw this.error(node.line, `${JSON.stringify(clip(text))} is not a valid expression`);
      throw e;
    }
    const expr = file.body.attributes[0]?.expr;
    if (!expr || file.body.attributes.length !== 1 || file.body.blocks.length > 0) {
      throw this.error(node.line, `${JSON.stringify(clip(text))} is not a valid expression`);
    }
    if (text.includes("\n")) pinExpr(expr, node.line);
    return expr;
  }
};
function hasTemplateSyntax(text) {
  return text.includes("${") || text.includes("%{");
}
function clip(text) {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function pinParts(parts, line) {
  for (const p of parts) {
    if (p.t === "text") p.line = line;
    else if (p.t === "interp") pinExpr(p.expr, line);
    else if (p.t === "if") {
      pinExpr(p.cond, line);
      pinParts(p.then, line);
      pinParts(p.else, line);
    } else {
      pinExpr(p.coll, line);
      pinParts(p.body, line);
    }
  }
}
function pinExpr(e, line) {
  if (!e) return;
  e.pos = { line, endLine: line };
  switch (e.t) {
    case "tmpl":
      pinParts(e.parts, line);
      break;
    case "tuple":
      e.items.forEach((i) => pinExpr(i, line));
      break;
    case "object":
      for (const el of e.elems) {
        pinExpr(el.key, line);
        el.keyPos = { line, endLine: line };
        pinExpr(el.value, line);
      }
      break;
    case "attr":
      pinExpr(e.obj, line);
      break;
    case "index":
      pinExpr(e.obj, line);
      pinExpr(e.key, line);
      break;
    case "splat": {
      pinExpr(e.obj, line);
      const rest = e.rest;
      e.rest = (x) => {
        const r = rest(x);
        pinExpr(r, line);
        return r;
      };
      break;
    }
    case "call":
      e.args.forEach((a) => pinExpr(a, line));
      break;
    case "for":
      pinExpr(e.coll, line);
      pinExpr(e.keyExpr, line);
      pinExpr(e.valueExpr, line);
      pinExpr(e.cond, line);
      break;
    case "cond":
      pinExpr(e.cond, line);
      pinExpr(e.a, line);
      pinExpr(e.b, line);
      break;
    case "bin":
      pinExpr(e.l, line);
      pinExpr(e.r, line);
      break;
    case "un":
      pinExpr(e.e, line);
      break;
  }
}
function mergeSameLine(comments) {
  const byLine = /* @__PURE__ */ new Map();
  for (const c of comments) {
    if (!SUPPRESSION.test(c.text)) continue;
    const list = byLine.get(c.line);
    if (list) list.push(c);
    else byLine.set(c.line, [c]);
  }
  const merged = /* @__PURE__ */ new Map();
  for (const [line, list] of byLine) {
    const texts = [...new Set(list.map((c) => c.text))];
    if (texts.length < 2) continue;
    const rules = /* @__PURE__ */ new Set();
    const untils = [];
    const reasons = [];
    for (const t of texts) {
      const m = SUPPRESSION.exec(t);
      for (const r of m[1].split(",")) rules.add(r.trim());
      if (m[2]) untils.push(m[2]);
      if (m[3]?.trim() && !reasons.includes(m[3].trim())) reasons.push(m[3].trim());
    }
    const until = untils.sort()[0];
    merged.set(line, `# drift-guard:ignore ${[...rules].join(",")}${until ? ` until=${until}` : ""}${reasons.length ? ` ${reasons.join("; ")}` : ""}`);
  }
  const out = [];
  const emitted = /* @__PURE__ */ new Set();
  for (const c of comments) {
    const m = merged.get(c.line);
    const comment = m !== void 0 && SUPPRESSION.test(c.text) ? { line: c.line, text: m } : c;
    const key = `${comment.line}\0${comment.text}`;
    if (emitted.has(key)) continue;
    emitted.add(key);
    out.push(comment);
  }
  return out.sort((a, b) => a.line - b.line);
}
function parseTerraformJson(parser, source) {
  const root = readJson(source);
  let lineCount = 1;
  for (let i = source.indexOf("\n"); i !== -1; i = source.indexOf("\n", i + 1)) lineCount++;
  return new JsonConverter(parser, source).file(root, lineCount);
}

// src/terraform/module-sources/source-address.ts
var DEFAULT_REGISTRY_HOST = "registry.terraform.io";
var REGISTRY_PART = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;
var SYSTEM_PART = /^[0-9a-z]{1,64}$/;
var NOT_REGISTRY_HOSTS = /* @__PURE__ */ new Set(["github.com", "bitbucket.org", "gitlab.com"]);
function isLocalSource(source) {
  return source.startsWith("./") || source.startsWith("../") || source.startsWith(".\\") || source.startsWith("..\\");
}
function splitSubdir(source) {
  const schemeEnd = source.indexOf("://");
  const from = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const queryStart = source.indexOf("?", from);
  const beforeQuery = queryStart >= 0 ? source.slice(0, queryStart) : source;
  const query = queryStart >= 0 ? source.slice(queryStart) : "";
  const slash = beforeQuery.indexOf("//", from);
  if (slash < 0) return { base: source, subdir: "" };
  return { base: beforeQuery.slice(0, slash) + query, subdir: beforeQuery.slice(slash + 2).replace(/^\/+|\/+$/g, "") };
}
function archiveFormatOf(path, archiveParam) {
  const name = (archiveParam ?? path).toLowerCase();
  if (name.endsWith("tar.gz") || name.endsWith("tgz")) return "tar.gz";
  if (name.endsWith("zip")) return "zip";
  if (name.endsWith("tar")) return "tar";
  return void 0;
}
function parseRegistry(base, subdir) {
  if (base.includes("://") || base.includes("?") || base.includes("::")) return void 0;
  const parts = base.split("/");
  if (parts.length !== 3 && parts.length !== 4) return void 0;
  const host = parts.length === 4 ? parts[0].toLowerCase() : DEFAULT_REGISTRY_HOST;
  const [namespace, name, system] = parts.slice(-3);
  if (NOT_REGISTRY_HOSTS.has(host)) return void 0;
  if (parts.length === 4 && !/^[0-9a-z.-]+(?::\d+)?$/.test(host)) return void 0;
  if (!REGISTRY_PART.test(namespace) || !REGISTRY_PART.test(name) || !SYSTEM_PART.test(system.toLowerCase())) return void 0;
  return { kind: "registry", host, namespace, name, system, subdir };
}
function gitSource(rawUrl, subdir) {
  const q = rawUrl.indexOf("?");
  const params = new URLSearchParams(q >= 0 ? rawUrl.slice(q + 1) : "");
  const url = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
  const ref = params.get("ref") ?? void 0;
  const depth = params.get("depth") ? Number(params.get("depth")) : void 0;
  if (ref !== void 0 && (ref === "" || ref.startsWith("-"))) return { kind: "unsupported", why: `git ref ${JSON.stringify(ref)} is not a revision` };
  if (url.startsWith("-")) return { kind: "unsupported", why: 'git URL starts with "-"' };
  return { kind: "git", url, ref, depth: Number.isInteger(depth) && depth > 0 ? depth : void 0, subdir };
}
function parseModuleSource(source) {
  if (isLocalSource(source)) return { kind: "local", path: source };
  const { base, subdir } = splitSubdir(source);
  if (subdir.split("/").includes("..")) return { kind: "unsupported", why: `subdirectory ${JSON.stringify(subdir)} leaves the package` };
  const registry = parseRegistry(base, subdir);
  if (registry) return registry;
  const forced = /^([a-z0-9]+)::(.*)$/.exec(base);
  if (forced) {
    if (forced[1] === "git") return gitSource(forced[2], subdir);
    if (forced[1] === "http" || forced[1] === "https") return httpSource(forced[2], subdir);
    return { kind: "unsupported", why: `${forced[1]}:: sources are not supported (only git::, http(s) archives and registries)` };
  }
  const scp = /^([A-Za-z0-9._-]+@[A-Za-z0-9.-]+):([^/].*)$/.exec(base);
  if (scp && !base.includes("://")) return gitSource(`ssh://${scp[1]}/${scp[2]}`, subdir);
  const gh = /^github\.com\/([^/?]+)\/([^/?]+?)(?:\.git)?(\?.*)?$/.exec(base);
  if (gh) return gitSource(`https://github.com/${gh[1]}/${gh[2]}.git${gh[3] ?? ""}`, subdir);
  if (/^https?:\/\//i.test(base)) return httpSource(base, subdir);
  if (/^(s3|gcs|hg)::/.test(base) || base.startsWith("bitbucket.org/")) return { kind: "unsupported", why: "this source type is not supported (only registries, git and http(s) archives)" };
  return { kind: "unsupported", why: "not a registry address, git URL or http(s) archive" };
}
function httpSource(url, subdir) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: "unsupported", why: "not a valid URL" };
  }
  const format = archiveFormatOf(parsed.pathname, parsed.searchParams.get("archive"));
  if (format) {
    parsed.searchParams.delete("archive");
    return { kind: "archive", url: parsed.toString(), format, subdir };
  }
  return { kind: "http", url: parsed.toString(), subdir };
}
function packageKey(source, version) {
  switch (source.kind) {
    case "registry":
      return `registry ${source.host}/${source.namespace}/${source.name}/${source.system} ${version ?? ""}`;
    case "git":
      return `git ${source.url} ${source.ref ?? ""} ${source.depth ?? ""}`;
    case "archive":
      return `archive ${source.format} ${source.url}`;
    case "http":
      return `http ${source.url}`;
    default:
      return "";
  }
}
function describeSource(source) {
  return source.replace(/(\/\/)[^/@\s]*:[^/@\s]*@/g, "$1***@");
}

// src/terraform/file-text.ts
import { readSync } from "node:fs";
var UTF8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(buffer) {
  return UTF8.decode(buffer);
}
function firstNonUtf8OutsideComments(text, comments) {
  const inComments = /* @__PURE__ */ new Map();
  for (const c of comments) {
    c.text.split("\n").forEach((part, i) => {
      const n = part.split("\uFFFD").length - 1;
      if (n > 0) inComments.set(c.line + i, (inComments.get(c.line + i) ?? 0) + n);
    });
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i].split("\uFFFD").length - 1;
    if (n > (inComments.get(i + 1) ?? 0)) return i + 1;
  }
  return void 0;
}
function readExactly(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return read === size ? buffer : buffer.subarray(0, read);
}

// src/terraform/parse-pool.ts
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var DEFAULT_MIN_FILES = 256;
var MAX_THREADS = 4;
var CHUNK_BYTES = 64 * 1024;
function bundledWorker() {
  const here = dirname(fileURLToPath(import.meta.url));
  return [here, join(here, "..")].flatMap((dir) => ["parse-worker.js", "parse-worker.mjs"].map((f) => join(dir, f))).find((f) => existsSync(f));
}
function parseThreads(options = {}, env = process.env) {
  const fromEnv = env.ECS_DRIFT_GUARD_PARSE_THREADS;
  const wanted = options.threads ?? (fromEnv !== void 0 && /^\d+$/.test(fromEnv) ? Number(fromEnv) : Math.min(availableParallelism(), MAX_THREADS));
  return Math.max(1, Math.floor(wanted));
}
var ParsePool = class {
  constructor(parser, options = {}) {
    this.parser = parser;
    this.parseOnMain = options.parseOnMain ?? true;
    this.threads = parseThreads(options);
    this.minFiles = options.minFiles ?? DEFAULT_MIN_FILES;
    this.workerFile = options.workerFile ?? bundledWorker();
  }
  parser;
  threadsStarted;
  round;
  threads;
  minFiles;
  workerFile;
  parseOnMain;
  requests = 0;
  /** Chunks the worker threads parsed, over the pool's life (for tests). */
  workerChunks = 0;
  /** Whether this many files are parsed on worker threads too. */
  useThreads(files) {
    return this.threads > 1 && this.workerFile !== void 0 && files >= this.minFiles;
  }
  /**
   * Reads (with `read`, on this thread, in order, each just before its chunk is parsed) and
   * parses the files at `paths`.
   */
  async parseAll(paths, read) {
    const parsed = /* @__PURE__ */ new Map();
    if (!this.useThreads(paths.length)) {
      for (const path of paths) {
        const text = read(path);
        if (text !== void 0) parsed.set(path, { text, outcome: this.parseHere(text) });
      }
      return parsed;
    }
    this.warmUp(paths.length);
    await this.share(paths, read, parsed);
    return parsed;
  }
  /** Starts the worker threads now when `files` files will need them (a walk calls this, so that they load while it goes on). */
  warmUp(files) {
    if (this.useThreads(files)) this.threadsStarted ??= this.start(this.workerFile);
  }
  /** Stops the worker threads; the pool starts new ones if asked to parse again. */
  async close() {
    const threads = this.threadsStarted ?? [];
    this.threadsStarted = void 0;
    await Promise.all(threads.map((t) => t.worker.terminate()));
  }
  start(file) {
    const threads = [];
    for (let i = 1; i < this.threads; i++) {
      const thread = { worker: new Worker(file), ready: false, dead: false, pending: /* @__PURE__ */ new Map() };
      const lost = () => {
        if (thread.dead) return;
        thread.dead = true;
        this.round?.lost(thread);
      };
      thread.worker.on("message", (message) => {
        if ("ready" in message) {
          thread.ready = true;
          this.round?.ready(thread);
        } else this.round?.reply(thread, message);
      });
      thread.worker.on("error", lost);
      thread.worker.on("exit", lost);
      threads.push(thread);
    }
    return threads;
  }
  parseHere(text) {
    return syntaxOrError(() => parseHclWith(this.parser, text));
  }
  /** The outcome of a parse a worker did: converted here, or parsed again here when the worker could not. */
  fromWorker(text, result) {
    if (!result || "retry" in result) return this.parseHere(text);
    return syntaxOrError(() => fileFromTransfer(this.parser, text, result));
  }
  /**
   * The main thread and every ready worker take chunks from one queue until all are parsed. Each
   * worker holds two chunks, so that it never waits for the main thread, which sends and converts
   * only between its own chunks. With the queue empty, the main thread takes back a worker's
   * second chunk, which the worker has not started, rather than wait for it.
   */
  async share(paths, read, parsed) {
    let nextPath = 0;
    const returned = [];
    const take = () => {
      if (returned.length > 0) return returned.shift();
      const chunk = [];
      let bytes = 0;
      while (nextPath < paths.length && bytes < CHUNK_BYTES) {
        const path = paths[nextPath++];
        const text = read(path);
        if (text === void 0) continue;
        chunk.push({ path, text });
        bytes += text.length;
      }
      return chunk.length > 0 ? chunk : void 0;
    };
    const failure = { failed: false };
    let wake;
    const poke = () => {
      const w = wake;
      wake = void 0;
      w?.();
    };
    const feed = (thread) => {
      while (!thread.dead && thread.pending.size < 2) {
        const chunk = take();
        if (!chunk) return;
        const id = ++this.requests;
        thread.pending.set(id, chunk);
        thread.worker.postMessage({ id, texts: chunk.map((j) => j.text) });
      }
    };
    const threads = (this.threadsStarted ?? []).filter((t) => !t.dead);
    const steal = () => {
      for (const thread of threads) {
        if (thread.dead || thread.pending.size < 2) continue;
        const [id, chunk] = [...thread.pending].pop();
        thread.pending.delete(id);
        return chunk;
      }
      return void 0;
    };
    this.round = {
      ready: feed,
      reply: (thread, { id, results }) => {
        const chunk = thread.pending.get(id);
        if (!chunk) return;
        thread.pending.delete(id);
        this.workerChunks++;
        try {
          chunk.forEach((job, i) => parsed.set(job.path, { text: job.text, outcome: this.fromWorker(job.text, results[i]) }));
        } catch (e) {
          if (!failure.failed) Object.assign(failure, { failed: true, error: e });
        }
        feed(thread);
        poke();
      },
      lost: (thread) => {
        returned.push(...thread.pending.values());
        thread.pending.clear();
        poke();
      }
    };
    try {
      for (const thread of threads) if (thread.ready) feed(thread);
      for (; ; ) {
        if (failure.failed) throw failure.error;
        const live = threads.some((t) => !t.dead);
        const chunk = this.parseOnMain || !live ? take() ?? steal() : void 0;
        if (chunk) {
          for (const job of chunk) parsed.set(job.path, { text: job.text, outcome: this.parseHere(job.text) });
          await new Promise((resolve4) => setImmediate(resolve4));
          continue;
        }
        const out = threads.some((t) => t.pending.size > 0 && !t.dead);
        if (!out && (this.parseOnMain || !live || returned.length === 0 && nextPath >= paths.length)) break;
        await new Promise((resolve4) => {
          wake = resolve4;
        });
      }
      if (failure.failed) throw failure.error;
    } finally {
      this.round = void 0;
      for (const thread of threads) thread.pending.clear();
    }
  }
};
function syntaxOrError(parse) {
  try {
    return { syntax: parse() };
  } catch (e) {
    if (e instanceof HclSyntaxError) return { error: e };
    throw e;
  }
}

// src/terraform/module-sources/index.ts
import { readFileSync as readFileSync3 } from "node:fs";

// src/terraform/module-sources/cli-config.ts
function literalText(expr) {
  if (expr.t === "lit" && typeof expr.v === "string") return expr.v;
  if (expr.t === "var") return expr.name;
  if (expr.t === "tmpl" && expr.parts.every((p) => p.t === "text")) return expr.parts.map((p) => p.text).join("");
  return void 0;
}
function parseCliConfig(parser, text, tokenEnv) {
  const hosts = /* @__PURE__ */ new Map();
  const tokens = /* @__PURE__ */ new Map();
  if (text !== void 0) {
    const syntax = parseHclWith(parser, text);
    for (const block of syntax.body.blocks) {
      const host = block.labels[0]?.toLowerCase();
      if (!host) continue;
      if (block.type === "host") {
        const services = block.attributes.find((a) => a.name === "services");
        const map = {};
        if (services?.expr.t === "object") {
          for (const e of services.expr.elems) {
            const k = literalText(e.key);
            const v = literalText(e.value);
            if (k !== void 0 && v !== void 0) map[k] = v;
          }
        }
        hosts.set(host, map);
      } else if (block.type === "credentials") {
        const token = block.attributes.find((a) => a.name === "token");
        const value = token && literalText(token.expr);
        if (value) tokens.set(host, value);
      }
    }
  }
  for (const [name, value] of Object.entries(tokenEnv)) {
    if (!value) continue;
    const host = name.replace(/^TF_TOKEN_/i, "").replace(/__/g, "\0").replace(/_/g, ".").replace(/\u0000/g, "-").toLowerCase();
    tokens.set(host, value);
  }
  return { hosts, tokens };
}

// src/terraform/module-sources/package-cache.ts
import { execFile } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync as existsSync2, mkdirSync as mkdirSync2, readFileSync, renameSync, rmSync, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname as dirname3, join as join2, resolve as resolve2, sep as sep2 } from "node:path";

// src/terraform/module-sources/archive.ts
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { dirname as dirname2, isAbsolute, relative, resolve, sep } from "node:path";
import { gunzipSync, inflateRawSync } from "node:zlib";
var DEFAULT_ARCHIVE_LIMITS = { maxBytes: 256 * 1024 * 1024, maxEntries: 2e4 };
var ArchiveError = class extends Error {
  name = "ArchiveError";
};
function targetPath(root, name) {
  const clean = name.replace(/\\/g, "/").replace(/^\.\/+/, "");
  if (clean === "" || clean === "." || clean === "./") return void 0;
  if (clean.startsWith("/") || isAbsolute(clean) || /^[A-Za-z]:/.test(clean)) throw new ArchiveError(`archive entry ${JSON.stringify(name)} has an absolute path`);
  const target = resolve(root, clean);
  if (target !== root && !target.startsWith(root + sep)) throw new ArchiveError(`archive entry ${JSON.stringify(name)} leaves the extraction folder`);
  return target;
}
function writeEntries(root, entries, limits) {
  if (entries.length > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  mkdirSync(root, { recursive: true });
  const links = [];
  for (const e of entries) {
    const target = targetPath(root, e.path);
    if (!target) continue;
    if (e.type === "dir") mkdirSync(target, { recursive: true });
    else if (e.type === "file") {
      mkdirSync(dirname2(target), { recursive: true });
      writeFileSync(target, e.data ?? Buffer.alloc(0), { flag: "w" });
      if (e.mode !== void 0) chmodSync(target, e.mode & 73 ? 493 : 420);
    } else links.push({ target, link: e.linkTarget ?? "", name: e.path });
  }
  for (const l of links) {
    if (isAbsolute(l.link)) throw new ArchiveError(`archive symlink ${JSON.stringify(l.name)} points to an absolute path`);
    const resolved = resolve(dirname2(l.target), l.link);
    if (resolved !== root && !resolved.startsWith(root + sep)) throw new ArchiveError(`archive symlink ${JSON.stringify(l.name)} points out of the extraction folder`);
    mkdirSync(dirname2(l.target), { recursive: true });
    try {
      symlinkSync(relative(dirname2(l.target), resolved) || ".", l.target);
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
}
function octal(buf, start, length) {
  if (buf[start] & 128) {
    let n = 0;
    for (let i = start + 1; i < start + length; i++) n = n * 256 + buf[i];
    return n;
  }
  const text = buf.toString("latin1", start, start + length).replace(/\0.*$/s, "").trim();
  return text ? parseInt(text, 8) : 0;
}
function cString(buf, start, length) {
  const end = buf.indexOf(0, start);
  return buf.toString("utf8", start, end >= 0 && end < start + length ? end : start + length);
}
function readTarEntries(tar, limits = DEFAULT_ARCHIVE_LIMITS) {
  const entries = [];
  let offset = 0;
  let total = 0;
  let longName;
  let longLink;
  let pax = {};
  while (offset + 512 <= tar.length) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const size = octal(header, 124, 12);
    const type = String.fromCharCode(header[156] || 48);
    const dataStart = offset + 512;
    if (size < 0 || dataStart + size > tar.length) throw new ArchiveError("tar archive is truncated");
    const data = tar.subarray(dataStart, dataStart + size);
    offset = dataStart + Math.ceil(size / 512) * 512;
    if (type === "x") {
      pax = parsePax(data);
      continue;
    }
    if (type === "g") continue;
    if (type === "L") {
      longName = cString(data, 0, data.length);
      continue;
    }
    if (type === "K") {
      longLink = cString(data, 0, data.length);
      continue;
    }
    const prefix = header.toString("latin1", 257, 262) === "ustar" ? cString(header, 345, 155) : "";
    const name = pax.path ?? longName ?? (prefix ? `${prefix}/${cString(header, 0, 100)}` : cString(header, 0, 100));
    const link = pax.linkpath ?? longLink ?? cString(header, 157, 100);
    const mode = octal(header, 100, 8);
    longName = longLink = void 0;
    pax = {};
    if (type === "0" || type === "7") {
      total += size;
      if (total > limits.maxBytes) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
      entries.push({ path: name, type: "file", data: Buffer.from(data), mode });
    } else if (type === "5") entries.push({ path: name, type: "dir" });
    else if (type === "2") entries.push({ path: name, type: "symlink", linkTarget: link });
    else if (type === "1") throw new ArchiveError(`archive entry ${JSON.stringify(name)} is a hard link; not extracted`);
    if (entries.length > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  }
  return entries;
}
function parsePax(data) {
  const out = {};
  let i = 0;
  while (i < data.length) {
    const space = data.indexOf(32, i);
    if (space < 0) break;
    const len = Number(data.toString("latin1", i, space));
    if (!Number.isInteger(len) || len <= 0) break;
    const record = data.toString("utf8", space + 1, i + len - 1);
    const eq = record.indexOf("=");
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    i += len;
  }
  return out;
}
function readZipEntries(zip, limits = DEFAULT_ARCHIVE_LIMITS) {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === 101010256) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ArchiveError("not a zip archive (no end of central directory)");
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (count === 65535 || p === 4294967295) throw new ArchiveError("zip64 archives are not supported");
  if (count > limits.maxEntries) throw new ArchiveError(`archive has more than ${limits.maxEntries} entries`);
  const entries = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== 33639248) throw new ArchiveError("zip central directory is damaged");
    const flags = zip.readUInt16LE(p + 8);
    const method = zip.readUInt16LE(p + 10);
    const compressed = zip.readUInt32LE(p + 20);
    const size = zip.readUInt32LE(p + 24);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const external = zip.readUInt32LE(p + 38);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.toString(flags & 2048 ? "utf8" : "latin1", p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ArchiveError(`zip entry ${JSON.stringify(name)} is encrypted`);
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== 67324752) throw new ArchiveError("zip local header is damaged");
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    if (dataStart + compressed > zip.length) throw new ArchiveError("zip archive is truncated");
    const unixMode = external >>> 16;
    const isDir = name.endsWith("/") || (unixMode & 61440) === 16384;
    if (isDir) {
      entries.push({ path: name, type: "dir" });
      continue;
    }
    total += size;
    if (total > limits.maxBytes) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
    const raw = zip.subarray(dataStart, dataStart + compressed);
    let data;
    if (method === 0) data = Buffer.from(raw);
    else if (method === 8) data = inflateRawSync(raw, { maxOutputLength: Math.max(1, size) });
    else throw new ArchiveError(`zip entry ${JSON.stringify(name)} uses compression method ${method}; not supported`);
    if (data.length !== size) throw new ArchiveError(`zip entry ${JSON.stringify(name)} does not match its recorded size`);
    if ((unixMode & 61440) === 40960) entries.push({ path: name, type: "symlink", linkTarget: data.toString("utf8") });
    else entries.push({ path: name, type: "file", data, mode: unixMode & 511 || void 0 });
  }
  return entries;
}
function extractArchive(archive, format, root, limits = DEFAULT_ARCHIVE_LIMITS) {
  let entries;
  try {
    if (format === "zip") entries = readZipEntries(archive, limits);
    else {
      const tar = format === "tar.gz" ? gunzipSync(archive, { maxOutputLength: limits.maxBytes + 1024 * 1024 }) : archive;
      entries = readTarEntries(tar, limits);
    }
  } catch (e) {
    if (e instanceof ArchiveError) throw e;
    if (e.code === "ERR_BUFFER_TOO_LARGE" || e instanceof RangeError) throw new ArchiveError(`archive unpacks to more than ${limits.maxBytes} bytes`);
    throw new ArchiveError(`cannot read ${format} archive: ${e.message}`);
  }
  writeEntries(resolve(root), entries, limits);
}

// src/terraform/module-sources/registry-client.ts
var ModuleFetchError = class extends Error {
  name = "ModuleFetchError";
};
async function httpGet(url, options, token) {
  let response;
  try {
    response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      redirect: "follow",
      signal: AbortSignal.timeout(options.timeoutMs)
    });
  } catch (e) {
    const err = e;
    const why = err.name === "TimeoutError" ? `no answer within ${options.timeoutMs / 1e3} s` : err.cause?.code ?? err.message;
    throw new ModuleFetchError(`${new URL(url).host}: ${why}`);
  }
  const declared = Number(response.headers.get("content-length") ?? "0");
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new ModuleFetchError(`${new URL(url).host}: response larger than ${options.maxBytes} bytes`);
  }
  const chunks = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body) {
      size += chunk.length;
      if (size > options.maxBytes) throw new ModuleFetchError(`${new URL(url).host}: response larger than ${options.maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
  }
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks), url: response.url || url };
}
function statusError(what, url, status) {
  const hint = status === 401 || status === 403 ? " (set a token: a `credentials` block in the Terraform CLI config or TF_TOKEN_<host>)" : "";
  return new ModuleFetchError(`${new URL(url).host}: ${what} answered HTTP ${status}${hint}`);
}
var RegistryClient = class {
  constructor(cliConfig, http) {
    this.cliConfig = cliConfig;
    this.http = http;
  }
  cliConfig;
  http;
  bases = /* @__PURE__ */ new Map();
  tokenFor(host) {
    return this.cliConfig.tokens.get(host.toLowerCase());
  }
  /** The `modules.v1` base URL of a host: a CLI config `host` block, else service discovery over https. */
  modulesBase(host) {
    let base = this.bases.get(host);
    if (!base) {
      base = this.discover(host);
      this.bases.set(host, base);
    }
    return base;
  }
  async discover(host) {
    const configured = this.cliConfig.hosts.get(host)?.["modules.v1"];
    if (configured) return configured.endsWith("/") ? configured : `${configured}/`;
    if (this.cliConfig.hosts.has(host)) throw new ModuleFetchError(`${host}: its host block in the Terraform CLI config declares no modules.v1 service`);
    const url = `https://${host}/.well-known/terraform.json`;
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status !== 200) throw statusError("service discovery", url, res.status);
    let doc;
    try {
      doc = JSON.parse(res.body.toString("utf8"));
    } catch {
      throw new ModuleFetchError(`${host}: service discovery did not return JSON`);
    }
    const v1 = doc["modules.v1"];
    if (typeof v1 !== "string") throw new ModuleFetchError(`${host}: is not a module registry (no modules.v1 in service discovery)`);
    const resolved = new URL(v1, res.url).toString();
    return resolved.endsWith("/") ? resolved : `${resolved}/`;
  }
  versionLists = /* @__PURE__ */ new Map();
  /** The versions of a module, asked once per run however many calls use it. */
  versions(host, path) {
    const key = `${host}/${path}`;
    let list = this.versionLists.get(key);
    if (!list) {
      list = this.fetchVersions(host, path);
      this.versionLists.set(key, list);
    }
    return list;
  }
  async fetchVersions(host, path) {
    const url = new URL(`${path}/versions`, await this.modulesBase(host)).toString();
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status === 404) throw new ModuleFetchError(`${host}: module ${path} not found (HTTP 404)`);
    if (res.status !== 200) throw statusError(`versions of ${path}`, url, res.status);
    try {
      const doc = JSON.parse(res.body.toString("utf8"));
      return (doc.modules?.[0]?.versions ?? []).map((v) => v.version).filter((v) => typeof v === "string");
    } catch {
      throw new ModuleFetchError(`${host}: versions of ${path} are not JSON`);
    }
  }
  /** The package address (`X-Terraform-Get`), absolute. */
  async downloadAddress(host, path, version) {
    const url = new URL(`${path}/${encodeURIComponent(version)}/download`, await this.modulesBase(host)).toString();
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status !== 204 && res.status !== 200) throw statusError(`download of ${path} ${version}`, url, res.status);
    const get = res.headers.get("x-terraform-get");
    if (!get) throw new ModuleFetchError(`${host}: download of ${path} ${version} has no X-Terraform-Get header`);
    if (/^[a-z0-9]+::/i.test(get) || /^[a-z][a-z0-9+.-]*:\/\//i.test(get) || /^github\.com\//.test(get) || /^[^/]+@[^/]+:/.test(get)) return get;
    return new URL(get, res.url).toString();
  }
};

// src/terraform/module-sources/package-cache.ts
var VERSION_LIST_MAX_AGE_MS = 60 * 60 * 1e3;
var WorkQueue = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  running = 0;
  waiting = [];
  async run(work) {
    if (this.running >= this.limit) await new Promise((r) => this.waiting.push(r));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
};
function runGit(args, options, cwd) {
  return new Promise((done, fail2) => {
    execFile("git", args, { cwd, env: options.gitEnv, timeout: options.gitTimeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return done();
      const e = error;
      if (e.code === "ENOENT") return fail2(new ModuleFetchError("git is not installed (needed for git module sources)"));
      const lines = String(stderr).trim().split("\n").filter(Boolean);
      const last = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.pop() ?? e.message;
      fail2(new ModuleFetchError(e.killed ? `git ${args[0]} took longer than ${options.gitTimeoutMs / 1e3} s` : `git ${args[0]} failed: ${describeSource(last)}`));
    });
  });
}
var PackageCache = class {
  constructor(registry, options) {
    this.registry = registry;
    this.options = options;
    this.options = { ...options, cacheDir: resolve2(options.cacheDir) };
    this.queue = new WorkQueue(Math.max(1, options.concurrency));
  }
  registry;
  options;
  queue;
  inFlight = /* @__PURE__ */ new Map();
  /** Packages fetched over the network in this process (for the bench and the log). */
  downloaded = [];
  /** Calls with the same source and constraint get the same module, looked up once per run. */
  fetched = /* @__PURE__ */ new Map();
  fetchModule(sourceText, versionConstraint) {
    const key = `${sourceText}\0${versionConstraint ?? ""}`;
    let pending = this.fetched.get(key);
    if (!pending) this.fetched.set(key, pending = this.fetchModuleFrom(sourceText, versionConstraint));
    return pending;
  }
  async fetchModuleFrom(sourceText, versionConstraint, hops = 0) {
    const source = parseModuleSource(sourceText);
    switch (source.kind) {
      case "local":
        throw new ModuleFetchError("a local path is not a package");
      case "unsupported":
        throw new ModuleFetchError(source.why);
      case "registry": {
        const path = `${source.namespace}/${source.name}/${source.system}`;
        let version = this.cachedExactVersion(source, versionConstraint);
        let available = [];
        if (!version) {
          available = await this.versionList(source.host, path);
          try {
            version = newestMatchingVersion(available, versionConstraint);
          } catch (e) {
            throw new ModuleFetchError(e.message);
          }
        }
        if (!version) {
          throw new ModuleFetchError(`${source.host}: no version of ${path} matches ${JSON.stringify(versionConstraint ?? "")} (${available.length} available${available.length ? `, newest ${newestMatchingVersion(available, void 0) ?? available[0]}` : ""})`);
        }
        const packageDir = await this.cached(packageKey(source, version), async (into) => {
          const address = await this.queue.run(() => this.registry.downloadAddress(source.host, path, version));
          const inner = parseModuleSource(address);
          if (inner.kind === "registry" || inner.kind === "local" || inner.kind === "unsupported") throw new ModuleFetchError(`${source.host}: X-Terraform-Get for ${path} ${version} is not a package address`);
          await this.populate(inner, into, source.host);
          writeFileSync2(join2(into, PACKAGE_NOTE), JSON.stringify({ subdir: inner.subdir }));
        });
        return { packageDir, moduleDir: this.moduleDir(packageDir, joinSubdirs(readPackageSubdir(packageDir), source.subdir)), version };
      }
      case "http": {
        if (hops > 3) throw new ModuleFetchError("too many X-Terraform-Get redirections");
        const url = new URL(source.url);
        url.searchParams.set("terraform-get", "1");
        const res = await this.queue.run(() => httpGet(url.toString(), this.options.http));
        const get = res.headers.get("x-terraform-get");
        if (res.status >= 300 || !get) throw new ModuleFetchError(`${url.host}: ${res.status >= 300 ? `HTTP ${res.status}` : "not an archive and no X-Terraform-Get header"}`);
        const next = /^[a-z0-9]+::|^[a-z][a-z0-9+.-]*:\/\//i.test(get) ? get : new URL(get, res.url).toString();
        const inner = await this.fetchModuleFrom(next, void 0, hops + 1);
        return { ...inner, moduleDir: this.moduleDir(inner.packageDir, joinSubdirs(relativeSubdir(inner), source.subdir)) };
      }
      default: {
        const packageDir = await this.cached(packageKey(source), (into) => this.populate(source, into));
        return { packageDir, moduleDir: this.moduleDir(packageDir, source.subdir) };
      }
    }
  }
  /**
   * An exact pin (`version = "1.2.3"`) whose package is in the cache: no version list needed, the
   * registry listed that version when the package was downloaded.
   */
  cachedExactVersion(source, constraint) {
    let conditions;
    try {
      conditions = constraint ? parseVersionConstraint(constraint) : [];
    } catch {
      return void 0;
    }
    if (conditions.length !== 1 || conditions[0].op !== "=") return void 0;
    const v = conditions[0].version;
    const text = `${v.segments.join(".")}${v.prerelease ? `-${v.prerelease}` : ""}`;
    return existsSync2(this.entryPath(packageKey(source, text))) ? text : void 0;
  }
  /** The registry's versions of a module: from the cache when fetched within VERSION_LIST_MAX_AGE_MS, else asked (and kept). */
  async versionList(host, path) {
    const file = join2(this.options.cacheDir, "versions", `${createHash("sha256").update(`${host}/${path}`).digest("hex").slice(0, 40)}.json`);
    const now = (this.options.now ?? Date.now)();
    try {
      const kept = JSON.parse(readFileSync(file, "utf8"));
      const age = now - Number(kept.fetchedAt);
      if (age >= 0 && age < VERSION_LIST_MAX_AGE_MS && Array.isArray(kept.versions) && kept.versions.every((v) => typeof v === "string")) return kept.versions;
    } catch {
    }
    const versions = await this.queue.run(() => this.registry.versions(host, path));
    try {
      mkdirSync2(dirname3(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      writeFileSync2(temp, JSON.stringify({ fetchedAt: now, versions }));
      renameSync(temp, file);
    } catch {
    }
    return versions;
  }
  moduleDir(packageDir, subdir) {
    const dir = resolve2(packageDir, subdir);
    if (dir !== packageDir && !dir.startsWith(packageDir + sep2)) throw new ModuleFetchError(`subdirectory ${JSON.stringify(subdir)} leaves the package`);
    if (!existsSync2(dir)) throw new ModuleFetchError(`the package has no subdirectory ${JSON.stringify(subdir)}`);
    return dir;
  }
  entryPath(key) {
    return join2(this.options.cacheDir, "packages", createHash("sha256").update(key).digest("hex").slice(0, 40));
  }
  /** The cache folder for `key`, filled by `fill` when absent (once per process, atomically across processes). */
  cached(key, fill) {
    const final = this.entryPath(key);
    let pending = this.inFlight.get(final);
    if (pending) return pending;
    pending = (async () => {
      if (existsSync2(final)) return final;
      mkdirSync2(join2(this.options.cacheDir, "packages"), { recursive: true });
      const temp = `${final}.tmp-${process.pid}-${randomBytes(4).toString("hex")}`;
      try {
        await fill(temp);
        try {
          renameSync(temp, final);
        } catch (e) {
          const code = e.code;
          if (code !== "ENOTEMPTY" && code !== "EEXIST") throw e;
        }
        this.downloaded.push(key);
        return final;
      } finally {
        rmSync(temp, { recursive: true, force: true });
      }
    })();
    this.inFlight.set(final, pending);
    return pending;
  }
  async populate(source, into, registryHost) {
    if (source.kind === "git") {
      await this.queue.run(() => this.cloneGit(source, into));
      return;
    }
    if (source.kind === "archive") {
      const url = new URL(source.url);
      const apiHost = registryHost ? new URL(await this.registry.modulesBase(registryHost)).host : void 0;
      const token = registryHost && (url.host === registryHost || url.host === apiHost) ? this.registry.tokenFor(registryHost) : void 0;
      const res = await this.queue.run(() => httpGet(source.url, { ...this.options.http, maxBytes: this.options.archiveLimits?.maxBytes ?? DEFAULT_ARCHIVE_LIMITS.maxBytes }, token));
      if (res.status !== 200) throw new ModuleFetchError(`${url.host}: archive download answered HTTP ${res.status}`);
      try {
        extractArchive(res.body, source.format, into, this.options.archiveLimits ?? DEFAULT_ARCHIVE_LIMITS);
      } catch (e) {
        if (e instanceof ArchiveError) throw new ModuleFetchError(`${url.host}: ${e.message}`);
        throw e;
      }
      return;
    }
    throw new ModuleFetchError(`${source.kind} package cannot be fetched here`);
  }
  async cloneGit(source, into) {
    const base = ["-c", "advice.detachedHead=false", "clone", "--quiet"];
    const depth = String(source.depth ?? 1);
    try {
      await runGit([...base.slice(2), "--depth", depth, ...source.ref ? ["--branch", source.ref] : [], "--", source.url, into], this.options);
    } catch (e) {
      if (!source.ref || source.depth) throw e;
      rmSync(into, { recursive: true, force: true });
      await runGit([...base.slice(2), "--", source.url, into], this.options);
      await runGit(["-c", "advice.detachedHead=false", "checkout", "--quiet", source.ref, "--"], this.options, into);
    }
    rmSync(join2(into, ".git"), { recursive: true, force: true });
  }
};
function joinSubdirs(a, b) {
  return [a, b].filter(Boolean).join("/");
}
function relativeSubdir(m) {
  return m.moduleDir === m.packageDir ? "" : m.moduleDir.slice(m.packageDir.length + 1).split(sep2).join("/");
}
var PACKAGE_NOTE = ".ecs-drift-guard-package.json";
function readPackageSubdir(packageDir) {
  try {
    const subdir = JSON.parse(readFileSync(join2(packageDir, PACKAGE_NOTE), "utf8")).subdir;
    return typeof subdir === "string" ? subdir : "";
  } catch {
    return "";
  }
}

// src/terraform/module-sources/resolver.ts
import { existsSync as existsSync4 } from "node:fs";
import { resolve as resolvePath, sep as sep3 } from "node:path";

// src/terraform/module-sources/modules-json.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { join as join3 } from "node:path";
function readModulesJson(rootDir) {
  const file = join3(rootDir, ".terraform", "modules", "modules.json");
  if (!existsSync3(file)) return void 0;
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    return void 0;
  }
  const records = /* @__PURE__ */ new Map();
  for (const m of doc.Modules ?? []) {
    if (typeof m.Key !== "string" || typeof m.Dir !== "string" || m.Key === "") continue;
    records.set(m.Key, { key: m.Key, source: typeof m.Source === "string" ? m.Source : "", version: typeof m.Version === "string" ? m.Version : void 0, dir: m.Dir });
  }
  return records;
}
function sameModuleSource(recorded, written) {
  const normal = (s) => s.replace(/^registry\.terraform\.io\//i, "").replace(/\/+$/, "");
  return normal(recorded) === normal(written);
}

// src/terraform/module-sources/resolver.ts
var MAX_DEPTH2 = 16;
var TerraformModuleSources = class {
  constructor(options) {
    this.options = options;
  }
  options;
  results = /* @__PURE__ */ new Map();
  /** Roots of downloaded packages: relative sources inside one resolve within it. */
  packageRoots = /* @__PURE__ */ new Set();
  /** Package folder -> the source and version it holds. */
  packageSources = /* @__PURE__ */ new Map();
  async prepare(rootDirs, callsIn) {
    const listed = /* @__PURE__ */ new Map();
    const callsOnce = (dir) => {
      let calls = listed.get(dir);
      if (!calls) listed.set(dir, calls = callsIn(dir));
      return calls;
    };
    await Promise.all(rootDirs.map((root) => this.walk(root, readModulesJson(root), root, "", callsOnce, [])));
  }
  packages() {
    return [...this.packageSources].map(([dir, p]) => ({ dir, ...p }));
  }
  resolve(request) {
    return this.results.get(`${request.rootDir}\0${request.key}`) ?? { why: `module source ${JSON.stringify(describeSource(request.source))} was not resolved` };
  }
  async walk(root, manifest, dir, prefix, callsIn, ancestors) {
    if (ancestors.length >= MAX_DEPTH2 || ancestors.includes(dir)) return;
    await Promise.all(callsIn(dir).map(async (call) => {
      const key = prefix ? `${prefix}.${call.name}` : call.name;
      const result = await this.locate(root, manifest, dir, key, call);
      if (result && "why" in result) this.results.set(`${root}\0${key}`, result);
      else {
        const childDir = result?.dir ?? resolvePath(dir, call.source);
        if (result) this.results.set(`${root}\0${key}`, result);
        await this.walk(root, manifest, childDir, key, callsIn, [...ancestors, dir]);
      }
    }));
  }
  /** undefined: a local path in the repository, which the loader follows itself. */
  async locate(root, manifest, callerDir, key, call) {
    const source = () => describeSource(call.source);
    if (isLocalSource(call.source)) {
      const pkg = this.packageRootOf(callerDir);
      if (!pkg) return void 0;
      const dir = resolvePath(callerDir, call.source);
      if (!inside(pkg, dir)) return { why: `module source ${JSON.stringify(source())} leaves the package it is in` };
      return this.existsInPackage(dir) ? { dir } : { why: `module source ${JSON.stringify(source())} does not exist in its package` };
    }
    const record = manifest?.get(key);
    if (record && sameModuleSource(record.source, call.source)) {
      const dir = resolvePath(root, record.dir);
      if (existsSync4(dir)) {
        const installed = resolvePath(root, ".terraform", "modules");
        const top = inside(installed, dir) && dir !== installed ? resolvePath(installed, dir.slice(installed.length + 1).split(sep3)[0]) : dir;
        this.packageSources.set(top, { source: record.source, version: record.version });
        return { dir };
      }
    }
    const cache = this.options.cache;
    if (!cache) {
      const init = manifest ? `${key} is not in .terraform/modules/modules.json as written (run terraform init again)` : "no .terraform/modules/modules.json (run terraform init, or allow downloads)";
      return { why: `module source ${JSON.stringify(source())} was not downloaded (downloads are off: --offline or download-modules: false) and ${init}` };
    }
    try {
      const fetched = await cache.fetchModule(call.source, call.version);
      this.packageRoots.add(fetched.packageDir);
      this.packageSources.set(fetched.packageDir, { source: call.source, version: fetched.version });
      this.options.logger?.debug(`module ${key}: ${source()}${fetched.version ? ` ${fetched.version}` : ""} -> ${fetched.moduleDir}`);
      return { dir: fetched.moduleDir };
    } catch (e) {
      return { why: `module source ${JSON.stringify(source())}${call.version ? ` (version ${JSON.stringify(call.version)})` : ""} could not be fetched: ${describeSource(e.message)}` };
    }
  }
  /** Folders inside downloaded packages that exist; a package is not changed while a run reads it. */
  packageFolders = /* @__PURE__ */ new Map();
  existsInPackage(dir) {
    let exists = this.packageFolders.get(dir);
    if (exists === void 0) this.packageFolders.set(dir, exists = existsSync4(dir));
    return exists;
  }
  packageRootOf(dir) {
    for (const root of this.packageRoots) if (inside(root, dir)) return root;
    return void 0;
  }
};
function inside(root, path) {
  return path === root || path.startsWith(root + sep3);
}
function moduleKeyOf(address, name) {
  const names = [];
  let i = 0;
  while (i < address.length) {
    if (!address.startsWith("module.", i)) break;
    i += "module.".length;
    const m = /^[^.[\]]+/.exec(address.slice(i));
    if (!m) break;
    names.push(m[0]);
    i += m[0].length;
    if (address[i] === "[") {
      i++;
      if (address[i] === '"') {
        i++;
        while (i < address.length && address[i] !== '"') i += address[i] === "\\" ? 2 : 1;
        i++;
      } else while (i < address.length && address[i] !== "]") i++;
      i++;
    }
    if (address[i] === ".") i++;
  }
  return [...names, name].join(".");
}

// src/terraform/module-sources/index.ts
function createModuleSourceResolver(settings, logger) {
  let inner;
  let cache;
  let setupError;
  return {
    async prepare(rootDirs, callsIn) {
      if (!inner) {
        if (settings.download) {
          try {
            let text;
            if (settings.cliConfigFile) {
              try {
                text = readFileSync3(settings.cliConfigFile, "utf8");
              } catch (e) {
                if (e.code !== "ENOENT") throw new Error(`cannot read the Terraform CLI config ${settings.cliConfigFile}: ${e.code}`);
              }
            }
            const cliConfig = parseCliConfig(await getParser(), text, settings.tokenEnv);
            const http = { timeoutMs: settings.timeoutMs ?? 6e4, maxBytes: 8 * 1024 * 1024 };
            cache = new PackageCache(new RegistryClient(cliConfig, http), {
              cacheDir: settings.cacheDir,
              http,
              gitTimeoutMs: (settings.timeoutMs ?? 6e4) * 5,
              concurrency: settings.concurrency ?? 4,
              gitEnv: settings.gitEnv,
              now: settings.now
            });
          } catch (e) {
            setupError = e.message.split("\n")[0];
          }
        }
        inner = new TerraformModuleSources({ cache, logger });
      }
      await inner.prepare(rootDirs, callsIn);
    },
    resolve(request) {
      const result = inner?.resolve(request) ?? { why: "module sources were not prepared" };
      return "why" in result && setupError ? { why: `module source ${JSON.stringify(request.source)} was not downloaded: ${setupError}` } : result;
    },
    readRoots: () => [settings.cacheDir],
    packages: () => inner?.packages() ?? [],
    downloaded: () => cache?.downloaded ?? []
  };
}

// src/terraform/load-configuration.ts
var SKIPPED_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".terraform", ".terragrunt-cache"]);
var OUTSIDE_ROOT = "symlink leads outside the repository; not followed";
var NO_FOLLOW = fsConstants.O_NOFOLLOW ?? 0;
function notRegular(stat) {
  const kind = stat.isFIFO() ? "a FIFO" : stat.isSocket() ? "a socket" : stat.isCharacterDevice() || stat.isBlockDevice() ? "a device" : "not a regular file";
  return `${kind}, not a file; not read`;
}
var MAX_FILE_BYTES = 64 * 1024 * 1024;
function isConfigurationFile(name) {
  return name.endsWith(".tf") || name.endsWith(".tf.json");
}
function toRepoPath(repoRoot, abs) {
  const rel = relative2(repoRoot, abs).split(sep4).join("/");
  return rel === "" ? "." : rel;
}
async function loadConfiguration(options) {
  const loader = new ConfigurationLoader(options, await getParser());
  return await loader.load();
}
var ConfigurationLoader = class {
  constructor(options, parser) {
    this.options = options;
    this.parser = parser;
    this.pool = new ParsePool(parser, options.parseThreads);
    this.repoRoot = resolve3(options.repoRoot);
    this.repoReal = realpathSync(this.repoRoot);
    this.roots = [this.repoReal];
    for (const p of options.paths) {
      const abs = isAbsolute2(p) ? p : resolve3(this.repoRoot, p);
      if (abs === this.repoRoot || abs.startsWith(this.repoRoot + sep4)) continue;
      try {
        const real = realpathSync.native(abs);
        if (!this.roots.some((r) => real === r || real.startsWith(r + sep4))) this.roots.push(statSync(real).isDirectory() ? real : dirname4(real));
      } catch {
      }
    }
  }
  options;
  parser;
  repoRoot;
  repoReal;
  /** Resolved folders files may be read from: the repository, and scan paths the user named outside it. */
  roots;
  /** Folders to add to `roots` once they exist (the module package cache). */
  pendingRoots = [];
  modules = /* @__PURE__ */ new Map();
  errors = [];
  files = /* @__PURE__ */ new Map();
  moduleFiles = /* @__PURE__ */ new Map();
  templates = /* @__PURE__ */ new Map();
  resources = [];
  imports = [];
  moduleCalls = [];
  notEvaluated = [];
  errorKeys = /* @__PURE__ */ new Set();
  /** Files read with bytes that are not UTF-8 (decoded to U+FFFD). */
  notUtf8 = /* @__PURE__ */ new Set();
  /** Files read and parsed ahead of readModule (see discover). */
  readAhead = /* @__PURE__ */ new Map();
  parsedAhead = /* @__PURE__ */ new Map();
  pool;
  async load() {
    try {
      return await this.loadAll();
    } finally {
      await this.pool.close();
    }
  }
  async loadAll() {
    const scanned = [];
    for (const p of this.options.paths) {
      const abs = isAbsolute2(p) ? p : resolve3(this.repoRoot, p);
      let stat;
      try {
        stat = statSync(abs);
      } catch {
        this.error(toRepoPath(this.repoRoot, abs), "path does not exist");
        continue;
      }
      if (stat.isFile()) scanned.push(...await this.discover(dirname4(abs), false));
      else scanned.push(...await this.discover(abs, true));
    }
    const queue = [...new Set(scanned)];
    const calledDirs = /* @__PURE__ */ new Set();
    for (let i = 0; i < queue.length; i++) {
      const mod = this.modules.get(queue[i]);
      if (!mod) continue;
      for (const call of this.localModuleCalls(mod)) {
        calledDirs.add(call.sourceDir);
        if (!this.modules.has(call.sourceDir) && this.readModule(call.sourceDir)) queue.push(call.sourceDir);
      }
    }
    const scannedSet = new Set(scanned);
    const rootDirs = [...scannedSet].filter((d) => !calledDirs.has(d) || !this.isCalledFromScanned(d, scannedSet)).sort();
    this.pendingRoots.push(...(this.options.moduleSources?.readRoots?.() ?? []).map((r) => resolve3(r)));
    await this.options.moduleSources?.prepare(rootDirs.map((d) => resolve3(this.repoRoot, d)), (abs) => this.moduleCallSites(abs));
    for (const dir of rootDirs) {
      const instance = new ModuleInstance(this, this.modules.get(dir), "", dir, void 0, 0);
      instance.expand();
    }
    const moduleFiles = /* @__PURE__ */ new Map();
    for (const [dir, set] of this.moduleFiles) moduleFiles.set(dir, [...set].sort());
    return {
      moduleDirs: [...this.modules.keys()].sort(),
      rootDirs,
      moduleCalls: dedupeCalls(this.moduleCalls),
      resources: this.resources,
      imports: this.imports,
      backends: this.backends(),
      files: this.files,
      moduleFiles,
      notEvaluated: this.notEvaluated,
      errors: this.errors,
      packages: (this.options.moduleSources?.packages?.() ?? []).map((p) => ({ ...p, dir: toRepoPath(this.repoRoot, p.dir) }))
    };
  }
  backends() {
    const out = [];
    for (const mod of this.modules.values()) {
      for (const f of mod.files) {
        for (const tf of f.syntax.body.blocks.filter((b) => b.type === "terraform")) {
          for (const backend of tf.blocks.filter((b) => b.type === "backend" && b.labels[0])) {
            const settings = {};
            const nonLiteral = [];
            for (const a of backend.attributes) {
              if (a.expr.t === "lit" && a.expr.v !== null) settings[a.name] = String(a.expr.v);
              else nonLiteral.push(a.name);
            }
            out.push({ moduleDir: mod.dir, type: backend.labels[0], settings, nonLiteral, loc: { file: f.path, line: backend.pos.line, endLine: backend.pos.endLine } });
          }
        }
      }
    }
    return out.sort((a, b) => a.moduleDir < b.moduleDir ? -1 : 1);
  }
  isCalledFromScanned(dir, scanned) {
    for (const caller of scanned) {
      const mod = this.modules.get(caller);
      if (mod && caller !== dir && this.localModuleCalls(mod).some((c) => c.sourceDir === dir)) return true;
    }
    return false;
  }
  error(file, message) {
    const key = `${file}\0${message}`;
    if (this.errorKeys.has(key)) return;
    this.errorKeys.add(key);
    this.errors.push({ file, message });
  }
  notEvaluatedEntry(resource, at, why) {
    if (this.notEvaluated.some((n) => n.resource === resource && n.why === why)) return;
    this.notEvaluated.push({ resource, file: at.file, line: at.line, why });
  }
  recordModuleFile(dir, file) {
    let set = this.moduleFiles.get(dir);
    if (!set) this.moduleFiles.set(dir, set = /* @__PURE__ */ new Set());
    set.add(file);
  }
  /**
   * Walks a folder tree; returns the repo-relative module folders found. The walk notes the
   * module folders and its errors in order; the folders' `.tf` files are then read and parsed
   * together (on several threads when there are many), and the notes are replayed in order, so
   * errors and modules come out as a walk that read each folder at once would give.
   */
  async discover(absDir, recursive) {
    const walked = [];
    const error = (file, message) => walked.push({ file, message });
    const visiting = /* @__PURE__ */ new Set();
    let tfFiles = 0;
    const walk = (dir, knownReal) => {
      let real;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch (e) {
        error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${e.code ?? e.message}`);
        return;
      }
      if (!this.insideRoot(real)) {
        error(toRepoPath(this.repoRoot, dir), OUTSIDE_ROOT);
        return;
      }
      if (visiting.has(real)) {
        error(toRepoPath(this.repoRoot, dir), "symlink loop: this folder links back to one of its parents; skipped");
        return;
      }
      visiting.add(real);
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1);
      } catch (e) {
        error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${e.code ?? e.message}`);
        visiting.delete(real);
        return;
      }
      const rel = toRepoPath(this.repoRoot, dir);
      if (entries.some((e) => isConfigurationFile(e.name) && (e.isFile() || e.isSymbolicLink()))) {
        walked.push({ dir: rel, names: entries.map((e) => e.name) });
        tfFiles += entries.filter((e) => e.name.endsWith(".tf")).length;
        this.pool.warmUp(tfFiles);
      }
      if (recursive) {
        for (const e of entries) {
          if (SKIPPED_DIRS.has(e.name) || !(e.isDirectory() || e.isSymbolicLink())) continue;
          const child = join4(dir, e.name);
          if (e.isDirectory()) walk(child, join4(real, e.name));
          else {
            try {
              const target = realpathSync.native(child);
              if (!this.insideRoot(target)) error(toRepoPath(this.repoRoot, child), OUTSIDE_ROOT);
              else if (statSync(target).isDirectory()) walk(child, target);
            } catch (err) {
              const code = err.code;
              error(toRepoPath(this.repoRoot, child), code === "ELOOP" ? "symlink loop; skipped" : `broken symlink (${code}); skipped`);
            }
          }
        }
      }
      visiting.delete(real);
    };
    walk(absDir);
    const toRead = walked.flatMap((w) => "dir" in w && !this.modules.has(w.dir) ? w.names.filter((n) => n.endsWith(".tf")).map((n) => w.dir === "." ? n : `${w.dir}/${n}`) : []);
    await this.parseAhead(toRead);
    const found = [];
    for (const w of walked) {
      if ("message" in w) this.error(w.file, w.message);
      else if (this.readModule(w.dir, w.names)) found.push(w.dir);
    }
    return found;
  }
  /**
   * Reads and parses files ahead of readModule, which takes the outcomes: read errors are recorded
   * when readModule reads the file, so they keep their place among the other errors.
   */
  async parseAhead(paths) {
    const read = (path) => {
      const outcome = this.readOutcome(path);
      this.readAhead.set(path, outcome);
      return "text" in outcome ? outcome.text : void 0;
    };
    for (const [path, file] of await this.pool.parseAll(paths, read)) this.parsedAhead.set(path, file);
  }
  /** The syntax of a file parsed ahead (undefined when it was not): a syntax error throws, as parsing it now would. */
  takeParsed(path, text) {
    const ahead = this.parsedAhead.get(path);
    if (!ahead || ahead.text !== text) return void 0;
    this.parsedAhead.delete(path);
    if ("error" in ahead.outcome) throw ahead.outcome.error;
    return ahead.outcome.syntax;
  }
  /** Reads and parses one module folder; false when it has no readable `.tf` file. */
  readModule(dir, entryNames) {
    if (this.modules.has(dir)) return true;
    const abs = resolve3(this.repoRoot, dir);
    let names;
    try {
      names = entryNames ?? readdirSync(abs).sort();
    } catch (e) {
      this.error(dir, `cannot read module folder: ${e.code ?? e.message}`);
      return false;
    }
    if (!entryNames && !this.folderInsideRoot(dir, abs)) return false;
    const mod = { dir, files: [], tfvars: [] };
    let tfCount = 0;
    for (const name of names) {
      const path = dir === "." ? name : `${dir}/${name}`;
      const isTf = isConfigurationFile(name);
      const isTfJson = isTf && name.endsWith(".json");
      const isTfvars = name === "terraform.tfvars" || name.endsWith(".auto.tfvars") || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars.json");
      if (!isTf && !isTfvars) continue;
      if (isTf) tfCount++;
      const text = this.readText(path);
      if (text === void 0) continue;
      if (this.notUtf8.has(path) && (isTfJson || !isTf)) {
        this.error(path, "file is not valid UTF-8; skipped");
        continue;
      }
      this.recordModuleFile(dir, path);
      if (!isTf && name.endsWith(".json")) {
        const values = this.parseTfvarsJson(path, text);
        if (values) mod.tfvars.push({ path, values });
        continue;
      }
      let syntax;
      try {
        syntax = isTfJson ? parseTerraformJson(this.parser, text) : this.takeParsed(path, text) ?? parseHclWith(this.parser, text);
      } catch (e) {
        if (e instanceof HclSyntaxError) {
          this.error(path, `${e.message}; file skipped`);
          continue;
        }
        throw e;
      }
      const badLine = this.notUtf8.has(path) ? firstNonUtf8OutsideComments(text, syntax.comments) : void 0;
      if (badLine !== void 0) {
        this.error(path, `bytes that are not UTF-8 at line ${badLine}, outside a comment; file skipped`);
        continue;
      }
      this.files.set(path, { path, comments: syntax.comments, lineCount: syntax.lineCount, text });
      if (isTf) mod.files.push({ path, syntax });
      else mod.tfvars.push({ path, values: this.tfvarsValues(path, syntax) });
    }
    if (tfCount === 0) return false;
    this.modules.set(dir, mod);
    return true;
  }
  /** Whether a resolved path is inside the repository (the scan root) or a path the user named. */
  insideRoot(real) {
    for (const pending of [...this.pendingRoots]) {
      try {
        this.roots.push(realpathSync.native(pending));
        this.pendingRoots.splice(this.pendingRoots.indexOf(pending), 1);
      } catch {
      }
    }
    return this.roots.some((root) => real === root || real.startsWith(root.endsWith(sep4) ? root : root + sep4));
  }
  /** A module folder reached by a module call: false (and an error) when it resolves outside the repository. */
  folderInsideRoot(dir, abs) {
    let real;
    try {
      real = realpathSync.native(abs);
    } catch {
      return true;
    }
    if (this.insideRoot(real)) return true;
    this.error(dir, OUTSIDE_ROOT);
    return false;
  }
  /**
   * Opens a file of the repository for reading without following a symlink out of it and without
   * blocking on a FIFO; returns the descriptor and its stat, or the reason it was not opened.
   */
  openInsideRoot(abs) {
    let fd;
    try {
      fd = openSync(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | NO_FOLLOW);
    } catch (e) {
      if (e.code === "ENXIO") return { refused: notRegular(statSync(abs)) };
      if (e.code !== "ELOOP" || NO_FOLLOW === 0) throw e;
      const real = realpathSync.native(abs);
      if (!this.insideRoot(real)) return { refused: OUTSIDE_ROOT };
      const target = statSync(real);
      if (!target.isFile()) return { refused: notRegular(target) };
      fd = openSync(real, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      return { refused: notRegular(stat) };
    }
    return { fd, stat };
  }
  /** Reads a text file of the repository; records an error and returns undefined when it cannot. */
  readText(path) {
    const outcome = this.readAhead.get(path) ?? this.readOutcome(path);
    this.readAhead.delete(path);
    if ("error" in outcome) {
      this.error(path, outcome.error);
      return void 0;
    }
    if (outcome.notUtf8) this.notUtf8.add(path);
    return outcome.text;
  }
  /** A text file of the repository, or why it cannot be read. */
  readOutcome(path) {
    const abs = resolve3(this.repoRoot, path);
    let fd;
    try {
      const opened = this.openInsideRoot(abs);
      if ("refused" in opened) return { error: opened.refused };
      fd = opened.fd;
      const stat = opened.stat;
      if (stat.size > MAX_FILE_BYTES) return { error: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped` };
      const buffer = readExactly(fd, stat.size);
      if (buffer.includes(0)) return { error: "binary file (contains NUL bytes), not HCL; skipped" };
      try {
        return { text: decodeUtf8(buffer), notUtf8: false };
      } catch {
        return { text: buffer.toString("utf8"), notUtf8: true };
      }
    } catch (e) {
      const code = e.code;
      return { error: code === "ELOOP" ? "symlink loop; skipped" : `cannot read file (${code ?? e.message}); skipped` };
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
  }
  tfvarsValues(path, syntax) {
    const values = /* @__PURE__ */ new Map();
    const scope = new StaticScope(this, path);
    for (const attr of syntax.body.attributes) values.set(attr.name, evaluate(attr.expr, { scope, file: path }));
    return values;
  }
  parseTfvarsJson(path, text) {
    try {
      const v = parseJsonWithPositions({ kind: "string", value: text, loc: { file: path, line: 1, endLine: 1 }, segments: [{ start: 0, file: path, line: 1, literal: true, column: 1 }] });
      if (v.kind !== "object") {
        this.error(path, "a .tfvars.json file must hold a JSON object; skipped");
        return void 0;
      }
      return new Map([...v.entries].map(([k, e]) => [k, e.value]));
    } catch (e) {
      if (e instanceof JsonPositionError) {
        this.error(path, `${e.message}; file skipped`);
        return void 0;
      }
      throw e;
    }
  }
  /** A module's local calls, found once per module (every instance of it asks). */
  localCalls = /* @__PURE__ */ new WeakMap();
  localModuleCalls(mod) {
    let calls = this.localCalls.get(mod);
    if (!calls) this.localCalls.set(mod, calls = this.findLocalModuleCalls(mod));
    return calls;
  }
  findLocalModuleCalls(mod) {
    const calls = [];
    for (const f of mod.files) {
      for (const block of f.syntax.body.blocks) {
        if (block.type !== "module" || block.labels.length !== 1) continue;
        const source = block.attributes.find((a) => a.name === "source");
        if (!source || source.expr.t !== "lit" || typeof source.expr.v !== "string") continue;
        const s = source.expr.v;
        if (!(s.startsWith("./") || s.startsWith("../"))) continue;
        const abs = resolve3(this.repoRoot, mod.dir, s);
        const rel = toRepoPath(this.repoRoot, abs);
        if (rel.startsWith("..")) continue;
        calls.push({ name: block.labels[0], sourceDir: rel, block, file: f.path });
      }
    }
    return calls;
  }
  module(dir) {
    return this.modules.get(dir);
  }
  /** The module blocks of a folder with literal sources, for the module-source resolver. */
  moduleCallSites(absDir) {
    const dir = toRepoPath(this.repoRoot, absDir);
    if (!this.readModule(dir)) return [];
    const literal = (b, name) => {
      const e = b.attributes.find((a) => a.name === name)?.expr;
      return e?.t === "lit" && typeof e.v === "string" ? e.v : void 0;
    };
    return this.modules.get(dir).files.flatMap((f) => f.syntax.body.blocks).filter((b) => b.type === "module" && b.labels.length === 1 && literal(b, "source") !== void 0).map((b) => ({ name: b.labels[0], source: literal(b, "source"), version: literal(b, "version") }));
  }
  get hasModuleSources() {
    return this.options.moduleSources !== void 0;
  }
  /** Absolute folders and repo-relative paths of the module folders calls are made from and resolve to, worked out once each. */
  absoluteDirs = /* @__PURE__ */ new Map();
  repoDirs = /* @__PURE__ */ new Map();
  /** The folder (repo-relative) of a non-local module source, or why there is none. */
  remoteModuleDir(rootDir, address, name, callerDir, source, version) {
    const absolute = (dir) => {
      let abs = this.absoluteDirs.get(dir);
      if (abs === void 0) this.absoluteDirs.set(dir, abs = resolve3(this.repoRoot, dir));
      return abs;
    };
    const found = this.options.moduleSources?.resolve({ rootDir: absolute(rootDir), key: moduleKeyOf(address, name), callerDir: absolute(callerDir), source, version });
    if (found && "dir" in found) {
      let dir = this.repoDirs.get(found.dir);
      if (dir === void 0) this.repoDirs.set(found.dir, dir = toRepoPath(this.repoRoot, found.dir));
      return { dir };
    }
    if (isLocalSource(source)) return { why: `module source ${JSON.stringify(source)} has no readable .tf or .tf.json files`, local: true };
    return found ?? { why: `module source ${JSON.stringify(source)} is not a local path; its resources are not evaluated` };
  }
  /** file()/templatefile() targets: relative to the root module (Terraform's working directory), then the module. */
  readRepoFile(path, rootDir, moduleDir) {
    const candidates = isAbsolute2(path) ? [path] : [resolve3(this.repoRoot, rootDir, path), resolve3(this.repoRoot, moduleDir, path)];
    let lastError = `file ${JSON.stringify(path)} does not exist`;
    for (const abs of candidates) {
      let real;
      try {
        real = realpathSync.native(abs);
      } catch (e) {
        const code = e.code;
        if (code === "ELOOP") lastError = `file ${JSON.stringify(path)} is a symlink loop`;
        continue;
      }
      if (real !== this.repoReal && !real.startsWith(this.repoReal + sep4)) {
        throw new Error(`file ${JSON.stringify(path)} is outside the repository; not read`);
      }
      const repoPath = toRepoPath(this.repoReal, real);
      const content = this.readText(repoPath);
      if (content === void 0) throw new Error(`file ${JSON.stringify(path)} could not be read`);
      if (this.notUtf8.has(repoPath)) throw new Error(`file ${JSON.stringify(path)} is not valid UTF-8`);
      this.recordModuleFile(moduleDir, repoPath);
      return { repoPath, content };
    }
    throw new Error(lastError);
  }
  template(repoPath, content) {
    let parts = this.templates.get(repoPath);
    if (!parts) {
      try {
        parts = parseTemplateWith(this.parser, content);
      } catch (e) {
        if (e instanceof HclSyntaxError) throw new Error(`${repoPath}: ${e.message}`);
        throw e;
      }
      this.templates.set(repoPath, parts);
    }
    return parts;
  }
};
function dedupeCalls(calls) {
  const seen = /* @__PURE__ */ new Set();
  return calls.filter((c) => {
    const key = `${c.callerDir}\0${c.name}\0${c.sourceDir}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var StaticScope = class {
  constructor(loader, file) {
    this.loader = loader;
    this.moduleDir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
    this.rootDir = this.moduleDir;
  }
  loader;
  moduleDir;
  rootDir;
  variable(name, at) {
    return unknown(`var.${name} cannot be used in a tfvars file`, at, true);
  }
  local(name, at) {
    return unknown(`local.${name} cannot be used in a tfvars file`, at, true);
  }
  moduleOutput() {
    return void 0;
  }
  readFile() {
    throw new Error("functions reading files cannot be used in a tfvars file");
  }
  template(repoPath, content) {
    return this.loader.template(repoPath, content);
  }
  reportError(file, message) {
    this.loader.error(file, message);
  }
};

export {
  parseModuleSource,
  describeSource,
  createModuleSourceResolver,
  loadConfiguration
};
