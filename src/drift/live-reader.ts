// The live side: batched ECS reads with bounded concurrency, a per-second ceiling and a
// count of calls per operation. Every read ends in an outcome, never an exception: found,
// missing (ECS says it does not exist) or unverified (we could not tell, with the reason).
import {
  DescribeCapacityProvidersCommand,
  DescribeClustersCommand,
  DescribeServicesCommand,
  DescribeTaskDefinitionCommand,
  DescribeTaskSetsCommand,
  ListServicesCommand,
  type CapacityProvider,
  type Cluster,
  type ECSClient,
  type Failure,
  type Service,
  type Tag,
  type TaskDefinition,
  type TaskSet,
} from '@aws-sdk/client-ecs';
import type { Logger } from '../logger.js';
import { awsErrorMessage, awsFailureOf, describeAwsFailure } from './aws-clients.js';
import { capacityProviderName, clusterName, serviceName, taskDefinitionRef } from './references.js';
import type { RequestScheduler } from './request-scheduler.js';

export type ReadOutcome<T> =
  | { status: 'found'; value: T }
  | { status: 'missing'; reason: string }
  | { status: 'unverified'; reason: string };

/** ECS batch limits (API reference: DescribeClusters 100, DescribeServices 10, DescribeCapacityProviders 100, ListServices 100). */
export const DESCRIBE_CLUSTERS_BATCH = 100;
export const DESCRIBE_SERVICES_BATCH = 10;
export const DESCRIBE_CAPACITY_PROVIDERS_BATCH = 100;
export const LIST_SERVICES_PAGE = 100;

