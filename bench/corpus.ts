// A synthetic Terraform monorepo for the scan benchmark: many teams' ECS stacks written in
// every form the evaluator has to follow (plain attributes, jsonencode, heredoc JSON, file(),
// templatefile(), variable defaults, locals, local module inputs, for_each and count), with
// violations at rates seen in imported estates. Generation is deterministic: the same seed and
// size give byte-identical files, so runs and machines compare.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface CorpusOptions {
  /** Total module folders (shared modules + root modules). */
  modules: number;
  seed: number;
}

export interface CorpusStats {
  modules: number;
  sharedModules: number;
  rootModules: number;
  /** `.tf` files and their lines (what the HCL parser reads). */
  tfFiles: number;
  tfLines: number;
  /** file()/templatefile() targets. */
  otherFiles: number;
  /** Resource blocks written, by type (before for_each/count expansion). */
  resourceBlocks: Record<string, number>;
  /** Root modules per value form. */
  forms: Record<string, number>;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const VALUE_FORMS = ['attributes', 'heredoc', 'file', 'templatefile', 'variables-locals', 'module-inputs', 'for-each', 'count'] as const;
export type ValueForm = (typeof VALUE_FORMS)[number];

const SHARED_SERVICE_MODULES = 24;
const SHARED_CLUSTER_MODULES = 8;
const ACCOUNT = '111122223333';
const REGION = 'eu-west-1';
const WORDS = ['api', 'web', 'worker', 'billing', 'search', 'orders', 'auth', 'ledger', 'notify', 'reports', 'media', 'gateway', 'catalog', 'cart', 'profile', 'events'];
const TEAMS = ['payments', 'identity', 'growth', 'platform', 'data', 'mobile', 'risk', 'logistics', 'support', 'content'];

interface Container {
  name: string;
  image: string;
  user?: string;
  privileged?: boolean;
  readonlyRootFilesystem?: boolean;
  essential: boolean;
  memory?: number;
  port: number;
  environment: [string, string][];
  secrets: [string, string][];
  logging: boolean;
  healthCheck: boolean;
  capAdd: string[];
  capDrop: string[];
}

class Rng {
  constructor(readonly next: () => number) {}
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  token(length: number, alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}

function makeContainer(rng: Rng, name: string): Container {
  const repo = `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${name}`;
  const imageRoll = rng.next();
  const image = imageRoll < 0.12 ? `${repo}:latest`
    : imageRoll < 0.16 ? repo
      : imageRoll < 0.7 ? `${repo}:${rng.int(1, 9)}.${rng.int(0, 30)}.${rng.int(0, 9)}`
        : `${repo}@sha256:${rng.token(64, '0123456789abcdef')}`;
  const userRoll = rng.next();
  const environment: [string, string][] = [
    ['LOG_LEVEL', rng.pick(['info', 'debug', 'warn'])],
    ['PORT', String(8080)],
  ];
  if (rng.chance(0.5)) environment.push(['FEATURE_FLAGS', rng.pick(['a,b', 'beta', 'none'])]);
  // Plaintext credentials: the most common finding in imported task definitions.
  if (rng.chance(0.06)) environment.push([rng.pick(['DB_PASSWORD', 'API_TOKEN', 'STRIPE_SECRET', 'SERVICE_CREDENTIAL']), rng.token(24)]);
  const secrets: [string, string][] = [];
  if (rng.chance(0.6)) secrets.push(['DB_URL', `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${name}/db-${rng.token(6)}`]);
  if (rng.chance(0.05)) secrets.push(['LEGACY_KEY', `${name}-legacy-key`]);
  const capAdd = rng.chance(0.04) ? [rng.pick(['SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'NET_RAW'])] : [];
  return {
    name,
    image,
    user: userRoll < 0.12 ? undefined : userRoll < 0.16 ? 'root' : String(rng.int(1000, 65000)),
    privileged: rng.chance(0.03) ? true : rng.chance(0.2) ? false : undefined,
    readonlyRootFilesystem: rng.chance(0.65) ? true : rng.chance(0.5) ? false : undefined,
    essential: true,
    memory: rng.chance(0.4) ? rng.pick([256, 512, 1024]) : undefined,
    port: rng.pick([80, 8080, 3000, 9000]),
    environment,
    secrets,
    logging: rng.chance(0.88),
    healthCheck: rng.chance(0.75),
    capAdd,
    capDrop: rng.chance(0.55) ? ['ALL'] : [],
  };
}

function containerJson(c: Container, name: string = c.name, image: string = c.image): Record<string, unknown> {
  const out: Record<string, unknown> = { name, image, essential: c.essential };
  if (c.user !== undefined) out.user = c.user;
  if (c.privileged !== undefined) out.privileged = c.privileged;
  if (c.readonlyRootFilesystem !== undefined) out.readonlyRootFilesystem = c.readonlyRootFilesystem;
  if (c.memory !== undefined) out.memory = c.memory;
  out.portMappings = [{ containerPort: c.port, protocol: 'tcp' }];
  out.environment = c.environment.map(([n, value]) => ({ name: n, value }));
  if (c.secrets.length) out.secrets = c.secrets.map(([n, valueFrom]) => ({ name: n, valueFrom }));
  if (c.capAdd.length || c.capDrop.length) out.linuxParameters = { capabilities: { ...(c.capAdd.length ? { add: c.capAdd } : {}), ...(c.capDrop.length ? { drop: c.capDrop } : {}) } };
  if (c.healthCheck) out.healthCheck = { command: ['CMD-SHELL', `curl -fsS http://localhost:${c.port}/health || exit 1`], interval: 30, retries: 3 };
  if (c.logging) out.logConfiguration = { logDriver: 'awslogs', options: { 'awslogs-group': `/ecs/${c.name}`, 'awslogs-region': REGION, 'awslogs-stream-prefix': c.name } };
  return out;
}

const q = (s: string): string => JSON.stringify(s);

/** An HCL expression for a plain JSON value, as written inside jsonencode(). */
function hclValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object')) return `[${value.map((v) => hclValue(v, indent)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => `${inner}${hclValue(v, inner)}`).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const inner = indent + '  ';
    const key = (k: string) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : q(k));
    return `{\n${entries.map(([k, v]) => `${inner}${key(k)} = ${hclValue(v, inner)}`).join('\n')}\n${indent}}`;
  }
  return typeof value === 'string' ? q(value) : String(value);
}

/** Container objects as HCL lines, replacing some values by expressions (variables, locals, each.*). */
function containerHcl(c: Container, indent: string, overrides: Record<string, string> = {}): string {
  const json = containerJson(c);
  const inner = indent + '  ';
  const lines = Object.entries(json).map(([k, v]) => `${inner}${k} = ${overrides[k] ?? hclValue(v, inner)}`);
  for (const [k, v] of Object.entries(overrides)) if (!(k in json)) lines.push(`${inner}${k} = ${v}`);
  return `{\n${lines.join('\n')}\n${indent}}`;
}

interface ModuleWriter {
  dir: string;
  files: Map<string, string>;
}

class CorpusBuilder {
  readonly stats: CorpusStats;
  private readonly out: ModuleWriter[] = [];

