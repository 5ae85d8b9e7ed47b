// docs/drift-guard.schema.json is generated from the zod schema that validates the config file;
// `UPDATE_GOLDEN=1` rewrites it. The example estate's config must be valid against both.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { configJsonSchema, parseConfigFile, ConfigurationError, settingsFromCli } from '../../src/settings.js';
import { DEFAULT_WAIT_LIMITS } from '../../src/wait-budget.js';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = join(import.meta.dirname, '..', '..');
const SCHEMA_FILE = join(ROOT, 'docs', 'drift-guard.schema.json');

test('the published JSON schema equals the generated one', () => {
  const generated = `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN) writeFileSync(SCHEMA_FILE, generated);
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(generated);
});

test('the example config is valid for the JSON schema and for the validator', () => {
  const text = readFileSync(join(ROOT, 'examples', 'ecs-estate', '.github', 'drift-guard.yml'), 'utf8');
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')));
  expect(validate(parse(text))).toBe(true);
  expect(() => parseConfigFile(text, 'drift-guard.yml')).not.toThrow();
});

test.each([
  ['unknown top-level key', 'fail-on: high\nfial-on: low\n', /:2: `fial-on`: unknown key `fial-on` \(did you mean `fail-on`\?\)/],
  ['bad fail-on', 'fail-on: urgent\n', /:1: `fail-on`: /],
  ['exception without owner', 'exceptions:\n  - rule: ecs-service-public-ip\n    resource: aws_ecs_service.a\n    until: 2027-01-01\n    reason: r\n', /:2: `exceptions.0.owner`: /],
  ['exception without resource or module', 'exceptions:\n  - rule: ecs-service-public-ip\n    owner: "@a"\n    until: 2027-01-01\n    reason: r\n', /needs `resource` or `module`/],
  ['bad date', 'exceptions:\n  - rule: x\n    module: m\n    owner: "@a"\n    until: 2027-13-45\n    reason: r\n', /:5: `exceptions.0.until`: /],
  ['unknown rule id', 'rules:\n  ecs-made-up: low\n', /:2: `rules.ecs-made-up`: unknown rule id/],
  ['unknown nested key', 'drift:\n  expected: []\n  ignored: []\n', /:3: `drift.ignored`: unknown key `ignored` \(did you mean `ignore`\?\)/],
  ['invalid YAML', 'rules: [\n', /:\d+: invalid YAML/],
  ['negative wait', 'retries:\n  max-wait-seconds: -1\n', /:2: `retries.max-wait-seconds`: /],
  ['misspelt wait key', 'retries:\n  max-total-wait: 10\n', /:2: `retries.max-total-wait`: unknown key `max-total-wait` \(did you mean `max-total-wait-seconds`\?\)/],
])('%s is a ConfigurationError naming the key and line', (_name, text, message) => {
  expect(() => parseConfigFile(text, 'drift-guard.yml')).toThrow(ConfigurationError);
  expect(() => parseConfigFile(text, 'drift-guard.yml')).toThrow(message);
});

test('retries: the wait caps come from the config file, else the defaults (60 s per wait, 300 s per run)', () => {
  const repo = mkdtempSync(join(tmpdir(), 'edg-retries-'));
  mkdirSync(join(repo, '.git'));
  expect(settingsFromCli({ paths: [repo] }, repo, {}).retries).toEqual(DEFAULT_WAIT_LIMITS);
  expect(DEFAULT_WAIT_LIMITS).toEqual({ maxWaitSeconds: 60, maxTotalWaitSeconds: 300 });
  mkdirSync(join(repo, '.github'));
  writeFileSync(join(repo, '.github', 'drift-guard.yml'), 'retries:\n  max-wait-seconds: 5\n  max-total-wait-seconds: 30\n');
  expect(settingsFromCli({ paths: [repo] }, repo, {}).retries).toEqual({ maxWaitSeconds: 5, maxTotalWaitSeconds: 30 });
});
