// Notifications (issue 17 point 5): drift issues are synced with the real @octokit/rest against the
// GitHub emulator, messages go out with the real fetch to the loopback Slack / webhook receiver
// (test-support/notify/emulator.ts, which answers as Slack documents). The tests pin: one message
// per issue opened or reopened, nothing on a re-run, a refused message kept for a later run, an
// uncertain one (5xx after delivery) never resent, Slack's mrkdwn escaping, the webhook's HMAC, and
// that planted secrets never reach a payload.
import { createHash, createHmac } from 'node:crypto';
import { createCliOctokit, type GitHubClient } from '../../src/github/client.js';
import { driftFingerprint, driftMarker, syncDriftIssues, type SyncDriftIssuesInput } from '../../src/github/drift-issues.js';
import { syncControlPlaneIssues } from '../../src/github/control-plane-issues.js';
import type { ControlPlaneChange } from '../../src/drift/check-ecs-changes.js';
import { classifyDifference, type ClassificationContext } from '../../src/drift/classify.js';
import { compareViews } from '../../src/drift/compare.js';
import { liveTaskDefinitionAsState, taskDefinitionView } from '../../src/drift/resources/task-definition.js';
import { memoryLogger, silentLogger } from '../../src/logger.js';
import { slackMessage } from '../../src/notify/messages.js';
import { DEFAULT_NOTIFY_EVENTS, decodeNotification, driftNotification, type NotifyOptions, type PendingNotification } from '../../src/notify/notification.js';
import { sendNotifications, type NotificationTargets } from '../../src/notify/send-notifications.js';
import { parseCodeowners } from '../../src/ownership/codeowners.js';
import type { DriftResult } from '../../src/report/model.js';
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';
import { startNotifyEmulator, type NotifyEmulator } from '../../test-support/notify/emulator.js';
import { APP_SERVICE, CODEOWNERS, DB_TASK, difference, drifted, withStatus } from '../ownership-github/drift-fixtures.js';

const BOT = 'github-actions[bot]';
const NOW = new Date('2026-05-01T12:00:00Z');
const SECRET = ['hmac', '-test-', 'key'].join('');

let github: GitHubEmulator;
let receiver: NotifyEmulator;
let bot: GitHubClient;

beforeAll(async () => {
  receiver = await startNotifyEmulator();
});
afterAll(async () => {
  await receiver.close();
});

beforeEach(async () => {
  receiver.reset();
  github = await startGitHubEmulator();
  github.addToken('bot-token', { login: BOT, permissions: 'write' });
  for (const login of ['alice', 'bob']) github.addCollaborator(login);
  github.commit({ files: { '.github/CODEOWNERS': CODEOWNERS } });
  bot = createCliOctokit({ token: 'bot-token', baseUrl: github.url, logger: silentLogger, throttle: { enabled: false } });
});

afterEach(async () => {
  expect(github.validationErrors).toEqual([]);
  await github.close();
});

function notify(now = NOW, events = DEFAULT_NOTIFY_EVENTS): NotifyOptions {
  return { channels: ['slack', 'webhook'], events, now, runUrl: 'https://github.com/acme/infra/actions/runs/42' };
}

function sync(results: DriftResult[], extra: Partial<SyncDriftIssuesInput> = {}) {
  return syncDriftIssues({
    client: bot, logger: silentLogger, owner: 'acme', repo: 'infra', results,
    codeowners: parseCodeowners(CODEOWNERS, '.github/CODEOWNERS'), defaultBranchSha: 'a'.repeat(40),
    serverUrl: 'https://github.com', maxNewIssues: 10, now: NOW, botLogin: BOT, notify: notify(), ...extra,
  });
}

const targets = (): NotificationTargets => ({ slackWebhookUrl: receiver.slackHookUrl, webhookUrl: receiver.webhookUrl, webhookSecret: SECRET });

