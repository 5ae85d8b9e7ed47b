// Registry module sources end to end: our resolver against the loopback registry (module registry
// protocol, developer.hashicorp.com/terraform/internals/module-registry-protocol), reached through
// a Terraform CLI config `host` block, then the scan's findings on the caller's lines.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultPolicyConfig } from '../../../src/policy/engine.js';
import { scanConfiguration } from '../../../src/scan.js';
import { createModuleSourceResolver, type ModuleSourceSettings } from '../../../src/terraform/module-sources/index.js';
import { startRegistryEmulator, type RegistryEmulator } from '../../../test-support/registry/emulator.js';
import { ecsServicePackage } from '../../../test-support/registry/ecs-service-package.js';

const NOW = new Date('2026-06-01T00:00:00Z');

const CALLER = `module "ecs_service" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = "~> 7.0"

  name = "api"
  container_definition = {
    image      = "public.ecr.aws/nginx/nginx:1.27"
    privileged = true
  }
  assign_public_ip       = true
  enable_execute_command = true
}
`;

let registry: RegistryEmulator;
let work: string;

beforeAll(async () => {
  // Versions around the constraint: ~> 7.0 means >= 7.0, < 8.0; the pre-release is never chosen by it.
  registry = await startRegistryEmulator({
    modules: {
      'terraform-aws-modules/ecs/aws': ['6.9.0', '7.0.0', '7.1.2', '7.2.0-beta1', '8.0.0'].map((version) => ({ version, files: ecsServicePackage(version) })),
      'acme/broken/aws': [{ version: '1.0.0', files: {}, downloadStatus: 500 }],
      'acme/zipped/aws': [{ version: '2.0.0', files: ecsServicePackage('2.0.0'), format: 'zip', getStyle: 'absolute' }],
    },
  });
});

afterAll(async () => {
  await registry.close();
});

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'edg-registry-'));
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

function setup(caller: string, cliConfig = registry.cliConfig()): { repo: string; settings: ModuleSourceSettings } {
  const repo = join(work, 'repo');
  mkdirSync(repo, { recursive: true });
  writeFileSync(join(repo, 'main.tf'), caller);
  writeFileSync(join(work, 'terraform.rc'), cliConfig);
  return { repo, settings: { download: true, cacheDir: join(work, 'cache'), cliConfigFile: join(work, 'terraform.rc'), tokenEnv: {}, gitEnv: { PATH: process.env.PATH, GIT_TERMINAL_PROMPT: '0' } } };
}

async function scan(repo: string, settings: ModuleSourceSettings) {
  return scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW, moduleSources: createModuleSourceResolver(settings) });
}

test('a registry module call gives findings on the caller\'s lines (newest version matching ~> 7.0)', async () => {
  const { repo, settings } = setup(CALLER);
  const { report, configuration } = await scan(repo, settings);
  expect(report.errors).toEqual([]);
  const byRule = (id: string) => report.findings.filter((f) => f.ruleId === id && !f.suppressed);
  const lineOf = (text: string) => CALLER.split('\n').findIndex((l) => l.includes(text)) + 1;
  expect(byRule('ecs-container-privileged').map((f) => [f.file, f.startLine])).toEqual([['main.tf', lineOf('privileged = true')]]);
  expect(byRule('ecs-service-public-ip').map((f) => [f.file, f.startLine])).toEqual([['main.tf', lineOf('assign_public_ip       = true')]]);
  expect(byRule('ecs-service-exec-enabled').map((f) => [f.file, f.startLine])).toEqual([['main.tf', lineOf('enable_execute_command = true')]]);
  expect(configuration.resources.map((r) => r.address).sort()).toEqual(['module.ecs_service.aws_ecs_service.this', 'module.ecs_service.aws_ecs_task_definition.this']);
  // The package was downloaded once, at 7.1.2: the newest 7.x, not 8.0.0 and not the 7.2.0 pre-release.
  const downloads = registry.requests.filter((r) => r.path.endsWith('/download')).map((r) => r.path);
  expect(downloads).toEqual(['/v1/modules/terraform-aws-modules/ecs/aws/7.1.2/download']);
  // The resolved module folder is inside the package downloaded whole (../container-definition resolved in it).
  expect(configuration.resources[0].moduleDir).toMatch(/\/modules\/service$/);
  const fileTexts = [...configuration.files.values()].map((f) => f.text).join('\n');
  expect(fileTexts).toContain('# package version 7.1.2');
});

