import type { SourceLocation } from '../../terraform/values.js';
import { firstLine, nestedBlocks, readAttribute, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';

const PASSING = new Set(['enabled', 'enhanced']);

export const ecsClusterNoContainerInsights: Rule = {
  id: 'ecs-cluster-no-container-insights',
  severity: 'low',
  title: 'Cluster without Container Insights',
  description:
    'Without Container Insights there are no per-task CPU, memory, network and restart metrics, so a compromised or crash-looping task goes unnoticed and incidents lack evidence.',
  fix: 'Add `setting { name = "containerInsights" value = "enabled" }` (or `"enhanced"`) to the cluster.',
  references: ['AWS Security Hub ECS.12', 'CKV_AWS_65', 'Trivy AWS-0034', 'KICS 97cb0688'],
  resourceTypes: ['aws_ecs_cluster'],
  check(resource, context) {
    let unknownWhy: { why: string; loc: SourceLocation } | undefined;
    const dynamic = unknownNestedBlock(resource.body, 'setting');
    if (dynamic) unknownWhy = { why: `setting: ${dynamic.reason}`, loc: dynamic.loc };
    const disabled: { text: string; loc: SourceLocation }[] = [];
    for (const setting of nestedBlocks(resource.body, 'setting')) {
      const name = readAttribute(setting, 'name');
      if (name.kind === 'unknown') { unknownWhy ??= { why: `setting name: ${name.reason}`, loc: name.loc }; continue; }
      if (name.kind !== 'known' || name.text !== 'containerInsights') continue;
      const value = readAttribute(setting, 'value');
      if (value.kind === 'unknown') { unknownWhy ??= { why: `containerInsights value: ${value.reason}`, loc: value.loc }; continue; }
      if (value.kind === 'known' && value.text !== undefined && PASSING.has(value.text)) return;
      disabled.push({ text: value.kind === 'known' ? value.text ?? '?' : 'null', loc: value.loc ?? firstLine(setting.loc) });
    }
    if (unknownWhy) return context.notEvaluated(unknownWhy.why, unknownWhy.loc);
    for (const d of disabled) {
      context.report({
        loc: d.loc,
        attributePath: 'setting[containerInsights].value',
        message: `Container Insights is set to "${d.text}" on this cluster, so task metrics and restarts are not recorded.`,
        suggestion: d.text === 'disabled' ? { from: '"disabled"', to: '"enabled"' } : undefined,
      });
    }
    if (disabled.length === 0) {
      context.report({
        loc: firstLine(resource.loc),
        attributePath: 'setting[containerInsights]',
        message: 'The cluster has no containerInsights setting, so Container Insights is off (unless an account default turns it on).',
      });
    }
  },
};