  constructor(private readonly rng: Rng, private readonly options: CorpusOptions) {
    this.stats = { modules: 0, sharedModules: 0, rootModules: 0, tfFiles: 0, tfLines: 0, otherFiles: 0, resourceBlocks: {}, forms: {} };
  }

  private module(dir: string): ModuleWriter {
    const m = { dir, files: new Map<string, string>() };
    this.out.push(m);
    return m;
  }

  private count(text: string): void {
    for (const m of text.matchAll(/^resource "([a-z0-9_]+)"/gm)) this.stats.resourceBlocks[m[1]!] = (this.stats.resourceBlocks[m[1]!] ?? 0) + 1;
  }

  build(): ModuleWriter[] {
    const shared = Math.min(SHARED_SERVICE_MODULES + SHARED_CLUSTER_MODULES, Math.max(2, Math.floor(this.options.modules / 10)));
    const serviceModules = Math.max(1, Math.round((shared * SHARED_SERVICE_MODULES) / (SHARED_SERVICE_MODULES + SHARED_CLUSTER_MODULES)));
    const clusterModules = Math.max(1, shared - serviceModules);
    for (let i = 0; i < serviceModules; i++) this.sharedServiceModule(i);
    for (let i = 0; i < clusterModules; i++) this.sharedClusterModule(i);
    const roots = this.options.modules - serviceModules - clusterModules;
    for (let i = 0; i < roots; i++) {
      const form = VALUE_FORMS[i % VALUE_FORMS.length]!;
      const team = TEAMS[i % TEAMS.length]!;
      const name = `${this.rng.pick(WORDS)}-${i}`;
      this.rootModule(`teams/${team}/${name}`, name, form, i, serviceModules, clusterModules);
      this.stats.forms[form] = (this.stats.forms[form] ?? 0) + 1;
    }
    this.stats.sharedModules = serviceModules + clusterModules;
    this.stats.rootModules = roots;
    this.stats.modules = this.out.length;
    for (const m of this.out) {
      for (const [file, text] of m.files) {
        if (file.endsWith('.tf')) {
          this.stats.tfFiles += 1;
          this.stats.tfLines += text.split('\n').length;
          this.count(text);
        } else this.stats.otherFiles += 1;
      }
    }
    return this.out;
  }

