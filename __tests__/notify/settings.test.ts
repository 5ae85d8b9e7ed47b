// Notification settings (issue 17): the URLs and the signing secret come from inputs only and no
// error repeats them; the config file turns channels off and picks events.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigurationError, settingsFromAction } from '../../src/settings.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'edg-notify-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const input = (values: Record<string, string>) => (name: string) => values[name] ?? '';
const settings = (values: Record<string, string>) => settingsFromAction(input(values), { GITHUB_WORKSPACE: dir });
// Not a real hook: the path is what makes a Slack URL a credential, so it is built here, never written out.
const hookPath = ['/services', 'T0000', 'B0000', 'x'.repeat(24)].join('/');

test('no input: no targets; the default events', () => {
  const s = settings({});
  expect(s.notificationTargets).toEqual({});
  expect(s.notifications).toEqual({ slack: true, webhook: true, events: ['security-drift', 'unmanaged', 'control-plane'] });
});

test('https URLs are taken; http only on loopback; errors never repeat the value', () => {
  const slack = `https://slack.example.com${hookPath}`;
  expect(settings({ 'slack-webhook-url': slack, 'webhook-url': 'http://127.0.0.1:8080/in', 'webhook-secret': 's' }).notificationTargets).toEqual({ slackWebhookUrl: slack, webhookUrl: 'http://127.0.0.1:8080/in', webhookSecret: 's' });
  for (const [name, value] of [['slack-webhook-url', `http://slack.example.com${hookPath}`], ['webhook-url', `not a url ${hookPath}`], ['webhook-url', `https://user:pw@example.com${hookPath}`]] as const) {
    let message = '';
    try {
      settings({ [name]: value });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigurationError);
      message = (e as Error).message;
    }
    expect(message).toContain(`\`${name}\``);
    expect(message).not.toContain(hookPath);
  }
  expect(() => settings({ 'webhook-secret': 's' })).toThrow('input `webhook-secret` is set but `webhook-url` is not');
});

test('the config picks events and turns channels off; an unknown event names the key and line', () => {
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github', 'drift-guard.yml'), 'notifications:\n  slack: false\n  events: [config-drift, missing]\n');
  expect(settings({}).notifications).toEqual({ slack: false, webhook: true, events: ['config-drift', 'missing'] });
  writeFileSync(join(dir, '.github', 'drift-guard.yml'), 'notifications:\n  events:\n    - drift\n');
  expect(() => settings({})).toThrow(/^\.github\/drift-guard\.yml:3: `notifications\.events\.0`: /);
  writeFileSync(join(dir, '.github', 'drift-guard.yml'), `notifications:\n  slack-webhook-url: "https://slack.example.com${hookPath}"\n`);
  // URLs are secrets and have no place in the file.
  expect(() => settings({})).toThrow(/unknown key `slack-webhook-url`/);
});
