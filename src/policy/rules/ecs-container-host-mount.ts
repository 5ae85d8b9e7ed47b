import { posix } from 'node:path';
import { firstLine, nestedBlocks, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';
import type { Severity } from '../../report/model.js';
import type { EvaluatedBlock } from '../../terraform/model.js';
import { checkableContainers, presentMember } from './checkable-containers.js';

/** Host paths that give a container control of the host, and what each exposes. */
const SENSITIVE_HOST_PATHS: { path: string; exposes: string; subpaths: boolean }[] = [
  { path: '/', exposes: 'the whole host filesystem', subpaths: false },
  { path: '/var/run/docker.sock', exposes: 'the Docker daemon (root on the host)', subpaths: false },
  // /var/run is a symlink to /run on current Linux distributions: the same socket.
  { path: '/run/docker.sock', exposes: 'the Docker daemon (root on the host)', subpaths: false },
  { path: '/proc', exposes: 'host process and kernel interfaces', subpaths: true },
  { path: '/var/lib/docker', exposes: 'every container\'s filesystem on the host', subpaths: true },
  { path: '/etc', exposes: 'host configuration, users and credentials', subpaths: true },
  { path: '/root', exposes: 'root\'s home directory (keys, credentials)', subpaths: true },
  { path: '/boot', exposes: 'the host kernel and boot loader', subpaths: true },
  { path: '/dev', exposes: 'host devices', subpaths: true },
];

/**
 * High when the host path is a sensitive path, lies under one of the sensitive directories
 * (`/etc/ssl` counts as `/etc`), or contains one (`/var/run` holds docker.sock, `/var` holds
 * /var/lib/docker); medium for any other host path.
 */
export function hostPathRisk(hostPath: string): { severity: Severity; exposes?: string } {
  const raw = hostPath.trim();
  if (!raw.startsWith('/')) return { severity: 'medium' };
  const p = posix.normalize(raw).replace(/(.)\/+$/, '$1');
  for (const s of SENSITIVE_HOST_PATHS) {
    const same = p === s.path;
    const under = s.subpaths && p.startsWith(`${s.path}/`);
    const contains = s.path !== '/' && (p === '/' || s.path.startsWith(`${p}/`));
    if (same || under) return { severity: 'high', exposes: s.exposes };
    if (contains) return { severity: 'high', exposes: `${s.path}: ${s.exposes}` };
  }
  return { severity: 'medium' };
}

function volumeName(block: EvaluatedBlock): string | undefined | 'unknown' {
  const v = block.attributes.get('name')?.value;
  if (v?.kind === 'unknown') return 'unknown';
  return v?.kind === 'string' ? v.value : undefined;
}

export const ecsContainerHostMount: Rule = {
  id: 'ecs-container-host-mount',
  severity: 'high',
  title: 'Container mounts a host path',
  description:
    'A bind mount of a host path gives the container the host\'s files: the Docker socket, /proc, /etc or / are each a direct way to take over the instance, and any host path lets tasks read or tamper with what other tasks and the host keep there.',
  fix: 'Remove the `host_path` volume or the mount point; use a Docker or EFS volume, or a bind mount without `host_path` for scratch space shared between containers.',
  references: [],
  resourceTypes: ['aws_ecs_task_definition'],
  check(resource, context) {
    const volumes = nestedBlocks(resource.body, 'volume');
    const dynamicVolumes = unknownNestedBlock(resource.body, 'volume');
    for (const c of checkableContainers(resource, context)) {
      const mountPoints = presentMember(c.object, 'mountPoints');
      if (mountPoints?.kind === 'unknown') context.notEvaluated(`container ${c.name} mountPoints: ${mountPoints.reason}`, mountPoints.loc);
      else if (mountPoints?.kind === 'list') {
        for (const mountPoint of mountPoints.items) {
          const source = mountPoint.kind === 'unknown' ? mountPoint : presentMember(mountPoint, 'sourceVolume');
          if (source?.kind === 'unknown') {
            context.notEvaluated(`container ${c.name} mountPoints sourceVolume: ${source.reason}`, source.loc);
            continue;
          }
          if (source?.kind !== 'string') continue;
          const volume = volumes.find((v) => volumeName(v) === source.value);
          if (!volume) {
            const unknownVolume = volumes.find((v) => volumeName(v) === 'unknown');
            if (dynamicVolumes) context.notEvaluated(`volume "${source.value}" mounted by container ${c.name}: ${dynamicVolumes.reason}`, dynamicVolumes.loc);
            else if (unknownVolume) context.notEvaluated(`volume "${source.value}" mounted by container ${c.name}: a volume name is not known statically`, firstLine(unknownVolume.loc));
            continue;
          }
          const hostPath = volume.attributes.get('host_path');
          const value = hostPath?.value;
          if (!value || value.kind === 'null') continue;
          if (value.kind === 'unknown') {
            context.notEvaluated(`volume "${source.value}" host_path: ${value.reason}`, hostPath!.loc);
            continue;
          }
          if (value.kind !== 'string' || value.value.trim() === '') continue;
          const risk = hostPathRisk(value.value);
          // The finding points at host_path, where the fix is, once per container that mounts it.
          context.report({
            loc: value.loc,
            attributePath: `container_definitions[${c.name}].mountPoints[${source.value}]`,
            severity: risk.severity,
            message: `Container "${c.name}" mounts host path ${value.value} (volume "${source.value}")${risk.exposes ? `, which exposes ${risk.exposes}` : ''}.`,
          });
        }
      }
      const linuxParameters = presentMember(c.object, 'linuxParameters');
      const devices = presentMember(linuxParameters, 'devices');
      if (linuxParameters?.kind === 'unknown') context.notEvaluated(`container ${c.name} linuxParameters: ${linuxParameters.reason}`, linuxParameters.loc);
      else if (devices?.kind === 'unknown') context.notEvaluated(`container ${c.name} linuxParameters.devices: ${devices.reason}`, devices.loc);
      else if (devices?.kind === 'list') {
        devices.items.forEach((device, index) => {
          if (device.kind === 'unknown') return context.notEvaluated(`container ${c.name} linuxParameters.devices[${index}]: ${device.reason}`, device.loc);
          const hostPath = presentMember(device, 'hostPath');
          if (hostPath?.kind === 'unknown') return context.notEvaluated(`container ${c.name} linuxParameters.devices[${index}].hostPath: ${hostPath.reason}`, hostPath.loc);
          const path = hostPath?.kind === 'string' ? hostPath.value : undefined;
          context.report({
            loc: hostPath ? hostPath.loc : firstLine(device.loc),
            attributePath: `container_definitions[${c.name}].linuxParameters.devices[${path ?? index}]`,
            severity: 'medium',
            message: `Container "${c.name}" is given the host device ${path ?? `#${index}`}.`,
          });
        });
      }
    }
  },
};
