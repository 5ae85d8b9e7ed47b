import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  defaultPolicyConfig,
  scanConfiguration
} from "./chunk-NTVGDCY6.js";
import {
  EcsLiveReader,
  capacityProviderName,
  capacityProviderView,
  clusterCapacityProvidersView,
  clusterName,
  clusterView,
  isRecord,
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
  classifyEnvironmentValue,
  credentialFormat,
  isSecretStoreArn
} from "./chunk-G262T7VN.js";
import {
  RequestScheduler
} from "./chunk-53DEMPSV.js";

// src/import/run-import.ts
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

// src/import/generate.ts
import { randomUUID } from "node:crypto";

// src/import/hcl-writer.ts
var hcl = {
  str: (value) => ({ kind: "string", value }),
  num: (value) => ({ kind: "number", value }),
  bool: (value) => ({ kind: "bool", value }),
  ref: (text) => ({ kind: "ref", text }),
  list: (items) => ({ kind: "list", items }),
  object: (entries) => ({ kind: "object", entries }),
  call: (name, arg) => ({ kind: "call", name, arg }),
  attr: (name, value) => ({ kind: "attr", name, value }),
  block: (type, labels, body) => ({ kind: "block", type, labels, body }),
  comment: (text) => ({ kind: "comment", text }),
  blank: () => ({ kind: "blank" })
};
function quote(value) {
  return JSON.stringify(value).replace(/\$\{/g, () => "$${").replace(/%\{/g, () => "%%{");
}
var IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
function objectKey(key) {
  return IDENTIFIER.test(key) && !["true", "false", "null", "for", "in", "if"].includes(key) ? key : quote(key);
}
function isMultiline(e) {
  if (e.kind === "object") return e.entries.length > 0;
  if (e.kind === "list") return e.items.some((i) => i.kind === "object" || i.kind === "list" || i.kind === "call");
  if (e.kind === "call") return isMultiline(e.arg);
  return false;
}
function inline(e) {
  switch (e.kind) {
    case "string":
      return quote(e.value);
    case "number":
      return String(e.value);
    case "bool":
      return String(e.value);
    case "ref":
      return e.text;
    case "list":
      return `[${e.items.map(inline).join(", ")}]`;
    case "object":
      return "{}";
    case "call":
      return `${e.name}(${inline(e.arg)})`;
  }
}
function exprLines(head, e, indent, out, trailing = "") {
  if (!isMultiline(e)) {
    if (head) out.push({ indent, lead: head, rest: `${inline(e)}${trailing}` });
    else out.push({ indent, lead: `${inline(e)}${trailing}` });
    return;
  }
  const prefix = head ? `${head} = ` : "";
  if (e.kind === "call") {
    const inner = [];
    exprLines("", e.arg, indent, inner);
    inner[0] = { indent, lead: `${prefix}${e.name}(${inner[0].lead}` };
    const last = inner[inner.length - 1];
    inner[inner.length - 1] = { indent: last.indent, lead: `${last.lead})${trailing}` };
    out.push(...inner);
    return;
  }
  if (e.kind === "list") {
    out.push({ indent, lead: `${prefix}[` });
    for (const item of e.items) exprLines("", item, indent + 1, out, ",");
    out.push({ indent, lead: `]${trailing}` });
    return;
  }
  if (e.kind === "object") {
    out.push({ indent, lead: `${prefix}{` });
    for (const [key, value] of e.entries) exprLines(objectKey(key), value, indent + 1, out);
    out.push({ indent, lead: `}${trailing}` });
  }
}
function bodyLines(items, indent, out) {
  for (const item of items) {
    if (item.kind === "blank") out.push({ indent: 0, lead: "" });
    else if (item.kind === "comment") for (const line of item.text.split("\n")) out.push({ indent, lead: `# ${line.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, " ")}`.trimEnd() });
    else if (item.kind === "attr") exprLines(item.name, item.value, indent, out);
    else {
      const labels = item.labels.map((l) => ` ${quote(l)}`).join("");
      if (item.body.length === 0) {
        out.push({ indent, lead: `${item.type}${labels} {}` });
        continue;
      }
      out.push({ indent, lead: `${item.type}${labels} {` });
      bodyLines(item.body, indent + 1, out);
      out.push({ indent, lead: "}" });
    }
  }
}
function renderHcl(items) {
  const lines = [];
  bodyLines(items, 0, lines);
  const widths = new Array(lines.length).fill(0);
  for (let i = 0; i < lines.length; ) {
    if (lines[i].rest === void 0) {
      i++;
      continue;
    }
    let j = i;
    let width = 0;
    while (j < lines.length && lines[j].rest !== void 0) width = Math.max(width, lines[j++].lead.length);
    for (let k = i; k < j; k++) widths[k] = width;
    i = j;
  }
  const text = lines.map((l, i) => {
    const pad = "  ".repeat(l.indent);
    if (l.lead === "") return "";
    return l.rest === void 0 ? `${pad}${l.lead}` : `${pad}${l.lead.padEnd(widths[i])} = ${l.rest}`;
  });
  const tidy = [];
  for (const line of text) {
    const prev = tidy[tidy.length - 1];
    if (line === "" && (prev === void 0 || prev === "" || prev.endsWith("{"))) continue;
    if (/^\s*[}\]]/.test(line) && prev === "") tidy.pop();
    tidy.push(line);
  }
  while (tidy[tidy.length - 1] === "") tidy.pop();
  return `${tidy.join("\n")}
`;
}

