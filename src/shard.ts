// Scale-out on GitHub Actions: `plan-matrix` emits the shards as a JSON matrix and each matrix job
// checks only its share (`shard: i/n`). A module's shard comes from a hash of its folder, so adding
// or removing a module moves only that module, and every job agrees without talking to the others.
import { createHash } from 'node:crypto';
import { ConfigurationError } from './settings.js';

export interface Shard {
  index: number;
  count: number;
}

export const MAX_SHARDS = 256;

export function parseShard(text: string, name: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new ConfigurationError(`${name} must be "i/n" with 1 <= i <= n <= ${MAX_SHARDS} (e.g. "2/4"); got "${text}"`);
  }
  return { index, count };
}

export function shardOf(key: string, count: number): number {
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

export function inShard(key: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}

export interface MatrixEntry {
  shard: string;
  /** Module folders (or state module folders) this shard covers, for the job's name and logs. */
  items: string[];
}

/** The GitHub Actions matrix: `strategy.matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export function planMatrix(keys: readonly string[], count: number): { include: MatrixEntry[] } {
  if (!Number.isInteger(count) || count < 1 || count > MAX_SHARDS) throw new ConfigurationError(`--shards must be a whole number from 1 to ${MAX_SHARDS}; got ${count}`);
  const include: MatrixEntry[] = Array.from({ length: count }, (_, i) => ({ shard: `${i + 1}/${count}`, items: [] }));
  for (const key of [...new Set(keys)].sort()) include[shardOf(key, count) - 1].items.push(key);
  return { include };
}
