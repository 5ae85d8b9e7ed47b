// One instance of a module: its variables (with the caller's inputs), locals, outputs and
// child module instances, and the resources it expands into. The loader reads and parses
// files; an instance evaluates them.
import { collectReferences, evaluate, loc, scalarText, traversalText, unknown, type EvalContext, type EvalScope } from './evaluate.js';
import type { AttributeSyntax, BlockSyntax, Expr, FileSyntax, TemplatePart } from './hcl-syntax.js';
import type { EvaluatedAttribute, EvaluatedBlock, ImportModel, ModuleCall, ModuleCallSite, ResourceModel } from './model.js';
import { ConversionError, convertValue, parseTypeConstraint, TypeConstraintError, typeText, type TypeConstraint } from './types.js';
import type { ObjectEntry, SourceLocation, StringValue, Value } from './values.js';
import type { ModuleSourceResolution } from './module-sources/index.js';

const MAX_MODULE_DEPTH = 16;
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

export interface ParsedModule {
  dir: string;
  files: { path: string; syntax: FileSyntax }[];
  tfvars: { path: string; values: Map<string, Value> }[];
}

export interface LocalModuleCall {
  name: string;
  sourceDir: string;
  block: BlockSyntax;
  file: string;
}

/** What a module instance needs from the loader: parsed modules, files, and the lists it fills. */
export interface ModuleHost {
  readonly resources: ResourceModel[];
  readonly imports: ImportModel[];
  readonly moduleCalls: ModuleCall[];
  error(file: string, message: string): void;
  notEvaluatedEntry(resource: string, at: SourceLocation, why: string): void;
  localModuleCalls(mod: ParsedModule): LocalModuleCall[];
  module(dir: string): ParsedModule | undefined;
  readRepoFile(path: string, rootDir: string, moduleDir: string): { repoPath: string; content: string };
  template(repoPath: string, content: string): TemplatePart[];
  /** Reads a module folder once; false when it has no readable configuration files. */
  readModule(dir: string): boolean;
  readonly hasModuleSources: boolean;
  remoteModuleDir(rootDir: string, address: string, name: string, callerDir: string, source: string, version: string | undefined): ModuleSourceResolution | { why: string; local: true };
}

type Lazy = { state: 'pending' | 'running' | 'done'; value?: Value; compute: () => Value };

/**
 * What a module's syntax declares, in file order: the same for every instance of the module (a
 * registry module called from many roots is read once and instantiated for each call).
 */
interface VariableDeclaration {
  block: BlockSyntax;
  file: string;
  sensitive: boolean;
  nullable: boolean;
  def: AttributeSyntax | undefined;
}

interface ModuleShape {
  variables: Map<string, VariableDeclaration>;
  outputs: Map<string, { attr: AttributeSyntax; file: string }>;
  locals: { attr: AttributeSyntax; file: string }[];
  calls: { name: string; block: BlockSyntax; file: string }[];
  /** `resource` and `data` blocks with two labels, and `import` blocks. */
  members: { block: BlockSyntax; file: string }[];
}

const shapes = new WeakMap<ParsedModule, ModuleShape>();

function shapeOf(mod: ParsedModule): ModuleShape {
  let shape = shapes.get(mod);
  if (shape) return shape;
  shape = { variables: new Map(), outputs: new Map(), locals: [], calls: [], members: [] };
  for (const f of mod.files) {
    for (const block of f.syntax.body.blocks) {
      if (block.type === 'variable' && block.labels[0]) {
        const attrs = block.attributes;
        shape.variables.set(block.labels[0], {
          block,
          file: f.path,
          sensitive: attrs.some((a) => a.name === 'sensitive' && a.expr.t === 'lit' && a.expr.v === true),
          nullable: !attrs.some((a) => a.name === 'nullable' && a.expr.t === 'lit' && a.expr.v === false),
          def: attrs.find((a) => a.name === 'default'),
        });
      }
      else if (block.type === 'output' && block.labels[0]) {
        const value = block.attributes.find((a) => a.name === 'value');
        if (value) shape.outputs.set(block.labels[0], { attr: value, file: f.path });
      } else if (block.type === 'locals') {
        for (const attr of block.attributes) shape.locals.push({ attr, file: f.path });
      } else if (block.type === 'module' && block.labels[0]) shape.calls.push({ name: block.labels[0], block, file: f.path });
      else if (((block.type === 'resource' || block.type === 'data') && block.labels.length === 2) || block.type === 'import') shape.members.push({ block, file: f.path });
    }
  }
  shapes.set(mod, shape);
  return shape;
}

