// Rules on task definition container_definitions (RULES.md, "Container").
import type { Rule } from '../rule.js';
import { ecsContainerCapabilitiesNotDropped } from './ecs-container-capabilities-not-dropped.js';
import { ecsContainerDangerousCapability } from './ecs-container-dangerous-capability.js';
import { ecsContainerHostMount } from './ecs-container-host-mount.js';
import { ecsContainerImageNotPinned } from './ecs-container-image-not-pinned.js';
import { ecsContainerNoHealthcheck } from './ecs-container-no-healthcheck.js';
import { ecsContainerNoLogging } from './ecs-container-no-logging.js';
import { ecsContainerNoMemoryLimit } from './ecs-container-no-memory-limit.js';
import { ecsContainerPlaintextSecret } from './ecs-container-plaintext-secret.js';
import { ecsContainerPrivileged } from './ecs-container-privileged.js';
import { ecsContainerRootUser } from './ecs-container-root-user.js';
import { ecsContainerSecretSource } from './ecs-container-secret-source.js';
import { ecsContainerWritableRootFs } from './ecs-container-writable-root-fs.js';

export const containerRules: Rule[] = [
  ecsContainerPrivileged,
  ecsContainerRootUser,
  ecsContainerWritableRootFs,
  ecsContainerPlaintextSecret,
  ecsContainerSecretSource,
  ecsContainerNoLogging,
  ecsContainerDangerousCapability,
  ecsContainerCapabilitiesNotDropped,
  ecsContainerHostMount,
  ecsContainerImageNotPinned,
  ecsContainerNoHealthcheck,
  ecsContainerNoMemoryLimit,
];
