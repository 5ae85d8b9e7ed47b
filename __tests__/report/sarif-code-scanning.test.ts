// SARIF that code scanning uses (issue 15): one category per mode and shard in
// runs[].automationDetails.id (code scanning keeps one analysis per category and commit, so
// sharded uploads without it replace each other), and %SRCROOT% declared in originalUriBaseIds.
// Validated against the SARIF 2.1.0 schema shipped in an npm package (test-support/sarif-schema.ts).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules } from '../../src/policy/rules/index.js';
import { toRuleMeta } from '../../src/report/render-meta.js';
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

// What GitHub code scanning reads of a SARIF file ("SARIF support for code scanning", docs.github.com,
// code-security/reference/code-scanning/sarif-files), checked on the log the CLI and action write.
describe('GitHub code scanning: supported properties', () => {
  const log = toSarif(fullReport(), { ...meta({ run: { mode: 'scan' } }), rules: [...meta().rules, ...allRules.map(toRuleMeta)] });
  const run = log.runs[0];

  it('rules: security-severity is a string number in the band of the rule\'s severity, on a rule tagged security', () => {
    // "over 9.0 is critical, from 7.0 to 8.9 is high, from 4.0 to 6.9 is medium and from 0.1 to 3.9 is low";
    // security-severity counts for rules whose tags include `security`.
    const band = (score: number) => (score > 9.0 ? 'critical' : score >= 7.0 ? 'high' : score >= 4.0 ? 'medium' : score >= 0.1 ? 'low' : 'none');
    const severities = new Map([...meta().rules, ...allRules.map(toRuleMeta)].map((r) => [r.id, r.severity]));
    for (const rule of run.tool.driver.rules) {
      const score = rule.properties['security-severity'];
      expect({ id: rule.id, type: typeof score, format: /^\d+\.\d$/.test(score) }).toEqual({ id: rule.id, type: 'string', format: true });
      const expected = severities.get(rule.id) ?? (rule.id === 'drift-config' ? 'medium' : 'high');
      expect({ id: rule.id, band: band(Number(score)) }).toEqual({ id: rule.id, band: expected });
      expect(rule.properties.tags).toContain('security');
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties.precision);
    }
  });

  it('rules: help.text (required) and help.markdown (shown instead of it); names and descriptions within their limits', () => {
    for (const rule of run.tool.driver.rules) {
      expect(rule.help.text.length).toBeGreaterThan(0);
      expect(rule.help.markdown).toContain(`[Documentation](${rule.helpUri})`);
      // name: 255 characters; shortDescription.text and fullDescription.text: 1024.
      expect(rule.name.length).toBeLessThanOrEqual(255);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    }
  });

  it('locations: a repository-relative uri with the declared %SRCROOT% base, and a startLine', () => {
    const located = run.results.filter((r) => r.locations.length > 0);
    expect(located.length).toBeGreaterThan(0);
    for (const r of located) {
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      expect(artifactLocation.uri).not.toMatch(/^([a-z][a-z0-9+.-]*:|\/)/i);
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      // upload-sarif fingerprints only results whose first location has a startLine (codeql-action src/fingerprints.ts).
      expect(region?.startLine).toBeGreaterThanOrEqual(1);
    }
    expect(r0(run.results).locations).toHaveLength(1);
  });

  it('partialFingerprints: a versioned key of our own, never primaryLocationLineHash', () => {
    // Code scanning only uses primaryLocationLineHash, which upload-sarif computes from the line's text;
    // a value already there that differs from its own is kept and warned about on every result. Ours
    // (rule, resource, attribute path) is for PR comments and other SARIF consumers (SARIF §3.27.17).
    for (const r of run.results) {
      expect(Object.keys(r.partialFingerprints)).toHaveLength(1);
      expect(Object.keys(r.partialFingerprints)[0]).toMatch(/^ecsDriftGuard(Finding|Drift)\/v1$/);
    }
  });
});

function r0<T>(list: T[]): T {
  expect(list.length).toBeGreaterThan(0);
  return list[0]!;
}