// src/import/read-estate.ts
var AWS_MANAGED_CAPACITY_PROVIDERS = /* @__PURE__ */ new Set(["FARGATE", "FARGATE_SPOT"]);
async function readEstate(request, reader) {
  const problems = [];
  const names = [...new Set(request.clusters.map((c) => clusterName(c)))];
  const regions = new Set(request.clusters.map((c) => regionOfArn(c)).filter((r) => !!r && r !== request.region));
  for (const r of regions) problems.push(`cluster ARN in ${r} ignored: this run reads ${request.region} (pass --region ${r})`);
  const region = request.region;
  const clusters = [];
  const described = await reader.describeClusters(region, names);
  for (const name of names) {
    const outcome = described.get(name);
    if (outcome?.status === "found") clusters.push(outcome.value);
    else problems.push(`cluster ${name}: not imported: ${outcome?.reason ?? "not read"}`);
  }
  const services = /* @__PURE__ */ new Map();
  const wanted = request.services.map((s) => serviceName(s));
  await Promise.all(clusters.map(async (cluster) => {
    const name = cluster.clusterName;
    let serviceNames = wanted;
    if (serviceNames.length === 0) {
      const listed = await reader.listServices(region, name);
      if ("failure" in listed) {
        problems.push(`cluster ${name}: services not imported: ${listed.failure}`);
        return;
      }
      serviceNames = listed.arns.map((arn) => serviceName(arn));
    }
    const outcomes = await reader.describeServices(region, name, serviceNames);
    const found = [];
    for (const s of serviceNames) {
      const outcome = outcomes.get(s);
      if (outcome?.status === "found") found.push(outcome.value);
      else problems.push(`service ${s} in cluster ${name}: not imported: ${outcome?.reason ?? "not read"}`);
    }
    services.set(name, found);
  }));
  const taskSets = /* @__PURE__ */ new Map();
  await Promise.all([...services].flatMap(([cluster, list]) => list.filter((s) => s.deploymentController?.type === "EXTERNAL" && (s.taskSets ?? []).length > 0).map(async (s) => {
    const ids = s.taskSets.map((ts) => ts.id).filter(Boolean);
    const outcomes = await reader.describeTaskSets(region, cluster, s.serviceName, ids);
    const found = [];
    for (const id of ids) {
      const outcome = outcomes.get(id);
      if (outcome?.status === "found") found.push(outcome.value);
      else problems.push(`task set ${id} of service ${s.serviceName} in cluster ${cluster}: not imported: ${outcome?.reason ?? "not read"}`);
    }
    taskSets.set(s.serviceArn, found);
  })));
  const taskDefinitions = /* @__PURE__ */ new Map();
  const refs = [...new Set([...[...services.values()].flat().map((s) => s.taskDefinition), ...[...taskSets.values()].flat().map((ts) => ts.taskDefinition)].map((td) => taskDefinitionRef(td)).filter(Boolean))];
  const unreadable = /* @__PURE__ */ new Map();
  await Promise.all(refs.map(async (ref) => {
    const outcome = await reader.describeTaskDefinition(region, ref);
    if (outcome.status === "found") taskDefinitions.set(ref, outcome.value);
    else unreadable.set(ref, outcome.reason);
  }));
  for (const [cluster, list] of services) {
    services.set(cluster, list.filter((s) => {
      const ref = taskDefinitionRef(s.taskDefinition);
      if (!ref) {
        if (s.deploymentController?.type === "EXTERNAL") return true;
        problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: it has no task definition`);
        return false;
      }
      const why = unreadable.get(ref);
      if (why === void 0) return true;
      problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: its task definition cannot be imported: ${why}; register a new revision and update the service, then import again`);
      return false;
    }));
    for (const s of services.get(cluster)) {
      const sets = taskSets.get(s.serviceArn);
      if (!sets) continue;
      taskSets.set(s.serviceArn, sets.filter((ts) => {
        const why = unreadable.get(taskDefinitionRef(ts.taskDefinition));
        if (why === void 0) return true;
        problems.push(`task set ${ts.id} of service ${s.serviceName} in cluster ${cluster}: not imported: its task definition cannot be imported: ${why}`);
        return false;
      }));
    }
  }
  const custom = [...new Set(clusters.flatMap((c) => (c.capacityProviders ?? []).map((cp) => capacityProviderName(cp))))].filter((cp) => !AWS_MANAGED_CAPACITY_PROVIDERS.has(cp)).sort();
  const capacityProviders = [];
  if (custom.length) {
    const outcomes = await reader.describeCapacityProviders(region, custom);
    for (const name of custom) {
      const outcome = outcomes.get(name);
      if (outcome?.status === "found") capacityProviders.push(outcome.value);
      else problems.push(`capacity provider ${name}: not imported: ${outcome?.reason ?? "not read"}`);
    }
  }
  return { region, requestedClusters: names.length, clusters, services, taskSets, taskDefinitions, capacityProviders, problems };
}

