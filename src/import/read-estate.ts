// Reads what an import needs from live ECS with the fewest calls: one DescribeClusters (SETTINGS,
// CONFIGURATIONS, TAGS) for all clusters, ListServices pages plus DescribeServices in tens per
// cluster (or only DescribeServices when services were named), one DescribeTaskDefinition (TAGS)
// per revision in use (services' and task sets'), one DescribeTaskSets (TAGS) per EXTERNAL-controller
// service that has task sets, one DescribeCapacityProviders for the custom capacity providers the
// clusters use. Whatever cannot be read becomes a problem line; the rest is still imported.
import type { CapacityProvider, Cluster, Service, TaskSet } from '@aws-sdk/client-ecs';
import { capacityProviderName, clusterName, regionOfArn, serviceName, taskDefinitionRef } from '../drift/references.js';
import type { DescribedTaskDefinition, EcsLiveReader } from '../drift/live-reader.js';

/** FARGATE and FARGATE_SPOT are AWS's own: used by clusters, never imported as resources. */
export const AWS_MANAGED_CAPACITY_PROVIDERS = new Set(['FARGATE', 'FARGATE_SPOT']);

export interface ImportRequest {
  /** Names or ARNs. */
  clusters: string[];
  /** Only these services (names or ARNs); every service of each cluster when empty. */
  services: string[];
  region: string;
}

export interface LiveEstate {
  region: string;
  /** How many clusters were asked for: resource names carry the cluster when more than one was, found or not. */
  requestedClusters: number;
  clusters: Cluster[];
  /** Per cluster name, the services that can be imported (their task definition was read). */
  services: Map<string, Service[]>;
  /**
   * Per service ARN, the task sets of an EXTERNAL-controller service that can be imported (their
   * task definition was read). CODE_DEPLOY task sets are CodeDeploy's: never read or imported.
   */
  taskSets: Map<string, TaskSet[]>;
  /** By `family:revision`. */
  taskDefinitions: Map<string, DescribedTaskDefinition>;
  capacityProviders: CapacityProvider[];
  /** What was asked for or found but cannot be imported, one line each, and why. */
  problems: string[];
}

