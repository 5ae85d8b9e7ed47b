// Renderers print only what findings and drift results carry. Rules reduce a secret to its
// first 4 characters and its length, and drift reduces secret values to a hash; this checks
// that no output format reconstructs or leaks the full value from anything else.
import { createHash } from 'node:crypto';
import { toAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { emptyReport, type Report } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { finding, meta } from './fixture-report.js';

const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

// The same reduction the plaintext-secret rule applies (RULES.md: first 4 characters and length).
function redact(value: string): string {
  return `${value.slice(0, 4)}…, ${value.length} chars`;
}

function hashed(value: string): string {
  return `sha256:${createHash('sha256').update(value).digest('hex')}`;
}

function plantedReport(): Report {
  const report = emptyReport();
  report.findings = [
    finding({
      ruleId: 'ecs-container-plaintext-secret',
      severity: 'critical',
      message: `Environment variable AWS_SECRET_ACCESS_KEY in container "app" holds a literal value (${redact(SECRET)}).`,
      attributePath: 'container_definitions[app].environment[AWS_SECRET_ACCESS_KEY]',
    }),
  ];
  report.drift = [{
    address: 'aws_ecs_task_definition.app',
    module: '.',
    stateFile: 'terraform.tfstate',
    type: 'aws_ecs_task_definition',
    id: 'app:3',
    status: 'drifted',
    reason: 'Live task definition differs from state.',
    file: 'main.tf',
    line: 5,
    differences: [{
      path: 'container_definitions[app].environment[DB_PASSWORD]',
      expected: hashed('old-password-value'),
      actual: hashed(SECRET),
      class: 'security',
    }],
  }];
  return report;
}

describe('no format contains a planted secret', () => {
  const report = plantedReport();
  const outputs: Record<string, string> = {
    json: renderJson(report, meta()),
    sarif: renderSarif(report, meta()),
    markdown: renderMarkdownReport(report, meta()),
    text: renderText(report, meta(), { color: false }),
    textColor: renderText(report, meta(), { color: true }),
    annotations: JSON.stringify(toAnnotations(report, meta())),
  };

  test.each(Object.keys(outputs))('%s', (format) => {
    const out = outputs[format]!;
    expect(out).not.toContain(SECRET);
    // Nor any longer fragment than the rule's 4-character prefix.
    expect(out).not.toContain(SECRET.slice(0, 5));
    expect(out).not.toContain(SECRET.slice(4));
    // What the finding and the drift carry is shown, so the test is not vacuous.
    expect(out).toContain('wJal…, 40 chars');
    expect(out).toContain(hashed(SECRET).slice(0, 20));
  });
});