// src/import/generate.ts
var BLOCKS = /* @__PURE__ */ new Set([
  "alarms",
  "service_connect_configuration",
  "service",
  "client_alias",
  "timeout",
  "tls",
  "issuer_cert_authority",
  "secret_option",
  "volume_configuration",
  "managed_ebs_volume",
  "tag_specifications",
  "vpc_lattice_configurations",
  // 6.x only (service.go on main): written for what ECS has, with a note (VERSION_NOTES).
  "access_log_configuration",
  "test_traffic_rules",
  "header",
  "value",
  "advanced_configuration",
  "setting",
  "configuration",
  "execute_command_configuration",
  "log_configuration",
  "managed_storage_configuration",
  "service_connect_defaults",
  "auto_scaling_group_provider",
  "managed_scaling",
  "default_capacity_provider_strategy",
  "deployment_controller",
  "deployment_circuit_breaker",
  "load_balancer",
  "network_configuration",
  "capacity_provider_strategy",
  "ordered_placement_strategy",
  "placement_constraints",
  "service_registries",
  "scale",
  "runtime_platform",
  "volume",
  "efs_volume_configuration",
  "authorization_config",
  "docker_volume_configuration",
  "fsx_windows_file_server_volume_configuration",
  "ephemeral_storage",
  "proxy_configuration",
  "inference_accelerator"
]);
var SIX_ONLY = "AWS provider 6.x only: 5.x has no such block (upgrade the provider, or delete it with 5.x).";
var VERSION_NOTES = {
  access_log_configuration: SIX_ONLY,
  test_traffic_rules: SIX_ONLY,
  advanced_configuration: SIX_ONLY,
  managed_instances_provider: SIX_ONLY,
  inference_accelerator: "AWS provider 5.x only: 6.0 removed inference_accelerator (Elastic Inference reached end of life in\nApril 2024). With provider 6.x, delete this block; with 5.x, leaving it out replaces the task definition."
};
var MAPS = /* @__PURE__ */ new Set(["tags", "driver_opts", "labels", "properties"]);
var REF_MARK = `\0ref-${randomUUID()}:`;
var VARIABLE_MARK = `${REF_MARK}var.`;
function canonical(value) {
  return JSON.stringify(value, (_k, v) => {
    if (v instanceof Map) return { __map: [...v.entries()] };
    if (isRecord(v)) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
    return v;
  });
}
function minimal(attrs, view, keep = /* @__PURE__ */ new Set()) {
  const target = canonical(view(attrs));
  const root = structuredClone(attrs);
  const tryRemove = (node, key) => {
    const saved = node[key];
    delete node[key];
    if (canonical(view(root)) === target) return true;
    node[key] = saved;
    return false;
  };
  const walk = (node) => {
    for (const key of Object.keys(node)) {
      if (node === root && keep.has(key)) continue;
      const value = node[key];
      if (value === void 0 || value === null || value === "" || Array.isArray(value) && value.length === 0) {
        delete node[key];
        continue;
      }
      if (tryRemove(node, key)) continue;
      if (Array.isArray(value)) {
        for (const item of value) if (isRecord(item)) walk(item);
      }
      if (isRecord(value)) walk(value);
    }
  };
  walk(root);
  return root;
}
function withTags(attrs) {
  const { tags_all: all, ...rest } = attrs;
  const tags = Object.fromEntries(Object.entries(all ?? {}).filter(([k]) => !k.startsWith("aws:")).sort(([a], [b]) => a < b ? -1 : 1));
  return Object.keys(tags).length ? { ...rest, tags } : rest;
}
function scalar(value) {
  if (typeof value === "string" && value.startsWith(REF_MARK)) return hcl.ref(value.slice(REF_MARK.length));
  if (typeof value === "number") return hcl.num(value);
  if (typeof value === "boolean") return hcl.bool(value);
  return hcl.str(String(value));
}
function jsonExpr(value) {
  if (Array.isArray(value)) return hcl.list(value.map(jsonExpr));
  if (isRecord(value)) return hcl.object(Object.entries(value).filter(([, v]) => v !== void 0).map(([k, v]) => [k, jsonExpr(v)]));
  return scalar(value);
}
function bodyOf(attrs, order = []) {
  const keys = Object.keys(attrs).sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? 1e3 : ia) - (ib < 0 ? 1e3 : ib);
  });
  const attributes = [];
  const blocks = [];
  let tags;
  for (const key of keys) {
    const value = attrs[key];
    if (value === void 0 || value === null) continue;
    if (BLOCKS.has(key) && (Array.isArray(value) || isRecord(value)) || Array.isArray(value) && value.length > 0 && value.every(isRecord)) {
      const items = (Array.isArray(value) ? value : [value]).filter(isRecord);
      items.forEach((item, i) => blocks.push(hcl.blank(), ...i === 0 && VERSION_NOTES[key] ? [hcl.comment(VERSION_NOTES[key])] : [], hcl.block(key, [], bodyOf(item))));
    } else if (MAPS.has(key) && isRecord(value)) {
      const item = hcl.attr(key, hcl.object(Object.entries(value).map(([k, v]) => [k, scalar(v)])));
      if (key === "tags") tags = item;
      else attributes.push(item);
    } else if (Array.isArray(value)) attributes.push(hcl.attr(key, hcl.list(value.map(scalar))));
    else if (isRecord(value)) attributes.push(hcl.attr(key, jsonExpr(value)));
    else attributes.push(hcl.attr(key, scalar(value)));
  }
  return [...attributes, ...blocks, ...tags ? [hcl.blank(), tags] : []];
}
function identifier(name, taken) {
  let base = name.toLowerCase().replace(/[^a-z0-9_-]+/g, "_").replace(/^[^a-z_]/, (c) => `_${c}`) || "imported";
  base = base.replace(/-/g, "_");
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}
function keepSecretsOut(containers, where, prefix, variables, slots) {
  const slot = (source, what, severity, hint) => {
    const variable = identifier(`${prefix}_${hint}`, variables);
    slots.push({ variable, source, what, severity });
    return `${VARIABLE_MARK}${variable}`;
  };
  const scrub = (value, container, path2) => {
    if (typeof value === "string") {
      const what = isSecretStoreArn(value) ? void 0 : credentialFormat(value);
      return what ? slot(`${where}, container ${container}, ${path2}`, what, "critical", `${container}_${path2}`) : value;
    }
    if (Array.isArray(value)) return value.map((v, i) => scrub(v, container, `${path2}[${i}]`));
    if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrub(v, container, `${path2}.${k}`)]));
    return value;
  };
  return containers.map((c) => {
    const name = String(c.name ?? "container");
    const out = {};
    for (const [key, value] of Object.entries(c)) {
      if (key === "secrets" || key === "name") out[key] = value;
      else if (key === "environment" && Array.isArray(value)) {
        out[key] = value.map((e) => {
          if (!isRecord(e) || typeof e.value !== "string") return e;
          const match = classifyEnvironmentValue(typeof e.name === "string" ? e.name : void 0, e.value);
          return match ? { ...e, value: slot(`${where}, container ${name}, environment ${String(e.name)}`, match.what, match.severity, `${name}_${String(e.name)}`) } : e;
        });
      } else out[key] = scrub(value, name, key);
    }
    return out;
  });
}
function generateModule(estate) {
  const names = /* @__PURE__ */ new Map();
  const taken = (type) => names.get(type) ?? names.set(type, /* @__PURE__ */ new Set()).get(type);
  const pending = [];
  const slots = [];
  const variables = /* @__PURE__ */ new Set();
  const capacityProviderRef = /* @__PURE__ */ new Map();
  for (const cp of estate.capacityProviders) {
    const id = identifier(cp.name, taken("aws_ecs_capacity_provider"));
    capacityProviderRef.set(cp.name, `aws_ecs_capacity_provider.${id}.name`);
    const attrs = minimal(withTags(liveCapacityProviderAsState(cp)), capacityProviderView, /* @__PURE__ */ new Set(["name"]));
    pending.push({
      file: "capacity_providers.tf",
      address: `aws_ecs_capacity_provider.${id}`,
      importId: cp.name,
      items: [hcl.block("resource", ["aws_ecs_capacity_provider", id], bodyOf(attrs, ["name"]))]
    });
  }
  const clusterRef = /* @__PURE__ */ new Map();
  for (const cluster of estate.clusters) {
    const name = cluster.clusterName;
    const id = identifier(name, taken("aws_ecs_cluster"));
    clusterRef.set(name, `aws_ecs_cluster.${id}`);
    const attrs = minimal(withTags(liveClusterAsState(cluster)), clusterView, /* @__PURE__ */ new Set(["name"]));
    pending.push({ file: "clusters.tf", address: `aws_ecs_cluster.${id}`, importId: name, items: [hcl.block("resource", ["aws_ecs_cluster", id], bodyOf(attrs, ["name"]))] });
    pending.push(...clusterCapacityProviders(cluster, id, capacityProviderRef));
  }
  const revisionsOfFamily = /* @__PURE__ */ new Map();
  for (const { taskDefinition } of estate.taskDefinitions.values()) revisionsOfFamily.set(taskDefinition.family, (revisionsOfFamily.get(taskDefinition.family) ?? 0) + 1);
  const taskDefinitionAddress = /* @__PURE__ */ new Map();
  for (const [ref, described] of [...estate.taskDefinitions.entries()].sort(([a], [b]) => a < b ? -1 : 1)) {
    const td = described.taskDefinition;
    const id = identifier(revisionsOfFamily.get(td.family) > 1 ? `${td.family}_${td.revision}` : td.family, taken("aws_ecs_task_definition"));
    taskDefinitionAddress.set(ref, `aws_ecs_task_definition.${id}`);
    pending.push(taskDefinitionResource(described, id, ref, variables, slots));
  }
  const serviceTaken = taken("aws_ecs_service");
  const taskSetTaken = taken("aws_ecs_task_set");
  const multipleClusters = estate.requestedClusters > 1;
  for (const cluster of estate.clusters) {
    const clusterName2 = cluster.clusterName;
    for (const service of [...estate.services.get(clusterName2) ?? []].sort((a, b) => a.serviceName < b.serviceName ? -1 : 1)) {
      const id = identifier(multipleClusters ? `${clusterName2}_${service.serviceName}` : service.serviceName, serviceTaken);
      const td = service.taskDefinition === void 0 ? void 0 : taskDefinitionAddress.get(taskDefinitionRef(service.taskDefinition));
      pending.push(serviceResource(service, id, clusterName2, `${clusterRef.get(clusterName2)}.arn`, td && `"\${${td}.family}:\${${td}.revision}"`, capacityProviderRef));
      for (const taskSet of estate.taskSets.get(service.serviceArn) ?? []) {
        const taskSetId = identifier(`${id}_${(taskSet.status ?? "task_set").toLowerCase()}`, taskSetTaken);
        const taskSetTd = taskDefinitionAddress.get(taskDefinitionRef(taskSet.taskDefinition));
        pending.push(taskSetResource(taskSet, taskSetId, service.serviceName, clusterName2, `aws_ecs_service.${id}.name`, `${clusterRef.get(clusterName2)}.name`, `${taskSetTd}.arn`, capacityProviderRef));
      }
    }
  }
  const files = /* @__PURE__ */ new Map();
  const resources = [];
  for (const file of ["clusters.tf", "capacity_providers.tf", "task_definitions.tf", "services.tf", "task_sets.tf"]) {
    const inFile = pending.filter((p) => p.file === file);
    if (!inFile.length) continue;
    const items = [];
    let line = 1;
    for (const p of inFile) {
      if (items.length) {
        items.push(hcl.blank());
        line++;
      }
      resources.push({ address: p.address, importId: p.importId, file, line });
      items.push(...p.items);
      line += renderHcl(p.items).split("\n").length - 1;
    }
    files.set(file, renderHcl(items));
  }
  const imports = [hcl.comment("Import blocks for `terraform plan` / `apply` (Terraform >= 1.5), with the import IDs the AWS provider documents.\nThe import is provisional until it is merged: review the findings of `ecs-drift-guard scan` on this folder first.")];
  for (const r of resources) imports.push(hcl.blank(), hcl.block("import", [], [hcl.attr("to", hcl.ref(r.address)), hcl.attr("id", hcl.str(r.importId))]));
  files.set("imports.tf", renderHcl(imports));
  const secrets = [];
  if (slots.length) {
    const items = [];
    for (const s of slots) {
      items.push(
        hcl.comment(`From live ECS: ${s.source}. Its value looked like ${s.what} and is not written here:
set it outside the code (TF_VAR_${s.variable}) or, better, move it to Secrets Manager and use \`secrets\`.`),
        hcl.block("variable", [s.variable], [hcl.attr("type", hcl.ref("string")), hcl.attr("sensitive", hcl.bool(true))]),
        hcl.blank()
      );
    }
    files.set("variables.tf", renderHcl(items));
    const taskDefinitions = files.get("task_definitions.tf").split("\n");
    for (const s of slots) {
      const at = taskDefinitions.findIndex((l) => new RegExp(`\\bvar\\.${s.variable}\\b`).test(l));
      secrets.push({ ...s, file: "task_definitions.tf", line: at + 1 });
    }
  }
  return { files, resources, secrets };
}
function clusterCapacityProviders(cluster, clusterId, capacityProviderRef) {
  if (!cluster.capacityProviders?.length && !cluster.defaultCapacityProviderStrategy?.length) return [];
  const attrs = minimal(liveClusterCapacityProvidersAsState(cluster), clusterCapacityProvidersView, /* @__PURE__ */ new Set(["cluster_name"]));
  const ref = (name) => {
    const n = capacityProviderName(name);
    return !AWS_MANAGED_CAPACITY_PROVIDERS.has(n) && capacityProviderRef.has(n) ? `${REF_MARK}${capacityProviderRef.get(n)}` : n;
  };
  const body = bodyOf({
    ...attrs,
    cluster_name: `${REF_MARK}aws_ecs_cluster.${clusterId}.name`,
    capacity_providers: Array.isArray(attrs.capacity_providers) ? [...attrs.capacity_providers].sort().map(ref) : void 0,
    default_capacity_provider_strategy: Array.isArray(attrs.default_capacity_provider_strategy) ? attrs.default_capacity_provider_strategy.map((s) => ({ ...s, capacity_provider: ref(s.capacity_provider) })) : void 0
  }, ["cluster_name", "capacity_providers"]);
  return [{
    file: "clusters.tf",
    address: `aws_ecs_cluster_capacity_providers.${clusterId}`,
    importId: cluster.clusterName,
    items: [hcl.block("resource", ["aws_ecs_cluster_capacity_providers", clusterId], body)]
  }];
}
function minimalContainer(container) {
  const out = {};
  for (const [key, value] of Object.entries(container)) {
    if (value === void 0 || value === null) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (isRecord(value) && Object.keys(value).length === 0) continue;
    if (key === "essential" && value === true) continue;
    if (key === "cpu" && value === 0) continue;
    out[key] = value;
  }
  return out;
}
function taskDefinitionResource(described, id, ref, variables, slots) {
  const td = described.taskDefinition;
  const state = withTags(liveTaskDefinitionAsState(td, described.tags));
  const networkMode = td.networkMode;
  const containers = (state.container_definitions ?? []).map(minimalContainer);
  const { container_definitions: _omit, ...rest } = state;
  const attrs = minimal(rest, (a) => taskDefinitionView({ ...a, container_definitions: [] }), /* @__PURE__ */ new Set(["family"]));
  const scrubbed = keepSecretsOut(containers, `task definition ${ref}`, id, variables, slots);
  const body = bodyOf(attrs, ["family", "network_mode", "requires_compatibilities", "cpu", "memory", "execution_role_arn", "task_role_arn"]);
  const firstBlock = body.findIndex((i) => i.kind === "blank");
  const definitions = hcl.attr("container_definitions", hcl.call("jsonencode", jsonExpr(scrubbed)));
  body.splice(firstBlock < 0 ? body.length : firstBlock, 0, definitions);
  return { file: "task_definitions.tf", address: `aws_ecs_task_definition.${id}`, importId: td.taskDefinitionArn, items: [hcl.block("resource", ["aws_ecs_task_definition", id], body)] };
}
function serviceResource(service, id, clusterName2, clusterExpr, taskDefinitionExpr, capacityProviderRef) {
  const attrs = minimal(withTags(liveServiceAsState(service)), serviceView, /* @__PURE__ */ new Set(["name"]));
  if (attrs.availability_zone_rebalancing === "DISABLED") delete attrs.availability_zone_rebalancing;
  delete attrs.deployment_configuration;
  delete attrs.cluster;
  delete attrs.task_definition;
  if (Array.isArray(attrs.capacity_provider_strategy)) {
    attrs.capacity_provider_strategy = attrs.capacity_provider_strategy.map((s) => {
      const n = capacityProviderName(s.capacity_provider);
      return capacityProviderRef.has(n) ? { ...s, capacity_provider: `${REF_MARK}${capacityProviderRef.get(n)}` } : s;
    });
  }
  const body = bodyOf(
    { name: attrs.name, cluster: `${REF_MARK}${clusterExpr}`, task_definition: taskDefinitionExpr && `${REF_MARK}${taskDefinitionExpr}`, ...attrs },
    ["name", "cluster", "task_definition", "desired_count", "launch_type", "platform_version", "scheduling_strategy"]
  );
  return { file: "services.tf", address: `aws_ecs_service.${id}`, importId: `${clusterName2}/${service.serviceName}`, items: [hcl.block("resource", ["aws_ecs_service", id], body)] };
}
function taskSetResource(taskSet, id, serviceName2, clusterName2, serviceExpr, clusterExpr, taskDefinitionExpr, capacityProviderRef) {
  const state = liveTaskSetAsState(taskSet);
  const tagsAll = Object.fromEntries((taskSet.tags ?? []).filter((t) => t.key).map((t) => [t.key, t.value ?? ""]));
  const attrs = minimal(withTags({ ...state, tags_all: tagsAll }), taskSetView, /* @__PURE__ */ new Set(["tags"]));
  delete attrs.stability_status;
  delete attrs.task_definition;
  if (Array.isArray(attrs.capacity_provider_strategy)) {
    attrs.capacity_provider_strategy = attrs.capacity_provider_strategy.map((s) => {
      const n = capacityProviderName(s.capacity_provider);
      const live = state.capacity_provider_strategy.find((l) => capacityProviderName(l.capacity_provider) === n);
      return { ...s, capacity_provider: capacityProviderRef.has(n) ? `${REF_MARK}${capacityProviderRef.get(n)}` : s.capacity_provider, weight: s.weight ?? live?.weight ?? 0 };
    });
  }
  const body = bodyOf(
    { cluster: `${REF_MARK}${clusterExpr}`, service: `${REF_MARK}${serviceExpr}`, task_definition: `${REF_MARK}${taskDefinitionExpr}`, ...attrs },
    ["cluster", "service", "task_definition", "external_id", "launch_type", "platform_version"]
  );
  return { file: "task_sets.tf", address: `aws_ecs_task_set.${id}`, importId: `${taskSet.id},${serviceName2},${clusterName2}`, items: [hcl.block("resource", ["aws_ecs_task_set", id], body)] };
}

