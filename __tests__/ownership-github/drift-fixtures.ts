// Drift results and a repository with CODEOWNERS for the drift-issue tests.
import type { DriftDifference, DriftResult } from '../../src/report/model.js';

export const CODEOWNERS = [
  '# Platform owns everything by default; modules have their own owners.',
  '*                   @acme/platform',
  '/modules/app/       @alice @acme/platform',
  '/modules/db/        @bob',
  '/modules/legacy/    @mallory',
  '/modules/orphan/',
  '',
].join('\n');

export function difference(path: string, expected: unknown, actual: unknown, cls: DriftDifference['class'] = 'config', why?: string): DriftDifference {
  return { path, expected, actual, class: cls, ...(why ? { why } : {}) };
}

export function drifted(address: string, module: string, differences: DriftDifference[], extra: Partial<DriftResult> = {}): DriftResult {
  return {
    address,
    module,
    stateFile: `${module}/terraform.tfstate`,
    type: address.split('.').slice(-2, -1)[0] ?? 'aws_ecs_service',
    id: `arn:aws:ecs:eu-west-1:123456789012:service/main/${address.split('.').pop()}`,
    status: 'drifted',
    reason: 'Live ECS differs from the state.',
    differences,
    file: `${module}/main.tf`,
    line: 12,
    region: 'eu-west-1',
    ...extra,
  };
}

export function withStatus(result: DriftResult, status: DriftResult['status'], reason = result.reason): DriftResult {
  return { ...result, status, reason, differences: status === 'in_sync' ? [] : result.differences };
}

export const APP_SERVICE = drifted('aws_ecs_service.api', 'modules/app', [
  difference('desired_count', 2, 5),
  difference('network_configuration.assign_public_ip', false, true, 'security'),
  difference('task_definition', 'app:7', 'app:9', 'expected', 'The service uses the CODE_DEPLOY deployment controller.'),
]);

export const DB_TASK = drifted('aws_ecs_task_definition.db', 'modules/db', [
  difference('container_definitions[db].image', 'postgres:16.2', 'postgres:latest', 'security'),
]);
