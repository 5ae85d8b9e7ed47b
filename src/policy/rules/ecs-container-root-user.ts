import { isWindows, stringValue } from '../resource-values.js';
import type { Rule } from '../rule.js';
import { checkableContainers, containerLine, presentMember, unknownOperatingSystem } from './checkable-containers.js';

/** `root`, `0`, and either with any group (`0:0`, `root:staff`); ECS passes `user` to Docker as `--user`. */
function isRootUser(user: string): boolean {
  const name = user.trim().split(':')[0];
  return name === 'root' || /^0+$/.test(name);
}

export const ecsContainerRootUser: Rule = {
  id: 'ecs-container-root-user',
  severity: 'medium',
  title: 'Container runs as root',
  description:
    'A container without a non-root `user` runs as the image default, which is root for most images; a process escaping the container, or writing to a mounted host path, does so as root. With host networking it also shares the host\'s network stack as root.',
  fix: 'Set `user` to a non-root UID (and GID), e.g. `"user": "1000:1000"`, that exists in the image and owns what the process needs to write.',
  references: ['AWS Security Hub ECS.20'],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    if (isWindows(resource)) return;
    const os = unknownOperatingSystem(resource);
    if (os) return context.notEvaluated(`runtime_platform.operating_system_family (Linux or Windows): ${os.reason}`, os.loc);
    const containers = checkableContainers(resource, context);
    if (containers.length === 0) return;
    const networkMode = resource.body.attributes.get('network_mode')?.value;
    const hostNetwork = networkMode?.kind === 'string' && networkMode.value === 'host';
    const severity = hostNetwork ? 'high' : 'medium';
    const withHost = hostNetwork ? ' and shares the host network (`network_mode = "host"`)' : '';
    for (const c of containers) {
      const user = presentMember(c.object, 'user');
      if (user?.kind === 'unknown') {
        context.notEvaluated(`container ${c.name} user: ${user.reason}`, user.loc);
        continue;
      }
      const text = stringValue(user);
      if (!user || text === undefined || text.trim() === '') {
        context.report({
          loc: user ? user.loc : containerLine(c),
          attributePath: `container_definitions[${c.name}].user`,
          message: `Container "${c.name}" sets no user, so it runs as the image's default user (root for most images)${withHost}.`,
          severity,
        });
      } else if (isRootUser(text)) {
        context.report({
          loc: user.loc,
          attributePath: `container_definitions[${c.name}].user`,
          message: `Container "${c.name}" runs as root (user "${text}")${withHost}.`,
          severity,
        });
      }
    }
  },
};
