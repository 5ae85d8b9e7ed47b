// The action: the only place that touches @actions/*. It reads like DESIGN.md's phases:
// settings -> mode -> (scan | pull request | drift) -> report -> publish, one log group each.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { Attribution } from './drift/attribution.js';
import { checkDrift, defaultDriftClients } from './drift/check-drift.js';
import { checkImports, summarizeImportCheck } from './drift/import-check.js';
import { checkEcsChanges } from './drift/check-ecs-changes.js';
import { syncControlPlaneIssues } from './github/control-plane-issues.js';
import { renderEventOutcomes } from './report/event-outcomes.js';
import type { ConfigurationModel } from './terraform/model.js';
import { findChangedModules, listPullRequestFiles } from './github/changed-files.js';
import { countRequests, guardRequests, requestTimeoutFor, throttleOptions, WaitBudget, type GitHubClient, type GitHubClientTuning } from './github/client.js';
import {
  ACTIONS_BOT_LOGIN,
  failedStepsSection,
  publishPolicyStatusStep,
  publishReviewStep,
  publishSummaryStep,
  readOnlyReason,
  startPublication,
  type PullRequestRef,
} from './github/publish-pull-request.js';
import { readCodeownersAtRef } from './github/codeowners-source.js';
import { importBranchName, importFolder, publishImportPullRequest, renderImportPullRequestBody } from './github/import-pull-request.js';
import { runImport } from './import/run-import.js';
import { RequestScheduler } from './drift/request-scheduler.js';
import { listDriftIssues, syncDriftIssues, type SyncDriftIssuesResult } from './github/drift-issues.js';
import { codeVersusLiveRequests, renderPullRequestDrift } from './github/pull-request-drift.js';
import {
  markOwnerApprovalReevaluating,
  ownerApprovalSection,
  publishOwnerApprovalStatus,
  requestOwnerReviews,
  reviewsToRequest,
  teamMembersLookup,
  type OwnerApprovalInput,
} from './github/owner-approval.js';
import { readConfigAtRef } from './github/config-source.js';
import { describeGateChanges } from './github/gate-changes.js';
import { SUMMARY_SECTION_DRIFT, SUMMARY_SECTION_OWNER_APPROVAL, type SummarySection } from './github/summary-comment.js';
import { gateFilePaths, selectGuardedModules } from './ownership/guarded-modules.js';
import type { Logger } from './logger.js';
import { toAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderMarkdownReport } from './report/markdown.js';
import { escapeMarkdown, inlineCode } from './report/markdown-escape.js';
import { blockingCount, type Finding, type Report } from './report/model.js';
import { renderMetaFor } from './report/render.js';
import type { RenderMeta } from './report/render-meta.js';
import { summarizeReport } from './report/summary.js';
import { renderSarif } from './report/sarif.js';
import { scanConfiguration, scanInputFrom } from './scan.js';
import { ConfigurationError, configPathInRepository, settingsFromAction, type ActionSettings, type StateSetting } from './settings.js';
import { loadConfiguration } from './terraform/load-configuration.js';
import { createModuleSourceResolver } from './terraform/module-sources/index.js';
import { discoverS3States } from './terraform/state-locations.js';
import { inShard, planMatrix } from './shard.js';
import type { PendingNotification } from './notify/notification.js';
import { notificationPlan, sendNotifications } from './notify/send-notifications.js';
import { TOOL_VERSION } from './version.js';

/** Workflow-command annotations beyond GitHub's per-step display limits are dropped by GitHub anyway. */
const ANNOTATION_LIMIT = 50;
/** The job summary accepts up to 1 MiB per step. */
const JOB_SUMMARY_LIMIT = 1_000_000;

type ResolvedMode = 'pr' | 'drift' | 'scan' | 'plan-matrix' | 'event' | 'import';

interface ModeOutcome {
  report: Report;
  /** Findings to annotate; null = all (read-only runs, scans). On a writable PR the review carries the rest. */
  annotate: Finding[] | null;
  /** Drifted resources over `max-new-issues`, listed in the job summary and opened by later runs. */
  deferredIssues: string[];
  /** Markdown appended to the job summary (the event mode's account of each ECS call). */
  summaryExtra?: string;
  /**
   * The job summary is `summaryExtra` alone (after the failed phases): the import's account has its
   * own findings, and the report's "Passed, no findings" above it would contradict them.
   */
  summaryReplacesReport?: boolean;
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

/** One phase's outcome: the log, the job summary and (on a PR) the summary comment report it. */
interface PhaseOutcome {
  name: string;
  ok: boolean;
  /** The error, naming the request that failed (github/client.ts, drift/check-drift.ts). */
  error?: string;
  ms: number;
}

/**
 * Runs each phase on its own (STYLE.md 13, issue 14): one log group, its outcome recorded, a
 * failure logged and kept, never thrown, so the phases after it still publish. The run fails at
 * the end when any phase failed.
 */
class PhaseRunner {
  readonly outcomes: PhaseOutcome[] = [];

