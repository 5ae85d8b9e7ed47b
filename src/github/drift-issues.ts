// One GitHub issue per drifted ECS resource (DESIGN.md "GitHub behaviour", "Drift"): opened,
// edited when its differences change, closed when live matches the code again, reopened when the
// drift comes back, and routed to the CODEOWNERS of the file that declares the resource.
//
// Issues are found by listing the `drift-guard` label (never the search API, which is eventually
// consistent and rate limited) and matching a hidden fingerprint marker AND the bot's login, so an
// issue that someone else opened with a copied marker is never edited.
import { createHash } from 'node:crypto';
import type { DriftDifference, DriftResult } from '../report/model.js';
import type { Attribution } from '../drift/attribution.js';
import { SECRET_PLACEHOLDER } from '../drift/resources/shared.js';
import { driftSeverity, severityRank } from '../report/model.js';
import { escapeMarkdown, inlineCode, markdownLink, safeLinkTarget, stripInvisible, truncateText } from '../report/markdown-escape.js';
import { ownerKind, ownersOf, type CodeownersFile } from '../ownership/codeowners.js';
import type { Logger } from '../logger.js';
import { answerLost, countRequests, httpStatus, type GitHubClient } from './client.js';
import { resolveBotLogin } from './publish-pull-request.js';
import { MAX_COMMENT_BODY_CHARS } from './review.js';
import { SEVERITY_EMOJI } from '../report/severity-presentation.js';
import { carryNotification, driftNotification, pendingOf, withNotification, type Notification, type NotifyOptions, type PendingNotification } from '../notify/notification.js';

export const DRIFT_ISSUE_LABEL = 'drift-guard';
export const UNOWNED_ISSUE_LABEL = 'drift-guard:unowned';
/** GitHub keeps at most 10 assignees per issue. */
export const MAX_ISSUE_ASSIGNEES = 10;
/** An accepted drift's exception runs this long unless the owner writes another date. */
export const EXCEPTION_DAYS = 30;
export const CONFIG_FILE = '.github/drift-guard.yml';
/** Marks where a later phase (CloudTrail attribution) writes who changed the resource and when. */
/**
 * Written into an issue opened with no assignee (CODEOWNERS unreadable, a team unreadable, no owner
 * assignable): a later run that can route the owners assigns them, drops the `unowned` label and
 * this line. An issue a person unassigned carries no such line and is left as it is.
 */
export const OWNERS_PENDING_MARKER = '<!-- drift-guard:owners-pending -->';

export const ATTRIBUTION_SLOT_START = '<!-- drift-guard:slot:attribution -->';
export const ATTRIBUTION_SLOT_END = '<!-- drift-guard:slot:attribution-end -->';
const UNVERIFIED_START = '<!-- drift-guard:unverified -->';
const UNVERIFIED_END = '<!-- drift-guard:unverified-end -->';
const STATE_PREFIX = '<!-- drift-guard:drift-state:';
/** Room left under GitHub's 65,536-character body limit for the notes appended after rendering. */
const BODY_BUDGET = MAX_COMMENT_BODY_CHARS - 4096;
const MAX_VALUE_CHARS = 300;
const MAX_LISTED_CHANGES = 20;
const MAX_STORED_DIFFERENCES = 200;
/** Past this many drifted attributes the exception names the whole resource (`drift:*`). */
const MAX_EXCEPTION_ENTRIES = 10;

/** Resources in these states get (or keep) an open issue. */
const DRIFT_STATUSES = new Set<DriftResult['status']>(['drifted', 'missing', 'unmanaged']);

export interface SyncDriftIssuesInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  results: DriftResult[];
  /** CODEOWNERS of the default branch; null when the repository has none. */
  codeowners: CodeownersFile | null;
  /** Commit the declaring-file links point at, so they keep pointing at the right lines. */
  defaultBranchSha: string;
  /** `https://github.com` or the GHES host. */
  serverUrl: string;
  /** New issues per run; the rest are returned in `deferred` and created by later runs. */
  maxNewIssues: number;
  /** Members of an `@org/team` owner (only with owners-token); null when they cannot be read. */
  ownersTeamMembers?: (team: string) => Promise<string[] | null>;
  now: Date;
  runUrl?: string;
  /** The login the client writes as; resolved with GET /user (or the Actions bot) when absent. */
  botLogin?: string;
  /** CloudTrail attribution keyed by address (drift/attribution.ts attributeDrift), shown in the "When it changed" slot. */
  attributions?: Map<string, Attribution>;
  /** Channels and events to notify of issues opened or reopened (issue 17); absent: no message. */
  notify?: NotifyOptions;
}

export interface DriftIssueRef {
  address: string;
  number: number;
  url: string;
  state: 'open' | 'closed';
}

export interface SyncDriftIssuesResult {
  created: number;
  updated: number;
  closed: number;
  reopened: number;
  unchanged: number;
  /** Drifted resources whose issue was not created because of `maxNewIssues`. */
  deferred: DriftResult[];
  requests: number;
  writes: number;
  /** The issue of every result that has one after this run. */
  issues: DriftIssueRef[];
  /** Messages to send: issues opened or reopened now, and open ones whose message is still pending. */
  notifications: PendingNotification[];
}

/** Stable identity of a resource's issue: the state file and the Terraform address. */
export function driftFingerprint(result: Pick<DriftResult, 'stateFile' | 'address'>): string {
  return createHash('sha256').update(`${result.stateFile}\n${result.address}`).digest('hex');
}

export function driftMarker(fingerprint: string): string {
  return `<!-- drift-guard:drift:${fingerprint} -->`;
}

function isMaterial(d: DriftDifference): boolean {
  return d.class === 'security' || d.class === 'config';
}

function securityFirst(a: DriftDifference, b: DriftDifference): number {
  return a.class === b.class ? 0 : a.class === 'security' ? -1 : 1;
}

/**
 * What the issue body says about the drift. Expected and ignored differences count by path only:
 * their values (a desired count under autoscaling, runtime fields) move all the time and would
 * otherwise edit the issue on every run.
 */
