// The CLI contract (DESIGN.md): commands, formats and exit codes, run as a user runs it: the built
// dist/cli.js in a child process (`npm test` builds before jest).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'edg-cli-'));
  mkdirSync(join(repo, '.git'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, content: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

const SERVICE = (publicIp: boolean) => `resource "aws_ecs_service" "api" {
  name            = "api"
  task_definition = "api:1"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = ${publicIp}
  }
}
`;

test('scan: exit 1 with a blocking finding, 0 below --fail-on, JSON report contract', () => {
  write('svc/main.tf', SERVICE(true));
  const json = cli(['scan', '--format', 'json'], repo);
  expect(json.code).toBe(1);
  const report = JSON.parse(json.stdout);
  expect(Object.keys(report)).toEqual(['version', 'tool', 'findings', 'drift', 'notEvaluated', 'errors', 'summary']);
  expect(report.version).toBe(1);
  expect(report.tool.name).toBe('ecs-drift-guard');
  const f = report.findings.find((x: { ruleId: string }) => x.ruleId === 'ecs-service-public-ip');
  expect(f).toMatchObject({ severity: 'high', file: 'svc/main.tf', startLine: 6, endLine: 6, resource: 'aws_ecs_service.api', module: 'svc', suppressed: null });
  for (const key of ['ruleId', 'severity', 'title', 'message', 'file', 'startLine', 'endLine', 'resource', 'module', 'references', 'suppressed']) expect(f).toHaveProperty(key);
  expect(cli(['scan', '--fail-on', 'critical'], repo).code).toBe(0);
  expect(cli(['scan', '--fail-on', 'none'], repo).code).toBe(0);
});

test('scan: nothing found exits 0; paths can be given', () => {
  write('svc/main.tf', SERVICE(false));
  write('other/main.tf', SERVICE(true));
  const r = cli(['scan', 'svc', '--format', 'json'], repo);
  expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'ecs-service-public-ip')).toEqual([]);
});

test('scan: every format renders, text without colour when not a TTY', () => {
  write('svc/main.tf', SERVICE(true));
  const text = cli(['scan'], repo);
  expect(text.stdout).toContain('svc/main.tf:6');
  expect(text.stdout).toContain('ecs-service-public-ip');
  expect(text.stdout).not.toContain('\u001b[');
  const sarif = JSON.parse(cli(['scan', '--format', 'sarif'], repo).stdout);
  expect(sarif.version).toBe('2.1.0');
  expect(sarifSchemaErrors(sarif)).toEqual([]);
  expect(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'ecs-service-public-ip')).toBe(true);
  const md = cli(['scan', '--format', 'markdown'], repo).stdout;
  expect(md).toContain('ecs-service-public-ip');
});

test('bad usage and unreadable input exit 2 with one line on stderr', () => {
  write('svc/main.tf', SERVICE(true));
  const cases = [
    cli(['frobnicate'], repo),
    cli(['scan', '--format', 'yaml'], repo),
    cli(['scan', '--fail-on', 'urgent'], repo),
    cli(['scan', '--bogus'], repo),
    cli(['scan', '--config', 'missing.yml'], repo),
    cli(['scan', '--plan', 'nope.json'], repo),
    cli(['drift'], repo),
  ];
  for (const r of cases) {
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^ecs-drift-guard: /);
  }
});

test('config file: unknown keys and bad values are named with their line', () => {
  write('svc/main.tf', SERVICE(true));
  write('.github/drift-guard.yml', 'fail-on: high\nrules:\n  ecs-service-public-ip: low\nexcepshuns: []\n');
  const r = cli(['scan'], repo);
  expect(r.code).toBe(2);
  expect(r.stderr.trim()).toBe('ecs-drift-guard: .github/drift-guard.yml:4: `excepshuns`: unknown key `excepshuns` (did you mean `exceptions`?)');
  write('.github/drift-guard.yml', 'rules:\n  ecs-service-public-ip: low\n');
  const lowered = JSON.parse(cli(['scan', '--format', 'json'], repo).stdout);
  expect(lowered.findings.find((f: { ruleId: string }) => f.ruleId === 'ecs-service-public-ip').severity).toBe('low');
});

