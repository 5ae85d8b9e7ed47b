#!/usr/bin/env node
import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  TOOL_VERSION,
  summarizeReport
} from "./chunks/chunk-LTGDUDFJ.js";
import "./chunks/chunk-IVIT2PZO.js";
import {
  WaitBudget
} from "./chunks/chunk-WRYVBW32.js";
import "./chunks/chunk-X7CJ5U7I.js";

// src/cli.ts
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// src/cli-help.ts
var FORMAT = { flag: "--format text|json|sarif|markdown", description: "Output format (default text). json is the versioned report of DESIGN.md; sarif is SARIF 2.1.0 for code scanning." };
var FAIL_ON = { flag: "--fail-on LEVEL", description: "Exit 1 when a finding or drift is at or above LEVEL: none, low, medium, high (default) or critical." };
var OUTPUT = { flag: "--output FILE, -o FILE", description: "Write the report to FILE instead of standard output." };
var CONFIG = { flag: "--config FILE", description: "Configuration file (default .github/drift-guard.yml when it exists)." };
var ALLOW_INCOMPLETE = { flag: "--allow-incomplete", description: "Accept a run that could not check everything (exit 0 instead of 2); the output still says INCOMPLETE and what was not checked." };
var SHARD = { flag: "--shard I/N", description: "Check only shard I of N (modules are spread by a hash of their folder; see plan-matrix)." };
var REGION = { flag: "--region R", description: "AWS region (default AWS_REGION). Credentials come from the AWS SDK default chain." };
var HELP = { flag: "--help, -h", description: "Show this help." };
var EXIT_CODES = [
  "0  everything was checked and nothing is at or above --fail-on",
  "1  findings or drift at or above --fail-on",
  "2  bad usage, or the run could not check everything it was asked to (one-line reason on stderr)"
];
var COMMAND_HELP = {
  scan: {
    usage: "ecs-drift-guard scan [PATH ...] [--plan PLAN.json] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--allow-incomplete] [--output FILE] [--shard I/N] [--offline]",
    description: "Checks the Terraform modules under each PATH (default .) against the ECS policy rules: every folder holding .tf or .tf.json files is a module. Registry, git and archive modules are resolved like `terraform init` (.terraform/modules/modules.json first, else downloaded into a cache). With --plan, values from `terraform show -json` output replace what the code leaves unknown.",
    flags: [
      { flag: "--plan PLAN.json", description: "A plan from `terraform show -json plan.out`, for values only known at plan time." },
      CONFIG,
      FORMAT,
      FAIL_ON,
      ALLOW_INCOMPLETE,
      OUTPUT,
      SHARD,
      { flag: "--offline", description: "Download no module: registry, git and archive modules not already in .terraform/modules are not evaluated, and the run is incomplete." },
      HELP
    ],
    example: "ecs-drift-guard scan infra/ --format sarif --output drift-guard.sarif"
  },
  drift: {
    usage: "ecs-drift-guard drift --state FILE|s3://bucket/key [--state ...] [--dir MODULE_DIR] [--workspace NAME] [--region R] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--allow-incomplete] [--output FILE] [--shard I/N]",
    description: "Compares Terraform state with live Amazon ECS (clusters, services, task definitions, capacity providers) and reports every difference, classified as security, config, expected or ignored. A resource that could not be read is reported as unverified, never in sync.",
    flags: [
      { flag: "--state FILE|s3://bucket/key", description: "A Terraform state (v4 file, `terraform show -json` output, or an S3 object); repeat for several." },
      { flag: "--dir MODULE_DIR", description: "The module folder the states belong to (default .), for addresses, owners and ignore_changes." },
      { flag: "--workspace NAME", description: "Read the S3 state of this Terraform workspace (env:/NAME/key)." },
      REGION,
      CONFIG,
      FORMAT,
      FAIL_ON,
      ALLOW_INCOMPLETE,
      OUTPUT,
      SHARD,
      HELP
    ],
    example: "AWS_REGION=eu-west-1 ecs-drift-guard drift --state s3://tf-state/prod/ecs.tfstate --dir infra/ecs"
  },
  owners: {
    usage: "ecs-drift-guard owners [--repo DIR] [--format text|json] PATH ...",
    description: "Prints the CODEOWNERS owners of each PATH with GitHub's rules (.github/, root, then docs/; last match wins). An unowned path has no owners.",
    flags: [
      { flag: "--repo DIR", description: "The repository root (default: the git repository around the current folder)." },
      { flag: "--format text|json", description: "Output format (default text)." },
      HELP
    ],
    example: "ecs-drift-guard owners infra/payments/main.tf",
    exitCodes: ["0  the owners were printed", "2  bad usage"]
  },
  "import-check": {
    usage: "ecs-drift-guard import-check [PATH ...] [--region R] [--config FILE] [--format text|json]",
    description: "Compares the import blocks of the modules under each PATH (default .) with live Amazon ECS: does the code describe what it imports?",
    flags: [REGION, CONFIG, { flag: "--format text|json", description: "Output format (default text)." }, HELP],
    example: "ecs-drift-guard import-check infra/imported --region us-east-1",
    exitCodes: ["0  every import is faithful", "1  an import differs from live ECS or was not found", "2  bad usage or unreadable input"]
  },
  import: {
    usage: "ecs-drift-guard import --cluster NAME|ARN [--cluster ...] [--service NAME ...] [--region R] --out DIR [--format text|json] [--force] [--config FILE]",
    description: "Writes a Terraform module for live Amazon ECS clusters, their services, the task definition revisions they run and their capacity providers, with import blocks, then scans it: what the import brings in as is, with file:line. Environment values that look secret become sensitive variables, never code.",
    flags: [
      { flag: "--cluster NAME|ARN", description: "A cluster to import; repeat for several." },
      { flag: "--service NAME", description: "Import only this service of the (single) cluster; repeat for several. Default: every service." },
      REGION,
      { flag: "--out DIR", description: "The folder to write the module to; refused when it is not empty unless --force." },
      { flag: "--force", description: "Write into a non-empty --out folder, overwriting the generated files." },
      { flag: "--format text|json", description: "Output format (default text)." },
      CONFIG,
      HELP
    ],
    example: "ecs-drift-guard import --cluster prod --service api --region eu-west-1 --out infra/imported/prod",
    exitCodes: ["0  everything asked for was imported", "2  bad usage, or the import is incomplete: something could not be read or imported (listed, and the rest is written)"]
  },
  "plan-matrix": {
    usage: "ecs-drift-guard plan-matrix [PATH ...] [--shards N] [--state FILE|s3://... ...] [--config FILE]",
    description: "Prints a GitHub Actions matrix (JSON) that spreads the modules under PATH, or the given states, over N shards; each matrix job then runs with --shard I/N.",
    flags: [
      { flag: "--shards N", description: "Number of shards (default 4)." },
      { flag: "--state FILE|s3://bucket/key", description: "Shard these states instead of the modules found under PATH." },
      CONFIG,
      HELP
    ],
    example: "ecs-drift-guard plan-matrix infra/ --shards 8",
    exitCodes: ["0  the matrix was printed", "2  bad usage"]
  },
  demo: {
    usage: "ecs-drift-guard demo",
    description: "Runs the whole action against the bundled GitHub and AWS emulators and the example estate: a pull request, the owner approving it, then the nightly drift run. Nothing leaves this machine.",
    flags: [HELP],
    example: "npx ecs-drift-guard demo",
    exitCodes: ["0  the demo ran", "2  the demo could not run"]
  }
};
function formatFlags(flags) {
  const width = Math.max(...flags.map((f) => f.flag.length)) + 2;
  return flags.map((f) => `  ${f.flag.padEnd(width)}${f.description}`);
}
function commandHelp(command) {
  const help = COMMAND_HELP[command];
  return [
    `Usage: ${help.usage}`,
    "",
    help.description,
    "",
    "Flags:",
    ...formatFlags(help.flags),
    "",
    "Example:",
    `  ${help.example}`,
    "",
    "Exit codes:",
    ...(help.exitCodes ?? EXIT_CODES).map((line) => `  ${line}`),
    ""
  ].join("\n");
}
function topLevelHelp() {
  const width = Math.max(...Object.keys(COMMAND_HELP).map((c) => c.length)) + 2;
  return [
    "ecs-drift-guard: ECS policy checks for Terraform, drift between Terraform state and live Amazon ECS, routed to CODEOWNERS.",
    "",
    "Usage:",
    ...Object.values(COMMAND_HELP).map((c) => `  ${c.usage}`),
    "  ecs-drift-guard --version",
    "",
    "Commands:",
    ...Object.entries(COMMAND_HELP).map(([name, c]) => `  ${name.padEnd(width)}${c.description.split(/(?<=\.)\s/)[0]}`),
    "",
    "LEVEL is none, low, medium, high or critical (default high).",
    "",
    "Exit codes:",
    ...EXIT_CODES.map((line) => `  ${line}`),
    "",
    "Run `ecs-drift-guard COMMAND --help` for the flags of a command and an example.",
    ""
  ].join("\n");
}

