// Issues (pull requests included, as on GitHub), labels, assignees and issue comments.
import type { Json } from './openapi.js';
import { renderIssue, renderIssueComment, renderLabel } from './representations.js';
import {
  checkBodyLength,
  integer,
  notFound,
  now,
  paginate,
  requireActor,
  sameLogin,
  validationFailed,
  type Handler,
  type RequestContext,
} from './request-context.js';
import { collaboratorPermission, nextId, type IssueCommentRecord, type IssueRecord, type LabelRecord } from './state.js';

function issueOf(ctx: RequestContext): IssueRecord {
  const issue = ctx.state.issues.find((i) => i.number === integer(ctx.path['issue_number']));
  if (!issue) notFound(ctx);
  return issue;
}

function labelNames(value: Json | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((l) => (typeof l === 'string' ? l : String((l as { name?: Json }).name ?? '')));
}

/** Labels named on an issue that do not exist yet are created, as GitHub does. */
function ensureLabels(ctx: RequestContext, names: string[]): string[] {
  return names.map((name) => {
    const existing = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    if (existing) return existing.name;
    ctx.state.labels.push({ id: nextId(ctx.state), name, color: 'ededed', description: null, default: false });
    return name;
  });
}

export function isAssignable(ctx: RequestContext, login: string): boolean {
  return collaboratorPermission(ctx.state, login) !== undefined;
}

function assigneesFrom(ctx: RequestContext, resource: string): string[] | undefined {
  const list = ctx.body['assignees'] as string[] | undefined;
  const single = ctx.body['assignee'] as string | null | undefined;
  const logins = list ?? (single === undefined ? undefined : single === null ? [] : [single]);
  if (logins === undefined) return undefined;
  for (const login of logins) {
    if (!isAssignable(ctx, login)) validationFailed(ctx, [{ value: login, resource, field: 'assignees', code: 'invalid' }]);
  }
  // GitHub keeps at most 10 assignees per issue.
  return [...new Set(logins)].slice(0, 10);
}

function applyState(ctx: RequestContext, issue: IssueRecord, login: string): void {
  const state = ctx.body['state'] as 'open' | 'closed' | undefined;
  const reason = ctx.body['state_reason'] as IssueRecord['stateReason'] | undefined;
  if (state === 'closed' && issue.state !== 'closed') {
    issue.state = 'closed';
    issue.closedAt = now(ctx);
    issue.closedBy = login;
    issue.stateReason = reason ?? 'completed';
  } else if (state === 'open' && issue.state !== 'open') {
    issue.state = 'open';
    issue.closedAt = null;
    issue.stateReason = 'reopened';
  } else if (reason !== undefined && reason !== null) {
    issue.stateReason = reason;
  }
  const pull = issue.isPullRequest ? ctx.state.pulls.find((p) => p.number === issue.number) : undefined;
  if (pull) {
    pull.state = issue.state;
    pull.closedAt = issue.closedAt;
  }
}

function commentOf(ctx: RequestContext): IssueCommentRecord {
  const comment = ctx.state.issueComments.find((c) => c.id === integer(ctx.path['comment_id']));
  if (!comment) notFound(ctx);
  return comment;
}

function labelOf(ctx: RequestContext): LabelRecord {
  const name = String(ctx.path['name']);
  const label = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
  if (!label) notFound(ctx);
  return label;
}

function issueLabels(ctx: RequestContext, issue: IssueRecord): Json {
  return issue.labels.flatMap((name) => {
    const label = ctx.state.labels.find((l) => l.name === name);
    return label ? [renderLabel(ctx, label)] : [];
  });
}

function matchesAssignee(issue: IssueRecord, assignee: string | undefined): boolean {
  if (assignee === undefined) return true;
  if (assignee === '*') return issue.assignees.length > 0;
  if (assignee === 'none') return issue.assignees.length === 0;
  return issue.assignees.some((a) => sameLogin(a, assignee));
}

