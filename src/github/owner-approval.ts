// The owner-approval gate on GitHub (DESIGN.md "Owner-approval gate"): gathers reviews, team
// members and what changed since each approval, lets ownership/approval-gate.ts decide, then
// publishes the `drift-guard/owner-approval` status on the PR head, asks the missing owners for
// a review, and returns the Markdown for the summary comment's owner-approval section.
import {
  evaluateApprovalGate,
  reviewersToRequest,
  type GateResult,
  type GuardedModule,
  type ReviewInput,
  type StaleApprovalPolicy,
  type UnownedModulePolicy,
} from '../ownership/approval-gate.js';
import { ownerKind, ownersOf, type CodeownersFile } from '../ownership/codeowners.js';
import { escapeMarkdown, inlineCode } from '../report/markdown-escape.js';
import type { Logger } from '../logger.js';
import { countRequests, httpStatus, isRateLimited, type GitHubClient } from './client.js';
import { latestStatus, setCommitStatus, type CommitStatusResult } from './statuses.js';
import { SUMMARY_SECTION_OWNER_APPROVAL, type SummarySection } from './summary-comment.js';

export const OWNER_APPROVAL_STATUS_CONTEXT = 'drift-guard/owner-approval';
/** "The list of changed files is only shown on the first page of results, and it includes up to 300 changed files" (compare API docs). */
const COMPARE_MAX_FILES = 300;

export interface GuardedModuleChange {
  /** Module folder (repo-relative, `/`-separated), or a single guarded file such as `.github/drift-guard.yml`. */
  dir: string;
  /** Repo-relative files of this module the PR changes. */
  changedFiles: string[];
}

export interface PublishOwnerApprovalInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  pullRequest: { number: number; headSha: string; author: string; baseRef: string };
  guardedModules: GuardedModuleChange[];
  /** CODEOWNERS at the PR's base ref; null when the repository has none. */
  codeowners: CodeownersFile | null;
  /** A client built from owners-token, which can read org team membership; absent = teams cannot be resolved. */
  ownersClient?: GitHubClient;
  staleApprovals: StaleApprovalPolicy;
  unownedModules: UnownedModulePolicy;
  requestReviews: boolean;
  runUrl?: string;
  /**
   * The config file and CODEOWNERS paths, which are always guarded, and the base config's
   * `approval.config-owners`: who approves them when CODEOWNERS owns neither (then the admins).
   */
  gateFiles?: { paths: string[]; configOwners: string[] };
}

/** What the status and the review-request steps take (the CLI's one call adds `requestReviews`). */
export type OwnerApprovalInput = Omit<PublishOwnerApprovalInput, 'requestReviews'>;

export interface PublishOwnerApprovalResult {
  gate: GateResult;
  /** Null when the status could not be written (read-only token). */
  status: CommitStatusResult | null;
  /** Reviews requested by this run: user logins and slugs of the repository owner's teams. */
  requested: { users: string[]; teams: string[] };
  /** Owners GitHub would not ask for a review (not collaborators, teams without access, teams of another org). */
  notRequested: { users: string[]; teams: string[] };
  /** The owner-approval section of the summary comment. */
  section: SummarySection;
  markdown: string;
  approvedModules: number;
  totalModules: number;
  /** Team owners whose members could not be read (no owners-token, or it cannot see them). */
  unresolvedTeams: string[];
  readOnly: boolean;
  requests: number;
  writes: number;
}

/**
 * Owners of a guarded module = the union of the CODEOWNERS owners of the files the PR changes in
 * it, for display and review requests. The gate itself asks each file for an approval from one of
 * its own owners (fileOwners), as GitHub does. Without changed files, the owners of `dir` as a path.
 */
export function moduleOwners(codeowners: CodeownersFile | null, module: GuardedModuleChange): string[] {
  if (!codeowners) return [];
  const files = module.changedFiles.length > 0 ? module.changedFiles : [module.dir];
  const owners = new Map<string, string>();
  for (const file of files) {
    for (const owner of ownersOf(codeowners, file)) if (!owners.has(owner.toLowerCase())) owners.set(owner.toLowerCase(), owner);
  }
  return [...owners.values()];
}

