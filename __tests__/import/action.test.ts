// `mode: import` as a workflow_dispatch runs it (issue 16): the built action against the GitHub and
// AWS emulators. The pull request holds the generated module on `drift-guard/import-<cluster>`,
// says what was imported, the findings with file:line, the owners and that it is provisional; a
// re-run changes nothing, a live change adds one commit, a lost answer to the create makes no
// second pull request, a read-only token fails the phase naming the permissions, and the normal
// pull request run then checks the `import` blocks against live ECS.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Octokit } from '@octokit/rest';
import { rmSync } from 'node:fs';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { writeWorkspace } from '../../test-support/e2e/file-tree.js';
import { BOT_LOGIN, MERGE_SHA, OWNER, READ_TOKEN, REPO, WRITE_TOKEN } from '../../test-support/e2e/pull-request-scenario.js';
import { removeDistSnapshots, runAction, snapshotDist } from '../../test-support/e2e/run-action.js';
import { pullRequestEvent, workflowDispatchEvent } from '../../test-support/github/webhook-events.js';
import { PLANTED_SECRET, seedFreshEstate } from '../drift/live-estate.js';

const FOLDER = 'infra/imported/prod';
const BRANCH = 'drift-guard/import-prod';

let s: DriftScenario;
beforeAll(async () => {
  s = await startDriftScenario({
    tree: {
      '.github/CODEOWNERS': '/infra/legacy/ @acme/platform\n/infra/imported/prod/ @alice\n',
      'infra/legacy/main.tf': 'resource "aws_ecs_cluster" "legacy" {\n  name = "legacy"\n}\n',
      'README.md': '# infra\n',
    },
    collaborators: ['alice'],
    teams: { platform: ['carol'] },
  });
  seedFreshEstate(s.aws);
});
afterAll(async () => {
  await s.close();
  removeDistSnapshots();
});

function dispatch(inputs: Record<string, string>, token = WRITE_TOKEN) {
  return s.run({ eventName: 'workflow_dispatch', payload: workflowDispatchEvent(s.github, { clusters: inputs['import-clusters'] ?? '' }), inputs, token });
}

const branchFiles = (branch: string) => s.github.state.commits[s.github.state.branches[branch]!]!.files;
const importPulls = (branch: string) => s.github.state.pulls.filter((p) => p.head.ref === branch);

