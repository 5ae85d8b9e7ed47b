// Faults on every GitHub route a scheduled drift run uses (issue 14): the run() of the action in
// process against the GitHub and AWS emulators, each fault injected on one route. After the run
// and after a clean re-run: the job summary, JSON report and outputs were written, the failing
// request is named in the log, the exit code is non-zero, and no issue exists twice.
import { jest } from '@jest/globals';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { writeWorkspace } from '../../test-support/e2e/file-tree.js';
import { scheduleEvent } from '../../test-support/github/webhook-events.js';
import type { GitHubFault } from '../../test-support/github/emulator.js';
import { driftRepository, enableExec, givePublicIp, seedLiveServices, stateInput, type ServiceSpec } from '../e2e-ownership/drift-estate.js';
import { runInProcess, type InProcessRun } from './run-in-process.js';
import { WRITE_TOKEN } from '../../test-support/e2e/pull-request-scenario.js';

jest.setTimeout(180_000);

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
const CODEOWNERS = '/modules/app/ @alice\n/modules/db/ @bob\n';
// CloudTrail attribution paces LookupEvents at 2 calls per second (seconds per run) and has no
// part in GitHub's faults.
const CONFIG = 'drift:\n  attribution: false\n';

async function scenario(): Promise<DriftScenario> {
  const s = await startDriftScenario({ tree: driftRepository([API, DB], { '.github/CODEOWNERS': CODEOWNERS, '.github/drift-guard.yml': CONFIG }), collaborators: ['alice', 'bob'] });
  seedLiveServices(s.aws, [API, DB]);
  givePublicIp(s.aws, API);
  enableExec(s.aws, DB);
  return s;
}

async function driftRun(s: DriftScenario, count = 1): Promise<InProcessRun[]> {
  const branch = s.github.state.repo.defaultBranch;
  return runInProcess(
    {
      workspace: writeWorkspace(s.tree),
      eventName: 'schedule',
      payload: scheduleEvent(s.github),
      token: WRITE_TOKEN,
      apiUrl: s.github.url,
      sha: s.github.state.branches[branch]!,
      inputs: { state: stateInput([API, DB]) },
      env: { ...s.aws.env(), GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch },
    },
    count,
  );
}

function openDriftIssues(s: DriftScenario) {
  return s.github.state.issues.filter((i) => !i.isPullRequest && i.state === 'open' && i.labels.includes('drift-guard'));
}

function expectPublished(run: InProcessRun): void {
  expect(run.report?.drift.filter((d) => d.status === 'drifted').map((d) => d.address).sort()).toEqual(['aws_ecs_service.api', 'aws_ecs_service.db']);
  expect(run.summary).toContain('aws_ecs_service.api');
  expect(run.outputs.drifted).toBe('2');
  expect(run.outputs['report-file']).toBeTruthy();
}

const ROUTES: Array<{ name: string; route: string; method: string; request: RegExp }> = [
  { name: 'list issues', route: 'issues/list-for-repo', method: 'GET', request: /GET \/repos\/acme\/infra\/issues → / },
  { name: 'CODEOWNERS', route: 'repos/get-content', method: 'GET', request: /GET \/repos\/acme\/infra\/contents\/[^ ]+ → / },
  { name: 'create issue', route: 'issues/create', method: 'POST', request: /POST \/repos\/acme\/infra\/issues → / },
];
const FAULTS: Array<{ name: string; fault: Omit<GitHubFault, 'route' | 'method'>; fails: boolean }> = [
  { name: '403', fault: { kind: 'status', status: 403, times: Infinity }, fails: true },
  { name: '404', fault: { kind: 'status', status: 404, times: Infinity }, fails: true },
  { name: '500', fault: { kind: 'status', status: 500, times: Infinity }, fails: true },
  { name: '502 after the write', fault: { kind: 'after-write', times: 1 }, fails: false },
  { name: 'secondary rate limit past the wait cap', fault: { kind: 'secondary-rate-limit', retryAfterSeconds: 900, times: Infinity }, fails: true },
];

describe.each(ROUTES)('drift run, $name', ({ route, method, request }) => {
  test.each(FAULTS)('$name: the report, summary and outputs are written, the request is named, nothing is duplicated', async ({ fault, fails }) => {
    const s = await scenario();
    try {
      s.github.injectFault({ route, method, ...fault });
      const [first] = await driftRun(s);
      expectPublished(first!);
      const hit = s.github.faultHits.length > 0;
      // CODEOWNERS 404 is "no CODEOWNERS" (a documented state), and a write fault only bites when there is a write.
      const expectFailure = fails && hit && !(route === 'repos/get-content' && fault.status === 404);
      if (expectFailure) {
        expect(first!.exitCode).not.toBe(0);
        expect(first!.log).toMatch(request);
        expect(first!.summary).toContain('Phases that failed');
      }
      s.github.clearFaults();
      const [again] = await driftRun(s);
      expectPublished(again!);
      // Drift is a failing verdict by itself (fail-on high), so the re-run exits 1 too; but no phase failed.
      expect(again!.summary).not.toContain('Phases that failed');
      const issues = openDriftIssues(s);
      expect(issues.map((i) => i.title).sort()).toEqual(['ECS drift: aws_ecs_service.api', 'ECS drift: aws_ecs_service.db']);
      expect(s.github.validationErrors).toEqual([]);
    } finally {
      await s.close();
    }
  });
});

// Issue 14's race: two drift runs started together, 20 trials: one open issue per resource.
test.each(Array.from({ length: 20 }, (_, trial) => trial))('two drift runs at once (trial %i): one open issue per drifted resource', async (trial) => {
  const s = await scenario();
  try {
    await driftRun(s, 2);
    const titles = openDriftIssues(s).map((i) => i.title).sort();
    expect({ trial, titles }).toEqual({ trial, titles: ['ECS drift: aws_ecs_service.api', 'ECS drift: aws_ecs_service.db'] });
    expect(s.github.validationErrors).toEqual([]);
  } finally {
    await s.close();
  }
});
