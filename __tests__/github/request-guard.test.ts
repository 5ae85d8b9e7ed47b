// guardRequests on the action's client (getOctokit + throttling + retry): a create whose answer
// was lost is never retried by the plugins, because the retry plugin reads the options object the
// hook chain shares (before-after-hook's register binds one options object to every hook).
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { guardRequests, throttleOptions, type GitHubClient } from '../../src/github/client.js';
import { startGitHubEmulator } from '../../test-support/github/emulator.js';

const logger = { debug: () => undefined, info: () => undefined, warning: () => undefined, error: () => undefined };

test('a POST that creates (pulls.create) is sent once when GitHub answers 502 after the write', async () => {
  const emu = await startGitHubEmulator({ owner: 'acme', repo: 'infra' });
  try {
    emu.addToken('t', { login: 'github-actions[bot]', permissions: 'write' });
    emu.commit({ branch: 'feature', files: { 'a.tf': '1\n' } });
    const client = guardRequests(github.getOctokit('t', { baseUrl: emu.url, throttle: throttleOptions(logger) }, throttling, retry) as unknown as GitHubClient);
    emu.injectFault({ route: 'pulls/create', kind: 'after-write' });
    await expect(client.rest.pulls.create({ owner: 'acme', repo: 'infra', head: 'feature', base: 'main', title: 't' })).rejects.toThrow('POST /repos/acme/infra/pulls → 502');
    expect(emu.requests.filter((r) => r.method === 'POST').map((r) => r.status)).toEqual([502]);
    expect(emu.state.pulls).toHaveLength(1);
  } finally {
    await emu.close();
  }
});
