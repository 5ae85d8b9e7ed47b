// Which Terraform modules a pull request changes.
import { posix } from 'node:path';
import type { ConfigurationModel } from '../terraform/model.js';
import type { Logger } from '../logger.js';
import type { GitHubClient } from './client.js';

export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  /** Unified diff of the file; absent for binary files and diffs too large for GitHub to render. */
  patch?: string;
  previous_filename?: string;
}

/** GitHub's list-files endpoint returns at most this many files per pull request. */
export const PULL_REQUEST_FILES_LIMIT = 3000;

export interface PullRequestFiles {
  files: PullRequestFile[];
  /** True when the PR has more files than the API lists: modules beyond the cap are not seen. */
  truncated: boolean;
}

export async function listPullRequestFiles(
  client: GitHubClient,
  pr: { owner: string; repo: string; pullNumber: number; changedFiles?: number },
  logger: Logger,
): Promise<PullRequestFiles> {
  const listed = await client.paginate(client.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.pullNumber,
    per_page: 100,
  });
  const files: PullRequestFile[] = listed.map((f) => ({
    filename: f.filename,
    status: f.status,
    ...(f.patch !== undefined ? { patch: f.patch } : {}),
    ...(f.previous_filename !== undefined ? { previous_filename: f.previous_filename } : {}),
  }));
  // https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files: "Responses include a
  // maximum of 3000 files." The PR's `changed_files` count says whether we hit the cap.
  const truncated =
    files.length >= PULL_REQUEST_FILES_LIMIT || (pr.changedFiles !== undefined && pr.changedFiles > files.length);
  if (truncated) {
    logger.warning(
      `This pull request changes more files than GitHub lists (${PULL_REQUEST_FILES_LIMIT}); modules changed only in the unlisted files are not scanned. Run \`ecs-drift-guard scan\` on the whole repository to cover them.`,
    );
  }
  return { files, truncated };
}

export interface ChangedModules {
  /** Module folders to scan, sorted: changed directly, reading a changed file, or calling a changed local module. */
  modules: string[];
  /** Why each module is in `modules`, for the summary and debug logs. */
  reasons: Map<string, string>;
  /** Module folders whose Terraform files the PR removes entirely: reported, not scanned. */
  deletedModules: string[];
  /** True when any changed path is Terraform (`.tf`, `.tf.json`, `.tfvars`) or a file a module reads. */
  terraformChanged: boolean;
}

const TERRAFORM_FILE = /\.(tf|tf\.json|tofu|tofu\.json|tfvars|tfvars\.json)$/;

function normalize(path: string): string {
  const clean = posix.normalize(path.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/$/, '');
  return clean === '' ? '.' : clean;
}

/**
 * Pure over its inputs: `files` from the PR, `configuration` from the scan of the head checkout.
 * A deleted module is a folder that lost its `.tf` or `.tf.json` files and is no longer a module in the checkout.
 */
export function findChangedModules(
  files: readonly PullRequestFile[],
  configuration: Pick<ConfigurationModel, 'moduleDirs' | 'moduleCalls' | 'moduleFiles'>,
): ChangedModules {
  const moduleDirs = new Set(configuration.moduleDirs.map(normalize));
  const readersOf = new Map<string, Set<string>>();
  for (const [dir, read] of configuration.moduleFiles) {
    for (const file of read) {
      const key = normalize(file);
      if (!readersOf.has(key)) readersOf.set(key, new Set());
      readersOf.get(key)!.add(normalize(dir));
    }
  }

  const reasons = new Map<string, string>();
  const deleted = new Set<string>();
  let terraformChanged = false;
  const mark = (dir: string, why: string) => {
    if (!reasons.has(dir)) reasons.set(dir, why);
  };

  for (const file of files) {
    const paths = [file.filename, file.previous_filename].filter((p): p is string => !!p).map(normalize);
    for (const path of paths) {
      const dir = posix.dirname(path);
      const isTerraform = TERRAFORM_FILE.test(path);
      const readers = readersOf.get(path);
      if (isTerraform || readers) terraformChanged = true;
      if (isTerraform && moduleDirs.has(dir)) mark(dir, `changes ${path}`);
      for (const reader of readers ?? []) mark(reader, `reads ${path}`);
      const gone = file.status === 'removed' || (file.status === 'renamed' && path !== normalize(file.filename));
      if (gone && /\.(tf|tofu)(\.json)?$/.test(path) && !moduleDirs.has(dir)) deleted.add(dir);
    }
  }

  // A caller's behaviour changes with the local module it calls, so callers are scanned too.
  const callersOf = new Map<string, string[]>();
  for (const call of configuration.moduleCalls) {
    const source = normalize(call.sourceDir);
    if (!callersOf.has(source)) callersOf.set(source, []);
    callersOf.get(source)!.push(normalize(call.callerDir));
  }
  const queue = [...reasons.keys()];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    for (const caller of callersOf.get(dir) ?? []) {
      if (reasons.has(caller) || !moduleDirs.has(caller)) continue;
      reasons.set(caller, `calls changed module ${dir}`);
      queue.push(caller);
    }
  }

  return {
    modules: [...reasons.keys()].sort(),
    reasons,
    deletedModules: [...deleted].sort(),
    terraformChanged,
  };
}
