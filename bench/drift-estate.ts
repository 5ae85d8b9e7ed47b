// The drift benchmark's estate: clusters of services, each service with its own task
// definition family, as live ECS holds them right after `terraform apply`, and the Terraform
// state files that declare them (one per cluster). A few services get console edits that
// need no extra ECS reads (ECS Exec turned on, desired count changed), so the run also
// shows that drift is found, not only that calls are counted.
import type { AwsEmulator } from '../test-support/aws/emulator.js';

export interface DriftEstateOptions {
  clusters: number;
  servicesPerCluster: number;
  region: string;
  accountId: string;
}

export const DEFAULT_ESTATE: DriftEstateOptions = { clusters: 10, servicesPerCluster: 100, region: 'us-east-1', accountId: '123456789012' };

const SUBNETS = ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'];
const SECURITY_GROUPS = ['sg-0a1b2c3d4e5f60718'];
const BASE_TAGS = [
  { key: 'Team', value: 'platform' },
  { key: 'ManagedBy', value: 'terraform' },
];
const TAGS_ALL = { ManagedBy: 'terraform', Team: 'platform' };

export const clusterName = (c: number): string => `cluster-${String(c).padStart(2, '0')}`;
export const serviceName = (c: number, s: number): string => `svc-${String(c).padStart(2, '0')}-${String(s).padStart(3, '0')}`;
const image = (c: number, s: number): string => `123456789012.dkr.ecr.us-east-1.amazonaws.com/${serviceName(c, s)}:1.${s % 10}.${c}`;

/** Planted console edits: every 50th service gets ECS Exec (security), every 40th another desired count (config). */
export function plantedEdit(c: number, s: number): 'exec' | 'desired' | null {
  const n = c * 1000 + s;
  if (n % 50 === 7) return 'exec';
  if (n % 40 === 3) return 'desired';
  return null;
}

export function seedLiveEstate(aws: Pick<AwsEmulator, 'ecs'>, options: DriftEstateOptions = DEFAULT_ESTATE): void {
  const iam = `arn:aws:iam::${options.accountId}`;
  for (let c = 0; c < options.clusters; c++) {
    aws.ecs.putCluster({ clusterName: clusterName(c), tags: BASE_TAGS });
    for (let s = 0; s < options.servicesPerCluster; s++) {
      const name = serviceName(c, s);
      aws.ecs.registerTaskDefinition({
        family: name,
        containerDefinitions: [{ name: 'app', image: image(c, s), user: '1000', portMappings: [{ containerPort: 8080 }] }],
        cpu: '256',
        memory: '512',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        executionRoleArn: `${iam}:role/${name}-execution`,
        taskRoleArn: `${iam}:role/${name}-task`,
      }, BASE_TAGS);
      const edit = plantedEdit(c, s);
      aws.ecs.putService(clusterName(c), {
        serviceName: name,
        taskDefinition: `${name}:1`,
        desiredCount: edit === 'desired' ? 5 : 2,
        launchType: 'FARGATE',
        enableExecuteCommand: edit === 'exec',
        networkConfiguration: { awsvpcConfiguration: { subnets: [...SUBNETS], securityGroups: [...SECURITY_GROUPS], assignPublicIp: 'DISABLED' } },
        tags: BASE_TAGS,
      });
    }
  }
}

interface StateResourceJson {
  mode: 'managed';
  type: string;
  name: string;
  provider: string;
  instances: { index_key?: string; schema_version: number; attributes: Record<string, unknown>; sensitive_attributes: never[]; private: string }[];
}

const PROVIDER = 'provider["registry.terraform.io/hashicorp/aws"]';

