import { at, attributePresence, firstLine, isEc2Compatible } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsTaskNoTaskRole: Rule = {
  id: 'ecs-task-no-task-role',
  severity: 'low',
  title: 'Task definition has no task role',
  description:
    'Without `task_role_arn` the application has no identity of its own: on EC2 the AWS SDKs fall back to the instance role, shared by every task on the instance.',
  fix: 'Set `task_role_arn` to a role that grants only what this application needs (an empty role if it needs nothing).',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const attr = resource.body.attributes.get('task_role_arn');
    const presence = attributePresence(attr);
    if (presence === 'present') return;
    if (presence === 'unknown') return context.notEvaluated(`task_role_arn: ${attr!.value.kind === 'unknown' ? attr!.value.reason : 'not known statically'}`, at(attr!));
    const ec2 = isEc2Compatible(resource);
    context.report({
      loc: attr ? at(attr.value) : firstLine(resource.loc),
      attributePath: 'task_role_arn',
      severity: ec2 ? 'medium' : 'low',
      message: ec2
        ? 'The task definition has no task role and can run on EC2, where its containers fall back to the instance role.'
        : 'The task definition has no task role, so the application has no IAM identity of its own.',
    });
  },
};
