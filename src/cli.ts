#!/usr/bin/env node
// The CLI: the same engine and output as the action, for local runs and other CI systems.
// Exit codes (DESIGN.md): 0 nothing at or above --fail-on; 1 findings or drift at or above it;
// 2 bad usage or unreadable input, with a one-line reason on stderr.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { COMMAND_HELP, commandHelp, topLevelHelp } from './cli-help.js';
import type { Logger } from './logger.js';
import type { Report } from './report/model.js';
import { summarizeReport } from './report/summary.js';
import type { Settings } from './settings.js';
import { TOOL_VERSION } from './version.js';
import { WaitBudget } from './wait-budget.js';
// Everything else is imported inside the command that needs it: `--help` and `scan` must not
// load the AWS SDK, Octokit or (for --help) zod (issue 15: 3.5 MB of chunks before printing help).

class UsageError extends Error {}

/**
 * On Node < 22 the AWS SDK prints a 9-line NodeVersionSupportWarning on every run that loads it
 * (@aws-sdk/core emitWarningIfUnsupportedVersion: SDK releases after the first week of January 2027
 * need Node >= 22). The SDK's own switch turns it off; we say it in one line, once, or not at all
 * in the demo. A user who set the switch either way keeps their choice.
 */
function sayAwsSdkNodeSupportOnce(quiet: boolean): void {
  if (Number(process.versions.node.split('.')[0]) >= 22 || process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED !== undefined) return;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  if (!quiet) process.stderr.write(`note: Node ${process.versions.node} works with this release; AWS SDK releases after early January 2027 need Node >= 22, so upgrade Node before upgrading ecs-drift-guard then.\n`);
}

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

// Exit codes (DESIGN.md): 0 everything checked and nothing at or above --fail-on; 1 findings or
// drift at or above it (also when the run is incomplete: the summary says both); 2 bad usage, or
// the run could not check everything (INCOMPLETE), with a one-line reason on stderr.
function exitCodeFor(report: Report, settings: Settings): number {
  const summary = summarizeReport(report, settings.failOn, { allowIncomplete: settings.allowIncomplete });
  if (summary.incomplete && !summary.incomplete.accepted) process.stderr.write(`ecs-drift-guard: INCOMPLETE: ${summary.incomplete.reason}\n`);
  // Findings win: they are definite, and exit 1 still fails the job; the summary names the rest.
  if (summary.verdict === 'fail') return 1;
  return summary.passed ? 0 : 2;
}

async function scanCommand(args: string[]): Promise<number> {
  const [{ settingsFromCli }, { scanConfiguration, scanInputFrom }, { renderReport }] = await Promise.all([
    import('./settings.js'), import('./scan.js'), import('./report/render.js'),
  ]);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      plan: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'allow-incomplete': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      shard: { type: 'string' },
      offline: { type: 'boolean' },
    },
  });
  const settings = settingsFromCli(
    { paths: positionals.length ? positionals : ['.'], config: values.config, plan: values.plan, format: values.format, failOn: values['fail-on'], shard: values.shard, offline: values.offline, allowIncomplete: values['allow-incomplete'] },
    process.cwd(),
    process.env,
  );
  const { report } = await scanConfiguration(scanInputFrom(settings));
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}

