// The `drift-guard/owner-approval` status, evaluated from plain data (DESIGN.md "Owner-approval
// gate"). The GitHub calls that list reviews, team members and changed files live elsewhere;
// this file only decides. It fails closed: whatever cannot be verified does not count.

import { ownerKind } from './codeowners.js';

export interface GuardedModule {
  /** Repo-relative module folder, `/`-separated (`.` or `` for the root). */
  dir: string;
  /** CODEOWNERS owners of the module: '@user', '@org/team', emails. */
  owners: string[];
  /** Repo-relative files of this module that the PR changes (may include files it reads from elsewhere). */
  changedFiles: string[];
  /**
   * Each changed file's own CODEOWNERS owners. When given, every file needs an approval from one
   * of its own owners; without it, any owner of the module approves every file.
   */
  fileOwners?: Record<string, string[]>;
  /** The config file or CODEOWNERS: never passes without an owner, whatever `unowned-modules` says. */
  gateFile?: boolean;
  /** Why nobody can approve a gate file (e.g. the admins could not be listed). */
  gateFileWhy?: string;
}

export interface ReviewInput {
  id: number;
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was submitted on (`commit_id`). */
  commitId: string;
  /** ISO 8601 (`submitted_at`); may be empty for PENDING reviews. */
  submittedAt: string;
}

/**
 * What an owner-less module means. `pending` (default) fails closed: nobody can approve it, so
 * the status stays pending until CODEOWNERS covers it. `allow` lets such modules through.
 */
export const UNOWNED_MODULE_POLICIES = ['pending', 'allow'] as const;
export type UnownedModulePolicy = (typeof UNOWNED_MODULE_POLICIES)[number];
export const DEFAULT_UNOWNED_MODULE_POLICY: UnownedModulePolicy = 'pending';

export const STALE_APPROVAL_POLICIES = ['dismiss', 'keep-if-module-unchanged'] as const;
export type StaleApprovalPolicy = (typeof STALE_APPROVAL_POLICIES)[number];

export interface GateInput {
  modules: GuardedModule[];
  /** Login of the PR author; their own reviews never count. */
  author: string;
  headSha: string;
  reviews: ReviewInput[];
  /** '@org/team' -> member logins; null = could not read (no owners-token). */
  teamMembers: Map<string, string[]> | null;
  /** Repo-relative files changed between that commit and head; null = unknown. */
  filesChangedSince: (commitSha: string) => string[] | null;
  staleApprovals: StaleApprovalPolicy;
  /** Defaults to DEFAULT_UNOWNED_MODULE_POLICY. */
  unownedModules?: UnownedModulePolicy;
}

export interface ModuleGate {
  dir: string;
  owners: string[];
  /** Logins (no `@`) whose approval counts for this module. */
  approvedBy: string[];
  /** Logins (no `@`) of owners whose latest review requests changes. */
  changesRequestedBy: string[];
  state: 'approved' | 'pending' | 'changes_requested' | 'unowned';
  /** One or more sentences for the summary comment and job summary. */
  why: string;
  /** Owners (as written in CODEOWNERS) whose approval is still missing; [] when approved. The author is never listed. */
  missingOwners: string[];
}

export interface GateResult {
  state: 'success' | 'pending' | 'failure';
  /** Commit status description, under 140 characters. */
  description: string;
  modules: ModuleGate[];
}

export const STATUS_DESCRIPTION_MAX = 139;

const OWNERS_TOKEN_MISSING =
  'the owners-token input is not set (a token with read:org, or Members: read for a GitHub App, is needed to read team members)';

export function evaluateApprovalGate(input: GateInput): GateResult {
  const author = input.author.toLowerCase();
  const decisions = latestDecisions(input.reviews, author);
  const teams = input.teamMembers === null ? null : lowerCaseKeys(input.teamMembers);
  const changedSince = memoize(input.filesChangedSince);
  const unownedPolicy = input.unownedModules ?? DEFAULT_UNOWNED_MODULE_POLICY;

  const modules = input.modules.map((module) =>
    evaluateModule(module, { author, decisions, teams, changedSince, unownedPolicy, input }),
  );
  return { state: overallState(modules, unownedPolicy), description: describe(modules, unownedPolicy), modules };
}

/** Users (logins) and team slugs to request reviews from: owners of pending modules who have not approved. */
export function reviewersToRequest(result: GateResult): { users: string[]; teams: string[] } {
  const users = new Map<string, string>();
  const teams = new Map<string, string>();
  for (const module of result.modules) {
    if (module.state !== 'pending') continue;
    for (const owner of module.missingOwners) {
      const kind = ownerKind(owner);
      // The review-request API takes logins and team slugs of the repository's organization;
      // an email cannot be requested.
      if (kind === 'user') addOnce(users, owner.slice(1));
      else if (kind === 'team') addOnce(teams, owner.slice(owner.indexOf('/') + 1));
    }
  }
  return { users: sortedValues(users), teams: sortedValues(teams) };
}

