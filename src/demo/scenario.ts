// The demo's story, played against the loopback emulators with the real bundled action:
//   1. a pull request adds mistakes to examples/ecs-estate -> the action reviews it;
//   2. the module's owner approves -> the action re-evaluates the owner-approval gate;
//   3. someone edits live ECS in the console -> the scheduled drift run opens an issue.
// Every run is `node dist/index.js` in a child process with the environment a runner gives it
// (test-support/e2e/run-action.ts). This file plays the story and returns what happened as data;
// demo.ts prints it.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { Octokit } from '@octokit/rest';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { writeWorkspace, type FileTree } from '../../test-support/e2e/file-tree.js';
import { pullRequestEventPayload } from '../../test-support/e2e/pull-request-event.js';
import { removeDistSnapshots, runAction, type ActionRun } from '../../test-support/e2e/run-action.js';
import { seedPullRequest } from '../../test-support/e2e/seed-pull-request.js';
import {
  startGitHubEmulator,
  type GitHubEmulator,
  type IssueRecord,
  type ReviewCommentRecord,
  type StatusRecord,
} from '../../test-support/github/emulator.js';
import { pullRequestReviewEvent, scheduleEvent } from '../../test-support/github/webhook-events.js';
import { OWNER, PEOPLE, REPO, TEAMS, type ExampleEstate } from './estate.js';
import { applyStatesToLiveEcs, editPaymentsInConsole, scaleOutCheckout, type ConsoleEdit } from './live-ecs.js';

/** The workflow token (GITHUB_TOKEN of a same-repository PR: a bot that can write). */
const WORKFLOW_TOKEN = 'ghs_demo_workflow_token';
const OWNER_TOKEN = 'ghp_demo_bob_token';
/** The `owners-token` input: a token that can read org team membership, so team owners resolve. */
const TEAM_READER_TOKEN = 'ghp_demo_read_org_token';
const BOT_LOGIN = 'github-actions[bot]';
/** GITHUB_SHA of a pull_request run is a merge commit nobody sees; writes must go to the head instead. */
const MERGE_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';

export interface StatusView {
  context: string;
  state: StatusRecord['state'];
  description: string | null;
}

export interface RunView {
  event: string;
  exitCode: number | null;
  /** First line of the job summary (GITHUB_STEP_SUMMARY). */
  summaryHeadline: string;
  summary: string;
  outputs: Record<string, string>;
  /** The action's own verdict line (`ECS Drift Guard: ...`). */
  verdict: string;
  /** The action reported an unexpected failure (not the expected exit 1 for blocking findings). */
  crashed: string | null;
}

export interface DemoResult {
  pullRequest: {
    number: number;
    title: string;
    author: string;
    headSha: string;
    diff: string;
    run: RunView;
    reviewComments: Array<Pick<ReviewCommentRecord, 'path' | 'line' | 'body'>>;
    reviewBody: string | null;
    summaryComment: string | null;
    statusesAfterOpen: StatusView[];
    requestedReviewers: string[];
    requestedTeams: string[];
  };
  approval: {
    reviewer: string;
    run: RunView;
    statusesAfterApproval: StatusView[];
    /** The summary comment as the review run left it (edited in place). */
    summaryComment: string | null;
  };
  drift: {
    consoleEdit: ConsoleEdit;
    run: RunView;
    issues: Array<Pick<IssueRecord, 'number' | 'title' | 'assignees' | 'labels' | 'body' | 'state'>>;
  };
  /** Requests or responses that broke GitHub's or AWS's API description (should be none). */
  apiViolations: string[];
  /** Where the pull request's patches came from: git (as GitHub serves them) or, without git, the emulator's differ. */
  patchSource: 'git' | 'emulator';
}

export interface DemoOptions {
  estate: ExampleEstate;
  /** Extra environment for every action run (e.g. DRIFT_GUARD_NOW). */
  env?: Record<string, string>;
  log?: (line: string) => void;
}