function send(pending: PendingNotification[], extra: Partial<Parameters<typeof sendNotifications>[0]> = {}) {
  return sendNotifications({ client: bot, logger: silentLogger, owner: 'acme', repo: 'infra', pending, targets: targets(), userAgent: 'ecs-drift-guard/test', now: () => NOW, sleep: async () => {}, ...extra });
}

function issueBody(result: DriftResult): string {
  const marker = driftMarker(driftFingerprint(result));
  return github.state.issues.find((i) => (i.body ?? '').split('\n').includes(marker))!.body ?? '';
}

describe('one message per issue opened or reopened', () => {
  it('sends security drift to Slack and the webhook once; a re-run sends nothing; config drift is not asked for', async () => {
    const config = drifted('aws_ecs_service.worker', 'modules/db', [difference('desired_count', 2, 3)]);
    const first = await sync([APP_SERVICE, config]);
    // Only the security drift is a notification by default (security-drift, unmanaged, control-plane).
    expect(first.notifications.map((p) => p.notification.resource?.address)).toEqual(['aws_ecs_service.api']);
    const sent = await send(first.notifications);
    expect(sent).toEqual({ delivered: 2, failures: [], unconfigured: 0 });
    expect(receiver.slackMessages).toHaveLength(1);
    expect(receiver.webhookDeliveries).toHaveLength(1);
    expect(decodeNotification(issueBody(APP_SERVICE))).toMatchObject({ pending: [], delivered: ['slack', 'webhook'], uncertain: [] });

    // The webhook body: documented schema, link, owners, resource, class.
    const delivery = receiver.webhookDeliveries[0]!;
    const issue = first.issues.find((i) => i.address === 'aws_ecs_service.api')!;
    expect(delivery.body).toMatchObject({
      schema: 'ecs-drift-guard/notification@1', event: 'security-drift', action: 'opened', repository: 'acme/infra',
      issue: { number: issue.number, url: issue.url, title: 'ECS drift: aws_ecs_service.api' },
      resource: { address: 'aws_ecs_service.api', module: 'modules/app', region: 'eu-west-1' },
      classes: ['security', 'config'], attributes: ['network_configuration.assign_public_ip', 'desired_count'],
      owners: ['@alice', '@acme/platform'], run: 'https://github.com/acme/infra/actions/runs/42',
    });
    expect(delivery.headers['x-drift-guard-delivery']).toBe(delivery.body.delivery);
    expect(delivery.headers['x-drift-guard-event']).toBe('security-drift');
    expect(delivery.headers['x-drift-guard-signature-256']).toBe(`sha256=${createHmac('sha256', SECRET).update(delivery.raw).digest('hex')}`);
    const slackText = JSON.stringify(receiver.slackMessages[0]!.body);
    expect(slackText).toContain(`<${issue.url}|acme/infra#${issue.number}>`);
    expect(slackText).toContain('`@alice`');

    // The same drift again: the issue is open already, nothing new to say.
    receiver.reset();
    const again = await sync([APP_SERVICE, config]);
    expect(again.notifications).toEqual([]);
    await send(again.notifications);
    expect(receiver.log).toEqual([]);
  });

  it('closing and reopening is a new message with action reopened', async () => {
    await send((await sync([DB_TASK])).notifications);
    await sync([withStatus(DB_TASK, 'in_sync')]);
    receiver.reset();
    const back = await sync([DB_TASK], { now: new Date('2026-05-02T08:00:00Z'), notify: notify(new Date('2026-05-02T08:00:00Z')) });
    expect(back.reopened).toBe(1);
    expect(back.notifications.map((p) => p.notification.action)).toEqual(['reopened']);
    await send(back.notifications);
    expect(receiver.webhookDeliveries.map((d) => d.body.action)).toEqual(['reopened']);
    expect(receiver.slackMessages[0]!.body.text).toBe('Security drift reopened: aws_ecs_task_definition.db (acme/infra#1)');
  });

  it('without channels nothing is recorded in the issue', async () => {
    const result = await sync([APP_SERVICE], { notify: undefined });
    expect(result.notifications).toEqual([]);
    expect(decodeNotification(issueBody(APP_SERVICE))).toBeNull();
  });
});

