import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-YUB6GZAH.js";
import {
  __toESM
} from "./chunk-X7CJ5U7I.js";

// src/drift/references.ts
function regionOfArn(value) {
  if (typeof value !== "string" || !value.startsWith("arn:")) return void 0;
  const region = value.split(":")[3];
  return region ? region : void 0;
}
function clusterName(value) {
  if (typeof value !== "string") return "";
  if (!value.startsWith("arn:")) return value;
  const resource = value.split(":").slice(5).join(":");
  return resource.startsWith("cluster/") ? resource.slice("cluster/".length) : resource;
}
function serviceName(value) {
  if (typeof value !== "string") return "";
  if (!value.startsWith("arn:")) return value;
  const parts = value.split(":").slice(5).join(":").split("/");
  return parts[parts.length - 1] ?? "";
}
function clusterOfServiceArn(value) {
  if (typeof value !== "string" || !value.startsWith("arn:")) return void 0;
  const parts = value.split(":").slice(5).join(":").split("/");
  return parts.length === 3 ? parts[1] : void 0;
}
function taskDefinitionRef(value) {
  if (typeof value !== "string") return "";
  if (!value.startsWith("arn:")) return value;
  const resource = value.split(":").slice(5).join(":");
  return resource.startsWith("task-definition/") ? resource.slice("task-definition/".length) : resource;
}
function familyOfTaskDefinitionRef(ref) {
  const colon = ref.lastIndexOf(":");
  return colon > 0 && /^\d+$/.test(ref.slice(colon + 1)) ? ref.slice(0, colon) : ref;
}
function hasRevision(ref) {
  return familyOfTaskDefinitionRef(ref) !== ref;
}
function roleName(value) {
  if (typeof value !== "string" || value === "") return "";
  if (!value.startsWith("arn:")) return value.split("/").pop() ?? "";
  const resource = value.split(":").slice(5).join(":");
  const parts = resource.split("/");
  return parts[parts.length - 1] ?? "";
}
function capacityProviderName(value) {
  if (typeof value !== "string") return "";
  if (!value.startsWith("arn:")) return value;
  const resource = value.split(":").slice(5).join(":");
  return resource.startsWith("capacity-provider/") ? resource.slice("capacity-provider/".length) : resource;
}

