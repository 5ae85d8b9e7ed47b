// Rules on task definitions, services, task sets, clusters, capacity providers, ECR and governance.
import type { Rule } from '../rule.js';
import { ecrScanOnPushDisabled } from './ecr-scan-on-push-disabled.js';
import { ecrTagMutable } from './ecr-tag-mutable.js';
import { ecsCapacityProviderNoTerminationProtection } from './ecs-capacity-provider-no-termination-protection.js';
import { ecsClusterExecLoggingDisabled } from './ecs-cluster-exec-logging-disabled.js';
import { ecsClusterExecNotEncrypted } from './ecs-cluster-exec-not-encrypted.js';
import { ecsClusterNoContainerInsights } from './ecs-cluster-no-container-insights.js';
import { ecsIgnoreChangesHidesDrift } from './ecs-ignore-changes-hides-drift.js';
import { ecsImportNeedsReview } from './ecs-import-needs-review.js';
import { ecsServiceExecEnabled } from './ecs-service-exec-enabled.js';
import { ecsServiceFargatePlatformPinned } from './ecs-service-fargate-platform-pinned.js';
import { ecsServicePublicIp } from './ecs-service-public-ip.js';
import { ecsTaskEfsNoTransitEncryption } from './ecs-task-efs-no-transit-encryption.js';
import { ecsTaskExecutionRoleIsTaskRole } from './ecs-task-execution-role-is-task-role.js';
import { ecsTaskHostIpc } from './ecs-task-host-ipc.js';
import { ecsTaskHostNetwork } from './ecs-task-host-network.js';
import { ecsTaskHostPid } from './ecs-task-host-pid.js';
import { ecsTaskNoTaskRole } from './ecs-task-no-task-role.js';
import { ecsTaskNotAwsvpc } from './ecs-task-not-awsvpc.js';
import { ecsTaskRoleWildcard } from './ecs-task-role-wildcard.js';
import { ecsTasksetPublicIp } from './ecs-taskset-public-ip.js';

export const resourceRules: Rule[] = [
  ecsTaskHostNetwork,
  ecsTaskNotAwsvpc,
  ecsTaskHostPid,
  ecsTaskHostIpc,
  ecsTaskEfsNoTransitEncryption,
  ecsTaskExecutionRoleIsTaskRole,
  ecsTaskNoTaskRole,
  ecsTaskRoleWildcard,
  ecsServicePublicIp,
  ecsTasksetPublicIp,
  ecsServiceFargatePlatformPinned,
  ecsServiceExecEnabled,
  ecsClusterNoContainerInsights,
  ecsClusterExecLoggingDisabled,
  ecsClusterExecNotEncrypted,
  ecsCapacityProviderNoTerminationProtection,
  ecrTagMutable,
  ecrScanOnPushDisabled,
  ecsIgnoreChangesHidesDrift,
  ecsImportNeedsReview,
];