describe('control-plane changes', () => {
  // What drift/check-ecs-changes.ts makes of an UpdateContainerInstancesState call by a person (ECS API reference).
  const change = (eventId: string, time: string): ControlPlaneChange => ({
    key: 'prod', account: '123456789012', region: 'eu-west-1', cluster: 'prod', file: 'modules/app/main.tf', line: 1,
    changes: [{ what: '1 container instance(s) set to DRAINING', sourceIp: '198.51.100.23', event: { eventName: 'UpdateContainerInstancesState', eventTime: time, principal: 'arn:aws:sts::123456789012:assumed-role/Admin/alice', sessionName: 'alice', source: 'console', eventId } }],
  });
  const syncPlane = (changes: ControlPlaneChange[]) => syncControlPlaneIssues({
    client: bot, logger: silentLogger, owner: 'acme', repo: 'infra', changes, codeowners: parseCodeowners(CODEOWNERS, '.github/CODEOWNERS'),
    fallbackOwners: [], botLogin: BOT, notify: notify(),
  });

  it('an opened control-plane issue is one message; more calls on the open issue are none; a replay is none', async () => {
    const first = await syncPlane([change('1f0e0000-0000-4000-8000-000000000001', '2026-05-01T11:58:00Z')]);
    expect(first.created).toBe(1);
    await send(first.notifications);
    expect(receiver.webhookDeliveries.map((d) => d.body)).toEqual([expect.objectContaining({
      event: 'control-plane', action: 'opened', resource: null, controlPlane: { account: '123456789012', region: 'eu-west-1', cluster: 'prod' },
      attributes: ['UpdateContainerInstancesState: 1 container instance(s) set to DRAINING'], owners: ['@alice', '@acme/platform'],
      changedBy: expect.objectContaining({ principal: 'arn:aws:sts::123456789012:assumed-role/Admin/alice' }),
    })]);
    receiver.reset();
    const more = await syncPlane([change('1f0e0000-0000-4000-8000-000000000002', '2026-05-01T11:59:00Z')]);
    expect(more.updated).toBe(1);
    const replay = await syncPlane([change('1f0e0000-0000-4000-8000-000000000002', '2026-05-01T11:59:00Z')]);
    await send([...more.notifications, ...replay.notifications]);
    expect(receiver.log).toEqual([]);
    // The edit kept the delivered state of the first message.
    const issue = github.state.issues.find((i) => i.title.startsWith('ECS control-plane change'))!;
    expect(decodeNotification(issue.body ?? '')).toMatchObject({ action: 'opened', delivered: ['slack', 'webhook'], pending: [] });
  });
});

