// The AWS emulator for the drift benchmark, in its own process so that its request handling
// and response validation do not share an event loop (or a CPU timeline) with the engine being
// measured. Talks to its parent over the IPC channel: sends `{ endpoint }` once seeded, answers
// `{ type: 'calls' }` with the served calls, closes on `{ type: 'close' }`.
import { startAwsEmulator } from '../test-support/aws/emulator.js';
import { DEFAULT_ESTATE, seedLiveEstate, type DriftEstateOptions } from './drift-estate.js';

interface Setup {
  estate: DriftEstateOptions;
  latencyMs: number;
  rateLimit: { perSecond: number; burst: number };
}

async function main(): Promise<void> {
  if (!process.send) throw new Error('drift-emulator must be started with an IPC channel (child_process.fork)');
  const setup = JSON.parse(process.argv[2] ?? '{}') as Partial<Setup>;
  const estate = setup.estate ?? DEFAULT_ESTATE;
  const aws = await startAwsEmulator({ region: estate.region, accountId: estate.accountId, seed: 1 });
  seedLiveEstate(aws, estate);
  // Faults start after seeding, so the token bucket is full when the engine's first call arrives.
  aws.faults = { latencyMs: setup.latencyMs ?? 25, rateLimit: setup.rateLimit ?? { perSecond: 20, burst: 50 } };
  aws.resetCalls();
  process.on('message', (message: { type?: string }) => {
    if (message.type === 'calls') {
      process.send!({ calls: { ...aws.calls }, validationErrors: aws.validationErrors.slice(0, 10), validationErrorCount: aws.validationErrors.length });
    } else if (message.type === 'close') {
      void aws.close().then(() => process.exit(0));
    }
  });
  process.send({ endpoint: aws.endpoint });
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