test('suppressions: inline and config exceptions, with expiry', () => {
  write('svc/main.tf', `resource "aws_ecs_service" "api" {
  name = "api"
  network_configuration {
    subnets = ["subnet-1"]
    # drift-guard:ignore ecs-service-public-ip until=2030-01-01 public demo
    assign_public_ip = true
  }
}
resource "aws_ecs_service" "old" {
  name = "old"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true # drift-guard:ignore ecs-service-public-ip until=2020-01-01 expired
  }
}
resource "aws_ecs_service" "cfg" {
  name = "cfg"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = true
  }
}
`);
  write('.github/drift-guard.yml', `exceptions:
  - rule: ecs-service-public-ip
    resource: aws_ecs_service.cfg
    owner: "@platform"
    until: 2030-06-30
    reason: migration to private subnets in Q3
`);
  const r = cli(['scan', '--format', 'json'], repo, { DRIFT_GUARD_NOW: '2026-06-01T00:00:00Z' });
  const byResource = Object.fromEntries(JSON.parse(r.stdout).findings.map((f: { resource: string }) => [f.resource, f]));
  expect(byResource['aws_ecs_service.api'].suppressed).toEqual({ kind: 'inline', until: '2030-01-01', reason: 'public demo', owner: null });
  expect(byResource['aws_ecs_service.cfg'].suppressed).toEqual({ kind: 'config', until: '2030-06-30', reason: 'migration to private subnets in Q3', owner: '@platform' });
  expect(byResource['aws_ecs_service.old'].suppressed).toBeNull();
  expect(byResource['aws_ecs_service.old'].message).toContain('exception expired on 2020-01-01');
  expect(r.code).toBe(1);
});

test('owners: CODEOWNERS owners of paths as JSON', () => {
  write('.github/CODEOWNERS', '* @acme/platform\n/services/payments/ @bob\n[bad] @x\n');
  const r = cli(['owners', '--format', 'json', 'services/payments/main.tf', 'modules/x/main.tf'], repo);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout)).toEqual({
    owners: { 'services/payments/main.tf': ['@bob'], 'modules/x/main.tf': ['@acme/platform'] },
    codeowners: '.github/CODEOWNERS',
    errors: [{ line: 3, message: expect.any(String) }],
  });
});

test('--version prints the package version', () => {
  const r = cli(['--version'], repo);
  expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
});

describe('import-check against live ECS (AWS emulator)', () => {
  test('faithful and unfaithful imports: exit 1, differences listed, JSON output', async () => {
    const { startAwsEmulator } = await import('../../test-support/aws/emulator.js');
    const { seedFreshEstate } = await import('../drift/live-estate.js');
    const aws = await startAwsEmulator({ seed: 5 });
    try {
      seedFreshEstate(aws);
      const fixtures = join(import.meta.dirname, '..', 'attribution', 'fixtures', 'imports');
      // The emulator runs in this process: the CLI must run asynchronously so it can answer.
      const { spawn } = await import('node:child_process');
      const exec = (args: string[]) => new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const child = spawn(process.execPath, [CLI, 'import-check', ...args], { cwd: fixtures, env: { PATH: process.env.PATH, NO_COLOR: '1', ...aws.env() } });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.stderr.on('data', (d) => (stderr += d));
        child.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      const text = await exec(['faithful', 'unfaithful', 'modules']);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/faithful\/main\.tf:6 {2}aws_ecs_service\.web {2}FAITHFUL {2}Live ECS matches the code/);
      expect(text.stdout).toMatch(/unfaithful\/main\.tf:7 {2}aws_ecs_task_definition\.api {2}DIFFERS {2}Live ECS differs from the code \(security: container_definitions\[app\]\.image/);
      // An environment value differs: said to be added, never shown (nor a hash of it).
      expect(text.stdout).toMatch(/environment\[API_TOKEN\]: code null, live "\(secret\)" \(secret value added \(values are never shown\)\)/);
      expect(text.stdout).toMatch(/aws_ecs_service\.ghost {2}NOT_FOUND/);
      const json = JSON.parse((await exec(['faithful', '--format', 'json'])).stdout);
      expect(json.imports.every((c: { status: string }) => c.status === 'faithful')).toBe(true);
      expect(aws.validationErrors).toEqual([]);
    } finally {
      await aws.close();
    }
  });
});
