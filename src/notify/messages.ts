// The two message formats: a Slack incoming-webhook message (Block Kit with a `text` fallback) and
// the generic webhook's JSON document (schema below, documented in the README).
import { createHmac } from 'node:crypto';
import type { Notification } from './notification.js';

/** Version 1 of the generic webhook's body; additions are backwards compatible, a change of meaning bumps it. */
export const WEBHOOK_SCHEMA = 'ecs-drift-guard/notification@1';
export const SIGNATURE_HEADER = 'X-Drift-Guard-Signature-256';
export const DELIVERY_HEADER = 'X-Drift-Guard-Delivery';
export const EVENT_HEADER = 'X-Drift-Guard-Event';

export interface IssueLink {
  repository: string;
  number: number;
  url: string;
}

/**
 * Slack reads `&`, `<` and `>` as control characters in text objects and asks for them as HTML
 * entities when they are meant literally (api.slack.com/reference/surfaces/formatting#escaping):
 * escaped, no live string (an address, a principal, an owner) can open a link or a mention.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Inline code in mrkdwn: a backtick inside would close it early. */
function code(text: string): string {
  return `\`${escapeSlack(text.replace(/`/g, "'"))}\``;
}

/** A link only for a plain http(s) URL: `|` and `>` would end Slack's `<url|label>` early. */
function slackLink(url: string, label: string): string {
  return /^https?:\/\/[^\s<>|]+$/.test(url) ? `<${url.replace(/&/g, '&amp;')}|${escapeSlack(label)}>` : escapeSlack(label);
}

const EVENT_LABEL: Record<Notification['event'], string> = {
  'security-drift': 'Security drift',
  'config-drift': 'Configuration drift',
  missing: 'Resource missing from AWS',
  unmanaged: 'Resource not managed by Terraform',
  'control-plane': 'ECS control-plane change',
};

/** Block Kit limits (api.slack.com/reference/block-kit/blocks#section): section text 3000, a field 2000 characters. */
function fit(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The Slack message. Text objects are `verbatim` so Slack does not auto-link URLs or parse
 * mentions in them (api.slack.com/reference/block-kit/composition-objects#text); owners are GitHub
 * handles, shown as code, never Slack mentions.
 */
export function slackMessage(n: Notification, issue: IssueLink): Record<string, unknown> {
  const what = n.action === 'opened' ? 'opened' : 'reopened';
  const subject = n.resource ? n.resource.address : n.controlPlane?.cluster ? `cluster ${n.controlPlane.cluster}` : `account settings of ${n.controlPlane?.account ?? '?'}`;
  const headline = `*${EVENT_LABEL[n.event]}* ${what}: ${slackLink(issue.url, `${issue.repository}#${issue.number}`)} ${escapeSlack(n.title)}`;
  const fields: string[] = [];
  if (n.resource) {
    fields.push(`*Resource*\n${code(n.resource.address)} (${code(n.resource.type)})`);
    fields.push(`*Module*\n${code(n.resource.module)}${n.resource.region ? ` · ${code(n.resource.region)}` : ''}`);
  } else if (n.controlPlane) {
    fields.push(`*Subject*\n${code(subject)}`);
    fields.push(`*Account · Region*\n${code(n.controlPlane.account)} · ${code(n.controlPlane.region)}`);
  }
  fields.push(`*Owners*\n${n.owners.length ? n.owners.map(code).join(', ') : 'none (no CODEOWNERS rule)'}`);
  if (n.classes.length) fields.push(`*Class*\n${n.classes.join(', ')}`);
  if (n.changedBy) fields.push(`*Changed by*\n${code(n.changedBy.principal)} (${code(n.changedBy.eventName)} at ${code(n.changedBy.eventTime)})`);
  const listed = n.attributes.map(code).join(', ') + (n.moreAttributes ? ` and ${n.moreAttributes} more` : '');
  const blocks: Record<string, unknown>[] = [
    { type: 'section', text: { type: 'mrkdwn', text: fit(headline, 3000), verbatim: true } },
    { type: 'section', fields: fields.map((f) => ({ type: 'mrkdwn', text: fit(f, 2000), verbatim: true })) },
  ];
  if (listed) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: fit(`*${n.resource ? 'Differs' : 'Calls'}:* ${listed}`, 3000), verbatim: true } });
  const context = [`ECS Drift Guard · ${escapeSlack(issue.repository)}`, ...(n.run ? [slackLink(n.run, 'workflow run')] : [])].join(' · ');
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: fit(context, 3000), verbatim: true }] });
  return {
    // The fallback that notifications and screen readers show (api.slack.com/messaging/webhooks).
    text: fit(`${EVENT_LABEL[n.event]} ${what}: ${escapeSlack(subject)} (${escapeSlack(`${issue.repository}#${issue.number}`)})`, 3000),
    blocks,
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** The generic webhook's body (README "Notifications"). */
export function webhookPayload(n: Notification, issue: IssueLink, sentAt: Date): Record<string, unknown> {
  return {
    schema: WEBHOOK_SCHEMA,
    delivery: n.id,
    event: n.event,
    action: n.action,
    occurredAt: n.at,
    sentAt: sentAt.toISOString(),
    repository: issue.repository,
    issue: { number: issue.number, url: issue.url, title: n.title },
    resource: n.resource ?? null,
    controlPlane: n.controlPlane ?? null,
    classes: n.classes,
    attributes: n.attributes,
    moreAttributes: n.moreAttributes,
    owners: n.owners,
    changedBy: n.changedBy ?? null,
    run: n.run ?? null,
  };
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as GitHub signs its webhooks (X-Hub-Signature-256). */
export function signatureOf(body: string, secret: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}
