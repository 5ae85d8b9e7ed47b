// Issue 12 point 5: "for every compared attribute, a planted console change is found with the right
// class". Generated from the attribute tables (src/drift/resources/*.ts): for every row of class
// security or config, the first provider-written fixture whose live estate holds the row's API field
// gets that field changed in its recorded estate (restored in memory into one emulator), and drift,
// read through the real ECS client, must report a difference at the row's path with the row's class.
// A row that cannot be planted must be listed in NOT_PLANTED with the reason, so a new row in a table
// fails here until it is planted or explained; a listed row that becomes plantable (a fixture gains
// the field) fails too, so the list cannot rot. The change is one per row, in the v4 state form
// (fidelity.test.ts shows the show.json form reads the same); a change to a key field of a keyed set
// is found as the element removed and another added ("found at the keyed parent"). Set PLANT_REPORT=1
// to print every row's fixture, change and differences.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as ecsModel from '@aws-sdk/client-ecs';
import { ECSClient } from '@aws-sdk/client-ecs';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator, type EcsStateSnapshot } from '../../test-support/aws/emulator.js';
import { PROVIDER_FIXTURES_DIR, readScenarioFixture, SCENARIOS_DIR } from '../../test-support/terraform/provider-fixtures.js';
import { ATTRIBUTE_TABLES } from '../../src/drift/drift-attributes.js';
import type { AttributeRow } from '../../src/drift/attribute-table.js';
import { detectDrift } from '../../src/drift/detect-drift.js';
import { silentLogger } from '../../src/logger.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { emulatorClients } from './live-estate.js';
import { applyAsProviderV6 } from './provider-v6-apply.js';
import { applyAsProviderV6ServiceConnect } from './provider-v6-apply-service-connect.js';

type Json = unknown;
type Obj = Record<string, Json>;
const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Fixture {
  name: string;
  repoRoot: string;
  state: string;
  live: EcsStateSnapshot;
  configuration?: Awaited<ReturnType<typeof loadConfiguration>>;
}

const SCENARIOS = ['fargate-alb', 'fargate-worker', 'ec2-bridge-capacity-providers', 'daemon', 'external-controller', 'code-deploy', 'service-connect', 'ebs-volume', 'service-options', 'task-definition-options', 'external-task-sets'];
const V6 = path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'blue-green-managed-instances');
const V6_SC = path.join(import.meta.dirname, 'fixtures', 'provider-v6', 'service-connect-canary');

/** Rows not planted, grouped by the reason; each row is `resource_type path`. */
const IDENTITY = [
  'aws_ecs_service name',
  'aws_ecs_task_definition family',
  'aws_ecs_cluster name',
  'aws_ecs_cluster_capacity_providers cluster_name',
  'aws_ecs_capacity_provider name',
];
const ONLY_VALUE = [
  'aws_ecs_cluster setting.name',
  'aws_ecs_service volume_configuration.managed_ebs_volume.tag_specifications.resource_type',
  'aws_ecs_task_set scale.unit',
  'aws_ecs_task_definition proxy_configuration.type',
  'aws_ecs_task_definition placement_constraints.type',
];
const ABSENT: string[] = [];
const NOT_PLANTED: [string[], string, 'NOT FOUND' | 'not planted'][] = [
  [IDENTITY, 'identity (ForceNew): the resource is read by this value, so a changed value is another resource, not a difference', 'NOT FOUND'],
  [
    ONLY_VALUE,
    'an enum of one value, so there is no other valid value: ClusterSettingName (containerInsights), EBSResourceType (volume), ScaleUnit (PERCENT), ProxyConfigurationType (APPMESH), TaskDefinitionPlacementConstraintType (memberOf)',
    'not planted',
  ],
  [ABSENT, "no fixture's live estate holds the field (absent or an empty list), so there is nothing to change", 'not planted'],
];

// ---- where a row's API field lives in an estate ------------------------------------------