interface ModuleContext {
  author: string;
  decisions: Map<string, ReviewInput>;
  teams: Map<string, string[]> | null;
  changedSince: (commitSha: string) => string[] | null;
  unownedPolicy: UnownedModulePolicy;
  input: GateInput;
}

/** What one reviewer's latest decision means for a module: counts, stale (with why) or changes requested. */
type LoginDecision = { kind: 'approved'; login: string; note: string } | { kind: 'stale'; note: string } | { kind: 'changes'; login: string } | null;

/**
 * A module is approved only when every changed file in it is: a file is approved by one of *its
 * own* CODEOWNERS (GitHub's per-file semantics, last matching pattern wins), so an owner of one
 * file cannot approve a file owned only by somebody else (issue 13).
 */
function evaluateModule(module: GuardedModule, ctx: ModuleContext): ModuleGate {
  const base = { dir: module.dir, owners: [...module.owners] };
  // Without per-file owners every changed file is owned by all of the module's owners.
  const files: [string, string[]][] = module.fileOwners ? Object.entries(module.fileOwners) : [[module.dir, module.owners]];
  if (files.every(([, owners]) => owners.length === 0)) {
    if (module.gateFile) {
      return {
        ...base, approvedBy: [], changesRequestedBy: [], missingOwners: [], state: 'pending',
        why: module.gateFileWhy ?? 'Nobody can approve a change to this file: give it an owner in CODEOWNERS (or set `approval.config-owners`).',
      };
    }
    return {
      ...base,
      approvedBy: [],
      changesRequestedBy: [],
      missingOwners: [],
      state: 'unowned',
      why:
        ctx.unownedPolicy === 'allow'
          ? 'No CODEOWNERS rule owns this module; owner-less modules are allowed by configuration.'
          : 'No CODEOWNERS rule owns this module, so no owner can approve it; add its folder to CODEOWNERS (or allow owner-less modules in the configuration).',
    };
  }

  const notes: string[] = [];
  const resolved = new Map<string, string[] | null>();
  const loginsOf = (owner: string): string[] | null => {
    if (!resolved.has(owner)) resolved.set(owner, ownerLogins(owner, ctx, notes));
    return resolved.get(owner)!;
  };
  const decisions = new Map<string, LoginDecision>();
  const decisionOf = (login: string): LoginDecision => {
    if (!decisions.has(login)) {
      const review = ctx.decisions.get(login);
      let decision: LoginDecision = null;
      if (review?.state === 'CHANGES_REQUESTED') decision = { kind: 'changes', login: review.login };
      else if (review?.state === 'APPROVED') {
        const freshness = approvalFreshness(review, module, ctx);
        decision = freshness.counts ? { kind: 'approved', login: review.login, note: freshness.note } : { kind: 'stale', note: freshness.note };
      }
      decisions.set(login, decision);
    }
    return decisions.get(login)!;
  };

  const approvedBy = new Map<string, string>();
  const changesRequestedBy = new Map<string, string>();
  const approvalNotes: string[] = [];
  const staleNotes = new Set<string>();
  const missing = new Map<string, string>();
  const waiting: { file: string; owners: string[] }[] = [];
  const unownedFiles: string[] = [];
  const authorOnlyFiles: string[] = [];
  let authorOwns = false;

  for (const [file, owners] of files) {
    if (owners.length === 0) {
      unownedFiles.push(file);
      continue;
    }
    let satisfied = false;
    const fileMissing: string[] = [];
    for (const owner of owners) {
      const candidates = loginsOf(owner);
      if (candidates === null) {
        fileMissing.push(owner);
        continue;
      }
      const authorIsOwner = ownerKind(owner) === 'user' && candidates.includes(ctx.author);
      if (authorIsOwner) authorOwns = true;
      let ownerSatisfied = false;
      for (const login of candidates) {
        if (login === ctx.author) continue;
        const decision = decisionOf(login);
        if (decision?.kind === 'changes') changesRequestedBy.set(login, decision.login);
        else if (decision?.kind === 'stale') staleNotes.add(decision.note);
        else if (decision?.kind === 'approved') {
          ownerSatisfied = true;
          if (!approvedBy.has(login)) {
            approvedBy.set(login, decision.login);
            approvalNotes.push(decision.note);
          }
        }
      }
      if (ownerSatisfied) satisfied = true;
      else if (!authorIsOwner) fileMissing.push(owner);
    }
    if (satisfied) continue;
    if (fileMissing.length === 0) authorOnlyFiles.push(file);
    else waiting.push({ file, owners: fileMissing });
    for (const o of fileMissing) if (!missing.has(o.toLowerCase())) missing.set(o.toLowerCase(), o);
  }
  if (authorOwns) notes.push(`@${ctx.input.author} is the PR author; an author's own approval never counts.`);
  notes.unshift(...staleNotes);

  const approved = [...approvedBy.values()];
  const requested = [...changesRequestedBy.values()];
  const missingOwners = [...missing.values()];
  if (requested.length > 0) {
    const why = [`${mentionList(requested)} requested changes.`, ...approvalNotes, ...notes].join(' ');
    return { ...base, approvedBy: approved, changesRequestedBy: requested, missingOwners, state: 'changes_requested', why };
  }
  const unownedBlocks = unownedFiles.length > 0 && (module.gateFile || ctx.unownedPolicy !== 'allow');
  if (waiting.length === 0 && authorOnlyFiles.length === 0 && !unownedBlocks) {
    const allowed = unownedFiles.length > 0 ? [`${listFiles(unownedFiles)} ${unownedFiles.length === 1 ? 'has' : 'have'} no CODEOWNERS owner; owner-less files are allowed by configuration.`] : [];
    return { ...base, approvedBy: approved, changesRequestedBy: [], missingOwners: [], state: 'approved', why: [...approvalNotes, ...allowed].join(' ') };
  }
  const whys: string[] = [];
  const singleFile = files.length === 1 || !module.fileOwners;
  const sameOwners = waiting.every((w) => w.owners.join(' ') === waiting[0]!.owners.join(' '));
  if (waiting.length > 0 && (singleFile || (sameOwners && waiting.length === files.length))) {
    whys.push(`Waiting for an approval from ${orList(waiting[0]!.owners)}.`);
  } else {
    for (const w of waiting) whys.push(`${w.file} needs an approval from ${orList(w.owners)} (its CODEOWNERS).`);
  }
  if (authorOnlyFiles.length > 0) {
    whys.push(singleFile ? 'No owner other than the author can approve this module.' : `No owner other than the author can approve ${listFiles(authorOnlyFiles)}.`);
  }
  if (unownedBlocks) {
    whys.push(`${listFiles(unownedFiles)} ${unownedFiles.length === 1 ? 'has' : 'have'} no CODEOWNERS owner, so no owner can approve ${unownedFiles.length === 1 ? 'it' : 'them'}; add ${unownedFiles.length === 1 ? 'it' : 'them'} to CODEOWNERS${module.gateFile ? '' : ' (or allow owner-less modules in the configuration)'}.`);
  }
  const why = [...whys, ...approvalNotes, ...notes].join(' ');
  return { ...base, approvedBy: approved, changesRequestedBy: [], missingOwners, state: 'pending', why };
}

