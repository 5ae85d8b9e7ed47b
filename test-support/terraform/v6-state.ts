// The state hashicorp/aws 6.x writes, derived from a state 5.100.0 wrote (issue 12 point 5).
//
// Only 5.100.0 is installed here, so no local binary writes a 6.x state. This turns each recorded
// 5.100.0 fixture (__tests__/drift/fixtures/provider/<scenario>/: terraform.tfstate, show.json and
// the live estate after the apply, live.json) into what 6.x would have stored for the same ECS
// answer: the attributes 6.x adds, removes or now reads back, every one of them taken from that
// recorded ECS answer or from the 5.100.0 state, never written by hand. Each rule below names the
// 6.x source it follows; v6-state.README.md lists them with the upgrade guides.
//
// How SDKv2 stores what Read does not write, as the 5.100.0 recordings show it: a top-level
// Optional attribute nobody set is null (`force_delete`, `iam_role` of a daemon); inside a
// block, a field the flatten function leaves out is the zero value of its type ("", 0, false, [],
// {}; e.g. `ingress_port_override: 0`, `snapshot_id: ""`), because ResourceData reads nested
// objects field by field with ValueOrZero; a block Read sets to nil is [].
import type { EcsStateSnapshot } from '../aws/emulator.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Attrs = { [key: string]: Json };
type Live = Record<string, unknown>;

interface StateInstance { attributes: Attrs; index_key?: string | number; [key: string]: unknown }
interface StateResource { mode: string; type: string; name: string; module?: string; instances: StateInstance[]; [key: string]: unknown }
interface V4State { version: number; resources: StateResource[]; [key: string]: unknown }

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const records = (v: unknown): Live[] => (Array.isArray(v) ? v.filter(isRecord) : []);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const int = (v: unknown): number => (typeof v === 'number' ? v : 0);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);

/** Go's encoding/json (which the provider's smithy.DocumentToJSONString uses) writes map keys sorted and no spaces. */
function compactSortedJson(value: unknown): string {
  const sort = (v: unknown): unknown => (Array.isArray(v) ? v.map(sort) : isRecord(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return JSON.stringify(sort(value));
}

/** Terraform writes object attributes with sorted keys (cty objects and Go maps marshal that way). */
function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys(value[k]!)]));
  return value;
}

function clusterNameOf(value: Json | undefined): string {
  const s = typeof value === 'string' ? value : '';
  return s.startsWith('arn:') ? s.slice(s.indexOf('/') + 1) : s;
}

// ---------------------------------------------------------------- aws_ecs_service (service.go)

/** flattenDeploymentConfiguration: only bake time, canary, linear, hooks and strategy; nil (so []) when ECS reports none of them. */
function deploymentConfiguration(dc: unknown): Json {
  if (!isRecord(dc)) return [];
  const hooks = records(dc.lifecycleHooks);
  const canary = isRecord(dc.canaryConfiguration) ? dc.canaryConfiguration : undefined;
  const linear = isRecord(dc.linearConfiguration) ? dc.linearConfiguration : undefined;
  const strategy = text(dc.strategy);
  const bake = typeof dc.bakeTimeInMinutes === 'number' ? dc.bakeTimeInMinutes : undefined;
  if (bake === undefined && !canary && !linear && hooks.length === 0 && strategy === '') return [];
  return [{
    // nullable.TypeNullableInt is a string in state; flex.Int32ToStringValue writes the number.
    bake_time_in_minutes: bake === undefined ? '' : String(bake),
    canary_configuration: canary ? [{
      canary_bake_time_in_minutes: typeof canary.canaryBakeTimeInMinutes === 'number' ? String(canary.canaryBakeTimeInMinutes) : '',
      canary_percent: int(canary.canaryPercent),
    }] : [],
    linear_configuration: linear ? [{
      step_bake_time_in_minutes: typeof linear.stepBakeTimeInMinutes === 'number' ? String(linear.stepBakeTimeInMinutes) : '',
      step_percent: int(linear.stepPercent),
    }] : [],
    // flattenLifecycleHooks; hook_details via smithy.DocumentToJSONString.
    lifecycle_hook: hooks.map((h) => ({
      hook_details: h.hookDetails === undefined ? '' : compactSortedJson(h.hookDetails),
      hook_target_arn: text(h.hookTargetArn),
      lifecycle_stages: strings(h.lifecycleStages),
      role_arn: text(h.roleArn),
    })),
    strategy,
  }];
}

