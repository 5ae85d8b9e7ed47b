import { boolValue, nestedBlocks, unknownNestedBlock } from '../resource-values.js';
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
    const unknownBlock = unknownNestedBlock(resource.body, 'network_configuration');
    if (unknownBlock) context.notEvaluated(`network_configuration: ${unknownBlock.reason}`, unknownBlock.loc);
    for (const nc of nestedBlocks(resource.body, 'network_configuration')) {
      const attr = nc.attributes.get('assign_public_ip');
      const b = boolValue(attr?.value);
      if (b === 'unknown') context.notEvaluated(`assign_public_ip: ${attr!.value.kind === 'unknown' ? attr!.value.reason : ''}`, attr!.loc);
      else if (b === true) {
        context.report({
          loc: attr!.value.loc,
          attributePath: 'network_configuration.assign_public_ip',
          message: 'Tasks of this task set get a public IP address and are reachable from the internet.',
          suggestion: { from: /\btrue\b/, to: 'false' },
        });
      }
    }
  },
};