function driftState(result: DriftResult): DriftSnapshot {
  const diffs: SnapshotDifference[] = [...result.differences]
    .sort((a, b) => a.path.localeCompare(b.path) || a.class.localeCompare(b.class))
    .map((d) => [d.path, d.class, isMaterial(d) ? valueHash(d.expected, d.actual) : '']);
  const digest = createHash('sha256')
    .update(JSON.stringify([result.status, result.status === 'drifted' ? '' : result.reason, diffs]))
    .digest('hex')
    .slice(0, 32);
  // The body keeps the per-difference list only while it is small; past that the digest decides alone.
  return diffs.length > MAX_STORED_DIFFERENCES ? { v: 1, status: result.status, digest, diffs: [], count: diffs.length } : { v: 1, status: result.status, digest, diffs };
}

export type SnapshotDifference = [path: string, cls: DriftDifference['class'], values: string];

export interface DriftSnapshot {
  v: 1;
  status: DriftResult['status'];
  digest: string;
  diffs: SnapshotDifference[];
  /** ISO day the drift was first reported, and the run that reported it, kept across edits. */
  firstSeen?: string;
  firstRun?: string;
  /** Set instead of `diffs` when there are too many differences to keep in the body. */
  count?: number;
}

function valueHash(expected: unknown, actual: unknown): string {
  return createHash('sha256').update(JSON.stringify([expected ?? null, actual ?? null])).digest('hex').slice(0, 12);
}

function encodeState(state: DriftSnapshot): string {
  return `${STATE_PREFIX}${Buffer.from(JSON.stringify(state), 'utf8').toString('base64')} -->`;
}

function decodeState(body: string): DriftSnapshot | null {
  const line = body.split('\n').reverse().find((l) => l.startsWith(STATE_PREFIX));
  if (!line) return null;
  try {
    const parsed = JSON.parse(Buffer.from(line.slice(STATE_PREFIX.length, -' -->'.length), 'base64').toString('utf8')) as DriftSnapshot;
    return parsed && parsed.v === 1 && typeof parsed.digest === 'string' && Array.isArray(parsed.diffs) ? parsed : null;
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Rendering

export interface OwnerRouting {
  /** CODEOWNERS owners of the declaring file, as written. */
  owners: string[];
  /** The path whose owners these are. */
  ownedPath: string;
  /** Why there is no owner, when `owners` is empty. */
  unownedWhy?: string;
}

export interface RenderDriftIssueInput {
  result: DriftResult;
  routing: OwnerRouting;
  owner: string;
  repo: string;
  serverUrl: string;
  defaultBranchSha: string;
  now: Date;
  runUrl?: string;
  /** ISO day and run of the first report; default to `now` and `runUrl`. */
  firstSeen?: string;
  firstRun?: string;
  attribution?: Attribution;
}

export function driftIssueTitle(result: DriftResult): string {
  const address = stripInvisible(result.address).replace(/\s+/g, ' ');
  const suffix = result.status === 'missing' ? ' is missing from AWS' : result.status === 'unmanaged' ? ' is not managed by Terraform' : '';
  return truncateText(`ECS drift: ${address}${suffix}`, 250);
}

function displayValue(value: unknown): string {
  if (value === undefined || value === null) return '(absent)';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return truncateText(text, MAX_VALUE_CHARS);
}

/** True when drift replaced (part of) the value with the secret placeholder (drift/resources/shared.ts SecretValue). */
function holdsSecretPlaceholder(value: unknown): boolean {
  return JSON.stringify(value ?? null).includes(JSON.stringify(SECRET_PLACEHOLDER));
}

/** A Terraform variable name for a secret the Adopt snippet must not write: `var.app_environment_db_password`. */
function secretVariable(path: string): string {
  const name = path.toLowerCase().replace(/^container_definitions/, '').replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 60);
  return `var.${/^[a-z]/.test(name) ? name : `secret_${name}`}`;
}

function fileLink(input: RenderDriftIssueInput, file: string, line?: number): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  const anchor = line ? `#L${line}` : '';
  const label = line ? `${file}:${line}` : file;
  return markdownLink(label, `${input.serverUrl}/${input.owner}/${input.repo}/blob/${input.defaultBranchSha}/${path}${anchor}`);
}

