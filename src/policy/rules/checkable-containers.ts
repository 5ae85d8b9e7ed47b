// What the container rules share: which containers of a task definition can be checked
// (recording why the others cannot), and the JSON members they read, with `null` as absent.
import { containerDefinitions, firstLine, member, type ContainerView } from '../resource-values.js';
import type { RuleContext } from '../rule.js';
import type { ResourceModel } from '../../terraform/model.js';
import type { SourceLocation, UnknownValue, Value } from '../../terraform/values.js';

/** The known containers of a task definition; unknown ones are recorded as not evaluated. */
export function checkableContainers(resource: ResourceModel, context: RuleContext): ContainerView[] {
  const defs = containerDefinitions(resource);
  if (defs.kind === 'unknown') {
    context.notEvaluated(`container_definitions: ${defs.reason}`, defs.loc);
    return [];
  }
  if (defs.kind !== 'known') return [];
  // containerDefinitions() skips list items that are not objects; an unknown item is a
  // container this rule cannot see (`jsonencode([local.app, var.sidecar])`).
  const attr = resource.body.attributes.get('container_definitions');
  const list = attr?.value.kind === 'string' ? attr.value.decoded : attr?.value;
  if (list?.kind === 'list') {
    list.items.forEach((item, index) => {
      if (item.kind === 'unknown') context.notEvaluated(`container_definitions[${index}]: ${item.reason}`, item.loc);
    });
  }
  return defs.containers;
}

/** A JSON member as the ECS API reads it: `null` is the same as absent. */
export function presentMember(object: Value | undefined, key: string): Value | undefined {
  if (object?.kind !== 'object') return undefined;
  const v = member(object, key);
  return v?.kind === 'null' ? undefined : v;
}

/** The container's first line, where a finding about a missing member points. */
export function containerLine(container: ContainerView): SourceLocation {
  return firstLine(container.loc);
}

/**
 * `runtime_platform.operating_system_family` when it is written but not known statically:
 * rules that apply to Linux containers only cannot decide then.
 */
export function unknownOperatingSystem(resource: ResourceModel): UnknownValue | undefined {
  const rp = resource.body.blocks.find((b) => b.type === 'runtime_platform');
  const os = rp?.attributes.get('operating_system_family')?.value;
  if (os?.kind === 'unknown') return os;
  const dynamic = resource.body.unknownBlocks.find((b) => b.type === 'runtime_platform');
  return dynamic ? { kind: 'unknown', reason: dynamic.reason, loc: dynamic.loc } : undefined;
}

/** Why a value is unknown, for `notEvaluated`. */
export function unknownReason(v: Value): string {
  return v.kind === 'unknown' ? v.reason : `not a ${v.kind}`;
}
