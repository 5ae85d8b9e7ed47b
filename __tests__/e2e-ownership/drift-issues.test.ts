// End-to-end: the built action (dist/index.js) on scheduled drift runs. Live ECS sits in the AWS
// emulator, the repository (Terraform, v4 state files, CODEOWNERS) on the GitHub emulator's default
// branch; each test reads the emulators' final state and the request log (DESIGN.md "Drift issues",
// "A resource that could not be read ... is unverified").
import { removeDistSnapshots, type ActionRun } from '../../test-support/e2e/run-action.js';
import { BOT_LOGIN } from '../../test-support/e2e/pull-request-scenario.js';
import { OWNERS_TOKEN, startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { startGitHubFront } from '../../test-support/e2e/github-front.js';
import type { GitHubEmulator, IssueRecord } from '../../test-support/github/emulator.js';
import { addressOf, driftRepository, enableExec, givePublicIp, revertLive, seedLiveServices, stateInput, type ServiceSpec } from './drift-estate.js';

afterAll(removeDistSnapshots);

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };

const CODEOWNERS = [
  '# Platform owns everything by default; modules have their own owners.',
  '*               @acme/platform',
  '/modules/app/   @alice @acme/platform',
  '/modules/db/    @bob @dave',
  '',
].join('\n');

/** Evidence for a failed expectation: the action's log. */
function log(run: ActionRun): string {
  return `exit ${run.exitCode}\n--- stdout\n${run.stdout}\n--- stderr\n${run.stderr}`;
}

function expectRanCleanly(run: ActionRun): void {
  expect({ signal: run.signal, failed: run.commands.filter((c) => c.message.startsWith('ECS Drift Guard failed')).map((c) => c.message) }).toEqual({ signal: null, failed: [] });
  if (run.report === null) throw new Error(`the run wrote no JSON report\n${log(run)}`);
}

function issueOf(emu: GitHubEmulator, address: string): IssueRecord {
  const found = emu.state.issues.filter((i) => !i.isPullRequest && i.title === `ECS drift: ${address}`);
  if (found.length !== 1) throw new Error(`expected one issue for ${address}; there are ${JSON.stringify(emu.state.issues.map((i) => i.title))}`);
  return found[0]!;
}

function commentsOn(emu: GitHubEmulator, issue: IssueRecord) {
  return emu.state.issueComments.filter((c) => c.issueNumber === issue.number);
}

function writes(emu: GitHubEmulator) {
  return emu.requests.filter((r) => r.write);
}

/** The `drift` entries of the JSON report (run-action.ts types only the findings part). */
interface DriftEntry {
  address: string;
  status: string;
  reason: string;
  differences: Array<{ path: string; class: string }>;
}

function driftOf(run: ActionRun): DriftEntry[] {
  return (run.report as unknown as { drift: DriftEntry[] }).drift;
}

function statusOf(run: ActionRun, address: string): string | undefined {
  return driftOf(run).find((d) => d.address === address)?.status;
}

