import { readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsTaskHostNetwork: Rule = {
  id: 'ecs-task-host-network',
  severity: 'high',
  title: 'Task uses the host network',
  description:
    'With `network_mode = "host"` containers share the instance\'s network stack: they can bind any host port, reach services on localhost and the instance metadata endpoint, and no task-level security group applies.',
  fix: 'Use `network_mode = "awsvpc"` so each task gets its own network interface and security groups.',
  references: ['AWS Security Hub ECS.17'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const mode = readAttribute(resource.body, 'network_mode');
    if (mode.kind === 'unknown') return context.notEvaluated(`network_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === 'known' && mode.text === 'host') {
      context.report({
        loc: mode.loc,
        attributePath: 'network_mode',
        message: 'The task uses the host network: its containers share the instance\'s network stack and can reach everything the instance can.',
        suggestion: { from: '"host"', to: '"awsvpc"' },
      });
    }
  },
};
