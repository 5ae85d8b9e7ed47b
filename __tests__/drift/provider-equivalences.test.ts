// Equivalences the AWS provider and ECS really make, per attribute (issue 12 item 2), and the
// values they do NOT treat as equal. Sources: terraform-provider-aws internal/service/ecs/service.go
// (resourceServiceRead "Save IAM role in the same format", GetRoleNameFromARN, the schema's
// defaults), ECS DescribeServices / DescribeTaskDefinition (API reference).
import { describe, expect, it } from '@jest/globals';
import { classifyDifference, type ClassificationContext } from '../../src/drift/classify.js';
import { compareViews, renderPath } from '../../src/drift/compare.js';
import { ignoresTag, readIgnoreTags } from '../../src/drift/ignore-tags.js';
import { liveServiceAsState, serviceView, serviceViews } from '../../src/drift/resources/service.js';
import { liveTaskDefinitionAsState, normalizeContainerDefinitions, taskDefinitionView } from '../../src/drift/resources/task-definition.js';
import { liveTaskSetAsState, taskSetView } from '../../src/drift/resources/task-set.js';
import type { ConfigurationModel } from '../../src/terraform/model.js';

const paths = (expected: unknown, actual: unknown): string[] => compareViews(expected, actual).map((d) => renderPath(d.segments));
const SLR_ARN = 'arn:aws:iam::123456789012:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS';
const context: ClassificationContext = { resourceType: 'aws_ecs_service', address: 'aws_ecs_service.api', ignoreChanges: [], expected: [], ignore: [] };

/** The state a fresh awsvpc Fargate service gets from provider 5.100.0 (Read stores GetRoleNameFromARN(roleArn)). */
function freshFargateState(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'api', cluster: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod', desired_count: 2, launch_type: 'FARGATE', platform_version: 'LATEST',
    scheduling_strategy: 'REPLICA', deployment_maximum_percent: 200, deployment_minimum_healthy_percent: 100,
    deployment_controller: [{ type: 'ECS' }], deployment_circuit_breaker: [{ enable: false, rollback: false }],
    iam_role: '/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS', propagate_tags: 'NONE', enable_execute_command: false, enable_ecs_managed_tags: false,
    network_configuration: [{ subnets: ['subnet-a'], security_groups: ['sg-1'], assign_public_ip: false }], alarms: [], tags: {}, tags_all: {},
    ...extra,
  };
}

function liveFargate(extra: Record<string, unknown> = {}) {
  return liveServiceAsState({
    serviceName: 'api', clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/prod', desiredCount: 2, launchType: 'FARGATE', platformVersion: 'LATEST',
    schedulingStrategy: 'REPLICA', deploymentController: { type: 'ECS' }, roleArn: SLR_ARN, propagateTags: 'NONE', enableExecuteCommand: false, enableECSManagedTags: false,
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: false, rollback: false } },
    networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-a'], securityGroups: ['sg-1'], assignPublicIp: 'DISABLED' } },
    ...extra,
  });
}

describe('iam_role in every form the provider stores', () => {
  it('a fresh awsvpc service (path-and-name form vs the full roleArn) is in sync', () => {
    expect(paths(...serviceViews(freshFargateState(), liveFargate()))).toEqual([]);
  });

  it('an ARN in the state compares with the ARN ECS answers, account included', () => {
    const state = freshFargateState({ iam_role: 'arn:aws:iam::123456789012:role/ecs/lb-role' });
    expect(paths(...serviceViews(state, liveFargate({ roleArn: 'arn:aws:iam::123456789012:role/ecs/lb-role' })))).toEqual([]);
    const other = compareViews(...serviceViews(state, liveFargate({ roleArn: 'arn:aws:iam::999999999999:role/ecs/lb-role' })));
    expect(other.map((d) => classifyDifference(d, context))).toEqual([
      { path: 'iam_role', expected: 'arn:aws:iam::123456789012:role/ecs/lb-role', actual: 'arn:aws:iam::999999999999:role/ecs/lb-role', class: 'security' },
    ]);
  });

  it('a name or /path/name in the state equals the role ARN with that path', () => {
    expect(paths(...serviceViews(freshFargateState({ iam_role: '/ecs/lb-role' }), liveFargate({ roleArn: 'arn:aws:iam::1:role/ecs/lb-role' })))).toEqual([]);
    expect(paths(...serviceViews(freshFargateState({ iam_role: 'lb-role' }), liveFargate({ roleArn: 'arn:aws:iam::1:role/lb-role' })))).toEqual([]);
    // Same name, another path: another role.
    expect(paths(...serviceViews(freshFargateState({ iam_role: 'lb-role' }), liveFargate({ roleArn: 'arn:aws:iam::1:role/other/lb-role' })))).toEqual(['iam_role']);
  });
});

