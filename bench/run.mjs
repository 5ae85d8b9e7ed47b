// `npm run bench`: bundles the measurement entries (they import src/ and test-support/ directly)
// into bench/.out/, then runs every measurement in a fresh child process so that peak RSS and
// timings are per measurement, and writes bench/results.json and a table.
//
// Environment: BENCH_RUNS (scan/parse repetitions, default 5), BENCH_DRIFT_RUNS (default 1: the
// drift run is bound by the emulated rate limit, ~55 s, and varies little), BENCH_MODULES
// (default 1000), BENCH_SEED (default 1), BENCH_ONLY (comma list of scan,github,drift),
// BENCH_PROFILE=1 (also profile one scan, and one warm registry scan, with --cpu-prof and list the top functions),
// BENCH_CLI_RUNS (start-up runs of dist/cli.js --help and a one-module scan, default 15).
// `realtime` runs the built action (dist/index.js) in event mode: one event, then a burst.
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = dirname(benchDir);
const outDir = join(benchDir, '.out');
const corpusDir = join(benchDir, '.corpus');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const driftRuns = Number(process.env.BENCH_DRIFT_RUNS ?? 1);
const modules = Number(process.env.BENCH_MODULES ?? 1000);
const seed = Number(process.env.BENCH_SEED ?? 1);
const cliRuns = Number(process.env.BENCH_CLI_RUNS ?? 15);
const only = new Set((process.env.BENCH_ONLY ?? 'cli,scan,github,drift,import,realtime').split(',').map((s) => s.trim()));

const SCAN_TARGET_SECONDS = 5;
const SCAN_TARGET_RATIO = 2;
const GITHUB_TARGET_REQUESTS = 12;
const DRIFT_TARGET_RATIO = 1.3;
const HELP_TARGET_RATIO = 2;
const REALTIME_TARGET_SECONDS = 5;

mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: {
    'measure-scan': join(benchDir, 'measure-scan.ts'),
    'measure-github': join(benchDir, 'measure-github.ts'),
    'measure-drift': join(benchDir, 'measure-drift.ts'),
    'drift-emulator': join(benchDir, 'drift-emulator.ts'),
    'measure-registry': join(benchDir, 'measure-registry.ts'),
    'measure-import': join(benchDir, 'measure-import.ts'),
    'measure-realtime': join(benchDir, 'measure-realtime.ts'),
    // The scan's parse threads (src/terraform/parse-pool.ts finds it beside the bundle).
    'parse-worker': join(repoRoot, 'src', 'terraform', 'parse-worker.ts'),
  },
  outdir: outDir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Dependencies stay in node_modules (resolved from bench/.out/ upwards), as in the tests.
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  sourcemap: 'inline',
  logLevel: 'warning',
});

