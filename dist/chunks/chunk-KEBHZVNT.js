import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);
import {
  JsonPositionError,
  decodeJsonString,
  sameValue
} from "./chunk-OJUXA2BK.js";
import {
  classifyEnvironmentValue,
  credentialFormat,
  isSecretStoreArn,
  isSensitiveName,
  looksLikeRandomToken,
  redactedPreview,
  secretArguments
} from "./chunk-G262T7VN.js";

// src/terraform/values.ts
function firstLineOf(at2) {
  if (at2.endLine === at2.line) return at2;
  return at2.column === void 0 ? { file: at2.file, line: at2.line, endLine: at2.line } : { file: at2.file, line: at2.line, endLine: at2.line, column: at2.column };
}

// src/policy/resource-values.ts
var containerCache = /* @__PURE__ */ new WeakMap();
function containerDefinitions(resource) {
  const cached = containerCache.get(resource);
  if (cached) return cached;
  const result = readContainers(resource);
  containerCache.set(resource, result);
  return result;
}
function readContainers(resource) {
  const attr = resource.body.attributes.get("container_definitions");
  if (!attr) return { kind: "absent" };
  const v = attr.value;
  if (v.kind === "unknown") return { kind: "unknown", reason: v.reason, loc: attr.loc };
  let decoded;
  if (v.kind === "string") {
    try {
      decoded = decodeJsonString(v);
    } catch (e) {
      if (e instanceof JsonPositionError) return { kind: "invalid", reason: e.message, loc: { file: e.file, line: e.line, endLine: e.line } };
      throw e;
    }
  } else decoded = v;
  if (decoded.kind === "unknown") return { kind: "unknown", reason: decoded.reason, loc: attr.loc };
  if (decoded.kind !== "list") return { kind: "invalid", reason: "container_definitions is not a JSON array", loc: attr.loc };
  const containers = [];
  decoded.items.forEach((item, index) => {
    if (item.kind !== "object") return;
    const nameValue = item.entries.get("name")?.value;
    const name = nameValue?.kind === "string" ? nameValue.value : `#${index}`;
    containers.push({ name, index, object: item, loc: firstLineOf(item.loc) });
  });
  return { kind: "known", containers, loc: attr.loc };
}
function member(object, key) {
  return object?.entries.get(key)?.value;
}
function nestedBlocks(block, type) {
  return block.blocks.filter((b) => b.type === type);
}
function unknownNestedBlock(block, type) {
  return block.unknownBlocks.find((b) => b.type === type);
}
function at(value) {
  return { ...value.loc };
}
function firstLine(loc) {
  return firstLineOf(loc);
}
function boolValue(v) {
  if (!v) return void 0;
  if (v.kind === "unknown") return "unknown";
  if (v.kind === "bool") return v.value;
  if (v.kind === "string" && (v.value === "true" || v.value === "false")) return v.value === "true";
  return void 0;
}
function stringValue(v) {
  if (v?.kind === "string") return v.value;
  if (v?.kind === "number") return String(v.value);
  return void 0;
}
function isEc2Compatible(resource) {
  const rc = resource.body.attributes.get("requires_compatibilities")?.value;
  if (!rc || rc.kind !== "list") return true;
  return rc.items.some((i) => i.kind === "string" && (i.value === "EC2" || i.value === "EXTERNAL")) || rc.items.length === 0;
}
function isFargateOnly(resource) {
  const rc = resource.body.attributes.get("requires_compatibilities")?.value;
  return !!rc && rc.kind === "list" && rc.items.length > 0 && rc.items.every((i) => i.kind === "string" && i.value === "FARGATE");
}
function isWindows(resource) {
  const rp = resource.body.blocks.find((b) => b.type === "runtime_platform");
  const os = rp?.attributes.get("operating_system_family")?.value;
  return os?.kind === "string" && os.value.toUpperCase().startsWith("WINDOWS");
}
var moduleIndexes = /* @__PURE__ */ new WeakMap();
function sameModuleResources(all, resource) {
  let index = moduleIndexes.get(all);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const r of all) {
      const key = `${r.rootDir}\0${r.moduleAddress}`;
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    moduleIndexes.set(all, index);
  }
  return index.get(`${resource.rootDir}\0${resource.moduleAddress}`) ?? [];
}
function referencedResource(all, resource, reference) {
  const m = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)(\[[^\]]*\])?/.exec(reference);
  if (!m) return void 0;
  const mode = m[1] ? "data" : "managed";
  const candidates = sameModuleResources(all, resource).filter((r) => r.mode === mode && r.type === m[2] && r.name === m[3]);
  if (m[4]) {
    const key = m[4].slice(1, -1);
    const exact = candidates.find((r) => JSON.stringify(r.instanceKey) === key || String(r.instanceKey) === key);
    if (exact) return exact;
  }
  return candidates[0];
}
function readAttribute(block, name) {
  const attr = block.attributes.get(name);
  if (!attr) return { kind: "absent" };
  const v = attr.value;
  if (v.kind === "null") return { kind: "absent", loc: v.loc };
  if (v.kind === "unknown") return { kind: "unknown", reason: v.reason, loc: attr.loc };
  const text = v.kind === "string" ? v.value : v.kind === "number" ? String(v.value) : v.kind === "bool" ? String(v.value) : void 0;
  return { kind: "known", value: v, text, loc: v.loc };
}
var INPUT_ROOTS = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
function attributePresence(attr) {
  if (!attr) return "absent";
  const v = attr.value;
  if (v.kind === "null" || v.kind === "string" && v.value === "") return "absent";
  if (v.kind !== "unknown") return "present";
  if (v.error) return "unknown";
  const roots = attr.references.map((r) => r.split(/[.[]/)[0]);
  return roots.length > 0 && roots.every((r) => !INPUT_ROOTS.has(r)) ? "present" : "unknown";
}
function checkableBlocks(block, path, context) {
  let level = [block];
  for (const type of path) {
    const next = [];
    for (const b of level) {
      const dynamic = unknownNestedBlock(b, type);
      if (dynamic) context.notEvaluated(`${type}: ${dynamic.reason}`, dynamic.loc);
      next.push(...nestedBlocks(b, type));
    }
    level = next;
  }
  return level;
}

// src/policy/rules/checkable-containers.ts
function checkableContainers(resource, context) {
  const defs = containerDefinitions(resource);
  if (defs.kind === "unknown") {
    context.notEvaluated(`container_definitions: ${defs.reason}`, defs.loc);
    return [];
  }
  if (defs.kind !== "known") return [];
  const attr = resource.body.attributes.get("container_definitions");
  const list = attr?.value.kind === "string" ? attr.value.decoded : attr?.value;
  if (list?.kind === "list") {
    list.items.forEach((item, index) => {
      if (item.kind === "unknown") context.notEvaluated(`container_definitions[${index}]: ${item.reason}`, item.loc);
    });
  }
  return defs.containers;
}
function presentMember(object, key) {
  if (object?.kind !== "object") return void 0;
  const v = member(object, key);
  return v?.kind === "null" ? void 0 : v;
}
function containerLine(container) {
  return firstLine(container.loc);
}
function unknownOperatingSystem(resource) {
  const rp = resource.body.blocks.find((b) => b.type === "runtime_platform");
  const os = rp?.attributes.get("operating_system_family")?.value;
  if (os?.kind === "unknown") return os;
  const dynamic = resource.body.unknownBlocks.find((b) => b.type === "runtime_platform");
  return dynamic ? { kind: "unknown", reason: dynamic.reason, loc: dynamic.loc } : void 0;
}

// src/policy/rules/ecs-container-capabilities-not-dropped.ts
var ecsContainerCapabilitiesNotDropped = {
  id: "ecs-container-capabilities-not-dropped",
  severity: "low",
  title: "Container does not drop all Linux capabilities",
  description: "Docker gives every container a default set of capabilities (CHOWN, DAC_OVERRIDE, SETUID, NET_RAW \u2026) whether it needs them or not; each one is extra power for an attacker who gets code execution in the container.",
  fix: 'Set `linuxParameters.capabilities.drop = ["ALL"]` and list in `add` only the capabilities the process needs (often none, or NET_BIND_SERVICE).',
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    if (isWindows(resource)) return;
    const os = unknownOperatingSystem(resource);
    if (os) return context.notEvaluated(`runtime_platform.operating_system_family (Linux or Windows): ${os.reason}`, os.loc);
    for (const c of checkableContainers(resource, context)) {
      const attributePath = `container_definitions[${c.name}].linuxParameters.capabilities.drop`;
      const missing = (loc, what) => context.report({ loc: firstLine(loc), attributePath, message: `Container "${c.name}" ${what}.` });
      const linuxParameters = presentMember(c.object, "linuxParameters");
      if (linuxParameters?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} linuxParameters: ${linuxParameters.reason}`, linuxParameters.loc);
        continue;
      }
      if (linuxParameters?.kind !== "object") {
        missing(linuxParameters?.loc ?? containerLine(c), "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities");
        continue;
      }
      const capabilities = presentMember(linuxParameters, "capabilities");
      if (capabilities?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} linuxParameters.capabilities: ${capabilities.reason}`, capabilities.loc);
        continue;
      }
      if (capabilities?.kind !== "object") {
        missing(capabilities?.loc ?? linuxParameters.loc, "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities");
        continue;
      }
      const drop = presentMember(capabilities, "drop");
      if (drop?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} linuxParameters.capabilities.drop: ${drop.reason}`, drop.loc);
        continue;
      }
      if (drop?.kind !== "list") {
        missing(drop?.loc ?? capabilities.loc, "has no linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities");
        continue;
      }
      const dropsAll = drop.items.some((i) => i.kind === "string" && i.value.trim().toUpperCase() === "ALL");
      if (dropsAll) continue;
      const unknownItem = drop.items.find((i) => i.kind === "unknown");
      if (unknownItem?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} linuxParameters.capabilities.drop: ${unknownItem.reason}`, unknownItem.loc);
        continue;
      }
      missing(drop.loc, drop.items.length === 0 ? "has an empty linuxParameters.capabilities.drop, so it keeps all of Docker's default capabilities" : "does not drop ALL, so it keeps the default capabilities its drop list does not name");
    }
  }
};

