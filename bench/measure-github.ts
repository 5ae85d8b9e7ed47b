// The pull-request benchmark: 200 findings on 50 changed files, published the way main.ts does
// it (getOctokit with the throttling and retry plugins, the PR's files listed first, then
// publishPullRequest), against the loopback GitHub emulator. Then a re-run on the same head,
// which must write nothing. Prints one JSON line.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { performance } from 'node:perf_hooks';
import { startGitHubEmulator, type GitHubEmulator } from '../test-support/github/emulator.js';
import { findChangedModules, listPullRequestFiles } from '../src/github/changed-files.js';
import { throttleOptions, type GitHubClient } from '../src/github/client.js';
import { publishPullRequest } from '../src/github/publish-pull-request.js';
import { silentLogger } from '../src/logger.js';
import { fingerprintOf } from '../src/policy/engine.js';
import { ruleHelpUri } from '../src/policy/rule.js';
import type { Finding, Report, Severity } from '../src/report/model.js';
import type { ConfigurationModel } from '../src/terraform/model.js';

export const FILES = 50;
export const FINDINGS_PER_FILE = 4;
const OWNER = 'acme';
const REPO = 'infra';
const TOKEN = 'bench-token';
const BOT = 'github-actions[bot]';

function moduleDir(i: number): string {
  return `teams/team-${i % 10}/service-${i}`;
}

/** A 60-line module: the head changes the container (lines 5..9); the cluster at line 55 is untouched. */
function mainTf(i: number, head: boolean): string {
  const container = head
    ? ['name = "app"', 'image = "nginx:latest"', 'privileged = true', 'user = "root"', 'readonlyRootFilesystem = false']
    : ['name = "app"', 'image = "nginx:1.25"', 'privileged = false', 'user = "1000"', 'readonlyRootFilesystem = true'];
  const lines = [
    `resource "aws_ecs_task_definition" "app" {`, // 1
    `  family = "service-${i}"`, // 2
    '  container_definitions = jsonencode([', // 3
    '    {', // 4
    ...container.map((l) => `      ${l}`), // 5..9
    '    }', // 10
    '  ])', // 11
    '}', // 12
    ...Array.from({ length: 41 }, (_, k) => `# padding ${k + 13}`), // 13..53
    '', // 54
    'resource "aws_ecs_cluster" "main" {', // 55
    `  name = "cluster-${i}"`, // 56
    '}', // 57
    '',
  ];
  return lines.join('\n');
}

function finding(file: string, module: string, ruleId: string, severity: Severity, line: number, resource: string, attributePath: string): Finding {
  return {
    ruleId,
    severity,
    title: ruleId.replace(/-/g, ' '),
    message: `${ruleId} at ${file}:${line}.`,
    file,
    startLine: line,
    endLine: line,
    resource,
    module,
    references: [],
    suppressed: null,
    fingerprint: fingerprintOf(ruleId, module, resource, attributePath),
    attributePath,
    helpUri: ruleHelpUri(ruleId),
    fix: 'Change the attribute as the rule documentation describes.',
  };
}

/** Three findings on changed lines and one outside the diff, per file. */
export function benchReport(): Report {
  const findings: Finding[] = [];
  const modules: string[] = [];
  for (let i = 0; i < FILES; i++) {
    const dir = moduleDir(i);
    const file = `${dir}/main.tf`;
    modules.push(dir);
    const td = 'aws_ecs_task_definition.app';
    findings.push(
      finding(file, dir, 'ecs-container-image-not-pinned', 'medium', 6, td, 'container_definitions[app].image'),
      finding(file, dir, 'ecs-container-privileged', 'high', 7, td, 'container_definitions[app].privileged'),
      finding(file, dir, 'ecs-container-root-user', 'medium', 8, td, 'container_definitions[app].user'),
      finding(file, dir, 'ecs-cluster-no-container-insights', 'low', 55, 'aws_ecs_cluster.main', 'setting.containerInsights'),
    );
  }
  return { findings, drift: [], notEvaluated: [], errors: [], modules };
}