// src/import/run-import.ts
var OutputFolderNotEmpty = class extends Error {
};
async function isEmptyOrMissing(dir) {
  try {
    return (await readdir(dir)).length === 0;
  } catch (error) {
    if (error.code === "ENOENT") return true;
    throw error;
  }
}
async function runImport(options) {
  const out = path.resolve(options.out);
  if (!options.force && !await isEmptyOrMissing(out)) {
    throw new OutputFolderNotEmpty(`--out ${options.out} is not empty; choose an empty folder or pass --force to overwrite the generated files in it`);
  }
  const reader = new EcsLiveReader(options.ecs, options.scheduler ?? new RequestScheduler(8, 20), options.logger);
  const estate = await readEstate(options, reader);
  const module = generateModule(estate);
  await mkdir(out, { recursive: true });
  for (const [file, text] of module.files) await writeFile(path.join(out, file), text);
  const { report } = await scanConfiguration({ repoRoot: out, paths: ["."], policy: options.policy ?? defaultPolicyConfig(), now: options.now ?? /* @__PURE__ */ new Date() });
  const findings = report.findings.filter((f) => !f.suppressed).map((f) => ({ ruleId: f.ruleId, severity: f.severity, file: f.file, line: f.startLine, message: f.message }));
  const notEvaluated = report.notEvaluated.map((n) => `${n.file}${n.line ? `:${n.line}` : ""}: ${n.resource}: ${n.why}`);
  const parseErrors = report.errors.map((e) => `generated code could not be read back: ${e.file}: ${e.message}`);
  return {
    out,
    complete: estate.problems.length === 0 && parseErrors.length === 0,
    imported: module.resources,
    notImported: [...estate.problems, ...parseErrors],
    secretsKeptOut: module.secrets,
    findings,
    notEvaluated,
    files: [...module.files.keys()],
    calls: { ...reader.calls }
  };
}
var SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function renderImportText(result) {
  const lines = [];
  lines.push(`${result.complete ? "Imported" : "INCOMPLETE import"}: ${result.imported.length} resources written to ${result.out} (${result.files.join(", ")})`);
  for (const r of result.imported) lines.push(`  ${r.address}  id ${r.importId}  ${r.file}:${r.line}`);
  if (result.secretsKeptOut.length) {
    lines.push("", `Secrets kept out of the code: ${result.secretsKeptOut.length} environment values that looked secret are sensitive variables (variables.tf):`);
    for (const s of result.secretsKeptOut) lines.push(`  ${s.file}:${s.line}  ${s.severity}  var.${s.variable}: ${s.source} looked like ${s.what}; move it to Secrets Manager`);
  }
  const counts = SEVERITY_ORDER.map((s) => [s, result.findings.filter((f) => f.severity === s).length]).filter(([, n]) => n > 0);
  lines.push("", result.findings.length ? `Imported as is: ${counts.map(([s, n]) => `${n} ${s}`).join(", ")} ${result.findings.length === 1 ? "finding" : "findings"}` : "Imported as is: no policy findings");
  const sorted = [...result.findings].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || a.file.localeCompare(b.file) || a.line - b.line);
  for (const f of sorted) lines.push(`  ${f.file}:${f.line}  ${f.severity.padEnd(8)} ${f.ruleId}  ${f.message}`);
  if (result.notEvaluated.length) {
    lines.push("", `Not checked on the generated code (${result.notEvaluated.length}):`);
    for (const n of result.notEvaluated) lines.push(`  ${n}`);
  }
  if (result.notImported.length) {
    lines.push("", `Not imported (${result.notImported.length}); the run is incomplete:`);
    for (const n of result.notImported) lines.push(`  ${n}`);
  }
  lines.push("", "The import is provisional until it is reviewed and merged: run `terraform plan` in the folder and expect only imports.");
  return `${lines.join("\n")}
`;
}
function renderImportJson(result) {
  return `${JSON.stringify({ version: 1, ...result }, null, 2)}
`;
}

export {
  OutputFolderNotEmpty,
  runImport,
  renderImportText,
  renderImportJson
};