/** Each changed file's own CODEOWNERS owners (GitHub: the last matching pattern wins). */
export function fileOwners(codeowners: CodeownersFile | null, module: GuardedModuleChange): Record<string, string[]> {
  const files = module.changedFiles.length > 0 ? module.changedFiles : [module.dir];
  return Object.fromEntries(files.map((file) => [file, codeowners ? ownersOf(codeowners, file) : []]));
}

/**
 * Owners of a gate file (the config file, CODEOWNERS): its CODEOWNERS owners at the base, else
 * `approval.config-owners`, else the repository admins. Listing admins needs a token that may
 * (`GET /repos/{owner}/{repo}/collaborators?permission=admin`; for organization repositories the
 * docs ask for an organization member, which GITHUB_TOKEN is not): without one, nobody can
 * approve and the gate stays pending with a message saying what to set.
 */
async function gateFileOwners(
  input: OwnerApprovalInput,
  module: GuardedModuleChange,
  admins: () => Promise<{ owners: string[] } | { why: string }>,
): Promise<GuardedModule> {
  const fromCodeowners = moduleOwners(input.codeowners, module);
  const base = { dir: module.dir, changedFiles: [...module.changedFiles], gateFile: true };
  const withOwners = (owners: string[]): GuardedModule => ({ ...base, owners, fileOwners: Object.fromEntries(module.changedFiles.map((f) => [f, owners])) });
  if (fromCodeowners.length > 0) return { ...withOwners(fromCodeowners), fileOwners: fileOwners(input.codeowners, module) };
  if (input.gateFiles && input.gateFiles.configOwners.length > 0) return withOwners([...input.gateFiles.configOwners]);
  const found = await admins();
  if ('why' in found) return { ...withOwners([]), gateFileWhy: found.why };
  return withOwners(found.owners);
}

function adminLister(input: OwnerApprovalInput): () => Promise<{ owners: string[] } | { why: string }> {
  let cached: Promise<{ owners: string[] } | { why: string }> | undefined;
  return () => {
    cached ??= (async () => {
      const client = input.ownersClient ?? input.client;
      const which = input.ownersClient ? 'owners-token' : 'the workflow token';
      const unset = 'No CODEOWNERS rule owns it and `approval.config-owners` is not set in the base branch\'s config';
      try {
        const list = await client.paginate(client.rest.repos.listCollaborators, { owner: input.owner, repo: input.repo, permission: 'admin', affiliation: 'all', per_page: 100 });
        const owners = list.filter((u) => u.type !== 'Bot').map((u) => `@${u.login}`);
        if (owners.length === 0) return { why: `${unset}, and the repository has no admin who could approve it.` };
        return { owners };
      } catch (error) {
        const status = httpStatus(error);
        if (status === undefined || status >= 500 || isRateLimited(error)) throw error;
        input.logger.warning(`Could not list the repository admins with ${which} (HTTP ${status}); changes to the gate's own files stay pending until CODEOWNERS owns them or approval.config-owners is set.`);
        return { why: `${unset}, and ${which} cannot list the repository admins (HTTP ${status}). Add the file to CODEOWNERS or set \`approval.config-owners\`.` };
      }
    })();
    return cached;
  };
}

/** The gate evaluated and its status published: what the review requests and the summary section build on. */
export interface OwnerApprovalEvaluation {
  gate: GateResult;
  /** Null when the status could not be written (read-only token). */
  status: CommitStatusResult | null;
  reviews: ReviewInput[];
  approvedModules: number;
  totalModules: number;
  unresolvedTeams: string[];
  readOnly: boolean;
}

/**
 * The owner-approval gate and its `drift-guard/owner-approval` status. Asking the missing owners
 * for a review is a step of its own (requestOwnerReviews): the status never depends on it, so a
 * failing review-request endpoint cannot leave the gate unevaluated (issue 14).
 */