/** One state v4 document per cluster, keyed by file name. */
export function stateFiles(options: DriftEstateOptions = DEFAULT_ESTATE): Map<string, string> {
  const { region, accountId } = options;
  const arn = (what: string) => `arn:aws:ecs:${region}:${accountId}:${what}`;
  const iam = `arn:aws:iam::${accountId}`;
  const out = new Map<string, string>();
  for (let c = 0; c < options.clusters; c++) {
    const cluster = clusterName(c);
    const services: StateResourceJson = { mode: 'managed', type: 'aws_ecs_service', name: 'svc', provider: PROVIDER, instances: [] };
    const taskDefinitions: StateResourceJson = { mode: 'managed', type: 'aws_ecs_task_definition', name: 'svc', provider: PROVIDER, instances: [] };
    for (let s = 0; s < options.servicesPerCluster; s++) {
      const name = serviceName(c, s);
      taskDefinitions.instances.push({
        index_key: name,
        schema_version: 0,
        attributes: {
          arn: arn(`task-definition/${name}:1`),
          arn_without_revision: arn(`task-definition/${name}`),
          container_definitions: JSON.stringify([{ cpu: 0, environment: [], essential: true, image: image(c, s), mountPoints: [], name: 'app', portMappings: [{ containerPort: 8080, hostPort: 8080, protocol: 'tcp' }], systemControls: [], user: '1000', volumesFrom: [] }]),
          cpu: '256',
          enable_fault_injection: false,
          ephemeral_storage: [],
          execution_role_arn: `${iam}:role/${name}-execution`,
          family: name,
          id: name,
          inference_accelerator: [],
          ipc_mode: '',
          memory: '512',
          network_mode: 'awsvpc',
          pid_mode: '',
          placement_constraints: [],
          proxy_configuration: [],
          requires_compatibilities: ['FARGATE'],
          revision: 1,
          runtime_platform: [],
          skip_destroy: false,
          tags: {},
          tags_all: TAGS_ALL,
          task_role_arn: `${iam}:role/${name}-task`,
          track_latest: false,
          volume: [],
        },
        sensitive_attributes: [],
        private: 'bnVsbA==',
      });
      services.instances.push({
        index_key: name,
        schema_version: 0,
        attributes: {
          alarms: [],
          availability_zone_rebalancing: 'DISABLED',
          capacity_provider_strategy: [],
          cluster: arn(`cluster/${cluster}`),
          deployment_circuit_breaker: [{ enable: false, rollback: false }],
          deployment_controller: [{ type: 'ECS' }],
          deployment_maximum_percent: 200,
          deployment_minimum_healthy_percent: 100,
          desired_count: 2,
          enable_ecs_managed_tags: false,
          enable_execute_command: false,
          force_delete: null,
          force_new_deployment: null,
          health_check_grace_period_seconds: 0,
          iam_role: '',
          id: arn(`service/${cluster}/${name}`),
          launch_type: 'FARGATE',
          load_balancer: [],
          name,
          network_configuration: [{ assign_public_ip: false, security_groups: [...SECURITY_GROUPS], subnets: [...SUBNETS].reverse() }],
          ordered_placement_strategy: [],
          placement_constraints: [],
          platform_version: 'LATEST',
          propagate_tags: 'NONE',
          scheduling_strategy: 'REPLICA',
          service_connect_configuration: [],
          service_registries: [],
          tags: {},
          tags_all: TAGS_ALL,
          task_definition: arn(`task-definition/${name}:1`),
          timeouts: null,
          triggers: {},
          volume_configuration: [],
          vpc_lattice_configurations: [],
          wait_for_steady_state: false,
        },
        sensitive_attributes: [],
        private: 'bnVsbA==',
      });
    }
    const clusterResource: StateResourceJson = {
      mode: 'managed',
      type: 'aws_ecs_cluster',
      name: 'this',
      provider: PROVIDER,
      instances: [{
        schema_version: 0,
        attributes: {
          arn: arn(`cluster/${cluster}`),
          configuration: [],
          id: arn(`cluster/${cluster}`),
          name: cluster,
          service_connect_defaults: [],
          setting: [{ name: 'containerInsights', value: 'disabled' }],
          tags: {},
          tags_all: TAGS_ALL,
        },
        sensitive_attributes: [],
        private: 'bnVsbA==',
      }],
    };
    out.set(`${cluster}.tfstate`, `${JSON.stringify({
      version: 4,
      terraform_version: '1.9.8',
      serial: 1,
      lineage: `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`,
      outputs: {},
      resources: [clusterResource, taskDefinitions, services],
      check_results: null,
    }, null, 1)}\n`);
  }
  return out;
}

/** The fewest ECS calls that can read the estate (DESIGN.md batch limits), without the ListServices pages. */
export function minimumCalls(options: DriftEstateOptions = DEFAULT_ESTATE): { describeClusters: number; describeServices: number; describeTaskDefinition: number; total: number; listServicesPages: number } {
  const describeClusters = Math.ceil(options.clusters / 100);
  const describeServices = options.clusters * Math.ceil(options.servicesPerCluster / 10);
  const describeTaskDefinition = options.clusters * options.servicesPerCluster;
  return {
    describeClusters,
    describeServices,
    describeTaskDefinition,
    total: describeClusters + describeServices + describeTaskDefinition,
    listServicesPages: options.clusters * Math.max(1, Math.ceil(options.servicesPerCluster / 100)),
  };
}
