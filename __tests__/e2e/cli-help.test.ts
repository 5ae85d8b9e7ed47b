// A CLI that helps (issue 15): `--help` on every command exits 0 with what it does, its flags, an
// example and the exit codes; `--version`; an unknown flag is one line pointing at `--help`; and
// `--help` and `scan` load only what they need. Runs the built dist/cli.js as a user does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COMMAND_HELP } from '../../src/cli-help.js';

const ROOT = join(import.meta.dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'cli.js');

function cli(args: string[], nodeArgs: string[] = [], cwd = ROOT) {
  const r = spawnSync(process.execPath, [...nodeArgs, CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMMANDS = Object.keys(COMMAND_HELP);

describe('--help', () => {
  it('covers every command the CLI dispatches', () => {
    const source = readFileSync(join(ROOT, 'src', 'cli.ts'), 'utf8');
    const dispatched = [...source.matchAll(/case '([a-z-]+)': return await \w+Command\(/g)].map((m) => m[1]).sort();
    expect(dispatched.length).toBeGreaterThan(3);
    expect([...COMMANDS].sort()).toEqual(dispatched);
  });

  it.each(COMMANDS)('%s --help and -h exit 0 with a description, flags, an example and exit codes', (command) => {
    for (const flag of ['--help', '-h']) {
      const r = cli([command, flag]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout).toContain(`Usage: ecs-drift-guard ${command}`);
      expect(r.stdout).toContain(COMMAND_HELP[command].description);
      for (const heading of ['Flags:', 'Example:', 'Exit codes:']) expect(r.stdout).toContain(heading);
      expect(r.stdout).toContain(`  ${COMMAND_HELP[command].example}`);
    }
  });

  it('help comes first even with other flags (scan PATH --format json --help)', () => {
    const r = cli(['scan', 'infra', '--format', 'json', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: ecs-drift-guard scan');
  });

  it('top level: every command, --shard and the exit codes of DESIGN.md', () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = cli(args);
      expect(r.code).toBe(0);
      for (const command of COMMANDS) expect(r.stdout).toContain(`ecs-drift-guard ${command}`);
      expect(r.stdout).toContain('--shard I/N');
      expect(r.stdout).toMatch(/^ {2}0 {2}everything was checked/m);
      expect(r.stdout).toMatch(/^ {2}1 {2}findings or drift/m);
      expect(r.stdout).toMatch(/^ {2}2 {2}bad usage, or the run could not check everything/m);
    }
    expect(cli(['help', 'drift']).stdout).toContain('Usage: ecs-drift-guard drift');
  });

  it('no command at all prints the help on stderr and exits 2', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });

  it('every flag a command parses is documented, and every documented flag is parsed', () => {
    const source = readFileSync(join(ROOT, 'src', 'cli.ts'), 'utf8');
    const functionOf: Record<string, string> = { scan: 'scanCommand', drift: 'driftCommand', owners: 'ownersCommand', 'import-check': 'importCheckCommand', import: 'importCommand', 'plan-matrix': 'planMatrixCommand', demo: 'demoCommand' };
    for (const command of COMMANDS) {
      const start = source.indexOf(`async function ${functionOf[command]}(`);
      expect(start).toBeGreaterThanOrEqual(0);
      const body = source.slice(start, source.indexOf('\n}\n', start));
      const parsed = [...body.matchAll(/(?<=[\s{,])'?([a-z][a-z-]*)'?: \{ type: '(?:string|boolean)'/g)].map((m) => `--${m[1]}`).sort();
      const documented = COMMAND_HELP[command].flags.map((f) => f.flag.split(/[ ,]/)[0]).filter((f) => f !== '--help').sort();
      expect([command, documented]).toEqual([command, parsed]);
    }
  });
});

describe('--version and unknown flags', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) expect(cli([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each([
    [['scan', '--bogus'], "ecs-drift-guard: Unknown option '--bogus'; see `ecs-drift-guard scan --help`"],
    [['drift', '--stat', 'x'], "ecs-drift-guard: Unknown option '--stat'; see `ecs-drift-guard drift --help`"],
    [['demo', '--fast'], "ecs-drift-guard: Unknown option '--fast'; see `ecs-drift-guard demo --help`"],
    [['--bogus'], 'ecs-drift-guard: unknown command "--bogus"; expected scan, drift, owners, import-check, import, plan-matrix, demo; see `ecs-drift-guard --help`'],
  ])('%j: one line that points at --help, exit 2', (args, line) => {
    const r = cli(args);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });
});

describe('the AWS SDK Node support warning', () => {
  it('is one line at most, once, on a drift run (the SDK prints 9 lines on Node < 22)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'edg-sdk-warning-'));
    try {
      mkdirSync(join(dir, '.git'));
      writeFileSync(join(dir, 'empty.tfstate'), JSON.stringify({ version: 4, terraform_version: '1.11.4', serial: 1, lineage: 'x', outputs: {}, resources: [] }));
      const r = spawnSync(process.execPath, [CLI, 'drift', '--state', 'empty.tfstate'], {
        cwd: dir,
        encoding: 'utf8',
        // Loopback-only: an empty state makes no AWS call, but the SDK clients are built.
        env: { PATH: process.env.PATH, NO_COLOR: '1', AWS_REGION: 'us-east-1', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', AWS_EC2_METADATA_DISABLED: 'true' },
      });
      expect(r.status).toBe(0);
      expect(r.stderr).not.toContain('NodeVersionSupportWarning');
      const lines = r.stderr.split('\n').filter((l) => /node/i.test(l));
      expect(lines.length).toBe(Number(process.versions.node.split('.')[0]) < 22 ? 1 : 0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('what --help and scan load', () => {
  // A module hook (node:module register) that appends every loaded file URL to a log file.
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'edg-loads-'));
    writeFileSync(
      join(dir, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';\nexport async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.EDG_LOAD_LOG, url + '\\n'); return next(url, context); }\n`,
    );
    writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${join(dir, 'hooks.mjs')}`).href)});\n`);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The bundled packages (from esbuild's `// node_modules/…` markers) in the files a run loaded. */
  function loadedPackages(args: string[], cwd = ROOT): { packages: Set<string>; bytes: number; code: number | null } {
    const log = join(dir, `loads-${args.join('-').replace(/\W/g, '')}.log`);
    writeFileSync(log, '');
    const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), CLI, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', EDG_LOAD_LOG: log } });
    const files = [...new Set(readFileSync(log, 'utf8').split('\n').filter((u) => u.includes('/dist/')))].map((u) => fileURLToPath(u));
    expect(files).toContain(CLI);
    const packages = new Set<string>();
    let bytes = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      bytes += text.length;
      for (const m of text.matchAll(/^\/\/ node_modules\/((?:@[^/\n]+\/)?[^/\n]+)\//gm)) packages.add(m[1]);
    }
    return { packages, bytes, code: r.status };
  }

  it('--help loads no AWS SDK, Octokit, zod or parser code', () => {
    const { packages, code } = loadedPackages(['--help']);
    expect(code).toBe(0);
    expect([...packages]).toEqual([]);
    expect(loadedPackages(['scan', '--help']).packages.size).toBe(0);
  });

  it('scan of one module loads neither the AWS SDK nor Octokit', () => {
    const repo = mkdtempSync(join(tmpdir(), 'edg-scan-loads-'));
    try {
      mkdirSync(join(repo, '.git'));
      mkdirSync(join(repo, 'svc'));
      writeFileSync(join(repo, 'svc', 'main.tf'), 'resource "aws_ecs_cluster" "main" {\n  name = "main"\n}\n');
      const { packages, code } = loadedPackages(['scan', 'svc'], repo);
      expect(code).toBe(0);
      expect(packages.has('web-tree-sitter')).toBe(true); // It did scan: the parser was loaded.
      const heavy = [...packages].filter((p) => p.startsWith('@aws-sdk/') || p.startsWith('@smithy/') || p.startsWith('@octokit/') || p.startsWith('@actions/'));
      expect(heavy).toEqual([]);
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
