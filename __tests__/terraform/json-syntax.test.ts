// Terraform JSON configuration syntax (`*.tf.json`): the same model and findings as the native
// syntax, with every line pointing into the JSON file.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultPolicyConfig } from '../../src/policy/engine.js';
import { scanConfiguration } from '../../src/scan.js';
import { getParser, HclSyntaxError } from '../../src/terraform/hcl-syntax.js';
import { parseTerraformJson } from '../../src/terraform/json-syntax.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import type { ConfigurationModel } from '../../src/terraform/model.js';
import { toPlain, type Value } from '../../src/terraform/values.js';
import type { Finding } from '../../src/report/model.js';

const NOW = new Date('2026-06-01T00:00:00Z');

let repo: string;
beforeEach(() => { repo = mkdtempSync(join(tmpdir(), 'edg-tfjson-')); });
afterEach(() => rmSync(repo, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(repo, path, '..'), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
}

/** The 1-based line of the only line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const lines = text.split('\n');
  const hits = lines.map((l, i) => (l.includes(needle) ? i + 1 : 0)).filter((n) => n > 0);
  if (hits.length !== 1) throw new Error(`${needle} is on ${hits.length} lines`);
  return hits[0];
}

const load = (): Promise<ConfigurationModel> => loadConfiguration({ repoRoot: repo, paths: ['.'] });

async function scan(): Promise<{ findings: Finding[]; errors: { file: string; message: string }[]; configuration: ConfigurationModel }> {
  const { report, configuration } = await scanConfiguration({ repoRoot: repo, paths: ['.'], policy: defaultPolicyConfig(), now: NOW });
  return { findings: report.findings, errors: report.errors, configuration };
}

function attribute(model: ConfigurationModel, address: string, name: string): { value: Value; line: number } {
  const r = model.resources.find((x) => x.address === address);
  if (!r) throw new Error(`no ${address} in ${model.resources.map((x) => x.address).join(', ')}`);
  const a = r.body.attributes.get(name);
  if (!a) throw new Error(`no ${name} in ${address}`);
  return { value: a.value, line: a.loc.line };
}

function findingsOf(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

describe('parseTerraformJson', () => {
  it('maps block types, labels, nested blocks and arguments with their JSON lines', async () => {
    const source = `{
  "resource": {
    "aws_ecs_service": {
      "api": {
        "name": "api",
        "network_configuration": {
          "subnets": ["subnet-1"],
          "assign_public_ip": true
        },
        "tags": { "team": "core" },
        "ordered_placement_strategy": [
          { "type": "spread", "field": "instanceId" },
          { "type": "binpack", "field": "cpu" }
        ]
      }
    }
  },
  "terraform": { "backend": { "s3": { "bucket": "states", "key": "\${not-a-template}" } } }
}`;
    const syntax = parseTerraformJson(await getParser(), source);
    expect(syntax.lineCount).toBe(19);
    const [service, terraform] = syntax.body.blocks;
    expect(service).toMatchObject({ type: 'resource', labels: ['aws_ecs_service', 'api'], pos: { line: 4, endLine: 15 } });
    expect(service.attributes.map((a) => [a.name, a.pos.line, a.expr.t])).toEqual([['name', 5, 'lit'], ['tags', 10, 'object']]);
    // Unknown to the schema table's nested blocks, `tags` stays an argument; the table's blocks become blocks.
    expect(service.blocks.map((b) => [b.type, b.pos.line, b.pos.endLine])).toEqual([
      ['network_configuration', 6, 9], ['ordered_placement_strategy', 12, 12], ['ordered_placement_strategy', 13, 13],
    ]);
    expect(service.blocks[0].attributes.map((a) => [a.name, a.pos.line, a.expr.pos.line])).toEqual([['subnets', 7, 7], ['assign_public_ip', 8, 8]]);
    // Everything in a terraform block is literal: no template is parsed there.
    expect(terraform.blocks[0]).toMatchObject({ type: 'backend', labels: ['s3'], pos: { line: 18 } });
    expect(terraform.blocks[0].attributes.map((a) => a.expr)).toMatchObject([{ t: 'lit', v: 'states' }, { t: 'lit', v: '${not-a-template}' }]);
  });

  it('reads references and keywords where the spec says the string is an expression', async () => {
    const source = JSON.stringify({
      resource: {
        aws_ecs_service: {
          api: {
            provider: 'aws.west',
            depends_on: ['aws_iam_role.task', 'module.net'],
            lifecycle: { ignore_changes: ['desired_count', 'tags["x"]'] },
            dynamic: { load_balancer: { for_each: '${var.lbs}', iterator: 'lb', content: { container_name: '${lb.value.name}' } } },
          },
        },
      },
    }, null, 2);
    const [service] = parseTerraformJson(await getParser(), source).body.blocks;
    const attr = (name: string) => service.attributes.find((a) => a.name === name)!.expr;
    expect(attr('provider')).toMatchObject({ t: 'attr', name: 'west', src: 'aws.west' });
    expect(attr('depends_on')).toMatchObject({ t: 'tuple', items: [{ t: 'attr', src: 'aws_iam_role.task' }, { t: 'attr', src: 'module.net' }] });
    const lifecycle = service.blocks.find((b) => b.type === 'lifecycle')!;
    expect(lifecycle.attributes[0].expr).toMatchObject({ t: 'tuple', src: '[desired_count, tags["x"]]', items: [{ t: 'var', name: 'desired_count' }, { t: 'index' }] });
    const dynamic = service.blocks.find((b) => b.type === 'dynamic')!;
    expect(dynamic.labels).toEqual(['load_balancer']);
    expect(dynamic.attributes.map((a) => [a.name, a.expr.t])).toEqual([['for_each', 'attr'], ['iterator', 'var']]);
    expect(dynamic.blocks[0]).toMatchObject({ type: 'content', attributes: [{ name: 'container_name', expr: { t: 'attr', src: 'lb.value.name' } }] });
  });

  it('keeps "//" properties as comments, not arguments', async () => {
    const source = `{
  "//": "generated by cdktf",
  "resource": {
    "aws_ecr_repository": {
      "repo": {
        "name": "app",
        "//": ["first note", "drift-guard:ignore ecr-tag-mutable pinned by digest"]
      }
    }
  }
}`;
    const syntax = parseTerraformJson(await getParser(), source);
    expect(syntax.body.blocks[0].attributes.map((a) => a.name)).toEqual(['name']);
    expect(syntax.comments).toEqual([
      { line: 2, text: '# generated by cdktf' },
      // The suppression is copied to the resource's header line, where suppressions look for it.
      { line: 5, text: '# drift-guard:ignore ecr-tag-mutable pinned by digest' },
      { line: 7, text: '# first note' },
      { line: 7, text: '# drift-guard:ignore ecr-tag-mutable pinned by digest' },
    ]);
  });

  it('throws HclSyntaxError with the line of malformed JSON or a non-object block', async () => {
    const parser = await getParser();
    const bad = (source: string) => {
      try {
        parseTerraformJson(parser, source);
      } catch (e) {
        expect(e).toBeInstanceOf(HclSyntaxError);
        return { line: (e as HclSyntaxError).line, message: (e as Error).message };
      }
      throw new Error('no error');
    };
    expect(bad('{\n  "resource": {\n    "a": {\n      "b": { "x": 1, }\n    }\n  }\n}')).toEqual({ line: 4, message: 'invalid JSON at line 4: expected a property name in double quotes' });
    expect(bad('{\n  "locals": {\n    "x": "a\nb"\n  }\n}').line).toBe(3);
    expect(bad('{\n  "resource": {\n    "aws_ecs_service": "nope"\n  }\n}')).toEqual({ line: 3, message: 'invalid Terraform JSON at line 3: "resource" labels must be given as a JSON object' });
    expect(bad('{\n  "locals": {\n    "x": "${var."\n  }\n}').line).toBe(3);
  });
});

describe('loading .tf.json modules', () => {
  it('evaluates variables (literal defaults), locals, count and single-interpolation templates', async () => {
    const main = `{
  "variable": {
    "names": { "type": "list(string)", "default": ["web", "\${not.a.reference}"] },
    "replicas": { "type": "number", "default": 2 }
  },
  "locals": {
    "list": "\${var.names}",
    "label": "svc-\${var.names[0]}",
    "pair": { "a": "\${var.replicas}", "b": [1, true, null] }
  },
  "resource": {
    "null_resource": {
      "r": {
        "count": "\${var.replicas}",
        "list": "\${local.list}",
        "label": "\${local.label}",
        "pair": "\${local.pair}",
        "index": "\${count.index}",
        "escaped": "$\${literal}"
      }
    }
  }
}`;
    write({ 'main.tf.json': main });
    const m = await load();
    expect(m.errors).toEqual([]);
    expect(m.moduleDirs).toEqual(['.']);
    expect(m.resources.map((r) => r.address)).toEqual(['null_resource.r[0]', 'null_resource.r[1]']);
    const list = attribute(m, 'null_resource.r[1]', 'list');
    // "${var.names}" is the list itself, and a default's strings are not templates.
    expect(toPlain(list.value)).toEqual(['web', '${not.a.reference}']);
    expect(list.value.loc.line).toBe(lineOf(main, '"names"'));
    expect(toPlain(attribute(m, 'null_resource.r[1]', 'label').value)).toBe('svc-web');
    expect(toPlain(attribute(m, 'null_resource.r[0]', 'pair').value)).toEqual({ a: 2, b: [1, true, null] });
    expect(toPlain(attribute(m, 'null_resource.r[1]', 'index').value)).toBe(1);
    expect(toPlain(attribute(m, 'null_resource.r[0]', 'escaped').value)).toBe('${literal}');
    expect(attribute(m, 'null_resource.r[0]', 'label').line).toBe(lineOf(main, '"label": "${local.label}"'));
  });

  it('treats a folder with only .tf.json files as a module, reads backends, and reports malformed JSON', async () => {
    write({
      'stack/backend.tf.json': JSON.stringify({ terraform: { backend: { s3: { bucket: 'states', key: 'stack.tfstate', region: 'eu-west-1' } } } }, null, 2),
      'broken/main.tf.json': '{\n  "resource": {\n    "aws_ecs_cluster": {\n      "main": { "name": "x" "cpu": 1 }\n    }\n  }\n}\n',
      'broken/ok.tf': 'resource "aws_ecs_cluster" "ok" {\n  name = "ok"\n}\n',
      'stack/terraform.tfvars.json': '{ "unused": 1 }',
    });
    const m = await load();
    expect(m.moduleDirs).toEqual(['broken', 'stack']);
    expect(m.backends).toMatchObject([{ moduleDir: 'stack', type: 's3', settings: { bucket: 'states', key: 'stack.tfstate', region: 'eu-west-1' }, loc: { file: 'stack/backend.tf.json', line: 4 } }]);
    expect(m.errors).toEqual([{ file: 'broken/main.tf.json', message: "invalid JSON at line 4: expected ',' or '}' in object; file skipped" }]);
    expect(m.resources.map((r) => r.address)).toEqual(['aws_ecs_cluster.ok']);
  });
});

describe('findings on .tf.json lines', () => {
  it('container_definitions in "${jsonencode(...)}", a network_configuration block and ignore_changes', async () => {
    const main = `{
  "resource": {
    "aws_ecs_task_definition": {
      "app": {
        "family": "app",
        "network_mode": "awsvpc",
        "requires_compatibilities": ["FARGATE"],
        "cpu": 256,
        "memory": 512,
        "task_role_arn": "\${aws_iam_role.task.arn}",
        "execution_role_arn": "\${aws_iam_role.execution.arn}",
        "container_definitions": "\${jsonencode([{name = \\"app\\", image = \\"nginx@sha256:aaaa\\", essential = true, privileged = true}])}"
      }
    },
    "aws_ecs_service": {
      "api": {
        "name": "api",
        "task_definition": "\${aws_ecs_task_definition.app.arn}",
        "launch_type": "FARGATE",
        "network_configuration": {
          "subnets": ["subnet-1"],
          "assign_public_ip": true
        },
        "lifecycle": {
          "ignore_changes": [
            "desired_count",
            "task_definition",
            "network_configuration"
          ]
        }
      }
    }
  }
}`;
    write({ 'main.tf.json': main });
    const { findings, errors } = await scan();
    expect(errors).toEqual([]);
    expect(findingsOf(findings, 'ecs-container-privileged').map((f) => [f.file, f.startLine, f.resource])).toEqual([
      ['main.tf.json', lineOf(main, '"container_definitions"'), 'aws_ecs_task_definition.app'],
    ]);
    expect(findingsOf(findings, 'ecs-service-public-ip').map((f) => [f.file, f.startLine, f.resource])).toEqual([
      ['main.tf.json', lineOf(main, '"assign_public_ip"'), 'aws_ecs_service.api'],
    ]);
    expect(findingsOf(findings, 'ecs-ignore-changes-hides-drift').map((f) => [f.startLine, f.attributePath])).toEqual([
      [lineOf(main, '            "network_configuration"'), 'lifecycle.ignore_changes[network_configuration]'],
    ]);
    // A missing attribute of the container points at the container object, here the JSON string's line.
    expect(findingsOf(findings, 'ecs-container-no-logging').map((f) => f.startLine)).toEqual([lineOf(main, '"container_definitions"')]);
  });

  it('a module input written in a caller .tf.json points at the caller line', async () => {
    const caller = `{
  "module": {
    "svc": {
      "source": "./modules/svc",
      "public_ip": true,
      "name": "api"
    }
  }
}`;
    const child = `{
  "variable": {
    "public_ip": { "type": "bool", "default": false },
    "name": { "type": "string" }
  },
  "resource": {
    "aws_ecs_service": {
      "this": {
        "name": "\${var.name}",
        "network_configuration": {
          "subnets": ["subnet-1"],
          "assign_public_ip": "\${var.public_ip}"
        }
      }
    }
  }
}`;
    write({ 'live/main.tf.json': caller, 'live/modules/svc/main.tf.json': child });
    const { findings, configuration } = await scan();
    expect(configuration.moduleCalls).toMatchObject([{ name: 'module.svc', callerDir: 'live', sourceDir: 'live/modules/svc', loc: { file: 'live/main.tf.json', line: 3 } }]);
    expect(findingsOf(findings, 'ecs-service-public-ip').map((f) => [f.file, f.startLine, f.resource])).toEqual([
      ['live/main.tf.json', lineOf(caller, '"public_ip"'), 'module.svc.aws_ecs_service.this'],
    ]);
  });

  it('a "//" suppression anywhere in the resource body, or on the line above the finding', async () => {
    const main = `{
  "resource": {
    "aws_ecr_repository": {
      "repo": {
        "name": "app",
        "image_tag_mutability": "MUTABLE",
        "image_scanning_configuration": { "scan_on_push": true },
        "//": "drift-guard:ignore ecr-tag-mutable until=2026-12-31 tags are pinned by digest"
      }
    },
    "aws_ecs_service": {
      "api": {
        "name": "api",
        "network_configuration": {
          "subnets": ["subnet-1"],
          "//": "drift-guard:ignore ecs-service-public-ip public subnet by design",
          "assign_public_ip": true
        },
        "enable_execute_command": true
      }
    }
  }
}`;
    write({ 'main.tf.json': main });
    const { findings } = await scan();
    const tag = findingsOf(findings, 'ecr-tag-mutable');
    expect(tag.map((f) => [f.startLine, f.suppressed])).toEqual([
      [lineOf(main, '"image_tag_mutability"'), { kind: 'inline', until: '2026-12-31', reason: 'tags are pinned by digest', owner: null }],
    ]);
    const ip = findingsOf(findings, 'ecs-service-public-ip');
    expect(ip.map((f) => [f.startLine, f.suppressed?.reason])).toEqual([[lineOf(main, '"assign_public_ip"'), 'public subnet by design']]);
    // Not listed in either comment: still reported.
    expect(findingsOf(findings, 'ecs-service-exec-enabled').map((f) => [f.startLine, f.suppressed])).toEqual([[lineOf(main, '"enable_execute_command"'), null]]);
  });

  it('a mixed folder: variables in .tf, resources in .tf.json', async () => {
    const resources = `{
  "resource": {
    "aws_ecs_cluster": {
      "main": {
        "name": "main",
        "dynamic": {
          "setting": {
            "for_each": "\${var.settings}",
            "content": { "name": "\${setting.key}", "value": "\${setting.value}" }
          }
        }
      }
    },
    "aws_ecs_service": {
      "api": {
        "name": "api",
        "enable_execute_command": "\${var.exec}"
      }
    }
  }
}`;
    const variables = `variable "exec" {
  default = true
}

variable "settings" {
  default = { containerInsights = "disabled" }
}
`;
    write({ 'svc/main.tf.json': resources, 'svc/variables.tf': variables });
    const { findings, configuration } = await scan();
    expect(configuration.moduleFiles.get('svc')).toEqual(['svc/main.tf.json', 'svc/variables.tf']);
    expect(findingsOf(findings, 'ecs-service-exec-enabled').map((f) => [f.file, f.startLine])).toEqual([['svc/variables.tf', 2]]);
    const cluster = configuration.resources.find((r) => r.address === 'aws_ecs_cluster.main')!;
    expect(cluster.body.blocks.map((b) => [b.type, toPlain(b.attributes.get('name')!.value), toPlain(b.attributes.get('value')!.value)])).toEqual([
      ['setting', 'containerInsights', 'disabled'],
    ]);
    // The value "disabled" is written in the variable default, so that is where the finding points.
    expect(findingsOf(findings, 'ecs-cluster-no-container-insights').map((f) => [f.file, f.startLine])).toEqual([['svc/variables.tf', 6]]);
  });
});

describe('generated JSON layouts', () => {
  it('arrays at the block-type and label levels, a minified file and escaped line breaks', async () => {
    const generated = {
      '//': 'drift-guard:ignore ecs-service-exec-enabled generated file, exec reviewed',
      resource: [
        { aws_ecs_service: { a: { name: 'a', enable_execute_command: true } } },
        { aws_ecs_service: [{ b: { name: 'b', network_configuration: [{ subnets: ['s'], assign_public_ip: true }] } }] },
      ],
      provider: { aws: [{ region: 'eu-west-1' }, { alias: 'use1', region: 'us-east-1' }] },
      locals: { joined: 'x\n${upper("y")}' },
    };
    // One line, as many generators write it: every finding is on line 1.
    write({ 'gen/main.tf.json': JSON.stringify(generated) });
    const { findings, configuration } = await scan();
    expect(configuration.resources.map((r) => r.address)).toEqual(['aws_ecs_service.a', 'aws_ecs_service.b']);
    expect(findingsOf(findings, 'ecs-service-public-ip').map((f) => [f.file, f.startLine, f.resource])).toEqual([['gen/main.tf.json', 1, 'aws_ecs_service.b']]);
    // The file-level "//" shares line 1 with every finding, like a comment on the same line.
    expect(findingsOf(findings, 'ecs-service-exec-enabled').map((f) => f.suppressed?.reason)).toEqual(['generated file, exec reviewed']);
    const pretty = JSON.stringify(generated, null, 2);
    const syntax = parseTerraformJson(await getParser(), pretty);
    // Each element of the provider array is one block, starting at its `{`.
    expect(syntax.body.blocks.filter((b) => b.type === 'provider').map((b) => [b.labels, b.pos.line])).toEqual([
      [['aws'], lineOf(pretty, '"region": "eu-west-1"') - 1], [['aws'], lineOf(pretty, '"alias": "use1"') - 1],
    ]);
    const line = lineOf(pretty, '"joined"');
    // "x\n${...}" holds a line break, yet everything in it is on the JSON string's line.
    const locals = syntax.body.blocks.find((b) => b.type === 'locals')!;
    const joined = locals.attributes[0].expr;
    expect(joined).toMatchObject({ t: 'tmpl', pos: { line }, parts: [{ t: 'text', text: 'x\n', line }, { t: 'interp', expr: { t: 'call', pos: { line, endLine: line } } }] });
  });
});

describe('the same configuration in HCL and in JSON', () => {
  const hcl = `variable "public" {
  default = true
}

locals {
  image = "nginx:latest"
}

resource "aws_iam_role" "task" {
  name               = "task"
  assume_role_policy = "{}"
  inline_policy {
    name   = "all"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
  }
}

resource "aws_ecs_task_definition" "app" {
  family        = "app"
  network_mode  = "host"
  task_role_arn = aws_iam_role.task.arn
  container_definitions = jsonencode([{
    name       = "app"
    image      = local.image
    privileged = true
    user       = "root"
    mountPoints = [{ sourceVolume = "docker", containerPath = "/var/run/docker.sock" }]
  }])
  volume {
    name      = "docker"
    host_path = "/var/run/docker.sock"
  }
}

resource "aws_ecs_service" "api" {
  count                  = 2
  name                   = "api-\${count.index}"
  enable_execute_command = true
  network_configuration {
    subnets          = ["subnet-1"]
    assign_public_ip = var.public
  }
  lifecycle {
    ignore_changes = [task_definition, container_definitions]
  }
}

resource "aws_ecs_cluster" "main" {
  name = "main"
  setting {
    name  = "containerInsights"
    value = "disabled"
  }
  configuration {
    execute_command_configuration {
      logging = "NONE"
    }
  }
}

resource "aws_ecr_repository" "repo" {
  name = "app"
  image_scanning_configuration {
    scan_on_push = false
  }
}

import {
  to = aws_ecs_cluster.main
  id = "main"
}
`;
  const json = {
    variable: { public: { default: true } },
    locals: { image: 'nginx:latest' },
    resource: {
      aws_iam_role: {
        task: {
          name: 'task',
          assume_role_policy: '{}',
          inline_policy: { name: 'all', policy: '${jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })}' },
        },
      },
      aws_ecs_task_definition: {
        app: {
          family: 'app',
          network_mode: 'host',
          task_role_arn: '${aws_iam_role.task.arn}',
          container_definitions: '${jsonencode([{ name = "app", image = local.image, privileged = true, user = "root", mountPoints = [{ sourceVolume = "docker", containerPath = "/var/run/docker.sock" }] }])}',
          volume: [{ name: 'docker', host_path: '/var/run/docker.sock' }],
        },
      },
      aws_ecs_service: {
        api: {
          count: 2,
          name: 'api-${count.index}',
          enable_execute_command: true,
          network_configuration: { subnets: ['subnet-1'], assign_public_ip: '${var.public}' },
          lifecycle: { ignore_changes: ['task_definition', 'container_definitions'] },
        },
      },
      aws_ecs_cluster: {
        main: {
          name: 'main',
          setting: [{ name: 'containerInsights', value: 'disabled' }],
          configuration: { execute_command_configuration: { logging: 'NONE' } },
        },
      },
      aws_ecr_repository: { repo: { name: 'app', image_scanning_configuration: { scan_on_push: false } } },
    },
    import: [{ to: 'aws_ecs_cluster.main', id: 'main' }],
  };

  it('gives the same resources and the same findings', async () => {
    write({ 'hcl/main.tf': hcl, 'json/main.tf.json': JSON.stringify(json, null, 2) });
    const { findings, errors, configuration } = await scan();
    expect(errors).toEqual([]);
    const addresses = (dir: string) => configuration.resources.filter((r) => r.moduleDir === dir).map((r) => r.address).sort();
    expect(addresses('json')).toEqual(addresses('hcl'));
    expect(addresses('json')).toEqual([
      'aws_ecr_repository.repo', 'aws_ecs_cluster.main', 'aws_ecs_service.api[0]', 'aws_ecs_service.api[1]', 'aws_ecs_task_definition.app', 'aws_iam_role.task',
    ]);
    const summary = (dir: string) => findings
      .filter((f) => f.module === dir)
      .map((f) => `${f.ruleId} ${f.severity} ${f.resource} ${f.attributePath}`)
      .sort();
    const fromJson = summary('json');
    expect(fromJson).toEqual(summary('hcl'));
    const rules = new Set(fromJson.map((s) => s.split(' ')[0]));
    for (const id of [
      'ecs-container-privileged', 'ecs-container-root-user', 'ecs-container-image-not-pinned', 'ecs-task-host-network', 'ecs-container-host-mount',
      'ecs-task-role-wildcard', 'ecs-service-public-ip', 'ecs-service-exec-enabled', 'ecs-ignore-changes-hides-drift',
      'ecs-cluster-no-container-insights', 'ecs-cluster-exec-logging-disabled', 'ecr-scan-on-push-disabled', 'ecr-tag-mutable', 'ecs-import-needs-review',
    ]) expect(rules).toContain(id);
    // Every JSON finding points into the JSON file.
    expect(findings.filter((f) => f.module === 'json').every((f) => f.file === 'json/main.tf.json' && f.startLine > 1)).toBe(true);
  });
});
