// Module source addresses as Terraform reads them (developer.hashicorp.com/terraform/language/
// modules/sources): local paths, registry addresses `[HOST/]NAMESPACE/NAME/SYSTEM`, and the
// go-getter forms Terraform accepts: `git::URL`, `git@host:path`, `github.com/org/repo`, and
// http(s) archives. `//subdir` selects a folder inside the package; `?ref=` a git revision.

export const DEFAULT_REGISTRY_HOST = 'registry.terraform.io';

export type ModuleSource =
  | { kind: 'local'; path: string }
  | { kind: 'registry'; host: string; namespace: string; name: string; system: string; subdir: string }
  | { kind: 'git'; url: string; ref?: string; depth?: number; subdir: string }
  | { kind: 'archive'; url: string; format: ArchiveFormat; subdir: string }
  /** An http(s) URL without an archive extension: Terraform asks it for `X-Terraform-Get`. */
  | { kind: 'http'; url: string; subdir: string }
  | { kind: 'unsupported'; why: string };

export type ArchiveFormat = 'tar.gz' | 'zip' | 'tar';

const REGISTRY_PART = /^[0-9A-Za-z](?:[0-9A-Za-z_-]{0,62}[0-9A-Za-z])?$/;
const SYSTEM_PART = /^[0-9a-z]{1,64}$/;
// Hosts that go-getter shorthands own; Terraform never reads them as registries.
const NOT_REGISTRY_HOSTS = new Set(['github.com', 'bitbucket.org', 'gitlab.com']);

export function isLocalSource(source: string): boolean {
  return source.startsWith('./') || source.startsWith('../') || source.startsWith('.\\') || source.startsWith('..\\');
}

/** Splits `URL//subdir?query` (go-getter's SourceDirSubdir): the `//` after a scheme's `://` does not count. */
export function splitSubdir(source: string): { base: string; subdir: string } {
  const schemeEnd = source.indexOf('://');
  const from = schemeEnd >= 0 ? schemeEnd + 3 : 0;
  const queryStart = source.indexOf('?', from);
  const beforeQuery = queryStart >= 0 ? source.slice(0, queryStart) : source;
  const query = queryStart >= 0 ? source.slice(queryStart) : '';
  const slash = beforeQuery.indexOf('//', from);
  if (slash < 0) return { base: source, subdir: '' };
  return { base: beforeQuery.slice(0, slash) + query, subdir: beforeQuery.slice(slash + 2).replace(/^\/+|\/+$/g, '') };
}

function archiveFormatOf(path: string, archiveParam: string | null): ArchiveFormat | undefined {
  const name = (archiveParam ?? path).toLowerCase();
  if (name.endsWith('tar.gz') || name.endsWith('tgz')) return 'tar.gz';
  if (name.endsWith('zip')) return 'zip';
  if (name.endsWith('tar')) return 'tar';
  return undefined;
}

function parseRegistry(base: string, subdir: string): ModuleSource | undefined {
  if (base.includes('://') || base.includes('?') || base.includes('::')) return undefined;
  const parts = base.split('/');
  if (parts.length !== 3 && parts.length !== 4) return undefined;
  const host = parts.length === 4 ? parts[0].toLowerCase() : DEFAULT_REGISTRY_HOST;
  const [namespace, name, system] = parts.slice(-3);
  if (NOT_REGISTRY_HOSTS.has(host)) return undefined;
  if (parts.length === 4 && !/^[0-9a-z.-]+(?::\d+)?$/.test(host)) return undefined;
  if (!REGISTRY_PART.test(namespace) || !REGISTRY_PART.test(name) || !SYSTEM_PART.test(system.toLowerCase())) return undefined;
  return { kind: 'registry', host, namespace, name, system, subdir };
}

function gitSource(rawUrl: string, subdir: string): ModuleSource {
  const q = rawUrl.indexOf('?');
  const params = new URLSearchParams(q >= 0 ? rawUrl.slice(q + 1) : '');
  const url = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
  const ref = params.get('ref') ?? undefined;
  const depth = params.get('depth') ? Number(params.get('depth')) : undefined;
  if (ref !== undefined && (ref === '' || ref.startsWith('-'))) return { kind: 'unsupported', why: `git ref ${JSON.stringify(ref)} is not a revision` };
  if (url.startsWith('-')) return { kind: 'unsupported', why: 'git URL starts with "-"' };
  return { kind: 'git', url, ref, depth: Number.isInteger(depth) && depth! > 0 ? depth : undefined, subdir };
}

export function parseModuleSource(source: string): ModuleSource {
  if (isLocalSource(source)) return { kind: 'local', path: source };
  const { base, subdir } = splitSubdir(source);
  if (subdir.split('/').includes('..')) return { kind: 'unsupported', why: `subdirectory ${JSON.stringify(subdir)} leaves the package` };
  const registry = parseRegistry(base, subdir);
  if (registry) return registry;
  const forced = /^([a-z0-9]+)::(.*)$/.exec(base);
  if (forced) {
    if (forced[1] === 'git') return gitSource(forced[2], subdir);
    if (forced[1] === 'http' || forced[1] === 'https') return httpSource(forced[2], subdir);
    return { kind: 'unsupported', why: `${forced[1]}:: sources are not supported (only git::, http(s) archives and registries)` };
  }
  // go-getter's git detector: scp-like SSH `git@host:org/repo.git`.
  const scp = /^([A-Za-z0-9._-]+@[A-Za-z0-9.-]+):([^/].*)$/.exec(base);
  if (scp && !base.includes('://')) return gitSource(`ssh://${scp[1]}/${scp[2]}`, subdir);
  // go-getter's GitHub detector: `github.com/org/repo[.git][?ref=…]`.
  const gh = /^github\.com\/([^/?]+)\/([^/?]+?)(?:\.git)?(\?.*)?$/.exec(base);
  if (gh) return gitSource(`https://github.com/${gh[1]}/${gh[2]}.git${gh[3] ?? ''}`, subdir);
  if (/^https?:\/\//i.test(base)) return httpSource(base, subdir);
  if (/^(s3|gcs|hg)::/.test(base) || base.startsWith('bitbucket.org/')) return { kind: 'unsupported', why: 'this source type is not supported (only registries, git and http(s) archives)' };
  return { kind: 'unsupported', why: 'not a registry address, git URL or http(s) archive' };
}

function httpSource(url: string, subdir: string): ModuleSource {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unsupported', why: 'not a valid URL' };
  }
  const format = archiveFormatOf(parsed.pathname, parsed.searchParams.get('archive'));
  if (format) {
    // go-getter strips its own `archive` parameter before the request.
    parsed.searchParams.delete('archive');
    return { kind: 'archive', url: parsed.toString(), format, subdir };
  }
  return { kind: 'http', url: parsed.toString(), subdir };
}

/** The package a source names, without its subdirectory: one cache entry per package and version. */
export function packageKey(source: ModuleSource, version?: string): string {
  switch (source.kind) {
    case 'registry': return `registry ${source.host}/${source.namespace}/${source.name}/${source.system} ${version ?? ''}`;
    case 'git': return `git ${source.url} ${source.ref ?? ''} ${source.depth ?? ''}`;
    case 'archive': return `archive ${source.format} ${source.url}`;
    case 'http': return `http ${source.url}`;
    default: return '';
  }
}

/** Text for messages: the source without credentials in URLs. */
export function describeSource(source: string): string {
  return source.replace(/(\/\/)[^/@\s]*:[^/@\s]*@/g, '$1***@');
}
