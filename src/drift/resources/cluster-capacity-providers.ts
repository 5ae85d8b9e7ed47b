// aws_ecs_cluster_capacity_providers: read from the cluster's DescribeClusters answer.
import type { Cluster } from '@aws-sdk/client-ecs';
import { capacityProviderName, clusterName } from '../references.js';
import { attributeRows, type AttributeTable } from '../attribute-table.js';
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

export const CLUSTER_CAPACITY_PROVIDERS_ATTRIBUTES: AttributeTable = {
  resourceType: 'aws_ecs_cluster_capacity_providers',
  api: 'DescribeClusters of its cluster (no extra call)',
  rows: attributeRows('internal/service/ecs/cluster_capacity_providers.go', `
    id | clusterName | not compared | identity
    cluster_name | clusterName | config | ForceNew; name or ARN, compared as a name
    capacity_providers | capacityProviders | config | a set of names (ARNs reduced to names)
    default_capacity_provider_strategy | defaultCapacityProviderStrategy | config | a set keyed by capacity_provider
    default_capacity_provider_strategy.capacity_provider | defaultCapacityProviderStrategy[].capacityProvider | config | the key
    default_capacity_provider_strategy.base | defaultCapacityProviderStrategy[].base | config | absent equals 0
    default_capacity_provider_strategy.weight | defaultCapacityProviderStrategy[].weight | config | absent equals 0
    region (v6) | - | not compared | v6 per-resource region (Optional+Computed): with no ARN in this resource, it says where the cluster is read from
  `),
};
