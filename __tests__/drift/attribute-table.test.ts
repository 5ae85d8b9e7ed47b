// docs/drift-attributes.md is generated from the attribute tables beside each comparison, and the
// tables cover every attribute of the provider's real schema (issue 12 item 1). The schema
// fixture comes from `terraform providers schema -json` with hashicorp/aws 5.100.0
// (scripts/ecs-provider-schema.mjs); when terraform and the provider mirror are here, the test
// also regenerates it and compares. `npm run docs:drift` (UPDATE_GOLDEN=1) rewrites the page.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { classifyDifference } from '../../src/drift/classify.js';
import { ATTRIBUTE_TABLES, driftAttributesDoc } from '../../src/drift/drift-attributes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DOC = join(ROOT, 'docs', 'drift-attributes.md');
const FIXTURE = join(import.meta.dirname, 'fixtures', 'provider-schema', 'aws-5.100.0-ecs.json');

interface SchemaBlock { attributes?: Record<string, unknown>; block_types?: Record<string, { block: SchemaBlock }> }

function schemaPaths(block: SchemaBlock, prefix = ''): string[] {
  const out: string[] = [];
  for (const name of Object.keys(block.attributes ?? {})) out.push(prefix + name);
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    out.push(prefix + name);
    out.push(...schemaPaths(nested.block, `${prefix}${name}.`));
  }
  return out;
}

const schema = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { generatedBy: string; resources: Record<string, { block: SchemaBlock }> };

describe('drift attribute tables', () => {
  it('docs/drift-attributes.md is the page generated from the tables', () => {
    const generated = driftAttributesDoc();
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(DOC, generated);
    expect(readFileSync(DOC, 'utf8')).toBe(generated);
  });

  it('covers exactly the compared resource types of the schema fixture', () => {
    expect(ATTRIBUTE_TABLES.map((t) => t.resourceType).sort()).toEqual(Object.keys(schema.resources).sort());
  });

  it.each(ATTRIBUTE_TABLES.map((t) => [t.resourceType, t] as const))('%s: every schema attribute has a row, and every row is in the schema or marked v6', (type, table) => {
    const rows = table.rows.map((r) => r.path);
    expect(rows.length).toBe(new Set(rows).size);
    const inSchema = schemaPaths(schema.resources[type]!.block);
    expect(inSchema.filter((p) => !rows.includes(p))).toEqual([]);
    expect(table.rows.filter((r) => !r.v6Only && !inSchema.includes(r.path)).map((r) => r.path)).toEqual([]);
    expect(table.rows.filter((r) => r.v6Only && inSchema.includes(r.path)).map((r) => r.path)).toEqual([]);
  });

  // Rows whose class depends on more than the path (controllers, autoscaling, per container field).
  const CONTEXTUAL = new Set(['aws_ecs_service desired_count', 'aws_ecs_service task_definition', 'aws_ecs_service load_balancer', 'aws_ecs_task_definition container_definitions']);

  it.each(ATTRIBUTE_TABLES.map((t) => [t.resourceType, t] as const))('%s: the class in the table is the class a difference gets', (type, table) => {
    const wrong: string[] = [];
    for (const row of table.rows) {
      if (row.class === 'not compared' || row.class === 'ignored' || CONTEXTUAL.has(`${type} ${row.path}`)) continue;
      const segments = row.path.replace(/^tags_all$/, 'tags').split('.').map((name) => ({ name, keyed: false }));
      const got = classifyDifference({ segments, expected: 1, actual: 2 }, { resourceType: type, address: `${type}.x`, ignoreChanges: [], expected: [], ignore: [] }).class;
      if (got !== row.class) wrong.push(`${row.path}: table says ${row.class}, classification gives ${got}`);
    }
    expect(wrong).toEqual([]);
  });

  const terraform = ['/usr/local/bin/terraform', '/usr/bin/terraform'].find((p) => existsSync(p));
  const mirror = process.env.TF_PLUGIN_MIRROR ?? '/opt/tf-plugins';
  if (!terraform || !existsSync(mirror)) {
    // eslint-disable-next-line no-console
    console.warn(`SKIPPED: terraform or the provider mirror (${mirror}) is not on this machine; the schema fixture was not regenerated`);
  }
  (terraform && existsSync(mirror) ? it : it.skip)('the schema fixture equals what terraform and the real provider report now', () => {
    const out = execFileSync(process.execPath, [join(ROOT, 'scripts', 'ecs-provider-schema.mjs'), '--check'], { env: { ...process.env, TERRAFORM: terraform, TF_PLUGIN_MIRROR: mirror }, encoding: 'utf8', stdio: 'pipe' });
    expect(out).toContain('up to date');
  }, 120_000);
});
