// One scan-benchmark measurement, run in its own process so that its peak RSS is its own.
// argv: <generate|scan|parse> <corpusDir> [seed modules]; prints one JSON line on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateCorpus } from './corpus.js';
import { scanConfiguration } from '../src/scan.js';
import { defaultPolicyConfig } from '../src/policy/engine.js';
import { allRules } from '../src/policy/rules/index.js';
import { getParser } from '../src/terraform/hcl-syntax.js';
import { parseThreads } from '../src/terraform/parse-pool.js';

/** Resource types the benchmark counts as the ECS estate (task definitions, services, clusters, capacity providers, ECR, IAM roles). */
export const ESTATE_TYPES = new Set([
  'aws_ecs_task_definition',
  'aws_ecs_service',
  'aws_ecs_cluster',
  'aws_ecs_cluster_capacity_providers',
  'aws_ecs_capacity_provider',
  'aws_ecr_repository',
  'aws_iam_role',
]);

function tfFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) tfFiles(path, out);
    else if (entry.name.endsWith('.tf')) out.push(path);
  }
  return out;
}

function peakMB(): number {
  // resourceUsage().maxRSS is in kilobytes and covers the whole process lifetime.
  return Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
}

/** CPU time (user + system) of this process since `start`: less sensitive than wall time to other load on a shared machine. */
function cpuSecondsSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function main(): Promise<void> {
  const [mode, corpus, ...rest] = process.argv.slice(2);
  if (!mode || !corpus) throw new Error('usage: measure-scan <generate|scan|parse> <corpusDir> [seed modules]');
  if (mode === 'generate') {
    const [seed, modules] = rest.map(Number);
    const stats = generateCorpus(corpus, { seed: seed ?? 1, modules: modules ?? 1000 });
    process.stdout.write(`${JSON.stringify(stats)}\n`);
    return;
  }
  if (mode === 'parse') {
    // Finding and reading the files is outside the bare parse (the scan pays it): timed apart, for the report only.
    const readStarted = performance.now();
    const files = tfFiles(corpus);
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const readSeconds = (performance.now() - readStarted) / 1000;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const parser = await getParser();
    for (const text of texts) {
      const tree = parser.parse(text);
      if (!tree) throw new Error('the parser returned no tree');
      tree.delete();
    }
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`${JSON.stringify({ seconds, cpuSeconds: cpuSecondsSince(cpu), files: texts.length, peakMB: peakMB(), readSeconds })}\n`);
    return;
  }
  if (mode === 'scan') {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const { report, configuration } = await scanConfiguration({
      repoRoot: corpus,
      paths: ['.'],
      policy: defaultPolicyConfig(),
      now: new Date('2025-01-01T00:00:00Z'),
      rules: allRules,
    });
    const seconds = (performance.now() - started) / 1000;
    const byType: Record<string, number> = {};
    for (const r of configuration.resources) byType[r.type] = (byType[r.type] ?? 0) + 1;
    const byRule: Record<string, number> = {};
    for (const f of report.findings) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    process.stdout.write(`${JSON.stringify({
      seconds,
      cpuSeconds: cpuSecondsSince(cpu),
      peakMB: peakMB(),
      parseThreads: parseThreads(),
      modules: configuration.moduleDirs.length,
      rootModules: configuration.rootDirs.length,
      resources: Object.entries(byType).reduce((sum, [type, n]) => sum + (ESTATE_TYPES.has(type) ? n : 0), 0),
      allResources: configuration.resources.length,
      resourcesByType: byType,
      findings: report.findings.length,
      suppressed: report.findings.filter((f) => f.suppressed).length,
      findingsByRule: byRule,
      notEvaluated: report.notEvaluated.length,
      errors: report.errors.length,
      firstErrors: report.errors.slice(0, 5),
      firstNotEvaluated: report.notEvaluated.slice(0, 5),
    })}\n`);
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
