// The summary section on live drift of the modules a PR changes: what merging does to each field.
import { renderPullRequestDrift } from '../../src/github/pull-request-drift.js';
import type { DriftCheck } from '../../src/drift/check-drift.js';
import type { ImportCheck } from '../../src/drift/import-check.js';
import type { DriftResult } from '../../src/report/model.js';
import { driftFingerprint } from '../../src/github/drift-issues.js';

const service: DriftResult = {
  address: 'module.payments.aws_ecs_service.this',
  module: 'modules/ecs-service',
  rootModule: 'services/payments',
  stateFile: 's3://state/payments.tfstate',
  type: 'aws_ecs_service',
  id: 'arn:aws:ecs:eu-west-1:111122223333:service/prod/payments',
  status: 'drifted',
  reason: '2 security differences',
  differences: [
    { path: 'enable_execute_command', expected: false, actual: true, class: 'security' },
    { path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security' },
    { path: 'desired_count', expected: 2, actual: 5, class: 'expected', why: 'autoscaling' },
  ],
};

function check(results: DriftResult[], errors: { file: string; message: string }[] = []): DriftCheck {
  return { run: { results, errors, stats: { calls: {} }, stateWrittenAt: new Map() }, attributions: new Map() };
}

const codeVersusLive: ImportCheck = {
  to: service.address, id: service.id, file: 'modules/ecs-service/main.tf', line: 65, status: 'differs', reason: '',
  // The PR's code still says ECS Exec off (live: on); it now sets a public IP, like live.
  differences: [{ path: 'enable_execute_command', expected: false, actual: true, class: 'security' }],
  notCompared: [],
};

test('each drifted field says whether merging reverts the live change or the PR adopts it', () => {
  const section = renderPullRequestDrift({ check: check([service]), codeVersusLive: [codeVersusLive], issues: new Map() });
  expect(section.id).toBe('drift');
  const rows = section.markdown.split('\n').filter((l) => l.startsWith('| `'));
  expect(rows).toEqual([
    '| `enable_execute_command` | security | `false` | `true` | `false` | **merging this reverts this live change** |',
    '| `network_configuration.assign_public_ip` | security | `false` | `true` | `true` | this PR adopts it |',
  ]);
  expect(section.markdown).not.toContain('desired_count');
});

test('links the open drift issue of the resource', () => {
  const issues = new Map([[driftFingerprint(service), { number: 7, url: 'https://github.com/acme/infra/issues/7', state: 'open' as const, title: 't', body: '', labels: [], assignees: [] }]]);
  const section = renderPullRequestDrift({ check: check([service]), codeVersusLive: [codeVersusLive], issues });
  expect(section.markdown).toContain('[drift issue #7](https://github.com/acme/infra/issues/7)');
});

test('without credentials, or when the state cannot be read, it says drift was not checked', () => {
  expect(renderPullRequestDrift({ check: null, notChecked: 'this job has no AWS credentials', codeVersusLive: [], issues: new Map() }).markdown)
    .toBe('Drift was not checked: this job has no AWS credentials.');
  const unreadable = renderPullRequestDrift({ check: check([], [{ file: 's3://state/payments.tfstate', message: 'access denied' }]), codeVersusLive: [], issues: new Map() });
  expect(unreadable.markdown).toBe('Drift was not checked: s3://state/payments.tfstate: access denied.');
});

test('unverified resources are never reported as in sync', () => {
  const unverified: DriftResult = { ...service, status: 'unverified', reason: 'AccessDenied on cluster prod', differences: [] };
  const md = renderPullRequestDrift({ check: check([unverified]), codeVersusLive: [], issues: new Map() }).markdown;
  expect(md).not.toContain('matches');
  expect(md).toContain('1 resource(s) could not be checked (AccessDenied on cluster prod): not counted as in sync.');
});
