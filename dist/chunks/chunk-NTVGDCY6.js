import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  inShard
} from "./chunk-VYTWDY7Z.js";
import {
  createModuleSourceResolver,
  describeSource,
  loadConfiguration,
  parseModuleSource
} from "./chunk-MJ654OMX.js";
import {
  ruleHelpUri
} from "./chunk-6DCGEIHD.js";
import {
  allRules,
  containerDefinitions,
  firstLineOf
} from "./chunk-KEBHZVNT.js";
import {
  applySuppressions
} from "./chunk-H4RXXQ3G.js";

// src/scan.ts
import { relative } from "node:path";

// src/terraform/plan-overlay.ts
import { readFileSync } from "node:fs";
var PlanError = class extends Error {
};
function readPlanFile(path, displayName) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new PlanError(`${displayName}: cannot read plan (${e.code ?? e.message})`);
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PlanError(`${displayName}: not JSON (${e.message}); pass the output of \`terraform show -json PLANFILE\``);
  }
  if (!doc || typeof doc !== "object" || !doc.planned_values) {
    throw new PlanError(`${displayName}: no planned_values; pass the output of \`terraform show -json PLANFILE\` for a saved plan`);
  }
  const out = [];
  const walk = (m) => {
    if (!m) return;
    for (const r of m.resources ?? []) out.push(r);
    for (const c of m.child_modules ?? []) walk(c);
  };
  walk(doc.planned_values.root_module);
  return out;
}
function fromPlan(v, at) {
  if (v === null || v === void 0) return { kind: "null", loc: at };
  if (typeof v === "string") return { kind: "string", value: v, loc: at };
  if (typeof v === "number") return { kind: "number", value: v, loc: at };
  if (typeof v === "boolean") return { kind: "bool", value: v, loc: at };
  if (Array.isArray(v)) return { kind: "list", items: v.map((i) => fromPlan(i, at)), loc: at };
  const entries = new Map(Object.entries(v).map(([key, value]) => [key, { key, keyLoc: at, value: fromPlan(value, at) }]));
  return { kind: "object", entries, loc: at };
}
function hasUnknown(v) {
  if (v.kind === "unknown") return true;
  if (v.kind === "string" && v.decoded) return hasUnknown(v.decoded);
  if (v.kind === "list") return v.items.some(hasUnknown);
  if (v.kind === "object") return [...v.entries.values()].some((e) => hasUnknown(e.value));
  return false;
}
function fillUnknowns(hcl, plan) {
  if (hcl.kind === "unknown") return plan === void 0 ? hcl : fromPlan(plan, hcl.loc);
  if (hcl.kind === "string" && hcl.decoded && typeof plan === "string") {
    let parsed;
    try {
      parsed = JSON.parse(plan);
    } catch {
      return hcl;
    }
    const decoded = fillUnknowns(hcl.decoded, parsed);
    return { ...hcl, decoded, value: plan };
  }
  if (hcl.kind === "list" && Array.isArray(plan)) {
    const named = (x) => x && typeof x === "object" && !Array.isArray(x) ? x.name : void 0;
    const items = hcl.items.map((item, i) => {
      const itemName = item.kind === "object" && item.entries.get("name")?.value.kind === "string" ? item.entries.get("name").value.value : void 0;
      const match = itemName !== void 0 ? plan.find((p) => named(p) === itemName) : plan[i];
      return fillUnknowns(item, match);
    });
    return { ...hcl, items };
  }
  if (hcl.kind === "object" && plan && typeof plan === "object" && !Array.isArray(plan)) {
    const record = plan;
    const entries = new Map([...hcl.entries].map(([k, e]) => [k, { ...e, value: fillUnknowns(e.value, record[k]) }]));
    return { ...hcl, entries };
  }
  return hcl;
}
function overlayBlock(block, values, knownBlockTypes) {
  const header = firstLineOf(block.loc);
  for (const [name, planValue] of Object.entries(values)) {
    const attr = block.attributes.get(name);
    const isBlockList = Array.isArray(planValue) && planValue.every((x) => x !== null && typeof x === "object" && !Array.isArray(x));
    const nested = block.blocks.filter((b) => b.type === name);
    if (!attr && isBlockList && (nested.length > 0 || block.unknownBlocks.some((u) => u.type === name) || knownBlockTypes.has(name))) {
      const dynamic = block.unknownBlocks.find((u) => u.type === name);
      planValue.forEach((item, i) => {
        let target = nested[i];
        if (!target) {
          const at = dynamic?.loc ?? header;
          target = { type: name, labels: [], loc: at, attributes: /* @__PURE__ */ new Map(), blocks: [], unknownBlocks: [] };
          block.blocks.push(target);
        }
        overlayBlock(target, item, knownBlockTypes);
      });
      if (dynamic) block.unknownBlocks = block.unknownBlocks.filter((u) => u !== dynamic);
      continue;
    }
    if (attr) {
      if (hasUnknown(attr.value) && planValue !== null && planValue !== void 0) {
        attr.value = attr.value.kind === "unknown" ? fromPlan(planValue, firstLineOf(attr.loc)) : fillUnknowns(attr.value, planValue);
      }
      continue;
    }
    if (planValue === null || planValue === void 0 || Array.isArray(planValue) && planValue.length === 0) continue;
    if (isBlockList) continue;
    const added = { name, loc: header, value: fromPlan(planValue, header), expression: "", references: [] };
    block.attributes.set(name, added);
  }
}
var BLOCK_TYPES = /* @__PURE__ */ new Set([
  "network_configuration",
  "load_balancer",
  "service_registries",
  "capacity_provider_strategy",
  "deployment_controller",
  "deployment_circuit_breaker",
  "ordered_placement_strategy",
  "placement_constraints",
  "service_connect_configuration",
  "volume",
  "efs_volume_configuration",
  "authorization_config",
  "docker_volume_configuration",
  "runtime_platform",
  "ephemeral_storage",
  "proxy_configuration",
  "inference_accelerator",
  "setting",
  "configuration",
  "execute_command_configuration",
  "log_configuration",
  "managed_storage_configuration",
  "service_connect_defaults",
  "auto_scaling_group_provider",
  "managed_scaling",
  "image_scanning_configuration",
  "encryption_configuration",
  "default_capacity_provider_strategy",
  "scale",
  "lifecycle"
]);
function applyPlan(model, planResources, rootDir) {
  const inRoot = model.resources.filter((r) => r.rootDir === rootDir);
  const byAddress = new Map(inRoot.map((r) => [r.address, r]));
  const unmatched = [];
  let matched = 0;
  for (const pr of planResources) {
    if (!pr.values) continue;
    let target = byAddress.get(pr.address);
    if (!target && pr.index !== void 0) {
      const base = byAddress.get(pr.address.replace(/\[[^\]]*\]$/, ""));
      if (base) {
        target = cloneResource(base, pr.address, pr.index);
        model.resources.push(target);
        byAddress.set(pr.address, target);
        model.notEvaluated = model.notEvaluated.filter((n) => n.resource !== base.address);
      }
    }
    if (!target) {
      unmatched.push(pr.address);
      continue;
    }
    matched++;
    overlayBlock(target.body, pr.values, BLOCK_TYPES);
  }
  const expandedBases = new Set(model.resources.filter((r) => r.rootDir === rootDir && /\]$/.test(r.address)).map((r) => r.address.replace(/\[[^\]]*\]$/, "")));
  model.resources = model.resources.filter((r) => r.rootDir !== rootDir || !expandedBases.has(r.address) || r.instanceKey !== void 0);
  return { matched, unmatched };
}
function cloneBlock(b) {
  return {
    ...b,
    // Named fields, not a spread: an attribute's expression and references may be getters.
    attributes: new Map([...b.attributes].map(([k, a]) => [k, { name: a.name, loc: a.loc, value: a.value, expression: a.expression, references: a.references }])),
    blocks: b.blocks.map(cloneBlock),
    unknownBlocks: [...b.unknownBlocks]
  };
}
function cloneResource(r, address, key) {
  return { ...r, address, instanceKey: key, body: cloneBlock(r.body) };
}
function pickPlanRoot(model, planResources) {
  const addresses = new Set(planResources.map((r) => r.address.replace(/\[[^\]]*\]$/, "")));
  let best;
  let bestScore = 0;
  for (const root of model.rootDirs) {
    const score = model.resources.filter((r) => r.rootDir === root && addresses.has(r.address.replace(/\[[^\]]*\]$/, ""))).length;
    if (score > bestScore) {
      best = root;
      bestScore = score;
    }
  }
  return best;
}