export interface DescribedTaskDefinition {
  taskDefinition: TaskDefinition;
  tags: Tag[];
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function errorName(error: unknown): string {
  const e = error as { name?: string; Code?: string; code?: string };
  return e.name ?? e.Code ?? e.code ?? 'Error';
}

function oneLine(text: unknown): string {
  return String(text ?? '').replace(/\s+/g, ' ').trim().slice(0, 300);
}

export function isAccessDenied(error: unknown): boolean {
  const name = errorName(error);
  return /AccessDenied|UnauthorizedOperation|UnrecognizedClient|InvalidClientTokenId|ExpiredToken/i.test(name)
    || (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 403;
}

/**
 * Why a read failed, in one line a user can act on: the request named (service, operation,
 * target, region), AWS's answer, the attempts and what to check (aws-clients.ts). `what` names
 * the target for clients built without the naming middleware.
 */
export function describeReadError(error: unknown, operation: string, what: string, region: string): string {
  return describeAwsFailure(awsFailureOf(error, { service: 'ECS', operation, target: what, region }));
}

export class EcsLiveReader {
  readonly calls: Record<string, number> = {};
  private readonly taskDefinitions = new Map<string, Promise<ReadOutcome<DescribedTaskDefinition>>>();
  private readonly clients = new Map<string, ECSClient>();

  constructor(
    private readonly ecsFor: (region: string) => ECSClient,
    private readonly scheduler: RequestScheduler,
    private readonly logger: Logger,
  ) {}

  /** One client per region, reused by all its requests (connections, credentials). */
  private ecs(region: string): ECSClient {
    let client = this.clients.get(region);
    if (!client) {
      client = this.ecsFor(region);
      this.clients.set(region, client);
    }
    return client;
  }

  private async send<T>(region: string, operation: string, command: object): Promise<T> {
    return this.scheduler.run(async () => {
      this.calls[operation] = (this.calls[operation] ?? 0) + 1;
      this.logger.debug(`ECS ${operation} (${region})`);
      return (await this.ecs(region).send(command as never)) as T;
    });
  }

  /**
   * Runs a batched describe. When a batch is denied, its items are retried one by one, since
   * IAM policies scoped to resources deny a batch that names any resource outside them.
   */
  private async batched<R>(
    names: string[],
    size: number,
    call: (batch: string[]) => Promise<Map<string, ReadOutcome<R>>>,
    describeError: (error: unknown, batch: string[]) => string,
  ): Promise<Map<string, ReadOutcome<R>>> {
    const results = new Map<string, ReadOutcome<R>>();
    const run = async (batch: string[]): Promise<void> => {
      try {
        for (const [k, v] of await call(batch)) results.set(k, v);
      } catch (error) {
        if (batch.length > 1 && isAccessDenied(error)) {
          await Promise.all(batch.map((name) => run([name])));
          return;
        }
        const reason = describeError(error, batch);
        for (const name of batch) results.set(name, { status: 'unverified', reason });
      }
    };
    await Promise.all(chunk(names, size).map(run));
    return results;
  }

  /** Keyed by cluster name. MISSING failures and INACTIVE clusters are `missing`. */
  describeClusters(region: string, names: string[]): Promise<Map<string, ReadOutcome<Cluster>>> {
    return this.batched(names, DESCRIBE_CLUSTERS_BATCH, async (batch) => {
      const response = await this.send<{ clusters?: Cluster[]; failures?: Failure[] }>(region, 'DescribeClusters',
        new DescribeClustersCommand({ clusters: batch, include: ['SETTINGS', 'CONFIGURATIONS', 'TAGS'] }));
      const out = new Map<string, ReadOutcome<Cluster>>();
      for (const cluster of response.clusters ?? []) {
        const name = cluster.clusterName ?? clusterName(cluster.clusterArn);
        out.set(name, cluster.status === 'INACTIVE'
          ? { status: 'missing', reason: `cluster ${name} is INACTIVE (deleted)` }
          : { status: 'found', value: cluster });
      }
      for (const failure of response.failures ?? []) {
        const name = clusterName(failure.arn);
        out.set(name, failureOutcome(failure, `cluster ${name}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: 'unverified', reason: `DescribeClusters in ${region} returned nothing for cluster ${name}` });
      return out;
    }, (error, batch) => describeReadError(error, 'DescribeClusters', batch.length === 1 ? `cluster ${batch[0]}` : `clusters ${batch.join(', ')}`, region));
  }

  /** Keyed by service name, for one cluster. MISSING failures and INACTIVE/DRAINING services are `missing`. */
  describeServices(region: string, cluster: string, names: string[]): Promise<Map<string, ReadOutcome<Service>>> {
    return this.batched(names, DESCRIBE_SERVICES_BATCH, async (batch) => {
      const response = await this.send<{ services?: Service[]; failures?: Failure[] }>(region, 'DescribeServices',
        new DescribeServicesCommand({ cluster, services: batch, include: ['TAGS'] }));
      const out = new Map<string, ReadOutcome<Service>>();
      for (const service of response.services ?? []) {
        const name = service.serviceName ?? serviceName(service.serviceArn);
        out.set(name, service.status === 'INACTIVE' || service.status === 'DRAINING'
          ? { status: 'missing', reason: `service ${name} in cluster ${cluster} is ${service.status} (deleted)` }
          : { status: 'found', value: service });
      }
      for (const failure of response.failures ?? []) {
        const name = serviceName(failure.arn);
        out.set(name, failureOutcome(failure, `service ${name} in cluster ${cluster}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: 'unverified', reason: `DescribeServices in ${region} returned nothing for service ${name} in cluster ${cluster}` });
      return out;
    }, (error, batch) => describeReadError(error, 'DescribeServices', `cluster ${cluster}${batch.length === 1 ? ` (service ${batch[0]})` : ''}`, region));
  }

  describeCapacityProviders(region: string, names: string[]): Promise<Map<string, ReadOutcome<CapacityProvider>>> {
    return this.batched(names, DESCRIBE_CAPACITY_PROVIDERS_BATCH, async (batch) => {
      const response = await this.send<{ capacityProviders?: CapacityProvider[]; failures?: Failure[] }>(region, 'DescribeCapacityProviders',
        new DescribeCapacityProvidersCommand({ capacityProviders: batch, include: ['TAGS'] }));
      const out = new Map<string, ReadOutcome<CapacityProvider>>();
      for (const cp of response.capacityProviders ?? []) {
        const name = cp.name ?? capacityProviderName(cp.capacityProviderArn);
        out.set(name, cp.status === 'INACTIVE'
          ? { status: 'missing', reason: `capacity provider ${name} is INACTIVE (deleted)` }
          : { status: 'found', value: cp });
      }
      for (const failure of response.failures ?? []) {
        const name = capacityProviderName(failure.arn);
        out.set(name, failureOutcome(failure, `capacity provider ${name}`, region));
      }
      for (const name of batch) if (!out.has(name)) out.set(name, { status: 'unverified', reason: `DescribeCapacityProviders in ${region} returned nothing for ${name}` });
      return out;
    }, (error, batch) => describeReadError(error, 'DescribeCapacityProviders', batch.length === 1 ? `capacity provider ${batch[0]}` : 'capacity providers', region));
  }

  /** Each distinct `family:revision` per region is described once, however often it is asked for. */
  describeTaskDefinition(region: string, reference: string): Promise<ReadOutcome<DescribedTaskDefinition>> {
    const ref = taskDefinitionRef(reference);
    const key = `${region}\u0000${ref}`;
    let pending = this.taskDefinitions.get(key);
    if (!pending) {
      pending = this.readTaskDefinition(region, ref);
      this.taskDefinitions.set(key, pending);
    }
    return pending;
  }

  private async readTaskDefinition(region: string, ref: string): Promise<ReadOutcome<DescribedTaskDefinition>> {
    try {
      const response = await this.send<{ taskDefinition?: TaskDefinition; tags?: Tag[] }>(region, 'DescribeTaskDefinition',
        new DescribeTaskDefinitionCommand({ taskDefinition: ref, include: ['TAGS'] }));
      if (!response.taskDefinition) return { status: 'missing', reason: `task definition ${ref} not found in ${region}` };
      const status = response.taskDefinition.status;
      if (status === 'INACTIVE' || status === 'DELETE_IN_PROGRESS') {
        return { status: 'missing', reason: `task definition ${ref} is ${status} (deregistered)` };
      }
      return { status: 'found', value: { taskDefinition: response.taskDefinition, tags: response.tags ?? [] } };
    } catch (error) {
      // ECS answers an unknown task definition with ClientException "Unable to describe task definition."
      if (errorName(error) === 'ClientException' && /unable to describe task definition|not found|does not exist/i.test(awsErrorMessage(error))) {
        return { status: 'missing', reason: `task definition ${ref} not found in ${region}` };
      }
      return { status: 'unverified', reason: describeReadError(error, 'DescribeTaskDefinition', `task definition ${ref}`, region) };
    }
  }

  /**
   * Task sets of a service, keyed by id. Only needed when DescribeServices did not embed a
   * task set the state expects (ECS embeds them for EXTERNAL and CODE_DEPLOY services).
   */
  async describeTaskSets(region: string, cluster: string, service: string, ids: string[]): Promise<Map<string, ReadOutcome<TaskSet>>> {
    const out = new Map<string, ReadOutcome<TaskSet>>();
    try {
      const response = await this.send<{ taskSets?: TaskSet[]; failures?: Failure[] }>(region, 'DescribeTaskSets',
        new DescribeTaskSetsCommand({ cluster, service, taskSets: ids, include: ['TAGS'] }));
      for (const ts of response.taskSets ?? []) if (ts.id) out.set(ts.id, { status: 'found', value: ts });
      for (const failure of response.failures ?? []) {
        const id = ids.find((i) => failure.arn === i || failure.arn?.endsWith(`/${i}`)) ?? String(failure.arn);
        out.set(id, failureOutcome(failure, `task set ${id} of service ${service}`, region));
      }
    } catch (error) {
      const reason = describeReadError(error, 'DescribeTaskSets', `service ${service} in cluster ${cluster}`, region);
      for (const id of ids) out.set(id, { status: 'unverified', reason });
    }
    for (const id of ids) if (!out.has(id)) out.set(id, { status: 'missing', reason: `task set ${id} of service ${service} not found in ${region}` });
    return out;
  }

  /** All service ARNs of a cluster, following `nextToken`. */
  async listServices(region: string, cluster: string): Promise<{ arns: string[] } | { failure: string }> {
    const arns: string[] = [];
    let nextToken: string | undefined;
    try {
      do {
        const response = await this.send<{ serviceArns?: string[]; nextToken?: string }>(region, 'ListServices',
          new ListServicesCommand({ cluster, maxResults: LIST_SERVICES_PAGE, nextToken }));
        arns.push(...(response.serviceArns ?? []));
        nextToken = response.nextToken || undefined;
      } while (nextToken);
      return { arns };
    } catch (error) {
      return { failure: describeReadError(error, 'ListServices', `cluster ${cluster}`, region) };
    }
  }
}

function failureOutcome<T>(failure: Failure, what: string, region: string): ReadOutcome<T> {
  const reason = failure.reason ?? 'unknown failure';
  if (reason === 'MISSING') return { status: 'missing', reason: `${what} not found in ${region} (MISSING)` };
  if (/access ?denied/i.test(reason)) return { status: 'unverified', reason: `access denied: ${what} in ${region} (${reason})` };
  return { status: 'unverified', reason: `${what} in ${region}: ${reason}${failure.detail ? ` (${oneLine(failure.detail)})` : ''}` };
}
