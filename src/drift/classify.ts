// Sorting differences into security / config / expected / ignored (DESIGN.md, "Drift").
import type { DriftDifference } from '../report/model.js';
import type { PathSegment, RawDifference } from './compare.js';
import { holdsSecret, renderPath, renderValue } from './compare.js';

/** A config `expected:` or `ignore:` entry. `path` is dotted with `*` wildcards; it also covers everything below it. */
export interface DriftRule {
  resourceType?: string;
  address?: string;
  path: string;
  reason?: string;
}

/** Fields whose drift changes what runs, as whom, or what can reach it. */
const SECURITY_FIELDS = new Set([
  'image', 'privileged', 'user', 'environment', 'environmentFiles', 'secrets', 'secretOptions',
  'task_role_arn', 'execution_role_arn', 'iam_role', 'repositoryCredentials',
  'network_configuration', 'assign_public_ip', 'enable_execute_command', 'execute_command_configuration',
  'network_mode', 'pid_mode', 'ipc_mode', 'volume', 'mountPoints', 'volumesFrom',
  'linuxParameters', 'readonlyRootFilesystem',
  // Roles ECS assumes for load balancers, lifecycle hooks, EBS volumes, Service Connect TLS and VPC Lattice.
  'role_arn',
  // Managed EBS volumes (volume_configuration.managed_ebs_volume) and Service Connect TLS keys.
  'encrypted', 'kms_key_id', 'kms_key', 'fargate_ephemeral_storage_kms_key_id',
  // ECS Managed Instances (capacity provider managed_instances_provider, v6): the role ECS assumes to
  // manage the instances, and the instance profile every instance (and its tasks' host) runs as.
  'infrastructure_role_arn', 'ec2_instance_profile_arn',
]);

export interface ClassificationContext {
  resourceType: string;
  address: string;
  /** Parsed `lifecycle.ignore_changes`: `'all'` or attribute paths as segment lists. */
  ignoreChanges: 'all' | string[][];
  /** Address of an `aws_appautoscaling_target` scaling this service, when one is in the same state. */
  autoscalingTarget?: string;
  deploymentController?: string;
  schedulingStrategy?: string;
  expected: DriftRule[];
  ignore: DriftRule[];
}

/** Dotted path with `[key]` and `*` -> segments: `container_definitions[*].image` -> container_definitions, *, image. */
export function pathPatternSegments(pattern: string): string[] {
  const segments: string[] = [];
  const re = /\[\s*"?([^\]"]*)"?\s*\]|([^.[\]]+)/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(pattern)) !== null) segments.push(match[1] ?? match[2]);
  return segments;
}

function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function segmentMatches(pattern: string, segment: string): boolean {
  return pattern === '*' || pattern === segment || (pattern.includes('*') && globToRegExp(pattern).test(segment));
}

/** True when `pattern` matches a prefix of `segments` (a rule on `tags` covers `tags[Owner]`). */
function prefixMatches(pattern: string[], segments: PathSegment[]): boolean {
  if (pattern.length === 0 || pattern.length > segments.length) return false;
  return pattern.every((p, i) => segmentMatches(p, segments[i].name));
}

export function ruleMatches(rule: DriftRule, resourceType: string, address: string, segments: PathSegment[]): boolean {
  if (rule.resourceType && !segmentMatches(rule.resourceType, resourceType)) return false;
  if (rule.address && !globToRegExp(rule.address).test(address)) return false;
  return prefixMatches(pathPatternSegments(rule.path), segments);
}

/**
 * Parses the source text of `ignore_changes`: `all`, `[desired_count, tags["x"]]`, the
 * pre-0.12 quoted forms, and `network_configuration[0].assign_public_ip` (numeric indexes are
 * dropped because views flatten single nested blocks).
 */
export function parseIgnoreChanges(expression: string | undefined): 'all' | string[][] {
  if (!expression) return [];
  const text = expression.trim();
  if (text === 'all' || text === '"all"' || text === '["all"]') return 'all';
  const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const entries: string[][] = [];
  for (const raw of splitTopLevel(inner)) {
    const entry = raw.trim().replace(/^"(.*)"$/, '$1');
    if (!entry) continue;
    const segments = pathPatternSegments(entry).filter((s) => !/^\d+$/.test(s));
    if (segments.length) entries.push(segments);
  }
  return entries;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') { current += ch + (text[i + 1] ?? ''); i++; continue; }
      if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '[' || ch === '(' || ch === '{') depth++;
    else if (ch === ']' || ch === ')' || ch === '}') depth--;
    else if (depth === 0 && (ch === ',' || ch === '\n')) { parts.push(current); current = ''; continue; }
    current += ch;
  }
  parts.push(current);
  return parts;
}

