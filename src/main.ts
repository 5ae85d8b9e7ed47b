// The action: the only place that touches @actions/*. Reads like DESIGN.md's phases:
// settings -> scan -> report -> publish, one log group each.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { Logger } from './logger.js';
import { toAnnotations } from './report/annotations.js';
import { renderJson } from './report/json.js';
import { renderMarkdownReport } from './report/markdown.js';
import { blockingCount, type Report } from './report/model.js';
import { renderMetaFor } from './report/render.js';
import { renderSarif } from './report/sarif.js';
import { scanConfiguration } from './scan.js';
import { ConfigurationError, settingsFromAction, type ActionSettings } from './settings.js';

/** GitHub shows at most 10 error and 10 warning annotations per step from workflow commands. */
const ANNOTATION_LIMIT = 50;
/** The job summary accepts up to 1 MiB per step. */
const JOB_SUMMARY_LIMIT = 1_000_000;

function actionsLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m, w) => core.warning(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
    error: (m, w) => core.error(m, w?.file ? { file: w.file, startLine: w.line } : undefined),
  };
}

async function phase<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await core.group(name, fn);
  core.debug(`${name}: ${Date.now() - started} ms`);
  return result;
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
    const report = await phase('Scan Terraform for ECS policy violations', async () => {
      const { report } = await scanConfiguration({
        repoRoot: settings.repoRoot,
        paths: settings.paths,
        policy: settings.policy,
        now: settings.now,
        planJson: settings.planJson,
      });
      logger.info(`${report.modules.length} modules, ${report.findings.length} findings, ${report.notEvaluated.length} not evaluated, ${report.errors.length} errors`);
      for (const e of report.errors) logger.warning(e.message, { file: e.file });
      return report;
    });
    await phase('Report', async () => writeReports(report, settings));
    const blocking = blockingCount(report, settings.failOn);
    core.setOutput('findings', String(report.findings.filter((f) => !f.suppressed).length));
    core.setOutput('blocking-findings', String(blocking));
    core.setOutput('drifted', String(report.drift.filter((d) => d.status !== 'in_sync').length));
    const verdict = blocking > 0
      ? `${blocking} finding(s) at or above ${settings.failOn}`
      : `no findings at or above ${settings.failOn}`;
    if (blocking > 0 && settings.failOn !== 'none') core.setFailed(`ECS Drift Guard: ${verdict}.`);
    else core.info(`ECS Drift Guard: ${verdict}.`);
  } catch (e) {
    const err = e as Error;
    core.debug(err.stack ?? '');
    core.setFailed(`ECS Drift Guard failed: ${err.message}`);
  }
}

async function writeReports(report: Report, settings: ActionSettings): Promise<void> {
  const meta = renderMetaFor(settings);
  const reportFile = join(process.env.RUNNER_TEMP ?? settings.repoRoot, 'drift-guard-report.json');
  writeFileSync(reportFile, renderJson(report, meta));
  core.setOutput('report-file', reportFile);
  if (settings.sarifFile) {
    const sarifPath = join(settings.repoRoot, settings.sarifFile);
    writeFileSync(sarifPath, renderSarif(report, meta));
    core.setOutput('sarif-file', sarifPath);
  }
  for (const a of toAnnotations(report, meta).slice(0, ANNOTATION_LIMIT)) {
    const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine };
    if (a.level === 'error') core.error(a.message, props);
    else if (a.level === 'warning') core.warning(a.message, props);
    else core.notice(a.message, props);
  }
  if (process.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(renderMarkdownReport(report, meta, { maxLength: JOB_SUMMARY_LIMIT }), true).write();
  }
}
