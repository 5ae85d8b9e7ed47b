import { startGitHubEmulator, type GitHubEmulator } from '../../test-support/github/emulator.js';
import { createCliOctokit, MAX_SECONDARY_RATE_LIMIT_RETRIES } from '../../src/github/client.js';
import { MAX_STATUS_DESCRIPTION, policyStatus, setCommitStatus } from '../../src/github/statuses.js';
import { memoryLogger } from '../../src/logger.js';
import { finding, report } from './pull-request-fixtures.js';

describe('policyStatus', () => {
  const high = finding({ ruleId: 'ecs-task-host-network', severity: 'high', file: 'm/main.tf', startLine: 3 });
  const low = finding({ ruleId: 'ecs-task-not-awsvpc', severity: 'low', file: 'm/main.tf', startLine: 3, attributePath: 'network_mode' });
  const suppressedHigh = { ...high, fingerprint: 'other', suppressed: { kind: 'inline' as const, until: null, reason: null, owner: null } };

  it('fails when unsuppressed findings reach failOn', () => {
    expect(policyStatus(report([high, low]), 'high')).toEqual({ state: 'failure', description: '1 finding at or above high (2 unsuppressed in total)' });
  });
  it('succeeds below failOn, with suppressed findings, and with fail-on none', () => {
    expect(policyStatus(report([low, suppressedHigh]), 'high').state).toBe('success');
    expect(policyStatus(report([high]), 'none').state).toBe('success');
    expect(policyStatus(report([]), 'low')).toEqual({ state: 'success', description: 'No policy findings in the changed modules' });
  });
});

describe('setCommitStatus', () => {
  let emulator: GitHubEmulator;
  beforeEach(async () => {
    emulator = await startGitHubEmulator();
    emulator.addToken('t', { login: 'github-actions[bot]', permissions: 'write' });
  });
  afterEach(async () => {
    expect(emulator.validationErrors).toEqual([]);
    await emulator.close();
  });

  it('keeps the description under 140 characters and skips a write when nothing changed', async () => {
    const sha = emulator.commit({ files: { 'a.tf': '' } });
    const client = createCliOctokit({ token: 't', baseUrl: emulator.url, logger: memoryLogger(), throttle: { enabled: false } });
    const base = { client, owner: 'acme', repo: 'infra', sha, context: 'drift-guard/owner-approval', state: 'pending' as const, description: 'x'.repeat(300) };
    const first = await setCommitStatus({ ...base, targetUrl: 'https://github.com/acme/infra/actions/runs/1' });
    expect(first.written).toBe(true);
    expect(emulator.state.statuses[0].description!.length).toBeLessThanOrEqual(MAX_STATUS_DESCRIPTION);
    expect((await setCommitStatus(base)).written).toBe(false);
    expect((await setCommitStatus({ ...base, state: 'success' })).written).toBe(true);
    expect(emulator.state.statuses.map((s) => s.state)).toEqual(['pending', 'success']);
  });

  it('gives up after a bounded number of secondary rate limit retries', async () => {
    const sha = emulator.commit({ files: { 'a.tf': '' } });
    const logger = memoryLogger();
    const client = createCliOctokit({ token: 't', baseUrl: emulator.url, logger, throttle: { retryAfterBaseValue: 10 } });
    emulator.injectSecondaryRateLimit(100, 1);
    emulator.resetRequestLog();
    await expect(
      setCommitStatus({ client, owner: 'acme', repo: 'infra', sha, context: 'drift-guard/policy', state: 'success', description: 'ok' }),
    ).rejects.toMatchObject({ status: 403 });
    expect(emulator.requests.filter((r) => r.status === 403)).toHaveLength(MAX_SECONDARY_RATE_LIMIT_RETRIES + 1);
    expect(logger.messages.some((m) => m.message.includes('giving up'))).toBe(true);
  }, 60_000);
});