async function driftCommand(args: string[]): Promise<number> {
  const [{ settingsFromCli }, { checkDrift, defaultDriftClients }, { workspaceKey }, { loadConfiguration }, { inShard }, { renderReport }] = await Promise.all([
    import('./settings.js'), import('./drift/check-drift.js'), import('./terraform/state-locations.js'), import('./terraform/load-configuration.js'),
    import('./shard.js'), import('./report/render.js'),
  ]);
  const { values } = parseArgs({
    args,
    options: {
      state: { type: 'string', multiple: true },
      dir: { type: 'string' },
      region: { type: 'string' },
      config: { type: 'string' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      'allow-incomplete': { type: 'boolean' },
      output: { type: 'string', short: 'o' },
      workspace: { type: 'string' },
      shard: { type: 'string' },
    },
  });
  if (!values.state?.length) throw new UsageError('drift needs at least one --state FILE|s3://bucket/key');
  // After the usage checks (a usage error stays one line), before any SDK client is built.
  sayAwsSdkNodeSupportOnce(false);
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
  const { run } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion, { budget: new WaitBudget(settings.retries), logger }), logger);
  const report: Report = { findings: [], drift: run.results, notEvaluated: [], errors: run.errors, modules: [] };
  emit(renderReport(report, { ...settings, mode: 'drift' }, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}

async function ownersCommand(args: string[]): Promise<number> {
  const [{ findRepoRoot, parseChoice }, { findCodeowners }, { formatOwnersJson, formatOwnersText }] = await Promise.all([
    import('./settings.js'), import('./ownership/codeowners.js'), import('./ownership/owners-report.js'),
  ]);
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
  const [{ parseChoice, settingsFromCli }, { loadConfiguration }, { checkImports, summarizeImportCheck }, { defaultDriftClients }] = await Promise.all([
    import('./settings.js'), import('./terraform/load-configuration.js'), import('./drift/import-check.js'), import('./drift/check-drift.js'),
  ]);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { region: { type: 'string' }, format: { type: 'string' }, config: { type: 'string' } },
  });
  const format = parseChoice(values.format ?? 'text', ['text', 'json'] as const, '--format');
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ['.'], config: values.config, region: values.region }, process.cwd(), process.env);
  sayAwsSdkNodeSupportOnce(false);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const checks = await checkImports(configuration.imports, configuration, defaultDriftClients(settings.awsRegion, { budget: new WaitBudget(settings.retries), logger }), {
    region: settings.awsRegion,
    repoRoot: settings.repoRoot,
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

async function importCommand(args: string[]): Promise<number> {
  const [{ parseChoice, settingsFromCli }, { runImport, renderImportJson, renderImportText, OutputFolderNotEmpty }, { defaultDriftClients }] = await Promise.all([
    import('./settings.js'), import('./import/run-import.js'), import('./drift/check-drift.js'),
  ]);
  const { values } = parseArgs({
    args,
    options: {
      cluster: { type: 'string', multiple: true },
      service: { type: 'string', multiple: true },
      region: { type: 'string' },
      out: { type: 'string' },
      format: { type: 'string' },
      force: { type: 'boolean' },
      config: { type: 'string' },
    },
  });
  if (!values.cluster?.length) throw new UsageError('import needs at least one --cluster NAME|ARN');
  if (!values.out) throw new UsageError('import needs --out DIR, the folder to write the Terraform module to');
  if (values.service?.length && values.cluster.length > 1) throw new UsageError('--service names services of one cluster; give exactly one --cluster with it');
  const format = parseChoice(values.format ?? 'text', ['text', 'json'] as const, '--format');
  const settings = settingsFromCli({ paths: ['.'], config: values.config, region: values.region }, process.cwd(), process.env);
  const region = settings.awsRegion;
  if (!region) throw new UsageError('import needs a region: --region R or AWS_REGION');
  sayAwsSdkNodeSupportOnce(false);
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const clients = defaultDriftClients(region, { budget: new WaitBudget(settings.retries), logger });
  const { RequestScheduler } = await import('./drift/request-scheduler.js');
  try {
    const result = await runImport({
      clusters: values.cluster, services: values.service ?? [], region, out: values.out, force: !!values.force,
      ecs: clients.ecs, logger, policy: settings.policy, now: settings.now,
      scheduler: new RequestScheduler(settings.drift.maxConcurrency, settings.drift.maxRequestsPerSecond),
    });
    process.stdout.write(format === 'json' ? renderImportJson(result) : renderImportText(result));
    if (!result.complete) {
      process.stderr.write(`ecs-drift-guard: import incomplete: ${result.notImported.length} not imported (first: ${result.notImported[0]})\n`);
      return 2;
    }
    return 0;
  } catch (e) {
    if (e instanceof OutputFolderNotEmpty) throw new UsageError(e.message);
    throw e;
  }
}

async function planMatrixCommand(args: string[]): Promise<number> {
  const [{ settingsFromCli }, { loadConfiguration }, { planMatrix }] = await Promise.all([
    import('./settings.js'), import('./terraform/load-configuration.js'), import('./shard.js'),
  ]);
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

async function demoCommand(args: string[]): Promise<number> {
  parseArgs({ args, options: {} });
  sayAwsSdkNodeSupportOnce(true);
  const { runDemo } = await import('./demo.js');
  return runDemo();
}

/** `--help` / `-h` anywhere before `--`: answered before parseArgs, which would reject it as unknown. */
function wantsHelp(args: string[]): boolean {
  const beforeOperands = args.indexOf('--') < 0 ? args : args.slice(0, args.indexOf('--'));
  return beforeOperands.includes('--help') || beforeOperands.includes('-h');
}

/** parseArgs says `Unknown option '--x'. To specify a positional argument starting with a '-', …`: keep the first sentence. */
function usageLine(command: string | undefined, message: string): string {
  const first = message.split('\n')[0].replace(/\. To specify a positional argument.*$/, '');
  const where = command && COMMAND_HELP[command] ? `ecs-drift-guard ${command} --help` : 'ecs-drift-guard --help';
  return `ecs-drift-guard: ${first.replace(/\.$/, '')}; see \`${where}\``;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command && COMMAND_HELP[command] && wantsHelp(rest)) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
  try {
    switch (command) {
      case 'scan': return await scanCommand(rest);
      case 'drift': return await driftCommand(rest);
      case 'owners': return await ownersCommand(rest);
      case 'plan-matrix': return await planMatrixCommand(rest);
      case 'import-check': return await importCheckCommand(rest);
      case 'import': return await importCommand(rest);
      case 'demo': return await demoCommand(rest);
      case '--version': case '-v': case '-V': process.stdout.write(`${TOOL_VERSION}\n`); return 0;
      case '--help': case '-h':
        process.stdout.write(topLevelHelp());
        return 0;
      case 'help':
        process.stdout.write(rest[0] && COMMAND_HELP[rest[0]] ? commandHelp(rest[0]) : topLevelHelp());
        return 0;
      case undefined:
        process.stderr.write(topLevelHelp());
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"; expected ${Object.keys(COMMAND_HELP).join(', ')}`);
    }
  } catch (e) {
    const err = e as Error & { code?: string };
    if (err.code?.startsWith('ERR_PARSE_ARGS') || e instanceof UsageError) {
      process.stderr.write(`${usageLine(command, err.message)}\n`);
      return 2;
    }
    // By name: importing settings.js for instanceof would load zod before every command.
    if (err.name === 'ConfigurationError') {
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
