// The action as a runner installs it: dist/ plus action.yml and package.json, no node_modules.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { generateCorpus } from '../../bench/corpus.js';
import { readFileTree, writeWorkspace } from '../../test-support/e2e/file-tree.js';
import { removeDistSnapshots, runAction, snapshotDist } from '../../test-support/e2e/run-action.js';

afterAll(removeDistSnapshots);

const REPO = readFileTree(fileURLToPath(new URL('./fixtures/repo', import.meta.url)));

// The parser's wasm files ship in dist/ while the code that loads them sits in dist/chunks/:
// a runner has no node_modules to fall back to.
test('dist/index.js scans a repository without node_modules next to it', async () => {
  const workspace = writeWorkspace(REPO);
  const run = await runAction({
    workspace,
    eventName: 'push',
    payload: {},
    token: 'unused',
    apiUrl: 'http://127.0.0.1:9',
    repository: 'acme/infra',
    sha: 'feedfacefeedfacefeedfacefeedfacefeedface',
    inputs: { mode: 'scan' },
    distDir: snapshotDist(),
  });
  rmSync(workspace, { recursive: true, force: true });
  rmSync(run.runnerTemp, { recursive: true, force: true });
  expect(run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed'))).toEqual([]);
  // The worker in the fixture runs privileged (high): found, and the step fails for it.
  expect(run.report?.findings.map((f) => `${f.ruleId} ${f.file}`)).toContain('ecs-container-privileged services/worker/main.tf');
  expect(run.exitCode).toBe(1);
});

// Large scans parse on worker threads (src/terraform/parse-pool.ts): dist/parse-worker.js must
// load its parser from dist/ alone, and a scan on several threads must say exactly what a scan on
// one says.
test('dist/parse-worker.js parses without node_modules, and a large scan is the same on one thread or two', async () => {
  const dist = snapshotDist();
  const worker = new Worker(join(dist, 'parse-worker.js'));
  try {
    const replies: unknown[] = [];
    const done = new Promise<void>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('message', (m: { ready?: true; id?: number }) => {
        replies.push(m);
        if (m.ready) worker.postMessage({ id: 7, texts: ['resource "aws_ecs_cluster" "x" {\n  name = "a"\n}\n', 'locals {\n  a = \n'] });
        else resolve();
      });
    });
    await done;
    expect(replies[0]).toEqual({ ready: true });
    const reply = replies[1] as { id: number; results: [{ size: number; data: Int32Array }, unknown] };
    expect(reply.id).toBe(7);
    // The tree of the first text: seven words per node (an Int32Array of the worker's realm, so compared by shape).
    expect(reply.results[0].size).toBeGreaterThan(5);
    expect(Object.prototype.toString.call(reply.results[0].data)).toBe('[object Int32Array]');
    expect(reply.results[0].data.length).toBe(reply.results[0].size * 7);
    expect(reply.results[1]).toEqual({ error: expect.stringMatching(/^invalid HCL at line \d+: /), line: expect.any(Number) });
  } finally {
    await worker.terminate();
  }

  const repo = mkdtempSync(join(tmpdir(), 'edg-large-'));
  try {
    // 778 .tf files: more than the 256 from which the scan starts parse threads.
    generateCorpus(repo, { modules: 250, seed: 11 });
    const scan = (threads: string) => spawnSync(process.execPath, [join(dist, 'cli.js'), 'scan', '.', '--format', 'json', '--offline', '--allow-incomplete'], {
      cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, ECS_DRIFT_GUARD_PARSE_THREADS: threads },
    });
    const one = scan('1');
    const two = scan('2');
    expect(one.stderr).toBe('');
    expect(two.stderr).toBe('');
    expect(JSON.parse(one.stdout).findings.length).toBeGreaterThan(500);
    expect(two.stdout).toBe(one.stdout);
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}, 120_000);
