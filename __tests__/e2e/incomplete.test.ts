// The exit-code table (DESIGN.md "Exit codes", issue 13): a run that could not check everything it
// was asked to is INCOMPLETE and exits 2, never PASS; findings still exit 1 and say both;
// `--allow-incomplete` accepts an incomplete run and says so. Runs the built dist/cli.js as a user
// would, against the AWS emulator in test-support/aws for the live side.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { estateState, fixturesDir, seedFreshEstate } from '../drift/live-estate.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

// Asynchronous: the emulator answers from this process.
function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { PATH: process.env.PATH, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The one line the CLI writes for an incomplete run (drift also logs progress to stderr). */
function incompleteLine(r: Run): string | undefined {
  return r.stderr.split('\n').find((l) => l.startsWith('ecs-drift-guard: INCOMPLETE: '));
}

function summaryLine(r: Run): string {
  return r.stdout.trimEnd().split('\n').at(-1)!;
}

function expectIncomplete(r: Run, reason: RegExp): void {
  expect(r.code).toBe(2);
  expect(summaryLine(r)).toMatch(/^INCOMPLETE {2}/);
  expect(r.stdout).not.toMatch(/\bPASS\b/);
  expect(r.stdout).toMatch(reason);
  expect(incompleteLine(r)).toMatch(reason);
}

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'edg-incomplete-'));
  mkdirSync(join(repo, '.git'));
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(path: string, content: string): void {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), content);
}

const CLEAN_SERVICE = `resource "aws_ecs_service" "api" {
  name            = "api"
  task_definition = "api:1"
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = false
  }
}
`;
const PUBLIC_SERVICE = CLEAN_SERVICE.replace('assign_public_ip = false', 'assign_public_ip = true');

