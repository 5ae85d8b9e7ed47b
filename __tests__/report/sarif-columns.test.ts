// Columns where the parser knows them (issue 15): SARIF regions get startColumn/endColumn in UTF-16
// code units (run.columnKind says so), workflow annotations get them on one-line findings only, and
// fingerprints never change because a value moved along its line.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { allRules } from '../../src/policy/rules/index.js';
import { toAnnotations } from '../../src/report/annotations.js';
import type { Finding } from '../../src/report/model.js';
import { toSarif } from '../../src/report/sarif.js';
import { scanConfiguration } from '../../src/scan.js';
import { sarifSchemaErrors } from '../../test-support/sarif-schema.js';
import { meta } from './fixture-report.js';

const NOW = new Date('2026-06-01T00:00:00Z');
let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-columns-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

async function scan(ruleIds: string[]): Promise<Finding[]> {
  const rules = allRules.filter((r) => ruleIds.includes(r.id));
  const { report } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW, rules });
  return report.findings;
}

/** 1-based UTF-16 column of `needle` on line `line` of a repository file, as an editor counts it. */
function columnOf(path: string, line: number, needle: string): number {
  const text = readFileSync(join(repo, path), 'utf8').split('\n')[line - 1]!;
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not on ${path}:${line}`);
  return at + 1;
}

function byteColumnOf(path: string, line: number, needle: string): number {
  const text = readFileSync(join(repo, path), 'utf8').split('\n')[line - 1]!;
  return Buffer.byteLength(text.slice(0, text.indexOf(needle)), 'utf8') + 1;
}

// A non-ASCII name before the offending value on the same line: "ü" is 2 bytes and 1 UTF-16 unit,
// "😀" 4 bytes and 2 units (a surrogate pair), so byte columns and UTF-16 columns differ by 4.
const TASK = `resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    { name = "grüße-😀", image = "nginx@sha256:${'a'.repeat(64)}", privileged = true }
  ])
}
`;

test('an HCL value on a non-ASCII line: UTF-16 columns in SARIF, declared by columnKind', async () => {
  write({ 'main.tf': TASK });
  const findings = await scan(['ecs-container-privileged']);
  expect(findings).toHaveLength(1);
  const f = findings[0]!;
  const start = columnOf('main.tf', 4, 'true');
  expect(byteColumnOf('main.tf', 4, 'true')).toBe(start + 4);
  expect([f.startLine, f.startColumn, f.endLine, f.endColumn]).toEqual([4, start, 4, start + 'true'.length]);
  const log = toSarif({ findings, drift: [], notEvaluated: [], errors: [], modules: ['.'] }, meta());
  expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  expect(log.runs[0].results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 4, startColumn: start, endLine: 4, endColumn: start + 4 });
  expect(sarifSchemaErrors(log)).toEqual([]);
});

test('annotations: columns on a one-line finding (end inclusive), none on a multi-line one', async () => {
  write({
    'main.tf': TASK,
    // No logConfiguration: the finding points at the container object, which spans lines.
    'svc/main.tf': `resource "aws_ecs_task_definition" "svc" {\n  family = "svc"\n  container_definitions = jsonencode([{\n    name  = "svc"\n    image = "nginx@sha256:${'b'.repeat(64)}"\n  }])\n}\n`,
  });
  const findings = await scan(['ecs-container-privileged', 'ecs-container-no-logging']);
  const annotations = toAnnotations({ findings, drift: [], notEvaluated: [], errors: [], modules: [] }, meta());
  const privileged = annotations.find((a) => a.title.startsWith('ecs-container-privileged'))!;
  const start = columnOf('main.tf', 4, 'true');
  expect(privileged).toMatchObject({ file: 'main.tf', startLine: 4, endLine: 4, startColumn: start, endColumn: start + 3 });
  const noLogging = findings.find((f) => f.ruleId === 'ecs-container-no-logging' && f.file === 'svc/main.tf')!;
  // The container object's first line: its opening brace, with no end column (the object goes on).
  expect([noLogging.startLine, noLogging.startColumn, noLogging.endColumn]).toEqual([3, columnOf('svc/main.tf', 3, '{'), undefined]);
  const noLoggingAnnotation = annotations.find((a) => a.title.startsWith('ecs-container-no-logging') && a.file === 'svc/main.tf')!;
  expect(noLoggingAnnotation.startColumn).toBeUndefined();
  expect(noLoggingAnnotation.endColumn).toBeUndefined();
  const region = toSarif({ findings: [noLogging], drift: [], notEvaluated: [], errors: [], modules: [] }, meta()).runs[0].results[0]!.locations[0]!.physicalLocation.region;
  // SARIF §3.30: without endColumn the region runs to the end of its line.
  expect(region).toEqual({ startLine: 3, startColumn: columnOf('svc/main.tf', 3, '{'), endLine: 3 });
});

test('a value passed as a module input keeps its columns at the caller', async () => {
  write({
    'modules/svc/main.tf': 'variable "public" {\n  type = bool\n}\nresource "aws_ecs_service" "this" {\n  name = "api"\n  network_configuration {\n    subnets          = ["subnet-1"]\n    assign_public_ip = var.public\n  }\n}\n',
    'envs/prod/main.tf': 'module "api" {\n  source = "../../modules/svc"\n  /* ünïcödé */ public = true\n}\n',
  });
  const [f] = await scan(['ecs-service-public-ip']);
  const start = columnOf('envs/prod/main.tf', 3, 'true');
  expect([f!.file, f!.startLine, f!.startColumn, f!.endColumn]).toEqual(['envs/prod/main.tf', 3, start, start + 4]);
});

test('JSON read by file(): columns of the value in the JSON file, non-ASCII included', async () => {
  write({
    'main.tf': 'resource "aws_ecs_task_definition" "app" {\n  family                = "app"\n  container_definitions = file("${path.module}/containers.json")\n}\n',
    'containers.json': `[\n  {\n    "name": "café-😀", "image": "nginx@sha256:${'c'.repeat(64)}", "privileged": true\n  }\n]\n`,
  });
  const [f] = await scan(['ecs-container-privileged']);
  const start = columnOf('containers.json', 3, 'true');
  expect([f!.file, f!.startLine, f!.startColumn, f!.endColumn]).toEqual(['containers.json', 3, start, start + 4]);
});

test('a heredoc with `<<-` indentation removed gives lines but no columns (its text is not the file\'s)', async () => {
  write({
    'main.tf': `resource "aws_ecs_task_definition" "app" {\n  family                = "app"\n  container_definitions = <<-EOT\n    [{"name": "app", "image": "nginx@sha256:${'d'.repeat(64)}", "privileged": true}]\n  EOT\n}\n`,
  });
  const [f] = await scan(['ecs-container-privileged']);
  expect([f!.startLine, f!.startColumn, f!.endColumn]).toEqual([4, undefined, undefined]);
  const region = toSarif({ findings: [f!], drift: [], notEvaluated: [], errors: [], modules: [] }, meta()).runs[0].results[0]!.locations[0]!.physicalLocation.region;
  expect(region).toEqual({ startLine: 4, endLine: 4 });
});

test('fingerprints do not change when a value moves along its line', async () => {
  write({ 'main.tf': TASK });
  const [before] = await scan(['ecs-container-privileged']);
  write({ 'main.tf': TASK.replace('privileged = true', 'privileged     =     true') });
  const [after] = await scan(['ecs-container-privileged']);
  expect(after!.startColumn).not.toBe(before!.startColumn);
  expect(after!.fingerprint).toBe(before!.fingerprint);
  const fingerprints = (f: Finding) => toSarif({ findings: [f], drift: [], notEvaluated: [], errors: [], modules: [] }, meta()).runs[0].results[0]!.partialFingerprints;
  expect(fingerprints(after!)).toEqual(fingerprints(before!));
});

test('a plain heredoc keeps the file\'s columns; a `1e3` the parser needed rewritten does not shift them', async () => {
  write({
    'main.tf': `resource "aws_ecs_task_definition" "app" {\n  family                = "app"\n  memory = 1e3\n  container_definitions = <<EOT\n[{"name": "ñ", "memory": 1e3, "image": "nginx@sha256:${'e'.repeat(64)}", "privileged": true}]\nEOT\n}\nresource "aws_ecs_service" "s" {\n  name = "s"\n  desired_count = 2e0\n  network_configuration { assign_public_ip = true }\n}\n`,
  });
  const findings = await scan(['ecs-container-privileged', 'ecs-service-public-ip']);
  const privileged = findings.find((f) => f.ruleId === 'ecs-container-privileged')!;
  const start = columnOf('main.tf', 5, 'true');
  expect([privileged.startLine, privileged.startColumn, privileged.endColumn]).toEqual([5, start, start + 4]);
  // `2e0` on line 10 made the parser retry with `2.0e0`; line 11 and its columns are the file's.
  const publicIp = findings.find((f) => f.ruleId === 'ecs-service-public-ip')!;
  const ip = columnOf('main.tf', 11, 'true');
  expect([publicIp.startLine, publicIp.startColumn, publicIp.endColumn]).toEqual([11, ip, ip + 4]);
});

test('an exponent rewritten on the same line: the columns are the file\'s, not the rewritten text\'s', async () => {
  // `1e1` and `1e0` make the parser retry with `1.0e1` and `1.0e0`, four characters more before the end.
  write({ 'main.tf': 'resource "aws_ecs_service" "t" {\n  name = "t"\n  network_configuration { assign_public_ip = [1e1, 1e0][1] == 1 }\n}\n' });
  const findings = await scan(['ecs-service-public-ip']);
  const start = columnOf('main.tf', 3, '[1e1');
  expect(findings.map((f) => [f.startLine, f.startColumn, f.endColumn])).toEqual([[3, start, start + '[1e1, 1e0][1] == 1'.length]]);
});

test('.tf.json: the value node\'s columns in the JSON file', async () => {
  write({ 'main.tf.json': '{"resource": {"aws_ecs_service": {"s": {"name": "straße-😀", "network_configuration": {"subnets": ["a"], "assign_public_ip": true}}}}}\n' });
  const [f] = await scan(['ecs-service-public-ip']);
  const start = columnOf('main.tf.json', 1, 'true');
  expect([f!.file, f!.startLine, f!.startColumn, f!.endColumn]).toEqual(['main.tf.json', 1, start, start + 4]);
});
