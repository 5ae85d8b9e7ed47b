import { renderJson, toJsonReport } from '../../src/report/json.js';
import { emptyReport } from '../../src/report/model.js';
import { fullReport, meta } from './fixture-report.js';

const FINDING_KEYS = [
  'ruleId', 'severity', 'title', 'message', 'file', 'startLine', 'endLine', 'resource', 'module', 'references', 'suppressed',
];
const DRIFT_KEYS = ['address', 'module', 'stateFile', 'type', 'id', 'status', 'reason', 'differences'];

describe('toJsonReport (version 1 contract)', () => {
  const json = toJsonReport(fullReport(), meta());

  test('top-level keys, version and tool', () => {
    expect(Object.keys(json)).toEqual(['version', 'tool', 'findings', 'drift', 'notEvaluated', 'errors', 'summary']);
    expect(json.version).toBe(1);
    expect(json.tool).toEqual({ name: 'ecs-drift-guard', version: '0.1.0' });
  });

  test('findings carry exactly the contract keys, in order, then the documented extras', () => {
    expect(json.findings).toHaveLength(7);
    for (const f of json.findings) {
      expect(Object.keys(f).slice(0, FINDING_KEYS.length)).toEqual(FINDING_KEYS);
      expect(Object.keys(f).slice(FINDING_KEYS.length)).toEqual(['fingerprint', 'helpUri', 'expiredSuppression']);
      expect(Array.isArray(f.references)).toBe(true);
      expect(f.startLine).toBeGreaterThanOrEqual(1);
      if (f.suppressed !== null) expect(Object.keys(f.suppressed)).toEqual(['kind', 'until', 'reason', 'owner']);
    }
  });

  test('internal fields stay out', () => {
    const text = JSON.stringify(json);
    expect(text).not.toContain('attributePath');
    expect(text).not.toContain('"fix"');
  });

  test('suppressed findings stay in, with kind/until/reason/owner', () => {
    const permanent = json.findings.find((f) => f.ruleId === 'ecs-cluster-no-container-insights')!;
    expect(permanent.suppressed).toEqual({ kind: 'inline', until: null, reason: 'Cost; metrics come from Datadog', owner: null });
    const expired = json.findings.find((f) => f.ruleId === 'ecs-container-root-user')!;
    expect(expired.suppressed).toBeNull();
    expect(expired.expiredSuppression).toEqual({ kind: 'config', until: '2025-05-01', reason: 'Migration to non-root image', owner: '@acme/platform' });
  });

  test('findings in source order: file, then line', () => {
    const order = json.findings.map((f) => `${f.file}:${f.startLine}`);
    expect(order).toEqual([
      'main.tf:3',
      'modules/api/main.tf:12',
      'modules/api/main.tf:14',
      'modules/api/main.tf:18',
      'modules/api/main.tf:24',
      'modules/edge service/main.tf:7',
      'modules/edge service/main.tf:40',
    ]);
  });

  test('drift entries carry exactly the contract keys; differences path/expected/actual/class, then why when given', () => {
    expect(json.drift).toHaveLength(6);
    for (const d of json.drift) {
      expect(Object.keys(d)).toEqual(DRIFT_KEYS);
      // The contract's keys in order; `why` (expected/ignored differences) may follow.
      for (const diff of d.differences) {
        expect(Object.keys(diff).slice(0, 4)).toEqual(['path', 'expected', 'actual', 'class']);
        expect(Object.keys(diff).slice(4)).toEqual(diff.why ? ['why'] : []);
      }
    }
    const api = json.drift.find((d) => d.address === 'module.api.aws_ecs_service.api')!;
    expect(api.differences).toContainEqual({ path: 'network_configuration.assign_public_ip', expected: false, actual: true, class: 'security' });
  });

  test('notEvaluated and errors', () => {
    expect(json.notEvaluated.map((n) => Object.keys(n))).toEqual([['resource', 'file', 'line', 'why'], ['resource', 'file', 'line', 'why']]);
    expect(json.errors).toEqual([{ file: 'modules/broken/main.tf', message: 'Unexpected "}" at line 9, column 3.' }]);
  });

  test('summary counts', () => {
    expect(json.summary).toEqual({
      failOn: 'high',
      passed: false,
      verdict: 'fail',
      incomplete: {
        items: [
          { kind: 'file', what: 'modules/broken/main.tf', why: 'Unexpected "}" at line 9, column 3.' },
          { kind: 'resource', what: 'aws_ecs_task_definition.batch', why: 'AccessDeniedException: not authorized to perform ecs:DescribeTaskDefinition' },
          { kind: 'value', what: 'module.remote (main.tf:80)', why: 'Remote module "git::https://example.com/m.git" has no known schema.' },
          { kind: 'value', what: 'aws_ecs_task_definition.dynamic (modules/api/tasks.tf:5)', why: 'container_definitions comes from data.aws_ssm_parameter.defs (a data source).' },
        ],
        reason: expect.stringMatching(/^1 file could not be read: modules\/broken\/main\.tf \(Unexpected/),
        headline: '1 file could not be read, 1 resource could not be verified, 2 values not evaluated',
        accepted: false,
      },
      findings: 4,
      bySeverity: { critical: 1, high: 2, medium: 1, low: 0 },
      suppressed: 3,
      permanentSuppressions: 1,
      expiredSuppressions: 1,
      // critical secret + privileged + public IP; drift: drifted (security), missing, unmanaged.
      blocking: 6,
      drift: { drifted: 1, missing: 1, unmanaged: 1, unverified: 1, in_sync: 2 },
      notEvaluated: 2,
      errors: 1,
    });
  });

  test('blocking follows failOn', () => {
    expect(toJsonReport(fullReport(), meta({ failOn: 'critical' })).summary.blocking).toBe(1);
    expect(toJsonReport(fullReport(), meta({ failOn: 'medium' })).summary.blocking).toBe(7);
    const none = toJsonReport(fullReport(), meta({ failOn: 'none' })).summary;
    expect(none.blocking).toBe(0);
    // Nothing blocks, but the fixture holds an unread file: incomplete does not pass unless accepted.
    expect(none.verdict).toBe('incomplete');
    expect(none.passed).toBe(false);
    const accepted = toJsonReport(fullReport(), meta({ failOn: 'none', allowIncomplete: true })).summary;
    expect(accepted).toMatchObject({ verdict: 'incomplete', passed: true, incomplete: { accepted: true } });
  });

  test('phases (action runs): after the contract keys, each with name, outcome and error; absent for the CLI', () => {
    const phases = [
      { name: 'Review comments on the diff', outcome: 'success' as const, error: null },
      { name: 'Policy status', outcome: 'failure' as const, error: 'POST /repos/acme/infra/statuses/abc → 500: Server Error (check: GitHub had a server error; re-run the job)' },
    ];
    const withPhases = toJsonReport(fullReport(), meta(), phases);
    expect(Object.keys(withPhases)).toEqual(['version', 'tool', 'findings', 'drift', 'notEvaluated', 'errors', 'summary', 'phases']);
    expect(withPhases.phases).toEqual(phases);
    expect(withPhases.version).toBe(1);
    expect('phases' in json).toBe(false);
  });

  test('an empty report is valid and passes', () => {
    const empty = toJsonReport(emptyReport(), meta());
    expect(empty.findings).toEqual([]);
    expect(empty.summary.passed).toBe(true);
    expect(empty.summary.bySeverity).toEqual({ critical: 0, high: 0, medium: 0, low: 0 });
  });
});

describe('renderJson', () => {
  test('stable: the same report in any order gives the same bytes', () => {
    const a = fullReport();
    const b = fullReport();
    b.findings.reverse();
    b.drift.reverse();
    b.notEvaluated.reverse();
    expect(renderJson(b, meta())).toBe(renderJson(a, meta()));
  });

  test('pretty, parseable, newline-terminated', () => {
    const text = renderJson(fullReport(), meta());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "version": 1,');
    expect(JSON.parse(text)).toEqual(toJsonReport(fullReport(), meta()));
  });

  test('undefined drift values become null', () => {
    const report = fullReport();
    report.drift = [{ ...report.drift[0]!, differences: [{ path: 'tags.team', expected: 'api', actual: undefined, class: 'config' }] }];
    const parsed = JSON.parse(renderJson(report, meta()));
    expect(parsed.drift[0].differences[0]).toEqual({ path: 'tags.team', expected: 'api', actual: null, class: 'config' });
  });
});
