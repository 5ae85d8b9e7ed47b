// aws_ecs_cluster_capacity_providers: read from the cluster's DescribeClusters answer.
import type { Cluster } from '@aws-sdk/client-ecs';
import { capacityProviderName, clusterName } from '../references.js';
import { capacityProviderStrategyView, list, liveCapacityProviderStrategyAsState, pruneView, type Attrs, type View } from './shared.js';

export function clusterCapacityProvidersView(attrs: Attrs): View {
  return pruneView({
    cluster_name: clusterName(attrs.cluster_name),
    capacity_providers: list(attrs.capacity_providers).map(capacityProviderName).filter(Boolean).sort(),
    default_capacity_provider_strategy: capacityProviderStrategyView(attrs.default_capacity_provider_strategy),
  });
}

export function liveClusterCapacityProvidersAsState(cluster: Cluster): Attrs {
  return {
    cluster_name: cluster.clusterName,
    capacity_providers: cluster.capacityProviders ?? [],
    default_capacity_provider_strategy: liveCapacityProviderStrategyAsState(cluster.defaultCapacityProviderStrategy),
  };
}
