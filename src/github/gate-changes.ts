// The summary comment's "changes to the gate itself" section (issue 13, items 2 and 6): when a
// pull request edits the config file or CODEOWNERS, reviewers see which rules, exceptions,
// approval settings and owners it would change, and that none of it applies to the PR itself.
import { CODEOWNERS_LOCATIONS, parseCodeowners } from '../ownership/codeowners.js';
import { escapeMarkdown, inlineCode, truncateText } from '../report/markdown-escape.js';
import { ConfigurationError, parseConfigFile } from '../settings.js';
import type { GitHubClient } from './client.js';
import { readTextFile } from './codeowners-source.js';
import { SUMMARY_SECTION_GATE_CHANGES, type SummarySection } from './summary-comment.js';

export interface GateFileChange {
  path: string;
  kind: 'config' | 'codeowners';
  /** Text at the base and at the head; null = no file there. */
  base: string | null;
  head: string | null;
}

const VALUE_MAX = 200;
const ROWS_MAX = 60;

/** The section; empty Markdown (which removes an earlier one) when the PR changes none of these files. */
export function renderGateChanges(changes: GateFileChange[]): SummarySection {
  const section = { id: SUMMARY_SECTION_GATE_CHANGES, title: 'Changes to the gate itself' };
  if (changes.length === 0) return { ...section, markdown: '' };
  const lines = [
    `⚠️ This pull request changes ${changes.map((c) => inlineCode(c.path)).join(', ')}, which decide${changes.length === 1 ? 's' : ''} how pull requests are checked and who approves them. ` +
      "The changes take effect only after it merges: this pull request is checked with the base branch's rules, exceptions, approval settings and CODEOWNERS. " +
      `${changes.length === 1 ? 'This file is a guarded path' : 'These files are guarded paths'}: ${changes.length === 1 ? 'its' : 'their'} owners must approve (see Owner approval).`,
  ];
  for (const change of changes) {
    lines.push('', `#### ${inlineCode(change.path)}`, '');
    lines.push(...(change.kind === 'config' ? configChanges(change) : codeownersChanges(change)));
  }
  return { ...section, markdown: lines.join('\n') };
}

function value(v: unknown): string {
  if (v === undefined) return '*not set*';
  return inlineCode(truncateText(typeof v === 'string' ? v : JSON.stringify(v), VALUE_MAX), { table: true });
}

function configChanges(change: GateFileChange): string[] {
  const base = parsed(change.base, change.path);
  const head = parsed(change.head, change.path);
  if ('error' in base) return [`The base branch's file is not valid: ${escapeMarkdown(base.error)}`];
  if ('error' in head) return [`The file in this pull request is not valid (it would stop every run after merging): ${escapeMarkdown(head.error)}`];
  if (change.head === null) return ['This pull request deletes the file: every setting would return to its default (no exceptions, `guarded-modules: ecs`, `unowned-modules: pending`).'];
  const rows = settingRows(base.config, head.config);
  if (rows.length === 0) return ['No setting changes (only formatting or comments).'];
  return tableWithCap(['| Setting | Base branch | This pull request |', '|---|---|---|'], rows);
}

function parsed(text: string | null, path: string): { config: Record<string, unknown> } | { error: string } {
  if (text === null) return { config: {} };
  try {
    return { config: parseConfigFile(text, path) as Record<string, unknown> };
  } catch (error) {
    if (error instanceof ConfigurationError) return { error: error.message };
    throw error;
  }
}

/** Scalars by key path (`approval.unowned-modules`); list items (exceptions, drift rules) as added or removed. */
function settingRows(base: Record<string, unknown>, head: Record<string, unknown>): string[] {
  const before = flatten(base);
  const after = flatten(head);
  const rows: string[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(key);
    const b = after.get(key);
    if (Array.isArray(a) || Array.isArray(b)) {
      const was = new Set(((a as unknown[] | undefined) ?? []).map((x) => JSON.stringify(x)));
      const now = new Set(((b as unknown[] | undefined) ?? []).map((x) => JSON.stringify(x)));
      for (const item of now) if (!was.has(item)) rows.push(`| ${inlineCode(key, { table: true })} | — | added ${value(JSON.parse(item))}${widens(key, JSON.parse(item))} |`);
      for (const item of was) if (!now.has(item)) rows.push(`| ${inlineCode(key, { table: true })} | ${value(JSON.parse(item))} | removed |`);
    } else if (JSON.stringify(a) !== JSON.stringify(b)) {
      rows.push(`| ${inlineCode(key, { table: true })} | ${value(a)} | ${value(b)} |`);
    }
  }
  return rows;
}