/** The objects of one resource kind in a snapshot that the row's API path is walked from. */
function roots(live: EcsStateSnapshot, resourceType: string, row: AttributeRow): Obj[] {
  const services = live.services.flatMap((c) => c.services) as unknown as Obj[];
  switch (resourceType) {
    case 'aws_ecs_service': {
      // Service Connect, volume and VPC Lattice configurations are read from the PRIMARY deployment.
      if (/^(service_connect_configuration|volume_configuration|vpc_lattice_configurations)\b/.test(row.path)) {
        return services.flatMap((s) => ((s.deployments as Obj[] | undefined) ?? []).filter((d) => d.status === 'PRIMARY'));
      }
      return services;
    }
    case 'aws_ecs_task_definition':
      return live.taskDefinitions.flatMap((t) => [t.taskDefinition as unknown as Obj, { tags: t.tags } as Obj]);
    case 'aws_ecs_cluster':
    case 'aws_ecs_cluster_capacity_providers':
      return live.clusters as unknown as Obj[];
    case 'aws_ecs_capacity_provider':
      return live.capacityProviders as unknown as Obj[];
    case 'aws_ecs_task_set':
      return live.taskSets.flatMap((t) => t.taskSets) as unknown as Obj[];
    default:
      throw new Error(`no estate walk for ${resourceType}`);
  }
}

/** A location: the container and the key of the value. */
interface Location { parent: Obj | Json[]; key: string | number; trail: string }

/** The API path as segments (`[]` and `[0]` both meaning an element; `deployments[PRIMARY].` dropped). */
function apiSegments(api: string): string[] | undefined {
  if (api === '-' || /[,\s()]/.test(api)) return undefined;
  const text = api.replace(/^deployments\[PRIMARY\]\./, '').replace(/\[(\d+)?\]/g, '.[]');
  return text.split('.');
}

/** Every place under root whose path ends with the API segments (the table writes paths relative to the parent row). */
function locate(root: Obj, segments: string[], anchored: boolean): Location[] {
  const found: Location[] = [];
  const walk = (value: Json, trail: string[], parent: Obj | Json[] | undefined, key: string | number | undefined) => {
    const matches = anchored ? trail.length === segments.length : trail.length >= segments.length;
    if (parent !== undefined && key !== undefined && matches && segments.every((s, i) => s === trail[trail.length - segments.length + i])) {
      found.push({ parent, key, trail: trail.join('.') });
    }
    if (anchored && trail.length >= segments.length) return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...trail, '[]'], value, i));
    // The service's deployments, events and task sets are not where its own fields are read from.
    else if (isObj(value)) for (const [k, v] of Object.entries(value)) if (!(trail.length === 0 && ['deployments', 'events', 'taskSets'].includes(k) )) walk(v, [...trail, k], value, k);
  };
  walk(root, [], undefined, undefined);
  return found;
}

/**
 * DescribeServices embeds the task sets of an EXTERNAL service (without tags), and drift reads them
 * from there first; the recorded estate keeps that copy beside the task sets themselves, so a change
 * to a task set is made to both, as UpdateTaskSet does (EcsState.putTaskSet).
 */
function embedTaskSets(live: EcsStateSnapshot): void {
  for (const { serviceArn, taskSets } of live.taskSets) {
    for (const service of live.services.flatMap((c) => c.services)) {
      if (service.serviceArn === serviceArn) service.taskSets = taskSets.map(({ tags: _tags, ...rest }) => structuredClone(rest));
    }
  }
}

// ---- changing a value to another valid one -------------------------------------------------

/** The SDK's enum objects (`AssignPublicIp = { DISABLED: 'DISABLED', ENABLED: 'ENABLED' }`). */
const ENUMS: [string, string[]][] = Object.entries(ecsModel)
  .filter(([name, v]) => /^[A-Z]/.test(name) && isObj(v) && Object.keys(v).length > 0 && Object.values(v).every((x) => typeof x === 'string'))
  .map(([name, v]) => [name, Object.values(v as Obj) as string[]]);

/** Fields whose enum is not named after them. */
const ENUM_OF: Record<string, string> = { requiresCompatibilities: 'Compatibility' };

/** Another value of the field's enum: null when the enum has no other value, undefined when the value is no enum value. */
function otherEnumValue(field: string, value: string): string | null | undefined {
  const wanted = ENUM_OF[field] ?? field.charAt(0).toUpperCase() + field.slice(1);
  const candidates = ENUMS.filter(([, values]) => values.includes(value));
  const best = candidates.find(([name]) => name === wanted) ?? candidates.find(([name]) => name.endsWith(wanted)) ?? candidates[0];
  return best ? best[1].find((v) => v !== value) ?? null : undefined;
}