// src/policy/engine.ts
import * as crypto from "node:crypto";

// src/policy/module-attribution.ts
function isDownloadedPath(file) {
  return file.startsWith(".terraform/") || file.includes("/.terraform/") || file.startsWith("../") || file.startsWith("/");
}
var inputKeys = /* @__PURE__ */ new Map();
function inputKey(name) {
  let key = inputKeys.get(name);
  if (key === void 0) inputKeys.set(name, key = name.toLowerCase().replace(/[_-]/g, ""));
  return key;
}
function attributeToCaller(input, resource, model) {
  const callChain = resource?.callChain;
  if (!isDownloadedPath(input.loc.file) || !callChain) return input;
  let site;
  for (let i = callChain.length - 1; i >= 0 && !site; i--) if (!isDownloadedPath(callChain[i].loc.file)) site = callChain[i];
  if (!site) return input;
  const origin = `This comes from the code or defaults of ${site.address} (${citation(input.loc, model.packages)})`;
  const object = callerObject(input.attributePath, resource, site);
  if (object) {
    return {
      ...input,
      loc: firstLineOf(object.loc),
      message: `${input.message} ${origin}: set \`${object.path}\` in this object (module input \`${object.argument}\`).`,
      suggestion: void 0
    };
  }
  const steps = input.attributePath.split(/[.[\]]+/).filter(Boolean);
  const variable = [steps[0], steps[steps.length - 1]].map((s) => site.variables.find((v) => inputKey(v.name) === inputKey(s ?? ""))).find(Boolean);
  const how = variable ? `set its input \`${variable.name}\` (declared at ${citation(variable.loc, model.packages)})` : "set it through the module's inputs";
  return {
    ...input,
    loc: firstLineOf(site.loc),
    message: `${input.message} ${origin}: ${how}.`,
    suggestion: void 0
  };
}
function citation(at, packages) {
  const pkg = packageOf(at.file, packages);
  if (!pkg) return `${at.file}:${at.line}`;
  return `${at.file.slice(pkg.dir.length + 1)}:${at.line} of ${pkg.described}`;
}
var describedPackages = /* @__PURE__ */ new WeakMap();
function packageOf(file, packages) {
  if (!packages) return void 0;
  let described = describedPackages.get(packages);
  if (!described) {
    const list = [...packages].sort((a, b) => b.dir.length - a.dir.length).map((p) => ({ dir: p.dir, prefix: `${p.dir}/`, described: describePackage(p) }));
    described = { list, byFile: /* @__PURE__ */ new Map() };
    describedPackages.set(packages, described);
  }
  if (described.byFile.has(file)) return described.byFile.get(file);
  const found = described.list.find((p) => file.startsWith(p.prefix));
  described.byFile.set(file, found);
  return found;
}
function describePackage(pkg) {
  const source = parseModuleSource(pkg.source);
  if (source.kind !== "registry") return describeSource(pkg.source);
  const address = `${source.namespace}/${source.name}/${source.system}`;
  const link = source.host === "registry.terraform.io" && pkg.version ? `, https://registry.terraform.io/modules/${address}/${pkg.version}` : "";
  return `${source.host === "registry.terraform.io" ? "" : `${source.host}/`}${address}${pkg.version ? ` ${pkg.version}` : ""}${link}`;
}
function callerObject(attributePath, resource, site) {
  if (!site.arguments) return void 0;
  const found = holderOf(attributePath, resource);
  if (!found) return void 0;
  const { holder, path } = found;
  let bySite = placeOfHolder.get(holder);
  if (!bySite) placeOfHolder.set(holder, bySite = /* @__PURE__ */ new WeakMap());
  let place = bySite.get(site);
  if (place === void 0) {
    place = findCallerObject(holder, argumentObjects(site)) ?? null;
    bySite.set(site, place);
  }
  return place ? { loc: place.loc, argument: place.argument, path } : void 0;
}
var placeOfHolder = /* @__PURE__ */ new WeakMap();
var objectsOfSite = /* @__PURE__ */ new WeakMap();
function argumentObjects(site) {
  let objects = objectsOfSite.get(site);
  if (!objects) {
    const found = [];
    for (const { name, value } of site.arguments?.() ?? []) collectCallerObjects(value, name, found);
    objects = found;
    objectsOfSite.set(site, objects);
  }
  return objects;
}
function findCallerObject(holder, objects) {
  if (objects.length === 0) return void 0;
  const leaves = directLeaves(holder);
  if (leaves.length === 0) {
    if ("attributes" in holder) collectBlockLeaves(holder, leaves);
    else collectLeaves(holder, leaves);
  }
  if (leaves.length === 0) return void 0;
  let best;
  for (const { object, argument } of objects) {
    let count = 0;
    for (const l of leaves) if (l.file === object.loc.file && l.line >= object.loc.line && l.endLine <= object.loc.endLine) count++;
    if (count === 0) continue;
    const span = object.loc.endLine - object.loc.line;
    if (!best || count > best.count || count === best.count && span < best.loc.endLine - best.loc.line) best = { loc: object.loc, argument, count };
  }
  return best && { loc: best.loc, argument: best.argument };
}
function holderOf(attributePath, resource) {
  const container = /^container_definitions\[([^\]]*)\]\.(.+)$/.exec(attributePath);
  let current;
  let rest;
  if (container) {
    const defs = containerDefinitions(resource);
    if (defs.kind !== "known") return void 0;
    current = defs.containers.find((c) => c.name === container[1])?.object;
    rest = container[2].split(".");
  } else {
    rest = attributePath.split(".");
    const first = rest.shift() ?? "";
    if (/[[\]]/.test(first) || rest.length === 0) return void 0;
    const attr = resource.body.attributes.get(first)?.value;
    current = attr?.kind === "object" ? attr : resource.body.blocks.find((b) => b.type === first);
  }
  let depth = 0;
  for (const step of rest.slice(0, -1)) {
    if (!current || /[[\]]/.test(step)) break;
    let next;
    if ("attributes" in current) next = current.attributes.get(step)?.value ?? current.blocks.find((b) => b.type === step);
    else next = current.entries.get(step)?.value;
    if (next && ("attributes" in next || next.kind === "object")) current = next;
    else break;
    depth++;
  }
  return current && { holder: current, path: rest.slice(depth).join(".").replace(/\[.*$/, "") };
}
function directLeaves(holder) {
  const values = "attributes" in holder ? [...holder.attributes.values()].map((a) => a.value) : [...holder.entries.values()].map((e) => e.value);
  return values.filter((v) => v.kind !== "list" && v.kind !== "object" && v.kind !== "unknown" && !isDownloadedPath(v.loc.file)).map((v) => v.loc);
}
function collectBlockLeaves(block, out) {
  for (const a of block.attributes.values()) collectLeaves(a.value, out);
  for (const b of block.blocks) collectBlockLeaves(b, out);
}
function collectLeaves(value, out) {
  switch (value.kind) {
    case "list":
      for (const item of value.items) collectLeaves(item, out);
      return;
    case "object":
      for (const e of value.entries.values()) collectLeaves(e.value, out);
      return;
    case "unknown":
      return;
    default:
      if (!isDownloadedPath(value.loc.file)) out.push(value.loc);
  }
}
function collectCallerObjects(value, argument, out) {
  if (value.kind === "object") {
    if (!isDownloadedPath(value.loc.file)) out.push({ object: value, argument });
    for (const e of value.entries.values()) collectCallerObjects(e.value, argument, out);
  } else if (value.kind === "list") for (const item of value.items) collectCallerObjects(item, argument, out);
}

