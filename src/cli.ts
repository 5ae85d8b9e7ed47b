#!/usr/bin/env node
// The CLI: the same engine and output as the action, for local runs and other CI systems.
// Exit codes (DESIGN.md): 0 everything checked and nothing at or above --fail-on; 1 findings or
// drift at or above it (also when the run is incomplete: the summary says both); 2 bad usage, or
// the run could not check everything (INCOMPLETE), with a one-line reason on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDrift, defaultDriftClients } from './drift/check-drift.js';
import { checkImports, summarizeImportCheck } from './drift/import-check.js';
import { workspaceKey } from './terraform/state-locations.js';
import type { Logger } from './logger.js';
import { findCodeowners } from './ownership/codeowners.js';
import { formatOwnersJson, formatOwnersText } from './ownership/owners-report.js';
import { renderReport } from './report/render.js';
import type { Report } from './report/model.js';
import { summarizeReport } from './report/summary.js';
import { scanConfiguration, scanInputFrom } from './scan.js';
import { ConfigurationError, findRepoRoot, parseChoice, settingsFromCli, type Settings } from './settings.js';
import { TOOL_VERSION } from './version.js';
import { inShard, planMatrix } from './shard.js';
import { loadConfiguration } from './terraform/load-configuration.js';

const USAGE = `Usage:
  ecs-drift-guard scan [PATH ...] [--plan PLAN.json] [--config FILE] [--format text|json|sarif|markdown] [--fail-on LEVEL] [--allow-incomplete] [--output FILE]
  ecs-drift-guard drift --state FILE|s3://bucket/key [--state ...] [--dir MODULE_DIR] [--region R] [--config FILE] [--format ...] [--fail-on LEVEL] [--allow-incomplete] [--output FILE]
  ecs-drift-guard owners [--repo DIR] [--format text|json] PATH ...
  ecs-drift-guard import-check [PATH ...] [--region R] [--format text|json]
  ecs-drift-guard plan-matrix [PATH ...] [--shards N] [--state FILE|s3://... ...]
  ecs-drift-guard demo
  ecs-drift-guard --version

LEVEL is none, low, medium, high or critical (default high).
Exit codes: 0 everything checked, nothing at or above --fail-on; 1 findings or drift at or above it;
2 bad usage, or the run could not check everything (INCOMPLETE; --allow-incomplete accepts it).`;

class UsageError extends Error {}

function stderrLogger(debug: boolean): Logger {
  const where = (w?: { file?: string; line?: number }) => (w?.file ? `${w.file}${w.line ? `:${w.line}` : ''}: ` : '');
  return {
    debug: (m) => { if (debug) process.stderr.write(`debug: ${m}\n`); },
    info: (m) => process.stderr.write(`${m}\n`),
    warning: (m, w) => process.stderr.write(`warning: ${where(w)}${m}\n`),
    error: (m, w) => process.stderr.write(`error: ${where(w)}${m}\n`),
  };
}

function emit(text: string, output: string | undefined): void {
  if (output) writeFileSync(output, text.endsWith('\n') ? text : `${text}\n`);
  else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

function exitCodeFor(report: Report, settings: Settings): number {
  const summary = summarizeReport(report, settings.failOn, { allowIncomplete: settings.allowIncomplete });
  if (summary.incomplete && !summary.incomplete.accepted) process.stderr.write(`ecs-drift-guard: INCOMPLETE: ${summary.incomplete.reason}\n`);
  // Findings win: they are definite, and exit 1 still fails the job; the summary names the rest.
  if (summary.verdict === 'fail') return 1;
  return summary.passed ? 0 : 2;
}

async function scanCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      shard: { type: 'string' },
      'allow-incomplete': { type: 'boolean' },
    },
  });
  const settings = settingsFromCli(
    { paths: positionals.length ? positionals : ['.'], config: values.config, plan: values.plan, format: values.format, failOn: values['fail-on'], shard: values.shard, allowIncomplete: values['allow-incomplete'] },
    process.cwd(),
    process.env,
  );
  const { report } = await scanConfiguration(scanInputFrom(settings));
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}

