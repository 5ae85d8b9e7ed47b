// The switches and the environment Terraform reads, through settings.ts (the only reader of env).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, settingsFromAction, settingsFromCli } from '../../../src/settings.js';

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'edg-modset-')); });
afterEach(() => { rmSync(dir, { recursive: true, force: true }); });

test('CLI: downloads on by default, --offline turns them off; cache under HOME; ~/.terraformrc; TF_TOKEN_ collected', () => {
  const env = { HOME: dir, TF_TOKEN_app_terraform_io: 'x', PATH: '/usr/bin' };
  const on = settingsFromCli({ paths: ['.'] }, dir, env).modules!;
  expect(on.download).toBe(true);
  expect(on.cacheDir).toBe(join(dir, '.cache', 'ecs-drift-guard', 'modules'));
  expect(on.cliConfigFile).toBe(join(dir, '.terraformrc'));
  expect(on.tokenEnv).toEqual({ TF_TOKEN_app_terraform_io: 'x' });
  expect(on.gitEnv.GIT_TERMINAL_PROMPT).toBe('0');
  expect(settingsFromCli({ paths: ['.'], offline: true }, dir, env).modules!.download).toBe(false);
});

test('action: download-modules input, cache under RUNNER_TEMP, TF_CLI_CONFIG_FILE wins', () => {
  const env = { GITHUB_WORKSPACE: dir, RUNNER_TEMP: join(dir, 'tmp'), HOME: dir, TF_CLI_CONFIG_FILE: join(dir, 'custom.rc') };
  const input = (values: Record<string, string>) => (name: string) => values[name] ?? '';
  const on = settingsFromAction(input({}), env).modules!;
  expect(on.download).toBe(true);
  expect(on.cacheDir).toBe(join(dir, 'tmp', 'ecs-drift-guard', 'modules'));
  expect(on.cliConfigFile).toBe(join(dir, 'custom.rc'));
  expect(settingsFromAction(input({ 'download-modules': 'false' }), env).modules!.download).toBe(false);
  expect(() => settingsFromAction(input({ 'download-modules': 'sometimes' }), env)).toThrow(ConfigurationError);
  expect(() => settingsFromAction(input({ 'download-modules': 'sometimes' }), env)).toThrow(/download-modules/);
});
