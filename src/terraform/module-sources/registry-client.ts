// The module registry protocol (developer.hashicorp.com/terraform/internals/module-registry-protocol):
// service discovery at `https://HOST/.well-known/terraform.json` gives the `modules.v1` base URL;
// `GET <base><ns>/<name>/<system>/versions` lists versions; `GET …/<version>/download` answers
// with the package address in `X-Terraform-Get`, relative URLs resolved against the download URL.
import type { TerraformCliConfig } from './cli-config.js';

export class ModuleFetchError extends Error {
  override name = 'ModuleFetchError';
}

export interface HttpOptions {
  timeoutMs: number;
  /** Largest response body read, in bytes. */
  maxBytes: number;
}

/** GET with a timeout and a size bound; the token goes only to the host it belongs to. */
export async function httpGet(url: string, options: HttpOptions, token?: string): Promise<{ status: number; headers: Headers; body: Buffer; url: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      redirect: 'follow',
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const why = err.name === 'TimeoutError' ? `no answer within ${options.timeoutMs / 1000} s` : err.cause?.code ?? err.message;
    throw new ModuleFetchError(`${new URL(url).host}: ${why}`);
  }
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw new ModuleFetchError(`${new URL(url).host}: response larger than ${options.maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.length;
      if (size > options.maxBytes) throw new ModuleFetchError(`${new URL(url).host}: response larger than ${options.maxBytes} bytes`);
      chunks.push(Buffer.from(chunk));
    }
  }
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks), url: response.url || url };
}

function statusError(what: string, url: string, status: number): ModuleFetchError {
  const hint = status === 401 || status === 403 ? ' (set a token: a `credentials` block in the Terraform CLI config or TF_TOKEN_<host>)' : '';
  return new ModuleFetchError(`${new URL(url).host}: ${what} answered HTTP ${status}${hint}`);
}

export class RegistryClient {
  private readonly bases = new Map<string, Promise<string>>();

  constructor(private readonly cliConfig: TerraformCliConfig, private readonly http: HttpOptions) {}

  tokenFor(host: string): string | undefined {
    return this.cliConfig.tokens.get(host.toLowerCase());
  }

  /** The `modules.v1` base URL of a host: a CLI config `host` block, else service discovery over https. */
  modulesBase(host: string): Promise<string> {
    let base = this.bases.get(host);
    if (!base) {
      base = this.discover(host);
      this.bases.set(host, base);
    }
    return base;
  }

  private async discover(host: string): Promise<string> {
    const configured = this.cliConfig.hosts.get(host)?.['modules.v1'];
    if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
    if (this.cliConfig.hosts.has(host)) throw new ModuleFetchError(`${host}: its host block in the Terraform CLI config declares no modules.v1 service`);
    const url = `https://${host}/.well-known/terraform.json`;
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status !== 200) throw statusError('service discovery', url, res.status);
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
    } catch {
      throw new ModuleFetchError(`${host}: service discovery did not return JSON`);
    }
    const v1 = doc['modules.v1'];
    if (typeof v1 !== 'string') throw new ModuleFetchError(`${host}: is not a module registry (no modules.v1 in service discovery)`);
    const resolved = new URL(v1, res.url).toString();
    return resolved.endsWith('/') ? resolved : `${resolved}/`;
  }

  private readonly versionLists = new Map<string, Promise<string[]>>();

  /** The versions of a module, asked once per run however many calls use it. */
  versions(host: string, path: string): Promise<string[]> {
    const key = `${host}/${path}`;
    let list = this.versionLists.get(key);
    if (!list) {
      list = this.fetchVersions(host, path);
      this.versionLists.set(key, list);
    }
    return list;
  }

  private async fetchVersions(host: string, path: string): Promise<string[]> {
    const url = new URL(`${path}/versions`, await this.modulesBase(host)).toString();
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status === 404) throw new ModuleFetchError(`${host}: module ${path} not found (HTTP 404)`);
    if (res.status !== 200) throw statusError(`versions of ${path}`, url, res.status);
    try {
      const doc = JSON.parse(res.body.toString('utf8')) as { modules?: { versions?: { version?: unknown }[] }[] };
      return (doc.modules?.[0]?.versions ?? []).map((v) => v.version).filter((v): v is string => typeof v === 'string');
    } catch {
      throw new ModuleFetchError(`${host}: versions of ${path} are not JSON`);
    }
  }

  /** The package address (`X-Terraform-Get`), absolute. */
  async downloadAddress(host: string, path: string, version: string): Promise<string> {
    const url = new URL(`${path}/${encodeURIComponent(version)}/download`, await this.modulesBase(host)).toString();
    const res = await httpGet(url, this.http, this.tokenFor(host));
    if (res.status !== 204 && res.status !== 200) throw statusError(`download of ${path} ${version}`, url, res.status);
    const get = res.headers.get('x-terraform-get');
    if (!get) throw new ModuleFetchError(`${host}: download of ${path} ${version} has no X-Terraform-Get header`);
    // A relative address (`/archive.tgz`, `./x.zip`) is relative to the download URL; a go-getter
    // address with a forced getter (`git::…`) or a shorthand is used as written.
    if (/^[a-z0-9]+::/i.test(get) || /^[a-z][a-z0-9+.-]*:\/\//i.test(get) || /^github\.com\//.test(get) || /^[^/]+@[^/]+:/.test(get)) return get;
    return new URL(get, res.url).toString();
  }
}