// src/policy/rules/ecs-container-dangerous-capability.ts
var DOCKER_DEFAULT = /* @__PURE__ */ new Set([
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "SETGID",
  "SETUID",
  "SETPCAP",
  "NET_BIND_SERVICE",
  "SYS_CHROOT",
  "MKNOD",
  "AUDIT_WRITE",
  "SETFCAP"
]);
var HOST_ESCAPE = /* @__PURE__ */ new Set(["ALL", "SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "BPF"]);
function normalizeCapability(name) {
  return name.trim().toUpperCase().replace(/^CAP_/, "");
}
function capabilitySeverity(capability) {
  if (DOCKER_DEFAULT.has(capability)) return void 0;
  return HOST_ESCAPE.has(capability) ? "high" : "medium";
}
var ecsContainerDangerousCapability = {
  id: "ecs-container-dangerous-capability",
  severity: "high",
  title: "Container adds a dangerous Linux capability",
  description: "Capabilities beyond Docker's default set give the container kernel powers: SYS_ADMIN, SYS_MODULE, SYS_PTRACE, BPF and ALL are each enough to break out to the host, and NET_ADMIN, NET_RAW or DAC_READ_SEARCH let it tamper with the network or read any file.",
  fix: "Remove the capability from `linuxParameters.capabilities.add`; if the workload really needs one, add only that one and drop `ALL` first.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const linuxParameters = presentMember(c.object, "linuxParameters");
      const capabilities = presentMember(linuxParameters, "capabilities");
      const add = presentMember(capabilities, "add");
      for (const [label, v] of [["linuxParameters", linuxParameters], ["linuxParameters.capabilities", capabilities], ["linuxParameters.capabilities.add", add]]) {
        if (v?.kind === "unknown") {
          context.notEvaluated(`container ${c.name} ${label}: ${v.reason}`, v.loc);
          break;
        }
      }
      if (add?.kind !== "list") continue;
      for (const item of add.items) {
        if (item.kind === "unknown") {
          context.notEvaluated(`container ${c.name} linuxParameters.capabilities.add: ${item.reason}`, item.loc);
          continue;
        }
        if (item.kind !== "string") continue;
        const capability = normalizeCapability(item.value);
        const severity = capabilitySeverity(capability);
        if (!severity) continue;
        context.report({
          loc: item.loc,
          attributePath: `container_definitions[${c.name}].linuxParameters.capabilities.add[${capability}]`,
          severity,
          message: severity === "high" ? `Container "${c.name}" adds ${capability === "ALL" ? "ALL capabilities" : `the ${capability} capability`}, which is enough to escape to the host.` : `Container "${c.name}" adds the ${capability} capability, outside Docker's default set.`
        });
      }
    }
  }
};

// src/policy/rules/ecs-container-host-mount.ts
import { posix } from "node:path";
var SENSITIVE_HOST_PATHS = [
  { path: "/", exposes: "the whole host filesystem", subpaths: false },
  { path: "/var/run/docker.sock", exposes: "the Docker daemon (root on the host)", subpaths: false },
  // /var/run is a symlink to /run on current Linux distributions: the same socket.
  { path: "/run/docker.sock", exposes: "the Docker daemon (root on the host)", subpaths: false },
  { path: "/proc", exposes: "host process and kernel interfaces", subpaths: true },
  { path: "/var/lib/docker", exposes: "every container's filesystem on the host", subpaths: true },
  { path: "/etc", exposes: "host configuration, users and credentials", subpaths: true },
  { path: "/root", exposes: "root's home directory (keys, credentials)", subpaths: true },
  { path: "/boot", exposes: "the host kernel and boot loader", subpaths: true },
  { path: "/dev", exposes: "host devices", subpaths: true }
];
function hostPathRisk(hostPath) {
  const raw = hostPath.trim();
  if (!raw.startsWith("/")) return { severity: "medium" };
  const p = posix.normalize(raw).replace(/(.)\/+$/, "$1");
  for (const s of SENSITIVE_HOST_PATHS) {
    const same = p === s.path;
    const under = s.subpaths && p.startsWith(`${s.path}/`);
    const contains = s.path !== "/" && (p === "/" || s.path.startsWith(`${p}/`));
    if (same || under) return { severity: "high", exposes: s.exposes };
    if (contains) return { severity: "high", exposes: `${s.path}: ${s.exposes}` };
  }
  return { severity: "medium" };
}
function volumeName(block) {
  const v = block.attributes.get("name")?.value;
  if (v?.kind === "unknown") return "unknown";
  return v?.kind === "string" ? v.value : void 0;
}
var ecsContainerHostMount = {
  id: "ecs-container-host-mount",
  severity: "high",
  title: "Container mounts a host path",
  description: "A bind mount of a host path gives the container the host's files: the Docker socket, /proc, /etc or / are each a direct way to take over the instance, and any host path lets tasks read or tamper with what other tasks and the host keep there.",
  fix: "Remove the `host_path` volume or the mount point; use a Docker or EFS volume, or a bind mount without `host_path` for scratch space shared between containers.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const volumes = nestedBlocks(resource.body, "volume");
    const dynamicVolumes = unknownNestedBlock(resource.body, "volume");
    for (const c of checkableContainers(resource, context)) {
      const mountPoints = presentMember(c.object, "mountPoints");
      if (mountPoints?.kind === "unknown") context.notEvaluated(`container ${c.name} mountPoints: ${mountPoints.reason}`, mountPoints.loc);
      else if (mountPoints?.kind === "list") {
        for (const mountPoint of mountPoints.items) {
          const source = mountPoint.kind === "unknown" ? mountPoint : presentMember(mountPoint, "sourceVolume");
          if (source?.kind === "unknown") {
            context.notEvaluated(`container ${c.name} mountPoints sourceVolume: ${source.reason}`, source.loc);
            continue;
          }
          if (source?.kind !== "string") continue;
          const volume = volumes.find((v) => volumeName(v) === source.value);
          if (!volume) {
            const unknownVolume = volumes.find((v) => volumeName(v) === "unknown");
            if (dynamicVolumes) context.notEvaluated(`volume "${source.value}" mounted by container ${c.name}: ${dynamicVolumes.reason}`, dynamicVolumes.loc);
            else if (unknownVolume) context.notEvaluated(`volume "${source.value}" mounted by container ${c.name}: a volume name is not known statically`, firstLine(unknownVolume.loc));
            continue;
          }
          const hostPath = volume.attributes.get("host_path");
          const value = hostPath?.value;
          if (!value || value.kind === "null") continue;
          if (value.kind === "unknown") {
            context.notEvaluated(`volume "${source.value}" host_path: ${value.reason}`, hostPath.loc);
            continue;
          }
          if (value.kind !== "string" || value.value.trim() === "") continue;
          const risk = hostPathRisk(value.value);
          context.report({
            loc: value.loc,
            attributePath: `container_definitions[${c.name}].mountPoints[${source.value}]`,
            severity: risk.severity,
            message: `Container "${c.name}" mounts host path ${value.value} (volume "${source.value}")${risk.exposes ? `, which exposes ${risk.exposes}` : ""}.`
          });
        }
      }
      const linuxParameters = presentMember(c.object, "linuxParameters");
      const devices = presentMember(linuxParameters, "devices");
      if (linuxParameters?.kind === "unknown") context.notEvaluated(`container ${c.name} linuxParameters: ${linuxParameters.reason}`, linuxParameters.loc);
      else if (devices?.kind === "unknown") context.notEvaluated(`container ${c.name} linuxParameters.devices: ${devices.reason}`, devices.loc);
      else if (devices?.kind === "list") {
        devices.items.forEach((device, index) => {
          if (device.kind === "unknown") return context.notEvaluated(`container ${c.name} linuxParameters.devices[${index}]: ${device.reason}`, device.loc);
          const hostPath = presentMember(device, "hostPath");
          if (hostPath?.kind === "unknown") return context.notEvaluated(`container ${c.name} linuxParameters.devices[${index}].hostPath: ${hostPath.reason}`, hostPath.loc);
          const path = hostPath?.kind === "string" ? hostPath.value : void 0;
          context.report({
            loc: hostPath ? hostPath.loc : firstLine(device.loc),
            attributePath: `container_definitions[${c.name}].linuxParameters.devices[${path ?? index}]`,
            severity: "medium",
            message: `Container "${c.name}" is given the host device ${path ?? `#${index}`}.`
          });
        });
      }
    }
  }
};

// src/policy/rules/ecs-container-image-not-pinned.ts
function parseImageReference(image) {
  const at2 = image.indexOf("@");
  const name = at2 >= 0 ? image.slice(0, at2) : image;
  const digest = at2 >= 0 ? image.slice(at2 + 1) : void 0;
  const colon = name.lastIndexOf(":");
  const hasTag = colon > name.lastIndexOf("/");
  return { repository: hasTag ? name.slice(0, colon) : name, tag: hasTag ? name.slice(colon + 1) : void 0, digest };
}
function imagePinningProblem(image) {
  const ref = parseImageReference(image.trim());
  if (ref.digest !== void 0 && /^sha256:[0-9a-f]{64}$/.test(ref.digest)) return void 0;
  const badDigest = ref.digest !== void 0 ? " (its digest is not a valid sha256 digest)" : "";
  if (ref.tag === void 0 || ref.tag === "") return { severity: "medium", why: `has no tag, so it means "latest", which can point at a different image on every pull${badDigest}` };
  if (ref.tag.toLowerCase() === "latest") return { severity: "medium", why: `uses the "latest" tag, which can point at a different image on every pull${badDigest}` };
  return { severity: "low", why: `is pinned by tag only; a tag can be moved to a different image${badDigest}` };
}
var ecsContainerImageNotPinned = {
  id: "ecs-container-image-not-pinned",
  severity: "medium",
  title: "Container image is not pinned to a digest",
  description: "A tag is a movable pointer: whoever can push to the repository (or a compromised CI job) changes what runs on the next deployment or task restart, and two tasks of the same revision can run different code.",
  fix: "Reference the image by digest, `repo@sha256:<digest>` (optionally `repo:tag@sha256:<digest>` to keep the tag readable), and update the digest through your release process.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const image = presentMember(c.object, "image");
      if (image?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} image: ${image.reason}`, image.loc);
        continue;
      }
      if (image?.kind !== "string" || image.value.trim() === "") continue;
      const problem = imagePinningProblem(image.value);
      if (!problem) continue;
      const shown = image.value.length > 120 ? `${image.value.slice(0, 119)}\u2026` : image.value;
      context.report({
        loc: image.loc,
        attributePath: `container_definitions[${c.name}].image`,
        severity: problem.severity,
        message: `Container "${c.name}" image ${shown} ${problem.why}.`
      });
    }
  }
};

// src/policy/rules/ecs-container-no-healthcheck.ts
var ecsContainerNoHealthcheck = {
  id: "ecs-container-no-healthcheck",
  severity: "low",
  title: "Essential container has no health check",
  description: 'Without a container health check ECS only knows whether the process is running: a hung or broken essential container keeps its task "healthy", and a bad deployment is not rolled back.',
  fix: 'Add `healthCheck` with a `command` that checks the service (e.g. `["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"]`), with interval, timeout, retries and startPeriod.',
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const essentialValue = presentMember(c.object, "essential");
      const essential = boolValue(essentialValue);
      if (essential === "unknown") {
        context.notEvaluated(`container ${c.name} essential: ${essentialValue.kind === "unknown" ? essentialValue.reason : ""}`, essentialValue.loc);
        continue;
      }
      if (essential === false) continue;
      const attributePath = `container_definitions[${c.name}].healthCheck.command`;
      const healthCheck = presentMember(c.object, "healthCheck");
      if (healthCheck?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} healthCheck: ${healthCheck.reason}`, healthCheck.loc);
        continue;
      }
      if (healthCheck?.kind !== "object") {
        context.report({ loc: healthCheck ? healthCheck.loc : containerLine(c), attributePath, message: `Essential container "${c.name}" has no healthCheck.` });
        continue;
      }
      const command = presentMember(healthCheck, "command");
      if (command?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} healthCheck.command: ${command.reason}`, command.loc);
        continue;
      }
      const first = command?.kind === "list" ? command.items[0] : void 0;
      if (first?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} healthCheck.command: ${first.reason}`, first.loc);
        continue;
      }
      if (command?.kind !== "list" || command.items.length === 0) {
        context.report({ loc: command ? command.loc : firstLine(healthCheck.loc), attributePath, message: `Essential container "${c.name}" has a healthCheck without a command.` });
      } else if (first?.kind === "string" && first.value.trim().toUpperCase() === "NONE") {
        context.report({ loc: first.loc, attributePath, message: `Essential container "${c.name}" disables its health check with ["NONE"].` });
      }
    }
  }
};

