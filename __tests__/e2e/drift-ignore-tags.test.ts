// The provider's `ignore_tags` end to end (issue 12 item 2): the built CLI's `drift` command reads the
// `provider "aws"` block of the module, and live ECS (the emulator, seeded with the estate recorded
// after the real provider applied fargate-alb) gets console-added tags through the real ECS client.
// A tag that ignore_tags names (by key or by prefix) is not drift, as it is not for Terraform; any
// other added tag is.
import { ECSClient, TagResourceCommand } from '@aws-sdk/client-ecs';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { PROVIDER_FIXTURES_DIR, readScenarioFixture, SCENARIOS_DIR } from '../../test-support/terraform/provider-fixtures.js';

const CLI = join(import.meta.dirname, '..', '..', 'dist', 'cli.js');
const SERVICE_ARN = 'arn:aws:ecs:us-east-1:123456789012:service/prod/api';

let repo: string;
let aws: AwsEmulator;
let ecs: ECSClient;

beforeEach(async () => {
  repo = mkdtempSync(join(tmpdir(), 'edg-ignore-tags-'));
  copyFileSync(join(SCENARIOS_DIR, 'fargate-alb', 'main.tf'), join(repo, 'main.tf'));
  copyFileSync(join(PROVIDER_FIXTURES_DIR, 'fargate-alb', 'terraform.tfstate'), join(repo, 'terraform.tfstate'));
  // The provider block as a user writes it (provider docs, "ignore_tags Configuration Block").
  writeFileSync(join(repo, 'provider.tf'), `provider "aws" {
  region = "us-east-1"

  ignore_tags {
    keys         = ["CostCenter"]
    key_prefixes = ["kubernetes.io/"]
  }
}
`);
  aws = await startAwsEmulator();
  aws.ecs.restore((await readScenarioFixture('fargate-alb')).live);
  ecs = new ECSClient({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
});

afterEach(async () => {
  ecs.destroy();
  expect(aws.validationErrors).toEqual([]);
  await aws.close();
  rmSync(repo, { recursive: true, force: true });
});

/** The emulator runs in this process, so the CLI runs asynchronously. */
function drift(): Promise<{ code: number | null; report: { drift: { address: string; status: string; differences: { path: string; class: string }[] }[] } }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'drift', '--state', 'terraform.tfstate', '--dir', '.', '--format', 'json', '--fail-on', 'medium'], {
      cwd: repo,
      env: { PATH: process.env.PATH, NO_COLOR: '1', ...aws.env() },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      try {
        resolve({ code, report: JSON.parse(stdout) });
      } catch {
        reject(new Error(`drift printed no JSON (exit ${code}): ${stderr}`));
      }
    });
  });
}

const service = (report: Awaited<ReturnType<typeof drift>>['report']) => report.drift.find((d) => d.address === 'aws_ecs_service.api')!;

test('console tags that ignore_tags names are not drift: exit 0, in sync', async () => {
  await ecs.send(new TagResourceCommand({ resourceArn: SERVICE_ARN, tags: [{ key: 'CostCenter', value: '4711' }, { key: 'kubernetes.io/cluster/prod', value: 'owned' }] }));
  const { code, report } = await drift();
  expect({ code, status: service(report).status, differences: service(report).differences }).toEqual({ code: 0, status: 'in_sync', differences: [] });
  // The recorded state is the real provider's, unchanged by the test.
  expect(readFileSync(join(repo, 'terraform.tfstate'), 'utf8')).toBe(readFileSync(join(PROVIDER_FIXTURES_DIR, 'fargate-alb', 'terraform.tfstate'), 'utf8'));
});

test('a console tag that ignore_tags does not name is drift: exit 1, only that tag reported', async () => {
  await ecs.send(new TagResourceCommand({ resourceArn: SERVICE_ARN, tags: [{ key: 'CostCenter', value: '4711' }, { key: 'Owner', value: 'someone-else' }, { key: 'kubernetes.io-not-a-prefix', value: 'x' }] }));
  const { code, report } = await drift();
  expect(code).toBe(1);
  expect(service(report).status).toBe('drifted');
  expect(service(report).differences.map((d) => [d.path, d.class])).toEqual([
    ['tags[Owner]', 'config'],
    ['tags[kubernetes.io-not-a-prefix]', 'config'],
  ]);
});
