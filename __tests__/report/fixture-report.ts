// A report that exercises every section of every renderer, including hostile strings.
import type { DriftResult, Finding, Report } from '../../src/report/model.js';
import type { RenderMeta, RuleMeta } from '../../src/report/render-meta.js';
import { ruleHelpUri } from '../../src/policy/rule.js';

export const NOW = new Date('2025-06-01T12:00:00Z');

function rule(id: string, severity: RuleMeta['severity'], title: string, references: string[] = []): RuleMeta {
  return { id, severity, title, description: `${title}: why it matters.`, fix: `Fix ${id}.`, references, helpUri: ruleHelpUri(id) };
}

export const RULES: RuleMeta[] = [
  rule('ecs-container-privileged', 'high', 'Container runs privileged', ['SH ECS.4', 'CKV_AWS_334']),
  rule('ecs-container-plaintext-secret', 'high', 'Plaintext secret in container environment', ['SH ECS.8']),
  rule('ecs-container-root-user', 'medium', 'Container runs as root', ['SH ECS.20']),
  rule('ecs-container-image-not-pinned', 'medium', 'Container image not pinned'),
  rule('ecs-cluster-no-container-insights', 'low', 'Container Insights disabled', ['SH ECS.12']),
  rule('ecs-service-public-ip', 'high', 'Service assigns public IPs', ['SH ECS.2']),
];

export function meta(overrides: Partial<RenderMeta> = {}): RenderMeta {
  return { toolVersion: '0.1.0', rules: RULES, now: NOW, failOn: 'high', ...overrides };
}

export function finding(overrides: Partial<Finding> & Pick<Finding, 'ruleId'>): Finding {
  const r = RULES.find((x) => x.id === overrides.ruleId);
  return {
    severity: r?.severity ?? 'medium',
    title: r?.title ?? overrides.ruleId,
    message: 'Something is wrong here.',
    file: 'modules/api/main.tf',
    startLine: 1,
    endLine: 1,
    resource: 'aws_ecs_task_definition.app',
    module: 'modules/api',
    references: r?.references ?? [],
    suppressed: null,
    fingerprint: `fp-${overrides.ruleId}-${overrides.resource ?? 'app'}-${overrides.startLine ?? 1}`,
    attributePath: 'container_definitions[app]',
    helpUri: ruleHelpUri(overrides.ruleId),
    fix: r ? `Fix ${r.id}.` : 'Fix it.',
    ...overrides,
  };
}

export const FINDINGS: Finding[] = [
  finding({
    ruleId: 'ecs-container-plaintext-secret',
    severity: 'critical',
    message: 'Environment variable AWS_SECRET_ACCESS_KEY in container "app" holds a literal value (wJal…, 40 chars) in a known credential format.',
    startLine: 24,
    endLine: 24,
    attributePath: 'container_definitions[app].environment[AWS_SECRET_ACCESS_KEY]',
  }),
  finding({ ruleId: 'ecs-container-privileged', message: 'Container "app" runs privileged.', startLine: 18, endLine: 18 }),
  finding({
    ruleId: 'ecs-container-root-user',
    message: 'Container "app" has no `user`, so it runs as root.',
    startLine: 12,
    endLine: 30,
    expiredSuppression: { kind: 'config', until: '2025-05-01', reason: 'Migration to non-root image', owner: '@acme/platform' },
  }),
  finding({
    ruleId: 'ecs-container-image-not-pinned',
    message: 'Image "nginx:latest" uses the mutable tag `latest`.',
    startLine: 14,
    endLine: 14,
    suppressed: { kind: 'config', until: '2025-06-10', reason: 'Pinned in release 42', owner: '@acme/api-team' },
  }),
  finding({
    ruleId: 'ecs-cluster-no-container-insights',
    file: 'main.tf',
    module: '.',
    resource: 'aws_ecs_cluster.main',
    message: 'Cluster "main" has Container Insights disabled.',
    startLine: 3,
    endLine: 3,
    suppressed: { kind: 'inline', until: null, reason: 'Cost; metrics come from Datadog', owner: null },
  }),
  finding({
    ruleId: 'ecs-service-public-ip',
    file: 'modules/edge service/main.tf',
    module: 'modules/edge service',
    // Hostile names: a mention, a hidden marker, HTML, a pipe, a backtick and a link.
    resource: 'aws_ecs_service.edge["@octocat|`x`"]',
    message: 'Service assigns public IPs. @octocat please look <!-- drift-guard:fingerprint=evil --> <img src=x onerror=alert(1)> | [click](https://evil.example) `code`',
    startLine: 40,
    endLine: 42,
  }),
  finding({
    ruleId: 'ecs-container-privileged',
    file: 'modules/edge service/main.tf',
    module: 'modules/edge service',
    resource: 'aws_ecs_task_definition.edge',
    message: 'Container "edge" runs privileged.',
    startLine: 7,
    endLine: 7,
    suppressed: { kind: 'config', until: '2026-01-31', reason: 'Needs raw sockets until the v2 proxy ships', owner: '@acme/edge' },
  }),
];

