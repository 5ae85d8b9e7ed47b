// One typed, validated Settings object, built once from the action's inputs (or the CLI's
// flags) and `.github/drift-guard.yml`. Nothing else reads inputs, argv or process.env.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import type { PolicyConfig } from './policy/engine.js';
import { allRules } from './policy/rules/index.js';
import { isValidDate, type ExceptionEntry } from './policy/suppressions.js';
import { SEVERITIES, type FailLevel, type Severity } from './report/model.js';
import { parseShard } from './shard.js';
import type { ModuleSourceSettings } from './terraform/module-sources/index.js';
import { DEFAULT_NOTIFY_EVENTS, NOTIFY_EVENTS, type NotifyEvent } from './notify/notification.js';
import type { NotificationTargets } from './notify/send-notifications.js';
import { DEFAULT_WAIT_LIMITS, type WaitLimits } from './wait-budget.js';

export class ConfigurationError extends Error {
  override name = 'ConfigurationError';
}

export const FAIL_LEVELS = ['none', ...SEVERITIES] as const;
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const COMMENT_MODES = ['review', 'summary', 'both', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];
export const MODES = ['auto', 'pr', 'drift', 'scan', 'plan-matrix', 'event', 'import'] as const;
export type Mode = (typeof MODES)[number];

export interface DriftRuleSetting {
  resourceType?: string;
  address?: string;
  path: string;
  reason?: string;
}

export interface StateSetting {
  moduleDir: string;
  source: string;
}

export interface Settings {
  repoRoot: string;
  paths: string[];
  configFile: string | null;
  planJson?: string;
  states: StateSetting[];
  awsRegion?: string;
  failOn: FailLevel;
  /** Accept a run that could not check everything (exit 0 / green status), saying so in the output. */
  allowIncomplete: boolean;
  format: OutputFormat;
  policy: PolicyConfig;
  drift: {
    expected: DriftRuleSetting[];
    ignore: DriftRuleSetting[];
    maxConcurrency: number;
    maxRequestsPerSecond: number;
    attribution: boolean;
    pipelineRoles: string[];
  };
  approval: {
    guardedModules: 'ecs' | 'all' | 'findings';
    staleApprovals: 'dismiss' | 'keep-if-module-unchanged';
    unownedModules: 'pending' | 'allow';
    /** Who approves changes to the config file and CODEOWNERS when CODEOWNERS does not own them ([] = the repository admins). */
    configOwners: string[];
  };
  realtime: {
    owners: string[];
    accounts: string[];
    regions: string[];
  };
  /** Which issue transitions are sent to the configured webhooks (issue 17); the URLs are action inputs. */
  notifications: {
    slack: boolean;
    webhook: boolean;
    events: NotifyEvent[];
  };
  now: Date;
  /** This job's share when the work is split across a matrix (`shard: i/n`). */
  shard?: { index: number; count: number };
  /** How registry, git and archive module sources are found (absent: they are not evaluated). */
  modules?: ModuleSourceSettings;
  /** Caps on the waits before retrying GitHub and AWS requests (config `retries:`), shared by all clients of a run. */
  retries: WaitLimits;
}

export interface ActionSettings extends Settings {
  mode: Mode;
  comment: CommentMode;
  issues: boolean;
  approvalGate: boolean;
  githubToken: string;
  ownersToken?: string;
  maxNewIssues: number;
  sarifFile?: string;
  /** Number of shards `plan-matrix` splits the work into. */
  shards: number;
  /** Webhook URLs and the signing secret: secrets, from inputs only, never from the config file. */
  notificationTargets: NotificationTargets;
  /** `mode: import` (issue 16): what to import from live ECS and where the pull request puts it. */
  import: ImportSettings;
  /** Whether the job has AWS credentials configured (keys, OIDC web identity, a profile or a container role). */
  awsCredentials: boolean;
  github: {
    apiUrl: string;
    serverUrl: string;
    repository: string;
    runId: string;
    eventName: string;
    eventPath?: string;
    workspace: string;
    stepSummaryFile?: string;
  };
}

