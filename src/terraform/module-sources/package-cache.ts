// Fetches module packages (registry, git, http archives) into a content cache keyed by package
// and version, shared by every call of a run and by later runs. A package is fetched into a
// private temporary folder and renamed into place, so a cache entry that exists is complete, and
// two runs filling the same entry at once both end with one whole copy.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { ArchiveError, DEFAULT_ARCHIVE_LIMITS, extractArchive, type ArchiveLimits } from './archive.js';
import { httpGet, ModuleFetchError, type HttpOptions, type RegistryClient } from './registry-client.js';
import { describeSource, packageKey, parseModuleSource, type ModuleSource } from './source-address.js';
import { newestMatchingVersion, parseVersionConstraint } from './version-constraints.js';

export interface PackageCacheOptions {
  cacheDir: string;
  http: HttpOptions;
  gitTimeoutMs: number;
  /** Downloads and clones at once. */
  concurrency: number;
  /** Environment of `git` (the caller's, with prompts turned off). */
  gitEnv: NodeJS.ProcessEnv;
  archiveLimits?: ArchiveLimits;
  /** Milliseconds since the epoch (tests move it); default Date.now. */
  now?: () => number;
}

/**
 * How long a registry's version list is reused from the cache. Within it a warm cache needs no
 * network at all; a version published meanwhile is picked up by the first run after it.
 */
export const VERSION_LIST_MAX_AGE_MS = 60 * 60 * 1000;

export interface FetchedModule {
  /** Root of the whole package (relative sources inside it resolve within it). */
  packageDir: string;
  /** The module folder: the package root or its `//subdir`. */
  moduleDir: string;
  /** The registry version chosen, for registry sources. */
  version?: string;
}

/** Bounds concurrent work: at most `limit` functions run at once. */
class WorkQueue {
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly limit: number) {}
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    try {
      return await work();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

function runGit(args: string[], options: PackageCacheOptions, cwd?: string): Promise<void> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, env: options.gitEnv, timeout: options.gitTimeoutMs, maxBuffer: 4 * 1024 * 1024 }, (error, _stdout, stderr) => {
      if (!error) return done();
      const e = error as NodeJS.ErrnoException & { killed?: boolean };
      if (e.code === 'ENOENT') return fail(new ModuleFetchError('git is not installed (needed for git module sources)'));
      const lines = String(stderr).trim().split('\n').filter(Boolean);
      const last = lines.find((l) => /^(fatal|error):/.test(l)) ?? lines.pop() ?? e.message;
      fail(new ModuleFetchError(e.killed ? `git ${args[0]} took longer than ${options.gitTimeoutMs / 1000} s` : `git ${args[0]} failed: ${describeSource(last)}`));
    });
  });
}

export class PackageCache {
  private readonly queue: WorkQueue;
  private readonly inFlight = new Map<string, Promise<string>>();
  /** Packages fetched over the network in this process (for the bench and the log). */
  readonly downloaded: string[] = [];

  constructor(private readonly registry: RegistryClient, private readonly options: PackageCacheOptions) {
    // Absolute, so that a package's subdirectories compare with it.
    this.options = { ...options, cacheDir: resolve(options.cacheDir) };
    this.queue = new WorkQueue(Math.max(1, options.concurrency));
  }

  /** Calls with the same source and constraint get the same module, looked up once per run. */
  private readonly fetched = new Map<string, Promise<FetchedModule>>();

  fetchModule(sourceText: string, versionConstraint: string | undefined): Promise<FetchedModule> {
    const key = `${sourceText}\u0000${versionConstraint ?? ''}`;
    let pending = this.fetched.get(key);
    if (!pending) this.fetched.set(key, (pending = this.fetchModuleFrom(sourceText, versionConstraint)));
    return pending;
  }