function addDays(now: Date, days: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

/** A code block no line of `content` can close early. */
function fenced(language: string, content: string): string {
  const longest = Math.max(2, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${content}\n${fence}`;
}

/** A Terraform literal for a scalar; null when the value cannot be written as one. */
function hclLiteral(value: unknown): string | null {
  if (typeof value === 'string') return JSON.stringify(stripInvisible(value));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => ['string', 'number', 'boolean'].includes(typeof v))) {
    return `[${value.map((v) => (typeof v === 'string' ? JSON.stringify(stripInvisible(v)) : String(v))).join(', ')}]`;
  }
  return null;
}

type PathPart = { name: string; keyed: boolean };

/** Inverse of drift/compare.ts renderPath for the paths it produces (`a.b[key].c`). */
function parsePath(path: string): PathPart[] | null {
  const parts: PathPart[] = [];
  const pattern = /([^.[\]]+)|\.([^.[\]]+)|\[([^\]]*)\]/y;
  let index = 0;
  while (index < path.length) {
    pattern.lastIndex = index;
    const m = pattern.exec(path);
    if (!m || (m[1] !== undefined && index !== 0)) return null;
    parts.push(m[3] !== undefined ? { name: m[3], keyed: true } : { name: (m[1] ?? m[2])!, keyed: false });
    index = pattern.lastIndex;
  }
  return parts;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;

/**
 * The Terraform to write so that the code matches live, for the shapes where that is clear:
 * top-level and nested-block attributes, map entries (tags), and fields of a named container in
 * `container_definitions` (which sit inside `jsonencode([...])`). Null otherwise.
 */
export function adoptSnippet(d: DriftDifference): string | null {
  const parts = parsePath(d.path);
  if (!parts || parts.length === 0) return null;
  if (d.actual === undefined || d.actual === null) return null;
  // A secret's live value is never known here: the snippet points at a (sensitive) variable instead.
  const literal = holdsSecretPlaceholder(d.actual) ? secretVariable(d.path) : hclLiteral(d.actual);
  if (literal === null) return null;
  const [first, ...rest] = parts;
  if (first!.keyed || !IDENTIFIER.test(first!.name)) return null;

  if (first!.name === 'container_definitions' && rest.length === 2 && rest[0]!.keyed && !rest[1]!.keyed && IDENTIFIER.test(rest[1]!.name)) {
    return `# container_definitions = jsonencode([...]), in the container with name = ${JSON.stringify(stripInvisible(rest[0]!.name))}:\n${rest[1]!.name} = ${literal}`;
  }
  if (parts.every((p) => !p.keyed && IDENTIFIER.test(p.name))) {
    const lines: string[] = [];
    parts.forEach((p, i) => {
      const indent = '  '.repeat(i);
      lines.push(i === parts.length - 1 ? `${indent}${p.name} = ${literal}` : `${indent}${p.name} {`);
    });
    for (let i = parts.length - 2; i >= 0; i--) lines.push(`${'  '.repeat(i)}}`);
    return lines.join('\n');
  }
  if (parts.length === 2 && rest[0]!.keyed) {
    return `${first!.name} = {\n  # keep the other entries\n  ${JSON.stringify(stripInvisible(rest[0]!.name))} = ${literal}\n}`;
  }
  return null;
}

function exceptionYaml(result: DriftResult, routing: OwnerRouting, now: Date): string {
  const material = result.differences.filter(isMaterial).sort(securityFirst);
  // Drift exceptions name the drifted field as `drift:<path>` (policy/suppressions.ts ExceptionEntry).
  const paths = [...new Set(material.map((d) => `drift:${d.path}`))];
  const rules = paths.length > 0 && paths.length <= MAX_EXCEPTION_ENTRIES ? paths : ['drift:*'];
  const owner = routing.owners[0] ?? '@OWNER';
  const lines = ['exceptions:'];
  for (const rule of rules) {
    lines.push(
      `  - rule: ${JSON.stringify(stripInvisible(rule))}`,
      `    resource: ${JSON.stringify(stripInvisible(result.address))}`,
      `    owner: ${JSON.stringify(owner)}`,
      `    until: "${addDays(now, EXCEPTION_DAYS)}"`,
      `    reason: "TODO: why this difference is acceptable until then"`,
    );
  }
  return lines.join('\n');
}

// Drift counts as high (security) or medium (config): the emoji of that severity.
const CLASS_LABEL: Record<DriftDifference['class'], string> = {
  security: `${SEVERITY_EMOJI.high} security`,
  config: `${SEVERITY_EMOJI.medium} config`,
  expected: 'expected',
  ignored: 'ignored',
};

function statusLine(result: DriftResult): string {
  const material = result.differences.filter(isMaterial);
  const security = material.filter((d) => d.class === 'security').length;
  const config = material.length - security;
  switch (result.status) {
    case 'missing':
      return `**Missing:** the resource is in the Terraform state but was not found in AWS. ${escapeMarkdown(result.reason)}`;
    case 'unmanaged':
      return `**Unmanaged:** the resource exists in AWS but not in the Terraform state. ${escapeMarkdown(result.reason)}`;
    default:
      return `**Drifted:** live ECS differs from the Terraform state in ${security} security and ${config} config ${material.length === 1 ? 'attribute' : 'attributes'}.`;
  }
}

function ownersBlock(routing: OwnerRouting): string {
  if (routing.owners.length === 0) {
    return `**Owners:** ⚠️ none. ${escapeMarkdown(routing.unownedWhy ?? 'No CODEOWNERS rule covers this resource.')} Add a CODEOWNERS rule so that drift here reaches someone.`;
  }
  // Owners come from CODEOWNERS and were validated as @user / @org/team there; mentioning them is
  // the point. Emails cannot be mentioned, so they are escaped text.
  const shown = routing.owners.map((o) => (ownerKind(o) === 'email' ? escapeMarkdown(o) : o));
  return `**Owners:** ${shown.join(', ')} (CODEOWNERS of ${inlineCode(routing.ownedPath)})`;
}

/** The issue body (without the unverified note), under GitHub's limit. */
export function renderDriftIssueBody(input: RenderDriftIssueInput): string {
  const { result, routing } = input;
  const fingerprint = driftFingerprint(result);
  const firstRun = input.firstSeen ? input.firstRun : input.runUrl;
  const state: DriftSnapshot = {
    ...driftState(result),
    firstSeen: input.firstSeen ?? input.now.toISOString().slice(0, 10),
    ...(firstRun ? { firstRun } : {}),
  };
  const head: string[] = [
    driftMarker(fingerprint),
    `## ECS drift: ${inlineCode(result.address)}`,
    '',
    statusLine(result),
    '',
    `- **Resource:** ${inlineCode(result.address)} (${inlineCode(result.type)}${result.id ? `, ${inlineCode(result.id)}` : ''})`,
    `- **Module:** ${inlineCode(result.module || '.')}`,
    `- **State:** ${inlineCode(result.stateFile)}${result.region ? ` · **Region:** ${inlineCode(result.region)}` : ''}`,
    `- **Declared in:** ${result.file ? fileLink(input, result.file, result.line) : 'unknown (not found in the module’s .tf files)'}`,
    `- ${ownersBlock(routing)}`,
  ];

  const material = result.differences.filter(isMaterial).sort(securityFirst);
  const other = result.differences.filter((d) => !isMaterial(d));
  const tail = renderTail(input, state, material);

  let budget = BODY_BUDGET - head.join('\n').length - tail.length;
  const sections: string[] = [];
  let omitted = 0;
  if (material.length > 0) {
    const rows: string[] = [];
    for (const d of material) {
      const row = `| ${CLASS_LABEL[d.class]} | ${inlineCode(d.path, { table: true })} | ${inlineCode(displayValue(d.expected), { table: true })} | ${inlineCode(displayValue(d.actual), { table: true })} |`;
      if (row.length + 1 > budget - 400) {
        omitted++;
        continue;
      }
      budget -= row.length + 1;
      rows.push(row);
    }
    sections.push(['### Differences', '', '| Class | Attribute | In Terraform | Live in AWS |', '|---|---|---|---|', ...rows].join('\n'));
  }
  if (other.length > 0) {
    const items: string[] = [];
    for (const d of other) {
      const item = `- ${inlineCode(d.path)} (${d.class})${d.why ? `: ${escapeMarkdown(truncateText(d.why, 200))}` : ''}`;
      if (item.length + 1 > budget - 300) {
        omitted++;
        continue;
      }
      budget -= item.length + 1;
      items.push(item);
    }
    if (items.length > 0) {
      sections.push(['### Expected and ignored differences', '', 'These are listed for completeness; they do not count as drift.', '', ...items].join('\n'));
    }
  }
  if (omitted > 0) {
    const where = input.runUrl && safeLinkTarget(input.runUrl) ? `[the workflow run](${safeLinkTarget(input.runUrl)})` : 'the workflow run';
    sections.push(`> [!WARNING]\n> ${omitted} more ${omitted === 1 ? 'difference is' : 'differences are'} not listed here to stay under GitHub's size limit; see ${where}.`);
  }
  return [head.join('\n'), ...sections, tail].join('\n\n') + '\n';
}

/** ECS names are letters, digits, hyphens and underscores; anything else is quoted for the shell. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9_./:@-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * How to adopt an unmanaged resource: the import block with the ID the AWS provider documents
 * (`cluster/service` for a service) and, for a service, the `ecs-drift-guard import` command
 * that writes its code.
 */
export function unmanagedImport(result: Pick<DriftResult, 'address' | 'id' | 'type' | 'module' | 'region'>): { to: string; id: string; command?: string } {
  const arn = stripInvisible(result.id);
  const match = /^arn:aws[a-z-]*:ecs:([a-z0-9-]+):\d*:service\/([^/\s]+)\/([^/\s]+)$/.exec(arn);
  if (result.type !== 'aws_ecs_service' || !match) return { to: stripInvisible(result.address).replace(/\s+/g, ' '), id: arn };
  const [, arnRegion, cluster, service] = match;
  const name = service.toLowerCase().replace(/[^a-z0-9_-]+/g, '_').replace(/^[^a-z_]/, (c) => `_${c}`).replace(/-/g, '_');
  const out = `${(result.module || '.').replace(/\/+$/, '')}/imported-${service}`;
  const command = ['ecs-drift-guard', 'import', '--cluster', cluster, '--service', service, '--region', result.region ?? arnRegion, '--out', out].map(shellWord).join(' ');
  return { to: `aws_ecs_service.${name}`, id: `${cluster}/${service}`, command };
}

function renderTail(input: RenderDriftIssueInput, state: DriftSnapshot, material: DriftDifference[]): string {
  const { result, routing } = input;
  const module = inlineCode(result.module || '.');
  // Terraform applies the root module that owns the state, even when the resource is declared in a shared module.
  const root = inlineCode(result.rootModule || result.module || '.');
  const when = ['### When it changed', '', ATTRIBUTION_SLOT_START, attributionText(state, input.attribution), ATTRIBUTION_SLOT_END].join('\n');

  const ways: string[] = ['### How to resolve', ''];
  if (result.status === 'unmanaged') {
    const adopt = unmanagedImport(result);
    ways.push(
      `1. **Revert:** delete the resource in AWS if nobody should have created it.`,
      `2. **Adopt:** declare it in module ${module} and import it with an \`import\` block:`,
      '',
      fenced('hcl', `import {\n  to = ${adopt.to}\n  id = ${JSON.stringify(adopt.id)}\n}`),
      '',
    );
    if (adopt.command) {
      ways.push(
        '   Or let ecs-drift-guard write the resource blocks and the import block from live ECS (secrets become sensitive variables), then review and move them into the module:',
        '',
        fenced('sh', adopt.command),
        '',
      );
    }
  } else if (result.status === 'missing') {
    ways.push(
      `1. **Revert:** run \`terraform apply\` in ${root} to create the resource again.`,
      `2. **Adopt:** if it was removed on purpose, delete its block from the code (and \`terraform state rm\` it, or use a \`removed\` block).`,
    );
  } else {
    ways.push(`1. **Revert:** run \`terraform apply\` in ${root}; its plan changes these attributes back to what the code says.`);
    const snippets = material.map((d) => ({ d, snippet: adoptSnippet(d) }));
    const writable = snippets.filter((s) => s.snippet !== null);
    if (writable.length > 0) {
      const text = writable.slice(0, MAX_LISTED_CHANGES).map((s) => s.snippet!).join('\n\n') + (writable.length > MAX_LISTED_CHANGES ? `\n\n# ... and ${writable.length - MAX_LISTED_CHANGES} more attributes, see the table` : '');
      ways.push(`2. **Adopt:** change the code to match live${result.file ? ` in ${inlineCode(result.file)}` : ''}:`, '', fenced('hcl', truncateText(text, 6000)), '');
      const rest = snippets.filter((s) => s.snippet === null);
      if (rest.length > 0) {
        const named = rest.slice(0, MAX_LISTED_CHANGES).map((s) => inlineCode(s.d.path)).join(', ');
        const more = rest.length > MAX_LISTED_CHANGES ? ` and ${rest.length - MAX_LISTED_CHANGES} more` : '';
        ways.push(`   Also set ${named}${more} to the live values in the table.`, '');
      }
    } else {
      ways.push(`2. **Adopt:** change the code so that the attributes above have their live values.`);
    }
  }
  ways.push(`3. **Accept:** add a time-bound exception to ${inlineCode(CONFIG_FILE)} (owner, until and reason are all required):`, '', fenced('yaml', exceptionYaml(result, routing, input.now)), '');
  ways.push('This issue is closed automatically when live ECS matches the code again, and reopened if the drift comes back.');
  return [when, ways.join('\n'), encodeState(state)].join('\n\n');
}

const MAX_ATTRIBUTED_EVENTS = 5;

/** The content of the "When it changed" slot: when the drift was first reported, and what CloudTrail says. */
export function attributionText(state: Pick<DriftSnapshot, 'firstSeen' | 'firstRun'>, attribution: Attribution | undefined): string {
  const target = state.firstRun ? safeLinkTarget(state.firstRun) : null;
  const first = `First reported on ${state.firstSeen ?? 'an unknown day'}${target ? ` by [this drift run](${target})` : ''}.`;
  if (!attribution || attribution.status !== 'found' || attribution.events.length === 0) {
    const why = attribution?.reason ? ` (${escapeMarkdown(truncateText(attribution.reason, 300))})` : '';
    return `${first} Who changed the resource, and when, is not known${why}.`;
  }
  const events = attribution.events.slice(0, MAX_ATTRIBUTED_EVENTS).map((e) => {
    const session = e.sessionName ? `, session ${inlineCode(truncateText(e.sessionName, 100))}` : '';
    const changed = e.changed?.length ? `; changed ${e.changed.slice(0, 10).map((c) => inlineCode(c)).join(', ')}` : '';
    return `- ${inlineCode(e.eventTime)}: ${inlineCode(e.eventName)} by ${inlineCode(truncateText(e.principal, 200))}${session} via ${escapeMarkdown(e.source)}${changed} (CloudTrail event ${inlineCode(e.eventId)})`;
  });
  const more = attribution.events.length > MAX_ATTRIBUTED_EVENTS ? [`- … and ${attribution.events.length - MAX_ATTRIBUTED_EVENTS} earlier events`] : [];
  return [`${first} CloudTrail shows these changes since the state was last written (newest first):`, '', ...events, ...more].join('\n');
}

/** The attribution slot's current content in a body, or null when the body has no slot. */
function attributionSlot(body: string): { start: number; end: number; text: string } | null {
  const start = body.indexOf(ATTRIBUTION_SLOT_START);
  const end = body.indexOf(ATTRIBUTION_SLOT_END);
  if (start === -1 || end < start) return null;
  const from = start + ATTRIBUTION_SLOT_START.length + 1;
  return { start: from, end: end - 1, text: body.slice(from, end - 1) };
}

/** The body with the "could not be checked" note set (or removed with `reason` null). */
export function withUnverifiedNote(body: string, reason: string | null): string {
  const start = body.indexOf(UNVERIFIED_START);
  const end = body.indexOf(UNVERIFIED_END);
  let base = body;
  if (start !== -1 && end > start) base = body.slice(0, start).replace(/\n+$/, '\n') + body.slice(end + UNVERIFIED_END.length).replace(/^\n+/, '\n');
  if (reason === null) return base;
  const note = `${UNVERIFIED_START}\n> [!NOTE]\n> The latest drift run could not check this resource: ${escapeMarkdown(truncateText(reason, 500))} The issue stays as it was until a run can check it again.\n${UNVERIFIED_END}`;
  // After the first heading line block (marker + title), so readers see it first.
  const lines = base.split('\n');
  const titleIndex = lines.findIndex((l) => l.startsWith('## '));
  const at = titleIndex === -1 ? 1 : titleIndex + 1;
  return [...lines.slice(0, at), '', note, ...lines.slice(at)].join('\n');
}

function hasUnverifiedNote(body: string): boolean {
  return body.includes(UNVERIFIED_START);
}

/** A one-paragraph comment describing how the drift changed between two snapshots. */
export function describeChange(before: DriftSnapshot | null, after: DriftSnapshot): string {
  const parts: string[] = [];
  if (before && before.status !== after.status) parts.push(`status ${before.status} → ${after.status}`);
  if (before?.count !== undefined || after.count !== undefined) {
    const count = (s: DriftSnapshot | null) => s?.count ?? s?.diffs.length ?? 0;
    parts.push(`${count(after)} differences now (${count(before)} before)`);
    return parts.join('; ');
  }
  const key = (d: SnapshotDifference) => `${d[0]}\u0000${d[1]}`;
  const old = new Map((before?.diffs ?? []).map((d) => [key(d), d]));
  const now = new Map(after.diffs.map((d) => [key(d), d]));
  const added = after.diffs.filter((d) => !old.has(key(d)));
  const gone = (before?.diffs ?? []).filter((d) => !now.has(key(d)));
  const changed = after.diffs.filter((d) => old.has(key(d)) && old.get(key(d))![2] !== d[2]);
  const list = (ds: SnapshotDifference[]) =>
    ds.slice(0, MAX_LISTED_CHANGES).map((d) => `${inlineCode(d[0])} (${d[1]})`).join(', ') + (ds.length > MAX_LISTED_CHANGES ? ` and ${ds.length - MAX_LISTED_CHANGES} more` : '');
  if (added.length) parts.push(`new: ${list(added)}`);
  if (gone.length) parts.push(`no longer different: ${list(gone)}`);
  if (changed.length) parts.push(`other live value: ${list(changed)}`);
  if (parts.length === 0) parts.push('the details changed');
  return parts.join('; ');
}

// ---------------------------------------------------------------------------------------------
// Routing

function routeOwners(result: DriftResult, codeowners: CodeownersFile | null): OwnerRouting {
  // Without the declaring file, the module folder's owners are those of a file directly in it.
  const ownedPath = result.file ?? `${result.module && result.module !== '.' ? `${result.module}/` : ''}main.tf`;
  if (!codeowners) return { owners: [], ownedPath, unownedWhy: 'The repository has no CODEOWNERS file (.github/, root or docs/).' };
  const owners = ownersOf(codeowners, ownedPath);
  if (owners.length === 0) return { owners, ownedPath, unownedWhy: `No rule in ${codeowners.path} matches ${ownedPath}.` };
  return { owners, ownedPath };
}

export class AssigneeResolver {
  private readonly assignable = new Map<string, Promise<boolean>>();
  private readonly teams = new Map<string, Promise<string[] | null>>();

  constructor(
    private readonly input: Pick<SyncDriftIssuesInput, 'client' | 'owner' | 'repo' | 'logger' | 'ownersTeamMembers'>,
  ) {}

  canAssign(login: string): Promise<boolean> {
    const key = login.toLowerCase();
    let known = this.assignable.get(key);
    if (!known) {
      known = this.check(login);
      this.assignable.set(key, known);
    }
    return known;
  }

  private async check(login: string): Promise<boolean> {
    const { client, owner, repo, logger } = this.input;
    try {
      await client.rest.issues.checkUserCanBeAssigned({ owner, repo, assignee: login });
      return true;
    } catch (error) {
      if (httpStatus(error) === 404) {
        logger.info(`@${login} owns drifted resources but cannot be assigned issues in ${owner}/${repo}; the issues mention them instead.`);
        return false;
      }
      throw error;
    }
  }

  teamMembers(team: string): Promise<string[] | null> {
    const lookup = this.input.ownersTeamMembers;
    if (!lookup) return Promise.resolve(null);
    const key = team.toLowerCase();
    let known = this.teams.get(key);
    if (!known) {
      // A team the token cannot read is null (readTeamMembers); a server error, a hung request or a
      // rate limit fails the phase, so the issue is not opened unassigned for good.
      known = lookup(team);
      this.teams.set(key, known);
    }
    return known;
  }

  /** Users first (in CODEOWNERS order), then members of team owners; at most 10, all assignable. */
  async assignees(owners: string[]): Promise<string[]> {
    const candidates: string[] = [];
    for (const owner of owners) if (ownerKind(owner) === 'user') candidates.push(owner.slice(1));
    for (const owner of owners) {
      if (ownerKind(owner) !== 'team') continue;
      for (const member of (await this.teamMembers(owner)) ?? []) candidates.push(member.replace(/^@/, ''));
    }
    const chosen: string[] = [];
    const seen = new Set<string>();
    for (const login of candidates) {
      if (chosen.length >= MAX_ISSUE_ASSIGNEES) break;
      if (seen.has(login.toLowerCase())) continue;
      seen.add(login.toLowerCase());
      if (await this.canAssign(login)) chosen.push(login);
    }
    return chosen;
  }
}

// ---------------------------------------------------------------------------------------------
// Sync

export interface ExistingIssue {
  number: number;
  url: string;
  state: 'open' | 'closed';
  title: string;
  body: string;
  labels: string[];
  assignees: string[];
}

export async function listDriftIssues(client: GitHubClient, input: { owner: string; repo: string; botLogin: string }): Promise<Map<string, ExistingIssue>> {
  const issues = await client.paginate(client.rest.issues.listForRepo, {
    owner: input.owner,
    repo: input.repo,
    labels: DRIFT_ISSUE_LABEL,
    state: 'all',
    per_page: 100,
  });
  const login = input.botLogin.toLowerCase();
  const byFingerprint = new Map<string, ExistingIssue>();
  const markerLine = /^<!-- drift-guard:drift:([0-9a-f]{64}) -->$/;
  for (const issue of issues.sort((a, b) => a.number - b.number)) {
    if (issue.pull_request) continue;
    if ((issue.user?.login ?? '').toLowerCase() !== login) continue;
    const body = issue.body ?? '';
    const marker = body.split('\n').map((l) => markerLine.exec(l.trim())).find((m) => m !== null);
    if (!marker) continue;
    const found: ExistingIssue = {
      number: issue.number,
      url: issue.html_url,
      state: issue.state === 'closed' ? 'closed' : 'open',
      title: issue.title,
      body,
      labels: (issue.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
      assignees: (issue.assignees ?? []).map((a) => a.login),
    };
    const known = byFingerprint.get(marker[1]!);
    // Should a race ever have made two, the open one (then the oldest) is the one kept up to date.
    if (!known || (known.state === 'closed' && found.state === 'open')) byFingerprint.set(marker[1]!, found);
  }
  return byFingerprint;
}

function runLink(runUrl: string | undefined): string {
  const target = runUrl ? safeLinkTarget(runUrl) : null;
  return target ? ` ([drift run](${target}))` : '';
}

/** Drifted resources in the order new issues are opened: security drift first, then by address. */
function creationOrder(a: DriftResult, b: DriftResult): number {
  const sa = severityRank(driftSeverity(a) ?? 'none');
  const sb = severityRank(driftSeverity(b) ?? 'none');
  return sb - sa || a.address.localeCompare(b.address) || a.stateFile.localeCompare(b.stateFile);
}

export async function syncDriftIssues(input: SyncDriftIssuesInput): Promise<SyncDriftIssuesResult> {
  const { client, logger, owner, repo } = input;
  const counter = countRequests(client);
  const result: SyncDriftIssuesResult = { created: 0, updated: 0, closed: 0, reopened: 0, unchanged: 0, deferred: [], requests: 0, writes: 0, issues: [], notifications: [] };
  try {
    const botLogin = input.botLogin ?? (await resolveBotLogin(client, logger));
    const existing = await listDriftIssues(client, { owner, repo, botLogin });
    const resolver = new AssigneeResolver(input);
    const toCreate: DriftResult[] = [];
    const seen = new Set<string>();

    for (const drift of input.results) {
      const fingerprint = driftFingerprint(drift);
      // The same resource twice in one run (two state files are distinct fingerprints) is handled once.
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      const issue = existing.get(fingerprint);
      const ref = (state: 'open' | 'closed') => issue && result.issues.push({ address: drift.address, number: issue.number, url: issue.url, state });

      if (!issue) {
        if (DRIFT_STATUSES.has(drift.status)) toCreate.push(drift);
        continue;
      }

      if (drift.status === 'in_sync') {
        if (issue.state === 'open') {
          // The comment first and exactly once, then the close: a re-run after either failed finds
          // the comment and closes, so nothing is said twice and nothing is left unsaid.
          await commentOnce(input, botLogin, issue.number, `✅ Live ECS matches the code again for ${inlineCode(drift.address)}${runLink(input.runUrl)}; closing this issue. It is reopened if the drift comes back.`);
          await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' });
          result.closed++;
        } else {
          result.unchanged++;
        }
        ref('closed');
        continue;
      }

      if (drift.status === 'unverified') {
        // Never closed or reopened on a guess: only the note changes.
        if (issue.state === 'open') {
          const body = withUnverifiedNote(issue.body, drift.reason || 'the resource could not be read.');
          if (body !== issue.body) {
            await client.rest.issues.update({ owner, repo, issue_number: issue.number, body: fitBody(body) });
            result.updated++;
          } else {
            result.unchanged++;
          }
        } else {
          result.unchanged++;
        }
        ref(issue.state);
        continue;
      }

      // drifted, missing or unmanaged, with an issue already.
      const before = decodeState(issue.body);
      const after = driftState(drift);
      const contentChanged = !before || before.digest !== after.digest;
      // Owners the run that opened the issue could not route are assigned now, when they can be.
      const owners = await assignPendingOwners(input, resolver, issue, routeOwners(drift, input.codeowners).owners);
      const needsBody = contentChanged || hasUnverifiedNote(issue.body) || owners.changed;
      const title = driftIssueTitle(drift);
      let body: string | undefined;
      if (needsBody) {
        body = renderDriftIssueBody({
          ...renderContext(input),
          result: drift,
          routing: routeOwners(drift, input.codeowners),
          firstSeen: before?.firstSeen,
          firstRun: before?.firstRun,
          attribution: input.attributions?.get(drift.address),
        });
        const oldSlot = attributionSlot(issue.body);
        const newSlot = attributionSlot(body);
        if (input.attributions?.get(drift.address)?.status !== 'found' && oldSlot && newSlot && /CloudTrail shows/.test(oldSlot.text)) {
          body = fitBody(body.slice(0, newSlot.start) + oldSlot.text + body.slice(newSlot.end));
        }
        body = carryNotification(issue.body, owners.pending ? withOwnersPending(body) : body);
      } else {
        // New attribution fills the slot; a run that learns nothing keeps what an earlier one found.
        const attribution = input.attributions?.get(drift.address);
        const slot = attributionSlot(issue.body);
        if (attribution?.status === 'found' && slot) {
          const text = attributionText(before ?? {}, attribution);
          if (text !== slot.text) body = fitBody(issue.body.slice(0, slot.start) + text + issue.body.slice(slot.end));
        }
      }
      if (issue.state === 'closed') {
        await commentOnce(input, botLogin, issue.number, `🔁 The drift is back${runLink(input.runUrl)}: live ECS differs from the code again${contentChanged && before ? ` (${describeChange(before, after)})` : ''}. Reopening.`);
        // The message about the reopening rides on the reopening write itself (notify/notification.ts).
        const notification = driftNotification({ result: drift, action: 'reopened', title, owners: routeOwners(drift, input.codeowners).owners, attribution: input.attributions?.get(drift.address), options: input.notify });
        if (notification) {
          body = fitBody(withNotification(body ?? issue.body, notification));
          result.notifications.push({ number: issue.number, url: issue.url, notification });
        }
        await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'open', ...(body ? { body } : {}), ...(title !== issue.title ? { title } : {}) });
        result.reopened++;
        ref('open');
        continue;
      }
      if (body === undefined && title === issue.title) {
        result.unchanged++;
        ref('open');
        continue;
      }
      if (contentChanged) {
        await commentOnce(input, botLogin, issue.number, `✏️ The drift changed${runLink(input.runUrl)}: ${describeChange(before, after)}. The description above is up to date.`);
      }
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, ...(body ? { body } : {}), ...(title !== issue.title ? { title } : {}) });
      result.updated++;
      ref('open');
    }

    toCreate.sort(creationOrder);
    const cap = Math.max(0, Math.floor(input.maxNewIssues));
    const opened = new Set<string>();
    for (const drift of toCreate.slice(0, cap)) {
      const created = await createDriftIssue({ ...input, botLogin }, drift, resolver);
      opened.add(driftFingerprint(drift));
      result.created++;
      result.issues.push({ address: drift.address, number: created.number, url: created.url, state: 'open' });
      if (created.notification) result.notifications.push({ number: created.number, url: created.url, notification: created.notification });
    }
    // Messages an earlier run could not deliver for sure: open issues whose state still lists a
    // channel, for the resources this run checked only (shards and concurrent event runs each retry their own).
    if (input.notify) {
      const now = new Map(result.issues.map((r) => [r.number, r.state]));
      const queued = new Set(result.notifications.map((p) => p.number));
      for (const [fingerprint, issue] of existing) {
        if (queued.has(issue.number) || !seen.has(fingerprint)) continue;
        const pending = pendingOf({ ...issue, state: now.get(issue.number) ?? issue.state });
        if (pending) result.notifications.push(pending);
      }
    }
    if (opened.size > 0) {
      const duplicates = await closeDuplicateIssues(input, botLogin, opened);
      if (duplicates > 0) logger.info(`Closed ${duplicates} duplicate drift issue(s) another run opened at the same time.`);
    }
    result.deferred = toCreate.slice(cap);
    if (result.deferred.length > 0) {
      logger.info(`${result.deferred.length} drifted ${result.deferred.length === 1 ? 'resource has' : 'resources have'} no issue yet (max-new-issues is ${cap}); later runs open them.`);
    }
    return result;
  } finally {
    counter.stop();
    result.requests = counter.requests;
    result.writes = counter.writes;
  }
}

