// A loopback Terraform module registry implementing the module registry protocol
// (developer.hashicorp.com/terraform/internals/module-registry-protocol):
//   GET /.well-known/terraform.json                       -> {"modules.v1": "/v1/modules/"} (service discovery)
//   GET /v1/modules/:namespace/:name/:system/versions     -> {"modules": [{"versions": [{"version": "1.0.0"}, …]}]}
//   GET /v1/modules/:namespace/:name/:system/:version/download -> 204, X-Terraform-Get: <package address>
// and serves the packages it points to (tar.gz or zip) under /archives/. Real Terraform talks to
// it through a CLI config `host` block (`terraform init` as the oracle), as does our resolver.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { filesToEntries, makeTarGz, makeZip, type ArchiveEntry } from './archives.js';

export interface EmulatedModuleVersion {
  version: string;
  /** The package: path -> file text (or raw entries, for hostile archives). */
  files: Record<string, string> | ArchiveEntry[];
  format?: 'tar.gz' | 'zip';
  /** How X-Terraform-Get names the archive: a path relative to the download URL (default) or an absolute URL. */
  getStyle?: 'relative' | 'absolute';
  /** A `//subdir` appended to X-Terraform-Get (the package's module lives below its root). */
  getSubdir?: string;
  /** Override the download answer (e.g. an HTTP status) to simulate a broken registry. */
  downloadStatus?: number;
}

export interface RegistryEmulatorOptions {
  /** "namespace/name/system" -> versions. */
  modules: Record<string, EmulatedModuleVersion[]>;
  /** When set, every /v1 and /archives request must carry `Authorization: Bearer <token>`. */
  token?: string;
}

export interface RequestRecord {
  method: string;
  path: string;
  authorization?: string;
}

export interface RegistryEmulator {
  url: string;
  /** host:port, the registry hostname in module addresses when not using a host block. */
  host: string;
  requests: RequestRecord[];
  /** A Terraform CLI config whose host block points `hostname` at this emulator. */
  cliConfig(hostname?: string, extra?: string): string;
  close(): Promise<void>;
}

export async function startRegistryEmulator(options: RegistryEmulatorOptions): Promise<RegistryEmulator> {
  const requests: RequestRecord[] = [];
  const archives = new Map<string, { body: Buffer; type: string }>();
  for (const [path, versions] of Object.entries(options.modules)) {
    for (const v of versions) {
      const format = v.format ?? 'tar.gz';
      const entries = Array.isArray(v.files) ? v.files : filesToEntries(v.files);
      archives.set(`/archives/${path}/${v.version}.${format}`, { body: format === 'zip' ? makeZip(entries) : makeTarGz(entries), type: format === 'zip' ? 'application/zip' : 'application/gzip' });
    }
  }
  let base = '';
  const send = (res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) => {
    const text = body === undefined ? '' : JSON.stringify(body);
    res.writeHead(status, { ...(text ? { 'content-type': 'application/json' } : {}), ...headers });
    res.end(text);
  };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    requests.push({ method: req.method ?? 'GET', path: url.pathname, authorization: req.headers.authorization });
    if (req.method !== 'GET') return send(res, 405, { errors: ['method not allowed'] });
    if (url.pathname === '/.well-known/terraform.json') return send(res, 200, { 'modules.v1': '/v1/modules/' });
    const authorized = !options.token || req.headers.authorization === `Bearer ${options.token}`;
    const archive = archives.get(url.pathname);
    if (archive) {
      if (!authorized) return send(res, 401, { errors: ['not authorized'] });
      res.writeHead(200, { 'content-type': archive.type, 'content-length': String(archive.body.length) });
      return res.end(archive.body);
    }
    const m = /^\/v1\/modules\/([^/]+)\/([^/]+)\/([^/]+)\/(?:versions|([^/]+)\/download)$/.exec(url.pathname);
    if (!m) return send(res, 404, { errors: ['not found'] });
    if (!authorized) return send(res, 401, { errors: ['not authorized'] });
    const path = `${m[1]}/${m[2]}/${m[3]}`;
    const versions = options.modules[path];
    if (!versions) return send(res, 404, { errors: ['not found'] });
    if (m[4] === undefined) return send(res, 200, { modules: [{ source: path, versions: versions.map((v) => ({ version: v.version, root: { providers: [], dependencies: [] }, submodules: [] })) }] });
    const v = versions.find((x) => x.version === decodeURIComponent(m[4]));
    if (!v) return send(res, 404, { errors: ['not found'] });
    if (v.downloadStatus) return send(res, v.downloadStatus, { errors: ['injected failure'] });
    const archivePath = `/archives/${path}/${v.version}.${v.format ?? 'tar.gz'}`;
    // Relative X-Terraform-Get values are resolved against the download URL (protocol reference).
    const get = (v.getStyle === 'absolute' ? `${base}${archivePath.slice(1)}` : archivePath) + (v.getSubdir ? `//${v.getSubdir}` : '');
    return send(res, 204, undefined, { 'x-terraform-get': get });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}/`;
  return {
    url: base,
    host: `127.0.0.1:${port}`,
    requests,
    cliConfig: (hostname = 'registry.terraform.io', extra = '') =>
      `host "${hostname}" {\n  services = {\n    "modules.v1" = "${base}v1/modules/"\n  }\n}\n${extra}`,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}
