import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  exceptionApplies,
  isExpired
} from "./chunk-H4RXXQ3G.js";
import {
  classifyDifference,
  compareViews,
  parseIgnoreChanges,
  pathPatternSegments
} from "./chunk-VHMNKHH3.js";
import {
  EcsLiveReader,
  awsFailureOf,
  capacityProviderName,
  capacityProviderView,
  cloudTrailClient,
  clusterCapacityProvidersView,
  clusterName,
  clusterOfServiceArn,
  clusterView,
  describeAwsFailure,
  ecsClient,
  familyOfTaskDefinitionRef,
  hasRevision,
  liveCapacityProviderAsState,
  liveClusterAsState,
  liveClusterCapacityProvidersAsState,
  liveServiceAsState,
  liveTaskDefinitionAsState,
  liveTaskDefinitionView,
  liveTaskSetAsState,
  regionOfArn,
  require_dist_cjs as require_dist_cjs2,
  s3Client,
  serviceName,
  serviceViews,
  taskDefinitionRef,
  taskDefinitionView,
  taskSetView
} from "./chunk-MUG4Q7NR.js";
import {
  require_dist_cjs4 as require_dist_cjs
} from "./chunk-YOAT5RC5.js";
import {
  parseHcl
} from "./chunk-JEE6VJE5.js";
import {
  RequestScheduler,
  systemClock
} from "./chunk-53DEMPSV.js";
import {
  __toESM
} from "./chunk-X7CJ5U7I.js";

