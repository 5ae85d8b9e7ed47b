// SARIF that code scanning uses (issue 15): one category per mode and shard in
// runs[].automationDetails.id (code scanning keeps one analysis per category and commit, so
// sharded uploads without it replace each other), and %SRCROOT% declared in originalUriBaseIds.
// Validated against the SARIF 2.1.0 schema shipped in an npm package (test-support/sarif-schema.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sarifCategory, toSarif } from '../../src/report/sarif.js';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { fullReport, meta } from './fixture-report.js';

describe('automationDetails.id: the code scanning category', () => {
  it('differs per mode and per shard, and is stable for the same run', () => {
    const ids = [
      sarifCategory({ mode: 'scan' }),
      sarifCategory({ mode: 'drift' }),
      sarifCategory({ mode: 'pr' }),
      sarifCategory({ mode: 'scan', shard: { index: 1, count: 4 } }),
      sarifCategory({ mode: 'scan', shard: { index: 2, count: 4 } }),
      sarifCategory({ mode: 'drift', shard: { index: 2, count: 4 } }),
    ];
    expect(new Set(ids).size).toBe(ids.length);
    expect(sarifCategory({ mode: 'scan', shard: { index: 2, count: 4 } })).toBe('ecs-drift-guard/scan/shard-2-of-4/');
    // One shard of one is the whole run: the same category as no shard.
    expect(sarifCategory({ mode: 'scan', shard: { index: 1, count: 1 } })).toBe(sarifCategory({ mode: 'scan' }));
  });

  it('ends with "/": all of it is the category, no run id (code scanning drops what follows the last "/")', () => {
    for (const id of [sarifCategory({ mode: 'drift' }), sarifCategory({ mode: 'scan', shard: { index: 3, count: 8 } })]) expect(id.endsWith('/')).toBe(true);
  });

  it('is written into the run, with originalUriBaseIds for %SRCROOT%, and validates', () => {
    const log = toSarif(fullReport(), meta({ run: { mode: 'drift', shard: { index: 2, count: 3 }, repoRoot: '/home/runner/work/infra/infra' } }));
    const run = log.runs[0];
    expect(run.automationDetails?.id).toBe('ecs-drift-guard/drift/shard-2-of-3/');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///home/runner/work/infra/infra/');
    expect(sarifSchemaErrors(log)).toEqual([]);
  });

  it('declares every uriBaseId its locations use', () => {
    const log = toSarif(fullReport(), meta({ run: { mode: 'scan' } }));
    const run = log.runs[0];
    const used = new Set(JSON.stringify(run.results).match(/"uriBaseId":"[^"]+"/g)!.map((m) => m.slice(13, -1)));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) expect(Object.keys(run.originalUriBaseIds)).toContain(id);
    // Without a known root the base is still declared (SARIF §3.14.14 allows no uri), never a guessed path.
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined();
    expect(sarifSchemaErrors(log)).toEqual([]);
  });
});

describe('the CLI writes the category', () => {
  it('scan --format sarif --shard 2/2 and without --shard', () => {
    const cli = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
    const repo = mkdtempSync(join(tmpdir(), 'edg-sarif-'));
    try {
      mkdirSync(join(repo, '.git'));
      for (const name of ['a', 'b', 'c', 'd']) {
        mkdirSync(join(repo, name));
        writeFileSync(join(repo, name, 'main.tf'), `resource "aws_ecs_cluster" "${name}" {\n  name = "${name}"\n}\n`);
      }
      const run = (args: string[]) => {
        const log = JSON.parse(spawnSync(process.execPath, [cli, 'scan', '--format', 'sarif', '--fail-on', 'none', ...args], { cwd: repo, encoding: 'utf8', env: { PATH: process.env.PATH } }).stdout);
        expect(sarifSchemaErrors(log)).toEqual([]);
        return log;
      };
      const whole = run([]).runs[0];
      expect(whole.automationDetails.id).toBe('ecs-drift-guard/scan/');
      expect(whole.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/);
      expect(run(['--shard', '2/2']).runs[0].automationDetails.id).toBe('ecs-drift-guard/scan/shard-2-of-2/');
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
