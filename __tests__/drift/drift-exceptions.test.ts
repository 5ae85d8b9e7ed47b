import { applyDriftExceptions } from '../../src/drift/drift-exceptions.js';
import type { ExceptionEntry } from '../../src/policy/suppressions.js';
import type { DriftResult } from '../../src/report/model.js';

const result: DriftResult = {
  address: 'module.payments.aws_ecs_service.this', module: 'modules/ecs-service', rootModule: 'services/payments',
  stateFile: 's3://state/p.tfstate', type: 'aws_ecs_service', id: 'arn', status: 'drifted', reason: '2 security differences',
  differences: [
    { path: 'enable_execute_command', expected: false, actual: true, class: 'security' },
    { path: 'desired_count', expected: 2, actual: 3, class: 'config' },
  ],
};
const NOW = new Date('2026-06-01T00:00:00Z');
const entry = (over: Partial<ExceptionEntry>): ExceptionEntry => ({ rule: 'drift:enable_execute_command', resource: result.address, owner: '@payments', until: '2026-07-01', reason: 'debugging INC-1', ...over });

test('an active exception accepts the field: expected, with owner, until and reason', () => {
  const [r] = applyDriftExceptions([result], [entry({})], NOW);
  expect(r.status).toBe('drifted');
  expect(r.differences[0]).toMatchObject({ class: 'expected', why: 'accepted by @payments until 2026-07-01: debugging INC-1' });
  expect(r.differences[1].class).toBe('config');
});

test('drift:* by module (root or declaring) accepts every field; nothing left means in sync', () => {
  const [r] = applyDriftExceptions([result], [entry({ rule: 'drift:*', resource: undefined, module: 'services/payments' })], NOW);
  expect(r.status).toBe('in_sync');
  expect(r.reason).toBe('2 difference(s) accepted by exception');
});

test('an expired exception stops working and says so', () => {
  const [r] = applyDriftExceptions([result], [entry({ until: '2026-05-01' })], NOW);
  expect(r.differences[0]).toMatchObject({ class: 'security', why: 'exception expired on 2026-05-01 (@payments: debugging INC-1)' });
  expect(r.reason).toContain('exception for enable_execute_command expired on 2026-05-01');
});

test('policy exceptions and other resources are untouched', () => {
  const out = applyDriftExceptions([result], [entry({ rule: 'ecs-service-exec-enabled' }), entry({ resource: 'aws_ecs_service.other' })], NOW);
  expect(out[0]).toEqual(result);
});