describe('scan', () => {
  test('everything checked, nothing blocking: 0 and PASS (the baseline the other rows differ from)', async () => {
    write('svc/main.tf', CLEAN_SERVICE);
    const r = await cli(['scan'], repo);
    expect(r.code).toBe(0);
    expect(summaryLine(r)).toMatch(/^PASS {2}/);
    expect(incompleteLine(r)).toBeUndefined();
  });

  test('a path that does not exist: 2, INCOMPLETE with the path and why', async () => {
    write('svc/main.tf', CLEAN_SERVICE);
    const r = await cli(['scan', 'does/not/exist'], repo);
    expectIncomplete(r, /1 file could not be read: does\/not\/exist \(path does not exist\)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  test('a module with a file that does not parse: 2, naming the file', async () => {
    write('svc/main.tf', CLEAN_SERVICE);
    // An unclosed block: `terraform fmt` rejects it too.
    write('svc/broken.tf', 'resource "aws_ecs_task_definition" "app" {\n  family = "app"\n');
    const r = await cli(['scan'], repo);
    expectIncomplete(r, /1 file could not be read: svc\/broken\.tf \(/);
  });

  test('a value not evaluated: 2, naming the resource and why', async () => {
    write('svc/main.tf', CLEAN_SERVICE.replace('assign_public_ip = false', 'assign_public_ip = data.aws_ssm_parameter.public.value'));
    const r = await cli(['scan', '--format', 'json'], repo);
    expect(r.code).toBe(2);
    const summary = JSON.parse(r.stdout).summary;
    expect(summary).toMatchObject({ verdict: 'incomplete', passed: false, incomplete: { accepted: false } });
    expect(summary.incomplete.items).toEqual([expect.objectContaining({ kind: 'value', what: expect.stringContaining('aws_ecs_service.api (svc/main.tf:') })]);
    expect(incompleteLine(r)).toMatch(/1 value not evaluated: aws_ecs_service\.api/);
  });

  test('blocking findings and an incomplete run: 1 (findings win), and the output says both', async () => {
    write('svc/main.tf', PUBLIC_SERVICE);
    write('svc/broken.tf', 'resource "aws_ecs_task_definition" "app" {\n');
    const r = await cli(['scan'], repo);
    expect(r.code).toBe(1);
    expect(summaryLine(r)).toMatch(/^FAIL \+ INCOMPLETE {2}1 blocking at or above high/);
    expect(r.stdout).toMatch(/Not checked: 1 file could not be read: svc\/broken\.tf/);
    expect(incompleteLine(r)).toMatch(/svc\/broken\.tf/);
  });

  test('--allow-incomplete: 0, and every format says the run was incomplete and accepted', async () => {
    write('svc/main.tf', CLEAN_SERVICE);
    write('svc/broken.tf', 'resource "aws_ecs_task_definition" "app" {\n');
    const text = await cli(['scan', '--allow-incomplete'], repo);
    expect(text.code).toBe(0);
    expect(summaryLine(text)).toMatch(/^INCOMPLETE \(accepted by --allow-incomplete\) {2}/);
    expect(text.stdout).toMatch(/Not checked: 1 file could not be read: svc\/broken\.tf/);
    expect(text.stdout).not.toMatch(/\bPASS\b/);
    const json = await cli(['scan', '--allow-incomplete', '--format', 'json'], repo);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ verdict: 'incomplete', passed: true, incomplete: { accepted: true } });
    const md = await cli(['scan', '--allow-incomplete', '--format', 'markdown'], repo);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('⚠️ **Incomplete, accepted by `allow-incomplete`**');
    expect(md.stdout).not.toContain('✅ **Passed**');
    // Findings still fail with the opt-out.
    write('svc/main.tf', PUBLIC_SERVICE);
    expect((await cli(['scan', '--allow-incomplete'], repo)).code).toBe(1);
  });
});

describe('drift', () => {
  let aws: AwsEmulator;
  beforeEach(async () => {
    aws = await startAwsEmulator({ seed: 13 });
    seedFreshEstate(aws);
    copyFileSync(join(fixturesDir, estateState), join(repo, 'estate.tfstate'));
  });
  afterEach(async () => {
    await aws.close();
  });

  test('live matches the state: 0 and PASS (the baseline)', async () => {
    const r = await cli(['drift', '--state', 'estate.tfstate', '--format', 'json'], repo, aws.env());
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.drift.length).toBeGreaterThan(3);
    expect(report.drift.every((d: { status: string }) => d.status === 'in_sync')).toBe(true);
    expect(report.summary.verdict).toBe('pass');
    expect(aws.validationErrors).toEqual([]);
  }, 60_000);

  test('--state nope.tfstate: 2, INCOMPLETE, never PASS', async () => {
    const r = await cli(['drift', '--state', 'nope.tfstate'], repo, aws.env());
    expectIncomplete(r, /1 file could not be read: nope\.tfstate \(cannot read the state: file not found\)/);
  }, 60_000);

  test('a --state set where one state is missing: 2, although the other was read and is in sync', async () => {
    const r = await cli(['drift', '--state', 'estate.tfstate', '--state', 'nope.tfstate', '--format', 'json'], repo, aws.env());
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report.drift.length).toBeGreaterThan(3);
    expect(report.summary).toMatchObject({ verdict: 'incomplete', passed: false });
    expect(report.summary.incomplete.items).toEqual([{ kind: 'file', what: 'nope.tfstate', why: 'cannot read the state: file not found' }]);
    expect(incompleteLine(r)).toMatch(/nope\.tfstate/);
  }, 60_000);

  test('AccessDenied on every cluster: every resource in them unverified, 2, naming them and the cause', async () => {
    aws.faults.accessDeniedClusters = ['prod', 'batch'];
    const r = await cli(['drift', '--state', 'estate.tfstate', '--format', 'json'], repo, aws.env());
    const report = JSON.parse(r.stdout);
    const inCluster = report.drift.filter((d: { type: string }) => d.type === 'aws_ecs_cluster' || d.type === 'aws_ecs_service');
    expect(inCluster.length).toBeGreaterThan(0);
    for (const d of inCluster) expect(d).toMatchObject({ status: 'unverified', reason: expect.stringMatching(/access denied/i) });
    expect(report.drift.find((d: { address: string }) => d.address === 'aws_ecs_service.api').reason).toMatch(/DescribeServices/);
    expect(r.code).toBe(2);
    expect(report.summary.verdict).toBe('incomplete');
    expect(incompleteLine(r)).toMatch(/could not be verified: aws_ecs_[a-z_]+\.\w+ \(access denied: /);
  }, 60_000);

  test('--allow-incomplete accepts unverified resources, and says so', async () => {
    aws.faults.accessDeniedClusters = ['prod', 'batch'];
    const r = await cli(['drift', '--state', 'estate.tfstate', '--allow-incomplete'], repo, aws.env());
    expect(r.code).toBe(0);
    expect(summaryLine(r)).toMatch(/^INCOMPLETE \(accepted by --allow-incomplete\) {2}/);
    expect(r.stdout).toMatch(/Not checked: \d+ resources? could not be verified: /);
  }, 60_000);

  test('ServerException from ECS on every call: every resource unverified, 2', async () => {
    // A failure inside the emulator is answered as ECS answers its own: 500 ServerException.
    const fail = (): never => {
      throw new Error('injected: the ECS back end failed');
    };
    aws.ecs.getCluster = fail;
    aws.ecs.getService = fail;
    aws.ecs.getTaskDefinition = fail;
    aws.ecs.getCapacityProvider = fail;
    const r = await cli(['drift', '--state', 'estate.tfstate', '--format', 'json'], repo, aws.env());
    const report = JSON.parse(r.stdout);
    expect(report.drift.length).toBeGreaterThan(3);
    for (const d of report.drift) expect(d).toMatchObject({ status: 'unverified', reason: expect.stringContaining('ServerException') });
    expect(r.code).toBe(2);
    expect(report.summary.verdict).toBe('incomplete');
  }, 120_000);

  test('ECS unreachable (nothing listens) and a region whose endpoint does not resolve: every resource unverified, 2', async () => {
    const closed = await startAwsEmulator();
    const deadEndpoint = closed.endpoint;
    await closed.close();
    for (const endpoint of [deadEndpoint, 'http://ecs.mars-east-1.invalid']) {
      // `.invalid` never resolves (RFC 2606), standing in for a region that has no endpoint.
      const r = await cli(['drift', '--state', 'estate.tfstate', '--region', 'mars-east-1', '--format', 'json'], repo, { ...aws.env(), AWS_ENDPOINT_URL_ECS: endpoint });
      const report = JSON.parse(r.stdout);
      expect(report.drift.length).toBeGreaterThan(3);
      for (const d of report.drift) expect(d.status).toBe('unverified');
      expect(r.code).toBe(2);
      expect(report.summary.verdict).toBe('incomplete');
      expect(incompleteLine(r)).toMatch(/resources could not be verified/);
    }
  }, 180_000);
});
