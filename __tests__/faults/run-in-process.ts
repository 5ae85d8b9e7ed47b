// Runs the action's run() in this process (no spawn: the fault table makes dozens of runs) with
// the environment a runner gives a JavaScript action, and collects what the runner would see.
// process.env, stdout and process.exitCode are swapped in for the run and restored after it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
// The limiter @octokit/plugin-throttling is built on (its own dependency, pinned by the lockfile).
import Bottleneck from 'bottleneck';
import type { GitHubClientTuning } from '../../src/github/client.js';
import { run } from '../../src/main.js';
import { actionInputDefaults, inputVariable, parseOutputFile } from '../../test-support/e2e/run-action.js';

export interface InProcessRun {
  exitCode: number;
  log: string;
  summary: string;
  outputs: Record<string, string>;
  report: { findings: unknown[]; drift: Array<{ address: string; status: string }>; phases?: Array<{ name: string; outcome: 'success' | 'failure'; error: string | null }> } | null;
}

export interface InProcessOptions {
  workspace: string;
  eventName: string;
  payload: unknown;
  token: string;
  apiUrl: string;
  sha: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Per-request timeout of the run's GitHub clients (default: the action's). */
  requestTimeoutMs?: number;
}

/**
 * The GitHub client of an in-process run: the action's own plugins and guards, with the waits
 * that only cost time cut short: retry backoff and retry-after in milliseconds instead of seconds,
 * and Octokit's spacing of writes (1 s, 3 s for those that notify) off. Each run gets its own
 * limiters, as runs on two runners would (the plugin's default ones are shared by the process).
 */
function inProcessTuning(options: InProcessOptions): GitHubClientTuning {
  const unspaced = () => new Bottleneck.Group({ maxConcurrent: 1, minTime: 0 });
  // `global` (10 requests at a time) is not in the plugin's option types but is read like the others.
  const global = new Bottleneck.Group({ maxConcurrent: 10 });
  return {
    timeoutMs: options.requestTimeoutMs,
    throttle: { retryAfterBaseValue: 10, write: unspaced(), notifications: unspaced(), ...({ global } as object) },
    retry: { retryAfterBaseValue: 10 },
  };
}

let running: Promise<unknown> = Promise.resolve();

/** Runs `count` runs of the action at once with the same environment (the runs of a race). */
export async function runInProcess(options: InProcessOptions, count = 1): Promise<InProcessRun[]> {
  const previous = running;
  let release!: () => void;
  running = new Promise<void>((r) => (release = r));
  await previous;
  const runnerTemp = mkdtempSync(join(tmpdir(), 'edg-faults-'));
  const eventPath = join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const summaryPath = join(runnerTemp, 'summary.md');
  const outputPath = join(runnerTemp, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const savedEnv = process.env;
  const env: NodeJS.ProcessEnv = {
    PATH: savedEnv.PATH,
    HOME: savedEnv.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: options.sha,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: runnerTemp,
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    AWS_REGION: 'us-east-1',
    AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
    ...options.env,
  };
  for (const [name, value] of Object.entries({ ...actionInputDefaults(options.token), ...options.inputs })) env[inputVariable(name)] = value;
  const write = process.stdout.write.bind(process.stdout);
  let log = '';
  process.stdout.write = ((chunk: string | Uint8Array) => {
    log += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  process.env = env;
  process.exitCode = 0;
  // core.summary remembers the first GITHUB_STEP_SUMMARY it saw; each run has its own.
  (core.summary as unknown as { _filePath?: string })._filePath = undefined;
  core.summary.emptyBuffer();
  try {
    await Promise.all(Array.from({ length: count }, () => run({ github: inProcessTuning(options) })));
  } finally {
    process.stdout.write = write;
    process.env = savedEnv;
  }
  const exitCode = Number(process.exitCode ?? 0);
  process.exitCode = 0;
  release();
  const outputs = parseOutputFile(readFileSync(outputPath, 'utf8'));
  const reportFile = outputs['report-file'];
  let report: InProcessRun['report'] = null;
  try {
    report = reportFile ? JSON.parse(readFileSync(reportFile, 'utf8')) : null;
  } catch {
    report = null;
  }
  const one: InProcessRun = { exitCode, log, summary: readFileSync(summaryPath, 'utf8'), outputs, report };
  return Array.from({ length: count }, () => one);
}
