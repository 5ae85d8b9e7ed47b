import { describe, expect, it } from '@jest/globals';
import { compareViews, renderPath, renderValue } from '../../src/drift/compare.js';
import { clusterView } from '../../src/drift/resources/cluster.js';
import { liveServiceAsState, serviceView, serviceViews } from '../../src/drift/resources/service.js';
import { SecretValue, tagsView } from '../../src/drift/resources/shared.js';
import { liveTaskDefinitionAsState, liveTaskDefinitionView, normalizeContainerDefinitions, taskDefinitionView } from '../../src/drift/resources/task-definition.js';
import { clusterName, regionOfArn, roleName, serviceName, taskDefinitionRef } from '../../src/drift/references.js';

const paths = (expected: unknown, actual: unknown): string[] => compareViews(expected, actual).map((d) => renderPath(d.segments));

describe('container definitions', () => {
  it('treats what ECS fills in as equal to what the configuration left out', () => {
    const written = JSON.stringify([
      { name: 'b', image: 'b:1', portMappings: [{ containerPort: 80 }], healthCheck: { command: ['CMD', 'true'] }, memory: '256' },
      { name: 'a', image: 'a:1', environment: [{ name: 'Y', value: '2' }, { name: 'X', value: '1' }] },
    ]);
    const described = [
      { name: 'a', image: 'a:1', cpu: 0, essential: true, environment: [{ name: 'X', value: '1' }, { name: 'Y', value: '2' }], mountPoints: [], volumesFrom: [], systemControls: [], versionConsistency: 'enabled' },
      { name: 'b', image: 'b:1', cpu: 0, essential: true, memory: 256, privileged: false, portMappings: [{ containerPort: 80, hostPort: 80, protocol: 'tcp' }],
        healthCheck: { command: ['CMD', 'true'], interval: 30, timeout: 5, retries: 3, startPeriod: 0 }, environment: [], secrets: [] },
    ];
    expect(paths(normalizeContainerDefinitions(written, 'awsvpc'), normalizeContainerDefinitions(described, 'awsvpc'))).toEqual([]);
  });

  it('fills hostPort only where ECS does: awsvpc and host mode, not bridge', () => {
    const bridge = normalizeContainerDefinitions([{ name: 'a', portMappings: [{ containerPort: 80, hostPort: 0 }] }], 'bridge');
    expect(renderValue(bridge)).toEqual({ a: { essential: true, portMappings: { '80/tcp': { containerPort: 80, protocol: 'tcp' } }, privileged: false, readonlyRootFilesystem: false, interactive: false, pseudoTerminal: false, disableNetworking: false } });
    const differs = paths(
      normalizeContainerDefinitions([{ name: 'a', portMappings: [{ containerPort: 80 }] }], 'bridge'),
      normalizeContainerDefinitions([{ name: 'a', portMappings: [{ containerPort: 80, hostPort: 8080 }] }], 'bridge'),
    );
    // A fixed host port is a different mapping from a dynamic one (keyed like `docker -p`).
    expect(differs).toEqual(['[a].portMappings[80/tcp]', '[a].portMappings[8080:80/tcp]']);
  });

  it('never renders an environment value, nor a hash of it', () => {
    const view = normalizeContainerDefinitions([{ name: 'a', environment: [{ name: 'TOKEN', value: 'ghp_plantedsecretvalue' }] }], undefined);
    const rendered = JSON.stringify(renderValue(view));
    expect(rendered).not.toContain('ghp_plantedsecretvalue');
    expect(rendered).toContain('"TOKEN":"(secret)"');
    expect(rendered).not.toMatch(/sha256|[0-9a-f]{12}/);
    // Still compared by value.
    expect(paths(view, normalizeContainerDefinitions([{ name: 'a', environment: [{ name: 'TOKEN', value: 'ghp_other' }] }], undefined))).toEqual(['[a].environment[TOKEN]']);
    expect(paths(view, normalizeContainerDefinitions([{ name: 'a', environment: [{ name: 'TOKEN', value: 'ghp_plantedsecretvalue' }] }], undefined))).toEqual([]);
  });

  it('shows secret references but hides a valueFrom that is not one', () => {
    const view = renderValue(normalizeContainerDefinitions([{ name: 'a', secrets: [
      { name: 'DB', valueFrom: 'arn:aws:ssm:us-east-1:1:parameter/db' },
      { name: 'RAW', valueFrom: 'plaintext-password' },
    ] }], undefined)) as Record<string, { secrets: Record<string, string> }>;
    expect(view.a.secrets.DB).toBe('arn:aws:ssm:us-east-1:1:parameter/db');
    expect(view.a.secrets.RAW).toBe('(secret)');
  });

  it('reports a changed container field under the container name', () => {
    expect(paths(
      normalizeContainerDefinitions([{ name: 'app', image: 'x:1', privileged: false }], undefined),
      normalizeContainerDefinitions([{ name: 'app', image: 'x:1', privileged: true, user: 'root' }], undefined),
    )).toEqual(['[app].privileged', '[app].user']);
  });
});

