import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-YUB6GZAH.js";
import {
  looksSecret,
  secretArguments
} from "./chunk-4HIR4YWU.js";
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
function capacityProviderName(value) {
  if (typeof value !== "string") return "";
  if (!value.startsWith("arn:")) return value;
  const resource = value.split(":").slice(5).join(":");
  return resource.startsWith("capacity-provider/") ? resource.slice("capacity-provider/".length) : resource;
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

// src/drift/attribute-table.ts
var CLASSES = /* @__PURE__ */ new Set(["security", "config", "expected", "ignored", "not compared"]);
function attributeRows(source, text) {
  return text.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#")).map((line) => {
    const [rawPath, api, cls, ...why] = line.split("|").map((p) => p.trim());
    const v6Only = rawPath.endsWith(" (v6)");
    if (!CLASSES.has(cls)) throw new Error(`attribute table ${source}: bad class in "${line}"`);
    return { path: v6Only ? rawPath.slice(0, -" (v6)".length) : rawPath, api, class: cls, why: why.join("|"), source, ...v6Only ? { v6Only } : {} };
  });
}

// src/drift/resources/shared.ts
var SecretValue = class _SecretValue {
  #value;
  constructor(value) {
    this.#value = String(value ?? "");
  }
  rendered() {
    return SECRET_PLACEHOLDER;
  }
  equals(other) {
    return other instanceof _SecretValue && other.#value === this.#value;
  }
  toJSON() {
    return SECRET_PLACEHOLDER;
  }
  toString() {
    return SECRET_PLACEHOLDER;
  }
};
var SECRET_PLACEHOLDER = "(secret)";
var RoleRef = class _RoleRef {
  constructor(arn, name) {
    this.arn = arn;
    this.name = name;
  }
  arn;
  name;
  equals(other) {
    if (!(other instanceof _RoleRef)) return false;
    return this.arn !== void 0 && other.arn !== void 0 ? this.arn === other.arn : this.name === other.name;
  }
  rendered() {
    return this.arn ?? this.name;
  }
  toJSON() {
    return this.rendered();
  }
};
function isOpaqueScalar(value) {
  return value instanceof SecretValue || value instanceof RoleRef;
}
function taskRoleRef(value) {
  if (typeof value !== "string" || value === "") return void 0;
  if (!value.startsWith("arn:")) return new RoleRef(void 0, value.split("/").pop());
  return new RoleRef(value, value.split("/").pop() ?? "");
}
function maybeSecret(name, value) {
  return looksSecret(name, value) ? new SecretValue(value) : value;
}
var LiteralMap = class extends Map {
};
function literalMap(entries) {
  const sorted = [...entries].filter(([k]) => k !== "").sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  if (!sorted.length) return void 0;
  return new LiteralMap(sorted.map(([k, v]) => [k, maybeSecret(k, String(v ?? ""))]));
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Map) && !isOpaqueScalar(value);
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
function nonZero(value) {
  const n = num(value);
  return n === 0 ? void 0 : n;
}
function bool(value) {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
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
  if (value instanceof LiteralMap) return value.size ? value : void 0;
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
  const entries = [];
  if (Array.isArray(tags)) {
    for (const t of tags) if (t?.key !== void 0 && !t.key.startsWith("aws:")) entries.push([t.key, t.value ?? ""]);
  } else if (isRecord(tags)) {
    for (const [k, v] of Object.entries(tags)) if (!k.startsWith("aws:")) entries.push([k, v ?? ""]);
  }
  return literalMap(entries);
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

// src/drift/resources/capacity-provider.ts
function rangeView(value, zeroIsValue = false) {
  const r = block(value);
  if (!r) return void 0;
  const n = zeroIsValue ? num : nonZero;
  return { min: n(r.min), max: n(r.max) };
}
var REQUIREMENT_SETS = [
  "accelerator_manufacturers",
  "accelerator_names",
  "accelerator_types",
  "allowed_instance_types",
  "cpu_manufacturers",
  "excluded_instance_types",
  "instance_generations",
  "local_storage_types"
];
var REQUIREMENT_STRINGS = ["bare_metal", "burstable_performance", "local_storage"];
var REQUIREMENT_PERCENTAGES = ["max_spot_price_as_percentage_of_optimal_on_demand_price", "on_demand_max_price_percentage_over_lowest_price", "spot_max_price_percentage_over_lowest_price"];
var REQUIREMENT_RANGES = ["baseline_ebs_bandwidth_mbps", "memory_gib_per_vcpu", "memory_mib", "network_bandwidth_gbps", "network_interface_count", "total_local_storage_gb", "vcpu_count"];
var REQUIREMENT_ZERO_RANGES = ["accelerator_count", "accelerator_total_memory_mib"];
function instanceRequirementsView(value) {
  const r = block(value);
  if (!r) return void 0;
  const view = {};
  for (const k of REQUIREMENT_SETS) view[k] = sortedStrings(r[k]);
  for (const k of REQUIREMENT_STRINGS) view[k] = str(r[k]);
  for (const k of REQUIREMENT_PERCENTAGES) view[k] = nonZero(r[k]);
  for (const k of REQUIREMENT_RANGES) view[k] = rangeView(r[k]);
  for (const k of REQUIREMENT_ZERO_RANGES) view[k] = rangeView(r[k], true);
  view.require_hibernate_support = bool(r.require_hibernate_support) ?? false;
  return view;
}
function managedInstancesProviderView(value) {
  const mi = block(value);
  if (!mi) return void 0;
  const template = block(mi.instance_launch_template);
  const network = template ? block(template.network_configuration) : void 0;
  const storage = template ? block(template.storage_configuration) : void 0;
  const local = template ? block(template.local_storage_configuration) : void 0;
  const optimization = block(mi.infrastructure_optimization);
  return {
    infrastructure_role_arn: str(mi.infrastructure_role_arn),
    propagate_tags: str(mi.propagate_tags),
    infrastructure_optimization: optimization && { scale_in_after: num(optimization.scale_in_after) },
    instance_launch_template: template && {
      // Optional+Computed in the schema; "The default is On-Demand" (API_InstanceLaunchTemplate, capacityOptionType).
      capacity_option_type: str(template.capacity_option_type) ?? "ON_DEMAND",
      ec2_instance_profile_arn: str(template.ec2_instance_profile_arn),
      // "By default, your managed instance is configured for basic monitoring" (API_InstanceLaunchTemplate, monitoring).
      monitoring: str(template.monitoring) ?? "BASIC",
      network_configuration: network && { subnets: sortedStrings(network.subnets), security_groups: sortedStrings(network.security_groups) },
      storage_configuration: storage && { storage_size_gib: nonZero(storage.storage_size_gib) },
      local_storage_configuration: local && { use_local_storage: bool(local.use_local_storage) ?? false },
      instance_requirements: instanceRequirementsView(template.instance_requirements)
    }
  };
}
function capacityProviderView(attrs) {
  const asg = block(attrs.auto_scaling_group_provider);
  const scaling = asg ? block(asg.managed_scaling) : void 0;
  return pruneView({
    name: str(attrs.name),
    // v6: the cluster a Managed Instances capacity provider belongs to (ForceNew; Read stores DescribeCapacityProviders' `cluster`).
    cluster: str(attrs.cluster),
    managed_instances_provider: managedInstancesProviderView(attrs.managed_instances_provider),
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
    cluster: cp.cluster,
    managed_instances_provider: liveManagedInstancesProviderAsState(cp.managedInstancesProvider),
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
function liveRange(r) {
  return r ? [{ min: r.min, max: r.max }] : [];
}
function liveInstanceRequirementsAsState(r) {
  if (!r) return [];
  return [{
    accelerator_count: liveRange(r.acceleratorCount),
    accelerator_manufacturers: r.acceleratorManufacturers,
    accelerator_names: r.acceleratorNames,
    accelerator_total_memory_mib: liveRange(r.acceleratorTotalMemoryMiB),
    accelerator_types: r.acceleratorTypes,
    allowed_instance_types: r.allowedInstanceTypes,
    bare_metal: r.bareMetal,
    baseline_ebs_bandwidth_mbps: liveRange(r.baselineEbsBandwidthMbps),
    burstable_performance: r.burstablePerformance,
    cpu_manufacturers: r.cpuManufacturers,
    excluded_instance_types: r.excludedInstanceTypes,
    instance_generations: r.instanceGenerations,
    local_storage: r.localStorage,
    local_storage_types: r.localStorageTypes,
    max_spot_price_as_percentage_of_optimal_on_demand_price: r.maxSpotPriceAsPercentageOfOptimalOnDemandPrice,
    memory_gib_per_vcpu: liveRange(r.memoryGiBPerVCpu),
    memory_mib: liveRange(r.memoryMiB),
    network_bandwidth_gbps: liveRange(r.networkBandwidthGbps),
    network_interface_count: liveRange(r.networkInterfaceCount),
    on_demand_max_price_percentage_over_lowest_price: r.onDemandMaxPricePercentageOverLowestPrice,
    require_hibernate_support: r.requireHibernateSupport,
    spot_max_price_percentage_over_lowest_price: r.spotMaxPricePercentageOverLowestPrice,
    total_local_storage_gb: liveRange(r.totalLocalStorageGB),
    vcpu_count: liveRange(r.vCpuCount)
  }];
}
function liveManagedInstancesProviderAsState(mi) {
  if (!mi) return [];
  const t = mi.instanceLaunchTemplate;
  return [{
    infrastructure_role_arn: mi.infrastructureRoleArn,
    propagate_tags: mi.propagateTags,
    infrastructure_optimization: mi.infrastructureOptimization ? [{ scale_in_after: mi.infrastructureOptimization.scaleInAfter }] : [],
    instance_launch_template: t ? [{
      capacity_option_type: t.capacityOptionType,
      ec2_instance_profile_arn: t.ec2InstanceProfileArn,
      monitoring: t.monitoring,
      network_configuration: t.networkConfiguration ? [{ subnets: t.networkConfiguration.subnets, security_groups: t.networkConfiguration.securityGroups }] : [],
      storage_configuration: t.storageConfiguration ? [{ storage_size_gib: t.storageConfiguration.storageSizeGiB }] : [],
      local_storage_configuration: t.localStorageConfiguration ? [{ use_local_storage: t.localStorageConfiguration.useLocalStorage }] : [],
      instance_requirements: liveInstanceRequirementsAsState(t.instanceRequirements)
    }] : []
  }];
}
var CAPACITY_PROVIDER_ATTRIBUTES = {
  resourceType: "aws_ecs_capacity_provider",
  api: "DescribeCapacityProviders (include TAGS)",
  rows: attributeRows("internal/service/ecs/capacity_provider.go", `
    arn | capacityProviderArn | not compared | identity
    id | capacityProviderArn | not compared | identity
    name | name | config | ForceNew
    auto_scaling_group_provider | autoScalingGroupProvider | config |
    auto_scaling_group_provider.auto_scaling_group_arn | autoScalingGroupProvider.autoScalingGroupArn | config | ForceNew
    auto_scaling_group_provider.managed_termination_protection | autoScalingGroupProvider.managedTerminationProtection | config | Optional+Computed; absent equals DISABLED
    auto_scaling_group_provider.managed_draining | autoScalingGroupProvider.managedDraining | config | Optional+Computed; absent equals ENABLED
    auto_scaling_group_provider.managed_scaling | autoScalingGroupProvider.managedScaling | config | CreateCapacityProvider defaults when absent
    auto_scaling_group_provider.managed_scaling.status | managedScaling.status | config | default DISABLED
    auto_scaling_group_provider.managed_scaling.target_capacity | managedScaling.targetCapacity | config | default 100
    auto_scaling_group_provider.managed_scaling.minimum_scaling_step_size | managedScaling.minimumScalingStepSize | config | default 1
    auto_scaling_group_provider.managed_scaling.maximum_scaling_step_size | managedScaling.maximumScalingStepSize | config | default 10000
    auto_scaling_group_provider.managed_scaling.instance_warmup_period | managedScaling.instanceWarmupPeriod | config | default 300
    cluster (v6) | cluster | config | ForceNew; required for a Managed Instances capacity provider, which belongs to one cluster
    managed_instances_provider (v6) | managedInstancesProvider | config | ForceNew block; Read stores flattenManagedInstancesProvider of it
    managed_instances_provider.infrastructure_role_arn (v6) | managedInstancesProvider.infrastructureRoleArn | security | the infrastructure role ECS assumes to launch and manage the instances; ARNs compare whole
    managed_instances_provider.propagate_tags (v6) | managedInstancesProvider.propagateTags | config | CAPACITY_PROVIDER or NONE; Optional, stored as read
    managed_instances_provider.infrastructure_optimization (v6) | managedInstancesProvider.infrastructureOptimization | config |
    managed_instances_provider.infrastructure_optimization.scale_in_after (v6) | infrastructureOptimization.scaleInAfter | config | -1 turns optimization off, 0 is a value
    managed_instances_provider.instance_launch_template (v6) | managedInstancesProvider.instanceLaunchTemplate | config |
    managed_instances_provider.instance_launch_template.capacity_option_type (v6) | instanceLaunchTemplate.capacityOptionType | config | Optional+Computed; absent equals ON_DEMAND (API_InstanceLaunchTemplate: "The default is On-Demand")
    managed_instances_provider.instance_launch_template.ec2_instance_profile_arn (v6) | instanceLaunchTemplate.ec2InstanceProfileArn | security | the instance profile: the identity of every managed instance
    managed_instances_provider.instance_launch_template.monitoring (v6) | instanceLaunchTemplate.monitoring | config | absent equals BASIC (API_InstanceLaunchTemplate: basic monitoring by default)
    managed_instances_provider.instance_launch_template.network_configuration (v6) | instanceLaunchTemplate.networkConfiguration | security | what the instances can reach and what can reach them
    managed_instances_provider.instance_launch_template.network_configuration.subnets (v6) | networkConfiguration.subnets | security | a set: order ignored
    managed_instances_provider.instance_launch_template.network_configuration.security_groups (v6) | networkConfiguration.securityGroups | security | a set: order ignored
    managed_instances_provider.instance_launch_template.storage_configuration (v6) | instanceLaunchTemplate.storageConfiguration | config |
    managed_instances_provider.instance_launch_template.storage_configuration.storage_size_gib (v6) | storageConfiguration.storageSizeGiB | config | 0 (what Read writes for none) equals absent
    managed_instances_provider.instance_launch_template.local_storage_configuration (v6) | instanceLaunchTemplate.localStorageConfiguration | config |
    managed_instances_provider.instance_launch_template.local_storage_configuration.use_local_storage (v6) | localStorageConfiguration.useLocalStorage | config | default false
    managed_instances_provider.instance_launch_template.instance_requirements (v6) | instanceLaunchTemplate.instanceRequirements | config | which instance types ECS may launch
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count (v6) | instanceRequirements.acceleratorCount | config | min/max; 0 is a value (sent when >= 0: max 0 means no accelerators)
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count.max (v6) | acceleratorCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_count.min (v6) | acceleratorCount.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_manufacturers (v6) | instanceRequirements.acceleratorManufacturers | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_names (v6) | instanceRequirements.acceleratorNames | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib (v6) | instanceRequirements.acceleratorTotalMemoryMiB | config | min/max; 0 is a value (sent when >= 0: max 0 means no accelerators)
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib.max (v6) | acceleratorTotalMemoryMiB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_total_memory_mib.min (v6) | acceleratorTotalMemoryMiB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.accelerator_types (v6) | instanceRequirements.acceleratorTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.allowed_instance_types (v6) | instanceRequirements.allowedInstanceTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.bare_metal (v6) | instanceRequirements.bareMetal | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps (v6) | instanceRequirements.baselineEbsBandwidthMbps | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps.max (v6) | baselineEbsBandwidthMbps.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.baseline_ebs_bandwidth_mbps.min (v6) | baselineEbsBandwidthMbps.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.burstable_performance (v6) | instanceRequirements.burstablePerformance | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.cpu_manufacturers (v6) | instanceRequirements.cpuManufacturers | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.excluded_instance_types (v6) | instanceRequirements.excludedInstanceTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.instance_generations (v6) | instanceRequirements.instanceGenerations | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.local_storage (v6) | instanceRequirements.localStorage | config | included, excluded or required
    managed_instances_provider.instance_launch_template.instance_requirements.local_storage_types (v6) | instanceRequirements.localStorageTypes | config | a set: order ignored
    managed_instances_provider.instance_launch_template.instance_requirements.max_spot_price_as_percentage_of_optimal_on_demand_price (v6) | instanceRequirements.maxSpotPriceAsPercentageOfOptimalOnDemandPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu (v6) | instanceRequirements.memoryGiBPerVCpu | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu.max (v6) | memoryGiBPerVCpu.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_gib_per_vcpu.min (v6) | memoryGiBPerVCpu.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib (v6) | instanceRequirements.memoryMiB | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib.max (v6) | memoryMiB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.memory_mib.min (v6) | memoryMiB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps (v6) | instanceRequirements.networkBandwidthGbps | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps.max (v6) | networkBandwidthGbps.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_bandwidth_gbps.min (v6) | networkBandwidthGbps.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count (v6) | instanceRequirements.networkInterfaceCount | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count.max (v6) | networkInterfaceCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.network_interface_count.min (v6) | networkInterfaceCount.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.on_demand_max_price_percentage_over_lowest_price (v6) | instanceRequirements.onDemandMaxPricePercentageOverLowestPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.require_hibernate_support (v6) | instanceRequirements.requireHibernateSupport | config | default false (Read uses aws.ToBool)
    managed_instances_provider.instance_launch_template.instance_requirements.spot_max_price_percentage_over_lowest_price (v6) | instanceRequirements.spotMaxPricePercentageOverLowestPrice | config | 0 (what Read writes for none) equals absent; sent only when > 0
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb (v6) | instanceRequirements.totalLocalStorageGB | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb.max (v6) | totalLocalStorageGB.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.total_local_storage_gb.min (v6) | totalLocalStorageGB.min | config |
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count (v6) | instanceRequirements.vCpuCount | config | min/max; 0 equals absent (sent only when > 0)
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count.max (v6) | vCpuCount.max | config |
    managed_instances_provider.instance_launch_template.instance_requirements.vcpu_count.min (v6) | vCpuCount.min | config |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `)
};

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
var CLUSTER_CAPACITY_PROVIDERS_ATTRIBUTES = {
  resourceType: "aws_ecs_cluster_capacity_providers",
  api: "DescribeClusters of its cluster (no extra call)",
  rows: attributeRows("internal/service/ecs/cluster_capacity_providers.go", `
    id | clusterName | not compared | identity
    cluster_name | clusterName | config | ForceNew; name or ARN, compared as a name
    capacity_providers | capacityProviders | config | a set of names (ARNs reduced to names)
    default_capacity_provider_strategy | defaultCapacityProviderStrategy | config | a set keyed by capacity_provider
    default_capacity_provider_strategy.capacity_provider | defaultCapacityProviderStrategy[].capacityProvider | config | the key
    default_capacity_provider_strategy.base | defaultCapacityProviderStrategy[].base | config | absent equals 0
    default_capacity_provider_strategy.weight | defaultCapacityProviderStrategy[].weight | config | absent equals 0
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed): with no ARN in this resource, it says where the cluster is read from
  `)
};

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
var CLUSTER_ATTRIBUTES = {
  resourceType: "aws_ecs_cluster",
  api: "DescribeClusters (include SETTINGS, CONFIGURATIONS, TAGS; 100 per call)",
  rows: attributeRows("internal/service/ecs/cluster.go", `
    arn | clusterArn | not compared | identity
    id | clusterArn | not compared | identity
    name | clusterName | config | ForceNew
    setting | settings | config | keyed by name
    setting.name | settings[].name | config | the key
    setting.value | settings[].value | config | containerInsights=disabled (what ECS reports for a cluster created without it) equals absent
    configuration | configuration | config |
    configuration.execute_command_configuration | configuration.executeCommandConfiguration | security | who can exec into tasks and where it is logged
    configuration.execute_command_configuration.kms_key_id | executeCommandConfiguration.kmsKeyId | security |
    configuration.execute_command_configuration.logging | executeCommandConfiguration.logging | security | DEFAULT equals absent
    configuration.execute_command_configuration.log_configuration | executeCommandConfiguration.logConfiguration | security |
    configuration.execute_command_configuration.log_configuration.cloud_watch_encryption_enabled | logConfiguration.cloudWatchEncryptionEnabled | security | absent equals false
    configuration.execute_command_configuration.log_configuration.cloud_watch_log_group_name | logConfiguration.cloudWatchLogGroupName | security |
    configuration.execute_command_configuration.log_configuration.s3_bucket_encryption_enabled | logConfiguration.s3EncryptionEnabled | security | absent equals false
    configuration.execute_command_configuration.log_configuration.s3_bucket_name | logConfiguration.s3BucketName | security |
    configuration.execute_command_configuration.log_configuration.s3_key_prefix | logConfiguration.s3KeyPrefix | security |
    configuration.managed_storage_configuration | configuration.managedStorageConfiguration | config |
    configuration.managed_storage_configuration.fargate_ephemeral_storage_kms_key_id | managedStorageConfiguration.fargateEphemeralStorageKmsKeyId | security | the key that protects Fargate ephemeral storage
    configuration.managed_storage_configuration.kms_key_id | managedStorageConfiguration.kmsKeyId | security | the key that protects managed storage
    service_connect_defaults | serviceConnectDefaults | config |
    service_connect_defaults.namespace | serviceConnectDefaults.namespace | config |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `)
};

// src/drift/resources/service.ts
function networkConfigurationView(value) {
  const nc = block(value);
  if (!nc) return void 0;
  return { subnets: sortedStrings(nc.subnets), security_groups: sortedStrings(nc.security_groups), assign_public_ip: bool(nc.assign_public_ip) ?? false };
}
function loadBalancersView(value) {
  return keyedBy(list(value), (lb) => `${lb.container_name ?? ""}:${lb.container_port ?? ""}`, (lb) => {
    const advanced = block(lb.advanced_configuration);
    return {
      target_group_arn: str(lb.target_group_arn),
      // aws_ecs_service calls it elb_name, aws_ecs_task_set load_balancer_name.
      elb_name: str(lb.elb_name) ?? str(lb.load_balancer_name),
      // v6 only (blue/green deployments); 5.100.0 has no such block.
      advanced_configuration: advanced && {
        alternate_target_group_arn: str(advanced.alternate_target_group_arn),
        production_listener_rule: str(advanced.production_listener_rule),
        test_listener_rule: str(advanced.test_listener_rule),
        role_arn: taskRoleRef(advanced.role_arn)
      }
    };
  });
}
function serviceRegistriesView(value) {
  const r = block(value);
  return r && { registry_arn: str(r.registry_arn), port: num(r.port), container_name: str(r.container_name), container_port: num(r.container_port) };
}
function platformVersion(value) {
  const v = str(value);
  return v === "LATEST" ? void 0 : v;
}
var SERVICE_LINKED_ROLE = "/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS";
function serviceRoleRef(value) {
  const text = str(value);
  if (text === void 0) return void 0;
  let name = text;
  let arn;
  if (text.startsWith("arn:")) {
    arn = text;
    const parts = text.split("/");
    name = parts.length === 2 ? parts[1] : parts.length > 2 ? `/${parts.slice(1).join("/")}` : "";
  }
  if (name === SERVICE_LINKED_ROLE || name === "AWSServiceRoleForECS") return void 0;
  return new RoleRef(arn, name);
}
function canonicalJson(text) {
  if (text === void 0) return void 0;
  const sort = (v) => Array.isArray(v) ? v.map(sort) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v;
  try {
    return JSON.stringify(sort(JSON.parse(text)));
  } catch {
    return text;
  }
}
function alarmsView(value) {
  const a = block(value);
  return a && { alarm_names: sortedStrings(a.alarm_names), enable: bool(a.enable) ?? false, rollback: bool(a.rollback) ?? false };
}
function deploymentConfigurationView(value) {
  const d = block(value);
  if (!d) return void 0;
  const linear = block(d.linear_configuration);
  const canary = block(d.canary_configuration);
  const view = pruneView({
    strategy: str(d.strategy),
    bake_time_in_minutes: num(d.bake_time_in_minutes),
    lifecycle_hook: list(d.lifecycle_hook).length || void 0,
    linear_configuration: linear,
    canary_configuration: canary
  });
  if (Object.keys(view).length === 0 || Object.keys(view).length === 1 && view.strategy === "ROLLING") return void 0;
  return {
    strategy: str(d.strategy) ?? "ROLLING",
    bake_time_in_minutes: num(d.bake_time_in_minutes),
    lifecycle_hook: keyedBy(list(d.lifecycle_hook), (h) => str(h.hook_target_arn), (h) => ({
      role_arn: taskRoleRef(h.role_arn),
      lifecycle_stages: sortedStrings(h.lifecycle_stages),
      hook_details: canonicalJson(str(h.hook_details))
    })),
    linear_configuration: linear && { step_percent: num(linear.step_percent), step_bake_time_in_minutes: num(linear.step_bake_time_in_minutes) },
    canary_configuration: canary && { canary_percent: num(canary.canary_percent), canary_bake_time_in_minutes: num(canary.canary_bake_time_in_minutes) }
  };
}
function logConfigurationView(value) {
  const lc = block(value);
  return lc && {
    log_driver: str(lc.log_driver),
    options: isRecord(lc.options) ? literalMap(Object.entries(lc.options)) : void 0,
    secret_option: keyedBy(list(lc.secret_option), (o) => str(o.name), (o) => {
      const from = str(o.value_from);
      return from === void 0 || from.startsWith("arn:") || from.startsWith("/") ? from : new SecretValue(from);
    })
  };
}
function namespaceView(value) {
  const text = str(value);
  return text?.startsWith("arn:") ? text : void 0;
}
function serviceConnectView(value) {
  const sc = block(value);
  if (!sc) return void 0;
  const accessLog = block(sc.access_log_configuration);
  return {
    enabled: bool(sc.enabled) ?? false,
    namespace: namespaceView(sc.namespace),
    // v6 only; include_query_parameters is Optional+Computed, so compared only when the state has it.
    access_log_configuration: accessLog && { format: str(accessLog.format), include_query_parameters: str(accessLog.include_query_parameters) },
    log_configuration: logConfigurationView(sc.log_configuration),
    service: keyedBy(list(sc.service), (svc) => str(svc.port_name), (svc) => {
      const alias = block(svc.client_alias);
      const timeout = block(svc.timeout);
      const tls = block(svc.tls);
      return {
        discovery_name: str(svc.discovery_name) ?? str(svc.port_name),
        ingress_port_override: nonZero(svc.ingress_port_override),
        client_alias: alias && {
          port: num(alias.port),
          dns_name: str(alias.dns_name),
          // v6: header rules that send blue/green test traffic to the new revision, keyed by header name.
          test_traffic_rules: keyedBy(list(alias.test_traffic_rules), (r) => str(block(r.header)?.name), (r) => str(block(block(r.header)?.value)?.exact))
        },
        timeout: timeout && { idle_timeout_seconds: num(timeout.idle_timeout_seconds), per_request_timeout_seconds: num(timeout.per_request_timeout_seconds) },
        tls: tls && {
          kms_key: str(tls.kms_key),
          role_arn: taskRoleRef(tls.role_arn),
          issuer_cert_authority: str(block(tls.issuer_cert_authority)?.aws_pca_authority_arn)
        }
      };
    })
  };
}
function volumeConfigurationView(value) {
  const vc = block(value);
  if (!vc) return void 0;
  const ebs = block(vc.managed_ebs_volume);
  return {
    name: str(vc.name),
    managed_ebs_volume: ebs && {
      role_arn: taskRoleRef(ebs.role_arn),
      // Schema defaults: encrypted = true, file_system_type = xfs.
      encrypted: bool(ebs.encrypted) ?? true,
      kms_key_id: str(ebs.kms_key_id),
      file_system_type: str(ebs.file_system_type) ?? "xfs",
      iops: nonZero(ebs.iops),
      size_in_gb: num(ebs.size_in_gb),
      snapshot_id: str(ebs.snapshot_id),
      throughput: nonZero(ebs.throughput),
      volume_initialization_rate: nonZero(ebs.volume_initialization_rate),
      volume_type: str(ebs.volume_type),
      tag_specifications: keyedBy(list(ebs.tag_specifications), (t) => str(t.resource_type), (t) => ({
        propagate_tags: str(t.propagate_tags),
        tags: isRecord(t.tags) ? literalMap(Object.entries(t.tags)) : void 0
      }))
    }
  };
}
function vpcLatticeView(value) {
  return keyedBy(list(value), (v) => `${v.port_name ?? ""}:${v.target_group_arn ?? ""}`, (v) => ({ role_arn: taskRoleRef(v.role_arn) }));
}
var COMPARED_WHEN_IN_STATE = ["availability_zone_rebalancing", "deployment_configuration", "service_connect_configuration", "volume_configuration", "vpc_lattice_configurations"];
var COMPARED_WHEN_REPORTED = ["availability_zone_rebalancing"];
function serviceView(attrs) {
  const scheduling = str(attrs.scheduling_strategy) ?? "REPLICA";
  const daemon = scheduling === "DAEMON";
  const breaker = block(attrs.deployment_circuit_breaker);
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
    deployment_configuration: deploymentConfigurationView(attrs.deployment_configuration),
    alarms: alarmsView(attrs.alarms),
    availability_zone_rebalancing: str(attrs.availability_zone_rebalancing),
    enable_ecs_managed_tags: bool(attrs.enable_ecs_managed_tags) ?? false,
    enable_execute_command: bool(attrs.enable_execute_command) ?? false,
    health_check_grace_period_seconds: num(attrs.health_check_grace_period_seconds) ?? 0,
    iam_role: serviceRoleRef(attrs.iam_role),
    load_balancer: loadBalancersView(attrs.load_balancer),
    network_configuration: networkConfigurationView(attrs.network_configuration),
    capacity_provider_strategy: capacityProviderStrategyView(attrs.capacity_provider_strategy),
    ordered_placement_strategy: list(attrs.ordered_placement_strategy).filter(isRecord).map((p) => ({ type: str(p.type), field: orderedPlacementField(p.field) })),
    placement_constraints: list(attrs.placement_constraints).filter(isRecord).map((p) => `${p.type ?? ""}:${p.expression ?? ""}`).sort(),
    propagate_tags: str(attrs.propagate_tags) ?? "NONE",
    service_connect_configuration: serviceConnectView(attrs.service_connect_configuration),
    service_registries: serviceRegistriesView(attrs.service_registries),
    volume_configuration: volumeConfigurationView(attrs.volume_configuration),
    vpc_lattice_configurations: vpcLatticeView(attrs.vpc_lattice_configurations),
    tags: stateTags(attrs)
  });
}
function orderedPlacementField(value) {
  const field = str(value);
  return field === "host" ? "instanceid" : field?.toLowerCase();
}
function serviceViews(state, liveAsState) {
  const desired = serviceView(state);
  const live = serviceView(liveAsState);
  for (const key of COMPARED_WHEN_IN_STATE) if (desired[key] === void 0) delete live[key];
  for (const key of COMPARED_WHEN_REPORTED) if (live[key] === void 0) delete desired[key];
  const desiredLog = desired.service_connect_configuration?.access_log_configuration;
  const liveLog = live.service_connect_configuration?.access_log_configuration;
  if (liveLog && desiredLog?.include_query_parameters === void 0) delete liveLog.include_query_parameters;
  return [desired, live];
}
function liveNetworkConfigurationAsState(nc) {
  const vpc = nc?.awsvpcConfiguration;
  return vpc ? [{ subnets: vpc.subnets, security_groups: vpc.securityGroups, assign_public_ip: vpc.assignPublicIp === "ENABLED" }] : [];
}
function liveLoadBalancersAsState(lbs) {
  return (lbs ?? []).map((lb) => ({
    container_name: lb.containerName,
    container_port: lb.containerPort,
    target_group_arn: lb.targetGroupArn,
    elb_name: lb.loadBalancerName,
    advanced_configuration: lb.advancedConfiguration ? [{
      alternate_target_group_arn: lb.advancedConfiguration.alternateTargetGroupArn,
      production_listener_rule: lb.advancedConfiguration.productionListenerRule,
      test_listener_rule: lb.advancedConfiguration.testListenerRule,
      role_arn: lb.advancedConfiguration.roleArn
    }] : []
  }));
}
function primaryDeployment(service) {
  return (service.deployments ?? []).find((d) => d.status === "PRIMARY");
}
function liveServiceConnectAsState(sc) {
  if (!isRecord(sc)) return [];
  const log = isRecord(sc.logConfiguration) ? sc.logConfiguration : void 0;
  const accessLog = isRecord(sc.accessLogConfiguration) ? sc.accessLogConfiguration : void 0;
  return [{
    enabled: sc.enabled,
    namespace: sc.namespace,
    access_log_configuration: accessLog ? [{ format: accessLog.format, include_query_parameters: accessLog.includeQueryParameters }] : [],
    log_configuration: log ? [{
      log_driver: log.logDriver,
      options: log.options,
      secret_option: list(log.secretOptions).filter(isRecord).map((o) => ({ name: o.name, value_from: o.valueFrom }))
    }] : [],
    service: list(sc.services).filter(isRecord).map((svc) => {
      const alias = list(svc.clientAliases).filter(isRecord)[0];
      const timeout = isRecord(svc.timeout) ? svc.timeout : void 0;
      const tls = isRecord(svc.tls) ? svc.tls : void 0;
      const issuer = tls && isRecord(tls.issuerCertificateAuthority) ? tls.issuerCertificateAuthority : void 0;
      return {
        port_name: svc.portName,
        discovery_name: svc.discoveryName,
        ingress_port_override: svc.ingressPortOverride,
        client_alias: alias ? [{ port: alias.port, dns_name: alias.dnsName, test_traffic_rules: liveTestTrafficRulesAsState(alias.testTrafficRules) }] : [],
        timeout: timeout ? [{ idle_timeout_seconds: timeout.idleTimeoutSeconds, per_request_timeout_seconds: timeout.perRequestTimeoutSeconds }] : [],
        tls: tls ? [{ kms_key: tls.kmsKey, role_arn: tls.roleArn, issuer_cert_authority: issuer ? [{ aws_pca_authority_arn: issuer.awsPcaAuthorityArn }] : [] }] : []
      };
    })
  }];
}
function liveTestTrafficRulesAsState(rules) {
  const header = isRecord(rules) && isRecord(rules.header) ? rules.header : void 0;
  if (!header) return [];
  const value = isRecord(header.value) ? header.value : void 0;
  return [{ header: [{ name: header.name, value: value ? [{ exact: value.exact }] : [] }] }];
}
function liveVolumeConfigurationAsState(volumes) {
  return list(volumes).filter(isRecord).map((v) => {
    const ebs = isRecord(v.managedEBSVolume) ? v.managedEBSVolume : void 0;
    return {
      name: v.name,
      managed_ebs_volume: ebs ? [{
        role_arn: ebs.roleArn,
        encrypted: ebs.encrypted,
        kms_key_id: ebs.kmsKeyId,
        file_system_type: ebs.filesystemType,
        iops: ebs.iops,
        size_in_gb: ebs.sizeInGiB,
        snapshot_id: ebs.snapshotId,
        throughput: ebs.throughput,
        volume_initialization_rate: ebs.volumeInitializationRate,
        volume_type: ebs.volumeType,
        tag_specifications: list(ebs.tagSpecifications).filter(isRecord).map((t) => ({
          resource_type: t.resourceType,
          propagate_tags: t.propagateTags,
          tags: Object.fromEntries(list(t.tags).filter(isRecord).map((tag) => [String(tag.key ?? ""), tag.value ?? ""]))
        }))
      }] : []
    };
  });
}
function liveServiceAsState(service) {
  const registry = service.serviceRegistries?.[0];
  const primary = primaryDeployment(service);
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
    availability_zone_rebalancing: service.availabilityZoneRebalancing,
    alarms: service.deploymentConfiguration?.alarms ? [{
      alarm_names: service.deploymentConfiguration.alarms.alarmNames,
      enable: service.deploymentConfiguration.alarms.enable,
      rollback: service.deploymentConfiguration.alarms.rollback
    }] : [],
    // v6 Read sets deployment_configuration from flattenDeploymentConfiguration whenever ECS reports a
    // deploymentConfiguration; a strategy ECS leaves out is ROLLING in the view.
    deployment_configuration: service.deploymentConfiguration ? [{
      strategy: service.deploymentConfiguration.strategy,
      bake_time_in_minutes: service.deploymentConfiguration.bakeTimeInMinutes,
      lifecycle_hook: (service.deploymentConfiguration.lifecycleHooks ?? []).map((h) => ({
        hook_target_arn: h.hookTargetArn,
        role_arn: h.roleArn,
        lifecycle_stages: h.lifecycleStages,
        hook_details: h.hookDetails === void 0 ? void 0 : JSON.stringify(h.hookDetails)
      })),
      linear_configuration: service.deploymentConfiguration.linearConfiguration ? [{
        step_percent: service.deploymentConfiguration.linearConfiguration.stepPercent,
        step_bake_time_in_minutes: service.deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes
      }] : [],
      canary_configuration: service.deploymentConfiguration.canaryConfiguration ? [{
        canary_percent: service.deploymentConfiguration.canaryConfiguration.canaryPercent,
        canary_bake_time_in_minutes: service.deploymentConfiguration.canaryConfiguration.canaryBakeTimeInMinutes
      }] : []
    }] : [],
    service_connect_configuration: liveServiceConnectAsState(primary?.serviceConnectConfiguration),
    volume_configuration: liveVolumeConfigurationAsState(primary?.volumeConfigurations),
    vpc_lattice_configurations: list(primary?.vpcLatticeConfigurations).filter(isRecord).map((v) => ({ port_name: v.portName, target_group_arn: v.targetGroupArn, role_arn: v.roleArn })),
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
var SERVICE_ATTRIBUTES = {
  resourceType: "aws_ecs_service",
  api: "DescribeServices (include TAGS); Service Connect, volume and VPC Lattice configurations from the PRIMARY entry of `deployments`",
  rows: attributeRows("internal/service/ecs/service.go", `
    id | serviceArn | not compared | identity: the service is found by it, not compared
    name | serviceName | config | ForceNew; the service is looked up by name
    cluster | clusterArn | config | Read keeps the configured form (name or ARN); compared as a name
    task_definition | taskDefinition | config | Read keeps family:revision unless an ARN was configured; a changed revision is also compared field by field (task_definition.*); expected under CODE_DEPLOY and EXTERNAL controllers
    desired_count | desiredCount | config | DiffSuppress under DAEMON (ignored there); expected when an aws_appautoscaling_target in the state scales it
    launch_type | launchType | config | Optional+Computed
    platform_version | platformVersion | config | Optional+Computed; LATEST (what ECS reports when none was asked for) equals absent
    scheduling_strategy | schedulingStrategy | config | Default REPLICA
    availability_zone_rebalancing | availabilityZoneRebalancing | config | compared only when ECS reports it (ECS defaults it when unset)
    capacity_provider_strategy | capacityProviderStrategy | config | a set keyed by capacity_provider (names; ARNs reduced to names)
    capacity_provider_strategy.capacity_provider | capacityProviderStrategy[].capacityProvider | config | the key
    capacity_provider_strategy.base | capacityProviderStrategy[].base | config | absent equals 0
    capacity_provider_strategy.weight | capacityProviderStrategy[].weight | config | absent equals 0
    deployment_maximum_percent | deploymentConfiguration.maximumPercent | config | Default 200 (REPLICA), 100 under DAEMON, where the provider suppresses 200
    deployment_minimum_healthy_percent | deploymentConfiguration.minimumHealthyPercent | config | Default 100 (REPLICA), 0 under DAEMON, where the provider suppresses 100
    deployment_circuit_breaker | deploymentConfiguration.deploymentCircuitBreaker | config | SuppressMissingOptionalConfigurationBlock: absent equals enable=false, rollback=false
    deployment_circuit_breaker.enable | deploymentConfiguration.deploymentCircuitBreaker.enable | config | default false
    deployment_circuit_breaker.rollback | deploymentConfiguration.deploymentCircuitBreaker.rollback | config | default false
    alarms | deploymentConfiguration.alarms | config | SuppressMissingOptionalConfigurationBlock
    alarms.alarm_names | deploymentConfiguration.alarms.alarmNames | config | a set: order ignored
    alarms.enable | deploymentConfiguration.alarms.enable | config | a disabled alarm no longer stops a bad deployment
    alarms.rollback | deploymentConfiguration.alarms.rollback | config |
    deployment_configuration (v6) | deploymentConfiguration | config | Optional+Computed: compared only when the state has it; Read sets it whenever ECS reports a deploymentConfiguration, and a plain ROLLING block (nothing else set) equals an answer naming no strategy
    deployment_configuration.strategy (v6) | deploymentConfiguration.strategy | config | default ROLLING
    deployment_configuration.bake_time_in_minutes (v6) | deploymentConfiguration.bakeTimeInMinutes | config |
    deployment_configuration.lifecycle_hook (v6) | deploymentConfiguration.lifecycleHooks | config | keyed by hook_target_arn
    deployment_configuration.lifecycle_hook.hook_target_arn (v6) | lifecycleHooks[].hookTargetArn | config | the key of the hook: a new target is an added hook
    deployment_configuration.lifecycle_hook.role_arn (v6) | lifecycleHooks[].roleArn | security | the role ECS assumes to invoke the hook; ARNs compare whole
    deployment_configuration.lifecycle_hook.lifecycle_stages (v6) | lifecycleHooks[].lifecycleStages | config | order ignored
    deployment_configuration.lifecycle_hook.hook_details (v6) | lifecycleHooks[].hookDetails | config | SuppressEquivalentJSONDiffs in the provider
    deployment_configuration.linear_configuration (v6) | deploymentConfiguration.linearConfiguration | config |
    deployment_configuration.linear_configuration.step_percent (v6) | linearConfiguration.stepPercent | config |
    deployment_configuration.linear_configuration.step_bake_time_in_minutes (v6) | linearConfiguration.stepBakeTimeInMinutes | config |
    deployment_configuration.canary_configuration (v6) | deploymentConfiguration.canaryConfiguration | config |
    deployment_configuration.canary_configuration.canary_percent (v6) | canaryConfiguration.canaryPercent | config |
    deployment_configuration.canary_configuration.canary_bake_time_in_minutes (v6) | canaryConfiguration.canaryBakeTimeInMinutes | config |
    deployment_controller | deploymentController | config | SuppressMissingOptionalConfigurationBlock
    deployment_controller.type | deploymentController.type | config | Default ECS; flattenDeploymentController writes ECS when ECS reports none
    enable_ecs_managed_tags | enableECSManagedTags | config | Default false
    enable_execute_command | enableExecuteCommand | security | Default false; ECS Exec opens a shell into running tasks
    health_check_grace_period_seconds | healthCheckGracePeriodSeconds | config | absent equals 0
    iam_role | roleArn | security | Read keeps an ARN when one was configured, else GetRoleNameFromARN (name, or /path/name); the service-linked role equals no role; two ARNs compare whole (account included)
    load_balancer | loadBalancers | config | a set keyed by container_name:container_port; expected under CODE_DEPLOY and EXTERNAL controllers
    load_balancer.container_name | loadBalancers[].containerName | config | part of the key
    load_balancer.container_port | loadBalancers[].containerPort | config | part of the key
    load_balancer.elb_name | loadBalancers[].loadBalancerName | config |
    load_balancer.target_group_arn | loadBalancers[].targetGroupArn | config |
    load_balancer.advanced_configuration (v6) | loadBalancers[].advancedConfiguration | config | blue/green deployments
    load_balancer.advanced_configuration.alternate_target_group_arn (v6) | advancedConfiguration.alternateTargetGroupArn | config |
    load_balancer.advanced_configuration.production_listener_rule (v6) | advancedConfiguration.productionListenerRule | config |
    load_balancer.advanced_configuration.test_listener_rule (v6) | advancedConfiguration.testListenerRule | config |
    load_balancer.advanced_configuration.role_arn (v6) | advancedConfiguration.roleArn | security | the role ECS assumes to change listeners
    network_configuration | networkConfiguration.awsvpcConfiguration | security | what can reach the tasks
    network_configuration.subnets | awsvpcConfiguration.subnets | security | a set: order ignored
    network_configuration.security_groups | awsvpcConfiguration.securityGroups | security | a set: order ignored
    network_configuration.assign_public_ip | awsvpcConfiguration.assignPublicIp | security | ENABLED/DISABLED read as a boolean; default false
    ordered_placement_strategy | placementStrategy | config | ordered list
    ordered_placement_strategy.type | placementStrategy[].type | config |
    ordered_placement_strategy.field | placementStrategy[].field | config | StateFunc stores host as instanceId; DiffSuppress ignores case (Read lower-cases CPU and MEMORY)
    placement_constraints | placementConstraints | config | a set of type:expression
    placement_constraints.type | placementConstraints[].type | config |
    placement_constraints.expression | placementConstraints[].expression | config |
    propagate_tags | propagateTags | config | DiffSuppress: NONE equals unset
    service_connect_configuration | deployments[PRIMARY].serviceConnectConfiguration | config | Read does not set it (5.100.0), so the state holds the configuration; compared only when the state has it
    service_connect_configuration.enabled | serviceConnectConfiguration.enabled | config |
    service_connect_configuration.namespace | serviceConnectConfiguration.namespace | config | Optional+Computed; ECS answers an ARN: compared only when the state holds an ARN too
    service_connect_configuration.access_log_configuration (v6) | serviceConnectConfiguration.accessLogConfiguration | config |
    service_connect_configuration.access_log_configuration.format (v6) | accessLogConfiguration.format | config | TEXT or JSON
    service_connect_configuration.access_log_configuration.include_query_parameters (v6) | accessLogConfiguration.includeQueryParameters | config | Optional+Computed: compared only when the state has it
    service_connect_configuration.log_configuration | serviceConnectConfiguration.logConfiguration | config |
    service_connect_configuration.log_configuration.log_driver | logConfiguration.logDriver | config |
    service_connect_configuration.log_configuration.options | logConfiguration.options | config | an empty value is a value; secret-looking values are compared but never shown
    service_connect_configuration.log_configuration.secret_option | logConfiguration.secretOptions | config | keyed by name; a value_from that is not an ARN or parameter path is treated as a secret
    service_connect_configuration.log_configuration.secret_option.name | secretOptions[].name | config | the key
    service_connect_configuration.log_configuration.secret_option.value_from | secretOptions[].valueFrom | config | see secret_option
    service_connect_configuration.service | serviceConnectConfiguration.services | config | keyed by port_name
    service_connect_configuration.service.port_name | services[].portName | config | the key
    service_connect_configuration.service.discovery_name | services[].discoveryName | config | Optional+Computed: ECS uses the port name when unset
    service_connect_configuration.service.ingress_port_override | services[].ingressPortOverride | config |
    service_connect_configuration.service.client_alias | services[].clientAliases[0] | config |
    service_connect_configuration.service.client_alias.port | clientAliases[].port | config |
    service_connect_configuration.service.client_alias.dns_name | clientAliases[].dnsName | config |
    service_connect_configuration.service.client_alias.test_traffic_rules (v6) | clientAliases[].testTrafficRules | config | header rules that route blue/green test traffic to the new revision; keyed by header name
    service_connect_configuration.service.client_alias.test_traffic_rules.header (v6) | testTrafficRules.header | config |
    service_connect_configuration.service.client_alias.test_traffic_rules.header.name (v6) | header.name | config | the key
    service_connect_configuration.service.client_alias.test_traffic_rules.header.value (v6) | header.value | config |
    service_connect_configuration.service.client_alias.test_traffic_rules.header.value.exact (v6) | value.exact | config | the header value that marks test traffic
    service_connect_configuration.service.timeout | services[].timeout | config |
    service_connect_configuration.service.timeout.idle_timeout_seconds | timeout.idleTimeoutSeconds | config |
    service_connect_configuration.service.timeout.per_request_timeout_seconds | timeout.perRequestTimeoutSeconds | config |
    service_connect_configuration.service.tls | services[].tls | config |
    service_connect_configuration.service.tls.kms_key | tls.kmsKey | security | encryption key of the TLS material
    service_connect_configuration.service.tls.role_arn | tls.roleArn | security | the role ECS assumes for the private CA
    service_connect_configuration.service.tls.issuer_cert_authority | tls.issuerCertificateAuthority | config |
    service_connect_configuration.service.tls.issuer_cert_authority.aws_pca_authority_arn | issuerCertificateAuthority.awsPcaAuthorityArn | config |
    service_registries | serviceRegistries[0] | config |
    service_registries.registry_arn | serviceRegistries[].registryArn | config |
    service_registries.port | serviceRegistries[].port | config |
    service_registries.container_name | serviceRegistries[].containerName | config |
    service_registries.container_port | serviceRegistries[].containerPort | config |
    volume_configuration | deployments[PRIMARY].volumeConfigurations | config | compared only when the state has it
    volume_configuration.name | volumeConfigurations[].name | config |
    volume_configuration.managed_ebs_volume | volumeConfigurations[].managedEBSVolume | config |
    volume_configuration.managed_ebs_volume.role_arn | managedEBSVolume.roleArn | security | the infrastructure role ECS assumes to manage the volume
    volume_configuration.managed_ebs_volume.encrypted | managedEBSVolume.encrypted | security | Default true; an unencrypted volume exposes task data
    volume_configuration.managed_ebs_volume.kms_key_id | managedEBSVolume.kmsKeyId | security | the key that protects the data
    volume_configuration.managed_ebs_volume.file_system_type | managedEBSVolume.filesystemType | config | Default xfs
    volume_configuration.managed_ebs_volume.iops | managedEBSVolume.iops | config |
    volume_configuration.managed_ebs_volume.size_in_gb | managedEBSVolume.sizeInGiB | config |
    volume_configuration.managed_ebs_volume.snapshot_id | managedEBSVolume.snapshotId | config |
    volume_configuration.managed_ebs_volume.throughput | managedEBSVolume.throughput | config |
    volume_configuration.managed_ebs_volume.volume_initialization_rate | managedEBSVolume.volumeInitializationRate | config |
    volume_configuration.managed_ebs_volume.volume_type | managedEBSVolume.volumeType | config |
    volume_configuration.managed_ebs_volume.tag_specifications | managedEBSVolume.tagSpecifications | config | keyed by resource_type
    volume_configuration.managed_ebs_volume.tag_specifications.resource_type | tagSpecifications[].resourceType | config | the key
    volume_configuration.managed_ebs_volume.tag_specifications.propagate_tags | tagSpecifications[].propagateTags | config |
    volume_configuration.managed_ebs_volume.tag_specifications.tags | tagSpecifications[].tags | config | an empty value is a value
    vpc_lattice_configurations | deployments[PRIMARY].vpcLatticeConfigurations | config | a set keyed by port_name:target_group_arn; compared only when the state has it
    vpc_lattice_configurations.port_name | vpcLatticeConfigurations[].portName | config | part of the key
    vpc_lattice_configurations.target_group_arn | vpcLatticeConfigurations[].targetGroupArn | config | part of the key
    vpc_lattice_configurations.role_arn | vpcLatticeConfigurations[].roleArn | security | the infrastructure role ECS assumes
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags are AWS's own and skipped; an empty value is a value; the provider's ignore_tags are honoured; secret-looking values are never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
    force_delete | - | not compared | provider-only: how terraform destroy behaves
    force_new_deployment | - | not compared | provider-only: an action on apply, not a live setting
    triggers | - | not compared | provider-only: values that force a redeployment
    wait_for_steady_state | - | not compared | provider-only: how apply waits
    timeouts | - | not compared | provider-only: operation timeouts
    timeouts.create | - | not compared | provider-only
    timeouts.update | - | not compared | provider-only
    timeouts.delete | - | not compared | provider-only
    sigint_rollback (v6) | - | not compared | provider-only: what apply does when interrupted
  `)
};

// src/drift/resources/task-definition.ts
var CONTAINER_BOOLEAN_DEFAULTS = ["privileged", "readonlyRootFilesystem", "interactive", "pseudoTerminal", "disableNetworking"];
function secretReference(valueFrom) {
  const text = str(valueFrom);
  if (text === void 0) return void 0;
  return text.startsWith("arn:") || text.startsWith("/") ? text : new SecretValue(text);
}
function argumentsView(value) {
  const args = list(value).map((a) => String(a ?? ""));
  const secret = new Set(secretArguments(args));
  return args.map((a, i) => secret.has(i) ? new SecretValue(a) : a);
}
function optionsView(value) {
  return isRecord(value) ? literalMap(Object.entries(value)) : void 0;
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
  const mappings = list(c.portMappings).filter(isRecord).map((p) => {
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
  });
  out.portMappings = keyedBy(
    mappings,
    (m) => `${m.hostPort !== void 0 && !hostPortIsContainerPort ? `${m.hostPort}:` : ""}${m.containerPort ?? m.containerPortRange ?? ""}/${m.protocol}`,
    (m) => m
  );
  out.environment = keyedBy(list(c.environment), (e) => str(e.name), (e) => new SecretValue(e.value));
  out.command = argumentsView(c.command);
  out.entryPoint = argumentsView(c.entryPoint);
  out.environmentFiles = list(c.environmentFiles).map((f) => isRecord(f) ? `${f.type ?? "s3"}:${f.value ?? ""}` : String(f)).sort();
  out.secrets = keyedBy(list(c.secrets), (s) => str(s.name), (s) => secretReference(s.valueFrom));
  out.mountPoints = keyedBy(list(c.mountPoints), (m) => str(m.containerPath), (m) => ({ sourceVolume: str(m.sourceVolume), readOnly: bool(m.readOnly) ?? false }));
  out.volumesFrom = keyedBy(list(c.volumesFrom), (v) => str(v.sourceContainer), (v) => ({ readOnly: bool(v.readOnly) ?? false }));
  out.ulimits = keyedBy(list(c.ulimits), (u) => str(u.name), (u) => ({ softLimit: num(u.softLimit), hardLimit: num(u.hardLimit) }));
  out.systemControls = keyedBy(list(c.systemControls), (s) => str(s.namespace), (s) => str(s.value));
  out.dependsOn = keyedBy(list(c.dependsOn), (d) => str(d.containerName), (d) => str(d.condition));
  out.extraHosts = keyedBy(list(c.extraHosts), (h) => str(h.hostname), (h) => str(h.ipAddress));
  out.dockerLabels = optionsView(c.dockerLabels);
  if (isRecord(c.firelensConfiguration)) out.firelensConfiguration = { type: str(c.firelensConfiguration.type), options: optionsView(c.firelensConfiguration.options) };
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
      options: optionsView(lc.options),
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
  if (isRecord(c.repositoryCredentials)) out.repositoryCredentials = { credentialsParameter: secretReference(c.repositoryCredentials.credentialsParameter) };
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
    task_role_arn: taskRoleRef(attrs.task_role_arn),
    execution_role_arn: taskRoleRef(attrs.execution_role_arn),
    // Optional+Computed in the provider; ECS answers false when it was not asked for.
    enable_fault_injection: bool(attrs.enable_fault_injection) ?? false,
    inference_accelerator: keyedBy(list(attrs.inference_accelerator), (a) => str(a.device_name), (a) => str(a.device_type)),
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
  const fsxAuth = fsx ? block(fsx.authorization_config) : void 0;
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
    fsx_windows_file_server_volume_configuration: fsx && {
      file_system_id: str(fsx.file_system_id),
      root_directory: str(fsx.root_directory),
      authorization_config: fsxAuth && { credentials_parameter: secretReference(fsxAuth.credentials_parameter), domain: str(fsxAuth.domain) }
    }
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
    enable_fault_injection: td.enableFaultInjection,
    inference_accelerator: (td.inferenceAccelerators ?? []).map((a) => ({ device_name: a.deviceName, device_type: a.deviceType })),
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
        root_directory: v.fsxWindowsFileServerVolumeConfiguration.rootDirectory,
        authorization_config: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig ? [{
          credentials_parameter: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig.credentialsParameter,
          domain: v.fsxWindowsFileServerVolumeConfiguration.authorizationConfig.domain
        }] : []
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
var TASK_DEFINITION_ATTRIBUTES = {
  resourceType: "aws_ecs_task_definition",
  api: "DescribeTaskDefinition (include TAGS), each revision once",
  rows: attributeRows("internal/service/ecs/task_definition.go", `
    arn | taskDefinitionArn | not compared | identity: the revision is read by it
    arn_without_revision | - | not compared | derived from arn
    id | family | not compared | identity
    revision | revision | not compared | identity (part of arn); a service running another revision is reported on the service
    family | family | config | ForceNew
    container_definitions | containerDefinitions | security | compared per container and field (container_definitions.go equivalences: containers, environment and secrets by name, essential true, protocol tcp, hostPort = containerPort in awsvpc/host, health-check timings, cpu 0 and empty lists absent); image, user, privileged, environment, secrets, repositoryCredentials, mountPoints, volumesFrom, linuxParameters and readonlyRootFilesystem are security, the other fields config; environment values and secret-looking options, labels and arguments are never shown
    cpu | cpu | config | a string in both; compared as a number
    memory | memory | config | a string in both; compared as a number
    task_role_arn | taskRoleArn | security | the workload's identity; two ARNs compare whole, else the role names
    execution_role_arn | executionRoleArn | security | pulls images and reads secrets; compared like task_role_arn
    network_mode | networkMode | security | Optional+Computed; bridge (the Linux default) equals absent
    pid_mode | pidMode | security | host shares the host's process namespace
    ipc_mode | ipcMode | security | host shares the host's IPC namespace
    requires_compatibilities | requiresCompatibilities | config | a set
    enable_fault_injection | enableFaultInjection | config | Optional+Computed; absent equals false
    track_latest | - | not compared | provider-only: whether Terraform follows revisions registered outside it
    skip_destroy | - | not compared | provider-only: whether destroy deregisters the revision
    ephemeral_storage | ephemeralStorage | config |
    ephemeral_storage.size_in_gib | ephemeralStorage.sizeInGiB | config |
    inference_accelerator | inferenceAccelerators | config | keyed by device_name
    inference_accelerator.device_name | inferenceAccelerators[].deviceName | config | the key
    inference_accelerator.device_type | inferenceAccelerators[].deviceType | config |
    placement_constraints | placementConstraints | config | a set of type:expression
    placement_constraints.type | placementConstraints[].type | config |
    placement_constraints.expression | placementConstraints[].expression | config |
    proxy_configuration | proxyConfiguration | config |
    proxy_configuration.type | proxyConfiguration.type | config | Default APPMESH
    proxy_configuration.container_name | proxyConfiguration.containerName | config |
    proxy_configuration.properties | proxyConfiguration.properties | config | name/value pairs read as a map
    runtime_platform | runtimePlatform | config |
    runtime_platform.cpu_architecture | runtimePlatform.cpuArchitecture | config |
    runtime_platform.operating_system_family | runtimePlatform.operatingSystemFamily | config |
    volume | volumes | security | a set keyed by name: host paths and file systems decide what the task can read
    volume.name | volumes[].name | security | the key
    volume.host_path | volumes[].host.sourcePath | security | a host mount
    volume.configure_at_launch | volumes[].configuredAtLaunch | security | Optional+Computed; absent equals false
    volume.docker_volume_configuration | volumes[].dockerVolumeConfiguration | security |
    volume.docker_volume_configuration.scope | dockerVolumeConfiguration.scope | security | Optional+Computed
    volume.docker_volume_configuration.autoprovision | dockerVolumeConfiguration.autoprovision | security | absent equals false
    volume.docker_volume_configuration.driver | dockerVolumeConfiguration.driver | security | Optional+Computed
    volume.docker_volume_configuration.driver_opts | dockerVolumeConfiguration.driverOpts | security |
    volume.docker_volume_configuration.labels | dockerVolumeConfiguration.labels | security |
    volume.efs_volume_configuration | volumes[].efsVolumeConfiguration | security |
    volume.efs_volume_configuration.file_system_id | efsVolumeConfiguration.fileSystemId | security |
    volume.efs_volume_configuration.root_directory | efsVolumeConfiguration.rootDirectory | security | absent equals /
    volume.efs_volume_configuration.transit_encryption | efsVolumeConfiguration.transitEncryption | security | absent equals DISABLED
    volume.efs_volume_configuration.transit_encryption_port | efsVolumeConfiguration.transitEncryptionPort | security | 0 equals absent
    volume.efs_volume_configuration.authorization_config | efsVolumeConfiguration.authorizationConfig | security |
    volume.efs_volume_configuration.authorization_config.access_point_id | authorizationConfig.accessPointId | security |
    volume.efs_volume_configuration.authorization_config.iam | authorizationConfig.iam | security | absent equals DISABLED
    volume.fsx_windows_file_server_volume_configuration | volumes[].fsxWindowsFileServerVolumeConfiguration | security |
    volume.fsx_windows_file_server_volume_configuration.file_system_id | fsxWindowsFileServerVolumeConfiguration.fileSystemId | security |
    volume.fsx_windows_file_server_volume_configuration.root_directory | fsxWindowsFileServerVolumeConfiguration.rootDirectory | security |
    volume.fsx_windows_file_server_volume_configuration.authorization_config | fsxWindowsFileServerVolumeConfiguration.authorizationConfig | security |
    volume.fsx_windows_file_server_volume_configuration.authorization_config.credentials_parameter | authorizationConfig.credentialsParameter | security | a secret reference; a value that is not an ARN is never shown
    volume.fsx_windows_file_server_volume_configuration.authorization_config.domain | authorizationConfig.domain | security |
    tags | tags | not compared | tags_all (which includes it) is compared
    tags_all | tags | config | aws: tags skipped; an empty value is a value; ignore_tags honoured; secret-looking values never shown
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed, the provider's region when unset): where the live side is read from, not a setting of the resource
  `)
};

export {
  regionOfArn,
  clusterName,
  serviceName,
  clusterOfServiceArn,
  taskDefinitionRef,
  familyOfTaskDefinitionRef,
  hasRevision,
  capacityProviderName,
  SecretValue,
  SECRET_PLACEHOLDER,
  isOpaqueScalar,
  isRecord,
  block,
  str,
  num,
  pruneView,
  capacityProviderStrategyView,
  liveCapacityProviderStrategyAsState,
  isAccessDenied,
  describeReadError,
  EcsLiveReader,
  attributeRows,
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
  serviceViews,
  liveNetworkConfigurationAsState,
  liveLoadBalancersAsState,
  liveServiceAsState,
  taskDefinitionView,
  liveTaskDefinitionAsState
};
