// The emulator's whole world as plain data. Tests may read any of it and seed it directly,
// or through the seeding methods on GitHubEmulator (commit, openPullRequest, ...), which keep
// the derived parts (ids, PR files, issue numbers) consistent.
import { createHash } from 'node:crypto';

export type RepoPermission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface UserRecord {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
}

export interface TeamRecord {
  id: number;
  slug: string;
  name: string;
  description: string | null;
  privacy: 'closed' | 'secret';
  /** logins */
  members: string[];
  /** the team's access to the emulated repository; null = none (cannot be requested) */
  repoPermission: RepoPermission | null;
}

export interface CommitRecord {
  sha: string;
  message: string;
  parents: string[];
  author: string;
  date: string;
  /** full snapshot of the repository at this commit: path -> UTF-8 content */
  files: Record<string, string>;
}

export interface PullFileRecord {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  /** absent for binary or very large files, as on GitHub */
  patch?: string;
  previousFilename?: string;
  /** blob sha of the head version (or base version for removed files) */
  sha: string;
}

export interface PullRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  draft: boolean;
  merged: boolean;
  head: { ref: string; sha: string };
  base: { ref: string; sha: string };
  /** the repository the head branch lives in; a fork has another owner */
  headRepo: { owner: string; name: string; fork: boolean };
  files: PullFileRecord[];
  /** commit shas, oldest first */
  commits: string[];
  requestedReviewers: string[];
  requestedTeams: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  mergedAt: string | null;
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  author: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  /** label names */
  labels: string[];
  assignees: string[];
  locked: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  /** pull requests are issues too: they share numbers, labels and issue comments */
  isPullRequest: boolean;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  default: boolean;
}

export type ReviewState = 'PENDING' | 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED';

export interface ReviewRecord {
  id: number;
  pullNumber: number;
  user: string;
  body: string;
  state: ReviewState;
  commitId: string;
  submittedAt: string | null;
  createdAt: string;
}

export interface ReviewCommentRecord {
  id: number;
  reviewId: number;
  pullNumber: number;
  user: string;
  body: string;
  path: string;
  commitId: string;
  originalCommitId: string;
  subjectType: 'line' | 'file';
  /** current line; null once a later push moved the line out of the diff (outdated) */
  line: number | null;
  originalLine: number | null;
  side: 'LEFT' | 'RIGHT' | null;
  startLine: number | null;
  startSide: 'LEFT' | 'RIGHT' | null;
  /** GitHub's legacy diff position; null once outdated */
  position: number | null;
  originalPosition: number | null;
  diffHunk: string;
  inReplyToId: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface IssueCommentRecord {
  id: number;
  issueNumber: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export type CommitStatusState = 'error' | 'failure' | 'pending' | 'success';

export interface StatusRecord {
  id: number;
  sha: string;
  state: CommitStatusState;
  context: string;
  description: string | null;
  targetUrl: string | null;
  creator: string;
  createdAt: string;
  updatedAt: string;
}

export interface AnnotationRecord {
  path: string;
  startLine: number;
  endLine: number;
  startColumn: number | null;
  endColumn: number | null;
  annotationLevel: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  rawDetails: string | null;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string | null;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: AnnotationRecord[];
  creator: string;
}

export interface GitHubState {
  owner: { login: string; id: number; type: 'Organization' | 'User' };
  repo: { id: number; name: string; defaultBranch: string; private: boolean; createdAt: string };
  users: Record<string, UserRecord>;
  /** login -> permission; collaborators are who can be assigned and asked for reviews */
  collaborators: Record<string, RepoPermission>;
  teams: TeamRecord[];
  /** branch name -> commit sha */
  branches: Record<string, string>;
  commits: Record<string, CommitRecord>;
  pulls: PullRecord[];
  issues: IssueRecord[];
  labels: LabelRecord[];
  reviews: ReviewRecord[];
  reviewComments: ReviewCommentRecord[];
  issueComments: IssueCommentRecord[];
  statuses: StatusRecord[];
  checkRuns: CheckRunRecord[];
  /** Git Data API blobs: sha (git's own blob sha) -> UTF-8 content */
  blobs: Record<string, string>;
  /** Git Data API trees, flat: tree sha -> full snapshot (path -> content); commits' trees resolve through `treeSha` */
  trees: Record<string, Record<string, string>>;
  /** next id handed out for any object; ids are unique across kinds, like GitHub's */
  nextId: number;
  /** next issue / pull request number */
  nextNumber: number;
}

/** Injectable clock; the default starts at a fixed instant and ticks one second per reading. */
export interface Clock {
  now(): Date;
}

export function steppingClock(start = '2024-05-01T12:00:00Z', stepMs = 1000): Clock {
  let current = Date.parse(start);
  return {
    now() {
      const value = new Date(current);
      current += stepMs;
      return value;
    },
  };
}

export function isoSeconds(date: Date): string {
  // GitHub's timestamps carry no milliseconds.
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function nextId(state: GitHubState): number {
  return state.nextId++;
}

export function gitBlobSha(content: string): string {
  const data = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`blob ${data.length}\0`).update(data).digest('hex');
}

/**
 * A tree's sha from its full snapshot. Git hashes nested tree objects; the emulator keeps trees flat,
 * so the value differs from git's, but it is content-addressed the same way: equal snapshots, equal sha.
 */
export function treeSha(files: Record<string, string>): string {
  const hash = createHash('sha1').update('tree\0');
  for (const path of Object.keys(files).sort()) hash.update(`${path}\0${gitBlobSha(files[path]!)}\0`);
  return hash.digest('hex');
}

/** The snapshot of a tree made through the API or of a commit's tree. */
export function resolveTree(state: GitHubState, sha: string): Record<string, string> | undefined {
  if (state.trees[sha]) return state.trees[sha];
  const commit = Object.values(state.commits).find((c) => treeSha(c.files) === sha);
  return commit?.files;
}

export function commitSha(parts: { message: string; parents: string[]; files: Record<string, string>; date: string; author: string }): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify([parts.message, parts.parents, parts.date, parts.author]));
  for (const path of Object.keys(parts.files).sort()) hash.update(`${path}\0${gitBlobSha(parts.files[path]!)}\0`);
  return hash.digest('hex');
}