  private sharedServiceModule(i: number): void {
    const m = this.module(`modules/ecs-service-${i}`);
    const rng = this.rng;
    const c = makeContainer(rng, 'svc');
    const fargate = rng.chance(0.7);
    m.files.set('variables.tf', [
      variableBlock('name', 'string'),
      variableBlock('cluster_arn', 'string'),
      variableBlock('image', 'string'),
      variableBlock('privileged', 'bool', 'false'),
      variableBlock('readonly_root', 'bool', 'true'),
      variableBlock('user', 'string', q('10001')),
      variableBlock('environment', 'map(string)', '{}'),
      variableBlock('secrets', 'map(string)', '{}'),
      variableBlock('assign_public_ip', 'bool', 'false'),
      variableBlock('enable_execute_command', 'bool', 'false'),
      variableBlock('desired_count', 'number', '2'),
      variableBlock('cpu', 'number', '256'),
      variableBlock('memory', 'number', '512'),
      variableBlock('subnet_ids', 'list(string)', '["subnet-0a1b2c3d4e5f60718"]'),
    ].join('\n'));
    const wildcard = rng.chance(0.15);
    m.files.set('main.tf', `${iamRoles('var.name', wildcard)}
resource "aws_cloudwatch_log_group" "this" {
  name              = "/ecs/\${var.name}"
  retention_in_days = 30
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  ${fargate ? 'requires_compatibilities = ["FARGATE"]' : 'requires_compatibilities = ["EC2"]'}
  network_mode             = "awsvpc"
  cpu                      = var.cpu
  memory                   = var.memory
  task_role_arn            = aws_iam_role.task.arn
  execution_role_arn       = aws_iam_role.execution.arn

  container_definitions = jsonencode([
    ${containerHcl(c, '    ', {
      name: 'var.name',
      image: 'var.image',
      user: 'var.user',
      privileged: 'var.privileged',
      readonlyRootFilesystem: 'var.readonly_root',
      environment: '[for k, v in var.environment : { name = k, value = v }]',
      secrets: '[for k, v in var.secrets : { name = k, valueFrom = v }]',
    })}
  ])
}

resource "aws_ecs_service" "this" {
  name                   = var.name
  cluster                = var.cluster_arn
  task_definition        = aws_ecs_task_definition.this.arn
  desired_count          = var.desired_count
  launch_type            = ${fargate ? '"FARGATE"' : '"EC2"'}
  enable_execute_command = var.enable_execute_command
${fargate && rng.chance(0.2) ? '  platform_version       = "1.4.0"\n' : ''}
  network_configuration {
    subnets          = var.subnet_ids
    security_groups  = []
    assign_public_ip = var.assign_public_ip
  }
${rng.chance(0.3) ? `
  lifecycle {
    ignore_changes = [${rng.chance(0.3) ? 'task_definition, container_definitions' : 'desired_count'}]
  }
` : ''}}
`);
    m.files.set('outputs.tf', 'output "service_name" {\n  value = aws_ecs_service.this.name\n}\n\noutput "task_definition_arn" {\n  value = aws_ecs_task_definition.this.arn\n}\n');
  }

