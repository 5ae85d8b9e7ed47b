// The action: the only place that touches @actions/*. It reads like DESIGN.md's phases:
// settings -> mode -> (scan | pull request | drift) -> report -> publish, one log group each.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { Attribution } from './drift/attribution.js';
import { checkDrift, defaultDriftClients } from './drift/check-drift.js';
import { checkImports, summarizeImportCheck } from './drift/import-check.js';
import type { ConfigurationModel } from './terraform/model.js';
import { findChangedModules, listPullRequestFiles } from './github/changed-files.js';
import { throttleOptions, type GitHubClient } from './github/client.js';
import { ACTIONS_BOT_LOGIN, publishPullRequest } from './github/publish-pull-request.js';
import { readCodeownersAtRef } from './github/codeowners-source.js';
import { listDriftIssues, syncDriftIssues, type SyncDriftIssuesResult } from './github/drift-issues.js';
import { codeVersusLiveRequests, renderPullRequestDrift } from './github/pull-request-drift.js';
import { publishOwnerApproval, teamMembersLookup } from './github/owner-approval.js';
import type { SummarySection } from './github/summary-comment.js';
import { selectGuardedModules } from './ownership/guarded-modules.js';
import type { Logger } from './logger.js';
import { toAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderMarkdownReport } from './report/markdown.js';
import { inlineCode } from './report/markdown-escape.js';
import { blockingCount, type Finding, type Report } from './report/model.js';
import { renderMetaFor } from './report/render.js';
import { summarizeReport } from './report/summary.js';
import { renderSarif } from './report/sarif.js';
import { scanConfiguration, scanInputFrom } from './scan.js';
import { ConfigurationError, settingsFromAction, type ActionSettings } from './settings.js';
import { loadConfiguration } from './terraform/load-configuration.js';
import { discoverS3States } from './terraform/state-locations.js';
import { inShard, planMatrix } from './shard.js';

/** Workflow-command annotations beyond GitHub's per-step display limits are dropped by GitHub anyway. */
const ANNOTATION_LIMIT = 50;
/** The job summary accepts up to 1 MiB per step. */
const JOB_SUMMARY_LIMIT = 1_000_000;

type ResolvedMode = 'pr' | 'drift' | 'scan' | 'plan-matrix';

interface ModeOutcome {
  report: Report;
  /** Findings to annotate; null = all (read-only runs, scans). On a writable PR the review carries the rest. */
  annotate: Finding[] | null;
  /** Drifted resources over `max-new-issues`, listed in the job summary and opened by later runs. */
  deferredIssues: string[];
}

interface PullRequestPayload {
  number: number;
  changed_files?: number;
  head: { sha: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string; repo: { full_name: string } };
  user: { login: string };
}

function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
    error: (m, w) => core.error(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
  };
}

const timings: string[] = [];

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await core.group(name, fn);
  const ms = Date.now() - started;
  timings.push(`${name}: ${ms} ms`);
  core.debug(`${name}: ${ms} ms`);
  return result;
}

function resolveMode(settings: ActionSettings): ResolvedMode {
  if (settings.mode !== 'auto') return settings.mode;
  switch (settings.github.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
      return 'pr';
    case 'schedule':
    case 'workflow_dispatch':
      return 'drift';
    default:
      return 'scan';
  }
}

function readEventPayload(settings: ActionSettings): Record<string, unknown> {
  if (!settings.github.eventPath) return {};
  try {
    return JSON.parse(readFileSync(settings.github.eventPath, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new ConfigurationError(`cannot read the event payload ${settings.github.eventPath}: ${(e as Error).message}`);
  }
}

function githubClient(token: string, logger: Logger): GitHubClient {
  // getOctokit reads GITHUB_API_URL (GHES) and the runner's proxy settings.
  return github.getOctokit(token, { throttle: throttleOptions(logger) }, throttling, retry) as unknown as GitHubClient;
}

export async function run(): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = settingsFromAction((name) => core.getInput(name), process.env);
  } catch (e) {
    if (e instanceof ConfigurationError) return core.setFailed(e.message);
    throw e;
  }
  const logger = actionsLogger();
  try {
    const mode = resolveMode(settings);
    core.info(`ECS Drift Guard: ${mode} mode (event ${settings.github.eventName || 'none'}).`);
    if (mode === 'plan-matrix') return await planMatrixMode(settings, logger);
    if (settings.shard) core.info(`Shard ${settings.shard.index}/${settings.shard.count}: checking this job's share of the modules.`);
    const outcome = mode === 'pr' ? await pullRequestMode(settings, logger) : mode === 'drift' ? await driftMode(settings, logger) : await scanMode(settings, logger);
    await phase('Report', async () => writeReports(outcome, settings));
    finish(outcome.report, settings);
  } catch (e) {
    const err = e as Error;
    core.debug(err.stack ?? '');
    core.setFailed(e instanceof ConfigurationError ? err.message : `ECS Drift Guard failed: ${err.message}`);
  }
  core.debug(`timings: ${timings.join(', ')}`);
}

