// Records what the real AWS provider writes: each scenario under scenarios/<name>/main.tf is applied
// with Terraform and the AWS provider against the ECS emulator (or, for a scenario with an
// import.json, another scenario's recorded estate is imported with `terraform import`), and three files are kept per
// scenario under __tests__/drift/fixtures/provider/<name>/:
//   terraform.tfstate  the v4 state the provider wrote (lineage replaced, see below)
//   show.json          `terraform show -json` of that state
//   live.json          the emulator's estate afterwards (EcsState.snapshot), for tests to replay
// So state and live come from one apply instead of being written by hand on both sides.
// regenerate-fixtures.mjs runs this for every scenario; __tests__/drift/fidelity-regenerate.test.ts
// runs it for one and compares with the committed fixture.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startAwsEmulator, type AwsEmulator, type EcsStateSnapshot } from '../aws/emulator.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));

export const TERRAFORM_BIN = '/usr/local/bin/terraform';
export const TERRAFORM_VERSION = '1.11.4';
export const AWS_PROVIDER_VERSION = '5.100.0';
export const PLUGIN_MIRROR = '/opt/tf-plugins';
export const SCENARIOS_DIR = path.join(here, 'scenarios');
export const PROVIDER_FIXTURES_DIR = path.join(here, '..', '..', '__tests__', 'drift', 'fixtures', 'provider');
/** Timestamps ECS sets (createdAt, registeredAt, ...) come from this clock, so recordings are stable. */
export const RECORDING_CLOCK = '2026-01-15T09:30:00.000Z';
/** Terraform's random lineage is replaced by this, so a re-recording diffs only where the provider changed. */
export const RECORDED_LINEAGE = '00000000-0000-4000-8000-000000000000';

export interface ScenarioFixture {
  state: string;
  show: string;
  live: EcsStateSnapshot;
}

/** Why terraform cannot run here, or undefined when it can (binary and provider mirror present). */
export function terraformUnavailable(): string | undefined {
  if (!existsSync(TERRAFORM_BIN)) return `${TERRAFORM_BIN} is not installed`;
  const provider = path.join(PLUGIN_MIRROR, 'registry.terraform.io', 'hashicorp', 'aws', AWS_PROVIDER_VERSION);
  if (!existsSync(provider)) return `the AWS provider ${AWS_PROVIDER_VERSION} is not in the filesystem mirror ${PLUGIN_MIRROR}`;
  return undefined;
}

