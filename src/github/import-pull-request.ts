// `mode: import` (issue 16): the generated module goes to a branch `drift-guard/import-<cluster>`
// through the Git Data API (a tree on the parent's tree, a commit, the ref), and one pull
// request says what was imported, what the import brings in as is, what could not be imported,
// and who must approve. The import is provisional until that pull request merges; from then on
// the normal pull request run applies (review comments, ecs-import-needs-review, the owner gate).
//
// Exactly once (issue 14): the tree is content-addressed, so a re-run with the same live estate
// makes the same tree and no commit; the pull request is found by its head branch and marker
// before it is made, and again when GitHub's answer to opening it was lost. An import pull
// request closed without merging is left alone with its branch; the next run goes to a successor
// branch (`…-2`) and a new pull request that links it (chooseBranch).
import { posix } from 'node:path';
import type { Logger } from '../logger.js';
import { ownerKind, ownersOf, type CodeownersFile } from '../ownership/codeowners.js';
import { DOCS_BASE_URL } from '../policy/rule.js';
import { allRules } from '../policy/rules/index.js';
import type { ImportResult } from '../import/run-import.js';
import { escapeMarkdown, inlineCode, truncateText } from '../report/markdown-escape.js';
import { ConfigurationError } from '../settings.js';
import { answerLost, httpStatus, type GitHubClient } from './client.js';
import { readCodeownersAtRef, readTextFile } from './codeowners-source.js';

/** Written beside the generated files: which files of the folder an import wrote (and may rewrite). */
export const IMPORT_MANIFEST = '.drift-guard-import.json';
const MARKER_PREFIX = '<!-- drift-guard:import:';
/** GitHub's limit for a pull request body; kept well below it. */
const BODY_LIMIT = 60_000;
const LISTED_ROWS = 200;

export interface ImportManifest {
  generatedBy: 'ecs-drift-guard import';
  clusters: string[];
  region: string;
  files: string[];
}

/**
 * The target folder as a clean repo-relative path, or a ConfigurationError: nothing outside the
 * repository, not the root, and not `.git` / `.github` (workflows, CODEOWNERS and the config are
 * guarded paths an import must never write).
 */
export function importFolder(input: string): string {
  const raw = input.trim().replace(/\\/g, '/');
  if (raw === '') throw new ConfigurationError('input `import-out` is required with mode import: the repository folder to write the module to, e.g. `infra/imported/prod`');
  if (raw.startsWith('/') || /^[A-Za-z]:/.test(raw)) throw new ConfigurationError(`input \`import-out\`: ${raw} is an absolute path; give a folder inside the repository, relative to its root`);
  const folder = posix.normalize(raw).replace(/\/+$/, '');
  if (folder === '.' || folder === '') throw new ConfigurationError('input `import-out`: the repository root cannot hold an import; give a folder of its own, e.g. `infra/imported/prod`');
  if (folder === '..' || folder.startsWith('../')) throw new ConfigurationError(`input \`import-out\`: ${raw} is outside the repository`);
  const first = folder.split('/')[0]!;
  if (first === '.git' || first === '.github') throw new ConfigurationError(`input \`import-out\`: ${raw} is under ${first}/, which an import must not write`);
  return folder;
}

/** `drift-guard/import-<cluster>[+<cluster>…]`, each name reduced to what a branch name may hold. */
export function importBranchName(clusters: string[]): string {
  const names = [...new Set(clusters.map((c) => c.slice(c.lastIndexOf('/') + 1)))].sort();
  const safe = names.map((n) => n.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'cluster').join('+');
  return `drift-guard/import-${safe.slice(0, 200)}`;
}

export interface ImportPullRequestInput {
  client: GitHubClient;
  logger: Logger;
  owner: string;
  repo: string;
  baseBranch: string;
  /** Repo-relative, from importFolder. */
  folder: string;
  clusters: string[];
  region: string;
  result: ImportResult;
  /** Generated file name -> text. */
  files: Map<string, string>;
  /** Write into a folder that holds files no import wrote (they are kept, never deleted). */
  force: boolean;
  /** `approval.unowned-modules` of the config: what the gate does when no owner matches. */
  unownedModules: 'pending' | 'allow';
}

