// drift-guard/policy fails closed (issue 13): a changed module that could not be fully checked
// turns the status red, naming what and why, unless `allow-incomplete` accepts it.
import { policyStatus } from '../../src/github/statuses.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { finding } from '../report/fixture-report.js';

function unreadable(): Report {
  const report = emptyReport();
  report.errors = [
    { file: 'svc/a.tf', message: 'invalid HCL at line 4: unexpected syntax; file skipped' },
    { file: 'svc/b.tf', message: 'symlink leaves the repository (target /etc/passwd); skipped' },
  ];
  return report;
}

test('files that could not be read: failure, "2 files could not be read: …"', () => {
  expect(policyStatus(unreadable(), 'high')).toEqual({
    state: 'failure',
    description: expect.stringMatching(/^2 files could not be read: svc\/a\.tf \(invalid HCL at line 4/),
  });
});

test('a value not evaluated: failure', () => {
  const report = emptyReport();
  report.notEvaluated = [{ resource: 'aws_ecs_service.api', file: 'svc/main.tf', line: 6, why: 'assign_public_ip comes from a data source' }];
  expect(policyStatus(report, 'high')).toMatchObject({ state: 'failure', description: expect.stringMatching(/^1 value not evaluated: aws_ecs_service\.api/) });
});

test('allow-incomplete: success that says it was accepted', () => {
  expect(policyStatus(unreadable(), 'high', true)).toMatchObject({ state: 'success', description: expect.stringMatching(/^Incomplete, accepted by allow-incomplete: 2 files/) });
});

test('blocking findings in an incomplete module: failure naming both', () => {
  const report = unreadable();
  report.findings = [finding({ ruleId: 'ecs-container-privileged', severity: 'high' })];
  expect(policyStatus(report, 'high').description).toMatch(/^1 finding at or above high \(1 unsuppressed in total\); also 2 files could not be read/);
});

test('unverified live drift does not decide the policy status (the drift section owns it)', () => {
  const report = emptyReport();
  report.drift = [{ address: 'aws_ecs_service.api', module: '.', stateFile: 's', type: 'aws_ecs_service', id: 'x', status: 'unverified', reason: 'access denied', differences: [] }];
  expect(policyStatus(report, 'high').state).toBe('success');
});
