// The import benchmark: `runImport` of one cluster of 200 services with the real ECSClient
// (adaptive retry) against the AWS emulator in a child process that adds latency and throttles
// above a token bucket. Prints one JSON line: calls vs the minimum and wall time vs the bound the
// rate limit imposes.
import { ECSClient } from '@aws-sdk/client-ecs';
import { fork } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { silentLogger } from '../src/logger.js';
import { runImport } from '../src/import/run-import.js';
import { DESCRIBE_SERVICES_BATCH, LIST_SERVICES_PAGE } from '../src/drift/live-reader.js';
import { clusterName, type DriftEstateOptions } from './drift-estate.js';

const LATENCY_MS = 25;
const RATE_LIMIT = { perSecond: 20, burst: 50 };
const ESTATE: DriftEstateOptions = { clusters: 1, servicesPerCluster: 200, region: 'us-east-1', accountId: '123456789012' };

async function main(): Promise<void> {
  const workDir = process.argv[2];
  if (!workDir) throw new Error('usage: measure-import <workDir>');
  rmSync(workDir, { recursive: true, force: true });
  const script = join(dirname(fileURLToPath(import.meta.url)), 'drift-emulator.mjs');
  const child = fork(script, [JSON.stringify({ estate: ESTATE, latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code}) before it was ready`)));
    child.once('message', (m: { endpoint: string }) => { child.removeAllListeners('exit'); resolve(m.endpoint); });
  });
  const clients: ECSClient[] = [];
  try {
    const started = performance.now();
    const result = await runImport({
      clusters: [clusterName(0)], services: [], region: ESTATE.region, out: workDir, force: false, logger: silentLogger,
      ecs: (region) => {
        const c = new ECSClient({ region, endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, retryMode: 'adaptive', maxAttempts: 8 });
        clients.push(c);
        return c;
      },
    });
    const seconds = (performance.now() - started) / 1000;
    const served = await new Promise<{ calls: Record<string, number> }>((res) => { child.once('message', (m) => res(m as { calls: Record<string, number> })); child.send({ type: 'calls' }); });
    const services = ESTATE.servicesPerCluster;
    const taskDefinitions = Object.values(result.calls).length ? result.calls.DescribeTaskDefinition ?? 0 : 0;
    const distinctRevisions = result.imported.filter((r) => r.address.startsWith('aws_ecs_task_definition.')).length;
    const minCalls = 1 + Math.ceil(services / LIST_SERVICES_PAGE) + Math.ceil(services / DESCRIBE_SERVICES_BATCH) + distinctRevisions;
    const calls = Object.values(result.calls).reduce((a, b) => a + b, 0);
    // The bucket serves `burst` at once, then perSecond; the rest of the run is one round trip.
    const boundSeconds = Math.max(0, minCalls - RATE_LIMIT.burst) / RATE_LIMIT.perSecond + LATENCY_MS / 1000;
    process.stdout.write(`${JSON.stringify({
      services, resources: result.imported.length, complete: result.complete, calls, minCalls, callsByOperation: result.calls,
      taskDefinitionCalls: taskDefinitions, throttled: served.calls.throttled ?? 0, seconds, boundSeconds, ratio: seconds / boundSeconds,
      findings: result.findings.length, files: result.files.length,
    })}\n`);
  } finally {
    for (const c of clients) c.destroy();
    await new Promise<void>((res) => { child.once('exit', () => res()); child.send({ type: 'close' }); });
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
