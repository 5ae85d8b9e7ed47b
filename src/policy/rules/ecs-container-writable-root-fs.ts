import { boolValue, isWindows } from '../resource-values.js';
import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember } from './checkable-containers.js';

export const ecsContainerWritableRootFs: Rule = {
  id: 'ecs-container-writable-root-fs',
  severity: 'medium',
  title: 'Container root filesystem is writable',
  description:
    'A writable root filesystem lets an attacker who gets code execution in the container modify binaries and configuration and persist tools, and lets the application write files nobody planned for.',
  fix: 'Set `"readonlyRootFilesystem": true` and give the paths the process must write (e.g. `/tmp`) their own volume.',
  references: ['AWS Security Hub ECS.5', 'CKV_AWS_336'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    // ECS rejects readonlyRootFilesystem for Windows containers, so the finding could not be fixed there.
    if (isWindows(resource)) return;
    for (const c of checkableContainers(resource, context)) {
      const v = presentMember(c.object, 'readonlyRootFilesystem');
      const b = boolValue(v);
      if (b === 'unknown') context.notEvaluated(`container ${c.name} readonlyRootFilesystem: ${v!.kind === 'unknown' ? v!.reason : ''}`, v!.loc);
      else if (b !== true) {
        context.report({
          loc: v ? v.loc : containerLine(c),
          attributePath: `container_definitions[${c.name}].readonlyRootFilesystem`,
          message: !v
            ? `Container "${c.name}" does not set readonlyRootFilesystem, so its root filesystem is writable.`
            : b === false
              ? `Container "${c.name}" sets readonlyRootFilesystem to false: its root filesystem is writable.`
              : `Container "${c.name}" sets readonlyRootFilesystem to something other than true, so its root filesystem is writable.`,
          ...(b === false ? { suggestion: { from: /\bfalse\b/, to: 'true' } } : {}),
        });
      }
    }
  },
};