function isSecurityPath(segments: PathSegment[]): boolean {
  if (segments.some((s) => !s.keyed && SECURITY_FIELDS.has(s.name))) return true;
  // A container added or removed as a whole runs a different image.
  const last = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  return Boolean(last?.keyed && parent && !parent.keyed && parent.name === 'container_definitions');
}

function describeRule(kind: string, rule: DriftRule): string {
  return rule.reason ? `${kind} rule: ${rule.reason}` : `${kind} rule for ${rule.path}`;
}

/** What a difference in a secret says instead of its values (which are never shown, nor any hash of them). */
function secretChange(raw: RawDifference): string | undefined {
  if (!holdsSecret(raw.expected) && !holdsSecret(raw.actual)) return undefined;
  const change = raw.expected === undefined ? 'added' : raw.actual === undefined ? 'removed' : 'changed';
  return `secret value ${change} (values are never shown)`;
}

export function classifyDifference(raw: RawDifference, context: ClassificationContext): DriftDifference {
  const difference = classifyValues(raw, context);
  const secret = secretChange(raw);
  return secret ? { ...difference, why: difference.why ? `${secret}; ${difference.why}` : secret } : difference;
}

function classifyValues(raw: RawDifference, context: ClassificationContext): DriftDifference {
  const { segments } = raw;
  const base = { path: renderPath(segments), expected: renderValue(raw.expected), actual: renderValue(raw.actual) };
  const top = segments[0]?.name;

  const ignoreRule = context.ignore.find((r) => ruleMatches(r, context.resourceType, context.address, segments));
  if (ignoreRule) return { ...base, class: 'ignored', why: describeRule('config ignore', ignoreRule) };
  if (context.resourceType === 'aws_ecs_task_set' && top === 'stability_status') {
    return { ...base, class: 'ignored', why: 'runtime field: ECS updates the stability status as tasks start and stop' };
  }
  if (context.resourceType === 'aws_ecs_service' && top === 'desired_count' && context.schedulingStrategy === 'DAEMON') {
    return { ...base, class: 'ignored', why: 'runtime field: a DAEMON service runs one task per instance and ECS sets its desired count' };
  }
  if (context.ignoreChanges === 'all') return { ...base, class: 'expected', why: 'lifecycle.ignore_changes = all' };
  const ignored = context.ignoreChanges.find((p) => prefixMatches(p, segments));
  if (ignored) return { ...base, class: 'expected', why: `listed in lifecycle.ignore_changes (${ignored.join('.')})` };
  if (context.resourceType === 'aws_ecs_service' && top === 'desired_count' && context.autoscalingTarget) {
    return { ...base, class: 'expected', why: `Application Auto Scaling sets the desired count (${context.autoscalingTarget})` };
  }
  if (context.resourceType === 'aws_ecs_service' && (top === 'task_definition' || top === 'load_balancer')
    && (context.deploymentController === 'CODE_DEPLOY' || context.deploymentController === 'EXTERNAL')) {
    return { ...base, class: 'expected', why: `the ${context.deploymentController} deployment controller deploys task definitions and load balancer changes outside Terraform` };
  }
  const expectedRule = context.expected.find((r) => ruleMatches(r, context.resourceType, context.address, segments));
  if (expectedRule) return { ...base, class: 'expected', why: describeRule('config expected', expectedRule) };
  return { ...base, class: isSecurityPath(segments) || holdsSecurityField(raw.expected) || holdsSecurityField(raw.actual) ? 'security' : 'config' };
}

/**
 * A block added or removed as a whole (live `configuration` with ECS Exec logging where the state
 * has none) is as sensitive as the most sensitive field inside it.
 */
function holdsSecurityField(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsSecurityField);
  if (typeof value !== 'object' || value === null) return false;
  return Object.entries(value).some(([name, child]) => (SECURITY_FIELDS.has(name) && child !== undefined && child !== null) || holdsSecurityField(child));
}