// src/policy/rules/ecs-container-no-logging.ts
var ecsContainerNoLogging = {
  id: "ecs-container-no-logging",
  severity: "medium",
  title: "Container has no log configuration",
  description: "Without `logConfiguration.logDriver` the container's output stays on the instance (or is lost on Fargate): there is nothing to investigate an incident with, and nothing to alert on.",
  fix: "Add `logConfiguration` with a log driver, e.g. `awslogs` with `awslogs-group`, `awslogs-region` and `awslogs-stream-prefix` options, or `awsfirelens`.",
  references: ["AWS Security Hub ECS.9"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const attributePath = `container_definitions[${c.name}].logConfiguration.logDriver`;
      const config = presentMember(c.object, "logConfiguration");
      if (config?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} logConfiguration: ${config.reason}`, config.loc);
        continue;
      }
      if (!config || config.kind !== "object") {
        context.report({ loc: config ? config.loc : containerLine(c), attributePath, message: `Container "${c.name}" has no logConfiguration, so its logs are not collected.` });
        continue;
      }
      const driver = presentMember(config, "logDriver");
      if (driver?.kind === "unknown") context.notEvaluated(`container ${c.name} logConfiguration.logDriver: ${driver.reason}`, driver.loc);
      else if (!driver || driver.kind !== "string" || driver.value.trim() === "") {
        context.report({ loc: driver ? driver.loc : firstLine(config.loc), attributePath, message: `Container "${c.name}" has a logConfiguration without a logDriver, so its logs are not collected.` });
      } else if (driver.value.trim().toLowerCase() === "none") {
        context.report({ loc: driver.loc, attributePath, message: `Container "${c.name}" uses the "none" log driver, which discards its logs.` });
      }
    }
  }
};

// src/policy/rules/ecs-container-no-memory-limit.ts
var ecsContainerNoMemoryLimit = {
  id: "ecs-container-no-memory-limit",
  severity: "low",
  title: "Container has no memory limit",
  description: "With neither a container `memory`/`memoryReservation` nor a task-level `memory`, a leaking or attacked container can take the instance's memory from every other task on it.",
  fix: "Set the task `memory`, or `memory` (hard limit) or `memoryReservation` (soft limit) on the container.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const taskMemory = resource.body.attributes.get("memory");
    if (taskMemory?.value.kind === "unknown") return context.notEvaluated(`memory: ${taskMemory.value.reason}`, taskMemory.loc);
    if (taskMemory && taskMemory.value.kind !== "null") return;
    for (const c of checkableContainers(resource, context)) {
      const limits = [presentMember(c.object, "memory"), presentMember(c.object, "memoryReservation")];
      if (limits.some((v) => v && v.kind !== "unknown")) continue;
      const unknown = limits.find((v) => v?.kind === "unknown");
      if (unknown?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} memory: ${unknown.reason}`, unknown.loc);
        continue;
      }
      context.report({
        loc: containerLine(c),
        attributePath: `container_definitions[${c.name}].memory`,
        message: `Container "${c.name}" has no memory or memoryReservation and the task sets no memory, so nothing limits its memory use.`
      });
    }
  }
};

// src/policy/rules/ecs-container-plaintext-secret.ts
var ecsContainerPlaintextSecret = {
  id: "ecs-container-plaintext-secret",
  severity: "high",
  title: "Secret in plaintext in a container definition",
  description: "Environment values are stored in the task definition in plaintext: anyone with ecs:DescribeTaskDefinition, the Terraform state, the repository or the CI logs can read them, and they stay in every old revision.",
  fix: 'Store the value in Secrets Manager or SSM Parameter Store and reference it from `secrets` (`{ name = "DB_PASSWORD", valueFrom = "<secret ARN>" }`), then rotate the exposed value.',
  references: ["AWS Security Hub ECS.8", "Trivy AWS-0036", "KICS d40210ea"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      checkEnvironment(c.name, presentMember(c.object, "environment"), context);
      for (const [key, entry] of c.object.entries) {
        if (key === "environment") continue;
        if (key === "dockerLabels") checkNamedValues(c.name, key, entry.value, context);
        else if (key === "command" || key === "entryPoint") checkArguments(c.name, key, entry.value, context);
        else if ((key === "logConfiguration" || key === "firelensConfiguration") && entry.value.kind === "object") {
          for (const [inner, e] of entry.value.entries) {
            if (inner === "options") checkNamedValues(c.name, `${key}.options`, e.value, context);
            else checkFormatsIn(c.name, `${key}.${inner}`, e.value, context);
          }
        } else checkFormatsIn(c.name, key, entry.value, context);
      }
    }
  }
};
function checkEnvironment(container, environment, context) {
  if (!environment) return;
  if (environment.kind === "unknown") return context.notEvaluated(`container ${container} environment: ${environment.reason}`, environment.loc);
  if (environment.kind !== "list") return;
  environment.items.forEach((item, index) => {
    if (item.kind === "unknown") return context.notEvaluated(`container ${container} environment[${index}]: ${item.reason}`, item.loc);
    if (item.kind !== "object") return;
    const nameValue = presentMember(item, "name");
    const name = nameValue?.kind === "string" ? nameValue.value : void 0;
    const label = name ?? `#${index}`;
    const value = presentMember(item, "value");
    if (!value) return;
    if (value.kind === "unknown") {
      if (name !== void 0 && isSensitiveName(name)) context.notEvaluated(`container ${container} environment ${name}: ${value.reason}`, value.loc);
      return;
    }
    const text = value.kind === "string" || value.kind === "number" ? stringValue(value) : void 0;
    if (text === void 0) return;
    const match = classifyEnvironmentValue(name, text);
    if (!match) return;
    context.report({
      loc: value.loc,
      attributePath: `container_definitions[${container}].environment[${label}]`,
      severity: match.severity,
      message: `Container "${container}" sets environment variable ${name ?? `#${index}`} to ${match.what} in plaintext ${redactedPreview(text)}.`
    });
  });
}
function checkNamedValues(container, path, value, context) {
  if (value.kind !== "object") return checkFormatsIn(container, path, value, context);
  for (const [name, entry] of value.entries) {
    const v = entry.value;
    const text = v.kind === "string" || v.kind === "number" ? stringValue(v) : void 0;
    if (text === void 0) continue;
    const match = classifyEnvironmentValue(name, text);
    if (!match) continue;
    context.report({
      loc: v.loc,
      attributePath: `container_definitions[${container}].${path}[${name}]`,
      severity: match.severity,
      message: `Container "${container}" sets ${path} ${name} to ${match.what} in plaintext ${redactedPreview(text)}.`
    });
  }
}
function checkArguments(container, path, value, context) {
  if (value.kind !== "list") return checkFormatsIn(container, path, value, context);
  const texts = value.items.map((item) => item.kind === "string" ? item.value : "");
  for (const index of secretArguments(texts)) {
    const item = value.items[index];
    const text = texts[index];
    const assignment = /^-{0,2}([A-Za-z][A-Za-z0-9_.-]*)=(.*)$/s.exec(text);
    const flag = index > 0 && /^-{1,2}[A-Za-z]/.test(texts[index - 1]) ? texts[index - 1].replace(/^-+/, "") : void 0;
    const secret = assignment ? assignment[2] : text;
    const match = classifyEnvironmentValue(assignment ? assignment[1] : flag, secret);
    if (!match) continue;
    context.report({
      loc: item.loc,
      attributePath: `container_definitions[${container}].${path}[${index}]`,
      severity: match.severity,
      message: `Container "${container}" passes ${match.what} in plaintext as ${path} argument ${index + 1} ${redactedPreview(secret)}.`
    });
  }
}
function checkFormatsIn(container, path, value, context) {
  if (value.kind === "string") {
    const what = isSecretStoreArn(value.value) ? void 0 : credentialFormat(value.value);
    if (what) {
      context.report({
        loc: value.loc,
        attributePath: `container_definitions[${container}].${path}`,
        severity: "critical",
        message: `Container "${container}" has ${what} in plaintext in ${path} ${redactedPreview(value.value)}.`
      });
    }
  } else if (value.kind === "list") {
    value.items.forEach((item, index) => {
      const itemName = item.kind === "object" ? presentMember(item, "name") : void 0;
      const key = itemName?.kind === "string" ? itemName.value : String(index);
      checkFormatsIn(container, `${path}[${key}]`, item, context);
    });
  } else if (value.kind === "object") {
    for (const [key, entry] of value.entries) checkFormatsIn(container, `${path}.${key}`, entry.value, context);
  }
}

// src/policy/rules/ecs-container-privileged.ts
var ecsContainerPrivileged = {
  id: "ecs-container-privileged",
  severity: "high",
  title: "Container runs privileged",
  description: "A privileged container gets root on the host: every device, every capability, no seccomp or AppArmor confinement. A compromise of the container is a compromise of the instance.",
  fix: "Remove `privileged` (or set it to `false`); add only the specific Linux capabilities the workload needs under `linuxParameters.capabilities.add`.",
  references: ["AWS Security Hub ECS.4", "CKV_AWS_334 (reads a misspelt key, so misses this)"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const defs = containerDefinitions(resource);
    if (defs.kind === "unknown") return context.notEvaluated(`container_definitions: ${defs.reason}`, defs.loc);
    if (defs.kind !== "known") return;
    for (const c of defs.containers) {
      const v = member(c.object, "privileged");
      const b = boolValue(v);
      if (b === "unknown") context.notEvaluated(`container ${c.name} privileged: ${v.kind === "unknown" ? v.reason : ""}`, v.loc);
      else if (b === true) {
        context.report({
          loc: v.loc,
          attributePath: `container_definitions[${c.name}].privileged`,
          message: `Container "${c.name}" runs privileged: it has full access to the host's devices and kernel.`
        });
      }
    }
  }
};