describe('mode: import (dist/index.js, workflow_dispatch)', () => {
  it('opens one pull request with the module on drift-guard/import-prod', async () => {
    const run = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('ECS Drift Guard: import mode (event workflow_dispatch).');
    const [pull, ...others] = importPulls(BRANCH);
    expect(others).toEqual([]);
    expect(pull).toMatchObject({ state: 'open', author: BOT_LOGIN, base: { ref: 'main' }, title: `Import live ECS: prod into ${FOLDER}` });
    expect(run.outputs['import-pull-request']).toBe(`https://github.com/${OWNER}/${REPO}/pull/${pull!.number}`);

    // The branch is main plus the generated files: nothing else touched.
    const files = branchFiles(BRANCH);
    const main = s.github.state.commits[s.github.state.branches.main!]!.files;
    const added = Object.keys(files).filter((f) => !(f in main)).sort();
    expect(added).toEqual([`${FOLDER}/.drift-guard-import.json`, `${FOLDER}/clusters.tf`, `${FOLDER}/imports.tf`, `${FOLDER}/services.tf`, `${FOLDER}/task_definitions.tf`, `${FOLDER}/variables.tf`]);
    for (const f of Object.keys(main)) expect(files[f]).toBe(main[f]);
    expect(JSON.parse(files[`${FOLDER}/.drift-guard-import.json`]!)).toEqual({
      generatedBy: 'ecs-drift-guard import', clusters: ['prod'], region: 'us-east-1',
      files: ['clusters.tf', 'imports.tf', 'services.tf', 'task_definitions.tf', 'variables.tf'],
    });
    expect(files[`${FOLDER}/imports.tf`]).toContain('  to = aws_ecs_service.api\n  id = "prod/api"');
    // Four writes: the tree (files as content), the commit, the branch, the pull request.
    expect(s.github.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path.replace('/repos/acme/infra', '')} ${r.status}`))
      .toEqual(['POST /git/trees 201', 'POST /git/commits 201', 'POST /git/refs 201', 'POST /pulls 201']);
    expect(pull!.commits).toHaveLength(1);
    expect(s.github.state.commits[pull!.head.sha]!.parents).toEqual([s.github.state.branches.main]);

    // The body: what, findings with file:line, owners of the folder, provisional; no secret anywhere.
    const body = pull!.body!;
    expect(body).toContain('<!-- drift-guard:import:drift-guard/import-prod -->');
    expect(body).toContain('**This import is provisional until it is reviewed and merged.**');
    expect(body).toMatch(/\| `aws_ecs_service\.api` \| `prod\/api` \| `infra\/imported\/prod\/services\.tf:\d+` \|/);
    const taskDefinitions = files[`${FOLDER}/task_definitions.tf`]!.split('\n');
    const writable = body.match(/\| medium \| \[ecs-container-writable-root-fs\]\([^)]+\) [^|]+ \| `infra\/imported\/prod\/task_definitions\.tf:(\d+)` \|/);
    expect(writable).not.toBeNull();
    expect(taskDefinitions[Number(writable![1]) - 1]).toMatch(/^\s+\{$|name\s+=/);
    expect(body).toContain('CODEOWNERS of `infra/imported/prod/` on the base branch: @alice.');
    expect(body).toMatch(/`var\.api_app_api_token` \(high\): task definition api:1, container app, environment API\\_TOKEN, `infra\/imported\/prod\/task_definitions\.tf:\d+`/);
    for (const text of [body, ...Object.values(files), run.summary, run.stdout]) expect(text).not.toContain(PLANTED_SECRET);
    expect(run.summary).toContain(`## ECS Drift Guard import\n\n### Import pull request #${pull!.number} opened`);
    // The import's own account, not the empty report's "Passed" above its high findings.
    expect(run.summary).not.toContain('Passed');
    expect(s.github.validationErrors).toEqual([]);
    expect(s.aws.validationErrors).toEqual([]);
  }, 60_000);

  it('a re-run with the same live estate writes no commit and opens or edits no pull request', async () => {
    const before = s.github.state.branches[BRANCH];
    s.github.resetRequestLog();
    const run = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(run.exitCode).toBe(0);
    expect(s.github.state.branches[BRANCH]).toBe(before);
    expect(importPulls(BRANCH)).toHaveLength(1);
    expect(s.github.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path.replace('/repos/acme/infra', '')}`)).toEqual(['POST /git/trees']);
    expect(run.summary).toMatch(/### Import pull request #\d+ unchanged/);
  }, 60_000);

  it('a re-run after a live change adds one commit to the same branch and pull request', async () => {
    const before = s.github.state.branches[BRANCH]!;
    s.aws.ecs.updateService('prod', 'web', { desiredCount: 5 });
    const run = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(run.exitCode).toBe(0);
    const [pull, ...others] = importPulls(BRANCH);
    expect(others).toEqual([]);
    expect(pull!.commits).toHaveLength(2);
    expect(s.github.state.commits[pull!.head.sha]!.parents).toEqual([before]);
    expect(branchFiles(BRANCH)[`${FOLDER}/services.tf`]).toMatch(/desired_count\s+= 5/);
    expect(run.summary).toMatch(/### Import pull request #\d+ updated/);
    expect(s.github.validationErrors).toEqual([]);
  }, 60_000);

  it("GitHub's answer to opening the pull request is lost (502 after the write): one pull request, then and on a re-run", async () => {
    s.github.injectFault({ route: 'pulls/create', kind: 'after-write' });
    const first = await dispatch({ 'import-clusters': 'batch', 'import-out': 'infra/imported/batch' });
    expect(s.github.faultHits.map((h) => h.operationId)).toEqual(['pulls/create']);
    expect(first.exitCode).toBe(0);
    expect(s.github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls')).map((r) => r.status)).toEqual([502]);
    expect(first.stdout).toContain("GitHub's answer to opening it was lost");
    expect(importPulls('drift-guard/import-batch')).toHaveLength(1);
    const again = await dispatch({ 'import-clusters': 'batch', 'import-out': 'infra/imported/batch' });
    expect(again.exitCode).toBe(0);
    expect(importPulls('drift-guard/import-batch')).toHaveLength(1);
    expect(importPulls('drift-guard/import-batch')[0]!.body).toContain('No CODEOWNERS rule on the base branch matches `infra/imported/batch/`: the `drift-guard/owner-approval` status stays pending');
  }, 60_000);

  it('a read-only token: the pull request phase fails naming the permissions; the summary and report are still written', async () => {
    const run = await dispatch({ 'import-clusters': 'prod', 'import-out': 'infra/imported/other' }, READ_TOKEN);
    expect(run.exitCode).toBe(1);
    const failed = run.commands.find((c) => c.level === 'error' && c.message.startsWith('Open the import pull request:'));
    expect(failed?.message).toContain('the workflow needs `permissions: contents: write` (the branch and its commit) and `pull-requests: write`');
    expect(run.summary).toContain('### Phases that failed');
    expect(run.summary).toContain('### Import (no pull request: see the failed phase above)');
    expect(run.summary).toMatch(/\| `aws_ecs_service\.api` \| `prod\/api` \|/);
    expect(run.report).not.toBeNull();
    expect(s.github.state.branches['drift-guard/import-prod']).toBeDefined();
    expect(Object.keys(s.github.state.branches).filter((b) => b.includes('other'))).toEqual([]);
  }, 60_000);

  it('refuses a folder that holds files no import wrote, and one outside the repository', async () => {
    const taken = await dispatch({ 'import-clusters': 'prod', 'import-out': 'infra/legacy' });
    expect(taken.exitCode).toBe(1);
    expect(taken.commands.map((c) => c.message).join('\n')).toContain('input `import-out`: infra/legacy on main already holds files no import wrote (main.tf); choose an empty folder, or set `import-force: true`');
    const outside = await dispatch({ 'import-clusters': 'prod', 'import-out': '../elsewhere' });
    expect(outside.exitCode).toBe(1);
    expect(outside.commands.map((c) => c.message).join('\n')).toContain('input `import-out`: ../elsewhere is outside the repository');
    expect(importPulls('drift-guard/import-prod')).toHaveLength(1);
  }, 60_000);

  it('a cluster that does not exist: the partial import is still a pull request, and the run is incomplete', async () => {
    const run = await dispatch({ 'import-clusters': 'prod,ghost', 'import-out': 'infra/imported/partial' });
    const [pull, ...others] = importPulls('drift-guard/import-ghost+prod');
    expect(others).toEqual([]);
    expect(pull!.body).toContain('**Incomplete:** 1 thing(s) could not be imported');
    expect(pull!.body).toContain('- cluster ghost: not imported: cluster ghost not found in us-east-1 (MISSING)');
    expect(Object.keys(branchFiles('drift-guard/import-ghost+prod'))).toContain('infra/imported/partial/services.tf');
    expect(run.exitCode).toBe(1);
    expect(run.commands.map((c) => c.message).join('\n')).toContain('INCOMPLETE: 1 file could not be read: infra/imported/partial (cluster ghost: not imported');
  }, 60_000);

  it('auto on a dispatch without clusters stays a drift run', async () => {
    const run = await s.run({ eventName: 'workflow_dispatch', payload: workflowDispatchEvent(s.github, {}), inputs: { state: 'none.tfstate' } });
    expect(run.stdout).toContain('ECS Drift Guard: drift mode (event workflow_dispatch).');
  }, 60_000);

  it('the pull request run on the import pull request compares each import block with live ECS', async () => {
    const pull = importPulls(BRANCH)[0]!;
    const workspace = writeWorkspace(branchFiles(BRANCH));
    try {
      const run = await runAction({
        workspace, eventName: 'pull_request', payload: pullRequestEvent(s.github, pull.number, 'synchronize'), token: WRITE_TOKEN,
        apiUrl: s.github.url, repository: `${OWNER}/${REPO}`, sha: MERGE_SHA, env: s.aws.env(), distDir: snapshotDist(),
      });
      rmSync(run.runnerTemp, { recursive: true, force: true });
      const imports = run.report!.findings.filter((f) => f.ruleId === 'ecs-import-needs-review');
      expect(imports.map((f) => f.resource)).toContain('aws_ecs_service.api');
      for (const f of imports) expect(f.message).toContain('Live ECS matches the code');
      const reviewed = s.github.state.reviewComments.filter((c) => c.pullNumber === pull.number);
      expect(reviewed.some((c) => c.path === `${FOLDER}/imports.tf`)).toBe(true);
      expect(s.github.state.statuses.find((st) => st.sha === pull.head.sha && st.context === 'drift-guard/owner-approval')?.state).toBe('pending');
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }, 90_000);

  it('an import pull request closed without merging is left alone with its branch: the next run opens a new one on a successor branch that links it', async () => {
    // Alice pushes a fix to the import branch, then closes the pull request without merging it.
    const [closed] = importPulls(BRANCH);
    s.github.addToken('alice-token', { login: 'alice', permissions: 'write', type: 'User' });
    const alicesCommit = s.github.commit({ branch: BRANCH, files: { [`${FOLDER}/NOTES.md`]: 'Rejected: import prod with the platform module instead.\n' }, author: 'alice', message: 'Note why' });
    s.github.pushToPullRequest(closed!.number, alicesCommit);
    const octokit = new Octokit({ auth: 'alice-token', baseUrl: s.github.url });
    await octokit.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: closed!.number, state: 'closed' });
    const closedBody = s.github.state.pulls.find((p) => p.number === closed!.number)!.body;
    s.aws.ecs.updateService('prod', 'web', { desiredCount: 7 });
    s.github.resetRequestLog();

    const run = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(`Import pull request #${closed!.number} (${BRANCH}) was closed without merging: it and its branch are left as they are; this import goes to ${BRANCH}-2.`);
    // The closed pull request and its branch are as Alice left them: not reopened, not edited, nothing pushed or forced.
    const old = s.github.state.pulls.find((p) => p.number === closed!.number)!;
    expect(old).toMatchObject({ state: 'closed', body: closedBody });
    expect(s.github.state.branches[BRANCH]).toBe(alicesCommit);
    expect(s.github.requests.filter((r) => r.write && (r.path.includes(encodeURIComponent(BRANCH)) || r.path.includes(`/pulls/${closed!.number}`)))).toEqual([]);

    // A new branch from main and a new pull request that links the closed one.
    const [fresh, ...others] = importPulls(`${BRANCH}-2`);
    expect(others).toEqual([]);
    expect(fresh).toMatchObject({ state: 'open', base: { ref: 'main' }, title: `Import live ECS: prod into ${FOLDER}` });
    expect(fresh!.commits).toHaveLength(1);
    expect(s.github.state.commits[fresh!.head.sha]!.parents).toEqual([s.github.state.branches.main]);
    expect(fresh!.body).toContain(`<!-- drift-guard:import:${BRANCH}-2 -->`);
    expect(fresh!.body).toContain(`Follows the import pull request #${closed!.number} (\`${BRANCH}\`), closed without merging: it and its branch are left as they are; this import of live ECS as it is now is on \`${BRANCH}-2\`.`);
    const files = branchFiles(`${BRANCH}-2`);
    expect(files[`${FOLDER}/services.tf`]).toMatch(/desired_count\s+= 7/);
    expect(files[`${FOLDER}/NOTES.md`]).toBeUndefined();
    expect(s.github.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path.replace('/repos/acme/infra', '')} ${r.status}`))
      .toEqual(['POST /git/trees 201', 'POST /git/commits 201', 'POST /git/refs 201', 'POST /pulls 201']);
    expect(run.summary).toContain(`### Import pull request #${fresh!.number} opened`);

    // A re-run keeps to the successor: no commit, no pull request, no edit.
    s.github.resetRequestLog();
    const again = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(again.exitCode).toBe(0);
    expect(s.github.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path.replace('/repos/acme/infra', '')}`)).toEqual(['POST /git/trees']);
    expect(importPulls(`${BRANCH}-2`)).toHaveLength(1);
    expect(Object.keys(s.github.state.branches).filter((b) => b.startsWith(`${BRANCH}-`))).toEqual([`${BRANCH}-2`]);

    // Closed too, and its branch deleted (GitHub's "Delete branch" after closing): the branch is made again from main.
    await octokit.rest.pulls.update({ owner: OWNER, repo: REPO, pull_number: fresh!.number, state: 'closed' });
    delete s.github.state.branches[`${BRANCH}-2`];
    const third = await dispatch({ 'import-clusters': 'prod', 'import-out': FOLDER });
    expect(third.exitCode).toBe(0);
    const reopened = importPulls(`${BRANCH}-2`).filter((p) => p.state === 'open');
    expect(reopened).toHaveLength(1);
    expect(reopened[0]!.number).not.toBe(fresh!.number);
    expect(s.github.state.commits[reopened[0]!.head.sha]!.parents).toEqual([s.github.state.branches.main]);
    expect(reopened[0]!.body).toContain(`Follows the import pull requests #${closed!.number} (\`${BRANCH}\`), #${fresh!.number} (\`${BRANCH}-2\`), closed without merging`);
    expect(s.github.validationErrors).toEqual([]);
  }, 120_000);
});
