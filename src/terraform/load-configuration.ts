// Module discovery and evaluation: every folder with `.tf` or `.tf.json` files is a module; folders no
// other scanned module calls are evaluated as roots, and local module calls are followed
// with their inputs, so a value written at a caller's `module` argument reaches the
// resource with the caller's line.
import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { collectReferences, evaluate, loc, scalarText, traversalText, unknown, type EvalContext, type EvalScope } from './evaluate.js';
import { getParser, HclSyntaxError, parseHclWith, parseTemplateWith, type AttributeSyntax, type BlockSyntax, type Expr, type FileSyntax, type TemplatePart } from './hcl-syntax.js';
import { JsonPositionError, parseJsonWithPositions } from './json-positions.js';
import { parseTerraformJson } from './json-syntax.js';
import type { BackendModel, ConfigurationModel, EvaluatedAttribute, EvaluatedBlock, ImportModel, ModuleCall, ResourceModel, ScanError, SourceFile } from './model.js';
import type { SourceLocation, StringValue, Value } from './values.js';

export interface LoadOptions {
  /** Absolute path of the repository root; every reported path is relative to it. */
  repoRoot: string;
  /** Files or folders to scan (absolute or relative to repoRoot). */
  paths: string[];
}

const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.terraform', '.terragrunt-cache']);
// Issue 13: a committed `x.tf -> /dev/zero` or a folder link to `/` must not be followed; each is a
// located error, so the run is incomplete. (file()/templatefile() refuse the same, in readRepoFile.)
const OUTSIDE_ROOT = 'symlink leads outside the repository; not followed';
// Windows has no O_NOFOLLOW: there every open takes the checked path.
const NO_FOLLOW = fsConstants.O_NOFOLLOW ?? 0;

function notRegular(stat: Stats): string {
  const kind = stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : 'not a regular file';
  return `${kind}, not a file; not read`;
}
// Terraform reads files of any size; generated configurations reach tens of MB. Beyond this bound a
// file is listed as not read (so the run is incomplete), never skipped silently.
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const MAX_MODULE_DEPTH = 16;
const META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

/** Terraform reads native syntax from `.tf` files and JSON syntax from `.tf.json` files. */
function isConfigurationFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

