import { sameValue } from '../../terraform/evaluate.js';
import type { EvaluatedAttribute } from '../../terraform/model.js';
import { at } from '../resource-values.js';
import type { Rule } from '../rule.js';

/** `aws_iam_role.a.arn`: a direct reference to one resource's attribute. */
const RESOURCE_REFERENCE = /^(data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.[a-z_]+$/;

function isSingleResourceReference(attr: EvaluatedAttribute): boolean {
  return attr.references.length === 1 && attr.expression === attr.references[0] && RESOURCE_REFERENCE.test(attr.expression);
}

function resourceOf(reference: string): string {
  return reference.slice(0, reference.lastIndexOf('.'));
}

export const ecsTaskExecutionRoleIsTaskRole: Rule = {
  id: 'ecs-task-execution-role-is-task-role',
  severity: 'medium',
  title: 'Execution role is also the task role',
  description:
    'The execution role is for the ECS agent (pull images, read secrets, write logs); using it as the task role hands the application every secret and registry the task may read.',
  fix: 'Create a separate task role with only the permissions the application needs, and keep the execution role for the agent.',
  references: ['CKV_AWS_249'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const task = resource.body.attributes.get('task_role_arn');
    const execution = resource.body.attributes.get('execution_role_arn');
    if (!task || !execution) return;
    const tv = task.value;
    const ev = execution.value;
    if (tv.kind === 'null' || ev.kind === 'null') return;
    const sameExpression = task.expression === execution.expression;
    const sameKnownValue = tv.kind !== 'unknown' && ev.kind !== 'unknown' && sameValue(tv, ev);
    if (sameExpression || sameKnownValue) {
      context.report({
        loc: tv.kind === 'unknown' ? at(task) : at(tv),
        attributePath: 'task_role_arn',
        message: 'task_role_arn is the same role as execution_role_arn, so the application gets the permissions meant for the ECS agent.',
      });
      return;
    }
    if (tv.kind !== 'unknown' && ev.kind !== 'unknown') return;
    // Two references to different resources (the usual aws_iam_role.task / aws_iam_role.execution) are different roles.
    if (isSingleResourceReference(task) && isSingleResourceReference(execution) && resourceOf(task.expression) !== resourceOf(execution.expression)) return;
    const unknownValue = tv.kind === 'unknown' ? tv : ev.kind === 'unknown' ? ev : undefined;
    context.notEvaluated(`task_role_arn / execution_role_arn: ${unknownValue?.reason ?? 'not known statically'}`, at(task));
  },
};