describe('no global equivalences', () => {
  it('a docker label Enabled is not true, a user 01000 is not 1000', () => {
    expect(paths(
      normalizeContainerDefinitions([{ name: 'a', user: '1000', dockerLabels: { feature: 'Enabled' } }], 'awsvpc'),
      normalizeContainerDefinitions([{ name: 'a', user: '01000', dockerLabels: { feature: 'true' } }], 'awsvpc'),
    )).toEqual(['[a].user', '[a].dockerLabels[feature]']);
  });

  it('a tag 007 is not 7, and an empty tag value is a value', () => {
    const state = freshFargateState({ tags_all: { build: '007', team: '' } });
    expect(paths(...serviceViews(state, liveFargate({ tags: [{ key: 'build', value: '7' }] })))).toEqual(['tags[build]', 'tags[team]']);
    expect(paths(...serviceViews(state, liveFargate({ tags: [{ key: 'build', value: '007' }, { key: 'team', value: '' }] })))).toEqual([]);
  });

  it('two host ports for one container port stay two mappings', () => {
    const two = [{ name: 'a', portMappings: [{ containerPort: 80, hostPort: 8080 }, { containerPort: 80, hostPort: 8081 }] }];
    const one = [{ name: 'a', portMappings: [{ containerPort: 80, hostPort: 8080 }] }];
    expect(paths(normalizeContainerDefinitions(two, 'bridge'), normalizeContainerDefinitions(one, 'bridge'))).toEqual(['[a].portMappings[8081:80/tcp]']);
  });
});

