// No secret in any drift output (issue 12 item 3, DESIGN.md "Drift"): secret values planted on
// both sides of a task definition and a service go through the real views, comparison and
// classification, then through every renderer and the drift issue body. No 5-character piece of
// a planted value, and no SHA-256 of one, may appear anywhere; each secret difference still says
// what happened (changed / added / removed) and the Adopt snippet writes a variable instead.
// The planted values are assembled at run time so that no credential-format literal sits in the
// repository (GitHub push protection).
import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { classifyDifference, type ClassificationContext } from '../../src/drift/classify.js';
import { compareViews } from '../../src/drift/compare.js';
import { liveServiceAsState, serviceViews } from '../../src/drift/resources/service.js';
import { liveTaskDefinitionAsState, taskDefinitionView } from '../../src/drift/resources/task-definition.js';
import { adoptSnippet, renderDriftIssueBody } from '../../src/github/drift-issues.js';
import { toAnnotations } from '../../src/report/annotations.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { emptyReport, type DriftDifference, type DriftResult } from '../../src/report/model.js';
import { renderSarif } from '../../src/report/sarif.js';
import { renderText } from '../../src/report/text.js';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { meta } from '../report/fixture-report.js';

const join = (...parts: string[]): string => parts.join('');
const PLANTED = {
  envOld: join('Hunt', 'er2-', 'old-Pw'),
  envNew: join('Qx7v', 'Lp2m', 'Wz9k'),
  splunk: join('B5e1', 'c2d4', '-9f0a-', '4c3b-8d7e'),
  apikeyOption: join('k9Zp', 'R2xV', 'm7Qw', 'T4nB', 'y8Lc'),
  commandPassword: join('S3cr', 'et-Aq', 'gZm7!'),
  label: join('Lbl-', 'Tok3n', '-v4lue'),
  ghToken: join('gh', 'p_', 'R4nd0mFake', 'T0kenF0rTest', '1ngOnly0000abc'),
  tag: join('T4g-', 'S3cret', '-V4l'),
};

function container(env: string, options: Record<string, string>, command: string[], labels: Record<string, string>) {
  return { name: 'app', image: 'app:1', environment: [{ name: 'DB_PASSWORD', value: env }], command, dockerLabels: labels, logConfiguration: { logDriver: 'splunk' as const, options } };
}

const stateContainers = [container(PLANTED.envOld, { 'splunk-url': 'https://splunk.example.com' }, ['serve', '--port', '80'], { team: 'api' })];
const liveContainers = [container(
  PLANTED.envNew,
  { 'splunk-url': 'https://splunk.example.com', 'splunk-token': PLANTED.splunk, apikey: PLANTED.apikeyOption },
  ['serve', `--password=${PLANTED.commandPassword}`, '--slack', PLANTED.ghToken],
  { team: 'api', api_key: PLANTED.label },
)];

const tdContext: ClassificationContext = { resourceType: 'aws_ecs_task_definition', address: 'aws_ecs_task_definition.app', ignoreChanges: [], expected: [], ignore: [] };
const svcContext: ClassificationContext = { ...tdContext, resourceType: 'aws_ecs_service', address: 'aws_ecs_service.app' };

function differences(): { td: DriftDifference[]; svc: DriftDifference[] } {
  const td = compareViews(
    taskDefinitionView({ family: 'app', network_mode: 'awsvpc', container_definitions: JSON.stringify(stateContainers) }),
    taskDefinitionView(liveTaskDefinitionAsState({ family: 'app', networkMode: 'awsvpc', containerDefinitions: liveContainers }, [])),
  ).map((d) => classifyDifference(d, tdContext));
  const svc = compareViews(...serviceViews(
    { name: 'app', cluster: 'prod', desired_count: 1, tags_all: { Team: 'api' } },
    liveServiceAsState({ serviceName: 'app', clusterArn: 'arn:aws:ecs:us-east-1:1:cluster/prod', desiredCount: 1, tags: [{ key: 'Team', value: 'api' }, { key: 'deploy_token', value: PLANTED.tag }] }),
  )).map((d) => classifyDifference(d, svcContext));
  return { td, svc };
}

function result(address: string, type: string, diffs: DriftDifference[]): DriftResult {
  return { address, module: '.', stateFile: 'terraform.tfstate', type, id: address, status: 'drifted', reason: 'drifted', file: 'main.tf', line: 1, differences: diffs };
}