export interface ImportSettings {
  /** Cluster names or ARNs; [] when the run imports nothing (then `auto` never picks import). */
  clusters: string[];
  /** Only these services (of the one cluster); [] = every service. */
  services: string[];
  /** The repository folder the module goes to, as given (validated by the import phase). */
  out: string;
  /** The pull request's base branch; empty = the repository's default branch. */
  baseBranch: string;
  /** Write beside files no import wrote in `out`. */
  force: boolean;
}

// ---------------------------------------------------------------------------------------
// The config file

const ruleSetting = z.union([
  z.enum(['off', ...SEVERITIES]),
  z.strictObject({ severity: z.enum(SEVERITIES).optional(), enabled: z.boolean().optional() }),
]);

const dateString = z
  .union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .refine(isValidDate, 'must be a date written YYYY-MM-DD');

const exceptionSchema = z
  .strictObject({
    rule: z.string().min(1),
    resource: z.string().min(1).optional(),
    module: z.string().min(1).optional(),
    owner: z.string().min(1),
    until: dateString,
    reason: z.string().min(1),
  })
  .refine((e) => e.resource !== undefined || e.module !== undefined, 'needs `resource` or `module`');

const driftRuleSchema = z.strictObject({
  'resource-type': z.string().optional(),
  address: z.string().optional(),
  path: z.string().min(1),
  reason: z.string().optional(),
});

export const configFileSchema = z.strictObject({
  'fail-on': z.enum(FAIL_LEVELS).optional(),
  paths: z.array(z.string()).optional(),
  rules: z.record(z.string(), ruleSetting).optional(),
  exceptions: z.array(exceptionSchema).optional(),
  drift: z
    .strictObject({
      expected: z.array(driftRuleSchema).optional(),
      ignore: z.array(driftRuleSchema).optional(),
      'max-concurrency': z.number().int().min(1).max(64).optional(),
      'max-requests-per-second': z.number().min(0.1).max(1000).optional(),
      /** Look up who changed a drifted resource in CloudTrail (needs cloudtrail:LookupEvents). */
      attribution: z.boolean().optional(),
      /** Roles the Terraform pipeline applies with: their changes mean the state is stale, not the infrastructure. */
      'pipeline-roles': z.array(z.string().min(1)).optional(),
    })
    .optional(),
  approval: z
    .strictObject({
      'guarded-modules': z.enum(['ecs', 'all', 'findings']).optional(),
      'stale-approvals': z.enum(['dismiss', 'keep-if-module-unchanged']).optional(),
      'unowned-modules': z.enum(['pending', 'allow']).optional(),
      /**
       * Owners (@user, @org/team) who approve changes to this file and to CODEOWNERS when
       * CODEOWNERS owns neither; without it, the repository admins (issue 13).
       */
      'config-owners': z.array(z.string().regex(/^@[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9][A-Za-z0-9_.-]*)?$/, 'must be an @user or @org/team')).min(1).optional(),
    })
    .optional(),
  /** Real-time drift from ECS API calls (repository_dispatch `ecs-change`). */
  realtime: z
    .strictObject({
      /** Who hears of control-plane changes (account settings, container instances) no module declares. */
      owners: z.array(z.string().regex(/^@[\w.-]+(\/[\w.-]+)?$|^[^@\s]+@[^@\s]+$/, 'an owner is @user, @org/team or an email address')).optional(),
      /** AWS accounts whose events this repository handles; others are refused. */
      accounts: z.array(z.string().regex(/^\d{12}$/, 'an AWS account id is 12 digits')).optional(),
      /** Regions whose events this repository handles; others are refused. */
      regions: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  /**
   * Messages for issues opened or reopened (issue 17). The webhook URLs are secrets and come from
   * the `slack-webhook-url` / `webhook-url` inputs; this only turns channels off and picks events.
   */
  notifications: z
    .strictObject({
      /** Send to `slack-webhook-url` when it is set (default true). */
      slack: z.boolean().optional(),
      /** Send to `webhook-url` when it is set (default true). */
      webhook: z.boolean().optional(),
      /** Which issues: security-drift, config-drift, missing, unmanaged, control-plane (default security-drift, unmanaged, control-plane). */
      events: z.array(z.enum(NOTIFY_EVENTS)).min(1).optional(),
    })
    .optional(),
  /**
   * Waits before retrying GitHub and AWS requests (retry-after, rate-limit resets, backoff after
   * throttling or a server error). Past either cap the request fails and the run says why.
   */
  retries: z
    .strictObject({
      /** The longest single wait that is honoured, in seconds (default 60). */
      'max-wait-seconds': z.number().min(0).max(3600).optional(),
      /** All waits of the run together, in seconds (default 300). */
      'max-total-wait-seconds': z.number().min(0).max(21600).optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configFileSchema>;

/** JSON Schema of the config file, published as docs/drift-guard.schema.json (editors, yaml-language-server). */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...schema,
    $id: 'https://github.com/ecs-drift-guard/ecs-drift-guard/blob/main/docs/drift-guard.schema.json',
    title: 'ECS Drift Guard configuration (.github/drift-guard.yml)',
  };
}

/** Parses and validates the config file text; errors name the key and the line. */
export function parseConfigFile(text: string, fileName: string): ConfigFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lineCounter.linePos(e.pos[0]).line;
    throw new ConfigurationError(`${fileName}:${line}: invalid YAML: ${e.message.split('\n')[0]}`);
  }
  const data = doc.toJS() ?? {};
  const parsed = configFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String);
    const keyPath = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]] : path;
    const line = lineOf(doc.contents as YamlNode | null, keyPath, lineCounter);
    const where = keyPath.length ? `\`${keyPath.join('.')}\`` : 'the file';
    const what = issue.code === 'unrecognized_keys'
      ? `unknown key \`${issue.keys[0]}\`${suggestKey(issue.keys[0], path)}`
      : issue.message;
    throw new ConfigurationError(`${fileName}${line ? `:${line}` : ''}: ${where}: ${what}`);
  }
  const unknownRule = Object.keys(parsed.data.rules ?? {}).find((id) => !allRules.some((r) => r.id === id));
  if (unknownRule) {
    const line = lineOf(doc.contents as YamlNode | null, ['rules', unknownRule], lineCounter);
    throw new ConfigurationError(`${fileName}${line ? `:${line}` : ''}: \`rules.${unknownRule}\`: unknown rule id (see docs/rules/ for the list)`);
  }
  return parsed.data;
}

