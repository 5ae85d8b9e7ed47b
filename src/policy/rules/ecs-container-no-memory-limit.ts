import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember } from './checkable-containers.js';

export const ecsContainerNoMemoryLimit: Rule = {
  id: 'ecs-container-no-memory-limit',
  severity: 'low',
  title: 'Container has no memory limit',
  description:
    'With neither a container `memory`/`memoryReservation` nor a task-level `memory`, a leaking or attacked container can take the instance\'s memory from every other task on it.',
  fix: 'Set the task `memory`, or `memory` (hard limit) or `memoryReservation` (soft limit) on the container.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const taskMemory = resource.body.attributes.get('memory');
    if (taskMemory?.value.kind === 'unknown') return context.notEvaluated(`memory: ${taskMemory.value.reason}`, taskMemory.loc);
    // A task-level limit covers every container.
    if (taskMemory && taskMemory.value.kind !== 'null') return;
    for (const c of checkableContainers(resource, context)) {
      const limits = [presentMember(c.object, 'memory'), presentMember(c.object, 'memoryReservation')];
      if (limits.some((v) => v && v.kind !== 'unknown')) continue;
      const unknown = limits.find((v) => v?.kind === 'unknown');
      if (unknown?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} memory: ${unknown.reason}`, unknown.loc);
        continue;
      }
      context.report({
        loc: containerLine(c),
        attributePath: `container_definitions[${c.name}].memory`,
        message: `Container "${c.name}" has no memory or memoryReservation and the task sets no memory, so nothing limits its memory use.`,
      });
    }
  },
};
