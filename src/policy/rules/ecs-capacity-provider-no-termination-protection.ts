import { firstLine, nestedBlocks, readAttribute, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsCapacityProviderNoTerminationProtection: Rule = {
  id: 'ecs-capacity-provider-no-termination-protection',
  severity: 'low',
  title: 'Capacity provider without managed termination protection',
  description:
    'Without managed termination protection, scale-in can terminate EC2 instances that still run tasks, killing workloads mid-request instead of draining them first.',
  fix: 'Set `managed_termination_protection = "ENABLED"` (it needs managed scaling and `protect_from_scale_in` on the Auto Scaling group).',
  references: ['AWS Security Hub ECS.19'],
  resourceTypes: ['aws_ecs_capacity_provider'],
  check(resource, context) {
    const dynamic = unknownNestedBlock(resource.body, 'auto_scaling_group_provider');
    if (dynamic) context.notEvaluated(`auto_scaling_group_provider: ${dynamic.reason}`, dynamic.loc);
    // Only Auto Scaling group providers have the setting; other provider kinds never fire.
    for (const asg of nestedBlocks(resource.body, 'auto_scaling_group_provider')) {
      const mtp = readAttribute(asg, 'managed_termination_protection');
      if (mtp.kind === 'unknown') context.notEvaluated(`managed_termination_protection: ${mtp.reason}`, mtp.loc);
      else if (mtp.kind === 'absent') {
        context.report({
          loc: mtp.loc ?? firstLine(asg.loc),
          attributePath: 'auto_scaling_group_provider.managed_termination_protection',
          message: 'The capacity provider sets no managed_termination_protection (default DISABLED), so scale-in can terminate instances that still run tasks.',
        });
      } else if (mtp.text !== 'ENABLED') {
        context.report({
          loc: mtp.loc,
          attributePath: 'auto_scaling_group_provider.managed_termination_protection',
          message: `managed_termination_protection is "${mtp.text ?? '?'}", so scale-in can terminate instances that still run tasks.`,
          suggestion: mtp.text ? { from: `"${mtp.text}"`, to: '"ENABLED"' } : undefined,
        });
      }
    }
  },
};
