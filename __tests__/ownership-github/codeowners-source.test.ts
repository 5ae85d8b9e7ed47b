// readCodeownersAtRef through the contents API of the GitHub emulator.
import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';
import { createCliOctokit, type GitHubClient } from '../../src/github/client.js';
import { readCodeownersAtRef } from '../../src/github/codeowners-source.js';
import { ownersOf } from '../../src/ownership/codeowners.js';
import { silentLogger } from '../../src/logger.js';

let emulator: GitHubEmulator;
let bot: GitHubClient;

beforeEach(async () => {
  emulator = await startGitHubEmulator();
  emulator.addToken('bot-token', { login: 'github-actions[bot]', permissions: 'write' });
  bot = createCliOctokit({ token: 'bot-token', baseUrl: emulator.url, logger: silentLogger, throttle: { enabled: false } });
});

afterEach(async () => {
  expect(emulator.validationErrors).toEqual([]);
  await emulator.close();
});

function contentPaths(): string[] {
  return emulator.requests.filter((r) => r.operationId === 'repos/get-content').map((r) => decodeURIComponent(r.path.replace('/repos/acme/infra/contents/', '')));
}

test('reads .github/CODEOWNERS first, at the given ref (the base branch, not the PR head)', async () => {
  const base = emulator.commit({ files: { '.github/CODEOWNERS': '/modules/ @acme/platform\n', CODEOWNERS: '* @root-owner\n' } });
  // The PR branch rewrites CODEOWNERS to own its own change; the base ref's file must win.
  emulator.commit({ branch: 'feature', files: { '.github/CODEOWNERS': '/modules/ @mallory\n' } });
  const file = await readCodeownersAtRef(bot, 'acme', 'infra', 'main');
  expect(file?.path).toBe('.github/CODEOWNERS');
  expect(ownersOf(file!, 'modules/app/main.tf')).toEqual(['@acme/platform']);
  expect(contentPaths()).toEqual(['.github/CODEOWNERS']);
  expect(emulator.requests[0]!.query).toContain('ref=main');

  const atSha = await readCodeownersAtRef(bot, 'acme', 'infra', base);
  expect(ownersOf(atSha!, 'modules/app/main.tf')).toEqual(['@acme/platform']);
  const atFeature = await readCodeownersAtRef(bot, 'acme', 'infra', 'feature');
  expect(ownersOf(atFeature!, 'modules/app/main.tf')).toEqual(['@mallory']);
});

test('falls back to the root, then docs/, on 404; null when there is none', async () => {
  emulator.commit({ files: { 'docs/CODEOWNERS': '# owners\n*.tf @alice\nbad-line not-an-owner\n' } });
  const docs = await readCodeownersAtRef(bot, 'acme', 'infra', 'main');
  expect(docs?.path).toBe('docs/CODEOWNERS');
  expect(ownersOf(docs!, 'a/b.tf')).toEqual(['@alice']);
  expect(docs!.errors).toEqual([{ line: 3, message: expect.stringContaining('Invalid owner "not-an-owner"') }]);
  expect(contentPaths()).toEqual(['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']);

  emulator.commit({ files: { CODEOWNERS: '* @bob\n' } });
  expect((await readCodeownersAtRef(bot, 'acme', 'infra', 'main'))?.path).toBe('CODEOWNERS');

  emulator.commit({ files: { CODEOWNERS: null, 'docs/CODEOWNERS': null } });
  expect(await readCodeownersAtRef(bot, 'acme', 'infra', 'main')).toBeNull();
});

test('a folder named CODEOWNERS is not a CODEOWNERS file', async () => {
  emulator.commit({ files: { '.github/CODEOWNERS/README.md': 'not this\n', CODEOWNERS: '* @carol\n' } });
  const file = await readCodeownersAtRef(bot, 'acme', 'infra', 'main');
  expect(file?.path).toBe('CODEOWNERS');
});

test('non-ASCII content survives the base64 round trip', async () => {
  emulator.commit({ files: { '.github/CODEOWNERS': '# Équipe plateforme — 所有者\n/modules/ @acme/platform\n' } });
  const file = await readCodeownersAtRef(bot, 'acme', 'infra', 'main');
  expect(file!.rules).toEqual([{ pattern: '/modules/', owners: ['@acme/platform'], line: 2 }]);
});

test('an unknown ref is an error, not "unowned"', async () => {
  await expect(readCodeownersAtRef(bot, 'acme', 'infra', 'no-such-branch')).rejects.toMatchObject({ status: 404 });
});