describe('scheduled drift runs over time: drift, re-run, fix, drift again, unreadable cluster', () => {
  // The steps share the emulators and run in order: each starts from the state the previous left.
  let scenario: DriftScenario;
  const inputs = { state: stateInput([API, DB]) };

  beforeAll(async () => {
    scenario = await startDriftScenario({
      tree: driftRepository([API, DB], { '.github/CODEOWNERS': CODEOWNERS }),
      collaborators: ['alice', 'bob'],
      teams: { platform: ['carol'] },
    });
    seedLiveServices(scenario.aws, [API, DB]);
    givePublicIp(scenario.aws, API);
    enableExec(scenario.aws, DB);
  });

  afterAll(async () => {
    await scenario?.close();
  });

  afterEach(() => {
    expect(scenario.github.validationErrors).toEqual([]);
    expect(scenario.aws.validationErrors).toEqual([]);
  });

  test('two console edits: two issues labelled drift-guard, assigned to assignable owners, teams mentioned; summary, outputs, exit 1', async () => {
    const { github } = scenario;
    const run = await scenario.run({ inputs });
    expectRanCleanly(run);

    expect(driftOf(run).map((d) => [d.address, d.status, d.differences.map((x) => `${x.class} ${x.path}`)])).toEqual([
      ['aws_ecs_service.api', 'drifted', ['security network_configuration.assign_public_ip']],
      ['aws_ecs_service.db', 'drifted', ['security enable_execute_command']],
    ]);
    // Security drift counts as high, the default fail-on.
    expect(run.exitCode).toBe(1);
    expect(run.outputs['drifted']).toBe('2');

    const issues = github.state.issues.filter((i) => !i.isPullRequest);
    expect(issues).toHaveLength(2);
    const api = issueOf(github, 'aws_ecs_service.api');
    const db = issueOf(github, 'aws_ecs_service.db');
    for (const issue of [api, db]) {
      expect(issue.author).toBe(BOT_LOGIN);
      expect(issue.state).toBe('open');
      expect(issue.labels).toEqual(['drift-guard']);
    }
    // Owners of /modules/app/ are @alice and @acme/platform: the user is assigned, the team mentioned.
    expect(api.assignees).toEqual(['alice']);
    expect(api.body).toContain('**Owners:** @alice, @acme/platform');
    expect(api.body).toContain('`network_configuration.assign_public_ip`');
    // @dave owns /modules/db/ but is no collaborator: assigning him would 422, so only @bob is assigned.
    expect(db.assignees).toEqual(['bob']);
    expect(db.body).toContain('**Owners:** @bob, @dave');
    expect(db.body).toContain('`enable_execute_command`');

    expect(github.requests.filter((r) => r.operationId === 'issues/check-user-can-be-assigned').map((r) => [r.path.split('/').pop(), r.status]).sort()).toEqual([
      ['alice', 204],
      ['bob', 204],
      ['dave', 404],
    ]);
    expect(writes(github).map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['POST /repos/acme/infra/issues 201', 'POST /repos/acme/infra/issues 201']);

    expect(run.summary).toContain('### Drift (2 of 2 resources)');
    expect(run.summary).toContain('`aws_ecs_service.api`');
    expect(run.summary).toContain('`aws_ecs_service.db`');
    expect(run.summary).not.toContain('Drift issues not opened yet');
  });

  test('a second run with nothing changed writes nothing to GitHub', async () => {
    const { github } = scenario;
    const before = structuredClone(github.state.issues);
    github.resetRequestLog();
    const run = await scenario.run({ inputs });
    expectRanCleanly(run);
    expect(run.exitCode).toBe(1);
    expect(run.outputs['drifted']).toBe('2');
    expect(writes(github)).toEqual([]);
    expect(github.state.issues).toEqual(before);
    expect(github.requests.length).toBeGreaterThan(0);
  });

  test('one resource fixed live: its issue is closed with a comment, the other is left alone', async () => {
    const { github, aws } = scenario;
    revertLive(aws, API);
    const dbBefore = structuredClone(issueOf(github, 'aws_ecs_service.db'));
    const dbComments = commentsOn(github, dbBefore).length;
    github.resetRequestLog();

    const run = await scenario.run({ inputs });
    expectRanCleanly(run);
    expect(statusOf(run, 'aws_ecs_service.api')).toBe('in_sync');
    expect(run.outputs['drifted']).toBe('1');
    expect(run.exitCode).toBe(1);

    const api = issueOf(github, 'aws_ecs_service.api');
    expect(api.state).toBe('closed');
    expect(api.stateReason).toBe('completed');
    expect(api.closedBy).toBe(BOT_LOGIN);
    const closing = commentsOn(github, api);
    expect(closing).toHaveLength(1);
    expect(closing[0]!.user).toBe(BOT_LOGIN);
    expect(closing[0]!.body).toContain('Live ECS matches the code again for `aws_ecs_service.api`');

    expect(issueOf(github, 'aws_ecs_service.db')).toEqual(dbBefore);
    expect(commentsOn(github, dbBefore)).toHaveLength(dbComments);
    // Every write went to the fixed resource's issue.
    expect(writes(github).map((r) => `${r.method} ${r.path}`).sort()).toEqual([
      `PATCH /repos/acme/infra/issues/${api.number}`,
      `POST /repos/acme/infra/issues/${api.number}/comments`,
    ]);
  });

  test('the fixed resource drifts again: the same issue is reopened, with a comment', async () => {
    const { github, aws } = scenario;
    givePublicIp(aws, API);
    const run = await scenario.run({ inputs });
    expectRanCleanly(run);
    expect(statusOf(run, 'aws_ecs_service.api')).toBe('drifted');
    expect(run.outputs['drifted']).toBe('2');

    expect(github.state.issues.filter((i) => !i.isPullRequest)).toHaveLength(2);
    const api = issueOf(github, 'aws_ecs_service.api');
    expect(api.state).toBe('open');
    expect(api.stateReason).toBe('reopened');
    const comments = commentsOn(github, api);
    expect(comments).toHaveLength(2);
    expect(comments[1]!.body).toContain('The drift is back');
    expect(issueOf(github, 'aws_ecs_service.db').state).toBe('open');
  });

  test('AccessDenied on one cluster: its resources are unverified and their issues are not closed', async () => {
    const { github, aws } = scenario;
    // Live was reverted too: a run that took "could not read" for "in sync" would close the issue.
    revertLive(aws, DB);
    aws.faults.accessDeniedClusters = ['data'];
    const dbBefore = issueOf(github, 'aws_ecs_service.db');
    const commentsBefore = commentsOn(github, dbBefore).length;
    github.resetRequestLog();
    try {
      const run = await scenario.run({ inputs });
      expectRanCleanly(run);
      const db = driftOf(run).find((d) => d.address === 'aws_ecs_service.db')!;
      expect(db.status).toBe('unverified');
      expect(db.reason).toContain('AccessDenied');
      expect(statusOf(run, 'aws_ecs_service.api')).toBe('drifted');
      expect(run.outputs['drifted']).toBe('1');

      const after = issueOf(github, 'aws_ecs_service.db');
      expect(after.state).toBe('open');
      expect(after.closedAt).toBeNull();
      expect(commentsOn(github, after)).toHaveLength(commentsBefore);
      // The issue keeps the last known drift and says the last run could not check it, and why.
      expect(after.body).toContain('The latest drift run could not check this resource');
      expect(after.body).toContain('AccessDeniedException');
      expect(after.body).toContain('`enable_execute_command`');
      expect(writes(github).map((r) => `${r.method} ${r.path}`)).toEqual([`PATCH /repos/acme/infra/issues/${after.number}`]);
      expect(run.summary).toMatch(/^\| `aws_ecs_service\.db`.*\| ⚪ unverified \| access denied/m);
    } finally {
      aws.faults.accessDeniedClusters = [];
    }
  });

  test('once the cluster can be read again and live matches, the issue is closed', async () => {
    const { github } = scenario;
    const run = await scenario.run({ inputs });
    expectRanCleanly(run);
    expect(statusOf(run, 'aws_ecs_service.db')).toBe('in_sync');
    const db = issueOf(github, 'aws_ecs_service.db');
    expect(db.state).toBe('closed');
    expect(commentsOn(github, db).map((c) => c.body).join('\n')).toContain('Live ECS matches the code again for `aws_ecs_service.db`');
  });
});

