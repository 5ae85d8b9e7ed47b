// Control-plane changes (account settings, container instances, attributes) seen in real time:
// one issue per subject (a cluster, or the account's settings in a region), for the owners of the
// module that declares the cluster, else the config's `realtime.owners`. Found like drift issues
// (label + the bot's marker); each call is listed once, by its CloudTrail event id, so a replayed
// event writes nothing.
import type { Logger } from '../logger.js';
import type { ControlPlaneChange } from '../drift/check-ecs-changes.js';
import { inlineCode, escapeMarkdown, truncateText } from '../report/markdown-escape.js';
import { ownersOf, type CodeownersFile } from '../ownership/codeowners.js';
import type { GitHubClient } from './client.js';
import { AssigneeResolver, DRIFT_ISSUE_LABEL, UNOWNED_ISSUE_LABEL, assignPendingOwners, createIssueOnce, driftFingerprint, driftMarker, listDriftIssues, withOwnersPending } from './drift-issues.js';
import { MAX_COMMENT_BODY_CHARS } from './review.js';
import { carryNotification, controlPlaneNotification, pendingOf, withNotification, type NotifyOptions, type PendingNotification } from '../notify/notification.js';

const EVENTS_PREFIX = '<!-- drift-guard:control-plane-events:';
/** Calls listed in the body; older ones stay in the issue's comments. */
const MAX_LISTED = 50;

export interface SyncControlPlaneInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  changes: ControlPlaneChange[];
  codeowners: CodeownersFile | null;
  /** `realtime.owners` from the config: who hears of changes no module declares. */
  fallbackOwners: string[];
  ownersTeamMembers?: (team: string) => Promise<string[] | null>;
  botLogin: string;
  runUrl?: string;
  /** Channels and events to notify of issues opened or reopened (issue 17); absent: no message. */
  notify?: NotifyOptions;
}

export interface SyncControlPlaneResult {
  created: number;
  updated: number;
  reopened: number;
  unchanged: number;
  issues: { key: string; number: number; url: string }[];
  /** Messages to send: issues opened or reopened now, and open ones whose message is still pending. */
  notifications: PendingNotification[];
}

type Listed = ControlPlaneChange['changes'][number];

function fingerprintOf(change: ControlPlaneChange): string {
  return driftFingerprint({ stateFile: 'control-plane', address: change.key });
}

