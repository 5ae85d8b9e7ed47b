// Shared by ecs-service-public-ip and ecs-taskset-public-ip: the same block, the same check.
import type { ResourceModel } from '../../terraform/model.js';
import { boolValue, checkableBlocks } from '../resource-values.js';
import type { RuleContext } from '../rule.js';

export function checkAssignPublicIp(resource: ResourceModel, context: RuleContext, whose: string): void {
  for (const nc of checkableBlocks(resource.body, ['network_configuration'], context)) {
    const attr = nc.attributes.get('assign_public_ip');
    const b = boolValue(attr?.value);
    if (b === 'unknown') context.notEvaluated(`assign_public_ip: ${attr!.value.kind === 'unknown' ? attr!.value.reason : ''}`, attr!.loc);
    else if (b === true) {
      context.report({
        loc: attr!.value.loc,
        attributePath: 'network_configuration.assign_public_ip',
        message: `Tasks of this ${whose} get a public IP address and are reachable from the internet.`,
        suggestion: { from: /\btrue\b/, to: 'false' },
      });
    }
  }
}
