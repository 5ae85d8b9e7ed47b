// Every GitHub route the action calls, every fault (issue 14). For each mode (pull request, drift,
// event) one seeded scenario runs the action in process once without faults; the routes the
// emulator recorded on that clean run are the table, so a route added later is covered without
// editing this file. Then, per route and fault, from the same seeded state: a run with the fault,
// and a re-run without it. After both: the report file, the job summary and the outputs exist, the
// phases that did not call the route published, nothing exists twice, a failed phase names the
// request (method, path, status) in the log, the job summary and the report's `phases`, a 403 on a
// write names the missing permission, and the run fails; the re-run publishes what the clean run did.
import { jest } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import { consoleUser, ecsApiCallEvent } from '../../test-support/aws/cloudtrail-events.js';
import { startDriftScenario, OWNERS_TOKEN, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { readFileTree, replaceInFile, writeWorkspace, type FileTree } from '../../test-support/e2e/file-tree.js';
import { pullRequestEventPayload } from '../../test-support/e2e/pull-request-event.js';
import { BOT_LOGIN, MERGE_SHA, startPullRequestScenario, WRITE_TOKEN, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import type { GitHubEmulator, GitHubFault, RequestLogEntry } from '../../test-support/github/emulator.js';
import type { Json } from '../../test-support/github/openapi.js';
import { repositoryDispatchEvent, scheduleEvent } from '../../test-support/github/webhook-events.js';
import { ACCOUNT, REGION, driftRepository, enableExec, givePublicIp, revertLive, seedLiveServices, stateInput, type ServiceSpec } from '../e2e-ownership/drift-estate.js';
import { runInProcess, type InProcessRun } from './run-in-process.js';

jest.setTimeout(300_000);

/** A hung request's run uses this timeout; the other runs keep the action's own (120 s). */
const HANG_TIMEOUT_MS = 1_500;

/** What GitHub holds after a run, reduced to what a re-run must reproduce. */
type Published = Record<string, unknown>;

interface ModeScenario {
  emu: GitHubEmulator;
  /** Back to the seeded state: no faults, no request log. */
  restore: () => void;
  run(requestTimeoutMs?: number): Promise<InProcessRun>;
  published(): Published;
  /** Whether a re-run after a fault left GitHub as a clean run does. */
  converged(after: Published, clean: Published): boolean;
  /** Things that exist twice (empty: none). */
  duplicates(): string[];
  /** Each phase that publishes something, and whether that something is there. */
  artifacts: Array<{ phase: string; present: () => boolean }>;
  close(): Promise<void>;
}

/**
 * Phases whose failure ends the mode early: what depends on them cannot run (there is nothing to
 * review without the changed files). Every other phase runs whatever failed before it.
 */
const PREREQUISITES = new Set([
  'Read the pull request event',
  'Read the config at the base commit',
  'Read the Terraform configuration',
  'Find the modules this pull request changes',
  'Check the changed modules against the ECS policy',
  'Prepare the pull request publication',
  'Find the states to check',
  'Check the ECS changes in the event',
]);

/** Phases that need another phase's result: the review requests go to the owners the evaluated gate still waits for. */
const NEEDS: Record<string, string> = { 'Review requests to the missing owners': 'Owner approval status' };

/**
 * Answers that are a documented state of the repository rather than a failure: no CODEOWNERS or
 * config file (contents 404), an owner who cannot be assigned (assignees 404), a team the
 * owners-token cannot read (403/404: its approvals do not count), an approval whose commit left the
 * pull request (compare 404), a token that may not ask who it is (GET /user). These runs succeed; the re-run still converges.
 */
const DOCUMENTED_STATES: Record<string, number[]> = {
  'repos/get-content': [404],
  'issues/check-user-can-be-assigned': [404],
  'teams/list-members-in-org': [403, 404],
  'repos/compare-commits-with-basehead': [404],
  'repos/compare-commits': [404],
  // GET /user is not allowed for installation tokens: the bot is then github-actions[bot].
  'users/get-authenticated': [403, 404],
};

/**
 * The permission a GitHub App token (GITHUB_TOKEN) needs for each write, from GitHub's REST
 * reference ("Fine-grained access tokens"/"GitHub App" permissions of each endpoint): a 403 on the
 * write must name it. A new write route fails the table until its permission is added here.
 */
const WRITE_PERMISSION: Record<string, RegExp> = {
  'repos/create-commit-status': /statuses: write/,
  'pulls/create-review': /pull-requests: write/,
  'pulls/update-review': /pull-requests: write/,
  'pulls/request-reviewers': /pull-requests: write/,
  'pulls/delete-review-comment': /pull-requests: write/,
  'pulls/create-reply-for-review-comment': /pull-requests: write/,
  // Comments on a pull request's conversation: Issues or Pull requests (write) both allow them.
  'issues/create-comment': /issues: write|pull-requests: write/,
  'issues/update-comment': /issues: write|pull-requests: write/,
  'issues/delete-comment': /issues: write|pull-requests: write/,
  'issues/create': /issues: write/,
  'issues/update': /issues: write/,
  'issues/add-labels': /issues: write/,
  'issues/add-assignees': /issues: write/,
};

/**
 * Creates that carry our marker: when the answer never comes (the write was made), the run looks
 * for the marker and finds it, in the same run. Other writes that hang fail their phase, named.
 */
const FOUND_BY_MARKER = new Set(['pulls/create-review', 'issues/create', 'issues/create-comment']);

/**
 * Gaps this table found that are not closed yet (issue 14): the table prints them (console.warn)
 * and stays strict for everything else. Take an entry off when its gap is closed. (Closed: a create
 * answered 502 after the write was posted twice, by the in-place request guard; an issue opened
 * while its owners could not be read stayed unassigned, by OWNERS_PENDING_MARKER.)
 */
const KNOWN_GAPS: RegExp[] = [];

interface Route {
  method: string;
  operationId: string;
  paths: string[];
  write: boolean;
}

function routesOf(requests: RequestLogEntry[]): Route[] {
  const routes = new Map<string, Route>();
  for (const r of requests) {
    if (!r.operationId) continue;
    const key = `${r.method} ${r.operationId}`;
    const route = routes.get(key) ?? { method: r.method, operationId: r.operationId, paths: [], write: r.write };
    if (!route.paths.includes(r.path)) route.paths.push(r.path);
    routes.set(key, route);
  }
  return [...routes.values()];
}

interface FaultKind {
  name: string;
  fault: Omit<GitHubFault, 'route' | 'method'>;
  /** What a failed phase's error says in place of the status. */
  shown: string;
  writesOnly?: boolean;
  hangs?: boolean;
}

const FAULTS: FaultKind[] = [
  { name: '403', fault: { kind: 'status', status: 403, times: Infinity }, shown: '403' },
  { name: '404', fault: { kind: 'status', status: 404, times: Infinity }, shown: '404' },
  { name: '500', fault: { kind: 'status', status: 500, times: Infinity }, shown: '500' },
  { name: 'secondary rate limit', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 1, times: Infinity }, shown: '403' },
  { name: 'timeout', fault: { kind: 'timeout', times: Infinity }, shown: 'no answer', hangs: true },
  { name: '502 after the write', fault: { kind: 'after-write', times: 1 }, shown: '502', writesOnly: true },
  { name: 'timeout after the write', fault: { kind: 'timeout-after-write', times: 1 }, shown: 'no answer', writesOnly: true, hangs: true },
];

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `METHOD /path → shown`, the way github/client.ts names a failed request (paths decoded). */
function requestNamed(route: Route, shown: string): RegExp {
  const paths = route.paths.map((p) => escapeRegExp(decodeURIComponent(p)).replace(/\/\d+(?=\/|$)/g, '/\\d+'));
  return new RegExp(`${route.method} (?:${paths.join('|')}) → ${escapeRegExp(shown)}`);
}

function failedPhases(run: InProcessRun) {
  return (run.report?.phases ?? []).filter((p) => p.outcome === 'failure');
}

/** The checks after any run: what is always written, and nothing twice. */
function alwaysPublished(s: ModeScenario, run: InProcessRun, problems: string[], what: string): void {
  if (!run.outputs['report-file'] || !run.report) problems.push(`${what}: no JSON report`);
  if (!run.report?.phases?.length) problems.push(`${what}: the report lists no phases`);
  if (!run.summary.includes('ECS Drift Guard')) problems.push(`${what}: no job summary`);
  for (const output of ['findings', 'blocking-findings', 'drifted']) if (run.outputs[output] === undefined) problems.push(`${what}: no output ${output}`);
  for (const d of s.duplicates()) problems.push(`${what}: duplicate ${d}`);
}

async function walkRoutes(s: ModeScenario, clean: { routes: Route[]; published: Published; phases: string[] }, kind: FaultKind): Promise<{ problems: string[]; cases: number }> {
  const problems: string[] = [];
  let cases = 0;
  for (const route of clean.routes) {
    if (kind.writesOnly && !route.write) continue;
    cases++;
    const what = `${kind.name} on ${route.method} ${route.operationId}`;
    s.restore();
    s.emu.injectFault({ route: route.operationId, method: route.method, ...kind.fault });
    const t0 = Date.now();
    const run = await s.run(kind.hangs ? HANG_TIMEOUT_MS : undefined);
    if (process.env.FAULT_TABLE_TRACE) appendFileSync(process.env.FAULT_TABLE_TRACE, `${what}: ${Date.now() - t0} ms\n`);
    alwaysPublished(s, run, problems, what);
    if (s.emu.faultHits.length === 0) problems.push(`${what}: the fault was never hit`);
    const failed = failedPhases(run);
    const status = kind.fault.kind === 'status' ? kind.fault.status! : undefined;
    const documented = status !== undefined && (DOCUMENTED_STATES[route.operationId] ?? []).includes(status);
    const recovers = kind.fault.kind === 'after-write' || documented || (kind.fault.kind === 'timeout-after-write' && FOUND_BY_MARKER.has(route.operationId));
    if (recovers) {
      // A lost answer is found by marker or retried safely; a documented state is no failure.
      if (failed.length > 0 || run.exitCode !== 0) problems.push(`${what}: expected no failed phase, got exit ${run.exitCode}: ${failed.map((f) => `${f.name}: ${f.error}`).join('; ')}`);
    } else {
      const named = requestNamed(route, kind.shown);
      if (run.exitCode === 0) problems.push(`${what}: the run passed`);
      if (failed.length === 0) problems.push(`${what}: no phase failed`);
      for (const f of failed) {
        if (!named.test(decodeURIComponent(f.error ?? ''))) problems.push(`${what}: phase "${f.name}" failed for another reason: ${f.error}`);
        if (!decodeURIComponent(run.log).includes(decodeURIComponent(`${f.name}: ${f.error}`.split('\n')[0]!))) problems.push(`${what}: the log does not name the failure of "${f.name}"`);
      }
      if (!run.summary.includes('Phases that failed')) problems.push(`${what}: the job summary does not list the failed phases`);
      if (kind.name === '403' && route.write) {
        const permission = WRITE_PERMISSION[route.operationId];
        if (!permission) problems.push(`${what}: no permission known for this write; add it to WRITE_PERMISSION`);
        else for (const f of failed) if (!permission.test(f.error ?? '')) problems.push(`${what}: "${f.name}" does not name the permission ${permission}: ${f.error}`);
      }
    }
    // The phases after a failure still ran (unless they needed what failed), and published.
    const ran = new Set((run.report?.phases ?? []).map((p) => p.name));
    if (!failed.some((f) => PREREQUISITES.has(f.name))) {
      for (const phase of clean.phases) {
        const needed = NEEDS[phase];
        if (!ran.has(phase) && !(needed && failed.some((f) => f.name === needed))) problems.push(`${what}: phase "${phase}" did not run`);
      }
    }
    // A documented state publishes what it means (no CODEOWNERS: nobody to ask), not the clean run's.
    for (const artifact of documented ? [] : s.artifacts) {
      const ok = (run.report?.phases ?? []).some((p) => p.name === artifact.phase && p.outcome === 'success');
      if (ok && !artifact.present()) problems.push(`${what}: "${artifact.phase}" succeeded but published nothing`);
    }

    s.emu.clearFaults();
    const again = await s.run();
    alwaysPublished(s, again, problems, `${what}, re-run`);
    if (again.exitCode !== 0 || failedPhases(again).length > 0) problems.push(`${what}, re-run: exit ${again.exitCode}: ${failedPhases(again).map((f) => `${f.name}: ${f.error}`).join('; ')}`);
    const after = s.published();
    if (!s.converged(after, clean.published)) problems.push(`${what}, re-run: published ${JSON.stringify(after)}, a clean run published ${JSON.stringify(clean.published)}`);
  }
  return { problems, cases };
}

// ---------------------------------------------------------------------------------------------
// Pull request mode: a PR whose first head was checked and approved by one owner, then a push that
// adds a finding in a module a team owns. The clean run on the new head reads the config and
// CODEOWNERS at the base, compares the approved commit with the head, reads the team, posts a
// review, edits the summary comment, sets both statuses and asks the team for a review.

const BASE: FileTree = {
  ...readFileTree(fileURLToPath(new URL('../e2e/fixtures/repo', import.meta.url))),
  '.github/CODEOWNERS': '/services/api/ @bob\n/services/worker/ @acme/platform\n',
  '.github/drift-guard.yml': 'approval:\n  stale-approvals: keep-if-module-unchanged\n',
};
const HEAD1 = replaceInFile(BASE, 'services/api/main.tf', 'privileged             = false', 'privileged             = true');
const HEAD2 = replaceInFile(HEAD1, 'services/worker/main.tf', 'readonlyRootFilesystem = true', 'readonlyRootFilesystem = false');
/** fail-on critical: the findings are high and medium, so a clean run passes and a failed phase is what fails it. */
const PR_INPUTS = { 'fail-on': 'critical', 'owners-token': OWNERS_TOKEN };
const BOB_TOKEN = 'ghs_bob_token_for_tests';

async function pullRequestMode(): Promise<ModeScenario> {
  const s: PullRequestScenario = await startPullRequestScenario({ base: BASE, head: HEAD1 });
  const { emu } = s;
  emu.addCollaborator('bob');
  emu.addCollaborator('carol');
  emu.addTeam('platform', { members: ['carol'] });
  emu.addToken(OWNERS_TOKEN, { login: 'platform-admin', permissions: 'read', type: 'User', canReadOrgTeams: true });
  emu.addToken(BOB_TOKEN, { login: 'bob', permissions: 'write', type: 'User' });
  const run = (requestTimeoutMs?: number) =>
    runInProcess({
      workspace: writeWorkspace(s.head),
      eventName: 'pull_request',
      payload: pullRequestEventPayload(emu, s.pr.number, { action: 'synchronize' }),
      token: WRITE_TOKEN,
      apiUrl: emu.url,
      sha: MERGE_SHA,
      inputs: PR_INPUTS,
      requestTimeoutMs,
    }).then(([r]) => r!);
  const seed = await run();
  if (seed.exitCode !== 0) throw new Error(`the seed run failed:\n${seed.log}`);
  await new Octokit({ auth: BOB_TOKEN, baseUrl: emu.url }).rest.pulls.createReview({ owner: 'acme', repo: 'infra', pull_number: s.pr.number, event: 'APPROVE', body: 'ok' });
  s.push(HEAD2);
  const head = () => emu.state.pulls[0]!.head.sha;
  const botReviewsOnHead = () => emu.state.reviews.filter((r) => r.user === BOT_LOGIN && r.commitId === head() && emu.state.reviewComments.some((c) => c.reviewId === r.id));
  const summaries = () => emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.includes('<!-- drift-guard:summary -->'));
  const latest = (context: string) => emu.state.statuses.filter((st) => st.context === context && st.sha === head()).at(-1);
  const currentComments = () => emu.state.reviewComments.filter((c) => c.user === BOT_LOGIN && c.position !== null && c.commitId === head());
  return {
    emu,
    restore: emu.checkpoint(),
    run,
    published: () => ({
      reviewsOnHead: botReviewsOnHead().length,
      comments: currentComments().map((c) => `${c.path}:${c.line}`).sort(),
      summaries: summaries().length,
      summaryOnHead: summaries().at(-1)?.body.includes(head().slice(0, 7)) ?? false,
      policy: latest('drift-guard/policy')?.state,
      approval: [latest('drift-guard/owner-approval')?.state, latest('drift-guard/owner-approval')?.description],
      requested: [...emu.state.pulls[0]!.requestedReviewers, ...emu.state.pulls[0]!.requestedTeams.map((t) => `@acme/${t}`)].sort(),
    }),
    // A review request the fault run made (an approval it could not confirm) is not taken back:
    // the re-run asks at least whom the clean run asked, the rest must be equal.
    converged: (after, clean) => {
      const { requested: a, ...restAfter } = after as { requested: string[] };
      const { requested: c, ...restClean } = clean as { requested: string[] };
      return JSON.stringify(restAfter) === JSON.stringify(restClean) && c.every((r) => a.includes(r));
    },
    duplicates: () => {
      const found: string[] = [];
      if (botReviewsOnHead().length > 1) found.push(`${botReviewsOnHead().length} reviews on the head`);
      if (summaries().length > 1) found.push(`${summaries().length} summary comments`);
      const markers = currentComments().map((c) => c.body.match(/<!-- drift-guard:finding:[^ ]+ -->/)?.[0] ?? c.body);
      if (new Set(markers).size < markers.length) found.push('a review comment twice');
      return found;
    },
    artifacts: [
      { phase: 'Review comments on the diff', present: () => botReviewsOnHead().length === 1 },
      { phase: 'Summary comment', present: () => summaries().length === 1 && summaries()[0]!.body.includes(head().slice(0, 7)) },
      { phase: 'Policy status', present: () => latest('drift-guard/policy') !== undefined },
      { phase: 'Owner approval status', present: () => latest('drift-guard/owner-approval')?.description !== 'Re-evaluating owner approval…' },
      { phase: 'Review requests to the missing owners', present: () => emu.state.pulls[0]!.requestedTeams.includes('platform') },
    ],
    close: () => s.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Drift mode: issues opened by earlier runs, then live ECS changes so that the clean run opens
// one issue (web), edits one (db: a second difference), closes one (api: fixed) and reopens one
// (jobs: drifted, fixed and closed, drifted again).

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
const WEB: ServiceSpec = { module: 'modules/web', resource: 'web', cluster: 'prod', service: 'web', family: 'web' };
const JOBS: ServiceSpec = { module: 'modules/jobs', resource: 'jobs', cluster: 'data', service: 'jobs', family: 'jobs' };
const SERVICES = [API, DB, WEB, JOBS];
const DRIFT_CODEOWNERS = '/modules/app/ @alice\n/modules/db/ @bob\n/modules/web/ @acme/platform\n/modules/jobs/ @erin\n';
// CloudTrail attribution is off: it paces LookupEvents at 2 calls per second, seconds per run,
// and says nothing about GitHub.
const DRIFT_CONFIG = 'drift:\n  attribution: false\n';

function issueMode(s: DriftScenario, run: ModeScenario['run']): ModeScenario {
  const { github: emu } = s;
  const botIssues = () => emu.state.issues.filter((i) => !i.isPullRequest && i.author === BOT_LOGIN);
  const open = () => botIssues().filter((i) => i.state === 'open');
  return {
    emu,
    restore: emu.checkpoint(),
    run,
    published: () => ({
      open: open().map((i) => `${i.title} [${[...i.assignees].sort().join(' ')}] (${[...i.labels].sort().join(' ')})`).sort(),
      closed: botIssues().filter((i) => i.state === 'closed').map((i) => i.title).sort(),
      comments: botIssues().map((i) => `${i.title}: ${emu.state.issueComments.filter((c) => c.issueNumber === i.number && c.user === BOT_LOGIN).length}`).sort(),
    }),
    converged: (after, clean) => JSON.stringify(after) === JSON.stringify(clean),
    duplicates: () => {
      const titles = open().map((i) => i.title);
      const found = titles.filter((t, i) => titles.indexOf(t) !== i).map((t) => `open issue "${t}"`);
      const comments = emu.state.issueComments.filter((c) => c.user === BOT_LOGIN).map((c) => `${c.issueNumber}: ${c.body}`);
      found.push(...comments.filter((c, i) => comments.indexOf(c) !== i).map((c) => `comment on #${c.split(':')[0]}`));
      return found;
    },
    artifacts: [],
    close: () => s.close(),
  };
}

async function driftMode(): Promise<ModeScenario> {
  const s = await startDriftScenario({
    tree: driftRepository(SERVICES, { '.github/CODEOWNERS': DRIFT_CODEOWNERS, '.github/drift-guard.yml': DRIFT_CONFIG }),
    collaborators: ['alice', 'bob', 'carol'],
    teams: { platform: ['carol'] },
  });
  seedLiveServices(s.aws, SERVICES);
  const branch = s.github.state.repo.defaultBranch;
  const run = (requestTimeoutMs?: number) =>
    runInProcess({
      workspace: writeWorkspace(s.tree),
      eventName: 'schedule',
      payload: scheduleEvent(s.github),
      token: WRITE_TOKEN,
      apiUrl: s.github.url,
      sha: s.github.state.branches[branch]!,
      inputs: { state: stateInput(SERVICES), 'fail-on': 'critical', 'owners-token': OWNERS_TOKEN },
      env: { ...s.aws.env(), GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch },
      requestTimeoutMs,
    }).then(([r]) => r!);
  givePublicIp(s.aws, API);
  enableExec(s.aws, DB);
  givePublicIp(s.aws, JOBS);
  await run();
  revertLive(s.aws, JOBS);
  await run();
  revertLive(s.aws, API);
  givePublicIp(s.aws, DB);
  givePublicIp(s.aws, JOBS);
  givePublicIp(s.aws, WEB);
  const mode = issueMode(s, run);
  mode.artifacts.push({ phase: 'Drift issues for the owners', present: () => s.github.state.issues.some((i) => i.title === 'ECS drift: aws_ecs_service.web' && i.state === 'open') });
  return mode;
}

// ---------------------------------------------------------------------------------------------
// Event mode: one repository_dispatch with a console edit (a drift issue) and an account setting
// change (a control-plane issue for realtime.owners).

const EVENT_CONFIG = `drift:\n  attribution: false\nrealtime:\n  owners: ["@dave"]\n  accounts: ["${ACCOUNT}"]\n`;

async function eventMode(): Promise<ModeScenario> {
  const s = await startDriftScenario({
    tree: driftRepository([API, DB], { '.github/CODEOWNERS': DRIFT_CODEOWNERS, '.github/drift-guard.yml': EVENT_CONFIG }),
    collaborators: ['alice', 'bob', 'dave'],
    aws: { region: REGION, accountId: ACCOUNT },
  });
  seedLiveServices(s.aws, [API, DB]);
  givePublicIp(s.aws, API);
  const person = consoleUser(ACCOUNT, 'alice@example.com');
  const events = [
    ecsApiCallEvent({ eventName: 'UpdateService', account: ACCOUNT, region: REGION, caller: person, requestParameters: { cluster: 'prod', service: 'api', networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'ENABLED' } } } }),
    ecsApiCallEvent({ eventName: 'PutAccountSetting', account: ACCOUNT, region: REGION, caller: person, requestParameters: { name: 'awsvpcTrunking', value: 'disabled' } }),
  ];
  const branch = s.github.state.repo.defaultBranch;
  const run = (requestTimeoutMs?: number) =>
    runInProcess({
      workspace: writeWorkspace(s.tree),
      eventName: 'repository_dispatch',
      payload: repositoryDispatchEvent(s.github, 'ecs-change', { events } as unknown as Json),
      token: WRITE_TOKEN,
      apiUrl: s.github.url,
      sha: s.github.state.branches[branch]!,
      inputs: { state: stateInput([API, DB]), 'fail-on': 'critical' },
      env: { ...s.aws.env(), GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch },
      requestTimeoutMs,
    }).then(([r]) => r!);
  const mode = issueMode(s, run);
  mode.artifacts.push(
    { phase: 'Drift issues for the owners', present: () => s.github.state.issues.some((i) => i.title === 'ECS drift: aws_ecs_service.api') },
    { phase: 'Control-plane change issues', present: () => s.github.state.issues.some((i) => i.title.startsWith('ECS control-plane change: account settings')) },
  );
  return mode;
}

