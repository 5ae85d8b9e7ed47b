// Scheduled drift runs for end-to-end tests: the GitHub emulator holding the repository on its
// default branch, the AWS emulator holding live ECS, and runs of the built action on `schedule`
// (or `workflow_dispatch`) events with the environment a runner gives a scheduled workflow:
// GITHUB_REF is the default branch and GITHUB_SHA its head commit.
import { rmSync } from 'node:fs';
import { startAwsEmulator, type AwsEmulator, type AwsEmulatorOptions } from '../aws/emulator.js';
import { startGitHubEmulator, type GitHubEmulator } from '../github/emulator.js';
import { scheduleEvent } from '../github/webhook-events.js';
import { writeWorkspace, type FileTree } from './file-tree.js';
import { BOT_LOGIN, OWNER, READ_TOKEN, REPO, WRITE_TOKEN } from './pull-request-scenario.js';
import { runAction, snapshotDist, type ActionRun } from './run-action.js';

/** An owners-token: a personal access token that can read the organization's team membership. */
export const OWNERS_TOKEN = 'ghp_owners_token_for_tests';

export interface DriftScenarioOptions {
  /** The repository on the default branch (Terraform, states, CODEOWNERS). */
  tree: FileTree;
  /** Logins with write access: the people issues can be assigned to. */
  collaborators?: string[];
  /** Organization teams (`acme/<slug>`) and their members. */
  teams?: Record<string, string[]>;
  aws?: AwsEmulatorOptions;
}

export interface DriftRunOptions {
  inputs?: Record<string, string>;
  token?: string;
  eventName?: 'schedule' | 'workflow_dispatch' | 'repository_dispatch';
  /** The event payload; default a schedule event. */
  payload?: Record<string, unknown>;
  env?: Record<string, string>;
  /** GITHUB_API_URL; default the emulator's (a front such as github-front.ts may stand in between). */
  apiUrl?: string;
  /** Kills the run after this long; runs that open many issues wait 3 s per issue on Octokit's throttling. */
  timeoutMs?: number;
}

export interface DriftScenario {
  github: GitHubEmulator;
  aws: AwsEmulator;
  tree: FileTree;
  /** Commits `tree` to the default branch (a merged change) and makes it the checked-out tree. */
  commit(tree: FileTree): string;
  run(options?: DriftRunOptions): Promise<ActionRun>;
  close(): Promise<void>;
}

export async function startDriftScenario(options: DriftScenarioOptions): Promise<DriftScenario> {
  const github = await startGitHubEmulator({ owner: OWNER, repo: REPO });
  const aws = await startAwsEmulator(options.aws);
  github.addToken(WRITE_TOKEN, { login: BOT_LOGIN, permissions: 'write' });
  github.addToken(READ_TOKEN, { login: BOT_LOGIN, permissions: 'read' });
  github.addToken(OWNERS_TOKEN, { login: 'platform-admin', permissions: 'read', type: 'User', canReadOrgTeams: true });
  for (const login of options.collaborators ?? []) github.addCollaborator(login);
  for (const [slug, members] of Object.entries(options.teams ?? {})) github.addTeam(slug, { members });
  const temporary: string[] = [];

  const scenario: DriftScenario = {
    github,
    aws,
    tree: options.tree,
    commit(tree) {
      scenario.tree = tree;
      return github.commit({ files: tree, replace: true, message: 'Update the infrastructure', author: OWNER });
    },
    async run(o = {}) {
      const branch = github.state.repo.defaultBranch;
      const workspace = writeWorkspace(scenario.tree);
      temporary.push(workspace);
      const run = await runAction({
        workspace,
        eventName: o.eventName ?? 'schedule',
        payload: o.payload ?? scheduleEvent(github),
        token: o.token ?? WRITE_TOKEN,
        apiUrl: o.apiUrl ?? github.url,
        repository: `${OWNER}/${REPO}`,
        sha: github.state.branches[branch]!,
        inputs: o.inputs,
        env: { ...aws.env(), GITHUB_REF: `refs/heads/${branch}`, GITHUB_REF_NAME: branch, ...o.env },
        distDir: snapshotDist(),
        ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}),
      });
      temporary.push(run.runnerTemp);
      return run;
    },
    async close() {
      for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
      await Promise.all([github.close(), aws.close()]);
    },
  };
  scenario.commit(options.tree);
  return scenario;
}