function toRepoPath(repoRoot: string, abs: string): string {
  const rel = relative(repoRoot, abs).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

interface ParsedModule {
  dir: string;
  files: { path: string; syntax: FileSyntax }[];
  tfvars: { path: string; values: Map<string, Value> }[];
}

export async function loadConfiguration(options: LoadOptions): Promise<ConfigurationModel> {
  const loader = new ConfigurationLoader(options, await getParser());
  return loader.load();
}

class ConfigurationLoader {
  private readonly repoRoot: string;
  private readonly repoReal: string;
  /** Resolved folders files may be read from: the repository, and scan paths the user named outside it. */
  private readonly roots: string[];
  private readonly modules = new Map<string, ParsedModule>();
  private readonly errors: ScanError[] = [];
  private readonly files = new Map<string, SourceFile>();
  private readonly moduleFiles = new Map<string, Set<string>>();
  private readonly templates = new Map<string, TemplatePart[]>();
  readonly resources: ResourceModel[] = [];
  readonly imports: ImportModel[] = [];
  readonly moduleCalls: ModuleCall[] = [];
  readonly notEvaluated: ConfigurationModel['notEvaluated'] = [];
  private readonly errorKeys = new Set<string>();
  /** Files read with bytes that are not UTF-8 (decoded to U+FFFD). */
  private readonly notUtf8 = new Set<string>();

  constructor(private readonly options: LoadOptions, readonly parser: Parser) {
    this.repoRoot = resolve(options.repoRoot);
    this.repoReal = realpathSync(this.repoRoot);
    this.roots = [this.repoReal];
    for (const p of options.paths) {
      const abs = isAbsolute(p) ? p : resolve(this.repoRoot, p);
      // Only a path named outside the repository widens the roots; a link inside it never does.
      if (abs === this.repoRoot || abs.startsWith(this.repoRoot + sep)) continue;
      try {
        const real = realpathSync.native(abs);
        if (!this.roots.some((r) => real === r || real.startsWith(r + sep))) this.roots.push(statSync(real).isDirectory() ? real : dirname(real));
      } catch {
        // A path that does not exist is reported by load().
      }
    }
  }

  load(): ConfigurationModel {
    const scanned: string[] = [];
    for (const p of this.options.paths) {
      const abs = isAbsolute(p) ? p : resolve(this.repoRoot, p);
      let stat;
      try {
        stat = statSync(abs);
      } catch {
        this.error(toRepoPath(this.repoRoot, abs), 'path does not exist');
        continue;
      }
      if (stat.isFile()) scanned.push(...this.discover(dirname(abs), false));
      else scanned.push(...this.discover(abs, true));
    }
    // Follow local module calls, also into folders outside the scanned paths.
    const queue = [...new Set(scanned)];
    const calledDirs = new Set<string>();
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
    for (const dir of rootDirs) {
      const instance = new ModuleInstance(this, this.modules.get(dir)!, '', dir, undefined, 0);
      instance.expand();
    }
    const moduleFiles = new Map<string, string[]>();
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
    };
  }

  private backends(): BackendModel[] {
    const out: BackendModel[] = [];
    for (const mod of this.modules.values()) {
      for (const f of mod.files) {
        for (const tf of f.syntax.body.blocks.filter((b) => b.type === 'terraform')) {
          for (const backend of tf.blocks.filter((b) => b.type === 'backend' && b.labels[0])) {
            const settings: Record<string, string> = {};
            const nonLiteral: string[] = [];
            for (const a of backend.attributes) {
              if (a.expr.t === 'lit' && a.expr.v !== null) settings[a.name] = String(a.expr.v);
              else nonLiteral.push(a.name);
            }
            out.push({ moduleDir: mod.dir, type: backend.labels[0], settings, nonLiteral, loc: { file: f.path, line: backend.pos.line, endLine: backend.pos.endLine } });
          }
        }
      }
    }
    return out.sort((a, b) => (a.moduleDir < b.moduleDir ? -1 : 1));
  }

  private isCalledFromScanned(dir: string, scanned: Set<string>): boolean {
    for (const caller of scanned) {
      const mod = this.modules.get(caller);
      if (mod && caller !== dir && this.localModuleCalls(mod).some((c) => c.sourceDir === dir)) return true;
    }
    return false;
  }

  error(file: string, message: string): void {
    const key = `${file}\u0000${message}`;
    if (this.errorKeys.has(key)) return;
    this.errorKeys.add(key);
    this.errors.push({ file, message });
  }

  notEvaluatedEntry(resource: string, at: SourceLocation, why: string): void {
    if (this.notEvaluated.some((n) => n.resource === resource && n.why === why)) return;
    this.notEvaluated.push({ resource, file: at.file, line: at.line, why });
  }

  recordModuleFile(dir: string, file: string): void {
    let set = this.moduleFiles.get(dir);
    if (!set) this.moduleFiles.set(dir, (set = new Set()));
    set.add(file);
  }

  /** Walks a folder tree; returns the repo-relative module folders found. */
  private discover(absDir: string, recursive: boolean): string[] {
    const found: string[] = [];
    const visiting = new Set<string>();
    // `real` is the folder's resolved path: asked of the system for the start and for symlinks;
    // a plain subfolder of a resolved folder is resolved already (folders have no hard links).
    const walk = (dir: string, knownReal?: string) => {
      let real: string;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch (e) {
        this.error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        return;
      }
      if (!this.insideRoot(real)) {
        this.error(toRepoPath(this.repoRoot, dir), OUTSIDE_ROOT);
        return;
      }
      if (visiting.has(real)) {
        this.error(toRepoPath(this.repoRoot, dir), 'symlink loop: this folder links back to one of its parents; skipped');
        return;
      }
      visiting.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      } catch (e) {
        this.error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        visiting.delete(real);
        return;
      }
      const rel = toRepoPath(this.repoRoot, dir);
      if (entries.some((e) => isConfigurationFile(e.name) && (e.isFile() || e.isSymbolicLink())) && this.readModule(rel, entries.map((e) => e.name))) found.push(rel);
      if (recursive) {
        for (const e of entries) {
          if (SKIPPED_DIRS.has(e.name)) continue;
          const child = join(dir, e.name);
          if (e.isDirectory()) walk(child, join(real, e.name));
          else if (e.isSymbolicLink()) {
            try {
              // A folder link out of the repository (`-> /`) would walk the whole filesystem.
              const target = realpathSync.native(child);
              if (!this.insideRoot(target)) this.error(toRepoPath(this.repoRoot, child), OUTSIDE_ROOT);
              else if (statSync(target).isDirectory()) walk(child, target);
            } catch (err) {
              const code = (err as NodeJS.ErrnoException).code;
              this.error(toRepoPath(this.repoRoot, child), code === 'ELOOP' ? 'symlink loop; skipped' : `broken symlink (${code}); skipped`);
            }
          }
        }
      }
      visiting.delete(real);
    };
    walk(absDir);
    return found;
  }

  /** Reads and parses one module folder; false when it has no readable `.tf` file. */
  readModule(dir: string, entryNames?: string[]): boolean {
    if (this.modules.has(dir)) return true;
    const abs = resolve(this.repoRoot, dir);
    let names: string[];
    try {
      names = entryNames ?? readdirSync(abs).sort();
    } catch (e) {
      this.error(dir, `cannot read module folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      return false;
    }
    if (!entryNames && !this.folderInsideRoot(dir, abs)) return false;
    const mod: ParsedModule = { dir, files: [], tfvars: [] };
    let tfCount = 0;
    for (const name of names) {
      const path = dir === '.' ? name : `${dir}/${name}`;
      const isTf = isConfigurationFile(name);
      const isTfJson = isTf && name.endsWith('.json');
      const isTfvars = name === 'terraform.tfvars' || name.endsWith('.auto.tfvars') || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars.json');
      if (!isTf && !isTfvars) continue;
      if (isTf) tfCount++;
      const text = this.readText(path);
      if (text === undefined) continue;
      if (this.notUtf8.has(path) && (isTfJson || !isTf)) {
        this.error(path, 'file is not valid UTF-8; skipped');
        continue;
      }
      this.recordModuleFile(dir, path);
      if (!isTf && name.endsWith('.json')) {
        const values = this.parseTfvarsJson(path, text);
        if (values) mod.tfvars.push({ path, values });
        continue;
      }
      let syntax: FileSyntax;
      try {
        syntax = isTfJson ? parseTerraformJson(this.parser, text) : parseHclWith(this.parser, text);
      } catch (e) {
        if (e instanceof HclSyntaxError) {
          this.error(path, `${e.message}; file skipped`);
          continue;
        }
        throw e;
      }
      const badLine = this.notUtf8.has(path) ? firstNonUtf8OutsideComments(text, syntax.comments) : undefined;
      if (badLine !== undefined) {
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
  private insideRoot(real: string): boolean {
    return this.roots.some((root) => real === root || real.startsWith(root.endsWith(sep) ? root : root + sep));
  }

  /** A module folder reached by a module call: false (and an error) when it resolves outside the repository. */
  private folderInsideRoot(dir: string, abs: string): boolean {
    let real: string;
    try {
      real = realpathSync.native(abs);
    } catch {
      return true; // readdir reports the folder's own error
    }
    if (this.insideRoot(real)) return true;
    this.error(dir, OUTSIDE_ROOT);
    return false;
  }

  /**
   * Opens a file of the repository for reading without following a symlink out of it and without
   * blocking on a FIFO; returns the descriptor and its stat, or the reason it was not opened.
   */
  private openInsideRoot(abs: string): { fd: number; stat: Stats } | { refused: string } {
    let fd: number;
    try {
      // O_NOFOLLOW: the fast path (no extra system call) for the usual regular file; a symlink
      // fails with ELOOP and is resolved and checked below. O_NONBLOCK: opening a FIFO never waits.
      fd = openSync(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | NO_FOLLOW);
    } catch (e) {
      // A socket cannot be opened at all (ENXIO): name it as what it is.
      if ((e as NodeJS.ErrnoException).code === 'ENXIO') return { refused: notRegular(statSync(abs)) };
      if ((e as NodeJS.ErrnoException).code !== 'ELOOP' || NO_FOLLOW === 0) throw e;
      const real = realpathSync.native(abs);
      if (!this.insideRoot(real)) return { refused: OUTSIDE_ROOT };
      const target = statSync(real);
      if (!target.isFile()) return { refused: notRegular(target) };
      fd = openSync(real, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    }
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      closeSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      return { refused: notRegular(stat) };
    }
    return { fd, stat };
  }

  /** Reads a text file of the repository; records an error and returns undefined when it cannot. */
  private readText(path: string): string | undefined {
    const abs = resolve(this.repoRoot, path);
    let fd: number | undefined;
    try {
      // Four system calls per file (open, fstat, read, close): on sandboxed runners each costs
      // tens of microseconds, and a scan reads thousands of files.
      const opened = this.openInsideRoot(abs);
      if ('refused' in opened) {
        this.error(path, opened.refused);
        return undefined;
      }
      fd = opened.fd;
      const stat = opened.stat;
      if (stat.size > MAX_FILE_BYTES) {
        this.error(path, `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped`);
        return undefined;
      }
      const buffer = readExactly(fd, stat.size);
      if (buffer.includes(0)) {
        this.error(path, 'binary file (contains NUL bytes), not HCL; skipped');
        return undefined;
      }
      try {
        return UTF8.decode(buffer);
      } catch {
        // Terraform accepts bytes that are not UTF-8 inside comments (a Latin-1 name in a
        // comment): readModule checks after parsing that every such byte is in one.
        this.notUtf8.add(path);
        return buffer.toString('utf8');
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      this.error(path, code === 'ELOOP' ? 'symlink loop; skipped' : `cannot read file (${code ?? (e as Error).message}); skipped`);
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private tfvarsValues(path: string, syntax: FileSyntax): Map<string, Value> {
    const values = new Map<string, Value>();
    const scope = new StaticScope(this, path);
    for (const attr of syntax.body.attributes) values.set(attr.name, evaluate(attr.expr, { scope, file: path }));
    return values;
  }

  private parseTfvarsJson(path: string, text: string): Map<string, Value> | undefined {
    try {
      const v = parseJsonWithPositions({ kind: 'string', value: text, loc: { file: path, line: 1, endLine: 1 }, segments: [{ start: 0, file: path, line: 1, literal: true }] });
      if (v.kind !== 'object') {
        this.error(path, 'a .tfvars.json file must hold a JSON object; skipped');
        return undefined;
      }
      return new Map([...v.entries].map(([k, e]) => [k, e.value]));
    } catch (e) {
      if (e instanceof JsonPositionError) {
        this.error(path, `${e.message}; file skipped`);
        return undefined;
      }
      throw e;
    }
  }

  localModuleCalls(mod: ParsedModule): { name: string; sourceDir: string; block: BlockSyntax; file: string }[] {
    const calls: { name: string; sourceDir: string; block: BlockSyntax; file: string }[] = [];
    for (const f of mod.files) {
      for (const block of f.syntax.body.blocks) {
        if (block.type !== 'module' || block.labels.length !== 1) continue;
        const source = block.attributes.find((a) => a.name === 'source');
        if (!source || source.expr.t !== 'lit' || typeof source.expr.v !== 'string') continue;
        const s = source.expr.v;
        if (!(s.startsWith('./') || s.startsWith('../'))) continue;
        const abs = resolve(this.repoRoot, mod.dir, s);
        const rel = toRepoPath(this.repoRoot, abs);
        if (rel.startsWith('..')) continue;
        calls.push({ name: block.labels[0], sourceDir: rel, block, file: f.path });
      }
    }
    return calls;
  }

  module(dir: string): ParsedModule | undefined {
    return this.modules.get(dir);
  }

  /** file()/templatefile() targets: relative to the root module (Terraform's working directory), then the module. */
  readRepoFile(path: string, rootDir: string, moduleDir: string): { repoPath: string; content: string } {
    const candidates = isAbsolute(path) ? [path] : [resolve(this.repoRoot, rootDir, path), resolve(this.repoRoot, moduleDir, path)];
    let lastError = `file ${JSON.stringify(path)} does not exist`;
    for (const abs of candidates) {
      let real: string;
      try {
        real = realpathSync(abs);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ELOOP') lastError = `file ${JSON.stringify(path)} is a symlink loop`;
        continue;
      }
      if (real !== this.repoReal && !real.startsWith(this.repoReal + sep)) {
        throw new Error(`file ${JSON.stringify(path)} is outside the repository; not read`);
      }
      const repoPath = toRepoPath(this.repoReal, real);
      const content = this.readText(repoPath);
      if (content === undefined) throw new Error(`file ${JSON.stringify(path)} could not be read`);
      // Terraform's file() refuses contents that are not UTF-8.
      if (this.notUtf8.has(repoPath)) throw new Error(`file ${JSON.stringify(path)} is not valid UTF-8`);
      this.recordModuleFile(moduleDir, repoPath);
      return { repoPath, content };
    }
    throw new Error(lastError);
  }

  template(repoPath: string, content: string): TemplatePart[] {
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
}

/**
 * The first line holding a replacement character (a byte that was not UTF-8) that no comment
 * accounts for, or undefined. Counted per line, so a real U+FFFD written in a comment is fine too.
 */
function firstNonUtf8OutsideComments(text: string, comments: readonly { line: number; text: string }[]): number | undefined {
  const inComments = new Map<number, number>();
  for (const c of comments) {
    c.text.split('\n').forEach((part, i) => {
      const n = part.split('\uFFFD').length - 1;
      if (n > 0) inComments.set(c.line + i, (inComments.get(c.line + i) ?? 0) + n);
    });
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const n = lines[i].split('\uFFFD').length - 1;
    if (n > (inComments.get(i + 1) ?? 0)) return i + 1;
  }
  return undefined;
}

/** Reads `size` bytes from the start of a file (fewer if it shrank meanwhile). */
function readExactly(fd: number, size: number): Buffer {
  const buffer = Buffer.allocUnsafe(size);
  let read = 0;
  while (read < size) {
    const n = readSync(fd, buffer, read, size - read, read);
    if (n === 0) break;
    read += n;
  }
  return read === size ? buffer : buffer.subarray(0, read);
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

function dedupeCalls(calls: ModuleCall[]): ModuleCall[] {
  const seen = new Set<string>();
  return calls.filter((c) => {
    const key = `${c.callerDir}\u0000${c.name}\u0000${c.sourceDir}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Scope for tfvars files: literals only. */
class StaticScope implements EvalScope {
  readonly moduleDir: string;
  readonly rootDir: string;
  constructor(private readonly loader: ConfigurationLoader, file: string) {
    this.moduleDir = file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
    this.rootDir = this.moduleDir;
  }
  variable(name: string, at: SourceLocation): Value { return unknown(`var.${name} cannot be used in a tfvars file`, at, true); }
  local(name: string, at: SourceLocation): Value { return unknown(`local.${name} cannot be used in a tfvars file`, at, true); }
  moduleOutput(): Value | undefined { return undefined; }
  readFile(): { repoPath: string; content: string } { throw new Error('functions reading files cannot be used in a tfvars file'); }
  template(repoPath: string, content: string): TemplatePart[] { return this.loader.template(repoPath, content); }
  reportError(file: string, message: string): void { this.loader.error(file, message); }
}

type Lazy = { state: 'pending' | 'running' | 'done'; value?: Value; compute: () => Value };

/** One instance of a module (root, or a local module call with its inputs). */
class ModuleInstance implements EvalScope {
  readonly moduleDir: string;
  private readonly variables = new Map<string, { block: BlockSyntax; file: string }>();
  private readonly locals = new Map<string, Lazy>();
  private readonly varCache = new Map<string, Lazy>();
  private readonly outputs = new Map<string, { attr: AttributeSyntax; file: string }>();
  private readonly children = new Map<string, { keyed: boolean; instances: Map<string, ModuleInstance> } | null>();
  private readonly childLocations = new Map<string, SourceLocation>();

  constructor(
    private readonly loader: ConfigurationLoader,
    private readonly mod: ParsedModule,
    readonly address: string,
    readonly rootDir: string,
    private readonly inputs: Map<string, () => Value> | undefined,
    private readonly depth: number,
  ) {
    this.moduleDir = mod.dir;
    for (const f of mod.files) {
      for (const block of f.syntax.body.blocks) {
        if (block.type === 'variable' && block.labels[0]) this.variables.set(block.labels[0], { block, file: f.path });
        else if (block.type === 'output' && block.labels[0]) {
          const value = block.attributes.find((a) => a.name === 'value');
          if (value) this.outputs.set(block.labels[0], { attr: value, file: f.path });
        } else if (block.type === 'locals') {
          for (const attr of block.attributes) {
            const ctx: EvalContext = { scope: this, file: f.path };
            this.locals.set(attr.name, { state: 'pending', compute: () => evaluate(attr.expr, ctx) });
          }
        }
      }
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
    const sensitive = decl.block.attributes.some((a) => a.name === 'sensitive' && a.expr.t === 'lit' && a.expr.v === true);
    let value: Value | undefined;
    const input = this.inputs?.get(name);
    if (input) value = input();
    if (!value && this.address === '') {
      // Root module: tfvars files override defaults; later files (lexical order, auto after terraform.tfvars) win.
      for (const tv of this.mod.tfvars) if (tv.values.has(name)) value = tv.values.get(name);
    }
    if (!value) {
      const def = decl.block.attributes.find((a) => a.name === 'default');
      if (def) value = evaluate(def.expr, { scope: this, file: decl.file });
    }
    if (!value) {
      const why = this.address === ''
        ? `var.${name} has no default and no value in terraform.tfvars (set at plan time)`
        : `var.${name} has no default and ${this.address} does not pass it`;
      return unknown(why, at);
    }
    if (value.kind === 'null' && !this.inputs?.get(name)) {
      const def = decl.block.attributes.find((a) => a.name === 'default');
      if (def) value = evaluate(def.expr, { scope: this, file: decl.file });
    }
    return sensitive ? markSensitive(value) : value;
  }

  local(name: string, at: SourceLocation): Value {
    const lazy = this.locals.get(name);
    if (!lazy) return unknown(`local.${name} is not defined in ${this.moduleDir}`, at, true);
    return this.resolveLazy(lazy, `local.${name}`, at);
  }

  moduleOutput(moduleName: string, rest: (string | number)[], at: SourceLocation): Value | undefined {
    const child = this.children.get(moduleName);
    if (!child) return undefined;
    let instance: ModuleInstance | undefined;
    let steps = rest;
    if (child.keyed) {
      instance = child.instances.get(String(rest[0]));
      steps = rest.slice(1);
    } else instance = child.instances.get('');
    if (!instance || typeof steps[0] !== 'string') return undefined;
    const out = instance.outputs.get(steps[0]);
    if (!out) return unknown(`module.${moduleName} has no output ${steps[0]}`, at, true);
    let v = evaluate(out.attr.expr, { scope: instance, file: out.file });
    for (const s of steps.slice(1)) {
      if (v.kind === 'object') v = v.entries.get(String(s))?.value ?? unknown(`no attribute ${s}`, at, true);
      else if (v.kind === 'list' && typeof s === 'number') v = v.items[s] ?? unknown(`index ${s} out of range`, at, true);
      else if (v.kind !== 'unknown') v = unknown(`cannot read ${s}`, at, true);
    }
    return v;
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
    for (const f of this.mod.files) {
      for (const block of f.syntax.body.blocks) if (block.type === 'module') this.expandModuleCall(block, f.path);
    }
    for (const f of this.mod.files) {
      for (const block of f.syntax.body.blocks) {
        if ((block.type === 'resource' || block.type === 'data') && block.labels.length === 2) this.expandResource(block, f.path);
        else if (block.type === 'import') this.addImport(block, f.path);
      }
    }
  }

  private instanceKeys(block: BlockSyntax, file: string, address: string): { keys: { key: string | number; vars: Map<string, Value> }[] | null; keyed: boolean } {
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
    return { keys: [{ key: '', vars: new Map() }], keyed: false };
  }

  private expandModuleCall(block: BlockSyntax, file: string): void {
    const name = block.labels[0];
    if (!name) return;
    const address = `${this.prefix()}module.${name}`;
    const at = loc({ scope: this, file }, block.pos);
    const source = block.attributes.find((a) => a.name === 'source');
    const sourceText = source?.expr.t === 'lit' && typeof source.expr.v === 'string' ? source.expr.v : undefined;
    if (!sourceText || !(sourceText.startsWith('./') || sourceText.startsWith('../'))) {
      this.children.set(name, null);
      this.loader.notEvaluatedEntry(address, at, sourceText ? `module source ${JSON.stringify(sourceText)} is not a local path; its resources are not evaluated` : 'module source is not a literal string');
      return;
    }
    const call = this.loader.localModuleCalls(this.mod).find((c) => c.block === block);
    const child = call && this.loader.module(call.sourceDir);
    if (!call || !child) {
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
    for (const k of keys ?? [{ key: '', vars: new Map<string, Value>() }]) {
      const inputs = new Map<string, () => Value>();
      const ctx: EvalContext = { scope: this, file, vars: k.vars };
      for (const attr of block.attributes) {
        if (META_ARGUMENTS.has(attr.name)) continue;
        inputs.set(attr.name, () => evaluate(attr.expr, ctx));
      }
      const childAddress = keys === null || !keyed ? address : `${address}[${JSON.stringify(k.key)}]`;
      const instance = new ModuleInstance(this.loader, child, childAddress, this.rootDir, inputs, this.depth + 1);
      instances.set(String(k.key), instance);
      instance.expand();
    }
    this.children.set(name, { keyed: keyed && keys !== null, instances });
    this.childLocations.set(name, at);
  }

  private expandResource(block: BlockSyntax, file: string): void {
    const [type, name] = block.labels;
    const mode = block.type === 'data' ? 'data' : 'managed';
    const base = `${this.prefix()}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const { keys } = this.instanceKeys(block, file, base);
    for (const k of keys ?? [{ key: undefined, vars: new Map<string, Value>() }]) {
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
      });
    }
  }

  private evaluateBlock(block: BlockSyntax, ctx: EvalContext): EvaluatedBlock {
    const attributes = new Map<string, EvaluatedAttribute>();
    for (const attr of block.attributes) {
      if (attr.name === 'count' || attr.name === 'for_each') continue;
      attributes.set(attr.name, {
        name: attr.name,
        loc: loc(ctx, attr.pos),
        value: evaluate(attr.expr, ctx),
        ...expressionFacts(attr.expr),
      });
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