const MODES: Array<{ mode: string; start: () => Promise<ModeScenario>; minRoutes: number }> = [
  { mode: 'pull request', start: pullRequestMode, minRoutes: 12 },
  { mode: 'drift', start: driftMode, minRoutes: 6 },
  { mode: 'event', start: eventMode, minRoutes: 4 },
];

describe.each(MODES)('$mode mode: every GitHub route, every fault', ({ start, minRoutes }) => {
  let s: ModeScenario;
  let clean: { routes: Route[]; published: Published; phases: string[] };

  beforeAll(async () => {
    s = await start();
    s.restore();
    const run = await s.run();
    const problems: string[] = [];
    alwaysPublished(s, run, problems, 'clean run');
    if (run.exitCode !== 0 || failedPhases(run).length > 0) problems.push(`clean run: exit ${run.exitCode}\n${run.log}`);
    if (s.emu.validationErrors.length > 0) problems.push(`clean run: ${JSON.stringify(s.emu.validationErrors)}`);
    for (const artifact of s.artifacts) if (!artifact.present()) problems.push(`clean run: "${artifact.phase}" published nothing`);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    clean = { routes: routesOf(s.emu.requests), published: s.published(), phases: (run.report!.phases ?? []).map((p) => p.name) };
  });

  afterAll(async () => {
    await s?.close();
  });

  test('the clean run used a real share of the API (the table is not trivial)', () => {
    const routes = clean.routes.map((r) => `${r.method} ${r.operationId}`);
    expect(routes.length).toBeGreaterThanOrEqual(minRoutes);
    expect(clean.routes.some((r) => r.write)).toBe(true);
    // The list the report quotes.
    console.info(routes.join('\n'));
  });

  test.each(FAULTS)('$name on each route: the other phases publish, the request is named, the re-run converges, nothing twice', async (kind) => {
    const { problems, cases } = await walkRoutes(s, clean, kind);
    expect(cases).toBeGreaterThan(0);
    const known = problems.filter((p) => KNOWN_GAPS.some((gap) => gap.test(p)));
    if (known.length > 0) console.warn(`known gaps (issue 14):\n${known.join('\n')}`);
    expect(problems.filter((p) => !known.includes(p))).toEqual([]);
    expect(s.emu.validationErrors.filter((e) => e.kind !== 'request' || e.status !== 422)).toEqual([]);
  });
});