  private sharedClusterModule(i: number): void {
    const m = this.module(`modules/ecs-cluster-${i}`);
    const rng = this.rng;
    m.files.set('variables.tf', [variableBlock('name', 'string'), variableBlock('insights', 'string', q('enabled')), variableBlock('asg_arn', 'string', q(`arn:aws:autoscaling:${REGION}:${ACCOUNT}:autoScalingGroup:x:autoScalingGroupName/asg`))].join('\n'));
    m.files.set('main.tf', `resource "aws_ecs_cluster" "this" {
  name = var.name

  setting {
    name  = "containerInsights"
    value = var.insights
  }
${rng.chance(0.6) ? `
  configuration {
    execute_command_configuration {
      logging = "${rng.pick(['DEFAULT', 'NONE', 'OVERRIDE'])}"
${rng.chance(0.5) ? `      kms_key_id = "arn:aws:kms:${REGION}:${ACCOUNT}:key/${rng.token(8, '0123456789abcdef')}"\n` : ''}    }
  }
` : ''}}

resource "aws_ecs_capacity_provider" "ec2" {
  name = "\${var.name}-ec2"

  auto_scaling_group_provider {
    auto_scaling_group_arn         = var.asg_arn
    managed_termination_protection = "${rng.chance(0.7) ? 'ENABLED' : 'DISABLED'}"

    managed_scaling {
      status          = "ENABLED"
      target_capacity = 90
    }
  }
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = [aws_ecs_capacity_provider.ec2.name, "FARGATE"]

  default_capacity_provider_strategy {
    capacity_provider = "FARGATE"
    weight            = 1
  }
}
`);
    m.files.set('outputs.tf', 'output "arn" {\n  value = aws_ecs_cluster.this.arn\n}\n');
  }

