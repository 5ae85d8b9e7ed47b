// JSON objects as api.github.com returns them (every field its OpenAPI schema requires),
// built from the plain records in state.ts.
import type { Json } from './openapi.js';
import {
  findUser,
  type CheckRunRecord,
  type GitHubState,
  type IssueCommentRecord,
  type IssueRecord,
  type LabelRecord,
  type PullFileRecord,
  type PullRecord,
  type ReviewCommentRecord,
  type ReviewRecord,
  type StatusRecord,
  type TeamRecord,
  type UserRecord,
  collaboratorPermission,
  treeSha,
} from './state.js';

export interface RenderContext {
  state: GitHubState;
  /** the emulator's base URL: every API `url` points back at it */
  apiUrl: string;
  /** where html_url values point; never contacted */
  htmlUrl: string;
}

type JsonObject = { [key: string]: Json };

export function nodeId(prefix: string, id: number): string {
  return `${prefix}_${Buffer.from(`${prefix}:${id}`).toString('base64url')}`;
}

export function repoPath(ctx: RenderContext): string {
  return `${ctx.state.owner.login}/${ctx.state.repo.name}`;
}

export function repoApi(ctx: RenderContext): string {
  return `${ctx.apiUrl}/repos/${repoPath(ctx)}`;
}

export function renderUser(ctx: RenderContext, login: string): JsonObject {
  const user: UserRecord = findUser(ctx.state, login) ?? { login, id: 0, type: 'User', name: null, email: null };
  // Bot logins carry brackets, which GitHub percent-encodes in its URLs.
  const api = `${ctx.apiUrl}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Organization' ? 'O' : user.type === 'Bot' ? 'BOT' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url: `${ctx.htmlUrl}/${user.type === 'Bot' ? `apps/${user.login.replace(/\[bot\]$/, '')}` : user.login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** Full `repository` object; `owner`/`name` default to the emulated repository (forks pass theirs). */
export function renderRepository(ctx: RenderContext, forkOf?: { owner: string; name: string }): JsonObject {
  const { state } = ctx;
  const ownerLogin = forkOf?.owner ?? state.owner.login;
  const name = forkOf?.name ?? state.repo.name;
  const isFork = forkOf !== undefined && ownerLogin.toLowerCase() !== state.owner.login.toLowerCase();
  const full = `${ownerLogin}/${name}`;
  const api = `${ctx.apiUrl}/repos/${full}`;
  const html = `${ctx.htmlUrl}/${full}`;
  const id = isFork ? state.repo.id + 1_000_000 + (findUser(state, ownerLogin)?.id ?? 0) : state.repo.id;
  const openIssues = isFork ? 0 : state.issues.filter((i) => i.state === 'open').length;
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: full,
    owner: renderUser(ctx, ownerLogin),
    private: state.repo.private,
    html_url: html,
    description: null,
    fork: isFork,
    url: api,
    archive_url: `${api}/{archive_format}{/ref}`,
    assignees_url: `${api}/assignees{/user}`,
    blobs_url: `${api}/git/blobs{/sha}`,
    branches_url: `${api}/branches{/branch}`,
    collaborators_url: `${api}/collaborators{/collaborator}`,
    comments_url: `${api}/comments{/number}`,
    commits_url: `${api}/commits{/sha}`,
    compare_url: `${api}/compare/{base}...{head}`,
    contents_url: `${api}/contents/{+path}`,
    contributors_url: `${api}/contributors`,
    deployments_url: `${api}/deployments`,
    downloads_url: `${api}/downloads`,
    events_url: `${api}/events`,
    forks_url: `${api}/forks`,
    git_commits_url: `${api}/git/commits{/sha}`,
    git_refs_url: `${api}/git/refs{/sha}`,
    git_tags_url: `${api}/git/tags{/sha}`,
    git_url: `git://github.com/${full}.git`,
    issue_comment_url: `${api}/issues/comments{/number}`,
    issue_events_url: `${api}/issues/events{/number}`,
    issues_url: `${api}/issues{/number}`,
    keys_url: `${api}/keys{/key_id}`,
    labels_url: `${api}/labels{/name}`,
    languages_url: `${api}/languages`,
    merges_url: `${api}/merges`,
    milestones_url: `${api}/milestones{/number}`,
    notifications_url: `${api}/notifications{?since,all,participating}`,
    pulls_url: `${api}/pulls{/number}`,
    releases_url: `${api}/releases{/id}`,
    ssh_url: `git@github.com:${full}.git`,
    stargazers_url: `${api}/stargazers`,
    statuses_url: `${api}/statuses/{sha}`,
    subscribers_url: `${api}/subscribers`,
    subscription_url: `${api}/subscription`,
    tags_url: `${api}/tags`,
    teams_url: `${api}/teams`,
    trees_url: `${api}/git/trees{/sha}`,
    clone_url: `${html}.git`,
    mirror_url: null,
    hooks_url: `${api}/hooks`,
    svn_url: html,
    homepage: null,
    language: 'HCL',
    forks: 0,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 100,
    default_branch: state.repo.defaultBranch,
    open_issues_count: openIssues,
    open_issues: openIssues,
    is_template: false,
    topics: [],
    has_issues: !isFork,
    has_projects: true,
    has_wiki: true,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: state.repo.private ? 'private' : 'public',
    pushed_at: state.repo.createdAt,
    created_at: state.repo.createdAt,
    updated_at: state.repo.createdAt,
    allow_forking: true,
    web_commit_signoff_required: false,
    license: null,
  };
}

export function renderLabel(ctx: RenderContext, label: LabelRecord): JsonObject {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${repoApi(ctx)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.default,
  };
}

function labelsOf(ctx: RenderContext, names: string[]): JsonObject[] {
  return names.flatMap((name) => {
    const label = ctx.state.labels.find((l) => l.name.toLowerCase() === name.toLowerCase());
    return label ? [renderLabel(ctx, label)] : [];
  });
}

export function authorAssociation(ctx: RenderContext, login: string): string {
  if (login.toLowerCase() === ctx.state.owner.login.toLowerCase()) return 'OWNER';
  const inOrgTeam = ctx.state.teams.some((t) => t.members.some((m) => m.toLowerCase() === login.toLowerCase()));
  if (ctx.state.owner.type === 'Organization' && inOrgTeam) return 'MEMBER';
  if (collaboratorPermission(ctx.state, login)) return 'COLLABORATOR';
  return 'CONTRIBUTOR';
}

function reactions(url: string): JsonObject {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, confused: 0, heart: 0, hooray: 0, eyes: 0, rocket: 0 };
}