/** A variable's parsed `type`, once per declaration (every instance of the module converts with it). */
const typesOfDeclaration = new WeakMap<BlockSyntax, { type: TypeConstraint | undefined; error?: string }>();

/** One instance of a module (root, or a local module call with its inputs). */
export class ModuleInstance implements EvalScope {
  readonly moduleDir: string;
  private readonly shape: ModuleShape;
  private readonly variables: ReadonlyMap<string, VariableDeclaration>;
  private readonly locals = new Map<string, Lazy>();
  private readonly varCache = new Map<string, Lazy>();
  private readonly outputs: ReadonlyMap<string, { attr: AttributeSyntax; file: string }>;
  private readonly children = new Map<string, { keyed: boolean; countKeyed: boolean; unexpanded: boolean; instances: Map<string, ModuleInstance> } | null>();
  private readonly outputCache = new Map<string, Lazy>();
  private readonly pendingCalls = new Map<string, { block: BlockSyntax; file: string }>();
  private readonly childLocations = new Map<string, SourceLocation>();

  constructor(
    private readonly loader: ModuleHost,
    private readonly mod: ParsedModule,
    readonly address: string,
    readonly rootDir: string,
    private readonly inputs: Map<string, () => Value> | undefined,
    private readonly depth: number,
    readonly callChain: ModuleCallSite[] = [],
  ) {
    this.moduleDir = mod.dir;
    this.shape = shapeOf(mod);
    this.variables = this.shape.variables;
    this.outputs = this.shape.outputs;
    for (const { attr, file } of this.shape.locals) {
      const ctx: EvalContext = { scope: this, file };
      this.locals.set(attr.name, { state: 'pending', compute: () => evaluate(attr.expr, ctx) });
    }
  }

  private resolveLazy(lazy: Lazy, what: string, at: SourceLocation): Value {
    if (lazy.state === 'done') return lazy.value!;
    if (lazy.state === 'running') return unknown(`${what} refers to itself`, at, true);
    lazy.state = 'running';
    lazy.value = lazy.compute();
    lazy.state = 'done';
    return lazy.value;
  }

  variable(name: string, at: SourceLocation): Value {
    let lazy = this.varCache.get(name);
    if (!lazy) {
      lazy = { state: 'pending', compute: () => this.computeVariable(name, at) };
      this.varCache.set(name, lazy);
    }
    return this.resolveLazy(lazy, `var.${name}`, at);
  }

  private computeVariable(name: string, at: SourceLocation): Value {
    const decl = this.variables.get(name);
    if (!decl) return unknown(`var.${name} is not declared in ${this.moduleDir}`, at, true);
    const { sensitive, nullable, def } = decl;
    const ctx: EvalContext = { scope: this, file: decl.file };
    let value: Value | undefined;
    let from = 'its default';
    const input = this.inputs?.get(name);
    if (input) {
      value = input();
      from = `the value ${this.address} passes`;
    }
    if (!value && this.address === '') {
      // Root module: tfvars files override defaults; later files (lexical order, auto after terraform.tfvars) win.
      for (const tv of this.mod.tfvars) if (tv.values.has(name)) { value = tv.values.get(name); from = `the value in ${tv.path}`; }
    }
    if (!value && def) value = evaluate(def.expr, ctx);
    if (!value) {
      const why = this.address === ''
        ? `var.${name} has no default and no value in terraform.tfvars (set a tfvars value or scan with --plan)`
        : `var.${name} has no default and ${this.address} does not pass it`;
      return unknown(why, at);
    }
    // A null module argument or tfvars value is kept unless `nullable = false` (Terraform 1.1+;
    // checked with `terraform console`: a tfvars null reaches a nullable variable as null).
    if (value.kind === 'null' && def && !nullable && from !== 'its default') value = evaluate(def.expr, ctx);
    const type = this.variableType(name, decl);
    if (type) {
      try {
        value = convertValue(value, type, { evaluateDefault: (e) => evaluate(e, ctx), locate: (pos) => loc(ctx, pos) });
      } catch (e) {
        if (!(e instanceof ConversionError)) throw e;
        const module = this.address === '' ? `root module ${this.moduleDir}` : `${this.address} (${this.moduleDir})`;
        const why = `${module}: var.${name}: ${from} cannot be converted to ${typeText(type)}: ${e.message}`;
        this.loader.notEvaluatedEntry(this.address || `var.${name}`, e.loc, why);
        return unknown(why, e.loc);
      }
    }
    return sensitive ? markSensitive(value) : value;
  }