/** Runs a bundled entry in a fresh Node process; resolves with its last stdout line as JSON. */
function measure(entry, args = [], nodeArgs = [], extraEnv = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeArgs, join(outDir, `${entry}.mjs`), ...args], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      // Loopback only: whatever the caller's environment says, the SDKs get fake credentials.
      env: { ...process.env, AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_REGION: 'us-east-1', AWS_EC2_METADATA_DISABLED: 'true', ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.trim().split('\n').pop();
      if (code !== 0 || !line) {
        reject(new Error(`${entry} ${args.join(' ')} failed (exit ${code}):\n${stderr.trim()}`));
        return;
      }
      resolve(JSON.parse(line));
    });
  });
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (n, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const log = (message) => process.stderr.write(`${message}\n`);

/**
 * The source file of each line of a bundle: esbuild (without minify) writes a `// path` comment
 * before each module's code, which is enough to name where a profiled function comes from.
 */
function bundleSources(bundlePath) {
  const starts = [];
  readFileSync(bundlePath, 'utf8').split('\n').forEach((line, i) => {
    const m = /^\/\/ ((?:src|test-support|bench|node_modules)\/\S+)$/.exec(line);
    if (m) starts.push([i, m[1]]);
  });
  return (line) => {
    let found = '';
    for (const [start, file] of starts) {
      if (start > line) break;
      found = file;
    }
    return found;
  };
}

/** Self time per function from a .cpuprofile, top `limit`. */
function topFunctions(profilePath, limit = 15) {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parents = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parents.set(c, n.id);
  const sources = new Map();
  const names = new Map();
  const nameOf = (id) => {
    if (names.has(id)) return names.get(id);
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    let where = url;
    if (url.startsWith('file:')) {
      const path = fileURLToPath(url);
      if (path.startsWith(outDir)) {
        if (!sources.has(path)) sources.set(path, bundleSources(path));
        where = `${sources.get(path)(lineNumber)} (bundle line ${lineNumber + 1})`;
      } else where = `${relative(repoRoot, path)}:${lineNumber + 1}`;
    }
    const key = `${functionName || '(anonymous)'} ${where}`.trim();
    names.set(id, key);
    return key;
  };
  const self = new Map();
  const inclusive = new Map();
  const deltas = profile.timeDeltas ?? [];
  profile.samples.forEach((id, i) => {
    const us = deltas[i] ?? 0;
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + us);
    // Each function once per sample, however deep the recursion.
    const onStack = new Set();
    for (let n = id; n !== undefined; n = parents.get(n)) onStack.add(nameOf(n));
    for (const key of onStack) inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
  const rank = (map) => [...map.entries()]
    .filter(([fn]) => !/^\((root|program|idle)\)/.test(fn))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([fn, us]) => ({ function: fn, ms: round(us / 1000, 0), percent: round((100 * us) / total, 1) }));
  return { self: rank(self), inclusive: rank(inclusive) };
}

const results = { generatedAt: new Date().toISOString(), node: process.version, runs, driftRuns };
const table = [];

if (only.has('cli')) {
  // Start-up cost a user feels: the built CLI against an empty Node process, interleaved runs.
  const moduleRepo = mkdtempSync(join(tmpdir(), 'edg-bench-cli-'));
  mkdirSync(join(moduleRepo, '.git'));
  mkdirSync(join(moduleRepo, 'svc'));
  writeFileSync(join(moduleRepo, 'svc', 'main.tf'), 'resource "aws_ecs_service" "api" {\n  name            = "api"\n  task_definition = "api:1"\n}\n');
  const cli = join(repoRoot, 'dist', 'cli.js');
  const commands = {
    empty: [['-e', '0'], repoRoot],
    help: [[cli, '--help'], repoRoot],
    scan: [[cli, 'scan', 'svc'], moduleRepo],
  };
  const times = { empty: [], help: [], scan: [] };
  for (let i = 0; i < cliRuns; i++) {
    for (const [name, [args, cwd]] of Object.entries(commands)) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd, stdio: 'ignore', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
      times[name].push(Number(process.hrtime.bigint() - start) / 1e6);
      if (r.status !== 0 && !(name === 'scan' && r.status === 1)) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
    }
  }
  rmSync(moduleRepo, { recursive: true, force: true });
  const ms = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, round(median(v), 0)]));
  results.cli = { runs: cliRuns, emptyMs: ms.empty, helpMs: ms.help, scanOneModuleMs: ms.scan, helpRatio: round(ms.help / ms.empty, 2), scanRatio: round(ms.scan / ms.empty, 2) };
  const c = results.cli;
  table.push(['cli', `node -e 0 ${c.emptyMs} ms; --help ${c.helpMs} ms: ratio ${c.helpRatio} (target <= ${HELP_TARGET_RATIO}) ${c.helpRatio <= HELP_TARGET_RATIO ? 'OK' : 'MISSED'}`]);
  table.push(['', `scan of one module ${c.scanOneModuleMs} ms: ratio ${c.scanRatio} to node -e 0 (median of ${c.runs} runs each)`]);
}