export function renderIssue(ctx: RenderContext, issue: IssueRecord): JsonObject {
  const api = `${repoApi(ctx)}/issues/${issue.number}`;
  const kind = issue.isPullRequest ? 'pull' : 'issues';
  const comments = ctx.state.issueComments.filter((c) => c.issueNumber === issue.number).length;
  const out: JsonObject = {
    id: issue.id,
    node_id: nodeId(issue.isPullRequest ? 'PR' : 'I', issue.id),
    url: api,
    repository_url: repoApi(ctx),
    labels_url: `${api}/labels{/name}`,
    comments_url: `${api}/comments`,
    events_url: `${api}/events`,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/${kind}/${issue.number}`,
    timeline_url: `${api}/timeline`,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: renderUser(ctx, issue.author),
    labels: labelsOf(ctx, issue.labels),
    assignee: issue.assignees[0] ? renderUser(ctx, issue.assignees[0]) : null,
    assignees: issue.assignees.map((a) => renderUser(ctx, a)),
    milestone: null,
    locked: issue.locked,
    active_lock_reason: null,
    comments,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_by: issue.closedBy ? renderUser(ctx, issue.closedBy) : null,
    author_association: authorAssociation(ctx, issue.author),
    reactions: reactions(api),
  };
  if (issue.isPullRequest) {
    const pull = ctx.state.pulls.find((p) => p.number === issue.number);
    const pullApi = `${repoApi(ctx)}/pulls/${issue.number}`;
    out['draft'] = pull?.draft ?? false;
    out['pull_request'] = {
      url: pullApi,
      html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}`,
      diff_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}.diff`,
      patch_url: `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${issue.number}.patch`,
      merged_at: pull?.mergedAt ?? null,
    };
  }
  return out;
}

export function renderTeam(ctx: RenderContext, team: TeamRecord): JsonObject {
  const org = ctx.state.owner.login;
  const api = `${ctx.apiUrl}/organizations/${ctx.state.owner.id}/team/${team.id}`;
  return {
    id: team.id,
    node_id: nodeId('T', team.id),
    url: api,
    html_url: `${ctx.htmlUrl}/orgs/${org}/teams/${team.slug}`,
    name: team.name,
    slug: team.slug,
    description: team.description,
    privacy: team.privacy,
    notification_setting: 'notifications_enabled',
    permission: team.repoPermission === 'read' ? 'pull' : team.repoPermission === 'write' ? 'push' : (team.repoPermission ?? 'pull'),
    members_url: `${api}/members{/member}`,
    repositories_url: `${api}/repos`,
    type: 'organization',
    organization_id: ctx.state.owner.id,
    parent: null,
  };
}

export function renderPull(ctx: RenderContext, pull: PullRecord, full: boolean): JsonObject {
  const { state } = ctx;
  const issue = state.issues.find((i) => i.number === pull.number);
  const api = `${repoApi(ctx)}/pulls/${pull.number}`;
  const issueApi = `${repoApi(ctx)}/issues/${pull.number}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${pull.number}`;
  const statuses = `${repoApi(ctx)}/statuses/${pull.head.sha}`;
  const headRepo = renderRepository(ctx, pull.headRepo);
  const baseRepo = renderRepository(ctx);
  const assignees = issue?.assignees ?? [];
  const out: JsonObject = {
    url: api,
    id: pull.id,
    node_id: nodeId('PR', pull.id),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueApi,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi(ctx)}/pulls/comments{/number}`,
    comments_url: `${issueApi}/comments`,
    statuses_url: statuses,
    number: pull.number,
    state: pull.state,
    locked: issue?.locked ?? false,
    title: pull.title,
    user: renderUser(ctx, pull.author),
    body: pull.body,
    labels: labelsOf(ctx, issue?.labels ?? []),
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: null,
    assignee: assignees[0] ? renderUser(ctx, assignees[0]) : null,
    assignees: assignees.map((a) => renderUser(ctx, a)),
    requested_reviewers: pull.requestedReviewers.map((r) => renderUser(ctx, r)),
    requested_teams: pull.requestedTeams.flatMap((slug) => {
      const team = state.teams.find((t) => t.slug === slug);
      return team ? [renderTeam(ctx, team)] : [];
    }),
    head: {
      label: `${pull.headRepo.owner}:${pull.head.ref}`,
      ref: pull.head.ref,
      sha: pull.head.sha,
      user: renderUser(ctx, pull.headRepo.owner),
      repo: headRepo,
    },
    base: {
      label: `${state.owner.login}:${pull.base.ref}`,
      ref: pull.base.ref,
      sha: pull.base.sha,
      user: renderUser(ctx, state.owner.login),
      repo: baseRepo,
    },
    _links: {
      self: { href: api },
      html: { href: html },
      issue: { href: issueApi },
      comments: { href: `${issueApi}/comments` },
      review_comments: { href: `${api}/comments` },
      review_comment: { href: `${repoApi(ctx)}/pulls/comments{/number}` },
      commits: { href: `${api}/commits` },
      statuses: { href: statuses },
    },
    author_association: authorAssociation(ctx, pull.author),
    auto_merge: null,
    draft: pull.draft,
  };
  if (full) {
    Object.assign(out, {
      merged: pull.merged,
      mergeable: pull.state === 'open' ? true : null,
      rebaseable: pull.state === 'open' ? true : null,
      mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: state.issueComments.filter((c) => c.issueNumber === pull.number).length,
      review_comments: state.reviewComments.filter((c) => c.pullNumber === pull.number).length,
      maintainer_can_modify: pull.headRepo.fork,
      commits: pull.commits.length,
      additions: pull.files.reduce((n, f) => n + f.additions, 0),
      deletions: pull.files.reduce((n, f) => n + f.deletions, 0),
      changed_files: pull.files.length,
    });
  }
  return out;
}

