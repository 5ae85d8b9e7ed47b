// Terraform itself as the oracle: `terraform init -backend=false` installs the modules of a root
// through our loopback registry (a CLI config `host` block points registry.terraform.io at it; a
// `host` block is also how Terraform allows a plain-http registry, since service discovery is
// https-only). It writes the real .terraform/modules/modules.json. Our resolver must choose the
// same versions, and with that manifest present must read exactly the folders init installed,
// with the network off.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyConfig } from '../../../src/policy/engine.js';
import { scanConfiguration } from '../../../src/scan.js';
import { createModuleSourceResolver } from '../../../src/terraform/module-sources/index.js';
import { startRegistryEmulator } from '../../../test-support/registry/emulator.js';
import { ecsServicePackage } from '../../../test-support/registry/ecs-service-package.js';

const TERRAFORM = '/usr/local/bin/terraform';
const haveTerraform = existsSync(TERRAFORM);
if (!haveTerraform) {
  // Loud on purpose: these tests are the ground truth for the module-source resolver.
  console.warn(`SKIPPED: ${TERRAFORM} is not installed; the terraform init oracle tests did not run`);
}
const oracle = haveTerraform ? test : test.skip;

const ROOT = `module "ecs_service" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = "~> 7.0"

  name = "api"
  container_definition = {
    image      = "public.ecr.aws/nginx/nginx:1.27"
    privileged = true
  }
  assign_public_ip = true
}

module "pinned" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = ">= 6.0, != 7.1.2, < 7.2.0"

  name = "worker"
}

# "~> 1" with one written segment: whatever Terraform makes of it, we must make the same.
module "loose" {
  source  = "acme/loose/aws//modules/service"
  version = "~> 1"

  name = "batch"
}
`;

oracle('terraform init and our resolver choose the same versions; the modules.json route reads what init installed, offline', async () => {
  const registry = await startRegistryEmulator({
    modules: {
      'terraform-aws-modules/ecs/aws': ['6.9.0', '7.0.0', '7.1.2', '7.2.0-beta1', '8.0.0'].map((version) => ({ version, files: ecsServicePackage(version) })),
      'acme/loose/aws': ['0.9.0', '1.0.0', '1.5.0', '2.0.0'].map((version) => ({ version, files: ecsServicePackage(version) })),
    },
  });
  const work = mkdtempSync(join(tmpdir(), 'edg-tf-oracle-'));
  try {
    const repo = join(work, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'main.tf'), ROOT);
    const rc = join(work, 'terraform.rc');
    writeFileSync(rc, registry.cliConfig('registry.terraform.io', 'provider_installation {\n  filesystem_mirror {\n    path = "/opt/tf-plugins"\n  }\n}\n'));
    let initOutput = '';
    try {
      // Asynchronous: the emulator answers from this same process.
      initOutput = (await promisify(execFile)(TERRAFORM, ['init', '-backend=false', '-input=false', '-no-color'], {
        cwd: repo,
        env: { PATH: process.env.PATH, HOME: work, TF_CLI_CONFIG_FILE: rc, TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' },
        encoding: 'utf8',
        timeout: 120_000,
      })).stdout;
    } catch (e) {
      // The provider step may fail offline; the modules are installed before it.
      initOutput = String((e as { stdout?: string }).stdout ?? '') + String((e as { stderr?: string }).stderr ?? '');
    }
    const manifestPath = join(repo, '.terraform/modules/modules.json');
    expect({ manifest: existsSync(manifestPath), initOutput }).toMatchObject({ manifest: true });
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { Modules: { Key: string; Source: string; Version?: string; Dir: string }[] };
    const byKey = new Map(manifest.Modules.map((m) => [m.Key, m]));
    expect(byKey.get('ecs_service')?.Version).toBe('7.1.2');
    expect(byKey.get('pinned')?.Version).toBe('7.0.0');

    // Our resolver, downloading (fresh cache): the same versions.
    const settings = { download: true, cacheDir: join(work, 'cache'), cliConfigFile: rc, tokenEnv: {}, gitEnv: {} };
    const before = registry.requests.length;
    const downloaded = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date(), moduleSources: createModuleSourceResolver({ ...settings, cacheDir: join(work, 'other-cache') }) });
    // The manifest exists, so nothing is asked of the registry…
    expect(registry.requests.length).toBe(before);
    expect(downloaded.report.errors).toEqual([]);
    // …and the folders read are the ones init installed (Dir relative to the root module).
    const dirs = new Set(downloaded.configuration.resources.map((r) => r.moduleDir));
    expect([...dirs].sort()).toEqual([byKey.get('ecs_service')!.Dir, byKey.get('pinned')!.Dir, byKey.get('loose')!.Dir].sort());
    const nested = byKey.get('ecs_service.container_definition');
    expect(nested).toBeDefined();
    expect(downloaded.configuration.moduleDirs).toContain(nested!.Dir);
    expect(downloaded.report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file)).toEqual(['main.tf']);

    // Without the manifest our own download chooses what init chose.
    rmSync(join(repo, '.terraform'), { recursive: true, force: true });
    await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date(), moduleSources: createModuleSourceResolver(settings) });
    const ours = registry.requests.slice(before).filter((r) => r.path.endsWith('/download')).map((r) => r.path).sort();
    expect(ours).toEqual([
      `/v1/modules/acme/loose/aws/${byKey.get('loose')!.Version}/download`,
      '/v1/modules/terraform-aws-modules/ecs/aws/7.0.0/download',
      '/v1/modules/terraform-aws-modules/ecs/aws/7.1.2/download',
    ]);
  } finally {
    await registry.close();
    rmSync(work, { recursive: true, force: true });
  }
}, 180_000);