export async function readEstate(request: ImportRequest, reader: EcsLiveReader): Promise<LiveEstate> {
  const problems: string[] = [];
  const names = [...new Set(request.clusters.map((c) => clusterName(c)))];
  const regions = new Set(request.clusters.map((c) => regionOfArn(c)).filter((r): r is string => !!r && r !== request.region));
  for (const r of regions) problems.push(`cluster ARN in ${r} ignored: this run reads ${request.region} (pass --region ${r})`);
  const region = request.region;
  const clusters: Cluster[] = [];
  const described = await reader.describeClusters(region, names);
  for (const name of names) {
    const outcome = described.get(name);
    if (outcome?.status === 'found') clusters.push(outcome.value);
    else problems.push(`cluster ${name}: not imported: ${outcome?.reason ?? 'not read'}`);
  }

  const services = new Map<string, Service[]>();
  const wanted = request.services.map((s) => serviceName(s));
  await Promise.all(clusters.map(async (cluster) => {
    const name = cluster.clusterName!;
    let serviceNames = wanted;
    if (serviceNames.length === 0) {
      const listed = await reader.listServices(region, name);
      if ('failure' in listed) {
        problems.push(`cluster ${name}: services not imported: ${listed.failure}`);
        return;
      }
      serviceNames = listed.arns.map((arn) => serviceName(arn));
    }
    const outcomes = await reader.describeServices(region, name, serviceNames);
    const found: Service[] = [];
    for (const s of serviceNames) {
      const outcome = outcomes.get(s);
      if (outcome?.status === 'found') found.push(outcome.value);
      else problems.push(`service ${s} in cluster ${name}: not imported: ${outcome?.reason ?? 'not read'}`);
    }
    services.set(name, found);
  }));

  // Task sets: aws_ecs_task_set manages only task sets of an EXTERNAL deployment controller
  // (CreateTaskSet and DescribeTaskSets refuse any other service: "Amazon ECS only supports task set
  // management on services configured to use external deployment controllers", API_CreateTaskSet).
  // A CODE_DEPLOY service's task sets are created and replaced by CodeDeploy on every deployment:
  // they are not Terraform's, so they are neither read nor imported (the service is).
  // DescribeServices embeds them without tags; one DescribeTaskSets with TAGS per service reads them whole.
  const taskSets = new Map<string, TaskSet[]>();
  await Promise.all([...services].flatMap(([cluster, list]) => list
    .filter((s) => s.deploymentController?.type === 'EXTERNAL' && (s.taskSets ?? []).length > 0)
    .map(async (s) => {
      const ids = s.taskSets!.map((ts) => ts.id!).filter(Boolean);
      const outcomes = await reader.describeTaskSets(region, cluster, s.serviceName!, ids);
      const found: TaskSet[] = [];
      for (const id of ids) {
        const outcome = outcomes.get(id);
        if (outcome?.status === 'found') found.push(outcome.value);
        else problems.push(`task set ${id} of service ${s.serviceName} in cluster ${cluster}: not imported: ${outcome?.reason ?? 'not read'}`);
      }
      taskSets.set(s.serviceArn!, found);
    })));

  const taskDefinitions = new Map<string, DescribedTaskDefinition>();
  const refs = [...new Set([...[...services.values()].flat().map((s) => s.taskDefinition), ...[...taskSets.values()].flat().map((ts) => ts.taskDefinition)]
    .map((td) => taskDefinitionRef(td)).filter(Boolean))];
  const unreadable = new Map<string, string>();
  await Promise.all(refs.map(async (ref) => {
    const outcome = await reader.describeTaskDefinition(region, ref);
    if (outcome.status === 'found') taskDefinitions.set(ref, outcome.value);
    else unreadable.set(ref, outcome.reason);
  }));
  for (const [cluster, list] of services) {
    services.set(cluster, list.filter((s) => {
      const ref = taskDefinitionRef(s.taskDefinition);
      if (!ref) {
        // An EXTERNAL deployment controller keeps task definitions on task sets, not on the service:
        // aws_ecs_service represents it without `task_definition`.
        if (s.deploymentController?.type === 'EXTERNAL') return true;
        problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: it has no task definition`);
        return false;
      }
      const why = unreadable.get(ref);
      if (why === undefined) return true;
      problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: its task definition cannot be imported: ${why}; register a new revision and update the service, then import again`);
      return false;
    }));
    for (const s of services.get(cluster)!) {
      const sets = taskSets.get(s.serviceArn!);
      if (!sets) continue;
      taskSets.set(s.serviceArn!, sets.filter((ts) => {
        const why = unreadable.get(taskDefinitionRef(ts.taskDefinition));
        if (why === undefined) return true;
        problems.push(`task set ${ts.id} of service ${s.serviceName} in cluster ${cluster}: not imported: its task definition cannot be imported: ${why}`);
        return false;
      }));
    }
  }

  const custom = [...new Set(clusters.flatMap((c) => (c.capacityProviders ?? []).map((cp) => capacityProviderName(cp))))]
    .filter((cp) => !AWS_MANAGED_CAPACITY_PROVIDERS.has(cp)).sort();
  const capacityProviders: CapacityProvider[] = [];
  if (custom.length) {
    const outcomes = await reader.describeCapacityProviders(region, custom);
    for (const name of custom) {
      const outcome = outcomes.get(name);
      if (outcome?.status === 'found') capacityProviders.push(outcome.value);
      else problems.push(`capacity provider ${name}: not imported: ${outcome?.reason ?? 'not read'}`);
    }
  }
  return { region, requestedClusters: names.length, clusters, services, taskSets, taskDefinitions, capacityProviders, problems };
}