export function renderPullFile(ctx: RenderContext, pull: PullRecord, file: PullFileRecord): JsonObject {
  return renderDiffEntry(ctx, pull.head.sha, file);
}

/** A changed file as pull request files, commits and comparisons list it; links point at `sha`. */
export function renderDiffEntry(ctx: RenderContext, sha: string, file: PullFileRecord): JsonObject {
  const encoded = file.filename.split('/').map(encodeURIComponent).join('/');
  const out: JsonObject = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.additions + file.deletions,
    blob_url: `${ctx.htmlUrl}/${repoPath(ctx)}/blob/${sha}/${encoded}`,
    raw_url: `${ctx.htmlUrl}/${repoPath(ctx)}/raw/${sha}/${encoded}`,
    contents_url: `${repoApi(ctx)}/contents/${encoded}?ref=${sha}`,
  };
  if (file.patch !== undefined) out['patch'] = file.patch;
  if (file.previousFilename !== undefined) out['previous_filename'] = file.previousFilename;
  return out;
}

export function renderCommit(ctx: RenderContext, sha: string): JsonObject {
  const commit = ctx.state.commits[sha]!;
  const api = `${repoApi(ctx)}/commits/${sha}`;
  const person = { name: commit.author, email: `${commit.author}@users.noreply.github.com`, date: commit.date };
  return {
    url: api,
    sha,
    node_id: nodeId('C', parseInt(sha.slice(0, 8), 16)),
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${sha}`,
    comments_url: `${api}/comments`,
    commit: {
      url: `${repoApi(ctx)}/git/commits/${sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      tree: { sha: treeSha(commit.files), url: `${repoApi(ctx)}/git/trees/${treeSha(commit.files)}` },
      verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
    },
    author: renderUser(ctx, commit.author),
    committer: renderUser(ctx, commit.author),
    parents: commit.parents.map((p) => ({ sha: p, url: `${repoApi(ctx)}/commits/${p}`, html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/commit/${p}` })),
  };
}

export function renderReview(ctx: RenderContext, review: ReviewRecord): JsonObject {
  const pullApi = `${repoApi(ctx)}/pulls/${review.pullNumber}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${review.pullNumber}#pullrequestreview-${review.id}`;
  const out: JsonObject = {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: renderUser(ctx, review.user),
    body: review.body,
    state: review.state,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, review.user),
    _links: { html: { href: html }, pull_request: { href: pullApi } },
    commit_id: review.commitId,
  };
  // Pending reviews have no submitted_at (documented on "Create a review").
  if (review.submittedAt) out['submitted_at'] = review.submittedAt;
  return out;
}

export function renderReviewComment(ctx: RenderContext, comment: ReviewCommentRecord): JsonObject {
  const api = `${repoApi(ctx)}/pulls/comments/${comment.id}`;
  const pullApi = `${repoApi(ctx)}/pulls/${comment.pullNumber}`;
  const html = `${ctx.htmlUrl}/${repoPath(ctx)}/pull/${comment.pullNumber}#discussion_r${comment.id}`;
  const out: JsonObject = {
    url: api,
    pull_request_review_id: comment.reviewId,
    id: comment.id,
    node_id: nodeId('PRRC', comment.id),
    diff_hunk: comment.diffHunk,
    path: comment.path,
    position: comment.position,
    original_position: comment.originalPosition,
    commit_id: comment.commitId,
    original_commit_id: comment.originalCommitId,
    user: renderUser(ctx, comment.user),
    body: comment.body,
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    html_url: html,
    pull_request_url: pullApi,
    author_association: authorAssociation(ctx, comment.user),
    _links: { self: { href: api }, html: { href: html }, pull_request: { href: pullApi } },
    start_line: comment.startLine,
    original_start_line: comment.startLine,
    start_side: comment.startSide,
    line: comment.line,
    original_line: comment.originalLine,
    side: comment.side ?? 'RIGHT',
    subject_type: comment.subjectType,
    reactions: reactions(api),
  };
  if (comment.inReplyToId !== null) out['in_reply_to_id'] = comment.inReplyToId;
  // GitHub sends null for these once a comment is outdated (or for file comments), but its
  // OpenAPI description types them as plain integers; leaving them out satisfies both readings.
  for (const key of ['position', 'original_position', 'line', 'original_line']) if (out[key] === null) delete out[key];
  return out;
}

export function renderIssueComment(ctx: RenderContext, comment: IssueCommentRecord): JsonObject {
  const api = `${repoApi(ctx)}/issues/comments/${comment.id}`;
  const isPull = ctx.state.issues.find((i) => i.number === comment.issueNumber)?.isPullRequest ?? false;
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: api,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: renderUser(ctx, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApi(ctx)}/issues/${comment.issueNumber}`,
    author_association: authorAssociation(ctx, comment.user),
    performed_via_github_app: null,
    reactions: reactions(api),
  };
}

export function renderStatus(ctx: RenderContext, status: StatusRecord, withCreator: boolean): JsonObject {
  const out: JsonObject = {
    url: `${repoApi(ctx)}/statuses/${status.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${findUser(ctx.state, status.creator)?.id ?? 0}?v=4`,
    id: status.id,
    node_id: nodeId('SC', status.id),
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.updatedAt,
  };
  if (withCreator) out['creator'] = renderUser(ctx, status.creator);
  return out;
}

export function renderCheckRun(ctx: RenderContext, run: CheckRunRecord): JsonObject {
  const api = `${repoApi(ctx)}/check-runs/${run.id}`;
  const appSlug = run.creator.replace(/\[bot\]$/, '');
  return {
    id: run.id,
    head_sha: run.headSha,
    node_id: nodeId('CR', run.id),
    external_id: run.externalId ?? '',
    url: api,
    html_url: `${ctx.htmlUrl}/${repoPath(ctx)}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${ctx.htmlUrl}/${repoPath(ctx)}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${api}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.id + 500_000 },
    app: {
      id: 15368,
      slug: appSlug,
      node_id: nodeId('A', 15368),
      owner: renderUser(ctx, ctx.state.owner.login),
      name: appSlug,
      description: 'Automate your workflow from idea to production',
      external_url: 'https://help.github.com/en/actions',
      html_url: `${ctx.htmlUrl}/apps/${appSlug}`,
      created_at: ctx.state.repo.createdAt,
      updated_at: ctx.state.repo.createdAt,
      permissions: { checks: 'write', contents: 'read', metadata: 'read', pull_requests: 'write', statuses: 'write', issues: 'write' },
      events: ['check_run', 'pull_request', 'push'],
    },
    pull_requests: [],
  };
}