function renderContext(input: SyncDriftIssuesInput) {
  return {
    owner: input.owner,
    repo: input.repo,
    serverUrl: input.serverUrl.replace(/\/+$/, ''),
    defaultBranchSha: input.defaultBranchSha,
    now: input.now,
    runUrl: input.runUrl,
  };
}

function fitBody(body: string): string {
  return body.length < MAX_COMMENT_BODY_CHARS ? body : truncateText(body, MAX_COMMENT_BODY_CHARS - 1);
}

async function createDriftIssue(input: SyncDriftIssuesInput, drift: DriftResult, resolver: AssigneeResolver): Promise<{ number: number; url: string; notification: Notification | null }> {
  const { logger } = input;
  const routing = routeOwners(drift, input.codeowners);
  const title = driftIssueTitle(drift);
  const rendered = renderDriftIssueBody({ ...renderContext(input), result: drift, routing, attribution: input.attributions?.get(drift.address) });
  // The message about the new issue is part of the create itself (notify/notification.ts).
  const notification = driftNotification({ result: drift, action: 'opened', title, owners: routing.owners, attribution: input.attributions?.get(drift.address), options: input.notify });
  const body = notification ? fitBody(withNotification(rendered, notification)) : rendered;
  const labels = routing.owners.length === 0 ? [DRIFT_ISSUE_LABEL, UNOWNED_ISSUE_LABEL] : [DRIFT_ISSUE_LABEL];
  const assignees = await resolver.assignees(routing.owners);
  const params = { owner: input.owner, repo: input.repo, title, body, labels };
  const unassigned = { ...params, body: withOwnersPending(body) };
  try {
    return { ...(await createIssueOnce(input, driftFingerprint(drift), assignees.length > 0 ? { ...params, assignees } : unassigned)), notification };
  } catch (error) {
    // Assignability can change between the check and the create; the issue must never be lost.
    if (httpStatus(error) !== 422 || assignees.length === 0) throw error;
    logger.warning(`GitHub refused the assignees ${assignees.map((a) => `@${a}`).join(', ')} for the drift issue of ${drift.address}; creating it unassigned.`);
    return { ...(await createIssueOnce(input, driftFingerprint(drift), unassigned)), notification };
  }
}

