// Notifications beyond issues (issue 17 point 5): one message per issue opened or reopened, to a
// Slack incoming webhook and/or a generic JSON webhook. What a message says is decided when the
// issue is opened or reopened and kept in the issue's hidden state, in the same write, together
// with the channels that still have to hear of it. The Notifications phase sends the pending ones
// and records the outcome in the issue, so a re-run or a replayed event sends nothing new and a
// message whose delivery is uncertain is never resent blindly (see send-notifications.ts).
//
// Secret safety: a notification is built from names only (address, type, ARN, attribute paths,
// owners, the principal of the call); no expected or live value of any difference ever enters it,
// so the secret placeholders of drift/resources/shared.ts are not even needed here.
import { createHash } from 'node:crypto';
import type { ControlPlaneChange } from '../drift/check-ecs-changes.js';
import type { Attribution, AttributedEvent, DriftResult } from '../report/model.js';
import { stripInvisible, truncateText } from '../report/markdown-escape.js';

export const NOTIFY_CHANNELS = ['slack', 'webhook'] as const;
export type NotifyChannel = (typeof NOTIFY_CHANNELS)[number];

/** What an issue is about, as the config's `notifications.events` names it. */
export const NOTIFY_EVENTS = ['security-drift', 'config-drift', 'missing', 'unmanaged', 'control-plane'] as const;
export type NotifyEvent = (typeof NOTIFY_EVENTS)[number];
/** Issue 17: new security drift and control-plane changes; a service a person created outside Terraform is security drift too. */
export const DEFAULT_NOTIFY_EVENTS: NotifyEvent[] = ['security-drift', 'unmanaged', 'control-plane'];

/** Passed to the issue syncs when at least one channel is configured. */
export interface NotifyOptions {
  channels: NotifyChannel[];
  events: NotifyEvent[];
  now: Date;
  runUrl?: string;
}

export interface NotifiedCall {
  eventName: string;
  eventTime: string;
  principal: string;
  sessionName?: string;
  eventId: string;
}

/** One message, as stored (base64 JSON) in the issue it is about. */
export interface Notification {
  v: 1;
  /** Stable per issue transition: the same id on every attempt, so a receiver can deduplicate. */
  id: string;
  event: NotifyEvent;
  action: 'opened' | 'reopened';
  /** When the transition happened (ISO 8601). */
  at: string;
  title: string;
  resource?: { address: string; type: string; id: string; module: string; stateFile: string; region?: string };
  controlPlane?: { account: string; region: string; cluster?: string };
  /** Classes of the material differences (security first). */
  classes: Array<'security' | 'config'>;
  /** Paths of the differing attributes (names only, never values), at most MAX_ATTRIBUTES. */
  attributes: string[];
  moreAttributes: number;
  owners: string[];
  /** The newest call that changed it, when known (event mode, CloudTrail attribution). */
  changedBy?: NotifiedCall;
  run?: string;
  /** Channels still to send to. */
  pending: NotifyChannel[];
  delivered: NotifyChannel[];
  /** Sent, but no answer came back (5xx, timeout): possibly delivered, so never resent. */
  uncertain: NotifyChannel[];
}

const PREFIX = '<!-- drift-guard:notify:';
const MAX_ATTRIBUTES = 10;
const MAX_TEXT = 300;

function clean(text: string, max = MAX_TEXT): string {
  return truncateText(stripInvisible(text).replace(/\s+/g, ' '), max);
}

export function notifyEventOf(result: DriftResult): NotifyEvent | null {
  if (result.status === 'missing') return 'missing';
  if (result.status === 'unmanaged') return 'unmanaged';
  if (result.status !== 'drifted') return null;
  if (result.differences.some((d) => d.class === 'security')) return 'security-drift';
  if (result.differences.some((d) => d.class === 'config')) return 'config-drift';
  return null;
}

function deliveryId(subject: string, action: string, at: string): string {
  return createHash('sha256').update(`${subject}\n${action}\n${at}`).digest('hex').slice(0, 32);
}

function call(e: AttributedEvent): NotifiedCall {
  return { eventName: clean(e.eventName, 100), eventTime: e.eventTime, principal: clean(e.principal, 200), ...(e.sessionName ? { sessionName: clean(e.sessionName, 100) } : {}), eventId: clean(e.eventId, 100) };
}

function newest(attribution: Attribution | undefined): NotifiedCall | undefined {
  const e = attribution?.status === 'found' ? attribution.events[0] : undefined;
  return e ? call(e) : undefined;
}