/** flattenServiceLoadBalancers: elb_name and target_group_arn when ECS reports them, advanced_configuration when present. */
function loadBalancers(lbs: unknown): Json {
  return records(lbs).map((lb) => {
    const adv = isRecord(lb.advancedConfiguration) ? lb.advancedConfiguration : undefined;
    return {
      advanced_configuration: adv ? [{
        alternate_target_group_arn: text(adv.alternateTargetGroupArn),
        production_listener_rule: text(adv.productionListenerRule),
        role_arn: text(adv.roleArn),
        test_listener_rule: text(adv.testListenerRule),
      }] : [],
      container_name: text(lb.containerName),
      container_port: int(lb.containerPort),
      elb_name: text(lb.loadBalancerName),
      target_group_arn: text(lb.targetGroupArn),
    };
  });
}

/** flattenServiceConnectConfiguration (with access logs, flattenLogConfiguration, flattenServiceConnectServices and test traffic rules). */
function serviceConnectConfiguration(sc: Live): Json {
  const accessLog = isRecord(sc.accessLogConfiguration) ? sc.accessLogConfiguration : undefined;
  const log = isRecord(sc.logConfiguration) ? sc.logConfiguration : undefined;
  return [{
    access_log_configuration: accessLog ? [{ format: text(accessLog.format), include_query_parameters: text(accessLog.includeQueryParameters) }] : [],
    enabled: sc.enabled === true,
    log_configuration: log ? [{
      log_driver: text(log.logDriver),
      options: isRecord(log.options) ? (log.options as Attrs) : {},
      secret_option: records(log.secretOptions).map((o) => ({ name: text(o.name), value_from: text(o.valueFrom) })),
    }] : [],
    namespace: text(sc.namespace),
    service: records(sc.services).map((svc) => {
      const timeout = isRecord(svc.timeout) ? svc.timeout : undefined;
      const tls = isRecord(svc.tls) ? svc.tls : undefined;
      const issuer = tls && isRecord(tls.issuerCertificateAuthority) ? tls.issuerCertificateAuthority : undefined;
      return {
        client_alias: records(svc.clientAliases).map((alias) => {
          const header = isRecord(alias.testTrafficRules) && isRecord(alias.testTrafficRules.header) ? alias.testTrafficRules.header : undefined;
          const value = header && isRecord(header.value) ? header.value : undefined;
          return {
            dns_name: text(alias.dnsName),
            port: int(alias.port),
            test_traffic_rules: isRecord(alias.testTrafficRules) ? [{ header: header ? [{ name: text(header.name), value: value ? [{ exact: text(value.exact) }] : [] }] : [] }] : [],
          };
        }),
        discovery_name: text(svc.discoveryName),
        ingress_port_override: int(svc.ingressPortOverride),
        port_name: text(svc.portName),
        timeout: timeout ? [{ idle_timeout_seconds: int(timeout.idleTimeoutSeconds), per_request_timeout_seconds: int(timeout.perRequestTimeoutSeconds) }] : [],
        tls: tls ? [{ issuer_cert_authority: issuer ? [{ aws_pca_authority_arn: text(issuer.awsPcaAuthorityArn) }] : [], kms_key: text(tls.kmsKey), role_arn: text(tls.roleArn) }] : [],
      };
    }),
  }];
}

/** flattenServiceVolumeConfigurations / flattenServiceManagedEBSVolumeConfiguration / flattenEBSTagSpecifications. */
function volumeConfigurations(volumes: Live[]): Json {
  return volumes.map((v) => {
    const ebs = isRecord(v.managedEBSVolume) ? v.managedEBSVolume : undefined;
    return {
      managed_ebs_volume: ebs ? [{
        encrypted: ebs.encrypted === true,
        file_system_type: text(ebs.filesystemType),
        iops: int(ebs.iops),
        kms_key_id: text(ebs.kmsKeyId),
        role_arn: text(ebs.roleArn),
        size_in_gb: int(ebs.sizeInGiB),
        snapshot_id: text(ebs.snapshotId),
        tag_specifications: records(ebs.tagSpecifications).map((t) => ({
          propagate_tags: text(t.propagateTags),
          resource_type: text(t.resourceType),
          tags: Object.fromEntries(records(t.tags).filter((tag) => !text(tag.key).startsWith('aws:')).map((tag) => [text(tag.key), text(tag.value)])),
        })),
        throughput: int(ebs.throughput),
        volume_initialization_rate: int(ebs.volumeInitializationRate),
        volume_type: text(ebs.volumeType),
      }] : [],
      name: text(v.name),
    };
  });
}

