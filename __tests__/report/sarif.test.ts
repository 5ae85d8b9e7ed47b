import { emptyReport } from '../../src/report/model.js';
import { renderSarif, toArtifactUri, toSarif } from '../../src/report/sarif.js';
import { SARIF_SCHEMA_PATH, sarifSchema, sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { fullReport, meta } from './fixture-report.js';

function expectValid(log: unknown): void {
  expect(sarifSchemaErrors(log)).toEqual([]);
}

describe('SARIF 2.1.0', () => {
  test('the schema rejects a broken log (the validator is really checking)', () => {
    const log = toSarif(fullReport(), meta()) as unknown as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    expect(sarifSchemaErrors(log)).not.toEqual([]);
    const log2 = toSarif(fullReport(), meta()) as unknown as { runs: { results: { suppressions?: Record<string, unknown>[] }[] }[] };
    log2.runs[0]!.results.find((r) => r.suppressions)!.suppressions![0]!.kind = 'ignored';
    expect(sarifSchemaErrors(log2)).not.toEqual([]);
  });

  test('the schema is the SARIF 2.1.0 schema of an installed npm package, and its patterns and formats check', () => {
    expect(SARIF_SCHEMA_PATH).toMatch(/node_modules[\\/]@microsoft[\\/]jest-sarif[\\/]/);
    expect(sarifSchema.title).toContain('SARIF) Version 2.1.0');
    const log = toSarif(fullReport(), meta({ run: { mode: 'scan' } })) as unknown as { runs: Record<string, Record<string, unknown>>[] };
    log.runs[0]!.automationDetails!.guid = 'not-a-guid';
    expect(sarifSchemaErrors(log).map((e) => e.instancePath)).toEqual(['/runs/0/automationDetails/guid']);
    const log2 = toSarif(fullReport(), meta()) as unknown as { runs: { invocations: Record<string, unknown>[] }[] };
    log2.runs[0]!.invocations[0]!.endTimeUtc = 'yesterday';
    expect(sarifSchemaErrors(log2).map((e) => e.instancePath)).toEqual(['/runs/0/invocations/0/endTimeUtc']);
  });

  test('the full report validates against the official schema', () => {
    expectValid(toSarif(fullReport(), meta()));
  });

  test('an empty report validates', () => {
    expectValid(toSarif(emptyReport(), meta({ rules: [] })));
  });

  const log = toSarif(fullReport(), meta());
  const run = log.runs[0];
  const driver = run.tool.driver;

  test('one run; driver name, version, informationUri', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(driver.name).toBe('ecs-drift-guard');
    expect(driver.version).toBe('0.1.0');
    expect(driver.informationUri).toMatch(/^https:\/\//);
  });

  test('rules: every policy rule and every drift class, with help, level and security-severity', () => {
    expect(driver.rules.map((r) => r.id)).toEqual([
      'ecs-container-privileged',
      'ecs-container-plaintext-secret',
      'ecs-container-root-user',
      'ecs-container-image-not-pinned',
      'ecs-cluster-no-container-insights',
      'ecs-service-public-ip',
      'drift-security',
      'drift-config',
      'drift-missing',
      'drift-unmanaged',
    ]);
    const privileged = driver.rules[0]!;
    expect(privileged).toMatchObject({
      name: 'ecs-container-privileged',
      shortDescription: { text: 'Container runs privileged' },
      fullDescription: { text: 'Container runs privileged: why it matters.' },
      helpUri: 'https://github.com/ecs-drift-guard/ecs-drift-guard/blob/main/docs/rules/ecs-container-privileged.md',
      defaultConfiguration: { level: 'error' },
      properties: { 'security-severity': '8.0' },
    });
    expect(privileged.help.text).toContain('Fix ecs-container-privileged.');
    expect(privileged.help.text).toContain('SH ECS.4; CKV_AWS_334');
    expect(privileged.help.markdown).toContain('**Fix:**');
    expect(privileged.properties.tags).toContain('security');
    const bySeverity = Object.fromEntries(driver.rules.map((r) => [r.id, [r.defaultConfiguration.level, r.properties['security-severity']]]));
    expect(bySeverity['ecs-container-root-user']).toEqual(['warning', '5.5']);
    expect(bySeverity['ecs-cluster-no-container-insights']).toEqual(['note', '3.0']);
    expect(bySeverity['drift-config']).toEqual(['warning', '5.5']);
  });

  test('results: ruleIndex points at the rule; level from the finding severity', () => {
    for (const r of run.results) expect(driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const secret = run.results.find((r) => r.ruleId === 'ecs-container-plaintext-secret')!;
    expect(secret.level).toBe('error');
    expect(secret.message.text).toContain('AWS_SECRET_ACCESS_KEY');
    expect(secret.partialFingerprints).toEqual({ 'ecsDriftGuardFinding/v1': 'fp-ecs-container-plaintext-secret-app-24' });
    expect(secret.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'modules/api/main.tf', uriBaseId: '%SRCROOT%' }, region: { startLine: 24, endLine: 24 } } },
    ]);
    expect(run.results.find((r) => r.ruleId === 'ecs-container-root-user')!.level).toBe('warning');
  });

  test('repo-relative URIs are percent-encoded per segment', () => {
    const edge = run.results.find((r) => r.ruleId === 'ecs-service-public-ip')!;
    expect(edge.locations[0]!.physicalLocation.artifactLocation.uri).toBe('modules/edge%20service/main.tf');
    expect(edge.locations[0]!.physicalLocation.region).toEqual({ startLine: 40, endLine: 42 });
    expect(toArtifactUri('./a\\b/c#d.tf')).toBe('a/b/c%23d.tf');
  });

  test('suppressed findings stay, with inSource/external suppressions', () => {
    const suppressed = run.results.filter((r) => r.suppressions);
    expect(suppressed).toHaveLength(3);
    const inline = run.results.find((r) => r.ruleId === 'ecs-cluster-no-container-insights')!;
    expect(inline.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'Cost; metrics come from Datadog', properties: { owner: null, until: null } },
    ]);
    const config = run.results.find((r) => r.ruleId === 'ecs-container-image-not-pinned')!;
    expect(config.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Pinned in release 42', properties: { owner: '@acme/api-team', until: '2025-06-10' } },
    ]);
    const expired = run.results.find((r) => r.ruleId === 'ecs-container-root-user')!;
    expect(expired.suppressions).toBeUndefined();
    expect(expired.properties.expiredSuppression).toEqual({ kind: 'config', until: '2025-05-01', owner: '@acme/platform' });
  });

  test('drift: one result per class for drifted resources, plus missing and unmanaged', () => {
    const drift = run.results.filter((r) => r.ruleId.startsWith('drift-'));
    expect(drift.map((r) => `${r.ruleId} ${r.properties.resource}`)).toEqual([
      'drift-security module.api.aws_ecs_service.api',
      'drift-config module.api.aws_ecs_service.api',
      'drift-missing aws_ecs_service.worker',
      'drift-unmanaged arn:aws:ecs:eu-west-1:123456789012:service/main/debug',
    ]);
    const [security, config, missing] = drift;
    expect(security!.level).toBe('error');
    expect(config!.level).toBe('warning');
    expect(security!.message.text).toContain('network_configuration.assign_public_ip: expected false, live true');
    expect(security!.message.text).toContain('task_definition: expected "api:41", live "api:43"');
    expect(security!.message.text).not.toContain('desired_count');
    expect(config!.message.text).toContain('deployment_maximum_percent');
    // Declaring file when known; an S3 state has no file in the repository.
    expect(security!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'modules/api/main.tf', uriBaseId: '%SRCROOT%' },
      region: { startLine: 50, endLine: 50 },
    });
    expect(missing!.locations).toEqual([]);
    expect(security!.partialFingerprints['ecsDriftGuardDrift/v1']).toMatch(/^[0-9a-f]{32}$/);
    expect(security!.partialFingerprints['ecsDriftGuardDrift/v1']).not.toBe(config!.partialFingerprints['ecsDriftGuardDrift/v1']);
  });

  test('errors, not-evaluated and unverified drift are tool notifications', () => {
    const invocation = run.invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.endTimeUtc).toBe('2025-06-01T12:00:00.000Z');
    expect(invocation.toolExecutionNotifications.map((n) => `${n.level} ${n.descriptor.id}`)).toEqual([
      'error input-error',
      'note not-evaluated',
      'note not-evaluated',
      'warning drift-unverified',
    ]);
  });

  test('a finding whose rule is not in meta still gets a rule', () => {
    const report = fullReport();
    report.findings = [{ ...report.findings[0]!, ruleId: 'ecs-task-host-pid', title: 'Task shares the host PID namespace', severity: 'high' }];
    const sarif = toSarif(report, meta());
    const result = sarif.runs[0].results[0]!;
    expect(sarif.runs[0].tool.driver.rules[result.ruleIndex]!.id).toBe('ecs-task-host-pid');
    expectValid(sarif);
  });

  test('renderSarif is stable JSON text', () => {
    const a = fullReport();
    const b = fullReport();
    b.findings.reverse();
    b.drift.reverse();
    expect(renderSarif(b, meta())).toBe(renderSarif(a, meta()));
    expect(JSON.parse(renderSarif(a, meta())).version).toBe('2.1.0');
  });
});
