// git module sources through the git CLI, against a bare repository made here with git itself:
// `git::file://…//subdir?ref=TAG`, a commit id as ref, and a repository that does not exist.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { defaultPolicyConfig } from '../../../src/policy/engine.js';
import { scanConfiguration } from '../../../src/scan.js';
import { createModuleSourceResolver } from '../../../src/terraform/module-sources/index.js';
import { ecsServicePackage } from '../../../test-support/registry/ecs-service-package.js';

let work: string;
let bare: string;
const commits: Record<string, string> = {};
const gitEnv = { PATH: process.env.PATH, HOME: '/nonexistent', GIT_TERMINAL_PROMPT: '0', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'edg-git-'));
  const src = join(work, 'src');
  bare = join(work, 'modules.git');
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env: gitEnv, encoding: 'utf8' }).trim();
  mkdirSync(src);
  git(src, 'init', '-q', '-b', 'main');
  for (const version of ['1.0.0', '1.1.0']) {
    for (const [path, text] of Object.entries(ecsServicePackage(version))) {
      mkdirSync(dirname(join(src, path)), { recursive: true });
      writeFileSync(join(src, path), text);
    }
    git(src, 'add', '-A');
    git(src, 'commit', '-q', '-m', `v${version}`);
    git(src, 'tag', `v${version}`);
    commits[version] = git(src, 'rev-parse', 'HEAD');
  }
  git(work, 'clone', '-q', '--bare', src, bare);
});

afterAll(() => { rmSync(work, { recursive: true, force: true }); });

async function scanWith(source: string) {
  const repo = mkdtempSync(join(work, 'repo-'));
  writeFileSync(join(repo, 'main.tf'), `module "svc" {\n  source = "${source}"\n  name   = "api"\n  container_definition = {\n    image      = "nginx:1.27"\n    privileged = true\n  }\n}\n`);
  const resolver = createModuleSourceResolver({ download: true, cacheDir: join(work, 'cache'), tokenEnv: {}, gitEnv });
  return scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: new Date(), moduleSources: resolver });
}

test.each([
  ['a tag', () => `git::file://${bare}//modules/service?ref=v1.0.0`, '1.0.0'],
  ['the default branch', () => `git::file://${bare}//modules/service`, '1.1.0'],
  ['a commit id', () => `git::file://${bare}//modules/service?ref=${commits['1.0.0']}`, '1.0.0'],
])('%s: the package at that revision, its ../ module resolved inside it, findings on the caller', async (_what, source, version) => {
  const { report, configuration } = await scanWith(source());
  expect(report.errors).toEqual([]);
  const text = [...configuration.files.values()].map((f) => f.text).join('\n');
  expect(text).toContain(`# package version ${version}`);
  expect(report.findings.filter((f) => f.ruleId === 'ecs-container-privileged').map((f) => [f.file, f.startLine])).toEqual([['main.tf', 6]]);
});

test('a repository that does not exist: not evaluated, with git\'s reason', async () => {
  const { report } = await scanWith(`git::file://${work}/missing.git`);
  expect(report.notEvaluated.find((n) => n.resource === 'module.svc')?.why).toMatch(/could not be fetched: git clone failed: .*(does not appear to be a git repository|not found|Could not read)/i);
  expect(report.errors).toHaveLength(1);
});