// The scenarios below have their own emulators and mostly wait: the action's Octokit throttling
// spaces notification-triggering writes (issue creation) 3 s apart, as it must on GitHub. They
// start in the background before the sequence above, and their tests check what they recorded.

/** Starts `story` now; the returned function gives its outcome (or rethrows its error) to the test that awaits it. */
function inBackground<T>(story: () => Promise<T>): () => Promise<T> {
  const settled = story().then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const outcome = await settled;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  };
}

interface RecordedRun {
  run: ActionRun;
  /** The repository's issues right after the run. */
  issues: IssueRecord[];
}

/** Runs `steps` against a fresh scenario and closes it; the emulators' records stay readable afterwards. */
async function story<T>(options: Parameters<typeof startDriftScenario>[0], steps: (scenario: DriftScenario) => Promise<T>): Promise<{ scenario: DriftScenario; result: T }> {
  const scenario = await startDriftScenario(options);
  try {
    return { scenario, result: await steps(scenario) };
  } finally {
    await scenario.close();
  }
}

const FLEET: ServiceSpec[] = Array.from({ length: 40 }, (_, i) => {
  const key = `s${String(i + 1).padStart(2, '0')}`;
  return { module: 'modules/fleet', resource: 'worker', key, cluster: 'fleet', service: `worker-${key}`, family: 'worker' };
});

const BILLING: ServiceSpec = { module: 'modules/billing', resource: 'billing', cluster: 'prod', service: 'billing', family: 'billing' };
const LEGACY: ServiceSpec = { module: 'modules/legacy', resource: 'legacy', cluster: 'prod', service: 'legacy', family: 'legacy' };
const SHARED: ServiceSpec = { module: 'modules/shared', resource: 'shared', cluster: 'prod', service: 'shared', family: 'shared' };
const UNASSIGNABLE = [BILLING, LEGACY, SHARED];

