// Parsing on worker threads (src/terraform/parse-pool.ts): whichever thread parses a file, its
// syntax is the one the main thread gives, and a worker that fails, dies or answers nonsense loses
// no file. The worker is the real parse-worker.ts, bundled as build.mjs bundles it (jest runs the
// TypeScript sources, which a worker thread cannot load).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateCorpus } from '../../bench/corpus.js';
import { comparableSyntax, hclFiles } from '../../test-support/terraform/syntax-files.js';
import { getParser, HclSyntaxError, parseHclWith, type FileSyntax } from '../../src/terraform/hcl-syntax.js';
import { DEFAULT_MIN_FILES, ParsePool, parseThreads, type ParsedFile, type ParseJob, type ParseOutcome } from '../../src/terraform/parse-pool.js';
import { scanConfiguration } from '../../src/scan.js';
import { defaultPolicyConfig } from '../../src/policy/engine.js';

const repoRoot = join(import.meta.dirname, '..', '..');
// Inside node_modules, so that the bundle's external packages (web-tree-sitter) resolve.
const workerDir = join(repoRoot, 'node_modules', '.cache', `edg-parse-pool-test-${process.pid}`);
const workerFile = join(workerDir, 'parse-worker.mjs');
let corpus: string;

beforeAll(async () => {
  mkdirSync(workerDir, { recursive: true });
  await build({ entryPoints: [join(repoRoot, 'src', 'terraform', 'parse-worker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
  corpus = mkdtempSync(join(tmpdir(), 'edg-parse-pool-'));
  generateCorpus(corpus, { modules: 60, seed: 5 });
}, 60_000);

afterAll(() => {
  rmSync(workerDir, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

/** A syntax error compares by message and line, a syntax as data. */
function comparable(outcome: ParseOutcome | FileSyntax | HclSyntaxError | undefined): unknown {
  if (outcome instanceof HclSyntaxError) return { error: outcome.message, line: outcome.line };
  if (outcome && 'error' in outcome) return comparable(outcome.error);
  const syntax = outcome && 'syntax' in outcome ? outcome.syntax : outcome;
  return syntax && comparableSyntax(syntax);
}

/** Every .tf file of the examples, the test fixtures (broken ones included) and a generated corpus, plus edge cases. */
function jobs(): ParseJob[] {
  const files = [...hclFiles(join(repoRoot, 'examples'), /\.tf$/), ...hclFiles(join(repoRoot, '__tests__'), /\.tf$/), ...hclFiles(corpus, /\.tf$/)];
  const out = files.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
  // HCL that the grammar needs help with, a syntax error, and nesting deeper than the copy allows.
  out.push({ path: 'exponent.tf', text: 'locals {\n  a = 1e3\n  b = "1e3"\n}\n' });
  out.push({ path: 'broken.tf', text: 'resource "aws_ecs_service" "x" {\n  name = \n' });
  out.push({ path: 'deep.tf', text: `locals {\n  a = ${'['.repeat(1500)}1${']'.repeat(1500)}\n}\n` });
  return out;
}

async function onMainThread(list: readonly ParseJob[]): Promise<Map<string, unknown>> {
  const parser = await getParser();
  const out = new Map<string, unknown>();
  for (const job of list) {
    try {
      out.set(job.path, comparable(parseHclWith(parser, job.text)));
    } catch (e) {
      if (!(e instanceof HclSyntaxError)) throw e;
      out.set(job.path, comparable(e));
    }
  }
  return out;
}

/** The pool's answer for the jobs, read from them (a read may fail: `unreadable` gives no text). */
function parseWith(pool: ParsePool, list: readonly ParseJob[], unreadable = new Set<string>()): Promise<Map<string, ParsedFile>> {
  const texts = new Map(list.map((j) => [j.path, j.text]));
  return pool.parseAll(list.map((j) => j.path), (path) => (unreadable.has(path) ? undefined : texts.get(path)));
}

function expectSame(got: Map<string, ParsedFile>, want: Map<string, unknown>, list: readonly ParseJob[]): void {
  expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
  const texts = new Map(list.map((j) => [j.path, j.text]));
  expect([...got].filter(([path, file]) => file.text !== texts.get(path))).toEqual([]);
  const differing = [...want].filter(([path, syntax]) => JSON.stringify(comparable(got.get(path)?.outcome)) !== JSON.stringify(syntax)).map(([path]) => path);
  expect(differing).toEqual([]);
}

describe('parse threads', () => {
  it('give every file the syntax, or the syntax error, the main thread gives', async () => {
    const list = jobs();
    expect(list.length).toBeGreaterThan(300);
    const want = await onMainThread(list);
    // Not vacuous: the list holds errors and files that parse.
    expect([...want.values()].filter((v) => (v as { error?: string }).error !== undefined).length).toBeGreaterThan(1);
    expect(want.get('deep.tf')).toMatchObject({ error: expect.stringMatching(/nesting deeper than/) });
    expect(want.get('exponent.tf')).toMatchObject({ body: { blocks: [{ attributes: [{ name: 'a', expr: { t: 'lit', v: 1000 } }, { name: 'b' }] }] } });
    // parseOnMain false: every chunk goes to a worker, so none of this passes by the main thread alone.
    const pool = new ParsePool(await getParser(), { threads: 3, minFiles: 0, workerFile, parseOnMain: false });
    try {
      expectSame(await parseWith(pool, list), want, list);
      // The workers did parse: chunks went to them, not all to the main thread.
      expect(pool.workerChunks).toBeGreaterThan(0);
      // A second batch reuses the threads, already started; a file that cannot be read is left out.
      const before = pool.workerChunks;
      const unreadable = list[5]!.path;
      const wantReadable = new Map(want);
      wantReadable.delete(unreadable);
      expectSame(await parseWith(pool, list, new Set([unreadable])), wantReadable, list);
      expect(pool.workerChunks).toBeGreaterThan(before);
      // And on the main thread with the workers: all of it, whoever parsed what.
      expectSame(await parseWith(new ParsePool(await getParser(), { threads: 1 }), list), want, list);
      const shared = new ParsePool(await getParser(), { threads: 2, minFiles: 0, workerFile });
      expectSame(await parseWith(shared, list), want, list);
      await shared.close();
    } finally {
      await pool.close();
    }
  }, 120_000);

  it('lose no file when the worker cannot start, dies on its first chunk, or answers without results', async () => {
    const list = jobs().slice(0, 400);
    const want = await onMainThread(list);
    const scripts = {
      missing: join(workerDir, 'no-such-worker.mjs'),
      throws: join(workerDir, 'throws.mjs'),
      dies: join(workerDir, 'dies.mjs'),
      empty: join(workerDir, 'empty.mjs'),
    };
    writeFileSync(scripts.throws, "throw new Error('cannot load the parser');\n");
    writeFileSync(scripts.dies, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', () => process.exit(3));\nparentPort.postMessage({ ready: true });\n");
    writeFileSync(scripts.empty, "import { parentPort } from 'node:worker_threads';\nparentPort.on('message', (m) => parentPort.postMessage({ id: m.id, results: [] }));\nparentPort.postMessage({ ready: true });\n");
    for (const [name, file] of Object.entries(scripts)) {
      const pool = new ParsePool(await getParser(), { threads: 2, minFiles: 0, workerFile: file, parseOnMain: false });
      try {
        expectSame(await parseWith(pool, list), want, list);
        // The answerless worker took chunks (then the main thread parsed them); the others took none it finished.
        if (name === 'empty') expect(pool.workerChunks).toBeGreaterThan(0);
        else expect(pool.workerChunks).toBe(0);
      } finally {
        await pool.close();
      }
    }
  }, 120_000);

  it('start no thread for a small scan, or when told to use one', async () => {
    const list = jobs().slice(0, 50);
    expect(list.length).toBeLessThan(DEFAULT_MIN_FILES);
    for (const options of [{ threads: 4, workerFile }, { threads: 1, minFiles: 0, workerFile }]) {
      const pool = new ParsePool(await getParser(), options);
      expectSame(await parseWith(pool, list), await onMainThread(list), list);
      expect(pool.workerChunks).toBe(0);
      await pool.close();
    }
    expect(parseThreads({}, { ECS_DRIFT_GUARD_PARSE_THREADS: '1' })).toBe(1);
    expect(parseThreads({}, { ECS_DRIFT_GUARD_PARSE_THREADS: '3' })).toBe(3);
    expect(parseThreads({ threads: 0 }, {})).toBe(1);
    expect(parseThreads({}, { ECS_DRIFT_GUARD_PARSE_THREADS: 'many' })).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('leave a scan unchanged: findings with positions, not-evaluated entries and errors in order', async () => {
    // Broken and unreadable files among good ones, so that errors from the walk, the reads and the parses interleave.
    const repo = mkdtempSync(join(tmpdir(), 'edg-parse-pool-scan-'));
    try {
      generateCorpus(join(repo, 'generated'), { modules: 60, seed: 9 });
      mkdirSync(join(repo, 'generated', 'modules', 'broken'), { recursive: true });
      writeFileSync(join(repo, 'generated', 'modules', 'broken', 'main.tf'), 'resource "aws_ecs_cluster" "x" {\n  name = \n');
      writeFileSync(join(repo, 'generated', 'modules', 'broken', 'nul.tf'), 'locals {}\n\u0000');
      mkdirSync(join(repo, 'generated', 'modules', 'broken', 'folder.tf'));
      const scan = (parseThreads: { threads: number; minFiles?: number; workerFile?: string; parseOnMain?: boolean }) =>
        scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date('2025-01-01T00:00:00Z'), parseThreads });
      const one = await scan({ threads: 1 });
      const two = await scan({ threads: 2, minFiles: 0, workerFile, parseOnMain: false });
      expect(one.report.findings.length).toBeGreaterThan(100);
      expect(one.report.errors.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/invalid HCL/), expect.stringMatching(/NUL bytes/), expect.stringMatching(/EISDIR/)]));
      expect(JSON.stringify(two.report)).toBe(JSON.stringify(one.report));
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  }, 120_000);
});