function listFiles(files: string[]): string {
  return files.length <= 3 ? files.join(', ') : `${files.slice(0, 3).join(', ')} and ${files.length - 3} more`;
}

/** Lower-cased logins an owner stands for, or null when the owner cannot be resolved (with a note why). */
function ownerLogins(owner: string, ctx: ModuleContext, notes: string[]): string[] | null {
  const kind = ownerKind(owner);
  if (kind === 'user') return [owner.slice(1).toLowerCase()];
  if (kind === 'team') {
    if (ctx.teams === null) {
      notes.push(`Team ${owner} cannot be resolved: ${OWNERS_TOKEN_MISSING}.`);
      return null;
    }
    const members = ctx.teams.get(owner.toLowerCase());
    if (!members) {
      notes.push(`Members of team ${owner} could not be read; check that the team exists and that owners-token can read it (read:org / Members: read).`);
      return null;
    }
    return members.map((m) => m.replace(/^@/, '').toLowerCase());
  }
  if (kind === 'email') {
    notes.push(`Owner ${owner} is an email address, which cannot be matched to a GitHub login; list the owner's @username in CODEOWNERS.`);
    return null;
  }
  notes.push(`Owner "${owner}" is not a valid CODEOWNERS owner.`);
  return null;
}

function approvalFreshness(review: ReviewInput, module: GuardedModule, ctx: ModuleContext): { counts: boolean; note: string } {
  const who = `@${review.login}`;
  if (review.commitId === ctx.input.headSha) return { counts: true, note: `Approved by ${who}.` };
  const sha = review.commitId.slice(0, 7);
  if (ctx.input.staleApprovals === 'dismiss') {
    return { counts: false, note: `${who} approved ${sha}, an older commit; only approvals of the head commit count.` };
  }
  const changed = ctx.changedSince(review.commitId);
  if (changed === null) {
    return { counts: false, note: `${who} approved ${sha}, an older commit, and what changed since could not be determined, so it does not count.` };
  }
  const touched = changed.filter((file) => belongsToModule(file, module));
  if (touched.length > 0) {
    return { counts: false, note: `${who} approved ${sha}, but the module changed since (${touched[0]}${touched.length > 1 ? ` and ${touched.length - 1} more` : ''}).` };
  }
  return { counts: true, note: `Approved by ${who} on ${sha}; the module has not changed since.` };
}