function recordedIds(body: string): Set<string> {
  const line = body.split('\n').find((l) => l.startsWith(EVENTS_PREFIX));
  if (!line) return new Set();
  try {
    const ids: unknown = JSON.parse(Buffer.from(line.slice(EVENTS_PREFIX.length, -' -->'.length), 'base64').toString('utf8'));
    return new Set(Array.isArray(ids) ? ids.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

function row(c: Listed): string {
  const e = c.event;
  const session = e.sessionName ? `, session ${inlineCode(truncateText(e.sessionName, 100))}` : '';
  const ip = c.sourceIp ? ` from ${inlineCode(c.sourceIp)}` : '';
  return `- ${inlineCode(e.eventTime)}: ${inlineCode(e.eventName)}: ${escapeMarkdown(truncateText(c.what, 300))}, by ${inlineCode(truncateText(e.principal, 200))}${session} via ${escapeMarkdown(e.source)}${ip} (CloudTrail event ${inlineCode(e.eventId)})`;
}

function subjectOf(change: ControlPlaneChange): string {
  return change.cluster ? `cluster ${inlineCode(change.cluster)}` : `the ECS account settings of ${inlineCode(change.account)}`;
}

export function controlPlaneTitle(change: ControlPlaneChange): string {
  return truncateText(`ECS control-plane change: ${change.cluster ? `cluster ${change.cluster}` : `account settings`} in ${change.region}`.replace(/\s+/g, ' '), 250);
}

/** `rows` are the calls' list lines, newest first (`row()`). */
export function renderControlPlaneBody(change: ControlPlaneChange, rows: string[], ids: string[], owners: string[], why: string): string {
  const lines = [
    driftMarker(fingerprintOf(change)),
    `## ECS control-plane change: ${subjectOf(change)} (${inlineCode(change.region)})`,
    '',
    'Someone changed the ground the workloads run on, outside Terraform. Least privilege says only the pipeline should change ECS: check that each call below was intended.',
    '',
    `- **Account:** ${inlineCode(change.account)} · **Region:** ${inlineCode(change.region)}`,
    change.file ? `- **Cluster declared in:** ${inlineCode(`${change.file}:${change.line ?? 1}`)}` : `- **Cluster declared in:** no module this repository checks`,
    `- **Owners:** ${owners.length ? owners.join(', ') : 'none'} (${escapeMarkdown(why)})`,
    '',
    '### Calls (newest first)',
    '',
    ...rows.slice(0, MAX_LISTED),
    ...(rows.length > MAX_LISTED ? [`- … and earlier calls (see the comments)`] : []),
    '',
    'Close this issue once the changes are understood; a later change reopens it.',
    `${EVENTS_PREFIX}${Buffer.from(JSON.stringify(ids.slice(-500)), 'utf8').toString('base64')} -->`,
  ];
  const body = lines.join('\n') + '\n';
  return body.length < MAX_COMMENT_BODY_CHARS ? body : truncateText(body, MAX_COMMENT_BODY_CHARS - 1);
}

function route(change: ControlPlaneChange, input: SyncControlPlaneInput): { owners: string[]; why: string } {
  if (change.file && input.codeowners) {
    const owners = ownersOf(input.codeowners, change.file);
    if (owners.length) return { owners, why: `CODEOWNERS of ${change.file}` };
  }
  if (input.fallbackOwners.length) return { owners: input.fallbackOwners, why: '`realtime.owners` in the config' };
  return { owners: [], why: change.file ? `no CODEOWNERS rule matches ${change.file}, and the config sets no realtime.owners` : 'no module declares the cluster, and the config sets no realtime.owners' };
}

/** The calls an earlier run listed, kept below the new ones. */
function listedCalls(body: string | undefined): string[] {
  return (body ?? '').split('\n').filter((l) => l.startsWith('- `') && l.endsWith('`)') && l.includes('(CloudTrail event '));
}

export async function syncControlPlaneIssues(input: SyncControlPlaneInput): Promise<SyncControlPlaneResult> {
  const { client, owner, repo, logger } = input;
  const result: SyncControlPlaneResult = { created: 0, updated: 0, reopened: 0, unchanged: 0, issues: [], notifications: [] };
  if (input.changes.length === 0) return result;
  const existing = await listDriftIssues(client, { owner, repo, botLogin: input.botLogin });
  const resolver = new AssigneeResolver(input);
  for (const change of input.changes) {
    const issue = existing.get(fingerprintOf(change));
    const known = issue ? recordedIds(issue.body) : new Set<string>();
    const fresh = change.changes.filter((c) => !known.has(c.event.eventId)).sort((a, b) => b.event.eventTime.localeCompare(a.event.eventTime));
    const { owners, why } = route(change, input);
    // Owners the run that opened the issue could not route are assigned now, when they can be.
    const pendingOwners = issue ? await assignPendingOwners(input, resolver, issue, owners) : { changed: false, pending: false };
    const ids = [...known, ...fresh.map((c) => c.event.eventId)];
    const renderBody = () => {
      const text = renderControlPlaneBody(change, [...fresh.map(row), ...listedCalls(issue?.body)], ids, owners, why);
      return pendingOwners.pending ? withOwnersPending(text) : text;
    };
    if (fresh.length === 0) {
      if (issue && pendingOwners.changed) {
        await client.rest.issues.update({ owner, repo, issue_number: issue.number, body: carryNotification(issue.body, renderBody()) });
        result.updated++;
      } else {
        result.unchanged++;
      }
      if (issue) result.issues.push({ key: change.key, number: issue.number, url: issue.url });
      continue;
    }
    const rendered = renderBody();
    // Opening and reopening carry their message in the same write; an edit keeps the earlier one's state.
    const notification = !issue || issue.state === 'closed' ? controlPlaneNotification({ change, action: issue ? 'reopened' : 'opened', title: controlPlaneTitle(change), owners, options: input.notify }) : null;
    const body = notification ? withNotification(rendered, notification) : issue ? carryNotification(issue.body, rendered) : rendered;
    if (!issue) {
      const assignees = await resolver.assignees(owners);
      const labels = owners.length ? [DRIFT_ISSUE_LABEL] : [DRIFT_ISSUE_LABEL, UNOWNED_ISSUE_LABEL];
      // Exactly once: a create whose answer was lost is looked for by its marker before it is retried.
      const created = await createIssueOnce(input, fingerprintOf(change), { owner, repo, title: controlPlaneTitle(change), body: assignees.length ? body : withOwnersPending(body), labels, ...(assignees.length ? { assignees } : {}) });
      result.created++;
      result.issues.push({ key: change.key, number: created.number, url: created.url });
      if (notification) result.notifications.push({ number: created.number, url: created.url, notification });
      continue;
    }
    await client.rest.issues.update({ owner, repo, issue_number: issue.number, body, ...(issue.state === 'closed' ? { state: 'open' as const } : {}) });
    await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: [issue.state === 'closed' ? '🔁 New control-plane changes; reopening.' : '➕ New control-plane changes:', '', ...fresh.map(row)].join('\n') });
    if (issue.state === 'closed') result.reopened++;
    else result.updated++;
    result.issues.push({ key: change.key, number: issue.number, url: issue.url });
    if (notification) result.notifications.push({ number: issue.number, url: issue.url, notification });
  }
  if (input.notify) {
    const queued = new Set(result.notifications.map((p) => p.number));
    // Only this run's subjects: concurrent runs for other clusters retry their own.
    const mine = new Set(input.changes.map(fingerprintOf));
    for (const [fingerprint, issue] of existing) {
      if (queued.has(issue.number) || !mine.has(fingerprint)) continue;
      const pending = pendingOf(issue);
      if (pending) result.notifications.push(pending);
    }
  }
  logger.info(`Control-plane issues: ${result.created} opened, ${result.updated} updated, ${result.reopened} reopened, ${result.unchanged} unchanged.`);
  return result;
}
