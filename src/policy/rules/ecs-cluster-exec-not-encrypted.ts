import { at, attributePresence, checkableBlocks, firstLine } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsClusterExecNotEncrypted: Rule = {
  id: 'ecs-cluster-exec-not-encrypted',
  severity: 'low',
  title: 'ECS Exec sessions not encrypted with a customer key',
  description:
    'Without `kms_key_id` ECS Exec session data is protected only by the TLS of the SSM channel; a customer managed key adds encryption you control and a CloudTrail record of every session key use.',
  fix: 'Set `kms_key_id` in `execute_command_configuration` to a customer managed KMS key that the task role may use.',
  references: ['CKV_AWS_224'],
  resourceTypes: ['aws_ecs_cluster'],
  check(resource, context) {
    for (const exec of checkableBlocks(resource.body, ['configuration', 'execute_command_configuration'], context)) {
      const attr = exec.attributes.get('kms_key_id');
      const presence = attributePresence(attr);
      if (presence === 'unknown') {
        context.notEvaluated(`execute_command_configuration.kms_key_id: ${attr!.value.kind === 'unknown' ? attr!.value.reason : ''}`, at(attr!));
      } else if (presence === 'absent') {
        context.report({
          loc: attr ? at(attr.value) : firstLine(exec.loc),
          attributePath: 'configuration.execute_command_configuration.kms_key_id',
          message: 'The cluster\'s execute_command_configuration has no kms_key_id, so ECS Exec sessions are not encrypted with a key you control.',
        });
      }
    }
  },
};
