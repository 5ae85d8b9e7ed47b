// The repository's own automation (issue 15): CI on Node 20 and 24, check-dist, CodeQL, dependency
// updates and releases, each checked with GitHub's workflow parser like the README's examples
// (__tests__/workflows.test.ts); and every action they and the examples use on its current major.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..', '..');
const OWN = join(ROOT, '.github', 'workflows');
const EXAMPLES = join(ROOT, 'examples', 'workflows');
const own = readdirSync(OWN).filter((f) => f.endsWith('.yml'));

interface Step { uses?: string; run?: string; with?: Record<string, unknown> }
interface Workflow { on: unknown; permissions?: unknown; jobs: Record<string, { steps: Step[]; permissions?: unknown; strategy?: { matrix?: Record<string, unknown> } }> }

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');
const steps = (wf: Workflow) => Object.values(wf.jobs).flatMap((j) => j.steps ?? []);

/**
 * Current majors, late 2026 (release notes): actions/checkout v6 (v6.0.0, Nov 2025, node24),
 * actions/setup-node v6 (v6.4.0), actions/upload-artifact v7 (v7.0.1), github/codeql-action v4,
 * aws-actions/configure-aws-credentials v6 (v6.2.2, Jul 2026, node24).
 */
const CURRENT_MAJORS: Record<string, string> = {
  'actions/checkout': 'v6',
  'actions/setup-node': 'v6',
  'actions/upload-artifact': 'v7',
  // actions/cache v5 runs on node24 (actions/cache release v5.0.0).
  'actions/cache': 'v5',
  'github/codeql-action': 'v4',
  'aws-actions/configure-aws-credentials': 'v6',
  'ecs-drift-guard/ecs-drift-guard': 'v0',
};

describe.each(own)('.github/workflows/%s', (file) => {
  const content = read(OWN, file);
  it("parses without errors with GitHub's workflow parser", () => {
    const result = parseWorkflow({ name: file, content }, new NoOperationTraceWriter());
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([]);
    expect(result.value).toBeDefined();
  });
  it('declares least-privilege permissions', () => {
    const wf = parse(content) as Workflow;
    for (const job of Object.values(wf.jobs)) expect(wf.permissions ?? job.permissions).toBeDefined();
    expect(JSON.stringify(wf.permissions)).not.toContain('write-all');
  });
});

describe('what the workflows do', () => {
  const wf = (name: string) => parse(read(OWN, name)) as Workflow;

  it('ci.yml: npm ci and npm test on Node 20 and 24', () => {
    const ci = wf('ci.yml');
    expect(Object.values(ci.jobs)[0].strategy?.matrix?.node).toEqual([20, 24]);
    const runs = steps(ci).map((s) => s.run);
    expect(runs).toEqual(expect.arrayContaining([expect.stringMatching(/^npm ci\b/), 'npm test']));
  });

  it('check-dist.yml: fails when dist/ differs from a fresh build', () => {
    const text = steps(wf('check-dist.yml')).map((s) => s.run ?? '').join('\n');
    expect(text).toContain('npm run build');
    expect(text).toContain('git status --porcelain -- dist');
    expect(text).toContain('exit 1');
  });

  it('codeql.yml: analyzes javascript-typescript and uploads to code scanning', () => {
    const codeql = wf('codeql.yml');
    expect(steps(codeql).find((s) => s.uses?.startsWith('github/codeql-action/init@'))?.with?.languages).toBe('javascript-typescript');
    expect(steps(codeql).some((s) => s.uses?.startsWith('github/codeql-action/analyze@'))).toBe(true);
    expect(codeql.permissions).toMatchObject({ 'security-events': 'write' });
  });

  it('release.yml: vX.Y.Z tags, notes from CHANGELOG.md, the major tag moved', () => {
    const release = wf('release.yml') as Workflow & { on: { push: { tags: string[] } } };
    expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+']);
    const text = steps(release).map((s) => s.run ?? '').join('\n');
    expect(text).toContain('release-notes.mjs');
    expect(text).toContain('gh release create');
    expect(text).toMatch(/git tag -fa "\$major"/);
    expect(text).toMatch(/git push --force origin "refs\/tags\/\$major"/);
  });

  it('the release notes script finds the current version in CHANGELOG.md and refuses a missing one', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const script = join(ROOT, '.github', 'scripts', 'release-notes.mjs');
    const ok = spawnSync(process.execPath, [script, version], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toContain('### ');
    expect(ok.stdout).not.toContain(`## [${version}]`);
    const missing = spawnSync(process.execPath, [script, '99.0.0'], { encoding: 'utf8' });
    expect(missing.status).toBe(1);
    expect(missing.stdout).toBe('');
  });

  it('dependabot.yml: npm and github-actions', () => {
    const config = parse(readFileSync(join(ROOT, '.github', 'dependabot.yml'), 'utf8')) as { version: number; updates: { 'package-ecosystem': string; directory: string }[] };
    expect(config.version).toBe(2);
    const ecosystems = config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`);
    expect(ecosystems).toEqual(expect.arrayContaining(['npm /', 'github-actions /', 'npm /.ci/node24']));
  });
});

describe('actions on their current major versions', () => {
  const all = [...own.map((f) => ['.github/workflows', f, read(OWN, f)]), ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.yml')).map((f) => ['examples/workflows', f, read(EXAMPLES, f)])];
  it.each(all)('%s/%s', (_dir, _file, content) => {
    const used = steps(parse(content) as Workflow).map((s) => s.uses).filter((u): u is string => !!u);
    expect(used.length).toBeGreaterThan(0);
    for (const uses of used) {
      const [path, ref] = uses.split('@');
      const action = path.split('/').slice(0, 2).join('/');
      expect([uses, CURRENT_MAJORS[action] ? 'known' : 'unknown action']).toEqual([uses, 'known']);
      expect([uses, ref]).toEqual([uses, CURRENT_MAJORS[action]]);
    }
  });

  it('the README uses the same majors', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const m of readme.matchAll(/uses: ([\w.-]+\/[\w.-]+)(?:\/[\w./-]+)?@(\S+)/g)) expect([m[0], m[2]]).toEqual([m[0], CURRENT_MAJORS[m[1]]]);
  });
});
