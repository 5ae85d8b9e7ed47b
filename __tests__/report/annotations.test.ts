import { toAnnotations } from '../../src/report/annotations.js';
import { emptyReport } from '../../src/report/model.js';
import { finding, fullReport, meta } from './fixture-report.js';

describe('toAnnotations', () => {
  const annotations = toAnnotations(fullReport(), meta());

  test('unsuppressed findings and drift with a declaring file, most severe first', () => {
    expect(annotations.map((a) => `${a.level} ${a.title} ${a.file}:${a.startLine}`)).toEqual([
      // critical
      'error ecs-container-plaintext-secret: Plaintext secret in container environment modules/api/main.tf:24',
      // high, by file then line
      'error ecs-container-privileged: Container runs privileged modules/api/main.tf:18',
      'error drift-security: module.api.aws_ecs_service.api modules/api/main.tf:50',
      'error ecs-service-public-ip: Service assigns public IPs modules/edge service/main.tf:40',
      // medium
      'warning ecs-container-root-user: Container runs as root modules/api/main.tf:12',
      'warning drift-config: module.api.aws_ecs_service.api modules/api/main.tf:50',
    ]);
  });

  test('suppressed findings, unverified drift and drift without a file are left out', () => {
    expect(annotations.some((a) => a.title.startsWith('ecs-cluster-no-container-insights'))).toBe(false);
    expect(annotations.some((a) => a.title.startsWith('ecs-container-image-not-pinned'))).toBe(false);
    expect(annotations.some((a) => a.title.includes('batch'))).toBe(false);
    expect(annotations.some((a) => a.title.includes('worker'))).toBe(false);
  });

  test('message carries the finding, resource, expiry and fix; lines span the finding', () => {
    const root = annotations.find((a) => a.title.startsWith('ecs-container-root-user'))!;
    expect(root).toEqual({
      level: 'warning',
      title: 'ecs-container-root-user: Container runs as root',
      message: 'Container "app" has no `user`, so it runs as root. (aws_ecs_task_definition.app)\nException expired on 2025-05-01.\nFix: Fix ecs-container-root-user.',
      file: 'modules/api/main.tf',
      startLine: 12,
      endLine: 30,
    });
    const drift = annotations.find((a) => a.title.startsWith('drift-security'))!;
    expect(drift.message).toBe(
      'Live ECS differs from Terraform for module.api.aws_ecs_service.api:\n' +
        'network_configuration.assign_public_ip: expected false, live true\ntask_definition: expected "api:41", live "api:43"',
    );
  });

  test('low severity is a notice', () => {
    const report = emptyReport();
    report.findings = [finding({ ruleId: 'ecs-cluster-no-container-insights' })];
    expect(toAnnotations(report, meta())[0]!.level).toBe('notice');
  });

  test('limit cuts the sorted list; without it everything is returned', () => {
    expect(toAnnotations(fullReport(), meta(), 2).map((a) => a.startLine)).toEqual([24, 18]);
    expect(toAnnotations(fullReport(), meta(), 0)).toEqual([]);
    const report = emptyReport();
    report.findings = Array.from({ length: 120 }, (_, i) => finding({ ruleId: 'ecs-container-privileged', startLine: i + 1 }));
    expect(toAnnotations(report, meta())).toHaveLength(120);
    expect(toAnnotations(report, meta(), 50)).toHaveLength(50);
  });

  test('titles are one line and control characters are stripped', () => {
    const report = emptyReport();
    report.findings = [finding({ ruleId: 'ecs-container-privileged', title: 'Runs\nprivileged\u001b[31m', message: 'a\u0000b' })];
    const [a] = toAnnotations(report, meta());
    expect(a!.title).toBe('ecs-container-privileged: Runs privileged[31m');
    expect(a!.message.startsWith('ab (')).toBe(true);
  });
});