function suggestKey(key: string, parentPath: string[]): string {
  let shape: Record<string, unknown> = configFileSchema.shape;
  for (const p of parentPath) {
    const next = (shape[p] as { unwrap?: () => { shape?: Record<string, unknown> } } | undefined)?.unwrap?.().shape;
    if (!next) return '';
    shape = next;
  }
  const candidates = Object.keys(shape)
    .map((k) => ({ k, d: editDistance(k.replace(/[-_]/g, ''), key.replace(/[-_]/g, '').toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  const close = candidates[0] && candidates[0].d <= Math.max(2, Math.floor(candidates[0].k.length / 3)) ? candidates[0].k : undefined;
  return close ? ` (did you mean \`${close}\`?)` : `; allowed: ${Object.keys(shape).join(', ')}`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

function lineOf(root: YamlNode | null, path: string[], lineCounter: LineCounter): number | undefined {
  let node: YamlNode | null | undefined = root;
  let line: number | undefined = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === key);
      if (!pair) break;
      const keyNode = pair.key as YamlNode;
      if (keyNode?.range) line = lineCounter.linePos(keyNode.range[0]).line;
      node = pair.value as YamlNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(key)] as YamlNode | undefined;
      if (!item) break;
      if (item.range) line = lineCounter.linePos(item.range[0]).line;
      node = item;
    } else break;
  }
  return line;
}

function policyFromConfig(config: ConfigFile): PolicyConfig {
  const severities = new Map<string, Severity>();
  const disabled = new Set<string>();
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (setting === 'off') disabled.add(id);
    else if (typeof setting === 'string') severities.set(id, setting);
    else {
      if (setting.enabled === false) disabled.add(id);
      if (setting.severity) severities.set(id, setting.severity);
    }
  }
  const exceptions: ExceptionEntry[] = (config.exceptions ?? []).map((e) => ({
    rule: e.rule,
    resource: e.resource,
    module: e.module,
    owner: e.owner,
    until: e.until,
    reason: e.reason,
  }));
  return { severities, disabled, exceptions };
}

