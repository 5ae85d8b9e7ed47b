// Findings through modules shaped like terraform-aws-modules/ecs (fixtures-modules/ecs-shaped,
// written for this project): values the caller wrote land on the caller's lines through
// optional() defaults, type conversion, for over for_each module instances, try/coalesce/merge;
// the cluster module's default execute_command_configuration without kms_key_id is found.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-modattr-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

test('ecs-shaped modules: every finding, on the line where its value or its object is written', async () => {
  cpSync(join(import.meta.dirname, 'fixtures-modules', 'ecs-shaped'), repo, { recursive: true });
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  expect(report.notEvaluated).toEqual([]);
  expect(report.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.resource}`)).toEqual([
    'live/cluster.tf:12 ecs-cluster-exec-logging-disabled module.cluster_encrypted.aws_ecs_cluster.this[0]',
    // Caller's values, through map(object({... optional() ...})), a for_each over a filtered for,
    // each.value, the container-definition module's output and `for k, v in module.container_definition`.
    'live/service.tf:8 ecs-container-privileged module.api.aws_ecs_task_definition.this',
    'live/service.tf:9 ecs-container-root-user module.api.aws_ecs_task_definition.this',
    // Through merge() in a dynamic block's for_each.
    'live/service.tf:20 ecs-service-public-ip module.api.aws_ecs_service.this',
    'live/service.tf:21 ecs-service-exec-enabled module.api.aws_ecs_service.this',
    // The module's own default: kms_key_id = optional(string) left null (the silent miss).
    'modules/cluster/main.tf:17 ecs-cluster-exec-not-encrypted module.cluster.aws_ecs_cluster.this[0]',
    'modules/container-definition/main.tf:51 ecs-container-capabilities-not-dropped module.api.aws_ecs_task_definition.this',
    'modules/container-definition/main.tf:51 ecs-container-no-healthcheck module.api.aws_ecs_task_definition.this',
    'modules/service/main.tf:54 ecs-task-no-task-role module.api.aws_ecs_task_definition.this',
  ]);
  // The sidecar has create = false: no container for it, so no finding about it.
  expect(report.findings.some((f) => f.message.includes('sidecar'))).toBe(false);
});

test('one not-evaluated entry per resource and cause, naming the rules it left unchecked', async () => {
  mkdirSync(join(repo, 'svc'));
  writeFileSync(join(repo, 'main.tf'), 'module "svc" {\n  source = "./svc"\n}\n');
  writeFileSync(join(repo, 'svc', 'main.tf'), 'variable "defs" {}\nresource "aws_ecs_task_definition" "t" {\n  family                = "x"\n  container_definitions = var.defs\n}\n');
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  const entries = report.notEvaluated.filter((n) => n.why.includes('var.defs'));
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ resource: 'module.svc.aws_ecs_task_definition.t', file: 'svc/main.tf', line: 4 });
  expect(entries[0].why).toMatch(/^container_definitions: var\.defs has no default and module\.svc does not pass it \(not checked: .*ecs-container-privileged.*ecs-container-root-user/);
});

test('a problem from a downloaded module\'s own default lands on the caller\'s module block, naming the input to set', async () => {
  // The layout `terraform init` writes for a registry module (.terraform/modules/<name>/).
  cpSync(join(import.meta.dirname, 'fixtures-modules', 'ecs-shaped', 'modules', 'cluster'), join(repo, '.terraform', 'modules', 'cluster'), { recursive: true });
  writeFileSync(join(repo, 'main.tf'), `module "cluster" {
  source       = "./.terraform/modules/cluster"
  cluster_name = "live"
}

module "cluster_logged" {
  source = "./.terraform/modules/cluster"
  configuration = {
    execute_command_configuration = {
      logging = "NONE"
    }
  }
}
`);
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  expect(report.findings.filter((f) => f.file.includes('.terraform'))).toEqual([]);
  expect(report.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId} ${f.resource}`)).toEqual([
    // The module's default leaves kms_key_id out: on the caller's module block when it passes
    // nothing that reaches the block, else on the caller's object the block is built from.
    'main.tf:1 ecs-cluster-exec-not-encrypted module.cluster.aws_ecs_cluster.this[0]',
    'main.tf:9 ecs-cluster-exec-not-encrypted module.cluster_logged.aws_ecs_cluster.this[0]',
    // A value the caller wrote stays on its line.
    'main.tf:10 ecs-cluster-exec-logging-disabled module.cluster_logged.aws_ecs_cluster.this[0]',
  ]);
  const kms = report.findings[0];
  expect(kms.message).toContain('set its input `configuration` (declared at .terraform/modules/cluster/main.tf:14)');
  expect(kms.message).toContain('module.cluster (.terraform/modules/cluster/main.tf:17)');
  expect(kms.module).toBe('.');
  expect(report.findings[1].message).toContain('module.cluster_logged (.terraform/modules/cluster/main.tf:');
  expect(report.findings[1].message).toContain('set `kms_key_id` in this object (module input `configuration`)');
});

