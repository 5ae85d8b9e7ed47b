// One pull request's life for end-to-end tests: the GitHub emulator, the PR seeded from two
// snapshots, pushes, and runs of the built action on the current head with the payload and
// environment GitHub Actions would give it.
import { rmSync } from 'node:fs';
import { startGitHubEmulator, type GitHubEmulator } from '../github/emulator.js';
import { writeWorkspace, type FileTree } from './file-tree.js';
import { pullRequestEventPayload } from './pull-request-event.js';
import { runAction, snapshotDist, type ActionRun } from './run-action.js';
import { pushToPullRequest, seedPullRequest, type SeededPullRequest, type SeedPullRequestOptions } from './seed-pull-request.js';

export const OWNER = 'acme';
export const REPO = 'infra';
export const BOT_LOGIN = 'github-actions[bot]';
/** The workflow token of a same-repository PR (can write) and of a fork PR (read-only). */
export const WRITE_TOKEN = 'ghs_write_token_for_tests';
export const READ_TOKEN = 'ghs_read_only_token_for_tests';
export const HUMAN_TOKEN = 'ghp_alice_token_for_tests';
/**
 * GITHUB_SHA of a pull_request run is the merge commit refs/pull/N/merge, which nobody sees:
 * a made-up one here, so any write aimed at it shows up in the assertions.
 */
export const MERGE_SHA = 'feedfacefeedfacefeedfacefeedfacefeedface';


export interface PullRequestScenario {
  emu: GitHubEmulator;
  pr: SeededPullRequest;
  base: FileTree;
  head: FileTree;
  /** Commits `head` to the PR branch and makes it the PR head (a `synchronize`). */
  push(head: FileTree): SeededPullRequest;
  /** Runs dist/index.js on the PR's current head; `action` is the event's action. */
  run(options?: { token?: string; inputs?: Record<string, string>; action?: 'opened' | 'synchronize'; env?: Record<string, string> }): Promise<ActionRun>;
  close(): Promise<void>;
}

export async function startPullRequestScenario(options: SeedPullRequestOptions): Promise<PullRequestScenario> {
  const emu = await startGitHubEmulator({ owner: OWNER, repo: REPO });
  emu.addToken(WRITE_TOKEN, { login: BOT_LOGIN, permissions: 'write' });
  emu.addToken(READ_TOKEN, { login: BOT_LOGIN, permissions: 'read' });
  emu.addToken(HUMAN_TOKEN, { login: 'alice', permissions: 'write', type: 'User' });
  const scenario: PullRequestScenario = {
    emu,
    pr: seedPullRequest(emu, options),
    base: options.base,
    head: options.head,
    push(head) {
      const before = scenario.pr.headSha;
      scenario.pr = pushToPullRequest(emu, scenario.pr, scenario.base, head);
      scenario.head = head;
      lastBefore = before;
      return scenario.pr;
    },
    async run(o = {}) {
      const action = o.action ?? (lastBefore ? 'synchronize' : 'opened');
      const payload = pullRequestEventPayload(emu, scenario.pr.number, { action, before: lastBefore ?? undefined });
      // actions/checkout of a pull_request checks out the PR's (merge) tree: the head snapshot here.
      const workspace = writeWorkspace(scenario.head);
      temporary.push(workspace);
      const run = await runAction({
        workspace,
        eventName: 'pull_request',
        payload,
        token: o.token ?? WRITE_TOKEN,
        apiUrl: emu.url,
        repository: `${OWNER}/${REPO}`,
        sha: MERGE_SHA,
        inputs: o.inputs,
        env: o.env,
        distDir: snapshotDist(),
      });
      temporary.push(run.runnerTemp);
      return run;
    },
    async close() {
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
      await emu.close();
    },
  };
  let lastBefore: string | null = null;
  const temporary: string[] = [];
  return scenario;
}
