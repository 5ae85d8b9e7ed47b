import { firstLine } from '../resource-values.js';
import type { Rule } from '../rule.js';

/** `module.a["x"].module.b.aws_ecs_service.api` -> `aws_ecs_service`. */
function targetType(address: string): string | undefined {
  const withoutModules = address.replace(/^(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)+/, '');
  return /^[a-z0-9_]+/.exec(withoutModules)?.[0];
}

export const ecsImportNeedsReview: Rule = {
  id: 'ecs-import-needs-review',
  severity: 'medium',
  title: 'Imported ECS resource needs review',
  description:
    'An `import` block adopts whatever runs in ECS today, including insecure settings and earlier console edits; the imported state is provisional until it is compared with live ECS and an owner approves it.',
  fix: 'Run `ecs-drift-guard drift` after the import, fix or accept each difference, get an owner\'s approval, then remove the `import` block.',
  references: [],
  resourceTypes: [],
  checkImport(importBlock, context) {
    const type = targetType(importBlock.to);
    if (!type?.startsWith('aws_ecs_')) return;
    context.report({
      loc: firstLine(importBlock.loc),
      attributePath: 'import',
      message: `${importBlock.to} is imported from live ECS: its settings are adopted as they are and need an owner's review against live state.`,
    });
  },
};
