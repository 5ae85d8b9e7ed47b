#!/usr/bin/env node
import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  CODEOWNERS_LOCATIONS,
  ConfigurationError,
  TOOL_VERSION,
  blockingCount,
  checkDrift,
  checkImports,
  defaultDriftClients,
  findCodeowners,
  findRepoRoot,
  inShard,
  loadConfiguration,
  matchingRule,
  ownersOf,
  parseChoice,
  planMatrix,
  renderReport,
  scanConfiguration,
  scanInputFrom,
  settingsFromCli,
  summarizeImportCheck,
  workspaceKey
} from "./chunks/chunk-ICIL4HTM.js";
import "./chunks/chunk-Y26DW3OX.js";
import "./chunks/chunk-RTI7YWEU.js";
import "./chunks/chunk-Q3SBQLEG.js";
import "./chunks/chunk-X7CJ5U7I.js";

// src/cli.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/ownership/owners-report.ts
function buildOwnersReport(file, paths) {
  const owners = {};
  for (const path of paths) owners[path] = file ? ownersOf(file, path) : [];
  return {
    owners,
    codeowners: file ? file.path : null,
    errors: file ? file.errors.map(({ line, message }) => ({ line, message })) : []
  };
}
function formatOwnersJson(file, paths) {
  return `${JSON.stringify(buildOwnersReport(file, paths), null, 2)}
`;
}
function formatOwnersText(file, paths) {
  const lines = [];
  if (file === null) {
    lines.push(`No CODEOWNERS file found (looked in ${CODEOWNERS_LOCATIONS.join(", ")}); every path is unowned.`);
  } else {
    lines.push(`CODEOWNERS: ${file.path}`);
  }
  const width = Math.max(0, ...paths.map((p) => p.length));
  for (const path of paths) {
    lines.push(`${path.padEnd(width)}  ${describeOwners(file, path)}`);
  }
  if (file && file.errors.length > 0) {
    const count = file.errors.length;
    lines.push("", `${count} problem${count === 1 ? "" : "s"} in ${file.path} (GitHub skips what they affect):`);
    for (const error of file.errors) {
      lines.push(error.line > 0 ? `  line ${error.line}: ${error.message}` : `  ${error.message}`);
    }
  }
  return `${lines.join("\n")}
`;
}
function describeOwners(file, path) {
  if (file === null) return "(no owner)";
  const rule = matchingRule(file, path);
  if (rule === null) return "(no owner: no rule matches)";
  if (rule.owners.length === 0) return `(no owner: line ${rule.line} "${rule.pattern}" unowns it)`;
  return `${rule.owners.join(" ")}  (line ${rule.line}: ${rule.pattern})`;
}

