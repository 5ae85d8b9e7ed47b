// The Notifications phase: sends each pending message (notification.ts) once, and records the
// outcome in the issue it is about.
//
// Exactly once, and why a lost answer is not resent:
// - The message is tied to the issue's open/reopen transition: it is written into the issue's
//   hidden state by the same request that opens or reopens the issue, so a re-run or a replayed
//   event, which finds the issue already open, has nothing new to send.
// - After a send, the issue's state says `delivered` (2xx; Slack answers `ok`), stays `pending`
//   when the receiver refused it for sure (4xx, 429 after the allowed waits, a connection that
//   was never made): a later run sends it again, or `uncertain` when the request went out and no
//   answer came back (5xx, a timeout, a reset connection). Slack may have posted an uncertain
//   message (a 5xx can follow delivery), and Slack has no idempotency key, so it is never resent:
//   at most one duplicate-free message, and the phase fails naming it so a person can check.
//   The generic webhook carries the same delivery id on every attempt (X-Drift-Guard-Delivery).
// - Failures fail this phase only: the issues and the reports were published before it runs.
// Nothing here logs or returns a webhook URL or the signing secret.
import type { Logger } from '../logger.js';
import type { GitHubClient } from '../github/client.js';
import { httpStatus } from '../github/client.js';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signatureOf, slackMessage, webhookPayload, type IssueLink } from './messages.js';
import { decodeNotification, withNotification, type Notification, type NotifyChannel, type NotifyOptions, type PendingNotification } from './notification.js';
import type { ActionSettings } from '../settings.js';

export interface NotificationTargets {
  slackWebhookUrl?: string;
  webhookUrl?: string;
  webhookSecret?: string;
}

export interface SendNotificationsInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  pending: PendingNotification[];
  targets: NotificationTargets;
  userAgent: string;
  now: () => Date;
  /** Injected for tests; default the global fetch. */
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Per request; default 10 s. */
  timeoutMs?: number;
  /** All Retry-After waits of the phase together; default 30 s. */
  maxWaitSeconds?: number;
}

export interface ChannelFailure {
  issue: number;
  channel: NotifyChannel;
  why: string;
  /** True when it may have been delivered (never resent). */
  uncertain: boolean;
}

export interface SendNotificationsResult {
  delivered: number;
  failures: ChannelFailure[];
  /** Channels pending but not configured in this run (left pending). */
  unconfigured: number;
}

type Answer = { kind: 'delivered' } | { kind: 'refused'; why: string } | { kind: 'uncertain'; why: string };