// src/drift/resources/shared.ts
import { createHash } from "node:crypto";
function hashValue(value) {
  return `sha256:${createHash("sha256").update(String(value ?? "")).digest("hex")}`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Map);
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function block(value) {
  if (Array.isArray(value)) return isRecord(value[0]) ? value[0] : void 0;
  return isRecord(value) ? value : void 0;
}
function str(value) {
  if (value === void 0 || value === null || value === "") return void 0;
  return String(value);
}
function num(value) {
  if (value === void 0 || value === null || value === "") return void 0;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : void 0;
}
function bool(value) {
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "enabled") return true;
    if (lower === "false" || lower === "disabled") return false;
  }
  return void 0;
}
function sortedStrings(value) {
  return list(value).filter((v) => v !== null && v !== void 0 && v !== "").map(String).sort();
}
function keyedBy(items, key, value) {
  const map = /* @__PURE__ */ new Map();
  for (const item of items) {
    if (!isRecord(item)) continue;
    const k = key(item);
    if (k !== void 0 && k !== "") map.set(k, value(item));
  }
  return new Map([...map.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function prune(value) {
  if (value === null || value === void 0 || value === "") return void 0;
  if (Array.isArray(value)) {
    const items = value.map(prune).filter((v) => v !== void 0);
    return items.length ? items : void 0;
  }
  if (value instanceof Map) {
    const map = /* @__PURE__ */ new Map();
    for (const [k, v] of value) {
      const p = prune(v);
      if (p !== void 0) map.set(k, p);
    }
    return map.size ? map : void 0;
  }
  if (isRecord(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const p = prune(v);
      if (p !== void 0) out[k] = p;
    }
    return Object.keys(out).length ? out : void 0;
  }
  return value;
}
function pruneView(view) {
  return prune(view) ?? {};
}
function tagsView(tags) {
  const map = /* @__PURE__ */ new Map();
  if (Array.isArray(tags)) {
    for (const t of tags) if (t?.key !== void 0 && !t.key.startsWith("aws:")) map.set(t.key, String(t.value ?? ""));
  } else if (isRecord(tags)) {
    for (const [k, v] of Object.entries(tags)) if (!k.startsWith("aws:")) map.set(k, String(v ?? ""));
  }
  return new Map([...map.entries()].sort(([a], [b]) => a < b ? -1 : 1));
}
function stateTags(attrs) {
  return isRecord(attrs.tags_all) && Object.keys(attrs.tags_all).length ? tagsView(attrs.tags_all) : tagsView(attrs.tags);
}
function liveTagsAsState(tags) {
  const out = {};
  for (const t of tags ?? []) if (t.key !== void 0) out[t.key] = t.value ?? "";
  return out;
}
function capacityProviderStrategyView(value) {
  return keyedBy(list(value), (s) => capacityProviderName(s.capacity_provider), (s) => ({ base: num(s.base) ?? 0, weight: num(s.weight) ?? 0 }));
}
function liveCapacityProviderStrategyAsState(strategy) {
  return (strategy ?? []).map((s) => ({ capacity_provider: s.capacityProvider, base: s.base, weight: s.weight }));
}

// src/drift/compare.ts
function renderPath(segments) {
  let out = "";
  for (const s of segments) out += s.keyed ? `[${s.name}]` : out === "" ? s.name : `.${s.name}`;
  return out;
}
function canonicalScalar(value) {
  if (typeof value === "string") {
    const lower = value.toLowerCase();
    if (lower === "true" || lower === "enabled") return true;
    if (lower === "false" || lower === "disabled") return false;
    if (/^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  }
  return value;
}
function isScalar(value) {
  return value === void 0 || value === null || typeof value !== "object";
}
function scalarListsEqual(a, b) {
  return a.length === b.length && a.every((v, i) => canonicalScalar(v) === canonicalScalar(b[i]));
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
    if (canonicalScalar(expected) !== canonicalScalar(actual)) out.push({ segments: path, expected, actual });
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
function renderValue(value) {
  if (value === void 0) return null;
  if (typeof value === "string") {
    const match = /^sha256:([0-9a-f]{64})$/.exec(value);
    return match ? `sha256:${match[1].slice(0, 12)}` : value;
  }
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
  "readonlyRootFilesystem"
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
function classifyDifference(raw, context) {
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
  return { ...base, class: isSecurityPath(segments) ? "security" : "config" };
}

// src/drift/live-reader.ts
var import_client_ecs = __toESM(require_dist_cjs(), 1);
var DESCRIBE_CLUSTERS_BATCH = 100;
var DESCRIBE_SERVICES_BATCH = 10;
var DESCRIBE_CAPACITY_PROVIDERS_BATCH = 100;
var LIST_SERVICES_PAGE = 100;
function chunk(items, size) {
  const out = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
function errorName(error) {
  const e = error;
  return e.name ?? e.Code ?? e.code ?? "Error";
}
function isAccessDenied(error) {
  const name = errorName(error);
  return /AccessDenied|UnauthorizedOperation|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/i.test(name) || error.$metadata?.httpStatusCode === 403;
}
function isThrottling(error) {
  const name = errorName(error);
  return /Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(name) || error.$metadata?.httpStatusCode === 429;
}
function oneLine(text) {
  return String(text ?? "").replace(/\s+/g, " ").trim().slice(0, 300);
}
function describeReadError(error, operation, what, region) {
  const name = errorName(error);
  const message = oneLine(error?.message);
  const attempts = error.$metadata?.attempts;
  if (isAccessDenied(error)) return `access denied: ${operation} on ${what} in ${region} (${name}); grant ecs:${operation}`;
  if (isThrottling(error)) return `throttled: ECS kept throttling ${operation} on ${what} in ${region}${attempts ? ` after ${attempts} attempts` : ""}`;
  if (name === "ClusterNotFoundException") return `cluster not found in ${region}: ${what}`;
  const code = error.code;
  if (code && /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|EAI_AGAIN/.test(code)) return `unreachable: ${operation} in ${region} failed (${code})`;
  if (name === "TimeoutError" || /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|socket hang up/.test(message)) return `unreachable: ${operation} in ${region} failed (${message || name})`;
  return `${operation} on ${what} in ${region} failed: ${name}${message && message !== name ? `: ${message}` : ""}`;
}
var EcsLiveReader = class {
  constructor(ecsFor, scheduler, logger) {
    this.ecsFor = ecsFor;
    this.scheduler = scheduler;
    this.logger = logger;
  }
  ecsFor;
  scheduler;
  logger;
  calls = {};
  taskDefinitions = /* @__PURE__ */ new Map();
  clients = /* @__PURE__ */ new Map();
  /** One client per region, so the adaptive retry mode's rate estimate is shared by all its requests. */
  ecs(region) {
    let client = this.clients.get(region);
    if (!client) {
      client = this.ecsFor(region);
      this.clients.set(region, client);
    }
    return client;
  }
  async send(region, operation, command) {
    return this.scheduler.run(async () => {
      this.calls[operation] = (this.calls[operation] ?? 0) + 1;
      this.logger.debug(`ECS ${operation} (${region})`);
      return await this.ecs(region).send(command);
    });
  }
  /**
   * Runs a batched describe. When a batch is denied, its items are retried one by one, since
   * IAM policies scoped to resources deny a batch that names any resource outside them.
   */
  async batched(names, size, call, describeError) {
    const results = /* @__PURE__ */ new Map();
    const run = async (batch) => {
      try {
        for (const [k, v] of await call(batch)) results.set(k, v);
      } catch (error) {
        if (batch.length > 1 && isAccessDenied(error)) {
          await Promise.all(batch.map((name) => run([name])));
          return;
        }
        const reason = describeError(error, batch);
        for (const name of batch) results.set(name, { status: "unverified", reason });
      }
    };
    await Promise.all(chunk(names, size).map(run));
    return results;
  }
  /** Keyed by cluster name. MISSING failures and INACTIVE clusters are `missing`. */
  describeClusters(region, names) {
    return this.batched(names, DESCRIBE_CLUSTERS_BATCH, async (batch) => {
      const response = await this.send(
        region,
        "DescribeClusters",
        new import_client_ecs.DescribeClustersCommand({ clusters: batch, include: ["SETTINGS", "CONFIGURATIONS", "TAGS"] })
      );
      const out = /* @__PURE__ */ new Map();
      for (const cluster of response.clusters ?? []) {
        const name = cluster.clusterName ?? clusterName(cluster.clusterArn);
        out.set(name, cluster.status === "INACTIVE" ? { status: "missing", reason: `cluster ${name} is INACTIVE (deleted)` } : { status: "found", value: cluster });
      }
      for (const failure of response.failures ?? []) {
        const name = clusterName(failure.arn);
        out.set(name, failureOutcome(failure, `cluster ${name}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: "unverified", reason: `DescribeClusters in ${region} returned nothing for cluster ${name}` });
      return out;
    }, (error, batch) => describeReadError(error, "DescribeClusters", batch.length === 1 ? `cluster ${batch[0]}` : `clusters ${batch.join(", ")}`, region));
  }
  /** Keyed by service name, for one cluster. MISSING failures and INACTIVE/DRAINING services are `missing`. */
  describeServices(region, cluster, names) {
    return this.batched(names, DESCRIBE_SERVICES_BATCH, async (batch) => {
      const response = await this.send(
        region,
        "DescribeServices",
        new import_client_ecs.DescribeServicesCommand({ cluster, services: batch, include: ["TAGS"] })
      );
      const out = /* @__PURE__ */ new Map();
      for (const service of response.services ?? []) {
        const name = service.serviceName ?? serviceName(service.serviceArn);
        out.set(name, service.status === "INACTIVE" || service.status === "DRAINING" ? { status: "missing", reason: `service ${name} in cluster ${cluster} is ${service.status} (deleted)` } : { status: "found", value: service });
      }
      for (const failure of response.failures ?? []) {
        const name = serviceName(failure.arn);
        out.set(name, failureOutcome(failure, `service ${name} in cluster ${cluster}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: "unverified", reason: `DescribeServices in ${region} returned nothing for service ${name} in cluster ${cluster}` });
      return out;
    }, (error, batch) => describeReadError(error, "DescribeServices", `cluster ${cluster}${batch.length === 1 ? ` (service ${batch[0]})` : ""}`, region));
  }
  describeCapacityProviders(region, names) {
    return this.batched(names, DESCRIBE_CAPACITY_PROVIDERS_BATCH, async (batch) => {
      const response = await this.send(
        region,
        "DescribeCapacityProviders",
        new import_client_ecs.DescribeCapacityProvidersCommand({ capacityProviders: batch, include: ["TAGS"] })
      );
      const out = /* @__PURE__ */ new Map();
      for (const cp of response.capacityProviders ?? []) {
        const name = cp.name ?? capacityProviderName(cp.capacityProviderArn);
        out.set(name, cp.status === "INACTIVE" ? { status: "missing", reason: `capacity provider ${name} is INACTIVE (deleted)` } : { status: "found", value: cp });
      }
      for (const failure of response.failures ?? []) {
        const name = capacityProviderName(failure.arn);
        out.set(name, failureOutcome(failure, `capacity provider ${name}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: "unverified", reason: `DescribeCapacityProviders in ${region} returned nothing for ${name}` });
      return out;
    }, (error, batch) => describeReadError(error, "DescribeCapacityProviders", batch.length === 1 ? `capacity provider ${batch[0]}` : "capacity providers", region));
  }
  /** Each distinct `family:revision` per region is described once, however often it is asked for. */
  describeTaskDefinition(region, reference) {
    const ref = taskDefinitionRef(reference);
    const key = `${region}\0${ref}`;
    let pending = this.taskDefinitions.get(key);
    if (!pending) {
      pending = this.readTaskDefinition(region, ref);
      this.taskDefinitions.set(key, pending);
    }
    return pending;
  }
  async readTaskDefinition(region, ref) {
    try {
      const response = await this.send(
        region,
        "DescribeTaskDefinition",
        new import_client_ecs.DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ["TAGS"] })
      );
      if (!response.taskDefinition) return { status: "missing", reason: `task definition ${ref} not found in ${region}` };
      const status = response.taskDefinition.status;
      if (status === "INACTIVE" || status === "DELETE_IN_PROGRESS") {
        return { status: "missing", reason: `task definition ${ref} is ${status} (deregistered)` };
      }
      return { status: "found", value: { taskDefinition: response.taskDefinition, tags: response.tags ?? [] } };
    } catch (error) {
      if (errorName(error) === "ClientException" && /unable to describe task definition|not found|does not exist/i.test(String(error.message))) {
        return { status: "missing", reason: `task definition ${ref} not found in ${region}` };
      }
      return { status: "unverified", reason: describeReadError(error, "DescribeTaskDefinition", `task definition ${ref}`, region) };
    }
  }
  /**
   * Task sets of a service, keyed by id. Only needed when DescribeServices did not embed a
   * task set the state expects (ECS embeds them for EXTERNAL and CODE_DEPLOY services).
   */
  async describeTaskSets(region, cluster, service, ids) {
    const out = /* @__PURE__ */ new Map();
    try {
      const response = await this.send(
        region,
        "DescribeTaskSets",
        new import_client_ecs.DescribeTaskSetsCommand({ cluster, service, taskSets: ids, include: ["TAGS"] })
      );
      for (const ts of response.taskSets ?? []) if (ts.id) out.set(ts.id, { status: "found", value: ts });
      for (const failure of response.failures ?? []) {
        const id = ids.find((i) => failure.arn === i || failure.arn?.endsWith(`/${i}`)) ?? String(failure.arn);
        out.set(id, failureOutcome(failure, `task set ${id} of service ${service}`, region));
      }
    } catch (error) {
      const reason = describeReadError(error, "DescribeTaskSets", `service ${service} in cluster ${cluster}`, region);
      for (const id of ids) out.set(id, { status: "unverified", reason });
    }
    for (const id of ids) if (!out.has(id)) out.set(id, { status: "missing", reason: `task set ${id} of service ${service} not found in ${region}` });
    return out;
  }
  /** All service ARNs of a cluster, following `nextToken`. */
  async listServices(region, cluster) {
    const arns = [];
    let nextToken;
    try {
      do {
        const response = await this.send(
          region,
          "ListServices",
          new import_client_ecs.ListServicesCommand({ cluster, maxResults: LIST_SERVICES_PAGE, nextToken })
        );
        arns.push(...response.serviceArns ?? []);
        nextToken = response.nextToken || void 0;
      } while (nextToken);
      return { arns };
    } catch (error) {
      return { failure: describeReadError(error, "ListServices", `cluster ${cluster}`, region) };
    }
  }
};
function failureOutcome(failure, what, region) {
  const reason = failure.reason ?? "unknown failure";
  if (reason === "MISSING") return { status: "missing", reason: `${what} not found in ${region} (MISSING)` };
  if (/access ?denied/i.test(reason)) return { status: "unverified", reason: `access denied: ${what} in ${region} (${reason})` };
  return { status: "unverified", reason: `${what} in ${region}: ${reason}${failure.detail ? ` (${oneLine(failure.detail)})` : ""}` };
}

// src/drift/request-scheduler.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var RequestScheduler = class {
  constructor(maxConcurrency = 8, maxRequestsPerSecond = 20, clock = systemClock) {
    this.maxConcurrency = maxConcurrency;
    this.maxRequestsPerSecond = maxRequestsPerSecond;
    this.clock = clock;
    if (!(maxConcurrency >= 1)) this.maxConcurrency = 1;
    if (!(maxRequestsPerSecond > 0)) this.maxRequestsPerSecond = 1;
    this.capacity = Math.max(1, this.maxRequestsPerSecond);
    this.tokens = this.capacity;
    this.lastRefill = clock.now();
  }
  maxConcurrency;
  maxRequestsPerSecond;
  clock;
  capacity;
  tokens;
  lastRefill;
  active = 0;
  waiting = [];
  /** Serializes token waits so that requests start in arrival order. */
  tokenQueue = Promise.resolve();
  async run(task) {
    await this.acquireSlot();
    try {
      await this.acquireToken();
      return await task();
    } finally {
      this.releaseSlot();
    }
  }
  acquireSlot() {
    if (this.active < this.maxConcurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => {
      this.active++;
      resolve();
    }));
  }
  releaseSlot() {
    this.active--;
    this.waiting.shift()?.();
  }
  acquireToken() {
    const turn = this.tokenQueue.then(async () => {
      for (; ; ) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await this.clock.sleep(Math.ceil((1 - this.tokens) * 1e3 / this.maxRequestsPerSecond));
      }
    });
    this.tokenQueue = turn;
    return turn;
  }
  refill() {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.maxRequestsPerSecond / 1e3);
    this.lastRefill = now;
  }
};

// src/drift/resources/capacity-provider.ts
function capacityProviderView(attrs) {
  const asg = block(attrs.auto_scaling_group_provider);
  const scaling = asg ? block(asg.managed_scaling) : void 0;
  return pruneView({
    name: str(attrs.name),
    auto_scaling_group_provider: asg && {
      auto_scaling_group_arn: str(asg.auto_scaling_group_arn),
      managed_termination_protection: str(asg.managed_termination_protection) ?? "DISABLED",
      managed_draining: str(asg.managed_draining) ?? "ENABLED",
      // CreateCapacityProvider defaults (ECS API reference, ManagedScaling).
      managed_scaling: {
        status: str(scaling?.status) ?? "DISABLED",
        target_capacity: num(scaling?.target_capacity) ?? 100,
        minimum_scaling_step_size: num(scaling?.minimum_scaling_step_size) ?? 1,
        maximum_scaling_step_size: num(scaling?.maximum_scaling_step_size) ?? 1e4,
        instance_warmup_period: num(scaling?.instance_warmup_period) ?? 300
      }
    },
    tags: stateTags(attrs)
  });
}
function liveCapacityProviderAsState(cp) {
  const asg = cp.autoScalingGroupProvider;
  const scaling = asg?.managedScaling;
  return {
    name: cp.name,
    auto_scaling_group_provider: asg ? [{
      auto_scaling_group_arn: asg.autoScalingGroupArn,
      managed_termination_protection: asg.managedTerminationProtection,
      managed_draining: asg.managedDraining,
      managed_scaling: scaling ? [{
        status: scaling.status,
        target_capacity: scaling.targetCapacity,
        minimum_scaling_step_size: scaling.minimumScalingStepSize,
        maximum_scaling_step_size: scaling.maximumScalingStepSize,
        instance_warmup_period: scaling.instanceWarmupPeriod
      }] : []
    }] : [],
    tags_all: liveTagsAsState(cp.tags)
  };
}

// src/drift/resources/cluster-capacity-providers.ts
function clusterCapacityProvidersView(attrs) {
  return pruneView({
    cluster_name: clusterName(attrs.cluster_name),
    capacity_providers: list(attrs.capacity_providers).map(capacityProviderName).filter(Boolean).sort(),
    default_capacity_provider_strategy: capacityProviderStrategyView(attrs.default_capacity_provider_strategy)
  });
}
function liveClusterCapacityProvidersAsState(cluster) {
  return {
    cluster_name: cluster.clusterName,
    capacity_providers: cluster.capacityProviders ?? [],
    default_capacity_provider_strategy: liveCapacityProviderStrategyAsState(cluster.defaultCapacityProviderStrategy)
  };
}

// src/drift/resources/cluster.ts
function clusterView(attrs) {
  const configuration = block(attrs.configuration);
  const exec = configuration ? block(configuration.execute_command_configuration) : void 0;
  const log = exec ? block(exec.log_configuration) : void 0;
  const storage = configuration ? block(configuration.managed_storage_configuration) : void 0;
  const settings = keyedBy(list(attrs.setting), (s) => str(s.name), (s) => str(s.value));
  if (settings.get("containerInsights") === "disabled") settings.delete("containerInsights");
  return pruneView({
    name: str(attrs.name),
    setting: settings,
    configuration: {
      execute_command_configuration: exec && {
        kms_key_id: str(exec.kms_key_id),
        logging: str(exec.logging) === "DEFAULT" ? void 0 : str(exec.logging),
        log_configuration: log && {
          cloud_watch_encryption_enabled: bool(log.cloud_watch_encryption_enabled) ?? false,
          cloud_watch_log_group_name: str(log.cloud_watch_log_group_name),
          s3_bucket_name: str(log.s3_bucket_name),
          s3_bucket_encryption_enabled: bool(log.s3_bucket_encryption_enabled) ?? false,
          s3_key_prefix: str(log.s3_key_prefix)
        }
      },
      managed_storage_configuration: storage && {
        fargate_ephemeral_storage_kms_key_id: str(storage.fargate_ephemeral_storage_kms_key_id),
        kms_key_id: str(storage.kms_key_id)
      }
    },
    service_connect_defaults: str(block(attrs.service_connect_defaults)?.namespace),
    tags: stateTags(attrs)
  });
}
function liveClusterAsState(cluster) {
  const exec = cluster.configuration?.executeCommandConfiguration;
  const log = exec?.logConfiguration;
  const storage = cluster.configuration?.managedStorageConfiguration;
  return {
    name: cluster.clusterName,
    setting: (cluster.settings ?? []).map((s) => ({ name: s.name, value: s.value })),
    configuration: [{
      execute_command_configuration: exec ? [{
        kms_key_id: exec.kmsKeyId,
        logging: exec.logging,
        log_configuration: log ? [{
          cloud_watch_encryption_enabled: log.cloudWatchEncryptionEnabled,
          cloud_watch_log_group_name: log.cloudWatchLogGroupName,
          s3_bucket_name: log.s3BucketName,
          s3_bucket_encryption_enabled: log.s3EncryptionEnabled,
          s3_key_prefix: log.s3KeyPrefix
        }] : []
      }] : [],
      managed_storage_configuration: storage ? [{ fargate_ephemeral_storage_kms_key_id: storage.fargateEphemeralStorageKmsKeyId, kms_key_id: storage.kmsKeyId }] : []
    }],
    service_connect_defaults: cluster.serviceConnectDefaults ? [{ namespace: cluster.serviceConnectDefaults.namespace }] : [],
    tags_all: liveTagsAsState(cluster.tags)
  };
}

// src/drift/resources/service.ts
function networkConfigurationView(value) {
  const nc = block(value);
  if (!nc) return void 0;
  return { subnets: sortedStrings(nc.subnets), security_groups: sortedStrings(nc.security_groups), assign_public_ip: bool(nc.assign_public_ip) ?? false };
}
function loadBalancersView(value) {
  return keyedBy(list(value), (lb) => `${lb.container_name ?? ""}:${lb.container_port ?? ""}`, (lb) => ({ target_group_arn: str(lb.target_group_arn), elb_name: str(lb.elb_name) }));
}
function serviceRegistriesView(value) {
  const r = block(value);
  return r && { registry_arn: str(r.registry_arn), port: num(r.port), container_name: str(r.container_name), container_port: num(r.container_port) };
}
function platformVersion(value) {
  const v = str(value);
  return v === "LATEST" ? void 0 : v;
}
function serviceView(attrs) {
  const scheduling = str(attrs.scheduling_strategy) ?? "REPLICA";
  const daemon = scheduling === "DAEMON";
  const breaker = block(attrs.deployment_circuit_breaker);
  const iamRole = roleName(attrs.iam_role);
  return pruneView({
    name: str(attrs.name),
    cluster: clusterName(attrs.cluster),
    desired_count: num(attrs.desired_count) ?? 0,
    launch_type: str(attrs.launch_type),
    platform_version: platformVersion(attrs.platform_version),
    scheduling_strategy: scheduling,
    deployment_controller: str(block(attrs.deployment_controller)?.type) ?? "ECS",
    // ECS's documented defaults: 200/100 for REPLICA, 100/0 for DAEMON.
    deployment_maximum_percent: num(attrs.deployment_maximum_percent) ?? (daemon ? 100 : 200),
    deployment_minimum_healthy_percent: num(attrs.deployment_minimum_healthy_percent) ?? (daemon ? 0 : 100),
    deployment_circuit_breaker: { enable: bool(breaker?.enable) ?? false, rollback: bool(breaker?.rollback) ?? false },
    enable_ecs_managed_tags: bool(attrs.enable_ecs_managed_tags) ?? false,
    enable_execute_command: bool(attrs.enable_execute_command) ?? false,
    health_check_grace_period_seconds: num(attrs.health_check_grace_period_seconds) ?? 0,
    // Without iam_role ECS uses its service-linked role and reports it.
    iam_role: iamRole === "AWSServiceRoleForECS" ? void 0 : iamRole,
    load_balancer: loadBalancersView(attrs.load_balancer),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    ordered_placement_strategy: list(attrs.ordered_placement_strategy).filter(isRecord).map((p) => ({ type: str(p.type), field: str(p.field)?.toLowerCase() })),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ""}:${p.expression ?? ""}`).sort(),
    propagate_tags: str(attrs.propagate_tags) ?? "NONE",
    service_registries: serviceRegistriesView(attrs.service_registries),
    tags: stateTags(attrs)
  });
}
function liveNetworkConfigurationAsState(nc) {
  const vpc = nc?.awsvpcConfiguration;
  return vpc ? [{ subnets: vpc.subnets, security_groups: vpc.securityGroups, assign_public_ip: vpc.assignPublicIp === "ENABLED" }] : [];
}
function liveLoadBalancersAsState(lbs) {
  return (lbs ?? []).map((lb) => ({ container_name: lb.containerName, container_port: lb.containerPort, target_group_arn: lb.targetGroupArn, elb_name: lb.loadBalancerName }));
}
function liveServiceAsState(service) {
  const registry = service.serviceRegistries?.[0];
  return {
    name: service.serviceName,
    cluster: service.clusterArn,
    task_definition: service.taskDefinition,
    desired_count: service.desiredCount,
    launch_type: service.launchType,
    platform_version: service.platformVersion,
    scheduling_strategy: service.schedulingStrategy,
    deployment_controller: service.deploymentController ? [{ type: service.deploymentController.type }] : [],
    deployment_maximum_percent: service.deploymentConfiguration?.maximumPercent,
    deployment_minimum_healthy_percent: service.deploymentConfiguration?.minimumHealthyPercent,
    deployment_circuit_breaker: service.deploymentConfiguration?.deploymentCircuitBreaker ? [{
      enable: service.deploymentConfiguration.deploymentCircuitBreaker.enable,
      rollback: service.deploymentConfiguration.deploymentCircuitBreaker.rollback
    }] : [],
    enable_ecs_managed_tags: service.enableECSManagedTags,
    enable_execute_command: service.enableExecuteCommand,
    health_check_grace_period_seconds: service.healthCheckGracePeriodSeconds,
    iam_role: service.roleArn,
    load_balancer: liveLoadBalancersAsState(service.loadBalancers),
    network_configuration: liveNetworkConfigurationAsState(service.networkConfiguration),
    capacity_provider_strategy: liveCapacityProviderStrategyAsState(service.capacityProviderStrategy),
    ordered_placement_strategy: (service.placementStrategy ?? []).map((p) => ({ type: p.type, field: p.field })),
    placement_constraints: (service.placementConstraints ?? []).map((p) => ({ type: p.type, expression: p.expression })),
    propagate_tags: service.propagateTags,
    service_registries: registry ? [{ registry_arn: registry.registryArn, port: registry.port, container_name: registry.containerName, container_port: registry.containerPort }] : [],
    tags_all: liveTagsAsState(service.tags)
  };
}

// src/drift/resources/task-definition.ts
var CONTAINER_BOOLEAN_DEFAULTS = ["privileged", "readonlyRootFilesystem", "interactive", "pseudoTerminal", "disableNetworking"];
function secretReference(valueFrom) {
  const text = String(valueFrom ?? "");
  return text.startsWith("arn:") || text.startsWith("/") ? text : hashValue(text);
}
function normalizeContainerDefinitions(input, networkMode) {
  let containers = input;
  if (typeof input === "string") {
    try {
      containers = JSON.parse(input);
    } catch {
      containers = [];
    }
  }
  const hostPortIsContainerPort = networkMode === "awsvpc" || networkMode === "host";
  return keyedBy(list(containers), (c) => str(c.name), (c) => normalizeContainer(c, hostPortIsContainerPort));
}
function normalizeContainer(c, hostPortIsContainerPort) {
  const out = { ...c };
  delete out.name;
  out.essential = c.essential ?? true;
  out.cpu = num(c.cpu) === 0 ? void 0 : num(c.cpu);
  out.memory = num(c.memory);
  out.memoryReservation = num(c.memoryReservation);
  for (const key of CONTAINER_BOOLEAN_DEFAULTS) out[key] = bool(c[key]) ?? false;
  out.portMappings = keyedBy(
    list(c.portMappings),
    (p) => `${p.containerPort ?? p.containerPortRange ?? ""}/${str(p.protocol) ?? "tcp"}`,
    (p) => {
      let hostPort = num(p.hostPort);
      if (hostPort === 0) hostPort = void 0;
      if (hostPortIsContainerPort && hostPort === void 0) hostPort = num(p.containerPort);
      return {
        containerPort: num(p.containerPort),
        containerPortRange: str(p.containerPortRange),
        protocol: str(p.protocol) ?? "tcp",
        hostPort,
        name: str(p.name),
        appProtocol: str(p.appProtocol),
        hostPortRange: str(p.hostPortRange)
      };
    }
  );
  out.environment = keyedBy(list(c.environment), (e) => str(e.name), (e) => hashValue(e.value));
  out.environmentFiles = list(c.environmentFiles).map((f) => isRecord(f) ? `${f.type ?? "s3"}:${f.value ?? ""}` : String(f)).sort();
  out.secrets = keyedBy(list(c.secrets), (s) => str(s.name), (s) => secretReference(s.valueFrom));
  out.mountPoints = keyedBy(list(c.mountPoints), (m) => str(m.containerPath), (m) => ({ sourceVolume: str(m.sourceVolume), readOnly: bool(m.readOnly) ?? false }));
  out.volumesFrom = keyedBy(list(c.volumesFrom), (v) => str(v.sourceContainer), (v) => ({ readOnly: bool(v.readOnly) ?? false }));
  out.ulimits = keyedBy(list(c.ulimits), (u) => str(u.name), (u) => ({ softLimit: num(u.softLimit), hardLimit: num(u.hardLimit) }));
  out.systemControls = keyedBy(list(c.systemControls), (s) => str(s.namespace), (s) => str(s.value));
  out.dependsOn = keyedBy(list(c.dependsOn), (d) => str(d.containerName), (d) => str(d.condition));
  out.extraHosts = keyedBy(list(c.extraHosts), (h) => str(h.hostname), (h) => str(h.ipAddress));
  out.dockerLabels = isRecord(c.dockerLabels) ? new Map(Object.entries(c.dockerLabels).sort(([a], [b]) => a < b ? -1 : 1)) : void 0;
  if (isRecord(c.healthCheck)) {
    const hc = c.healthCheck;
    out.healthCheck = {
      command: list(hc.command).map(String),
      interval: num(hc.interval) ?? 30,
      timeout: num(hc.timeout) ?? 5,
      retries: num(hc.retries) ?? 3,
      startPeriod: num(hc.startPeriod) ?? 0
    };
  }
  if (isRecord(c.logConfiguration)) {
    const lc = c.logConfiguration;
    out.logConfiguration = {
      logDriver: str(lc.logDriver),
      options: isRecord(lc.options) ? new Map(Object.entries(lc.options).sort(([a], [b]) => a < b ? -1 : 1)) : void 0,
      secretOptions: keyedBy(list(lc.secretOptions), (s) => str(s.name), (s) => secretReference(s.valueFrom))
    };
  }
  if (isRecord(c.linuxParameters)) {
    const lp = c.linuxParameters;
    const caps = isRecord(lp.capabilities) ? lp.capabilities : {};
    out.linuxParameters = {
      ...lp,
      capabilities: { add: sortedStrings(caps.add), drop: sortedStrings(caps.drop) },
      initProcessEnabled: bool(lp.initProcessEnabled) ?? false
    };
  }
  if (isRecord(c.repositoryCredentials)) out.repositoryCredentials = { credentialsParameter: str(c.repositoryCredentials.credentialsParameter) };
  if (str(c.versionConsistency) === "enabled") out.versionConsistency = void 0;
  return prune(out) ?? {};
}
function taskDefinitionView(attrs) {
  const networkMode = str(attrs.network_mode);
  const proxy = block(attrs.proxy_configuration);
  return pruneView({
    family: str(attrs.family),
    container_definitions: normalizeContainerDefinitions(attrs.container_definitions, networkMode),
    cpu: num(attrs.cpu),
    memory: num(attrs.memory),
    task_role_arn: roleName(attrs.task_role_arn),
    execution_role_arn: roleName(attrs.execution_role_arn),
    // ECS uses bridge on Linux when no network mode is given.
    network_mode: networkMode === "bridge" ? void 0 : networkMode,
    pid_mode: str(attrs.pid_mode),
    ipc_mode: str(attrs.ipc_mode),
    requires_compatibilities: sortedStrings(attrs.requires_compatibilities),
    runtime_platform: block(attrs.runtime_platform) && {
      cpu_architecture: str(block(attrs.runtime_platform).cpu_architecture),
      operating_system_family: str(block(attrs.runtime_platform).operating_system_family)
    },
    volume: keyedBy(list(attrs.volume), (v) => str(v.name), volumeView),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ""}:${p.expression ?? ""}`).sort(),
    ephemeral_storage: num(block(attrs.ephemeral_storage)?.size_in_gib),
    proxy_configuration: proxy && {
      type: str(proxy.type) ?? "APPMESH",
      container_name: str(proxy.container_name),
      properties: isRecord(proxy.properties) ? new Map(Object.entries(proxy.properties).map(([k, v]) => [k, String(v)])) : void 0
    },
    tags: stateTags(attrs)
  });
}
function volumeView(v) {
  const efs = block(v.efs_volume_configuration);
  const auth = efs ? block(efs.authorization_config) : void 0;
  const docker = block(v.docker_volume_configuration);
  const fsx = block(v.fsx_windows_file_server_volume_configuration);
  return {
    host_path: str(v.host_path),
    configure_at_launch: bool(v.configure_at_launch) ?? false,
    efs_volume_configuration: efs && {
      file_system_id: str(efs.file_system_id),
      root_directory: str(efs.root_directory) ?? "/",
      transit_encryption: str(efs.transit_encryption) ?? "DISABLED",
      transit_encryption_port: num(efs.transit_encryption_port) === 0 ? void 0 : num(efs.transit_encryption_port),
      authorization_config: auth && { access_point_id: str(auth.access_point_id), iam: str(auth.iam) ?? "DISABLED" }
    },
    docker_volume_configuration: docker && {
      scope: str(docker.scope),
      autoprovision: bool(docker.autoprovision) ?? false,
      driver: str(docker.driver),
      driver_opts: isRecord(docker.driver_opts) ? new Map(Object.entries(docker.driver_opts)) : void 0,
      labels: isRecord(docker.labels) ? new Map(Object.entries(docker.labels)) : void 0
    },
    fsx_windows_file_server_volume_configuration: fsx && { file_system_id: str(fsx.file_system_id), root_directory: str(fsx.root_directory) }
  };
}
function liveTaskDefinitionAsState(td, tags) {
  return {
    arn: td.taskDefinitionArn,
    family: td.family,
    revision: td.revision,
    container_definitions: td.containerDefinitions ?? [],
    cpu: td.cpu,
    memory: td.memory,
    task_role_arn: td.taskRoleArn,
    execution_role_arn: td.executionRoleArn,
    network_mode: td.networkMode,
    pid_mode: td.pidMode,
    ipc_mode: td.ipcMode,
    requires_compatibilities: td.requiresCompatibilities,
    runtime_platform: td.runtimePlatform ? [{ cpu_architecture: td.runtimePlatform.cpuArchitecture, operating_system_family: td.runtimePlatform.operatingSystemFamily }] : [],
    volume: (td.volumes ?? []).map((v) => ({
      name: v.name,
      host_path: v.host?.sourcePath,
      configure_at_launch: v.configuredAtLaunch,
      efs_volume_configuration: v.efsVolumeConfiguration ? [{
        file_system_id: v.efsVolumeConfiguration.fileSystemId,
        root_directory: v.efsVolumeConfiguration.rootDirectory,
        transit_encryption: v.efsVolumeConfiguration.transitEncryption,
        transit_encryption_port: v.efsVolumeConfiguration.transitEncryptionPort,
        authorization_config: v.efsVolumeConfiguration.authorizationConfig ? [{
          access_point_id: v.efsVolumeConfiguration.authorizationConfig.accessPointId,
          iam: v.efsVolumeConfiguration.authorizationConfig.iam
        }] : []
      }] : [],
      docker_volume_configuration: v.dockerVolumeConfiguration ? [{
        scope: v.dockerVolumeConfiguration.scope,
        autoprovision: v.dockerVolumeConfiguration.autoprovision,
        driver: v.dockerVolumeConfiguration.driver,
        driver_opts: v.dockerVolumeConfiguration.driverOpts,
        labels: v.dockerVolumeConfiguration.labels
      }] : [],
      fsx_windows_file_server_volume_configuration: v.fsxWindowsFileServerVolumeConfiguration ? [{
        file_system_id: v.fsxWindowsFileServerVolumeConfiguration.fileSystemId,
        root_directory: v.fsxWindowsFileServerVolumeConfiguration.rootDirectory
      }] : []
    })),
    placement_constraints: (td.placementConstraints ?? []).map((p) => ({ type: p.type, expression: p.expression })),
    ephemeral_storage: td.ephemeralStorage ? [{ size_in_gib: td.ephemeralStorage.sizeInGiB }] : [],
    proxy_configuration: td.proxyConfiguration ? [{
      type: td.proxyConfiguration.type,
      container_name: td.proxyConfiguration.containerName,
      properties: Object.fromEntries((td.proxyConfiguration.properties ?? []).map((p) => [p.name ?? "", p.value ?? ""]))
    }] : [],
    tags_all: liveTagsAsState(tags)
  };
}

export {
  regionOfArn,
  clusterName,
  serviceName,
  clusterOfServiceArn,
  taskDefinitionRef,
  familyOfTaskDefinitionRef,
  hasRevision,
  capacityProviderName,
  block,
  str,
  num,
  pruneView,
  capacityProviderStrategyView,
  liveCapacityProviderStrategyAsState,
  compareViews,
  pathPatternSegments,
  parseIgnoreChanges,
  classifyDifference,
  isAccessDenied,
  describeReadError,
  EcsLiveReader,
  systemClock,
  RequestScheduler,
  capacityProviderView,
  liveCapacityProviderAsState,
  clusterCapacityProvidersView,
  liveClusterCapacityProvidersAsState,
  clusterView,
  liveClusterAsState,
  networkConfigurationView,
  loadBalancersView,
  serviceRegistriesView,
  platformVersion,
  serviceView,
  liveNetworkConfigurationAsState,
  liveLoadBalancersAsState,
  liveServiceAsState,
  taskDefinitionView,
  liveTaskDefinitionAsState
};