export async function publishOwnerApprovalStatus(input: OwnerApprovalInput): Promise<OwnerApprovalEvaluation> {
  const { client, logger, owner, repo, pullRequest } = input;
  const gatePaths = new Set(input.gateFiles?.paths ?? []);
  const admins = adminLister(input);
  const modules: GuardedModule[] = [];
  for (const m of input.guardedModules) {
    if (gatePaths.has(m.dir)) modules.push(await gateFileOwners(input, m, admins));
    else modules.push({ dir: m.dir, changedFiles: [...m.changedFiles], owners: moduleOwners(input.codeowners, m), fileOwners: fileOwners(input.codeowners, m) });
  }
  const reviews = await listReviews(client, { owner, repo, pullNumber: pullRequest.number });
  const teamOwners = uniqueTeams(modules);
  const teamMembers = input.ownersClient ? await readTeamMembers(input.ownersClient, teamOwners, logger) : null;
  const changedSince =
    input.staleApprovals === 'keep-if-module-unchanged'
      ? await filesChangedSinceApprovals(client, { owner, repo, pullRequest, reviews, logger })
      : new Map<string, string[] | null>();

  const gate = evaluateApprovalGate({
    modules,
    author: pullRequest.author,
    headSha: pullRequest.headSha,
    reviews,
    teamMembers,
    filesChangedSince: (sha) => changedSince.get(sha) ?? null,
    staleApprovals: input.staleApprovals,
    unownedModules: input.unownedModules,
  });
  const unresolvedTeams = teamOwners.filter((t) => teamMembers === null || !teamMembers.has(t.toLowerCase()));

  // Read-only is decided from the event before this runs (a fork PR never gets here): a 403 here
  // is a missing `statuses: write` and fails the phase, named (issue 14), never a guess.
  const readOnly = false;
  const status: CommitStatusResult | null = await setCommitStatus({
    client,
    owner,
    repo,
    sha: pullRequest.headSha,
    context: OWNER_APPROVAL_STATUS_CONTEXT,
    state: gate.state,
    description: gate.description,
    targetUrl: input.runUrl,
  });
  const approvedModules = gate.modules.filter((m) => m.state === 'approved' || (m.state === 'unowned' && input.unownedModules === 'allow')).length;
  return { gate, status, reviews, approvedModules, totalModules: gate.modules.length, unresolvedTeams, readOnly };
}

/** Whether the missing owners are to be asked: the gate is not satisfied and the token can write. */
export function reviewsToRequest(evaluation: OwnerApprovalEvaluation): boolean {
  return !evaluation.readOnly && evaluation.gate.state !== 'success';
}

/** Asks the owners the gate still waits for (GET then POST `requested_reviewers`); never touches the status. */
export async function requestOwnerReviews(
  input: OwnerApprovalInput,
  evaluation: OwnerApprovalEvaluation,
): Promise<{ requested: { users: string[]; teams: string[] }; notRequested: { users: string[]; teams: string[] } }> {
  const requested = { users: [] as string[], teams: [] as string[] };
  const notRequested = { users: [] as string[], teams: [] as string[] };
  if (reviewsToRequest(evaluation)) await requestMissingReviews(input, evaluation.gate, evaluation.reviews, requested, notRequested);
  return { requested, notRequested };
}

/** The owner-approval section of the summary comment; `requests` absent when they were not made (or failed). */
export function ownerApprovalSection(
  input: Pick<PublishOwnerApprovalInput, 'ownersClient' | 'owner'>,
  evaluation: OwnerApprovalEvaluation,
  requests: { requested: { users: string[]; teams: string[] }; notRequested: { users: string[]; teams: string[] } } = { requested: { users: [], teams: [] }, notRequested: { users: [], teams: [] } },
): SummarySection {
  const markdown = renderOwnerApprovalSection({ gate: evaluation.gate, ...requests, unresolvedTeams: evaluation.unresolvedTeams, ownersClient: input.ownersClient !== undefined, org: input.owner });
  return { id: SUMMARY_SECTION_OWNER_APPROVAL, title: 'Owner approval', markdown };
}

/** The status, then the review requests (when `requestReviews`), then the section: the CLI's and the tests' one call. */
export async function publishOwnerApproval(input: PublishOwnerApprovalInput): Promise<PublishOwnerApprovalResult> {
  const counter = countRequests(input.client);
  try {
    const evaluation = await publishOwnerApprovalStatus(input);
    const requests = input.requestReviews ? await requestOwnerReviews(input, evaluation) : { requested: { users: [], teams: [] }, notRequested: { users: [], teams: [] } };
    const section = ownerApprovalSection(input, evaluation, requests);
    return {
      gate: evaluation.gate,
      status: evaluation.status,
      ...requests,
      section,
      markdown: section.markdown,
      approvedModules: evaluation.approvedModules,
      totalModules: evaluation.totalModules,
      unresolvedTeams: evaluation.unresolvedTeams,
      readOnly: evaluation.readOnly,
      requests: counter.requests,
      writes: counter.writes,
    };
  } finally {
    counter.stop();
  }
}

