import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseStateDocument, parseS3Url, readStates, s3StateKey } from '../../src/drift/state-reader.js';
import { fixturesDir, readFixture } from './live-estate.js';

describe('parseStateDocument, state v4', () => {
  const parsed = parseStateDocument(readFixture('estate.tfstate'), 'estate.tfstate', 'infra');
  if ('error' in parsed) throw new Error(parsed.error);

  it('builds Terraform addresses with modules, count and for_each keys', () => {
    expect(parsed.resources.map((r) => r.address)).toEqual([
      'aws_ecs_cluster.main',
      'aws_ecs_cluster_capacity_providers.main',
      'aws_ecs_task_definition.api',
      'aws_ecs_task_definition.web',
      'aws_ecs_service.api',
      'aws_appautoscaling_target.api',
      'aws_ecs_service.web[0]',
      'aws_ecs_service.canary',
      'module.batch.aws_ecs_cluster.this',
      'module.batch.aws_ecs_capacity_provider.ec2',
      'module.batch.aws_ecs_task_definition.worker["jobs"]',
      'module.batch.aws_ecs_service.worker["jobs"]',
    ]);
    const worker = parsed.resources.find((r) => r.address === 'module.batch.aws_ecs_service.worker["jobs"]')!;
    expect(worker).toMatchObject({ type: 'aws_ecs_service', name: 'worker', moduleAddress: 'module.batch', indexKey: 'jobs', stateFile: 'estate.tfstate', moduleDir: 'infra' });
    expect(worker.attributes.name).toBe('worker-jobs');
  });

  it('skips data sources and deposed objects', () => {
    const text = JSON.stringify({
      version: 4,
      resources: [
        { mode: 'data', type: 'aws_ecs_cluster', name: 'd', instances: [{ attributes: { name: 'x' } }] },
        { mode: 'managed', type: 'aws_ecs_service', name: 's', module: 'module.a["k"].module.b', instances: [
          { index_key: 1, attributes: { name: 'current' } },
          { index_key: 1, deposed: '00ab12cd', attributes: { name: 'old' } },
        ] },
      ],
    });
    const result = parseStateDocument(text, 's.tfstate', '.');
    expect(result).toEqual({ resources: [expect.objectContaining({ address: 'module.a["k"].module.b.aws_ecs_service.s[1]', attributes: { name: 'current' } })] });
  });
});

describe('parseStateDocument, terraform show -json', () => {
  it('reads root and nested child modules, managed resources only', () => {
    const parsed = parseStateDocument(readFixture('show.json'), 'show.json', 'svc');
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.resources.map((r) => [r.address, r.moduleAddress, r.indexKey])).toEqual([
      ['aws_ecs_cluster.main', '', undefined],
      ['module.svc["api"].aws_ecs_service.this[0]', 'module.svc["api"]', 0],
      ['module.svc["api"].module.td.aws_ecs_task_definition.this', 'module.svc["api"].module.td', undefined],
    ]);
  });

  it('treats output with no values as an empty state', () => {
    expect(parseStateDocument('{"format_version":"1.0"}', 'x', '.')).toEqual({ resources: [] });
  });
});

describe('bad input is an error, never an exception', () => {
  it('rejects other state versions in one line', () => {
    const result = parseStateDocument(readFixture('v3.tfstate'), 'v3.tfstate', '.');
    expect(result).toEqual({ error: expect.stringMatching(/^unsupported state version 3: only Terraform state v4/) });
    expect((result as { error: string }).error).not.toContain('\n');
  });

  it('does not quote malformed JSON, which may hold secrets', () => {
    const result = parseStateDocument('{"version":4,"resources":[{"password":"hunter2-SECRET', 'x', '.');
    expect('error' in result && result.error).toMatch(/^not valid JSON/);
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });

  it('rejects JSON that is not a state', () => {
    expect(parseStateDocument('[1,2]', 'x', '.')).toEqual({ error: 'not a Terraform state: expected a JSON object' });
    expect(parseStateDocument('{"a":1}', 'x', '.')).toEqual({ error: 'not a Terraform state: no "version" field' });
  });

  it('keeps reading the other states when one is unreadable', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'drift-state-'));
    writeFileSync(path.join(dir, 'broken.tfstate'), '{');
    const result = await readStates([
      { moduleDir: 'a', source: 'missing.tfstate' },
      { moduleDir: 'b', source: path.join(dir, 'broken.tfstate') },
      { moduleDir: 'c', source: 'estate.tfstate' },
      { moduleDir: 'd', source: 'v3.tfstate' },
    ], { repoRoot: fixturesDir }, undefined);
    expect(result.errors).toEqual([
      { file: 'missing.tfstate', message: 'cannot read the state: file not found' },
      { file: path.join(dir, 'broken.tfstate'), message: expect.stringMatching(/^not valid JSON/) },
      { file: 'v3.tfstate', message: expect.stringMatching(/^unsupported state version 3/) },
    ]);
    expect(result.resources).toHaveLength(12);
    expect(new Set(result.resources.map((r) => r.moduleDir))).toEqual(new Set(['c']));
  });

  it('explains an S3 source without a client', async () => {
    const result = await readStates([{ moduleDir: '.', source: 's3://b/k.tfstate' }], { repoRoot: '.' }, undefined);
    expect(result.errors).toEqual([{ file: 's3://b/k.tfstate', message: 'cannot read an S3 state without an S3 client' }]);
  });
});

describe('S3 keys', () => {
  it('applies workspace_key_prefix for non-default workspaces only', () => {
    expect(s3StateKey('ecs/terraform.tfstate')).toBe('ecs/terraform.tfstate');
    expect(s3StateKey('ecs/terraform.tfstate', 'default')).toBe('ecs/terraform.tfstate');
    expect(s3StateKey('ecs/terraform.tfstate', 'staging')).toBe('env:/staging/ecs/terraform.tfstate');
    expect(s3StateKey('ecs/terraform.tfstate', 'staging', 'workspaces')).toBe('workspaces/staging/ecs/terraform.tfstate');
  });

  it('parses s3:// URLs', () => {
    expect(parseS3Url('s3://bucket/a/b.tfstate')).toEqual({ bucket: 'bucket', key: 'a/b.tfstate' });
    expect(parseS3Url('s3://bucket')).toBeUndefined();
  });
});