export function withOwnersPending(body: string): string {
  // First, so that fitting an over-long body (which cuts its end) never drops it.
  return body.includes(OWNERS_PENDING_MARKER) ? body : fitBody(`${OWNERS_PENDING_MARKER}\n${body}`);
}

/**
 * An issue opened with no assignee (it carries OWNERS_PENDING_MARKER or the `unowned` label) gets its
 * owners once they can be routed: the `unowned` label goes when owners are known, the assignable ones
 * are added. `changed`: labels or assignees were written (the caller re-renders the body: its
 * routing, without the marker unless still `pending`, i.e. no one could be assigned yet).
 */
export async function assignPendingOwners(
  input: { client: GitHubClient; owner: string; repo: string },
  resolver: AssigneeResolver,
  issue: ExistingIssue,
  owners: string[],
): Promise<{ changed: boolean; pending: boolean }> {
  const unowned = issue.labels.some((l) => l.toLowerCase() === UNOWNED_ISSUE_LABEL);
  const marked = issue.body.includes(OWNERS_PENDING_MARKER);
  if (!marked && !unowned) return { changed: false, pending: false };
  const { client, owner, repo } = input;
  let changed = false;
  if (owners.length > 0 && unowned) {
    await client.rest.issues.removeLabel({ owner, repo, issue_number: issue.number, name: UNOWNED_ISSUE_LABEL });
    changed = true;
  }
  // A person assigned someone meanwhile: theirs stands, and the marker goes.
  if (issue.assignees.length > 0) return { changed: changed || marked, pending: false };
  const assignees = await resolver.assignees(owners);
  if (assignees.length === 0) return { changed, pending: true };
  await client.rest.issues.addAssignees({ owner, repo, issue_number: issue.number, assignees });
  return { changed: true, pending: false };
}