/** Calls out an exception that covers every rule: the shape of the bypass in issue 13. */
function widens(key: string, item: unknown): string {
  if (key !== 'exceptions' || typeof item !== 'object' || item === null) return '';
  const rule = (item as { rule?: unknown }).rule;
  return typeof rule === 'string' && rule.includes('*') ? ` (**an exception for ${rule === '*' ? 'every rule' : 'many rules'}**)` : '';
}

function flatten(config: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  for (const [key, v] of Object.entries(config)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date)) flatten(v as Record<string, unknown>, path, out);
    else out.set(path, v);
  }
  return out;
}

function codeownersChanges(change: GateFileChange): string[] {
  if (change.head === null) return ['This pull request deletes the file: GitHub then looks for CODEOWNERS in the next location, or nothing is owned.'];
  const before = lastRulePerPattern(change.base, change.path);
  const after = lastRulePerPattern(change.head, change.path);
  const rows: string[] = [];
  for (const pattern of [...new Set([...before.keys(), ...after.keys()])]) {
    const a = before.get(pattern);
    const b = after.get(pattern);
    if (a === b) continue;
    const show = (owners: string | undefined) => (owners === undefined ? '—' : owners === '' ? '*no owner*' : owners.split(' ').map((o) => inlineCode(o, { table: true })).join(' '));
    rows.push(`| ${inlineCode(pattern, { table: true })} | ${show(a)} | ${show(b)} |`);
  }
  const order = (text: string | null) => (text === null ? '' : parseCodeowners(text, change.path).rules.map((r) => r.pattern).join('\n'));
  if (rows.length === 0) {
    return [order(change.base) !== order(change.head) ? 'The order of the rules changes; the last matching pattern wins, so this can change who owns a file.' : 'No rule changes (only comments or formatting).'];
  }
  return tableWithCap(['| Pattern | Base branch owners | This pull request\'s owners |', '|---|---|---|'], rows);
}

function lastRulePerPattern(text: string | null, path: string): Map<string, string> {
  const rules = new Map<string, string>();
  if (text === null) return rules;
  for (const rule of parseCodeowners(text, path).rules) rules.set(rule.pattern, rule.owners.join(' '));
  return rules;
}

function tableWithCap(head: string[], rows: string[]): string[] {
  const shown = rows.slice(0, ROWS_MAX);
  return [...head, ...shown, ...(rows.length > shown.length ? ['', `… and ${rows.length - shown.length} more changes.`] : [])];
}

/**
 * Reads, at the base and at the head, each gate file (config file, CODEOWNERS locations) the pull
 * request changes, and renders the section. `configPath` null = the config lives outside the
 * repository, where no pull request can change it.
 */
export async function describeGateChanges(
  client: GitHubClient,
  input: { owner: string; repo: string; baseSha: string; headSha: string; configPath: string | null; files: { filename: string; previous_filename?: string }[] },
): Promise<SummarySection> {
  const changed = new Set(input.files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])));
  const paths = [...new Set([...(input.configPath ? [input.configPath] : []), ...CODEOWNERS_LOCATIONS])].filter((p) => changed.has(p));
  const read = (path: string, ref: string) => readTextFile(client, { owner: input.owner, repo: input.repo, path, ref });
  const changes: GateFileChange[] = [];
  for (const path of paths) {
    const [base, head] = await Promise.all([read(path, input.baseSha), read(path, input.headSha)]);
    if (base === head) continue;
    changes.push({ path, kind: path === input.configPath ? 'config' : 'codeowners', base, head });
  }
  return renderGateChanges(changes);
}
