import { firstLine } from '../resource-values.js';
import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember } from './checkable-containers.js';

export const ecsContainerNoLogging: Rule = {
  id: 'ecs-container-no-logging',
  severity: 'medium',
  title: 'Container has no log configuration',
  description:
    'Without `logConfiguration.logDriver` the container\'s output stays on the instance (or is lost on Fargate): there is nothing to investigate an incident with, and nothing to alert on.',
  fix: 'Add `logConfiguration` with a log driver, e.g. `awslogs` with `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix` options, or `awsfirelens`.',
  references: ['AWS Security Hub ECS.9'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const attributePath = `container_definitions[${c.name}].logConfiguration.logDriver`;
      const config = presentMember(c.object, 'logConfiguration');
      if (config?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} logConfiguration: ${config.reason}`, config.loc);
        continue;
      }
      if (!config || config.kind !== 'object') {
        context.report({ loc: config ? config.loc : containerLine(c), attributePath, message: `Container "${c.name}" has no logConfiguration, so its logs are not collected.` });
        continue;
      }
      const driver = presentMember(config, 'logDriver');
      if (driver?.kind === 'unknown') context.notEvaluated(`container ${c.name} logConfiguration.logDriver: ${driver.reason}`, driver.loc);
      else if (!driver || driver.kind !== 'string' || driver.value.trim() === '') {
        context.report({ loc: driver ? driver.loc : firstLine(config.loc), attributePath, message: `Container "${c.name}" has a logConfiguration without a logDriver, so its logs are not collected.` });
      } else if (driver.value.trim().toLowerCase() === 'none') {
        // Docker's `none` driver discards output; ECS does not document it, but the agent passes it through.
        context.report({ loc: driver.loc, attributePath, message: `Container "${c.name}" uses the "none" log driver, which discards its logs.` });
      }
    }
  },
};
