// Registry-module benchmark, one measurement per process (peak RSS its own). A corpus of root
// modules calls registry modules (`acme/service-N/aws`, `~> 1.0`) served by the loopback registry
// (test-support/registry), reached through a Terraform CLI config `host` block.
//   generate <dir>            writes the callers
//   scan <dir> <cache> <cold|warm>  a full scan with downloads; `cold` empties the cache first;
//                             reports the download-and-extract time (the resolver's prepare) apart
//   parse <dir>               bare parse of every file the last scan read (module packages included)
// The registry runs in a child process (`serve`), so its work does not count as the scan's.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanConfiguration } from '../src/scan.js';
import { defaultPolicyConfig } from '../src/policy/engine.js';
import { getParser } from '../src/terraform/hcl-syntax.js';
import { createModuleSourceResolver } from '../src/terraform/module-sources/index.js';
import { startRegistryEmulator } from '../test-support/registry/emulator.js';
import { ecsServicePackage } from '../test-support/registry/ecs-service-package.js';

const PACKAGES = 10;
const ROOTS = 40;
const VERSIONS = ['0.9.0', '1.0.0', '1.4.2', '2.0.0'];

/** A package about the size of terraform-aws-modules/ecs: the service shape plus examples and docs. */
function benchPackage(version: string, n: number): Record<string, string> {
  const files = ecsServicePackage(version);
  for (let e = 0; e < 12; e++) {
    const lines = [`# example ${e} of package ${n}`];
    for (let v = 0; v < 40; v++) lines.push(`variable "example_${e}_${v}" {\n  type    = string\n  default = "value-${v}"\n}`);
    files[`examples/e${e}/main.tf`] = `${lines.join('\n')}\n`;
  }
  files['docs/README.md'] = 'x'.repeat(20_000);
  return files;
}

function callers(root: number): string {
  const calls = [0, 1].map((k) => {
    const n = (root * 2 + k) % PACKAGES;
    return `module "svc_${k}" {
  source  = "acme/service-${n}/aws//modules/service"
  version = "~> 1.0"

  name = "api-${root}-${k}"
  container_definition = {
    image      = "public.ecr.aws/nginx/nginx:1.27"
    privileged = ${k === 0}
  }
  assign_public_ip = ${root % 3 === 0}
}
`;
  });
  return calls.join('\n');
}

function peakMB(): number {
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

async function main(): Promise<void> {
  const [mode, dir, cacheDir, temperature] = process.argv.slice(2);
  if (mode === 'generate') {
    rmSync(dir, { recursive: true, force: true });
    for (let r = 0; r < ROOTS; r++) {
      mkdirSync(join(dir, `envs/e${r}`), { recursive: true });
      writeFileSync(join(dir, `envs/e${r}/main.tf`), callers(r));
    }
    process.stdout.write(`${JSON.stringify({ roots: ROOTS, calls: ROOTS * 2, packages: PACKAGES, versions: VERSIONS.length })}\n`);
    return;
  }
  if (mode === 'scan') {
    const server = spawn(process.execPath, [fileURLToPath(import.meta.url), 'serve'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const first = await new Promise<string>((done) => {
      let buffered = '';
      server.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        if (buffered.includes('\n')) done(buffered.split('\n')[0]);
      });
    });
    const registry = JSON.parse(first) as { cliConfig: string };
    try {
      if (temperature === 'cold') rmSync(cacheDir, { recursive: true, force: true });
      const rc = join(dir, '..', 'registry-bench.tfrc');
      writeFileSync(rc, registry.cliConfig);
      const resolver = createModuleSourceResolver({ download: true, cacheDir, cliConfigFile: rc, tokenEnv: {}, gitEnv: {} });
      let prepareSeconds = 0;
      const timed = {
        ...resolver,
        async prepare(...args: Parameters<typeof resolver.prepare>) {
          const t = performance.now();
          await resolver.prepare(...args);
          prepareSeconds += (performance.now() - t) / 1000;
        },
      };
      const started = performance.now();
      const { report, configuration } = await scanConfiguration({ repoRoot: dir, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2025-01-01T00:00:00Z'), moduleSources: timed });
      const seconds = (performance.now() - started) / 1000;
      const read = [...configuration.files.keys()].filter((f) => f.endsWith('.tf')).map((f) => join(dir, f));
      writeFileSync(join(dir, '..', 'registry-bench-files.json'), JSON.stringify(read));
      process.stdout.write(`${JSON.stringify({
        seconds,
        prepareSeconds,
        evaluateSeconds: seconds - prepareSeconds,
        downloaded: resolver.downloaded().length,
        filesRead: read.length,
        resources: configuration.resources.length,
        findings: report.findings.length,
        privilegedFindingsOnCallers: report.findings.filter((f) => f.ruleId === 'ecs-container-privileged' && f.file.startsWith('envs/')).length,
        notEvaluated: report.notEvaluated.length,
        errors: report.errors.length,
        firstErrors: report.errors.slice(0, 3),
        peakMB: peakMB(),
      })}\n`);
    } finally {
      server.kill();
    }
    return;
  }
  if (mode === 'serve') {
    const modules: Record<string, { version: string; files: Record<string, string> }[]> = {};
    for (let n = 0; n < PACKAGES; n++) modules[`acme/service-${n}/aws`] = VERSIONS.map((version) => ({ version, files: benchPackage(version, n) }));
    const registry = await startRegistryEmulator({ modules });
    process.stdout.write(`${JSON.stringify({ cliConfig: registry.cliConfig() })}\n`);
    return;
  }
  if (mode === 'parse') {
    const files = JSON.parse(readFileSync(join(dir, '..', 'registry-bench-files.json'), 'utf8')) as string[];
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const started = performance.now();
    const parser = await getParser();
    for (const text of texts) parser.parse(text)?.delete();
    process.stdout.write(`${JSON.stringify({ seconds: (performance.now() - started) / 1000, files: texts.length, peakMB: peakMB() })}\n`);
    return;
  }
  throw new Error('usage: measure-registry <generate|scan|parse> <dir> [cacheDir cold|warm]');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
