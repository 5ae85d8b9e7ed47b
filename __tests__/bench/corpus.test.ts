// The benchmark corpus generator: deterministic, the size asked for, valid Terraform that the
// scanner reads without errors, and every value form it claims to exercise reaches a finding.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { generateCorpus, seededRandom, VALUE_FORMS, type CorpusStats } from '../../bench/corpus.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { scanConfiguration } from '../../src/scan.js';

const dirs: string[] = [];

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'edg-corpus-'));
  dirs.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function listFiles(root: string, dir = root, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(root, path, out);
    else out.push(relative(root, path));
  }
  return out.sort();
}

function digest(root: string): string {
  const hash = createHash('sha256');
  for (const file of listFiles(root)) hash.update(file).update('\0').update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

describe('seededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const c = seededRandom(43);
    const seqA = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateCorpus', () => {
  const MODULES = 48;
  let root: string;
  let stats: CorpusStats;

  beforeAll(() => {
    root = freshDir();
    stats = generateCorpus(root, { modules: MODULES, seed: 7 });
  });

  it('writes byte-identical files for the same seed and different ones for another seed', () => {
    const again = freshDir();
    generateCorpus(again, { modules: MODULES, seed: 7 });
    expect(digest(again)).toBe(digest(root));
    const other = freshDir();
    generateCorpus(other, { modules: MODULES, seed: 8 });
    expect(digest(other)).not.toBe(digest(root));
  });

  it('reports what it wrote', () => {
    const files = listFiles(root);
    const tf = files.filter((f) => f.endsWith('.tf'));
    expect(stats.modules).toBe(MODULES);
    expect(stats.sharedModules + stats.rootModules).toBe(MODULES);
    expect(new Set(files.map((f) => f.slice(0, f.lastIndexOf('/')))).size).toBe(MODULES);
    expect(stats.tfFiles).toBe(tf.length);
    expect(stats.tfLines).toBe(tf.reduce((n, f) => n + readFileSync(join(root, f), 'utf8').split('\n').length, 0));
    expect(stats.otherFiles).toBe(files.length - tf.length);
    expect(Object.keys(stats.forms).sort()).toEqual([...VALUE_FORMS].sort());
    const blocks = tf.reduce((n, f) => n + (readFileSync(join(root, f), 'utf8').match(/^resource "/gm)?.length ?? 0), 0);
    expect(Object.values(stats.resourceBlocks).reduce((a, b) => a + b, 0)).toBe(blocks);
  });

  it('scans without errors, calls every shared module, and each value form leads to findings', async () => {
    const { report, configuration } = await scanConfiguration({ repoRoot: root, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2025-01-01T00:00:00Z') });
    expect(report.errors).toEqual([]);
    expect(configuration.moduleDirs).toHaveLength(MODULES);
    // Shared modules are only ever called, so only the team folders are roots.
    expect(configuration.rootDirs.every((d) => d.startsWith('teams/'))).toBe(true);
    expect(configuration.rootDirs).toHaveLength(stats.rootModules);
    expect(report.findings.length).toBeGreaterThan(MODULES);

    const files = new Set(report.findings.map((f) => f.file));
    const some = (test: (file: string) => boolean) => [...files].some(test);
    // file() and templatefile(): findings point into the JSON files.
    expect(some((f) => f.endsWith('/containers.json'))).toBe(true);
    expect(some((f) => f.endsWith('/containers.json.tpl'))).toBe(true);
    // Variable defaults.
    expect(some((f) => f.endsWith('/variables.tf'))).toBe(true);
    // Module inputs: a resource of a shared module's instance, reported at its caller's line (and module).
    expect(report.findings.some((f) => f.resource.startsWith('module.') && f.file.startsWith('teams/') && !f.module.startsWith('modules/'))).toBe(true);
    // for_each and count expand into instances.
    expect(configuration.resources.some((r) => typeof r.instanceKey === 'string')).toBe(true);
    expect(configuration.resources.some((r) => typeof r.instanceKey === 'number')).toBe(true);
    // Inline suppressions are honoured.
    expect(report.findings.some((f) => f.suppressed?.kind === 'inline')).toBe(true);
  });
});
