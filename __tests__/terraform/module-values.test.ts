// Module calls as values: `module.x` with for_each is a map of instance objects, with count a
// list, without either an object of outputs; usable in for, splats, values(), keys(), lookup(),
// at any nesting depth. Terraform itself is the oracle (expected.json, re-checked when installed).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { toPlain } from '../../src/terraform/values.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, 'fixtures', 'module-values');
const { cases } = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')) as { cases: { expression: string; value: unknown }[] };
const TERRAFORM = '/usr/local/bin/terraform';
const hasTerraform = existsSync(TERRAFORM);
if (!hasTerraform) console.warn(`\n*** ${TERRAFORM} is not installed: the Terraform oracle check in module-values.test.ts is SKIPPED ***\n`);
const withTerraform = hasTerraform ? test : test.skip;

let repo: string;
beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'edg-modvals-'));
  cpSync(fixtureDir, repo, { recursive: true });
});
afterEach(() => rmSync(repo, { recursive: true, force: true }));

test('every expression evaluates to what terraform console says', async () => {
  const probe = cases.map((c, i) => `  e${i} = ${c.expression}`).join('\n');
  writeFileSync(join(repo, 'probe.tf'), `resource "terraform_data" "probe" {\n${probe}\n}\n`);
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  const r = model.resources.find((x) => x.address === 'terraform_data.probe')!;
  const got = cases.map((c, i) => ({ expression: c.expression, value: toPlain(r.body.attributes.get(`e${i}`)!.value) }));
  expect(got).toEqual(cases);
  expect(model.notEvaluated).toEqual([]);
});

test('a value read through `for` over a for_each module keeps the line the caller wrote', async () => {
  writeFileSync(join(repo, 'probe.tf'), `resource "terraform_data" "probe" {\n  defs = [for k, v in module.cd : v.container_definition]\n}\n`);
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  const defs = model.resources.find((x) => x.address === 'terraform_data.probe')!.body.attributes.get('defs')!.value;
  if (defs.kind !== 'list' || defs.items[0].kind !== 'object') throw new Error(`not a list of objects: ${defs.kind}`);
  // user = each.value, whose value "0" is written in main.tf's for_each map (line 7).
  expect(defs.items[0].entries.get('user')!.value).toMatchObject({ value: '0', loc: { file: 'main.tf', line: 7 } });
});

test('an instance key that does not exist is an error that try() can catch; unknown instances stay unknown', async () => {
  writeFileSync(join(repo, 'probe.tf'), `variable "unset" {}
module "unknown_keys" {
  for_each = var.unset
  source   = "./cd"
  name     = "u"
}
resource "terraform_data" "probe" {
  missing = try(module.cd["nope"].name, "fallback")
  unknown = [for v in module.unknown_keys : v.name]
}
`);
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  const attrs = model.resources.find((x) => x.address === 'terraform_data.probe')!.body.attributes;
  expect(toPlain(attrs.get('missing')!.value)).toBe('fallback');
  expect(attrs.get('unknown')!.value).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('instances of module.unknown_keys are not known') });
});

withTerraform('the recorded answers are what terraform console says today', () => {
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' };
  execFileSync(TERRAFORM, ['init', '-backend=false', '-no-color'], { cwd: repo, env, stdio: 'pipe' });
  for (const c of cases) {
    const out = execFileSync(TERRAFORM, ['console', '-no-color'], { cwd: repo, env, input: `jsonencode(${c.expression})\n`, stdio: ['pipe', 'pipe', 'pipe'] });
    expect({ expression: c.expression, value: JSON.parse(JSON.parse(out.toString().trim())) }).toEqual(c);
  }
});

test('a module call may use the outputs of a call written after it (here in its for_each)', async () => {
  writeFileSync(join(repo, 'probe.tf'), `module "first" {
  for_each = toset([module.later.name])
  source   = "./cd"
  name     = each.key
}
module "later" {
  source = "./cd"
  name   = "from-later"
}
resource "terraform_data" "probe" {
  image = module.first["from-later"].container_definition.image
}
`);
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  const attrs = model.resources.find((x) => x.address === 'terraform_data.probe')!.body.attributes;
  expect(attrs.get('image')!.value).toMatchObject({ kind: 'string', value: 'from-later:1' });
});
