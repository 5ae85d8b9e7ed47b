// Suggested fixes (the `suggestion` block of a review comment) rewrite one line: only when the
// value to change appears once on it, so a one-line object or a minified .tf.json file never gets a
// suggestion that flips the wrong value.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { scanConfiguration } from '../../src/scan.js';
import type { Finding } from '../../src/report/model.js';

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-suggest-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

async function publicIpFindings(files: Record<string, string>): Promise<Finding[]> {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(repo, name), text);
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2026-06-01T00:00:00Z') });
  return report.findings.filter((f) => f.ruleId === 'ecs-service-public-ip');
}

test('a line with the value once gets a suggestion', async () => {
  const [finding] = await publicIpFindings({ 'main.tf': `resource "aws_ecs_service" "s" {
  name = "s"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true
  }
}
` });
  expect(finding).toMatchObject({ file: 'main.tf', startLine: 5, suggestion: '    assign_public_ip = false' });
});

test('a line with the value twice gets none', async () => {
  const [finding] = await publicIpFindings({ 'main.tf': `resource "aws_ecs_service" "s" {
  name = "s"
  enable_execute_command = false
  network_configuration {
    subnets = ["subnet-1"]
    assign_public_ip = true # true on purpose
  }
}
` });
  expect(finding).toMatchObject({ file: 'main.tf', startLine: 6 });
  expect(finding.suggestion).toBeUndefined();
});

test('a minified .tf.json file gets a finding on its line and no suggestion', async () => {
  const json = { resource: { aws_ecs_service: { s: { name: 's', enable_execute_command: true, network_configuration: { subnets: ['subnet-1'], assign_public_ip: true } } } } };
  const [finding] = await publicIpFindings({ 'main.tf.json': JSON.stringify(json) });
  expect(finding).toMatchObject({ file: 'main.tf.json', startLine: 1 });
  expect(finding.suggestion).toBeUndefined();
});
