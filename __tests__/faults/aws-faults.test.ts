// Faults on every AWS operation a scheduled drift run uses (issue 14): the action's run() in process
// against the GitHub and AWS emulators, one fault injected on one operation and one target at a
// time. The operations are the ones the emulator served on a clean run, so an operation the tool
// starts to use is covered (or the table asks for its target). After each faulted run: the report
// file, the job summary and the outputs were written; the other state's drifted service is still
// checked and its issue open; the resources the fault touched are unverified (never in sync) and
// the run is incomplete with a non-zero exit code; the log and the job summary name the service,
// the operation and the target. A fault that clears after two attempts is retried to a clean run.
import { jest } from '@jest/globals';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { writeWorkspace } from '../../test-support/e2e/file-tree.js';
import { WRITE_TOKEN } from '../../test-support/e2e/pull-request-scenario.js';
import type { AwsFault } from '../../test-support/aws/emulator.js';
import { consoleUser, ecsApiCallEvent } from '../../test-support/aws/cloudtrail-events.js';
import type { Json } from '../../test-support/github/openapi.js';
import { repositoryDispatchEvent, scheduleEvent } from '../../test-support/github/webhook-events.js';
import { estateState, readFixture, seedFreshEstate } from '../drift/live-estate.js';
import { driftRepository, enableExec, seedLiveServices, type ServiceSpec } from '../e2e-ownership/drift-estate.js';
import { runInProcess, type InProcessRun } from './run-in-process.js';

jest.setTimeout(60_000);

// The other state: one service whose ECS Exec was turned on in the console (security drift, high).
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
// The faulted state: the drift fixtures' estate (clusters prod and batch, their services, task
// definitions and a capacity provider), read from S3 as a backend would keep it.
const BUCKET = 'tf-state';
const ESTATE_KEY = 'platform/estate.tfstate';
const ESTATE_STATE = `s3://${BUCKET}/${ESTATE_KEY}`;
const STATE_INPUT = `infra=${ESTATE_STATE}\n${DB.module}=${DB.module}/terraform.tfstate`;
// fail-on critical: the db drift (high) alone leaves the exit code 0, so a non-zero one says the
// run is incomplete. Short waits keep retries beyond the limit quick (and exercise the setting).
const CONFIG = 'fail-on: critical\nretries:\n  max-wait-seconds: 0.2\n  max-total-wait-seconds: 30\n';
// CloudTrail allows 2 lookups a second, and attribution makes one per ECS write operation: the rows
// of the other operations run without it (a second or so each instead of four).
const CONFIG_WITHOUT_ATTRIBUTION = `${CONFIG}drift:\n  attribution: false\n`;

/**
 * What each operation's fault is aimed at (a string its request names) and which of the estate's
 * resources it leaves unchecked. An operation missing here fails the table: add it.
 */
const TARGETS: Record<string, { target?: string; unverified?: string[]; notRead?: string; error?: RegExp; attributionOnly?: true }> = {
  'S3 GetObject': { target: ESTATE_KEY, notRead: ESTATE_STATE },
  'ECS DescribeClusters': { target: 'prod', unverified: ['aws_ecs_cluster.main', 'aws_ecs_cluster_capacity_providers.main'] },
  'ECS DescribeServices': { target: 'prod', unverified: ['aws_ecs_service.api', 'aws_ecs_service.canary', 'aws_ecs_service.web[0]'] },
  'ECS ListServices': { target: 'prod', error: /could not look for unmanaged services in cluster prod/ },
  'ECS DescribeTaskDefinition': { target: '"api:', unverified: ['aws_ecs_task_definition.api'] },
  'ECS DescribeCapacityProviders': { target: 'batch-ec2', unverified: ['module.batch.aws_ecs_capacity_provider.ec2'] },
  // Who changed a drifted resource is an addition to the issue; without it the drift is still checked.
  'CloudTrail LookupEvents': { attributionOnly: true },
};