  private rootModule(dir: string, name: string, form: ValueForm, index: number, serviceModules: number, clusterModules: number): void {
    const m = this.module(dir);
    const rng = this.rng;
    const depth = dir.split('/').length;
    const up = '../'.repeat(depth);
    const cluster = `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${TEAMS[index % TEAMS.length]}`;
    m.files.set('versions.tf', `terraform {
  required_version = ">= 1.6"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
${rng.chance(0.5) ? `
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "${dir}.tfstate"
    region = "${REGION}"
  }
` : ''}}

provider "aws" {
  region = "${REGION}"
}
`);
    const c = makeContainer(rng, name);
    const sidecar = rng.chance(0.3) ? makeContainer(rng, `${name}-sidecar`) : undefined;
    if (sidecar) sidecar.essential = false;
    const containers = sidecar ? [c, sidecar] : [c];
    const parts: string[] = [];
    const suppress = rng.chance(0.08) ? '# drift-guard:ignore ecs-container-writable-root-fs until=2031-01-01 migrating to read-only images\n' : '';
    const networkMode = rng.chance(0.03) ? 'host' : rng.chance(0.08) ? 'bridge' : 'awsvpc';
    const pid = rng.chance(0.02) ? '  pid_mode = "host"\n' : '';
    const taskHeader = (resourceName: string, family: string, extra = ''): string => `${suppress}resource "aws_ecs_task_definition" "${resourceName}" {
${extra}  family                   = ${family}
  requires_compatibilities = [${networkMode === 'awsvpc' ? '"FARGATE"' : '"EC2"'}]
  network_mode             = "${networkMode}"
${pid}  cpu                      = ${rng.pick([256, 512, 1024])}
  memory                   = ${rng.pick([512, 1024, 2048])}
  task_role_arn            = aws_iam_role.task.arn
  execution_role_arn       = ${rng.chance(0.05) ? 'aws_iam_role.task.arn' : 'aws_iam_role.execution.arn'}
`;
    const service = (resourceName: string, td: string, extra = ''): string => `resource "aws_ecs_service" "${resourceName}" {
${extra}  name                   = ${extra.includes('for_each') ? 'each.key' : extra.includes('count') ? `"${name}-\${count.index}"` : q(name)}
  cluster                = "${cluster}"
  task_definition        = ${td}
  desired_count          = ${rng.int(1, 6)}
  launch_type            = "FARGATE"
  enable_execute_command = ${rng.chance(0.12)}

  network_configuration {
    subnets          = ["subnet-0a1b2c3d4e5f60718", "subnet-0b1b2c3d4e5f60718"]
    security_groups  = ["sg-0fedcba9876543210"]
    assign_public_ip = ${rng.chance(0.06)}
  }
}
`;
    const roles = iamRoles(q(name), rng.chance(0.08));
    switch (form) {
      case 'attributes':
        parts.push(roles, `${taskHeader('app', q(name))}
  container_definitions = jsonencode([
${containers.map((x) => `    ${containerHcl(x, '    ')}`).join(',\n')}
  ])
}
`, service('app', 'aws_ecs_task_definition.app.arn'));
        break;
      case 'heredoc':
        parts.push(roles, `${taskHeader('app', q(name))}
  container_definitions = <<-EOT
${indentText(JSON.stringify(containers.map((x) => containerJson(x)), null, 2), '    ')}
  EOT
}
`, service('app', 'aws_ecs_task_definition.app.arn'));
        break;
      case 'file':
        m.files.set('containers.json', `${JSON.stringify(containers.map((x) => containerJson(x)), null, 2)}\n`);
        parts.push(roles, `${taskHeader('app', q(name))}
  container_definitions = file("\${path.module}/containers.json")
}
`, service('app', 'aws_ecs_task_definition.app.arn'));
        break;
      case 'templatefile': {
        const json = JSON.stringify(containers.map((x, i) => containerJson(x, i === 0 ? '${name}' : x.name, i === 0 ? '${image}' : x.image)), null, 2);
        m.files.set('containers.json.tpl', `${json}\n`);
        parts.push(roles, `${taskHeader('app', q(name))}
  container_definitions = templatefile("\${path.module}/containers.json.tpl", {
    name  = ${q(name)}
    image = ${q(c.image)}
  })
}
`, service('app', 'aws_ecs_task_definition.app.arn'));
        break;
      }
      case 'variables-locals':
        m.files.set('variables.tf', `${variableBlock('image', 'string', q(c.image))}
${variableBlock('run_as_user', 'string', c.user === undefined ? 'null' : q(c.user))}
${variableBlock('log_level', 'string', q('info'))}
`);
        parts.push(roles, `locals {
  common_environment = [
    { name = "LOG_LEVEL", value = var.log_level },
    { name = "SERVICE", value = ${q(name)} },
${c.environment.slice(2).map(([n, v]) => `    { name = ${q(n)}, value = ${q(v)} },`).join('\n')}
  ]
  privileged = ${c.privileged ?? false}
}

${taskHeader('app', q(name))}
  container_definitions = jsonencode([
    ${containerHcl(c, '    ', { image: 'var.image', user: 'var.run_as_user', environment: 'local.common_environment', privileged: 'local.privileged' })}
  ])
}
`, service('app', 'aws_ecs_task_definition.app.arn'));
        break;
      case 'module-inputs': {
        const k = Math.floor(index / VALUE_FORMS.length) % serviceModules;
        const env = c.environment.map(([n, v]) => `    ${n} = ${q(v)}`).join('\n');
        parts.push(`module "service" {
  source                 = "${up}modules/ecs-service-${k}"
  name                   = ${q(name)}
  cluster_arn            = "${cluster}"
  image                  = ${q(c.image)}
  privileged             = ${c.privileged ?? false}
  readonly_root          = ${c.readonlyRootFilesystem ?? false}
  assign_public_ip       = ${rng.chance(0.06)}
  enable_execute_command = ${rng.chance(0.12)}
${c.user === undefined ? '' : `  user                   = ${q(c.user)}\n`}
  environment = {
${env}
  }
}
`);
        if (Math.floor(index / VALUE_FORMS.length) % 3 === 0) {
          parts.push(`module "cluster" {
  source   = "${up}modules/ecs-cluster-${Math.floor(index / VALUE_FORMS.length / 3) % clusterModules}"
  name     = ${q(`${name}-cluster`)}
  insights = ${q(rng.pick(['enabled', 'enhanced', 'disabled']))}
}
`);
        }
        break;
      }
      case 'for-each': {
        const count = rng.int(2, 5);
        const services = Array.from({ length: count }, (_, i) => makeContainer(rng, `${name}-${WORDS[(index + i) % WORDS.length]}`));
        parts.push(`locals {
  services = {
${services.map((s) => `    ${q(s.name)} = {
      image      = ${q(s.image)}
      privileged = ${s.privileged ?? false}
      user       = ${s.user === undefined ? 'null' : q(s.user)}
      port       = ${s.port}
    }`).join('\n')}
  }
}
`);
        const round = Math.floor(index / VALUE_FORMS.length);
        if (round % 2 === 0) {
          // A for_each over a local module: inputs reach the module's resources per instance.
          parts.push(`module "services" {
  source      = "${up}modules/ecs-service-${(round / 2 + 7) % serviceModules}"
  for_each    = local.services
  name        = each.key
  cluster_arn = "${cluster}"
  image       = each.value.image
  privileged  = each.value.privileged
}
`);
        } else {
          parts.push(roles, `${taskHeader('svc', 'each.key', '  for_each = local.services\n')}
  container_definitions = jsonencode([
    ${containerHcl(c, '    ', { name: 'each.key', image: 'each.value.image', privileged: 'each.value.privileged', user: 'each.value.user', portMappings: '[{ containerPort = each.value.port, protocol = "tcp" }]' })}
  ])
}
`, service('svc', 'aws_ecs_task_definition.svc[each.key].arn', '  for_each = local.services\n'));
        }
        break;
      }
      case 'count': {
        const n = rng.int(2, 4);
        parts.push(roles, `${taskHeader('worker', `"${name}-\${count.index}"`, `  count = ${n}\n`)}
  container_definitions = jsonencode([
    ${containerHcl(c, '    ', { name: `"${name}-\${count.index}"` })}
  ])
}
`, service('worker', 'aws_ecs_task_definition.worker[count.index].arn', `  count = ${n}\n`));
        break;
      }
    }
    if (index % 3 === 0) {
      parts.push(`resource "aws_ecr_repository" "app" {
  name                 = ${q(name)}
  image_tag_mutability = "${rng.chance(0.4) ? 'MUTABLE' : 'IMMUTABLE'}"

  image_scanning_configuration {
    scan_on_push = ${rng.chance(0.7)}
  }
}
`);
    }
    if (index % 7 === 0) {
      parts.push(`resource "aws_ecs_cluster" "own" {
  name = ${q(`${name}-cluster`)}
${rng.chance(0.6) ? `
  setting {
    name  = "containerInsights"
    value = "${rng.pick(['enabled', 'enhanced', 'disabled'])}"
  }
` : ''}}

resource "aws_ecs_capacity_provider" "own" {
  name = ${q(`${name}-cp`)}

  auto_scaling_group_provider {
    auto_scaling_group_arn         = "arn:aws:autoscaling:${REGION}:${ACCOUNT}:autoScalingGroup:x:autoScalingGroupName/${name}"
    managed_termination_protection = "${rng.chance(0.6) ? 'ENABLED' : 'DISABLED'}"
  }
}
`);
    }
    if (index % 11 === 0) parts.push(`import {\n  to = aws_ecs_service.${form === 'count' ? 'worker[0]' : form === 'for-each' ? 'svc' : 'app'}\n  id = "${TEAMS[index % TEAMS.length]}/${name}"\n}\n`);
    parts.push(`resource "aws_cloudwatch_log_group" "app" {
  name              = "/ecs/${name}"
  retention_in_days = ${rng.pick([7, 30, 90])}
}
`);
    m.files.set('main.tf', parts.join('\n'));
    m.files.set('outputs.tf', `output "log_group" {\n  value = aws_cloudwatch_log_group.app.name\n}\n`);
  }
}

function indentText(text: string, indent: string): string {
  return text.split('\n').map((l) => indent + l).join('\n');
}

function variableBlock(name: string, type: string, defaultValue?: string): string {
  return `variable "${name}" {\n  type = ${type}\n${defaultValue === undefined ? '' : `  default = ${defaultValue}\n`}}\n`;
}

function iamRoles(nameExpr: string, wildcard: boolean): string {
  const name = nameExpr.startsWith('"') ? nameExpr.slice(1, -1) : `\${${nameExpr}}`;
  return `resource "aws_iam_role" "task" {
  name = "${name}-task"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

resource "aws_iam_role_policy" "task" {
  name = "${name}-task"
  role = aws_iam_role.task.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ${wildcard ? '"*"' : '["s3:GetObject", "sqs:ReceiveMessage"]'}
      Resource = "*"
    }]
  })
}

resource "aws_iam_role" "execution" {
  name = "${name}-execution"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "ecs-tasks.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}
`;
}

/** Writes the corpus under `root` (emptied first) and returns what it wrote. */
export function generateCorpus(root: string, options: CorpusOptions): CorpusStats {
  const builder = new CorpusBuilder(new Rng(seededRandom(options.seed)), options);
  const modules = builder.build();
  rmSync(root, { recursive: true, force: true });
  for (const m of modules) {
    for (const [file, text] of m.files) {
      const path = join(root, m.dir, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  return builder.stats;
}
