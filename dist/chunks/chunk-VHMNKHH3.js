import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  SecretValue,
  isOpaqueScalar,
  isRecord
} from "./chunk-MUG4Q7NR.js";

// src/drift/compare.ts
function renderPath(segments) {
  let out = "";
  for (const s of segments) out += s.keyed ? `[${s.name}]` : out === "" ? s.name : `.${s.name}`;
  return out;
}
function scalarsEqual(a, b) {
  if (isOpaqueScalar(a)) return a.equals(b);
  if (isOpaqueScalar(b)) return false;
  return a === b;
}
function isScalar(value) {
  return value === void 0 || value === null || typeof value !== "object" || isOpaqueScalar(value);
}
function scalarListsEqual(a, b) {
  return a.length === b.length && a.every((v, i) => scalarsEqual(v, b[i]));
}
function compareViews(expected, actual, prefix = []) {
  const out = [];
  walk(expected, actual, prefix, out);
  return out;
}
function walk(expected, actual, path, out) {
  if (expected === void 0 && actual === void 0) return;
  if ((expected instanceof Map || expected === void 0) && (actual instanceof Map || actual === void 0)) {
    const e = expected ?? /* @__PURE__ */ new Map();
    const a = actual ?? /* @__PURE__ */ new Map();
    for (const key of unionKeys([...e.keys()], [...a.keys()])) walk(e.get(key), a.get(key), [...path, { name: key, keyed: true }], out);
    return;
  }
  if (isRecord(expected) && isRecord(actual)) {
    for (const key of unionKeys(Object.keys(expected), Object.keys(actual))) walk(expected[key], actual[key], [...path, { name: key, keyed: false }], out);
    return;
  }
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.every(isScalar) && actual.every(isScalar)) {
      if (!scalarListsEqual(expected, actual)) out.push({ segments: path, expected, actual });
      return;
    }
    if (expected.length === actual.length) {
      expected.forEach((item, i) => walk(item, actual[i], [...path, { name: String(i), keyed: true }], out));
      return;
    }
    out.push({ segments: path, expected, actual });
    return;
  }
  if (isScalar(expected) && isScalar(actual)) {
    if (!scalarsEqual(expected, actual)) out.push({ segments: path, expected, actual });
    return;
  }
  out.push({ segments: path, expected, actual });
}
function unionKeys(a, b) {
  const seen = new Set(a);
  const keys = [...a];
  for (const k of b) if (!seen.has(k)) keys.push(k);
  return keys;
}
function holdsSecret(value) {
  if (value instanceof SecretValue) return true;
  if (value instanceof Map) return [...value.values()].some(holdsSecret);
  if (Array.isArray(value)) return value.some(holdsSecret);
  if (isRecord(value)) return Object.values(value).some(holdsSecret);
  return false;
}
function renderValue(value) {
  if (value === void 0) return null;
  if (isOpaqueScalar(value)) return value.rendered();
  if (value instanceof Map) {
    const out = {};
    for (const [k, v] of value) out[k] = renderValue(v);
    return out;
  }
  if (Array.isArray(value)) return value.map(renderValue);
  if (isRecord(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = renderValue(v);
    return out;
  }
  return value;
}

// src/drift/classify.ts
var SECURITY_FIELDS = /* @__PURE__ */ new Set([
  "image",
  "privileged",
  "user",
  "environment",
  "environmentFiles",
  "secrets",
  "secretOptions",
  "task_role_arn",
  "execution_role_arn",
  "iam_role",
  "repositoryCredentials",
  "network_configuration",
  "assign_public_ip",
  "enable_execute_command",
  "execute_command_configuration",
  "network_mode",
  "pid_mode",
  "ipc_mode",
  "volume",
  "mountPoints",
  "volumesFrom",
  "linuxParameters",
  "readonlyRootFilesystem",
  // Roles ECS assumes for load balancers, lifecycle hooks, EBS volumes, Service Connect TLS and VPC Lattice.
  "role_arn",
  // Managed EBS volumes (volume_configuration.managed_ebs_volume) and Service Connect TLS keys.
  "encrypted",
  "kms_key_id",
  "kms_key",
  "fargate_ephemeral_storage_kms_key_id",
  // ECS Managed Instances (capacity provider managed_instances_provider, v6): the role ECS assumes to
  // manage the instances, and the instance profile every instance (and its tasks' host) runs as.
  "infrastructure_role_arn",
  "ec2_instance_profile_arn"
]);
function pathPatternSegments(pattern) {
  const segments = [];
  const re = /\[\s*"?([^\]"]*)"?\s*\]|([^.[\]]+)/g;
  let match;
  while ((match = re.exec(pattern)) !== null) segments.push(match[1] ?? match[2]);
  return segments;
}
function globToRegExp(glob) {
  return new RegExp(`^${glob.split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}
function segmentMatches(pattern, segment) {
  return pattern === "*" || pattern === segment || pattern.includes("*") && globToRegExp(pattern).test(segment);
}
function prefixMatches(pattern, segments) {
  if (pattern.length === 0 || pattern.length > segments.length) return false;
  return pattern.every((p, i) => segmentMatches(p, segments[i].name));
}
function ruleMatches(rule, resourceType, address, segments) {
  if (rule.resourceType && !segmentMatches(rule.resourceType, resourceType)) return false;
  if (rule.address && !globToRegExp(rule.address).test(address)) return false;
  return prefixMatches(pathPatternSegments(rule.path), segments);
}
function parseIgnoreChanges(expression) {
  if (!expression) return [];
  const text = expression.trim();
  if (text === "all" || text === '"all"' || text === '["all"]') return "all";
  const inner = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  const entries = [];
  for (const raw of splitTopLevel(inner)) {
    const entry = raw.trim().replace(/^"(.*)"$/, "$1");
    if (!entry) continue;
    const segments = pathPatternSegments(entry).filter((s) => !/^\d+$/.test(s));
    if (segments.length) entries.push(segments);
  }
  return entries;
}
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let inString = false;
  let current = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") {
        current += ch + (text[i + 1] ?? "");
        i++;
        continue;
      }
      if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "(" || ch === "{") depth++;
    else if (ch === "]" || ch === ")" || ch === "}") depth--;
    else if (depth === 0 && (ch === "," || ch === "\n")) {
      parts.push(current);
      current = "";
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts;
}
function isSecurityPath(segments) {
  if (segments.some((s) => !s.keyed && SECURITY_FIELDS.has(s.name))) return true;
  const last = segments[segments.length - 1];
  const parent = segments[segments.length - 2];
  return Boolean(last?.keyed && parent && !parent.keyed && parent.name === "container_definitions");
}
function describeRule(kind, rule) {
  return rule.reason ? `${kind} rule: ${rule.reason}` : `${kind} rule for ${rule.path}`;
}
function secretChange(raw) {
  if (!holdsSecret(raw.expected) && !holdsSecret(raw.actual)) return void 0;
  const change = raw.expected === void 0 ? "added" : raw.actual === void 0 ? "removed" : "changed";
  return `secret value ${change} (values are never shown)`;
}
function classifyDifference(raw, context) {
  const difference = classifyValues(raw, context);
  const secret = secretChange(raw);
  return secret ? { ...difference, why: difference.why ? `${secret}; ${difference.why}` : secret } : difference;
}
function classifyValues(raw, context) {
  const { segments } = raw;
  const base = { path: renderPath(segments), expected: renderValue(raw.expected), actual: renderValue(raw.actual) };
  const top = segments[0]?.name;
  const ignoreRule = context.ignore.find((r) => ruleMatches(r, context.resourceType, context.address, segments));
  if (ignoreRule) return { ...base, class: "ignored", why: describeRule("config ignore", ignoreRule) };
  if (context.resourceType === "aws_ecs_task_set" && top === "stability_status") {
    return { ...base, class: "ignored", why: "runtime field: ECS updates the stability status as tasks start and stop" };
  }
  if (context.resourceType === "aws_ecs_service" && top === "desired_count" && context.schedulingStrategy === "DAEMON") {
    return { ...base, class: "ignored", why: "runtime field: a DAEMON service runs one task per instance and ECS sets its desired count" };
  }
  if (context.ignoreChanges === "all") return { ...base, class: "expected", why: "lifecycle.ignore_changes = all" };
  const ignored = context.ignoreChanges.find((p) => prefixMatches(p, segments));
  if (ignored) return { ...base, class: "expected", why: `listed in lifecycle.ignore_changes (${ignored.join(".")})` };
  if (context.resourceType === "aws_ecs_service" && top === "desired_count" && context.autoscalingTarget) {
    return { ...base, class: "expected", why: `Application Auto Scaling sets the desired count (${context.autoscalingTarget})` };
  }
  if (context.resourceType === "aws_ecs_service" && (top === "task_definition" || top === "load_balancer") && (context.deploymentController === "CODE_DEPLOY" || context.deploymentController === "EXTERNAL")) {
    return { ...base, class: "expected", why: `the ${context.deploymentController} deployment controller deploys task definitions and load balancer changes outside Terraform` };
  }
  const expectedRule = context.expected.find((r) => ruleMatches(r, context.resourceType, context.address, segments));
  if (expectedRule) return { ...base, class: "expected", why: describeRule("config expected", expectedRule) };
  return { ...base, class: isSecurityPath(segments) || holdsSecurityField(raw.expected) || holdsSecurityField(raw.actual) ? "security" : "config" };
}
function holdsSecurityField(value) {
  if (Array.isArray(value)) return value.some(holdsSecurityField);
  if (typeof value !== "object" || value === null) return false;
  return Object.entries(value).some(([name, child]) => SECURITY_FIELDS.has(name) && child !== void 0 && child !== null || holdsSecurityField(child));
}

export {
  compareViews,
  pathPatternSegments,
  parseIgnoreChanges,
  classifyDifference
};
