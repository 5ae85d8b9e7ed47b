import { boolValue, firstLine } from '../resource-values.js';
import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember } from './checkable-containers.js';

export const ecsContainerNoHealthcheck: Rule = {
  id: 'ecs-container-no-healthcheck',
  severity: 'low',
  title: 'Essential container has no health check',
  description:
    'Without a container health check ECS only knows whether the process is running: a hung or broken essential container keeps its task "healthy", and a bad deployment is not rolled back.',
  fix: 'Add `healthCheck` with a `command` that checks the service (e.g. `["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]`), with interval, timeout, retries and startPeriod.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const essentialValue = presentMember(c.object, 'essential');
      const essential = boolValue(essentialValue);
      if (essential === 'unknown') {
        context.notEvaluated(`container ${c.name} essential: ${essentialValue!.kind === 'unknown' ? essentialValue!.reason : ''}`, essentialValue!.loc);
        continue;
      }
      // `essential` defaults to true (ECS API reference, ContainerDefinition.essential).
      if (essential === false) continue;
      const attributePath = `container_definitions[${c.name}].healthCheck.command`;
      const healthCheck = presentMember(c.object, 'healthCheck');
      if (healthCheck?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} healthCheck: ${healthCheck.reason}`, healthCheck.loc);
        continue;
      }
      if (healthCheck?.kind !== 'object') {
        context.report({ loc: healthCheck ? healthCheck.loc : containerLine(c), attributePath, message: `Essential container "${c.name}" has no healthCheck.` });
        continue;
      }
      const command = presentMember(healthCheck, 'command');
      if (command?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} healthCheck.command: ${command.reason}`, command.loc);
        continue;
      }
      const first = command?.kind === 'list' ? command.items[0] : undefined;
      if (first?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} healthCheck.command: ${first.reason}`, first.loc);
        continue;
      }
      if (command?.kind !== 'list' || command.items.length === 0) {
        context.report({ loc: command ? command.loc : firstLine(healthCheck.loc), attributePath, message: `Essential container "${c.name}" has a healthCheck without a command.` });
      } else if (first?.kind === 'string' && first.value.trim().toUpperCase() === 'NONE') {
        // Docker's ["NONE"] turns off the image's own HEALTHCHECK too.
        context.report({ loc: first.loc, attributePath, message: `Essential container "${c.name}" disables its health check with ["NONE"].` });
      }
    }
  },
};
