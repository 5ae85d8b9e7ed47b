#!/usr/bin/env node
// Derives __tests__/drift/fixtures/provider-v6/service-connect-canary/{terraform.tfstate,show.json}
// from the 5.100.0 recording of service-connect: what provider 6.x's Read stores after the requests of
// __tests__/drift/provider-v6-apply-service-connect.ts. Only 5.100.0 is installed here, so this is
// derived from the 6.x source, not recorded; every added value cites the function that writes it
// (see the fixture's README.md).
//
//   node test-support/terraform/derive-v6-service-connect-canary.mjs          # writes the fixture
//   node test-support/terraform/derive-v6-service-connect-canary.mjs --check  # the show.json layout,
//        checked against what terraform 1.11.4 itself wrote for every 5.100.0 recording
import { readdir, readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.resolve(here, '..', '..', '__tests__', 'drift', 'fixtures');
const SOURCE = path.join(FIXTURES, 'provider', 'service-connect');
const TARGET = path.join(FIXTURES, 'provider-v6', 'service-connect-canary');
const REGION = 'us-east-1';
const ACCOUNT = '123456789012';
const NAMESPACE = `arn:aws:servicediscovery:${REGION}:${ACCOUNT}:namespace/ns-abcdefghijklmnop`;

/** `terraform show -json`'s sensitive_values for non-sensitive attributes: false per scalar list element, {} per map, nested blocks walked, scalars and nulls left out. */
function sensitiveValues(value) {
  if (Array.isArray(value)) return value.map((v) => (v !== null && typeof v === 'object' ? sensitiveValues(v) : false));
  const out = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || typeof v !== 'object') continue;
    out[k] = Array.isArray(v) ? sensitiveValues(v) : isBlockless(v) ? {} : sensitiveValues(v);
  }
  return out;
}
/** A map attribute (tags, options, triggers): its values are strings, shown as {}. */
const isBlockless = (v) => Object.values(v).every((x) => typeof x === 'string');

function showJson(state) {
  return {
    format_version: '1.0',
    terraform_version: state.terraform_version,
    values: {
      root_module: {
        resources: state.resources.map((r) => {
          const instance = r.instances[0];
          return {
            address: `${r.type}.${r.name}`,
            mode: r.mode,
            type: r.type,
            name: r.name,
            provider_name: 'registry.terraform.io/hashicorp/aws',
            schema_version: instance.schema_version,
            values: instance.attributes,
            sensitive_values: sensitiveValues(instance.attributes),
            ...(instance.dependencies ? { depends_on: instance.dependencies } : {}),
          };
        }),
      },
    },
  };
}

/** 6.x's per-resource `region` (Optional+Computed: the provider's region when unset). */
const withRegion = (attributes) => Object.fromEntries(Object.entries({ ...attributes, region: REGION }).sort(([a], [b]) => a.localeCompare(b)));

/** flattenDeploymentConfiguration (service.go, 6.x): bake times as strings (flex.Int32ToStringValue), percents as floats, lifecycle_hook only when ECS has hooks. */
function deploymentConfiguration({ strategy, bake, linear, canary }) {
  return [{
    bake_time_in_minutes: String(bake),
    canary_configuration: canary ? [{ canary_bake_time_in_minutes: String(canary.bake), canary_percent: canary.percent }] : [],
    lifecycle_hook: [],
    linear_configuration: linear ? [{ step_bake_time_in_minutes: String(linear.bake), step_percent: linear.percent }] : [],
    strategy,
  }];
}

/** flattenServiceConnectConfiguration (service.go, 6.x): Read now stores the PRIMARY deployment's Service Connect block. */
function serviceConnect({ discovery, dns, accessLog, testHeader }) {
  return [{
    access_log_configuration: accessLog ? [{ format: accessLog.format, include_query_parameters: accessLog.includeQueryParameters }] : [],
    enabled: true,
    log_configuration: [],
    namespace: NAMESPACE,
    service: [{
      client_alias: [{
        dns_name: dns,
        port: 80,
        test_traffic_rules: testHeader ? [{ header: [{ name: testHeader.name, value: [{ exact: testHeader.exact }] }] }] : [],
      }],
      discovery_name: discovery,
      ingress_port_override: 0,
      port_name: 'http',
      timeout: [],
      tls: [],
    }],
  }];
}

