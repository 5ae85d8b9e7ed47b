// What `ecs-drift-guard [COMMAND] --help` prints: one entry per command, kept apart from cli.ts so
// that adding a flag is one line here next to its parseArgs option (a test checks the two agree).
// This module imports nothing, so `--help` loads no AWS, GitHub or zod code.

export interface FlagHelp {
  /** As typed, with its value: `--format text|json|sarif|markdown`. */
  flag: string;
  description: string;
}

export interface CommandHelp {
  usage: string;
  description: string;
  flags: FlagHelp[];
  example: string;
  /** Exit codes when they differ from the common ones below. */
  exitCodes?: string[];
}

const FORMAT: FlagHelp = { flag: '--format text|json|sarif|markdown', description: 'Output format (default text). json is the versioned report of DESIGN.md; sarif is SARIF 2.1.0 for code scanning.' };
const FAIL_ON: FlagHelp = { flag: '--fail-on LEVEL', description: 'Exit 1 when a finding or drift is at or above LEVEL: none, low, medium, high (default) or critical.' };
const OUTPUT: FlagHelp = { flag: '--output FILE, -o FILE', description: 'Write the report to FILE instead of standard output.' };
const CONFIG: FlagHelp = { flag: '--config FILE', description: 'Configuration file (default .github/drift-guard.yml when it exists).' };
const ALLOW_INCOMPLETE: FlagHelp = { flag: '--allow-incomplete', description: 'Accept a run that could not check everything (exit 0 instead of 2); the output still says INCOMPLETE and what was not checked.' };
const SHARD: FlagHelp = { flag: '--shard I/N', description: 'Check only shard I of N (modules are spread by a hash of their folder; see plan-matrix).' };
const REGION: FlagHelp = { flag: '--region R', description: 'AWS region (default AWS_REGION). Credentials come from the AWS SDK default chain.' };
const HELP: FlagHelp = { flag: '--help, -h', description: 'Show this help.' };

/** DESIGN.md "Exit codes". */
export const EXIT_CODES = [
  '0  everything was checked and nothing is at or above --fail-on',
  '1  findings or drift at or above --fail-on',
  '2  bad usage, or the run could not check everything it was asked to (one-line reason on stderr)',
];

