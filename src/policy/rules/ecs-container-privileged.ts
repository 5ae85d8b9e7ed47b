import { boolValue, containerDefinitions, member } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsContainerPrivileged: Rule = {
  id: 'ecs-container-privileged',
  severity: 'high',
  title: 'Container runs privileged',
  description:
    'A privileged container gets root on the host: every device, every capability, no seccomp or AppArmor confinement. A compromise of the container is a compromise of the instance.',
  fix: 'Remove `privileged` (or set it to `false`); add only the specific Linux capabilities the workload needs under `linuxParameters.capabilities.add`.',
  references: ['AWS Security Hub ECS.4', 'CKV_AWS_334 (reads a misspelt key, so misses this)'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const defs = containerDefinitions(resource);
    if (defs.kind === 'unknown') return context.notEvaluated(`container_definitions: ${defs.reason}`, defs.loc);
    if (defs.kind !== 'known') return;
    for (const c of defs.containers) {
      const v = member(c.object, 'privileged');
      const b = boolValue(v);
      if (b === 'unknown') context.notEvaluated(`container ${c.name} privileged: ${v!.kind === 'unknown' ? v!.reason : ''}`, v!.loc);
      else if (b === true) {
        context.report({
          loc: v!.loc,
          attributePath: `container_definitions[${c.name}].privileged`,
          message: `Container "${c.name}" runs privileged: it has full access to the host's devices and kernel.`,
        });
      }
    }
  },
};