async function scanMode(settings: ActionSettings, logger: Logger): Promise<ModeOutcome> {
  return phase('Scan Terraform for ECS policy violations', async () => {
    const { report } = await scanConfiguration(scanInputFrom(settings));
    logScan(report, logger);
    return { report, annotate: null, deferredIssues: [] };
  });
}

/** Emits the shards as a matrix for the next job: `strategy.matrix: ${{ fromJSON(needs.<job>.outputs.matrix) }}`. */
async function planMatrixMode(settings: ActionSettings, logger: Logger): Promise<void> {
  await phase('Plan the matrix', async () => {
    const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
    const stateDirs = settings.states.length > 0 ? settings.states.map((s) => s.moduleDir) : discoverS3States(configuration).states.map((s) => s.moduleDir);
    const keys = settings.github.eventName === 'schedule' || settings.github.eventName === 'workflow_dispatch' ? stateDirs : configuration.rootDirs;
    const matrix = planMatrix(keys, settings.shards);
    logger.info(`${keys.length} ${keys === stateDirs ? 'states' : 'root modules'} in ${settings.shards} shards: ${matrix.include.map((e) => `${e.shard}: ${e.items.length}`).join(', ')}`);
    core.setOutput('matrix', JSON.stringify(matrix));
  });
}

function logScan(report: Report, logger: Logger): void {
  logger.info(`${report.modules.length} modules, ${report.findings.length} findings, ${report.notEvaluated.length} not evaluated, ${report.errors.length} errors`);
  for (const e of report.errors) logger.warning(e.message, { file: e.file });
}