// src/policy/rules/ecs-container-root-user.ts
function isRootUser(user) {
  const name = user.trim().split(":")[0];
  return name === "root" || /^0+$/.test(name);
}
var ecsContainerRootUser = {
  id: "ecs-container-root-user",
  severity: "medium",
  title: "Container runs as root",
  description: "A container without a non-root `user` runs as the image default, which is root for most images; a process escaping the container, or writing to a mounted host path, does so as root. With host networking it also shares the host's network stack as root.",
  fix: 'Set `user` to a non-root UID (and GID), e.g. `"user": "1000:1000"`, that exists in the image and owns what the process needs to write.',
  references: ["AWS Security Hub ECS.20"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    if (isWindows(resource)) return;
    const os = unknownOperatingSystem(resource);
    if (os) return context.notEvaluated(`runtime_platform.operating_system_family (Linux or Windows): ${os.reason}`, os.loc);
    const containers = checkableContainers(resource, context);
    if (containers.length === 0) return;
    const networkMode = resource.body.attributes.get("network_mode")?.value;
    const hostNetwork = networkMode?.kind === "string" && networkMode.value === "host";
    const severity = hostNetwork ? "high" : "medium";
    const withHost = hostNetwork ? ' and shares the host network (`network_mode = "host"`)' : "";
    for (const c of containers) {
      const user = presentMember(c.object, "user");
      if (user?.kind === "unknown") {
        context.notEvaluated(`container ${c.name} user: ${user.reason}`, user.loc);
        continue;
      }
      const text = stringValue(user);
      if (!user || text === void 0 || text.trim() === "") {
        context.report({
          loc: user ? user.loc : containerLine(c),
          attributePath: `container_definitions[${c.name}].user`,
          message: `Container "${c.name}" sets no user, so it runs as the image's default user (root for most images)${withHost}.`,
          severity
        });
      } else if (isRootUser(text)) {
        context.report({
          loc: user.loc,
          attributePath: `container_definitions[${c.name}].user`,
          message: `Container "${c.name}" runs as root (user "${text}")${withHost}.`,
          severity
        });
      }
    }
  }
};

// src/policy/rules/ecs-container-secret-source.ts
var SECRETS_MANAGER_ARN = /^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:\S+$/;
var SSM_PARAMETER_ARN = /^arn:aws[a-z-]*:ssm:[a-z0-9-]+:\d{12}:parameter\/\S+$/;
var SSM_PARAMETER_NAME = /^\/?[A-Za-z0-9_.-]+(?:\/[A-Za-z0-9_.-]+)*$/;
var SECRET_NAME = /^[A-Za-z0-9/_+=.@-]+$/;
function secretSourceProblem(text, field) {
  const v = text.trim();
  if (v === "") return "is empty";
  if (SECRETS_MANAGER_ARN.test(v) || SSM_PARAMETER_ARN.test(v)) return void 0;
  const format = credentialFormat(v);
  if (format) return `holds what looks like ${format} itself ${redactedPreview(text)}, not a reference to one`;
  if (looksLikeRandomToken(v)) return `holds what looks like a secret value itself ${redactedPreview(text)}, not a reference to one`;
  const arn = /^arn:[a-z-]*:([a-z0-9-]*):/.exec(v);
  if (arn) {
    if (arn[1] === "secretsmanager" || arn[1] === "ssm") return `is a malformed ${arn[1] === "ssm" ? "SSM parameter" : "Secrets Manager"} ARN`;
    return `is an ARN of another service (${arn[1] || "no service"}), not a Secrets Manager secret or SSM parameter`;
  }
  const url = /^([a-z][a-z0-9+.-]{0,15}):\/\//i.exec(v);
  if (url) return `is a URL (${url[1].toLowerCase()}://\u2026), not a Secrets Manager secret or SSM parameter`;
  if (v.length <= 2048 && SSM_PARAMETER_NAME.test(v)) return void 0;
  if (field === "credentialsParameter" && v.length <= 512 && SECRET_NAME.test(v)) return void 0;
  return "is neither a Secrets Manager ARN nor an SSM parameter ARN or name";
}
var ecsContainerSecretSource = {
  id: "ecs-container-secret-source",
  severity: "medium",
  title: "Container secret does not come from Secrets Manager or SSM",
  description: "ECS injects `secrets` and private registry credentials only from Secrets Manager or SSM Parameter Store; anything else is a plaintext value in the wrong field or a reference ECS cannot resolve, so the task fails to start or the secret sits in the task definition.",
  fix: "Point `valueFrom` (and `repositoryCredentials.credentialsParameter`) at a Secrets Manager secret ARN or an SSM parameter ARN or name, and move any value written there into that store.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    for (const c of checkableContainers(resource, context)) {
      const secrets = presentMember(c.object, "secrets");
      if (secrets?.kind === "unknown") context.notEvaluated(`container ${c.name} secrets: ${secrets.reason}`, secrets.loc);
      else if (secrets?.kind === "list") {
        secrets.items.forEach((item, index) => {
          if (item.kind === "unknown") return context.notEvaluated(`container ${c.name} secrets[${index}]: ${item.reason}`, item.loc);
          const name = presentMember(item, "name");
          const label = name?.kind === "string" ? name.value : `#${index}`;
          checkSource(presentMember(item, "valueFrom"), "valueFrom", `container_definitions[${c.name}].secrets[${label}].valueFrom`, `Secret ${label} of container "${c.name}"`, context);
        });
      }
      const credentials = presentMember(c.object, "repositoryCredentials");
      if (credentials?.kind === "unknown") context.notEvaluated(`container ${c.name} repositoryCredentials: ${credentials.reason}`, credentials.loc);
      else if (credentials) {
        checkSource(presentMember(credentials, "credentialsParameter"), "credentialsParameter", `container_definitions[${c.name}].repositoryCredentials.credentialsParameter`, `The registry credentials of container "${c.name}"`, context);
      }
    }
  }
};
function checkSource(value, field, attributePath, subject, context) {
  if (!value) return;
  if (value.kind === "unknown") return context.notEvaluated(`${attributePath}: ${value.reason}`, value.loc);
  if (value.kind !== "string") return;
  const problem = secretSourceProblem(value.value, field);
  if (problem) context.report({ loc: value.loc, attributePath, message: `${subject}: ${field} ${problem}.` });
}

// src/policy/rules/ecs-container-writable-root-fs.ts
var ecsContainerWritableRootFs = {
  id: "ecs-container-writable-root-fs",
  severity: "medium",
  title: "Container root filesystem is writable",
  description: "A writable root filesystem lets an attacker who gets code execution in the container modify binaries and configuration and persist tools, and lets the application write files nobody planned for.",
  fix: 'Set `"readonlyRootFilesystem": true` and give the paths the process must write (e.g. `/tmp`) their own volume.',
  references: ["AWS Security Hub ECS.5", "CKV_AWS_336"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    if (isWindows(resource)) return;
    for (const c of checkableContainers(resource, context)) {
      const v = presentMember(c.object, "readonlyRootFilesystem");
      const b = boolValue(v);
      if (b === "unknown") context.notEvaluated(`container ${c.name} readonlyRootFilesystem: ${v.kind === "unknown" ? v.reason : ""}`, v.loc);
      else if (b !== true) {
        context.report({
          loc: v ? v.loc : containerLine(c),
          attributePath: `container_definitions[${c.name}].readonlyRootFilesystem`,
          message: !v ? `Container "${c.name}" does not set readonlyRootFilesystem, so its root filesystem is writable.` : b === false ? `Container "${c.name}" sets readonlyRootFilesystem to false: its root filesystem is writable.` : `Container "${c.name}" sets readonlyRootFilesystem to something other than true, so its root filesystem is writable.`,
          ...b === false ? { suggestion: { from: /\bfalse\b/, to: "true" } } : {}
        });
      }
    }
  }
};

// src/policy/rules/container-rules.ts
var containerRules = [
  ecsContainerPrivileged,
  ecsContainerRootUser,
  ecsContainerWritableRootFs,
  ecsContainerPlaintextSecret,
  ecsContainerSecretSource,
  ecsContainerNoLogging,
  ecsContainerDangerousCapability,
  ecsContainerCapabilitiesNotDropped,
  ecsContainerHostMount,
  ecsContainerImageNotPinned,
  ecsContainerNoHealthcheck,
  ecsContainerNoMemoryLimit
];

// src/policy/rules/ecr-scan-on-push-disabled.ts
var ecrScanOnPushDisabled = {
  id: "ecr-scan-on-push-disabled",
  severity: "low",
  title: "ECR repository does not scan images on push",
  description: "Without scan on push, images with known vulnerable packages are stored and deployed without anyone being told.",
  fix: "Add `image_scanning_configuration { scan_on_push = true }` (or enable enhanced scanning for the registry).",
  references: ["CKV_AWS_163", "Trivy AWS-0030"],
  resourceTypes: ["aws_ecr_repository"],
  check(resource, context) {
    const dynamic = unknownNestedBlock(resource.body, "image_scanning_configuration");
    if (dynamic) return context.notEvaluated(`image_scanning_configuration: ${dynamic.reason}`, dynamic.loc);
    const blocks = nestedBlocks(resource.body, "image_scanning_configuration");
    if (blocks.length === 0) {
      context.report({
        loc: firstLine(resource.loc),
        attributePath: "image_scanning_configuration.scan_on_push",
        message: "The repository has no image_scanning_configuration, so pushed images are not scanned for vulnerabilities."
      });
      return;
    }
    for (const block of blocks) {
      const attr = block.attributes.get("scan_on_push");
      const b = boolValue(attr?.value);
      if (b === "unknown") context.notEvaluated(`scan_on_push: ${attr.value.kind === "unknown" ? attr.value.reason : ""}`, attr.loc);
      else if (b !== true) {
        context.report({
          loc: attr ? attr.value.loc : firstLine(block.loc),
          attributePath: "image_scanning_configuration.scan_on_push",
          message: "scan_on_push is not true, so pushed images are not scanned for vulnerabilities.",
          suggestion: b === false ? { from: /\bfalse\b/, to: "true" } : void 0
        });
      }
    }
  }
};