const range = (min, max) => [{ max, min }];

/** flattenManagedInstancesProvider / flattenInstanceLaunchTemplate / flattenInstanceRequirementsRequest (capacity_provider.go @ 00946284). */
function capacityProvider(name, template) {
  const r = template.requirements;
  return {
    mode: 'managed',
    type: 'aws_ecs_capacity_provider',
    name,
    provider: 'provider["registry.terraform.io/hashicorp/aws"]',
    instances: [{
      schema_version: 0,
      attributes: {
        arn: `arn:aws:ecs:${REGION}:${ACCOUNT}:capacity-provider/${name}`,
        auto_scaling_group_provider: [],
        cluster: 'mesh',
        id: `arn:aws:ecs:${REGION}:${ACCOUNT}:capacity-provider/${name}`,
        managed_instances_provider: [{
          infrastructure_optimization: [],
          infrastructure_role_arn: `arn:aws:iam::${ACCOUNT}:role/ecsInfrastructureRole`,
          instance_launch_template: [{
            capacity_option_type: template.capacityOptionType,
            ec2_instance_profile_arn: `arn:aws:iam::${ACCOUNT}:instance-profile/ecsInstanceRole`,
            instance_requirements: [{
              accelerator_count: r.accelerator_count ?? [],
              accelerator_manufacturers: r.accelerator_manufacturers ?? [],
              accelerator_names: r.accelerator_names ?? [],
              accelerator_total_memory_mib: r.accelerator_total_memory_mib ?? [],
              accelerator_types: r.accelerator_types ?? [],
              allowed_instance_types: [],
              bare_metal: r.bare_metal ?? '',
              baseline_ebs_bandwidth_mbps: r.baseline_ebs_bandwidth_mbps ?? [],
              burstable_performance: r.burstable_performance ?? '',
              cpu_manufacturers: r.cpu_manufacturers ?? [],
              excluded_instance_types: r.excluded_instance_types ?? [],
              instance_generations: r.instance_generations ?? [],
              local_storage: r.local_storage ?? '',
              local_storage_types: r.local_storage_types ?? [],
              max_spot_price_as_percentage_of_optimal_on_demand_price: r.max_spot_price_as_percentage_of_optimal_on_demand_price ?? 0,
              memory_gib_per_vcpu: r.memory_gib_per_vcpu ?? [],
              memory_mib: r.memory_mib,
              network_bandwidth_gbps: r.network_bandwidth_gbps ?? [],
              network_interface_count: r.network_interface_count ?? [],
              on_demand_max_price_percentage_over_lowest_price: r.on_demand_max_price_percentage_over_lowest_price ?? 0,
              require_hibernate_support: false,
              spot_max_price_percentage_over_lowest_price: r.spot_max_price_percentage_over_lowest_price ?? 0,
              total_local_storage_gb: r.total_local_storage_gb ?? [],
              vcpu_count: r.vcpu_count,
            }],
            local_storage_configuration: template.useLocalStorage === undefined ? [] : [{ use_local_storage: template.useLocalStorage }],
            monitoring: template.monitoring,
            network_configuration: [{ security_groups: ['sg-0a1b2c3d4e5f60718'], subnets: ['subnet-0aa1c79de3EXAMPLE'] }],
            storage_configuration: template.storageSizeGiB ? [{ storage_size_gib: template.storageSizeGiB }] : [],
          }],
          propagate_tags: 'CAPACITY_PROVIDER',
        }],
        name,
        region: REGION,
        tags: null,
        tags_all: {},
      },
      sensitive_attributes: [],
      private: 'bnVsbA==',
      dependencies: ['aws_ecs_cluster.mesh'],
    }],
  };
}

