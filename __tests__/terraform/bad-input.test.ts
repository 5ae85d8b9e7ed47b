// Bad input gets an errors[] entry with the file and a reason, and every other file is still scanned.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';

const PRIVILEGED_TASK = (name: string) => `resource "aws_ecs_task_definition" "${name}" {
  family = "${name}"
  container_definitions = jsonencode([{ name = "app", image = "app:1", privileged = true }])
}
`;

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'edg-bad-'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, content: string | Buffer) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

async function scan() {
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2026-01-01') });
  return report;
}

const privilegedFiles = (report: Awaited<ReturnType<typeof scan>>) =>
  report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file).sort();

test('a malformed .tf file is reported with its line and skipped; its neighbours are scanned', async () => {
  write('svc/good.tf', PRIVILEGED_TASK('good'));
  write('svc/broken.tf', 'resource "aws_ecs_service" "x" {\n  name = "x"\n  network_configuration {\n');
  write('other/main.tf', PRIVILEGED_TASK('other'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/broken.tf', message: expect.stringMatching(/^invalid HCL at line \d+: .*; file skipped$/) }]);
  expect(privilegedFiles(report)).toEqual(['other/main.tf', 'svc/good.tf']);
});

test('a binary file named .tf is reported and skipped', async () => {
  write('svc/image.tf', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/image.tf', message: 'binary file (contains NUL bytes), not HCL; skipped' }]);
  expect(privilegedFiles(report)).toEqual(['svc/main.tf']);
});

test('invalid JSON in a heredoc is an error with its line, and the resource is not evaluated', async () => {
  write('svc/main.tf', `resource "aws_ecs_task_definition" "bad" {
  family = "bad"
  container_definitions = <<EOT
[
  { "name": "app", "privileged": true,, }
]
EOT
}
${PRIVILEGED_TASK('good')}`);
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/main.tf', message: expect.stringContaining('aws_ecs_task_definition.bad: container_definitions is not valid JSON at line 5') }]);
  expect(report.notEvaluated.some((n) => n.resource === 'aws_ecs_task_definition.bad')).toBe(true);
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.resource)).toEqual(['aws_ecs_task_definition.good']);
});

test('file() outside the repository or missing is an error, never read, and not a finding', async () => {
  const outside = mkdtempSync(join(tmpdir(), 'edg-outside-'));
  try {
    writeFileSync(join(outside, 'containers.json'), '[{"name":"x","privileged":true}]');
    write('svc/main.tf', `resource "aws_ecs_task_definition" "outside" {
  family = "outside"
  container_definitions = file("${join(outside, 'containers.json')}")
}
resource "aws_ecs_task_definition" "relative" {
  family = "relative"
  container_definitions = file("../../../../../../../../${outside.slice(1)}/containers.json")
}
resource "aws_ecs_task_definition" "missing" {
  family = "missing"
  container_definitions = file("\${path.module}/nope.json")
}
${PRIVILEGED_TASK('good')}`);
    const report = await scan();
    const messages = report.errors.map((e) => `${e.file}: ${e.message}`);
    expect(messages).toHaveLength(3);
    expect(messages).toContain('svc/main.tf: file "./nope.json" does not exist');
    expect(messages.filter((m) => /^svc\/main\.tf: file ".*containers\.json" is outside the repository; not read$/.test(m))).toHaveLength(2);
    expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.resource)).toEqual(['aws_ecs_task_definition.good']);
  } finally {
    rmSync(outside, { recursive: true, force: true });
  }
});

test('a symlink loop is reported and the rest of the tree is scanned', async () => {
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  mkdirSync(join(repo, 'loop/inner'), { recursive: true });
  symlinkSync(join(repo, 'loop'), join(repo, 'loop/inner/back'));
  write('loop/inner/main.tf', PRIVILEGED_TASK('inner'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'loop/inner/back', message: expect.stringMatching(/symlink loop/) }]);
  expect(privilegedFiles(report)).toEqual(['loop/inner/main.tf', 'svc/main.tf']);
});

test('an empty directory (and one without .tf files) scans to nothing, without errors', async () => {
  mkdirSync(join(repo, 'empty'));
  write('docs/README.md', '# not terraform');
  const report = await scan();
  expect(report).toEqual({ findings: [], drift: [], notEvaluated: [], errors: [], modules: [] });
});

test('a path that does not exist is an error', async () => {
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['nowhere'], policy: defaultPolicyConfig(), now: new Date() });
  expect(report.errors).toEqual([{ file: 'nowhere', message: 'path does not exist' }]);
});