/** Strings that are no SDK enum but have a fixed set of values (ECS API reference). */
const ALTERNATIVES: Record<string, string[]> = {
  volumeType: ['gp3', 'io2'],
  capacityProvider: ['FARGATE', 'FARGATE_SPOT'],
  capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
};

function otherString(field: string, value: string): string | undefined {
  const alternatives = ALTERNATIVES[field];
  if (alternatives?.includes(value)) return alternatives.find((v) => v !== value);
  const other = otherEnumValue(field, value);
  if (other === null) return undefined;
  if (other !== undefined) return other;
  if (field === 'platformVersion') return value === '1.3.0' ? '1.4.0' : '1.3.0';
  if (/^\d+$/.test(value)) return String(Number(value) + 1);
  // A task definition ARN: the next revision.
  const revision = /^(arn:.*:task-definition\/[^:]+:)(\d+)$/.exec(value);
  if (revision) return `${revision[1]}${Number(revision[2]) + 1}`;
  if (value.startsWith('arn:')) return `${value}-planted`;
  if (/^(subnet|sg)-[0-9a-f]+$/i.test(value)) return `${value.slice(0, -1)}${value.endsWith('f') ? 'e' : 'f'}`;
  return `${value}-planted`;
}

/** Changes the value at a location; a description of the change, or undefined when there is nothing to change. */
/**
 * Enums a field takes in one resource only, by the end of its trail: a task definition's placement
 * constraint is memberOf only (TaskDefinitionPlacementConstraintType), a service's also distinctInstance.
 */
const ENUM_AT: Record<string, Record<string, string>> = {
  aws_ecs_task_definition: { 'placementConstraints.[].type': 'TaskDefinitionPlacementConstraintType' },
};

function enumAt(resourceType: string, trail: string): string[] | undefined {
  const entry = Object.entries(ENUM_AT[resourceType] ?? {}).find(([suffix]) => trail === suffix || trail.endsWith(`.${suffix}`));
  return entry && ENUMS.find(([name]) => name === entry[1])?.[1];
}

