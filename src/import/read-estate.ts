// Reads what an import needs from live ECS with the fewest calls: one DescribeClusters (SETTINGS,
// CONFIGURATIONS, TAGS) for all clusters, ListServices pages plus DescribeServices in tens per
// cluster (or only DescribeServices when services were named), one DescribeTaskDefinition (TAGS)
// per revision in use, one DescribeCapacityProviders for the custom capacity providers the clusters
// use. Whatever cannot be read becomes a problem line; the rest is still imported.
import type { CapacityProvider, Cluster, Service } from '@aws-sdk/client-ecs';
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

  const taskDefinitions = new Map<string, DescribedTaskDefinition>();
  const refs = [...new Set([...services.values()].flat().map((s) => taskDefinitionRef(s.taskDefinition)).filter(Boolean))];
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
        // aws_ecs_service represents it without `task_definition`. Its task sets are not generated.
        if (s.deploymentController?.type === 'EXTERNAL') {
          for (const ts of s.taskSets ?? []) problems.push(`task set ${ts.id} of service ${s.serviceName} in cluster ${cluster}: not imported: aws_ecs_task_set is not generated yet (the service itself is)`);
          return true;
        }
        problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: it has no task definition`);
        return false;
      }
      const why = unreadable.get(ref);
      if (why === undefined) return true;
      problems.push(`service ${s.serviceName} in cluster ${cluster}: not imported: its task definition cannot be imported: ${why}; register a new revision and update the service, then import again`);
      return false;
    }));
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
  return { region, requestedClusters: names.length, clusters, services, taskDefinitions, capacityProviders, problems };
}
