// Regenerates __tests__/drift/fixtures/provider-schema/aws-5.100.0-ecs.json: the schema of the ECS
// resources drift compares, exactly as the AWS provider reports it (`terraform providers schema
// -json`), with descriptions dropped. Needs terraform and the provider in a filesystem mirror:
//   TF_PLUGIN_MIRROR=/opt/tf-plugins node scripts/ecs-provider-schema.mjs [--check]
// --check prints the differences and exits 1 instead of writing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROVIDER_VERSION = '5.100.0';
export const RESOURCE_TYPES = ['aws_ecs_service', 'aws_ecs_task_definition', 'aws_ecs_cluster', 'aws_ecs_cluster_capacity_providers', 'aws_ecs_capacity_provider', 'aws_ecs_task_set'];
const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '__tests__', 'drift', 'fixtures', 'provider-schema', `aws-${PROVIDER_VERSION}-ecs.json`);

function strip(block) {
  const out = {};
  if (block.attributes) {
    out.attributes = {};
    for (const [name, a] of Object.entries(block.attributes).sort()) {
      out.attributes[name] = Object.fromEntries(Object.entries(a).filter(([k]) => !k.startsWith('description') && k !== 'deprecated'));
    }
  }
  if (block.block_types) {
    out.block_types = {};
    for (const [name, b] of Object.entries(block.block_types).sort()) {
      out.block_types[name] = { nesting_mode: b.nesting_mode, ...(b.max_items ? { max_items: b.max_items } : {}), block: strip(b.block) };
    }
  }
  return out;
}

export function generate(mirror = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins', terraform = process.env.TERRAFORM ?? 'terraform') {
  const dir = mkdtempSync(join(tmpdir(), 'edg-schema-'));
  try {
    writeFileSync(join(dir, 'cli.tfrc'), `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n  }\n}\n`);
    writeFileSync(join(dir, 'main.tf'), `terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "${PROVIDER_VERSION}" }\n  }\n}\n`);
    const env = { ...process.env, TF_CLI_CONFIG_FILE: join(dir, 'cli.tfrc'), TF_IN_AUTOMATION: '1', CHECKPOINT_DISABLE: '1' };
    execFileSync(terraform, ['init', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
    const version = JSON.parse(execFileSync(terraform, ['version', '-json'], { cwd: dir, env }).toString()).terraform_version;
    const schema = JSON.parse(execFileSync(terraform, ['providers', 'schema', '-json'], { cwd: dir, env, maxBuffer: 1 << 30 }).toString());
    const resources = schema.provider_schemas['registry.terraform.io/hashicorp/aws'].resource_schemas;
    return {
      generatedBy: `terraform ${version} providers schema -json, hashicorp/aws ${PROVIDER_VERSION} (scripts/ecs-provider-schema.mjs; descriptions dropped)`,
      resources: Object.fromEntries(RESOURCE_TYPES.map((t) => [t, { version: resources[t].version, block: strip(resources[t].block) }])),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = `${JSON.stringify(generate(), null, 1)}\n`;
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    console.log(same ? 'provider schema fixture is up to date' : `${OUT} differs from what terraform reports now`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