// src/policy/rules/ecr-tag-mutable.ts
var IMMUTABLE = /* @__PURE__ */ new Set(["IMMUTABLE", "IMMUTABLE_WITH_EXCLUSION"]);
var ecrTagMutable = {
  id: "ecr-tag-mutable",
  severity: "medium",
  title: "ECR repository allows tags to be overwritten",
  description: "With mutable tags anyone who can push can replace the image behind `app:1.4.2`, so a task definition that looks unchanged starts running different code.",
  fix: 'Set `image_tag_mutability = "IMMUTABLE"` (or `"IMMUTABLE_WITH_EXCLUSION"` for a few moving tags) and deploy by digest.',
  references: ["CKV_AWS_51", "Trivy AWS-0031"],
  resourceTypes: ["aws_ecr_repository"],
  check(resource, context) {
    const m = readAttribute(resource.body, "image_tag_mutability");
    if (m.kind === "unknown") return context.notEvaluated(`image_tag_mutability: ${m.reason}`, m.loc);
    if (m.kind === "absent") {
      context.report({
        loc: m.loc ?? firstLine(resource.loc),
        attributePath: "image_tag_mutability",
        message: "The repository sets no image_tag_mutability, so tags are MUTABLE and can be overwritten by any push."
      });
    } else if (m.text === void 0 || !IMMUTABLE.has(m.text)) {
      context.report({
        loc: m.loc,
        attributePath: "image_tag_mutability",
        message: `image_tag_mutability is "${m.text ?? "?"}": pushed tags can be overwritten with a different image.`,
        suggestion: m.text === "MUTABLE" ? { from: '"MUTABLE"', to: '"IMMUTABLE"' } : m.text === "MUTABLE_WITH_EXCLUSION" ? { from: '"MUTABLE_WITH_EXCLUSION"', to: '"IMMUTABLE_WITH_EXCLUSION"' } : void 0
      });
    }
  }
};

// src/policy/rules/ecs-capacity-provider-no-termination-protection.ts
var ecsCapacityProviderNoTerminationProtection = {
  id: "ecs-capacity-provider-no-termination-protection",
  severity: "low",
  title: "Capacity provider without managed termination protection",
  description: "Without managed termination protection, scale-in can terminate EC2 instances that still run tasks, killing workloads mid-request instead of draining them first.",
  fix: 'Set `managed_termination_protection = "ENABLED"` (it needs managed scaling and `protect_from_scale_in` on the Auto Scaling group).',
  references: ["AWS Security Hub ECS.19"],
  resourceTypes: ["aws_ecs_capacity_provider"],
  check(resource, context) {
    const dynamic = unknownNestedBlock(resource.body, "auto_scaling_group_provider");
    if (dynamic) context.notEvaluated(`auto_scaling_group_provider: ${dynamic.reason}`, dynamic.loc);
    for (const asg of nestedBlocks(resource.body, "auto_scaling_group_provider")) {
      const mtp = readAttribute(asg, "managed_termination_protection");
      if (mtp.kind === "unknown") context.notEvaluated(`managed_termination_protection: ${mtp.reason}`, mtp.loc);
      else if (mtp.kind === "absent") {
        context.report({
          loc: mtp.loc ?? firstLine(asg.loc),
          attributePath: "auto_scaling_group_provider.managed_termination_protection",
          message: "The capacity provider sets no managed_termination_protection (default DISABLED), so scale-in can terminate instances that still run tasks."
        });
      } else if (mtp.text !== "ENABLED") {
        context.report({
          loc: mtp.loc,
          attributePath: "auto_scaling_group_provider.managed_termination_protection",
          message: `managed_termination_protection is "${mtp.text ?? "?"}", so scale-in can terminate instances that still run tasks.`,
          suggestion: mtp.text ? { from: `"${mtp.text}"`, to: '"ENABLED"' } : void 0
        });
      }
    }
  }
};

// src/policy/rules/ecs-cluster-exec-logging-disabled.ts
var ecsClusterExecLoggingDisabled = {
  id: "ecs-cluster-exec-logging-disabled",
  severity: "medium",
  title: "ECS Exec sessions are not logged",
  description: 'With `logging = "NONE"` nothing records the commands run through ECS Exec, so an interactive session in a production container leaves no audit trail.',
  fix: 'Set `logging = "DEFAULT"` (the task\'s awslogs configuration) or `"OVERRIDE"` with a `log_configuration` that sends sessions to CloudWatch Logs or S3.',
  references: ["CKV_AWS_223"],
  resourceTypes: ["aws_ecs_cluster"],
  check(resource, context) {
    for (const exec of checkableBlocks(resource.body, ["configuration", "execute_command_configuration"], context)) {
      const logging = readAttribute(exec, "logging");
      if (logging.kind === "unknown") context.notEvaluated(`execute_command_configuration.logging: ${logging.reason}`, logging.loc);
      else if (logging.kind === "known" && logging.text === "NONE") {
        context.report({
          loc: logging.loc,
          attributePath: "configuration.execute_command_configuration.logging",
          message: 'ECS Exec logging is "NONE" on this cluster: commands run in containers are not recorded anywhere.',
          suggestion: { from: '"NONE"', to: '"DEFAULT"' }
        });
      }
    }
  }
};

// src/policy/rules/ecs-cluster-exec-not-encrypted.ts
var ecsClusterExecNotEncrypted = {
  id: "ecs-cluster-exec-not-encrypted",
  severity: "low",
  title: "ECS Exec sessions not encrypted with a customer key",
  description: "Without `kms_key_id` ECS Exec session data is protected only by the TLS of the SSM channel; a customer managed key adds encryption you control and a CloudTrail record of every session key use.",
  fix: "Set `kms_key_id` in `execute_command_configuration` to a customer managed KMS key that the task role may use.",
  references: ["CKV_AWS_224"],
  resourceTypes: ["aws_ecs_cluster"],
  check(resource, context) {
    for (const exec of checkableBlocks(resource.body, ["configuration", "execute_command_configuration"], context)) {
      const attr = exec.attributes.get("kms_key_id");
      const presence = attributePresence(attr);
      if (presence === "unknown") {
        context.notEvaluated(`execute_command_configuration.kms_key_id: ${attr.value.kind === "unknown" ? attr.value.reason : ""}`, at(attr));
      } else if (presence === "absent") {
        context.report({
          loc: attr ? at(attr.value) : firstLine(exec.loc),
          attributePath: "configuration.execute_command_configuration.kms_key_id",
          message: "The cluster's execute_command_configuration has no kms_key_id, so ECS Exec sessions are not encrypted with a key you control."
        });
      }
    }
  }
};

// src/policy/rules/ecs-cluster-no-container-insights.ts
var PASSING = /* @__PURE__ */ new Set(["enabled", "enhanced"]);
var ecsClusterNoContainerInsights = {
  id: "ecs-cluster-no-container-insights",
  severity: "low",
  title: "Cluster without Container Insights",
  description: "Without Container Insights there are no per-task CPU, memory, network and restart metrics, so a compromised or crash-looping task goes unnoticed and incidents lack evidence.",
  fix: 'Add `setting { name = "containerInsights" value = "enabled" }` (or `"enhanced"`) to the cluster.',
  references: ["AWS Security Hub ECS.12", "CKV_AWS_65", "Trivy AWS-0034", "KICS 97cb0688"],
  resourceTypes: ["aws_ecs_cluster"],
  check(resource, context) {
    let unknownWhy;
    const dynamic = unknownNestedBlock(resource.body, "setting");
    if (dynamic) unknownWhy = { why: `setting: ${dynamic.reason}`, loc: dynamic.loc };
    const disabled = [];
    for (const setting of nestedBlocks(resource.body, "setting")) {
      const name = readAttribute(setting, "name");
      if (name.kind === "unknown") {
        unknownWhy ??= { why: `setting name: ${name.reason}`, loc: name.loc };
        continue;
      }
      if (name.kind !== "known" || name.text !== "containerInsights") continue;
      const value = readAttribute(setting, "value");
      if (value.kind === "unknown") {
        unknownWhy ??= { why: `containerInsights value: ${value.reason}`, loc: value.loc };
        continue;
      }
      if (value.kind === "known" && value.text !== void 0 && PASSING.has(value.text)) return;
      disabled.push({ text: value.kind === "known" ? value.text ?? "?" : "null", loc: value.loc ?? firstLine(setting.loc) });
    }
    if (unknownWhy) return context.notEvaluated(unknownWhy.why, unknownWhy.loc);
    for (const d of disabled) {
      context.report({
        loc: d.loc,
        attributePath: "setting[containerInsights].value",
        message: `Container Insights is set to "${d.text}" on this cluster, so task metrics and restarts are not recorded.`,
        suggestion: d.text === "disabled" ? { from: '"disabled"', to: '"enabled"' } : void 0
      });
    }
    if (disabled.length === 0) {
      context.report({
        loc: firstLine(resource.loc),
        attributePath: "setting[containerInsights]",
        message: "The cluster has no containerInsights setting, so Container Insights is off (unless an account default turns it on)."
      });
    }
  }
};

// src/policy/rules/ecs-ignore-changes-hides-drift.ts
var SECURITY_RELEVANT = /* @__PURE__ */ new Set([
  "container_definitions",
  "task_role_arn",
  "execution_role_arn",
  "network_configuration",
  "enable_execute_command",
  "network_mode",
  "pid_mode",
  "ipc_mode",
  "volume"
]);
var ECS_RESOURCE_TYPES = [
  "aws_ecs_task_definition",
  "aws_ecs_service",
  "aws_ecs_task_set",
  "aws_ecs_cluster",
  "aws_ecs_capacity_provider",
  "aws_ecs_cluster_capacity_providers",
  "aws_ecs_account_setting_default",
  "aws_ecs_tag"
];
function ignoredNames(value, references) {
  const refs = [...references];
  const items = value.kind === "list" ? value.items : [value];
  const out = [];
  for (const item of items) {
    if (item.kind === "string") out.push({ path: item.value, value: item });
    else if (item.kind === "unknown") {
      const ref = refs.shift();
      if (ref) out.push({ path: ref, value: item });
    }
  }
  return out;
}
var ecsIgnoreChangesHidesDrift = {
  id: "ecs-ignore-changes-hides-drift",
  severity: "medium",
  title: "ignore_changes hides security-relevant drift",
  description: "Attributes listed in `lifecycle.ignore_changes` are never compared with live ECS, so a console edit to the container definitions, roles, network or ECS Exec settings stays invisible to Terraform and to reviews.",
  fix: "Remove the attribute from `ignore_changes` and manage it in code; if a pipeline must change it, let the pipeline change the Terraform instead.",
  references: [],
  resourceTypes: ECS_RESOURCE_TYPES,
  check(resource, context) {
    for (const lifecycle of nestedBlocks(resource.body, "lifecycle")) {
      const attr = lifecycle.attributes.get("ignore_changes");
      if (!attr) continue;
      for (const { path, value } of ignoredNames(attr.value, attr.references)) {
        const root = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(path)?.[0] ?? path;
        if (root === "all") {
          context.report({
            loc: value.kind === "unknown" ? at(attr) : at(value),
            attributePath: "lifecycle.ignore_changes[all]",
            message: "ignore_changes = all: Terraform ignores every change to this resource, so no drift on it is ever seen."
          });
        } else if (SECURITY_RELEVANT.has(root)) {
          context.report({
            loc: at(value),
            attributePath: `lifecycle.ignore_changes[${root}]`,
            message: `ignore_changes lists ${path}: changes made to it outside Terraform are never shown as drift.`
          });
        }
      }
    }
  }
};