function gitAvailable(): boolean {
  const probe = spawnSync('git', ['--version'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

function viewOf(event: string, run: ActionRun): RunView {
  // The first line under the summary's title says pass or fail and why.
  const headline = run.summary.split('\n').find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  const verdict = [...run.stdout.matchAll(/ECS Drift Guard: \d+ finding[^\n]*/g)].at(-1)?.[0] ?? '';
  const failed = run.commands.find((c) => c.message.startsWith('ECS Drift Guard failed'));
  const crashed = run.signal
    ? `the action was killed (${run.signal})`
    : failed
      ? failed.message
      : run.exitCode !== 0 && run.exitCode !== 1
        ? `exit code ${run.exitCode}: ${run.stderr.trim().split('\n').at(-1) ?? ''}`
        : run.exitCode === 1 && !verdict
          ? (run.commands.find((c) => c.level === 'error')?.message ?? run.stderr.trim().split('\n').at(-1) ?? 'exit 1 without a verdict')
          : null;
  return {
    event,
    exitCode: run.exitCode,
    summaryHeadline: headline.replace(/\*\*/g, '').trim(),
    summary: run.summary,
    outputs: run.outputs,
    verdict,
    crashed,
  };
}

function statusesOn(emu: GitHubEmulator, sha: string): StatusView[] {
  // The latest status per context, as GitHub's combined status shows it.
  const latest = new Map<string, StatusRecord>();
  for (const s of emu.state.statuses.filter((x) => x.sha === sha)) latest.set(s.context, s);
  return [...latest.values()].map((s) => ({ context: s.context, state: s.state, description: s.description })).sort((a, b) => a.context.localeCompare(b.context));
}

function setUpGitHub(emu: GitHubEmulator): void {
  emu.addToken(WORKFLOW_TOKEN, { login: BOT_LOGIN, permissions: 'write' });
  emu.addToken(OWNER_TOKEN, { login: PEOPLE.paymentsOwner, permissions: 'write', type: 'User' });
  emu.addToken(TEAM_READER_TOKEN, { login: 'acme-drift-guard-reader', permissions: 'read', canReadOrgTeams: true, type: 'User' });
  for (const login of [PEOPLE.author, PEOPLE.paymentsOwner, PEOPLE.checkoutOwner]) emu.addCollaborator(login);
  emu.addTeam('platform', { members: [...TEAMS.platform], repoPermission: 'maintain', name: 'Platform' });
  emu.addTeam('payments', { members: [...TEAMS.payments], repoPermission: 'write', name: 'Payments' });
}

/** Opens the pull request; patches from git when it is installed (GitHub's own hunks), else the emulator's differ. */
function openPullRequest(emu: GitHubEmulator, estate: ExampleEstate, useGit: boolean): { number: number; headSha: string; diff: string } {
  const { base, head, pullRequest } = estate;
  if (useGit) {
    const seeded = seedPullRequest(emu, { base, head, author: PEOPLE.author, headRef: pullRequest.branch, title: pullRequest.title });
    const pull = emu.state.pulls.find((p) => p.number === seeded.number)!;
    pull.body = pullRequest.body;
    return { number: seeded.number, headSha: seeded.headSha, diff: unifiedDiff(seeded.files) };
  }
  emu.commit({ files: base, replace: true, message: 'Base of the pull request', author: OWNER });
  emu.commit({ branch: pullRequest.branch, files: head, replace: true, message: pullRequest.title, author: PEOPLE.author });
  const pull = emu.openPullRequest({ author: PEOPLE.author, headRef: pullRequest.branch, title: pullRequest.title, body: pullRequest.body });
  return { number: pull.number, headSha: pull.head.sha, diff: unifiedDiff(pull.files) };
}

function unifiedDiff(files: Array<{ filename: string; patch?: string }>): string {
  return files.map((f) => `--- a/${f.filename}\n+++ b/${f.filename}\n${f.patch ?? '(no patch)'}\n`).join('');
}

export async function playDemo(options: DemoOptions): Promise<DemoResult> {
  const { estate } = options;
  const log = options.log ?? (() => {});
  const temporary: string[] = [];
  let emu: GitHubEmulator | undefined;
  let aws: AwsEmulator | undefined;
  try {
    emu = await startGitHubEmulator({ owner: OWNER, repo: REPO });
    aws = await startAwsEmulator({ region: 'eu-west-1', accountId: '111122223333' });
    setUpGitHub(emu);
    const useGit = gitAvailable();

    const runIn = async (tree: FileTree, event: string, payload: unknown, extra: { sha: string; env?: Record<string, string> }): Promise<RunView> => {
      const workspace = writeWorkspace(tree, 'edg-demo-workspace-');
      temporary.push(workspace);
      const run = await runAction({
        workspace,
        eventName: event,
        payload,
        token: WORKFLOW_TOKEN,
        apiUrl: emu!.url,
        repository: `${OWNER}/${REPO}`,
        sha: extra.sha,
        inputs: { 'owners-token': TEAM_READER_TOKEN },
        env: { ...aws!.env(), ...options.env, ...extra.env },
      });
      temporary.push(run.runnerTemp);
      return viewOf(event, run);
    };

    // 0. The estate as it is before anyone opens a pull request: `terraform apply` left live ECS
    // equal to the states in S3, then the on-call engineer changed the payments service in the
    // console during an incident. The pull request's drift section shows that change live.
    log('Seeding the AWS emulator: the Terraform states in S3, live ECS as apply left it');
    for (const o of estate.stateObjects) aws.s3.putObject(o.bucket, o.key, o.content, 'application/json');
    applyStatesToLiveEcs(aws, estate.stateObjects.map((o) => o.content));
    scaleOutCheckout(aws);
    const consoleEdit = await editPaymentsInConsole(aws);
    log(`Console hotfix: ${consoleEdit.who} ${consoleEdit.what} on ${consoleEdit.service}`);

    // 1. The pull request.
    log(`Opening pull request "${estate.pullRequest.title}" by @${PEOPLE.author}`);
    const pr = openPullRequest(emu, estate, useGit);
    const openedRun = await runIn(estate.head, 'pull_request', pullRequestEventPayload(emu, pr.number, { action: 'opened' }), { sha: MERGE_SHA });
    const pull = emu.state.pulls.find((p) => p.number === pr.number)!;
    const botReview = emu.state.reviews.find((r) => r.pullNumber === pr.number && r.user === BOT_LOGIN);
    const summaryComment = () => emu!.state.issueComments.filter((c) => c.issueNumber === pr.number && c.user === BOT_LOGIN).at(-1)?.body ?? null;
    const pullRequest: DemoResult['pullRequest'] = {
      number: pr.number,
      title: estate.pullRequest.title,
      author: PEOPLE.author,
      headSha: pr.headSha,
      diff: pr.diff,
      run: openedRun,
      reviewComments: emu.state.reviewComments
        .filter((c) => c.pullNumber === pr.number && c.user === BOT_LOGIN)
        .map((c) => ({ path: c.path, line: c.line, body: c.body }))
        .sort((a, b) => a.path.localeCompare(b.path) || (a.line ?? 0) - (b.line ?? 0)),
      reviewBody: botReview?.body ?? null,
      summaryComment: summaryComment(),
      statusesAfterOpen: statusesOn(emu, pr.headSha),
      requestedReviewers: [...pull.requestedReviewers],
      requestedTeams: [...pull.requestedTeams],
    };

    // 2. The owner approves, through the real client with the owner's own token.
    log(`@${PEOPLE.paymentsOwner} approves the pull request`);
    const octokit = new Octokit({ auth: OWNER_TOKEN, baseUrl: emu.url, log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} } });
    const review = await octokit.rest.pulls.createReview({
      owner: OWNER,
      repo: REPO,
      pull_number: pr.number,
      commit_id: pr.headSha,
      event: 'APPROVE',
      body: 'Owner approval for services/payments (the policy findings still need fixing before merge).',
    });
    const approvalRun = await runIn(estate.head, 'pull_request_review', pullRequestReviewEvent(emu, pr.number, review.data.id, 'submitted'), { sha: MERGE_SHA });
    const approval: DemoResult['approval'] = {
      reviewer: PEOPLE.paymentsOwner,
      run: approvalRun,
      statusesAfterApproval: statusesOn(emu, pr.headSha),
      summaryComment: summaryComment(),
    };

    // 3. The nightly drift run on the default branch opens the drift issue for the hotfix.
    const mainSha = emu.state.branches[emu.state.repo.defaultBranch]!;
    const issuesBefore = new Set(emu.state.issues.map((i) => i.number));
    const driftRun = await runIn(estate.base, 'schedule', scheduleEvent(emu), {
      sha: mainSha,
      env: { GITHUB_REF: `refs/heads/${emu.state.repo.defaultBranch}`, GITHUB_REF_NAME: emu.state.repo.defaultBranch },
    });
    const drift: DemoResult['drift'] = {
      consoleEdit,
      run: driftRun,
      issues: emu.state.issues
        .filter((i) => !i.isPullRequest && !issuesBefore.has(i.number))
        .map((i) => ({ number: i.number, title: i.title, assignees: [...i.assignees], labels: [...i.labels], body: i.body, state: i.state })),
    };

    const apiViolations = [
      ...emu.validationErrors.map((v) => `GitHub ${v.kind} ${v.method} ${v.path} (${v.status}): ${v.violations.map((x) => `${x.location} ${x.message}`).join('; ')}`),
      ...aws.validationErrors.map((v) => `AWS ${v}`),
    ];
    return { pullRequest, approval, drift, apiViolations, patchSource: useGit ? 'git' : 'emulator' };
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
    removeDistSnapshots();
    await emu?.close();
    await aws?.close();
  }
}