function service(attrs: Attrs, live: EcsStateSnapshot, address: string): Attrs {
  const cluster = clusterNameOf(attrs.cluster);
  const found = live.services.find((c) => c.cluster === cluster)?.services.find((s) => s.serviceName === attrs.name) as Live | undefined;
  if (!found) throw new Error(`${address}: the recorded estate has no service ${String(attrs.name)} in cluster ${cluster}, so 6.x's Read cannot be derived`);
  const out: Attrs = { ...attrs };
  // resourceServiceCreate: d.SetId(ServiceArn); d.Set(arn, ServiceArn). resourceServiceImport sets both to the service ARN as well.
  out.id = text(found.serviceArn);
  out.arn = text(found.serviceArn);
  // Read: inside `if service.DeploymentConfiguration != nil`, d.Set("deployment_configuration", flattenDeploymentConfiguration(...)).
  out.deployment_configuration = deploymentConfiguration(found.deploymentConfiguration);
  // Optional bool with no Default that Read never sets: null, as 5.100.0 stores force_delete.
  out.sigint_rollback = null;
  // Read: `if service.LoadBalancers != nil` d.Set("load_balancer", flattenServiceLoadBalancers(...)).
  if (Array.isArray(found.loadBalancers)) out.load_balancer = loadBalancers(found.loadBalancers);
  // Read: for the PRIMARY deployment, service_connect_configuration from its serviceConnectConfiguration (nil when
  // absent), volume_configuration when it has any, vpc_lattice_configurations always. 5.100.0 left the first two as configured.
  const primary = records(found.deployments).find((d) => d.status === 'PRIMARY');
  if (primary) {
    out.service_connect_configuration = isRecord(primary.serviceConnectConfiguration) ? serviceConnectConfiguration(primary.serviceConnectConfiguration) : [];
    const volumes = records(primary.volumeConfigurations);
    if (volumes.length > 0) out.volume_configuration = volumeConfigurations(volumes);
    out.vpc_lattice_configurations = records(primary.vpcLatticeConfigurations).map((v) => ({ port_name: text(v.portName), role_arn: text(v.roleArn), target_group_arn: text(v.targetGroupArn) }));
  }
  return out;
}

// ---------------------------------------------------------------- aws_ecs_capacity_provider (capacity_provider.go)

function capacityProvider(attrs: Attrs, live: EcsStateSnapshot, address: string): Attrs {
  const found = live.capacityProviders.find((cp) => cp.name === attrs.name) as Live | undefined;
  if (!found) throw new Error(`${address}: the recorded estate has no capacity provider ${String(attrs.name)}, so 6.x's Read cannot be derived`);
  // 5.100.0 cannot create a Managed Instances provider, so a recorded estate never holds one; the
  // hand-derived fixture in __tests__/drift/fixtures/provider-v6/ covers that block.
  if (found.managedInstancesProvider !== undefined) throw new Error(`${address}: a managedInstancesProvider cannot come from a 5.100.0 apply; derive it by hand (fixtures/provider-v6)`);
  // Read: d.Set("cluster", output.Cluster) (nil for an Auto Scaling group provider: ""), and
  // d.Set("managed_instances_provider", flattenManagedInstancesProvider(nil)): [].
  return { ...attrs, cluster: text(found.cluster), managed_instances_provider: [] };
}

// ---------------------------------------------------------------- every type

/**
 * The 6.x state for one 5.100.0 resource instance. `region`: the enhanced region support of 6.0.0
 * adds a top-level Optional+Computed `region` to every ECS resource, the provider's region when
 * unset (every scenario leaves it unset); the recorded estate's region is the provider's.
 */
