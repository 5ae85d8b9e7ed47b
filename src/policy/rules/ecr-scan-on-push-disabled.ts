import { boolValue, firstLine, nestedBlocks, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecrScanOnPushDisabled: Rule = {
  id: 'ecr-scan-on-push-disabled',
  severity: 'low',
  title: 'ECR repository does not scan images on push',
  description:
    'Without scan on push, images with known vulnerable packages are stored and deployed without anyone being told.',
  fix: 'Add `image_scanning_configuration { scan_on_push = true }` (or enable enhanced scanning for the registry).',
  references: ['CKV_AWS_163', 'Trivy AWS-0030'],
  resourceTypes: ['aws_ecr_repository'],
  check(resource, context) {
    const dynamic = unknownNestedBlock(resource.body, 'image_scanning_configuration');
    if (dynamic) return context.notEvaluated(`image_scanning_configuration: ${dynamic.reason}`, dynamic.loc);
    const blocks = nestedBlocks(resource.body, 'image_scanning_configuration');
    if (blocks.length === 0) {
      context.report({
        loc: firstLine(resource.loc),
        attributePath: 'image_scanning_configuration.scan_on_push',
        message: 'The repository has no image_scanning_configuration, so pushed images are not scanned for vulnerabilities.',
      });
      return;
    }
    for (const block of blocks) {
      const attr = block.attributes.get('scan_on_push');
      const b = boolValue(attr?.value);
      if (b === 'unknown') context.notEvaluated(`scan_on_push: ${attr!.value.kind === 'unknown' ? attr!.value.reason : ''}`, attr!.loc);
      else if (b !== true) {
        context.report({
          loc: attr ? attr.value.loc : firstLine(block.loc),
          attributePath: 'image_scanning_configuration.scan_on_push',
          message: 'scan_on_push is not true, so pushed images are not scanned for vulnerabilities.',
          suggestion: b === false ? { from: /\bfalse\b/, to: 'true' } : undefined,
        });
      }
    }
  },
};
