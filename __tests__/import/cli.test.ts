// `ecs-drift-guard import` as a user runs it: the built dist/cli.js, the AWS SDK's default chain
// pointed at the ECS emulator through AWS_ENDPOINT_URL_ECS, exit codes and the lines on stderr.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { seedFreshEstate } from '../drift/live-estate.js';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

let aws: AwsEmulator;
let work: string;
beforeAll(async () => {
  aws = await startAwsEmulator({ seed: 7 });
  seedFreshEstate(aws);
  work = await mkdtemp(path.join(tmpdir(), 'import-cli-'));
});
afterAll(async () => {
  await aws.close();
  await rm(work, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: work, env: { PATH: process.env.PATH, NO_COLOR: '1', ...aws.env() } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('ecs-drift-guard import (dist/cli.js)', () => {
  it('is built', () => expect(existsSync(CLI)).toBe(true));

  it('imports a cluster: exit 0, the resources, the findings with file:line', async () => {
    const r = await cli(['import', '--cluster', 'prod', '--out', 'prod']);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Imported: 7 resources written to .*prod/);
    expect(r.stdout).toMatch(/Imported as is: .*findings/);
    expect(r.stdout).toMatch(/task_definitions\.tf:\d+ /);
    expect((await readdir(path.join(work, 'prod'))).sort()).toEqual(['clusters.tf', 'imports.tf', 'services.tf', 'task_definitions.tf', 'variables.tf']);
  });

  it('refuses a non-empty --out without --force: exit 2, one line', async () => {
    const r = await cli(['import', '--cluster', 'prod', '--out', 'prod']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('ecs-drift-guard:'))).toEqual([expect.stringContaining('--out prod is not empty; choose an empty folder or pass --force')]);
  });

  it('a missing cluster: partial import, exit 2, JSON says incomplete', async () => {
    const r = await cli(['import', '--cluster', 'prod', '--cluster', 'ghost', '--out', 'partial', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ecs-drift-guard: import incomplete: 1 not imported (first: cluster ghost: not imported: cluster ghost not found in us-east-1 (MISSING))');
    const json = JSON.parse(r.stdout) as { complete: boolean; imported: unknown[] };
    expect(json.complete).toBe(false);
    expect(json.imported.length).toBe(7);
  });

  it('bad usage: no --cluster, no --out', async () => {
    expect(await cli(['import', '--out', 'x'])).toMatchObject({ code: 2, stderr: 'ecs-drift-guard: import needs at least one --cluster NAME|ARN; see `ecs-drift-guard import --help`\n' });
    expect(await cli(['import', '--cluster', 'prod'])).toMatchObject({ code: 2, stderr: expect.stringContaining('import needs --out DIR') });
    await writeFile(path.join(work, 'unused'), '');
  });
});