export interface ImportPullRequestResult {
  branch: string;
  number: number;
  url: string;
  /** The pull request was opened by this run (false: an open one was found and kept up to date). */
  opened: boolean;
  /** The commit this run added to the branch; null when the branch already held this import. */
  commit: string | null;
  owners: string[];
  body: string;
}

/** Turns a refused write into the one sentence that says which permissions the workflow needs. */
function permissionError(error: unknown): never {
  if (httpStatus(error) === 403 && !/rate limit/i.test(String((error as Error).message))) {
    throw new Error(`the token cannot write the import: the workflow needs \`permissions: contents: write\` (the branch and its commit) and \`pull-requests: write\` (the pull request); GitHub said: ${(error as Error).message}`);
  }
  throw error;
}

function parseManifest(text: string | null): ImportManifest | null {
  if (text === null) return null;
  try {
    const parsed = JSON.parse(text) as Partial<ImportManifest>;
    return parsed.generatedBy === 'ecs-drift-guard import' && Array.isArray(parsed.files) ? (parsed as ImportManifest) : null;
  } catch {
    return null;
  }
}

/** The folder's entries at `ref`: [] when it does not exist; a file there is refused. */
async function folderEntries(client: GitHubClient, input: { owner: string; repo: string; folder: string; ref: string }): Promise<Array<{ name: string; type: string }>> {
  try {
    const { data } = await client.rest.repos.getContent({ owner: input.owner, repo: input.repo, path: input.folder, ref: input.ref });
    if (!Array.isArray(data)) throw new ConfigurationError(`input \`import-out\`: ${input.folder} is a file on the base branch, not a folder`);
    return data.map((e) => ({ name: e.name, type: e.type }));
  } catch (error) {
    if (httpStatus(error) === 404 && !/no commit found/i.test(String((error as Error).message))) return [];
    throw error;
  }
}

/**
 * Refuses a folder on the base branch that holds anything an import did not write (its manifest
 * lists what it wrote), unless forced: an import must not overwrite someone's code.
 */
async function checkFolderIsOurs(input: ImportPullRequestInput, baseSha: string): Promise<void> {
  const { client, owner, repo, folder } = input;
  const entries = await folderEntries(client, { owner, repo, folder, ref: baseSha });
  if (entries.length === 0) return;
  const manifest = entries.some((e) => e.name === IMPORT_MANIFEST && e.type === 'file')
    ? parseManifest(await readTextFile(client, { owner, repo, path: `${folder}/${IMPORT_MANIFEST}`, ref: baseSha }))
    : null;
  const ours = new Set([IMPORT_MANIFEST, ...(manifest?.files ?? [])]);
  const foreign = entries.filter((e) => e.type !== 'file' || !ours.has(e.name)).map((e) => e.name).sort();
  if (foreign.length === 0) return;
  const listed = `${foreign.slice(0, 5).join(', ')}${foreign.length > 5 ? `, and ${foreign.length - 5} more` : ''}`;
  if (!input.force) {
    throw new ConfigurationError(`input \`import-out\`: ${folder} on ${input.baseBranch} already holds files no import wrote (${listed}); choose an empty folder, or set \`import-force: true\` to write the generated files beside them`);
  }
  input.logger.warning(`${folder} holds files no import wrote (${listed}); import-force is set: the generated files are written beside them and they are left as they are.`);
}

async function getBranchSha(client: GitHubClient, owner: string, repo: string, branch: string): Promise<string | null> {
  try {
    const { data } = await client.rest.git.getRef({ owner, repo, ref: `heads/${branch}` });
    return data.object.sha;
  } catch (error) {
    if (httpStatus(error) === 404) return null;
    throw error;
  }
}