export async function listScenarios(): Promise<string[]> {
  const entries = await readdir(SCENARIOS_DIR, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** The offline CLI configuration: providers only from the mirror, never from the registry. */
export function cliConfig(): string {
  return [
    'provider_installation {',
    '  filesystem_mirror {',
    `    path    = "${PLUGIN_MIRROR}"`,
    '    include = ["registry.terraform.io/*/*"]',
    '  }',
    '  direct {',
    '    exclude = ["registry.terraform.io/*/*"]',
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * An import scenario (scenarios/<name>/import.json, no main.tf of its own): instead of applying, the
 * estate recorded after another scenario's apply is served and `terraform import` brings each
 * resource, with that scenario's configuration, into an empty state,
 * so the fixture holds what import + Read store (attributes no configuration ever set stay unset).
 */
export interface ImportPlan {
  /** The scenario whose recorded live estate (live.json) is imported. */
  liveFrom: string;
  imports: { address: string; id: string }[];
}

export async function readImportPlan(name: string): Promise<ImportPlan | undefined> {
  const file = path.join(SCENARIOS_DIR, name, 'import.json');
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as ImportPlan) : undefined;
}

/**
 * The provider block that points every AWS API the provider might call at the emulator. With
 * `requestAccountId` the provider validates its credentials and learns the account id from STS
 * GetCallerIdentity (served by the emulator, test-support/aws/sts.ts) instead of leaving it empty,
 * which import needs: resourceServiceImport builds the cluster ARN from it.
 */
export function providerConfig(endpoint: string, { requestAccountId = false } = {}): string {
  return `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "${AWS_PROVIDER_VERSION}"
    }
  }
}

provider "aws" {
  region                      = "us-east-1"
  access_key                  = "test"
  secret_key                  = "test"
  skip_credentials_validation = ${!requestAccountId}
  skip_requesting_account_id  = ${!requestAccountId}
  skip_metadata_api_check     = true
  skip_region_validation      = true

  endpoints {
    ecs = "${endpoint}"
    iam = "${endpoint}"
    sts = "${endpoint}"
  }
}
`;
}

/**
 * Applies one scenario against a fresh emulator and returns what to record. The emulator runs in
 * this process; terraform runs as a child process in a temporary folder that is removed afterwards.
 */
export async function recordScenario(name: string, log: (line: string) => void = () => {}): Promise<ScenarioFixture> {
  const why = terraformUnavailable();
  if (why) throw new Error(`cannot record provider fixtures: ${why}`);
  // An import scenario imports with the configuration of the scenario whose estate it imports.
  const importPlan = await readImportPlan(name);
  const source = path.join(SCENARIOS_DIR, importPlan?.liveFrom ?? name, 'main.tf');
  if (!existsSync(source)) throw new Error(`no scenario ${name} (${source})`);
  const work = await mkdtemp(path.join(tmpdir(), `drift-fixture-${name}-`));
  const clock = new Date(RECORDING_CLOCK);
  let aws: AwsEmulator | undefined;
  try {
    aws = await startAwsEmulator({ now: () => new Date(clock) });
    if (importPlan) aws.ecs.restore((await readScenarioFixture(importPlan.liveFrom)).live);
    await cp(source, path.join(work, 'main.tf'));
    await writeFile(path.join(work, 'provider.tf'), providerConfig(aws.endpoint, { requestAccountId: importPlan !== undefined }));
    await writeFile(path.join(work, 'cli.tfrc'), cliConfig());
    const env = {
      ...process.env,
      TF_CLI_CONFIG_FILE: path.join(work, 'cli.tfrc'),
      TF_IN_AUTOMATION: '1',
      TF_INPUT: '0',
      CHECKPOINT_DISABLE: '1',
      // The emulator is on loopback; a proxy from the environment must not intercept it.
      NO_PROXY: '127.0.0.1',
      no_proxy: '127.0.0.1',
    };
    const tf = async (...args: string[]): Promise<string> => {
      log(`terraform ${args.join(' ')}`);
      try {
        const { stdout } = await run(TERRAFORM_BIN, args, { cwd: work, env, maxBuffer: 64 * 1024 * 1024 });
        return stdout;
      } catch (error) {
        const e = error as { stdout?: string; stderr?: string; message: string };
        throw new Error(`terraform ${args[0]} failed for scenario ${name}: ${e.stderr || e.stdout || e.message}`);
      }
    };
    await tf('init', '-input=false', '-no-color');
    if (importPlan) {
      for (const i of importPlan.imports) await tf('import', '-input=false', '-no-color', i.address, i.id);
      if (!aws.calls.GetCallerIdentity) throw new Error(`scenario ${name}: the provider never asked STS GetCallerIdentity for the account id`);
    } else {
      await tf('apply', '-auto-approve', '-input=false', '-no-color');
    }
    const show = await tf('show', '-json', '-no-color');
    if (aws.validationErrors.length > 0) {
      throw new Error(`the emulator saw requests or answers outside the ECS API model:\n${aws.validationErrors.join('\n')}`);
    }
    const state = JSON.parse(await readFile(path.join(work, 'terraform.tfstate'), 'utf8')) as Record<string, unknown>;
    state.lineage = RECORDED_LINEAGE;
    return {
      state: `${JSON.stringify(state, null, 2)}\n`,
      show: `${JSON.stringify(JSON.parse(show), null, 2)}\n`,
      live: aws.ecs.snapshot(),
    };
  } finally {
    await aws?.close();
    await rm(work, { recursive: true, force: true });
  }
}

export async function writeScenarioFixture(name: string, fixture: ScenarioFixture, root = PROVIDER_FIXTURES_DIR): Promise<void> {
  const dir = path.join(root, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'terraform.tfstate'), fixture.state);
  await writeFile(path.join(dir, 'show.json'), fixture.show);
  await writeFile(path.join(dir, 'live.json'), `${JSON.stringify(fixture.live, null, 2)}\n`);
}

export async function readScenarioFixture(name: string, root = PROVIDER_FIXTURES_DIR): Promise<ScenarioFixture> {
  const dir = path.join(root, name);
  return {
    state: await readFile(path.join(dir, 'terraform.tfstate'), 'utf8'),
    show: await readFile(path.join(dir, 'show.json'), 'utf8'),
    live: JSON.parse(await readFile(path.join(dir, 'live.json'), 'utf8')) as EcsStateSnapshot,
  };
}
