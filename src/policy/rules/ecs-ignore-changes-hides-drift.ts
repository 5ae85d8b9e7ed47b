import type { Value } from '../../terraform/values.js';
import { at, nestedBlocks } from '../resource-values.js';
import type { Rule } from '../rule.js';

const SECURITY_RELEVANT = new Set([
  'container_definitions', 'task_role_arn', 'execution_role_arn', 'network_configuration', 'enable_execute_command',
  'network_mode', 'pid_mode', 'ipc_mode', 'volume',
]);

const ECS_RESOURCE_TYPES = [
  'aws_ecs_task_definition', 'aws_ecs_service', 'aws_ecs_task_set', 'aws_ecs_cluster', 'aws_ecs_capacity_provider',
  'aws_ecs_cluster_capacity_providers', 'aws_ecs_account_setting_default', 'aws_ecs_tag',
];

/**
 * The names listed in `ignore_changes`, each with where it is written. Items are bare attribute
 * names, which evaluate to unknown values (they look like references); their text comes from the
 * attribute's references, which follow the items' order. Legacy quoted names are strings.
 */
function ignoredNames(value: Value, references: readonly string[]): { path: string; value: Value }[] {
  const refs = [...references];
  const items = value.kind === 'list' ? value.items : [value];
  const out: { path: string; value: Value }[] = [];
  for (const item of items) {
    if (item.kind === 'string') out.push({ path: item.value, value: item });
    else if (item.kind === 'unknown') {
      const ref = refs.shift();
      if (ref) out.push({ path: ref, value: item });
    }
  }
  return out;
}

export const ecsIgnoreChangesHidesDrift: Rule = {
  id: 'ecs-ignore-changes-hides-drift',
  severity: 'medium',
  title: 'ignore_changes hides security-relevant drift',
  description:
    'Attributes listed in `lifecycle.ignore_changes` are never compared with live ECS, so a console edit to the container definitions, roles, network or ECS Exec settings stays invisible to Terraform and to reviews.',
  fix: 'Remove the attribute from `ignore_changes` and manage it in code; if a pipeline must change it, let the pipeline change the Terraform instead.',
  references: [],
  resourceTypes: ECS_RESOURCE_TYPES,
  check(resource, context) {
    for (const lifecycle of nestedBlocks(resource.body, 'lifecycle')) {
      const attr = lifecycle.attributes.get('ignore_changes');
      if (!attr) continue;
      for (const { path, value } of ignoredNames(attr.value, attr.references)) {
        const root = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path)?.[0] ?? path;
        if (root === 'all') {
          context.report({
            loc: value.kind === 'unknown' ? at(attr) : at(value),
            attributePath: 'lifecycle.ignore_changes[all]',
            message: 'ignore_changes = all: Terraform ignores every change to this resource, so no drift on it is ever seen.',
          });
        } else if (SECURITY_RELEVANT.has(root)) {
          context.report({
            loc: at(value),
            attributePath: `lifecycle.ignore_changes[${root}]`,
            message: `ignore_changes lists ${path}: changes made to it outside Terraform are never shown as drift.`,
          });
        }
      }
    }
  },
};