  /** The parsed `type` of a variable; undefined (no conversion) when absent or not a type Terraform knows. */
  private variableType(name: string, decl: { block: BlockSyntax; file: string }): TypeConstraint | undefined {
    let parsed = typesOfDeclaration.get(decl.block);
    if (!parsed) {
      const typeAttr = decl.block.attributes.find((a) => a.name === 'type');
      parsed = { type: undefined };
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
    // Reported by each run that reads the declaration (the loader keeps one of each error).
    if (parsed.error !== undefined) this.loader.error(decl.file, parsed.error);
    return parsed.type;
  }

  local(name: string, at: SourceLocation): Value {
    const lazy = this.locals.get(name);
    if (!lazy) return unknown(`local.${name} is not defined in ${this.moduleDir}`, at, true);
    return this.resolveLazy(lazy, `local.${name}`, at);
  }

  /**
   * `module.<name>` followed by `rest`: a call without count/for_each is an object of its outputs,
   * with for_each a map of such objects by key, with count a list (Terraform's module values).
   * Undefined when the call is not evaluated (a remote or unreadable module).
   */
  moduleOutput(moduleName: string, rest: (string | number)[], at: SourceLocation): Value | undefined {
    this.expandPendingCall(moduleName);
    const child = this.children.get(moduleName);
    if (!child) return undefined;
    // Instances unknown: the one instance evaluated (for its resources) does not stand for any key.
    if (child.unexpanded) return unknown(`the instances of module.${moduleName} are not known statically (its count or for_each is not known)`, at);
    let instance: ModuleInstance | undefined;
    let steps = rest;
    if (child.keyed && rest.length > 0) {
      instance = child.instances.get(String(rest[0]));
      if (!instance) return unknown(`module.${moduleName}[${JSON.stringify(rest[0])}] is not an instance of module.${moduleName} (instances: ${[...child.instances.keys()].join(', ') || 'none'})`, at, true);
      steps = rest.slice(1);
    } else if (!child.keyed) instance = child.instances.get('');
    let v: Value;
    if (instance && typeof steps[0] === 'string') {
      // The usual `module.x.output` / `module.x["k"].output`: only that output is evaluated.
      v = instance.output(steps[0], `module.${moduleName}`, at);
      steps = steps.slice(1);
    } else if (instance) v = instance.outputsObject(`module.${moduleName}`, at);
    else v = this.moduleCallValue(moduleName, child, at);
    for (const s of steps) {
      if (v.kind === 'object') v = v.entries.get(String(s))?.value ?? unknown(`module.${moduleName}: no attribute ${s}`, at, true);
      else if (v.kind === 'list' && typeof s === 'number') v = v.items[s] ?? unknown(`module.${moduleName}: index ${s} out of range`, at, true);
      else if (v.kind !== 'unknown') v = unknown(`module.${moduleName}: cannot read ${s} of a ${v.kind}`, at, true);
    }
    return v;
  }

  private moduleCallValue(moduleName: string, child: { keyed: boolean; countKeyed: boolean; unexpanded: boolean; instances: Map<string, ModuleInstance> }, at: SourceLocation): Value {
    const callAt = this.childLocations.get(moduleName) ?? at;
    const keys = [...child.instances.keys()];
    // count instances are keyed "0", "1", …; for_each instances by their string keys.
    if (child.countKeyed) {
      return { kind: 'list', loc: callAt, items: keys.sort((x, y) => Number(x) - Number(y)).map((k) => child.instances.get(k)!.outputsObject(`module.${moduleName}[${k}]`, at)) };
    }
    const entries = new Map<string, ObjectEntry>();
    for (const k of keys.sort()) entries.set(k, { key: k, keyLoc: callAt, value: child.instances.get(k)!.outputsObject(`module.${moduleName}[${JSON.stringify(k)}]`, at) });
    return { kind: 'object', loc: callAt, entries };
  }

  /** One output's value, evaluated once per instance. */
  output(name: string, ref: string, at: SourceLocation): Value {
    const out = this.outputs.get(name);
    if (!out) return unknown(`${ref} has no output ${name}`, at, true);
    let lazy = this.outputCache.get(name);
    if (!lazy) {
      lazy = { state: 'pending', compute: () => evaluate(out.attr.expr, { scope: this, file: out.file }) };
      this.outputCache.set(name, lazy);
    }
    return this.resolveLazy(lazy, `${ref}.${name}`, at);
  }

  /** All outputs as one object (for `module.x` used as a value). */
  outputsObject(ref: string, at: SourceLocation): Value {
    const entries = new Map<string, ObjectEntry>();
    for (const [name, out] of this.outputs) {
      entries.set(name, { key: name, keyLoc: { file: out.file, line: out.attr.pos.line, endLine: out.attr.pos.line }, value: this.output(name, ref, at) });
    }
    return { kind: 'object', loc: at, entries };
  }

  readFile(path: string): { repoPath: string; content: string } {
    return this.loader.readRepoFile(path, this.rootDir, this.moduleDir);
  }

  template(repoPath: string, content: string): TemplatePart[] {
    return this.loader.template(repoPath, content);
  }

  reportError(file: string, message: string): void {
    this.loader.error(file, message);
  }

  private prefix(): string {
    return this.address ? `${this.address}.` : '';
  }

  /** Evaluates module calls first (outputs may feed resources), then resources and imports. */
  expand(): void {
    for (const { name, block, file } of this.shape.calls) this.pendingCalls.set(name, { block, file });
    for (const name of [...this.pendingCalls.keys()]) this.expandPendingCall(name);
    for (const { block, file } of this.shape.members) {
      if (block.type === 'import') this.addImport(block, file);
      else this.expandResource(block, file);
    }
  }

  /** Module calls are expanded in file order, or earlier when another call's input refers to them. */
  private expandPendingCall(name: string): void {
    const pending = this.pendingCalls.get(name);
    if (!pending) return;
    this.pendingCalls.delete(name);
    this.expandModuleCall(pending.block, pending.file);
  }

  private instanceKeys(block: BlockSyntax, file: string, address: string): { keys: { key: string | number; vars?: Map<string, Value> }[] | null; keyed: boolean } {
    const at = loc({ scope: this, file }, block.pos);
    const count = block.attributes.find((a) => a.name === 'count');
    const forEach = block.attributes.find((a) => a.name === 'for_each');
    if (count) {
      const v = evaluate(count.expr, { scope: this, file });
      const n = v.kind === 'number' ? v.value : v.kind === 'string' ? Number(v.value) : NaN;
      if (!Number.isInteger(n) || n < 0) {
        this.loader.notEvaluatedEntry(address, at, `count is not known statically (${v.kind === 'unknown' ? v.reason : count.expr.src}); checked once with count.index unknown`);
        return { keys: null, keyed: true };
      }
      return {
        keyed: true,
        keys: Array.from({ length: n }, (_, i) => ({ key: i, vars: new Map<string, Value>([['count', obj(at, { index: { kind: 'number', value: i, loc: at } })]]) })),
      };
    }
    if (forEach) {
      const v = evaluate(forEach.expr, { scope: this, file });
      if (v.kind === 'object') {
        return {
          keyed: true,
          keys: [...v.entries.values()].sort((a, b) => (a.key < b.key ? -1 : 1)).map((e) => ({
            key: e.key,
            vars: new Map<string, Value>([['each', obj(at, { key: { kind: 'string', value: e.key, loc: e.keyLoc }, value: e.value })]]),
          })),
        };
      }
      if (v.kind === 'list' && v.items.every((i) => scalarText(i) !== undefined)) {
        return {
          keyed: true,
          keys: v.items.map((i) => ({ key: scalarText(i)!, vars: new Map<string, Value>([['each', obj(at, { key: i, value: i })]]) })),
        };
      }
      this.loader.notEvaluatedEntry(address, at, `for_each is not known statically (${v.kind === 'unknown' ? v.reason : 'not a map or set of strings'}); checked once with each.key/each.value unknown`);
      return { keys: null, keyed: true };
    }
    // No count or for_each: no iterator variables, and no empty map to allocate for each resource.
    return { keys: [{ key: '' }], keyed: false };
  }

  private expandModuleCall(block: BlockSyntax, file: string): void {
    const name = block.labels[0];
    if (!name) return;
    const address = `${this.prefix()}module.${name}`;
    const at = loc({ scope: this, file }, block.pos);
    const source = block.attributes.find((a) => a.name === 'source');
    const sourceText = source?.expr.t === 'lit' && typeof source.expr.v === 'string' ? source.expr.v : undefined;
    if (!sourceText) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, 'module source is not a literal string');
      return;
    }
    const call = this.loader.localModuleCalls(this.mod).find((c) => c.block === block);
    // Registry, git and archive sources, and relative sources inside a downloaded package.
    const version = block.attributes.find((a) => a.name === 'version')?.expr;
    const found = call ? { dir: call.sourceDir } : this.loader.remoteModuleDir(this.rootDir, this.address, name, this.moduleDir, sourceText, version?.t === 'lit' && typeof version.v === 'string' ? version.v : undefined);
    if ('why' in found) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, found.why);
      if (this.loader.hasModuleSources && !('local' in found)) this.loader.error(file, `${address}: ${found.why}; its resources are not checked`);
      return;
    }
    const child = this.loader.readModule(found.dir) ? this.loader.module(found.dir) : undefined;
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
    const instances = new Map<string, ModuleInstance>();
    for (const k of keys ?? [{ key: '', vars: undefined }]) {
      const inputs = new Map<string, () => Value>();
      const ctx: EvalContext = { scope: this, file, vars: k.vars };
      for (const attr of block.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        // Evaluated once: by the child's variable, or by the policy engine placing a finding on the caller.
        let value: Value | undefined;
        inputs.set(attr.name, () => (value ??= evaluate(attr.expr, ctx)));
      }
      const childAddress = keys === null || !keyed ? address : `${address}[${JSON.stringify(k.key)}]`;
      const site: ModuleCallSite = {
        address: childAddress,
        loc: at,
        sourceDir: child.dir,
        variables: moduleVariables(child),
        arguments: () => [...inputs].map(([name, value]) => ({ name, value: value() })),
      };
      const instance = new ModuleInstance(this.loader, child, childAddress, this.rootDir, inputs, this.depth + 1, [...this.callChain, site]);
      instances.set(String(k.key), instance);
      instance.expand();
    }
    this.children.set(name, { keyed: keyed && keys !== null, countKeyed: keys !== null && block.attributes.some((a) => a.name === 'count'), unexpanded: keys === null, instances });
    this.childLocations.set(name, at);
  }

  private expandResource(block: BlockSyntax, file: string): void {
    const [type, name] = block.labels;
    const mode = block.type === 'data' ? 'data' : 'managed';
    const base = `${this.prefix()}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const { keys } = this.instanceKeys(block, file, base);
    for (const k of keys ?? [{ key: undefined, vars: undefined }]) {
      const ctx: EvalContext = { scope: this, file, vars: k.vars };
      const address = k.key === '' || k.key === undefined ? base : `${base}[${JSON.stringify(k.key)}]`;
      this.loader.resources.push({
        mode,
        type,
        name,
        address,
        moduleAddress: this.address,
        moduleDir: this.moduleDir,
        rootDir: this.rootDir,
        instanceKey: k.key === '' ? undefined : k.key,
        loc: loc(ctx, block.pos),
        body: this.evaluateBlock(block, ctx),
        ...(this.callChain.length ? { callChain: this.callChain } : {}),
      });
    }
  }

  private evaluateBlock(block: BlockSyntax, ctx: EvalContext): EvaluatedBlock {
    const attributes = new Map<string, EvaluatedAttribute>();
    for (const attr of block.attributes) {
      if (attr.name === 'count' || attr.name === 'for_each') continue;
      attributes.set(attr.name, new Attribute(attr.name, loc(ctx, attr.pos), evaluate(attr.expr, ctx), attr.expr));
    }
    const out: EvaluatedBlock = { type: block.type, labels: block.labels, loc: loc(ctx, block.pos), attributes, blocks: [], unknownBlocks: [] };
    for (const child of block.blocks) {
      if (child.type === 'dynamic' && child.labels[0]) this.expandDynamic(child, ctx, out);
      else out.blocks.push(this.evaluateBlock(child, ctx));
    }
    return out;
  }

  /** `dynamic "x" { for_each = ...; content { ... } }` becomes one `x` block per element. */
  private expandDynamic(block: BlockSyntax, ctx: EvalContext, out: EvaluatedBlock): void {
    const type = block.labels[0];
    const at = loc(ctx, block.pos);
    const forEach = block.attributes.find((a) => a.name === 'for_each');
    const iterator = block.attributes.find((a) => a.name === 'iterator');
    const iterName = iterator && iterator.expr.t === 'var' ? iterator.expr.name : type;
    const content = block.blocks.find((b) => b.type === 'content');
    if (!forEach || !content) return;
    const coll = evaluate(forEach.expr, ctx);
    let pairs: { key: Value; value: Value }[] | undefined;
    if (coll.kind === 'list') pairs = coll.items.map((value, i) => ({ key: { kind: 'number', value: i, loc: value.loc } as Value, value }));
    else if (coll.kind === 'object') pairs = [...coll.entries.values()].map((e) => ({ key: { kind: 'string', value: e.key, loc: e.keyLoc } as Value, value: e.value }));
    if (!pairs) {
      out.unknownBlocks.push({ type, reason: coll.kind === 'unknown' ? coll.reason : `dynamic "${type}" for_each is not a collection`, loc: at });
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

  private addImport(block: BlockSyntax, file: string): void {
    const ctx: EvalContext = { scope: this, file };
    const to = block.attributes.find((a) => a.name === 'to');
    const id = block.attributes.find((a) => a.name === 'id') ?? block.attributes.find((a) => a.name === 'identity');
    if (!to) return;
    const target = traversalText(to.expr as Expr) ?? to.expr.src;
    this.loader.imports.push({
      to: `${this.prefix()}${target}`,
      id: id ? evaluate(id.expr, ctx) : unknown('import block has no id', loc(ctx, block.pos)),
      loc: loc(ctx, block.pos),
      moduleDir: this.moduleDir,
      rootDir: this.rootDir,
    });
  }
}

function obj(at: SourceLocation, fields: Record<string, Value>): Value {
  return {
    kind: 'object',
    loc: at,
    entries: new Map(Object.entries(fields).map(([key, value]) => [key, { key, keyLoc: at, value }])),
  };
}

function markSensitive(v: Value): Value {
  if (v.kind === 'string') return { ...v, sensitive: true } as StringValue;
  if (v.kind === 'list') return { ...v, items: v.items.map(markSensitive) };
  if (v.kind === 'object') return { ...v, entries: new Map([...v.entries].map(([k, e]) => [k, { ...e, value: markSensitive(e.value) }])) };
  return v;
}

/**
 * An evaluated attribute whose expression text and references are worked out when a rule asks for
 * them (two rules do, on two attributes): computing them for every attribute of every instance
 * cost a pass over each expression and kept a second copy of the source text alive.
 */
class Attribute implements EvaluatedAttribute {
  constructor(
    readonly name: string,
    readonly loc: SourceLocation,
    public value: Value,
    private readonly expr: Expr,
  ) {}

  private facts: { expression: string; references: readonly string[] } | undefined;

  get expression(): string {
    return (this.facts ??= expressionFacts(this.expr)).expression;
  }

  get references(): readonly string[] {
    return (this.facts ??= expressionFacts(this.expr)).references;
  }
}

/** What an attribute's syntax says, shared by every instance evaluated from it (count, for_each, module calls). */
const factsOfExpression = new WeakMap<Expr, { expression: string; references: readonly string[] }>();

function expressionFacts(expr: Expr): { expression: string; references: readonly string[] } {
  let facts = factsOfExpression.get(expr);
  if (!facts) {
    facts = { expression: expr.src.replace(/\s+/g, ' ').trim(), references: collectReferences(expr) };
    factsOfExpression.set(expr, facts);
  }
  return facts;
}

const variablesOfModule = new WeakMap<ParsedModule, { name: string; loc: SourceLocation }[]>();

/** A module's input variables and where each is declared, listed once per module (every call site shares it). */
function moduleVariables(mod: ParsedModule): { name: string; loc: SourceLocation }[] {
  let out = variablesOfModule.get(mod);
  if (!out) variablesOfModule.set(mod, (out = listVariables(mod)));
  return out;
}

function listVariables(mod: ParsedModule): { name: string; loc: SourceLocation }[] {
  const out: { name: string; loc: SourceLocation }[] = [];
  for (const f of mod.files) {
    for (const b of f.syntax.body.blocks) if (b.type === 'variable' && b.labels[0]) out.push({ name: b.labels[0], loc: { file: f.path, line: b.pos.line, endLine: b.pos.line } });
  }
  return out;
}