/** Creates the branch once: a lost answer is checked by reading the ref back. */
async function createBranchOnce(input: ImportPullRequestInput, branch: string, sha: string): Promise<void> {
  const { client, owner, repo } = input;
  try {
    await client.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha });
  } catch (error) {
    if (httpStatus(error) === 422 && /already exists/i.test(String((error as Error).message))) {
      throw new Error(`branch ${branch} was created by someone else while this run wrote it (another import run at the same time?); re-run the workflow`);
    }
    if (!answerLost(error)) throw error;
    if ((await getBranchSha(client, owner, repo, branch)) !== sha) throw error;
    input.logger.info(`GitHub's answer to creating ${branch} was lost, but the branch was created.`);
  }
}

function markerOf(branch: string): string {
  return `${MARKER_PREFIX}${branch} -->`;
}

interface ImportPull {
  number: number;
  url: string;
  body: string;
  title: string;
  state: string;
  merged: boolean;
}

/** Every import pull request of `branch` (open, closed, merged), by head branch and marker, oldest first. */
async function importPullsOf(input: ImportPullRequestInput, branch: string): Promise<ImportPull[]> {
  const { client, owner, repo } = input;
  const pulls = await client.paginate(client.rest.pulls.list, { owner, repo, head: `${owner}:${branch}`, state: 'all', per_page: 100 });
  return pulls
    .filter((p) => (p.body ?? '').includes(markerOf(branch)))
    .sort((a, b) => a.number - b.number)
    .map((p) => ({ number: p.number, url: p.html_url, body: p.body ?? '', title: p.title, state: p.state, merged: p.merged_at !== null && p.merged_at !== undefined }));
}

/** How many successor branches (`-2`, `-3`, …) are tried after rejected imports before giving up. */
const MAX_SUCCESSORS = 20;

interface BranchChoice {
  branch: string;
  /** The branch's head, or null when it is to be created from the base branch. */
  existing: string | null;
  /** Import pull requests closed without merging whose branches are left as they are, oldest first. */
  superseded: Array<{ number: number; branch: string }>;
}

/**
 * The branch this import goes to. `drift-guard/import-<cluster>` unless its latest import pull request
 * was closed without merging: that was someone's decision, and its branch may hold their commits. It
 * is not reopened (that would undo the decision and revive its old reviews and approvals) and its
 * branch is neither built on (its commits would come back in the new pull request) nor force-pushed:
 * both are left as they are, and the import goes to the first successor, `…-2`, `…-3`, that has an
 * open import pull request, or no branch yet, or a branch whose latest import merged or that no
 * pull request has used (a run that stopped before opening one).
 */
async function chooseBranch(input: ImportPullRequestInput, base: string): Promise<BranchChoice> {
  const superseded: BranchChoice['superseded'] = [];
  for (let n = 1; n <= MAX_SUCCESSORS; n++) {
    const branch = n === 1 ? base : `${base}-${n}`;
    const [pulls, existing] = await Promise.all([importPullsOf(input, branch), getBranchSha(input.client, input.owner, input.repo, branch)]);
    const latest = pulls[pulls.length - 1];
    if (pulls.some((p) => p.state === 'open') || existing === null || !latest || latest.merged) {
      // A branch deleted after its pull request was closed unmerged is made again from the base: the
      // closed pull request is still one this import follows.
      if (existing === null && latest && latest.state === 'closed' && !latest.merged && !pulls.some((p) => p.state === 'open')) superseded.push({ number: latest.number, branch });
      return { branch, existing, superseded };
    }
    superseded.push({ number: latest.number, branch });
  }
  throw new Error(`the last ${MAX_SUCCESSORS} import branches ${base}, ${base}-2, … all hold import pull requests closed without merging; delete the branches of rejected imports (or merge one) and re-run`);
}

async function findPullRequest(input: ImportPullRequestInput, branch: string): Promise<{ number: number; url: string; body: string; title: string } | null> {
  const { client, owner, repo } = input;
  const pulls = await client.paginate(client.rest.pulls.list, { owner, repo, head: `${owner}:${branch}`, state: 'open', per_page: 100 });
  // By head branch and marker, whoever opened it: the `drift-guard/import-*` branches are this
  // action's, and the token may be GITHUB_TOKEN or an App's or a person's (so that the opened pull
  // request triggers the pull_request workflow), whose login cannot always be read.
  const found = pulls
    .filter((p) => (p.body ?? '').includes(markerOf(branch)))
    .sort((a, b) => a.number - b.number)[0];
  return found ? { number: found.number, url: found.html_url, body: found.body ?? '', title: found.title } : null;
}

