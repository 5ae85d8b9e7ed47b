// Issue 13 item 5: the scan never follows a symlink out of the repository and never reads a device,
// FIFO or socket. Each is a located error (so the run is INCOMPLETE); everything else is scanned.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { summarizeReport } from '../../src/report/summary.js';

const PRIVILEGED_TASK = (name: string, image = 'app:1') => `resource "aws_ecs_task_definition" "${name}" {
  family = "${name}"
  container_definitions = jsonencode([{ name = "app", image = var.image, privileged = true }])
}
variable "image" {
  default = "${image}"
}
`;

let base: string;
let repo: string;
let outside: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'edg-inside-'));
  repo = join(base, 'repo');
  outside = join(base, 'outside');
  mkdirSync(join(repo, '.git'), { recursive: true });
  mkdirSync(outside);
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

async function scan(paths = ['.']) {
  const { report } = await scanConfiguration({ repoRoot: repo, paths, policy: defaultPolicyConfig(), now: new Date('2026-01-01') });
  return report;
}

const OUTSIDE = 'symlink leads outside the repository; not followed';

test('x.tf -> /dev/zero is refused without being opened; the module\'s other files are scanned', async () => {
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  symlinkSync('/dev/zero', join(repo, 'svc/x.tf'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/x.tf', message: OUTSIDE }]);
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file)).toEqual(['svc/main.tf']);
  expect(summarizeReport(report, 'none').verdict).toBe('incomplete');
});

test('a folder link to / is not walked', async () => {
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  symlinkSync('/', join(repo, 'rootfs'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'rootfs', message: OUTSIDE }]);
  expect(report.modules).toEqual(['svc']);
});

test('a module call into a folder that links out of the repository is refused', async () => {
  writeFileSync(join(outside, 'main.tf'), PRIVILEGED_TASK('outside'));
  write('root/main.tf', 'module "m" {\n  source = "../vendored"\n}\n');
  symlinkSync(outside, join(repo, 'vendored'));
  const report = await scan(['root']);
  expect(report.errors).toContainEqual({ file: 'vendored', message: OUTSIDE });
  expect(report.findings.filter((f) => f.file.includes('outside'))).toEqual([]);
});

test('a symlinked terraform.tfvars outside the repository is not read (its value never appears)', async () => {
  writeFileSync(join(outside, 'secrets.tfvars'), 'image = "registry.example/leaked-from-outside:1"\n');
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  symlinkSync(join(outside, 'secrets.tfvars'), join(repo, 'svc/terraform.tfvars'));
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/terraform.tfvars', message: OUTSIDE }]);
  expect(JSON.stringify(report)).not.toContain('leaked-from-outside');
});

test('symlinks that stay inside the repository are still followed', async () => {
  write('shared/task.tf', PRIVILEGED_TASK('shared'));
  mkdirSync(join(repo, 'svc'));
  symlinkSync(join(repo, 'shared/task.tf'), join(repo, 'svc/task.tf'));
  symlinkSync('shared', join(repo, 'linked'));
  const report = await scan();
  expect(report.errors).toEqual([]);
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => f.file).sort()).toEqual(['linked/task.tf', 'shared/task.tf', 'svc/task.tf']);
});

test('a FIFO named .tf is listed, not read (reading would wait forever)', async () => {
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  try {
    execFileSync('mkfifo', [join(repo, 'svc/pipe.tf')]);
  } catch (e) {
    throw new Error(`mkfifo is needed for this test: ${(e as Error).message}`);
  }
  const report = await scan();
  expect(report.errors).toEqual([{ file: 'svc/pipe.tf', message: 'a FIFO, not a file; not read' }]);
  expect(report.findings.some((f) => f.file === 'svc/main.tf')).toBe(true);
});

test('a socket named .tf is listed, not read', async () => {
  write('svc/main.tf', PRIVILEGED_TASK('main'));
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(join(repo, 'svc/sock.tf'), resolve));
  try {
    const report = await scan();
    expect(report.errors).toEqual([{ file: 'svc/sock.tf', message: 'a socket, not a file; not read' }]);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
