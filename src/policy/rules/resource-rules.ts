// Rules on task definitions, services, task sets, clusters, capacity providers, ECR and governance.
import type { Rule } from '../rule.js';
import { ecsServicePublicIp } from './ecs-service-public-ip.js';
import { ecsTaskEfsNoTransitEncryption } from './ecs-task-efs-no-transit-encryption.js';
import { ecsTaskExecutionRoleIsTaskRole } from './ecs-task-execution-role-is-task-role.js';
import { ecsTaskHostIpc } from './ecs-task-host-ipc.js';
import { ecsTaskHostNetwork } from './ecs-task-host-network.js';
import { ecsTaskHostPid } from './ecs-task-host-pid.js';
import { ecsTaskNoTaskRole } from './ecs-task-no-task-role.js';
import { ecsTaskNotAwsvpc } from './ecs-task-not-awsvpc.js';

export const resourceRules: Rule[] = [
  ecsTaskHostNetwork,
  ecsTaskNotAwsvpc,
  ecsTaskHostPid,
  ecsTaskHostIpc,
  ecsTaskEfsNoTransitEncryption,
  ecsTaskExecutionRoleIsTaskRole,
  ecsTaskNoTaskRole,
  ecsServicePublicIp,
];