const FAULTS: Array<{ name: string; fault: Pick<AwsFault, 'kind' | 'times'>; says: RegExp }> = [
  { name: 'AccessDenied', fault: { kind: 'access-denied', times: Infinity }, says: /access denied: .*→ (400|403) AccessDenied/ },
  { name: 'a 500', fault: { kind: 'server-error', times: Infinity }, says: /AWS server error: .*→ 500 (ServerException|InternalError|InternalFailure)/ },
  { name: 'throttling beyond the retry limit', fault: { kind: 'throttle', times: Infinity }, says: /throttled: .*→ (400 ThrottlingException|503 SlowDown)/ },
  { name: 'no answer (connection dropped)', fault: { kind: 'drop', times: Infinity }, says: /no answer: .*→ no answer/ },
];

async function driftRun(operation?: string, dispatch?: Json): Promise<InProcessRun> {
  const branch = s.github.state.repo.defaultBranch;
  const attribution = operation === undefined || operation === 'CloudTrail LookupEvents';
  const [run] = await runInProcess({
    workspace: writeWorkspace(attribution ? s.tree : { ...s.tree, '.github/drift-guard.yml': CONFIG_WITHOUT_ATTRIBUTION }),
    eventName: dispatch ? 'repository_dispatch' : 'schedule',
    payload: dispatch ? repositoryDispatchEvent(s.github, 'ecs-change', dispatch) : scheduleEvent(s.github),
    token: WRITE_TOKEN,
    apiUrl: s.github.url,
    sha: s.github.state.branches[branch]!,
    inputs: { state: STATE_INPUT },
    env: { ...s.aws.env(), GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch },
  });
  return run!;
}

function statuses(run: InProcessRun): Record<string, string> {
  return Object.fromEntries((run.report?.drift ?? []).map((d) => [d.address, d.status]));
}

function dbIssue() {
  return s.github.state.issues.find((i) => !i.isPullRequest && i.title === 'ECS drift: aws_ecs_service.db');
}

/** Published whatever failed: report file, job summary, outputs; the db service checked and its issue open. */
function expectPublished(run: InProcessRun): void {
  expect(run.outputs['report-file']).toBeTruthy();
  expect(run.report).not.toBeNull();
  expect(run.summary).toContain('aws_ecs_service.db');
  expect(run.outputs.drifted).toBeDefined();
  expect(statuses(run)['aws_ecs_service.db']).toBe('drifted');
  expect(dbIssue()?.state).toBe('open');
}

// The clean run comes first, at load time: the table is built from the operations it used.
const s: DriftScenario = await startDriftScenario({
  tree: driftRepository([DB], { '.github/CODEOWNERS': '/modules/db/ @bob\n/infra/ @alice\n', '.github/drift-guard.yml': CONFIG }),
  collaborators: ['alice', 'bob'],
});
seedLiveServices(s.aws, [DB]);
enableExec(s.aws, DB);
seedFreshEstate(s.aws);
s.aws.s3.putObject(BUCKET, ESTATE_KEY, readFixture(estateState));
s.aws.resetCalls();
const clean = await driftRun();
const operations = [...new Set(s.aws.requests.map((r) => `${r.service} ${r.operation}`))].sort();

afterAll(async () => {
  await s.close();
});

afterEach(() => {
  s.aws.clearFaults();
});

test('a clean run reads both states through every drift operation, and passes at fail-on critical', () => {
  expect(operations).toEqual(expect.arrayContaining(['CloudTrail LookupEvents', 'ECS DescribeClusters', 'ECS DescribeServices', 'ECS DescribeTaskDefinition', 'S3 GetObject']));
  expect(operations.filter((o) => !(o in TARGETS))).toEqual([]);
  expect(clean.exitCode).toBe(0);
  expectPublished(clean);
  const estate = Object.entries(statuses(clean)).filter(([address]) => address !== 'aws_ecs_service.db');
  expect(estate.length).toBeGreaterThan(5);
  expect(estate.filter(([, status]) => status !== 'in_sync')).toEqual([]);
  expect(clean.log).not.toMatch(/INCOMPLETE|AWS request failed/);
  expect(s.aws.validationErrors).toEqual([]);
});