// src/policy/rules/ecs-import-needs-review.ts
function targetType(address) {
  const withoutModules = address.replace(/^(module\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.)+/, "");
  return /^[a-z0-9_]+/.exec(withoutModules)?.[0];
}
var ecsImportNeedsReview = {
  id: "ecs-import-needs-review",
  severity: "medium",
  title: "Imported ECS resource needs review",
  description: "An `import` block adopts whatever runs in ECS today, including insecure settings and earlier console edits; the imported state is provisional until it is compared with live ECS and an owner approves it.",
  fix: "Run `ecs-drift-guard drift` after the import, fix or accept each difference, get an owner's approval, then remove the `import` block.",
  references: [],
  resourceTypes: [],
  checkImport(importBlock, context) {
    const type = targetType(importBlock.to);
    if (!type?.startsWith("aws_ecs_")) return;
    context.report({
      loc: firstLine(importBlock.loc),
      attributePath: "import",
      message: `${importBlock.to} is imported from live ECS: its settings are adopted as they are and need an owner's review against live state.`
    });
  }
};

// src/policy/rules/ecs-service-exec-enabled.ts
var ecsServiceExecEnabled = {
  id: "ecs-service-exec-enabled",
  severity: "medium",
  title: "ECS Exec is enabled on the service",
  description: "ECS Exec gives anyone with `ecs:ExecuteCommand` an interactive shell in the running containers, with the task role's credentials and every secret in the environment.",
  fix: "Set `enable_execute_command = false` (or remove it) and turn it on only for a time-bound debugging session.",
  references: [],
  resourceTypes: ["aws_ecs_service"],
  check(resource, context) {
    const attr = resource.body.attributes.get("enable_execute_command");
    const b = boolValue(attr?.value);
    if (b === "unknown") context.notEvaluated(`enable_execute_command: ${attr.value.kind === "unknown" ? attr.value.reason : ""}`, attr.loc);
    else if (b === true) {
      context.report({
        loc: attr.value.loc,
        attributePath: "enable_execute_command",
        message: "ECS Exec is enabled: anyone allowed ecs:ExecuteCommand can open a shell in this service's containers.",
        suggestion: { from: /\btrue\b/, to: "false" }
      });
    }
  }
};

// src/policy/rules/ecs-service-fargate-platform-pinned.ts
var FARGATE_PROVIDERS = /* @__PURE__ */ new Set(["FARGATE", "FARGATE_SPOT"]);
function launchKind(resource) {
  const launchType = readAttribute(resource.body, "launch_type");
  if (launchType.kind === "unknown") return { kind: "unknown", why: `launch_type: ${launchType.reason}` };
  if (launchType.kind === "known") return launchType.text === "FARGATE" ? { kind: "fargate" } : { kind: "other" };
  const unknownStrategy = unknownNestedBlock(resource.body, "capacity_provider_strategy");
  const strategies = nestedBlocks(resource.body, "capacity_provider_strategy");
  let unknownWhy = unknownStrategy ? `capacity_provider_strategy: ${unknownStrategy.reason}` : void 0;
  for (const s of strategies) {
    const provider = readAttribute(s, "capacity_provider");
    if (provider.kind === "known" && provider.text && FARGATE_PROVIDERS.has(provider.text)) return { kind: "fargate" };
    if (provider.kind === "unknown") unknownWhy ??= `capacity_provider: ${provider.reason}`;
  }
  if (unknownWhy) return { kind: "unknown", why: unknownWhy };
  if (strategies.length > 0) return { kind: "other" };
  return { kind: "unknown", why: "no launch_type or capacity_provider_strategy; the cluster default strategy decides" };
}
var ecsServiceFargatePlatformPinned = {
  id: "ecs-service-fargate-platform-pinned",
  severity: "low",
  title: "Fargate service pinned to an old platform version",
  description: "A pinned Fargate platform version stops receiving the kernel and runtime security patches that `LATEST` gets, and AWS retires old versions with short notice.",
  fix: 'Remove `platform_version` or set it to `"LATEST"`.',
  references: ["AWS Security Hub ECS.10", "CKV_AWS_332"],
  resourceTypes: ["aws_ecs_service"],
  check(resource, context) {
    const pv = readAttribute(resource.body, "platform_version");
    if (pv.kind === "absent") return;
    if (pv.kind === "unknown") return context.notEvaluated(`platform_version: ${pv.reason}`, pv.loc);
    if (pv.text === void 0 || pv.text.toUpperCase() === "LATEST") return;
    const launch = launchKind(resource);
    if (launch.kind === "other") return;
    if (launch.kind === "unknown") return context.notEvaluated(`platform_version "${pv.text}": ${launch.why}`, pv.loc);
    context.report({
      loc: pv.loc,
      attributePath: "platform_version",
      message: `The Fargate service is pinned to platform version "${pv.text}" and misses the patches of newer versions.`,
      suggestion: { from: `"${pv.text}"`, to: '"LATEST"' }
    });
  }
};

// src/policy/rules/assign-public-ip.ts
function checkAssignPublicIp(resource, context, whose) {
  for (const nc of checkableBlocks(resource.body, ["network_configuration"], context)) {
    const attr = nc.attributes.get("assign_public_ip");
    const b = boolValue(attr?.value);
    if (b === "unknown") context.notEvaluated(`assign_public_ip: ${attr.value.kind === "unknown" ? attr.value.reason : ""}`, attr.loc);
    else if (b === true) {
      context.report({
        loc: attr.value.loc,
        attributePath: "network_configuration.assign_public_ip",
        message: `Tasks of this ${whose} get a public IP address and are reachable from the internet.`,
        suggestion: { from: /\btrue\b/, to: "false" }
      });
    }
  }
}

// src/policy/rules/ecs-service-public-ip.ts
var ecsServicePublicIp = {
  id: "ecs-service-public-ip",
  severity: "high",
  title: "Service tasks get public IP addresses",
  description: "With `assign_public_ip = true` every task gets an internet-routable address, so anything listening in the container is reachable from the internet unless a security group stops it.",
  fix: "Set `assign_public_ip = false` and run the tasks in private subnets behind a load balancer or NAT gateway.",
  references: ["AWS Security Hub ECS.2", "CKV_AWS_333", "KICS bafe7989"],
  resourceTypes: ["aws_ecs_service"],
  check(resource, context) {
    checkAssignPublicIp(resource, context, "service");
  }
};

// src/policy/rules/ecs-task-efs-no-transit-encryption.ts
var ecsTaskEfsNoTransitEncryption = {
  id: "ecs-task-efs-no-transit-encryption",
  severity: "high",
  title: "EFS volume mounted without encryption in transit",
  description: 'Without `transit_encryption = "ENABLED"` the NFS traffic between the task and the EFS file system is plaintext, readable and modifiable by anything on the network path.',
  fix: 'Set `transit_encryption = "ENABLED"` in the volume\'s `efs_volume_configuration` (and prefer an access point with `authorization_config { iam = "ENABLED" }`).',
  references: ["AWS Security Hub ECS.18", "CKV_AWS_97", "Trivy AWS-0035", "KICS 4d46ff3b"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const unknownVolumes = unknownNestedBlock(resource.body, "volume");
    if (unknownVolumes) context.notEvaluated(`volume: ${unknownVolumes.reason}`, unknownVolumes.loc);
    nestedBlocks(resource.body, "volume").forEach((volume, index) => {
      const name = readAttribute(volume, "name");
      const label = name.kind === "known" && name.text ? name.text : `#${index}`;
      const unknownEfs = unknownNestedBlock(volume, "efs_volume_configuration");
      if (unknownEfs) context.notEvaluated(`volume ${label} efs_volume_configuration: ${unknownEfs.reason}`, unknownEfs.loc);
      for (const efs of nestedBlocks(volume, "efs_volume_configuration")) {
        const te = readAttribute(efs, "transit_encryption");
        if (te.kind === "unknown") {
          context.notEvaluated(`volume ${label} transit_encryption: ${te.reason}`, te.loc);
        } else if (te.kind === "absent") {
          context.report({
            loc: te.loc ?? firstLine(efs.loc),
            attributePath: `volume[${label}].efs_volume_configuration.transit_encryption`,
            message: `EFS volume "${label}" sets no transit_encryption, so it is mounted without TLS (the default is DISABLED).`
          });
        } else if (te.text !== "ENABLED") {
          context.report({
            loc: te.loc,
            attributePath: `volume[${label}].efs_volume_configuration.transit_encryption`,
            message: `EFS volume "${label}" has transit_encryption "${te.text ?? "?"}": its NFS traffic is not encrypted.`,
            suggestion: te.text ? { from: `"${te.text}"`, to: '"ENABLED"' } : void 0
          });
        }
      }
    });
  }
};

// src/policy/rules/ecs-task-execution-role-is-task-role.ts
var RESOURCE_REFERENCE = /^(data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+(\[[^\]]*\])?\.[a-z_]+$/;
function isSingleResourceReference(attr) {
  return attr.references.length === 1 && attr.expression === attr.references[0] && RESOURCE_REFERENCE.test(attr.expression);
}
function resourceOf(reference) {
  return reference.slice(0, reference.lastIndexOf("."));
}
var ecsTaskExecutionRoleIsTaskRole = {
  id: "ecs-task-execution-role-is-task-role",
  severity: "medium",
  title: "Execution role is also the task role",
  description: "The execution role is for the ECS agent (pull images, read secrets, write logs); using it as the task role hands the application every secret and registry the task may read.",
  fix: "Create a separate task role with only the permissions the application needs, and keep the execution role for the agent.",
  references: ["CKV_AWS_249"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const task = resource.body.attributes.get("task_role_arn");
    const execution = resource.body.attributes.get("execution_role_arn");
    if (!task || !execution) return;
    const tv = task.value;
    const ev = execution.value;
    if (tv.kind === "null" || ev.kind === "null") return;
    const sameExpression = task.expression === execution.expression;
    const sameKnownValue = tv.kind !== "unknown" && ev.kind !== "unknown" && sameValue(tv, ev);
    if (sameExpression || sameKnownValue) {
      context.report({
        loc: tv.kind === "unknown" ? at(task) : at(tv),
        attributePath: "task_role_arn",
        message: "task_role_arn is the same role as execution_role_arn, so the application gets the permissions meant for the ECS agent."
      });
      return;
    }
    if (tv.kind !== "unknown" && ev.kind !== "unknown") return;
    if (isSingleResourceReference(task) && isSingleResourceReference(execution) && resourceOf(task.expression) !== resourceOf(execution.expression)) return;
    const unknownValue = tv.kind === "unknown" ? tv : ev.kind === "unknown" ? ev : void 0;
    context.notEvaluated(`task_role_arn / execution_role_arn: ${unknownValue?.reason ?? "not known statically"}`, at(task));
  }
};