  async run<T>(name: string, fn: () => Promise<T> | T): Promise<T | undefined> {
    const started = Date.now();
    try {
      const value = await core.group(name, async () => fn());
      this.outcomes.push({ name, ok: true, ms: Date.now() - started });
      return value;
    } catch (e) {
      const err = e as Error;
      core.debug(err.stack ?? '');
      const error = err.message || String(e);
      this.outcomes.push({ name, ok: false, error, ms: Date.now() - started });
      core.error(`${name}: ${error}`);
      if (e instanceof ConfigurationError) this.configurationErrors.push(error);
      return undefined;
    }
  }

  readonly configurationErrors: string[] = [];

  failed(): PhaseOutcome[] {
    return this.outcomes.filter((o) => !o.ok);
  }
}

function resolveMode(settings: ActionSettings): ResolvedMode {
  if (settings.mode !== 'auto') return settings.mode;
  switch (settings.github.eventName) {
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
      return 'pr';
    case 'schedule':
      return 'drift';
    // A dispatch asks for an import by naming clusters (`import-clusters: ${{ inputs.clusters }}`);
    // without them it is a drift run, as before (issue 16). Nothing else ever picks import.
    case 'workflow_dispatch':
      return settings.import.clusters.length > 0 ? 'import' : 'drift';
    case 'repository_dispatch':
      return readEventPayload(settings).action === ECS_CHANGE_ACTION ? 'event' : 'scan';
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

function githubClient(token: string, run: Pick<RunContext, 'logger' | 'budget' | 'settings' | 'tuning'>): GitHubClient {
  const { logger, budget, settings, tuning } = run;
  // getOctokit reads GITHUB_API_URL (GHES) and the runner's proxy settings; guardRequests names
  // failed requests and keeps creates from being retried blindly.
  const throttle = { ...throttleOptions(logger, budget), ...tuning.throttle } as ThrottlingOptions;
  const octokit = github.getOctokit(token, { baseUrl: settings.github.apiUrl, throttle, ...(tuning.retry ? { retry: tuning.retry } : {}) }, throttling, retry);
  return guardRequests(octokit as unknown as GitHubClient, { timeoutMs: tuning.timeoutMs ?? requestTimeoutFor(budget.limits) });
}

/** What every mode hands to the phases that always run: report file, SARIF, annotations, job summary, outputs. */
const EMPTY_REPORT: Report = { findings: [], drift: [], notEvaluated: [], errors: [], modules: [] };

/** What the caller of run() may set beyond the runner's environment: only tests do (run-in-process). */
export interface RunOptions {
  /** How the GitHub clients are built (shorter timeouts and waits in tests); the defaults otherwise. */
  github?: GitHubClientTuning;
}

export async function run(options: RunOptions = {}): Promise<void> {
  let settings: ActionSettings;
  try {
    settings = settingsFromAction((name) => core.getInput(name), process.env);
  } catch (e) {
    if (e instanceof ConfigurationError) return core.setFailed(e.message);
    throw e;
  }
  // Webhook URLs and the signing secret never reach a log line, even by accident (issue 17).
  for (const secret of Object.values(settings.notificationTargets)) {
    core.setSecret(secret);
    const path = URL.canParse(secret) ? new URL(secret).pathname : '';
    if (path.length >= 16) core.setSecret(path);
  }
  const logger = actionsLogger();
  const phases = new PhaseRunner();
  const mode = resolveMode(settings);
  core.info(`ECS Drift Guard: ${mode} mode (event ${settings.github.eventName || 'none'}).`);
  if (mode === 'plan-matrix') {
    await planMatrixMode(settings, logger, phases);
    return failOnPhases(phases);
  }
  if (settings.shard) core.info(`Shard ${settings.shard.index}/${settings.shard.count}: checking this job's share of the modules.`);
  const context: RunContext = { settings, logger, phases, budget: new WaitBudget(settings.retries), tuning: options.github ?? {} };
  const outcome = mode === 'pr' ? await pullRequestMode(context)
    : mode === 'drift' ? await driftMode(context)
      : mode === 'event' ? await eventMode(context)
        : mode === 'import' ? await importMode(context)
          : await scanMode(context);
  // Whatever failed above, these always run: nothing the run learned is lost. A pull request run
  // follows the base commit's config from here on (context.settings).
  settings = context.settings;
  // The resolved mode names the SARIF run (code scanning's category), not `auto`.
  const meta = renderMetaFor({ ...settings, mode });
  if (settings.sarifFile) await phases.run('Write SARIF', () => writeSarifFile(outcome.report, meta, settings));
  await phases.run('Annotations', () => writeAnnotations(outcome, meta));
  if (settings.github.stepSummaryFile) await phases.run('Write the job summary', () => writeJobSummary(outcome, meta, settings, phases.failed()));
  // Last, so its `phases` holds every phase before it (its own failure is in the log and the exit code).
  await phases.run('Write the JSON report', () => writeReportFile(outcome.report, meta, settings, phases.outcomes));
  finish(outcome.report, settings);
  failOnPhases(phases);
  core.debug(`timings: ${phases.outcomes.map((o) => `${o.name}: ${o.ms} ms`).join(', ')}`);
}

interface RunContext {
  settings: ActionSettings;
  logger: Logger;
  phases: PhaseRunner;
  /** One wait budget for every GitHub and AWS client of the run (wait-budget.ts). */
  budget: WaitBudget;
  tuning: GitHubClientTuning;
}

/** A run with a failed phase fails, after everything else was published; a user mistake stays one line. */
function failOnPhases(phases: PhaseRunner): void {
  const failed = phases.failed();
  if (failed.length === 0) return;
  if (failed.length === phases.configurationErrors.length && failed.length === 1) return core.setFailed(failed[0]!.error!);
  core.setFailed(`ECS Drift Guard: ${failed.length} phase(s) failed (the others published): ${failed.map((f) => `${f.name}: ${f.error}`).join('; ')}`);
}

async function scanMode({ settings, logger, phases }: RunContext): Promise<ModeOutcome> {
  const scanned = await phases.run('Scan Terraform for ECS policy violations', async () => {
    const { report } = await scanConfiguration(scanInputFrom(settings));
    logScan(report, logger);
    return report;
  });
  return { report: scanned ?? EMPTY_REPORT, annotate: null, deferredIssues: [] };
}

/** Emits the shards as a matrix for the next job: `strategy.matrix: ${{ fromJSON(needs.<job>.outputs.matrix) }}`. */
async function planMatrixMode(settings: ActionSettings, logger: Logger, phases: PhaseRunner): Promise<void> {
  await phases.run('Plan the matrix', async () => {
    const configuration = await readConfiguration(settings, logger);
    const stateDirs = settings.states.length > 0 ? settings.states.map((s) => s.moduleDir) : discoverS3States(configuration).states.map((s) => s.moduleDir);
    const keys = settings.github.eventName === 'schedule' || settings.github.eventName === 'workflow_dispatch' ? stateDirs : configuration.rootDirs;
    const matrix = planMatrix(keys, settings.shards);
    logger.info(`${keys.length} ${keys === stateDirs ? 'states' : 'root modules'} in ${settings.shards} shards: ${matrix.include.map((e) => `${e.shard}: ${e.items.length}`).join(', ')}`);
    core.setOutput('matrix', JSON.stringify(matrix));
  });
}

/** The Terraform configuration, with registry, git and archive modules resolved as `terraform init` would. */
function readConfiguration(settings: ActionSettings, logger: Logger) {
  return loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths, moduleSources: settings.modules && createModuleSourceResolver(settings.modules, logger) });
}

function logScan(report: Report, logger: Logger): void {
  logger.info(`${report.modules.length} modules, ${report.findings.length} findings, ${report.notEvaluated.length} not evaluated, ${report.errors.length} errors`);
  for (const e of report.errors) logger.warning(e.message, { file: e.file });
}

function pullRequestOf(settings: ActionSettings): PullRequestPayload {
  const pr = readEventPayload(settings).pull_request as PullRequestPayload | undefined;
  if (!pr) throw new ConfigurationError(`mode pr needs a pull_request event; this run was triggered by "${settings.github.eventName}" (use mode: scan or drift)`);
  return pr;
}

/**
 * The pull request phases. Reading the configuration, the changed files and the policy check
 * feed everything else; after them each phase runs on its own, and a failed one is a section
 * of the summary comment (later phases' failures are in the job summary and the log).
 */
async function pullRequestMode(run: RunContext): Promise<ModeOutcome> {
  const { logger, phases } = run;
  let settings = run.settings;
  const none: ModeOutcome = { report: EMPTY_REPORT, annotate: null, deferredIssues: [] };
  const pr = await phases.run('Read the pull request event', () => pullRequestOf(settings));
  if (!pr) return none;
  const [owner, repo] = settings.github.repository.split('/');
  const client = githubClient(settings.githubToken, run);
  // A fork PR's token is read-only: no status can be written, so the gate is not attempted (the
  // publication says why; pull_request_target workflows get a writable token).
  const pullRequest: PullRequestRef = { number: pr.number, headSha: pr.head.sha, baseRepo: pr.base.repo.full_name, headRepo: pr.head.repo?.full_name ?? null, changedFiles: pr.changed_files };
  const readOnly = readOnlyReason(pullRequest);
  // Issue 13: a success left by an earlier run turns pending before anything below can fail.
  if (settings.approvalGate && !readOnly) {
    await phases.run('Mark owner approval as re-evaluating', () => markOwnerApprovalReevaluating({ client, owner, repo, headSha: pr.head.sha, runUrl: runUrl(settings) }));
  }
  // The base commit's config decides the rules; the PR's own config applies only after it merges.
  const configPath = configPathInRepository((name) => core.getInput(name), process.env);
  if (configPath !== null) {
    const based = await phases.run('Read the config at the base commit', async () => {
      const baseConfig = await readConfigAtRef(client, { owner, repo, path: configPath, sha: pr.base.sha, label: 'base' });
      return settingsFromAction((name) => core.getInput(name), process.env, baseConfig);
    });
    if (!based) return none;
    settings = based;
    // The reports, the exit code and the outputs follow the base's rules too.
    run.settings = based;
  }
  const configuration = await phases.run('Read the Terraform configuration', () => readConfiguration(settings, logger));
  if (!configuration) return none;
  const files = await phases.run('Find the modules this pull request changes', async () => {
    const listed = await listPullRequestFiles(client, { owner, repo, pullNumber: pr.number, changedFiles: pr.changed_files }, logger);
    const changed = findChangedModules(listed.files, configuration);
    for (const dir of changed.modules) logger.info(`${dir}: ${changed.reasons.get(dir) ?? 'changed'}`);
    for (const dir of changed.deletedModules) logger.info(`${dir}: deleted by this pull request (not scanned)`);
    if (!changed.terraformChanged) logger.info('This pull request changes no Terraform.');
    return { ...listed, changed };
  });
  if (!files) return none;
  const report = await phases.run('Check the changed modules against the ECS policy', async () => {
    const out = await scanConfiguration({ ...scanInputFrom(settings), shard: undefined, configuration, onlyModules: files.changed.modules });
    logScan(out.report, logger);
    return out.report;
  });
  if (!report) return none;

  await phases.run('Compare imported resources with live ECS', () => annotateImportFindings(report, configuration, settings, logger, run.budget));
  const sections: SummarySection[] = [];
  const gate = await phases.run('Changes to the gate itself', () => describeGateChanges(client, { owner, repo, baseSha: pr.base.sha, headSha: pr.head.sha, configPath, files: files.files }));
  if (gate) sections.push(gate);
  const drift = await phases.run('Live drift of the changed modules', () => pullRequestDrift(files.changed.modules, configuration, client, settings, logger, run.budget));
  sections.push(drift ?? notEvaluatedSection(SUMMARY_SECTION_DRIFT, 'Live drift of the changed modules', 'Live drift could not be checked', phases));

  if (settings.approvalGate && readOnly) logger.info('Owner approval: not evaluated on a fork pull request (read-only token).');
  if (settings.approvalGate && !readOnly) {
    const approvalInput = await phases.run('Owner approval status', async () => {
      const guardedModules = selectGuardedModules({
        changedModules: files.changed.modules,
        changedPaths: files.files.flatMap((f) => (f.previous_filename ? [f.filename, f.previous_filename] : [f.filename])),
        configuration,
        setting: settings.approval.guardedModules,
        modulesWithFindings: new Set(report.findings.filter((f) => !f.suppressed).map((f) => f.module)),
        configFile: configPath ?? settings.configFile ?? '.github/drift-guard.yml',
      });
      // CODEOWNERS is read at the base: a PR cannot approve itself by editing it.
      const codeowners = await readCodeownersAtRef(client, owner, repo, pr.base.sha);
      const input: OwnerApprovalInput = {
        client,
        logger,
        owner,
        repo,
        pullRequest: { number: pr.number, headSha: pr.head.sha, author: pr.user.login, baseRef: pr.base.ref },
        guardedModules,
        codeowners,
        ownersClient: settings.ownersToken ? githubClient(settings.ownersToken, run) : undefined,
        staleApprovals: settings.approval.staleApprovals,
        unownedModules: settings.approval.unownedModules,
        runUrl: runUrl(settings),
        gateFiles: { paths: gateFilePaths(configPath ?? settings.configFile ?? '.github/drift-guard.yml'), configOwners: settings.approval.configOwners },
      };
      const evaluation = await publishOwnerApprovalStatus(input);
      logger.info(`${evaluation.approvedModules} of ${evaluation.totalModules} guarded module(s) approved by their owners (${evaluation.gate.state}).`);
      if (evaluation.unresolvedTeams.length) logger.warning(`Team owners not resolved (${evaluation.unresolvedTeams.join(', ')}): set the owners-token input to a token with read:org.`);
      return { input, evaluation };
    });
    if (!approvalInput) {
      sections.push(notEvaluatedSection(SUMMARY_SECTION_OWNER_APPROVAL, 'Owner approval', 'Owner approval could not be evaluated', phases));
    } else {
      const { input, evaluation } = approvalInput;
      // Only asking for reviews needs requested_reviewers: its failure is its own phase, and the
      // status above stands (the summary comment lists the failed phase).
      const requests = reviewsToRequest(evaluation) ? await phases.run('Review requests to the missing owners', () => requestOwnerReviews(input, evaluation)) : undefined;
      sections.push(ownerApprovalSection(input, evaluation, requests));
    }
  }

  const publication = await phases.run('Prepare the pull request publication', () =>
    startPublication({
      client,
      logger,
      owner,
      repo,
      pullRequest,
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
  if (!publication) return { report, annotate: null, deferredIssues: [] };
  const counter = countRequests(client);
  await phases.run('Review comments on the diff', () => publishReviewStep(publication));
  await phases.run('Summary comment', () => publishSummaryStep(publication, failedStepsSection(phases.failed().map((f) => ({ step: f.name, message: f.error ?? '' })))));
  await phases.run('Policy status', () => publishPolicyStatusStep(publication));
  counter.stop();
  const result = publication.result;
  if (result.readOnly) return { report, annotate: null, deferredIssues: [] };
  logger.info(`GitHub: ${counter.requests} requests, ${counter.writes} writes.`);
  // A failed review leaves every finding for the annotations.
  return { report, annotate: result.review ? result.outsideDiff : null, deferredIssues: [] };
}

/** The summary section a failed phase leaves in place of its own, so no stale one is carried over. */
function notEvaluatedSection(id: string, title: string, what: string, phases: PhaseRunner): SummarySection {
  const failure = phases.failed().at(-1);
  return { id, title, markdown: `${what}: ${inlineCode(failure?.error ?? 'the phase failed')}. The run fails until this succeeds.` };
}

/** The summary section on live drift of the modules a PR changes (issue: merging reverts or adopts it). */
async function pullRequestDrift(modules: string[], configuration: ConfigurationModel, client: GitHubClient, settings: ActionSettings, logger: Logger, budget: WaitBudget): Promise<SummarySection> {
  if (!settings.awsCredentials) {
    return renderPullRequestDrift({ check: null, notChecked: 'this job has no AWS credentials (add aws-actions/configure-aws-credentials; fork pull requests get none)', codeVersusLive: [], issues: new Map() });
  }
  const changed = new Set(modules);
  const states = settings.states.length > 0 ? settings.states.filter((s) => changed.has(s.moduleDir)) : discoverS3States(configuration, undefined, changed).states;
  if (states.length === 0) {
    return renderPullRequestDrift({ check: null, notChecked: 'no state is known for the changed modules (set the `state` input, or give them a `backend "s3"` block with literal values)', codeVersusLive: [], issues: new Map() });
  }
  const clients = defaultDriftClients(settings.awsRegion, { budget, logger });
  const check = await checkDrift(settings, states, configuration, clients, logger);
  const drifted = check.run.results.filter((r) => r.status === 'drifted');
  const codeVersusLive = drifted.length ? await checkImports(codeVersusLiveRequests(drifted), configuration, clients, { region: settings.awsRegion, repoRoot: settings.repoRoot, logger, expected: settings.drift.expected, ignore: settings.drift.ignore }) : [];
  const [owner, repo] = settings.github.repository.split('/');
  // The issues only add links to the section: without them it is still right, so the listing's
  // failure is a warning that names the request, not a failed drift check.
  const issues = drifted.length
    ? await listDriftIssues(client, { owner, repo, botLogin: ACTIONS_BOT_LOGIN }).catch((error: unknown) => {
        logger.warning(`The drift issues could not be listed for links in the summary comment: ${error instanceof Error ? error.message : String(error)}`);
        return new Map();
      })
    : new Map();
  logger.info(`Live drift of the changed modules: ${drifted.length} drifted of ${check.run.results.length} resource(s).`);
  return renderPullRequestDrift({ check, codeVersusLive, issues });
}

/**
 * Governed imports: an `import { to = aws_ecs_* }` in the PR is compared with the live resource,
 * and the ecs-import-needs-review finding says whether the import is faithful.
 */
async function annotateImportFindings(report: Report, configuration: ConfigurationModel, settings: ActionSettings, logger: Logger, budget: WaitBudget): Promise<void> {
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
  const checks = await checkImports(imports, configuration, defaultDriftClients(settings.awsRegion, { budget, logger }), {
    region: settings.awsRegion,
    repoRoot: settings.repoRoot,
    logger,
    expected: settings.drift.expected,
    ignore: settings.drift.ignore,
  });
  for (const check of checks) {
    logger.info(`${check.to}: ${check.status} — ${summarizeImportCheck(check)}`);
    for (const f of findings.filter((x) => x.resource === check.to)) f.message += ` ${summarizeImportCheck(check)}`;
  }
}

async function driftMode(run: RunContext): Promise<ModeOutcome> {
  const { settings, logger, phases } = run;
  const none: ModeOutcome = { report: EMPTY_REPORT, annotate: null, deferredIssues: [] };
  const configuration = await phases.run('Read the Terraform configuration', () => readConfiguration(settings, logger));
  if (!configuration) return none;
  const states = await phases.run('Find the states to check', () => statesToCheck(configuration, settings, logger));
  if (!states) return none;
  if (states.length === 0) return none;
  let driftAttributions = new Map<string, Attribution>();
  const report = await phases.run(`Compare ${states.length} state(s) with live ECS`, async () => {
    const { run: checked, attributions } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion, { budget: run.budget, logger }), logger);
    driftAttributions = attributions;
    const counts = new Map<string, number>();
    for (const r of checked.results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
    logger.info(`${checked.results.length} resources: ${[...counts].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'}; ${Object.values(checked.stats.calls).reduce((a, b) => a + b, 0)} ECS API calls.`);
    for (const e of checked.errors) logger.warning(e.message, { file: e.file });
    return { findings: [], drift: checked.results, notEvaluated: [], errors: checked.errors, modules: configuration.moduleDirs } satisfies Report;
  });
  if (!report) return none;
  let deferredIssues: string[] = [];
  if (settings.issues && settings.github.repository) {
    const issues = await phases.run('Drift issues for the owners', () => publishDriftIssues(report, driftAttributions, run));
    deferredIssues = issues?.deferred.map((d) => d.address) ?? [];
    await publishNotifications(run, issues?.notifications ?? []);
  }
  // Who changed it is part of what the run was asked for (drift.attribution): a lookup that failed
  // fails its own phase, after the drift and its issues were published without it.
  const unavailable = [...driftAttributions.values()].find((a) => a.status === 'unavailable');
  if (unavailable) {
    await phases.run('Drift attribution (CloudTrail)', async () => {
      throw new Error(`${unavailable.reason}. The drift was checked and published without who changed it; fix the cause above, or set drift.attribution: false to skip the lookup.`);
    });
  }
  return { report, annotate: null, deferredIssues };
}

/** The repository_dispatch event type the real-time kit sends (examples/realtime). */
const ECS_CHANGE_ACTION = 'ecs-change';

/** Real-time drift: the ECS calls in the dispatch payload, checked for the resources they touched only. */
async function eventMode(run: RunContext): Promise<ModeOutcome> {
  const { settings, logger, phases } = run;
  const none: ModeOutcome = { report: EMPTY_REPORT, annotate: null, deferredIssues: [] };
  const payload = readEventPayload(settings);
  const events = 'client_payload' in payload ? payload.client_payload : payload;
  const configuration = await phases.run('Read the Terraform configuration', () => readConfiguration(settings, logger));
  if (!configuration) return none;
  const states = await phases.run('Find the states to check', () => statesToCheck(configuration, settings, logger));
  if (!states || states.length === 0) return none;
  const check = await phases.run('Check the ECS changes in the event', async () => {
    const checked = await checkEcsChanges(
      {
        payload: events,
        scope: { accounts: settings.realtime.accounts, regions: settings.realtime.regions },
        repoRoot: settings.repoRoot,
        states,
        configuration,
        region: settings.awsRegion,
        pipelineRoleArns: settings.drift.pipelineRoles,
        expected: settings.drift.expected,
        ignore: settings.drift.ignore,
        maxConcurrency: settings.drift.maxConcurrency,
        maxRequestsPerSecond: settings.drift.maxRequestsPerSecond,
      },
      defaultDriftClients(settings.awsRegion, { budget: run.budget, logger }),
      logger,
    );
    if (checked.outcomes.length === 0 && checked.rejected.length > 0) {
      throw new ConfigurationError(`the event payload holds no ECS change to handle: ${checked.rejected.map((r) => r.why).join('; ')}`);
    }
    for (const o of checked.outcomes) logger.info(`${o.time} ${o.name} by ${o.principal}: ${o.outcome}${o.detail ? ` (${o.detail})` : ''}`);
    return checked;
  });
  if (!check) return none;
  const report: Report = { findings: [], drift: check.run.results, notEvaluated: [], errors: check.run.errors, modules: configuration.moduleDirs };
  let deferredIssues: string[] = [];
  const notifications: PendingNotification[] = [];
  if (settings.issues && settings.github.repository) {
    if (report.drift.length > 0) {
      const issues = await phases.run('Drift issues for the owners', () => publishDriftIssues(report, check.attributions, run));
      deferredIssues = issues?.deferred.map((d) => d.address) ?? [];
      notifications.push(...(issues?.notifications ?? []));
    }
    if (check.controlPlane.length > 0) {
      const issues = await phases.run('Control-plane change issues', async () => {
        const [owner, repo] = settings.github.repository.split('/');
        const client = githubClient(settings.githubToken, run);
        const codeowners = await readCodeownersAtRef(client, owner, repo, defaultBranchRef(settings));
        return syncControlPlaneIssues({
          client,
          logger,
          owner,
          repo,
          changes: check.controlPlane,
          codeowners,
          fallbackOwners: settings.realtime.owners,
          ownersTeamMembers: settings.ownersToken ? teamMembersLookup(githubClient(settings.ownersToken, run), logger) : undefined,
          botLogin: ACTIONS_BOT_LOGIN,
          runUrl: runUrl(settings),
          notify: notificationPlan(settings, runUrl(settings)).options,
        });
      });
      notifications.push(...(issues?.notifications ?? []));
    }
    await publishNotifications(run, notifications);
  }
  return { report, annotate: null, deferredIssues, summaryExtra: renderEventOutcomes(check) };
}

/**
 * `mode: import` (issue 16): read live ECS, generate the module, and put it in one pull request.
 * The import and the pull request are separate phases: a token that cannot write still leaves
 * the import's account in the job summary and the report.
 */
async function importMode(run: RunContext): Promise<ModeOutcome> {
  const { settings, logger, phases } = run;
  const none: ModeOutcome = { report: EMPTY_REPORT, annotate: null, deferredIssues: [] };
  const request = await phases.run('Read the import request', () => {
    const { clusters, out } = settings.import;
    if (clusters.length === 0) throw new ConfigurationError('mode import needs `import-clusters`: the ECS clusters (names or ARNs) to import, one per line or comma-separated');
    const folder = importFolder(out);
    if (!settings.awsRegion) throw new ConfigurationError('mode import needs a region: set `aws-region` or AWS_REGION');
    if (!settings.awsCredentials) throw new ConfigurationError('mode import reads live ECS, and this job has no AWS credentials (add aws-actions/configure-aws-credentials before this step)');
    if (!settings.github.repository) throw new ConfigurationError('mode import opens a pull request: GITHUB_REPOSITORY is not set');
    return { folder, region: settings.awsRegion };
  });
  if (!request) return none;
  const { clusters, services } = settings.import;
  const imported = await phases.run(`Import ${clusters.join(', ')} from live ECS`, async () => {
    // The module is generated outside the checkout: only the pull request writes the repository.
    const out = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'drift-guard-import-'));
    try {
      const result = await runImport({
        clusters,
        services,
        region: request.region,
        out,
        force: false,
        ecs: defaultDriftClients(request.region, { budget: run.budget, logger }).ecs,
        logger,
        policy: settings.policy,
        now: settings.now,
        scheduler: new RequestScheduler(settings.drift.maxConcurrency, settings.drift.maxRequestsPerSecond),
      });
      const files = new Map(result.files.map((f) => [f, readFileSync(join(out, f), 'utf8')] as const));
      logger.info(`${result.imported.length} resource(s) imported, ${result.findings.length} finding(s) on the generated code, ${result.notImported.length} not imported; ${Object.values(result.calls).reduce((a, b) => a + b, 0)} ECS API calls.`);
      for (const n of result.notImported) logger.warning(n);
      return { result, files };
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
  if (!imported) return none;
  const { result, files } = imported;
  // What could not be imported makes the run incomplete (the CLI's exit 2), after the pull request is open.
  const report: Report = { ...EMPTY_REPORT, errors: result.notImported.map((message) => ({ file: request.folder, message })) };
  const [owner, repo] = settings.github.repository.split('/');
  const published = await phases.run('Open the import pull request', async () => {
    const client = githubClient(settings.githubToken, run);
    const baseBranch = settings.import.baseBranch || (readEventPayload(settings).repository as { default_branch?: string } | undefined)?.default_branch
      || (await client.rest.repos.get({ owner, repo })).data.default_branch;
    const pr = await publishImportPullRequest({
      client,
      logger,
      owner,
      repo,
      baseBranch,
      folder: request.folder,
      clusters,
      region: request.region,
      result,
      files,
      force: settings.import.force,
      unownedModules: settings.approval.unownedModules,
    });
    core.setOutput('import-pull-request', pr.url);
    return pr;
  });
  const body = published?.body ?? renderImportPullRequestBody({
    folder: request.folder, clusters, region: request.region, result, unownedModules: settings.approval.unownedModules,
    branch: importBranchName(clusters), owners: [], codeowners: null,
  });
  const heading = published ? `### Import pull request #${published.number}${published.opened ? ' opened' : published.commit ? ' updated' : ' unchanged'}` : '### Import (no pull request: see the failed phase above)';
  // The body without its hidden marker; the owners line says "no CODEOWNERS" when the pull request phase failed before reading them.
  const shown = body.replace(/^<!-- drift-guard:import:[^\n]*-->\n/, '');
  return { report, annotate: null, deferredIssues: [], summaryReplacesReport: true, summaryExtra: `${heading}\n\n${published ? `${published.url}\n\n` : ''}${shown}` };
}

function defaultBranchRef(settings: ActionSettings): string {
  const repository = readEventPayload(settings).repository as { default_branch?: string } | undefined;
  return repository?.default_branch ?? process.env.GITHUB_REF_NAME ?? 'main';
}

/** The states of this job's shard; [] when the shard has none (nothing to check, not an error). */
function statesToCheck(configuration: ConfigurationModel, settings: ActionSettings, logger: Logger): StateSetting[] {
  const allStates = settings.states.length > 0 ? settings.states : (() => {
    const found = discoverS3States(configuration);
    for (const s of found.skipped) logger.warning(`${s.moduleDir}: ${s.why}`);
    return found.states;
  })();
  const states = allStates.filter((s) => inShard(s.moduleDir, settings.shard));
  if (states.length === 0 && allStates.length > 0) {
    logger.info(`No state falls in shard ${settings.shard!.index}/${settings.shard!.count}; nothing to check.`);
    return [];
  }
  if (states.length === 0) {
    throw new ConfigurationError('drift mode found no state to check: set the `state` input (MODULE_DIR=STATE per line) or give modules a `backend "s3"` block with literal bucket and key');
  }
  return states;
}

async function publishDriftIssues(report: Report, attributions: Map<string, Attribution>, run: RunContext): Promise<SyncDriftIssuesResult> {
  const { settings, logger } = run;
  const [owner, repo] = settings.github.repository.split('/');
  const client = githubClient(settings.githubToken, run);
  const ref = defaultBranchRef(settings);
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
    ownersTeamMembers: settings.ownersToken ? teamMembersLookup(githubClient(settings.ownersToken, run), logger) : undefined,
    now: settings.now,
    runUrl: runUrl(settings),
    botLogin: ACTIONS_BOT_LOGIN,
    attributions,
    notify: notificationPlan(settings, runUrl(settings)).options,
  });
  logger.info(`Drift issues: ${result.created} opened, ${result.updated} updated, ${result.reopened} reopened, ${result.closed} closed, ${result.unchanged} unchanged, ${result.deferred.length} deferred (max-new-issues ${settings.maxNewIssues}); ${result.requests} GitHub requests, ${result.writes} writes.`);
  return result;
}

/** Issue 17: one message per issue opened or reopened, after the issues are published; its failure fails this phase only. */
async function publishNotifications(run: RunContext, pending: PendingNotification[]): Promise<void> {
  const { settings, logger } = run;
  if (pending.length === 0) return;
  const [owner, repo] = settings.github.repository.split('/');
  const { targets } = notificationPlan(settings, runUrl(settings));
  const client = githubClient(settings.githubToken, run);
  await run.phases.run('Notifications', () => sendNotifications({ client, logger, owner, repo, pending, targets, userAgent: `ecs-drift-guard/${TOOL_VERSION}`, now: () => new Date() }));
}

function runUrl(settings: ActionSettings): string | undefined {
  const { serverUrl, repository, runId } = settings.github;
  return repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined;
}

function writeReportFile(report: Report, meta: RenderMeta, settings: ActionSettings, outcomes: readonly PhaseOutcome[]): void {
  const reportFile = join(process.env.RUNNER_TEMP ?? settings.repoRoot, 'drift-guard-report.json');
  const phases = outcomes.map((o) => ({ name: o.name, outcome: o.ok ? ('success' as const) : ('failure' as const), error: o.error ?? null }));
  writeFileSync(reportFile, renderJson(report, meta, phases));
  core.setOutput('report-file', reportFile);
}

function writeSarifFile(report: Report, meta: RenderMeta, settings: ActionSettings): void {
  const sarifPath = join(settings.repoRoot, settings.sarifFile!);
  writeFileSync(sarifPath, renderSarif(report, meta));
  core.setOutput('sarif-file', sarifPath);
}

function writeAnnotations({ report, annotate: annotateOnly }: ModeOutcome, meta: RenderMeta): void {
  // On a writable PR the review carries the in-diff findings; annotations cover the rest.
  const annotated = annotateOnly ? { ...report, findings: annotateOnly } : report;
  for (const a of toAnnotations(annotated, meta).slice(0, ANNOTATION_LIMIT)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
}

async function writeJobSummary({ report, deferredIssues, summaryExtra, summaryReplacesReport }: ModeOutcome, meta: RenderMeta, settings: ActionSettings, failed: PhaseOutcome[]): Promise<void> {
  let markdown = '';
  if (failed.length > 0) {
    // First, so a reader sees what this run could not do before trusting the rest.
    const list = failed.map((f) => `- **${escapeMarkdown(f.name)}** failed: ${inlineCode(f.error ?? '')}`).join('\n');
    markdown += `### Phases that failed\n\nThe other phases published; the run fails until these succeed.\n\n${list}\n\n`;
  }
  if (summaryReplacesReport && summaryExtra) {
    await core.summary.addRaw(`${markdown}## ECS Drift Guard import\n\n${summaryExtra}`, true).write();
    return;
  }
  markdown += renderMarkdownReport(report, meta, { maxLength: JOB_SUMMARY_LIMIT - 40_000 });
  if (deferredIssues.length > 0) {
    const list = deferredIssues.slice(0, 200).map((a) => `- ${inlineCode(a)}`).join('\n');
    markdown += `\n\n### Drift issues not opened yet\n\n${deferredIssues.length} drifted resource(s) are over \`max-new-issues\` (${settings.maxNewIssues}); later runs open their issues:\n\n${list}\n`;
  }
  if (summaryExtra) markdown += `\n\n${summaryExtra}`;
  await core.summary.addRaw(markdown, true).write();
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
