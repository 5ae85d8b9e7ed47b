// Hand-built reports and repository contents for the pull request publishing tests.
import type { Finding, Report, Severity } from '../../src/report/model.js';
import { emptyReport } from '../../src/report/model.js';
import { ruleHelpUri } from '../../src/policy/rule.js';

export function finding(partial: Partial<Finding> & Pick<Finding, 'ruleId' | 'file' | 'startLine'>): Finding {
  const severity: Severity = partial.severity ?? 'medium';
  return {
    severity,
    title: partial.ruleId.replace(/-/g, ' '),
    message: `Problem reported by ${partial.ruleId}.`,
    endLine: partial.startLine,
    resource: 'aws_ecs_task_definition.app',
    module: partial.file.includes('/') ? partial.file.slice(0, partial.file.lastIndexOf('/')) : '.',
    references: [],
    suppressed: null,
    fingerprint: `${partial.ruleId}:${partial.resource ?? 'aws_ecs_task_definition.app'}:${partial.attributePath ?? 'x'}`,
    attributePath: 'x',
    helpUri: ruleHelpUri(partial.ruleId),
    fix: 'Change the attribute as the rule documentation describes.',
    ...partial,
  };
}

export function report(findings: Finding[], modules: string[] = ['modules/app']): Report {
  return { ...emptyReport(), findings, modules };
}

/** 40 padding lines so that later edits make hunks far from the task definition. */
const PADDING = Array.from({ length: 40 }, (_, i) => `# line ${i + 1}`);

export function taskDefinitionFile(container: string[]): string {
  return [
    'resource "aws_ecs_task_definition" "app" {', // 1
    '  family = "app"', // 2
    '  container_definitions = jsonencode([', // 3
    '    {', // 4
    ...container.map((line) => `      ${line}`),
    '    }',
    '  ])',
    '}',
    ...PADDING,
    'resource "aws_ecs_cluster" "main" {',
    '  name = "main"',
    '}',
    '',
  ].join('\n');
}