// src/cli.ts
var UsageError = class extends Error {
};
function sayAwsSdkNodeSupportOnce(quiet) {
  if (Number(process.versions.node.split(".")[0]) >= 22 || process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED !== void 0) return;
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = "true";
  if (!quiet) process.stderr.write(`note: Node ${process.versions.node} works with this release; AWS SDK releases after early January 2027 need Node >= 22, so upgrade Node before upgrading ecs-drift-guard then.
`);
}
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
  const summary = summarizeReport(report, settings.failOn, { allowIncomplete: settings.allowIncomplete });
  if (summary.incomplete && !summary.incomplete.accepted) process.stderr.write(`ecs-drift-guard: INCOMPLETE: ${summary.incomplete.reason}
`);
  if (summary.verdict === "fail") return 1;
  return summary.passed ? 0 : 2;
}
async function scanCommand(args) {
  const [{ settingsFromCli }, { scanConfiguration, scanInputFrom }, { renderReport }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/scan-OFHA2W66.js"),
    import("./chunks/render-E4VNDAEM.js")
  ]);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      plan: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      "allow-incomplete": { type: "boolean" },
      output: { type: "string", short: "o" },
      shard: { type: "string" },
      offline: { type: "boolean" }
    }
  });
  const settings = settingsFromCli(
    { paths: positionals.length ? positionals : ["."], config: values.config, plan: values.plan, format: values.format, failOn: values["fail-on"], shard: values.shard, offline: values.offline, allowIncomplete: values["allow-incomplete"] },
    process.cwd(),
    process.env
  );
  const { report } = await scanConfiguration(scanInputFrom(settings));
  emit(renderReport(report, settings, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}
async function driftCommand(args) {
  const [{ settingsFromCli }, { checkDrift, defaultDriftClients }, { workspaceKey }, { loadConfiguration }, { inShard }, { renderReport }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/check-drift-QVVACNMI.js"),
    import("./chunks/state-locations-3OIQ22BX.js"),
    import("./chunks/load-configuration-C2SM4QDS.js"),
    import("./chunks/shard-FQUFNTRG.js"),
    import("./chunks/render-E4VNDAEM.js")
  ]);
  const { values } = parseArgs({
    args,
    options: {
      state: { type: "string", multiple: true },
      dir: { type: "string" },
      region: { type: "string" },
      config: { type: "string" },
      format: { type: "string" },
      "fail-on": { type: "string" },
      "allow-incomplete": { type: "boolean" },
      output: { type: "string", short: "o" },
      workspace: { type: "string" },
      shard: { type: "string" }
    }
  });
  if (!values.state?.length) throw new UsageError("drift needs at least one --state FILE|s3://bucket/key");
  sayAwsSdkNodeSupportOnce(false);
  const settings = settingsFromCli(
    { paths: [values.dir ?? "."], config: values.config, format: values.format, failOn: values["fail-on"], states: values.state, dir: values.dir, region: values.region, shard: values.shard, allowIncomplete: values["allow-incomplete"] },
    process.cwd(),
    process.env
  );
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: [...new Set(settings.states.map((s) => s.moduleDir))] });
  const states = settings.states.filter((s) => inShard(s.moduleDir, settings.shard)).map((s) => values.workspace && s.source.startsWith("s3://") ? { ...s, source: s.source.replace(/^(s3:\/\/[^/]+\/)(.+)$/, (_m, bucket, key) => `${bucket}${workspaceKey(key, values.workspace)}`) } : s);
  const { run } = await checkDrift(settings, states, configuration, defaultDriftClients(settings.awsRegion, { budget: new WaitBudget(settings.retries), logger }), logger);
  const report = { findings: [], drift: run.results, notEvaluated: [], errors: run.errors, modules: [] };
  emit(renderReport(report, { ...settings, mode: "drift" }, { color: !values.output && process.stdout.isTTY === true && !process.env.NO_COLOR }), values.output);
  return exitCodeFor(report, settings);
}
async function ownersCommand(args) {
  const [{ findRepoRoot, parseChoice }, { findCodeowners }, { formatOwnersJson, formatOwnersText }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/codeowners-7JUDZ6YH.js"),
    import("./chunks/owners-report-WLJ574Z3.js")
  ]);
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
  const [{ parseChoice, settingsFromCli }, { loadConfiguration }, { checkImports, summarizeImportCheck }, { defaultDriftClients }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/load-configuration-C2SM4QDS.js"),
    import("./chunks/import-check-D5GHCAUX.js"),
    import("./chunks/check-drift-QVVACNMI.js")
  ]);
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { region: { type: "string" }, format: { type: "string" }, config: { type: "string" } }
  });
  const format = parseChoice(values.format ?? "text", ["text", "json"], "--format");
  const settings = settingsFromCli({ paths: positionals.length ? positionals : ["."], config: values.config, region: values.region }, process.cwd(), process.env);
  sayAwsSdkNodeSupportOnce(false);
  const configuration = await loadConfiguration({ repoRoot: settings.repoRoot, paths: settings.paths });
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const checks = await checkImports(configuration.imports, configuration, defaultDriftClients(settings.awsRegion, { budget: new WaitBudget(settings.retries), logger }), {
    region: settings.awsRegion,
    repoRoot: settings.repoRoot,
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
async function importCommand(args) {
  const [{ parseChoice, settingsFromCli }, { runImport, renderImportJson, renderImportText, OutputFolderNotEmpty }, { defaultDriftClients }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/run-import-WWABXGVM.js"),
    import("./chunks/check-drift-QVVACNMI.js")
  ]);
  const { values } = parseArgs({
    args,
    options: {
      cluster: { type: "string", multiple: true },
      service: { type: "string", multiple: true },
      region: { type: "string" },
      out: { type: "string" },
      format: { type: "string" },
      force: { type: "boolean" },
      config: { type: "string" }
    }
  });
  if (!values.cluster?.length) throw new UsageError("import needs at least one --cluster NAME|ARN");
  if (!values.out) throw new UsageError("import needs --out DIR, the folder to write the Terraform module to");
  if (values.service?.length && values.cluster.length > 1) throw new UsageError("--service names services of one cluster; give exactly one --cluster with it");
  const format = parseChoice(values.format ?? "text", ["text", "json"], "--format");
  const settings = settingsFromCli({ paths: ["."], config: values.config, region: values.region }, process.cwd(), process.env);
  const region = settings.awsRegion;
  if (!region) throw new UsageError("import needs a region: --region R or AWS_REGION");
  sayAwsSdkNodeSupportOnce(false);
  const logger = stderrLogger(!!process.env.RUNNER_DEBUG);
  const clients = defaultDriftClients(region, { budget: new WaitBudget(settings.retries), logger });
  const { RequestScheduler } = await import("./chunks/request-scheduler-3Y5NB4LI.js");
  try {
    const result = await runImport({
      clusters: values.cluster,
      services: values.service ?? [],
      region,
      out: values.out,
      force: !!values.force,
      ecs: clients.ecs,
      logger,
      policy: settings.policy,
      now: settings.now,
      scheduler: new RequestScheduler(settings.drift.maxConcurrency, settings.drift.maxRequestsPerSecond)
    });
    process.stdout.write(format === "json" ? renderImportJson(result) : renderImportText(result));
    if (!result.complete) {
      process.stderr.write(`ecs-drift-guard: import incomplete: ${result.notImported.length} not imported (first: ${result.notImported[0]})
`);
      return 2;
    }
    return 0;
  } catch (e) {
    if (e instanceof OutputFolderNotEmpty) throw new UsageError(e.message);
    throw e;
  }
}
async function planMatrixCommand(args) {
  const [{ settingsFromCli }, { loadConfiguration }, { planMatrix }] = await Promise.all([
    import("./chunks/settings-R5EQL72W.js"),
    import("./chunks/load-configuration-C2SM4QDS.js"),
    import("./chunks/shard-FQUFNTRG.js")
  ]);
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
async function demoCommand(args) {
  parseArgs({ args, options: {} });
  sayAwsSdkNodeSupportOnce(true);
  const { runDemo } = await import("./chunks/demo-RBKXY2ID.js");
  return runDemo();
}
function wantsHelp(args) {
  const beforeOperands = args.indexOf("--") < 0 ? args : args.slice(0, args.indexOf("--"));
  return beforeOperands.includes("--help") || beforeOperands.includes("-h");
}
function usageLine(command, message) {
  const first = message.split("\n")[0].replace(/\. To specify a positional argument.*$/, "");
  const where = command && COMMAND_HELP[command] ? `ecs-drift-guard ${command} --help` : "ecs-drift-guard --help";
  return `ecs-drift-guard: ${first.replace(/\.$/, "")}; see \`${where}\``;
}
async function main(argv) {
  const [command, ...rest] = argv;
  if (command && COMMAND_HELP[command] && wantsHelp(rest)) {
    process.stdout.write(commandHelp(command));
    return 0;
  }
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
      case "import":
        return await importCommand(rest);
      case "demo":
        return await demoCommand(rest);
      case "--version":
      case "-v":
      case "-V":
        process.stdout.write(`${TOOL_VERSION}
`);
        return 0;
      case "--help":
      case "-h":
        process.stdout.write(topLevelHelp());
        return 0;
      case "help":
        process.stdout.write(rest[0] && COMMAND_HELP[rest[0]] ? commandHelp(rest[0]) : topLevelHelp());
        return 0;
      case void 0:
        process.stderr.write(topLevelHelp());
        return 2;
      default:
        throw new UsageError(`unknown command "${command}"; expected ${Object.keys(COMMAND_HELP).join(", ")}`);
    }
  } catch (e) {
    const err = e;
    if (err.code?.startsWith("ERR_PARSE_ARGS") || e instanceof UsageError) {
      process.stderr.write(`${usageLine(command, err.message)}
`);
      return 2;
    }
    if (err.name === "ConfigurationError") {
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
