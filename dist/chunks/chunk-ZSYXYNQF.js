import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  parseModuleVersion,
  parseVersionConstraint
} from "./chunk-WE6UCKEB.js";
import {
  decodeJsonString
} from "./chunk-OJUXA2BK.js";
import {
  classifyDifference,
  compareViews,
  parseIgnoreChanges
} from "./chunk-VHMNKHH3.js";
import {
  EcsLiveReader,
  capacityProviderName,
  capacityProviderView,
  clusterCapacityProvidersView,
  clusterName,
  clusterView,
  familyOfTaskDefinitionRef,
  hasRevision,
  liveCapacityProviderAsState,
  liveClusterAsState,
  liveClusterCapacityProvidersAsState,
  liveServiceAsState,
  liveTaskDefinitionAsState,
  liveTaskSetAsState,
  regionOfArn,
  serviceName,
  serviceView,
  taskDefinitionRef,
  taskDefinitionView,
  taskSetView
} from "./chunk-MUG4Q7NR.js";
import {
  parseHcl
} from "./chunk-JEE6VJE5.js";
import {
  RequestScheduler
} from "./chunk-53DEMPSV.js";

// src/drift/provider-version.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
function compareVersions(a, b) {
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}
function conditionsOf(constraint) {
  try {
    return parseVersionConstraint(constraint);
  } catch {
    return void 0;
  }
}
function upperBoundOf(constraint) {
  const conditions = conditionsOf(constraint);
  if (!conditions) return void 0;
  let bound;
  const tighten = (version, inclusive) => {
    const c = bound ? compareVersions(version, bound.version) : -1;
    if (!bound || c < 0 || c === 0 && !inclusive) bound = { version, inclusive };
  };
  for (const { op, version } of conditions) {
    const [major, minor, patch] = version.segments;
    switch (op) {
      case "=":
        tighten([major, minor, patch], true);
        break;
      case "<":
        tighten([major, minor, patch], false);
        break;
      case "<=":
        tighten([major, minor, patch], true);
        break;
      // `~> X.Y.Z` allows up to X.(Y+1) exclusive; `~> X.Y` up to (X+1) exclusive.
      case "~>":
        if (version.written >= 3) tighten([major, minor + 1, 0], false);
        else if (version.written === 2) tighten([major + 1, 0, 0], false);
        break;
      default:
        break;
    }
  }
  return bound;
}
function predates(provider, version) {
  const target = parseModuleVersion(version).segments;
  if (provider.version) return compareVersions(parseModuleVersion(provider.version)?.segments ?? [0], target) < 0;
  const newest = provider.newestAllowed;
  if (!newest) return false;
  const c = compareVersions(newest.version, target);
  return c < 0 || c === 0 && !newest.inclusive;
}
var LOCK_ADDRESSES = /* @__PURE__ */ new Set(["registry.terraform.io/hashicorp/aws", "registry.opentofu.org/hashicorp/aws"]);
var SOURCE = /^((registry\.terraform\.io|registry\.opentofu\.org)\/)?hashicorp\/aws$/i;
function literal(expr) {
  if (!expr) return void 0;
  if (expr.t === "lit" && typeof expr.v === "string") return expr.v;
  if (expr.t === "tmpl" && expr.parts.every((p) => p.t === "text")) return expr.parts.map((p) => p.t === "text" ? p.text : "").join("");
  return void 0;
}
function singleMajorOf(constraint) {
  const conditions = conditionsOf(constraint);
  if (!conditions) return void 0;
  let lower;
  let upper;
  const raise = (n) => {
    lower = lower === void 0 ? n : Math.max(lower, n);
  };
  const cap = (n) => {
    upper = upper === void 0 ? n : Math.min(upper, n);
  };
  for (const { op, version } of conditions) {
    const [major, minor, patch] = version.segments;
    switch (op) {
      case "=":
        raise(major);
        cap(major);
        break;
      case "!=":
        break;
      case ">":
      case ">=":
        raise(major);
        break;
      case "<":
        cap(minor === 0 && patch === 0 ? major - 1 : major);
        break;
      case "<=":
        cap(major);
        break;
      case "~>":
        raise(major);
        if (version.written >= 2) cap(major);
        break;
    }
  }
  return lower !== void 0 && upper !== void 0 && lower === upper ? lower : void 0;
}
async function fromLockFile(repoRoot, rootDir) {
  const file = path.join(repoRoot, rootDir, ".terraform.lock.hcl");
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return void 0;
  }
  const where = path.posix.join(rootDir.replace(/\\/g, "/"), ".terraform.lock.hcl").replace(/^\.\//, "");
  try {
    const body = (await parseHcl(text)).body;
    for (const block of body.blocks) {
      if (block.type !== "provider" || !LOCK_ADDRESSES.has((block.labels[0] ?? "").toLowerCase())) continue;
      const version = literal(block.attributes.find((a) => a.name === "version")?.expr);
      const parsed = version ? parseModuleVersion(version) : void 0;
      if (version && parsed) return { major: parsed.segments[0], version, source: "lock", detail: `hashicorp/aws ${version} (${where})` };
    }
  } catch {
    return { source: "unknown", detail: `${where} could not be read` };
  }
  return void 0;
}
async function fromConstraints(configuration, rootDir) {
  const constraints = [];
  for (const file of configuration.moduleFiles.get(rootDir) ?? []) {
    if (!file.endsWith(".tf")) continue;
    const text = configuration.files.get(file)?.text;
    if (!text || !text.includes("required_providers")) continue;
    let body;
    try {
      body = (await parseHcl(text)).body;
    } catch {
      continue;
    }
    for (const terraform of body.blocks.filter((b) => b.type === "terraform")) {
      for (const required of terraform.blocks.filter((b) => b.type === "required_providers")) {
        for (const attr of required.attributes) {
          const expr = attr.expr;
          if (expr.t === "object") {
            const get = (name) => literal(expr.elems.find((e) => literal(e.key) === name || e.key.t === "var" && e.key.name === name)?.value);
            const source = get("source") ?? (attr.name === "aws" ? "hashicorp/aws" : void 0);
            const version = get("version");
            if (source && SOURCE.test(source) && version) constraints.push(version);
          } else if (attr.name === "aws") {
            const version = literal(expr);
            if (version) constraints.push(version);
          }
        }
      }
    }
  }
  if (constraints.length === 0) return void 0;
  const joined = constraints.join(", ");
  const major = singleMajorOf(joined);
  return major === void 0 ? { source: "unknown", detail: `the required_providers constraint "${joined}" allows more than one major version and there is no .terraform.lock.hcl` } : { major, source: "constraint", detail: `hashicorp/aws ${major}.x (required_providers "${joined}"; no .terraform.lock.hcl)`, ...upperBoundOf(joined) ? { newestAllowed: upperBoundOf(joined) } : {} };
}
async function awsProviderVersion(configuration, rootDir, repoRoot) {
  const dir = rootDir === "" ? "." : rootDir;
  const locked = repoRoot ? await fromLockFile(repoRoot, dir) : void 0;
  if (locked) return locked;
  const constrained = await fromConstraints(configuration, dir);
  if (constrained) return constrained;
  return { source: "unknown", detail: "no .terraform.lock.hcl and no required_providers version for hashicorp/aws" };
}

