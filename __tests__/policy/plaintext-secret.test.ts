// The plaintext-secret promise (RULES.md, DESIGN.md "Secret values never appear"): scanning the
// fixtures that plant secrets, no finding and no rendered report shows more than 4 characters of
// any planted secret, whatever rule reports on the line.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { renderReport } from '../../src/report/render.js';
import { scanConfiguration } from '../../src/scan.js';
import { copyWithPlantedCredentials, expandPlantedCredentials } from '../../test-support/planted-credentials.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const NOW = new Date('2026-06-01T00:00:00Z');
const FOLDERS = ['ecs-container-plaintext-secret', 'ecs-container-secret-source'];

interface Planted { folder: string; caseName: string; secrets: string[] }

function plantedCases(): Planted[] {
  return FOLDERS.flatMap((folder) => {
    const dir = join(FIXTURES, folder);
    // The list names credential-shaped values by marker; they are planted at run time.
    const { secrets } = JSON.parse(expandPlantedCredentials(readFileSync(join(dir, 'planted-secrets.json'), 'utf8'))) as { secrets: string[] };
    return readdirSync(dir)
      .filter((n) => n.startsWith('positive') || n.startsWith('negative'))
      .map((caseName) => ({ folder, caseName, secrets }));
  });
}

/** Every 5-character piece of a secret: showing any of them would show more than the allowed 4. */
function fragments(secret: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 5 <= secret.length; i++) out.push(secret.slice(i, i + 5));
  return secret.length < 5 ? [secret] : out;
}

async function scan(casePath: string) {
  const repo = mkdtempSync(join(tmpdir(), 'edg-secret-'));
  try {
    copyWithPlantedCredentials(casePath, statSync(casePath).isDirectory() ? repo : join(repo, casePath.split('/').pop()!));
    // All rules: a secret must not leak through another rule's message or suggested fix either.
    const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
    return report;
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}

describe('planted secrets never appear in findings or reports', () => {
  it('has planted secrets that the fixture files really contain', () => {
    for (const folder of FOLDERS) {
      const dir = join(FIXTURES, folder);
      const text = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((n) => !n.endsWith('expected.json') && !n.endsWith('planted-secrets.json'))
        .map((n) => join(dir, n))
        .filter((p) => statSync(p).isFile())
        .map((p) => expandPlantedCredentials(readFileSync(p, 'utf8')))
        .join('\n');
      const { secrets } = JSON.parse(expandPlantedCredentials(readFileSync(join(dir, 'planted-secrets.json'), 'utf8'))) as { secrets: string[] };
      expect(secrets.length).toBeGreaterThan(0);
      for (const s of secrets) expect(text).toContain(s);
    }
  });

  it.each(plantedCases().map((c) => [`${c.folder}/${c.caseName}`, c] as const))('%s', async (_label, planted) => {
    const report = await scan(join(FIXTURES, planted.folder, planted.caseName));
    expect(report.errors).toEqual([]);
    const outputs: Record<string, string> = {
      findings: JSON.stringify(report.findings),
      notEvaluated: JSON.stringify(report.notEvaluated),
    };
    for (const format of ['json', 'sarif', 'markdown', 'text'] as const) {
      outputs[format] = renderReport(report, { format, failOn: 'high', now: NOW }, { color: false });
    }
    if (planted.caseName.startsWith('positive')) {
      // The case must produce secret findings, or this test would pass vacuously.
      expect(report.findings.some((f) => f.ruleId === planted.folder)).toBe(true);
    }
    const leaks: string[] = [];
    for (const secret of planted.secrets) {
      for (const piece of fragments(secret)) {
        for (const [where, text] of Object.entries(outputs)) if (text.includes(piece)) leaks.push(`${where} shows "${piece}" of a planted secret`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
