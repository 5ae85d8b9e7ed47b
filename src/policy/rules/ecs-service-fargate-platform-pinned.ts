import type { ResourceModel } from '../../terraform/model.js';
import { nestedBlocks, readAttribute, unknownNestedBlock } from '../resource-values.js';
import type { Rule } from '../rule.js';

type LaunchKind = { kind: 'fargate' } | { kind: 'other' } | { kind: 'unknown'; why: string };

const FARGATE_PROVIDERS = new Set(['FARGATE', 'FARGATE_SPOT']);

function launchKind(resource: ResourceModel): LaunchKind {
  const launchType = readAttribute(resource.body, 'launch_type');
  if (launchType.kind === 'unknown') return { kind: 'unknown', why: `launch_type: ${launchType.reason}` };
  if (launchType.kind === 'known') return launchType.text === 'FARGATE' ? { kind: 'fargate' } : { kind: 'other' };
  const unknownStrategy = unknownNestedBlock(resource.body, 'capacity_provider_strategy');
  const strategies = nestedBlocks(resource.body, 'capacity_provider_strategy');
  let unknownWhy = unknownStrategy ? `capacity_provider_strategy: ${unknownStrategy.reason}` : undefined;
  for (const s of strategies) {
    const provider = readAttribute(s, 'capacity_provider');
    if (provider.kind === 'known' && provider.text && FARGATE_PROVIDERS.has(provider.text)) return { kind: 'fargate' };
    if (provider.kind === 'unknown') unknownWhy ??= `capacity_provider: ${provider.reason}`;
  }
  if (unknownWhy) return { kind: 'unknown', why: unknownWhy };
  if (strategies.length > 0) return { kind: 'other' };
  // Neither is set: the cluster's default capacity provider strategy decides, which the service does not show.
  return { kind: 'unknown', why: 'no launch_type or capacity_provider_strategy; the cluster default strategy decides' };
}

export const ecsServiceFargatePlatformPinned: Rule = {
  id: 'ecs-service-fargate-platform-pinned',
  severity: 'low',
  title: 'Fargate service pinned to an old platform version',
  description:
    'A pinned Fargate platform version stops receiving the kernel and runtime security patches that `LATEST` gets, and AWS retires old versions with short notice.',
  fix: 'Remove `platform_version` or set it to `"LATEST"`.',
  references: ['AWS Security Hub ECS.10', 'CKV_AWS_332'],
  resourceTypes: ['aws_ecs_service'],
  check(resource, context) {
    const pv = readAttribute(resource.body, 'platform_version');
    if (pv.kind === 'absent') return;
    if (pv.kind === 'unknown') return context.notEvaluated(`platform_version: ${pv.reason}`, pv.loc);
    if (pv.text === undefined || pv.text.toUpperCase() === 'LATEST') return;
    const launch = launchKind(resource);
    if (launch.kind === 'other') return;
    if (launch.kind === 'unknown') return context.notEvaluated(`platform_version "${pv.text}": ${launch.why}`, pv.loc);
    context.report({
      loc: pv.loc,
      attributePath: 'platform_version',
      message: `The Fargate service is pinned to platform version "${pv.text}" and misses the patches of newer versions.`,
      suggestion: { from: `"${pv.text}"`, to: '"LATEST"' },
    });
  },
};
