import { firstLine, isWindows } from '../resource-values.js';
import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember, unknownOperatingSystem } from './checkable-containers.js';

export const ecsContainerCapabilitiesNotDropped: Rule = {
  id: 'ecs-container-capabilities-not-dropped',
  severity: 'low',
  title: 'Container does not drop all Linux capabilities',
  description:
    'Docker gives every container a default set of capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW …) whether it needs them or not; each one is extra power for an attacker who gets code execution in the container.',
  fix: 'Set `linuxParameters.capabilities.drop = ["ALL"]` and list in `add` only the capabilities the process needs (often none, or NET_BIND_SERVICE).',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    // linuxParameters.capabilities is not valid for Windows containers.
    if (isWindows(resource)) return;
    const os = unknownOperatingSystem(resource);
    if (os) return context.notEvaluated(`runtime_platform.operating_system_family (Linux or Windows): ${os.reason}`, os.loc);
    for (const c of checkableContainers(resource, context)) {
      const attributePath = `container_definitions[${c.name}].linuxParameters.capabilities.drop`;
      const missing = (loc: Parameters<typeof firstLine>[0], what: string) =>
        context.report({ loc: firstLine(loc), attributePath, message: `Container "${c.name}" ${what}.` });
      const linuxParameters = presentMember(c.object, 'linuxParameters');
      if (linuxParameters?.kind === 'unknown') { context.notEvaluated(`container ${c.name} linuxParameters: ${linuxParameters.reason}`, linuxParameters.loc); continue; }
      if (linuxParameters?.kind !== 'object') { missing(linuxParameters?.loc ?? containerLine(c), "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities"); continue; }
      const capabilities = presentMember(linuxParameters, 'capabilities');
      if (capabilities?.kind === 'unknown') { context.notEvaluated(`container ${c.name} linuxParameters.capabilities: ${capabilities.reason}`, capabilities.loc); continue; }
      if (capabilities?.kind !== 'object') { missing(capabilities?.loc ?? linuxParameters.loc, "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities"); continue; }
      const drop = presentMember(capabilities, 'drop');
      if (drop?.kind === 'unknown') { context.notEvaluated(`container ${c.name} linuxParameters.capabilities.drop: ${drop.reason}`, drop.loc); continue; }
      if (drop?.kind !== 'list') { missing(drop?.loc ?? capabilities.loc, "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities"); continue; }
      const dropsAll = drop.items.some((i) => i.kind === 'string' && i.value.trim().toUpperCase() === 'ALL');
      if (dropsAll) continue;
      const unknownItem = drop.items.find((i) => i.kind === 'unknown');
      if (unknownItem?.kind === 'unknown') { context.notEvaluated(`container ${c.name} linuxParameters.capabilities.drop: ${unknownItem.reason}`, unknownItem.loc); continue; }
      missing(drop.loc, drop.items.length === 0 ? "has an empty linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities" : 'does not drop ALL, so it keeps the default capabilities its drop list does not name');
    }
  },
};
