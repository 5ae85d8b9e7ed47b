// All attribute tables, in the order of docs/drift-attributes.md (generated from them).
import { renderDriftAttributesDoc, type AttributeTable } from './attribute-table.js';
import { CAPACITY_PROVIDER_ATTRIBUTES } from './resources/capacity-provider.js';
import { CLUSTER_CAPACITY_PROVIDERS_ATTRIBUTES } from './resources/cluster-capacity-providers.js';
import { CLUSTER_ATTRIBUTES } from './resources/cluster.js';
import { SERVICE_ATTRIBUTES } from './resources/service.js';
import { TASK_DEFINITION_ATTRIBUTES } from './resources/task-definition.js';
import { TASK_SET_ATTRIBUTES } from './resources/task-set.js';

export const ATTRIBUTE_TABLES: AttributeTable[] = [
  SERVICE_ATTRIBUTES,
  TASK_DEFINITION_ATTRIBUTES,
  CLUSTER_ATTRIBUTES,
  CLUSTER_CAPACITY_PROVIDERS_ATTRIBUTES,
  CAPACITY_PROVIDER_ATTRIBUTES,
  TASK_SET_ATTRIBUTES,
];

export function driftAttributesDoc(): string {
  return renderDriftAttributesDoc(ATTRIBUTE_TABLES);
}