export const REEVALUATING_DESCRIPTION = 'Re-evaluating owner approval…';

/**
 * The first write of every run on a pull request: a success left by an earlier run turns pending
 * before anything that could fail, so a run that dies half-way (a dismissal whose run fails)
 * never leaves a stale success behind (issue 13). A pending or failure status already says "not
 * approved" and is left alone, so a re-run of a waiting pull request writes nothing.
 */
export async function markOwnerApprovalReevaluating(input: {
  client: GitHubClient;
  owner: string;
  repo: string;
  headSha: string;
  runUrl?: string;
}): Promise<{ written: boolean }> {
  const current = await latestStatus(input.client, { owner: input.owner, repo: input.repo, sha: input.headSha, context: OWNER_APPROVAL_STATUS_CONTEXT });
  if (current && (current.state === 'pending' || current.state === 'failure')) return { written: false };
  const written = await setCommitStatus({
    client: input.client,
    owner: input.owner,
    repo: input.repo,
    sha: input.headSha,
    context: OWNER_APPROVAL_STATUS_CONTEXT,
    state: 'pending',
    description: REEVALUATING_DESCRIPTION,
    targetUrl: input.runUrl,
  });
  return { written: written.written };
}

const REVIEW_STATES = new Set<ReviewInput['state']>(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']);

async function listReviews(client: GitHubClient, input: { owner: string; repo: string; pullNumber: number }): Promise<ReviewInput[]> {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner: input.owner,
    repo: input.repo,
    pull_number: input.pullNumber,
    per_page: 100,
  });
  return reviews.flatMap((r) => {
    // A deleted account shows as a null user (ghost): there is no owner to match.
    if (!r.user?.login || !r.commit_id || !REVIEW_STATES.has(r.state as ReviewInput['state'])) return [];
    return [{ id: r.id, login: r.user.login, state: r.state as ReviewInput['state'], commitId: r.commit_id, submittedAt: r.submitted_at ?? '' }];
  });
}

function uniqueTeams(modules: GuardedModule[]): string[] {
  const teams = new Map<string, string>();
  for (const m of modules) for (const o of m.owners) if (ownerKind(o) === 'team' && !teams.has(o.toLowerCase())) teams.set(o.toLowerCase(), o);
  return [...teams.values()];
}

/**
 * Member logins of an `@org/team` owner read with `client` (built from owners-token), or null when
 * the token cannot see the team. For syncDriftIssues' `ownersTeamMembers`.
 */
export function teamMembersLookup(client: GitHubClient, logger: Logger): (team: string) => Promise<string[] | null> {
  return async (team) => (await readTeamMembers(client, [team], logger)).get(team.toLowerCase()) ?? null;
}

