import { inShard, parseShard, planMatrix, shardOf } from '../src/shard.js';
import { ConfigurationError } from '../src/settings.js';

const modules = Array.from({ length: 500 }, (_, i) => `services/svc-${i}`);

test('every module lands in exactly one shard, deterministically', () => {
  const { include } = planMatrix(modules, 7);
  expect(include.map((e) => e.shard)).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
  const all = include.flatMap((e) => e.items);
  expect(all.sort()).toEqual([...modules].sort());
  for (const e of include) {
    const shard = parseShard(e.shard, 'shard');
    for (const m of modules) expect(inShard(m, shard)).toBe(e.items.includes(m));
  }
  expect(planMatrix(modules, 7)).toEqual(planMatrix([...modules].reverse(), 7));
});

test('shards are balanced enough and adding a module moves nothing else', () => {
  const sizes = planMatrix(modules, 5).include.map((e) => e.items.length);
  expect(Math.min(...sizes)).toBeGreaterThan(60);
  const before = new Map(modules.map((m) => [m, shardOf(m, 5)]));
  const after = planMatrix([...modules, 'services/new'], 5).include;
  for (const e of after) for (const m of e.items) if (m !== 'services/new') expect(`${before.get(m)}/5`).toBe(e.shard);
});

test.each(['0/3', '4/3', '1/0', 'one/two', '1/300', ''])('"%s" is a clear error', (text) => {
  expect(() => parseShard(text, 'input `shard`')).toThrow(ConfigurationError);
  expect(() => parseShard(text, 'input `shard`')).toThrow(/input `shard` must be "i\/n"/);
});

test('no shard means everything', () => {
  expect(modules.every((m) => inShard(m, undefined))).toBe(true);
});
