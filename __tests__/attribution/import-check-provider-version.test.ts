// import-check and the AWS provider's major version: `availability_zone_rebalancing` left out of the
// code plans DISABLED under provider 5.x (`Default: awstypes.AvailabilityZoneRebalancingDisabled`,
// internal/service/ecs/service.go, 5.100.0) but is Optional + Computed in 6.x after
// hashicorp/terraform-provider-aws#44117 (service.go on main: no Default), which adopts the live value.
// The version is found as Terraform finds it: the root module's .terraform.lock.hcl, else a
// required_providers constraint that allows one major, else unknown.
import { afterEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAwsEmulator, type AwsEmulator } from '../../test-support/aws/emulator.js';
import { checkImports, type ImportCheck } from '../../src/drift/import-check.js';
import { awsProviderVersion, predates, singleMajorOf, upperBoundOf } from '../../src/drift/provider-version.js';
import { loadConfiguration } from '../../src/terraform/load-configuration.js';
import { silentLogger } from '../../src/logger.js';
import { emulatorClients, seedFreshEstate } from '../drift/live-estate.js';

const open: { aws: AwsEmulator; destroy(): void }[] = [];
afterEach(async () => {
  for (const { aws, destroy } of open.splice(0)) {
    destroy();
    expect(aws.validationErrors).toEqual([]);
    await aws.close();
  }
});

// The lock file `terraform providers lock -fs-mirror=/opt/tf-plugins -platform=linux_amd64` (Terraform
// 1.11.4) writes for `version = "~> 5.0"` with the provider 5.100.0 of this machine's mirror.
const LOCK_5 = `# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.100.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:edXOJWE4ORX8Fm+dpVpICzMZJat4AX0VRCAy/xkcOc0=",
  ]
}
`;
// The same file for a 6.x selection (no 6.x provider is on this machine: the hash is a placeholder,
// which import-check does not read).
const LOCK_6 = LOCK_5.replace('5.100.0', '6.20.0').replace('~> 5.0', '~> 6.0');

const versions = (constraint: string) => `terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "${constraint}"
    }
  }
}
`;

// The live "prod/web" service of seedFreshEstate, imported as a person would write it: without
// availability_zone_rebalancing.
const MAIN = `import {
  to = aws_ecs_service.web
  id = "prod/web"
}

resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = "prod"
  task_definition = "web:1"
  desired_count   = 2

  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }

  network_configuration {
    subnets          = ["subnet-0aa1c79de3EXAMPLE", "subnet-0bb1c79de3EXAMPLE"]
    security_groups  = ["sg-0a1b2c3d4e5f60718"]
    assign_public_ip = false
  }

  tags = {
    Team      = "platform"
    ManagedBy = "terraform"
  }
}
`;