function mutate(loc: Location, prefer: string[] = [], resourceType = ''): string | undefined {
  const container = loc.parent as Record<string | number, Json>;
  const value = container[loc.key];
  const field = typeof loc.key === 'string' ? loc.key : '';
  if (typeof value === 'boolean') {
    container[loc.key] = !value;
    return `${value} -> ${!value}`;
  }
  if (typeof value === 'number') {
    container[loc.key] = value + 1;
    return `${value} -> ${value + 1}`;
  }
  if (typeof value === 'string') {
    const only = enumAt(resourceType, loc.trail);
    const next = only ? only.find((v) => v !== value) : otherString(field, value);
    if (next === undefined) return undefined;
    container[loc.key] = next;
    return `${value} -> ${next}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return undefined;
    if (typeof value[0] === 'string') {
      const added = otherString(field, value[0]);
      if (added === undefined) return undefined;
      if (value.includes(added)) value.splice(0, 1);
      else value.push(added);
      return value.includes(added) ? `added ${added}` : `removed ${added}`;
    }
    // A list of blocks: change the first block.
    const inner = mutate({ parent: value, key: 0, trail: `${loc.trail}.[]` }, prefer, resourceType);
    return inner && `[0] ${inner}`;
  }
  if (isObj(value)) {
    // A block: change the field of a child row first, so the change is one the row describes.
    // A tag or name/value pair: change the value, not the key.
    const order = 'key' in value && 'value' in value ? ['value', ...prefer] : prefer;
    const keys = Object.keys(value).sort((a, b) => rank(order, a) - rank(order, b));
    for (const k of keys) {
      const inner = mutate({ parent: value, key: k, trail: `${loc.trail}.${k}` }, [], resourceType);
      if (inner !== undefined) return `${k}: ${inner}`;
    }
    return undefined;
  }
  return undefined;
}

const rank = (prefer: string[], key: string) => (prefer.includes(key) ? prefer.indexOf(key) : prefer.length);

// ---- the comparison ----------------------------------------------------------------------

/** A difference path with the keys of keyed sets dropped (`load_balancer[app:8080].target_group_arn` -> `load_balancer.target_group_arn`). */
const schemaPath = (p: string) => p.replace(/\[[^\]]*\]/g, '');
/** tags_all is reported under `tags` (both hold the same map: tags_all is what is compared). */
const rowPath = (p: string) => (p === 'tags_all' ? 'tags' : p);

interface Outcome {
  key: string;
  row: AttributeRow;
  fixture?: string;
  change?: string;
  /** Classes of the differences found at, below or above the row's path. */
  found: { path: string; class: string }[];
  verdict: Verdict;
}

let aws: AwsEmulator;
const fixtures: Fixture[] = [];

beforeAll(async () => {
  aws = await startAwsEmulator();
  for (const scenario of SCENARIOS) {
    const repoRoot = path.join(SCENARIOS_DIR, scenario);
    fixtures.push({
      name: scenario,
      repoRoot,
      state: path.join(PROVIDER_FIXTURES_DIR, scenario, 'terraform.tfstate'),
      live: (await readScenarioFixture(scenario)).live,
      configuration: await loadConfiguration({ repoRoot, paths: ['.'] }),
    });
  }
  // The v6-shaped fixture: fargate-alb's estate plus what provider 6.x creates (provider-v6.test.ts).
  aws.ecs.restore((await readScenarioFixture('fargate-alb')).live);
  const ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await applyAsProviderV6(ecs);
  ecs.destroy();
  fixtures.push({ name: 'provider-v6/blue-green-managed-instances', repoRoot: V6, state: path.join(V6, 'terraform.tfstate'), live: aws.ecs.snapshot() });
  // The second v6-shaped fixture: service-connect's estate with linear and canary services and the
  // instance requirements of two Managed Instances providers (provider-v6-apply-service-connect.ts).
  aws.ecs.restore((await readScenarioFixture('service-connect')).live);
  const ecs2 = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  await applyAsProviderV6ServiceConnect(ecs2);
  ecs2.destroy();
  fixtures.push({ name: 'provider-v6/service-connect-canary', repoRoot: V6_SC, state: path.join(V6_SC, 'terraform.tfstate'), live: aws.ecs.snapshot() });
});

afterAll(async () => {
  expect(aws.validationErrors).toEqual([]);
  await aws.close();
});

/**
 * The class a difference must have: that of the deepest row at or above its path; a whole element of
 * a keyed set (added or removed, path ending in `]`) is classed by its most sensitive field.
 */
function expectedClass(rows: AttributeRow[], diff: { path: string; schema: string }): string | undefined {
  const diffPath = diff.schema;
  const above = rows.filter((r) => { const p = rowPath(r.path); return diffPath === p || diffPath.startsWith(`${p}.`); });
  return above.sort((a, b) => b.path.length - a.path.length)[0]?.class;
}

/** A whole element of a keyed set (added or removed, path ending in `]`) may be classed security when a field of it is. */
function classOk(rows: AttributeRow[], diff: { path: string; class: string; schema: string }): boolean {
  if (diff.class === expectedClass(rows, diff)) return true;
  return diff.path.endsWith(']') && diff.class === 'security' && rows.some((r) => r.class === 'security' && rowPath(r.path).startsWith(`${diff.schema}.`));
}

const stateTypes = new Map<string, Set<string>>();
async function typesInState(fixture: Fixture): Promise<Set<string>> {
  if (!stateTypes.has(fixture.state)) {
    const { readFile } = await import('node:fs/promises');
    const state = JSON.parse(await readFile(fixture.state, 'utf8')) as { resources: { type: string }[] };
    stateTypes.set(fixture.state, new Set(state.resources.map((r) => r.type)));
  }
  return stateTypes.get(fixture.state)!;
}

type Verdict = 'found' | 'found at the keyed parent' | 'NOT FOUND' | 'WRONG CLASS' | 'not planted';

async function plant(resourceType: string, row: AttributeRow, rows: AttributeRow[]): Promise<Omit<Outcome, 'key'>> {
  const segments = apiSegments(row.api);
  if (!segments) return { row, found: [], verdict: 'not planted' };
  const want = rowPath(row.path);
  const prefer = rows.filter((r) => r.path.startsWith(`${row.path}.`)).map((r) => r.api.split('.').pop()!.replace(/\[.*$/, ''));
  // v6-only rows are planted in the v6-shaped fixture, the others in the states 5.100.0 wrote first.
  const ordered = row.v6Only ? [...fixtures].reverse() : fixtures;
  for (const fixture of ordered) {
    if (!(await typesInState(fixture)).has(resourceType)) continue;
    const live = structuredClone(fixture.live);
    for (const root of roots(live, resourceType, row)) {
      for (const loc of locate(root, segments, !row.path.includes('.'))) {
        const change = mutate(loc, prefer, resourceType);
        if (change === undefined) continue;
        if (resourceType === 'aws_ecs_task_set') embedTaskSets(live);
        aws.ecs.restore(live);
        const clients = emulatorClients(aws, 1);
        try {
          const run = await detectDrift({ repoRoot: fixture.repoRoot, states: [{ moduleDir: '.', source: fixture.state }], ...(fixture.configuration ? { configuration: fixture.configuration } : {}) }, clients, silentLogger);
          const related = run.results.filter((r) => r.type === resourceType).flatMap((r) => r.differences)
            .filter((d) => d.class === 'security' || d.class === 'config')
            .map((d) => ({ path: d.path, class: d.class, schema: schemaPath(d.path) }))
            .filter((d) => d.schema === want || d.schema.startsWith(`${want}.`) || want.startsWith(`${d.schema}.`));
          const at = related.filter((d) => !want.startsWith(`${d.schema}.`));
          const verdict: Verdict = at.length > 0
            ? at.every((d) => classOk(rows, d)) ? 'found' : 'WRONG CLASS'
            : related.length === 0 ? 'NOT FOUND' : related.every((d) => classOk(rows, d)) ? 'found at the keyed parent' : 'WRONG CLASS';
          return { row, fixture: fixture.name, change: `${loc.trail}: ${change}`, found: related.map(({ path: p, class: c }) => ({ path: p, class: c })), verdict };
        } finally {
          clients.destroy();
        }
      }
    }
  }
  return { row, found: [], verdict: 'not planted' };
}

const ROWS = ATTRIBUTE_TABLES.flatMap((t) => t.rows.filter((r) => r.class === 'security' || r.class === 'config').map((row) => ({ resourceType: t.resourceType, row, rows: t.rows, key: `${t.resourceType} ${row.path}` })));

describe('a console change to every compared attribute', () => {
  it('is found at the attribute with its class, or the attribute is listed with the reason it is not planted', async () => {
    const outcomes: Outcome[] = [];
    for (const { resourceType, row, rows, key } of ROWS) outcomes.push({ key, ...(await plant(resourceType, row, rows)) });
    const listed = new Map(NOT_PLANTED.flatMap(([keys, why, verdict]) => keys.map((k) => [k, { why, verdict }] as const)));
    // A listed row that is not a row of the tables any more must leave the list.
    expect([...listed.keys()].filter((k) => !ROWS.some((r) => r.key === k))).toEqual([]);
    const problems = outcomes.flatMap((o): object[] => {
      const list = listed.get(o.key);
      if (list) return o.verdict === list.verdict ? [] : [{ key: o.key, listedAs: list.why, verdict: o.verdict, fixture: o.fixture, change: o.change, found: o.found }];
      return o.verdict === 'found' || o.verdict === 'found at the keyed parent' ? [] : [{ key: o.key, class: o.row.class, verdict: o.verdict, fixture: o.fixture, change: o.change, found: o.found }];
    });
    expect(problems).toEqual([]);
    const count = (v: Verdict) => outcomes.filter((o) => !listed.has(o.key) && o.verdict === v).length;
    // The figures of the closing note; the suite fails above whenever they would not add up.
    expect(count('found') + count('found at the keyed parent') + listed.size).toBe(ROWS.length);
    if (process.env.PLANT_REPORT) console.log(JSON.stringify(outcomes.map((o) => ({ key: o.key, class: o.row.class, fixture: o.fixture, change: o.change, found: o.found, verdict: o.verdict })), null, 1));
  }, 120_000);
});
