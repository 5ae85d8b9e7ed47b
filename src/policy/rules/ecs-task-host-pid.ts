import { readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsTaskHostPid: Rule = {
  id: 'ecs-task-host-pid',
  severity: 'high',
  title: 'Task shares the host process namespace',
  description:
    'With `pid_mode = "host"` containers see every process on the instance and, with enough privileges, can signal or trace them, including the ECS agent and other tasks.',
  fix: 'Remove `pid_mode`, or use `pid_mode = "task"` when containers of the task need to see each other\'s processes.',
  references: ['AWS Security Hub ECS.3', 'CKV_AWS_335 (looks in the wrong place, so misses this)'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const mode = readAttribute(resource.body, 'pid_mode');
    if (mode.kind === 'unknown') return context.notEvaluated(`pid_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === 'known' && mode.text === 'host') {
      context.report({
        loc: mode.loc,
        attributePath: 'pid_mode',
        message: 'The task shares the host\'s process namespace: its containers can see every process on the instance.',
        suggestion: { from: '"host"', to: '"task"' },
      });
    }
  },
};