describe('task definitions', () => {
  it('compares the state shape with the described shape', () => {
    const state = {
      family: 'api', cpu: '256', memory: '512', network_mode: 'awsvpc', task_role_arn: 'api-task', execution_role_arn: '', pid_mode: '', ipc_mode: '',
      requires_compatibilities: ['FARGATE'], volume: [{ name: 'data', efs_volume_configuration: [{ file_system_id: 'fs-1', transit_encryption: 'ENABLED', authorization_config: [] }] }],
      container_definitions: '[{"name":"app","image":"x:1"}]', tags: { A: '1' }, tags_all: { A: '1', Default: 'd' },
    };
    const live = liveTaskDefinitionAsState({
      family: 'api', cpu: '256', memory: '512', networkMode: 'awsvpc', taskRoleArn: 'arn:aws:iam::1:role/api-task', requiresCompatibilities: ['FARGATE'],
      volumes: [{ name: 'data', efsVolumeConfiguration: { fileSystemId: 'fs-1', rootDirectory: '/', transitEncryption: 'ENABLED' } }],
      containerDefinitions: [{ name: 'app', image: 'x:1', essential: true, cpu: 0 }],
    }, [{ key: 'A', value: '1' }, { key: 'Default', value: 'd' }, { key: 'aws:cloudformation:stack-id', value: 's' }]);
    expect(paths(taskDefinitionView(state), taskDefinitionView(live))).toEqual([]);
  });

  it('compares inference_accelerator only when the state has the key: 6.0.0 removed it (version 6 upgrade guide)', () => {
    const described = { family: 'gpu', containerDefinitions: [{ name: 'app', image: 'x:1' }], inferenceAccelerators: [{ deviceName: 'device_1', deviceType: 'eia2.medium' }] };
    const live = liveTaskDefinitionAsState(described, []);
    const v5 = { family: 'gpu', container_definitions: '[{"name":"app","image":"x:1"}]', inference_accelerator: [] };
    const { inference_accelerator: _removed, ...v6 } = v5;
    expect(paths(taskDefinitionView(v5), liveTaskDefinitionView(v5, live))).toEqual(['inference_accelerator[device_1]']);
    expect(paths(taskDefinitionView(v6), liveTaskDefinitionView(v6, live))).toEqual([]);
  });
});

describe('services', () => {
  it('maps ENABLED/DISABLED, ARNs, defaults and sets', () => {
    const state = {
      name: 'api', cluster: 'arn:aws:ecs:us-east-1:1:cluster/prod', desired_count: 2, launch_type: 'FARGATE', platform_version: '',
      network_configuration: [{ subnets: ['b', 'a'], security_groups: ['sg'], assign_public_ip: false }],
      deployment_circuit_breaker: [], deployment_controller: [], iam_role: '', propagate_tags: '', enable_execute_command: false,
      tags: {}, tags_all: {},
    };
    const live = liveServiceAsState({
      serviceName: 'api', clusterArn: 'arn:aws:ecs:us-east-1:1:cluster/prod', desiredCount: 2, launchType: 'FARGATE', platformVersion: 'LATEST',
      networkConfiguration: { awsvpcConfiguration: { subnets: ['a', 'b'], securityGroups: ['sg'], assignPublicIp: 'DISABLED' } },
      deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100, deploymentCircuitBreaker: { enable: false, rollback: false } },
      deploymentController: { type: 'ECS' }, roleArn: 'arn:aws:iam::1:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS',
      propagateTags: 'NONE', schedulingStrategy: 'REPLICA', healthCheckGracePeriodSeconds: 0, enableECSManagedTags: false, runningCount: 1, pendingCount: 1,
    });
    expect(paths(serviceView(state), serviceView(live))).toEqual([]);
    live.network_configuration = [{ subnets: ['a', 'b'], security_groups: ['sg', 'sg-open'], assign_public_ip: true }];
    expect(compareViews(serviceView(state), serviceView(live)).map((d) => [renderPath(d.segments), d.expected, d.actual])).toEqual([
      ['network_configuration.security_groups', ['sg'], ['sg', 'sg-open']],
      ['network_configuration.assign_public_ip', false, true],
    ]);
  });
});

