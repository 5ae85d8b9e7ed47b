// Seeds the AWS emulator with the live side of fixtures/estate.tfstate as ECS reports it right
// after `terraform apply`: everything the provider normalizes away is present here (defaults
// ECS fills in, other orders, strings for numbers, `aws:` tags, ENABLED/DISABLED, role names).
import { ECSClient } from '@aws-sdk/client-ecs';
import { S3Client } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AwsEmulator } from '../../test-support/aws/emulator.js';
import type { DriftClients } from '../../src/drift/detect-drift.js';

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const estateState = 'estate.tfstate';
export const PLANTED_SECRET = 'planted-PLANTEDSECRET0123456789';

const IAM = 'arn:aws:iam::123456789012';
const TG = 'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/api/6d0ecf831eec9f09';
const SUBNETS = ['subnet-0aa1c79de3EXAMPLE', 'subnet-0bb1c79de3EXAMPLE'];
const SG = ['sg-0a1b2c3d4e5f60718'];
const baseTags = [
  { key: 'Team', value: 'platform' },
  { key: 'ManagedBy', value: 'terraform' },
];

export const apiContainers = () => [
  {
    name: 'envoy',
    image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.6.0-prod',
    essential: false,
    memoryReservation: 128,
    user: '1337',
  },
  {
    name: 'app',
    image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.4.2',
    readonlyRootFilesystem: true,
    user: '1000',
    portMappings: [{ containerPort: 8080 }],
    environment: [
      { name: 'FEATURE_FLAGS', value: 'a,b' },
      { name: 'LOG_LEVEL', value: 'info' },
      { name: 'API_TOKEN', value: PLANTED_SECRET },
    ],
    secrets: [{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf' }],
    healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'], interval: 30, timeout: 5, retries: 3 },
    logConfiguration: {
      logDriver: 'awslogs' as const,
      options: { 'awslogs-stream-prefix': 'api', 'awslogs-region': 'us-east-1', 'awslogs-group': '/ecs/api' },
      secretOptions: [],
    },
  },
];

export const apiTaskDefinition = () => ({
  family: 'api',
  containerDefinitions: apiContainers(),
  cpu: '512',
  memory: '1024',
  networkMode: 'awsvpc' as const,
  requiresCompatibilities: ['FARGATE' as const],
  executionRoleArn: `${IAM}:role/api-execution`,
  taskRoleArn: `${IAM}:role/api-task`,
  runtimePlatform: { cpuArchitecture: 'ARM64' as const, operatingSystemFamily: 'LINUX' as const },
});

export function seedFreshEstate(aws: AwsEmulator): void {
  const ecs = aws.ecs;
  ecs.putCluster({
    clusterName: 'prod',
    settings: [{ name: 'containerInsights', value: 'enabled' }],
    configuration: {
      executeCommandConfiguration: {
        kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        logging: 'OVERRIDE',
        logConfiguration: { cloudWatchLogGroupName: '/ecs/exec/prod', cloudWatchEncryptionEnabled: true, s3EncryptionEnabled: false },
      },
    },
    capacityProviders: ['FARGATE_SPOT', 'FARGATE'],
    defaultCapacityProviderStrategy: [
      { capacityProvider: 'FARGATE_SPOT', weight: 3 },
      { capacityProvider: 'FARGATE', weight: 1, base: 1 },
    ],
    tags: [...baseTags, { key: 'Environment', value: 'prod' }, { key: 'aws:cloudformation:stack-name', value: 'legacy-import' }],
  });
  ecs.putCluster({ clusterName: 'batch', tags: baseTags });
  ecs.putCapacityProvider({
    name: 'batch-ec2',
    autoScalingGroupProvider: {
      autoScalingGroupArn: 'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:5f1c3d2e-0000-4000-8000-00000000aaaa:autoScalingGroupName/batch',
      managedScaling: { status: 'ENABLED', targetCapacity: 90, minimumScalingStepSize: 1, maximumScalingStepSize: 10, instanceWarmupPeriod: 300 },
      managedTerminationProtection: 'ENABLED',
      managedDraining: 'ENABLED',
    },
    updateStatus: 'UPDATE_COMPLETE',
    tags: baseTags,
  });

  ecs.registerTaskDefinition(apiTaskDefinition(), [...baseTags, { key: 'Service', value: 'api' }, { key: 'aws:ecs:clusterName', value: 'prod' }]);
  ecs.registerTaskDefinition({
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:1.27.2@sha256:0c86dddac19f2ce4fd716ac58c0fd87bf69bfd4edabfd6971fb885bafd12a00b', user: '101', portMappings: [{ containerPort: 80 }] }],
    cpu: '256',
    memory: '512',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    executionRoleArn: `${IAM}:role/web-execution`,
    taskRoleArn: `${IAM}:role/web-task`,
  }, baseTags);
  ecs.registerTaskDefinition({
    family: 'worker-jobs',
    containerDefinitions: [{
      name: 'worker',
      image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.0.1',
      memory: 512,
      user: '1000',
      environment: [{ name: 'QUEUE', value: 'jobs' }],
      portMappings: [{ containerPort: 9000 }],
      mountPoints: [{ sourceVolume: 'scratch', containerPath: '/scratch', readOnly: false }],
    }],
    networkMode: 'bridge',
    taskRoleArn: `${IAM}:role/worker-task`,
    volumes: [{ name: 'scratch', host: {} }],
  }, baseTags);

  const awsvpc = (assignPublicIp: 'ENABLED' | 'DISABLED' = 'DISABLED') => ({ awsvpcConfiguration: { subnets: [...SUBNETS], securityGroups: [...SG], assignPublicIp } });
  ecs.putService('prod', {
    serviceName: 'api',
    taskDefinition: 'api:1',
    desiredCount: 3,
    launchType: 'FARGATE',
    networkConfiguration: awsvpc(),
    loadBalancers: [{ targetGroupArn: TG, containerName: 'app', containerPort: 8080 }],
    healthCheckGracePeriodSeconds: 60,
    deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true }, maximumPercent: 200, minimumHealthyPercent: 100 },
    propagateTags: 'SERVICE',
    roleArn: `${IAM}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    tags: [...baseTags, { key: 'Service', value: 'api' }, { key: 'aws:servicecatalog:productArn', value: 'x' }],
  });
  ecs.putService('prod', {
    serviceName: 'web',
    taskDefinition: 'web:1',
    desiredCount: 2,
    capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1, base: 0 }],
    networkConfiguration: awsvpc(),
    tags: baseTags,
  });
  ecs.putService('prod', {
    serviceName: 'canary',
    taskDefinition: 'api:1',
    desiredCount: 1,
    launchType: 'FARGATE',
    networkConfiguration: awsvpc(),
    loadBalancers: [{ targetGroupArn: TG, containerName: 'app', containerPort: 8080 }],
    deploymentController: { type: 'CODE_DEPLOY' },
    tags: baseTags,
  });
  ecs.putService('batch', {
    serviceName: 'worker-jobs',
    taskDefinition: 'worker-jobs:1',
    desiredCount: 1,
    launchType: 'EC2',
    placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
    tags: baseTags,
  });
}

export function emulatorClients(aws: AwsEmulator, maxAttempts = 3): DriftClients & { destroy(): void } {
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  const ecsClients = new Map<string, ECSClient>();
  const s3 = new S3Client({ region: aws.region, endpoint: aws.endpoint, forcePathStyle: true, credentials, maxAttempts });
  return {
    ecs(region: string) {
      let client = ecsClients.get(region);
      if (!client) {
        client = new ECSClient({ region, endpoint: aws.endpoint, credentials, maxAttempts, retryMode: 'adaptive' });
        ecsClients.set(region, client);
      }
      return client;
    },
    s3,
    destroy() {
      for (const c of ecsClients.values()) c.destroy();
      s3.destroy();
    },
  };
}

export function readFixture(name: string): string {
  return readFileSync(path.join(fixturesDir, name), 'utf8');
}
