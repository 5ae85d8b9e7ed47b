// syncDriftIssues with the real @octokit/rest (+ throttling and retry plugins) against the GitHub
// emulator, which validates every request and response against GitHub's OpenAPI description and
// refuses unassignable assignees with 422 as GitHub does.
import { startGitHubEmulator, type GitHubEmulator, type IssueRecord } from '../../test-support/github/emulator.js';
import { createCliOctokit, type GitHubClient } from '../../src/github/client.js';
import { parseCodeowners, type CodeownersFile } from '../../src/ownership/codeowners.js';
import {
  DRIFT_ISSUE_LABEL,
  OWNERS_PENDING_MARKER,
  UNOWNED_ISSUE_LABEL,
  driftFingerprint,
  driftMarker,
  syncDriftIssues,
  type SyncDriftIssuesInput,
} from '../../src/github/drift-issues.js';
import { teamMembersLookup } from '../../src/github/owner-approval.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import type { DriftResult } from '../../src/report/model.js';
import { APP_SERVICE, CODEOWNERS, DB_TASK, difference, drifted, withStatus } from './drift-fixtures.js';

const BOT = 'github-actions[bot]';
const NOW = new Date('2024-05-01T12:00:00Z');
const RUN_URL = 'https://github.com/acme/infra/actions/runs/42';

let emulator: GitHubEmulator;
let bot: GitHubClient;
let codeowners: CodeownersFile;
let defaultBranchSha: string;

function client(token: string): GitHubClient {
  return createCliOctokit({ token, baseUrl: emulator.url, logger: silentLogger, throttle: { enabled: false } });
}

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  emulator.addToken('bot-token', { login: BOT, permissions: 'write' });
  emulator.addToken('owners-token', { login: 'octo-admin', permissions: 'read', canReadOrgTeams: true, type: 'User' });
  emulator.addToken('mallory-token', { login: 'mallory', permissions: 'write', type: 'User' });
  emulator.addCollaborator('alice');
  emulator.addCollaborator('bob');
  emulator.addCollaborator('carol');
  // dave is in the team but has no access to the repository: he cannot be assigned.
  emulator.addTeam('platform', { members: ['carol', 'dave'] });
  emulator.addUser('mallory');
  defaultBranchSha = emulator.commit({ files: { '.github/CODEOWNERS': CODEOWNERS } });
  codeowners = parseCodeowners(CODEOWNERS, '.github/CODEOWNERS');
  bot = client('bot-token');
});