export function v6Attributes(type: string, attrs: Attrs, live: EcsStateSnapshot, address: string): Attrs {
  let out: Attrs;
  switch (type) {
    case 'aws_ecs_service': out = service(attrs, live, address); break;
    case 'aws_ecs_capacity_provider': out = capacityProvider(attrs, live, address); break;
    case 'aws_ecs_task_definition': {
      // Version 6 upgrade guide, resource/aws_ecs_task_definition: inference_accelerator no longer exists.
      const { inference_accelerator: _removed, ...rest } = attrs;
      out = rest;
      break;
    }
    case 'aws_ecs_cluster':
    case 'aws_ecs_cluster_capacity_providers':
    case 'aws_ecs_task_set':
      out = { ...attrs };
      break;
    default:
      return attrs;
  }
  out.region = live.region;
  return sortKeys(out) as Attrs;
}

function addressOf(r: StateResource, instance: StateInstance): string {
  const base = `${r.module ? `${r.module}.` : ''}${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
  const key = instance.index_key;
  return key === undefined ? base : `${base}[${typeof key === 'number' ? key : JSON.stringify(key)}]`;
}

/** The v4 state 6.x would write for the estate `live` (the ECS answer after the 5.100.0 apply). */
export function deriveV6State(recordedState: string, live: EcsStateSnapshot): V4State {
  const state = JSON.parse(recordedState) as V4State;
  if (state.version !== 4) throw new Error(`expected a version 4 state, got version ${String(state.version)}`);
  for (const r of state.resources) {
    if (r.mode !== 'managed') continue;
    for (const instance of r.instances) {
      // schema_version is unchanged: service and task definition stay at SchemaVersion 1, the others at 0.
      instance.attributes = v6Attributes(r.type, instance.attributes, live, addressOf(r, instance));
    }
  }
  return state;
}

/**
 * `sensitive_values` as `terraform show -json` lays it out for a resource with no sensitive
 * attribute: every non-null list or set becomes a list of `false` (primitive element) or of the
 * element's own layout (object), every map `{}`, every object its own layout; primitives and nulls
 * are left out. Checked against the 5.100.0 recordings (__tests__/drift/v6-state.test.ts).
 */
export function sensitiveValuesOf(values: Record<string, unknown>): Attrs {
  const layout = (v: unknown): Json | undefined => {
    if (Array.isArray(v)) return v.map((e) => (e !== null && typeof e === 'object' ? layout(e) ?? {} : false));
    if (isRecord(v)) return objectLayout(v);
    return undefined;
  };
  const objectLayout = (o: Record<string, unknown>): Attrs => {
    const out: Attrs = {};
    for (const [k, v] of Object.entries(o)) {
      const l = layout(v);
      if (l !== undefined) out[k] = l;
    }
    return out;
  };
  return objectLayout(values);
}

interface ShowResource { address: string; mode: string; type: string; values: Attrs; sensitive_values: Attrs; [key: string]: unknown }
interface ShowModule { resources?: ShowResource[]; child_modules?: ShowModule[]; [key: string]: unknown }

/** `terraform show -json` of the derived state: the recorded layout, each resource's values and sensitive_values replaced. */
export function deriveV6Show(recordedShow: string, v6State: V4State): Record<string, unknown> {
  const show = JSON.parse(recordedShow) as { values?: { root_module?: ShowModule } };
  const byAddress = new Map<string, Attrs>();
  for (const r of v6State.resources) for (const instance of r.instances) byAddress.set(addressOf(r, instance), instance.attributes);
  const visit = (m: ShowModule | undefined): void => {
    for (const r of m?.resources ?? []) {
      if (r.mode !== 'managed') continue;
      const attrs = byAddress.get(r.address);
      if (!attrs) throw new Error(`show.json has ${r.address}, the state does not`);
      r.values = attrs;
      r.sensitive_values = sensitiveValuesOf(attrs);
    }
    for (const child of m?.child_modules ?? []) visit(child);
  };
  visit(show.values?.root_module);
  return show as Record<string, unknown>;
}

/** Both forms of the 6.x state for one recorded scenario, as file contents. */
export function deriveV6Fixture(fixture: { state: string; show: string; live: EcsStateSnapshot }): { state: string; show: string } {
  const state = deriveV6State(fixture.state, fixture.live);
  return { state: `${JSON.stringify(state, null, 2)}\n`, show: `${JSON.stringify(deriveV6Show(fixture.show, state), null, 2)}\n` };
}
