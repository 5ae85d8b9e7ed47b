// The repository and live ECS of the drift scenarios: Fargate services declared in Terraform
// modules, each module with its own v4 state file, and the same services seeded in the AWS
// emulator as ECS reports them after `terraform apply`. Console edits then make them drift.
import type { AwsEmulator } from '../../test-support/aws/emulator.js';
import type { FileTree } from '../../test-support/e2e/file-tree.js';

export const REGION = 'us-east-1';
export const ACCOUNT = '123456789012';
const SUBNETS = ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'];
const SECURITY_GROUPS = ['sg-0a1b2c3d4e5f60718'];
const DESIRED_COUNT = 2;

export interface ServiceSpec {
  /** Module folder, repo-relative. */
  module: string;
  /** Name of the `aws_ecs_service` block. */
  resource: string;
  /** `for_each` key of the instance, when the block has one. */
  key?: string;
  cluster: string;
  service: string;
  family: string;
}

/** Terraform's address of the service instance. */
export function addressOf(spec: ServiceSpec): string {
  return `aws_ecs_service.${spec.resource}${spec.key === undefined ? '' : `[${JSON.stringify(spec.key)}]`}`;
}

function clusterArn(cluster: string): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT}:cluster/${cluster}`;
}

function taskDefinitionArn(family: string): string {
  return `arn:aws:ecs:${REGION}:${ACCOUNT}:task-definition/${family}:1`;
}

/** What the AWS provider records for the service right after `terraform apply`. */
function serviceAttributes(spec: ServiceSpec): Record<string, unknown> {
  return {
    alarms: [],
    availability_zone_rebalancing: 'DISABLED',
    capacity_provider_strategy: [],
    cluster: clusterArn(spec.cluster),
    deployment_circuit_breaker: [{ enable: false, rollback: false }],
    deployment_controller: [{ type: 'ECS' }],
    deployment_maximum_percent: 200,
    deployment_minimum_healthy_percent: 100,
    desired_count: DESIRED_COUNT,
    enable_ecs_managed_tags: false,
    enable_execute_command: false,
    force_delete: null,
    force_new_deployment: null,
    health_check_grace_period_seconds: 0,
    iam_role: '',
    id: `arn:aws:ecs:${REGION}:${ACCOUNT}:service/${spec.cluster}/${spec.service}`,
    launch_type: 'FARGATE',
    load_balancer: [],
    name: spec.service,
    network_configuration: [{ assign_public_ip: false, security_groups: SECURITY_GROUPS, subnets: SUBNETS }],
    ordered_placement_strategy: [],
    placement_constraints: [],
    platform_version: 'LATEST',
    propagate_tags: 'NONE',
    scheduling_strategy: 'REPLICA',
    service_connect_configuration: [],
    service_registries: [],
    tags: {},
    tags_all: {},
    task_definition: taskDefinitionArn(spec.family),
    timeouts: null,
    triggers: {},
    volume_configuration: [],
    vpc_lattice_configurations: [],
    wait_for_steady_state: false,
  };
}

/** A Terraform v4 state file holding the given services (instances of one block share a resource entry). */
export function stateFile(specs: ServiceSpec[]): string {
  const byBlock = new Map<string, ServiceSpec[]>();
  for (const spec of specs) byBlock.set(spec.resource, [...(byBlock.get(spec.resource) ?? []), spec]);
  const resources = [...byBlock.entries()].map(([name, instances]) => ({
    mode: 'managed',
    type: 'aws_ecs_service',
    name,
    provider: 'provider["registry.terraform.io/hashicorp/aws"]',
    instances: instances.map((spec) => ({
      ...(spec.key === undefined ? {} : { index_key: spec.key }),
      schema_version: 0,
      attributes: serviceAttributes(spec),
      sensitive_attributes: [],
      private: 'bnVsbA==',
    })),
  }));
  return `${JSON.stringify({ version: 4, terraform_version: '1.9.8', serial: 7, lineage: '3c1d2e3f-0000-4000-8000-00000000e2e0', outputs: {}, resources, check_results: null }, null, 2)}\n`;
}

function serviceBlock(name: string, header: string[], body: { cluster: string; service: string; family: string }): string {
  return [
    `resource "aws_ecs_service" "${name}" {`,
    ...header,
    `  name            = ${body.service}`,
    `  cluster         = ${body.cluster}`,
    `  task_definition = ${body.family}`,
    `  desired_count   = ${DESIRED_COUNT}`,
    '  launch_type     = "FARGATE"',
    '',
    '  network_configuration {',
    `    subnets          = ${JSON.stringify(SUBNETS)}`,
    `    security_groups  = ${JSON.stringify(SECURITY_GROUPS)}`,
    '    assign_public_ip = false',
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The module's main.tf: one block per resource name; instances with keys become a `for_each` block. */
export function moduleSource(specs: ServiceSpec[]): string {
  const blocks: string[] = [];
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.resource)) continue;
    seen.add(spec.resource);
    const instances = specs.filter((s) => s.resource === spec.resource);
    if (spec.key === undefined) {
      blocks.push(serviceBlock(spec.resource, [], { cluster: JSON.stringify(spec.cluster), service: JSON.stringify(spec.service), family: JSON.stringify(taskDefinitionArn(spec.family)) }));
    } else {
      const keys = instances.map((s) => `    ${JSON.stringify(s.key)} = ${JSON.stringify(s.service)}`);
      blocks.push(
        serviceBlock(spec.resource, ['  for_each = {', ...keys, '  }', ''], {
          cluster: JSON.stringify(spec.cluster),
          service: 'each.value',
          family: JSON.stringify(taskDefinitionArn(spec.family)),
        }),
      );
    }
  }
  return blocks.join('\n');
}

/** Module folder -> its services: `main.tf` and `terraform.tfstate` in each module, plus `extra` files. */
export function driftRepository(specs: ServiceSpec[], extra: FileTree = {}): FileTree {
  const tree: FileTree = { ...extra };
  for (const module of [...new Set(specs.map((s) => s.module))]) {
    const own = specs.filter((s) => s.module === module);
    tree[`${module}/main.tf`] = moduleSource(own);
    tree[`${module}/terraform.tfstate`] = stateFile(own);
  }
  return tree;
}

/** The `state` input: one `MODULE_DIR=STATE` line per module. */
export function stateInput(specs: ServiceSpec[]): string {
  return [...new Set(specs.map((s) => s.module))].map((m) => `${m}=${m}/terraform.tfstate`).join('\n');
}

/** Live ECS as `terraform apply` left it. */
export function seedLiveServices(aws: AwsEmulator, specs: ServiceSpec[]): void {
  for (const spec of specs) {
    if (!aws.ecs.getCluster(spec.cluster)) aws.ecs.putCluster({ clusterName: spec.cluster });
    if (!aws.ecs.getTaskDefinition(spec.family)) {
      aws.ecs.registerTaskDefinition({
        family: spec.family,
        containerDefinitions: [{ name: 'app', image: `${ACCOUNT}.dkr.ecr.${REGION}.amazonaws.com/${spec.family}:1.0.0`, user: '1000' }],
        cpu: '256',
        memory: '512',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
      });
    }
    aws.ecs.putService(spec.cluster, {
      serviceName: spec.service,
      taskDefinition: `${spec.family}:1`,
      desiredCount: DESIRED_COUNT,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [...SUBNETS].reverse(), securityGroups: SECURITY_GROUPS, assignPublicIp: 'DISABLED' } },
    });
  }
}

/** A console edit: a public IP for the service's tasks (security drift). */
export function givePublicIp(aws: AwsEmulator, spec: ServiceSpec): void {
  aws.ecs.updateService(spec.cluster, spec.service, {
    networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS, securityGroups: SECURITY_GROUPS, assignPublicIp: 'ENABLED' } },
  });
}

/** A console edit: ECS Exec turned on (security drift). */
export function enableExec(aws: AwsEmulator, spec: ServiceSpec): void {
  aws.ecs.updateService(spec.cluster, spec.service, { enableExecuteCommand: true });
}

/** Someone reverts the console edits: live matches the state again. */
export function revertLive(aws: AwsEmulator, spec: ServiceSpec): void {
  aws.ecs.updateService(spec.cluster, spec.service, {
    enableExecuteCommand: false,
    networkConfiguration: { awsvpcConfiguration: { subnets: SUBNETS, securityGroups: SECURITY_GROUPS, assignPublicIp: 'DISABLED' } },
  });
}