export const COMMAND_HELP: Record<string, CommandHelp> = {
  scan: {
    usage: 'ecs-drift-guard scan [PATH ...] [--plan PLAN.json] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--allow-incomplete] [--output FILE] [--shard I/N] [--offline]',
    description:
      'Checks the Terraform modules under each PATH (default .) against the ECS policy rules: every folder holding .tf or .tf.json files is a module. Registry, git and archive modules are resolved like `terraform init` (.terraform/modules/modules.json first, else downloaded into a cache). With --plan, values from `terraform show -json` output replace what the code leaves unknown.',
    flags: [
      { flag: '--plan PLAN.json', description: 'A plan from `terraform show -json plan.out`, for values only known at plan time.' },
      CONFIG,
      FORMAT,
      FAIL_ON,
      ALLOW_INCOMPLETE,
      OUTPUT,
      SHARD,
      { flag: '--offline', description: 'Download no module: registry, git and archive modules not already in .terraform/modules are not evaluated, and the run is incomplete.' },
      HELP,
    ],
    example: 'ecs-drift-guard scan infra/ --format sarif --output drift-guard.sarif',
  },
  drift: {
    usage: 'ecs-drift-guard drift --state FILE|s3://bucket/key [--state ...] [--dir MODULE_DIR] [--workspace NAME] [--region R] [--config FILE] [--format FORMAT] [--fail-on LEVEL] [--allow-incomplete] [--output FILE] [--shard I/N]',
    description:
      'Compares Terraform state with live Amazon ECS (clusters, services, task definitions, capacity providers) and reports every difference, classified as security, config, expected or ignored. A resource that could not be read is reported as unverified, never in sync.',
    flags: [
      { flag: '--state FILE|s3://bucket/key', description: 'A Terraform state (v4 file, `terraform show -json` output, or an S3 object); repeat for several.' },
      { flag: '--dir MODULE_DIR', description: 'The module folder the states belong to (default .), for addresses, owners and ignore_changes.' },
      { flag: '--workspace NAME', description: 'Read the S3 state of this Terraform workspace (env:/NAME/key).' },
      REGION,
      CONFIG,
      FORMAT,
      FAIL_ON,
      ALLOW_INCOMPLETE,
      OUTPUT,
      SHARD,
      HELP,
    ],
    example: 'AWS_REGION=eu-west-1 ecs-drift-guard drift --state s3://tf-state/prod/ecs.tfstate --dir infra/ecs',
  },
  owners: {
    usage: 'ecs-drift-guard owners [--repo DIR] [--format text|json] PATH ...',
    description: "Prints the CODEOWNERS owners of each PATH with GitHub's rules (.github/, root, then docs/; last match wins). An unowned path has no owners.",
    flags: [
      { flag: '--repo DIR', description: 'The repository root (default: the git repository around the current folder).' },
      { flag: '--format text|json', description: 'Output format (default text).' },
      HELP,
    ],
    example: 'ecs-drift-guard owners infra/payments/main.tf',
    exitCodes: ['0  the owners were printed', '2  bad usage'],
  },
  'import-check': {
    usage: 'ecs-drift-guard import-check [PATH ...] [--region R] [--config FILE] [--format text|json]',
    description: 'Compares the import blocks of the modules under each PATH (default .) with live Amazon ECS: does the code describe what it imports?',
    flags: [REGION, CONFIG, { flag: '--format text|json', description: 'Output format (default text).' }, HELP],
    example: 'ecs-drift-guard import-check infra/imported --region us-east-1',
    exitCodes: ['0  every import is faithful', '1  an import differs from live ECS or was not found', '2  bad usage or unreadable input'],
  },
  import: {
    usage: 'ecs-drift-guard import --cluster NAME|ARN [--cluster ...] [--service NAME ...] [--region R] --out DIR [--format text|json] [--force] [--config FILE]',
    description:
      'Writes a Terraform module for live Amazon ECS clusters, their services, the task definition revisions they run and their capacity providers, with import blocks, then scans it: what the import brings in as is, with file:line. Environment values that look secret become sensitive variables, never code.',
    flags: [
      { flag: '--cluster NAME|ARN', description: 'A cluster to import; repeat for several.' },
      { flag: '--service NAME', description: 'Import only this service of the (single) cluster; repeat for several. Default: every service.' },
      REGION,
      { flag: '--out DIR', description: 'The folder to write the module to; refused when it is not empty unless --force.' },
      { flag: '--force', description: 'Write into a non-empty --out folder, overwriting the generated files.' },
      { flag: '--format text|json', description: 'Output format (default text).' },
      CONFIG,
      HELP,
    ],
    example: 'ecs-drift-guard import --cluster prod --service api --region eu-west-1 --out infra/imported/prod',
    exitCodes: ['0  everything asked for was imported', '2  bad usage, or the import is incomplete: something could not be read or imported (listed, and the rest is written)'],
  },
  'plan-matrix': {
    usage: 'ecs-drift-guard plan-matrix [PATH ...] [--shards N] [--state FILE|s3://... ...] [--config FILE]',
    description: 'Prints a GitHub Actions matrix (JSON) that spreads the modules under PATH, or the given states, over N shards; each matrix job then runs with --shard I/N.',
    flags: [
      { flag: '--shards N', description: 'Number of shards (default 4).' },
      { flag: '--state FILE|s3://bucket/key', description: 'Shard these states instead of the modules found under PATH.' },
      CONFIG,
      HELP,
    ],
    example: 'ecs-drift-guard plan-matrix infra/ --shards 8',
    exitCodes: ['0  the matrix was printed', '2  bad usage'],
  },
  demo: {
    usage: 'ecs-drift-guard demo',
    description:
      'Runs the whole action against the bundled GitHub and AWS emulators and the example estate: a pull request, the owner approving it, then the nightly drift run. Nothing leaves this machine.',
    flags: [HELP],
    example: 'npx ecs-drift-guard demo',
    exitCodes: ['0  the demo ran', '2  the demo could not run'],
  },
};

function formatFlags(flags: FlagHelp[]): string[] {
  const width = Math.max(...flags.map((f) => f.flag.length)) + 2;
  return flags.map((f) => `  ${f.flag.padEnd(width)}${f.description}`);
}

/** `ecs-drift-guard COMMAND --help`. */
export function commandHelp(command: string): string {
  const help = COMMAND_HELP[command];
  return [
    `Usage: ${help.usage}`,
    '',
    help.description,
    '',
    'Flags:',
    ...formatFlags(help.flags),
    '',
    'Example:',
    `  ${help.example}`,
    '',
    'Exit codes:',
    ...(help.exitCodes ?? EXIT_CODES).map((line) => `  ${line}`),
    '',
  ].join('\n');
}

/** `ecs-drift-guard --help`. */
export function topLevelHelp(): string {
  const width = Math.max(...Object.keys(COMMAND_HELP).map((c) => c.length)) + 2;
  return [
    'ecs-drift-guard: ECS policy checks for Terraform, drift between Terraform state and live Amazon ECS, routed to CODEOWNERS.',
    '',
    'Usage:',
    ...Object.values(COMMAND_HELP).map((c) => `  ${c.usage}`),
    '  ecs-drift-guard --version',
    '',
    'Commands:',
    ...Object.entries(COMMAND_HELP).map(([name, c]) => `  ${name.padEnd(width)}${c.description.split(/(?<=\.)\s/)[0]}`),
    '',
    'LEVEL is none, low, medium, high or critical (default high).',
    '',
    'Exit codes:',
    ...EXIT_CODES.map((line) => `  ${line}`),
    '',
    'Run `ecs-drift-guard COMMAND --help` for the flags of a command and an example.',
    '',
  ].join('\n');
}