// src/drift/import-check.ts
var SUPPORTED_TYPES = /* @__PURE__ */ new Set(["aws_ecs_service", "aws_ecs_task_definition", "aws_ecs_cluster", "aws_ecs_cluster_capacity_providers", "aws_ecs_capacity_provider", "aws_ecs_task_set"]);
var KEYED_BLOCKS = /* @__PURE__ */ new Set(["setting", "load_balancer", "volume", "capacity_provider_strategy", "default_capacity_provider_strategy", "ordered_placement_strategy", "placement_constraints"]);
var NOT_ATTRIBUTES = /* @__PURE__ */ new Set(["lifecycle", "timeouts", "provisioner", "connection", "count", "for_each", "depends_on", "provider"]);
var STRATEGY_LEFT_OUT = "not set in the code: Optional, not Computed, so the provider plans its removal, which with provider 5.x replaces the service";
var COMPUTED_WHEN_UNSET = {
  aws_ecs_service: ["cluster", "iam_role", "launch_type", "platform_version"],
  aws_ecs_task_definition: ["network_mode"],
  aws_ecs_cluster: ["setting"],
  aws_ecs_cluster_capacity_providers: [],
  aws_ecs_capacity_provider: [],
  // internal/service/ecs/task_set.go (5.100.0): external_id, launch_type, platform_version and scale are Optional + Computed.
  aws_ecs_task_set: ["external_id", "launch_type", "platform_version", "scale"]
};
var NESTED_COMPUTED_WHEN_UNSET = {
  aws_ecs_task_definition: [["enable_fault_injection"]],
  aws_ecs_capacity_provider: [
    ["auto_scaling_group_provider", "managed_draining"],
    ["auto_scaling_group_provider", "managed_termination_protection"],
    ["auto_scaling_group_provider", "managed_scaling"],
    ...["status", "target_capacity", "minimum_scaling_step_size", "maximum_scaling_step_size", "instance_warmup_period"].map((name) => ["auto_scaling_group_provider", "managed_scaling", name])
  ]
};
function sets(block, name) {
  return block.attributes.has(name) || block.blocks.some((b) => b.type === name);
}
function nestedUnset(resource, type) {
  const out = [];
  for (const path2 of NESTED_COMPUTED_WHEN_UNSET[type] ?? []) {
    let block = resource.body;
    for (const name of path2.slice(0, -1)) block = block?.blocks.find((b) => b.type === name);
    const last = path2[path2.length - 1];
    if (!block || sets(block, last)) continue;
    if (!out.some((o) => o.length < path2.length && o.every((seg, i) => seg === path2[i]))) out.push(path2);
  }
  return out;
}
function evaluatedAsState(resource) {
  const unknown = [];
  return { attributes: blockAsState(resource.body, [], unknown), unknown };
}
function blockAsState(block, prefix, unknown) {
  const out = {};
  for (const [name, attr] of block.attributes) {
    if (prefix.length === 0 && NOT_ATTRIBUTES.has(name)) continue;
    out[name] = name === "container_definitions" && prefix.length === 0 ? containerDefinitionsAsState(attr.value, unknown) : plainOf(attr.value, [...prefix, name], unknown);
  }
  const byType = /* @__PURE__ */ new Map();
  for (const b of block.blocks) {
    if (prefix.length === 0 && NOT_ATTRIBUTES.has(b.type)) continue;
    if (!byType.has(b.type)) byType.set(b.type, []);
    byType.get(b.type).push(b);
  }
  for (const [type, blocks] of byType) {
    const path2 = [...prefix, type];
    const collector = [];
    out[type] = blocks.map((b) => blockAsState(b, path2, collector));
    if (KEYED_BLOCKS.has(type)) {
      if (collector.length) unknown.push({ path: path2, why: collector[0].why });
    } else unknown.push(...collector);
  }
  for (const u of block.unknownBlocks) unknown.push({ path: [...prefix, u.type], why: u.reason });
  return out;
}
function plainOf(value, path2, unknown) {
  switch (value.kind) {
    case "unknown":
      unknown.push({ path: path2, why: value.reason });
      return void 0;
    case "string":
    case "number":
    case "bool":
      return value.value;
    case "null":
      return null;
    case "list": {
      const inner = [];
      const items = value.items.map((item) => plainOf(item, path2, inner));
      if (inner.length) unknown.push({ path: path2, why: inner[0].why });
      return items.filter((i) => i !== void 0);
    }
    case "object": {
      const out = {};
      for (const [k, e] of value.entries) {
        const v = plainOf(e.value, [...path2, k], unknown);
        if (v !== void 0) out[k] = v;
      }
      return out;
    }
  }
}
function containerDefinitionsAsState(value, unknown) {
  const path2 = ["container_definitions"];
  if (value.kind === "unknown") {
    unknown.push({ path: path2, why: value.reason });
    return void 0;
  }
  let decoded = value;
  if (value.kind === "string") {
    try {
      decoded = decodeJsonString(value);
    } catch (error) {
      unknown.push({ path: path2, why: `container_definitions is not valid JSON: ${error.message}` });
      return void 0;
    }
  }
  if (decoded.kind !== "list") {
    unknown.push({ path: path2, why: decoded.kind === "unknown" ? decoded.reason : "container_definitions is not a JSON array" });
    return void 0;
  }
  return decoded.items.map((item) => {
    if (item.kind !== "object") return plainOf(item, path2, unknown);
    const name = item.entries.get("name")?.value;
    if (name?.kind !== "string") {
      unknown.push({ path: path2, why: name?.kind === "unknown" ? name.reason : "a container has no name" });
      return void 0;
    }
    const container = {};
    for (const [key, entry] of item.entries) {
      const at = [...path2, name.value, key];
      if ((key === "environment" || key === "secrets") && entry.value.kind === "list") {
        container[key] = entry.value.items.map((e) => {
          const entryName = e.kind === "object" ? e.entries.get("name")?.value : void 0;
          return plainOf(e, entryName?.kind === "string" ? [...at, entryName.value] : at, unknown);
        });
        continue;
      }
      const v = plainOf(entry.value, at, unknown);
      if (v !== void 0) container[key] = v;
    }
    return container;
  }).filter((c) => c !== void 0);
}
function normalizeDir(dir) {
  const d = dir.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  return d === "" ? "." : d;
}
var stripKeys = (address) => address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, "");
function resolveTarget(imp, configuration) {
  const root = normalizeDir(imp.rootDir);
  const candidates = configuration.resources.filter((r) => r.mode === "managed" && normalizeDir(r.rootDir) === root);
  const exact = candidates.find((r) => r.address === imp.to);
  if (exact) return exact;
  const unexpanded = candidates.filter((r) => !r.address.includes("[") && r.address === stripKeys(imp.to));
  return unexpanded.length === 1 ? unexpanded[0] : void 0;
}
function typeOfAddress(address) {
  return /(?:^|\.)(aws_[a-z0-9_]+)\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?$/.exec(address)?.[1];
}
async function checkImports(imports, configuration, clients, options) {
  const reader = new EcsLiveReader(clients.ecs, options.scheduler ?? new RequestScheduler(4, 10), options.logger);
  const versions = /* @__PURE__ */ new Map();
  const providerOf = (rootDir) => {
    const dir = normalizeDir(rootDir);
    if (!versions.has(dir)) versions.set(dir, awsProviderVersion(configuration, dir, options.repoRoot));
    return versions.get(dir);
  };
  const checks = await Promise.all(imports.filter((imp) => typeOfAddress(imp.to)?.startsWith("aws_ecs_")).map((imp) => checkImport(imp, configuration, reader, options, providerOf)));
  const count = (s) => checks.filter((c) => c.status === s).length;
  if (checks.length) {
    options.logger.info(`Imports: ${checks.length} checked against live ECS: ${count("faithful")} faithful, ${count("differs")} differ, ${count("not_found")} not found, ${count("unverified")} unverified, ${count("not_evaluated")} not evaluated`);
  }
  return checks;
}
async function checkImport(imp, configuration, reader, options, providerOf) {
  const type = typeOfAddress(imp.to);
  const base = { to: imp.to, id: imp.id.kind === "string" ? imp.id.value : "", file: imp.loc.file, line: imp.loc.line, differences: [], notCompared: [] };
  if (!SUPPORTED_TYPES.has(type)) return { ...base, status: "not_evaluated", reason: `imports of ${type} are not checked against live ECS` };
  if (imp.id.kind !== "string" || imp.id.value === "") {
    return { ...base, status: "not_evaluated", reason: `the import id is not known statically${imp.id.kind === "unknown" ? `: ${imp.id.reason}` : ""}` };
  }
  const resource = resolveTarget(imp, configuration);
  if (!resource) return { ...base, status: "not_evaluated", reason: `no resource block ${imp.to} was found in ${normalizeDir(imp.rootDir)}` };
  const id = imp.id.value;
  const region = regionOfArn(id) ?? options.region;
  const located = { ...base, resource: resource.address, ...region ? { region } : {} };
  if (!region) return { ...located, status: "unverified", reason: "no region: the import id is not an ARN and no aws-region / AWS_REGION was given" };
  const live = await readLive(type, id, region, reader);
  if ("outcome" in live) {
    if (live.outcome.status === "missing") return { ...located, status: "not_found", reason: `nothing to import: ${live.outcome.reason}` };
    return { ...located, status: "unverified", reason: live.outcome.status === "unverified" ? live.outcome.reason : "not read" };
  }
  if ("invalid" in live) return { ...located, status: "not_evaluated", reason: live.invalid };
  const hcl = evaluatedAsState(resource);
  const notCompared = hcl.unknown.map((u) => ({ path: u.path.join("."), why: u.why }));
  const skip = hcl.unknown.map((u) => u.path);
  for (const name of COMPUTED_WHEN_UNSET[type] ?? []) {
    if (!sets(resource.body, name)) {
      skip.push([name]);
      notCompared.push({ path: name, why: "not set in the code: the provider adopts the live value" });
    }
  }
  if (type === "aws_ecs_service" && live.liveView.deployment_configuration !== void 0 && !sets(resource.body, "deployment_configuration")) {
    skip.push(["deployment_configuration"]);
    notCompared.push({ path: "deployment_configuration", why: "not set in the code: provider 6.x adopts the live value (Optional + Computed); 5.x has no such argument and leaves it as is" });
  }
  let withDefaults = hcl.attributes;
  let assumed;
  if (type === "aws_ecs_service" && live.liveAttributes.availability_zone_rebalancing !== void 0 && !resource.body.attributes.has("availability_zone_rebalancing") && !hcl.unknown.some((u) => u.path[0] === "availability_zone_rebalancing")) {
    const provider = await providerOf(imp.rootDir);
    const unset = availabilityZoneRebalancingUnset(live.liveAttributes.availability_zone_rebalancing, provider);
    if (unset.planned) {
      withDefaults = { ...hcl.attributes, availability_zone_rebalancing: unset.planned };
      if (provider.major === 5) assumed = `not set in the code: with ${provider.detail}, the provider plans its default DISABLED`;
    } else {
      skip.push(["availability_zone_rebalancing"]);
      notCompared.push({ path: "availability_zone_rebalancing", why: unset.why });
    }
  }
  const desired = live.view(withDefaults);
  let raws = compareViews(desired, live.liveView).filter((raw) => !skip.some((s) => overlaps(s, raw.segments.map((x) => x.name))));
  for (const path2 of nestedUnset(resource, type)) {
    const adopted = raws.filter((raw) => overlaps(path2, raw.segments.map((x) => x.name)));
    if (!adopted.length) continue;
    raws = raws.filter((raw) => !adopted.includes(raw));
    notCompared.push({ path: path2.join("."), why: "not set in the code: the provider adopts the live value" });
  }
  if (type === "aws_ecs_service" || type === "aws_ecs_task_set") raws.push(...compareServiceTaskDefinition(resource, configuration, hcl, live.liveAttributes, skip, notCompared));
  const context = {
    resourceType: type,
    address: resource.address,
    ignoreChanges: parseIgnoreChanges(resource.body.blocks.find((b) => b.type === "lifecycle")?.attributes.get("ignore_changes")?.expression),
    autoscalingTarget: type === "aws_ecs_service" ? autoscalingTargetFor(resource, configuration) : void 0,
    deploymentController: live.deploymentController,
    schedulingStrategy: live.schedulingStrategy,
    expected: options.expected ?? [],
    ignore: options.ignore ?? []
  };
  const strategyLeftOut = type === "aws_ecs_service" && !sets(resource.body, "capacity_provider_strategy");
  const differences = raws.map((raw) => classifyDifference(raw, context)).map((d) => assumed && d.path === "availability_zone_rebalancing" && !d.why ? { ...d, why: assumed } : d).map((d) => strategyLeftOut && d.path.startsWith("capacity_provider_strategy") && !d.why ? { ...d, why: STRATEGY_LEFT_OUT } : d);
  const material = differences.filter((d) => d.class === "security" || d.class === "config");
  const security = material.filter((d) => d.class === "security").length;
  const unknownNote = notCompared.length ? `; ${notCompared.length} attribute${notCompared.length > 1 ? "s" : ""} not compared` : "";
  if (material.length) {
    const parts = [security ? `${security} security` : "", material.length - security ? `${material.length - security} config` : ""].filter(Boolean).join(" and ");
    const paths = material.slice(0, 3).map((d) => d.path).join(", ");
    const replaces = strategyLeftOut && material.some((d) => d.path.startsWith("capacity_provider_strategy"));
    const consequence = replaces ? "the first apply after the import removes the capacity provider strategy, which provider 5.x does by destroying and re-creating the service" : "the first apply after the import changes live ECS to what the code says";
    return { ...located, status: "differs", reason: `live ECS differs from the code in ${parts} attribute${material.length > 1 ? "s" : ""} (${paths}${material.length > 3 ? ", \u2026" : ""}): ${consequence}${unknownNote}`, differences, notCompared };
  }
  const accepted = differences.length ? ` apart from ${differences.length} expected or ignored difference${differences.length > 1 ? "s" : ""}` : "";
  return { ...located, status: "faithful", reason: `live ECS matches the code${accepted}${unknownNote}`, differences, notCompared };
}
function availabilityZoneRebalancingUnset(live, provider) {
  if (live === "DISABLED") return { planned: "DISABLED" };
  if (provider.major !== void 0 && provider.major < 5 || provider.major === 5 && predates(provider, "5.77.0")) {
    return { why: `not set in the code and live is ${String(live)}: ${provider.detail} predates the argument (added in 5.77.0), so the provider leaves it as it is` };
  }
  if (provider.major === 5) return { planned: "DISABLED" };
  if (provider.major === 6) {
    return { why: `not set in the code and live is ${String(live)}: with ${provider.detail}, the provider either adopts the live value (6.x after PR #44117, Optional + Computed) or plans DISABLED (earlier 6.x): set it in the code to be sure` };
  }
  if (provider.major !== void 0) return { why: `not set in the code and live is ${String(live)}: hashicorp/aws ${provider.major}.x (${provider.detail}) is not a version whose default is known here` };
  return { why: `not set in the code and live is ${String(live)}: the AWS provider version is unknown (${provider.detail}); provider 5.x would plan DISABLED, later 6.x adopts the live value` };
}
function overlaps(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
}
async function readLive(type, id, region, reader) {
  switch (type) {
    case "aws_ecs_service": {
      const parts = id.startsWith("arn:") ? id.split(":").slice(5).join(":").split("/").slice(1) : id.split("/");
      if (parts.length !== 2 || !parts[0] || !parts[1]) return { invalid: `import id ${JSON.stringify(id)} is not cluster-name/service-name` };
      const [cluster, name] = [clusterName(parts[0]), serviceName(parts[1])];
      const o = (await reader.describeServices(region, cluster, [name])).get(name);
      if (!o || o.status !== "found") return { outcome: o ?? { status: "unverified", reason: `service ${name} was not read` } };
      const liveAttributes = liveServiceAsState(o.value);
      return { view: serviceView, liveView: serviceView(liveAttributes), liveAttributes, deploymentController: o.value.deploymentController?.type ?? "ECS", schedulingStrategy: o.value.schedulingStrategy };
    }
    case "aws_ecs_task_definition": {
      const o = await reader.describeTaskDefinition(region, id);
      if (o.status !== "found") return { outcome: o };
      const liveAttributes = liveTaskDefinitionAsState(o.value.taskDefinition, o.value.tags);
      return { view: taskDefinitionView, liveView: taskDefinitionView(liveAttributes), liveAttributes };
    }
    case "aws_ecs_cluster":
    case "aws_ecs_cluster_capacity_providers": {
      const name = clusterName(id);
      const o = (await reader.describeClusters(region, [name])).get(name);
      if (!o || o.status !== "found") return { outcome: o ?? { status: "unverified", reason: `cluster ${name} was not read` } };
      if (type === "aws_ecs_cluster") {
        const liveAttributes2 = liveClusterAsState(o.value);
        return { view: clusterView, liveView: clusterView(liveAttributes2), liveAttributes: liveAttributes2 };
      }
      const liveAttributes = liveClusterCapacityProvidersAsState(o.value);
      return { view: clusterCapacityProvidersView, liveView: clusterCapacityProvidersView(liveAttributes), liveAttributes };
    }
    case "aws_ecs_capacity_provider": {
      const name = capacityProviderName(id);
      const o = (await reader.describeCapacityProviders(region, [name])).get(name);
      if (!o || o.status !== "found") return { outcome: o ?? { status: "unverified", reason: `capacity provider ${name} was not read` } };
      const liveAttributes = liveCapacityProviderAsState(o.value);
      return { view: capacityProviderView, liveView: capacityProviderView(liveAttributes), liveAttributes };
    }
    case "aws_ecs_task_set": {
      const parts = id.split(",");
      if (parts.length !== 3 || parts.some((p) => p === "")) return { invalid: `import id ${JSON.stringify(id)} is not TASK_SET_ID,SERVICE,CLUSTER` };
      const [taskSetId, service, cluster] = [parts[0], serviceName(parts[1]), clusterName(parts[2])];
      const o = (await reader.describeTaskSets(region, cluster, service, [taskSetId])).get(taskSetId);
      if (!o || o.status !== "found") return { outcome: o ?? { status: "unverified", reason: `task set ${taskSetId} was not read` } };
      const view = (a) => taskSetView({ ...a, task_definition: void 0, stability_status: void 0 });
      const liveAttributes = liveTaskSetAsState(o.value);
      return { view, liveView: view(liveAttributes), liveAttributes };
    }
    default:
      return { invalid: `imports of ${type} are not checked` };
  }
}
function compareServiceTaskDefinition(resource, configuration, hcl, live, skip, notCompared) {
  const liveRef = taskDefinitionRef(live.task_definition);
  const segments = [{ name: "task_definition", keyed: false }];
  const written = hcl.attributes.task_definition;
  if (typeof written === "string" && written !== "") {
    const ref = taskDefinitionRef(written);
    const differs = hasRevision(ref) ? ref !== liveRef : familyOfTaskDefinitionRef(liveRef) !== ref;
    return differs ? [{ segments, expected: ref, actual: liveRef }] : [];
  }
  if (!skip.some((s) => s.length === 1 && s[0] === "task_definition")) {
    return liveRef ? [{ segments, expected: void 0, actual: liveRef }] : [];
  }
  const attr = resource.body.attributes.get("task_definition");
  const reference = attr?.references.find((r) => /^aws_ecs_task_definition\.[A-Za-z0-9_-]+/.test(r));
  if (!reference) return [];
  const [, name] = reference.split(".");
  const target = configuration.resources.find((r) => r.mode === "managed" && r.type === "aws_ecs_task_definition" && r.name === name && r.rootDir === resource.rootDir && r.moduleAddress === resource.moduleAddress);
  const family = target?.body.attributes.get("family")?.value;
  if (family?.kind !== "string") return [];
  const index = notCompared.findIndex((n) => n.path === "task_definition");
  if (index >= 0) notCompared.splice(index, 1);
  return familyOfTaskDefinitionRef(liveRef) === family.value ? [] : [{ segments, expected: `${family.value} (${target.address})`, actual: liveRef }];
}
function autoscalingTargetFor(service, configuration) {
  const name = service.body.attributes.get("name")?.value;
  const target = configuration.resources.find((r) => {
    if (r.type !== "aws_appautoscaling_target" || r.rootDir !== service.rootDir || r.moduleAddress !== service.moduleAddress) return false;
    const id = r.body.attributes.get("resource_id");
    if (!id) return false;
    if (id.references.some((ref) => ref.startsWith(`aws_ecs_service.${service.name}`))) return true;
    return id.value.kind === "string" && name?.kind === "string" && id.value.value.startsWith("service/") && id.value.value.endsWith(`/${name.value}`);
  });
  return target?.address;
}
function summarizeImportCheck(check) {
  const byClass = (c) => check.differences.filter((d) => d.class === c).map((d) => d.path);
  const security = byClass("security");
  const config = byClass("config");
  switch (check.status) {
    case "faithful":
      return `Live ECS matches the code${check.notCompared.length ? ` (${check.notCompared.length} attribute(s) not comparable before apply)` : ""}.`;
    case "differs": {
      const parts = [security.length ? `security: ${security.slice(0, 5).join(", ")}${security.length > 5 ? ", \u2026" : ""}` : "", config.length ? `config: ${config.slice(0, 5).join(", ")}${config.length > 5 ? ", \u2026" : ""}` : ""].filter(Boolean);
      return `Live ECS differs from the code (${parts.join("; ")}); the first apply after the import changes it.`;
    }
    case "not_found":
      return `The imported resource was not found in live ECS: ${check.reason}`;
    default:
      return `Not compared with live ECS: ${check.reason}`;
  }
}

export {
  evaluatedAsState,
  checkImports,
  availabilityZoneRebalancingUnset,
  summarizeImportCheck
};
