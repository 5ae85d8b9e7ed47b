// The `pull_request_review` event (submitted, dismissed) for an end-to-end run: a real webhook
// delivery from @octokit/webhooks-examples with the review, the pull request and the repository
// rewritten to the emulator's. Like pull-request-event.ts, everything else stays as GitHub sent
// it: the review payload's pull_request is the short form (no `changed_files`, no `merged`).
import { rmSync } from 'node:fs';
import type { GitHubEmulator } from '../github/emulator.js';
import { writeWorkspace } from './file-tree.js';
import { MERGE_SHA, OWNER, REPO, WRITE_TOKEN, type PullRequestScenario } from './pull-request-scenario.js';
import { runAction, snapshotDist, type ActionRun } from './run-action.js';
import { asObject, repointUrls, setRepository, webhookExample, type JsonObject } from './pull-request-event.js';

export interface PullRequestReviewEventOptions {
  action: 'submitted' | 'dismissed';
  /** Who triggered the event (the reviewer; for a dismissal, whoever dismissed). */
  sender?: string;
}

export function pullRequestReviewEventPayload(emu: GitHubEmulator, pullNumber: number, reviewId: number, options: PullRequestReviewEventOptions): JsonObject {
  const pull = emu.state.pulls.find((p) => p.number === pullNumber);
  const review = emu.state.reviews.find((r) => r.id === reviewId && r.pullNumber === pullNumber);
  if (!pull || !review) throw new Error(`pullRequestReviewEventPayload: no review ${reviewId} on #${pullNumber}`);
  const owner = emu.state.owner.login;
  const name = emu.state.repo.name;
  const payload = asObject(repointUrls(webhookExample('pull_request_review', options.action), emu.url));

  setRepository(asObject(payload['repository']), owner, name, false);
  asObject(payload['sender'])['login'] = options.sender ?? review.user;

  const r = asObject(payload['review']);
  r['id'] = review.id;
  r['body'] = review.body === '' ? null : review.body;
  r['commit_id'] = review.commitId;
  r['submitted_at'] = review.submittedAt;
  // Webhooks spell review states in lower case ("approved"), unlike the REST API.
  r['state'] = review.state.toLowerCase();
  asObject(r['user'])['login'] = review.user;

  const pr = asObject(payload['pull_request']);
  pr['number'] = pull.number;
  pr['id'] = pull.id;
  pr['state'] = pull.state;
  pr['title'] = pull.title;
  asObject(pr['user'])['login'] = pull.author;
  const head = asObject(pr['head']);
  head['ref'] = pull.head.ref;
  head['sha'] = pull.head.sha;
  head['label'] = `${pull.headRepo.owner}:${pull.head.ref}`;
  asObject(head['user'])['login'] = pull.headRepo.owner;
  setRepository(asObject(head['repo']), pull.headRepo.owner, pull.headRepo.name, pull.headRepo.fork);
  const base = asObject(pr['base']);
  base['ref'] = pull.base.ref;
  base['sha'] = pull.base.sha;
  base['label'] = `${owner}:${pull.base.ref}`;
  asObject(base['user'])['login'] = owner;
  setRepository(asObject(base['repo']), owner, name, false);
  return payload;
}

export interface RunOnReviewOptions extends PullRequestReviewEventOptions {
  token?: string;
  inputs?: Record<string, string>;
  /** GITHUB_API_URL; default the emulator's (a front such as a proxy may stand in between). */
  apiUrl?: string;
}

/**
 * Runs dist/index.js on a `pull_request_review` event of the scenario's PR. The workflow checks
 * out the PR's merge ref, which is the head snapshot here; the caller removes `runnerTemp` and
 * the returned workspace (see `cleanup`).
 */
export async function runOnReview(
  scenario: PullRequestScenario,
  reviewId: number,
  options: RunOnReviewOptions,
): Promise<ActionRun & { cleanup(): void }> {
  const workspace = writeWorkspace(scenario.head);
  const run = await runAction({
    workspace,
    eventName: 'pull_request_review',
    payload: pullRequestReviewEventPayload(scenario.emu, scenario.pr.number, reviewId, options),
    token: options.token ?? WRITE_TOKEN,
    apiUrl: options.apiUrl ?? scenario.emu.url,
    repository: `${OWNER}/${REPO}`,
    sha: MERGE_SHA,
    inputs: options.inputs,
    distDir: snapshotDist(),
  });
  return {
    ...run,
    cleanup() {
      rmSync(workspace, { recursive: true, force: true });
      rmSync(run.runnerTemp, { recursive: true, force: true });
    },
  };
}