/** The run link differs per run; the rest of a lifecycle comment says what happened. */
const RUN_LINK = / \(\[drift run\]\([^)]*\)\)/g;

/**
 * A lifecycle comment (closing, reopening, changed) exactly once: it is written before the issue
 * changes, so a run that failed after it is re-run with the same comment, which is then found as
 * the bot's latest comment and not written again; a lost answer is looked up the same way.
 */
async function commentOnce(input: SyncDriftIssuesInput, botLogin: string, issueNumber: number, body: string): Promise<void> {
  const { client, owner, repo } = input;
  const said = async () => {
    const comments = await client.paginate(client.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 });
    const last = comments.filter((c) => (c.user?.login ?? '').toLowerCase() === botLogin.toLowerCase()).at(-1);
    return last !== undefined && (last.body ?? '').replace(RUN_LINK, '') === body.replace(RUN_LINK, '');
  };
  if (await said()) return;
  try {
    await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  } catch (error) {
    if (!answerLost(error) || (await said())) {
      if (answerLost(error)) return;
      throw error;
    }
    await client.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body });
  }
}

type CreateIssueParams = Parameters<GitHubClient['rest']['issues']['create']>[0] & { owner: string; repo: string };

/**
 * Opens an issue exactly once. The POST is never retried blindly (client.ts): when its answer is
 * lost (5xx, timeout) the issue is looked for by label and marker, and opened again only if the
 * first attempt left nothing (issue 14).
 */
