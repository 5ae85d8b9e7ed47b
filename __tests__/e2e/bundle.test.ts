// The action as a runner installs it: dist/ plus action.yml and package.json, no node_modules.
import { fileURLToPath } from 'node:url';
import { rmSync } from 'node:fs';
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
