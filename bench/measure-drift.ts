// The drift benchmark: detectDrift with real ECSClient/S3Client (adaptive retry, as main.ts
// builds them) against the AWS emulator (in a child process) that adds latency to every call
// and throttles above a token bucket. Prints one JSON line: calls vs the minimum, wall time vs
// the bound the rate limit imposes, and resources lost (not reported, or unverified although
// nothing failed).
import { ECSClient } from '@aws-sdk/client-ecs';
import { S3Client } from '@aws-sdk/client-s3';
import { fork } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { detectDrift } from '../src/drift/detect-drift.js';
import { silentLogger } from '../src/logger.js';
import { DEFAULT_ESTATE, minimumCalls, plantedEdit, serviceName, stateFiles } from './drift-estate.js';

const LATENCY_MS = 25;
const RATE_LIMIT = { perSecond: 20, burst: 50 };

interface EmulatorChild {
  endpoint: string;
  request<T>(message: object): Promise<T>;
  close(): Promise<void>;
}

function startEmulatorChild(): Promise<EmulatorChild> {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'drift-emulator.mjs');
  const child = fork(script, [JSON.stringify({ estate: DEFAULT_ESTATE, latencyMs: LATENCY_MS, rateLimit: RATE_LIMIT })], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the emulator process exited (${code}) before it was ready`)));
    child.once('message', (first: { endpoint: string }) => {
      child.removeAllListeners('exit');
      resolve({
        endpoint: first.endpoint,
        request: <T>(message: object) => new Promise<T>((res) => {
          child.once('message', (reply) => res(reply as T));
          child.send(message);
        }),
        close: () => new Promise<void>((res) => {
          child.once('exit', () => res());
          child.send({ type: 'close' });
        }),
      });
    });
  });
}

async function main(): Promise<void> {
  const workDir = process.argv[2];
  if (!workDir) throw new Error('usage: measure-drift <workDir>');
  rmSync(workDir, { recursive: true, force: true });
  const states = stateFiles(DEFAULT_ESTATE);
  for (const [file, text] of states) {
    mkdirSync(join(workDir, 'states'), { recursive: true });
    writeFileSync(join(workDir, 'states', file), text);
  }
  const emulator = await startEmulatorChild();
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  const ecsClients: ECSClient[] = [];
  const s3 = new S3Client({ region: DEFAULT_ESTATE.region, endpoint: emulator.endpoint, forcePathStyle: true, credentials, retryMode: 'adaptive' });
  try {
    const started = performance.now();
    const run = await detectDrift(
      {
        repoRoot: workDir,
        states: [...states.keys()].map((file) => ({ moduleDir: 'states', source: `states/${file}` })),
        region: DEFAULT_ESTATE.region,
        // settings.ts defaults (drift.max-concurrency, drift.max-requests-per-second), as main.ts passes them.
        maxConcurrency: 8,
        maxRequestsPerSecond: 20,
      },
      {
        ecs: (region) => {
          const client = new ECSClient({ region, endpoint: emulator.endpoint, credentials, retryMode: 'adaptive' });
          ecsClients.push(client);
          return client;
        },
        s3,
      },
      silentLogger,
    );
    const seconds = (performance.now() - started) / 1000;
    const served = await emulator.request<{ calls: Record<string, number>; validationErrors: string[]; validationErrorCount: number }>({ type: 'calls' });

    const services = DEFAULT_ESTATE.clusters * DEFAULT_ESTATE.servicesPerCluster;
    const expectedResources = DEFAULT_ESTATE.clusters + 2 * services;
    const reported = new Map(run.results.map((r) => [`${r.stateFile}\u0000${r.address}`, r]));
    let notReported = 0;
    let unverified = 0;
    let plantedFound = 0;
    let planted = 0;
    let falseDrift = 0;
    for (let c = 0; c < DEFAULT_ESTATE.clusters; c++) {
      const stateFile = `states/cluster-${String(c).padStart(2, '0')}.tfstate`;
      const addresses = ['aws_ecs_cluster.this'];
      for (let s = 0; s < DEFAULT_ESTATE.servicesPerCluster; s++) {
        addresses.push(`aws_ecs_service.svc["${serviceName(c, s)}"]`, `aws_ecs_task_definition.svc["${serviceName(c, s)}"]`);
      }
      for (const address of addresses) {
        const result = reported.get(`${stateFile}\u0000${address}`);
        if (!result) {
          notReported += 1;
          continue;
        }
        if (result.status === 'unverified') unverified += 1;
        const match = /^aws_ecs_service\.svc\["svc-(\d+)-(\d+)"\]$/.exec(address);
        const edit = match ? plantedEdit(Number(match[1]), Number(match[2])) : null;
        if (edit) {
          planted += 1;
          if (result.status === 'drifted') plantedFound += 1;
        } else if (result.status !== 'in_sync' && result.status !== 'unverified') falseDrift += 1;
      }
    }
    const minimum = minimumCalls(DEFAULT_ESTATE);
    const { throttled = 0, ...servedCalls } = served.calls;
    const engineCalls = Object.entries(run.stats.calls).filter(([op]) => !['GetObject', 'HeadObject'].includes(op));
    const calls = engineCalls.reduce((sum, [, n]) => sum + n, 0);
    const listServices = run.stats.calls.ListServices ?? 0;
    const needed = minimum.total + minimum.listServicesPages;
    const boundSeconds = Math.max(0, needed - RATE_LIMIT.burst) / RATE_LIMIT.perSecond + LATENCY_MS / 1000;
    process.stdout.write(`${JSON.stringify({
      services,
      clusters: DEFAULT_ESTATE.clusters,
      taskDefinitions: services,
      resources: expectedResources,
      results: run.results.length,
      calls: calls - listServices,
      minCalls: minimum.total,
      listServicesCalls: listServices,
      minListServicesCalls: minimum.listServicesPages,
      callsByOperation: Object.fromEntries(engineCalls),
      servedByEmulator: servedCalls,
      throttled,
      seconds,
      boundSeconds,
      ratio: seconds / boundSeconds,
      lost: notReported + unverified,
      notReported,
      unverified,
      planted,
      plantedFound,
      falseDrift,
      errors: run.errors.length,
      emulatorValidationErrors: served.validationErrorCount,
      firstValidationErrors: served.validationErrors,
      statuses: run.results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }), {}),
      firstNotInSync: run.results.filter((r) => r.status !== 'in_sync').slice(0, 3).map((r) => ({ address: r.address, status: r.status, reason: r.reason })),
    })}\n`);
  } finally {
    for (const client of ecsClients) client.destroy();
    s3.destroy();
    await emulator.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
