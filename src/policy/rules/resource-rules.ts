// Rules on task definitions, services, task sets, clusters, capacity providers, ECR and governance.
import type { Rule } from '../rule.js';
import { ecsServicePublicIp } from './ecs-service-public-ip.js';

export const resourceRules: Rule[] = [
  ecsServicePublicIp,
];