function driftRules(list: z.infer<typeof driftRuleSchema>[] | undefined): DriftRuleSetting[] {
  return (list ?? []).map((r) => ({ resourceType: r['resource-type'], address: r.address, path: r.path, reason: r.reason }));
}

/** Reads the config file if it exists; `required` makes a missing file an error (explicitly named files). */
export function loadConfigFile(repoRoot: string, path: string, required: boolean): { file: string | null; config: ConfigFile } {
  const abs = isAbsolute(path) ? path : resolve(repoRoot, path);
  if (!existsSync(abs)) {
    if (required) throw new ConfigurationError(`config file ${path} does not exist`);
    return { file: null, config: {} };
  }
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw new ConfigurationError(`cannot read config file ${path}: ${(e as Error).message}`);
  }
  return { file: path, config: parseConfigFile(text, path) };
}

// ---------------------------------------------------------------------------------------
// Shared parsing of values given as inputs or flags

export function parseFailLevel(value: string, name: string): FailLevel {
  const v = value.trim().toLowerCase();
  if (!(FAIL_LEVELS as readonly string[]).includes(v)) throw new ConfigurationError(`${name} must be one of ${FAIL_LEVELS.join(', ')}; got "${value}"`);
  return v as FailLevel;
}

export function parseChoice<T extends string>(value: string, allowed: readonly T[], name: string): T {
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigurationError(`${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  return v as T;
}

export function parseBoolean(value: string, name: string): boolean {
  const v = value.trim().toLowerCase();
  if (['true', 'yes', '1', 'on'].includes(v)) return true;
  if (['false', 'no', '0', 'off'].includes(v)) return false;
  throw new ConfigurationError(`${name} must be true or false; got "${value}"`);
}

export function parsePositiveInteger(value: string, name: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 0) throw new ConfigurationError(`${name} must be a whole number of 0 or more; got "${value}"`);
  return n;
}

/** `state` input lines: `MODULE_DIR=STATE` or a state path alone (the module is its folder). */
export function parseStateLines(text: string, name: string): StateSetting[] {
  const states: StateSetting[] = [];
  for (const [i, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq > 0 && !line.slice(0, eq).includes('://')) {
      const moduleDir = line.slice(0, eq).trim().replace(/\/+$/, '') || '.';
      const source = line.slice(eq + 1).trim();
      if (!source) throw new ConfigurationError(`${name} line ${i + 1}: nothing after "=" (write MODULE_DIR=STATE)`);
      states.push({ moduleDir, source });
    } else if (line.startsWith('s3://')) {
      throw new ConfigurationError(`${name} line ${i + 1}: an s3:// state needs its module folder: write MODULE_DIR=${line}`);
    } else {
      const dir = line.includes('/') ? line.slice(0, line.lastIndexOf('/')) : '.';
      states.push({ moduleDir: dir, source: line });
    }
  }
  return states;
}