export async function createIssueOnce(input: Pick<SyncDriftIssuesInput, 'client' | 'owner' | 'repo' | 'logger' | 'botLogin'>, fingerprint: string, params: CreateIssueParams): Promise<{ number: number; url: string }> {
  const { client, owner, repo } = input;
  try {
    const { data } = await client.rest.issues.create(params);
    return { number: data.number, url: data.html_url };
  } catch (error) {
    if (!answerLost(error)) throw error;
    const landed = (await listDriftIssues(client, { owner, repo, botLogin: input.botLogin ?? (await resolveBotLogin(client, input.logger)) })).get(fingerprint);
    if (landed) {
      input.logger.info(`GitHub's answer to opening #${landed.number} was lost, but the issue was opened; not opening it again.`);
      return { number: landed.number, url: landed.url };
    }
    const { data } = await client.rest.issues.create(params);
    return { number: data.number, url: data.html_url };
  }
}

/**
 * Two drift runs at once can both find no issue and both open one. Every run that opened issues
 * converges afterwards: per fingerprint the oldest open issue of the bot is kept and the bot's
 * later open ones are closed as duplicates (a human's issue is never touched).
 */
async function closeDuplicateIssues(input: SyncDriftIssuesInput, botLogin: string, fingerprints: ReadonlySet<string>): Promise<number> {
  const { client, owner, repo } = input;
  const issues = await client.paginate(client.rest.issues.listForRepo, { owner, repo, labels: DRIFT_ISSUE_LABEL, state: 'open', per_page: 100 });
  const login = botLogin.toLowerCase();
  const markerLine = /^<!-- drift-guard:drift:([0-9a-f]{64}) -->$/;
  const kept = new Map<string, number>();
  let closed = 0;
  for (const issue of issues.sort((a, b) => a.number - b.number)) {
    if (issue.pull_request || (issue.user?.login ?? '').toLowerCase() !== login) continue;
    const marker = (issue.body ?? '').split('\n').map((l) => markerLine.exec(l.trim())).find((m) => m !== null);
    if (!marker || !fingerprints.has(marker[1]!)) continue;
    const first = kept.get(marker[1]!);
    if (first === undefined) {
      kept.set(marker[1]!, issue.number);
      continue;
    }
    try {
      await client.rest.issues.update({ owner, repo, issue_number: issue.number, state: 'closed', state_reason: 'not_planned' });
      await client.rest.issues.createComment({ owner, repo, issue_number: issue.number, body: `Duplicate of #${first}: two drift runs opened an issue for the same resource at once.` });
      closed++;
    } catch (error) {
      if (httpStatus(error) !== 404 && httpStatus(error) !== 410) throw error;
    }
  }
  return closed;
}
