// Faults on the GitHub routes of a pull request run (issue 14), run() in process against the
// GitHub emulator: a failing review request or a lost review answer must not take the review,
// the summary comment or the policy status down, and must not duplicate them.
import { jest } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { readFileTree, replaceInFile, writeWorkspace, type FileTree } from '../../test-support/e2e/file-tree.js';
import { pullRequestEventPayload } from '../../test-support/e2e/pull-request-event.js';
import { BOT_LOGIN, MERGE_SHA, startPullRequestScenario, WRITE_TOKEN, type PullRequestScenario } from '../../test-support/e2e/pull-request-scenario.js';
import type { GitHubFault } from '../../test-support/github/emulator.js';
import { runInProcess, type InProcessRun } from './run-in-process.js';

jest.setTimeout(180_000);

const BASE: FileTree = { ...readFileTree(fileURLToPath(new URL('../e2e/fixtures/repo', import.meta.url))), '.github/CODEOWNERS': '/services/ @bob\n' };
const HEAD = replaceInFile(BASE, 'services/api/main.tf', 'privileged             = false', 'privileged             = true');

async function prRun(s: PullRequestScenario, count = 1): Promise<InProcessRun[]> {
  return runInProcess(
    { workspace: writeWorkspace(s.head), eventName: 'pull_request', payload: pullRequestEventPayload(s.emu, s.pr.number), token: WRITE_TOKEN, apiUrl: s.emu.url, sha: MERGE_SHA },
    count,
  );
}

function published(s: PullRequestScenario) {
  const head = s.emu.state.pulls[0]!.head.sha;
  return {
    reviews: s.emu.state.reviews.filter((r) => r.user === BOT_LOGIN && s.emu.state.reviewComments.some((c) => c.reviewId === r.id)).length,
    summaries: s.emu.state.issueComments.filter((c) => c.user === BOT_LOGIN && c.body.includes('<!-- drift-guard:summary -->')).length,
    policy: s.emu.state.statuses.some((st) => st.context === 'drift-guard/policy' && st.sha === head),
  };
}

const CASES: Array<{ name: string; fault: GitHubFault; request: RegExp | null }> = [
  { name: 'GET requested_reviewers 500', fault: { route: 'pulls/list-requested-reviewers', kind: 'status', status: 500, times: Infinity }, request: /GET \/repos\/acme\/infra\/pulls\/1\/requested_reviewers → 500/ },
  { name: 'GET requested_reviewers 404', fault: { route: 'pulls/list-requested-reviewers', kind: 'status', status: 404, times: Infinity }, request: /GET \/repos\/acme\/infra\/pulls\/1\/requested_reviewers → 404/ },
  { name: 'POST requested_reviewers 403', fault: { route: 'pulls/request-reviewers', kind: 'status', status: 403, times: Infinity }, request: /POST \/repos\/acme\/infra\/pulls\/1\/requested_reviewers → 403: .*pull-requests: write/ },
  { name: 'POST review 403', fault: { route: 'pulls/create-review', kind: 'status', status: 403, times: Infinity }, request: /POST \/repos\/acme\/infra\/pulls\/1\/reviews → 403: .*pull-requests: write/ },
  { name: 'POST review 502 after the write', fault: { route: 'pulls/create-review', kind: 'after-write' }, request: null },
  { name: 'POST summary comment 502 after the write', fault: { route: 'issues/create-comment', kind: 'after-write' }, request: null },
];

test.each(CASES)('$name: the other phases publish, the request is named, a re-run duplicates nothing', async ({ fault, request }) => {
  const s = await startPullRequestScenario({ base: BASE, head: HEAD });
  try {
    s.emu.addCollaborator('bob');
    s.emu.injectFault(fault);
    const [first] = await prRun(s);
    expect(first!.outputs['report-file']).toBeTruthy();
    expect(first!.summary).toContain('ECS Drift Guard');
    if (request) {
      expect(first!.exitCode).not.toBe(0);
      expect(first!.log).toMatch(request);
      expect(first!.summary).toContain('Phases that failed');
    }
    const after = published(s);
    expect(after.policy).toBe(true);
    expect(after.summaries).toBe(1);
    if (fault.route !== 'pulls/create-review') expect(after.reviews).toBe(1);
    if (request && fault.route !== 'issues/create-comment') {
      const summary = s.emu.state.issueComments.find((c) => c.user === BOT_LOGIN)!.body;
      expect(summary).toContain('Not completed in this run');
    }
    s.emu.clearFaults();
    await prRun(s);
    expect(published(s)).toEqual({ reviews: 1, summaries: 1, policy: true });
    expect(s.emu.validationErrors).toEqual([]);
  } finally {
    await s.close();
  }
});

// Issue 14's race: two runs on the same head started together, 20 trials (each its own emulator).
test.each(Array.from({ length: 20 }, (_, trial) => trial))('two runs on the same head at once (trial %i): one review with comments, one summary', async (trial) => {
  const s = await startPullRequestScenario({ base: BASE, head: HEAD });
  try {
    s.emu.addCollaborator('bob');
    await prRun(s, 2);
    expect({ trial, ...published(s) }).toEqual({ trial, reviews: 1, summaries: 1, policy: true });
    expect(s.emu.validationErrors).toEqual([]);
  } finally {
    await s.close();
  }
});