if (only.has('scan')) {
  log(`Generating the corpus (${modules} modules, seed ${seed}) under ${relative(repoRoot, corpusDir)}/ ...`);
  const corpus = await measure('measure-scan', ['generate', corpusDir, String(seed), String(modules)]);
  const scans = [];
  const parses = [];
  // The same scan with parsing on the main thread only: what the parse threads save, and the ratio on one core.
  const singles = [];
  // Interleaved, so that both see the same background load on a shared machine.
  for (let i = 0; i < runs; i++) {
    log(`scan run ${i + 1}/${runs} ...`);
    scans.push(await measure('measure-scan', ['scan', corpusDir]));
    log(`parse run ${i + 1}/${runs} ...`);
    parses.push(await measure('measure-scan', ['parse', corpusDir]));
    log(`one-thread scan run ${i + 1}/${runs} ...`);
    singles.push(await measure('measure-scan', ['scan', corpusDir], [], { ECS_DRIFT_GUARD_PARSE_THREADS: '1' }));
  }
  const seconds = median(scans.map((s) => s.seconds));
  const parseSeconds = median(parses.map((p) => p.seconds));
  const cpuSeconds = median(scans.map((s) => s.cpuSeconds));
  const parseCpuSeconds = median(parses.map((p) => p.cpuSeconds));
  const last = scans[scans.length - 1];
  results.scan = {
    modules: last.modules,
    resources: last.resources,
    files: corpus.tfFiles,
    lines: corpus.tfLines,
    seconds: round(seconds, 3),
    parseSeconds: round(parseSeconds, 3),
    ratio: round(seconds / parseSeconds, 2),
    peakMB: median(scans.map((s) => s.peakMB)),
    parsePeakMB: median(parses.map((p) => p.peakMB)),
    filesPerSecond: Math.round(corpus.tfFiles / seconds),
    linesPerSecond: Math.round(corpus.tfLines / seconds),
    cpuSeconds: round(cpuSeconds, 3),
    parseCpuSeconds: round(parseCpuSeconds, 3),
    cpuRatio: round(cpuSeconds / parseCpuSeconds, 2),
    parseThreads: last.parseThreads,
    oneThreadSeconds: round(median(singles.map((s) => s.seconds)), 3),
    oneThreadRatio: round(median(singles.map((s) => s.seconds)) / parseSeconds, 2),
    oneThreadCpuSeconds: round(median(singles.map((s) => s.cpuSeconds)), 3),
    // Finding and reading the .tf files: part of the scan's time, not of the bare parse's (shown, not counted).
    parseReadSeconds: round(median(parses.map((p) => p.readSeconds ?? 0)), 3),
    allSeconds: scans.map((s) => round(s.seconds, 3)),
    allParseSeconds: parses.map((p) => round(p.seconds, 3)),
    // Each scan run next to the parse run that followed it: the two saw the same background load.
    pairRatios: scans.map((s, i) => round(s.seconds / parses[i].seconds, 2)),
    medianPairRatio: round(median(scans.map((s, i) => s.seconds / parses[i].seconds)), 2),
    otherFiles: corpus.otherFiles,
    resourcesByType: last.resourcesByType,
    resourceBlocks: corpus.resourceBlocks,
    forms: corpus.forms,
    findings: last.findings,
    suppressed: last.suppressed,
    findingsByRule: last.findingsByRule,
    notEvaluated: last.notEvaluated,
    errors: last.errors,
    firstErrors: last.firstErrors,
    seed,
  };
  if (process.env.BENCH_PROFILE === '1') {
    log('profiling one scan (--cpu-prof) ...');
    const profileDir = join(outDir, 'profile');
    mkdirSync(profileDir, { recursive: true });
    await measure('measure-scan', ['scan', corpusDir], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    const newest = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
    results.scan.profile = { file: relative(repoRoot, join(profileDir, newest)), top: topFunctions(join(profileDir, newest)) };
  }
  const s = results.scan;
  table.push(['scan', `${s.modules} modules, ${s.resources} ECS/ECR/IAM-role resource instances, ${s.files} .tf files, ${s.lines} lines`]);
  table.push(['', `scan ${s.seconds} s (target < ${SCAN_TARGET_SECONDS} s) ${s.seconds < SCAN_TARGET_SECONDS ? 'OK' : 'MISSED'}; ${s.filesPerSecond} files/s, ${s.linesPerSecond} lines/s`]);
  table.push(['', `parse only ${s.parseSeconds} s; ratio ${s.ratio} (target <= ${SCAN_TARGET_RATIO}) ${s.ratio <= SCAN_TARGET_RATIO ? 'OK' : 'MISSED'}`]);
  table.push(['', `per-run ratios ${s.pairRatios.join(', ')} (median ${s.medianPairRatio}); scan runs ${s.allSeconds.join(', ')} s; parse runs ${s.allParseSeconds.join(', ')} s`]);
  table.push(['', `CPU: scan ${s.cpuSeconds} s, parse ${s.parseCpuSeconds} s, ratio ${s.cpuRatio}; peak RSS ${s.peakMB} MB (parse ${s.parsePeakMB} MB)`]);
  table.push(['', `parse threads ${s.parseThreads} (ECS_DRIFT_GUARD_PARSE_THREADS=1: scan ${s.oneThreadSeconds} s, ratio ${s.oneThreadRatio}, CPU ${s.oneThreadCpuSeconds} s)`]);
  table.push(['', `finding and reading the .tf files (inside the scan's time, outside the bare parse's): ${s.parseReadSeconds} s`]);
  table.push(['', `${s.findings} findings (${s.suppressed} suppressed), ${s.notEvaluated} not evaluated, ${s.errors} errors`]);
  if (s.profile) {
    table.push(['', `profile ${s.profile.file}; top self time:`]);
    for (const f of s.profile.top.self.slice(0, 10)) table.push(['', `  ${String(f.percent).padStart(5)}%  ${f.ms} ms  ${f.function}`]);
    table.push(['', 'top inclusive time:']);
    for (const f of s.profile.top.inclusive.slice(0, 15)) table.push(['', `  ${String(f.percent).padStart(5)}%  ${f.ms} ms  ${f.function}`]);
  }
}

// Registry modules: download-and-extract time cold and with a warm cache, apart from evaluation;
// the scan-to-parse ratio with a warm cache counts every file read, module packages included.
if (only.has('scan') || only.has('registry')) {
  const registryCorpus = join(benchDir, '.corpus-registry', 'repo');
  const cacheDir = join(benchDir, '.corpus-registry', 'cache');
  const shape = await measure('measure-registry', ['generate', registryCorpus]);
  log(`registry: ${shape.roots} root modules, ${shape.calls} registry-module calls to ${shape.packages} packages ...`);
  const colds = [];
  const warms = [];
  const parses = [];
  for (let i = 0; i < runs; i++) {
    log(`registry run ${i + 1}/${runs}: cold, warm, parse ...`);
    colds.push(await measure('measure-registry', ['scan', registryCorpus, cacheDir, 'cold']));
    warms.push(await measure('measure-registry', ['scan', registryCorpus, cacheDir, 'warm']));
    parses.push(await measure('measure-registry', ['parse', registryCorpus]));
  }
  const m = (list, key) => round(median(list.map((x) => x[key])), 3);
  const w = warms[warms.length - 1];
  results.registry = {
    ...shape,
    coldSeconds: m(colds, 'seconds'),
    coldDownloadSeconds: m(colds, 'prepareSeconds'),
    warmSeconds: m(warms, 'seconds'),
    warmDownloadSeconds: m(warms, 'prepareSeconds'),
    warmEvaluateSeconds: m(warms, 'evaluateSeconds'),
    parseSeconds: m(parses, 'seconds'),
    warmRatio: round(median(warms.map((x, i) => x.seconds / parses[i].seconds)), 2),
    packagesDownloadedCold: colds[0].downloaded,
    packagesDownloadedWarm: w.downloaded,
    filesRead: w.filesRead,
    resources: w.resources,
    findings: w.findings,
    privilegedFindingsOnCallers: w.privilegedFindingsOnCallers,
    notEvaluated: w.notEvaluated,
    errors: w.errors,
    firstErrors: w.firstErrors,
  };
  if (process.env.BENCH_PROFILE === '1') {
    log('registry: profiling one warm scan (--cpu-prof) ...');
    const profileDir = join(outDir, 'profile-registry');
    mkdirSync(profileDir, { recursive: true });
    await measure('measure-registry', ['scan', registryCorpus, cacheDir, 'warm'], ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
    const newest = readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort().pop();
    results.registry.profile = { file: relative(repoRoot, join(profileDir, newest)), top: topFunctions(join(profileDir, newest)) };
  }
  const r = results.registry;
  table.push(['registry', `${r.roots} roots, ${r.calls} registry-module calls, ${r.packages} packages (${r.versions} versions each) from the loopback registry; ${r.filesRead} .tf files read`]);
  table.push(['', `cold cache: scan ${r.coldSeconds} s, of which download-and-extract ${r.coldDownloadSeconds} s (${r.packagesDownloadedCold} packages)`]);
  table.push(['', `warm cache: scan ${r.warmSeconds} s, of which module resolution ${r.warmDownloadSeconds} s (parsing the packages' calls included; ${r.packagesDownloadedWarm} downloads, version lists from the cache)`]);
  table.push(['', `warm scan / bare parse of the same files ${r.warmRatio} (parse ${r.parseSeconds} s; target <= ${SCAN_TARGET_RATIO}) ${r.warmRatio <= SCAN_TARGET_RATIO ? 'OK' : 'MISSED'}`]);
  table.push(['', `${r.resources} resources, ${r.findings} findings (${r.privilegedFindingsOnCallers} privileged on the callers' lines), ${r.notEvaluated} not evaluated, ${r.errors} errors`]);
  if (r.profile) {
    table.push(['', `profile ${r.profile.file}; top inclusive time:`]);
    for (const f of r.profile.top.inclusive.slice(0, 15)) table.push(['', `  ${String(f.percent).padStart(5)}%  ${f.ms} ms  ${f.function}`]);
  }
}

if (only.has('github')) {
  log('github: 200 findings on 50 files against the GitHub emulator ...');
  const g = await measure('measure-github');
  results.github = g;
  table.push(['github', `${g.findings} findings on ${g.files} files: ${g.requests} requests (target <= ${GITHUB_TARGET_REQUESTS}) ${g.requests <= GITHUB_TARGET_REQUESTS ? 'OK' : 'MISSED'}, ${g.writes} writes; re-run ${g.rerunRequests} requests, ${g.rerunWrites} writes ${g.rerunWrites === 0 ? 'OK' : 'MISSED'}`]);
  table.push(['', `${g.inlineComments} inline comments in ${g.reviews} review, ${g.summaryComments} summary comment, ${g.statuses} status; ${round(g.seconds, 2)} s with the throttling plugin's write spacing; emulator validation errors ${g.validationErrors}`]);
  table.push(['', `requests: ${g.requestLog.join(' | ')}`]);
}

if (only.has('drift')) {
  const drifts = [];
  for (let i = 0; i < driftRuns; i++) {
    log(`drift run ${i + 1}/${driftRuns}: 1,000 services in 10 clusters, 25 ms latency, 20 req/s (burst 50); about a minute ...`);
    drifts.push(await measure('measure-drift', [join(outDir, 'drift-work')]));
  }
  const bySeconds = [...drifts].sort((a, b) => a.seconds - b.seconds);
  const d = { ...bySeconds[Math.floor((bySeconds.length - 1) / 2)] };
  d.seconds = round(median(drifts.map((x) => x.seconds)), 3);
  d.ratio = round(d.seconds / d.boundSeconds, 3);
  d.boundSeconds = round(d.boundSeconds, 3);
  d.allSeconds = drifts.map((x) => round(x.seconds, 3));
  d.lost = Math.max(...drifts.map((x) => x.lost));
  results.drift = d;
  table.push(['drift', `${d.services} services, ${d.clusters} clusters, ${d.taskDefinitions} task definitions (${d.resources} state resources)`]);
  table.push(['', `calls ${d.calls} vs minimum ${d.minCalls} ${d.calls === d.minCalls ? 'OK' : 'MISSED'} (+ ${d.listServicesCalls} ListServices pages for unmanaged services, minimum ${d.minListServicesCalls}); throttled ${d.throttled}`]);
  table.push(['', `time ${d.seconds} s vs rate-limit bound ${d.boundSeconds} s: ratio ${d.ratio} (target <= ${DRIFT_TARGET_RATIO}) ${d.ratio <= DRIFT_TARGET_RATIO ? 'OK' : 'MISSED'}`]);
  table.push(['', `lost ${d.lost} (not reported ${d.notReported}, unverified ${d.unverified}) ${d.lost === 0 ? 'OK' : 'MISSED'}; planted drift found ${d.plantedFound}/${d.planted}, false drift ${d.falseDrift}`]);
}

if (only.has('import')) {
  log('import: one cluster of 200 services, 25 ms latency, 20 req/s (burst 50) ...');
  const m = await measure('measure-import', [join(outDir, 'import-work')]);
  m.seconds = round(m.seconds, 3);
  m.boundSeconds = round(m.boundSeconds, 3);
  m.ratio = round(m.ratio, 3);
  results.import = m;
  table.push(['import', `${m.services} services -> ${m.resources} resources in ${m.files} files, complete ${m.complete}; ${m.findings} findings on the generated code`]);
  table.push(['', `calls ${m.calls} vs minimum ${m.minCalls} ${m.calls === m.minCalls ? 'OK' : 'MISSED'} ${JSON.stringify(m.callsByOperation)}; throttled ${m.throttled}`]);
  table.push(['', `time ${m.seconds} s vs rate-limit bound ${m.boundSeconds} s: ratio ${m.ratio} (target <= ${DRIFT_TARGET_RATIO}) ${m.ratio <= DRIFT_TARGET_RATIO ? 'OK' : 'MISSED'}`]);
}

if (only.has('realtime')) {
  log('realtime: the built action in event mode against the emulators (25 ms per AWS call): one event, then 50 events for 20 services ...');
  const r = await measure('measure-realtime');
  results.realtime = r;
  const calls = (c) => Object.entries(c).filter(([, n]) => n > 0).map(([op, n]) => `${op} ${n}`).join(', ') || 'none';
  const only = (c) => c.DescribeServices === 1 && c.ListServices === 0 && c.DescribeClusters === 0 && c.LookupEvents === 0;
  const { opened, updated, replay } = r.single;
  table.push(['realtime', `one UpdateService, ${r.single.servicesInState} services in the state: issue opened in ${round(opened.seconds, 2)} s, updated in ${round(updated.seconds, 2)} s (target < ${REALTIME_TARGET_SECONDS} s) ${Math.max(opened.seconds, updated.seconds) < REALTIME_TARGET_SECONDS ? 'OK' : 'MISSED'}`]);
  table.push(['', `of which the action's phases ${round(opened.phaseSeconds, 2)} s / ${round(updated.phaseSeconds, 2)} s (the rest: process start, bundle load, emulators); first runs on a cold emulator ${round(r.single.warmUp.openedSeconds, 2)} s / ${round(r.single.warmUp.updatedSeconds, 2)} s; node -e 0 takes ${round(r.nodeStartSeconds, 2)} s here (load average ${round(r.loadAverage, 1)})`]);
  table.push(['', `AWS calls opened: ${calls(opened.awsCalls)}; updated: ${calls(updated.awsCalls)} ${only(opened.awsCalls) && only(updated.awsCalls) ? 'OK (only the service touched)' : 'MISSED'}`]);
  table.push(['', `GitHub: opened ${opened.githubRequests} requests, ${opened.githubWrites} writes (${opened.writes.join(', ')}); updated ${updated.githubRequests} requests, ${updated.githubWrites} writes (${updated.writes.join(', ')}); replay ${replay.githubWrites} writes in ${round(replay.seconds, 2)} s`]);
  const b = r.burst;
  table.push(['', `burst: ${b.events} events for ${b.services} services (${b.drifted} drift) in ${round(b.seconds, 2)} s; AWS ${calls(b.awsCalls)}; GitHub ${b.githubRequests} requests, ${b.githubWrites} writes for ${b.issues} issues`]);
  const creates = b.writes.filter((w) => /^POST \/repos\/[^/]+\/[^/]+\/issues$/.test(w)).length;
  table.push(['', `of which the action's phases ${round(b.phaseSeconds, 2)} s; drift issues ${round((b.phases['Drift issues for the owners'] ?? 0) / 1000, 2)} s, ${Math.max(0, creates - 1) * 3} s of it Octokit's 3 s spacing of content-creating requests (${creates} creates)`]);
  table.push(['', `at most ${b.maxWritesPerResource} write per resource (target <= 1) ${b.maxWritesPerResource <= 1 ? 'OK' : 'MISSED'}; redelivered burst: ${b.redelivered.githubWrites} writes in ${round(b.redelivered.seconds, 2)} s; emulator validation errors ${b.validationErrors + opened.validationErrors + updated.validationErrors}`]);
}

writeFileSync(join(benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const width = Math.max(...table.map(([k]) => k.length));
process.stdout.write(`\nECS Drift Guard benchmark (${process.version}, ${runs} scan runs, median)\n`);
for (const [k, v] of table) process.stdout.write(`${k.padEnd(width)}  ${v}\n`);
process.stdout.write(`\nwritten: ${relative(repoRoot, join(benchDir, 'results.json'))}\n`);