describe('a failing receiver fails the phase, never the issue, and nothing is sent twice', () => {
  it.each([
    [404, 'no_service'],
    [410, 'channel_is_archived'],
    [400, 'invalid_payload'],
  ])('Slack %d %s: refused for sure, kept pending, sent by a later run', async (status, error) => {
    const opened = await sync([APP_SERVICE]);
    receiver.injectSlackFaults({ status, error });
    const logger = memoryLogger();
    const failure = await send(opened.notifications, { logger }).then(() => null, (e: Error) => e.message);
    expect(failure).toBe(`1 notification(s) not delivered: #1 slack: Slack answered ${status} ${error}; kept, a later run sends it again`);
    // The webhook did get its message; the URL (a secret) is in no message.
    expect(receiver.webhookDeliveries).toHaveLength(1);
    expect(JSON.stringify(logger.messages) + failure).not.toContain(new URL(receiver.slackHookUrl).pathname);
    expect(decodeNotification(issueBody(APP_SERVICE))).toMatchObject({ pending: ['slack'], delivered: ['webhook'] });

    // A run that does not check the resource (another shard, an event for another service) leaves it alone.
    const other = await sync([DB_TASK]);
    expect(other.notifications.map((p) => p.notification.resource?.address)).toEqual(['aws_ecs_task_definition.db']);
    // The next run that checks it (here: a re-run of the same drift) finds the pending message and sends only that.
    const rerun = await sync([APP_SERVICE]);
    expect(rerun.notifications).toHaveLength(1);
    await send(rerun.notifications);
    expect(receiver.slackMessages).toHaveLength(1);
    expect(receiver.webhookDeliveries).toHaveLength(1);
    expect(decodeNotification(issueBody(APP_SERVICE))).toMatchObject({ pending: [], delivered: ['webhook', 'slack'] });
  });

  it('Slack 429: waits Retry-After, then delivers', async () => {
    const opened = await sync([APP_SERVICE]);
    receiver.injectSlackFaults({ status: 429, error: 'rate_limited', retryAfter: 2 });
    const waits: number[] = [];
    await send(opened.notifications, { sleep: async (ms) => void waits.push(ms) });
    expect(waits).toEqual([2000]);
    expect(receiver.log.filter((l) => l.startsWith('slack'))).toEqual(['slack 429', 'slack 200']);
    expect(receiver.slackMessages).toHaveLength(1);
  });

  it('Slack 429 past the wait budget: refused, kept pending', async () => {
    const opened = await sync([APP_SERVICE]);
    receiver.injectSlackFaults({ status: 429, error: 'rate_limited', retryAfter: 900 });
    await expect(send(opened.notifications)).rejects.toThrow('Slack answered 429 rate_limited (rate limited; Retry-After 900 s is over this run\'s wait budget); kept, a later run sends it again');
    expect(decodeNotification(issueBody(APP_SERVICE))!.pending).toEqual(['slack']);
  });

  it('a 5xx after delivery: recorded as uncertain and never resent', async () => {
    const opened = await sync([APP_SERVICE]);
    receiver.injectSlackFaults({ status: 500, error: 'rollup_error', deliverFirst: true });
    receiver.injectWebhookFaults({ status: 502, deliverFirst: true });
    await expect(send(opened.notifications)).rejects.toThrow('#1 slack: Slack answered 500 rollup_error; it may have been delivered, so it is not sent again; #1 webhook: the webhook answered 502; it may have been delivered');
    expect(decodeNotification(issueBody(APP_SERVICE))).toMatchObject({ pending: [], delivered: [], uncertain: ['slack', 'webhook'] });
    const rerun = await sync([APP_SERVICE]);
    expect(rerun.notifications).toEqual([]);
    expect(receiver.slackMessages).toHaveLength(1);
    expect(receiver.webhookDeliveries).toHaveLength(1);
  });

  it('a receiver that cannot be reached: refused, kept pending', async () => {
    const opened = await sync([APP_SERVICE]);
    const closed = await startNotifyEmulator();
    const { slackHookUrl } = closed;
    await closed.close();
    await expect(send(opened.notifications, { targets: { slackWebhookUrl: slackHookUrl } })).rejects.toThrow('#1 slack: could not connect (ECONNREFUSED); kept');
    expect(decodeNotification(issueBody(APP_SERVICE))).toMatchObject({ pending: ['slack', 'webhook'], delivered: [] });
  });
});