async function pullRequestMode(settings: ActionSettings, logger: Logger): Promise<ModeOutcome> {
  const payload = readEventPayload(settings);
  const pr = payload.pull_request as PullRequestPayload | undefined;
  if (!pr) {
    throw new ConfigurationError(`mode pr needs a pull_request event; this run was triggered by "${settings.github.eventName}" (use mode: scan or drift)`);
  }
  const [owner, repo] = settings.github.repository.split('/');
  const client = githubClient(settings.githubToken, logger);
  const configuration = await phase('Read the Terraform configuration', () => loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths }));
  const files = await phase('Find the modules this pull request changes', async () => {
    const listed = await listPullRequestFiles(client, { owner, repo, pullNumber: pr.number, changedFiles: pr.changed_files }, logger);
    const changed = findChangedModules(listed.files, configuration);
    for (const dir of changed.modules) logger.info(`${dir}: ${changed.reasons.get(dir) ?? 'changed'}`);
    for (const dir of changed.deletedModules) logger.info(`${dir}: deleted by this pull request (not scanned)`);
    if (!changed.terraformChanged) logger.info('This pull request changes no Terraform.');
    return { ...listed, changed };
  });
  const { report } = await phase('Check the changed modules against the ECS policy', async () => {
    const out = await scanConfiguration({ ...scanInputFrom(settings), shard: undefined, configuration, onlyModules: files.changed.modules });
    logScan(out.report, logger);
    return out;
  });
  await phase('Compare imported resources with live ECS', () => annotateImportFindings(report, configuration, settings, logger));
  const sections: SummarySection[] = [];
  sections.push(await phase('Live drift of the changed modules', () => pullRequestDrift(files.changed.modules, configuration, client, settings, logger)));
  // A fork PR's token is read-only: no status can be written, so the gate is not attempted (the
  // review step says why; pull_request_target workflows get a writable token).
  const fromFork = pr.head.repo?.full_name !== pr.base.repo.full_name;
  if (settings.approvalGate && fromFork) logger.info('Owner approval: not evaluated on a fork pull request (read-only token).');
  if (settings.approvalGate && !fromFork) {
    const approval = await phase('Owner approval', async () => {
      const guardedModules = selectGuardedModules({
        changedModules: files.changed.modules,
        changedPaths: files.files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
        configuration,
        setting: settings.approval.guardedModules,
        modulesWithFindings: new Set(report.findings.filter((f) => !f.suppressed).map((f) => f.module)),
        configFile: settings.configFile ?? '.github/drift-guard.yml',
      });
      // CODEOWNERS is read at the base: a PR cannot approve itself by editing it.
      const codeowners = await readCodeownersAtRef(client, owner, repo, pr.base.sha);
      const out = await publishOwnerApproval({
        client,
        logger,
        owner,
        repo,
        pullRequest: { number: pr.number, headSha: pr.head.sha, author: pr.user.login, baseRef: pr.base.ref },
        guardedModules,
        codeowners,
        ownersClient: settings.ownersToken ? githubClient(settings.ownersToken, logger) : undefined,
        staleApprovals: settings.approval.staleApprovals,
        unownedModules: settings.approval.unownedModules,
        requestReviews: true,
        runUrl: runUrl(settings),
      });
      logger.info(`${out.approvedModules} of ${out.totalModules} guarded module(s) approved by their owners (${out.gate.state}).`);
      if (out.unresolvedTeams.length) logger.warning(`Team owners not resolved (${out.unresolvedTeams.join(', ')}): set the owners-token input to a token with read:org.`);
      return out;
    });
    sections.push(approval.section);
  }
  const result = await phase('Publish the review, the summary comment and the policy status', () =>
    publishPullRequest({
      client,
      logger,
      owner,
      repo,
      pullRequest: { number: pr.number, headSha: pr.head.sha, baseRepo: pr.base.repo.full_name, headRepo: pr.head.repo?.full_name ?? null, changedFiles: pr.changed_files },
      report,
      failOn: settings.failOn,
      allowIncomplete: settings.allowIncomplete,
      comment: settings.comment,
      now: settings.now,
      changedModules: files.changed.modules,
      deletedModules: files.changed.deletedModules,
      terraformChanged: files.changed.terraformChanged,
      files: files.files,
      filesTruncated: files.truncated,
      rules: renderMetaFor(settings).rules,
      serverUrl: settings.github.serverUrl,
      runUrl: runUrl(settings),
      sections,
    }),
  );
  if (result.readOnly) {
    logger.warning(`Nothing was written to the pull request: ${result.why ?? 'the token is read-only'}. The findings are in the job summary and the annotations.`);
    return { report, annotate: null, deferredIssues: [] };
  }
  logger.info(`GitHub: ${result.requests} requests, ${result.writes} writes.`);
  return { report, annotate: result.outsideDiff, deferredIssues: [] };
}

/** The summary section on live drift of the modules a PR changes (issue: merging reverts or adopts it). */
async function pullRequestDrift(modules: string[], configuration: ConfigurationModel, client: GitHubClient, settings: ActionSettings, logger: Logger): Promise<SummarySection> {
  if (!settings.awsCredentials) {
    return renderPullRequestDrift({ check: null, notChecked: 'this job has no AWS credentials (add aws-actions/configure-aws-credentials; fork pull requests get none)', codeVersusLive: [], issues: new Map() });
  }
  const changed = new Set(modules);
  const states = settings.states.length > 0 ? settings.states.filter((s) => changed.has(s.moduleDir)) : discoverS3States(configuration, undefined, changed).states;
  if (states.length === 0) {
    return renderPullRequestDrift({ check: null, notChecked: 'no state is known for the changed modules (set the `state` input, or give them a `backend "s3"` block with literal values)', codeVersusLive: [], issues: new Map() });
  }
  const clients = defaultDriftClients(settings.awsRegion);
  const check = await checkDrift(settings, states, configuration, clients, logger);
  const drifted = check.run.results.filter((r) => r.status === 'drifted');
  const codeVersusLive = drifted.length ? await checkImports(codeVersusLiveRequests(drifted), configuration, clients, { region: settings.awsRegion, logger, expected: settings.drift.expected, ignore: settings.drift.ignore }) : [];
  const [owner, repo] = settings.github.repository.split('/');
  const issues = drifted.length ? await listDriftIssues(client, { owner, repo, botLogin: ACTIONS_BOT_LOGIN }).catch(() => new Map()) : new Map();
  logger.info(`Live drift of the changed modules: ${drifted.length} drifted of ${check.run.results.length} resource(s).`);
  return renderPullRequestDrift({ check, codeVersusLive, issues });
}

