import { firstLine, isFargateOnly, readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

const NOT_AWSVPC = new Set(['bridge', 'none']);

export const ecsTaskNotAwsvpc: Rule = {
  id: 'ecs-task-not-awsvpc',
  severity: 'low',
  title: 'Task does not use awsvpc networking',
  description:
    'Outside `awsvpc` mode tasks share the instance\'s network interface, so security groups and VPC flow logs cannot tell one task from another.',
  fix: 'Set `network_mode = "awsvpc"` and give the service a `network_configuration` with its own security groups.',
  references: ['KICS 9f4a9409'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    // Fargate only accepts awsvpc, so there the setting cannot be wrong.
    if (isFargateOnly(resource)) return;
    const compatibilities = readAttribute(resource.body, 'requires_compatibilities');
    if (compatibilities.kind === 'unknown') return context.notEvaluated(`requires_compatibilities: ${compatibilities.reason}`, compatibilities.loc);
    const mode = readAttribute(resource.body, 'network_mode');
    if (mode.kind === 'unknown') return context.notEvaluated(`network_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === 'absent') {
      context.report({
        loc: mode.loc ?? firstLine(resource.loc),
        attributePath: 'network_mode',
        message: 'The task sets no network_mode, so on EC2 it runs in bridge mode and shares the instance\'s network interface.',
      });
    } else if (mode.text !== undefined && NOT_AWSVPC.has(mode.text)) {
      context.report({
        loc: mode.loc,
        attributePath: 'network_mode',
        message: `The task uses network_mode "${mode.text}" instead of "awsvpc", so it gets no network interface or security group of its own.`,
        suggestion: { from: `"${mode.text}"`, to: '"awsvpc"' },
      });
    }
  },
};
