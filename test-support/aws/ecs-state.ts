// Live ECS as the emulator serves it. Objects are stored in the API's own JSON shapes
// (the SDK's output types), filled the way ECS fills them on create/register, so a test
// seeds exactly what DescribeX would later return.
import type {
  CapacityProvider,
  Cluster,
  ContainerDefinition,
  Deployment,
  PortMapping,
  Service,
  ServiceConnectConfiguration,
  ServiceVolumeConfiguration,
  VpcLatticeConfiguration,
  Tag,
  TaskDefinition,
  TaskSet,
} from '@aws-sdk/client-ecs';

export type ClusterSeed = Partial<Cluster> & { clusterName: string };
/**
 * Configurations that CreateService/UpdateService accept but DescribeServices reports only on the
 * deployments (Deployment has them, Service does not: see the Service and Deployment shapes in the
 * API reference), which is where the AWS provider's Read takes them from (the PRIMARY deployment,
 * internal/service/ecs/service.go resourceServiceRead).
 */
export interface DeploymentScopedConfig {
  serviceConnectConfiguration?: ServiceConnectConfiguration;
  volumeConfigurations?: ServiceVolumeConfiguration[];
  vpcLatticeConfigurations?: VpcLatticeConfiguration[];
}
export type ServiceSeed = Partial<Service> & DeploymentScopedConfig & { serviceName: string; taskDefinition?: string; desiredCount?: number };
export type TaskDefinitionSeed = Partial<TaskDefinition> & { family: string; containerDefinitions: ContainerDefinition[] };
export type CapacityProviderSeed = Partial<CapacityProvider> & { name: string };
export type TaskSetSeed = Partial<TaskSet> & { taskDefinition: string };
/** Service members a console edit (or UpdateService) can change. */
export type ServicePatch = Partial<Omit<Service, 'serviceArn' | 'serviceName' | 'clusterArn' | 'createdAt'>> & DeploymentScopedConfig;

/**
 * What `LATEST` resolves to on Fargate: 1.4.0 for Linux, 1.0.0 for Windows ("Fargate platform
 * versions", Amazon ECS Developer Guide). ECS keeps `LATEST` on the service and reports the
 * resolved version on each deployment (Deployment.platformVersion, API reference).
 */
export const FARGATE_LATEST_PLATFORM_VERSION = { Linux: '1.4.0', Windows: '1.0.0' } as const;

const DEPLOYMENT_SCOPED_KEYS = ['serviceConnectConfiguration', 'volumeConfigurations', 'vpcLatticeConfigurations'] as const;

/** The JSON form of an EcsState (see EcsState.snapshot). */
export interface EcsStateSnapshot {
  region: string;
  accountId: string;
  clusters: Cluster[];
  services: { cluster: string; services: Service[] }[];
  taskDefinitions: { taskDefinition: TaskDefinition; tags: Tag[] }[];
  capacityProviders: CapacityProvider[];
  taskSets: { serviceArn: string; taskSets: TaskSet[] }[];
  deploymentScoped: { serviceArn: string; config: DeploymentScopedConfig }[];
  idCounter: number;
}

/** Thrown by the state for lookups the API reports as errors; the API layer maps it. */
export class EcsStateError extends Error {
  constructor(readonly type: string, message: string) {
    super(message);
  }
}

export class EcsState {
  private readonly clusters = new Map<string, Cluster>();
  /** cluster name -> service name -> service (only live services; deleted ones are removed). */
  private readonly services = new Map<string, Map<string, Service>>();
  /** family -> revisions, index = revision - 1. */
  private readonly taskDefinitions = new Map<string, TaskDefinition[]>();
  private readonly taskDefinitionTags = new Map<string, Tag[]>();
  private readonly capacityProviders = new Map<string, CapacityProvider>();
  /** service ARN -> task sets. */
  private readonly taskSets = new Map<string, TaskSet[]>();
  /** service ARN -> the configurations its next deployment carries (see DeploymentScopedConfig). */
  private readonly deploymentScoped = new Map<string, DeploymentScopedConfig>();
  private idCounter = 0;