/** The message for a drift issue that was just opened or reopened; null when the config does not ask for it. */
export function driftNotification(input: {
  result: DriftResult;
  action: Notification['action'];
  title: string;
  owners: string[];
  attribution?: Attribution;
  options: NotifyOptions | undefined;
}): Notification | null {
  const { result, options } = input;
  const event = notifyEventOf(result);
  if (!options || options.channels.length === 0 || !event || !options.events.includes(event)) return null;
  const material = result.differences.filter((d) => d.class === 'security' || d.class === 'config');
  const security = material.filter((d) => d.class === 'security');
  const ordered = [...security, ...material.filter((d) => d.class !== 'security')];
  const paths = [...new Set(ordered.map((d) => clean(d.path, 200)))];
  const at = options.now.toISOString();
  return {
    v: 1,
    id: deliveryId(`${result.stateFile}\n${result.address}`, input.action, at),
    event,
    action: input.action,
    at,
    title: clean(input.title, 250),
    resource: {
      address: clean(result.address, 250),
      type: clean(result.type, 100),
      id: clean(result.id, 300),
      module: clean(result.module || '.', 200),
      stateFile: clean(result.stateFile, 300),
      ...(result.region ? { region: clean(result.region, 50) } : {}),
    },
    classes: [...(security.length ? ['security' as const] : []), ...(material.length > security.length ? ['config' as const] : [])],
    attributes: paths.slice(0, MAX_ATTRIBUTES),
    moreAttributes: Math.max(0, paths.length - MAX_ATTRIBUTES),
    owners: input.owners.map((o) => clean(o, 100)),
    ...(newest(input.attribution) ? { changedBy: newest(input.attribution) } : {}),
    ...(options.runUrl ? { run: options.runUrl } : {}),
    pending: [...options.channels],
    delivered: [],
    uncertain: [],
  };
}

/** The message for a control-plane issue that was just opened or reopened. */
export function controlPlaneNotification(input: { change: ControlPlaneChange; action: Notification['action']; title: string; owners: string[]; options: NotifyOptions | undefined }): Notification | null {
  const { change, options } = input;
  if (!options || options.channels.length === 0 || !options.events.includes('control-plane')) return null;
  const latest = [...change.changes].sort((a, b) => b.event.eventTime.localeCompare(a.event.eventTime))[0];
  const at = options.now.toISOString();
  return {
    v: 1,
    id: deliveryId(`control-plane\n${change.key}`, input.action, at),
    event: 'control-plane',
    action: input.action,
    at,
    title: clean(input.title, 250),
    controlPlane: { account: clean(change.account, 20), region: clean(change.region, 50), ...(change.cluster ? { cluster: clean(change.cluster, 255) } : {}) },
    classes: [],
    // What each call did ("1 container instance(s) set to DRAINING"), newest first: no values of settings beyond their names.
    attributes: [...new Set(change.changes.map((c) => clean(`${c.event.eventName}: ${c.what}`, 200)))].slice(0, MAX_ATTRIBUTES),
    moreAttributes: Math.max(0, new Set(change.changes.map((c) => `${c.event.eventName}: ${c.what}`)).size - MAX_ATTRIBUTES),
    owners: input.owners.map((o) => clean(o, 100)),
    ...(latest ? { changedBy: call(latest.event) } : {}),
    ...(options.runUrl ? { run: options.runUrl } : {}),
    pending: [...options.channels],
    delivered: [],
    uncertain: [],
  };
}

// ---------------------------------------------------------------------------------------------
// The hidden state in the issue body

export function encodeNotification(n: Notification): string {
  return `${PREFIX}${Buffer.from(JSON.stringify(n), 'utf8').toString('base64')} -->`;
}

export function decodeNotification(body: string): Notification | null {
  const line = body.split('\n').find((l) => l.startsWith(PREFIX) && l.endsWith(' -->'));
  if (!line) return null;
  try {
    const n = JSON.parse(Buffer.from(line.slice(PREFIX.length, -' -->'.length), 'base64').toString('utf8')) as Notification;
    const channels = (x: unknown) => Array.isArray(x) && x.every((c) => (NOTIFY_CHANNELS as readonly unknown[]).includes(c));
    return n && n.v === 1 && typeof n.id === 'string' && channels(n.pending) && channels(n.delivered) && channels(n.uncertain) ? n : null;
  } catch {
    return null;
  }
}

/** The body with its notification line set to `n` (or removed with null), everything else unchanged. */
export function withNotification(body: string, n: Notification | null): string {
  const lines = body.replace(/\n$/, '').split('\n').filter((l) => !l.startsWith(PREFIX));
  if (n) lines.push(encodeNotification(n));
  return `${lines.join('\n')}\n`;
}

/** A freshly rendered body keeps the notification state of the body it replaces. */
export function carryNotification(oldBody: string, newBody: string): string {
  const n = decodeNotification(oldBody);
  return n ? withNotification(newBody, n) : newBody;
}

/** An issue whose notification still has channels to send to. */
export interface PendingNotification {
  number: number;
  url: string;
  notification: Notification;
}

export function pendingOf(issue: { number: number; url: string; state: 'open' | 'closed'; body: string }): PendingNotification | null {
  if (issue.state !== 'open') return null;
  const n = decodeNotification(issue.body);
  return n && n.pending.length > 0 ? { number: issue.number, url: issue.url, notification: n } : null;
}
