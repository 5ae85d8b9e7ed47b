// Module discovery and evaluation: every folder with `.tf` or `.tf.json` files is a module; folders no
// other scanned module calls are evaluated as roots, and local module calls are followed
// with their inputs, so a value written at a caller's `module` argument reaches the
// resource with the caller's line.
import { closeSync, constants as fsConstants, fstatSync, openSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { evaluate, unknown, type EvalScope } from './evaluate.js';
import { ModuleInstance, type LocalModuleCall, type ModuleHost, type ParsedModule } from './module-instance.js';
import { getParser, HclSyntaxError, parseHclWith, parseTemplateWith, type FileSyntax, type TemplatePart } from './hcl-syntax.js';
import { JsonPositionError, parseJsonWithPositions } from './json-positions.js';
import { parseTerraformJson } from './json-syntax.js';
import type { BackendModel, ConfigurationModel, ImportModel, ModuleCall, ResourceModel, ScanError, SourceFile } from './model.js';
import type { BlockSyntax } from './hcl-syntax.js';
import type { SourceLocation, Value } from './values.js';
import { isLocalSource } from './module-sources/source-address.js';
import { decodeUtf8, firstNonUtf8OutsideComments, readExactly } from './file-text.js';
import { ParsePool, type ParsedFile, type ParseThreadOptions } from './parse-pool.js';
import { moduleKeyOf, type ModuleCallSite, type ModuleSourceResolution, type ModuleSourceResolver } from './module-sources/index.js';

export interface LoadOptions {
  /** Absolute path of the repository root; every reported path is relative to it. */
  repoRoot: string;
  /** Files or folders to scan (absolute or relative to repoRoot). */
  paths: string[];
  /** Finds the code of non-local module sources (registry, git, archives); without it they are not evaluated. */
  moduleSources?: ModuleSourceResolver;
  /** Parsing on worker threads (see parse-pool.ts); by default as many as the machine has cores, for large scans. */
  parseThreads?: ParseThreadOptions;
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

/** Terraform reads native syntax from `.tf` files and JSON syntax from `.tf.json` files. */
function isConfigurationFile(name: string): boolean {
  return name.endsWith('.tf') || name.endsWith('.tf.json');
}

function toRepoPath(repoRoot: string, abs: string): string {
  const rel = relative(repoRoot, abs).split(sep).join('/');
  return rel === '' ? '.' : rel;
}

export async function loadConfiguration(options: LoadOptions): Promise<ConfigurationModel> {
  const loader = new ConfigurationLoader(options, await getParser());
  return await loader.load();
}

class ConfigurationLoader implements ModuleHost {
  private readonly repoRoot: string;
  private readonly repoReal: string;
  /** Resolved folders files may be read from: the repository, and scan paths the user named outside it. */
  private readonly roots: string[];
  /** Folders to add to `roots` once they exist (the module package cache). */
  private readonly pendingRoots: string[] = [];
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
  /** Files read and parsed ahead of readModule (see discover). */
  private readonly readAhead = new Map<string, ReadOutcome>();
  private readonly parsedAhead = new Map<string, ParsedFile>();
  private readonly pool: ParsePool;

  constructor(private readonly options: LoadOptions, readonly parser: Parser) {
    this.pool = new ParsePool(parser, options.parseThreads);
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

  async load(): Promise<ConfigurationModel> {
    try {
      return await this.loadAll();
    } finally {
      await this.pool.close();
    }
  }

  private async loadAll(): Promise<ConfigurationModel> {
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
      if (stat.isFile()) scanned.push(...(await this.discover(dirname(abs), false)));
      else scanned.push(...(await this.discover(abs, true)));
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
    // The package cache is read like the repository (its archives were extracted with no entry or
    // link leaving it); it may only come into being while prepare() downloads.
    this.pendingRoots.push(...(this.options.moduleSources?.readRoots?.() ?? []).map((r) => resolve(r)));
    await this.options.moduleSources?.prepare(rootDirs.map((d) => resolve(this.repoRoot, d)), (abs) => this.moduleCallSites(abs));
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
      packages: (this.options.moduleSources?.packages?.() ?? []).map((p) => ({ ...p, dir: toRepoPath(this.repoRoot, p.dir) })),
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

  /**
   * Walks a folder tree; returns the repo-relative module folders found. The walk notes the
   * module folders and its errors in order; the folders' `.tf` files are then read and parsed
   * together (on several threads when there are many), and the notes are replayed in order, so
   * errors and modules come out as a walk that read each folder at once would give.
   */
  private async discover(absDir: string, recursive: boolean): Promise<string[]> {
    const walked: ({ dir: string; names: string[] } | { file: string; message: string })[] = [];
    const error = (file: string, message: string) => walked.push({ file, message });
    const visiting = new Set<string>();
    // `.tf` files found so far: enough of them start the parse threads while the walk goes on.
    let tfFiles = 0;
    // `real` is the folder's resolved path: asked of the system for the start and for symlinks;
    // a plain subfolder of a resolved folder is resolved already (folders have no hard links).
    const walk = (dir: string, knownReal?: string) => {
      let real: string;
      try {
        real = knownReal ?? realpathSync.native(dir);
      } catch (e) {
        error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        return;
      }
      if (!this.insideRoot(real)) {
        error(toRepoPath(this.repoRoot, dir), OUTSIDE_ROOT);
        return;
      }
      if (visiting.has(real)) {
        error(toRepoPath(this.repoRoot, dir), 'symlink loop: this folder links back to one of its parents; skipped');
        return;
      }
      visiting.add(real);
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
      } catch (e) {
        error(toRepoPath(this.repoRoot, dir), `cannot read folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
        visiting.delete(real);
        return;
      }
      const rel = toRepoPath(this.repoRoot, dir);
      if (entries.some((e) => isConfigurationFile(e.name) && (e.isFile() || e.isSymbolicLink()))) {
        walked.push({ dir: rel, names: entries.map((e) => e.name) });
        tfFiles += entries.filter((e) => e.name.endsWith('.tf')).length;
        this.pool.warmUp(tfFiles);
      }
      if (recursive) {
        for (const e of entries) {
          if (SKIPPED_DIRS.has(e.name) || !(e.isDirectory() || e.isSymbolicLink())) continue;
          const child = join(dir, e.name);
          if (e.isDirectory()) walk(child, join(real, e.name));
          else {
            try {
              // A folder link out of the repository (`-> /`) would walk the whole filesystem.
              const target = realpathSync.native(child);
              if (!this.insideRoot(target)) error(toRepoPath(this.repoRoot, child), OUTSIDE_ROOT);
              else if (statSync(target).isDirectory()) walk(child, target);
            } catch (err) {
              const code = (err as NodeJS.ErrnoException).code;
              error(toRepoPath(this.repoRoot, child), code === 'ELOOP' ? 'symlink loop; skipped' : `broken symlink (${code}); skipped`);
            }
          }
        }
      }
      visiting.delete(real);
    };
    walk(absDir);
    // Folders an earlier scan path already read are not read again (readModule keeps the first).
    const toRead = walked.flatMap((w) => ('dir' in w && !this.modules.has(w.dir) ? w.names.filter((n) => n.endsWith('.tf')).map((n) => (w.dir === '.' ? n : `${w.dir}/${n}`)) : []));
    await this.parseAhead(toRead);
    const found: string[] = [];
    for (const w of walked) {
      if ('message' in w) this.error(w.file, w.message);
      else if (this.readModule(w.dir, w.names)) found.push(w.dir);
    }
    return found;
  }

  /**
   * Reads and parses files ahead of readModule, which takes the outcomes: read errors are recorded
   * when readModule reads the file, so they keep their place among the other errors.
   */
  private async parseAhead(paths: string[]): Promise<void> {
    const read = (path: string): string | undefined => {
      const outcome = this.readOutcome(path);
      this.readAhead.set(path, outcome);
      return 'text' in outcome ? outcome.text : undefined;
    };
    for (const [path, file] of await this.pool.parseAll(paths, read)) this.parsedAhead.set(path, file);
  }

  /** The syntax of a file parsed ahead (undefined when it was not): a syntax error throws, as parsing it now would. */
  private takeParsed(path: string, text: string): FileSyntax | undefined {
    const ahead = this.parsedAhead.get(path);
    if (!ahead || ahead.text !== text) return undefined;
    this.parsedAhead.delete(path);
    if ('error' in ahead.outcome) throw ahead.outcome.error;
    return ahead.outcome.syntax;
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
        syntax = isTfJson ? parseTerraformJson(this.parser, text) : (this.takeParsed(path, text) ?? parseHclWith(this.parser, text));
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
    for (const pending of [...this.pendingRoots]) {
      try {
        this.roots.push(realpathSync.native(pending));
        this.pendingRoots.splice(this.pendingRoots.indexOf(pending), 1);
      } catch {
        // Not there yet: nothing has been downloaded into it.
      }
    }
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
    const outcome = this.readAhead.get(path) ?? this.readOutcome(path);
    this.readAhead.delete(path);
    if ('error' in outcome) {
      this.error(path, outcome.error);
      return undefined;
    }
    if (outcome.notUtf8) this.notUtf8.add(path);
    return outcome.text;
  }

  /** A text file of the repository, or why it cannot be read. */
  private readOutcome(path: string): ReadOutcome {
    const abs = resolve(this.repoRoot, path);
    let fd: number | undefined;
    try {
      // Four system calls per file (open, fstat, read, close): on sandboxed runners each costs
      // tens of microseconds, and a scan reads thousands of files.
      const opened = this.openInsideRoot(abs);
      if ('refused' in opened) return { error: opened.refused };
      fd = opened.fd;
      const stat = opened.stat;
      if (stat.size > MAX_FILE_BYTES) return { error: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB; skipped` };
      const buffer = readExactly(fd, stat.size);
      if (buffer.includes(0)) return { error: 'binary file (contains NUL bytes), not HCL; skipped' };
      try {
        return { text: decodeUtf8(buffer), notUtf8: false };
      } catch {
        // Terraform accepts bytes that are not UTF-8 inside comments (a Latin-1 name in a
        // comment): readModule checks after parsing that every such byte is in one.
        return { text: buffer.toString('utf8'), notUtf8: true };
      }
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return { error: code === 'ELOOP' ? 'symlink loop; skipped' : `cannot read file (${code ?? (e as Error).message}); skipped` };
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
      const v = parseJsonWithPositions({ kind: 'string', value: text, loc: { file: path, line: 1, endLine: 1 }, segments: [{ start: 0, file: path, line: 1, literal: true, column: 1 }] });
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

  /** A module's local calls, found once per module (every instance of it asks). */
  private readonly localCalls = new WeakMap<ParsedModule, LocalModuleCall[]>();

  localModuleCalls(mod: ParsedModule): LocalModuleCall[] {
    let calls = this.localCalls.get(mod);
    if (!calls) this.localCalls.set(mod, (calls = this.findLocalModuleCalls(mod)));
    return calls;
  }

  private findLocalModuleCalls(mod: ParsedModule): LocalModuleCall[] {
    const calls: LocalModuleCall[] = [];
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

  /** The module blocks of a folder with literal sources, for the module-source resolver. */
  private moduleCallSites(absDir: string): ModuleCallSite[] {
    const dir = toRepoPath(this.repoRoot, absDir);
    if (!this.readModule(dir)) return [];
    const literal = (b: BlockSyntax, name: string) => {
      const e = b.attributes.find((a) => a.name === name)?.expr;
      return e?.t === 'lit' && typeof e.v === 'string' ? e.v : undefined;
    };
    return this.modules.get(dir)!.files.flatMap((f) => f.syntax.body.blocks)
      .filter((b) => b.type === 'module' && b.labels.length === 1 && literal(b, 'source') !== undefined)
      .map((b) => ({ name: b.labels[0]!, source: literal(b, 'source')!, version: literal(b, 'version') }));
  }

  get hasModuleSources(): boolean {
    return this.options.moduleSources !== undefined;
  }

  /** Absolute folders and repo-relative paths of the module folders calls are made from and resolve to, worked out once each. */
  private readonly absoluteDirs = new Map<string, string>();
  private readonly repoDirs = new Map<string, string>();

  /** The folder (repo-relative) of a non-local module source, or why there is none. */
  remoteModuleDir(rootDir: string, address: string, name: string, callerDir: string, source: string, version: string | undefined): ModuleSourceResolution | { why: string; local: true } {
    const absolute = (dir: string) => {
      let abs = this.absoluteDirs.get(dir);
      if (abs === undefined) this.absoluteDirs.set(dir, (abs = resolve(this.repoRoot, dir)));
      return abs;
    };
    const found = this.options.moduleSources?.resolve({ rootDir: absolute(rootDir), key: moduleKeyOf(address, name), callerDir: absolute(callerDir), source, version });
    if (found && 'dir' in found) {
      let dir = this.repoDirs.get(found.dir);
      if (dir === undefined) this.repoDirs.set(found.dir, (dir = toRepoPath(this.repoRoot, found.dir)));
      return { dir };
    }
    if (isLocalSource(source)) return { why: `module source ${JSON.stringify(source)} has no readable .tf or .tf.json files`, local: true };
    return found ?? { why: `module source ${JSON.stringify(source)} is not a local path; its resources are not evaluated` };
  }

  /** file()/templatefile() targets: relative to the root module (Terraform's working directory), then the module. */
  readRepoFile(path: string, rootDir: string, moduleDir: string): { repoPath: string; content: string } {
    const candidates = isAbsolute(path) ? [path] : [resolve(this.repoRoot, rootDir, path), resolve(this.repoRoot, moduleDir, path)];
    let lastError = `file ${JSON.stringify(path)} does not exist`;
    for (const abs of candidates) {
      let real: string;
      try {
        real = realpathSync.native(abs);
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

/** A file's text (with whether it had bytes that are not UTF-8), or why it could not be read. */
type ReadOutcome = { text: string; notUtf8: boolean } | { error: string };

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