describe('EXTERNAL-controller services', () => {
  // DescribeServices reports the PRIMARY task set's launch type, platform version and strategy on the service.
  const live = () => liveServiceAsState({
    serviceName: 'web', clusterArn: 'arn:aws:ecs:us-east-1:1:cluster/edge', desiredCount: 2, launchType: 'FARGATE', platformVersion: '1.4.0',
    deploymentController: { type: 'EXTERNAL' }, schedulingStrategy: 'REPLICA', propagateTags: 'NONE',
    deploymentConfiguration: { maximumPercent: 200, minimumHealthyPercent: 100 },
    serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-1', port: 8080 }],
  });
  const state = (extra: Record<string, unknown>) => ({
    name: 'web', cluster: 'edge', desired_count: 2, deployment_controller: [{ type: 'EXTERNAL' }], launch_type: '', platform_version: '', capacity_provider_strategy: [],
    // flattenServiceRegistries leaves container_port unset, which the state holds as 0.
    service_registries: [{ registry_arn: 'arn:aws:servicediscovery:us-east-1:1:service/srv-1', port: 8080, container_name: '', container_port: 0 }],
    ...extra,
  });

  it('leaves out what the primary task set gives the service while the state holds none of it', () => {
    expect(paths(...serviceViews(state({}), live()))).toEqual([]);
  });

  it('compares them once the state holds them, and under other controllers always', () => {
    expect(paths(...serviceViews(state({ launch_type: 'EC2', platform_version: '1.3.0' }), live()))).toEqual(['launch_type', 'platform_version']);
    const ecsLive = { ...live(), deployment_controller: [{ type: 'ECS' }] };
    expect(paths(...serviceViews(state({ deployment_controller: [{ type: 'ECS' }] }), ecsLive))).toEqual(['launch_type', 'platform_version']);
  });
});

describe('clusters', () => {
  it('treats containerInsights=disabled and logging DEFAULT as absent', () => {
    const state = { name: 'c', setting: [], configuration: [{ execute_command_configuration: [{ logging: 'DEFAULT', kms_key_id: '' }] }], tags_all: {} };
    const live = { name: 'c', setting: [{ name: 'containerInsights', value: 'disabled' }], configuration: [], tags_all: { 'aws:x': 'y' } };
    expect(paths(clusterView(state), clusterView(live))).toEqual([]);
    expect(paths(clusterView({ ...state, setting: [{ name: 'containerInsights', value: 'enhanced' }] }), clusterView(live))).toEqual(['setting[containerInsights]']);
  });
});

describe('comparison', () => {
  it('compares scalars exactly: equivalences belong to the attribute that has them', () => {
    expect(paths({ a: '512', b: 'ENABLED', c: ['1'] }, { a: 512, b: true, c: [1] })).toEqual(['a', 'b', 'c']);
    expect(paths({ a: 'x', s: new SecretValue('p') }, { a: 'x', s: new SecretValue('p') })).toEqual([]);
    expect(paths({ s: new SecretValue('p') }, { s: new SecretValue('q') })).toEqual(['s']);
  });

  it('reports a removed subtree once', () => {
    expect(paths({ x: { y: 1, z: 2 } }, {})).toEqual(['x']);
  });

  it('renders tags without aws: keys', () => {
    expect([...tagsView([{ key: 'aws:ecs:serviceName', value: 'x' }, { key: 'B', value: '2' }, { key: 'A', value: '1' }])!.keys()]).toEqual(['A', 'B']);
  });
});

describe('references', () => {
  it('reduces ARNs and names to one form', () => {
    expect(taskDefinitionRef('arn:aws:ecs:us-east-1:1:task-definition/api:7')).toBe('api:7');
    expect(taskDefinitionRef('api:7')).toBe('api:7');
    expect(clusterName('arn:aws:ecs:us-east-1:1:cluster/prod')).toBe('prod');
    expect(serviceName('arn:aws:ecs:us-east-1:1:service/prod/api')).toBe('api');
    expect(serviceName('arn:aws:ecs:us-east-1:1:service/api')).toBe('api');
    expect(roleName('arn:aws:iam::1:role/path/to/app')).toBe('app');
    expect(regionOfArn('arn:aws:ecs:eu-west-2:1:cluster/x')).toBe('eu-west-2');
    expect(regionOfArn('prod')).toBeUndefined();
  });
});