const CHANNEL_NAME: Record<NotifyChannel, string> = { slack: 'Slack', webhook: 'the webhook' };
/** Slack's error strings are short snake_case words (api.slack.com/messaging/webhooks#handling_errors). */
const SLACK_ERROR = /^[a-z_]{1,64}$/;
/** Connection errors that mean the request never left: safe to send again later. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'ERR_TLS_CERT_ALTNAME_INVALID']);

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  const code = cause?.code ?? (error as { code?: unknown })?.code;
  return typeof code === 'string' ? code : undefined;
}

function retryAfterSeconds(value: string | null): number {
  const seconds = Number(value);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : 1;
}

class Sender {
  private waitedSeconds = 0;
  constructor(private readonly input: SendNotificationsInput) {}

  private get maxWait(): number {
    return this.input.maxWaitSeconds ?? 30;
  }

  /** One POST, with Retry-After honoured on 429 while the phase's wait budget lasts. */
  async post(channel: NotifyChannel, url: string, body: string, headers: Record<string, string>): Promise<Answer> {
    const doFetch = this.input.fetch ?? fetch;
    const sleep = this.input.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        // Redirects are not followed: the message goes to the configured URL or nowhere.
        response = await doFetch(url, { method: 'POST', body, headers, redirect: 'manual', signal: AbortSignal.timeout(this.input.timeoutMs ?? 10_000) });
      } catch (error) {
        const code = errorCode(error);
        if (code && NOT_SENT.has(code)) return { kind: 'refused', why: `could not connect (${code})` };
        const timedOut = (error as Error)?.name === 'TimeoutError' || (error as Error)?.name === 'AbortError';
        return { kind: 'uncertain', why: timedOut ? `no answer within ${Math.round((this.input.timeoutMs ?? 10_000) / 1000)} s` : `the connection failed after sending (${code ?? 'network error'})` };
      }
      const text = (await response.text().catch(() => '')).trim();
      const said = channel === 'slack' && SLACK_ERROR.test(text) ? ` ${text}` : '';
      if (response.status >= 200 && response.status < 300) return { kind: 'delivered' };
      if (response.status === 429) {
        const wait = retryAfterSeconds(response.headers.get('retry-after'));
        if (attempt < 3 && this.waitedSeconds + wait <= this.maxWait) {
          this.waitedSeconds += wait;
          this.input.logger.info(`${CHANNEL_NAME[channel]} answered 429 (rate limited); retrying in ${wait} s.`);
          await sleep(wait * 1000);
          continue;
        }
        return { kind: 'refused', why: `${CHANNEL_NAME[channel]} answered 429${said} (rate limited; Retry-After ${wait} s is over this run's wait budget)` };
      }
      if (response.status >= 500) return { kind: 'uncertain', why: `${CHANNEL_NAME[channel]} answered ${response.status}${said}` };
      if (response.status >= 300 && response.status < 400) return { kind: 'refused', why: `${CHANNEL_NAME[channel]} answered ${response.status} (a redirect, not followed)` };
      return { kind: 'refused', why: `${CHANNEL_NAME[channel]} answered ${response.status}${said}` };
    }
  }

  send(channel: NotifyChannel, n: Notification, issue: IssueLink): Promise<Answer> | null {
    const { targets, userAgent } = this.input;
    if (channel === 'slack') {
      if (!targets.slackWebhookUrl) return null;
      return this.post('slack', targets.slackWebhookUrl, JSON.stringify(slackMessage(n, issue)), { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': userAgent });
    }
    if (!targets.webhookUrl) return null;
    const body = JSON.stringify(webhookPayload(n, issue, this.input.now()));
    const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', 'User-Agent': userAgent, [DELIVERY_HEADER]: n.id, [EVENT_HEADER]: n.event };
    if (targets.webhookSecret) headers[SIGNATURE_HEADER] = signatureOf(body, targets.webhookSecret);
    return this.post('webhook', targets.webhookUrl, body, headers);
  }
}

/** Sends every pending message; throws (failing the phase) when one was not delivered, after recording all outcomes. */
export async function sendNotifications(input: SendNotificationsInput): Promise<SendNotificationsResult> {
  const { client, owner, repo, logger } = input;
  const sender = new Sender(input);
  const result: SendNotificationsResult = { delivered: 0, failures: [], unconfigured: 0 };
  const seen = new Set<number>();
  for (const item of input.pending) {
    if (seen.has(item.number)) continue;
    seen.add(item.number);
    // The issue as it is now: another run may have sent the message or closed the issue meanwhile.
    let current: { body?: string | null; state: string; html_url: string };
    try {
      ({ data: current } = await client.rest.issues.get({ owner, repo, issue_number: item.number }));
    } catch (error) {
      if (httpStatus(error) === 404 || httpStatus(error) === 410) continue;
      throw error;
    }
    const stored = decodeNotification(current.body ?? '');
    if (current.state !== 'open' || !stored || stored.id !== item.notification.id || stored.pending.length === 0) {
      logger.info(`#${item.number}: nothing to send (the issue is ${current.state}${stored?.pending.length ? '' : ', its message is already sent'}).`);
      continue;
    }
    const issue: IssueLink = { repository: `${owner}/${repo}`, number: item.number, url: current.html_url };
    const next: Notification = { ...stored, pending: [], delivered: [...stored.delivered], uncertain: [...stored.uncertain] };
    for (const channel of stored.pending) {
      const sending = sender.send(channel, stored, issue);
      if (!sending) {
        result.unconfigured++;
        next.pending.push(channel);
        logger.warning(`#${item.number}: a ${CHANNEL_NAME[channel]} message is pending, but this run has no ${channel === 'slack' ? '`slack-webhook-url`' : '`webhook-url`'}; it stays pending.`);
        continue;
      }
      const answer = await sending;
      if (answer.kind === 'delivered') {
        next.delivered.push(channel);
        result.delivered++;
        logger.info(`#${item.number}: ${stored.event} ${stored.action}, sent to ${CHANNEL_NAME[channel]}.`);
      } else if (answer.kind === 'refused') {
        next.pending.push(channel);
        result.failures.push({ issue: item.number, channel, why: `${answer.why}; kept, a later run sends it again`, uncertain: false });
      } else {
        next.uncertain.push(channel);
        result.failures.push({ issue: item.number, channel, why: `${answer.why}; it may have been delivered, so it is not sent again`, uncertain: true });
      }
    }
    const body = withNotification(current.body ?? '', next);
    if (body !== current.body) await client.rest.issues.update({ owner, repo, issue_number: item.number, body });
  }
  logger.info(`Notifications: ${result.delivered} sent, ${result.failures.length} not delivered${result.unconfigured ? `, ${result.unconfigured} pending for a channel this run has no URL for` : ''}.`);
  if (result.failures.length > 0) {
    throw new Error(`${result.failures.length} notification(s) not delivered: ${result.failures.map((f) => `#${f.issue} ${f.channel}: ${f.why}`).join('; ')}`);
  }
  return result;
}

/** What the action's settings allow this run: the channels with a URL that the config does not turn off. */
export function notificationPlan(settings: Pick<ActionSettings, 'notificationTargets' | 'notifications' | 'now'>, runUrl: string | undefined): { options?: NotifyOptions; targets: NotificationTargets } {
  const { notificationTargets: all, notifications } = settings;
  // A channel the config turned off is not sent to, even for messages an earlier run left pending.
  const targets: NotificationTargets = {
    ...(all.slackWebhookUrl && notifications.slack ? { slackWebhookUrl: all.slackWebhookUrl } : {}),
    ...(all.webhookUrl && notifications.webhook ? { webhookUrl: all.webhookUrl, ...(all.webhookSecret ? { webhookSecret: all.webhookSecret } : {}) } : {}),
  };
  const channels: NotifyChannel[] = [...(targets.slackWebhookUrl ? (['slack'] as const) : []), ...(targets.webhookUrl ? (['webhook'] as const) : [])];
  return { targets, ...(channels.length ? { options: { channels, events: notifications.events, now: settings.now, ...(runUrl ? { runUrl } : {}) } } : {}) };
}