test('a warm cache serves the second run without another download', async () => {
  const { repo, settings } = setup(CALLER);
  await scan(repo, settings);
  const before = registry.requests.filter((r) => r.path.startsWith('/archives/') || r.path.endsWith('/download')).length;
  const { report } = await scan(repo, settings);
  const after = registry.requests.filter((r) => r.path.startsWith('/archives/') || r.path.endsWith('/download')).length;
  expect(after).toBe(before);
  expect(report.findings.some((f) => f.ruleId === 'ecs-container-privileged')).toBe(true);
  expect(readdirSync(join(work, 'cache', 'packages')).filter((n) => n.includes('.tmp-'))).toEqual([]);
});

test('within an hour a warm cache needs no network: the version list is kept in the cache; after it the registry is asked again', async () => {
  const { repo, settings } = setup(CALLER);
  let clock = Date.parse('2026-06-01T10:00:00Z');
  const timed = { ...settings, now: () => clock };
  await scan(repo, timed);
  const before = registry.requests.length;
  clock += 59 * 60 * 1000;
  const { report } = await scan(repo, timed);
  expect(registry.requests.slice(before)).toEqual([]);
  expect(report.findings.some((f) => f.ruleId === 'ecs-container-privileged' && f.file === 'main.tf')).toBe(true);
  clock += 2 * 60 * 1000;
  await scan(repo, timed);
  expect(registry.requests.slice(before).map((r) => r.path)).toEqual(['/v1/modules/terraform-aws-modules/ecs/aws/versions']);
});

test('an exact version whose package is cached needs no version list, however old', async () => {
  const { repo, settings } = setup(CALLER.replace('"~> 7.0"', '"7.0.0"'));
  let clock = Date.parse('2026-06-01T10:00:00Z');
  const timed = { ...settings, now: () => clock };
  await scan(repo, timed);
  const before = registry.requests.length;
  clock += 30 * 24 * 60 * 60 * 1000;
  const { report, configuration } = await scan(repo, timed);
  expect(registry.requests.slice(before)).toEqual([]);
  expect([...configuration.files.values()].map((f) => f.text).join('\n')).toContain('# package version 7.0.0');
  expect(report.findings.some((f) => f.ruleId === 'ecs-container-privileged')).toBe(true);
});

test('a cache folder given as a relative path works (DRIFT_GUARD_MODULE_CACHE=.cache/modules)', async () => {
  const { repo, settings } = setup(CALLER);
  const { report } = await scan(repo, { ...settings, cacheDir: relative(process.cwd(), join(work, 'relative-cache')) });
  expect(report.errors).toEqual([]);
  expect(report.findings.some((f) => f.ruleId === 'ecs-container-privileged' && f.file === 'main.tf')).toBe(true);
});

test('each module\'s version list is asked once per run, however many calls use it', async () => {
  const twice = `${CALLER}\n${CALLER.replace('"ecs_service"', '"ecs_service_2"')}`;
  const { repo, settings } = setup(twice);
  const before = registry.requests.filter((r) => r.path.endsWith('/versions')).length;
  await scan(repo, settings);
  expect(registry.requests.filter((r) => r.path.endsWith('/versions')).length - before).toBe(1);
});

