import { firstLine, nestedBlocks, readAttribute, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';

export const ecsTaskEfsNoTransitEncryption: Rule = {
  id: 'ecs-task-efs-no-transit-encryption',
  severity: 'high',
  title: 'EFS volume mounted without encryption in transit',
  description:
    'Without `transit_encryption = "ENABLED"` the NFS traffic between the task and the EFS file system is plaintext, readable and modifiable by anything on the network path.',
  fix: 'Set `transit_encryption = "ENABLED"` in the volume\'s `efs_volume_configuration` (and prefer an access point with `authorization_config { iam = "ENABLED" }`).',
  references: ['AWS Security Hub ECS.18', 'CKV_AWS_97', 'Trivy AWS-0035', 'KICS 4d46ff3b'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const unknownVolumes = unknownNestedBlock(resource.body, 'volume');
    if (unknownVolumes) context.notEvaluated(`volume: ${unknownVolumes.reason}`, unknownVolumes.loc);
    nestedBlocks(resource.body, 'volume').forEach((volume, index) => {
      const name = readAttribute(volume, 'name');
      const label = name.kind === 'known' && name.text ? name.text : `#${index}`;
      const unknownEfs = unknownNestedBlock(volume, 'efs_volume_configuration');
      if (unknownEfs) context.notEvaluated(`volume ${label} efs_volume_configuration: ${unknownEfs.reason}`, unknownEfs.loc);
      for (const efs of nestedBlocks(volume, 'efs_volume_configuration')) {
        const te = readAttribute(efs, 'transit_encryption');
        if (te.kind === 'unknown') {
          context.notEvaluated(`volume ${label} transit_encryption: ${te.reason}`, te.loc);
        } else if (te.kind === 'absent') {
          context.report({
            loc: te.loc ?? firstLine(efs.loc),
            attributePath: `volume[${label}].efs_volume_configuration.transit_encryption`,
            message: `EFS volume "${label}" sets no transit_encryption, so it is mounted without TLS (the default is DISABLED).`,
          });
        } else if (te.text !== 'ENABLED') {
          context.report({
            loc: te.loc,
            attributePath: `volume[${label}].efs_volume_configuration.transit_encryption`,
            message: `EFS volume "${label}" has transit_encryption "${te.text ?? '?'}": its NFS traffic is not encrypted.`,
            suggestion: te.text ? { from: `"${te.text}"`, to: '"ENABLED"' } : undefined,
          });
        }
      }
    });
  },
};