  private async fetchModuleFrom(sourceText: string, versionConstraint: string | undefined, hops = 0): Promise<FetchedModule> {
    const source = parseModuleSource(sourceText);
    switch (source.kind) {
      case 'local': throw new ModuleFetchError('a local path is not a package');
      case 'unsupported': throw new ModuleFetchError(source.why);
      case 'registry': {
        const path = `${source.namespace}/${source.name}/${source.system}`;
        let version = this.cachedExactVersion(source, versionConstraint);
        let available: string[] = [];
        if (!version) {
          available = await this.versionList(source.host, path);
          try {
            version = newestMatchingVersion(available, versionConstraint);
          } catch (e) {
            throw new ModuleFetchError((e as Error).message);
          }
        }
        if (!version) {
          throw new ModuleFetchError(`${source.host}: no version of ${path} matches ${JSON.stringify(versionConstraint ?? '')} (${available.length} available${available.length ? `, newest ${newestMatchingVersion(available, undefined) ?? available[0]}` : ''})`);
        }
        const packageDir = await this.cached(packageKey(source, version), async (into) => {
          const address = await this.queue.run(() => this.registry.downloadAddress(source.host, path, version!));
          const inner = parseModuleSource(address);
          if (inner.kind === 'registry' || inner.kind === 'local' || inner.kind === 'unsupported') throw new ModuleFetchError(`${source.host}: X-Terraform-Get for ${path} ${version} is not a package address`);
          await this.populate(inner, into, source.host);
          // The subdirectory X-Terraform-Get named belongs to the cached package: noted inside it.
          writeFileSync(join(into, PACKAGE_NOTE), JSON.stringify({ subdir: inner.subdir }));
        });
        return { packageDir, moduleDir: this.moduleDir(packageDir, joinSubdirs(readPackageSubdir(packageDir), source.subdir)), version };
      }
      case 'http': {
        if (hops > 3) throw new ModuleFetchError('too many X-Terraform-Get redirections');
        const url = new URL(source.url);
        url.searchParams.set('terraform-get', '1');
        const res = await this.queue.run(() => httpGet(url.toString(), this.options.http));
        const get = res.headers.get('x-terraform-get');
        if (res.status >= 300 || !get) throw new ModuleFetchError(`${url.host}: ${res.status >= 300 ? `HTTP ${res.status}` : 'not an archive and no X-Terraform-Get header'}`);
        const next = /^[a-z0-9]+::|^[a-z][a-z0-9+.-]*:\/\//i.test(get) ? get : new URL(get, res.url).toString();
        const inner = await this.fetchModuleFrom(next, undefined, hops + 1);
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
  private cachedExactVersion(source: Extract<ModuleSource, { kind: 'registry' }>, constraint: string | undefined): string | undefined {
    let conditions;
    try {
      conditions = constraint ? parseVersionConstraint(constraint) : [];
    } catch {
      return undefined;
    }
    if (conditions.length !== 1 || conditions[0].op !== '=') return undefined;
    const v = conditions[0].version;
    const text = `${v.segments.join('.')}${v.prerelease ? `-${v.prerelease}` : ''}`;
    return existsSync(this.entryPath(packageKey(source, text))) ? text : undefined;
  }

  /** The registry's versions of a module: from the cache when fetched within VERSION_LIST_MAX_AGE_MS, else asked (and kept). */
  private async versionList(host: string, path: string): Promise<string[]> {
    const file = join(this.options.cacheDir, 'versions', `${createHash('sha256').update(`${host}/${path}`).digest('hex').slice(0, 40)}.json`);
    const now = (this.options.now ?? Date.now)();
    try {
      const kept = JSON.parse(readFileSync(file, 'utf8')) as { fetchedAt?: unknown; versions?: unknown };
      const age = now - Number(kept.fetchedAt);
      if (age >= 0 && age < VERSION_LIST_MAX_AGE_MS && Array.isArray(kept.versions) && kept.versions.every((v) => typeof v === 'string')) return kept.versions as string[];
    } catch {
      // No list kept, or not readable: ask the registry.
    }
    const versions = await this.queue.run(() => this.registry.versions(host, path));
    try {
      mkdirSync(dirname(file), { recursive: true });
      const temp = `${file}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      writeFileSync(temp, JSON.stringify({ fetchedAt: now, versions }));
      renameSync(temp, file);
    } catch {
      // A cache that cannot be written costs the next run one request, nothing else.
    }
    return versions;
  }

  private moduleDir(packageDir: string, subdir: string): string {
    const dir = resolve(packageDir, subdir);
    if (dir !== packageDir && !dir.startsWith(packageDir + sep)) throw new ModuleFetchError(`subdirectory ${JSON.stringify(subdir)} leaves the package`);
    if (!existsSync(dir)) throw new ModuleFetchError(`the package has no subdirectory ${JSON.stringify(subdir)}`);
    return dir;
  }

  private entryPath(key: string): string {
    return join(this.options.cacheDir, 'packages', createHash('sha256').update(key).digest('hex').slice(0, 40));
  }

  /** The cache folder for `key`, filled by `fill` when absent (once per process, atomically across processes). */
  private cached(key: string, fill: (into: string) => Promise<void>): Promise<string> {
    const final = this.entryPath(key);
    let pending = this.inFlight.get(final);
    if (pending) return pending;
    pending = (async () => {
      if (existsSync(final)) return final;
      mkdirSync(join(this.options.cacheDir, 'packages'), { recursive: true });
      const temp = `${final}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await fill(temp);
        try {
          renameSync(temp, final);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw e;
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

  private async populate(source: ModuleSource, into: string, registryHost?: string): Promise<void> {
    if (source.kind === 'git') {
      await this.queue.run(() => this.cloneGit(source, into));
      return;
    }
    if (source.kind === 'archive') {
      const url = new URL(source.url);
      // A registry token goes along only to the registry itself: its hostname or the host serving its modules.v1 API.
      const apiHost = registryHost ? new URL(await this.registry.modulesBase(registryHost)).host : undefined;
      const token = registryHost && (url.host === registryHost || url.host === apiHost) ? this.registry.tokenFor(registryHost) : undefined;
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

  private async cloneGit(source: Extract<ModuleSource, { kind: 'git' }>, into: string): Promise<void> {
    const base = ['-c', 'advice.detachedHead=false', 'clone', '--quiet'];
    // A shallow clone of a branch or tag first; a commit id needs the full history.
    const depth = String(source.depth ?? 1);
    try {
      await runGit([...base.slice(2), '--depth', depth, ...(source.ref ? ['--branch', source.ref] : []), '--', source.url, into], this.options);
    } catch (e) {
      if (!source.ref || source.depth) throw e;
      rmSync(into, { recursive: true, force: true });
      await runGit([...base.slice(2), '--', source.url, into], this.options);
      await runGit(['-c', 'advice.detachedHead=false', 'checkout', '--quiet', source.ref, '--'], this.options, into);
    }
    rmSync(join(into, '.git'), { recursive: true, force: true });
  }
}

function joinSubdirs(a: string, b: string): string {
  return [a, b].filter(Boolean).join('/');
}

function relativeSubdir(m: FetchedModule): string {
  return m.moduleDir === m.packageDir ? '' : m.moduleDir.slice(m.packageDir.length + 1).split(sep).join('/');
}

const PACKAGE_NOTE = '.ecs-drift-guard-package.json';

function readPackageSubdir(packageDir: string): string {
  try {
    const subdir = (JSON.parse(readFileSync(join(packageDir, PACKAGE_NOTE), 'utf8')) as { subdir?: unknown }).subdir;
    return typeof subdir === 'string' ? subdir : '';
  } catch {
    return '';
  }
}