/**
 * Governed imports: an `import { to = aws_ecs_* }` in the PR is compared with the live resource,
 * and the ecs-import-needs-review finding says whether the import is faithful.
 */
async function annotateImportFindings(report: Report, configuration: ConfigurationModel, settings: ActionSettings, logger: Logger): Promise<void> {
  const findings = report.findings.filter((f) => f.ruleId === 'ecs-import-needs-review');
  if (findings.length === 0) return;
  if (!settings.awsCredentials) {
    const why = 'Not compared with live ECS: this job has no AWS credentials (add aws-actions/configure-aws-credentials; fork pull requests get none).';
    logger.info(why);
    for (const f of findings) f.message += ` ${why}`;
    return;
  }
  const targets = new Set(findings.map((f) => f.resource));
  const imports = configuration.imports.filter((i) => targets.has(i.to));
  const checks = await checkImports(imports, configuration, defaultDriftClients(settings.awsRegion), {
    region: settings.awsRegion,
    logger,
    expected: settings.drift.expected,
    ignore: settings.drift.ignore,
  });
  for (const check of checks) {
    logger.info(`${check.to}: ${check.status} — ${summarizeImportCheck(check)}`);
    for (const f of findings.filter((x) => x.resource === check.to)) f.message += ` ${summarizeImportCheck(check)}`;
  }
}

async function driftMode(settings: ActionSettings, logger: Logger): Promise<ModeOutcome> {
  const configuration = await phase('Read the Terraform configuration', () => loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths }));
  const allStates = settings.states.length > 0 ? settings.states : (() => {
    const found = discoverS3States(configuration);
    for (const s of found.skipped) logger.warning(`${s.moduleDir}: ${s.why}`);
    return found.states;
  })();
  const states = allStates.filter((s) => inShard(s.moduleDir, settings.shard));
  if (states.length === 0 && allStates.length > 0) {
    logger.info(`No state falls in shard ${settings.shard!.index}/${settings.shard!.count}; nothing to check.`);
    return { report: { findings: [], drift: [], notEvaluated: [], errors: [], modules: [] }, annotate: null, deferredIssues: [] };
  }
  if (states.length === 0) {
    throw new ConfigurationError('drift mode found no state to check: set the `state` input (MODULE_DIR=STATE per line) or give modules a `backend "s3"` block with literal bucket and key');
  }
  let driftAttributions = new Map<string, Attribution>();
  const report = await phase(`Compare ${states.length} state(s) with live ECS`, async () => {
    const { run, attributions } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion), logger);
    driftAttributions = attributions;
    const counts = new Map<string, number>();
    for (const r of run.results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    logger.info(`${run.results.length} resources: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}; ${Object.values(run.stats.calls).reduce((a, b) => a + b, 0)} ECS API calls.`);
    for (const e of run.errors) logger.warning(e.message, { file: e.file });
    return { findings: [], drift: run.results, notEvaluated: [], errors: run.errors, modules: configuration.moduleDirs } satisfies Report;
  });
  let deferredIssues: string[] = [];
  if (settings.issues && settings.github.repository) {
    const issues = await phase('Drift issues for the owners', () => publishDriftIssues(report, driftAttributions, settings, logger));
    deferredIssues = issues.deferred.map((d) => d.address);
  }
  return { report, annotate: null, deferredIssues };
}

