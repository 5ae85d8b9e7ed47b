import { boolValue, nestedBlocks, unknownNestedBlock } from '../resource-values.js';
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
          message: 'Tasks of this service get a public IP address and are reachable from the internet.',
          suggestion: { from: /\btrue\b/, to: 'false' },
        });
      }
    }
  },
};
