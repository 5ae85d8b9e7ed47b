// Rules on task definition container_definitions (RULES.md, "Container").
import type { Rule } from '../rule.js';
import { ecsContainerPrivileged } from './ecs-container-privileged.js';

export const containerRules: Rule[] = [
  ecsContainerPrivileged,
];
