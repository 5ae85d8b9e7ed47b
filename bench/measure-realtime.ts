// The real-time benchmark (issue 17 point 6): the built action (`node dist/index.js`, as a runner
// starts it) in event mode against the GitHub and AWS emulators, every AWS call with 25 ms of
// latency under the drift bench's rate limit. Prints one JSON line:
// - one console edit, dispatched as the kit sends it, to its drift issue opened; then a second
//   edit of the same service to the issue updated: tool time (spawn to exit) and the calls made,
//   which must touch only that service (DescribeServices only; no ListServices, DescribeClusters
//   or LookupEvents). A warm-up pair of runs on another service comes first (emulator validators);
// - a burst of 50 calls to 20 services in one dispatch batch: time, calls, and the GitHub writes
//   per issue (at most one write request per resource, creates included).
// Timings are measured here only, never asserted in tests.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { UpdateServiceCommand, ECSClient } from '@aws-sdk/client-ecs';
import { callEcs, consoleUser, type EcsApiCallEvent } from '../test-support/aws/cloudtrail-events.js';
import { startDriftScenario, type DriftScenario } from '../test-support/e2e/drift-scenario.js';
import { removeDistSnapshots } from '../test-support/e2e/run-action.js';
import { repositoryDispatchEvent } from '../test-support/github/webhook-events.js';
import type { Json } from '../test-support/github/openapi.js';
import { ACCOUNT, REGION, driftRepository, seedLiveServices, stateInput, type ServiceSpec } from '../__tests__/e2e-ownership/drift-estate.js';