export function createInitialState(opts: { owner: string; repo: string; defaultBranch: string; ownerType: 'Organization' | 'User'; createdAt: string }): GitHubState {
  const state: GitHubState = {
    owner: { login: opts.owner, id: 0, type: opts.ownerType },
    repo: { id: 0, name: opts.repo, defaultBranch: opts.defaultBranch, private: false, createdAt: opts.createdAt },
    users: {},
    collaborators: {},
    teams: [],
    branches: {},
    commits: {},
    pulls: [],
    issues: [],
    labels: [],
    reviews: [],
    reviewComments: [],
    issueComments: [],
    statuses: [],
    checkRuns: [],
    blobs: {},
    trees: {},
    nextId: 1000,
    nextNumber: 1,
  };
  state.owner.id = nextId(state);
  state.repo.id = nextId(state);
  state.users[opts.owner] = { login: opts.owner, id: state.owner.id, type: opts.ownerType, name: null, email: null };
  return state;
}

export function ensureUser(state: GitHubState, login: string, type: UserRecord['type'] = 'User'): UserRecord {
  const key = Object.keys(state.users).find((k) => k.toLowerCase() === login.toLowerCase());
  if (key) return state.users[key]!;
  const user: UserRecord = { login, id: nextId(state), type, name: null, email: null };
  state.users[login] = user;
  return user;
}

export function findUser(state: GitHubState, login: string): UserRecord | undefined {
  const key = Object.keys(state.users).find((k) => k.toLowerCase() === login.toLowerCase());
  return key ? state.users[key] : undefined;
}

/** A branch name or a full/abbreviated commit sha -> commit sha. */
export function resolveRef(state: GitHubState, ref: string): string | undefined {
  const name = ref.replace(/^refs\//, '').replace(/^heads\//, '');
  if (state.branches[name]) return state.branches[name];
  // refs/pull/N/head is the PR's head commit (Actions checks out refs/pull/N/merge; no merge commits here).
  const pullRef = /^pull\/(\d+)\/(head|merge)$/.exec(name);
  if (pullRef) return state.pulls.find((p) => p.number === Number(pullRef[1]))?.head.sha;
  if (state.commits[ref]) return ref;
  if (/^[0-9a-f]{7,40}$/.test(ref)) {
    const matches = Object.keys(state.commits).filter((sha) => sha.startsWith(ref));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}

export function collaboratorPermission(state: GitHubState, login: string): RepoPermission | undefined {
  if (login.toLowerCase() === state.owner.login.toLowerCase()) return 'admin';
  const key = Object.keys(state.collaborators).find((k) => k.toLowerCase() === login.toLowerCase());
  return key ? state.collaborators[key] : undefined;
}