/**
 * A file belongs to a module when it is anywhere under the module's folder (a nested folder is
 * usually a local module it calls, so a change there changes it too) or when the caller listed
 * it among the module's files (e.g. a template it reads from elsewhere).
 */
function belongsToModule(file: string, module: GuardedModule): boolean {
  const dir = module.dir.replace(/^\.\/+/, '').replace(/\/+$/, '');
  if (dir === '' || dir === '.') return true;
  return file === dir || file.startsWith(`${dir}/`) || module.changedFiles.includes(file);
}

/**
 * Each reviewer's latest decisive review: APPROVED, CHANGES_REQUESTED or DISMISSED. A later
 * COMMENTED review leaves an approval standing (as on GitHub); PENDING reviews are drafts.
 */
function latestDecisions(reviews: ReviewInput[], author: string): Map<string, ReviewInput> {
  const decisive = reviews
    .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
    .filter((r) => r.login.toLowerCase() !== author)
    .sort(chronological);
  const latest = new Map<string, ReviewInput>();
  for (const review of decisive) latest.set(review.login.toLowerCase(), review);
  return latest;
}

function chronological(a: ReviewInput, b: ReviewInput): number {
  const ta = Date.parse(a.submittedAt);
  const tb = Date.parse(b.submittedAt);
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta - tb;
  // Review ids grow with time, so they order reviews submitted in the same second.
  return a.id - b.id;
}

function overallState(modules: ModuleGate[], unowned: UnownedModulePolicy): GateResult['state'] {
  if (modules.some((m) => m.state === 'changes_requested')) return 'failure';
  return modules.every((m) => isSatisfied(m, unowned)) ? 'success' : 'pending';
}

function isSatisfied(module: ModuleGate, unowned: UnownedModulePolicy): boolean {
  return module.state === 'approved' || (module.state === 'unowned' && unowned === 'allow');
}

function describe(modules: ModuleGate[], unowned: UnownedModulePolicy): string {
  if (modules.length === 0) return 'No guarded module changed.';
  const total = modules.length;
  const done = modules.filter((m) => isSatisfied(m, unowned)).length;
  const noun = total === 1 ? 'module' : 'modules';
  const blocked = modules.filter((m) => m.state === 'changes_requested');
  if (blocked.length > 0) {
    const first = blocked[0]!;
    const rest = blocked.length > 1 ? ` (+${blocked.length - 1} more)` : '';
    return truncate(`Changes requested on ${first.dir} by ${mentionList(first.changesRequestedBy)}${rest}; ${done}/${total} ${noun} approved.`);
  }
  if (done === total) return truncate(`Approved by owners: ${total} ${noun}.`);
  const waiting = modules.filter((m) => !isSatisfied(m, unowned));
  const parts = waiting.map((m) => (m.state === 'unowned' ? `${m.dir} (no owner)` : m.missingOwners.length ? `${m.dir} (${m.missingOwners.join(' ')})` : m.dir));
  // Fail closed, and say why: without the token no team member's approval can count.
  const tokenMissing = waiting.some((m) => m.why.includes(OWNERS_TOKEN_MISSING)) ? 'owners-token (read:org) missing for team owners; ' : '';
  return truncate(`${tokenMissing}${done}/${total} ${noun} approved; waiting on ${parts.join(', ')}`);
}

function truncate(text: string): string {
  return text.length <= STATUS_DESCRIPTION_MAX ? text : `${text.slice(0, STATUS_DESCRIPTION_MAX - 1)}…`;
}

function mentionList(logins: string[]): string {
  return logins.map((l) => `@${l}`).join(', ');
}

function orList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function lowerCaseKeys(map: Map<string, string[]>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const [key, value] of map) {
    const normalized = (key.startsWith('@') ? key : `@${key}`).toLowerCase();
    result.set(normalized, [...(result.get(normalized) ?? []), ...value]);
  }
  return result;
}

function memoize(fn: (sha: string) => string[] | null): (sha: string) => string[] | null {
  const cache = new Map<string, string[] | null>();
  return (sha) => {
    if (!cache.has(sha)) cache.set(sha, fn(sha));
    return cache.get(sha)!;
  };
}

/** Logins and slugs are case-insensitive on GitHub; the first spelling seen is kept. */
function addOnce(map: Map<string, string>, name: string): void {
  if (!map.has(name.toLowerCase())) map.set(name.toLowerCase(), name);
}

function sortedValues(map: Map<string, string>): string[] {
  return [...map.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
}
