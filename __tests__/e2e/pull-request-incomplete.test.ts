// End-to-end, the built action on a pull request (issue 13): a changed module that could not be
// fully read turns `drift-guard/policy` red, naming the file and why; a file Terraform accepts
// (`1e3`) is read, so a privileged container beside it is found instead of hidden.
import { fileURLToPath } from 'node:url';
import { readFileTree, replaceInFile, type FileTree } from '../../test-support/e2e/file-tree.js';
import { startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots } from '../../test-support/e2e/run-action.js';

afterAll(removeDistSnapshots);
const POLICY_CONTEXT = 'drift-guard/policy';
const BASE: FileTree = readFileTree(fileURLToPath(new URL('./fixtures/repo', import.meta.url)));

let scenario: PullRequestScenario;
afterEach(async () => {
  expect(scenario.emu.validationErrors).toEqual([]);
  await scenario.close();
});

function policyStatuses() {
  return scenario.emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => ({ sha: s.sha, state: s.state, description: s.description }));
}

test('a changed module with a file that cannot be read: drift-guard/policy failure "1 file could not be read: …", job failed', async () => {
  const head = { ...BASE, 'services/api/extra.tf': 'resource "aws_ecs_task_definition" "hidden" {\n  family = "hidden"\n' };
  scenario = await startPullRequestScenario({ base: BASE, head });
  const run = await scenario.run({ inputs: { comment: 'summary' } });
  expect(policyStatuses()).toEqual([{ sha: scenario.pr.headSha, state: 'failure', description: expect.stringMatching(/^1 file could not be read: services\/api\/extra\.tf \(invalid HCL at line \d+/) }]);
  expect(run.exitCode).toBe(1);
  expect(run.commands.some((c) => c.level === 'error' && /INCOMPLETE: 1 file could not be read: services\/api\/extra\.tf/.test(c.message))).toBe(true);
  const summary = scenario.emu.state.issueComments.find((c) => c.body.includes('<!-- drift-guard:summary -->'))!;
  expect(summary.body).toContain('⛔ **Incomplete: not everything could be checked, so `drift-guard/policy` fails.** 1 file could not be read: services/api/extra.tf');
});

test('allow-incomplete: the same pull request gets success that says it was accepted', async () => {
  const head = { ...BASE, 'services/api/extra.tf': 'resource "aws_ecs_task_definition" "hidden" {\n  family = "hidden"\n' };
  scenario = await startPullRequestScenario({ base: BASE, head });
  const run = await scenario.run({ inputs: { comment: 'summary', 'allow-incomplete': 'true' } });
  expect(policyStatuses()).toEqual([{ sha: scenario.pr.headSha, state: 'success', description: expect.stringMatching(/^Incomplete, accepted by allow-incomplete: 1 file could not be read/) }]);
  expect(run.exitCode).toBe(0);
});

test('a privileged container beside `locals { scale = 1e3 }` is found: the file is read, not skipped', async () => {
  let head = replaceInFile(BASE, 'services/api/main.tf', 'privileged             = false', 'privileged             = true');
  head = { ...head, 'services/api/main.tf': `${head['services/api/main.tf']}\nlocals {\n  scale = 1e3\n}\n` };
  scenario = await startPullRequestScenario({ base: BASE, head });
  const run = await scenario.run({ inputs: { comment: 'summary' } });
  expect(run.report!.errors).toEqual([]);
  expect(run.report!.findings.map((f) => f.ruleId)).toContain('ecs-container-privileged');
  expect(policyStatuses()).toEqual([{ sha: scenario.pr.headSha, state: 'failure', description: expect.stringMatching(/at or above high/) }]);
  expect(run.exitCode).toBe(1);
});