export const DRIFT: DriftResult[] = [
  {
    address: 'module.api.aws_ecs_service.api',
    module: 'modules/api',
    stateFile: 'states/api.tfstate',
    type: 'aws_ecs_service',
    id: 'arn:aws:ecs:eu-west-1:123456789012:service/main/api',
    status: 'drifted',
    reason: 'Live service differs from state.',
    file: 'modules/api/main.tf',
    line: 50,
    region: 'eu-west-1',
    differences: [
      { path: 'desired_count', expected: 2, actual: 6, class: 'expected', why: 'Application Auto Scaling manages desired_count' },
      { path: 'deployment_maximum_percent', expected: 200, actual: 150, class: 'config' },
      { path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security' },
      { path: 'task_definition', expected: 'api:41', actual: 'api:43', class: 'security' },
    ],
  },
  {
    address: 'aws_ecs_service.worker',
    module: '.',
    stateFile: 's3://tf-state/prod/terraform.tfstate',
    type: 'aws_ecs_service',
    id: 'worker',
    status: 'missing',
    reason: 'DescribeServices returned MISSING.',
    differences: [],
  },
  {
    address: 'arn:aws:ecs:eu-west-1:123456789012:service/main/debug',
    module: '.',
    stateFile: 's3://tf-state/prod/terraform.tfstate',
    type: 'aws_ecs_service',
    id: 'arn:aws:ecs:eu-west-1:123456789012:service/main/debug',
    status: 'unmanaged',
    reason: 'Service runs in managed cluster "main" but no state declares it.',
    differences: [],
  },
  {
    address: 'aws_ecs_task_definition.batch',
    module: '.',
    stateFile: 's3://tf-state/prod/terraform.tfstate',
    type: 'aws_ecs_task_definition',
    id: 'batch:7',
    status: 'unverified',
    reason: 'AccessDeniedException: not authorized to perform ecs:DescribeTaskDefinition',
    differences: [],
    file: 'main.tf',
    line: 60,
  },
  {
    address: 'aws_ecs_cluster.main',
    module: '.',
    stateFile: 's3://tf-state/prod/terraform.tfstate',
    type: 'aws_ecs_cluster',
    id: 'main',
    status: 'in_sync',
    reason: '',
    differences: [{ path: 'statistics', expected: null, actual: [{ name: 'runningEC2TasksCount', value: '3' }], class: 'ignored', why: 'runtime field' }],
  },
  {
    address: 'aws_ecs_cluster.spare',
    module: '.',
    stateFile: 's3://tf-state/prod/terraform.tfstate',
    type: 'aws_ecs_cluster',
    id: 'spare',
    status: 'in_sync',
    reason: '',
    differences: [],
  },
];

export function fullReport(): Report {
  return {
    findings: FINDINGS.map((f) => ({ ...f })),
    drift: DRIFT.map((d) => ({ ...d })),
    notEvaluated: [
      { resource: 'aws_ecs_task_definition.dynamic', file: 'modules/api/tasks.tf', line: 5, why: 'container_definitions comes from data.aws_ssm_parameter.defs (a data source).' },
      { resource: 'module.remote', file: 'main.tf', line: 80, why: 'Remote module "git::https://example.com/m.git" has no known schema.' },
    ],
    errors: [{ file: 'modules/broken/main.tf', message: 'Unexpected "}" at line 9, column 3.' }],
    modules: ['.', 'modules/api', 'modules/edge service'],
  };
}