test('a zip package named by an absolute X-Terraform-Get URL', async () => {
  const { repo, settings } = setup(CALLER.replace('terraform-aws-modules/ecs/aws', 'acme/zipped/aws').replace('~> 7.0', '2.0.0'));
  const { report } = await scan(repo, settings);
  expect(report.errors).toEqual([]);
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file)).toEqual(['main.tf']);
});

test('a module that cannot be fetched is a not-evaluated entry and an error naming host and status, never a pass', async () => {
  const { repo, settings } = setup(CALLER.replace('terraform-aws-modules/ecs/aws', 'acme/broken/aws').replace('~> 7.0', '1.0.0'));
  const { report } = await scan(repo, settings);
  const ne = report.notEvaluated.find((n) => n.resource === 'module.ecs_service');
  expect(ne?.why).toMatch(/could not be fetched: 127\.0\.0\.1:\d+: download of acme\/broken\/aws 1\.0\.0 answered HTTP 500/);
  expect(ne?.file).toBe('main.tf');
  expect(report.errors.map((e) => e.file)).toEqual(['main.tf']);
  expect(report.errors[0].message).toContain('HTTP 500');
});

test('no version matching the constraint: the reason names the constraint and the newest version', async () => {
  const { repo, settings } = setup(CALLER.replace('~> 7.0', '>= 9.0'));
  const { report } = await scan(repo, settings);
  expect(report.notEvaluated.find((n) => n.resource === 'module.ecs_service')?.why).toMatch(/no version of terraform-aws-modules\/ecs\/aws matches ">= 9.0" \(5 available, newest 8\.0\.0\)/);
});

test('downloads off: the call is not evaluated, the reason says how to turn them on, nothing is requested', async () => {
  const { repo, settings } = setup(CALLER);
  const count = registry.requests.length;
  const { report } = await scan(repo, { ...settings, download: false });
  expect(registry.requests.length).toBe(count);
  expect(report.notEvaluated.find((n) => n.resource === 'module.ecs_service')?.why).toMatch(/downloads are off.*terraform init/);
  expect(report.errors).toHaveLength(1);
});

test('a private registry gets its token from TF_TOKEN_<host> or a credentials block, and no message shows it', async () => {
  const token = 'tok-Zq8XfT3kVw9-secret-value';
  const privateRegistry = await startRegistryEmulator({ token, modules: { 'acme/service/aws': [{ version: '1.0.0', files: ecsServicePackage('1.0.0') }] } });
  try {
    const caller = CALLER.replace('terraform-aws-modules/ecs/aws', 'registry.acme-corp.example/acme/service/aws').replace('~> 7.0', '1.0.0');
    // Without a token: 401, reported with a hint, token-free.
    const { repo, settings } = setup(caller, privateRegistry.cliConfig('registry.acme-corp.example'));
    const denied = await scan(repo, settings);
    expect(denied.report.notEvaluated[0].why).toMatch(/HTTP 401 \(set a token/);
    // TF_TOKEN_ with the hostname's dots as _ and hyphens as __.
    const withEnv = await scan(repo, { ...settings, tokenEnv: { TF_TOKEN_registry_acme__corp_example: token } });
    expect(withEnv.report.errors).toEqual([]);
    expect(withEnv.report.findings.some((f) => f.ruleId === 'ecs-container-privileged' && f.file === 'main.tf')).toBe(true);
    // A credentials block in the CLI config, with a fresh cache.
    writeFileSync(join(work, 'terraform.rc'), privateRegistry.cliConfig('registry.acme-corp.example', `credentials "registry.acme-corp.example" {\n  token = "${token}"\n}\n`));
    const withBlock = await scan(repo, { ...settings, cacheDir: join(work, 'cache2') });
    expect(withBlock.report.errors).toEqual([]);
    expect(privateRegistry.requests.filter((r) => r.authorization === `Bearer ${token}`).length).toBeGreaterThan(0);
    const everything = JSON.stringify([denied.report, withEnv.report, withBlock.report]);
    expect(everything).not.toContain(token);
  } finally {
    await privateRegistry.close();
  }
});