// src/policy/rules/ecs-task-host-ipc.ts
var ecsTaskHostIpc = {
  id: "ecs-task-host-ipc",
  severity: "high",
  title: "Task shares the host IPC namespace",
  description: 'With `ipc_mode = "host"` containers share System V IPC objects and POSIX shared memory with the instance and every other host-IPC task, so they can read or corrupt each other\'s shared memory.',
  fix: 'Remove `ipc_mode` (or use `"none"`), or `ipc_mode = "task"` when containers of the same task must share memory.',
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const mode = readAttribute(resource.body, "ipc_mode");
    if (mode.kind === "unknown") return context.notEvaluated(`ipc_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === "known" && mode.text === "host") {
      context.report({
        loc: mode.loc,
        attributePath: "ipc_mode",
        message: "The task shares the host's IPC namespace: its containers can reach the shared memory of the instance and other tasks.",
        suggestion: { from: '"host"', to: '"task"' }
      });
    }
  }
};

// src/policy/rules/ecs-task-host-network.ts
var ecsTaskHostNetwork = {
  id: "ecs-task-host-network",
  severity: "high",
  title: "Task uses the host network",
  description: 'With `network_mode = "host"` containers share the instance\'s network stack: they can bind any host port, reach services on localhost and the instance metadata endpoint, and no task-level security group applies.',
  fix: 'Use `network_mode = "awsvpc"` so each task gets its own network interface and security groups.',
  references: ["AWS Security Hub ECS.17"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const mode = readAttribute(resource.body, "network_mode");
    if (mode.kind === "unknown") return context.notEvaluated(`network_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === "known" && mode.text === "host") {
      context.report({
        loc: mode.loc,
        attributePath: "network_mode",
        message: "The task uses the host network: its containers share the instance's network stack and can reach everything the instance can.",
        suggestion: { from: '"host"', to: '"awsvpc"' }
      });
    }
  }
};

