// ECS and IAM references come in several spellings (ARN, name, `family:revision`); these
// reduce each to one canonical form so that both sides of a comparison agree.

/** Region of an ARN (`arn:aws:ecs:eu-west-1:…`), if the string is one. */
export function regionOfArn(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('arn:')) return undefined;
  const region = value.split(':')[3];
  return region ? region : undefined;
}

/** `arn:aws:ecs:r:a:cluster/name` or `name` -> `name`. */
export function clusterName(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  return resource.startsWith('cluster/') ? resource.slice('cluster/'.length) : resource;
}

/**
 * Service name from an ARN in either format: the long one (`service/cluster/name`) and the
 * old one without the cluster (`service/name`), see the ECS ARN format migration notes.
 */
export function serviceName(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!value.startsWith('arn:')) return value;
  const parts = value.split(':').slice(5).join(':').split('/');
  return parts[parts.length - 1] ?? '';
}

/** Cluster name embedded in a long-format service ARN, if any. */
export function clusterOfServiceArn(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('arn:')) return undefined;
  const parts = value.split(':').slice(5).join(':').split('/');
  return parts.length === 3 ? parts[1] : undefined;
}

/** `arn:…:task-definition/family:3`, `family:3` -> `family:3`; a bare `family` stays as is. */
export function taskDefinitionRef(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  return resource.startsWith('task-definition/') ? resource.slice('task-definition/'.length) : resource;
}

export function familyOfTaskDefinitionRef(ref: string): string {
  const colon = ref.lastIndexOf(':');
  return colon > 0 && /^\d+$/.test(ref.slice(colon + 1)) ? ref.slice(0, colon) : ref;
}

/** True when the reference names a revision (`family:3`), not only a family. */
export function hasRevision(ref: string): boolean {
  return familyOfTaskDefinitionRef(ref) !== ref;
}

/**
 * IAM role ARN (`arn:aws:iam::1:role/path/name`) or role name -> name. ECS accepts both for
 * task, execution and service roles and echoes what it was given.
 */
export function roleName(value: unknown): string {
  if (typeof value !== 'string' || value === '') return '';
  // The provider's Read stores a role given by name as its path and name
  // ("/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS", roleNameFromARN in
  // internal/service/ecs/service.go); the name is the last segment, as in an ARN.
  if (!value.startsWith('arn:')) return value.split('/').pop() ?? '';
  const resource = value.split(':').slice(5).join(':');
  const parts = resource.split('/');
  return parts[parts.length - 1] ?? '';
}

/** Capacity provider ARN or name -> name. */
export function capacityProviderName(value: unknown): string {
  if (typeof value !== 'string') return '';
  if (!value.startsWith('arn:')) return value;
  const resource = value.split(':').slice(5).join(':');
  return resource.startsWith('capacity-provider/') ? resource.slice('capacity-provider/'.length) : resource;
}