// src/cli.ts
var USAGE = `Usage:
  ecs-drift-guard scan [PATH ...] [--plan PLAN.json] [--config FILE] [--format text|json|sarif|markdown] [--fail-on LEVEL] [--output FILE]
  ecs-drift-guard drift --state FILE|s3://bucket/key [--state ...] [--dir MODULE_DIR] [--region R] [--config FILE] [--format ...] [--fail-on LEVEL] [--output FILE]
  ecs-drift-guard owners [--repo DIR] [--format text|json] PATH ...
  ecs-drift-guard import-check [PATH ...] [--region R] [--format text|json]
  ecs-drift-guard plan-matrix [PATH ...] [--shards N] [--state FILE|s3://... ...]
  ecs-drift-guard demo
  ecs-drift-guard --version

LEVEL is none, low, medium, high or critical (default high).
Exit codes: 0 nothing at or above --fail-on; 1 findings or drift at or above it; 2 bad usage or unreadable input.`;
var UsageError = class extends Error {
};
function stderrLogger(debug) {
  const where = (w) => w?.file ? `${w.file}${w.line ? `:${w.line}` : ""}: ` : "";
  return {
    debug: (m) => {
      if (debug) process.stderr.write(`debug: ${m}
`);
    },
    info: (m) => process.stderr.write(`${m}
`),
    warning: (m, w) => process.stderr.write(`warning: ${where(w)}${m}
`),
    error: (m, w) => process.stderr.write(`error: ${where(w)}${m}
`)
  };
}
function emit(text, output) {
  if (output) writeFileSync(output, text.endsWith("\n") ? text : `${text}
`);
  else process.stdout.write(text.endsWith("\n") ? text : `${text}
`);
}
function exitCodeFor(report, settings) {
  return blockingCount(report, settings.failOn) > 0 ? 1 : 0;
}
async function scanCommand(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      plan: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      output: { type: "string", short: "o" },
      shard: { type: "string" }
    }
  });
  const settings = settingsFromCli(
    { paths: positionals.length ? positionals : ["."], config: values.config, plan: values.plan, format: values.format, failOn: values["fail-on"], shard: values.shard },
    process.cwd(),
    process.env
  );
  const { report } = await scanConfiguration(scanInputFrom(settings));
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}
async function driftCommand(args) {
  const { values } = parseArgs({
    args,
    options: {
      state: { type: "string", multiple: true },
      dir: { type: "string" },
      region: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      output: { type: "string", short: "o" },
      workspace: { type: "string" },
      shard: { type: "string" }
    }
  });
  if (!values.state?.length) throw new UsageError("drift needs at least one --state FILE|s3://bucket/key");
  const settings = settingsFromCli(
    { paths: [values.dir ?? "."], config: values.config, format: values.format, failOn: values["fail-on"], states: values.state, dir: values.dir, region: values.region, shard: values.shard },
    process.cwd(),
    process.env
  );
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: [...new Set(settings.states.map((s) => s.moduleDir))] });
  const states = settings.states.filter((s) => inShard(s.moduleDir, settings.shard)).map((s) => values.workspace && s.source.startsWith("s3://") ? { ...s, source: s.source.replace(/^(s3:\/\/[^/]+\/)(.+)$/, (_m, bucket, key) => `${bucket}${workspaceKey(key, values.workspace)}`) } : s);
  const { run } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion), logger);
  const report = { findings: [], drift: run.results, notEvaluated: [], errors: run.errors, modules: [] };
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  if (run.results.length === 0 && run.errors.length > 0) return 2;
  return exitCodeFor(report, settings);
}
async function ownersCommand(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { repo: { type: "string" }, format: { type: "string" } }
  });
  if (positionals.length === 0) throw new UsageError("owners needs at least one PATH");
  const format = parseChoice(values.format ?? "text", ["text", "json"], "--format");
  const repo = values.repo ? resolve(values.repo) : findRepoRoot(process.cwd());
  const file = await findCodeowners(async (path) => {
    try {
      return readFileSync(resolve(repo, path), "utf8");
    } catch {
      return null;
    }
  });
  const paths = positionals.map((p) => p.replace(/^\.\//, ""));
  process.stdout.write(format === "json" ? formatOwnersJson(file, paths) : formatOwnersText(file, paths));
  return 0;
}
async function importCheckCommand(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { region: { type: "string" }, format: { type: "string" }, config: { type: "string" } }
  });
  const format = parseChoice(values.format ?? "text", ["text", "json"], "--format");
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ["."], config: values.config, region: values.region }, process.cwd(), process.env);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const checks = await checkImports(configuration.imports, configuration, defaultDriftClients(settings.awsRegion), {
    region: settings.awsRegion,
    logger,
    expected: settings.drift.expected,
    ignore: settings.drift.ignore
  });
  if (format === "json") process.stdout.write(`${JSON.stringify({ imports: checks }, null, 2)}
`);
  else {
    if (checks.length === 0) process.stdout.write("No import blocks for ECS resources.\n");
    for (const c of checks) {
      process.stdout.write(`${c.file}:${c.line}  ${c.to}  ${c.status.toUpperCase()}  ${summarizeImportCheck(c)}
`);
      for (const d of c.differences) process.stdout.write(`    ${d.class.padEnd(8)} ${d.path}: code ${JSON.stringify(d.expected)}, live ${JSON.stringify(d.actual)}${d.why ? ` (${d.why})` : ""}
`);
    }
  }
  return checks.some((c) => c.status === "differs" || c.status === "not_found") ? 1 : 0;
}
async function planMatrixCommand(args) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { shards: { type: "string" }, state: { type: "string", multiple: true }, config: { type: "string" } }
  });
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ["."], config: values.config, states: values.state }, process.cwd(), process.env);
  const count = Number(values.shards ?? "4");
  let keys;
  if (settings.states.length > 0) keys = settings.states.map((s) => s.moduleDir);
  else {
    const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
    keys = configuration.rootDirs;
  }
  process.stdout.write(`${JSON.stringify(planMatrix(keys, count))}
`);
  return 0;
}
async function demoCommand() {
  const { runDemo } = await import("./chunks/demo-62ODNK34.js");
  return runDemo();
}
async function main(argv) {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "scan":
        return await scanCommand(rest);
      case "drift":
        return await driftCommand(rest);
      case "owners":
        return await ownersCommand(rest);
      case "plan-matrix":
        return await planMatrixCommand(rest);
      case "import-check":
        return await importCheckCommand(rest);
      case "demo":
        return await demoCommand();
      case "--version":
      case "-v":
        process.stdout.write(`${TOOL_VERSION}
`);
        return 0;
      case void 0:
      case "--help":
      case "-h":
      case "help":
        process.stdout.write(`${USAGE}
`);
        return command === void 0 ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"; expected scan, drift, owners, import-check, plan-matrix or demo`);
    }
  } catch (e) {
    const err = e;
    if (e instanceof UsageError || e instanceof ConfigurationError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`ecs-drift-guard: ${err.message.split("\n")[0]}
`);
      return 2;
    }
    process.stderr.write(`ecs-drift-guard: ${err.message}
`);
    if (process.env.RUNNER_DEBUG || process.env.DEBUG) process.stderr.write(`${err.stack}
`);
    return 2;
  }
}
var code = await main(process.argv.slice(2));
process.exitCode = code;
export {
  main
};