// src/policy/rules/ecs-task-host-pid.ts
var ecsTaskHostPid = {
  id: "ecs-task-host-pid",
  severity: "high",
  title: "Task shares the host process namespace",
  description: 'With `pid_mode = "host"` containers see every process on the instance and, with enough privileges, can signal or trace them, including the ECS agent and other tasks.',
  fix: 'Remove `pid_mode`, or use `pid_mode = "task"` when containers of the task need to see each other\'s processes.',
  references: ["AWS Security Hub ECS.3", "CKV_AWS_335 (looks in the wrong place, so misses this)"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const mode = readAttribute(resource.body, "pid_mode");
    if (mode.kind === "unknown") return context.notEvaluated(`pid_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === "known" && mode.text === "host") {
      context.report({
        loc: mode.loc,
        attributePath: "pid_mode",
        message: "The task shares the host's process namespace: its containers can see every process on the instance.",
        suggestion: { from: '"host"', to: '"task"' }
      });
    }
  }
};

// src/policy/rules/ecs-task-no-task-role.ts
var ecsTaskNoTaskRole = {
  id: "ecs-task-no-task-role",
  severity: "low",
  title: "Task definition has no task role",
  description: "Without `task_role_arn` the application has no identity of its own: on EC2 the AWS SDKs fall back to the instance role, shared by every task on the instance.",
  fix: "Set `task_role_arn` to a role that grants only what this application needs (an empty role if it needs nothing).",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const attr = resource.body.attributes.get("task_role_arn");
    const presence = attributePresence(attr);
    if (presence === "present") return;
    if (presence === "unknown") return context.notEvaluated(`task_role_arn: ${attr.value.kind === "unknown" ? attr.value.reason : "not known statically"}`, at(attr));
    const ec2 = isEc2Compatible(resource);
    context.report({
      loc: attr ? at(attr.value) : firstLine(resource.loc),
      attributePath: "task_role_arn",
      severity: ec2 ? "medium" : "low",
      message: ec2 ? "The task definition has no task role and can run on EC2, where its containers fall back to the instance role." : "The task definition has no task role, so the application has no IAM identity of its own."
    });
  }
};

// src/policy/rules/ecs-task-not-awsvpc.ts
var NOT_AWSVPC = /* @__PURE__ */ new Set(["bridge", "none"]);
var ecsTaskNotAwsvpc = {
  id: "ecs-task-not-awsvpc",
  severity: "low",
  title: "Task does not use awsvpc networking",
  description: "Outside `awsvpc` mode tasks share the instance's network interface, so security groups and VPC flow logs cannot tell one task from another.",
  fix: 'Set `network_mode = "awsvpc"` and give the service a `network_configuration` with its own security groups.',
  references: ["KICS 9f4a9409"],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    if (isFargateOnly(resource)) return;
    const compatibilities = readAttribute(resource.body, "requires_compatibilities");
    if (compatibilities.kind === "unknown") return context.notEvaluated(`requires_compatibilities: ${compatibilities.reason}`, compatibilities.loc);
    const mode = readAttribute(resource.body, "network_mode");
    if (mode.kind === "unknown") return context.notEvaluated(`network_mode: ${mode.reason}`, mode.loc);
    if (mode.kind === "absent") {
      context.report({
        loc: mode.loc ?? firstLine(resource.loc),
        attributePath: "network_mode",
        message: "The task sets no network_mode, so on EC2 it runs in bridge mode and shares the instance's network interface."
      });
    } else if (mode.text !== void 0 && NOT_AWSVPC.has(mode.text)) {
      context.report({
        loc: mode.loc,
        attributePath: "network_mode",
        message: `The task uses network_mode "${mode.text}" instead of "awsvpc", so it gets no network interface or security group of its own.`,
        suggestion: { from: `"${mode.text}"`, to: '"awsvpc"' }
      });
    }
  }
};

// src/policy/rules/ecs-task-role-wildcard.ts
var MANAGED_POLICIES = { AdministratorAccess: "*", IAMFullAccess: "iam:*" };
var MANAGED_POLICY_ARN = /^arn:aws[a-z-]*:iam::aws:policy\/([A-Za-z0-9+=,.@_-]+)$/;
var SERVICE_WILDCARD = /^[a-z0-9-]+:\*$/;
var RESOURCE_REFERENCE2 = /^(data\.)?([a-z0-9_]+)\.([A-Za-z0-9_-]+)(?:\[([^\]]*)\])?(?:\.([a-z_]+))?$/;
var MAX_DOCUMENT_DEPTH = 4;
function resolve(all, from, reference) {
  const m = RESOURCE_REFERENCE2.exec(reference);
  if (!m) return void 0;
  const [, data, type, name, key] = m;
  const candidates = sameModuleResources(all, from).filter((r) => r.mode === (data ? "data" : "managed") && r.type === type && r.name === name);
  if (candidates.length <= 1 && key === void 0) return candidates[0];
  if (key === "each.key" || key === "count.index") {
    if (from.instanceKey === void 0) return "ambiguous";
    return candidates.find((r) => r.instanceKey === from.instanceKey) ?? "ambiguous";
  }
  if (key === void 0) return "ambiguous";
  return referencedResource(all, from, reference) ?? void 0;
}
function refersTo(all, from, attr, target) {
  if (!attr) return false;
  if (attr.references.some((r) => resolve(all, from, r) === target)) return true;
  const roleName = readAttribute(target.body, "name");
  if (roleName.kind !== "known" || !roleName.text) return false;
  const names = attr.value.kind === "list" ? attr.value.items : [attr.value];
  return names.some((v) => v.kind === "string" && v.value === roleName.text);
}
function strings(value) {
  if (!value) return void 0;
  if (value.kind === "list") return { items: value.items };
  return { items: [value] };
}
function resourceScope(value) {
  const list = strings(value);
  if (!list) return "not-star";
  let unknown;
  for (const r of list.items) {
    if (r.kind === "string" && r.value === "*") return "star";
    if (r.kind === "unknown") unknown ??= r.reason;
  }
  return unknown ? { unknown } : "not-star";
}
var globs = /* @__PURE__ */ new Map();
function globMatches(pattern, text) {
  let glob = globs.get(pattern);
  if (!glob) {
    if (globs.size >= 1e4) globs.clear();
    const source = [...pattern].map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
    glob = new RegExp(`^${source}$`, "i");
    globs.set(pattern, glob);
  }
  return glob.test(text);
}
function whyBroad(action, scope) {
  const a = action.toLowerCase();
  if (a === "*") return "allows every action";
  if (a === "iam:*") return "allows every IAM action";
  const passRole = globMatches(a, "iam:passrole");
  const service = SERVICE_WILDCARD.test(a);
  if (!passRole && !service) return void 0;
  if (typeof scope === "object") return scope;
  if (scope === "not-star") return void 0;
  return passRole ? "allows iam:PassRole on every role" : `allows every ${a.slice(0, -2)} action on every resource`;
}
function reportAction(walk, source, statement, actionValue, action, why) {
  walk.context.report({
    loc: at(actionValue),
    attributePath: `task_role_arn.${source}.${statement}.Action[${action}]`,
    message: `The task role ${walk.role} gets "${action}" from ${source}, which ${why}.`
  });
}
function checkActions(walk, source, statement, actions, resources) {
  const list = strings(actions);
  if (!list) return;
  const scope = resourceScope(resources);
  for (const item of list.items) {
    if (item.kind === "unknown") {
      walk.context.notEvaluated(`${source} ${statement} action: ${item.reason}`, at(item));
      continue;
    }
    if (item.kind !== "string") continue;
    const why = whyBroad(item.value, scope);
    if (typeof why === "object") walk.context.notEvaluated(`${source} ${statement} resource: ${why.unknown}`, at(item));
    else if (why) reportAction(walk, source, statement, item, item.value, why);
  }
}
function checkJsonPolicy(walk, source, value) {
  let doc = value;
  if (value.kind === "string") {
    try {
      doc = decodeJsonString(value);
    } catch (e) {
      if (e instanceof JsonPositionError) return walk.context.notEvaluated(`${source}: policy is not valid JSON (${e.message})`, { file: e.file, line: e.line, endLine: e.line });
      throw e;
    }
  }
  if (doc.kind === "unknown") return walk.context.notEvaluated(`${source}: ${doc.reason}`, at(doc));
  if (doc.kind !== "object") return;
  const statements = member(doc, "Statement");
  if (statements?.kind === "unknown") return walk.context.notEvaluated(`${source} Statement: ${statements.reason}`, at(statements));
  const list = statements?.kind === "list" ? statements.items : statements ? [statements] : [];
  list.forEach((s, i) => {
    if (s.kind === "unknown") return walk.context.notEvaluated(`${source} Statement[${i}]: ${s.reason}`, at(s));
    if (s.kind !== "object") return;
    const sid = member(s, "Sid");
    const label = `Statement[${sid?.kind === "string" && sid.value ? sid.value : i}]`;
    const effect = member(s, "Effect");
    if (effect?.kind === "unknown") return walk.context.notEvaluated(`${source} ${label} Effect: ${effect.reason}`, at(effect));
    if (effect?.kind !== "string" || effect.value !== "Allow") return;
    checkActions(walk, source, label, member(s, "Action"), member(s, "Resource"));
  });
}
function checkPolicyDocument(walk, source, doc, depth) {
  const dynamic = unknownNestedBlock(doc.body, "statement");
  if (dynamic) walk.context.notEvaluated(`${source} statement: ${dynamic.reason}`, dynamic.loc);
  nestedBlocks(doc.body, "statement").forEach((s, i) => {
    const sid = readAttribute(s, "sid");
    const label = `statement[${sid.kind === "known" && sid.text ? sid.text : i}]`;
    const effect = readAttribute(s, "effect");
    if (effect.kind === "unknown") return walk.context.notEvaluated(`${source} ${label} effect: ${effect.reason}`, effect.loc);
    if (effect.kind === "known" && effect.text !== "Allow") return;
    checkActions(walk, source, label, s.attributes.get("actions")?.value, s.attributes.get("resources")?.value);
  });
  for (const name of ["source_policy_documents", "override_policy_documents", "source_json", "override_json"]) {
    const attr = doc.body.attributes.get(name);
    if (attr) checkPolicyAttribute(walk, `${source}.${name}`, doc, attr, depth + 1);
  }
}
function checkPolicyAttribute(walk, source, owner, attr, depth) {
  if (depth > MAX_DOCUMENT_DEPTH) return;
  const v = attr.value;
  const items = v.kind === "list" ? v.items : [v];
  const documentRefs = attr.references.filter((r) => r.startsWith("data.aws_iam_policy_document."));
  for (const ref of documentRefs) {
    const doc = resolve(walk.resources, owner, ref);
    if (doc === "ambiguous") walk.context.notEvaluated(`${source}: cannot tell which instance ${ref} names`, at(attr));
    else if (doc) checkPolicyDocument(walk, ref.replace(/\.(minified_)?json$/, ""), doc, depth);
    else walk.context.notEvaluated(`${source}: ${ref} is not in this module`, at(attr));
  }
  for (const item of items) {
    if (item.kind === "string" || item.kind === "object") checkJsonPolicy(walk, source, item);
    else if (item.kind === "unknown" && documentRefs.length === 0) walk.context.notEvaluated(`${source}: ${item.reason}`, at(attr));
  }
}
function checkPolicyArns(walk, source, owner, attr, depth) {
  for (const ref of attr.references.filter((r) => r.startsWith("aws_iam_policy."))) {
    const policy = resolve(walk.resources, owner, ref);
    if (policy === "ambiguous") {
      walk.context.notEvaluated(`${source}: cannot tell which instance ${ref} names`, at(attr));
      continue;
    }
    const document = policy?.body.attributes.get("policy");
    if (policy && document) checkPolicyAttribute(walk, localAddress(policy), policy, document, depth + 1);
  }
  const items = attr.value.kind === "list" ? attr.value.items : [attr.value];
  for (const item of items) {
    if (item.kind !== "string") continue;
    const managed = MANAGED_POLICY_ARN.exec(item.value)?.[1];
    const action = managed ? MANAGED_POLICIES[managed] : void 0;
    if (managed && action) {
      walk.context.report({
        loc: at(item),
        attributePath: `task_role_arn.${source}.${managed}`,
        message: `The task role ${walk.role} has the AWS managed policy ${managed} attached, which allows "${action}" on every resource.`
      });
    }
  }
}
function localAddress(r) {
  return r.moduleAddress ? r.address.slice(r.moduleAddress.length + 1) : r.address;
}
function checkRole(walk, role) {
  const { resources, context } = walk;
  const roleAddress = localAddress(role);
  const dynamic = unknownNestedBlock(role.body, "inline_policy");
  if (dynamic) context.notEvaluated(`${roleAddress} inline_policy: ${dynamic.reason}`, dynamic.loc);
  nestedBlocks(role.body, "inline_policy").forEach((block, i) => {
    const name = readAttribute(block, "name");
    const policy = block.attributes.get("policy");
    if (policy) checkPolicyAttribute(walk, `${roleAddress}.inline_policy[${name.kind === "known" && name.text ? name.text : i}]`, role, policy, 0);
  });
  const managedArns = role.body.attributes.get("managed_policy_arns");
  if (managedArns) checkPolicyArns(walk, `${roleAddress}.managed_policy_arns`, role, managedArns, 0);
  for (const r of sameModuleResources(resources, role)) {
    if (r.mode !== "managed") continue;
    const source = localAddress(r);
    if (r.type === "aws_iam_role_policy" && refersTo(resources, r, r.body.attributes.get("role"), role)) {
      const policy = r.body.attributes.get("policy");
      if (policy) checkPolicyAttribute(walk, source, r, policy, 0);
    } else if (r.type === "aws_iam_role_policy_attachment" && refersTo(resources, r, r.body.attributes.get("role"), role) || r.type === "aws_iam_policy_attachment" && refersTo(resources, r, r.body.attributes.get("roles"), role)) {
      const arn = r.body.attributes.get("policy_arn");
      if (arn) checkPolicyArns(walk, source, r, arn, 0);
    }
  }
}
var ecsTaskRoleWildcard = {
  id: "ecs-task-role-wildcard",
  severity: "high",
  title: "Task role allows wildcard actions",
  description: "Every container of the task can use the task role's credentials; a policy that allows `*`, `iam:*`, `iam:PassRole` on `*` or a whole service on `*` turns one compromised container into control of the account or the service.",
  fix: "Replace the wildcard with the specific actions the application calls, on the specific resource ARNs it uses.",
  references: [],
  resourceTypes: ["aws_ecs_task_definition"],
  check(resource, context) {
    const attr = resource.body.attributes.get("task_role_arn");
    if (!attr) return;
    const roleRefs = attr.references.filter((r) => r.startsWith("aws_iam_role."));
    if (roleRefs.length === 0) return;
    if (roleRefs.length > 1 || attr.expression !== roleRefs[0]) {
      return context.notEvaluated(`task_role_arn: the role is chosen by the expression ${attr.expression}`, at(attr));
    }
    const role = resolve(context.model.resources, resource, roleRefs[0]);
    if (role === "ambiguous") return context.notEvaluated(`task_role_arn: cannot tell which instance ${roleRefs[0]} names`, at(attr));
    if (!role) return;
    checkRole({ context, role: localAddress(role), resources: context.model.resources }, role);
  }
};

// src/policy/rules/ecs-taskset-public-ip.ts
var ecsTasksetPublicIp = {
  id: "ecs-taskset-public-ip",
  severity: "high",
  title: "Task set tasks get public IP addresses",
  description: "With `assign_public_ip = true` every task of the task set gets an internet-routable address, so anything listening in the container is reachable from the internet unless a security group stops it.",
  fix: "Set `assign_public_ip = false` and run the tasks in private subnets behind a load balancer or NAT gateway.",
  references: ["AWS Security Hub ECS.16"],
  resourceTypes: ["aws_ecs_task_set"],
  check(resource, context) {
    checkAssignPublicIp(resource, context, "task set");
  }
};

// src/policy/rules/resource-rules.ts
var resourceRules = [
  ecsTaskHostNetwork,
  ecsTaskNotAwsvpc,
  ecsTaskHostPid,
  ecsTaskHostIpc,
  ecsTaskEfsNoTransitEncryption,
  ecsTaskExecutionRoleIsTaskRole,
  ecsTaskNoTaskRole,
  ecsTaskRoleWildcard,
  ecsServicePublicIp,
  ecsTasksetPublicIp,
  ecsServiceFargatePlatformPinned,
  ecsServiceExecEnabled,
  ecsClusterNoContainerInsights,
  ecsClusterExecLoggingDisabled,
  ecsClusterExecNotEncrypted,
  ecsCapacityProviderNoTerminationProtection,
  ecrTagMutable,
  ecrScanOnPushDisabled,
  ecsIgnoreChangesHidesDrift,
  ecsImportNeedsReview
];

// src/policy/rules/index.ts
var allRules = [...containerRules, ...resourceRules];

// src/report/markdown-escape.ts
var INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
var LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;
var LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;
var MENTION_BREAKER = "\u200D";
function stripInvisible(text) {
  return text.replace(/\t/g, " ").replace(INVISIBLE, "");
}
function breakMentions(text) {
  return text.replace(/@(?=[A-Za-z0-9_-])/g, `@${MENTION_BREAKER}`);
}
function escapeHtmlChars(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var INLINE_SYNTAX = /[\\`*_[\]~|$]/g;
var LEADING_BLOCK_SYNTAX = /^(\s*)([#>+=-]|\d+[.)])/;
function escapeLine(line) {
  const escaped = escapeHtmlChars(breakMentions(line)).replace(INLINE_SYNTAX, (c) => `\\${c}`);
  return escaped.replace(
    LEADING_BLOCK_SYNTAX,
    (_all, space, marker) => /^\d/.test(marker) ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}` : `${space}\\${marker}`
  );
}
function escapeMarkdown(text) {
  return escapeLine(stripInvisible(String(text)).replace(LINE_BREAKS, " "));
}
function escapeTableCell(text) {
  return stripInvisible(String(text)).split(LINE_BREAK).map(escapeLine).join("<br>");
}
function inlineCode(text, options = {}) {
  let content = stripInvisible(String(text)).replace(LINE_BREAKS, " ");
  if (options.table) content = content.replace(/\|/g, "\\|");
  if (content === "") return "` `";
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = content.startsWith("`") || content.endsWith("`") || content.startsWith(" ") && content.endsWith(" ");
  return pad ? `${fence} ${content} ${fence}` : `${fence}${content}${fence}`;
}
function markdownLink(label, url) {
  const target = safeLinkTarget(url);
  return target === null ? escapeMarkdown(label) : `[${escapeMarkdown(label)}](${target})`;
}
function safeLinkTarget(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  return parsed.href.replace(/[()|<>"'`\\ ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
}
function truncateText(text, max) {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(0, max - 1)).join("")}\u2026`;
}

export {
  stripInvisible,
  escapeMarkdown,
  escapeTableCell,
  inlineCode,
  markdownLink,
  safeLinkTarget,
  truncateText,
  firstLineOf,
  containerDefinitions,
  allRules
};