// src/drift/attribution.ts
var import_client_cloudtrail = __toESM(require_dist_cjs(), 1);
var EVENT_HISTORY_MS = 90 * 24 * 60 * 60 * 1e3;
var PAGE_SIZE = 50;
var EVENT_NAMES = {
  "service": ["CreateService", "UpdateService", "DeleteService", "TagResource", "UntagResource", "CreateTaskSet", "UpdateServicePrimaryTaskSet", "DeleteTaskSet"],
  "task-definition": ["RegisterTaskDefinition", "DeregisterTaskDefinition", "DeleteTaskDefinitions", "TagResource", "UntagResource"],
  "cluster": ["CreateCluster", "UpdateCluster", "UpdateClusterSettings", "DeleteCluster", "TagResource", "UntagResource"],
  "cluster-capacity-providers": ["PutClusterCapacityProviders"],
  "capacity-provider": ["UpdateCapacityProvider", "DeleteCapacityProvider", "TagResource", "UntagResource"],
  "task-set": ["UpdateTaskSet", "UpdateServicePrimaryTaskSet", "DeleteTaskSet", "TagResource", "UntagResource"]
};
var KIND_OF_TYPE = {
  aws_ecs_service: "service",
  aws_ecs_task_definition: "task-definition",
  aws_ecs_cluster: "cluster",
  aws_ecs_cluster_capacity_providers: "cluster-capacity-providers",
  aws_ecs_capacity_provider: "capacity-provider",
  aws_ecs_task_set: "task-set"
};
var LookupPacer = class {
  constructor(perSecond, clock) {
    this.perSecond = perSecond;
    this.clock = clock;
  }
  perSecond;
  clock;
  next = 0;
  queue = Promise.resolve();
  wait() {
    const turn = this.queue.then(async () => {
      const now = this.clock.now();
      if (now < this.next) await this.clock.sleep(this.next - now);
      this.next = Math.max(now, this.next) + 1e3 / this.perSecond;
    });
    this.queue = turn;
    return turn;
  }
};
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function isoSeconds(date) {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
function targetOf(result, since) {
  const kind = KIND_OF_TYPE[result.type];
  if (!kind) return { unavailable: `resource type ${result.type} is not attributed` };
  const id = result.id;
  const region = result.region ?? regionOfArn(id);
  if (!region) return { unavailable: "no region is known for it" };
  const arn = id.startsWith("arn:") ? id : void 0;
  const base = { result, kind, region, since, arn };
  switch (kind) {
    case "service":
      return { ...base, service: serviceName(id) || id, cluster: clusterOfServiceArn(id) };
    case "task-definition":
      return { ...base, family: familyOfTaskDefinitionRef(taskDefinitionRef(id)) };
    case "cluster":
    case "cluster-capacity-providers":
      return { ...base, cluster: clusterName(id) };
    case "capacity-provider":
      return { ...base, capacityProvider: capacityProviderName(id) };
    case "task-set": {
      const parts = arn ? arn.split(":").slice(5).join(":").split("/") : id.split(",");
      return arn ? { ...base, cluster: parts[1], service: parts[2], taskSetId: parts.slice(3).join("/") } : { ...base, taskSetId: parts[0], service: serviceName(parts[1]), cluster: clusterName(parts[2]) };
    }
  }
}
function parseEvent(event) {
  if (!event.EventName || !event.EventTime) return void 0;
  let detail = {};
  try {
    const parsed = JSON.parse(event.CloudTrailEvent ?? "{}");
    if (isRecord(parsed)) detail = parsed;
  } catch {
  }
  return {
    event,
    name: event.EventName,
    source: event.EventSource ?? text(detail.eventSource),
    time: event.EventTime instanceof Date ? event.EventTime : new Date(event.EventTime),
    detail,
    params: isRecord(detail.requestParameters) ? detail.requestParameters : {}
  };
}
function sameCluster(target, value) {
  if (!target.cluster) return true;
  return clusterName(value ?? "default") === target.cluster;
}
function arnMatches(target, resourceArn) {
  const arn = text(resourceArn);
  if (!arn) return false;
  if (target.arn && arn === target.arn) return true;
  const resource = arn.split(":").slice(5).join(":");
  switch (target.kind) {
    case "service":
      return resource.startsWith("service/") && serviceName(arn) === target.service && (clusterOfServiceArn(arn) === void 0 || sameCluster(target, clusterOfServiceArn(arn)));
    case "cluster":
      return resource.startsWith("cluster/") && clusterName(arn) === target.cluster;
    case "capacity-provider":
      return resource.startsWith("capacity-provider/") && capacityProviderName(arn) === target.capacityProvider;
    case "task-definition":
      return resource.startsWith("task-definition/") && taskDefinitionRef(arn) === taskDefinitionRef(target.arn ?? "");
    case "task-set":
      return resource.startsWith("task-set/") && resource.endsWith(`/${target.taskSetId}`);
    default:
      return false;
  }
}
function eventMatches(target, e) {
  if (e.source && e.source !== "ecs.amazonaws.com") return false;
  const p = e.params;
  if (e.name === "TagResource" || e.name === "UntagResource") return arnMatches(target, p.resourceArn);
  switch (target.kind) {
    case "service": {
      const name = e.name === "CreateService" ? p.serviceName : p.service;
      if (!EVENT_NAMES.service.includes(e.name) || typeof name !== "string") return false;
      return serviceName(name) === target.service && sameCluster(target, p.cluster);
    }
    case "task-definition": {
      if (e.name === "RegisterTaskDefinition") return p.family === target.family;
      if (e.name === "DeregisterTaskDefinition") {
        const ref = taskDefinitionRef(p.taskDefinition);
        return target.arn ? ref === taskDefinitionRef(target.arn) : familyOfTaskDefinitionRef(ref) === target.family;
      }
      if (e.name === "DeleteTaskDefinitions") return Array.isArray(p.taskDefinitions) && p.taskDefinitions.some((t) => taskDefinitionRef(t) === taskDefinitionRef(target.arn ?? ""));
      return false;
    }
    case "cluster": {
      const name = e.name === "CreateCluster" ? p.clusterName : p.cluster;
      return EVENT_NAMES.cluster.includes(e.name) && typeof name === "string" && clusterName(name) === target.cluster;
    }
    case "cluster-capacity-providers":
      return e.name === "PutClusterCapacityProviders" && clusterName(p.cluster) === target.cluster;
    case "capacity-provider": {
      const name = e.name === "UpdateCapacityProvider" ? p.name : p.capacityProvider;
      return EVENT_NAMES["capacity-provider"].includes(e.name) && capacityProviderName(name) === target.capacityProvider;
    }
    case "task-set": {
      const id = e.name === "UpdateServicePrimaryTaskSet" ? p.primaryTaskSet : p.taskSet;
      if (!EVENT_NAMES["task-set"].includes(e.name) || typeof id !== "string") return false;
      return (id === target.taskSetId || id.endsWith(`/${target.taskSetId}`)) && sameCluster(target, p.cluster);
    }
  }
}
var PARAMETER_ATTRIBUTES = {
  loadBalancers: ["load_balancer"],
  placementStrategy: ["ordered_placement_strategy"],
  enableECSManagedTags: ["enable_ecs_managed_tags"],
  deploymentConfiguration: ["deployment_maximum_percent", "deployment_minimum_healthy_percent", "deployment_circuit_breaker"],
  volumeConfigurations: ["volume_configuration"],
  settings: ["setting"],
  autoScalingGroupProvider: ["auto_scaling_group_provider"]
};
var IDENTIFYING_PARAMETERS = /* @__PURE__ */ new Set(["cluster", "service", "forceNewDeployment", "name", "taskSet", "capacityProvider"]);
function snakeCase(name) {
  return name.replace(/[A-Z]+/g, (m, offset) => `${offset > 0 ? "_" : ""}${m.toLowerCase()}`);
}
function changedAttributes(target, e) {
  switch (e.name) {
    case "TagResource":
    case "UntagResource":
      return ["tags"];
    case "UpdateService":
    case "UpdateCluster":
    case "UpdateCapacityProvider":
    case "UpdateTaskSet": {
      const keys = Object.keys(e.params).filter((k) => !IDENTIFYING_PARAMETERS.has(k));
      if (keys.length === 0) return void 0;
      return [...new Set(keys.flatMap((k) => PARAMETER_ATTRIBUTES[k] ?? [snakeCase(k)]))];
    }
    case "UpdateClusterSettings":
      return ["setting"];
    case "PutClusterCapacityProviders":
      return ["capacity_providers", "default_capacity_provider_strategy"];
    case "CreateTaskSet":
    case "UpdateServicePrimaryTaskSet":
    case "DeleteTaskSet":
      return target.kind === "service" ? ["task_definition", "load_balancer", "network_configuration", "platform_version", "capacity_provider_strategy", "launch_type", "service_registries"] : void 0;
    default:
      return void 0;
  }
}
function roleRef(value) {
  if (!value.startsWith("arn:")) return value ? { role: value } : void 0;
  const parts = value.split(":");
  const account = parts[4] || void 0;
  const resource = parts.slice(5).join(":");
  if (resource.startsWith("role/")) return { account, role: resource.split("/").pop() ?? "" };
  if (resource.startsWith("assumed-role/")) return { account, role: resource.split("/")[1] ?? "" };
  return void 0;
}
function isPipelinePrincipal(identity, pipelineRoleArns) {
  if (pipelineRoleArns.length === 0) return false;
  const issuer = isRecord(identity.sessionContext) && isRecord(identity.sessionContext.sessionIssuer) ? identity.sessionContext.sessionIssuer : {};
  const candidates = [text(identity.arn), text(issuer.arn)].filter((v) => v !== void 0);
  for (const configured of pipelineRoleArns) {
    if (candidates.includes(configured)) return true;
    const want = roleRef(configured);
    if (!want) continue;
    for (const candidate of candidates) {
      const have = roleRef(candidate);
      if (have && have.role === want.role && (!want.account || !have.account || want.account === have.account)) return true;
    }
  }
  return false;
}
var AUTOSCALING = "application-autoscaling.amazonaws.com";
var CODEDEPLOY = "codedeploy.amazonaws.com";
function changeSource(detail, pipelineRoleArns) {
  const identity = isRecord(detail.userIdentity) ? detail.userIdentity : {};
  const userAgent = text(detail.userAgent) ?? "";
  const invokedBy = text(identity.invokedBy) ?? "";
  const sourceIp = text(detail.sourceIPAddress) ?? "";
  const arn = text(identity.arn) ?? "";
  if (isPipelinePrincipal(identity, pipelineRoleArns)) return "pipeline";
  if ([invokedBy, userAgent, sourceIp].includes(AUTOSCALING) || /AWSServiceRoleForApplicationAutoScaling_ECSService/.test(arn)) return "application-autoscaling";
  if ([invokedBy, userAgent, sourceIp].includes(CODEDEPLOY) || /AWSServiceRoleForCodeDeploy/.test(arn)) return "codedeploy";
  if (userAgent === "AWS Internal" || /console\.amazonaws\.com|signin\.amazonaws\.com/.test(userAgent) || detail.sessionCredentialFromConsole === "true" || detail.sessionCredentialFromConsole === true) return "console";
  if (/Terraform\/|terraform-provider-aws|OpenTofu\//i.test(userAgent)) return "terraform";
  if (userAgent.startsWith("aws-cli/") || /\baws-cli\//.test(userAgent)) return "cli";
  if (/aws-sdk-|Boto3\/|botocore\//i.test(userAgent)) return "sdk";
  if (identity.type === "AWSService" || /\.amazonaws\.com$/.test(invokedBy)) return "aws-service";
  return "unknown";
}
function attributedEvent(target, e, pipelineRoleArns) {
  const identity = isRecord(e.detail.userIdentity) ? e.detail.userIdentity : {};
  const arn = text(identity.arn);
  const principal = arn ?? text(identity.invokedBy) ?? e.event.Username ?? text(identity.principalId) ?? "unknown";
  const sessionName = arn && /:assumed-role\//.test(arn) ? arn.split("/").slice(2).join("/") || void 0 : void 0;
  const userAgent = text(e.detail.userAgent);
  const changed = changedAttributes(target, e);
  return {
    eventName: e.name,
    eventTime: isoSeconds(e.time),
    principal,
    ...sessionName ? { sessionName } : {},
    source: changeSource(e.detail, pipelineRoleArns),
    ...userAgent ? { userAgent } : {},
    eventId: e.event.EventId ?? text(e.detail.eventID) ?? "",
    ...changed ? { changed } : {}
  };
}
function resourceNameOf(target) {
  return target.arn ?? target.cluster ?? target.service ?? target.capacityProvider ?? target.family ?? target.result.id;
}
function plan(targets, strategy) {
  const names = [...new Set(targets.flatMap((t) => EVENT_NAMES[t.kind]))].sort();
  const resources = [...new Set(targets.map(resourceNameOf))].sort();
  const byResource = strategy === "resource-name" || strategy === "auto" && resources.length < names.length;
  return byResource ? { strategy: "resource-name", queries: resources.map((value) => ({ key: "ResourceName", value })) } : { strategy: "event-name", queries: names.map((value) => ({ key: "EventName", value })) };
}
function describeLookupError(error, region) {
  return describeAwsFailure(awsFailureOf(error, { service: "CloudTrail", operation: "LookupEvents", target: "the event history", region }));
}
async function attributeDriftWithStats(results, input) {
  const attributions = /* @__PURE__ */ new Map();
  const stats = { lookups: {}, strategies: {} };
  const pipelineRoleArns = input.pipelineRoleArns ?? [];
  const clock = input.clock ?? systemClock;
  const floor = new Date(input.now.getTime() - EVENT_HISTORY_MS);
  const byRegion = /* @__PURE__ */ new Map();
  for (const result of results) {
    if (result.status !== "drifted" && result.status !== "missing" && result.status !== "unmanaged") continue;
    const target = targetOf(result, input.since(result));
    if ("unavailable" in target) {
      attributions.set(result.address, { status: "unavailable", reason: target.unavailable, events: [] });
      continue;
    }
    if (!byRegion.has(target.region)) byRegion.set(target.region, []);
    byRegion.get(target.region).push(target);
  }
  await Promise.all([...byRegion].map(async ([region, targets]) => {
    const earliest = Math.min(...targets.map((t) => (t.since ?? floor).getTime()));
    const start = new Date(Math.max(earliest, floor.getTime()));
    if (start >= input.now) {
      for (const t of targets) attributions.set(t.result.address, { status: "none", reason: "the state was written after the check started", events: [] });
      return;
    }
    const { strategy, queries } = plan(targets, input.strategy ?? "auto");
    stats.strategies[region] = strategy;
    stats.lookups[region] = 0;
    const client = input.cloudtrail(region);
    const pacer = new LookupPacer(input.lookupsPerSecond ?? 2, clock);
    const limit = input.maxLookupsPerRegion ?? 200;
    const events = /* @__PURE__ */ new Map();
    let failure;
    outer: for (const query of queries) {
      let nextToken;
      do {
        if (stats.lookups[region] >= limit) {
          failure = `more than ${limit} pages of CloudTrail events in ${region} since ${isoSeconds(start)}; raise the lookup limit or narrow the window`;
          break outer;
        }
        await pacer.wait();
        stats.lookups[region]++;
        try {
          const page = await client.send(new import_client_cloudtrail.LookupEventsCommand({
            LookupAttributes: [{ AttributeKey: query.key, AttributeValue: query.value }],
            StartTime: start,
            EndTime: input.now,
            MaxResults: PAGE_SIZE,
            NextToken: nextToken
          }));
          for (const event of page.Events ?? []) {
            const parsed = parseEvent(event);
            if (parsed) events.set(event.EventId ?? `${query.value}:${events.size}`, parsed);
          }
          nextToken = page.NextToken || void 0;
        } catch (error) {
          failure = describeLookupError(error, region);
          break outer;
        }
      } while (nextToken);
    }
    input.logger.debug(`CloudTrail ${region}: ${stats.lookups[region]} LookupEvents calls by ${strategy}, ${events.size} events`);
    if (failure) {
      input.logger.warning(`Drift attribution unavailable: ${failure}`);
      for (const t of targets) attributions.set(t.result.address, { status: "unavailable", reason: failure, events: [] });
      return;
    }
    const sorted = [...events.values()].sort((a, b) => b.time.getTime() - a.time.getTime());
    for (const t of targets) {
      const from = t.since && t.since > start ? t.since : start;
      const matched = sorted.filter((e) => e.time >= from && e.time <= input.now && eventMatches(t, e)).map((e) => attributedEvent(t, e, pipelineRoleArns));
      attributions.set(t.result.address, matched.length ? { status: "found", events: matched } : { status: "none", reason: `no ECS write to it in CloudTrail between ${isoSeconds(from)} and ${isoSeconds(input.now)}${strategy === "resource-name" ? " (looked up by resource name: calls whose event lists no resources are not found this way)" : ""}`, events: [] });
    }
  }));
  return { attributions, stats };
}
async function attributeDrift(results, input) {
  return (await attributeDriftWithStats(results, input)).attributions;
}
var SOURCE_NAMES = {
  "application-autoscaling": "Application Auto Scaling",
  "codedeploy": "CodeDeploy"
};
function topAttribute(path2) {
  return pathPatternSegments(path2)[0] ?? path2;
}
function eventFor(difference, events) {
  const top = topAttribute(difference.path);
  return events.find((e) => e.changed === void 0 || e.changed.includes(top));
}
function roleOf(principal) {
  const ref = roleRef(principal);
  return ref?.account && principal.includes(":assumed-role/") ? `arn:aws:iam::${ref.account}:role/${ref.role}` : principal;
}
function reclassify(result, attribution, pipelineRoleArns = []) {
  if (!attribution || attribution.status !== "found" || attribution.events.length === 0) return result;
  const events = attribution.events.map((e) => e.source !== "pipeline" && pipelineRoleArns.length && isPipelinePrincipal({ arn: e.principal }, pipelineRoleArns) ? { ...e, source: "pipeline" } : e);
  const newest = events[0];
  const who = (e) => `${e.principal} (${e.source}) at ${e.eventTime}`;
  if (result.status === "missing" || result.status === "unmanaged") {
    return { ...result, reason: `${result.reason}; last changed by ${who(newest)} (${newest.eventName})` };
  }
  if (result.status !== "drifted" && result.status !== "in_sync") return result;
  const notes = [];
  let staleBy;
  const callouts = [];
  const rest = [];
  for (const d of result.differences) {
    if (d.class !== "security" && d.class !== "config") {
      rest.push(d);
      continue;
    }
    const e = eventFor(d, events);
    if (!e) {
      rest.push(d);
      continue;
    }
    const service = SOURCE_NAMES[e.source];
    if (service) {
      rest.push({ ...d, class: "expected", why: `changed by ${service} at ${e.eventTime}` });
    } else if (e.source === "pipeline") {
      staleBy ??= e;
      rest.push({ ...d, why: `state is stale: applied by ${roleOf(e.principal)} at ${e.eventTime} after the state was written` });
    } else if (e.source === "console") {
      const marked = { ...d, why: `console change by ${e.principal} at ${e.eventTime}` };
      if (d.class === "security") callouts.push(marked);
      else rest.push(marked);
    } else {
      rest.push({ ...d, why: `changed by ${e.principal} (${e.source}) at ${e.eventTime}` });
    }
  }
  const differences = [...callouts, ...rest];
  if (callouts.length) notes.push(`${callouts[0].why} to ${callouts.map((d) => d.path).join(", ")}`);
  if (staleBy) notes.push(`state is stale: applied by ${roleOf(staleBy.principal)} at ${staleBy.eventTime} after the state was written`);
  return { ...result, ...statusAndReason(result, differences, notes), differences };
}
function statusAndReason(original, differences, notes) {
  const separator = original.reason.indexOf("; ");
  const engineNotes = separator >= 0 ? original.reason.slice(separator + 2) : "";
  const material = differences.filter((d) => d.class === "security" || d.class === "config");
  const security = material.filter((d) => d.class === "security").length;
  const config = material.length - security;
  const tail = [...notes, engineNotes].filter(Boolean).map((n) => `; ${n}`).join("");
  if (material.length > 0) {
    const parts = [security ? `${security} security` : "", config ? `${config} config` : ""].filter(Boolean).join(" and ");
    const paths = material.slice(0, 3).map((d) => d.path).join(", ");
    return { status: "drifted", reason: `${parts} difference${material.length > 1 ? "s" : ""} (${paths}${material.length > 3 ? ", \u2026" : ""})${tail}` };
  }
  const accepted = differences.length;
  const why = accepted ? `matches live ECS apart from ${accepted} expected or ignored difference${accepted > 1 ? "s" : ""}` : "matches live ECS";
  return { status: "in_sync", reason: `${why}${tail}` };
}

// src/drift/ignore-tags.ts
function literalStrings(expr) {
  if (expr.t !== "tuple") return void 0;
  const out = [];
  for (const item of expr.items) {
    if (item.t === "lit" && typeof item.v === "string") out.push(item.v);
    else if (item.t === "tmpl" && item.parts.every((p) => p.t === "text")) out.push(item.parts.map((p) => p.t === "text" ? p.text : "").join(""));
    else return void 0;
  }
  return out;
}
function ignoresTag(ignore, key2) {
  return Boolean(ignore && (ignore.keys.includes(key2) || ignore.keyPrefixes.some((p) => key2.startsWith(p))));
}
async function readIgnoreTags(configuration) {
  const byModule = /* @__PURE__ */ new Map();
  const errors = [];
  for (const dir of configuration?.rootDirs ?? []) {
    for (const path2 of configuration.moduleFiles.get(dir) ?? []) {
      if (!path2.endsWith(".tf")) continue;
      const file = configuration.files.get(path2);
      if (!file || !file.text.includes("ignore_tags")) continue;
      let body;
      try {
        body = (await parseHcl(file.text)).body;
      } catch {
        continue;
      }
      for (const provider of body.blocks) {
        if (provider.type !== "provider" || provider.labels[0] !== "aws" || provider.attributes.some((a) => a.name === "alias")) continue;
        for (const ignore of provider.blocks.filter((b) => b.type === "ignore_tags")) {
          const found = byModule.get(dir) ?? { keys: [], keyPrefixes: [] };
          for (const attr of ignore.attributes) {
            if (attr.name !== "keys" && attr.name !== "key_prefixes") continue;
            const values = literalStrings(attr.expr);
            if (!values) {
              errors.push({ file: path2, message: `provider "aws" ignore_tags.${attr.name} (line ${attr.pos.line}) is not a literal list of strings, so drift cannot tell which tags it ignores; tag differences are still reported` });
              continue;
            }
            (attr.name === "keys" ? found.keys : found.keyPrefixes).push(...values);
          }
          byModule.set(dir, found);
        }
      }
    }
  }
  return { byModule, errors };
}

// src/drift/state-reader.ts
var import_client_s3 = __toESM(require_dist_cjs2(), 1);
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
function s3StateKey(key2, workspace, workspaceKeyPrefix = "env:") {
  if (!workspace || workspace === "default") return key2;
  return `${workspaceKeyPrefix}/${workspace}/${key2}`;
}
function parseS3Url(source) {
  const match = /^s3:\/\/([^/]+)\/(.+)$/.exec(source);
  return match ? { bucket: match[1], key: match[2] } : void 0;
}
function instanceKeySuffix(key2) {
  if (key2 === void 0 || key2 === null) return "";
  return typeof key2 === "number" ? `[${key2}]` : `[${JSON.stringify(key2)}]`;
}
async function readStates(sources, options, s3) {
  const result = { resources: [], errors: [], calls: {}, writtenAt: /* @__PURE__ */ new Map() };
  for (const source of sources) {
    const loaded = await loadStateText(source, options, s3, result.calls);
    if ("error" in loaded) {
      result.errors.push({ file: loaded.stateFile, message: loaded.error });
      continue;
    }
    if (loaded.writtenAt) result.writtenAt.set(loaded.stateFile, loaded.writtenAt);
    const parsed = parseStateDocument(loaded.text, loaded.stateFile, source.moduleDir);
    if ("error" in parsed) result.errors.push({ file: loaded.stateFile, message: parsed.error });
    else result.resources.push(...parsed.resources);
  }
  return result;
}
async function loadStateText(source, options, s3, calls) {
  const url = parseS3Url(source.source);
  if (url) {
    const key2 = s3StateKey(url.key, options.workspace, source.workspaceKeyPrefix);
    const stateFile2 = `s3://${url.bucket}/${key2}`;
    if (!s3) return { stateFile: stateFile2, error: "cannot read an S3 state without an S3 client" };
    calls.GetObject = (calls.GetObject ?? 0) + 1;
    try {
      const response = await s3.send(new import_client_s3.GetObjectCommand({ Bucket: url.bucket, Key: key2 }));
      if (!response.Body) return { stateFile: stateFile2, error: "the S3 object has no body" };
      return { stateFile: stateFile2, text: await response.Body.transformToString("utf8"), writtenAt: response.LastModified };
    } catch (error) {
      return { stateFile: stateFile2, error: describeAwsFailure(awsFailureOf(error, { service: "S3", operation: "GetObject", target: stateFile2, region: "" })) };
    }
  }
  if (source.source.startsWith("s3://")) {
    return { stateFile: source.source, error: "an S3 state must be written s3://bucket/key" };
  }
  const absolute = path.resolve(options.repoRoot, source.source);
  const relative = path.relative(options.repoRoot, absolute);
  const stateFile = relative.startsWith("..") || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join("/");
  try {
    const [text2, info] = await Promise.all([readFile(absolute, "utf8"), stat(absolute)]);
    return { stateFile, text: text2, writtenAt: info.mtime };
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "file not found" : code === "EACCES" ? "permission denied" : code === "EISDIR" ? "is a folder, not a state file" : String(error.message);
    return { stateFile, error: `cannot read the state: ${why}` };
  }
}
function parseStateDocument(text2, stateFile, moduleDir) {
  let document;
  try {
    document = JSON.parse(text2);
  } catch (error) {
    const position = /position (\d+)/.exec(String(error.message));
    return { error: `not valid JSON${position ? ` (at character ${position[1]})` : ""}: expected a Terraform state v4 file or \`terraform show -json\` output` };
  }
  if (!isRecord2(document)) return { error: "not a Terraform state: expected a JSON object" };
  if ("format_version" in document) return parseShowJson(document, stateFile, moduleDir);
  if (!("version" in document)) return { error: 'not a Terraform state: no "version" field' };
  if (document.version !== 4) {
    return { error: `unsupported state version ${JSON.stringify(document.version)}: only Terraform state v4 (Terraform 0.12+) is read; run \`terraform state pull\` with a current Terraform` };
  }
  const resources = [];
  const list = document.resources ?? [];
  if (!Array.isArray(list)) return { error: 'not a Terraform state: "resources" is not a list' };
  for (const entry of list) {
    if (!isRecord2(entry) || entry.mode !== "managed") continue;
    const type = String(entry.type ?? "");
    const name = String(entry.name ?? "");
    const moduleAddress = typeof entry.module === "string" ? entry.module : "";
    const instances = Array.isArray(entry.instances) ? entry.instances : [];
    for (const instance of instances) {
      if (!isRecord2(instance) || !isRecord2(instance.attributes)) continue;
      if (typeof instance.deposed === "string") continue;
      const indexKey = typeof instance.index_key === "string" || typeof instance.index_key === "number" ? instance.index_key : void 0;
      resources.push({
        address: `${moduleAddress ? `${moduleAddress}.` : ""}${type}.${name}${instanceKeySuffix(indexKey)}`,
        type,
        name,
        moduleAddress,
        indexKey,
        attributes: instance.attributes,
        stateFile,
        moduleDir
      });
    }
  }
  return { resources };
}
function parseShowJson(document, stateFile, moduleDir) {
  const values = document.values;
  if (values === void 0) return { resources: [] };
  if (!isRecord2(values)) return { error: 'not `terraform show -json` output: "values" is not an object' };
  const resources = [];
  const visit = (module, moduleAddress) => {
    if (!isRecord2(module)) return;
    for (const entry of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord2(entry) || entry.mode !== "managed" || !isRecord2(entry.values)) continue;
      const type = String(entry.type ?? "");
      const name = String(entry.name ?? "");
      const indexKey = typeof entry.index === "string" || typeof entry.index === "number" ? entry.index : void 0;
      const address = typeof entry.address === "string" ? entry.address : `${moduleAddress ? `${moduleAddress}.` : ""}${type}.${name}${instanceKeySuffix(indexKey)}`;
      resources.push({ address, type, name, moduleAddress, indexKey, attributes: entry.values, stateFile, moduleDir });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
      if (isRecord2(child)) visit(child, typeof child.address === "string" ? child.address : moduleAddress);
    }
  };
  visit(values.root_module, "");
  return { resources };
}
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/drift/detect-drift.ts
var ECS_RESOURCE_TYPES = [
  "aws_ecs_cluster",
  "aws_ecs_cluster_capacity_providers",
  "aws_ecs_capacity_provider",
  "aws_ecs_service",
  "aws_ecs_task_definition",
  "aws_ecs_task_set"
];
var key = (...parts) => parts.map((p) => p ?? "").join("\0");
function normalizeDir(dir) {
  const d = dir.replace(/\\/g, "/").replace(/^\.\/+/, "").replace(/\/+$/, "");
  return d === "" ? "." : d;
}
function str(value) {
  return typeof value === "string" ? value : value === void 0 || value === null ? "" : String(value);
}
function clusterOf(attrs) {
  return clusterName(attrs.cluster) || clusterOfServiceArn(attrs.id) || "default";
}
function ownArnRegion(resource) {
  const a = resource.attributes;
  const v6Region = typeof a.region === "string" && a.region !== "" ? a.region : void 0;
  switch (resource.type) {
    case "aws_ecs_service":
      return regionOfArn(a.id) ?? regionOfArn(a.cluster) ?? v6Region;
    case "aws_ecs_task_set":
      return regionOfArn(a.arn) ?? regionOfArn(a.cluster) ?? regionOfArn(a.service) ?? v6Region;
    case "aws_ecs_cluster_capacity_providers":
      return regionOfArn(a.cluster_name) ?? v6Region;
    default:
      return regionOfArn(a.arn) ?? regionOfArn(a.id) ?? v6Region;
  }
}
function indexConfiguration(configuration) {
  const byAddress = /* @__PURE__ */ new Map();
  for (const r of configuration?.resources ?? []) if (r.mode === "managed") byAddress.set(key(normalizeDir(r.rootDir), r.address), r);
  return (resource) => {
    const dir = normalizeDir(resource.moduleDir);
    const exact = byAddress.get(key(dir, resource.address));
    if (exact) return exact;
    const found = byAddress.get(key(dir, resource.address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, "")));
    return found && !found.address.includes("[") ? found : void 0;
  };
}
function ignoreChangesOf(config) {
  const lifecycle = config?.body.blocks.find((b) => b.type === "lifecycle");
  return parseIgnoreChanges(lifecycle?.attributes.get("ignore_changes")?.expression);
}
function taskSetIdOf(a) {
  return str(a.task_set_id) || str(a.id).split(",")[0];
}
function withoutKeys(view, ...keys) {
  const out = { ...view };
  for (const k of keys) delete out[k];
  return out;
}
async function detectDrift(options, clients, logger) {
  const scheduler = options.scheduler ?? new RequestScheduler(options.maxConcurrency ?? 8, options.maxRequestsPerSecond ?? 20);
  const states = await readStates(options.states, { repoRoot: options.repoRoot, workspace: options.workspace }, clients.s3);
  const errors = [...states.errors];
  for (const e of states.errors) logger.warning(`${e.file}: ${e.message}`, { file: e.file });
  const ignoreTags = await readIgnoreTags(options.configuration);
  for (const e of ignoreTags.errors) logger.warning(`${e.file}: ${e.message}`, { file: e.file });
  const reader = new EcsLiveReader(clients.ecs, scheduler, logger);
  const configFor = indexConfiguration(options.configuration);
  const ecsTypes = new Set(ECS_RESOURCE_TYPES);
  const clusterRegions = /* @__PURE__ */ new Map();
  for (const r of states.resources) {
    const region = r.type === "aws_ecs_cluster" ? ownArnRegion(r) : void 0;
    if (region) clusterRegions.set(str(r.attributes.name), region);
  }
  const managed = states.resources.filter((r) => ecsTypes.has(r.type)).map((resource) => {
    let region = ownArnRegion(resource);
    if (!region && resource.type === "aws_ecs_cluster_capacity_providers") region = clusterRegions.get(clusterName(resource.attributes.cluster_name));
    return { resource, region: region ?? options.region, regionFromArn: region !== void 0, config: configFor(resource) };
  });
  const only = options.only;
  const tracked = only ? managed.filter((t) => only(t.resource)) : managed;
  const clustersToDescribe = /* @__PURE__ */ new Map();
  const managedClusters = /* @__PURE__ */ new Map();
  const capacityProviders = /* @__PURE__ */ new Map();
  const servicesByCluster = /* @__PURE__ */ new Map();
  const taskSetIds = /* @__PURE__ */ new Map();
  const taskSetReads = /* @__PURE__ */ new Map();
  const add = (map, region, value) => {
    if (!map.has(region)) map.set(region, /* @__PURE__ */ new Set());
    map.get(region).add(value);
  };
  const addService = (region, cluster, service) => {
    if (!servicesByCluster.has(region)) servicesByCluster.set(region, /* @__PURE__ */ new Map());
    const byCluster = servicesByCluster.get(region);
    if (!byCluster.has(cluster)) byCluster.set(cluster, /* @__PURE__ */ new Set());
    byCluster.get(cluster).add(service);
  };
  for (const t of tracked) {
    if (!t.region) continue;
    const a = t.resource.attributes;
    switch (t.resource.type) {
      case "aws_ecs_cluster":
        add(clustersToDescribe, t.region, str(a.name));
        add(managedClusters, t.region, str(a.name));
        break;
      case "aws_ecs_cluster_capacity_providers":
        add(clustersToDescribe, t.region, clusterName(a.cluster_name));
        break;
      case "aws_ecs_capacity_provider":
        add(capacityProviders, t.region, str(a.name) || capacityProviderName(a.arn));
        break;
      case "aws_ecs_service":
        addService(t.region, clusterOf(a), str(a.name) || serviceName(a.id));
        break;
      case "aws_ecs_task_set": {
        addService(t.region, clusterOf(a), serviceName(a.service));
        const k = key(t.region, clusterOf(a), serviceName(a.service));
        if (!taskSetIds.has(k)) taskSetIds.set(k, /* @__PURE__ */ new Set());
        taskSetIds.get(k).add(taskSetIdOf(a));
        break;
      }
      default:
        break;
    }
  }
  const clusterOutcomes = /* @__PURE__ */ new Map();
  const capacityProviderOutcomes = /* @__PURE__ */ new Map();
  const phase1 = [];
  for (const [region, names] of clustersToDescribe) {
    phase1.push(reader.describeClusters(region, [...names]).then((m) => {
      for (const [n, o] of m) clusterOutcomes.set(key(region, n), o);
    }));
  }
  for (const [region, names] of capacityProviders) {
    phase1.push(reader.describeCapacityProviders(region, [...names]).then((m) => {
      for (const [n, o] of m) capacityProviderOutcomes.set(key(region, n), o);
    }));
  }
  for (const t of tracked) {
    if (t.region && t.resource.type === "aws_ecs_task_definition") phase1.push(reader.describeTaskDefinition(t.region, taskDefinitionRef(t.resource.attributes.arn) || str(t.resource.attributes.family)).then(() => void 0));
  }
  await Promise.all(phase1);
  const clusterGone = (region, cluster) => clusterOutcomes.get(key(region, cluster))?.status === "missing";
  const serviceOutcomes = /* @__PURE__ */ new Map();
  const listings = /* @__PURE__ */ new Map();
  const phase2 = [];
  for (const [region, byCluster] of servicesByCluster) {
    for (const [cluster, names] of byCluster) {
      if (clusterGone(region, cluster)) continue;
      phase2.push(reader.describeServices(region, cluster, [...names]).then((m) => {
        for (const [n, o] of m) serviceOutcomes.set(key(region, cluster, n), o);
      }));
    }
  }
  for (const [region, names] of managedClusters) {
    for (const cluster of names) {
      if (clusterOutcomes.get(key(region, cluster))?.status !== "found") continue;
      phase2.push(reader.listServices(region, cluster).then((l) => {
        listings.set(key(region, cluster), l);
      }));
    }
  }
  await Promise.all(phase2);
  const results = await Promise.all(tracked.map(async (t) => {
    const outcome = t.region ? await compareResource(t, t.region) : { status: "unverified", reason: "no region: the state records no ARN for it and no aws-region / AWS_REGION was given", raws: [] };
    return toResult(t, withoutIgnoredTags(outcome, ignoreTags.byModule.get(normalizeDir(t.resource.moduleDir))), states.resources, options);
  }));
  async function compareResource(t, region) {
    const a = t.resource.attributes;
    switch (t.resource.type) {
      case "aws_ecs_cluster": {
        const o = clusterOutcomes.get(key(region, str(a.name)));
        if (!o || o.status !== "found") return notFound(t, o, region, `cluster ${str(a.name)}`);
        return compared(clusterView(a), clusterView(liveClusterAsState(o.value)));
      }
      case "aws_ecs_cluster_capacity_providers": {
        const name = clusterName(a.cluster_name);
        const o = clusterOutcomes.get(key(region, name));
        if (!o || o.status !== "found") return notFound(t, o, region, `cluster ${name}`);
        return compared(clusterCapacityProvidersView(a), clusterCapacityProvidersView(liveClusterCapacityProvidersAsState(o.value)));
      }
      case "aws_ecs_capacity_provider": {
        const name = str(a.name) || capacityProviderName(a.arn);
        const o = capacityProviderOutcomes.get(key(region, name));
        if (!o || o.status !== "found") return notFound(t, o, region, `capacity provider ${name}`);
        return compared(capacityProviderView(a), capacityProviderView(liveCapacityProviderAsState(o.value)));
      }
      case "aws_ecs_task_definition": {
        const ref = taskDefinitionRef(a.arn) || str(a.family);
        const o = await reader.describeTaskDefinition(region, ref);
        if (o.status !== "found") return notFound(t, o, region, `task definition ${ref}`);
        return compared(taskDefinitionView(a), liveTaskDefinitionView(a, liveTaskDefinitionAsState(o.value.taskDefinition, o.value.tags)));
      }
      case "aws_ecs_service":
        return compareService(t, region);
      case "aws_ecs_task_set":
        return compareTaskSet(t, region);
      default:
        return { status: "unverified", reason: `resource type ${t.resource.type} is not read`, raws: [] };
    }
  }
  function serviceOutcome(region, cluster, name) {
    if (clusterGone(region, cluster)) return { status: "cluster-gone" };
    return serviceOutcomes.get(key(region, cluster, name));
  }
  async function compareService(t, region) {
    const a = t.resource.attributes;
    const cluster = clusterOf(a);
    const name = str(a.name) || serviceName(a.id);
    const o = serviceOutcome(region, cluster, name);
    if (o?.status === "cluster-gone") return { status: "unverified", reason: `cluster ${cluster} not found in ${region}, so service ${name} could not be read`, raws: [] };
    if (!o || o.status !== "found") return notFound(t, o, region, `service ${name}`);
    const live = o.value;
    const raws = compareViews(...serviceViews(a, liveServiceAsState(live)));
    const notes = [];
    const stateRef = taskDefinitionRef(a.task_definition);
    const liveRef = taskDefinitionRef(live.taskDefinition);
    const differs = hasRevision(stateRef) ? stateRef !== liveRef : familyOfTaskDefinitionRef(liveRef) !== stateRef;
    if (stateRef && liveRef && differs) {
      raws.push({ segments: [{ name: "task_definition", keyed: false }], expected: stateRef, actual: liveRef });
      const revision = await compareRevisions(t, region, stateRef, liveRef);
      raws.push(...revision.raws);
      if (revision.note) notes.push(revision.note);
    }
    return {
      ...statusOf(raws, notes),
      raws,
      deploymentController: live.deploymentController?.type ?? "ECS",
      schedulingStrategy: live.schedulingStrategy ?? str(a.scheduling_strategy)
    };
  }
  async function compareRevisions(t, region, stateRef, liveRef) {
    const [before, after] = await Promise.all([
      hasRevision(stateRef) ? reader.describeTaskDefinition(region, stateRef) : Promise.resolve(void 0),
      reader.describeTaskDefinition(region, liveRef)
    ]);
    let beforeView;
    if (before?.status === "found") beforeView = viewOfDescribed(before.value);
    else {
      const recorded = states.resources.find((r) => r.type === "aws_ecs_task_definition" && r.stateFile === t.resource.stateFile && taskDefinitionRef(r.attributes.arn) === stateRef);
      if (recorded) beforeView = taskDefinitionView(recorded.attributes);
    }
    if (after.status !== "found") return { raws: [], note: `the running revision ${liveRef} could not be read: ${after.reason}` };
    if (!beforeView) return { raws: [], note: `the recorded revision ${stateRef} could not be read${before && before.status !== "found" ? `: ${before.reason}` : ""}` };
    return { raws: compareViews(withoutKeys(beforeView, "tags", "family"), withoutKeys(viewOfDescribed(after.value), "tags", "family"), [{ name: "task_definition", keyed: false }]) };
  }
  async function compareTaskSet(t, region) {
    const a = t.resource.attributes;
    const cluster = clusterOf(a);
    const service = serviceName(a.service);
    const id = taskSetIdOf(a);
    const o = serviceOutcome(region, cluster, service);
    if (o?.status === "cluster-gone") return { status: "unverified", reason: `cluster ${cluster} not found in ${region}, so task set ${id} could not be read`, raws: [] };
    if (!o || o.status !== "found") {
      if (o?.status === "missing") return { status: "missing", reason: `its service is gone: ${o.reason}`, raws: [] };
      return notFound(t, o, region, `service ${service}`);
    }
    if ((o.value.deploymentController?.type ?? "ECS") !== "EXTERNAL") {
      const embedded = o.value.taskSets?.find((ts) => ts.id === id || ts.taskSetArn === a.arn);
      if (!embedded) return notFound(t, { status: "missing", reason: `task set ${id} of service ${service} not found in ${region}` }, region, `task set ${id}`);
      const raws2 = compareViews(withoutKeys(taskSetView(a), "tags"), withoutKeys(taskSetView(liveTaskSetAsState(embedded)), "tags"));
      return { ...statusOf(raws2, []), raws: raws2 };
    }
    const k = key(region, cluster, service);
    if (!taskSetReads.has(k)) taskSetReads.set(k, reader.describeTaskSets(region, cluster, service, [...taskSetIds.get(k) ?? [id]]));
    const described = (await taskSetReads.get(k)).get(id);
    if (!described || described.status !== "found") return notFound(t, described, region, `task set ${id}`);
    const raws = compareViews(taskSetView(a), taskSetView(liveTaskSetAsState(described.value)));
    return { ...statusOf(raws, []), raws };
  }
  function notFound(t, o, region, what) {
    if (!o) return { status: "unverified", reason: `${what} was not read in ${region}`, raws: [] };
    if (o.status === "missing") {
      if (!t.regionFromArn) return { status: "unverified", reason: `${what} not found in ${region}; the state records no region for it, check aws-region`, raws: [] };
      return { status: "missing", reason: o.reason, raws: [] };
    }
    return { status: "unverified", reason: o.reason, raws: [] };
  }
  function compared(desired, live) {
    const raws = compareViews(desired, live);
    return { ...statusOf(raws, []), raws };
  }
  const known = /* @__PURE__ */ new Set();
  for (const t of managed) {
    if (t.region && t.resource.type === "aws_ecs_service") known.add(key(t.region, clusterOf(t.resource.attributes), str(t.resource.attributes.name) || serviceName(t.resource.attributes.id)));
  }
  for (const [region, names] of managedClusters) {
    for (const cluster of names) {
      const listing = listings.get(key(region, cluster));
      if (!listing) continue;
      const owner = tracked.find((t) => t.region === region && t.resource.type === "aws_ecs_cluster" && str(t.resource.attributes.name) === cluster);
      if ("failure" in listing) {
        errors.push({ file: owner.resource.stateFile, message: `could not look for unmanaged services in cluster ${cluster}: ${listing.failure}` });
        continue;
      }
      for (const arn of listing.arns) {
        const name = serviceName(arn);
        if (known.has(key(region, cluster, name))) continue;
        results.push({
          address: arn,
          module: owner.config?.moduleDir ?? normalizeDir(owner.resource.moduleDir),
          stateFile: owner.resource.stateFile,
          type: "aws_ecs_service",
          id: arn,
          status: "unmanaged",
          reason: `service ${name} runs in cluster ${cluster} (managed by ${owner.resource.address}) but is in no Terraform state`,
          differences: [],
          region
        });
      }
    }
  }
  results.sort((x, y) => x.stateFile === y.stateFile ? x.address < y.address ? -1 : x.address > y.address ? 1 : 0 : x.stateFile < y.stateFile ? -1 : 1);
  const calls = { ...states.calls, ...reader.calls };
  const count = (status) => results.filter((r) => r.status === status).length;
  logger.info(`Drift: ${results.length} resources checked: ${count("in_sync")} in sync, ${count("drifted")} drifted, ${count("missing")} missing, ${count("unmanaged")} unmanaged, ${count("unverified")} unverified; ECS calls ${JSON.stringify(reader.calls)}`);
  return { results, errors, stats: { calls }, stateWrittenAt: states.writtenAt };
}
function viewOfDescribed(described) {
  return taskDefinitionView(liveTaskDefinitionAsState(described.taskDefinition, described.tags));
}
function withoutIgnoredTags(outcome, ignore) {
  if (!ignore) return outcome;
  const raws = outcome.raws.filter((r) => !(r.segments.length >= 2 && r.segments[0].name === "tags" && !r.segments[0].keyed && r.segments[1].keyed && ignoresTag(ignore, r.segments[1].name)));
  return raws.length === outcome.raws.length ? outcome : { ...outcome, raws, status: raws.length ? outcome.status : "in_sync" };
}
function statusOf(raws, notes) {
  return { status: raws.length ? "drifted" : "in_sync", reason: notes.join("; ") };
}
function toResult(t, outcome, all, options) {
  const r = t.resource;
  const base = {
    address: r.address,
    module: t.config?.moduleDir ?? normalizeDir(r.moduleDir),
    rootModule: normalizeDir(r.moduleDir),
    stateFile: r.stateFile,
    type: r.type,
    id: str(r.attributes.arn) || str(r.attributes.id),
    ...t.config ? { file: t.config.loc.file, line: t.config.loc.line } : {},
    ...t.region ? { region: t.region } : {}
  };
  if (outcome.status !== "in_sync" && outcome.status !== "drifted") {
    return { ...base, status: outcome.status, reason: outcome.reason, differences: [] };
  }
  const context = {
    resourceType: r.type,
    address: r.address,
    ignoreChanges: ignoreChangesOf(t.config),
    autoscalingTarget: r.type === "aws_ecs_service" ? autoscalingTargetFor(r, all) : void 0,
    deploymentController: outcome.deploymentController,
    schedulingStrategy: outcome.schedulingStrategy,
    expected: options.expected ?? [],
    ignore: options.ignore ?? []
  };
  const differences = outcome.raws.map((raw) => classifyDifference(raw, context));
  const security = differences.filter((d) => d.class === "security").length;
  const config = differences.filter((d) => d.class === "config").length;
  const accepted = differences.length - security - config;
  const notes = outcome.reason ? `; ${outcome.reason}` : "";
  if (security + config > 0) {
    const parts = [security ? `${security} security` : "", config ? `${config} config` : ""].filter(Boolean).join(" and ");
    const paths = differences.filter((d) => d.class === "security" || d.class === "config").slice(0, 3).map((d) => d.path).join(", ");
    return { ...base, status: "drifted", reason: `${parts} difference${security + config > 1 ? "s" : ""} (${paths}${security + config > 3 ? ", \u2026" : ""})${notes}`, differences };
  }
  const why = accepted ? `matches live ECS apart from ${accepted} expected or ignored difference${accepted > 1 ? "s" : ""}` : "matches live ECS";
  return { ...base, status: "in_sync", reason: `${why}${notes}`, differences };
}
function autoscalingTargetFor(service, all) {
  const cluster = clusterOf(service.attributes);
  const name = str(service.attributes.name) || serviceName(service.attributes.id);
  const target = all.find((r) => r.type === "aws_appautoscaling_target" && r.stateFile === service.stateFile && str(r.attributes.resource_id) === `service/${cluster}/${name}` && (r.attributes.scalable_dimension === void 0 || r.attributes.scalable_dimension === "ecs:service:DesiredCount"));
  return target?.address;
}

// src/drift/drift-exceptions.ts
function matching(exceptions, result, path2) {
  return exceptions.find((e) => {
    if (!e.rule.startsWith("drift:")) return false;
    const rule = e.rule === "drift:*" ? `drift:${path2}` : e.rule;
    return exceptionApplies({ ...e, rule }, `drift:${path2}`, result.address, result.module) || result.rootModule !== void 0 && exceptionApplies({ ...e, rule }, `drift:${path2}`, result.address, result.rootModule);
  });
}
function applyDriftExceptions(results, exceptions, now) {
  if (!exceptions.some((e) => e.rule.startsWith("drift:"))) return results;
  return results.map((result) => {
    if (result.status !== "drifted") return result;
    const notes = [];
    const differences = result.differences.map((d) => {
      if (d.class !== "security" && d.class !== "config") return d;
      const entry = matching(exceptions, result, d.path);
      if (!entry) return d;
      if (isExpired(entry.until, now)) {
        notes.push(`exception for ${d.path} expired on ${entry.until}`);
        return { ...d, why: `exception expired on ${entry.until} (${entry.owner}: ${entry.reason})` };
      }
      return { ...d, class: "expected", why: `accepted by ${entry.owner} until ${entry.until}: ${entry.reason}` };
    });
    const material = differences.filter((d) => d.class === "security" || d.class === "config");
    const accepted = differences.filter((d, i) => d.class === "expected" && result.differences[i].class !== "expected").length;
    if (material.length === 0) {
      return { ...result, differences, status: "in_sync", reason: `${accepted} difference(s) accepted by exception` };
    }
    const extra = [accepted ? `${accepted} accepted by exception` : "", ...notes].filter(Boolean).join("; ");
    return { ...result, differences, reason: extra ? `${result.reason}; ${extra}` : result.reason };
  });
}

// src/drift/check-drift.ts
function defaultDriftClients(region, options = {}) {
  const ecs = /* @__PURE__ */ new Map();
  const cloudtrail = /* @__PURE__ */ new Map();
  return {
    ecs: (r) => ecs.get(r) ?? ecs.set(r, ecsClient(r, options)).get(r),
    s3: s3Client(region ?? "us-east-1", options),
    cloudtrail: (r) => cloudtrail.get(r) ?? cloudtrail.set(r, cloudTrailClient(r, options)).get(r)
  };
}
async function checkDrift(settings, states, configuration, clients, logger) {
  const run = await detectDrift(
    {
      repoRoot: settings.repoRoot,
      states,
      region: settings.awsRegion,
      expected: settings.drift.expected,
      ignore: settings.drift.ignore,
      maxConcurrency: settings.drift.maxConcurrency,
      maxRequestsPerSecond: settings.drift.maxRequestsPerSecond,
      configuration
    },
    clients,
    logger
  );
  const accepted = { ...run, results: applyDriftExceptions(run.results, settings.policy.exceptions, settings.now) };
  const changed = accepted.results.filter((r) => r.status === "drifted" || r.status === "missing" || r.status === "unmanaged");
  if (!settings.drift.attribution || changed.length === 0) return { run: accepted, attributions: /* @__PURE__ */ new Map() };
  const attributions = await attributeDrift(changed, {
    cloudtrail: clients.cloudtrail,
    since: (r) => run.stateWrittenAt.get(r.stateFile),
    now: settings.now,
    pipelineRoleArns: settings.drift.pipelineRoles,
    logger,
    // ResourceName lookups depend on CloudTrail filling `resources` for ECS events, which is not
    // documented; one lookup per ECS write operation over the window always sees them.
    strategy: "event-name"
  });
  const results = accepted.results.map((r) => {
    const attribution = attributions.get(r.address);
    return attribution ? { ...reclassify(r, attribution, settings.drift.pipelineRoles), attribution } : r;
  });
  return { run: { ...accepted, results }, attributions };
}

export {
  changeSource,
  reclassify,
  detectDrift,
  defaultDriftClients,
  checkDrift
};
