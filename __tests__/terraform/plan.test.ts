// --plan: planned_values are exact and findings map back to the source lines.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-plan-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

const MAIN_TF = `variable "public" {
  type = bool
}
variable "services" {
  type = set(string)
}
resource "aws_ecs_service" "api" {
  for_each        = var.services
  name            = each.key
  task_definition = "api:1"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = var.public
  }
}
resource "aws_ecs_task_definition" "td" {
  family                = "td"
  container_definitions = jsonencode([{ name = "app", image = "app:1", privileged = var.public }])
}
`;

function plan(publicIp: boolean) {
  const service = (key: string) => ({
    address: `aws_ecs_service.api["${key}"]`, mode: 'managed', type: 'aws_ecs_service', name: 'api', index: key,
    values: { name: key, task_definition: 'api:1', network_configuration: [{ subnets: ['subnet-1'], assign_public_ip: publicIp, security_groups: [] }], enable_execute_command: false },
  });
  return {
    format_version: '1.2',
    terraform_version: '1.9.0',
    planned_values: {
      root_module: {
        resources: [
          service('a'),
          service('b'),
          {
            address: 'aws_ecs_task_definition.td', mode: 'managed', type: 'aws_ecs_task_definition', name: 'td',
            values: { family: 'td', container_definitions: JSON.stringify([{ name: 'app', image: 'app:1', privileged: publicIp, essential: true }]) },
          },
        ],
      },
    },
  };
}

async function scanWithPlan(planDoc: unknown) {
  mkdirSync(join(repo, 'svc'));
  writeFileSync(join(repo, 'svc/main.tf'), MAIN_TF);
  writeFileSync(join(repo, 'plan.json'), JSON.stringify(planDoc));
  return (await scanConfiguration({ repoRoot: repo, paths: ['svc'], policy: defaultPolicyConfig(), now: new Date(), planJson: join(repo, 'plan.json') })).report;
}

test('without a plan the unknown values give no finding and are listed as not evaluated', async () => {
  mkdirSync(join(repo, 'svc'));
  writeFileSync(join(repo, 'svc/main.tf'), MAIN_TF);
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['svc'], policy: defaultPolicyConfig(), now: new Date() });
  expect(report.findings.filter((f) => f.ruleId === 'ecs-service-public-ip' || f.ruleId === 'ecs-container-privileged')).toEqual([]);
  expect(report.notEvaluated.map((n) => n.resource).sort()).toEqual(expect.arrayContaining(['aws_ecs_service.api', 'aws_ecs_task_definition.td']));
});

test('plan values are evaluated exactly, per instance, at the attribute lines', async () => {
  const report = await scanWithPlan(plan(true));
  const publicIp = report.findings.filter((f) => f.ruleId === 'ecs-service-public-ip').map((f) => [f.resource, f.file, f.startLine]);
  expect(publicIp).toEqual([
    ['aws_ecs_service.api["a"]', 'svc/main.tf', 13],
    ['aws_ecs_service.api["b"]', 'svc/main.tf', 13],
  ]);
  const privileged = report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => [f.resource, f.file, f.startLine]);
  expect(privileged).toEqual([['aws_ecs_task_definition.td', 'svc/main.tf', 18]]);
  expect(report.notEvaluated.filter((n) => n.resource.startsWith('aws_ecs_service.api'))).toEqual([]);
  expect(report.errors).toEqual([]);
});

test('a plan with safe values gives no finding', async () => {
  const report = await scanWithPlan(plan(false));
  expect(report.findings.filter((f) => f.ruleId === 'ecs-service-public-ip' || f.ruleId === 'ecs-container-privileged')).toEqual([]);
});

test('a file that is not a plan is a clear error', async () => {
  await expect(scanWithPlan({ values: {} })).rejects.toThrow(/plan\.json: no planned_values; pass the output of `terraform show -json PLANFILE`/);
});