async function derive() {
  const state = JSON.parse(await readFile(path.join(SOURCE, 'terraform.tfstate'), 'utf8'));
  const byType = (type) => state.resources.find((r) => r.type === type);
  const cluster = byType('aws_ecs_cluster');
  const taskDefinition = byType('aws_ecs_task_definition');
  const orders = byType('aws_ecs_service');
  for (const r of [cluster, taskDefinition]) r.instances[0].attributes = withRegion(r.instances[0].attributes);

  const ordersAttrs = orders.instances[0].attributes;
  const v6Service = (attrs, extra) => withRegion({ ...attrs, arn: attrs.id, sigint_rollback: null, ...extra });
  orders.instances[0].attributes = v6Service(ordersAttrs, {
    deployment_configuration: deploymentConfiguration({ strategy: 'LINEAR', bake: 10, linear: { percent: 25, bake: 5 } }),
    service_connect_configuration: serviceConnect({
      discovery: 'orders',
      dns: 'orders.internal',
      accessLog: { format: 'JSON', includeQueryParameters: 'ENABLED' },
      testHeader: { name: 'x-test-traffic', exact: 'canary' },
    }),
  });
  const paymentsId = `arn:aws:ecs:${REGION}:${ACCOUNT}:service/mesh/payments`;
  const payments = structuredClone(orders);
  payments.name = 'payments';
  payments.instances[0].attributes = v6Service(ordersAttrs, {
    id: paymentsId,
    arn: paymentsId,
    name: 'payments',
    desired_count: 1,
    // 6.x made availability_zone_rebalancing Optional+Computed without 5.x's Default DISABLED, so Create
    // sends none and Read stores what ECS defaults it to: ENABLED (API_CreateService).
    availability_zone_rebalancing: 'ENABLED',
    deployment_configuration: deploymentConfiguration({ strategy: 'CANARY', bake: 20, canary: { percent: 10, bake: 15 } }),
    service_connect_configuration: serviceConnect({ discovery: 'payments', dns: 'payments.internal' }),
  });

  const gpu = capacityProvider('gpu', {
    capacityOptionType: 'SPOT',
    monitoring: 'DETAILED',
    storageSizeGiB: 100,
    requirements: {
      accelerator_count: range(1, 4),
      accelerator_manufacturers: ['nvidia'],
      accelerator_names: ['a10g', 't4'],
      accelerator_total_memory_mib: range(16384, 98304),
      accelerator_types: ['gpu'],
      bare_metal: 'excluded',
      baseline_ebs_bandwidth_mbps: range(1000, 10000),
      burstable_performance: 'excluded',
      cpu_manufacturers: ['amd', 'intel'],
      excluded_instance_types: ['g4ad.*'],
      instance_generations: ['current'],
      max_spot_price_as_percentage_of_optimal_on_demand_price: 70,
      memory_gib_per_vcpu: range(2, 8),
      memory_mib: range(16384, 131072),
      network_bandwidth_gbps: range(10, 100),
      network_interface_count: range(1, 4),
      on_demand_max_price_percentage_over_lowest_price: 20,
      vcpu_count: range(4, 32),
    },
  });
  const storage = capacityProvider('storage', {
    capacityOptionType: 'SPOT',
    monitoring: 'BASIC',
    useLocalStorage: true,
    requirements: {
      local_storage: 'required',
      local_storage_types: ['ssd'],
      // aws.ToInt32 of the missing max: 0.
      memory_mib: range(8192, 0),
      spot_max_price_percentage_over_lowest_price: 50,
      total_local_storage_gb: range(100, 2000),
      vcpu_count: range(2, 16),
    },
  });

  // Resources in the order terraform writes them (by type, then name); serial as after four more applies.
  state.resources = [gpu, storage, cluster, orders, payments, taskDefinition];
  state.serial += 4;
  state.lineage = '00000000-0000-4000-8000-000000000007';
  await mkdir(TARGET, { recursive: true });
  await writeFile(path.join(TARGET, 'terraform.tfstate'), `${JSON.stringify(state, null, 2)}\n`);
  await writeFile(path.join(TARGET, 'show.json'), `${JSON.stringify(showJson(state), null, 2)}\n`);
}

/** The show.json layout above, against terraform's own output for every 5.100.0 recording. */
async function check() {
  const dir = path.join(FIXTURES, 'provider');
  let failed = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const state = JSON.parse(await readFile(path.join(dir, entry.name, 'terraform.tfstate'), 'utf8'));
    const recorded = await readFile(path.join(dir, entry.name, 'show.json'), 'utf8');
    const same = JSON.stringify(JSON.parse(recorded)) === JSON.stringify(showJson(state));
    console.log(`${entry.name}: ${same ? 'same as terraform show -json' : 'DIFFERS'}`);
    if (!same) failed += 1;
  }
  process.exitCode = failed ? 1 : 0;
}

await (process.argv.includes('--check') ? check() : derive());
