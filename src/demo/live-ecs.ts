// Live ECS for the demo: what the ECS API reports right after `terraform apply` of the example
// states, seeded into the AWS emulator, and the console edit that later makes it drift.
// Apply is replayed from the states (the provider sends these attributes to ECS) rather than
// written out a second time, so the live estate cannot disagree with the states by accident.
import { ECS } from '@aws-sdk/client-ecs';
import type { ContainerDefinition, Tag } from '@aws-sdk/client-ecs';
import type { AwsEmulator, ClusterSeed } from '../../test-support/aws/emulator.js';

interface StateDocument {
  resources?: Array<{ module?: string; mode: string; type: string; name: string; instances: Array<{ attributes: Record<string, unknown> }> }>;
}

type Attributes = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const list = (value: unknown): Attributes[] => (Array.isArray(value) ? (value as Attributes[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
const tagsOf = (attributes: Attributes): Tag[] =>
  Object.entries((attributes['tags_all'] ?? {}) as Record<string, string>).map(([key, value]) => ({ key, value }));

function clusterNameOf(ref: string): string {
  return ref.startsWith('arn:') ? ref.slice(ref.lastIndexOf('/') + 1) : ref;
}

/** `arn:...:task-definition/family:3` -> `family:3`, as ECS accepts it in CreateService. */
function taskDefinitionRef(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * Seeds `aws` with the ECS resources of the given Terraform states (state v4 JSON). Supports the
 * resource types the example estate declares; anything else that is ECS is refused so a new
 * example resource cannot silently be left out of the live side.
 */
export function applyStatesToLiveEcs(aws: AwsEmulator, states: string[]): { clusters: number; services: number; taskDefinitions: number } {
  const resources = states.flatMap((text) => ((JSON.parse(text) as StateDocument).resources ?? []).filter((r) => r.mode === 'managed'));
  const byType = (type: string): Attributes[] => resources.filter((r) => r.type === type).flatMap((r) => r.instances.map((i) => i.attributes));
  const unsupported = resources.filter(
    (r) => r.type.startsWith('aws_ecs_') && !['aws_ecs_cluster', 'aws_ecs_cluster_capacity_providers', 'aws_ecs_task_definition', 'aws_ecs_service'].includes(r.type),
  );
  if (unsupported.length) throw new Error(`the demo cannot seed ${unsupported.map((r) => r.type).join(', ')} into the AWS emulator`);

  const clusters = new Map<string, ClusterSeed>();
  for (const c of byType('aws_ecs_cluster')) {
    const exec = list(list(c['configuration'])[0]?.['execute_command_configuration'])[0];
    clusters.set(str(c['name']), {
      clusterName: str(c['name']),
      settings: list(c['setting']).map((s) => ({ name: 'containerInsights' as const, value: str(s['value']) })),
      ...(exec ? { configuration: { executeCommandConfiguration: { kmsKeyId: str(exec['kms_key_id']) || undefined, logging: str(exec['logging']) as 'DEFAULT' } } } : {}),
      tags: tagsOf(c),
    });
  }
  for (const cp of byType('aws_ecs_cluster_capacity_providers')) {
    const cluster = clusters.get(str(cp['cluster_name']));
    if (!cluster) throw new Error(`capacity providers for unknown cluster ${str(cp['cluster_name'])}`);
    cluster.capacityProviders = strings(cp['capacity_providers']);
    cluster.defaultCapacityProviderStrategy = list(cp['default_capacity_provider_strategy']).map((s) => ({
      capacityProvider: str(s['capacity_provider']),
      weight: Number(s['weight']),
      base: Number(s['base']),
    }));
  }
  for (const seed of clusters.values()) aws.ecs.putCluster(seed);

  // Revisions must come out as the states recorded them: register in revision order.
  const taskDefinitions = byType('aws_ecs_task_definition').sort((a, b) => Number(a['revision']) - Number(b['revision']));
  for (const td of taskDefinitions) {
    const registered = aws.ecs.registerTaskDefinition(
      {
        family: str(td['family']),
        containerDefinitions: JSON.parse(str(td['container_definitions'])) as ContainerDefinition[],
        cpu: str(td['cpu']) || undefined,
        memory: str(td['memory']) || undefined,
        networkMode: (str(td['network_mode']) || undefined) as 'awsvpc' | undefined,
        requiresCompatibilities: strings(td['requires_compatibilities']) as Array<'FARGATE'>,
        taskRoleArn: str(td['task_role_arn']) || undefined,
        executionRoleArn: str(td['execution_role_arn']) || undefined,
      },
      tagsOf(td),
    );
    if (registered.taskDefinitionArn !== td['arn']) throw new Error(`registered ${registered.taskDefinitionArn}, the state expects ${String(td['arn'])}`);
  }

  const services = byType('aws_ecs_service');
  for (const s of services) {
    const network = list(s['network_configuration'])[0];
    const controller = str(list(s['deployment_controller'])[0]?.['type']) || 'ECS';
    const breaker = list(s['deployment_circuit_breaker'])[0];
    aws.ecs.putService(clusterNameOf(str(s['cluster'])), {
      serviceName: str(s['name']),
      taskDefinition: taskDefinitionRef(str(s['task_definition'])),
      desiredCount: Number(s['desired_count']),
      launchType: (str(s['launch_type']) || undefined) as 'FARGATE' | undefined,
      platformVersion: str(s['platform_version']) || undefined,
      enableExecuteCommand: s['enable_execute_command'] === true,
      propagateTags: (str(s['propagate_tags']) || 'NONE') as 'NONE',
      schedulingStrategy: (str(s['scheduling_strategy']) || 'REPLICA') as 'REPLICA',
      deploymentController: { type: controller as 'ECS' },
      deploymentConfiguration: {
        maximumPercent: Number(s['deployment_maximum_percent']),
        minimumHealthyPercent: Number(s['deployment_minimum_healthy_percent']),
        ...(breaker ? { deploymentCircuitBreaker: { enable: breaker['enable'] === true, rollback: breaker['rollback'] === true } } : {}),
      },
      ...(network
        ? {
            networkConfiguration: {
              awsvpcConfiguration: {
                subnets: strings(network['subnets']),
                securityGroups: strings(network['security_groups']),
                assignPublicIp: network['assign_public_ip'] === true ? 'ENABLED' : 'DISABLED',
              },
            },
          }
        : {}),
      tags: tagsOf(s),
    });
  }
  return { clusters: clusters.size, services: services.length, taskDefinitions: taskDefinitions.length };
}

/**
 * Application Auto Scaling raised checkout from the 3 tasks Terraform set to 4: a difference the
 * module's `lifecycle.ignore_changes = [desired_count]` declares expected, so it is listed, not raised.
 */
export function scaleOutCheckout(aws: AwsEmulator): void {
  aws.ecs.updateService('acme-production', 'checkout', { desiredCount: 4 });
}

export interface ConsoleEdit {
  who: string;
  what: string;
  cluster: string;
  service: string;
}

/**
 * Someone debugging a payment incident enables ECS Exec and a public IP on payments-api in the
 * console. The console calls UpdateService; so does this, through the real SDK client.
 */
export async function editPaymentsInConsole(aws: AwsEmulator): Promise<ConsoleEdit> {
  const ecs = new ECS({ region: aws.region, endpoint: aws.endpoint, credentials: { accessKeyId: 'test', secretAccessKey: 'test' }, maxAttempts: 1 });
  const cluster = 'acme-production';
  const service = 'payments-api';
  try {
    const current = (await ecs.describeServices({ cluster, services: [service] })).services?.[0];
    const vpc = current?.networkConfiguration?.awsvpcConfiguration;
    if (!vpc) throw new Error(`${service} has no awsvpc network configuration in the emulator`);
    await ecs.updateService({
      cluster,
      service,
      enableExecuteCommand: true,
      networkConfiguration: { awsvpcConfiguration: { ...vpc, assignPublicIp: 'ENABLED' } },
    });
  } finally {
    ecs.destroy();
  }
  aws.cloudtrail.addEvent({
    EventName: 'UpdateService',
    Username: 'mallory.oncall',
    Resources: [{ ResourceType: 'AWS::ECS::Service', ResourceName: aws.ecs.serviceArn(cluster, service) }],
    // As CloudTrail records a console UpdateService: the request's parameters name the service.
    CloudTrailEvent: {
      eventSource: 'ecs.amazonaws.com',
      eventName: 'UpdateService',
      awsRegion: aws.region,
      userIdentity: { type: 'AssumedRole', arn: `arn:aws:sts::${aws.accountId}:assumed-role/AWSReservedSSO_Admin/mallory.oncall` },
      userAgent: 'console.amazonaws.com',
      requestParameters: {
        cluster,
        service,
        enableExecuteCommand: true,
        networkConfiguration: { awsvpcConfiguration: { assignPublicIp: 'ENABLED' } },
      },
    },
  });
  return { who: 'mallory.oncall (console)', what: 'enabled ECS Exec and a public IP', cluster, service };
}
