// The repository itself, file contents, refs, commit statuses, check runs, the authenticated
// user and org team membership (single commits and comparisons: commit-routes.ts).
import type { Json } from './openapi.js';
import { renderCheckRun, renderRepository, renderStatus, renderTeam, renderUser, repoPath } from './representations.js';
import {
  checkBodyLength,
  fail,
  integer,
  notFound,
  now,
  paginate,
  requireActor,
  validationFailed,
  type Handler,
  type JsonObject,
  type RequestContext,
} from './request-context.js';
import { collaboratorPermission, findUser, gitBlobSha, nextId, resolveRef, type AnnotationRecord, type CheckRunRecord, type StatusRecord, type TeamRecord } from './state.js';

// "The Checks API limits the number of annotations to a maximum of 50 per API request."
const MAX_ANNOTATIONS_PER_REQUEST = 50;
// GitHub truncates nothing here: a status description over 140 characters is refused.
const MAX_STATUS_DESCRIPTION = 140;

function contentEntry(ctx: RequestContext, sha: string, path: string, content: string | undefined): JsonObject {
  const api = `${ctx.apiUrl}/repos/${repoPath(ctx)}/contents/${path}?ref=${sha}`;
  const isFile = content !== undefined;
  const blob = isFile ? gitBlobSha(content) : gitBlobSha(`tree:${path}`);
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/${isFile ? 'blob' : 'tree'}/${sha}/${path}`;
  const git = `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/${isFile ? 'blobs' : 'trees'}/${blob}`;
  return {
    type: isFile ? 'file' : 'dir',
    size: isFile ? Buffer.byteLength(content, 'utf8') : 0,
    name: path.split('/').pop()!,
    path,
    sha: blob,
    url: api,
    git_url: git,
    html_url: html,
    download_url: isFile ? `https://raw.githubusercontent.com/${repoPath(ctx)}/${sha}/${path}` : null,
    _links: { self: api, git, html },
  };
}

const getContent: Handler = (ctx) => {
  const ref = (ctx.query['ref'] as string | undefined) ?? ctx.state.repo.defaultBranch;
  const sha = resolveRef(ctx.state, ref);
  // GitHub answers an unknown ref with 404 "No commit found for the ref ...".
  if (!sha) fail(ctx, 404, `No commit found for the ref ${ref}`);
  const files = ctx.state.commits[sha]!.files;
  const path = String(ctx.path['path']).replace(/^\/+|\/+$/g, '');
  const content = files[path];
  if (content !== undefined) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(ctx.accept)) {
      return { status: 200, text: { contentType: 'application/vnd.github.raw; charset=utf-8', content } };
    }
    // GitHub wraps base64 content at 60 characters.
    const encoded = (Buffer.from(content, 'utf8').toString('base64').match(/.{1,60}/g) ?? []).join('\n');
    return { status: 200, body: { ...contentEntry(ctx, sha, path, content), content: encoded ? `${encoded}\n` : '', encoding: 'base64' } };
  }
  const prefix = path === '' ? '' : `${path}/`;
  const children = new Map<string, string | undefined>();
  for (const [filePath, fileContent] of Object.entries(files)) {
    if (!filePath.startsWith(prefix)) continue;
    const rest = filePath.slice(prefix.length);
    const slash = rest.indexOf('/');
    if (slash === -1) children.set(rest, fileContent);
    else if (!children.has(rest.slice(0, slash))) children.set(rest.slice(0, slash), undefined);
  }
  if (children.size === 0) notFound(ctx);
  const entries = [...children.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, fileContent]) => contentEntry(ctx, sha, `${prefix}${name}`, fileContent));
  return { status: 200, body: entries };
};

function combinedState(statuses: StatusRecord[]): StatusRecord['state'] {
  if (statuses.length === 0) return 'pending';
  if (statuses.some((s) => s.state === 'error' || s.state === 'failure')) return 'failure';
  if (statuses.some((s) => s.state === 'pending')) return 'pending';
  return 'success';
}

/** Latest status per context, newest first, as "Get the combined status" returns them. */
function latestPerContext(ctx: RequestContext, sha: string): StatusRecord[] {
  const latest = new Map<string, StatusRecord>();
  for (const status of ctx.state.statuses) if (status.sha === sha) latest.set(status.context, status);
  return [...latest.values()].reverse();
}

