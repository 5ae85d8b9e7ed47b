import { emptyReport } from '../../src/report/model.js';
import { renderText } from '../../src/report/text.js';
import { expectGolden } from './golden.js';
import { finding, fullReport, meta } from './fixture-report.js';

const ESC = '\u001b';

describe('renderText', () => {
  test('golden: plain', () => {
    expectGolden('report.txt', renderText(fullReport(), meta(), { color: false }));
  });

  test('golden: colour', () => {
    expectGolden('report-color.txt', renderText(fullReport(), meta(), { color: true }));
  });

  test('no ANSI escapes without colour; colours with it', () => {
    expect(renderText(fullReport(), meta(), { color: false })).not.toContain(ESC);
    const coloured = renderText(fullReport(), meta(), { color: true });
    expect(coloured).toContain(`${ESC}[31m🟠 High    ${ESC}[0m`);
    expect(coloured).toContain(`${ESC}[1m${ESC}[31mFAIL + INCOMPLETE${ESC}[0m`);
  });

  test('findings grouped by file, in line order, as file:line  SEVERITY  rule-id  message  (resource)', () => {
    const lines = renderText(fullReport(), meta(), { color: false }).split('\n');
    const start = lines.indexOf('modules/api/main.tf');
    expect(lines.slice(start, start + 4)).toEqual([
      'modules/api/main.tf',
      '  modules/api/main.tf:12  🟡 Medium    ecs-container-root-user  Container "app" has no `user`, so it runs as root.  (aws_ecs_task_definition.app)  [exception expired on 2025-05-01]',
      '  modules/api/main.tf:18  🟠 High      ecs-container-privileged  Container "app" runs privileged.  (aws_ecs_task_definition.app)',
      expect.stringMatching(/^ {2}modules\/api\/main\.tf:24 {2}🔴 Critical {2}ecs-container-plaintext-secret {2}Environment variable/),
    ]);
  });

  test('summary line last; a failing run that is also incomplete says both, with what was not checked and why', () => {
    const lines = renderText(fullReport(), meta(), { color: false }).trimEnd().split('\n');
    expect(lines.at(-2)).toBe(
      'Not checked: 1 file could not be read: modules/broken/main.tf (Unexpected "}" at line 9, column 3.). ' +
        '1 resource could not be verified: aws_ecs_task_definition.batch (AccessDeniedException: not authorized to perform ecs:DescribeTaskDefinition). ' +
        '2 values not evaluated: module.remote (main.tf:80) (Remote module "git::https://example.com/m.git" has no known schema.); ' +
        'aws_ecs_task_definition.dynamic (modules/api/tasks.tf:5) (container_definitions comes from data.aws_ssm_parameter.defs (a data source).)',
    );
    expect(lines.at(-1)).toBe(
      'FAIL + INCOMPLETE  6 blocking at or above high · 4 findings (1 critical, 2 high, 1 medium, 0 low) · 3 suppressed (1 permanent) · ' +
        '1 expired exception · drift: 1 drifted, 1 missing, 1 unmanaged, 1 unverified, 2 in sync · 2 not evaluated · 1 error',
    );
  });

  test('sections for drift, not evaluated and errors', () => {
    const text = renderText(fullReport(), meta(), { color: false });
    expect(text).toContain('Drift (4 of 6 resources need attention)');
    expect(text).toContain('      security  network_configuration.assign_public_ip: expected false, live true');
    expect(text).toContain('Not evaluated (2)\n  main.tf:80  module.remote  Remote module');
    expect(text).toContain('Errors (1)\n  modules/broken/main.tf  Unexpected "}" at line 9, column 3.');
  });

  test('an empty report is just a passing summary line', () => {
    expect(renderText(emptyReport(), meta(), { color: false })).toBe(
      'PASS  0 blocking at or above high · 0 findings (0 critical, 0 high, 0 medium, 0 low) · 0 suppressed (0 permanent) · 0 not evaluated · 0 errors\n',
    );
  });

  test('terminal escapes and line breaks in user strings are stripped', () => {
    const report = emptyReport();
    report.findings = [finding({
      ruleId: 'ecs-container-privileged',
      resource: `aws_ecs_task_definition.x${ESC}[2J${ESC}]0;pwned\u0007`,
      message: `line one\nFAKE  0 blocking${ESC}[1A`,
    })];
    const text = renderText(report, meta(), { color: false });
    expect(text).not.toContain(ESC);
    expect(text).not.toContain('\u0007');
    const findingLines = text.split('\n').filter((l) => l.includes('ecs-container-privileged'));
    expect(findingLines).toHaveLength(1);
    expect(findingLines[0]).toContain('line one FAKE  0 blocking[1A');
  });
});