/** Opens the pull request once: looked for before, and again when GitHub's answer was lost. */
async function openPullRequestOnce(input: ImportPullRequestInput, branch: string, title: string, body: string): Promise<{ number: number; url: string }> {
  const { client, owner, repo } = input;
  const params = { owner, repo, head: branch, base: input.baseBranch, title, body, maintainer_can_modify: true };
  try {
    const { data } = await client.rest.pulls.create(params);
    return { number: data.number, url: data.html_url };
  } catch (error) {
    const exists = httpStatus(error) === 422 && /already exists/i.test(JSON.stringify((error as { response?: { data?: unknown } }).response?.data ?? ''));
    if (!answerLost(error) && !exists) throw error;
    const landed = await findPullRequest(input, branch);
    if (landed) {
      input.logger.info(`The pull request #${landed.number} for ${branch} is open already${exists ? '' : ' (GitHub\'s answer to opening it was lost)'}; not opening another.`);
      return landed;
    }
    if (exists) throw error;
    const { data } = await client.rest.pulls.create(params);
    return { number: data.number, url: data.html_url };
  }
}

export async function publishImportPullRequest(input: ImportPullRequestInput): Promise<ImportPullRequestResult> {
  const { client, owner, repo, folder, logger } = input;
  const baseSha = await getBranchSha(client, owner, repo, input.baseBranch);
  if (!baseSha) throw new ConfigurationError(`the base branch ${input.baseBranch} does not exist in ${owner}/${repo} (input \`import-base-branch\`)`);
  await checkFolderIsOurs(input, baseSha);
  const codeowners = await readCodeownersAtRef(client, owner, repo, baseSha);
  const fileNames = [...input.files.keys()].sort();
  const owners = ownersOfFolder(codeowners, folder, fileNames);

  const { branch, existing, superseded } = await chooseBranch(input, importBranchName(input.clusters));
  for (const closed of superseded) {
    logger.info(`Import pull request #${closed.number} (${closed.branch}) was closed without merging: it and its branch are left as they are; this import goes to ${branch}.`);
  }
  const parentSha = existing ?? baseSha;
  const { data: parent } = await client.rest.git.getCommit({ owner, repo, commit_sha: parentSha });
  // Files a previous import wrote here and this one no longer does (a service gone) are deleted.
  const previous = parseManifest(await readTextFile(client, { owner, repo, path: `${folder}/${IMPORT_MANIFEST}`, ref: parentSha }));
  const stale = (previous?.files ?? []).filter((f) => !input.files.has(f) && !f.includes('/'));
  const manifest: ImportManifest = { generatedBy: 'ecs-drift-guard import', clusters: [...input.clusters].sort(), region: input.region, files: fileNames };
  const writes = new Map([...input.files, [IMPORT_MANIFEST, `${JSON.stringify(manifest, null, 2)}\n`]]);

  let commit: string | null = null;
  try {
    // The files go in the tree as `content` (GitHub writes their blobs): one write instead of one
    // per file, and the throttling plugin spaces writes a second apart (GitHub's guidance).
    const tree: Array<{ path: string; mode: '100644'; type: 'blob'; content?: string; sha?: null }> = [];
    for (const [name, content] of writes) tree.push({ path: `${folder}/${name}`, mode: '100644', type: 'blob', content });
    for (const name of stale) tree.push({ path: `${folder}/${name}`, mode: '100644', type: 'blob', sha: null });
    const { data: newTree } = await client.rest.git.createTree({ owner, repo, base_tree: parent.tree.sha, tree });
    if (newTree.sha === parent.tree.sha) {
      logger.info(`${branch} already holds this import: no new commit.`);
    } else {
      const message = existing
        ? `Update the import of ${manifest.clusters.join(', ')} from live ECS\n\nWritten by ecs-drift-guard import: live ECS changed since the last import.`
        : `Import ${manifest.clusters.join(', ')} from live ECS into ${folder}\n\nWritten by ecs-drift-guard import. Provisional until reviewed and merged.`;
      const { data: made } = await client.rest.git.createCommit({ owner, repo, message, tree: newTree.sha, parents: [parentSha] });
      commit = made.sha;
      if (existing) await client.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: made.sha, force: false });
      else await createBranchOnce(input, branch, made.sha);
      logger.info(`${existing ? 'Updated' : 'Created'} ${branch} at ${made.sha.slice(0, 7)}.`);
    }
  } catch (error) {
    permissionError(error);
  }

  const title = `Import live ECS: ${manifest.clusters.join(', ')} into ${folder}`;
  const body = renderImportPullRequestBody({ ...input, branch, owners, codeowners: codeowners !== null, superseded });
  try {
    const found = await findPullRequest(input, branch);
    if (found) {
      if (found.body !== body || found.title !== title) await client.rest.pulls.update({ owner, repo, pull_number: found.number, title, body });
      logger.info(`Pull request #${found.number} ${found.body !== body ? 'updated' : 'unchanged'}.`);
      return { branch, number: found.number, url: found.url, opened: false, commit, owners, body };
    }
    const opened = await openPullRequestOnce(input, branch, title, body);
    logger.info(`Opened pull request #${opened.number} for ${branch}.`);
    return { branch, number: opened.number, url: opened.url, opened: true, commit, owners, body };
  } catch (error) {
    permissionError(error);
  }
}

