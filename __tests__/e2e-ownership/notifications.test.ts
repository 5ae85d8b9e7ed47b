// End-to-end (issue 17 point 5): the built action, in event mode and in a nightly drift run, sends
// one Slack message and one signed JSON webhook per issue it opens, nothing on a replay, and a
// failing Slack hook fails only the Notifications phase: the issue, the report and the summary are
// still published, the message stays pending and the next run delivers it. The webhook URLs and the
// secret reach no log line (other than the runner's own add-mask command) and no summary.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { UpdateServiceCommand } from '@aws-sdk/client-ecs';
import { callEcs, consoleUser, type EcsApiCallEvent } from '../../test-support/aws/cloudtrail-events.js';
import { startDriftScenario, type DriftScenario } from '../../test-support/e2e/drift-scenario.js';
import { removeDistSnapshots, type ActionRun } from '../../test-support/e2e/run-action.js';
import { repositoryDispatchEvent } from '../../test-support/github/webhook-events.js';
import type { Json } from '../../test-support/github/openapi.js';
import { startNotifyEmulator, type NotifyEmulator } from '../../test-support/notify/emulator.js';
import { ecsClient } from '../test-support-aws/client-setup.js';
import { ACCOUNT, REGION, driftRepository, seedLiveServices, stateInput, type ServiceSpec } from './drift-estate.js';

afterAll(removeDistSnapshots);

const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
const DB: ServiceSpec = { module: 'modules/db', resource: 'db', cluster: 'data', service: 'db', family: 'db' };
const CODEOWNERS = ['/modules/app/  @alice', '/modules/db/   @bob', ''].join('\n');
const SECRET = ['e2e', '-signing-', 'secret-value'].join('');
const person = consoleUser(ACCOUNT, 'alice@example.com');
const publicIp = { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' as const } };

describe('notifications from the built action', () => {
  let scenario: DriftScenario;
  let receiver: NotifyEmulator;
  let inputs: Record<string, string>;

  beforeAll(async () => {
    receiver = await startNotifyEmulator();
    scenario = await startDriftScenario({
      tree: driftRepository([API, DB], { '.github/CODEOWNERS': CODEOWNERS }),
      collaborators: ['alice', 'bob'],
      aws: { region: REGION, accountId: ACCOUNT },
    });
    seedLiveServices(scenario.aws, [API, DB]);
    inputs = { state: stateInput([API, DB]), 'slack-webhook-url': receiver.slackHookUrl, 'webhook-url': receiver.webhookUrl, 'webhook-secret': SECRET };
  });

  afterAll(async () => {
    await scenario?.close();
    await receiver?.close();
  });

  afterEach(() => {
    expect(scenario.github.validationErrors).toEqual([]);
  });

  function dispatch(event: EcsApiCallEvent) {
    return scenario.run({ inputs, eventName: 'repository_dispatch', payload: repositoryDispatchEvent(scenario.github, 'ecs-change', event as unknown as Json) });
  }

  /** What a reader of the log or the job summary sees: everything but the runner's add-mask commands. */
  function visible(run: ActionRun): string {
    const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    const report = run.outputs['report-file'] ? readFileSync(run.outputs['report-file'], 'utf8') : '';
    return `${stdout}\n${run.stderr}\n${run.summary}\n${report}`;
  }

  function expectNoSecrets(run: ActionRun): void {
    // Registered with the runner, so that it masks them wherever they might appear.
    const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::')).map((l) => l.slice('::add-mask::'.length));
    expect(masks).toEqual(expect.arrayContaining([receiver.slackHookUrl, receiver.webhookUrl, SECRET, new URL(receiver.slackHookUrl).pathname]));
    const text = visible(run);
    for (const secret of [new URL(receiver.slackHookUrl).pathname, new URL(receiver.webhookUrl).pathname, SECRET]) expect(text).not.toContain(secret);
  }

  let edit: EcsApiCallEvent;

  test('a console edit: the issue, one Slack message and one signed webhook delivery', async () => {
    edit = await callEcs(ecsClient(scenario.aws), new UpdateServiceCommand({ cluster: 'prod', service: 'api', networkConfiguration: publicIp }), { account: ACCOUNT, region: REGION, caller: person });
    const run = await dispatch(edit);
    expect(run.exitCode).toBe(1);
    const issue = scenario.github.state.issues.find((i) => i.title === 'ECS drift: aws_ecs_service.api')!;
    expect(receiver.slackMessages).toHaveLength(1);
    const slack = JSON.stringify(receiver.slackMessages[0]!.body);
    expect(slack).toContain(`|acme/infra#${issue.number}>`);
    expect(slack).toContain('`@alice`');
    expect(slack).toContain('alice@example.com');
    const [delivery, ...more] = receiver.webhookDeliveries;
    expect(more).toEqual([]);
    expect(delivery!.body).toMatchObject({ event: 'security-drift', action: 'opened', issue: { number: issue.number }, owners: ['@alice'], changedBy: { eventName: 'UpdateService', eventId: edit.detail.eventID } });
    expect(delivery!.headers['x-drift-guard-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(delivery!.raw).digest('hex')}`);
    expect(run.stdout).toContain('sent to Slack');
    expectNoSecrets(run);
  });

  test('the same event again sends nothing', async () => {
    receiver.reset();
    scenario.github.resetRequestLog();
    const run = await dispatch(edit);
    expect(run.exitCode).toBe(1);
    expect(receiver.log).toEqual([]);
    expect(scenario.github.requests.filter((r) => r.write)).toEqual([]);
  });

  test('Slack answers 404 no_service: only the Notifications phase fails; the next nightly run delivers the message', async () => {
    receiver.reset();
    receiver.injectSlackFaults({ status: 404, error: 'no_service' });
    const change = await callEcs(ecsClient(scenario.aws), new UpdateServiceCommand({ cluster: 'data', service: 'db', networkConfiguration: publicIp }), { account: ACCOUNT, region: REGION, caller: person });
    const run = await dispatch(change);
    const issue = scenario.github.state.issues.find((i) => i.title === 'ECS drift: aws_ecs_service.db');
    expect(issue?.assignees).toEqual(['bob']);
    expect(run.exitCode).toBe(1);
    const failure = `Notifications: 1 notification(s) not delivered: #${issue!.number} slack: Slack answered 404 no_service; kept, a later run sends it again`;
    expect(run.commands.filter((c) => c.level === 'error').map((c) => c.message)).toContain(failure);
    expect(run.summary).toContain('### Phases that failed');
    expect(run.summary).toContain('**Notifications** failed');
    expect(run.outputs['report-file']).toBeDefined();
    expect(receiver.webhookDeliveries).toHaveLength(1);
    expect(receiver.slackMessages).toHaveLength(0);
    expectNoSecrets(run);

    receiver.reset();
    const nightly = await scenario.run({ inputs });
    expect(nightly.exitCode).toBe(1);
    expect(receiver.log).toEqual(['slack 200']);
    expect(JSON.stringify(receiver.slackMessages[0]!.body)).toContain(`acme/infra#${issue!.number}`);
    expect(nightly.commands.filter((c) => c.level === 'error').map((c) => c.message).join('\n')).not.toContain('Notifications');
  });
});