function baseSettings(repoRoot: string, config: ConfigFile, configFile: string | null, overrides: Partial<Settings>): Settings {
  return {
    repoRoot,
    paths: overrides.paths && overrides.paths.length > 0 ? overrides.paths : config.paths ?? ['.'],
    configFile,
    planJson: overrides.planJson,
    states: overrides.states ?? [],
    awsRegion: overrides.awsRegion,
    failOn: overrides.failOn ?? config['fail-on'] ?? 'high',
    allowIncomplete: overrides.allowIncomplete ?? false,
    format: overrides.format ?? 'text',
    policy: policyFromConfig(config),
    drift: {
      expected: driftRules(config.drift?.expected),
      ignore: driftRules(config.drift?.ignore),
      maxConcurrency: config.drift?.['max-concurrency'] ?? 8,
      maxRequestsPerSecond: config.drift?.['max-requests-per-second'] ?? 20,
      attribution: config.drift?.attribution ?? true,
      pipelineRoles: config.drift?.['pipeline-roles'] ?? [],
    },
    approval: {
      guardedModules: config.approval?.['guarded-modules'] ?? 'ecs',
      staleApprovals: config.approval?.['stale-approvals'] ?? 'keep-if-module-unchanged',
      unownedModules: config.approval?.['unowned-modules'] ?? 'pending',
      configOwners: config.approval?.['config-owners'] ?? [],
    },
    realtime: {
      owners: config.realtime?.owners ?? [],
      accounts: config.realtime?.accounts ?? [],
      regions: config.realtime?.regions ?? [],
    },
    notifications: {
      slack: config.notifications?.slack ?? true,
      webhook: config.notifications?.webhook ?? true,
      events: [...new Set(config.notifications?.events ?? DEFAULT_NOTIFY_EVENTS)],
    },
    now: overrides.now ?? new Date(),
    shard: overrides.shard,
    modules: overrides.modules,
    retries: {
      maxWaitSeconds: config.retries?.['max-wait-seconds'] ?? DEFAULT_WAIT_LIMITS.maxWaitSeconds,
      maxTotalWaitSeconds: config.retries?.['max-total-wait-seconds'] ?? DEFAULT_WAIT_LIMITS.maxTotalWaitSeconds,
    },
  };
}

/**
 * Module sources: `download` from `--offline` / `download-modules`; the rest from the
 * environment as Terraform reads it (TF_CLI_CONFIG_FILE, else ~/.terraformrc; TF_TOKEN_<host>),
 * the cache under RUNNER_TEMP on runners, else ~/.cache/ecs-drift-guard.
 */
export function moduleSourceSettings(download: boolean, env: NodeJS.ProcessEnv): ModuleSourceSettings {
  const home = env.HOME || homedir();
  const tokenEnv: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (/^TF_TOKEN_/i.test(name) && value) tokenEnv[name] = value;
  const cacheDir = env.DRIFT_GUARD_MODULE_CACHE || (env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'ecs-drift-guard', 'modules') : join(home, '.cache', 'ecs-drift-guard', 'modules'));
  return {
    download,
    cacheDir,
    cliConfigFile: env.TF_CLI_CONFIG_FILE || join(home, '.terraformrc'),
    tokenEnv,
    // Never wait for a password prompt: a private repository without credentials fails at once.
    gitEnv: { ...env, GIT_TERMINAL_PROMPT: '0' },
  };
}

// ---------------------------------------------------------------------------------------
// CLI

export interface CliFlags {
  paths: string[];
  config?: string;
  plan?: string;
  format?: string;
  failOn?: string;
  states?: string[];
  dir?: string;
  region?: string;
  shard?: string;
  /** `--offline`: no module downloads. */
  offline?: boolean;
  allowIncomplete?: boolean;
}

export function settingsFromCli(flags: CliFlags, cwd: string, env: NodeJS.ProcessEnv): Settings {
  const repoRoot = scanRoot(flags.paths[0], cwd);
  const { file, config } = loadConfigFile(repoRoot, flags.config ?? '.github/drift-guard.yml', flags.config !== undefined);
  const states = (flags.states ?? []).map((s) => ({ moduleDir: flags.dir ?? (s.startsWith('s3://') ? '.' : stateDir(s)), source: s }));
  return baseSettings(repoRoot, config, file, {
    paths: flags.paths.map((p) => toRepoRelative(repoRoot, resolve(cwd, p))),
    planJson: flags.plan ? resolve(cwd, flags.plan) : undefined,
    format: flags.format ? parseChoice(flags.format, OUTPUT_FORMATS, '--format') : undefined,
    failOn: flags.failOn ? parseFailLevel(flags.failOn, '--fail-on') : undefined,
    states: states.map((s) => ({ moduleDir: toRepoRelative(repoRoot, resolve(cwd, s.moduleDir)), source: s.source.startsWith('s3://') ? s.source : resolve(cwd, s.source) })),
    awsRegion: flags.region ?? env.AWS_REGION ?? env.AWS_DEFAULT_REGION,
    now: nowFromEnv(env),
    shard: flags.shard ? parseShard(flags.shard, '--shard') : undefined,
    modules: moduleSourceSettings(!flags.offline, env),
    allowIncomplete: flags.allowIncomplete === true,
  });
}