describe.each(FAULTS)('$name', ({ fault, says }) => {
  test.each(operations)('on %s: the rest is published, what it touched is unverified, the run names it and fails', async (operation) => {
    const [service, name] = operation.split(' ') as [AwsFault['service'], string];
    const aim = TARGETS[operation]!;
    s.aws.injectFault({ service, operation: name, ...(aim.target ? { target: aim.target } : {}), ...fault });
    const run = await driftRun(operation);
    expect(s.aws.faultHits.filter((h) => `${h.service} ${h.operation}` === operation).length).toBeGreaterThan(0);
    s.aws.faultHits.length = 0;
    expectPublished(run);
    // The failed request is named in the log: service, operation, what it asked for, AWS's answer.
    const named = run.log.split('\n').filter((l) => l.includes(`${service} ${name}`));
    expect(named.some((l) => says.test(l) && (!aim.target || l.includes(aim.target.replace(/^"/, ''))))).toBe(true);
    if (aim.attributionOnly) {
      // The drift itself was checked: complete, and the db issue stands without "who changed it";
      // the attribution phase fails, named, so the run fails after publishing everything.
      expect(run.log).toMatch(/Drift attribution unavailable: .*CloudTrail LookupEvents/);
      expect(run.log).toMatch(/::error::Drift attribution \(CloudTrail\): .*CloudTrail LookupEvents.*drift\.attribution: false/);
      expect(run.log).not.toMatch(/INCOMPLETE: /);
      expect(statuses(run)).toEqual(statuses(clean));
      expect(run.exitCode).not.toBe(0);
      return;
    }
    expect(run.exitCode).not.toBe(0);
    expect(run.log).toMatch(/INCOMPLETE: /);
    const now = statuses(run);
    for (const address of aim.unverified ?? []) expect([address, now[address]]).toEqual([address, 'unverified']);
    if (aim.notRead) {
      // A state that could not be read checks none of its resources, and says so.
      expect(Object.keys(now)).toEqual(['aws_ecs_service.db']);
      expect(run.log).toContain(aim.notRead);
    }
    if (aim.error) expect(run.log).toMatch(aim.error);
    // The job summary carries the same named line (the unverified reasons, the state not read).
    expect(run.summary).toContain(`${service} ${name}`);
    // Nothing it could not read passes for in sync.
    for (const [address, status] of Object.entries(now)) if (status === 'in_sync') expect(statuses(clean)[address]).toBe('in_sync');
  });
});

test.each(operations)('a fault that clears on the third attempt of %s is retried: the run is clean', async (operation) => {
  const [service, name] = operation.split(' ') as [AwsFault['service'], string];
  const aim = TARGETS[operation]!;
  s.aws.injectFault({ service, operation: name, ...(aim.target ? { target: aim.target } : {}), kind: 'server-error', times: 2 });
  const run = await driftRun(operation);
  expect(s.aws.faultHits.filter((h) => `${h.service} ${h.operation}` === operation)).toHaveLength(2);
  s.aws.faultHits.length = 0;
  expectPublished(run);
  expect(run.exitCode).toBe(0);
  expect(statuses(run)).toEqual(statuses(clean));
  expect(run.log).not.toMatch(/INCOMPLETE|AWS request failed|attribution unavailable/);
});

test('event mode: AccessDenied on the service one ECS call touched leaves it unverified, named, and the run failing; the other call still checked', async () => {
  // Two console edits as EventBridge delivers them (CloudTrail "AWS API Call via CloudTrail"): one per state.
  const edit = (cluster: string, service: string) =>
    ecsApiCallEvent({ eventName: 'UpdateService', account: '123456789012', region: 'us-east-1', caller: consoleUser('123456789012'), requestParameters: { cluster, service, enableExecuteCommand: true } });
  s.aws.injectFault({ service: 'ECS', operation: 'DescribeServices', target: 'prod', kind: 'access-denied', times: Infinity });
  const run = await driftRun('ECS DescribeServices', { events: [edit('prod', 'api'), edit('data', 'db')] } as unknown as Json);
  expect(s.aws.faultHits.length).toBeGreaterThan(0);
  s.aws.faultHits.length = 0;
  expectPublished(run);
  expect(statuses(run)).toEqual({ 'aws_ecs_service.api': 'unverified', 'aws_ecs_service.db': 'drifted' });
  expect(run.exitCode).not.toBe(0);
  expect(run.log).toMatch(/access denied: ECS DescribeServices on cluster prod, service api in us-east-1 → 400 AccessDeniedException: .*check: the role may lack ecs:DescribeServices/);
  expect(run.summary).toContain('ECS DescribeServices on cluster prod');
});