/** `@org/team` -> member logins, for the teams the owners client can read; the others are left out (the gate fails them closed). */
async function readTeamMembers(client: GitHubClient, teams: string[], logger: Logger): Promise<Map<string, string[]>> {
  const members = new Map<string, string[]>();
  for (const team of teams) {
    if (ownerKind(team) !== 'team') continue;
    const [org, slug] = team.slice(1).split('/') as [string, string];
    try {
      const list = await client.paginate(client.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
      members.set(team.toLowerCase(), list.map((u) => u.login));
    } catch (error) {
      const status = httpStatus(error);
      if ((status !== 403 && status !== 404) || isRateLimited(error)) throw error;
      logger.warning(`Could not read the members of ${team} with owners-token (HTTP ${status}); its approvals do not count until the token can read the team.`);
    }
  }
  return members;
}

/**
 * For each older commit an approval was given on, the files changed between it and the head
 * (compare API, `base...head`). Null (the approval does not count) when the commit is no longer
 * in the PR (force push), when the comparison is not a plain fast-forward, or when GitHub lists
 * only part of the files.
 */
async function filesChangedSinceApprovals(
  client: GitHubClient,
  input: { owner: string; repo: string; pullRequest: PublishOwnerApprovalInput['pullRequest']; reviews: ReviewInput[]; logger: Logger },
): Promise<Map<string, string[] | null>> {
  const { owner, repo, pullRequest, logger } = input;
  const author = pullRequest.author.toLowerCase();
  const stale = [
    ...new Set(input.reviews.filter((r) => r.state === 'APPROVED' && r.commitId !== pullRequest.headSha && r.login.toLowerCase() !== author).map((r) => r.commitId)),
  ];
  const result = new Map<string, string[] | null>();
  if (stale.length === 0) return result;
  // GitHub lists at most 250 commits of a PR; an approval on a commit beyond that fails closed.
  const commits = await client.paginate(client.rest.pulls.listCommits, { owner, repo, pull_number: pullRequest.number, per_page: 100 });
  const inPullRequest = new Set(commits.map((c) => c.sha));
  for (const sha of stale) {
    if (!inPullRequest.has(sha)) {
      logger.debug(`Approved commit ${sha.slice(0, 7)} is no longer part of the pull request; the approval is stale.`);
      result.set(sha, null);
      continue;
    }
    try {
      const { data } = await client.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: `${sha}...${pullRequest.headSha}`, per_page: 1 });
      const files = data.files ?? [];
      if ((data.status !== 'ahead' && data.status !== 'identical') || files.length >= COMPARE_MAX_FILES) {
        result.set(sha, null);
        continue;
      }
      result.set(sha, [...new Set(files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])))]);
    } catch (error) {
      // 404: the commit or a common ancestor is gone (force push); 422: GitHub cannot compare
      // them. Anything else (a token that may not read contents, a server error) fails the phase
      // rather than silently discarding an owner's approval.
      const status = httpStatus(error);
      if ((status !== 404 && status !== 422) || isRateLimited(error)) throw error;
      logger.debug(`Comparing ${sha.slice(0, 7)} with the head failed (HTTP ${status}); approvals of that commit do not count.`);
      result.set(sha, null);
    }
  }
  return result;
}

async function requestMissingReviews(
  input: OwnerApprovalInput,
  gate: GateResult,
  reviews: ReviewInput[],
  requested: { users: string[]; teams: string[] },
  notRequested: { users: string[]; teams: string[] },
): Promise<void> {
  const { client, owner, repo, pullRequest, logger } = input;
  const wanted = reviewersToRequest(gate);
  // The review-request API takes slugs of the repository owner's teams only.
  const orgTeams = new Set(
    gate.modules
      .flatMap((m) => m.missingOwners)
      .filter((o) => ownerKind(o) === 'team' && o.slice(1).split('/')[0]!.toLowerCase() === owner.toLowerCase())
      .map((o) => o.slice(o.indexOf('/') + 1).toLowerCase()),
  );
  // A team of another organization is kept as `@org/team`: its slug alone would name the wrong team.
  const foreignTeams = gate.modules.flatMap((m) => m.missingOwners).filter((o) => ownerKind(o) === 'team' && !orgTeams.has(o.slice(o.indexOf('/') + 1).toLowerCase()));
  for (const slug of wanted.teams) {
    if (orgTeams.has(slug.toLowerCase())) continue;
    const names = [...new Set(foreignTeams.filter((o) => o.slice(o.indexOf('/') + 1).toLowerCase() === slug.toLowerCase()))];
    notRequested.teams.push(...(names.length > 0 ? names : [slug]));
  }
  // Someone who already reviewed this head commit has seen it; asking again on a re-run is noise.
  const reviewedHead = new Set(reviews.filter((r) => r.commitId === pullRequest.headSha && r.state !== 'PENDING').map((r) => r.login.toLowerCase()));
  const { data: current } = await client.rest.pulls.listRequestedReviewers({ owner, repo, pull_number: pullRequest.number });
  const pendingUsers = new Set(current.users.map((u) => u.login.toLowerCase()));
  const pendingTeams = new Set(current.teams.map((t) => t.slug.toLowerCase()));
  const users = wanted.users.filter((u) => !pendingUsers.has(u.toLowerCase()) && !reviewedHead.has(u.toLowerCase()) && u.toLowerCase() !== pullRequest.author.toLowerCase());
  const teams = wanted.teams.filter((t) => orgTeams.has(t.toLowerCase()) && !pendingTeams.has(t.toLowerCase()));
  if (users.length === 0 && teams.length === 0) return;

  const ask = (reviewers: string[], teamReviewers: string[]) =>
    client.rest.pulls.requestReviewers({ owner, repo, pull_number: pullRequest.number, reviewers, team_reviewers: teamReviewers });
  try {
    await ask(users, teams);
    requested.users.push(...users);
    requested.teams.push(...teams);
    return;
  } catch (error) {
    if (httpStatus(error) !== 422) throw error;
  }
  // GitHub refuses the whole request when one reviewer is not a collaborator and does not say
  // which; asking one at a time finds them, and everyone else still gets asked.
  for (const user of users) {
    try {
      await ask([user], []);
      requested.users.push(user);
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      notRequested.users.push(user);
    }
  }
  for (const team of teams) {
    try {
      await ask([], [team]);
      requested.teams.push(team);
    } catch (error) {
      if (httpStatus(error) !== 422) throw error;
      notRequested.teams.push(team);
    }
  }
  if (notRequested.users.length || notRequested.teams.length) {
    logger.warning(
      `GitHub would not request reviews from ${[...notRequested.users.map((u) => `@${u}`), ...notRequested.teams.map((t) => teamName(owner, t))].join(', ')} (not collaborators of ${owner}/${repo}, or teams without access).`,
    );
  }
}