async function publishDriftIssues(report: Report, attributions: Map<string, Attribution>, settings: ActionSettings, logger: Logger): Promise<SyncDriftIssuesResult> {
  const [owner, repo] = settings.github.repository.split('/');
  const client = githubClient(settings.githubToken, logger);
  const payload = readEventPayload(settings);
  const repository = payload.repository as { default_branch?: string } | undefined;
  const ref = repository?.default_branch ?? process.env.GITHUB_REF_NAME ?? 'main';
  const codeowners = await readCodeownersAtRef(client, owner, repo, ref);
  if (!codeowners) logger.warning('No CODEOWNERS file on the default branch: drift issues are labelled drift-guard:unowned and assigned to nobody.');
  const result = await syncDriftIssues({
    client,
    logger,
    owner,
    repo,
    results: report.drift,
    codeowners,
    defaultBranchSha: process.env.GITHUB_SHA ?? ref,
    serverUrl: settings.github.serverUrl,
    maxNewIssues: settings.maxNewIssues,
    ownersTeamMembers: settings.ownersToken ? teamMembersLookup(githubClient(settings.ownersToken, logger), logger) : undefined,
    now: settings.now,
    runUrl: runUrl(settings),
    botLogin: ACTIONS_BOT_LOGIN,
    attributions,
  });
  logger.info(`Drift issues: ${result.created} opened, ${result.updated} updated, ${result.reopened} reopened, ${result.closed} closed, ${result.unchanged} unchanged, ${result.deferred.length} deferred (max-new-issues ${settings.maxNewIssues}); ${result.requests} GitHub requests, ${result.writes} writes.`);
  return result;
}

function runUrl(settings: ActionSettings): string | undefined {
  const { serverUrl, repository, runId } = settings.github;
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

async function writeReports({ report, annotate: annotateOnly, deferredIssues }: ModeOutcome, settings: ActionSettings): Promise<void> {
  const meta = renderMetaFor(settings);
  const reportFile = join(process.env.RUNNER_TEMP ?? settings.repoRoot, 'drift-guard-report.json');
  writeFileSync(reportFile, renderJson(report, meta));
  core.setOutput('report-file', reportFile);
  if (settings.sarifFile) {
    const sarifPath = join(settings.repoRoot, settings.sarifFile);
    writeFileSync(sarifPath, renderSarif(report, meta));
    core.setOutput('sarif-file', sarifPath);
  }
  // On a writable PR the review carries the in-diff findings; annotations cover the rest.
  const annotated = annotateOnly ? { ...report, findings: annotateOnly } : report;
  for (const a of toAnnotations(annotated, meta).slice(0, ANNOTATION_LIMIT)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (settings.github.stepSummaryFile) {
    let markdown = renderMarkdownReport(report, meta, { maxLength: JOB_SUMMARY_LIMIT - 20_000 });
    if (deferredIssues.length > 0) {
      const list = deferredIssues.slice(0, 200).map((a) => `- ${inlineCode(a)}`).join('\n');
      markdown += `\n\n### Drift issues not opened yet\n\n${deferredIssues.length} drifted resource(s) are over \`max-new-issues\` (${settings.maxNewIssues}); later runs open their issues:\n\n${list}\n`;
    }
    await core.summary.addRaw(markdown, true).write();
  }
}

function finish(report: Report, settings: ActionSettings): void {
  const blocking = blockingCount(report, settings.failOn);
  core.setOutput('findings', String(report.findings.filter((f) => !f.suppressed).length));
  core.setOutput('blocking-findings', String(blocking));
  core.setOutput('drifted', String(report.drift.filter((d) => d.status === 'drifted' || d.status === 'missing' || d.status === 'unmanaged').length));
  const unverified = report.drift.filter((d) => d.status === 'unverified').length;
  const parts = [
    `${report.findings.filter((f) => !f.suppressed).length} finding(s)`,
    ...(report.drift.length ? [`${report.drift.filter((d) => d.status !== 'in_sync' && d.status !== 'unverified').length} of ${report.drift.length} resource(s) drifted`] : []),
    ...(unverified ? [`${unverified} could not be checked`] : []),
  ];
  const verdict = `ECS Drift Guard: ${parts.join(', ')}; ${blocking} at or above ${settings.failOn}.`;
  // Fail closed (issue 13): a run that could not check everything fails the job, after the
  // phases above have published what they could read, naming what was not checked and why.
  const summary = summarizeReport(report, settings.failOn, { allowIncomplete: settings.allowIncomplete });
  const incomplete = summary.incomplete
    ? summary.incomplete.accepted ? ` Incomplete, accepted by allow-incomplete: ${summary.incomplete.reason}` : ` INCOMPLETE: ${summary.incomplete.reason}`
    : '';
  if (summary.passed) core.info(`${verdict}${incomplete}`);
  else core.setFailed(`${verdict}${incomplete}`);
}
