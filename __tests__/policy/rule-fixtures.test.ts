// KICS-style fixtures: for every rule, __tests__/policy/fixtures/<rule-id>/ holds positive*.tf /
// negative*.tf files (or positive*/ negative*/ folders for multi-file cases) and expected.json,
// which lists the exact findings of that rule per case: { "<case>": [{ "file", "line", "severity"? }] }.
// Each case is copied into its own temporary repository and scanned there.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { allRules } from '../../src/policy/rules/index.js';
import { copyWithPlantedCredentials } from '../../test-support/planted-credentials.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2026-06-01T00:00:00Z');

interface Expected { file: string; line: number; severity?: string }

async function scanCase(casePath: string, ruleId: string) {
  const repo = mkdtempSync(join(tmpdir(), 'edg-fixture-'));
  try {
    // Credential-shaped values are planted at run time (test-support/planted-credentials.ts).
    copyWithPlantedCredentials(casePath, statSync(casePath).isDirectory() ? repo : join(repo, casePath.split('/').pop()!));
    const rule = allRules.find((r) => r.id === ruleId)!;
    const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW, rules: [rule] });
    return report;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

describe.each(allRules.map((r) => [r.id]))('rule %s', (ruleId) => {
  const dir = join(FIXTURES, ruleId);

  it('has positive and negative fixtures and an expected-findings file', () => {
    expect(existsSync(dir)).toBe(true);
    const names = readdirSync(dir);
    expect(names.some((n) => n.startsWith('positive'))).toBe(true);
    expect(names.some((n) => n.startsWith('negative'))).toBe(true);
    expect(names).toContain('expected.json');
  });

  it('has a doc page with what, why, how to fix and how to suppress', () => {
    const page = join(import.meta.dirname, '..', '..', 'docs', 'rules', `${ruleId}.md`);
    expect(existsSync(page)).toBe(true);
    const text = readFileSync(page, 'utf8');
    expect(text).toContain(`# ${ruleId}`);
    for (const heading of ['## Why', '## How to fix', '## How to suppress']) expect(text).toContain(heading);
    expect(text).toContain(`drift-guard:ignore ${ruleId}`);
  });

  const cases = existsSync(dir) ? readdirSync(dir).filter((n) => n.startsWith('positive') || n.startsWith('negative')) : [];
  const expected: Record<string, Expected[]> = existsSync(join(dir, 'expected.json')) ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) : {};

  it.each(cases)('%s', async (caseName) => {
    const report = await scanCase(join(dir, caseName), ruleId);
    expect(report.errors).toEqual([]);
    const got = report.findings
      .filter((f) => f.ruleId === ruleId)
      .map((f) => ({ file: f.file, line: f.startLine, severity: f.severity }))
      .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
    if (caseName.startsWith('negative')) {
      expect(got).toEqual([]);
    } else {
      const want = (expected[caseName] ?? []).map((e) => ({ file: e.file, line: e.line, severity: e.severity ?? got.find((g) => g.file === e.file && g.line === e.line)?.severity }));
      expect(want.length).toBeGreaterThan(0);
      expect(got).toEqual(want);
    }
  });
});