const LATENCY_MS = 25;
const RATE_LIMIT = { perSecond: 20, burst: 50 };
const AWS_CALLS = ['DescribeServices', 'ListServices', 'DescribeClusters', 'DescribeTaskDefinition', 'DescribeCapacityProviders', 'LookupEvents', 'GetObject'];
const person = consoleUser(ACCOUNT, 'alice@example.com');
const publicIp = { awsvpcConfiguration: { subnets: ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'], securityGroups: ['sg-0a1b2c3d4e5f60718'], assignPublicIp: 'ENABLED' as const } };

function ecs(scenario: DriftScenario): ECSClient {
  return new ECSClient({ endpoint: scenario.aws.endpoint, region: REGION, credentials: { accessKeyId: 'test', secretAccessKey: 'test' } });
}

/** One dispatch through the built action: wall time, AWS calls by operation, GitHub requests and writes. */
async function dispatch(scenario: DriftScenario, inputs: Record<string, string>, payload: unknown) {
  scenario.aws.resetCalls();
  scenario.github.resetRequestLog();
  const started = performance.now();
  // RUNNER_DEBUG makes the action print its phase timings (main.ts), to tell its own work from process start-up.
  const run = await scenario.run({ inputs, eventName: 'repository_dispatch', payload: repositoryDispatchEvent(scenario.github, 'ecs-change', payload as Json), timeoutMs: 120_000, env: { RUNNER_DEBUG: '1' } });
  const seconds = (performance.now() - started) / 1000;
  const timings = /^::debug::timings: (.*)$/m.exec(run.stdout)?.[1] ?? '';
  const phases = Object.fromEntries([...timings.matchAll(/([^,:]+): (\d+) ms/g)].map((m) => [m[1]!.trim(), Number(m[2])]));
  const phaseSeconds = Object.values(phases).reduce((a, b) => a + b, 0) / 1000;
  if (run.exitCode !== 1) throw new Error(`the action exited ${run.exitCode} (expected 1: drift found):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-2000)}`);
  const writes = scenario.github.requests.filter((r) => r.write).map((r) => `${r.method} ${r.path}`);
  const awsCalls = Object.fromEntries(AWS_CALLS.map((op) => [op, scenario.aws.calls[op] ?? 0]));
  return { seconds, phaseSeconds, phases, awsCalls, githubRequests: scenario.github.requests.length, githubWrites: writes.length, writes, validationErrors: scenario.github.validationErrors.length + scenario.aws.validationErrors.length };
}

async function singleEvent() {
  const API: ServiceSpec = { module: 'modules/app', resource: 'api', cluster: 'prod', service: 'api', family: 'api' };
  const OTHERS: ServiceSpec[] = Array.from({ length: 9 }, (_, i) => ({ module: 'modules/app', resource: 'other', key: `o${i}`, cluster: 'prod', service: `o${i}`, family: 'api' }));
  const scenario = await startDriftScenario({ tree: driftRepository([API, ...OTHERS], { '.github/CODEOWNERS': '/modules/app/ @alice\n' }), collaborators: ['alice'], aws: { region: REGION, accountId: ACCOUNT } });
  try {
    seedLiveServices(scenario.aws, [API, ...OTHERS]);
    scenario.aws.faults.latencyMs = LATENCY_MS;
    scenario.aws.faults.rateLimit = RATE_LIMIT;
    const inputs = { state: stateInput([API, ...OTHERS]) };
    const client = ecs(scenario);
    // Warm-up on another service: the GitHub emulator compiles its OpenAPI validators on first use
    // of each operation, a cost the real GitHub does not have; reported apart.
    const warmOpen = await dispatch(scenario, inputs, await callEcs(client, new UpdateServiceCommand({ cluster: 'prod', service: 'o0', networkConfiguration: publicIp }), { account: ACCOUNT, region: REGION, caller: person }));
    const warmUpdate = await dispatch(scenario, inputs, await callEcs(client, new UpdateServiceCommand({ cluster: 'prod', service: 'o0', enableExecuteCommand: true }), { account: ACCOUNT, region: REGION, caller: person }));
    const first = await callEcs(client, new UpdateServiceCommand({ cluster: 'prod', service: 'api', networkConfiguration: publicIp }), { account: ACCOUNT, region: REGION, caller: person });
    const opened = await dispatch(scenario, inputs, first);
    const second = await callEcs(client, new UpdateServiceCommand({ cluster: 'prod', service: 'api', enableExecuteCommand: true }), { account: ACCOUNT, region: REGION, caller: person });
    const updated = await dispatch(scenario, inputs, second);
    const replay = await dispatch(scenario, inputs, second);
    client.destroy();
    return { servicesInState: 1 + OTHERS.length, warmUp: { openedSeconds: warmOpen.seconds, updatedSeconds: warmUpdate.seconds }, opened, updated, replay: { seconds: replay.seconds, githubWrites: replay.githubWrites, awsCalls: replay.awsCalls } };
  } finally {
    await scenario.close();
  }
}

async function burst() {
  const SERVICES: ServiceSpec[] = Array.from({ length: 20 }, (_, i) => ({ module: 'modules/fleet', resource: 'svc', key: `s${i}`, cluster: 'fleet', service: `s${i}`, family: 'fleet' }));
  const scenario = await startDriftScenario({ tree: driftRepository(SERVICES, { '.github/CODEOWNERS': '/modules/fleet/ @alice\n' }), collaborators: ['alice'], aws: { region: REGION, accountId: ACCOUNT } });
  try {
    seedLiveServices(scenario.aws, SERVICES);
    const client = ecs(scenario);
    const events: EcsApiCallEvent[] = [];
    // 50 calls to the 20 services: scaling calls that leave each service as the code says, and a
    // public IP on five of them (security drift), two calls to each of those.
    const drifting = [2, 5, 9, 13, 17];
    for (let i = 0; events.length < 50 - drifting.length; i++) {
      events.push(await callEcs(client, new UpdateServiceCommand({ cluster: 'fleet', service: `s${i % 20}`, desiredCount: 2 }), { account: ACCOUNT, region: REGION, caller: person }));
    }
    for (const i of drifting) events.push(await callEcs(client, new UpdateServiceCommand({ cluster: 'fleet', service: `s${i}`, networkConfiguration: publicIp }), { account: ACCOUNT, region: REGION, caller: person }));
    client.destroy();
    scenario.aws.faults.latencyMs = LATENCY_MS;
    scenario.aws.faults.rateLimit = RATE_LIMIT;
    const inputs = { state: stateInput(SERVICES) };
    const measured = await dispatch(scenario, inputs, { events });
    // Writes per issue: a create is `POST .../issues`, later writes name the issue number.
    const perResource = new Map<string, number>();
    for (const w of measured.writes) {
      const key = /\/issues\/(\d+)/.exec(w)?.[1] ?? `new ${perResource.size}`;
      perResource.set(key, (perResource.get(key) ?? 0) + 1);
    }
    // The same burst delivered again (EventBridge retries): nothing to write.
    const again = await dispatch(scenario, inputs, { events });
    return {
      events: events.length,
      services: SERVICES.length,
      drifted: drifting.length,
      ...measured,
      issues: scenario.github.state.issues.filter((i) => !i.isPullRequest).length,
      maxWritesPerResource: Math.max(0, ...perResource.values()),
      redelivered: { seconds: again.seconds, githubWrites: again.githubWrites, awsCalls: again.awsCalls },
    };
  } finally {
    await scenario.close();
  }
}

/** `node -e 0` on this machine now: the floor under any tool time (a loaded machine raises it). */
function nodeStartSeconds(): number {
  const started = performance.now();
  spawnSync(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  return (performance.now() - started) / 1000;
}

async function main(): Promise<void> {
  const nodeStart = [nodeStartSeconds(), nodeStartSeconds(), nodeStartSeconds()].sort((a, b) => a - b)[1]!;
  const single = await singleEvent();
  const many = await burst();
  removeDistSnapshots();
  process.stdout.write(`${JSON.stringify({ latencyMs: LATENCY_MS, nodeStartSeconds: nodeStart, loadAverage: loadavg()[0], single, burst: many })}\n`);
}

main().catch((error: unknown) => {
  removeDistSnapshots();
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
