import { boolValue } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsServiceExecEnabled: Rule = {
  id: 'ecs-service-exec-enabled',
  severity: 'medium',
  title: 'ECS Exec is enabled on the service',
  description:
    'ECS Exec gives anyone with `ecs:ExecuteCommand` an interactive shell in the running containers, with the task role\'s credentials and every secret in the environment.',
  fix: 'Set `enable_execute_command = false` (or remove it) and turn it on only for a time-bound debugging session.',
  references: [],
  resourceTypes: ['aws_ecs_service'],
  check(resource, context) {
    const attr = resource.body.attributes.get('enable_execute_command');
    const b = boolValue(attr?.value);
    if (b === 'unknown') context.notEvaluated(`enable_execute_command: ${attr!.value.kind === 'unknown' ? attr!.value.reason : ''}`, attr!.loc);
    else if (b === true) {
      context.report({
        loc: attr!.value.loc,
        attributePath: 'enable_execute_command',
        message: 'ECS Exec is enabled: anyone allowed ecs:ExecuteCommand can open a shell in this service\'s containers.',
        suggestion: { from: /\btrue\b/, to: 'false' },
      });
    }
  },
};