function ownersOfFolder(codeowners: CodeownersFile | null, folder: string, files: string[]): string[] {
  if (!codeowners) return [];
  const owners = new Set<string>();
  for (const f of files) for (const o of ownersOf(codeowners, `${folder}/${f}`)) owners.add(o);
  return [...owners].sort();
}

/** An owner as the body shows it: @user and @org/team mention (they must approve), anything else as code. */
function ownerText(owner: string): string {
  const kind = ownerKind(owner);
  return kind === 'user' || kind === 'team' ? owner : inlineCode(owner);
}

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

export function renderImportPullRequestBody(input: Pick<ImportPullRequestInput, 'folder' | 'clusters' | 'region' | 'result' | 'unownedModules'> & {
  branch: string;
  owners: string[];
  codeowners: boolean | null;
  /** Earlier import pull requests closed without merging, which this one follows. */
  superseded?: Array<{ number: number; branch: string }>;
}): string {
  const { result, folder } = input;
  const out: string[] = [markerOf(input.branch), ''];
  const clusters = [...input.clusters].sort().map((c) => inlineCode(c)).join(', ');
  out.push(`ECS Drift Guard imported live ECS ${clusters} (${escapeMarkdown(input.region)}) into ${inlineCode(`${folder}/`)}.`);
  out.push('', `> [!IMPORTANT]\n> **This import is provisional until it is reviewed and merged.** The pull request run compares each \`import\` block with live ECS (\`ecs-import-needs-review\`), posts the policy findings on the lines below, and keeps \`drift-guard/owner-approval\` pending until the owners approve. Run \`terraform plan\` in the folder and expect only imports.`);
  if (!result.complete) out.push('', `**Incomplete:** ${result.notImported.length} thing(s) could not be imported; see below.`);
  if (input.superseded?.length) {
    const list = input.superseded.map((p) => `#${p.number} (${inlineCode(p.branch)})`).join(', ');
    out.push('', `Follows the import ${input.superseded.length > 1 ? 'pull requests' : 'pull request'} ${list}, closed without merging: ${input.superseded.length > 1 ? 'they and their branches are' : 'it and its branch are'} left as they are; this import of live ECS as it is now is on ${inlineCode(input.branch)}.`);
  }

  const rows = (items: string[]): string[] => (items.length > LISTED_ROWS ? [...items.slice(0, LISTED_ROWS), `| … | ${items.length - LISTED_ROWS} more | |`] : items);
  out.push('', `### Imported (${result.imported.length})`, '');
  if (result.imported.length) {
    out.push('| Resource | Import ID | Where |', '|---|---|---|');
    out.push(...rows(result.imported.map((r) => `| ${inlineCode(r.address, { table: true })} | ${inlineCode(r.importId, { table: true })} | ${inlineCode(`${folder}/${r.file}:${r.line}`, { table: true })} |`)));
  } else out.push('Nothing.');

  const counts = SEVERITY_ORDER.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  out.push('', `### Policy findings on the imported code (${result.findings.length})`, '');
  if (result.findings.length) {
    out.push(`Imported as is: ${counts.map(([s, n]) => `${n} ${s}`).join(', ')}. Fix them in this pull request or after it; each has a review comment on its line in the pull request run.`, '');
    out.push('| Severity | Rule | Where |', '|---|---|---|');
    const sorted = [...result.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
    // The rule's title, never the message: a message may quote part of a value.
    out.push(...rows(sorted.map((f) => {
      const rule = allRules.find((r) => r.id === f.ruleId);
      const name = rule ? `[${escapeMarkdown(f.ruleId)}](${DOCS_BASE_URL}/${f.ruleId}.md) ${escapeMarkdown(rule.title)}` : escapeMarkdown(f.ruleId);
      return `| ${escapeMarkdown(f.severity)} | ${name} | ${inlineCode(`${folder}/${f.file}:${f.line}`, { table: true })} |`;
    })));
  } else out.push('None.');

  if (result.secretsKeptOut.length) {
    out.push('', `### Secrets kept out of the code (${result.secretsKeptOut.length})`, '');
    out.push('These live environment values looked secret. They are sensitive variables in `variables.tf`, never written here: set them outside the code, or better, move them to Secrets Manager and use `secrets`.', '');
    out.push(...result.secretsKeptOut.slice(0, LISTED_ROWS).map((s) => `- ${inlineCode(`var.${s.variable}`)} (${escapeMarkdown(s.severity)}): ${escapeMarkdown(s.source)}, ${inlineCode(`${folder}/${s.file}:${s.line}`)}`));
  }

  if (result.notImported.length) {
    out.push('', `### Not imported (${result.notImported.length})`, '');
    out.push(...result.notImported.slice(0, LISTED_ROWS).map((n) => `- ${escapeMarkdown(n)}`));
  }
  if (result.notEvaluated.length) {
    out.push('', `### Not checked on the imported code (${result.notEvaluated.length})`, '');
    out.push(...result.notEvaluated.slice(0, LISTED_ROWS).map((n) => `- ${escapeMarkdown(n)}`));
  }

  out.push('', '### Who must approve', '');
  if (input.codeowners === null) {
    out.push('Not determined: CODEOWNERS was not read (the pull request phase failed first).');
  } else if (input.owners.length) {
    out.push(`CODEOWNERS of ${inlineCode(`${folder}/`)} on the base branch: ${input.owners.map(ownerText).join(', ')}. The \`drift-guard/owner-approval\` status stays pending until one of them approves.`);
  } else {
    const gate = input.unownedModules === 'allow'
      ? 'the config allows unowned modules (`approval.unowned-modules: allow`), so the gate does not wait for an owner'
      : 'the `drift-guard/owner-approval` status stays pending until a CODEOWNERS rule covers the folder (or the config sets `approval.unowned-modules: allow`)';
    out.push(`${input.codeowners ? `No CODEOWNERS rule on the base branch matches ${inlineCode(`${folder}/`)}` : 'The base branch has no CODEOWNERS file'}: ${gate}.`);
  }
  out.push('', `<sub>Written by \`ecs-drift-guard import\` from branch ${inlineCode(input.branch)}; a re-run with the same live ECS changes nothing, a re-run after live changes adds a commit here. Files of this folder listed in ${inlineCode(IMPORT_MANIFEST)} are rewritten by the next import.</sub>`);
  const body = `${out.join('\n')}\n`;
  return body.length <= BODY_LIMIT ? body : `${truncateText(body, BODY_LIMIT - 200)}\n\n_(truncated: see the job summary for the full lists)_\n`;
}
