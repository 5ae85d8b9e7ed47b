// The drift issue body as pure rendering: escaping of user-controlled strings, the size limit,
// the Terraform shown for "adopt", and the unverified note.
import { adoptSnippet, driftFingerprint, driftIssueTitle, driftMarker, renderDriftIssueBody, withUnverifiedNote, type RenderDriftIssueInput } from '../../src/github/drift-issues.js';
import { MENTION_BREAKER } from '../../src/report/markdown-escape.js';
import { difference, drifted } from './drift-fixtures.js';

const NOW = new Date('2024-02-10T08:00:00Z');

function render(result = drifted('aws_ecs_service.api', 'modules/app', [difference('desired_count', 2, 5)]), extra: Partial<RenderDriftIssueInput> = {}): string {
  return renderDriftIssueBody({
    result,
    routing: { owners: ['@acme/platform'], ownedPath: result.file ?? 'x' },
    owner: 'acme',
    repo: 'infra',
    serverUrl: 'https://github.com',
    defaultBranchSha: 'a'.repeat(40),
    now: NOW,
    runUrl: 'https://github.com/acme/infra/actions/runs/1',
    ...extra,
  });
}

test('the fingerprint is the sha256 of state file and address, and the marker carries it', () => {
  const result = drifted('aws_ecs_service.api', 'modules/app', []);
  expect(driftFingerprint(result)).toMatch(/^[0-9a-f]{64}$/);
  expect(driftFingerprint({ ...result, stateFile: 'other.tfstate' })).not.toBe(driftFingerprint(result));
  expect(render(result).split('\n')[0]).toBe(driftMarker(driftFingerprint(result)));
});

test('user-controlled strings cannot mention, inject HTML or forge markers', () => {
  const evil = drifted('aws_ecs_service.x["@evil <!-- drift-guard:drift:0000 -->"]', 'modules/@team', [
    difference('tags[@owner]', '<img src=x>', '`@here` | <!-- -->\n<!-- drift-guard:drift-state:AAAA -->', 'config'),
    difference('runtime', 1, 2, 'ignored', 'Ignored because @someone said so <b>'),
  ], { reason: '@reason <script>', file: 'modules/@team/main.tf' });
  const body = render(evil);
  const lines = body.split('\n');
  // Exactly one fingerprint marker and one state marker, both ours.
  expect(lines.filter((l) => l.startsWith('<!-- drift-guard:drift:'))).toEqual([driftMarker(driftFingerprint(evil))]);
  expect(lines.filter((l) => l.startsWith('<!-- drift-guard:drift-state:'))).toHaveLength(1);
  // Outside code spans, mentions are broken and HTML is escaped.
  expect(body).toContain(`Ignored because @${MENTION_BREAKER}someone said so &lt;b&gt;`);
  // Values sit in code spans, which GitHub shows literally.
  expect(body).toContain('| `<img src=x>` |');
  expect(body).not.toContain('<b>');
  // Code spans inside the table keep the pipe from splitting the row.
  const row = lines.find((l) => l.includes('tags[@owner]'))!;
  expect(row.split(/(?<!\\)\|/).length).toBe(6);
  expect(driftIssueTitle({ ...evil, address: 'aws_ecs_service.a\u202e\nb' })).toBe('ECS drift: aws_ecs_service.a b');
});

test('the body stays under 65,536 characters and says how much it left out', () => {
  const huge = drifted(
    'aws_ecs_task_definition.big',
    'modules/app',
    Array.from({ length: 3000 }, (_, i) => difference(`container_definitions[c${i}].environment[VAR_${i}]`, 'x'.repeat(400), 'y'.repeat(400), i % 2 ? 'config' : 'security')),
  );
  const body = render(huge);
  expect(body.length).toBeLessThan(65536);
  expect(body).toMatch(/> \d+ more differences are not listed here to stay under GitHub's size limit; see \[the workflow run\]/);
  expect(body).toContain('<!-- drift-guard:drift-state:');
  expect(body).toContain('### How to resolve');
});

test('adopt shows the Terraform to write where the shape is clear', () => {
  expect(adoptSnippet(difference('desired_count', 2, 5))).toBe('desired_count = 5');
  expect(adoptSnippet(difference('deployment_circuit_breaker.rollback', false, true))).toBe('deployment_circuit_breaker {\n  rollback = true\n}');
  expect(adoptSnippet(difference('tags[team]', 'a', 'b'))).toBe('tags = {\n  # keep the other entries\n  "team" = "b"\n}');
  expect(adoptSnippet(difference('container_definitions[web].cpu', 256, 512))).toBe(
    '# container_definitions = jsonencode([...]), in the container with name = "web":\ncpu = 512',
  );
  expect(adoptSnippet(difference('network_configuration.subnets', ['a'], ['subnet-1', 'subnet-2']))).toBe('network_configuration {\n  subnets = ["subnet-1", "subnet-2"]\n}');
  // Hashed (possibly secret) values, removed attributes and objects are not written out.
  expect(adoptSnippet(difference('container_definitions[web].environment[TOKEN]', 'sha256:abc', 'sha256:def', 'security'))).toBeNull();
  expect(adoptSnippet(difference('enable_execute_command', true, null))).toBeNull();
  expect(adoptSnippet(difference('capacity_provider_strategy', [], [{ base: 1 }]))).toBeNull();
});

test('the exception entry expires 30 days from today', () => {
  expect(render()).toContain('    until: "2024-03-11"');
});

test('the unverified note is added once, replaced in place and removed', () => {
  const body = render();
  const noted = withUnverifiedNote(body, 'AccessDenied');
  expect(noted).toContain('could not check this resource: AccessDenied');
  expect(withUnverifiedNote(noted, 'AccessDenied')).toBe(noted);
  const other = withUnverifiedNote(noted, 'Throttled');
  expect(other).toContain('Throttled');
  expect(other).not.toContain('AccessDenied');
  expect(withUnverifiedNote(other, null)).toBe(body);
});

test('an unmanaged service: the provider import ID and the exact ecs-drift-guard import command that writes its code', () => {
  const result = drifted('arn:aws:ecs:eu-west-1:123456789012:service/main/billing-worker', 'infra/ecs', [], {
    status: 'unmanaged',
    id: 'arn:aws:ecs:eu-west-1:123456789012:service/main/billing-worker',
    reason: 'service billing-worker runs in cluster main (managed by aws_ecs_cluster.main) but is in no Terraform state',
  });
  const body = render(result);
  expect(body).toContain('```hcl\nimport {\n  to = aws_ecs_service.billing_worker\n  id = "main/billing-worker"\n}\n```');
  expect(body).toContain('```sh\necs-drift-guard import --cluster main --service billing-worker --region eu-west-1 --out infra/ecs/imported-billing-worker\n```');
});

test('the import command quotes what the shell would read otherwise', () => {
  const result = drifted('arn:aws:ecs:eu-west-1:123456789012:service/main/api', "infra/it's $(rm -rf)", [], {
    status: 'unmanaged',
    id: 'arn:aws:ecs:eu-west-1:123456789012:service/main/api',
  });
  expect(render(result)).toContain(`--out 'infra/it'\\''s $(rm -rf)/imported-api'`);
});