// src/policy/engine.ts
var defaultPolicyConfig = () => ({ severities: /* @__PURE__ */ new Map(), disabled: /* @__PURE__ */ new Set(), exceptions: [] });
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
function fingerprintOf(ruleId, rootDir, resource, attributePath) {
  return sha256Hex(`${ruleId}\0${rootDir}\0${resource}\0${attributePath}`).slice(0, 20);
}
function runPolicy(model, rules, config, now) {
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const notEvaluated = [];
  const notEvaluatedKeys = /* @__PURE__ */ new Set();
  const headers = /* @__PURE__ */ new Map();
  const active = rules.filter((r) => !config.disabled.has(r.id));
  const byType = /* @__PURE__ */ new Map();
  for (const rule of active) for (const t of rule.resourceTypes) byType.set(t, [...byType.get(t) ?? [], rule]);
  const addNotEvaluated = (resource, at, why) => {
    const key = `${resource}\0${why}`;
    if (notEvaluatedKeys.has(key)) return;
    notEvaluatedKeys.add(key);
    notEvaluated.push({ resource, file: at.file, line: at.line, why });
  };
  const ruleCauses = /* @__PURE__ */ new Map();
  const moduleDirs = new Set(model.moduleDirs);
  const moduleOf = (file, declaring) => {
    const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
    return moduleDirs.has(dir) ? dir : declaring;
  };
  const contextFor = (current, address, moduleDir, rootDir, header, resource) => ({
    model,
    report(reported) {
      const { rule } = current;
      const input = attributeToCaller(reported, resource, model);
      const fingerprint = fingerprintOf(rule.id, rootDir, address, input.attributePath);
      const key = `${rule.id}\0${address}\0${input.attributePath}\0${input.loc.file}\0${input.loc.line}`;
      if (seen.has(key)) return;
      seen.add(key);
      headers.set(fingerprint, { file: header.file, line: header.line });
      findings.push({
        ruleId: rule.id,
        severity: config.severities.get(rule.id) ?? input.severity ?? rule.severity,
        title: rule.title,
        message: input.message,
        file: input.loc.file,
        startLine: input.loc.line,
        endLine: Math.max(input.loc.line, input.loc.endLine),
        ...columnsOf(input.loc),
        resource: address,
        // The module that holds the offending line (a caller's module input), else the declaring one.
        module: moduleOf(input.loc.file, moduleDir),
        references: rule.references,
        suppressed: null,
        fingerprint,
        attributePath: input.attributePath,
        helpUri: ruleHelpUri(rule.id),
        fix: rule.fix,
        ...suggestionFor(model, input)
      });
    },
    notEvaluated(why, at) {
      const { rule } = current;
      const where = at ?? header;
      const key = `${address}\0${where.file}\0${where.line}\0${why}`;
      const entry = ruleCauses.get(key);
      if (entry) {
        if (!entry.rules.includes(rule.id)) entry.rules.push(rule.id);
      } else ruleCauses.set(key, { resource: address, at: where, why, rules: [rule.id] });
    }
  });
  const errors = [];
  for (const resource of model.resources) {
    if (resource.mode !== "managed") continue;
    if (resource.type === "aws_ecs_task_definition") {
      const defs = containerDefinitions(resource);
      if (defs.kind === "invalid") {
        errors.push({ file: defs.loc.file, message: `${resource.address}: container_definitions ${defs.reason.replace(/^invalid JSON/, "is not valid JSON")}` });
        addNotEvaluated(resource.address, defs.loc, `container_definitions cannot be read: ${defs.reason}`);
      }
    }
    const rules2 = byType.get(resource.type);
    if (rules2) {
      const current = { rule: rules2[0] };
      const context = contextFor(current, resource.address, resource.moduleDir, resource.rootDir, resource.loc, resource);
      for (const rule of rules2) {
        current.rule = rule;
        rule.check?.(resource, context);
      }
    }
    for (const u of resource.body.unknownBlocks) addNotEvaluated(resource.address, u.loc, `dynamic "${u.type}" blocks: ${u.reason}`);
  }
  for (const imp of model.imports) {
    const current = { rule: active[0] };
    const context = contextFor(current, importAddress(imp), imp.moduleDir, imp.rootDir, imp.loc);
    for (const rule of active) {
      current.rule = rule;
      rule.checkImport?.(imp, context);
    }
  }
  for (const c of ruleCauses.values()) addNotEvaluated(c.resource, c.at, `${c.why} (not checked: ${c.rules.join(", ")})`);
  for (const n of model.notEvaluated) addNotEvaluated(n.resource, { file: n.file, line: n.line, endLine: n.line }, n.why);
  applySuppressions(findings, model, config.exceptions, (f) => headers.get(f.fingerprint), now);
  findings.sort(compareFindings);
  return { findings, notEvaluated, errors };
}
function columnsOf(at) {
  if (at.column === void 0) return {};
  return at.endColumn !== void 0 && at.endLine >= at.line ? { startColumn: at.column, endColumn: at.endColumn } : { startColumn: at.column };
}
var fileLines = /* @__PURE__ */ new WeakMap();
function suggestionFor(model, input) {
  if (!input.suggestion) return {};
  const file = model.files.get(input.loc.file);
  if (!file) return {};
  let lines = fileLines.get(file);
  if (!lines) fileLines.set(file, lines = file.text.split("\n"));
  const line = lines[input.loc.line - 1];
  if (line === void 0) return {};
  const { from, to } = input.suggestion;
  const matches = typeof from === "string" ? line.split(from).length - 1 : (line.match(new RegExp(from.source, from.flags.includes("g") ? from.flags : `${from.flags}g`)) ?? []).length;
  if (matches !== 1) return {};
  return { suggestion: line.replace(from, to) };
}
function importAddress(imp) {
  return imp.to;
}
function compareFindings(a, b) {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.startLine - b.startLine || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.resource < b.resource ? -1 : a.resource > b.resource ? 1 : 0);
}