afterEach(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

function sync(results: DriftResult[], extra: Partial<SyncDriftIssuesInput> = {}) {
  return syncDriftIssues({
    client: bot,
    logger: silentLogger,
    owner: 'acme',
    repo: 'infra',
    results,
    codeowners,
    defaultBranchSha,
    serverUrl: 'https://github.com',
    maxNewIssues: 10,
    now: NOW,
    runUrl: RUN_URL,
    botLogin: BOT,
    ...extra,
  });
}

function issues(): IssueRecord[] {
  return emulator.state.issues.filter((i) => !i.isPullRequest);
}

function issueFor(result: DriftResult): IssueRecord {
  const marker = driftMarker(driftFingerprint(result));
  const found = issues().filter((i) => (i.body ?? '').split('\n').includes(marker));
  expect(found).toHaveLength(1);
  return found[0]!;
}

function commentsOn(issue: IssueRecord): string[] {
  return emulator.state.issueComments.filter((c) => c.issueNumber === issue.number).map((c) => c.body);
}

function writes(): number {
  return emulator.requests.filter((r) => r.write).length;
}

test('two drifted resources open two issues, assigned to the assignable CODEOWNERS of the declaring file, teams mentioned', async () => {
  const result = await sync([APP_SERVICE, DB_TASK]);
  expect(result).toMatchObject({ created: 2, updated: 0, closed: 0, reopened: 0, unchanged: 0, deferred: [] });
  expect(issues()).toHaveLength(2);

  const app = issueFor(APP_SERVICE);
  expect(app.author).toBe(BOT);
  expect(app.labels).toEqual([DRIFT_ISSUE_LABEL]);
  expect(app.assignees).toEqual(['alice']);
  expect(app.title).toBe('ECS drift: aws_ecs_service.api');
  const body = app.body!;
  // The team is mentioned (it cannot be assigned), and so is the user owner.
  expect(body).toContain('**Owners:** @alice, @acme/platform (CODEOWNERS of `modules/app/main.tf`)');
  // Declaring file linked at the default branch's commit.
  expect(body).toContain(`[modules/app/main.tf:12](https://github.com/acme/infra/blob/${defaultBranchSha}/modules/app/main.tf#L12)`);
  // Security before config; expected listed separately with why.
  expect(body.indexOf('`network_configuration.assign_public_ip`')).toBeLessThan(body.indexOf('`desired_count`'));
  expect(body).toContain('| 🟠 security | `network_configuration.assign_public_ip` | `false` | `true` |');
  expect(body).toMatch(/### Expected and ignored differences[\s\S]*`task_definition` \(expected\): The service uses the CODE\\_DEPLOY deployment controller\./);
  // The three ways out, with Terraform to write and the exact exception entry (until = today + 30).
  expect(body).toContain('run `terraform apply` in `modules/app`');
  expect(body).toContain('desired_count = 5');
  expect(body).toContain('network_configuration {\n  assign_public_ip = true\n}');
  expect(body).toContain(
    [
      'exceptions:',
      '  - rule: "drift:network_configuration.assign_public_ip"',
      '    resource: "aws_ecs_service.api"',
      '    owner: "@alice"',
      '    until: "2024-05-31"',
      '    reason: "TODO: why this difference is acceptable until then"',
      '  - rule: "drift:desired_count"',
    ].join('\n'),
  );
  expect(body).toContain('<!-- drift-guard:slot:attribution -->');
  expect(body).toContain(`First reported on 2024-05-01 by [this drift run](${RUN_URL}). Who changed the resource, and when, is not known.`);

  const db = issueFor(DB_TASK);
  expect(db.assignees).toEqual(['bob']);
  expect(db.body).toContain('# container_definitions = jsonencode([...]), in the container with name = "db":\nimage = "postgres:latest"');

  const refs = result.issues.map((i) => ({ address: i.address, number: i.number, state: i.state }));
  expect(refs).toEqual(
    expect.arrayContaining([
      { address: 'aws_ecs_service.api', number: app.number, state: 'open' },
      { address: 'aws_ecs_task_definition.db', number: db.number, state: 'open' },
    ]),
  );
  expect(result.issues.find((i) => i.number === app.number)!.url).toBe(`https://github.com/acme/infra/issues/${app.number}`);
});

test('with owners-token, team owners are expanded to their assignable members', async () => {
  const owners = client('owners-token');
  await sync([APP_SERVICE], { ownersTeamMembers: teamMembersLookup(owners, silentLogger) });
  const app = issueFor(APP_SERVICE);
  // carol is a collaborator; dave is a member without repository access, so he is only mentioned via the team.
  expect(app.assignees).toEqual(['alice', 'carol']);
  expect(app.body).toContain('@acme/platform');
  const checks = emulator.requests.filter((r) => r.operationId === 'issues/check-user-can-be-assigned').map((r) => r.path.split('/').pop());
  expect(checks).toEqual(['alice', 'carol', 'dave']);
});

test('a second run with the same results makes no writes', async () => {
  await sync([APP_SERVICE, DB_TASK]);
  emulator.resetRequestLog();
  const second = await sync([APP_SERVICE, DB_TASK]);
  expect(second).toMatchObject({ created: 0, updated: 0, closed: 0, reopened: 0, unchanged: 2, writes: 0 });
  expect(writes()).toBe(0);
  // Found by listing the label, never the search API.
  expect(emulator.requests.map((r) => r.operationId)).toEqual(['issues/list-for-repo']);
  expect(emulator.requests[0]!.query).toContain('labels=drift-guard');
  expect(emulator.requests[0]!.query).toContain('state=all');
});

test('a fixed resource has its issue closed with a comment; the other stays open', async () => {
  await sync([APP_SERVICE, DB_TASK]);
  const result = await sync([withStatus(APP_SERVICE, 'in_sync'), DB_TASK]);
  expect(result).toMatchObject({ closed: 1, unchanged: 1, created: 0 });
  const app = issueFor(APP_SERVICE);
  expect(app.state).toBe('closed');
  expect(app.stateReason).toBe('completed');
  expect(commentsOn(app)).toEqual([
    `✅ Live ECS matches the code again for \`aws_ecs_service.api\` ([drift run](${RUN_URL})); closing this issue. It is reopened if the drift comes back.`,
  ]);
  expect(issueFor(DB_TASK).state).toBe('open');
  expect(result.issues.find((i) => i.address === 'aws_ecs_service.api')!.state).toBe('closed');

  // Still in sync: nothing more happens.
  emulator.resetRequestLog();
  await sync([withStatus(APP_SERVICE, 'in_sync'), DB_TASK]);
  expect(writes()).toBe(0);
});

test('a flapping resource gets its closed issue reopened with a comment', async () => {
  await sync([APP_SERVICE]);
  await sync([withStatus(APP_SERVICE, 'in_sync')]);
  const result = await sync([APP_SERVICE]);
  expect(result).toMatchObject({ reopened: 1, created: 0 });
  const app = issueFor(APP_SERVICE);
  expect(app.state).toBe('open');
  expect(issues()).toHaveLength(1);
  const comments = commentsOn(app);
  expect(comments).toHaveLength(2);
  expect(comments[1]).toBe(`🔁 The drift is back ([drift run](${RUN_URL})): live ECS differs from the code again. Reopening.`);

  emulator.resetRequestLog();
  expect(await sync([APP_SERVICE])).toMatchObject({ unchanged: 1, writes: 0 });
});

test('changed differences edit the issue in place and say what changed', async () => {
  await sync([APP_SERVICE]);
  const before = issueFor(APP_SERVICE);
  const changed = drifted('aws_ecs_service.api', 'modules/app', [
    difference('desired_count', 2, 7),
    difference('enable_execute_command', false, true, 'security'),
  ]);
  const result = await sync([changed]);
  expect(result).toMatchObject({ updated: 1, created: 0 });
  const after = issueFor(APP_SERVICE);
  expect(after.number).toBe(before.number);
  expect(after.body).toContain('desired_count = 7');
  expect(after.body).toContain('enable_execute_command = true');
  expect(after.body).not.toContain('assign_public_ip');
  expect(commentsOn(after)).toEqual([
    `✏️ The drift changed ([drift run](${RUN_URL})): new: \`enable_execute_command\` (security); no longer different: \`network_configuration.assign_public_ip\` (security), \`task_definition\` (expected); other live value: \`desired_count\` (config). The description above is up to date.`,
  ]);
  // First seen (and the run that saw it) is kept across edits.
  expect(after.body).toContain(`First reported on 2024-05-01 by [this drift run](${RUN_URL}).`);
});

test('expected differences whose values move do not edit the issue', async () => {
  await sync([APP_SERVICE]);
  emulator.resetRequestLog();
  const moved = { ...APP_SERVICE, differences: APP_SERVICE.differences.map((d) => (d.class === 'expected' ? { ...d, actual: 'app:10' } : d)) };
  expect(await sync([moved])).toMatchObject({ unchanged: 1, writes: 0 });
});

test('40 drifted resources with maxNewIssues 10: 10 created (security first), 30 deferred, later runs continue', async () => {
  const many = Array.from({ length: 40 }, (_, i) =>
    drifted(`aws_ecs_service.svc_${String(i).padStart(2, '0')}`, 'modules/app', [difference('desired_count', 1, 2, i >= 35 ? 'security' : 'config')]),
  );
  const first = await sync(many);
  expect(first.created).toBe(10);
  expect(first.deferred).toHaveLength(30);
  expect(issues()).toHaveLength(10);
  // The five security drifts come first.
  const titles = issues().map((i) => i.title);
  for (const i of [35, 36, 37, 38, 39]) expect(titles).toContain(`ECS drift: aws_ecs_service.svc_${i}`);
  expect(first.deferred.map((d) => d.address)).not.toContain('aws_ecs_service.svc_35');

  const second = await sync(many);
  expect(second).toMatchObject({ created: 10, unchanged: 10 });
  expect(second.deferred).toHaveLength(20);
  expect(issues()).toHaveLength(20);
});

test('an owner who cannot be assigned is mentioned, not assigned, and the issue is created', async () => {
  const legacy = drifted('aws_ecs_service.old', 'modules/legacy', [difference('desired_count', 1, 3)]);
  const logger = memoryLogger();
  const result = await sync([legacy], { logger });
  expect(result.created).toBe(1);
  const issue = issueFor(legacy);
  expect(issue.assignees).toEqual([]);
  expect(issue.labels).toEqual([DRIFT_ISSUE_LABEL]);
  expect(issue.body).toContain('**Owners:** @mallory');
  // Checked before creating, so GitHub never had to refuse it.
  expect(emulator.requests.filter((r) => r.status === 422)).toEqual([]);
  expect(logger.messages.some((m) => m.message.includes('@mallory owns drifted resources but cannot be assigned'))).toBe(true);
});

test('when GitHub still refuses the assignees, the issue is created without them', async () => {
  // Access removed between the assignability check and the create (a race GitHub can produce).
  bot.hook.before('request', (options) => {
    if (options.method === 'POST' && options.url === '/repos/{owner}/{repo}/issues') delete emulator.state.collaborators['bob'];
  });
  const result = await sync([DB_TASK]);
  expect(result.created).toBe(1);
  const issue = issueFor(DB_TASK);
  expect(issue.assignees).toEqual([]);
  expect(emulator.requests.filter((r) => r.operationId === 'issues/create').map((r) => r.status)).toEqual([422, 201]);
});

test('a resource without owner: the body says so and the issue is labelled unowned', async () => {
  const orphan = drifted('aws_ecs_cluster.orphan', 'modules/orphan', [difference('setting[containerInsights]', 'enabled', 'disabled')]);
  await sync([orphan]);
  const issue = issueFor(orphan);
  expect(issue.labels).toEqual([DRIFT_ISSUE_LABEL, UNOWNED_ISSUE_LABEL]);
  expect(issue.assignees).toEqual([]);
  expect(issue.body).toContain('**Owners:** ⚠️ none. No rule in .github/CODEOWNERS matches modules/orphan/main.tf.');

  await sync([drifted('aws_ecs_cluster.x', 'modules/x', [difference('name', 'a', 'b')])], { codeowners: null });
  const noFile = issues().find((i) => i.title === 'ECS drift: aws_ecs_cluster.x')!;
  expect(noFile.body).toContain('The repository has no CODEOWNERS file');
  expect(noFile.labels).toContain(UNOWNED_ISSUE_LABEL);
});

test('an issue opened before its owners could be routed gets them on a later run; one a person unassigned stays so', async () => {
  // Run 1: CODEOWNERS could not be read (codeowners null), and @mallory cannot be assigned yet.
  const legacy = drifted('aws_ecs_service.old', 'modules/legacy', [difference('desired_count', 1, 3)]);
  await sync([DB_TASK, legacy], { codeowners: null });
  expect(issueFor(DB_TASK).labels).toContain(UNOWNED_ISSUE_LABEL);
  expect(issueFor(DB_TASK).body).toContain(OWNERS_PENDING_MARKER);

  // Run 2: CODEOWNERS is readable; @bob is assigned and the unowned label goes. @mallory still cannot be.
  await sync([DB_TASK, legacy]);
  expect(issueFor(DB_TASK).assignees).toEqual(['bob']);
  expect(issueFor(DB_TASK).labels).toEqual([DRIFT_ISSUE_LABEL]);
  expect(issueFor(DB_TASK).body).toContain('**Owners:** @bob');
  expect(issueFor(DB_TASK).body).not.toContain(OWNERS_PENDING_MARKER);
  expect(issueFor(legacy).assignees).toEqual([]);
  expect(issueFor(legacy).body).toContain(OWNERS_PENDING_MARKER);

  // Run 3: @mallory gained access; a person unassigned @bob meanwhile, which stands.
  emulator.addCollaborator('mallory');
  issueFor(DB_TASK).assignees = [];
  const before = emulator.requests.length;
  await sync([DB_TASK, legacy]);
  expect(issueFor(legacy).assignees).toEqual(['mallory']);
  expect(issueFor(legacy).body).not.toContain(OWNERS_PENDING_MARKER);
  expect(issueFor(DB_TASK).assignees).toEqual([]);
  const writes = emulator.requests.slice(before).filter((r) => r.method !== 'GET').map((r) => r.operationId);
  expect(writes.sort()).toEqual(['issues/add-assignees', 'issues/update']);

  // Run 4: nothing is pending any more: no writes.
  const settled = emulator.requests.length;
  await sync([DB_TASK, legacy]);
  expect(emulator.requests.slice(settled).filter((r) => r.method !== 'GET')).toEqual([]);
});

test('unverified: an open issue gets a note and stays open, a closed one stays closed; neither flips', async () => {
  await sync([APP_SERVICE, DB_TASK]);
  await sync([APP_SERVICE, withStatus(DB_TASK, 'in_sync')]);
  const denied = 'AccessDenied: User is not authorized to perform ecs:DescribeServices.';
  const result = await sync([withStatus(APP_SERVICE, 'unverified', denied), withStatus(DB_TASK, 'unverified', denied)]);
  expect(result).toMatchObject({ closed: 0, reopened: 0, updated: 1, unchanged: 1 });
  const app = issueFor(APP_SERVICE);
  expect(app.state).toBe('open');
  expect(app.body).toContain('The latest drift run could not check this resource: AccessDenied: User is not authorized to perform ecs:DescribeServices.');
  expect(issueFor(DB_TASK).state).toBe('closed');

  emulator.resetRequestLog();
  await sync([withStatus(APP_SERVICE, 'unverified', denied), withStatus(DB_TASK, 'unverified', denied)]);
  expect(writes()).toBe(0);

  // Checked again with the same drift: the note goes, nothing else changes.
  const back = await sync([APP_SERVICE, withStatus(DB_TASK, 'in_sync')]);
  expect(back).toMatchObject({ updated: 1, unchanged: 1 });
  expect(issueFor(APP_SERVICE).body).not.toContain('could not check');
  expect(commentsOn(issueFor(APP_SERVICE))).toEqual([]);
});

test('an issue by someone else carrying the marker is never taken over', async () => {
  const mallory = client('mallory-token');
  emulator.state.collaborators['mallory'] = 'triage';
  await mallory.rest.issues.create({ owner: 'acme', repo: 'infra', title: 'fake', body: `${driftMarker(driftFingerprint(APP_SERVICE))}\nhello`, labels: [DRIFT_ISSUE_LABEL] });
  await sync([APP_SERVICE]);
  const ours = issues().filter((i) => i.author === BOT);
  expect(ours).toHaveLength(1);
  expect(issues().find((i) => i.author === 'mallory')!.body).toContain('hello');
});

test('missing and unmanaged resources get issues with their own ways out', async () => {
  const missing = withStatus(drifted('aws_ecs_service.gone', 'modules/db', []), 'missing', 'ServiceNotFound in the cluster.');
  const unmanaged = {
    ...drifted('aws_ecs_service.stray', 'modules/db', []),
    status: 'unmanaged' as const,
    reason: 'A live service in a managed cluster that no state declares.',
    file: undefined,
    line: undefined,
  };
  await sync([missing, unmanaged]);
  const gone = issueFor(missing);
  expect(gone.title).toBe('ECS drift: aws_ecs_service.gone is missing from AWS');
  expect(gone.body).toContain('**Missing:** the resource is in the Terraform state but was not found in AWS. ServiceNotFound in the cluster.');
  expect(gone.body).toContain('  - rule: "drift:*"');
  const stray = issueFor(unmanaged);
  expect(stray.title).toBe('ECS drift: aws_ecs_service.stray is not managed by Terraform');
  // The AWS provider's import ID for a service is `cluster/service`, not its ARN.
  expect(stray.body).toContain(`import {\n  to = aws_ecs_service.stray\n  id = "main/stray"\n}`);
  expect(stray.body).toContain('ecs-drift-guard import --cluster main --service stray --region eu-west-1 --out modules/db/imported-stray');
  expect(stray.body).toContain('**Declared in:** unknown');
  expect(stray.assignees).toEqual(['bob']);
});

test('CloudTrail attribution fills the "When it changed" slot, once, and is kept by runs that learn nothing', async () => {
  const attribution = {
    status: 'found' as const,
    events: [
      {
        eventName: 'UpdateService',
        eventTime: '2024-04-30T09:15:00Z',
        principal: 'arn:aws:sts::123456789012:assumed-role/Admin/@jane',
        sessionName: '@jane',
        source: 'console' as const,
        eventId: 'e-1',
        changed: ['desired_count', 'network_configuration'],
      },
    ],
  };
  await sync([APP_SERVICE]);
  expect(issueFor(APP_SERVICE).body).toContain('Who changed the resource, and when, is not known.');

  const filled = await sync([APP_SERVICE], { attributions: new Map([[APP_SERVICE.address, attribution]]) });
  expect(filled).toMatchObject({ updated: 1 });
  const body = issueFor(APP_SERVICE).body!;
  expect(body).toContain(
    '- `2024-04-30T09:15:00Z`: `UpdateService` by `arn:aws:sts::123456789012:assumed-role/Admin/@jane`, session `@jane` via console; changed `desired_count`, `network_configuration` (CloudTrail event `e-1`)',
  );
  // An edit for attribution alone is not a change of the drift: no comment.
  expect(commentsOn(issueFor(APP_SERVICE))).toEqual([]);

  emulator.resetRequestLog();
  expect(await sync([APP_SERVICE], { attributions: new Map([[APP_SERVICE.address, attribution]]) })).toMatchObject({ unchanged: 1, writes: 0 });
  expect(await sync([APP_SERVICE], { attributions: new Map([[APP_SERVICE.address, { status: 'unavailable' as const, reason: 'AccessDenied', events: [] }]]) })).toMatchObject({ unchanged: 1, writes: 0 });

  // The drift changes and this run has no attribution: the earlier one stays in the body.
  const changed = { ...APP_SERVICE, differences: [difference('desired_count', 2, 9)] };
  await sync([changed]);
  expect(issueFor(APP_SERVICE).body).toContain('`UpdateService` by');
  expect(issueFor(APP_SERVICE).body).toContain('desired_count = 9');
});
