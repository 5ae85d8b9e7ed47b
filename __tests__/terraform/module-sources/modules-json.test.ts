// The modules.json route with downloads off (no network): the versions the user's
// `terraform init` installed are read from .terraform/modules, keyed as Terraform keys them.
// The manifest layout is the one terraform-init-oracle.test.ts sees Terraform 1.11 write.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultPolicyConfig } from '../../../src/policy/engine.js';
import { scanConfiguration } from '../../../src/scan.js';
import { createModuleSourceResolver } from '../../../src/terraform/module-sources/index.js';
import { moduleKeyOf } from '../../../src/terraform/module-sources/resolver.js';
import { ecsServicePackage } from '../../../test-support/registry/ecs-service-package.js';

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-modjson-')); });
afterEach(() => { rmSync(repo, { recursive: true, force: true }); });

function write(path: string, text: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), text);
}

const CALL = `module "svc" {
  source  = "terraform-aws-modules/ecs/aws//modules/service"
  version = "~> 7.0"
  name    = "api"
  container_definition = { image = "nginx:1.27", privileged = true }
}
`;

function install(root: string, version: string, source = 'registry.terraform.io/terraform-aws-modules/ecs/aws//modules/service'): void {
  for (const [path, text] of Object.entries(ecsServicePackage(version))) write(`${root}/.terraform/modules/svc/${path}`, text);
  write(`${root}/.terraform/modules/modules.json`, JSON.stringify({
    Modules: [
      { Key: '', Source: '', Dir: '.' },
      { Key: 'svc', Source: source, Version: version, Dir: '.terraform/modules/svc/modules/service' },
      { Key: 'svc.container_definition', Source: '../container-definition', Dir: '.terraform/modules/svc/modules/container-definition' },
    ],
  }));
}

const offline = () => createModuleSourceResolver({ download: false, cacheDir: join(repo, 'no-cache'), tokenEnv: {}, gitEnv: {} });

test('each root reads its own installed version, offline', async () => {
  write('envs/prod/main.tf', CALL);
  write('envs/dev/main.tf', CALL);
  install('envs/prod', '7.1.2');
  install('envs/dev', '7.0.0');
  const { report, configuration } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date(), moduleSources: offline() });
  expect(report.errors).toEqual([]);
  expect(configuration.rootDirs).toEqual(['envs/dev', 'envs/prod']);
  const taskDefs = configuration.resources.filter((r) => r.type === 'aws_ecs_task_definition').map((r) => [r.rootDir, r.moduleDir]);
  expect(taskDefs.sort()).toEqual([['envs/dev', 'envs/dev/.terraform/modules/svc/modules/service'], ['envs/prod', 'envs/prod/.terraform/modules/svc/modules/service']]);
  expect(configuration.files.get('envs/dev/.terraform/modules/svc/modules/service/main.tf')?.text).toContain('package version 7.0.0');
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file).sort()).toEqual(['envs/dev/main.tf', 'envs/prod/main.tf']);
});

test('a manifest recorded for another source (the call changed since init) is not used', async () => {
  write('main.tf', CALL);
  install('.', '7.1.2', 'registry.terraform.io/someone-else/ecs/aws//modules/service');
  const { report, configuration } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date(), moduleSources: offline() });
  expect(configuration.resources).toEqual([]);
  expect(report.notEvaluated.find((n) => n.resource === 'module.svc')?.why).toMatch(/svc is not in \.terraform\/modules\/modules\.json as written \(run terraform init again\)/);
  expect(report.errors.map((e) => e.file)).toEqual(['main.tf']);
});

test('module keys drop instance keys, even ones holding dots and brackets', () => {
  expect(moduleKeyOf('', 'a')).toBe('a');
  expect(moduleKeyOf('module.a', 'b')).toBe('a.b');
  expect(moduleKeyOf('module.a["x.y]z"].module.b[3]', 'c')).toBe('a.b.c');
  expect(moduleKeyOf('module.a["q\\"].module.z"]', 'c')).toBe('a.c');
});

test('a module that calls itself is walked once, not 2^16 times', async () => {
  write('main.tf', 'module "a" {\n  source = "./"\n}\nmodule "b" {\n  source = "./"\n}\n');
  const visited: string[] = [];
  const resolver = offline();
  await resolver.prepare([repo], (dir) => {
    visited.push(dir);
    return [{ name: 'a', source: './' }, { name: 'b', source: './' }];
  });
  expect(visited).toEqual([repo]);
});