export const issueRoutes: Record<string, Handler> = {
  'issues/create': (ctx) => {
    const actor = requireActor(ctx);
    checkBodyLength(ctx, 'Issue', ctx.body['body']);
    // Check everything before storing anything: a bad assignee leaves no issue and no labels behind.
    const assignees = assigneesFrom(ctx, 'Issue') ?? [];
    const labels = ensureLabels(ctx, labelNames(ctx.body['labels']));
    const at = now(ctx);
    const issue: IssueRecord = {
      number: ctx.state.nextNumber++,
      id: nextId(ctx.state),
      title: String(ctx.body['title']),
      body: (ctx.body['body'] as string | null | undefined) ?? null,
      author: actor.login,
      state: 'open',
      stateReason: null,
      labels,
      assignees,
      locked: false,
      createdAt: at,
      updatedAt: at,
      closedAt: null,
      closedBy: null,
      isPullRequest: false,
    };
    ctx.state.issues.push(issue);
    return { status: 201, body: renderIssue(ctx, issue) };
  },
  'issues/get': (ctx) => ({ status: 200, body: renderIssue(ctx, issueOf(ctx)) }),
  'issues/update': (ctx) => {
    const actor = requireActor(ctx);
    const issue = issueOf(ctx);
    checkBodyLength(ctx, 'Issue', ctx.body['body']);
    const assignees = assigneesFrom(ctx, 'Issue');
    if (ctx.body['title'] !== undefined && ctx.body['title'] !== null) issue.title = String(ctx.body['title']);
    if (ctx.body['body'] !== undefined) issue.body = ctx.body['body'] as string | null;
    if (ctx.body['labels'] !== undefined) issue.labels = ensureLabels(ctx, labelNames(ctx.body['labels']));
    if (assignees !== undefined) issue.assignees = assignees;
    applyState(ctx, issue, actor.login);
    issue.updatedAt = now(ctx);
    return { status: 200, body: renderIssue(ctx, issue) };
  },
  'issues/list-for-repo': (ctx) => {
    const state = (ctx.query['state'] as string | undefined) ?? 'open';
    const labels = typeof ctx.query['labels'] === 'string' ? ctx.query['labels'].split(',').map((l) => l.trim().toLowerCase()).filter(Boolean) : [];
    const assignee = ctx.query['assignee'] as string | undefined;
    const creator = ctx.query['creator'] as string | undefined;
    const since = ctx.query['since'] as string | undefined;
    const issues = ctx.state.issues.filter(
      (i) =>
        (state === 'all' || i.state === state) &&
        labels.every((l) => i.labels.some((name) => name.toLowerCase() === l)) &&
        matchesAssignee(i, assignee) &&
        (creator === undefined || sameLogin(i.author, creator)) &&
        (since === undefined || i.updatedAt >= since),
    );
    const key = ctx.query['sort'] === 'updated' ? 'updatedAt' : 'createdAt';
    const direction = ctx.query['direction'] === 'asc' ? 1 : -1;
    issues.sort((a, b) => direction * (a[key].localeCompare(b[key]) || a.number - b.number));
    return paginate(ctx, issues, (i) => renderIssue(ctx, i));
  },
  'issues/add-labels': (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const names = ensureLabels(ctx, labelNames((ctx.body['labels'] as Json | undefined) ?? (ctx.body as unknown as Json)));
    for (const name of names) if (!issue.labels.includes(name)) issue.labels.push(name);
    issue.updatedAt = now(ctx);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  'issues/set-labels': (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    issue.labels = ensureLabels(ctx, labelNames(ctx.body['labels']));
    issue.updatedAt = now(ctx);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  'issues/remove-label': (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const name = String(ctx.path['name']).toLowerCase();
    if (!issue.labels.some((l) => l.toLowerCase() === name)) notFound(ctx);
    issue.labels = issue.labels.filter((l) => l.toLowerCase() !== name);
    return { status: 200, body: issueLabels(ctx, issue) };
  },
  'issues/list-labels-on-issue': (ctx) => {
    const issue = issueOf(ctx);
    return paginate(ctx, issue.labels, (name) => renderLabel(ctx, ctx.state.labels.find((l) => l.name === name)!));
  },
  'issues/add-assignees': (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    // Unlike create, this endpoint silently ignores users who cannot be assigned.
    for (const login of (ctx.body['assignees'] as string[] | undefined) ?? []) {
      if (isAssignable(ctx, login) && !issue.assignees.some((a) => sameLogin(a, login)) && issue.assignees.length < 10) issue.assignees.push(login);
    }
    issue.updatedAt = now(ctx);
    return { status: 201, body: renderIssue(ctx, issue) };
  },
  'issues/remove-assignees': (ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx);
    const remove = (ctx.body['assignees'] as string[] | undefined) ?? [];
    issue.assignees = issue.assignees.filter((a) => !remove.some((r) => sameLogin(r, a)));
    issue.updatedAt = now(ctx);
    return { status: 200, body: renderIssue(ctx, issue) };
  },
  'issues/check-user-can-be-assigned': (ctx) => {
    if (!isAssignable(ctx, String(ctx.path['assignee']))) notFound(ctx);
    return { status: 204 };
  },
  'issues/list-comments': (ctx) => {
    const issue = issueOf(ctx);
    const since = ctx.query['since'] as string | undefined;
    const comments = ctx.state.issueComments.filter((c) => c.issueNumber === issue.number && (since === undefined || c.updatedAt >= since));
    return paginate(ctx, comments, (c) => renderIssueComment(ctx, c));
  },
  'issues/create-comment': (ctx) => {
    const actor = requireActor(ctx);
    const issue = issueOf(ctx);
    checkBodyLength(ctx, 'IssueComment', ctx.body['body']);
    const at = now(ctx);
    const comment: IssueCommentRecord = { id: nextId(ctx.state), issueNumber: issue.number, user: actor.login, body: String(ctx.body['body']), createdAt: at, updatedAt: at };
    ctx.state.issueComments.push(comment);
    issue.updatedAt = at;
    return { status: 201, body: renderIssueComment(ctx, comment) };
  },
  'issues/get-comment': (ctx) => ({ status: 200, body: renderIssueComment(ctx, commentOf(ctx)) }),
  'issues/update-comment': (ctx) => {
    requireActor(ctx);
    const comment = commentOf(ctx);
    checkBodyLength(ctx, 'IssueComment', ctx.body['body']);
    comment.body = String(ctx.body['body']);
    comment.updatedAt = now(ctx);
    return { status: 200, body: renderIssueComment(ctx, comment) };
  },
  'issues/delete-comment': (ctx) => {
    requireActor(ctx);
    const comment = commentOf(ctx);
    ctx.state.issueComments = ctx.state.issueComments.filter((c) => c.id !== comment.id);
    return { status: 204 };
  },
  'issues/create-label': (ctx) => {
    requireActor(ctx);
    const name = String(ctx.body['name']);
    if (ctx.state.labels.some((l) => l.name.toLowerCase() === name.toLowerCase())) {
      validationFailed(ctx, [{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    }
    const color = String(ctx.body['color'] ?? 'ededed').replace(/^#/, '');
    if (!/^[0-9a-fA-F]{6}$/.test(color)) validationFailed(ctx, [{ resource: 'Label', code: 'invalid', field: 'color' }]);
    const label: LabelRecord = { id: nextId(ctx.state), name, color: color.toLowerCase(), description: (ctx.body['description'] as string | undefined) ?? null, default: false };
    ctx.state.labels.push(label);
    return { status: 201, body: renderLabel(ctx, label) };
  },
  'issues/get-label': (ctx) => ({ status: 200, body: renderLabel(ctx, labelOf(ctx)) }),
  'issues/update-label': (ctx) => {
    requireActor(ctx);
    const label = labelOf(ctx);
    if (typeof ctx.body['new_name'] === 'string') label.name = ctx.body['new_name'];
    if (typeof ctx.body['color'] === 'string') label.color = ctx.body['color'].replace(/^#/, '').toLowerCase();
    if (ctx.body['description'] !== undefined) label.description = (ctx.body['description'] as string | null) ?? null;
    return { status: 200, body: renderLabel(ctx, label) };
  },
  'issues/list-labels-for-repo': (ctx) => paginate(ctx, ctx.state.labels, (l) => renderLabel(ctx, l)),
};
