// The README is tested (STYLE.md 12): its tables are generated from action.yml and the rule
// metadata, and must match. `UPDATE_README=1 npm test` rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { allRules } from '../src/policy/rules/index.js';

const ROOT = join(import.meta.dirname, '..');
const README = join(ROOT, 'README.md');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string }>;
}

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();

function generated(): Record<string, string> {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml;
  const inputs = [
    '| Input | Default | Description |',
    '|---|---|---|',
    ...Object.entries(action.inputs).map(([name, i]) => `| \`${name}\` | ${i.default ? `\`${cell(i.default)}\`` : ''} | ${cell(i.description)} |`),
  ].join('\n');
  const outputs = ['| Output | Description |', '|---|---|', ...Object.entries(action.outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`)].join('\n');
  const rules = [
    '| Rule | Severity | What it finds | References |',
    '|---|---|---|---|',
    ...allRules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.severity} | ${cell(r.title)} | ${cell(r.references.join('; '))} |`),
  ].join('\n');
  return { inputs, outputs, rules };
}

function section(text: string, name: string): string | undefined {
  const m = new RegExp(`<!-- ${name}:start -->\\n([\\s\\S]*?)\\n<!-- ${name}:end -->`).exec(text);
  return m?.[1];
}

test('README tables equal what action.yml and the rule metadata generate', () => {
  let text = readFileSync(README, 'utf8');
  const want = generated();
  if (process.env.UPDATE_README) {
    for (const [name, table] of Object.entries(want)) {
      text = text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(\\n<!-- ${name}:end -->)`), (_m, start: string, end: string) => `${start}${table}${end}`);
    }
    writeFileSync(README, text);
  }
  for (const [name, table] of Object.entries(want)) expect(section(text, name)).toBe(table);
});

test('README shows the two quick-start commands', () => {
  const text = readFileSync(README, 'utf8');
  expect(text).toContain('npm ci && npm run demo');
  expect(text).toContain('npm ci && npm test');
});

test('every rule has a doc page linked from the README', () => {
  const text = readFileSync(README, 'utf8');
  for (const r of allRules) expect(text).toContain(`(docs/rules/${r.id}.md)`);
});

test('the IAM policy in the README lists exactly the AWS actions the code calls', async () => {
  const { readdirSync, statSync } = await import('node:fs');
  const commands = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.ts')) for (const m of readFileSync(path, 'utf8').matchAll(/new ([A-Z][A-Za-z]+)Command\(/g)) commands.add(m[1]);
    }
  };
  walk(join(ROOT, 'src'));
  const service: Record<string, string> = { GetObject: 's3', HeadObject: 's3', LookupEvents: 'cloudtrail' };
  const expected = [...commands].map((c) => `${service[c] ?? 'ecs'}:${c}`).sort();
  const text = readFileSync(README, 'utf8');
  const policy = JSON.parse(/<!-- iam-policy:start -->\n```json\n([\s\S]*?)\n```\n<!-- iam-policy:end -->/.exec(text)![1]) as { Statement: { Action: string[] }[] };
  const listed = policy.Statement.flatMap((s) => s.Action).sort();
  expect(listed).toEqual(expected);
});

test('action.yml is valid: node24, dist/index.js, every input described', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'), { strict: true }) as ActionYml & { runs: { using: string; main: string } };
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  for (const [name, input] of Object.entries(action.inputs)) {
    expect(typeof input.description).toBe('string');
    expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  }
});