function checkRunOf(ctx: RequestContext): CheckRunRecord {
  const run = ctx.state.checkRuns.find((r) => r.id === integer(ctx.path['check_run_id']));
  if (!run) notFound(ctx);
  return run;
}

function annotationsFrom(ctx: RequestContext): AnnotationRecord[] {
  const output = ctx.body['output'] as JsonObject | undefined;
  const list = (output?.['annotations'] as JsonObject[] | undefined) ?? [];
  if (list.length > MAX_ANNOTATIONS_PER_REQUEST) {
    validationFailed(ctx, [
      { resource: 'CheckRun', code: 'custom', field: 'output.annotations', message: `Only ${MAX_ANNOTATIONS_PER_REQUEST} annotations are allowed per request` },
    ]);
  }
  return list.map((a) => ({
    path: String(a['path']),
    startLine: integer(a['start_line']),
    endLine: integer(a['end_line']),
    startColumn: typeof a['start_column'] === 'number' ? a['start_column'] : null,
    endColumn: typeof a['end_column'] === 'number' ? a['end_column'] : null,
    annotationLevel: a['annotation_level'] as AnnotationRecord['annotationLevel'],
    title: typeof a['title'] === 'string' ? a['title'] : null,
    message: String(a['message']),
    rawDetails: typeof a['raw_details'] === 'string' ? a['raw_details'] : null,
  }));
}

function applyCheckRunFields(ctx: RequestContext, run: CheckRunRecord): void {
  const b = ctx.body;
  if (typeof b['name'] === 'string') run.name = b['name'];
  if (typeof b['details_url'] === 'string') run.detailsUrl = b['details_url'];
  if (typeof b['external_id'] === 'string') run.externalId = b['external_id'];
  if (typeof b['started_at'] === 'string') run.startedAt = b['started_at'];
  if (typeof b['status'] === 'string') run.status = b['status'] as CheckRunRecord['status'];
  if (typeof b['conclusion'] === 'string') {
    // Providing a conclusion completes the run (Checks API docs).
    run.conclusion = b['conclusion'];
    run.status = 'completed';
  }
  if (run.status === 'completed') {
    if (run.conclusion === null) fail(ctx, 422, 'Invalid request.\n\nNo conclusion was supplied for a completed check run.');
    run.completedAt = typeof b['completed_at'] === 'string' ? b['completed_at'] : (run.completedAt ?? now(ctx));
  }
  const output = b['output'] as JsonObject | undefined;
  if (output) {
    checkBodyLength(ctx, 'CheckRun', output['summary']);
    run.output = {
      title: typeof output['title'] === 'string' ? output['title'] : run.output.title,
      summary: typeof output['summary'] === 'string' ? output['summary'] : run.output.summary,
      text: typeof output['text'] === 'string' ? output['text'] : run.output.text,
    };
    // Annotations accumulate across updates; that is how more than 50 get onto one run.
    run.annotations.push(...annotationsFrom(ctx));
  }
}

function requireApp(ctx: RequestContext): string {
  const actor = requireActor(ctx);
  // Only GitHub Apps (the Actions GITHUB_TOKEN is one) may write check runs.
  if (actor.type !== 'Bot') fail(ctx, 403, 'You must authenticate via a GitHub App.');
  return actor.login;
}

function teamOf(ctx: RequestContext): TeamRecord {
  const org = String(ctx.path['org']);
  const actor = ctx.actor;
  if (org.toLowerCase() !== ctx.state.owner.login.toLowerCase() || ctx.state.owner.type !== 'Organization') notFound(ctx);
  // A GITHUB_TOKEN cannot see org teams (403 from the integration); a user token without read:org gets 404.
  if (!actor) notFound(ctx);
  if (!actor.canReadOrgTeams) {
    if (actor.type === 'Bot') fail(ctx, 403, 'Resource not accessible by integration');
    notFound(ctx);
  }
  const team = ctx.state.teams.find((t) => t.slug === String(ctx.path['team_slug']));
  if (!team) notFound(ctx);
  return team;
}

