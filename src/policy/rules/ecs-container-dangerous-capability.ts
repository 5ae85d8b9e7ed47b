import type { Rule } from '../rule.js';
import type { Severity } from '../../report/model.js';
import { checkableContainers, presentMember } from './checkable-containers.js';

// Docker's default capability set (moby oci/caps/defaults.go): adding these changes nothing.
const DOCKER_DEFAULT = new Set([
  'CHOWN', 'DAC_OVERRIDE', 'FOWNER', 'FSETID', 'KILL', 'SETGID', 'SETUID', 'SETPCAP', 'NET_BIND_SERVICE',
  'SYS_CHROOT', 'MKNOD', 'AUDIT_WRITE', 'SETFCAP',
]);
// Each of these is, alone, a known way out of the container onto the host (module loading, mount and
// namespace control, ptrace of host processes, eBPF programs).
const HOST_ESCAPE = new Set(['ALL', 'SYS_ADMIN', 'SYS_MODULE', 'SYS_PTRACE', 'BPF']);

/** `cap_sys_admin` -> `SYS_ADMIN`: Docker accepts any case and an optional `CAP_` prefix. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

export function capabilitySeverity(capability: string): Severity | undefined {
  if (DOCKER_DEFAULT.has(capability)) return undefined;
  return HOST_ESCAPE.has(capability) ? 'high' : 'medium';
}

export const ecsContainerDangerousCapability: Rule = {
  id: 'ecs-container-dangerous-capability',
  severity: 'high',
  title: 'Container adds a dangerous Linux capability',
  description:
    'Capabilities beyond Docker\'s default set give the container kernel powers: SYS_ADMIN, SYS_MODULE, SYS_PTRACE, BPF and ALL are each enough to break out to the host, and NET_ADMIN, NET_RAW or DAC_READ_SEARCH let it tamper with the network or read any file.',
  fix: 'Remove the capability from `linuxParameters.capabilities.add`; if the workload really needs one, add only that one and drop `ALL` first.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const linuxParameters = presentMember(c.object, 'linuxParameters');
      const capabilities = presentMember(linuxParameters, 'capabilities');
      const add = presentMember(capabilities, 'add');
      for (const [label, v] of [['linuxParameters', linuxParameters], ['linuxParameters.capabilities', capabilities], ['linuxParameters.capabilities.add', add]] as const) {
        if (v?.kind === 'unknown') {
          context.notEvaluated(`container ${c.name} ${label}: ${v.reason}`, v.loc);
          break;
        }
      }
      if (add?.kind !== 'list') continue;
      for (const item of add.items) {
        if (item.kind === 'unknown') {
          context.notEvaluated(`container ${c.name} linuxParameters.capabilities.add: ${item.reason}`, item.loc);
          continue;
        }
        if (item.kind !== 'string') continue;
        const capability = normalizeCapability(item.value);
        const severity = capabilitySeverity(capability);
        if (!severity) continue;
        context.report({
          loc: item.loc,
          attributePath: `container_definitions[${c.name}].linuxParameters.capabilities.add[${capability}]`,
          severity,
          message: severity === 'high'
            ? `Container "${c.name}" adds ${capability === 'ALL' ? 'ALL capabilities' : `the ${capability} capability`}, which is enough to escape to the host.`
            : `Container "${c.name}" adds the ${capability} capability, outside Docker's default set.`,
        });
      }
    }
  },
};
