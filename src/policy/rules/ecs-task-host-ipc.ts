import { readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsTaskHostIpc: Rule = {
  id: 'ecs-task-host-ipc',
  severity: 'high',
  title: 'Task shares the host IPC namespace',
  description:
    'With `ipc_mode = "host"` containers share System V IPC objects and POSIX shared memory with the instance and every other host-IPC task, so they can read or corrupt each other\'s shared memory.',
  fix: 'Remove `ipc_mode` (or use `"none"`), or `ipc_mode = "task"` when containers of the same task must share memory.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const mode = readAttribute(resource.body, 'ipc_mode');
    if (mode.kind === 'unknown') return context.notEvaluated(`ipc_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === 'known' && mode.text === 'host') {
      context.report({
        loc: mode.loc,
        attributePath: 'ipc_mode',
        message: 'The task shares the host\'s IPC namespace: its containers can reach the shared memory of the instance and other tasks.',
        suggestion: { from: '"host"', to: '"task"' },
      });
    }
  },
};
