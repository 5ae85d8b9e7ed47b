// End-to-end, the built action on a scheduled drift run (issue 13): a run with unverified resources
// still opens issues for what it could read, then fails the job naming the unverified resources and
// the cause; `allow-incomplete: true` accepts it and says so.
import { removeDistSnapshots, type ActionRun } from '../../test-support/e2e/run-action.js';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { driftRepository, givePublicIp, seedLiveServices, stateInput, type ServiceSpec } from './drift-estate.js';

afterAll(removeDistSnapshots);

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };

function failures(run: ActionRun): string[] {
  return run.commands.filter((c) => c.level === 'error' && !c.file).map((c) => c.message);
}

let scenario: DriftScenario;
beforeAll(async () => {
  scenario = await startDriftScenario({ tree: driftRepository([API, DB], { '.github/CODEOWNERS': '* @alice\n' }), collaborators: ['alice'] });
  seedLiveServices(scenario.aws, [API, DB]);
});
afterAll(async () => {
  await scenario?.close();
});

test('AccessDenied on one cluster: the drifted service still gets its issue, then the job fails naming the unverified one and why', async () => {
  givePublicIp(scenario.aws, API);
  scenario.aws.faults.accessDeniedClusters = ['data'];
  const run = await scenario.run({ inputs: { state: stateInput([API, DB]) }, timeoutMs: 120_000 });
  expect(run.signal).toBeNull();
  expect(scenario.github.state.issues.filter((i) => !i.isPullRequest).map((i) => i.title)).toEqual(['ECS drift: aws_ecs_service.api']);
  expect(run.exitCode).toBe(1);
  const failed = failures(run).join('\n');
  expect(failed).toMatch(/INCOMPLETE: 1 resource could not be verified: aws_ecs_service\.db \(access denied: /);
  expect(failed).toContain('AccessDenied');
  expect(run.summary).toContain('⚠️ **Also incomplete**: 1 resource could not be verified');
});

test('nothing drifted but a resource unverified: the job fails (never green); allow-incomplete turns it green and says so', async () => {
  scenario.aws.faults.accessDeniedClusters = ['prod', 'data'];
  const strict = await scenario.run({ inputs: { state: stateInput([API, DB]) }, timeoutMs: 120_000 });
  expect(strict.signal).toBeNull();
  expect(strict.exitCode).toBe(1);
  expect(failures(strict).join('\n')).toMatch(/INCOMPLETE: 2 resources could not be verified: aws_ecs_service\.api \(access denied/);
  const accepted = await scenario.run({ inputs: { state: stateInput([API, DB]), 'allow-incomplete': 'true' }, timeoutMs: 120_000 });
  expect(accepted.exitCode).toBe(0);
  expect(failures(accepted)).toEqual([]);
  expect(accepted.stdout).toMatch(/Incomplete, accepted by allow-incomplete: 2 resources could not be verified/);
  expect(accepted.summary).toContain('⚠️ **Incomplete, accepted by `allow-incomplete`**');
});