function repo(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'import-provider-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

async function checkWeb(files: Record<string, string>, live: 'ENABLED' | 'DISABLED'): Promise<ImportCheck> {
  const root = repo(files);
  const aws = await startAwsEmulator({ seed: 5 });
  seedFreshEstate(aws);
  aws.ecs.updateService('prod', 'web', { availabilityZoneRebalancing: live });
  const clients = emulatorClients(aws);
  open.push({ aws, destroy: () => clients.destroy() });
  const configuration = await loadConfiguration({ repoRoot: root, paths: ['.'] });
  expect(configuration.errors).toEqual([]);
  const checks = await checkImports(configuration.imports, configuration, clients, { region: 'us-east-1', logger: silentLogger, repoRoot: root });
  expect(checks).toHaveLength(1);
  return checks[0];
}

const rebalancing = (c: ImportCheck) => c.notCompared.find((n) => n.path === 'availability_zone_rebalancing');

describe('import-check: availability_zone_rebalancing left out of the code, by AWS provider version', () => {
  it('provider 5.x from .terraform.lock.hcl: a live ENABLED is a difference (the first apply sets DISABLED), and says why', async () => {
    const check = await checkWeb({ 'main.tf': MAIN, '.terraform.lock.hcl': LOCK_5 }, 'ENABLED');
    expect(check.status).toBe('differs');
    expect(check.differences).toEqual([{
      path: 'availability_zone_rebalancing', expected: 'DISABLED', actual: 'ENABLED', class: 'config',
      why: 'not set in the code: with hashicorp/aws 5.100.0 (.terraform.lock.hcl), the provider plans its default DISABLED',
    }]);
    expect(rebalancing(check)).toBeUndefined();
  });

  it('provider 5.x from a required_providers constraint that allows one major (no lock file): the same difference', async () => {
    const check = await checkWeb({ 'main.tf': MAIN, 'versions.tf': versions('>= 5.40, < 6.0') }, 'ENABLED');
    expect(check.status).toBe('differs');
    expect(check.differences[0].why).toBe('not set in the code: with hashicorp/aws 5.x (required_providers ">= 5.40, < 6.0"; no .terraform.lock.hcl), the provider plans its default DISABLED');
  });

  it('provider 5.x before 5.77.0 (which added the argument) leaves it as it is: not a difference, not compared', async () => {
    const locked = await checkWeb({ 'main.tf': MAIN, '.terraform.lock.hcl': LOCK_5.replace('5.100.0', '5.76.0') }, 'ENABLED');
    expect(locked).toMatchObject({ status: 'faithful', differences: [] });
    expect(rebalancing(locked)?.why).toBe('not set in the code and live is ENABLED: hashicorp/aws 5.76.0 (.terraform.lock.hcl) predates the argument (added in 5.77.0), so the provider leaves it as it is');
    // Without a lock file `terraform init` selects the newest version the constraint allows: 5.40.x here.
    const constrained = await checkWeb({ 'main.tf': MAIN, 'versions.tf': versions('~> 5.40.0') }, 'ENABLED');
    expect(constrained.status).toBe('faithful');
    expect(rebalancing(constrained)?.why).toContain('predates the argument');
  });

  it('the lock file wins over the constraint, as in Terraform', async () => {
    const check = await checkWeb({ 'main.tf': MAIN, '.terraform.lock.hcl': LOCK_6, 'versions.tf': versions('~> 5.0') }, 'ENABLED');
    expect(check.status).toBe('faithful');
    expect(rebalancing(check)?.why).toContain('hashicorp/aws 6.20.0 (.terraform.lock.hcl)');
  });

  it('provider 6.x: a live ENABLED is not compared (adopted by 6.x after #44117, DISABLED by earlier 6.x), never a false difference', async () => {
    const check = await checkWeb({ 'main.tf': MAIN, '.terraform.lock.hcl': LOCK_6 }, 'ENABLED');
    expect(check).toMatchObject({ status: 'faithful', differences: [] });
    expect(rebalancing(check)).toEqual({
      path: 'availability_zone_rebalancing',
      why: 'not set in the code and live is ENABLED: with hashicorp/aws 6.20.0 (.terraform.lock.hcl), the provider either adopts the live value (6.x after PR #44117, Optional + Computed) or plans DISABLED (earlier 6.x): set it in the code to be sure',
    });
    expect(check.reason).toMatch(/attributes not compared$/);
  });

  it('unknown version (a constraint open to several majors, no lock file): a live ENABLED is not compared, and the reason says why', async () => {
    const check = await checkWeb({ 'main.tf': MAIN, 'versions.tf': versions('>= 5.0') }, 'ENABLED');
    expect(check).toMatchObject({ status: 'faithful', differences: [] });
    expect(rebalancing(check)?.why).toBe('not set in the code and live is ENABLED: the AWS provider version is unknown (the required_providers constraint ">= 5.0" allows more than one major version and there is no .terraform.lock.hcl); provider 5.x would plan DISABLED, later 6.x adopts the live value');
  });

  it('a live DISABLED is what every version plans or keeps: compared and faithful whatever the version', async () => {
    const variants: Record<string, string>[] = [{ '.terraform.lock.hcl': LOCK_5 }, { '.terraform.lock.hcl': LOCK_6 }, {}];
    for (const files of variants) {
      const check = await checkWeb({ 'main.tf': MAIN, ...files }, 'DISABLED');
      expect(check).toMatchObject({ status: 'faithful', differences: [] });
      expect(rebalancing(check)).toBeUndefined();
    }
  });

  it('written in the code, it is compared under every version', async () => {
    const main = MAIN.replace('desired_count   = 2', 'desired_count   = 2\n  availability_zone_rebalancing = "DISABLED"');
    const check = await checkWeb({ 'main.tf': main, '.terraform.lock.hcl': LOCK_6 }, 'ENABLED');
    expect(check.status).toBe('differs');
    expect(check.differences).toEqual([{ path: 'availability_zone_rebalancing', expected: 'DISABLED', actual: 'ENABLED', class: 'config' }]);
  });
});

describe('awsProviderVersion', () => {
  it('reads the lock file of the root module, then required_providers (any local name with source hashicorp/aws), else unknown', async () => {
    const read = async (files: Record<string, string>, dir = '.') => {
      const root = repo(files);
      const configuration = await loadConfiguration({ repoRoot: root, paths: ['.'] });
      return awsProviderVersion(configuration, dir, root);
    };
    expect(await read({ 'env/prod/main.tf': 'locals {}\n', 'env/prod/.terraform.lock.hcl': LOCK_5 }, 'env/prod')).toEqual({
      major: 5, version: '5.100.0', source: 'lock', detail: 'hashicorp/aws 5.100.0 (env/prod/.terraform.lock.hcl)',
    });
    expect(await read({ 'main.tf': 'terraform {\n  required_providers {\n    amazon = {\n      source  = "registry.terraform.io/hashicorp/aws"\n      version = "~> 6.2"\n    }\n  }\n}\n' }))
      .toMatchObject({ major: 6, source: 'constraint' });
    expect(await read({ 'main.tf': 'locals {}\n' })).toEqual({ source: 'unknown', detail: 'no .terraform.lock.hcl and no required_providers version for hashicorp/aws' });
    // A provider other than hashicorp/aws in the lock file says nothing about it.
    expect((await read({ 'main.tf': 'locals {}\n', '.terraform.lock.hcl': LOCK_5.replace('hashicorp/aws', 'hashicorp/random') })).source).toBe('unknown');
  });

  it('takes a single major only from constraints that allow exactly one (Terraform version constraint syntax)', () => {
    expect(singleMajorOf('~> 5.0')).toBe(5);
    expect(singleMajorOf('~> 5.100.0')).toBe(5);
    expect(singleMajorOf('5.100.0')).toBe(5);
    expect(singleMajorOf('= 6.2.0')).toBe(6);
    expect(singleMajorOf('>= 5.40, < 6.0')).toBe(5);
    expect(singleMajorOf('>= 6.0.0, <= 6.9.9')).toBe(6);
    expect(singleMajorOf('>= 5.0')).toBeUndefined();
    expect(singleMajorOf('>= 5.0, < 7.0')).toBeUndefined();
    expect(singleMajorOf('~> 5')).toBeUndefined();
    expect(singleMajorOf('< 6.0')).toBeUndefined();
    expect(singleMajorOf('not a version')).toBeUndefined();
  });

  it('knows the newest version a constraint allows, which `terraform init` selects without a lock file', () => {
    expect(upperBoundOf('~> 5.40.0')).toEqual({ version: [5, 41, 0], inclusive: false });
    expect(upperBoundOf('~> 5.40')).toEqual({ version: [6, 0, 0], inclusive: false });
    expect(upperBoundOf('>= 5.0, <= 5.76.0')).toEqual({ version: [5, 76, 0], inclusive: true });
    expect(upperBoundOf('5.80.0')).toEqual({ version: [5, 80, 0], inclusive: true });
    expect(upperBoundOf('>= 5.0')).toBeUndefined();
    const constrained = (c: string) => ({ major: 5, source: 'constraint' as const, detail: '', newestAllowed: upperBoundOf(c) });
    expect(predates(constrained('~> 5.40.0'), '5.77.0')).toBe(true);
    expect(predates(constrained('< 5.77.0'), '5.77.0')).toBe(true);
    expect(predates(constrained('<= 5.77.0'), '5.77.0')).toBe(false);
    expect(predates(constrained('~> 5.0'), '5.77.0')).toBe(false);
    expect(predates({ major: 5, version: '5.100.0', source: 'lock', detail: '' }, '5.77.0')).toBe(false);
  });
});

describe('import-check: Optional + Computed arguments left out of the code (the same in 5.x and 6.x)', () => {
  // `terraform providers schema -json` of 5.100.0: aws_ecs_capacity_provider auto_scaling_group_provider
  // managed_draining, managed_termination_protection and managed_scaling (and each of its arguments) are
  // optional + computed; aws_ecs_task_definition enable_fault_injection too. Left out, the provider adopts live.
  const ASG = 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:8f3c5f2e-1111-2222-3333-444455556666:autoScalingGroupName/edge';
  const capacityProvider = (inner: string) => `import {
  to = aws_ecs_capacity_provider.edge
  id = "edge-ec2"
}

resource "aws_ecs_capacity_provider" "edge" {
  name = "edge-ec2"

  auto_scaling_group_provider {
    auto_scaling_group_arn = "${ASG}"
${inner}  }
}
`;

  async function checkEdge(main: string): Promise<ImportCheck> {
    const root = repo({ 'main.tf': main, '.terraform.lock.hcl': LOCK_5 });
    const aws = await startAwsEmulator({ seed: 5 });
    aws.ecs.putCapacityProvider({
      name: 'edge-ec2',
      autoScalingGroupProvider: {
        autoScalingGroupArn: ASG,
        managedScaling: { status: 'ENABLED', targetCapacity: 80, minimumScalingStepSize: 1, maximumScalingStepSize: 10000, instanceWarmupPeriod: 300 },
        managedTerminationProtection: 'DISABLED',
        managedDraining: 'DISABLED',
      },
    });
    const clients = emulatorClients(aws);
    open.push({ aws, destroy: () => clients.destroy() });
    const configuration = await loadConfiguration({ repoRoot: root, paths: ['.'] });
    expect(configuration.errors).toEqual([]);
    const [check] = await checkImports(configuration.imports, configuration, clients, { region: 'us-east-1', logger: silentLogger, repoRoot: root });
    return check!;
  }

  it('managed_draining and managed_scaling left out of auto_scaling_group_provider are adopted, not differences', async () => {
    const check = await checkEdge(capacityProvider(''));
    expect(check).toMatchObject({ status: 'faithful', differences: [] });
    // managed_termination_protection is live DISABLED, the value the code's absence reads as: nothing to say.
    expect(check.notCompared).toEqual([
      { path: 'auto_scaling_group_provider.managed_draining', why: 'not set in the code: the provider adopts the live value' },
      { path: 'auto_scaling_group_provider.managed_scaling', why: 'not set in the code: the provider adopts the live value' },
    ]);
  });

  it('written in the code, they are compared', async () => {
    const check = await checkEdge(capacityProvider('    managed_draining = "ENABLED"\n\n    managed_scaling {\n      status          = "ENABLED"\n      target_capacity = 90\n    }\n'));
    expect(check.status).toBe('differs');
    expect(check.differences.map((d) => [d.path, d.expected, d.actual])).toEqual([
      ['auto_scaling_group_provider.managed_draining', 'ENABLED', 'DISABLED'],
      ['auto_scaling_group_provider.managed_scaling.target_capacity', 90, 80],
    ]);
    expect(check.notCompared).toEqual([]);
  });

  it('enable_fault_injection left out of a task definition adopts a live true', async () => {
    const root = repo({ 'main.tf': `import {
  to = aws_ecs_task_definition.chaos
  id = "arn:aws:ecs:us-east-1:123456789012:task-definition/chaos:1"
}

resource "aws_ecs_task_definition" "chaos" {
  family                = "chaos"
  container_definitions = jsonencode([{ name = "app", image = "app:1" }])
}
` });
    const aws = await startAwsEmulator({ seed: 5 });
    aws.ecs.registerTaskDefinition({ family: 'chaos', containerDefinitions: [{ name: 'app', image: 'app:1' }], enableFaultInjection: true });
    const clients = emulatorClients(aws);
    open.push({ aws, destroy: () => clients.destroy() });
    const configuration = await loadConfiguration({ repoRoot: root, paths: ['.'] });
    const [check] = await checkImports(configuration.imports, configuration, clients, { region: 'us-east-1', logger: silentLogger, repoRoot: root });
    expect(check).toMatchObject({ status: 'faithful', differences: [] });
    expect(check!.notCompared).toContainEqual({ path: 'enable_fault_injection', why: 'not set in the code: the provider adopts the live value' });
  });
});
