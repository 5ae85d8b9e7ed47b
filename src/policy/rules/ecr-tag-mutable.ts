import { firstLine, readAttribute } from '../resource-values.js';
import type { Rule } from '../rule.js';

const IMMUTABLE = new Set(['IMMUTABLE', 'IMMUTABLE_WITH_EXCLUSION']);

export const ecrTagMutable: Rule = {
  id: 'ecr-tag-mutable',
  severity: 'medium',
  title: 'ECR repository allows tags to be overwritten',
  description:
    'With mutable tags anyone who can push can replace the image behind `app:1.4.2`, so a task definition that looks unchanged starts running different code.',
  fix: 'Set `image_tag_mutability = "IMMUTABLE"` (or `"IMMUTABLE_WITH_EXCLUSION"` for a few moving tags) and deploy by digest.',
  references: ['CKV_AWS_51', 'Trivy AWS-0031'],
  resourceTypes: ['aws_ecr_repository'],
  check(resource, context) {
    const m = readAttribute(resource.body, 'image_tag_mutability');
    if (m.kind === 'unknown') return context.notEvaluated(`image_tag_mutability: ${m.reason}`, m.loc);
    if (m.kind === 'absent') {
      context.report({
        loc: m.loc ?? firstLine(resource.loc),
        attributePath: 'image_tag_mutability',
        message: 'The repository sets no image_tag_mutability, so tags are MUTABLE and can be overwritten by any push.',
      });
    } else if (m.text === undefined || !IMMUTABLE.has(m.text)) {
      context.report({
        loc: m.loc,
        attributePath: 'image_tag_mutability',
        message: `image_tag_mutability is "${m.text ?? '?'}": pushed tags can be overwritten with a different image.`,
        suggestion: m.text === 'MUTABLE' ? { from: '"MUTABLE"', to: '"IMMUTABLE"' } : m.text === 'MUTABLE_WITH_EXCLUSION' ? { from: '"MUTABLE_WITH_EXCLUSION"', to: '"IMMUTABLE_WITH_EXCLUSION"' } : undefined,
      });
    }
  },
};
