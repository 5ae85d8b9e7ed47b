import { checkableBlocks, readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsClusterExecLoggingDisabled: Rule = {
  id: 'ecs-cluster-exec-logging-disabled',
  severity: 'medium',
  title: 'ECS Exec sessions are not logged',
  description:
    'With `logging = "NONE"` nothing records the commands run through ECS Exec, so an interactive session in a production container leaves no audit trail.',
  fix: 'Set `logging = "DEFAULT"` (the task\'s awslogs configuration) or `"OVERRIDE"` with a `log_configuration` that sends sessions to CloudWatch Logs or S3.',
  references: ['CKV_AWS_223'],
  resourceTypes: ['aws_ecs_cluster'],
  check(resource, context) {
    for (const exec of checkableBlocks(resource.body, ['configuration', 'execute_command_configuration'], context)) {
      const logging = readAttribute(exec, 'logging');
      if (logging.kind === 'unknown') context.notEvaluated(`execute_command_configuration.logging: ${logging.reason}`, logging.loc);
      else if (logging.kind === 'known' && logging.text === 'NONE') {
        context.report({
          loc: logging.loc,
          attributePath: 'configuration.execute_command_configuration.logging',
          message: 'ECS Exec logging is "NONE" on this cluster: commands run in containers are not recorded anywhere.',
          suggestion: { from: '"NONE"', to: '"DEFAULT"' },
        });
      }
    }
  },
};