// src/scan.ts
function restrictToShard(configuration, shard) {
  const roots = new Set(configuration.rootDirs.filter((d) => inShard(d, shard)));
  const dirs = /* @__PURE__ */ new Set([...roots, ...configuration.resources.filter((r) => roots.has(r.rootDir)).map((r) => r.moduleDir)]);
  return {
    ...configuration,
    rootDirs: [...roots],
    resources: configuration.resources.filter((r) => roots.has(r.rootDir)),
    imports: configuration.imports.filter((i) => roots.has(i.rootDir)),
    notEvaluated: configuration.notEvaluated.filter((n) => inModules(n.file, dirs)),
    errors: configuration.errors.filter((e) => inModules(e.file, dirs)),
    moduleDirs: configuration.moduleDirs.filter((d) => dirs.has(d))
  };
}
function inModules(file, modules) {
  const dir = file.includes("/") ? file.slice(0, file.lastIndexOf("/")) : ".";
  return modules.has(dir);
}
function restrictToModules(configuration, modules) {
  const set = new Set(modules);
  const keep = (moduleDir, rootDir) => set.has(moduleDir) || set.has(rootDir);
  return {
    ...configuration,
    resources: configuration.resources.filter((r) => keep(r.moduleDir, r.rootDir)),
    imports: configuration.imports.filter((i) => keep(i.moduleDir, i.rootDir)),
    notEvaluated: configuration.notEvaluated.filter((n) => inModules(n.file, set)),
    errors: configuration.errors.filter((e) => inModules(e.file, set)),
    moduleDirs: configuration.moduleDirs.filter((d) => set.has(d))
  };
}
function scanInputFrom(settings) {
  return { repoRoot: settings.repoRoot, paths: settings.paths, policy: settings.policy, now: settings.now, planJson: settings.planJson, shard: settings.shard, moduleSources: settings.modules && createModuleSourceResolver(settings.modules) };
}
async function scanConfiguration(input) {
  const loaded = input.configuration ?? await loadConfiguration({ repoRoot: input.repoRoot, paths: input.paths, moduleSources: input.moduleSources, parseThreads: input.parseThreads });
  const limited = input.onlyModules ? restrictToModules(loaded, input.onlyModules) : loaded;
  const configuration = input.shard ? restrictToShard(limited, input.shard) : limited;
  if (input.planJson) {
    const display = relative(input.repoRoot, input.planJson) || input.planJson;
    const planResources = readPlanFile(input.planJson, display);
    const root = pickPlanRoot(configuration, planResources);
    if (!root) {
      configuration.errors.push({ file: display, message: "no resource of this plan matches the scanned modules; plan values not used (scan the root module the plan was made from)" });
    } else {
      const { unmatched } = applyPlan(configuration, planResources, root);
      if (unmatched.length > 0) {
        configuration.errors.push({ file: display, message: `${unmatched.length} planned resource(s) have no declaration in ${root} (first: ${unmatched[0]}); they were not checked` });
      }
    }
  }
  const { findings, notEvaluated, errors } = runPolicy(configuration, input.rules ?? allRules, input.policy, input.now);
  return {
    configuration,
    report: {
      findings,
      drift: [],
      notEvaluated,
      errors: [...configuration.errors, ...errors].map((e) => ({ file: e.file, message: e.message })),
      modules: configuration.moduleDirs
    }
  };
}

export {
  defaultPolicyConfig,
  restrictToShard,
  restrictToModules,
  scanInputFrom,
  scanConfiguration
};