describe('secret drift', () => {
  const { td, svc } = differences();
  const byPath = Object.fromEntries([...td, ...svc].map((d) => [d.path, d]));

  it('finds every planted change and says what happened without the value', () => {
    expect(Object.keys(byPath).sort()).toEqual([
      'container_definitions[app].command',
      'container_definitions[app].dockerLabels[api_key]',
      'container_definitions[app].environment[DB_PASSWORD]',
      'container_definitions[app].logConfiguration.options[apikey]',
      'container_definitions[app].logConfiguration.options[splunk-token]',
      'tags[deploy_token]',
    ]);
    expect(byPath['container_definitions[app].environment[DB_PASSWORD]']).toMatchObject({ expected: '(secret)', actual: '(secret)', why: 'secret value changed (values are never shown)', class: 'security' });
    expect(byPath['container_definitions[app].logConfiguration.options[splunk-token]']).toMatchObject({ expected: null, actual: '(secret)', why: 'secret value added (values are never shown)' });
    expect(byPath['tags[deploy_token]']).toMatchObject({ expected: null, actual: '(secret)' });
    // Only the secret arguments are hidden; the rest of the command stays readable.
    expect(byPath['container_definitions[app].command']!.actual).toEqual(['serve', '(secret)', '--slack', '(secret)']);
    // A label or option that does not look secret is shown as it is.
    expect(compareViews(
      taskDefinitionView({ family: 'a', container_definitions: JSON.stringify([{ name: 'a', dockerLabels: { team: 'api' } }]) }),
      taskDefinitionView({ family: 'a', container_definitions: JSON.stringify([{ name: 'a', dockerLabels: { team: 'web' } }]) }),
    ).map((d) => classifyDifference(d, tdContext))).toEqual([{ path: 'container_definitions[a].dockerLabels[team]', expected: 'api', actual: 'web', class: 'config' }]);
  });

  it('never shows a planted value, a piece of one, or a hash of one, in any output', () => {
    const report = emptyReport();
    report.drift = [result('aws_ecs_task_definition.app', 'aws_ecs_task_definition', td), result('aws_ecs_service.app', 'aws_ecs_service', svc)];
    const issue = (r: DriftResult) => renderDriftIssueBody({
      result: r, routing: { owners: ['@acme/platform'], ownedPath: 'main.tf' }, owner: 'acme', repo: 'infra', serverUrl: 'https://github.com',
      defaultBranchSha: 'a'.repeat(40), now: new Date('2026-01-01T00:00:00Z'),
    });
    const outputs: Record<string, string> = {
      json: renderJson(report, meta()),
      sarif: renderSarif(report, meta()),
      markdown: renderMarkdownReport(report, meta()),
      text: renderText(report, meta(), { color: false }),
      annotations: JSON.stringify(toAnnotations(report, meta())),
      issueTaskDefinition: issue(report.drift[0]!),
      issueService: issue(report.drift[1]!),
      // The issue body's hidden state is base64: decode every such blob too.
      issueState: [issue(report.drift[0]!), issue(report.drift[1]!)].join('\n').split(/\s+/).filter((w) => /^[A-Za-z0-9+/]{40,}={0,2}$/.test(w)).map((w) => Buffer.from(w, 'base64').toString('utf8')).join('\n'),
    };
    expect(sarifSchemaErrors(outputs.sarif)).toEqual([]);
    const leaks: string[] = [];
    for (const [name, secret] of Object.entries(PLANTED)) {
      const hex = createHash('sha256').update(secret).digest('hex');
      for (const [where, text] of Object.entries(outputs)) {
        for (let i = 0; i + 5 <= secret.length; i++) if (text.includes(secret.slice(i, i + 5))) leaks.push(`${where} shows a piece of ${name}`);
        if (text.includes(hex.slice(0, 12))) leaks.push(`${where} shows a hash of ${name}`);
      }
    }
    expect(leaks).toEqual([]);
    // Not vacuous: the outputs do list the secret differences.
    expect(outputs.json).toContain('logConfiguration.options[splunk-token]');
    expect(outputs.issueTaskDefinition).toContain('environment[DB_PASSWORD]');
  });

  it('has the Adopt snippet write a variable, not the value', () => {
    const label = adoptSnippet(byPath['container_definitions[app].dockerLabels[api_key]']!);
    expect(adoptSnippet(byPath['tags[deploy_token]']!)).toBe('tags = {\n  # keep the other entries\n  "deploy_token" = var.tags_deploy_token\n}');
    expect(adoptSnippet(byPath['container_definitions[app].command']!)).toBe('# container_definitions = jsonencode([...]), in the container with name = "app":\ncommand = var.app_command');
    expect(label === null || !label.includes('(secret)')).toBe(true);
  });
});
