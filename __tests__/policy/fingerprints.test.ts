// Fingerprints identify a finding across runs (PR comment markers, SARIF partialFingerprints).
// Resource addresses are relative to their root module, so the root module folder is part of it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig, fingerprintOf } from '../../src/policy/engine.js';
import { allRules } from '../../src/policy/rules/index.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-fp-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

const service = `variable "public" {
  type    = bool
  default = false
}
resource "aws_ecs_service" "this" {
  name = "api"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = var.public
  }
}
`;

async function scan() {
  const rule = allRules.find((r) => r.id === 'ecs-service-public-ip')!;
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW, rules: [rule] });
  return report.findings;
}

test('two root modules calling a module by the same name get different fingerprints', async () => {
  write({
    'modules/service/main.tf': service,
    'envs/staging/main.tf': 'module "api" {\n  source = "../../modules/service"\n  public = true\n}\n',
    'envs/prod/main.tf': 'module "api" {\n  source = "../../modules/service"\n  public = true\n}\n',
  });
  const findings = await scan();
  expect(findings.map((f) => [f.file, f.startLine, f.resource])).toEqual([
    ['envs/prod/main.tf', 3, 'module.api.aws_ecs_service.this'],
    ['envs/staging/main.tf', 3, 'module.api.aws_ecs_service.this'],
  ]);
  expect(findings[0].fingerprint).not.toBe(findings[1].fingerprint);
});

test('a finding from the module\'s own line, reached from two roots, is reported once', async () => {
  write({
    'modules/service/main.tf': service.replace('default = false', 'default = true'),
    'envs/staging/main.tf': 'module "api" {\n  source = "../../modules/service"\n}\n',
    'envs/prod/main.tf': 'module "api" {\n  source = "../../modules/service"\n}\n',
  });
  const findings = await scan();
  expect(findings.map((f) => [f.file, f.startLine])).toEqual([['modules/service/main.tf', 3]]);
});

test('a fingerprint is the first 20 hex digits of the SHA-256 of rule, root module, resource and attribute path', () => {
  // Earlier runs' PR comment markers and SARIF fingerprints were made this way: however it is
  // computed (Node's one-shot hash where there is one), the value must not change.
  const parts = ['ecs-service-public-ip', 'envs/prod', 'module.api.aws_ecs_service.this', 'network_configuration.assign_public_ip'];
  expect(fingerprintOf(parts[0], parts[1], parts[2], parts[3])).toBe(createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 20));
});