describe('attributes compared since issue 12', () => {
  it('service registries: a port of 0 and an empty container name are the provider\'s "none" (expandServiceRegistries sends only > 0 and non-empty); a real port is compared', () => {
    // As 5.100.0 stored them in the service-options recording: port only (awsvpc), container name and port only (bridge).
    const byPort = freshFargateState({ service_registries: [{ registry_arn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-a', port: 8080, container_name: '', container_port: 0 }] });
    const byContainer = freshFargateState({ service_registries: [{ registry_arn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-b', port: 0, container_name: 'app', container_port: 8080 }] });
    expect(paths(...serviceViews(byPort, liveFargate({ serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-a', port: 8080 }] })))).toEqual([]);
    expect(paths(...serviceViews(byContainer, liveFargate({ serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-b', containerName: 'app', containerPort: 8080 }] })))).toEqual([]);
    expect(paths(...serviceViews(byPort, liveFargate({ serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-a', port: 8081 }] })))).toEqual(['service_registries.port']);
    expect(paths(...serviceViews(byPort, liveFargate({ serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-a', port: 8080, containerPort: 8080 }] })))).toEqual(['service_registries.container_port']);
  });

  it('service alarms, availability zone rebalancing and managed EBS encryption', () => {
    const state = freshFargateState({
      alarms: [{ alarm_names: ['api-5xx'], enable: true, rollback: true }],
      availability_zone_rebalancing: 'ENABLED',
      volume_configuration: [{ name: 'data', managed_ebs_volume: [{ role_arn: 'arn:aws:iam::1:role/ebs', encrypted: true, kms_key_id: 'arn:aws:kms:us-east-1:1:key/k1', size_in_gb: 20 }] }],
    });
    const primary = {
      status: 'PRIMARY',
      volumeConfigurations: [{ name: 'data', managedEBSVolume: { roleArn: 'arn:aws:iam::1:role/ebs', encrypted: false, sizeInGiB: 20, filesystemType: 'xfs' } }],
    };
    const live = liveFargate({
      availabilityZoneRebalancing: 'DISABLED',
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: false, rollback: false }, alarms: { alarmNames: ['api-5xx'], enable: false, rollback: true } },
      deployments: [primary],
    });
    const found = compareViews(...serviceViews(state, live)).map((d) => classifyDifference(d, context));
    expect(found.map((d) => [d.path, d.class])).toEqual([
      ['alarms.enable', 'config'],
      ['availability_zone_rebalancing', 'config'],
      ['volume_configuration.managed_ebs_volume.encrypted', 'security'],
      ['volume_configuration.managed_ebs_volume.kms_key_id', 'security'],
    ]);
  });

  it('service connect and VPC Lattice come from the PRIMARY deployment', () => {
    const state = freshFargateState({
      service_connect_configuration: [{ enabled: true, namespace: 'arn:aws:servicediscovery:us-east-1:1:namespace/ns-1', service: [{ port_name: 'http', client_alias: [{ port: 80, dns_name: 'api' }] }] }],
      vpc_lattice_configurations: [{ port_name: 'http', target_group_arn: 'arn:tg', role_arn: 'arn:aws:iam::1:role/lattice' }],
    });
    const deployment = (alias: number) => ({
      status: 'PRIMARY',
      serviceConnectConfiguration: { enabled: true, namespace: 'arn:aws:servicediscovery:us-east-1:1:namespace/ns-1', services: [{ portName: 'http', discoveryName: 'http', clientAliases: [{ port: alias, dnsName: 'api' }] }] },
      vpcLatticeConfigurations: [{ portName: 'http', targetGroupArn: 'arn:tg', roleArn: 'arn:aws:iam::1:role/lattice' }],
    });
    expect(paths(...serviceViews(state, liveFargate({ deployments: [{ status: 'ACTIVE' }, deployment(80)] })))).toEqual([]);
    expect(paths(...serviceViews(state, liveFargate({ deployments: [deployment(8080)] })))).toEqual(['service_connect_configuration.service[http].client_alias.port']);
  });

  it('v6 load balancer advanced configuration: its role is a security difference', () => {
    const lb = (role: string) => [{ container_name: 'app', container_port: 80, target_group_arn: 'arn:tg', advanced_configuration: [{ alternate_target_group_arn: 'arn:tg2', production_listener_rule: 'arn:rule', role_arn: role }] }];
    const diffs = compareViews(serviceView(freshFargateState({ load_balancer: lb('arn:aws:iam::1:role/a') })), serviceView(freshFargateState({ load_balancer: lb('arn:aws:iam::1:role/b') })));
    expect(diffs.map((d) => classifyDifference(d, context)).map((d) => [d.path, d.class])).toEqual([['load_balancer[app:80].advanced_configuration.role_arn', 'security']]);
  });

  it('v6 lifecycle hooks: hook_details compare as JSON (SuppressEquivalentJSONDiffs), the hook role as a role', () => {
    const hook = (details: string, role: string) => freshFargateState({ deployment_configuration: [{ strategy: 'BLUE_GREEN', lifecycle_hook: [{ hook_target_arn: 'arn:lambda', role_arn: role, lifecycle_stages: ['POST_SCALE_UP'], hook_details: details }] }] });
    const live = liveFargate({ deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: false, rollback: false }, strategy: 'BLUE_GREEN',
      lifecycleHooks: [{ hookTargetArn: 'arn:lambda', roleArn: 'arn:aws:iam::1:role/hook', lifecycleStages: ['POST_SCALE_UP'], hookDetails: { b: 1, a: [true] } }] } });
    expect(paths(...serviceViews(hook('{"a": [true], "b": 1}', 'arn:aws:iam::1:role/hook'), live))).toEqual([]);
    const other = compareViews(...serviceViews(hook('{"a":[true],"b":1}', 'arn:aws:iam::2:role/hook'), live)).map((d) => classifyDifference(d, context));
    expect(other.map((d) => [d.path, d.class])).toEqual([['deployment_configuration.lifecycle_hook[arn:lambda].role_arn', 'security']]);
  });

  it('v6 deployment_configuration: a plain rolling update equals an ECS answer that names no strategy; another strategy does not', () => {
    // v6 Read stores flattenDeploymentConfiguration of whatever ECS reports; strategy is Optional+Computed.
    const v6 = (strategy: string) => freshFargateState({ deployment_configuration: [{ strategy, bake_time_in_minutes: '', lifecycle_hook: [], linear_configuration: [], canary_configuration: [] }] });
    expect(paths(...serviceViews(v6('ROLLING'), liveFargate()))).toEqual([]);
    expect(paths(...serviceViews(v6('ROLLING'), liveFargate({ deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, strategy: 'ROLLING' } })))).toEqual([]);
    expect(compareViews(...serviceViews(v6('BLUE_GREEN'), liveFargate())).map((d) => classifyDifference(d, context)).map((d) => [d.path, d.class])).toEqual([['deployment_configuration', 'config']]);
    // A v5 state (no block) compares nothing there, whatever ECS reports.
    expect(paths(...serviceViews(freshFargateState(), liveFargate({ deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, strategy: 'BLUE_GREEN', bakeTimeInMinutes: 5 } })))).toEqual([]);
  });

  it('v6 Service Connect test traffic rules and access logs are compared', () => {
    const deployment = (exact: string, format: string) => ({
      status: 'PRIMARY',
      serviceConnectConfiguration: {
        enabled: true,
        accessLogConfiguration: { format, includeQueryParameters: 'DISABLED' },
        services: [{ portName: 'http', clientAliases: [{ port: 80, testTrafficRules: { header: { name: 'x-canary', value: { exact } } } }] }],
      },
    });
    const state = freshFargateState({ service_connect_configuration: [{
      enabled: true,
      access_log_configuration: [{ format: 'JSON', include_query_parameters: '' }],
      service: [{ port_name: 'http', client_alias: [{ port: 80, test_traffic_rules: [{ header: [{ name: 'x-canary', value: [{ exact: 'yes' }] }] }] }] }],
    }] });
    expect(paths(...serviceViews(state, liveFargate({ deployments: [deployment('yes', 'JSON')] })))).toEqual([]);
    expect(paths(...serviceViews(state, liveFargate({ deployments: [deployment('no', 'TEXT')] })))).toEqual([
      'service_connect_configuration.access_log_configuration.format',
      'service_connect_configuration.service[http].client_alias.test_traffic_rules[x-canary]',
    ]);
  });

  it('task definition enable_fault_injection', () => {
    const state = { family: 'api', container_definitions: '[{"name":"app","image":"x:1"}]', enable_fault_injection: false };
    const live = liveTaskDefinitionAsState({ family: 'api', containerDefinitions: [{ name: 'app', image: 'x:1' }], enableFaultInjection: true }, []);
    expect(paths(taskDefinitionView(state), taskDefinitionView(live))).toEqual(['enable_fault_injection']);
  });
});

describe('task sets', () => {
  it('reads a classic load balancer from load_balancer_name, the task set schema\'s name for it', () => {
    const state = { task_definition: 'api:1', load_balancer: [{ container_name: 'app', container_port: 80, load_balancer_name: 'classic' }], scale: [{ unit: 'PERCENT', value: 100 }] };
    const live = liveTaskSetAsState({ taskDefinition: 'arn:aws:ecs:us-east-1:1:task-definition/api:1', loadBalancers: [{ containerName: 'app', containerPort: 80, loadBalancerName: 'classic' }], scale: { unit: 'PERCENT', value: 100 } });
    expect(paths(taskSetView(state), taskSetView(live))).toEqual([]);
  });
});

describe('provider ignore_tags', () => {
  it('reads literal keys and key_prefixes from the default provider "aws" block of a root module', async () => {
    const text = [
      'provider "aws" {',
      '  region = "us-east-1"',
      '  ignore_tags {',
      '    keys         = ["LastScanned"]',
      '    key_prefixes = ["kubernetes.io/"]',
      '  }',
      '}',
      'provider "aws" {',
      '  alias = "other"',
      '  ignore_tags { keys = ["Owner"] }',
      '}',
    ].join('\n');
    const configuration = { rootDirs: ['.'], moduleFiles: new Map([['.', ['main.tf']]]), files: new Map([['main.tf', { path: 'main.tf', text, comments: [], lineCount: 11 }]]) } as unknown as ConfigurationModel;
    const { byModule, errors } = await readIgnoreTags(configuration);
    expect(errors).toEqual([]);
    const ignore = byModule.get('.');
    expect(ignore).toEqual({ keys: ['LastScanned'], keyPrefixes: ['kubernetes.io/'] });
    expect(ignoresTag(ignore, 'LastScanned')).toBe(true);
    expect(ignoresTag(ignore, 'kubernetes.io/cluster/x')).toBe(true);
    expect(ignoresTag(ignore, 'Owner')).toBe(false);
  });
});
