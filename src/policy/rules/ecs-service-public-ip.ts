import { checkAssignPublicIp } from './assign-public-ip.js';
import type { Rule } from '../rule.js';

export const ecsServicePublicIp: Rule = {
  id: 'ecs-service-public-ip',
  severity: 'high',
  title: 'Service tasks get public IP addresses',
  description:
    'With `assign_public_ip = true` every task gets an internet-routable address, so anything listening in the container is reachable from the internet unless a security group stops it.',
  fix: 'Set `assign_public_ip = false` and run the tasks in private subnets behind a load balancer or NAT gateway.',
  references: ['AWS Security Hub ECS.2', 'CKV_AWS_333', 'KICS bafe7989'],
  resourceTypes: ['aws_ecs_service'],
  check(resource, context) {
    checkAssignPublicIp(resource, context, 'service');
  },
};