function stateDir(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '.';
}

/** DRIFT_GUARD_NOW pins the clock (demo, tests of expiry); otherwise the real time. */
function nowFromEnv(env: NodeJS.ProcessEnv): Date {
  const v = env.DRIFT_GUARD_NOW;
  if (!v) return new Date();
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new ConfigurationError(`DRIFT_GUARD_NOW must be an ISO date; got "${v}"`);
  return d;
}

function toRepoRelative(repoRoot: string, abs: string): string {
  const rel = abs.startsWith(repoRoot) ? abs.slice(repoRoot.length).replace(/^\/+/, '') : abs;
  return rel === '' ? '.' : rel;
}

/**
 * The repository of the scanned path (issue 11): its git top level, else the path itself; not the
 * working directory, so `scan /abs/path/to/repo` from elsewhere resolves local module calls.
 */
function scanRoot(path: string | undefined, cwd: string): string {
  if (path === undefined) return findRepoRoot(cwd);
  const abs = resolve(cwd, path);
  let stat;
  try {
    stat = statSync(abs);
  } catch {
    return findRepoRoot(cwd); // reported as a path that does not exist
  }
  return findRepoRoot(stat.isDirectory() ? abs : dirname(abs));
}

/** The nearest folder holding `.git`, else `cwd`. */
export function findRepoRoot(cwd: string): string {
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(resolve(dir, '.git'))) return dir;
    const parent = resolve(dir, '..');
    if (parent === dir) return resolve(cwd);
    dir = parent;
  }
}

// ---------------------------------------------------------------------------------------
// Action

/**
 * A webhook URL input. The value is a secret (Slack's URL is its own credential), so no message
 * repeats it. Plain http is accepted only for loopback receivers (tests, a local relay).
 */
function webhookUrlInput(value: string, name: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    throw new ConfigurationError(`input \`${name}\` is not a URL (the value is not shown: it is a secret)`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    throw new ConfigurationError(`input \`${name}\` must be an https:// URL (the value is not shown: it is a secret)`);
  }
  if (url.username || url.password) throw new ConfigurationError(`input \`${name}\` must not carry a user name or password (the value is not shown: it is a secret)`);
  return v;
}

function notificationTargets(getInput: InputReader): NotificationTargets {
  const slackWebhookUrl = webhookUrlInput(getInput('slack-webhook-url'), 'slack-webhook-url');
  const webhookUrl = webhookUrlInput(getInput('webhook-url'), 'webhook-url');
  const webhookSecret = getInput('webhook-secret') || undefined;
  if (webhookSecret && !webhookUrl) throw new ConfigurationError('input `webhook-secret` is set but `webhook-url` is not: set both, or neither');
  return { ...(slackWebhookUrl ? { slackWebhookUrl } : {}), ...(webhookUrl ? { webhookUrl } : {}), ...(webhookSecret ? { webhookSecret } : {}) };
}

export type InputReader = (name: string) => string;

/** The config file's text as read somewhere other than the workspace (a pull request's base commit); null = no file there. */
export interface ConfigText {
  text: string | null;
  /** How errors name the file, e.g. `.github/drift-guard.yml (base commit 1a2b3c4)`. */
  source: string;
}

/** The `config` input as a repo-relative path, or null when it points outside the repository (a pull request cannot change it). */
export function configPathInRepository(getInput: InputReader, env: NodeJS.ProcessEnv): string | null {
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const abs = resolve(workspace, getInput('config') || '.github/drift-guard.yml');
  if (abs !== workspace && !abs.startsWith(`${workspace}/`)) return null;
  return abs.slice(workspace.length + 1);
}

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review'];

/**
 * The checkout's config file. On a pull request it is the PR's proposal, which the base commit's
 * file replaces before anything uses it: an invalid one there must not stop the run before the
 * owner-approval status turns pending, and the summary reports it (issue 13).
 */