export const repositoryRoutes: Record<string, Handler> = {
  'users/get-authenticated': (ctx) => {
    const actor = requireActor(ctx);
    const user = findUser(ctx.state, actor.login)!;
    return {
      status: 200,
      body: {
        ...renderUser(ctx, actor.login),
        name: user.name,
        company: null,
        blog: '',
        location: null,
        email: user.email,
        hireable: null,
        bio: null,
        twitter_username: null,
        public_repos: 1,
        public_gists: 0,
        followers: 0,
        following: 0,
        created_at: ctx.state.repo.createdAt,
        updated_at: ctx.state.repo.createdAt,
      },
    };
  },
  'repos/get': (ctx) => ({
    status: 200,
    body: { ...renderRepository(ctx), network_count: 0, subscribers_count: 0, ...(ctx.state.owner.type === 'Organization' ? { organization: renderUser(ctx, ctx.state.owner.login) } : {}) },
  }),
  'repos/get-content': getContent,
  'repos/get-collaborator-permission-level': (ctx) => {
    const login = String(ctx.path['username']);
    const user = findUser(ctx.state, login);
    if (!user) notFound(ctx);
    const role = collaboratorPermission(ctx.state, login) ?? 'read';
    // The legacy `permission` field folds triage into read and maintain into write.
    const permission = role === 'triage' ? 'read' : role === 'maintain' ? 'write' : role;
    const roleName = role === 'read' ? 'read' : role === 'write' ? 'write' : role;
    return {
      status: 200,
      body: {
        permission,
        role_name: roleName,
        user: {
          ...renderUser(ctx, user.login),
          role_name: roleName,
          permissions: { admin: role === 'admin', maintain: role === 'admin' || role === 'maintain', push: ['admin', 'maintain', 'write'].includes(role), triage: role !== 'read', pull: true },
        },
      },
    };
  },
  // "For organization-owned repositories, the authenticated user needs to be a member of the
  // organization" (docs, List repository collaborators): the workflow's installation token is not,
  // so it gets 403 there; a member's token (canReadOrgTeams) or a personal token gets the list.
  'repos/list-collaborators': (ctx) => {
    const actor = requireActor(ctx);
    if (ctx.state.owner.type === 'Organization' && actor.type === 'Bot' && !actor.canReadOrgTeams) fail(ctx, 403, 'Resource not accessible by integration');
    const order = ['read', 'triage', 'write', 'maintain', 'admin'];
    const wanted = ({ pull: 'read', triage: 'triage', push: 'write', maintain: 'maintain', admin: 'admin' } as Record<string, string>)[String(ctx.query['permission'] ?? 'pull')] ?? 'read';
    const logins = [...(ctx.state.owner.type === 'User' ? [ctx.state.owner.login] : []), ...Object.keys(ctx.state.collaborators)];
    const listed = logins.filter((login) => order.indexOf(collaboratorPermission(ctx.state, login) ?? 'read') >= order.indexOf(wanted));
    return paginate(ctx, listed, (login) => {
      const role = collaboratorPermission(ctx.state, login) ?? 'read';
      return {
        ...renderUser(ctx, login),
        role_name: role,
        permissions: { admin: role === 'admin', maintain: role === 'admin' || role === 'maintain', push: ['admin', 'maintain', 'write'].includes(role), triage: role !== 'read', pull: true },
      };
    });
  },
  'repos/check-collaborator': (ctx) => {
    if (!collaboratorPermission(ctx.state, String(ctx.path['username']))) notFound(ctx);
    return { status: 204 };
  },
  'git/get-ref': (ctx) => {
    const ref = String(ctx.path['ref']);
    const branch = ref.replace(/^heads\//, '');
    const sha = ref.startsWith('heads/') ? ctx.state.branches[branch] : undefined;
    if (!sha) notFound(ctx);
    return {
      status: 200,
      body: {
        ref: `refs/${ref}`,
        node_id: `REF_${Buffer.from(ref).toString('base64url')}`,
        url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/refs/${ref}`,
        object: { type: 'commit', sha, url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/git/commits/${sha}` },
      },
    };
  },
  'repos/create-commit-status': (ctx) => {
    const actor = requireActor(ctx);
    const sha = String(ctx.path['sha']);
    if (!ctx.state.commits[sha]) fail(ctx, 422, `No commit found for SHA: ${sha}`);
    const description = (ctx.body['description'] as string | null | undefined) ?? null;
    if (description !== null && description.length > MAX_STATUS_DESCRIPTION) {
      validationFailed(ctx, [{ resource: 'Status', code: 'custom', field: 'description', message: 'description is too long (maximum is 140 characters)' }]);
    }
    const at = now(ctx);
    const status: StatusRecord = {
      id: nextId(ctx.state),
      sha,
      state: ctx.body['state'] as StatusRecord['state'],
      context: (ctx.body['context'] as string | undefined) ?? 'default',
      description,
      targetUrl: (ctx.body['target_url'] as string | null | undefined) ?? null,
      creator: actor.login,
      createdAt: at,
      updatedAt: at,
    };
    ctx.state.statuses.push(status);
    return { status: 201, body: renderStatus(ctx, status, true) };
  },
  'repos/get-combined-status-for-ref': (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path['ref']));
    if (!sha) notFound(ctx);
    const statuses = latestPerContext(ctx, sha);
    return paginate(
      ctx,
      statuses,
      (s) => renderStatus(ctx, s, false),
      (page) => ({
        state: combinedState(statuses),
        statuses: page,
        sha,
        total_count: statuses.length,
        repository: renderRepository(ctx),
        commit_url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/commits/${sha}`,
        url: `${ctx.apiUrl}/repos/${repoPath(ctx)}/commits/${sha}/status`,
      }),
    );
  },
  'repos/list-commit-statuses-for-ref': (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path['ref']));
    if (!sha) notFound(ctx);
    const statuses = ctx.state.statuses.filter((s) => s.sha === sha).reverse();
    return paginate(ctx, statuses, (s) => renderStatus(ctx, s, true));
  },
  'checks/create': (ctx) => {
    const creator = requireApp(ctx);
    const headSha = String(ctx.body['head_sha']);
    if (!ctx.state.commits[headSha]) validationFailed(ctx, [{ resource: 'CheckRun', code: 'invalid', field: 'head_sha' }]);
    const run: CheckRunRecord = {
      id: nextId(ctx.state),
      name: String(ctx.body['name']),
      headSha,
      status: 'queued',
      conclusion: null,
      startedAt: now(ctx),
      completedAt: null,
      detailsUrl: null,
      externalId: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      creator,
    };
    applyCheckRunFields(ctx, run);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: renderCheckRun(ctx, run) };
  },
  'checks/update': (ctx) => {
    requireApp(ctx);
    const run = checkRunOf(ctx);
    applyCheckRunFields(ctx, run);
    return { status: 200, body: renderCheckRun(ctx, run) };
  },
  'checks/get': (ctx) => ({ status: 200, body: renderCheckRun(ctx, checkRunOf(ctx)) }),
  'checks/list-annotations': (ctx) => {
    const run = checkRunOf(ctx);
    return paginate(ctx, run.annotations, (a) => ({
      path: a.path,
      blob_href: `${ctx.htmlUrl}/${repoPath(ctx)}/blob/${run.headSha}/${a.path}`,
      start_line: a.startLine,
      end_line: a.endLine,
      start_column: a.startColumn,
      end_column: a.endColumn,
      annotation_level: a.annotationLevel,
      title: a.title,
      message: a.message,
      raw_details: a.rawDetails,
    }));
  },
  'checks/list-for-ref': (ctx) => {
    const sha = resolveRef(ctx.state, String(ctx.path['ref']));
    if (!sha) notFound(ctx);
    const name = ctx.query['check_name'] as string | undefined;
    const status = ctx.query['status'] as string | undefined;
    const runs = ctx.state.checkRuns.filter((r) => r.headSha === sha && (name === undefined || r.name === name) && (status === undefined || r.status === status)).reverse();
    return paginate(ctx, runs, (r) => renderCheckRun(ctx, r), (page) => ({ total_count: runs.length, check_runs: page }));
  },
  'teams/get-by-name': (ctx) => ({ status: 200, body: renderTeam(ctx, teamOf(ctx)) as Json }),
  'teams/list-members-in-org': (ctx) => {
    const team = teamOf(ctx);
    return paginate(ctx, team.members, (login) => renderUser(ctx, login));
  },
  'teams/get-membership-for-user-in-org': (ctx) => {
    const team = teamOf(ctx);
    const login = String(ctx.path['username']);
    if (!team.members.some((m) => m.toLowerCase() === login.toLowerCase())) notFound(ctx);
    return { status: 200, body: { url: `${ctx.apiUrl}/orgs/${ctx.state.owner.login}/teams/${team.slug}/memberships/${login}`, role: 'member', state: 'active' } };
  },
};
