// Drift on pull requests: for the modules a PR changes, what live ECS holds that the state does
// not, and what merging the PR does to it, field by field. Three values meet: the state (what the
// last apply wrote), live ECS (what runs) and the PR's code (what the next apply writes). Where the
// code equals live, the PR adopts the live change; where it differs, merging reverts it.
import type { DriftCheck } from '../drift/check-drift.js';
import type { ImportCheck } from '../drift/import-check.js';
import type { ImportModel } from '../terraform/model.js';
import { driftFingerprint, type ExistingIssue } from './drift-issues.js';
import type { DriftDifference, DriftResult } from '../report/model.js';
import { escapeTableCell, inlineCode, markdownLink } from '../report/markdown-escape.js';
import { formatDriftValue } from '../report/summary.js';
import { SUMMARY_SECTION_DRIFT, type SummarySection } from './summary-comment.js';

const MAX_RESOURCES = 20;
const MAX_ROWS_PER_RESOURCE = 15;

/** The comparison of the PR's code with live ECS reuses the import check: the same rules as drift. */
export function codeVersusLiveRequests(results: DriftResult[]): ImportModel[] {
  return results
    .filter((r) => r.status === 'drifted' && r.id)
    .map((r) => ({
      to: r.address,
      id: { kind: 'string', value: r.id, loc: { file: r.file ?? r.stateFile, line: r.line ?? 1, endLine: r.line ?? 1 } },
      loc: { file: r.file ?? r.stateFile, line: r.line ?? 1, endLine: r.line ?? 1 },
      moduleDir: r.module,
      rootDir: r.rootModule ?? r.module,
    }));
}

function effect(difference: DriftDifference, codeVsLive: ImportCheck | undefined): { code: unknown; effect: string } {
  if (!codeVsLive || codeVsLive.status === 'unverified' || codeVsLive.status === 'not_evaluated' || codeVsLive.status === 'not_found') {
    return { code: undefined, effect: 'not compared with the PR code' };
  }
  if (codeVsLive.notCompared.some((n) => difference.path === n.path || difference.path.startsWith(`${n.path}.`) || difference.path.startsWith(`${n.path}[`))) {
    return { code: undefined, effect: 'the PR code is known only at plan time' };
  }
  const stillDiffers = codeVsLive.differences.find((d) => d.path === difference.path && (d.class === 'security' || d.class === 'config'));
  return stillDiffers
    ? { code: stillDiffers.expected, effect: '**merging this reverts this live change**' }
    : { code: difference.actual, effect: 'this PR adopts it' };
}

export function renderPullRequestDrift(input: {
  check: DriftCheck | null;
  /** Why drift was not checked (no credentials, no state); the section says so. */
  notChecked?: string;
  codeVersusLive: ImportCheck[];
  issues: Map<string, ExistingIssue>;
}): SummarySection {
  const section = (markdown: string): SummarySection => ({ id: SUMMARY_SECTION_DRIFT, title: 'Live drift of the changed modules', markdown });
  if (!input.check) return section(`Drift was not checked: ${input.notChecked ?? 'no state for the changed modules'}.`);
  const results = input.check.run.results;
  const drifted = results.filter((r) => r.status === 'drifted' || r.status === 'missing' || r.status === 'unmanaged');
  const unverified = results.filter((r) => r.status === 'unverified');
  const lines: string[] = [];
  const errors = input.check.run.errors;
  // A state that could not be read is not a state without drift.
  if (results.length === 0) return section(`Drift was not checked: ${errors.length ? escapeTableCell(`${errors[0].file}: ${errors[0].message}`) : 'the states of the changed modules hold no ECS resources'}.`);
  if (drifted.length === 0 && unverified.length === 0) lines.push(`Live ECS matches the state for all ${results.length} ECS resource(s) of the changed modules.`);
  for (const e of errors) lines.push(`State not read: ${escapeTableCell(`${e.file}: ${e.message}`)}.`);
  for (const r of drifted.slice(0, MAX_RESOURCES)) {
    const issue = input.issues.get(driftFingerprint(r));
    const issueLink = issue && issue.state === 'open' ? ` · ${markdownLink(`drift issue #${issue.number}`, issue.url)}` : '';
    lines.push(`**${inlineCode(r.address)}** (${r.status})${issueLink}`, '');
    if (r.status !== 'drifted') {
      lines.push(escapeTableCell(r.reason), '');
      continue;
    }
    const check = input.codeVersusLive.find((c) => c.to === r.address);
    const material = r.differences.filter((d) => d.class === 'security' || d.class === 'config');
    lines.push('| Attribute | Class | State | Live | This PR\'s code | Merging |', '|---|---|---|---|---|---|');
    for (const d of material.slice(0, MAX_ROWS_PER_RESOURCE)) {
      const e = effect(d, check);
      const cell = (v: unknown) => (v === undefined ? '—' : inlineCode(formatDriftValue(v), { table: true }));
      lines.push(`| ${inlineCode(d.path, { table: true })} | ${d.class} | ${cell(d.expected)} | ${cell(d.actual)} | ${cell(e.code)} | ${e.effect} |`);
    }
    if (material.length > MAX_ROWS_PER_RESOURCE) lines.push(`| … ${material.length - MAX_ROWS_PER_RESOURCE} more | | | | | |`);
    lines.push('');
  }
  if (drifted.length > MAX_RESOURCES) lines.push(`… and ${drifted.length - MAX_RESOURCES} more drifted resource(s); see the job summary.`);
  if (unverified.length) lines.push(`${unverified.length} resource(s) could not be checked (${escapeTableCell(unverified[0].reason)}${unverified.length > 1 ? ', …' : ''}): not counted as in sync.`);
  return section(lines.join('\n').trim());
}