function workspaceConfig(getInput: InputReader, env: NodeJS.ProcessEnv, workspace: string, configPath: string): { file: string | null; config: ConfigFile } {
  const explicit = getInput('config') !== '' && configPath !== '.github/drift-guard.yml';
  try {
    return loadConfigFile(workspace, configPath, explicit);
  } catch (error) {
    const mode = (getInput('mode') || 'auto').trim().toLowerCase();
    const replacedByBase = PULL_REQUEST_EVENTS.includes(env.GITHUB_EVENT_NAME ?? '') && (mode === 'auto' || mode === 'pr') && configPathInRepository(getInput, env) !== null;
    if (error instanceof ConfigurationError && replacedByBase) return { file: null, config: {} };
    throw error;
  }
}

function listInput(value: string): string[] {
  return value.split(/[\n,]/).map((v) => v.trim()).filter(Boolean);
}

function importSettings(getInput: InputReader): ImportSettings {
  const clusters = listInput(getInput('import-clusters'));
  const services = listInput(getInput('import-services'));
  if (services.length > 0 && clusters.length !== 1) {
    throw new ConfigurationError('input `import-services` names services of one cluster: give exactly one cluster in `import-clusters` with it');
  }
  return {
    clusters,
    services,
    out: getInput('import-out').trim(),
    baseBranch: getInput('import-base-branch').trim(),
    force: parseBoolean(getInput('import-force') || 'false', 'input `import-force`'),
  };
}

/**
 * The action's settings. With `configText`, the config file comes from that text instead of the
 * workspace: on a pull request the base commit's file decides the rules, never the head's (issue 13).
 */
export function settingsFromAction(getInput: InputReader, env: NodeJS.ProcessEnv, configText?: ConfigText): ActionSettings {
  const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
  const configPath = getInput('config') || '.github/drift-guard.yml';
  const { file, config } = configText
    ? { file: configText.text === null ? null : configPath, config: configText.text === null ? {} : parseConfigFile(configText.text, configText.source) }
    : workspaceConfig(getInput, env, workspace, configPath);
  const pathsInput = getInput('paths');
  const paths = pathsInput.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
  const stateInput = getInput('state');
  const base = baseSettings(workspace, config, file, {
    paths,
    planJson: getInput('plan-json') ? resolve(workspace, getInput('plan-json')) : undefined,
    failOn: getInput('fail-on') ? parseFailLevel(getInput('fail-on'), 'input `fail-on`') : undefined,
    states: stateInput ? parseStateLines(stateInput, 'input `state`') : [],
    awsRegion: getInput('aws-region') || env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined,
    format: 'markdown',
    now: nowFromEnv(env),
    shard: getInput('shard') ? parseShard(getInput('shard'), 'input `shard`') : undefined,
    modules: moduleSourceSettings(parseBoolean(getInput('download-modules') || 'true', 'input `download-modules`'), env),
    allowIncomplete: parseBoolean(getInput('allow-incomplete') || 'false', 'input `allow-incomplete`'),
  });
  const token = getInput('github-token');
  return {
    ...base,
    mode: parseChoice(getInput('mode') || 'auto', MODES, 'input `mode`'),
    comment: parseChoice(getInput('comment') || 'both', COMMENT_MODES, 'input `comment`'),
    issues: parseBoolean(getInput('issues') || 'true', 'input `issues`'),
    approvalGate: parseBoolean(getInput('approval-gate') || 'true', 'input `approval-gate`'),
    githubToken: token,
    ownersToken: getInput('owners-token') || undefined,
    maxNewIssues: parsePositiveInteger(getInput('max-new-issues') || '10', 'input `max-new-issues`'),
    sarifFile: getInput('sarif-file') || undefined,
    shards: parsePositiveInteger(getInput('shards') || '4', 'input `shards`'),
    notificationTargets: notificationTargets(getInput),
    import: importSettings(getInput),
    awsCredentials: !!(env.AWS_ACCESS_KEY_ID || env.AWS_WEB_IDENTITY_TOKEN_FILE || env.AWS_PROFILE || env.AWS_CONTAINER_CREDENTIALS_FULL_URI || env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI),
    github: {
      apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: env.GITHUB_REPOSITORY ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      eventName: env.GITHUB_EVENT_NAME ?? '',
      eventPath: env.GITHUB_EVENT_PATH,
      workspace,
      stepSummaryFile: env.GITHUB_STEP_SUMMARY,
    },
  };
}
