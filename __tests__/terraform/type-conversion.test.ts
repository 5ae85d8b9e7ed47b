// Terraform's type system for input variables, with Terraform itself as the oracle: the
// fixture's expected values were recorded with `terraform console` (see expected.json), and
// when terraform is installed the test asks it again, so the recording cannot drift.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import type { ConfigurationModel } from '../../src/terraform/model.js';
import { toPlain, type Value } from '../../src/terraform/values.js';

const here = dirname(fileURLToPath(import.meta.url));
const fixtureDir = join(here, 'fixtures', 'type-conversion');
const expected = JSON.parse(readFileSync(join(fixtureDir, 'expected.json'), 'utf8')).values as Record<string, unknown>;
const TERRAFORM = '/usr/local/bin/terraform';
const hasTerraform = existsSync(TERRAFORM);
if (!hasTerraform) {
  // Loud on purpose: without terraform the recorded answers are used unchecked.
  console.warn(`\n*** ${TERRAFORM} is not installed: the Terraform oracle checks in type-conversion.test.ts are SKIPPED ***\n`);
}
const withTerraform = hasTerraform ? test : test.skip;

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-types-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

function attr(model: ConfigurationModel, address: string, name: string): Value {
  const r = model.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${model.resources.map((x) => x.address).join(', ')}`);
  const a = r.body.attributes.get(name);
  if (!a) throw new Error(`no ${name}`);
  return a.value;
}

function terraformConsole(dir: string, expression: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    const out = execFileSync(TERRAFORM, ['console', '-no-color'], { cwd: dir, input: `jsonencode(${expression})\n`, env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', TF_IN_AUTOMATION: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
    return { ok: true, value: JSON.parse(JSON.parse(out.toString().trim())) };
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    return { ok: false, message: `${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`.replace(/\s+/g, ' ') };
  }
}

describe('variable values are converted to the declared type as Terraform converts them', () => {
  test.each(Object.keys(expected))('var.%s (default and tfvars) equals the recorded terraform console result', async (name) => {
    copyFileSync(join(fixtureDir, 'cases.tf'), join(repo, 'cases.tf'));
    copyFileSync(join(fixtureDir, 'terraform.tfvars'), join(repo, 'terraform.tfvars'));
    write({ 'probe.tf': `resource "terraform_data" "probe" {\n  input = var.${name}\n}\n` });
    const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
    expect(model.notEvaluated).toEqual([]);
    expect(toPlain(attr(model, 'terraform_data.probe', 'input'))).toEqual(expected[name]);
  });

  withTerraform('the recorded results are what terraform console says today', () => {
    for (const name of Object.keys(expected)) expect({ name, ...terraformConsole(fixtureDir, `var.${name}`) }).toEqual({ name, ok: true, value: expected[name] });
  });
});

describe('values keep the line the caller wrote through conversion', () => {
  test('a module argument converted from "8080" to a number, an optional() default and a dropped attribute', async () => {
    write({
      'main.tf': `module "svc" {
  source = "./svc"
  containers = {
    app = {
      port = "8080"
      privileged = "true"
      unknown_attribute = 1
    }
  }
}
`,
      'svc/main.tf': `variable "containers" {
  type = map(object({
    port       = number
    privileged = optional(bool, false)
    user       = optional(string)
    essential  = optional(bool, true)
  }))
}
resource "terraform_data" "c" {
  for_each = var.containers
  input    = each.value
}
`,
    });
    const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
    const v = attr(model, 'module.svc.terraform_data.c["app"]', 'input');
    expect(toPlain(v)).toEqual({ port: 8080, privileged: true, user: null, essential: true });
    if (v.kind !== 'object') throw new Error('not an object');
    // Converted values stay on the caller's lines; the container object too (where a missing attribute is reported).
    expect(v.loc).toMatchObject({ file: 'main.tf', line: 4 });
    expect(v.entries.get('port')!.value).toMatchObject({ kind: 'number', loc: { file: 'main.tf', line: 5 } });
    expect(v.entries.get('privileged')!.value).toMatchObject({ kind: 'bool', loc: { file: 'main.tf', line: 6 } });
    // Filled from the module's optional(bool, true): located at the default in the module.
    expect(v.entries.get('essential')!.value).toMatchObject({ kind: 'bool', value: true, loc: { file: 'svc/main.tf', line: 6 } });
  });

  test('for_each over `{ for k, v in var.x : k => v if v.create }` where the caller never wrote `create` (terraform-aws-modules/ecs modules/service)', async () => {
    write({
      'main.tf': `module "service" {
  source = "./service"
  container_definitions = {
    app     = { image = "app:1" }
    sidecar = { image = "envoy:1", create = false }
  }
}
`,
      'service/main.tf': `variable "container_definitions" {
  type = map(object({
    create = optional(bool, true)
    image  = optional(string)
  }))
  default = {}
}
resource "terraform_data" "container" {
  for_each = { for k, v in var.container_definitions : k => v if v.create }
  input    = each.value.image
}
`,
    });
    const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
    expect(model.notEvaluated).toEqual([]);
    expect(model.resources.map((r) => r.address)).toEqual(['module.service.terraform_data.container["app"]']);
    expect(attr(model, 'module.service.terraform_data.container["app"]', 'input')).toMatchObject({ value: 'app:1', loc: { file: 'main.tf', line: 4 } });
  });
});

describe('a value that cannot be converted is not evaluated, naming the module and the variable', () => {
  // What terraform says for each of these (recorded with `terraform console` on a root module whose default is the value; re-checked below).
  const cases: { name: string; type: string; value: string; terraform: string; ours: RegExp }[] = [
    { name: 'string to number', type: 'object({ port = number })', value: '{ port = "http" }', terraform: '.port: a number is required', ours: /port: a number is required/ },
    { name: 'missing required attribute', type: 'object({ name = string, image = string })', value: '{ name = "x" }', terraform: 'attribute "image" is required', ours: /attribute "image" is required/ },
    { name: 'list to string', type: 'string', value: '["a"]', terraform: 'string required', ours: /a string is required/ },
    { name: 'word to bool', type: 'map(bool)', value: '{ a = "yes" }', terraform: 'a bool is required', ours: /a: a bool is required/ },
  ];

  test.each(cases)('$name', async ({ type, value, ours }) => {
    write({
      'main.tf': `module "svc" {\n  source = "./svc"\n  x      = ${value}\n}\n`,
      'svc/main.tf': `variable "x" {\n  type = ${type}\n}\nresource "terraform_data" "r" {\n  input = var.x\n}\n`,
    });
    const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
    const v = attr(model, 'module.svc.terraform_data.r', 'input');
    expect(v.kind).toBe('unknown');
    const entry = model.notEvaluated.find((n) => n.resource === 'module.svc');
    expect(entry).toBeDefined();
    expect(entry!.why).toMatch(/module\.svc \(svc\): var\.x: the value module\.svc passes cannot be converted/);
    expect(entry!.why).toMatch(ours);
    // Located at the caller's value, where the fix is made.
    expect(entry).toMatchObject({ file: 'main.tf', line: 3 });
  });

  withTerraform('terraform rejects the same values', () => {
    for (const c of cases) {
      const dir = mkdtempSync(join(tmpdir(), 'edg-types-tf-'));
      try {
        writeFileSync(join(dir, 'main.tf'), `variable "x" {\n  type    = ${c.type}\n  default = ${c.value}\n}\n`);
        const r = terraformConsole(dir, 'var.x');
        expect({ name: c.name, ok: r.ok }).toEqual({ name: c.name, ok: false });
        if (!r.ok) expect(r.message).toContain(c.terraform);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});

test('an invalid type constraint is an error for that file, and the value is used unconverted', async () => {
  write({ 'main.tf': `variable "x" {\n  type    = lisst(string)\n  default = ["a"]\n}\nresource "terraform_data" "r" {\n  input = var.x\n}\n` });
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  expect(model.errors).toEqual([{ file: 'main.tf', message: 'variable "x" (line 2): invalid type: lisst() is not a type' }]);
  expect(toPlain(attr(model, 'terraform_data.r', 'input'))).toEqual(['a']);
});

test('.tf.json variables: the type string is a type expression, converted the same way', async () => {
  write({
    'main.tf.json': JSON.stringify({
      variable: { x: { type: 'map(object({ create = optional(bool, true), port = number }))', default: { a: { port: '80' } } } },
      resource: { terraform_data: { r: { input: '${var.x}' } } },
    }, null, 2),
  });
  const model = await loadConfiguration({ repoRoot: repo, paths: ['.'] });
  expect(model.errors).toEqual([]);
  expect(toPlain(attr(model, 'terraform_data.r', 'input'))).toEqual({ a: { create: true, port: 80 } });
});
