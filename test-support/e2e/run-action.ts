// Runs the built action (`node dist/index.js`) as a child process with the environment the
// GitHub Actions runner gives a JavaScript action, and collects what the runner would see:
// exit code, log, job summary, step outputs and workflow-command annotations.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The GITHUB_STEP_SUMMARY file after the run ('' when nothing was written). */
  summary: string;
  /** Step outputs written to GITHUB_OUTPUT. */
  outputs: Record<string, string>;
  /** `::error|warning|notice ...::` commands on stdout with a file (findings), in order. */
  annotations: Annotation[];
  /** Every `::error|warning|notice` command, including file-less ones (setFailed, log warnings). */
  commands: Annotation[];
  /** The JSON report (`report-file` output), parsed, when the run wrote one. */
  report: JsonReport | null;
  /** RUNNER_TEMP of the run (event file, job summary, outputs, JSON report); the caller removes it. */
  runnerTemp: string;
}

/** The parts of the version-1 JSON report (DESIGN.md) the tests read. */
export interface JsonReport {
  version: number;
  findings: Array<{
    ruleId: string;
    severity: 'low' | 'medium' | 'high' | 'critical';
    title: string;
    message: string;
    file: string;
    startLine: number;
    endLine: number;
    resource: string;
    module: string;
    suppressed: unknown;
  }>;
  errors: Array<{ file: string; message: string }>;
  summary: Record<string, unknown>;
  /** The action's phases in the order they ran (an action run's report has them, the CLI's not). */
  phases?: Array<{ name: string; outcome: 'success' | 'failure'; error: string | null }>;
}

export interface RunActionOptions {
  /** The checked-out repository (GITHUB_WORKSPACE). */
  workspace: string;
  eventName: string;
  payload: unknown;
  /** The `github-token` input (the runner's `${{ github.token }}`). */
  token: string;
  /** The GitHub emulator's URL (GITHUB_API_URL). */
  apiUrl: string;
  /** `owner/repo` (GITHUB_REPOSITORY). */
  repository: string;
  /** GITHUB_SHA: for pull_request events the merge commit, which the action must never write to. */
  sha: string;
  /** Inputs as named in action.yml; unset ones get action.yml's defaults, as the runner does. */
  inputs?: Record<string, string>;
  /** Extra environment (e.g. DRIFT_GUARD_NOW). */
  env?: Record<string, string>;
  /** Folder holding the built index.js; default: a snapshot of dist/ (see snapshotDist). */
  distDir?: string;
  /** Kills the run after this long (a hung action fails the test instead of hanging the suite). */
  timeoutMs?: number;
}

interface ActionManifest {
  inputs?: Record<string, { default?: string }>;
}

/** Input defaults from action.yml; `${{ github.token }}` is the token the runner would pass. */
export function actionInputDefaults(token: string): Record<string, string> {
  let manifest: ActionManifest;
  try {
    manifest = parseYaml(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionManifest;
  } catch (error) {
    // The runner reads action.yml before it starts the action: invalid YAML fails every run.
    throw new Error(`action.yml is not valid YAML, so no runner could load the action: ${(error as Error).message}`);
  }
  const defaults: Record<string, string> = {};
  for (const [name, input] of Object.entries(manifest.inputs ?? {})) {
    const value = input.default ?? '';
    defaults[name] = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
  }
  return defaults;
}

/** How @actions/core's getInput names the variable: `INPUT_${name.replace(/ /g, '_').toUpperCase()}`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

let distSnapshot: string | undefined;

/**
 * A private copy of dist/, taken once per test file: other builds (`node build.mjs` deletes
 * dist/ first) may run while the suite does, and must not pull the bundle from under a run.
 * The copy lives outside the repository, like an action checked out on a runner, which has
 * dist/ but no node_modules.
 */
export function snapshotDist(): string {
  const cached = distSnapshot;
  if (cached && existsSync(join(cached, 'index.js'))) return cached;
  const dist = join(REPO_ROOT, 'dist');
  if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/index.js is missing: run `node build.mjs` before the e2e tests');
  const target = mkdtempSync(join(tmpdir(), 'edg-dist-'));
  cpSync(dist, target, { recursive: true });
  // The bundle is ESM (.js): Node decides by the nearest package.json, as the action repository's own does.
  writeFileSync(join(target, 'package.json'), '{"type":"module"}\n');
  distSnapshot = target;
  return target;
}

/** Removes the snapshot this process took (call from afterAll). */
export function removeDistSnapshots(): void {
  if (distSnapshot) rmSync(distSnapshot, { recursive: true, force: true });
  distSnapshot = undefined;
}

function unescapeData(value: string): string {
  return value.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(value: string): string {
  return value.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

const COMMAND = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/;

/** Parses `::error file=a.tf,line=3,title=T::message` workflow commands (see @actions/core command.js). */
export function parseWorkflowCommands(stdout: string): Annotation[] {
  const found: Annotation[] = [];
  for (const raw of stdout.split(/\r?\n/)) {
    const match = COMMAND.exec(raw);
    if (!match) continue;
    const annotation: Annotation = { level: match[1] as Annotation['level'], message: unescapeData(match[3]!) };
    for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      const key = pair.slice(0, eq);
      const value = unescapeProperty(pair.slice(eq + 1));
      if (key === 'file' || key === 'title') annotation[key] = value;
      else if (key === 'line' || key === 'endLine' || key === 'col' || key === 'endColumn') annotation[key] = Number(value);
    }
    found.push(annotation);
  }
  return found;
}

/** Parses a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER` blocks (and legacy `name=value` lines). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: unterminated value for ${heredoc[1]}`);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const distDir = options.distDir ?? snapshotDist();
  const runnerTemp = mkdtempSync(join(tmpdir(), 'edg-runner-'));
  const eventPath = join(runnerTemp, 'event.json');
  const summaryPath = join(runnerTemp, 'step-summary.md');
  const outputPath = join(runnerTemp, 'output.txt');
  writeFileSync(eventPath, JSON.stringify(options.payload, null, 2));
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');

  const inputs = { ...actionInputDefaults(options.token), ...options.inputs };
  const env: NodeJS.ProcessEnv = {
    // Only what a runner sets: no AWS or GitHub settings leak in from the developer's shell.
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    TMPDIR: process.env.TMPDIR,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_REPOSITORY_OWNER: options.repository.split('/')[0],
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'drift-guard',
    GITHUB_ACTION: 'drift-guard',
    GITHUB_WORKFLOW: 'ECS Drift Guard',
    GITHUB_SHA: options.sha,
    GITHUB_REF: 'refs/pull/1/merge',
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    // Fake credentials and a dead endpoint: nothing may reach real AWS even by accident.
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'eu-west-1',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[inputVariable(name)] = value;

  const child = spawn(process.execPath, [join(distDir, 'index.js')], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
    child.on('error', fail);
    child.on('close', (code, sig) => done([code, sig]));
  });
  clearTimeout(timer);

  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const commands = parseWorkflowCommands(stdout);
  const reportFile = outputs['report-file'];
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs,
    annotations: commands.filter((c) => c.file !== undefined),
    commands,
    report: reportFile && existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport) : null,
    runnerTemp,
  };
}