function actionClient(emulator: GitHubEmulator): GitHubClient {
  // As main.ts builds it; baseUrl is given explicitly so that nothing can reach api.github.com.
  return getOctokit(TOKEN, { baseUrl: emulator.url, throttle: throttleOptions(silentLogger) }, throttling, retry) as unknown as GitHubClient;
}

interface RunFigures {
  requests: number;
  writes: number;
  publishRequests: number;
  publishWrites: number;
  seconds: number;
  inline: number;
  log: string[];
}

async function pullRequestPhase(emulator: GitHubEmulator, pullNumber: number, headSha: string, report: Report): Promise<RunFigures> {
  emulator.resetRequestLog();
  const client = actionClient(emulator);
  const started = performance.now();
  // main.ts lists the files first (to find the changed modules), then publishes with them.
  const listed = await listPullRequestFiles(client, { owner: OWNER, repo: REPO, pullNumber, changedFiles: FILES }, silentLogger);
  const configuration: Pick<ConfigurationModel, 'moduleDirs' | 'moduleCalls' | 'moduleFiles'> = {
    moduleDirs: report.modules,
    moduleCalls: [],
    moduleFiles: new Map(report.modules.map((d) => [d, [`${d}/main.tf`]])),
  };
  const changed = findChangedModules(listed.files, configuration);
  const result = await publishPullRequest({
    client,
    logger: silentLogger,
    owner: OWNER,
    repo: REPO,
    pullRequest: { number: pullNumber, headSha, baseRepo: `${OWNER}/${REPO}`, headRepo: `${OWNER}/${REPO}`, changedFiles: FILES },
    report,
    failOn: 'high',
    comment: 'both',
    now: new Date('2025-01-01T00:00:00Z'),
    changedModules: changed.modules,
    deletedModules: changed.deletedModules,
    terraformChanged: changed.terraformChanged,
    files: listed.files,
    filesTruncated: listed.truncated,
    serverUrl: 'https://github.com',
    runUrl: `https://github.com/${OWNER}/${REPO}/actions/runs/1`,
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    requests: emulator.requests.length,
    writes: emulator.requests.filter((r) => r.write).length,
    publishRequests: result.requests,
    publishWrites: result.writes,
    seconds,
    inline: result.review?.posted ?? 0,
    log: emulator.requests.map((r) => `${r.method} ${r.path} ${r.status}`),
  };
}

async function main(): Promise<void> {
  const emulator = await startGitHubEmulator({ owner: OWNER, repo: REPO });
  try {
    emulator.addToken(TOKEN, { login: BOT, permissions: 'write' });
    emulator.addCollaborator('alice');
    const base: Record<string, string> = { 'README.md': 'infra\n' };
    const head: Record<string, string> = {};
    for (let i = 0; i < FILES; i++) {
      base[`${moduleDir(i)}/main.tf`] = mainTf(i, false);
      head[`${moduleDir(i)}/main.tf`] = mainTf(i, true);
    }
    emulator.commit({ files: base });
    emulator.commit({ branch: 'feature', files: head, author: 'alice' });
    const pr = emulator.openPullRequest({ author: 'alice', headRef: 'feature' });
    const report = benchReport();

    const first = await pullRequestPhase(emulator, pr.number, pr.head.sha, report);
    const rerun = await pullRequestPhase(emulator, pr.number, pr.head.sha, report);
    const reviewComments = emulator.state.reviewComments.length;
    process.stdout.write(`${JSON.stringify({
      findings: report.findings.length,
      files: FILES,
      requests: first.requests,
      writes: first.writes,
      publishRequests: first.publishRequests,
      seconds: first.seconds,
      inlineComments: first.inline,
      reviewComments,
      reviews: emulator.state.reviews.length,
      summaryComments: emulator.state.issueComments.length,
      statuses: emulator.state.statuses.length,
      rerunRequests: rerun.requests,
      rerunWrites: rerun.writes,
      rerunSeconds: rerun.seconds,
      validationErrors: emulator.validationErrors.length,
      requestLog: first.log,
      rerunRequestLog: rerun.log,
    })}\n`);
  } finally {
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