describe('what a message may say', () => {
  it('escapes &, < and > so live strings cannot open links or mentions in Slack', () => {
    const hostile = drifted('aws_ecs_service.x["<!here> & <https://evil.example|click>"]', 'modules/app', [difference('tags[<@U024BE7LH>]', null, 'x', 'security')]);
    const n = driftNotification({ result: hostile, action: 'opened', title: 'ECS drift: <!channel>', owners: ['@alice'], options: notify() })!;
    const message = slackMessage(n, { repository: 'acme/infra', number: 7, url: 'https://github.com/acme/infra/issues/7' });
    const texts: string[] = [];
    const walk = (v: unknown): void => {
      if (typeof v === 'string') texts.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(message);
    const joined = texts.join('\n');
    expect(joined).toContain('&lt;!here&gt; &amp; &lt;https://evil.example|click&gt;');
    expect(joined).toContain('&lt;@U024BE7LH&gt;');
    // The only Slack control sequences are the ones the tool writes: the issue and run links.
    expect(joined.match(/<[^>]*>/g)).toEqual(['<https://github.com/acme/infra/issues/7|acme/infra#7>', '<https://github.com/acme/infra/actions/runs/42|workflow run>']);
    // Mentions and links are not parsed from text objects either.
    const objects = (message.blocks as Array<{ text?: { verbatim?: boolean }; fields?: Array<{ verbatim?: boolean }> }>).flatMap((b) => [b.text, ...(b.fields ?? [])]).filter(Boolean);
    expect(objects.every((o) => o!.verbatim === true)).toBe(true);
  });

  it('planted secrets, built at run time, reach no payload, header or issue state', async () => {
    const piece = (...parts: string[]) => parts.join('');
    const planted = { env: piece('Qx7v', 'Lp2m', 'Wz9k-pw'), command: piece('S3cr', 'et-Aq', 'gZm7!'), label: piece('Lbl-', 'Tok3n', '-v4lue'), splunk: piece('B5e1', 'c2d4', '-9f0a-', '4c3b') };
    const state = [{ name: 'app', image: 'app:1', environment: [{ name: 'DB_PASSWORD', value: 'old-value-1' }], command: ['serve'], dockerLabels: { team: 'api' }, logConfiguration: { logDriver: 'splunk', options: {} } }];
    const live = [{ name: 'app', image: 'app:2', environment: [{ name: 'DB_PASSWORD', value: planted.env }], command: ['serve', `--password=${planted.command}`], dockerLabels: { team: 'api', api_key: planted.label }, logConfiguration: { logDriver: 'splunk' as const, options: { 'splunk-token': planted.splunk } } }];
    const context: ClassificationContext = { resourceType: 'aws_ecs_task_definition', address: 'aws_ecs_task_definition.app', ignoreChanges: [], expected: [], ignore: [] };
    const differences = compareViews(
      taskDefinitionView({ family: 'app', network_mode: 'awsvpc', container_definitions: JSON.stringify(state) }),
      taskDefinitionView(liveTaskDefinitionAsState({ family: 'app', networkMode: 'awsvpc', containerDefinitions: live }, [])),
    ).map((d) => classifyDifference(d, context));
    const result = drifted('aws_ecs_task_definition.app', 'modules/app', differences, { type: 'aws_ecs_task_definition' });
    const opened = await sync([result]);
    await send(opened.notifications);
    expect(receiver.slackMessages).toHaveLength(1);
    expect(receiver.webhookDeliveries).toHaveLength(1);
    const state64 = issueBody(result).split('\n').filter((l) => l.startsWith('<!-- drift-guard:notify:')).map((l) => Buffer.from(l.slice(24, -4), 'base64').toString('utf8'));
    const outputs = [...receiver.slackMessages, ...receiver.webhookDeliveries].map((m) => `${m.raw}\n${JSON.stringify(m.headers)}`).concat(state64);
    const leaks: string[] = [];
    for (const [name, secret] of Object.entries(planted)) {
      const hash = createHash('sha256').update(secret).digest('hex').slice(0, 12);
      for (const text of outputs) {
        for (let i = 0; i + 5 <= secret.length; i++) if (text.includes(secret.slice(i, i + 5))) leaks.push(`a piece of ${name}`);
        if (text.includes(hash)) leaks.push(`a hash of ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // Not vacuous: the messages do name the secret-bearing attributes that changed.
    const webhook = receiver.webhookDeliveries[0]!.body as { attributes: string[]; classes: string[] };
    expect(webhook.classes).toContain('security');
    expect(webhook.attributes).toEqual(expect.arrayContaining(['container_definitions[app].environment[DB_PASSWORD]', 'container_definitions[app].command']));
    expect(state64.join('')).toContain('environment[DB_PASSWORD]');
  });
});
