import { checkAssignPublicIp } from './assign-public-ip.js';
import type { Rule } from '../rule.js';

export const ecsTasksetPublicIp: Rule = {
  id: 'ecs-taskset-public-ip',
  severity: 'high',
  title: 'Task set tasks get public IP addresses',
  description:
    'With `assign_public_ip = true` every task of the task set gets an internet-routable address, so anything listening in the container is reachable from the internet unless a security group stops it.',
  fix: 'Set `assign_public_ip = false` and run the tasks in private subnets behind a load balancer or NAT gateway.',
  references: ['AWS Security Hub ECS.16'],
  resourceTypes: ['aws_ecs_task_set'],
  check(resource, context) {
    checkAssignPublicIp(resource, context, 'task set');
  },
};