async function driftCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      state: { type: 'string', multiple: true },
      dir: { type: 'string' },
      region: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      output: { type: 'string', short: 'o' },
      workspace: { type: 'string' },
      shard: { type: 'string' },
      'allow-incomplete': { type: 'boolean' },
    },
  });
  if (!values.state?.length) throw new UsageError('drift needs at least one --state FILE|s3://bucket/key');
  const settings = settingsFromCli(
    { paths: [values.dir ?? '.'], config: values.config, format: values.format, failOn: values['fail-on'], states: values.state, dir: values.dir, region: values.region, shard: values.shard, allowIncomplete: values['allow-incomplete'] },
    process.cwd(),
    process.env,
  );
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: [...new Set(settings.states.map((s) => s.moduleDir))] });
  const states = settings.states
    .filter((s) => inShard(s.moduleDir, settings.shard))
    .map((s) => (values.workspace && s.source.startsWith('s3://') ? { ...s, source: s.source.replace(/^(s3:\/\/[^/]+\/)(.+)$/, (_m, bucket: string, key: string) => `${bucket}${workspaceKey(key, values.workspace)}`) } : s));
  const { run } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion), logger);
  const report: Report = { findings: [], drift: run.results, notEvaluated: [], errors: run.errors, modules: [] };
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}

async function ownersCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { repo: { type: 'string' }, format: { type: 'string' } },
  });
  if (positionals.length === 0) throw new UsageError('owners needs at least one PATH');
  const format = parseChoice(values.format ?? 'text', ['text', 'json'] as const, '--format');
  const repo = values.repo ? resolve(values.repo) : findRepoRoot(process.cwd());
  const file = await findCodeowners(async (path) => {
    try {
      return readFileSync(resolve(repo, path), 'utf8');
    } catch {
      return null;
    }
  });
  const paths = positionals.map((p) => p.replace(/^\.\//, ''));
  process.stdout.write(format === 'json' ? formatOwnersJson(file, paths) : formatOwnersText(file, paths));
  return 0;
}

async function importCheckCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { region: { type: 'string' }, format: { type: 'string' }, config: { type: 'string' } },
  });
  const format = parseChoice(values.format ?? 'text', ['text', 'json'] as const, '--format');
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ['.'], config: values.config, region: values.region }, process.cwd(), process.env);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const checks = await checkImports(configuration.imports, configuration, defaultDriftClients(settings.awsRegion), {
    region: settings.awsRegion,
    logger,
    expected: settings.drift.expected,
    ignore: settings.drift.ignore,
  });
  if (format === 'json') process.stdout.write(`${JSON.stringify({ imports: checks }, null, 2)}\n`);
  else {
    if (checks.length === 0) process.stdout.write('No import blocks for ECS resources.\n');
    for (const c of checks) {
      process.stdout.write(`${c.file}:${c.line}  ${c.to}  ${c.status.toUpperCase()}  ${summarizeImportCheck(c)}\n`);
      for (const d of c.differences) process.stdout.write(`    ${d.class.padEnd(8)} ${d.path}: code ${JSON.stringify(d.expected)}, live ${JSON.stringify(d.actual)}${d.why ? ` (${d.why})` : ''}\n`);
    }
  }
  return checks.some((c) => c.status === 'differs' || c.status === 'not_found') ? 1 : 0;
}

async function planMatrixCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { shards: { type: 'string' }, state: { type: 'string', multiple: true }, config: { type: 'string' } },
  });
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ['.'], config: values.config, states: values.state }, process.cwd(), process.env);
  const count = Number(values.shards ?? '4');
  let keys: string[];
  if (settings.states.length > 0) keys = settings.states.map((s) => s.moduleDir);
  else {
    const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
    keys = configuration.rootDirs;
  }
  process.stdout.write(`${JSON.stringify(planMatrix(keys, count))}\n`);
  return 0;
}

async function demoCommand(): Promise<number> {
  const { runDemo } = await import('./demo.js');
  return runDemo();
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'scan': return await scanCommand(rest);
      case 'drift': return await driftCommand(rest);
      case 'owners': return await ownersCommand(rest);
      case 'plan-matrix': return await planMatrixCommand(rest);
      case 'import-check': return await importCheckCommand(rest);
      case 'demo': return await demoCommand();
      case '--version': case '-v': process.stdout.write(`${TOOL_VERSION}\n`); return 0;
      case undefined: case '--help': case '-h': case 'help':
        process.stdout.write(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; expected scan, drift, owners, import-check, plan-matrix or demo`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    if (e instanceof UsageError || e instanceof ConfigurationError || err.code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`ecs-drift-guard: ${err.message.split('\n')[0]}\n`);
      return 2;
    }
    process.stderr.write(`ecs-drift-guard: ${err.message}\n`);
    if (process.env.RUNNER_DEBUG || process.env.DEBUG) process.stderr.write(`${err.stack}\n`);
    return 2;
  }
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
