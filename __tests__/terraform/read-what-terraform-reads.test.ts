// Issue 11 item 6 / issue 13: valid Terraform the scanner used to skip (so a privileged container
// beside it went unseen) is read; input too deep to read gets a located error for its file while
// every other file is still scanned; nothing is skipped silently. `terraform fmt` is the oracle for
// "Terraform accepts this" where it is installed.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';

const TERRAFORM = '/usr/local/bin/terraform';
const hasTerraform = spawnSync(TERRAFORM, ['version'], { encoding: 'utf8' }).status === 0;
if (!hasTerraform) console.warn(`!!! ${TERRAFORM} is not installed: the "terraform fmt accepts it" oracle checks are SKIPPED`);

/** Terraform's own parser accepts the file (fmt parses without needing providers or a network). */
function terraformAccepts(path: string): boolean {
  return spawnSync(TERRAFORM, ['fmt', '-check', '-list=false', path], { encoding: 'utf8' }).status !== 2 &&
    !/Error/.test(spawnSync(TERRAFORM, ['fmt', '-list=false', '-write=false', path], { encoding: 'utf8' }).stderr);
}

const PRIVILEGED = `resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "app:1", privileged = true }])
}
`;

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'edg-reads-'));
  mkdirSync(join(repo, '.git'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, content: string | Buffer) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

async function scan() {
  const { report, configuration } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2026-01-01') });
  return { report, configuration };
}

const privileged = (report: Awaited<ReturnType<typeof scan>>['report']) => report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => `${f.file}:${f.startLine}`);

test('number literals with an exponent and no fraction are numbers (1e3, 1.5E-2, 2e+1), not a skipped file', async () => {
  write('svc/main.tf', `${PRIVILEGED}locals {
  scale = 1e3
  ratio = 1.5E-2
  ten   = 2e+1
  label = "1e3 stays a string"
}
resource "aws_ecs_service" "s" {
  name          = "s"
  desired_count = local.scale + local.ten
}
`);
  if (hasTerraform) expect(terraformAccepts(join(repo, 'svc/main.tf'))).toBe(true);
  const { report, configuration } = await scan();
  expect(report.errors).toEqual([]);
  expect(privileged(report)).toEqual(['svc/main.tf:3']);
  const service = configuration.resources.find((r) => r.address === 'aws_ecs_service.s')!;
  expect(service.body.attributes.get('desired_count')?.value).toMatchObject({ kind: 'number', value: 1020 });
});

test('bytes that are not UTF-8 (Latin-1) and U+FFFD inside comments: the file is read', async () => {
  const latin1 = Buffer.concat([Buffer.from('# Gr'), Buffer.from([0xfc]), Buffer.from('n: owned by J'), Buffer.from([0xf6]), Buffer.from('rg\n/* caf'), Buffer.from([0xe9]), Buffer.from(' */\n'), Buffer.from(PRIVILEGED)]);
  write('a/main.tf', latin1);
  write('b/main.tf', `// replacement character \uFFFD in a comment\n${PRIVILEGED}`);
  if (hasTerraform) {
    expect(terraformAccepts(join(repo, 'a/main.tf'))).toBe(true);
    expect(terraformAccepts(join(repo, 'b/main.tf'))).toBe(true);
  }
  const { report } = await scan();
  expect(report.errors).toEqual([]);
  expect(privileged(report)).toEqual(['a/main.tf:5', 'b/main.tf:4']);
});

test('a byte that is not UTF-8 outside a comment is a located error, and the neighbours are scanned', async () => {
  write('a/main.tf', Buffer.concat([Buffer.from('locals {\n  name = "caf'), Buffer.from([0xe9]), Buffer.from('"\n}\n')]));
  write('a/task.tf', PRIVILEGED);
  const { report } = await scan();
  expect(report.errors).toEqual([{ file: 'a/main.tf', message: 'bytes that are not UTF-8 at line 2, outside a comment; file skipped' }]);
  expect(privileged(report)).toEqual(['a/task.tf:3']);
});

test('a file over the old 5 MB limit is read; one over the 64 MB bound is listed, not skipped silently', async () => {
  const padding = `# ${'x'.repeat(98)}\n`.repeat(60_000); // 6 MB of comments
  write('big/main.tf', `${padding}${PRIVILEGED}`);
  write('huge/main.tf', '');
  // Sparse: the size check comes before any read, so nothing is written.
  const fd = openSync(join(repo, 'huge/main.tf'), 'r+');
  ftruncateSync(fd, 65 * 1024 * 1024);
  closeSync(fd);
  const { report } = await scan();
  expect(privileged(report)).toEqual([`big/main.tf:${60_000 + 3}`]);
  expect(report.errors).toEqual([{ file: 'huge/main.tf', message: 'file is larger than 64 MB; skipped' }]);
});

function nestedObjects(depth: number): string {
  return `locals {\n  deep = ${'{ a = '.repeat(depth)}1${' }'.repeat(depth)}\n}\n`;
}

test.each([
  ['1,000 nested objects', nestedObjects(1000)],
  ['5,000 nested parentheses', `locals {\n  deep = ${'('.repeat(5000)}1${')'.repeat(5000)}\n}\n`],
])('%s: a located error for that file, every other file scanned, no stack overflow', async (_name, text) => {
  write('deep/main.tf', text);
  write('deep/task.tf', PRIVILEGED);
  write('other/main.tf', PRIVILEGED);
  if (hasTerraform) expect(terraformAccepts(join(repo, 'deep/main.tf'))).toBe(true);
  const { report } = await scan();
  expect(report.errors).toEqual([{ file: 'deep/main.tf', message: expect.stringMatching(/^nesting deeper than \d+ syntax levels at line \d+; not read; file skipped$/) }]);
  expect(privileged(report)).toEqual(['deep/task.tf:3', 'other/main.tf:3']);
});

test('nesting below the bound is read and evaluated, used by a resource', async () => {
  write('svc/main.tf', `${nestedObjects(200)}${PRIVILEGED}resource "aws_ecs_service" "s" {\n  name = "s"\n  tags = local.deep\n}\n`);
  const { report } = await scan();
  expect(report.errors).toEqual([]);
  expect(privileged(report)).toEqual(['svc/main.tf:6']);
});

test('the scan root is the scanned path\'s own repository: local module calls resolve from another working directory', async () => {
  write('modules/task/main.tf', PRIVILEGED);
  write('live/main.tf', 'module "task" {\n  source = "../modules/task"\n}\n');
  const elsewhere = mkdtempSync(join(tmpdir(), 'edg-cwd-'));
  try {
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
    const r = spawnSync(process.execPath, [cli, 'scan', join(repo, 'live'), '--format', 'json'], { cwd: elsewhere, encoding: 'utf8', env: { PATH: process.env.PATH } });
    const json = JSON.parse(r.stdout);
    expect(json.errors).toEqual([]);
    expect(json.findings.filter((f: { ruleId: string }) => f.ruleId === 'ecs-container-privileged').map((f: { file: string }) => f.file)).toEqual(['modules/task/main.tf']);
    expect(r.status).toBe(1);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
  }
});