function unassignableStory(extraInputs: Record<string, string>) {
  return story(
    {
      tree: driftRepository(UNASSIGNABLE, {
        '.github/CODEOWNERS': [
          '/modules/billing/ @dave @bob',
          // Nobody here can be assigned: the issue must still be created, unassigned.
          '/modules/legacy/  @mallory',
          '/modules/shared/  @acme/platform',
          '',
        ].join('\n'),
      }),
      collaborators: ['bob', 'carol'],
      // zed is in the team but has no access to the repository.
      teams: { platform: ['carol', 'zed'] },
    },
    async (scenario) => {
      seedLiveServices(scenario.aws, UNASSIGNABLE);
      for (const spec of UNASSIGNABLE) enableExec(scenario.aws, spec);
      return scenario.run({ inputs: { state: stateInput(UNASSIGNABLE), ...extraInputs } });
    },
  );
}

/**
 * @dave passes the assignability check (the front answers 204 for him, as GitHub may just before
 * his access is removed) and is refused by the create (the emulator's 422 for a non-collaborator).
 */
function assigneeRefusedStory() {
  return story(
    { tree: driftRepository([BILLING], { '.github/CODEOWNERS': '/modules/billing/ @dave @bob\n' }), collaborators: ['bob'] },
    async (scenario) => {
      seedLiveServices(scenario.aws, [BILLING]);
      enableExec(scenario.aws, BILLING);
      const front = await startGitHubFront(scenario.github.url, (method, path) => (method === 'GET' && path === '/repos/acme/infra/assignees/dave' ? { status: 204 } : undefined));
      try {
        const run = await scenario.run({ inputs: { state: stateInput([BILLING]) }, apiUrl: front.url });
        return { run, answered: [...front.answered] };
      } finally {
        await front.close();
      }
    },
  );
}

let fleetStory: () => Promise<{ scenario: DriftScenario; result: RecordedRun[] }>;
let withoutOwnersToken: () => Promise<{ scenario: DriftScenario; result: ActionRun }>;
let withOwnersToken: () => Promise<{ scenario: DriftScenario; result: ActionRun }>;
let assigneeRefused: () => Promise<{ scenario: DriftScenario; result: { run: ActionRun; answered: string[] } }>;

beforeAll(() => {
  fleetStory = inBackground(() =>
    story({ tree: driftRepository(FLEET, { '.github/CODEOWNERS': '/modules/fleet/ @alice\n' }), collaborators: ['alice'] }, async (scenario) => {
      seedLiveServices(scenario.aws, FLEET);
      for (const spec of FLEET) givePublicIp(scenario.aws, spec);
      const inputs = { state: stateInput(FLEET), 'max-new-issues': '10' };
      const runs: RecordedRun[] = [];
      for (let i = 0; i < 2; i++) {
        const run = await scenario.run({ inputs, timeoutMs: 120_000 });
        runs.push({ run, issues: structuredClone(scenario.github.state.issues.filter((x) => !x.isPullRequest)) });
      }
      return runs;
    }),
  );
  withoutOwnersToken = inBackground(() => unassignableStory({}));
  withOwnersToken = inBackground(() => unassignableStory({ 'owners-token': OWNERS_TOKEN }));
  assigneeRefused = inBackground(assigneeRefusedStory);
});

function expectNoEmulatorErrors(scenario: DriftScenario): void {
  expect(scenario.github.validationErrors).toEqual([]);
  expect(scenario.aws.validationErrors).toEqual([]);
}