const STATE_LABEL: Record<string, string> = {
  approved: '✅ approved',
  pending: '⏳ waiting',
  changes_requested: '❌ changes requested',
  unowned: '⚠️ no owner',
};

/** `@org/team` as CODEOWNERS writes it: a slug is one of the repository owner's teams. */
function teamName(org: string, team: string): string {
  return team.startsWith('@') ? team : `@${org}/${team}`;
}

function codeList(items: string[], empty = '—'): string {
  return items.length === 0 ? empty : items.map((i) => inlineCode(i, { table: true })).join(', ');
}

/** The owner-approval section: overall state, one row per guarded module, then why. Owners are shown as code, so nobody is pinged from here. */
export function renderOwnerApprovalSection(input: {
  gate: GateResult;
  requested: { users: string[]; teams: string[] };
  notRequested: { users: string[]; teams: string[] };
  unresolvedTeams: string[];
  ownersClient: boolean;
  /** The repository owner: the organization of the requested teams. */
  org: string;
}): string {
  const { gate } = input;
  if (gate.modules.length === 0) return 'No guarded module changed; no owner approval is needed.';
  const icon = gate.state === 'success' ? '✅' : gate.state === 'failure' ? '❌' : '⏳';
  const lines: string[] = [`${icon} ${inlineCode(OWNER_APPROVAL_STATUS_CONTEXT)} is **${gate.state}**: ${escapeMarkdown(gate.description)}`, ''];
  if (input.unresolvedTeams.length > 0) {
    const teams = input.unresolvedTeams.map((t) => inlineCode(t)).join(', ');
    lines.push(
      input.ownersClient
        ? `> [!IMPORTANT]\n> The members of ${teams} could not be read with \`owners-token\`; approvals by their members do not count until it can (read:org, or Members: read for a GitHub App).`
        : `> [!IMPORTANT]\n> Team owners (${teams}) cannot be resolved: the \`owners-token\` input is not set. Add a token that can read organization team membership (read:org, or Members: read for a GitHub App); until then only approvals by individual owners count.`,
      '',
    );
  }
  lines.push('| Module | Owners | Approved by | State |', '|---|---|---|---|');
  for (const m of gate.modules) {
    lines.push(`| ${inlineCode(m.dir, { table: true })} | ${codeList(m.owners, 'none')} | ${codeList(m.approvedBy.map((l) => `@${l}`))} | ${STATE_LABEL[m.state] ?? m.state} |`);
  }
  lines.push('');
  for (const m of gate.modules) {
    if (m.why) lines.push(`- ${inlineCode(m.dir)}: ${escapeMarkdown(m.why)}`);
  }
  if (input.requested.users.length || input.requested.teams.length) {
    lines.push('', `Review requested from ${codeList([...input.requested.users.map((u) => `@${u}`), ...input.requested.teams.map((t) => teamName(input.org, t))])}.`);
  }
  if (input.notRequested.users.length || input.notRequested.teams.length) {
    lines.push(
      '',
      `GitHub would not request a review from ${codeList([...input.notRequested.users.map((u) => `@${u}`), ...input.notRequested.teams.map((t) => teamName(input.org, t))])} (not a collaborator, a team without access to the repository, or a team of another organization).`,
    );
  }
  return lines.join('\n').trim();
}