  constructor(
    readonly region: string,
    readonly accountId: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // ---- ARNs ---------------------------------------------------------------------------

  clusterArn(name: string): string {
    return `arn:aws:ecs:${this.region}:${this.accountId}:cluster/${name}`;
  }

  /** The long ARN format (with the cluster name), the default since 2021. */
  serviceArn(cluster: string, name: string): string {
    return `arn:aws:ecs:${this.region}:${this.accountId}:service/${cluster}/${name}`;
  }

  taskDefinitionArn(family: string, revision: number): string {
    return `arn:aws:ecs:${this.region}:${this.accountId}:task-definition/${family}:${revision}`;
  }

  capacityProviderArn(name: string): string {
    return `arn:aws:ecs:${this.region}:${this.accountId}:capacity-provider/${name}`;
  }

  /** Accepts a cluster name or ARN; returns the name, or undefined for another account/region's ARN. */
  clusterNameOf(ref: string): string | undefined {
    if (!ref.startsWith('arn:')) return ref;
    const m = /^arn:aws[\w-]*:ecs:([\w-]+):(\d+):cluster\/(.+)$/.exec(ref);
    if (!m || m[1] !== this.region || m[2] !== this.accountId) return undefined;
    return m[3];
  }

  // ---- clusters -----------------------------------------------------------------------

  putCluster(seed: ClusterSeed): Cluster {
    const existing = this.clusters.get(seed.clusterName);
    const cluster: Cluster = {
      clusterArn: this.clusterArn(seed.clusterName),
      status: 'ACTIVE',
      registeredContainerInstancesCount: 0,
      pendingTasksCount: 0,
      statistics: [],
      settings: [{ name: 'containerInsights', value: 'disabled' }],
      capacityProviders: [],
      defaultCapacityProviderStrategy: [],
      tags: [],
      ...clone(seed),
      runningTasksCount: 0,
      activeServicesCount: 0,
    };
    this.clusters.set(seed.clusterName, cluster);
    if (!existing) this.services.set(seed.clusterName, new Map());
    this.refreshClusterCounts(seed.clusterName);
    return clone(cluster);
  }

  getCluster(ref: string): Cluster | undefined {
    const name = this.clusterNameOf(ref);
    const cluster = name === undefined ? undefined : this.clusters.get(name);
    return cluster && clone(cluster);
  }

  listClusters(): Cluster[] {
    return [...this.clusters.values()].map(clone);
  }

  /** Deletes a cluster (status INACTIVE, as ECS keeps describing it for a while). */
  deleteCluster(ref: string): void {
    const cluster = this.mustCluster(ref);
    cluster.status = 'INACTIVE';
  }

  // ---- services -----------------------------------------------------------------------

  putService(clusterRef: string, seed: ServiceSeed): Service {
    const clusterName = this.mustClusterName(clusterRef);
    const now = this.now();
    const taskDefinition = seed.taskDefinition === undefined ? undefined : this.resolveTaskDefinitionArn(seed.taskDefinition);
    const capacityProviderStrategy = seed.capacityProviderStrategy ?? [];
    // An EXTERNAL service gets its compute option from its primary task set: "If no primary task set
    // is defined for a service, when describing the service, the task set fields are null" (Developer
    // Guide, "Deploy Amazon ECS services using a third-party controller"), so no EC2 default there.
    const external = seed.deploymentController?.type === 'EXTERNAL';
    const launchType = seed.launchType ?? (capacityProviderStrategy.length > 0 || external ? undefined : 'EC2');
    const desiredCount = seed.desiredCount ?? 0;
    const { scoped, rest: serviceSeed } = splitDeploymentScoped(seed);
    const service: Service = {
      serviceArn: this.serviceArn(clusterName, seed.serviceName),
      clusterArn: this.clusterArn(clusterName),
      loadBalancers: [],
      serviceRegistries: [],
      status: 'ACTIVE',
      desiredCount,
      runningCount: desiredCount,
      pendingCount: 0,
      ...(launchType ? { launchType } : {}),
      ...(launchType === 'FARGATE' ? { platformVersion: 'LATEST', platformFamily: 'Linux' } : {}),
      deploymentConfiguration: {
        deploymentCircuitBreaker: { enable: false, rollback: false },
        maximumPercent: 200,
        minimumHealthyPercent: 100,
      },
      placementConstraints: [],
      placementStrategy: [],
      schedulingStrategy: 'REPLICA',
      deploymentController: { type: 'ECS' },
      createdAt: now,
      createdBy: `arn:aws:iam::${this.accountId}:root`,
      enableECSManagedTags: false,
      propagateTags: 'NONE',
      enableExecuteCommand: false,
      // DescribeServices always reports it: "The response will be either ENABLED or DISABLED"
      // (ECS Developer Guide, "Track Amazon ECS Availability Zone rebalancing"). A seeded service
      // stands for one that exists already and never had a value set, which "Amazon ECS treats
      // as DISABLED" (API_UpdateService `availabilityZoneRebalancing`); CreateService's own
      // default (ENABLED) is applied in ecs-api.ts.
      availabilityZoneRebalancing: 'DISABLED',
      tags: [],
      ...clone(serviceSeed),
      ...(taskDefinition ? { taskDefinition } : {}),
      ...(capacityProviderStrategy.length > 0 ? { capacityProviderStrategy } : {}),
    };
    if (service.deploymentController?.type === 'EXTERNAL') {
      // EXTERNAL services carry their task definitions on task sets, not on the service.
      delete service.taskDefinition;
      service.deployments = [];
      service.taskSets = [];
    } else {
      this.deploymentScoped.set(service.serviceArn!, scoped);
      service.deployments = seed.deployments ?? [this.primaryDeployment(service, now)];
    }
    service.events = seed.events ?? [this.event(`(service ${seed.serviceName}) has reached a steady state.`, now)];
    this.services.get(clusterName)!.set(seed.serviceName, service);
    this.refreshClusterCounts(clusterName);
    return clone(service);
  }

  getService(clusterRef: string, ref: string): Service | undefined {
    const clusterName = this.clusterNameOf(clusterRef);
    if (clusterName === undefined) return undefined;
    const services = this.services.get(clusterName);
    if (!services) return undefined;
    const name = ref.startsWith('arn:') ? serviceNameFromArn(ref, this.serviceArn(clusterName, '')) : ref;
    const service = name === undefined ? undefined : services.get(name);
    return service && clone(service);
  }

  listServices(clusterRef: string): Service[] {
    const services = this.services.get(this.mustClusterName(clusterRef));
    return [...(services?.values() ?? [])].map(clone);
  }

  /** Simulates a console edit: merges the patch and rolls out a new (completed) deployment. */
  updateService(clusterRef: string, serviceName: string, patch: ServicePatch): Service {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    const now = this.now();
    const { scoped, rest } = splitDeploymentScoped(patch);
    const next: ServicePatch = clone(rest);
    this.deploymentScoped.set(service.serviceArn!, { ...this.deploymentScoped.get(service.serviceArn!), ...clone(scoped) });
    if (next.taskDefinition !== undefined) next.taskDefinition = this.resolveTaskDefinitionArn(next.taskDefinition);
    Object.assign(service, next);
    if (patch.desiredCount !== undefined) service.runningCount = patch.desiredCount;
    if (service.deploymentController?.type !== 'EXTERNAL' && patch.deployments === undefined) {
      service.deployments = [this.primaryDeployment(service, now)];
    }
    service.events = [this.event(`(service ${service.serviceName}) has reached a steady state.`, now), ...(service.events ?? [])].slice(0, 100);
    return clone(service);
  }

  /** Deletes a service: DescribeServices then reports it in failures[] with reason MISSING. */
  deleteService(clusterRef: string, serviceName: string): void {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    this.services.get(clusterName)!.delete(service.serviceName!);
    this.taskSets.delete(service.serviceArn!);
    this.deploymentScoped.delete(service.serviceArn!);
    this.refreshClusterCounts(clusterName);
  }

  // ---- task definitions ---------------------------------------------------------------

  registerTaskDefinition(seed: TaskDefinitionSeed, tags?: Tag[]): TaskDefinition {
    const revisions = this.taskDefinitions.get(seed.family) ?? [];
    const revision = revisions.length + 1;
    const networkMode = seed.networkMode;
    const td: TaskDefinition = {
      ...clone(seed),
      taskDefinitionArn: this.taskDefinitionArn(seed.family, revision),
      containerDefinitions: seed.containerDefinitions.map((c) => fillContainerDefaults(clone(c), networkMode)),
      revision,
      volumes: clone(seed.volumes ?? []),
      status: 'ACTIVE',
      requiresAttributes: seed.requiresAttributes ?? requiredAttributes(seed),
      placementConstraints: clone(seed.placementConstraints ?? []),
      compatibilities: seed.compatibilities ?? compatibilities(seed),
      registeredAt: this.now(),
      registeredBy: `arn:aws:iam::${this.accountId}:root`,
    };
    revisions.push(td);
    this.taskDefinitions.set(seed.family, revisions);
    this.taskDefinitionTags.set(td.taskDefinitionArn!, clone(tags ?? []));
    return clone(td);
  }

  /** Marks a revision INACTIVE (it stays describable by revision, not by family alone). */
  deregisterTaskDefinition(ref: string): TaskDefinition {
    const td = this.findTaskDefinition(ref);
    if (!td) throw new EcsStateError('ClientException', 'The specified task definition does not exist.');
    td.status = 'INACTIVE';
    td.deregisteredAt = this.now();
    return clone(td);
  }

  /** Accepts `family`, `family:revision` or an ARN; `family` alone is the latest ACTIVE revision. */
  getTaskDefinition(ref: string): TaskDefinition | undefined {
    const td = this.findTaskDefinition(ref);
    return td && clone(td);
  }

  taskDefinitionTagsOf(arn: string): Tag[] {
    return clone(this.taskDefinitionTags.get(arn) ?? []);
  }

  listTaskDefinitions(): TaskDefinition[] {
    return [...this.taskDefinitions.values()].flat().map(clone);
  }

  // ---- capacity providers -------------------------------------------------------------

  putCapacityProvider(seed: CapacityProviderSeed): CapacityProvider {
    const cp: CapacityProvider = {
      capacityProviderArn: this.capacityProviderArn(seed.name),
      status: 'ACTIVE',
      tags: [],
      ...clone(seed),
    };
    this.capacityProviders.set(seed.name, cp);
    return clone(cp);
  }

  getCapacityProvider(ref: string): CapacityProvider | undefined {
    const name = ref.startsWith('arn:') ? ref.split('capacity-provider/')[1] : ref;
    const cp = name === undefined ? undefined : this.capacityProviders.get(name);
    if (cp && ref.startsWith('arn:') && ref !== cp.capacityProviderArn) return undefined;
    return cp && clone(cp);
  }

  listCapacityProviders(): CapacityProvider[] {
    return [...this.capacityProviders.values()].map(clone);
  }

  // ---- task sets ----------------------------------------------------------------------

  putTaskSet(clusterRef: string, serviceName: string, seed: TaskSetSeed): TaskSet {
    const clusterName = this.mustClusterName(clusterRef);
    const service = this.mustService(clusterName, serviceName);
    const now = this.now();
    const id = seed.id ?? `ecs-svc/${this.nextNumericId()}`;
    const sets = this.taskSets.get(service.serviceArn!) ?? [];
    const taskSet: TaskSet = {
      id,
      taskSetArn: `arn:aws:ecs:${this.region}:${this.accountId}:task-set/${clusterName}/${service.serviceName}/${id}`,
      serviceArn: service.serviceArn,
      clusterArn: service.clusterArn,
      status: sets.length === 0 ? 'PRIMARY' : 'ACTIVE',
      computedDesiredCount: service.desiredCount ?? 0,
      pendingCount: 0,
      runningCount: service.desiredCount ?? 0,
      createdAt: now,
      updatedAt: now,
      launchType: 'EC2',
      loadBalancers: [],
      serviceRegistries: [],
      scale: { value: 100, unit: 'PERCENT' },
      stabilityStatus: 'STEADY_STATE',
      stabilityStatusAt: now,
      tags: [],
      ...clone(seed),
      taskDefinition: this.resolveTaskDefinitionArn(seed.taskDefinition),
    };
    const next = [...sets.filter((s) => s.id !== id), taskSet];
    this.taskSets.set(service.serviceArn!, next);
    // DescribeServices embeds the task sets of EXTERNAL and CODE_DEPLOY services (without tags).
    service.taskSets = next.map(({ tags: _tags, ...rest }) => clone(rest));
    // "When you call the DescribeServices API action, it returns all fields specified for a primary task
    // set" (Developer Guide, "Deploy Amazon ECS services using a third-party controller"): an EXTERNAL
    // service takes its compute option from its PRIMARY task set.
    const primary = next.find((s) => s.status === 'PRIMARY');
    if (service.deploymentController?.type === 'EXTERNAL' && primary) {
      for (const key of ['launchType', 'capacityProviderStrategy', 'platformVersion'] as const) {
        if (primary[key] === undefined) delete service[key];
        else (service as Record<string, unknown>)[key] = clone(primary[key]);
      }
    }
    return clone(taskSet);
  }

  listTaskSets(clusterRef: string, serviceName: string): TaskSet[] {
    const service = this.mustService(this.mustClusterName(clusterRef), serviceName);
    return clone(this.taskSets.get(service.serviceArn!) ?? []);
  }

  /** UpdateCluster / UpdateClusterSettings / PutClusterCapacityProviders: merges the given members. */
  patchCluster(ref: string, patch: Partial<Omit<Cluster, 'clusterArn' | 'clusterName'>>): Cluster {
    const cluster = this.mustCluster(ref);
    Object.assign(cluster, clone(patch));
    return clone(cluster);
  }

  /** DeleteCapacityProvider: ECS reports it INACTIVE for a while, then forgets it. */
  deleteCapacityProvider(ref: string): CapacityProvider {
    const cp = this.getCapacityProvider(ref);
    if (!cp) throw new EcsStateError('ClientException', 'The specified capacity provider does not exist.');
    this.capacityProviders.delete(cp.name!);
    return { ...cp, status: 'INACTIVE' };
  }

  // ---- tags ---------------------------------------------------------------------------

  /** TagResource / UntagResource: false when no resource has this ARN. */
  retag(arn: string, edit: (tags: Tag[]) => Tag[]): boolean {
    const apply = (holder: { tags?: Tag[] }): true => {
      holder.tags = edit(holder.tags ?? []);
      return true;
    };
    for (const c of this.clusters.values()) if (c.clusterArn === arn) return apply(c);
    for (const services of this.services.values()) for (const s of services.values()) if (s.serviceArn === arn) return apply(s);
    if (this.taskDefinitionTags.has(arn)) {
      this.taskDefinitionTags.set(arn, edit(this.taskDefinitionTags.get(arn)!));
      return true;
    }
    for (const cp of this.capacityProviders.values()) if (cp.capacityProviderArn === arn) return apply(cp);
    for (const sets of this.taskSets.values()) for (const ts of sets) if (ts.taskSetArn === arn) return apply(ts);
    return false;
  }

  /** Tags of any taggable resource by ARN, or undefined when no such resource exists. */
  tagsOf(arn: string): Tag[] | undefined {
    for (const c of this.clusters.values()) if (c.clusterArn === arn) return clone(c.tags ?? []);
    for (const services of this.services.values()) {
      for (const s of services.values()) if (s.serviceArn === arn) return clone(s.tags ?? []);
    }
    if (this.taskDefinitionTags.has(arn)) return this.taskDefinitionTagsOf(arn);
    for (const cp of this.capacityProviders.values()) if (cp.capacityProviderArn === arn) return clone(cp.tags ?? []);
    for (const sets of this.taskSets.values()) for (const ts of sets) if (ts.taskSetArn === arn) return clone(ts.tags ?? []);
    return undefined;
  }

  // ---- recording and replay -----------------------------------------------------------

  /**
   * Everything the state holds, as plain JSON (timestamps as ISO strings, which the wire encoder
   * accepts). A recorded estate (e.g. the one `terraform apply` left behind) is replayed with restore().
   */
  snapshot(): EcsStateSnapshot {
    const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
    return json({
      region: this.region,
      accountId: this.accountId,
      clusters: [...this.clusters.values()],
      services: [...this.services.entries()].map(([cluster, services]) => ({ cluster, services: [...services.values()] })),
      taskDefinitions: [...this.taskDefinitions.values()].flat().map((td) => ({ taskDefinition: td, tags: this.taskDefinitionTags.get(td.taskDefinitionArn!) ?? [] })),
      capacityProviders: [...this.capacityProviders.values()],
      taskSets: [...this.taskSets.entries()].map(([serviceArn, taskSets]) => ({ serviceArn, taskSets })),
      deploymentScoped: [...this.deploymentScoped.entries()].map(([serviceArn, config]) => ({ serviceArn, config })),
      idCounter: this.idCounter,
    });
  }

  /** Replaces the whole state with a snapshot taken in the same region and account. */
  restore(snapshot: EcsStateSnapshot): void {
    if (snapshot.region !== this.region || snapshot.accountId !== this.accountId) {
      throw new Error(`snapshot of ${snapshot.accountId}/${snapshot.region} cannot be restored into ${this.accountId}/${this.region}`);
    }
    const copy = clone(snapshot);
    this.clusters.clear();
    this.services.clear();
    this.taskDefinitions.clear();
    this.taskDefinitionTags.clear();
    this.capacityProviders.clear();
    this.taskSets.clear();
    this.deploymentScoped.clear();
    for (const c of copy.clusters) this.clusters.set(c.clusterName!, c);
    for (const { cluster, services } of copy.services) this.services.set(cluster, new Map(services.map((s) => [s.serviceName!, s])));
    for (const { taskDefinition, tags } of copy.taskDefinitions) {
      const revisions = this.taskDefinitions.get(taskDefinition.family!) ?? [];
      revisions[taskDefinition.revision! - 1] = taskDefinition;
      this.taskDefinitions.set(taskDefinition.family!, revisions);
      this.taskDefinitionTags.set(taskDefinition.taskDefinitionArn!, tags);
    }
    for (const cp of copy.capacityProviders) this.capacityProviders.set(cp.name!, cp);
    for (const { serviceArn, taskSets } of copy.taskSets) this.taskSets.set(serviceArn, taskSets);
    for (const { serviceArn, config } of copy.deploymentScoped) this.deploymentScoped.set(serviceArn, config);
    this.idCounter = copy.idCounter;
  }

  // ---- internals ----------------------------------------------------------------------

  private mustClusterName(ref: string): string {
    const name = this.clusterNameOf(ref);
    if (name === undefined || !this.clusters.has(name)) throw new EcsStateError('ClusterNotFoundException', 'Cluster not found.');
    return name;
  }

  private mustCluster(ref: string): Cluster {
    return this.clusters.get(this.mustClusterName(ref))!;
  }

  private mustService(clusterName: string, ref: string): Service {
    const services = this.services.get(clusterName)!;
    const name = ref.startsWith('arn:') ? serviceNameFromArn(ref, this.serviceArn(clusterName, '')) : ref;
    const service = name === undefined ? undefined : services.get(name);
    if (!service) throw new EcsStateError('ServiceNotFoundException', 'Service not found.');
    return service;
  }

  private findTaskDefinition(ref: string): TaskDefinition | undefined {
    let spec = ref;
    if (ref.startsWith('arn:')) {
      const m = /^arn:aws[\w-]*:ecs:([\w-]+):(\d+):task-definition\/(.+)$/.exec(ref);
      if (!m || m[1] !== this.region || m[2] !== this.accountId) return undefined;
      spec = m[3]!;
    }
    const [family, rev, extra] = spec.split(':');
    if (extra !== undefined || !family) return undefined;
    const revisions = this.taskDefinitions.get(family);
    if (!revisions) return undefined;
    if (rev === undefined) return [...revisions].reverse().find((td) => td.status === 'ACTIVE');
    if (!/^\d+$/.test(rev)) return undefined;
    return revisions[Number(rev) - 1];
  }

  /** Services store the task definition as an ARN, whatever form the caller used. */
  private resolveTaskDefinitionArn(ref: string): string {
    const td = this.findTaskDefinition(ref);
    if (td) return td.taskDefinitionArn!;
    if (ref.startsWith('arn:')) return ref;
    const m = /^([\w-]+):(\d+)$/.exec(ref);
    if (m) return this.taskDefinitionArn(m[1]!, Number(m[2]));
    throw new EcsStateError('ClientException', `TaskDefinition not found: ${ref}`);
  }

  private primaryDeployment(service: Service, now: Date): Deployment {
    const id = `ecs-svc/${this.nextNumericId()}`;
    return {
      id,
      status: 'PRIMARY',
      taskDefinition: service.taskDefinition,
      desiredCount: service.desiredCount,
      pendingCount: 0,
      runningCount: service.desiredCount,
      failedTasks: 0,
      createdAt: now,
      updatedAt: now,
      ...(service.capacityProviderStrategy ? { capacityProviderStrategy: clone(service.capacityProviderStrategy) } : {}),
      ...(service.launchType ? { launchType: service.launchType } : {}),
      ...(service.platformVersion ? { platformVersion: resolvePlatformVersion(service.platformVersion, service.platformFamily) } : {}),
      ...(service.platformFamily ? { platformFamily: service.platformFamily } : {}),
      ...(service.networkConfiguration ? { networkConfiguration: clone(service.networkConfiguration) } : {}),
      ...clone(this.deploymentScoped.get(service.serviceArn!) ?? {}),
      rolloutState: 'COMPLETED',
      rolloutStateReason: `ECS deployment ${id} completed.`,
    };
  }

  private event(message: string, at: Date): { id: string; createdAt: Date; message: string } {
    return { id: uuidLike(++this.idCounter), createdAt: at, message };
  }

  private nextNumericId(): string {
    return String(1_000_000_000_000_000_000n + BigInt(++this.idCounter)).slice(0, 19);
  }

  private refreshClusterCounts(clusterName: string): void {
    const cluster = this.clusters.get(clusterName);
    if (!cluster) return;
    const services = [...(this.services.get(clusterName)?.values() ?? [])];
    cluster.activeServicesCount = services.filter((s) => s.status === 'ACTIVE').length;
    cluster.runningTasksCount = services.reduce((n, s) => n + (s.runningCount ?? 0), 0);
  }
}

function splitDeploymentScoped<T extends DeploymentScopedConfig>(seed: T): { scoped: DeploymentScopedConfig; rest: Omit<T, keyof DeploymentScopedConfig> } {
  const rest = { ...seed } as Record<string, unknown>;
  const scoped: Record<string, unknown> = {};
  for (const key of DEPLOYMENT_SCOPED_KEYS) {
    if (rest[key] !== undefined) scoped[key] = rest[key];
    delete rest[key];
  }
  return { scoped: scoped as DeploymentScopedConfig, rest: rest as Omit<T, keyof DeploymentScopedConfig> };
}

function resolvePlatformVersion(version: string, family: string | undefined): string {
  if (version !== 'LATEST') return version;
  return family?.startsWith('WINDOWS') || family === 'Windows' ? FARGATE_LATEST_PLATFORM_VERSION.Windows : FARGATE_LATEST_PLATFORM_VERSION.Linux;
}

function serviceNameFromArn(arn: string, clusterPrefix: string): string | undefined {
  if (arn.startsWith(clusterPrefix)) return arn.slice(clusterPrefix.length);
  // The legacy short ARN format (no cluster segment) is still accepted by ECS.
  const legacy = /^arn:aws[\w-]*:ecs:[\w-]+:\d+:service\/([^/]+)$/.exec(arn);
  return legacy?.[1];
}

/** Defaults ECS adds on RegisterTaskDefinition and returns from DescribeTaskDefinition. */
function fillContainerDefaults(c: ContainerDefinition, networkMode: string | undefined): ContainerDefinition {
  // In awsvpc and host mode the host port is the container port, so ECS records it.
  const hostPortIsContainerPort = networkMode === 'awsvpc' || networkMode === 'host';
  const portMappings = (c.portMappings ?? []).map((p): PortMapping => ({
    ...p,
    ...(p.hostPort === undefined && hostPortIsContainerPort && p.containerPort !== undefined ? { hostPort: p.containerPort } : {}),
    protocol: p.protocol ?? 'tcp',
  }));
  return {
    ...c,
    cpu: c.cpu ?? 0,
    portMappings,
    essential: c.essential ?? true,
    environment: c.environment ?? [],
    mountPoints: c.mountPoints ?? [],
    volumesFrom: c.volumesFrom ?? [],
    systemControls: c.systemControls ?? [],
  };
}

function requiredAttributes(td: TaskDefinitionSeed): { name: string }[] {
  const names = new Set<string>(['com.amazonaws.ecs.capability.docker-remote-api.1.18']);
  if (td.networkMode === 'awsvpc') names.add('ecs.capability.task-eni');
  if (td.taskRoleArn) names.add('com.amazonaws.ecs.capability.task-iam-role');
  for (const c of td.containerDefinitions) {
    if (c.logConfiguration?.logDriver === 'awslogs') {
      names.add('com.amazonaws.ecs.capability.logging-driver.awslogs');
      if (td.executionRoleArn) names.add('ecs.capability.execution-role-awslogs');
    }
    for (const s of c.secrets ?? []) {
      names.add(s.valueFrom?.startsWith('arn:aws:secretsmanager:') ? 'ecs.capability.secrets.asm.environment-variables' : 'ecs.capability.secrets.ssm.environment-variables');
    }
  }
  return [...names].map((name) => ({ name }));
}

function compatibilities(td: TaskDefinitionSeed): ('EC2' | 'EXTERNAL' | 'FARGATE')[] {
  if (td.requiresCompatibilities?.includes('FARGATE') || (td.networkMode === 'awsvpc' && td.cpu && td.memory)) return ['EC2', 'FARGATE'];
  return ['EXTERNAL', 'EC2'];
}

function uuidLike(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}

function clone<T>(value: T): T {
  return structuredClone(value);
}
