// Remote module sources, resolved as `terraform init` resolves them: the root module's
// `.terraform/modules/modules.json` first, else downloads (registry, git, http archives) into a
// shared cache. Built from Settings; the loader sees only the ModuleSourceResolver interface.
import { readFileSync } from 'node:fs';
import type { Logger } from '../../logger.js';
import { getParser } from '../hcl-syntax.js';
import { parseCliConfig } from './cli-config.js';
import { PackageCache } from './package-cache.js';
import { RegistryClient } from './registry-client.js';
import { TerraformModuleSources, type ModuleCallSite, type ModuleSourceResolver, type ModuleSourceRequest, type ModuleSourceResolution } from './resolver.js';

export type { ModuleCallSite, ModuleSourceRequest, ModuleSourceResolution, ModuleSourceResolver };
export { moduleKeyOf } from './resolver.js';

export interface ModuleSourceSettings {
  /** Download modules that `terraform init` has not installed (off: `--offline`, `download-modules: false`). */
  download: boolean;
  /** Folder of the package cache. */
  cacheDir: string;
  /** The Terraform CLI configuration file to read, if any (TF_CLI_CONFIG_FILE, else ~/.terraformrc). */
  cliConfigFile?: string;
  /** `TF_TOKEN_<host>` variables (secret values: never logged). */
  tokenEnv: Record<string, string>;
  /** Environment of the `git` processes. */
  gitEnv: NodeJS.ProcessEnv;
  concurrency?: number;
  timeoutMs?: number;
  /** Milliseconds since the epoch, for the age of cached version lists; default Date.now. */
  now?: () => number;
}

/** The resolver for a run; reading the CLI config waits for prepare(), where errors become one line per call. */
export function createModuleSourceResolver(settings: ModuleSourceSettings, logger?: Logger): ModuleSourceResolver & { downloaded(): string[] } {
  let inner: TerraformModuleSources | undefined;
  let cache: PackageCache | undefined;
  let setupError: string | undefined;
  return {
    async prepare(rootDirs, callsIn) {
      if (!inner) {
        if (settings.download) {
          try {
            let text: string | undefined;
            if (settings.cliConfigFile) {
              try {
                text = readFileSync(settings.cliConfigFile, 'utf8');
              } catch (e) {
                if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`cannot read the Terraform CLI config ${settings.cliConfigFile}: ${(e as NodeJS.ErrnoException).code}`);
              }
            }
            const cliConfig = parseCliConfig(await getParser(), text, settings.tokenEnv);
            const http = { timeoutMs: settings.timeoutMs ?? 60_000, maxBytes: 8 * 1024 * 1024 };
            cache = new PackageCache(new RegistryClient(cliConfig, http), {
              cacheDir: settings.cacheDir,
              http,
              gitTimeoutMs: (settings.timeoutMs ?? 60_000) * 5,
              concurrency: settings.concurrency ?? 4,
              gitEnv: settings.gitEnv,
              now: settings.now,
            });
          } catch (e) {
            setupError = (e as Error).message.split('\n')[0];
          }
        }
        inner = new TerraformModuleSources({ cache, logger });
      }
      await inner.prepare(rootDirs, callsIn);
    },
    resolve(request) {
      const result = inner?.resolve(request) ?? { why: 'module sources were not prepared' };
      return 'why' in result && setupError ? { why: `module source ${JSON.stringify(request.source)} was not downloaded: ${setupError}` } : result;
    },
    readRoots: () => [settings.cacheDir],
    packages: () => inner?.packages() ?? [],
    downloaded: () => cache?.downloaded ?? [],
  };
}