test('a container object missing what the downloaded module defaults: on the caller\'s container object', async () => {
  // terraform-aws-modules/ecs's layout under .terraform/modules: modules/service calls ../container-definition.
  for (const m of ['service', 'container-definition']) cpSync(join(import.meta.dirname, 'fixtures-modules', 'ecs-shaped', 'modules', m), join(repo, '.terraform', 'modules', 'api', 'modules', m), { recursive: true });
  writeFileSync(join(repo, 'main.tf'), `module "api" {
  source = "./.terraform/modules/api/modules/service"
  name   = "api"

  container_definitions = {
    app = {
      image = "registry.example.com/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
    }
    worker = {
      image = "registry.example.com/worker@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
      user  = "1000"
    }
  }
  subnet_ids = ["subnet-0123456789abcdef0"]
}
`);
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  expect(report.findings.filter((f) => f.file.includes('.terraform'))).toEqual([]);
  const placed = report.findings.map((f) => `${f.file}:${f.startLine} ${f.ruleId}`);
  // No user: the module's null default; each container's own object, not the map or the module block.
  expect(placed).toContain('main.tf:6 ecs-container-root-user');
  expect(placed).not.toContain('main.tf:9 ecs-container-root-user');
  expect(placed.filter((p) => p.endsWith('ecs-container-no-healthcheck')).sort()).toEqual(['main.tf:6 ecs-container-no-healthcheck', 'main.tf:9 ecs-container-no-healthcheck']);
  // The task role is the task definition's own attribute: nothing the caller wrote holds it.
  expect(placed).toContain('main.tf:1 ecs-task-no-task-role');
  const root = report.findings.find((f) => f.ruleId === 'ecs-container-root-user')!;
  expect(root.message).toContain('set `user` in this object (module input `container_definitions`)');
  expect(report.findings.find((f) => f.ruleId === 'ecs-container-capabilities-not-dropped')!.message).toContain('set `linuxParameters.capabilities.drop` in this object');
  expect(root.message).toMatch(/module\.api \(\.terraform\/modules\/api\/modules\/container-definition\/main\.tf:\d+\)/);
});

test('the container object is found by its own members, not by a bigger map the caller passed into it', async () => {
  mkdirSync(join(repo, '.terraform', 'modules', 'svc'), { recursive: true });
  writeFileSync(join(repo, '.terraform', 'modules', 'svc', 'main.tf'), `variable "container" { type = any }
variable "labels" {
  type    = map(string)
  default = {}
}
resource "aws_ecs_task_definition" "this" {
  family                = "svc"
  container_definitions = jsonencode([merge(var.container, { name = "app", dockerLabels = var.labels })])
}
`);
  writeFileSync(join(repo, 'main.tf'), `module "svc" {
  source = "./.terraform/modules/svc"
  labels = {
    team    = "payments"
    service = "api"
    tier    = "backend"
  }
  container = {
    image = "registry.example.com/api@sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
  }
}
`);
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  const root = report.findings.filter((f) => f.ruleId === 'ecs-container-root-user');
  expect(root.map((f) => `${f.file}:${f.startLine}`)).toEqual(['main.tf:8']);
  expect(root[0].message).toContain('set `user` in this object (module input `container`)');
});
