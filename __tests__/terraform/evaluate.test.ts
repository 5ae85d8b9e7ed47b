// The evaluator: values and the lines they were written on.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { decodeJsonString } from '../../src/terraform/evaluate.js';
import { toPlain, type Value } from '../../src/terraform/values.js';
import type { ConfigurationModel } from '../../src/terraform/model.js';

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-eval-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>) {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

async function load(): Promise<ConfigurationModel> {
  return loadConfiguration({ repoRoot: repo, paths: ['.'] });
}

function attr(model: ConfigurationModel, address: string, name: string): Value {
  const r = model.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${model.resources.map((x) => x.address).join(', ')}`);
  const a = r.body.attributes.get(name);
  if (!a) throw new Error(`no ${name}`);
  return a.value;
}

test('functions, operators, conditionals and for expressions', async () => {
  write({ 'main.tf': `
locals {
  names = ["a", "b", ""]
  m     = { x = 1, y = 2 }
}
resource "null_resource" "r" {
  merged   = merge({ a = 1 }, { b = 2 }, { a = 3 })
  joined   = join("-", compact(local.names))
  upper    = [for n in local.names : upper(n) if n != ""]
  pairs    = { for k, v in local.m : k => v * 10 }
  cond     = length(local.names) > 2 ? "many" : "few"
  lookup   = lookup(local.m, "z", "default")
  tried    = try(local.m.nope, "fallback")
  fmt      = format("%s:%03d", "img", 7)
  coalesce = coalesce("", "second")
  concat   = concat([1], [2, 3])
  flat     = flatten([[1, [2]], [3]])
  jd       = jsondecode("{\\"k\\": [true, null]}")
  tostr    = tostring(5)
  interp   = "v\${1 + 1}-\${local.m.y}"
  split    = split(",", "a,b")
  keys     = keys(local.m)
  not      = !false && true
  unknown  = aws_iam_role.x.arn
}
` });
  const m = await load();
  const get = (n: string) => toPlain(attr(m, 'null_resource.r', n));
  expect(get('merged')).toEqual({ a: 3, b: 2 });
  expect(get('joined')).toBe('a-b');
  expect(get('upper')).toEqual(['A', 'B']);
  expect(get('pairs')).toEqual({ x: 10, y: 20 });
  expect(get('cond')).toBe('many');
  expect(get('lookup')).toBe('default');
  expect(get('tried')).toBe('fallback');
  expect(get('fmt')).toBe('img:007');
  expect(get('coalesce')).toBe('second');
  expect(get('concat')).toEqual([1, 2, 3]);
  expect(get('flat')).toEqual([1, 2, 3]);
  expect(get('jd')).toEqual({ k: [true, null] });
  expect(get('tostr')).toBe('5');
  expect(get('interp')).toBe('v2-2');
  expect(get('split')).toEqual(['a', 'b']);
  expect(get('keys')).toEqual(['x', 'y']);
  expect(get('not')).toBe(true);
  const u = attr(m, 'null_resource.r', 'unknown');
  expect(u).toMatchObject({ kind: 'unknown', reason: 'aws_iam_role.x.arn is known only after apply' });
});

test('values remember the line of their literal through variables, locals and tfvars', async () => {
  write({
    'main.tf': `variable "image" {
  default = "from-default"
}
variable "tag" {
  default = "v1"
}
variable "nodefault" {}
locals {
  full = "\${var.image}:\${var.tag}"
}
resource "null_resource" "r" {
  image     = var.image
  tag       = var.tag
  full      = local.full
  nodefault = var.nodefault
}
`,
    'terraform.tfvars': 'image = "from-tfvars"\n',
  });
  const m = await load();
  expect(attr(m, 'null_resource.r', 'image')).toMatchObject({ kind: 'string', value: 'from-tfvars', loc: { file: 'terraform.tfvars', line: 1 } });
  expect(attr(m, 'null_resource.r', 'tag')).toMatchObject({ value: 'v1', loc: { file: 'main.tf', line: 5 } });
  expect(attr(m, 'null_resource.r', 'full')).toMatchObject({ value: 'from-tfvars:v1', loc: { file: 'main.tf', line: 9 } });
  expect(attr(m, 'null_resource.r', 'nodefault')).toMatchObject({ kind: 'unknown', reason: expect.stringContaining('var.nodefault has no default') });
});

test('count and for_each expand instances with Terraform addresses; unknown ones are not evaluated', async () => {
  write({ 'main.tf': `variable "n" {}
resource "null_resource" "counted" {
  count = 2
  idx   = count.index
}
resource "null_resource" "each" {
  for_each = { api = "a:1", web = "w:1" }
  image    = each.value
}
resource "null_resource" "zero" {
  count = 0
}
resource "null_resource" "unknown" {
  count = var.n
}
` });
  const m = await load();
  expect(m.resources.map((r) => r.address)).toEqual([
    'null_resource.counted[0]', 'null_resource.counted[1]', 'null_resource.each["api"]', 'null_resource.each["web"]', 'null_resource.unknown',
  ]);
  expect(toPlain(attr(m, 'null_resource.counted[1]', 'idx'))).toBe(1);
  expect(attr(m, 'null_resource.each["web"]', 'image')).toMatchObject({ value: 'w:1', loc: { line: 7 } });
  expect(m.notEvaluated).toEqual([{ resource: 'null_resource.unknown', file: 'main.tf', line: 13, why: expect.stringContaining('count is not known statically') }]);
});

test('module inputs reach resources with the caller line; module outputs and dynamic blocks work', async () => {
  write({
    'modules/svc/main.tf': `variable "ports" {}
variable "public" { default = false }
resource "aws_ecs_service" "this" {
  name = "svc"
  network_configuration {
    assign_public_ip = var.public
  }
  dynamic "load_balancer" {
    for_each = var.ports
    content {
      container_port = load_balancer.value
    }
  }
}
output "name" { value = "svc-out" }
`,
    'env/main.tf': `module "svc" {
  source = "../modules/svc"
  ports  = [80, 443]
  public = true
}
resource "null_resource" "uses_output" {
  name = module.svc.name
}
module "remote" {
  source = "terraform-aws-modules/ecs/aws"
}
`,
  });
  const m = await load();
  expect(m.rootDirs).toEqual(['env']);
  const svc = m.resources.find((r) => r.address === 'module.svc.aws_ecs_service.this')!;
  expect(svc.moduleDir).toBe('modules/svc');
  const nc = svc.body.blocks.find((b) => b.type === 'network_configuration')!;
  expect(nc.attributes.get('assign_public_ip')!.value).toMatchObject({ value: true, loc: { file: 'env/main.tf', line: 4 } });
  expect(svc.body.blocks.filter((b) => b.type === 'load_balancer').map((b) => toPlain(b.attributes.get('container_port')!.value))).toEqual([80, 443]);
  expect(toPlain(attr(m, 'null_resource.uses_output', 'name'))).toBe('svc-out');
  expect(m.notEvaluated).toEqual([expect.objectContaining({ resource: 'module.remote', why: expect.stringContaining('not a local path') })]);
  expect(m.moduleCalls).toEqual([expect.objectContaining({ name: 'module.svc', callerDir: 'env', sourceDir: 'modules/svc' })]);
});

test('JSON in heredocs, <<- heredocs and templatefile() keep per-line positions', async () => {
  write({
    'main.tf': `resource "aws_ecs_task_definition" "h" {
  container_definitions = <<-EOT
    [
      {
        "name": "app",
        "image": "\${var.img}"
      }
    ]
  EOT
}
variable "img" { default = "nginx:1" }
resource "aws_ecs_task_definition" "t" {
  container_definitions = templatefile("\${path.module}/td.tpl", { img = "from-call" })
}
`,
    'td.tpl': `[
%{ for n in ["a", "b"] ~}
  {"name": "\${n}", "image": "\${img}"},
%{ endfor ~}
  {"name": "last", "image": "x"}
]
`,
  });
  const m = await load();
  const h = decodeJsonString(attr(m, 'aws_ecs_task_definition.h', 'container_definitions') as never);
  const app = h.kind === 'list' && h.items[0].kind === 'object' ? h.items[0] : undefined;
  expect(app?.entries.get('name')?.value).toMatchObject({ value: 'app', loc: { file: 'main.tf', line: 5 } });
  // The image comes from the variable default on line 11: that is where the literal is written (RULES.md).
  expect(app?.entries.get('image')?.value).toMatchObject({ value: 'nginx:1', loc: { file: 'main.tf', line: 11 } });
  const t = decodeJsonString(attr(m, 'aws_ecs_task_definition.t', 'container_definitions') as never);
  expect(toPlain(t)).toEqual([{ name: 'a', image: 'from-call' }, { name: 'b', image: 'from-call' }, { name: 'last', image: 'x' }]);
  const last = t.kind === 'list' && t.items[2].kind === 'object' ? t.items[2] : undefined;
  expect(last?.entries.get('name')?.value.loc).toMatchObject({ file: 'td.tpl', line: 5 });
});

test('a JSON string filled by a template interpolation points where the value was written', async () => {
  write({
    'main.tf': `locals {
  user = "root"
}
resource "aws_ecs_task_definition" "t" {
  container_definitions = templatefile("\${path.module}/td.tpl", { user = local.user })
}
`,
    'td.tpl': '[{"name": "app", "user": "${user}"}]\n',
  });
  const m = await load();
  const t = decodeJsonString(attr(m, 'aws_ecs_task_definition.t', 'container_definitions') as never);
  const app = t.kind === 'list' && t.items[0].kind === 'object' ? t.items[0] : undefined;
  expect(app?.entries.get('user')?.value).toMatchObject({ value: 'root', loc: { file: 'main.tf', line: 2 } });
  expect(app?.entries.get('name')?.value).toMatchObject({ value: 'app', loc: { file: 'td.tpl', line: 1 } });
});

test('template strip markers remove the whitespace next to ${~ ~} and %{~ ~} tags, with lines kept', async () => {
  write({
    'main.tf': `locals {
  items = ["x", "y"]
}
resource "null_resource" "r" {
  quoted   = "a  \${~ "b" ~}  c"
  one_side = "a  \${"b" ~}  c"
  loop     = "%{ for i in local.items ~}  \${i},  %{~ endfor }"
  cond     = "[ %{~ if true ~}  yes  %{~ else ~}  no  %{~ endif ~} ]"
  kept     = "a \${"b"} c"
}
resource "null_resource" "t" {
  name = templatefile("\${path.module}/names.tpl", { items = local.items })
}
`,
    'names.tpl': `%{ for i in items ~}

  \${i}
%{~ endfor ~}
`,
  });
  const m = await load();
  expect(toPlain(attr(m, 'null_resource.r', 'quoted'))).toBe('abc');
  expect(toPlain(attr(m, 'null_resource.r', 'one_side'))).toBe('a  bc');
  expect(toPlain(attr(m, 'null_resource.r', 'loop'))).toBe('x,y,');
  expect(toPlain(attr(m, 'null_resource.r', 'cond'))).toBe('[yes]');
  expect(toPlain(attr(m, 'null_resource.r', 'kept'))).toBe('a b c');
  expect(toPlain(attr(m, 'null_resource.t', 'name'))).toBe('xy');
});

test('jsonencode() interpolated into a template keeps the positions of the values it encodes', async () => {
  write({
    'main.tf': `locals {
  environment = [
    { name = "LOG_LEVEL", value = "debug" },
    {
      name  = "MODE"
      value = "strict"
    },
  ]
}
resource "aws_ecs_task_definition" "t" {
  container_definitions = templatefile("\${path.module}/td.tpl", {
    environment = jsonencode(local.environment)
    user        = jsonencode("root")
  })
}
`,
    'td.tpl': `[
  {
    "name": "app",
    "user": \${user},
    "environment": \${environment}
  }
]
`,
  });
  const m = await load();
  const t = decodeJsonString(attr(m, 'aws_ecs_task_definition.t', 'container_definitions') as never);
  expect(toPlain(t)).toEqual([{ name: 'app', user: 'root', environment: [{ name: 'LOG_LEVEL', value: 'debug' }, { name: 'MODE', value: 'strict' }] }]);
  const app = t.kind === 'list' && t.items[0].kind === 'object' ? t.items[0] : undefined;
  // Literal template text stays in the template; encoded values point where they were written.
  expect(app?.entries.get('name')?.value.loc).toMatchObject({ file: 'td.tpl', line: 3 });
  expect(app?.entries.get('user')?.value.loc).toMatchObject({ file: 'main.tf', line: 13 });
  const env = app?.entries.get('environment')?.value;
  const [first, second] = env?.kind === 'list' ? env.items : [];
  expect(first?.kind === 'object' && first.entries.get('value')?.value.loc).toMatchObject({ file: 'main.tf', line: 3 });
  expect(second?.kind === 'object' && second.entries.get('value')?.value.loc).toMatchObject({ file: 'main.tf', line: 6 });
  expect(second?.kind === 'object' && second.entries.get('name')?.keyLoc).toMatchObject({ file: 'main.tf', line: 5 });
});

test('<<- heredocs remove the smallest indentation of their lines, inside directives too (HCL flush rules)', async () => {
  write({
    'main.tf': `resource "null_resource" "r" {
  loop = <<-EOT
    %{ for x in ["p", "q"] }
    item \${x}
    %{ endfor }
  EOT
  tag_first = <<-EOT
      x
    \${"y"}
  EOT
  blank = <<-EOT
      a
  
      b
  EOT
  tabs = <<-EOT
\t\tone
\t\t  two
  EOT
}
` });
  const m = await load();
  expect(toPlain(attr(m, 'null_resource.r', 'loop'))).toBe('\nitem p\n\nitem q\n\n');
  expect(toPlain(attr(m, 'null_resource.r', 'tag_first'))).toBe('  x\ny\n');
  // A line of nothing but whitespace neither counts nor loses its whitespace.
  expect(toPlain(attr(m, 'null_resource.r', 'blank'))).toBe('a\n  \nb\n');
  expect(toPlain(attr(m, 'null_resource.r', 'tabs'))).toBe('one\n  two\n');
});

test('<<- heredocs match the cases of the HCL specification suite', async () => {
  // Cases and expected values from hashicorp/hcl specsuite/tests/expressions/heredoc.hcl.
  write({
    'main.tf': `locals {
  bar       = "Bar"
  space_bar = "  Bar"
}
resource "null_resource" "r" {
  basic = <<-EOT
Foo
Bar
Baz
EOT
  indented = <<-EOT
    Foo
    Bar
    Baz
  EOT
  indented_more = <<-EOT
    Foo
      Bar
    Baz
  EOT
  indented_less = <<-EOT
    Foo
  Bar
    Baz
  EOT
  interp = <<-EOT
    Foo
    \${local.bar}
    Baz
  EOT
  interp_indented_more = <<-EOT
    Foo
      \${local.bar}
    Baz
  EOT
  interp_indented_less = <<-EOT
    Foo
  \${local.space_bar}
    Baz
  EOT
  tabs = <<-EOT
\tFoo
  Bar
  Baz
  EOT
  unicode_spaces = <<-EOT
    \u2003Foo
    Bar
  EOT
  indented_newlines_between = <<-EOT
    Foo

    Bar

    Baz
  EOT
}
` });
  const m = await load();
  const expected: Record<string, string> = {
    basic: 'Foo\nBar\nBaz\n',
    indented: 'Foo\nBar\nBaz\n',
    indented_more: 'Foo\n  Bar\nBaz\n',
    indented_less: '  Foo\nBar\n  Baz\n',
    interp: 'Foo\nBar\nBaz\n',
    interp_indented_more: 'Foo\n  Bar\nBaz\n',
    interp_indented_less: '  Foo\n  Bar\n  Baz\n',
    tabs: 'Foo\n Bar\n Baz\n',
    unicode_spaces: '\u2003Foo\nBar\n',
    indented_newlines_between: 'Foo\n\nBar\n\nBaz\n',
  };
  for (const [name, value] of Object.entries(expected)) expect([name, toPlain(attr(m, 'null_resource.r', name))]).toEqual([name, value]);
});

test('JSON in a one-line quoted string with \\n escapes stays on the string\'s line', async () => {
  write({
    'main.tf': `resource "aws_ecs_task_definition" "q" {
  family                = "q"
  container_definitions = "[{\\"name\\": \\"a\\",\\n \\"image\\": \\"nginx:latest\\",\\n \\"privileged\\": true}]"
}
`,
  });
  const m = await load();
  const q = decodeJsonString(attr(m, 'aws_ecs_task_definition.q', 'container_definitions') as never);
  const app = q.kind === 'list' && q.items[0].kind === 'object' ? q.items[0] : undefined;
  expect(toPlain(app)).toEqual({ name: 'a', image: 'nginx:latest', privileged: true });
  // The escapes are line breaks of the value, not of the file: every part was written on line 3.
  expect(app?.entries.get('privileged')?.value.loc).toMatchObject({ file: 'main.tf', line: 3, endLine: 3 });
  expect(app?.entries.get('image')?.value.loc).toMatchObject({ file: 'main.tf', line: 3 });
});
