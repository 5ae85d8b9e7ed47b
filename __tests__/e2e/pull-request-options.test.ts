// End-to-end: the `comment` input and a pull request that deletes a module, run through the
// built action against the GitHub emulator.
import { fileURLToPath } from 'node:url';
import { findingMarker } from '../../src/github/review.js';
import { readFileTree, replaceInFile, type FileTree } from '../../test-support/e2e/file-tree.js';
import { BOT_LOGIN, startPullRequestScenario, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots, type JsonReport } from '../../test-support/e2e/run-action.js';


afterAll(removeDistSnapshots);
const SUMMARY_MARKER = '<!-- drift-guard:summary -->';
const POLICY_CONTEXT = 'drift-guard/policy';
const BASE: FileTree = readFileTree(fileURLToPath(new URL('./fixtures/repo', import.meta.url)));

type Finding = JsonReport['findings'][number] & { fingerprint: string };

function withFindings(): FileTree {
  let head = replaceInFile(BASE, 'services/api/main.tf', 'privileged             = false', 'privileged             = true');
  head = replaceInFile(head, 'services/api/service.tf', 'assign_public_ip = false', 'assign_public_ip = true');
  return head;
}

let scenario: PullRequestScenario;

afterEach(async () => {
  expect(scenario.emu.validationErrors).toEqual([]);
  await scenario.close();
});

test('comment: summary lists every finding in the summary comment and annotations, with no review', async () => {
  scenario = await startPullRequestScenario({ base: BASE, head: withFindings() });
  const run = await scenario.run({ inputs: { comment: 'summary' } });
  const { emu } = scenario;
  expect(run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed'))).toEqual([]);
  const findings = run.report!.findings.filter((f) => !f.suppressed) as Finding[];
  expect(findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['ecs-container-privileged', 'ecs-service-public-ip']));

  expect(emu.state.reviews).toEqual([]);
  expect(emu.state.reviewComments).toEqual([]);
  const summaries = emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
  expect(summaries).toHaveLength(1);
  for (const f of findings) {
    expect(summaries[0]!.body).toContain(`${f.file}:${f.startLine}`);
    // Without inline comments there is nothing to carry a per-finding marker.
    expect(summaries[0]!.body).not.toContain(findingMarker(f.fingerprint));
    expect(run.annotations).toContainEqual(expect.objectContaining({ file: f.file, line: f.startLine }));
  }
  expect(emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'failure']]);
  expect(run.exitCode).toBe(1);
});

test('comment: off writes only commit statuses and annotates every finding', async () => {
  scenario = await startPullRequestScenario({ base: BASE, head: withFindings() });
  const run = await scenario.run({ inputs: { comment: 'off' } });
  const { emu } = scenario;
  const findings = run.report!.findings.filter((f) => !f.suppressed);
  expect(findings.length).toBeGreaterThanOrEqual(2);
  expect(emu.state.reviews).toEqual([]);
  expect(emu.state.issueComments).toEqual([]);
  expect(emu.requests.filter((r) => r.write && r.operationId !== 'repos/create-commit-status')).toEqual([]);
  expect(emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'failure']]);
  for (const f of findings) expect(run.annotations).toContainEqual(expect.objectContaining({ file: f.file, line: f.startLine }));
  expect(run.exitCode).toBe(1);
});

test('a pull request that deletes a module scans nothing, names the removed module, and passes', async () => {
  // The worker module (privileged since its import) is removed entirely.
  const head: FileTree = { ...BASE };
  delete head['services/worker/main.tf'];
  delete head['services/worker/variables.tf'];
  scenario = await startPullRequestScenario({ base: BASE, head });
  expect(scenario.pr.files.map((f) => [f.filename, f.status])).toEqual([
    ['services/worker/main.tf', 'removed'],
    ['services/worker/variables.tf', 'removed'],
  ]);
  const run = await scenario.run();
  const { emu } = scenario;
  expect(run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed'))).toEqual([]);
  expect(run.report!.findings).toEqual([]);
  expect(emu.state.reviews).toEqual([]);
  const summaries = emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.split('\n').includes(SUMMARY_MARKER));
  expect(summaries).toHaveLength(1);
  expect(summaries[0]!.body).toContain('Removed modules');
  expect(summaries[0]!.body).toContain('`services/worker`');
  expect(emu.state.statuses.filter((s) => s.context === POLICY_CONTEXT).map((s) => [s.sha, s.state])).toEqual([[scenario.pr.headSha, 'success']]);
  expect(run.annotations).toEqual([]);
  expect(run.exitCode).toBe(0);
});