function deferredIn(summary: string): string[] {
  const section = summary.split('### Drift issues not opened yet')[1] ?? '';
  return [...section.matchAll(/^- `([^`]+)`$/gm)].map((m) => m[1]!);
}

function addressOfIssue(issue: IssueRecord): string {
  return issue.title.replace('ECS drift: ', '');
}

describe('owners who cannot be assigned', () => {
  test('the issue is created without them: no 422, no lost issue, they are still mentioned', async () => {
    const { scenario, result: run } = await withoutOwnersToken();
    const { github } = scenario;
    expectRanCleanly(run);
    expectNoEmulatorErrors(scenario);
    expect(github.requests.filter((r) => r.status === 422)).toEqual([]);
    expect(github.state.issues.filter((i) => !i.isPullRequest)).toHaveLength(3);

    const billing = issueOf(github, 'aws_ecs_service.billing');
    expect(billing.assignees).toEqual(['bob']);
    expect(billing.body).toContain('**Owners:** @dave, @bob');
    const legacy = issueOf(github, 'aws_ecs_service.legacy');
    expect(legacy.assignees).toEqual([]);
    expect(legacy.body).toContain('**Owners:** @mallory');
    // Without owners-token the team cannot be expanded: mentioned, nobody assigned.
    const shared = issueOf(github, 'aws_ecs_service.shared');
    expect(shared.assignees).toEqual([]);
    expect(shared.body).toContain('**Owners:** @acme/platform');
    expect(github.requests.filter((r) => r.operationId?.startsWith('teams/'))).toEqual([]);
  });

  test('with owners-token, the assignable members of a team owner are assigned', async () => {
    const { scenario, result: run } = await withOwnersToken();
    const { github } = scenario;
    expectRanCleanly(run);
    expectNoEmulatorErrors(scenario);
    expect(github.requests.filter((r) => r.status === 422)).toEqual([]);
    const shared = issueOf(github, 'aws_ecs_service.shared');
    expect(shared.assignees).toEqual(['carol']);
    expect(shared.body).toContain('**Owners:** @acme/platform');
    // The team was read with the owners token, never with the workflow token.
    const teamReads = github.requests.filter((r) => r.operationId === 'teams/list-members-in-org');
    expect(teamReads.length).toBeGreaterThan(0);
    expect(teamReads.every((r) => r.login === 'platform-admin' && r.status === 200)).toBe(true);
  });

  test('an assignee GitHub refuses at creation (422 after a passing check): the issue is created again, unassigned', async () => {
    const { scenario, result } = await assigneeRefused();
    const { github } = scenario;
    expectRanCleanly(result.run);
    expectNoEmulatorErrors(scenario);
    expect(result.answered).toEqual(['GET /repos/acme/infra/assignees/dave']);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path === '/repos/acme/infra/issues').map((r) => r.status)).toEqual([422, 201]);
    const billing = issueOf(github, 'aws_ecs_service.billing');
    expect(billing.state).toBe('open');
    expect(billing.labels).toEqual(['drift-guard']);
    expect(billing.assignees).toEqual([]);
    expect(billing.body).toContain('**Owners:** @dave, @bob');
    expect(result.run.commands.some((c) => c.level === 'warning' && c.message.includes('creating it unassigned'))).toBe(true);
    expect(result.run.outputs['drifted']).toBe('1');
  });
});

describe('max-new-issues: 10 with 40 drifted services', () => {
  const all = FLEET.map(addressOf).sort();

  test('first run: 10 issues, the other 30 listed in the job summary', async () => {
    const { scenario, result } = await fleetStory();
    expectNoEmulatorErrors(scenario);
    const { run, issues } = result[0]!;
    expectRanCleanly(run);
    expect(run.outputs['drifted']).toBe('40');
    expect(run.exitCode).toBe(1);
    expect(issues).toHaveLength(10);
    const deferred = deferredIn(run.summary);
    expect(deferred).toHaveLength(30);
    expect([...issues.map(addressOfIssue), ...deferred].sort()).toEqual(all);
    expect(run.summary).toContain('30 drifted resource(s) are over `max-new-issues` (10)');
    for (const issue of issues) expect(issue.assignees).toEqual(['alice']);
  }, 150_000);

  test('next run: 10 more issues, the first 10 kept, the remaining 20 listed', async () => {
    const { result } = await fleetStory();
    const [first, second] = result as [RecordedRun, RecordedRun];
    expectRanCleanly(second.run);
    expect(second.issues).toHaveLength(20);
    expect(new Set(second.issues.map((i) => i.title)).size).toBe(20);
    // The first ten are the same issues, untouched.
    expect(second.issues.filter((i) => first.issues.some((f) => f.number === i.number))).toEqual(first.issues);
    const newlyOpened = second.issues.filter((i) => !first.issues.some((f) => f.number === i.number)).map(addressOfIssue);
    expect(newlyOpened).toHaveLength(10);
    const deferredBefore = deferredIn(first.run.summary);
    for (const address of newlyOpened) expect(deferredBefore).toContain(address);
    const stillDeferred = deferredIn(second.run.summary);
    expect(stillDeferred).toHaveLength(20);
    expect([...second.issues.map(addressOfIssue), ...stillDeferred].sort()).toEqual(all);
  }, 150_000);
});
