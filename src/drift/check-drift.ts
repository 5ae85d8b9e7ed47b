// The drift phase as the CLI and the action run it: compare the states with live ECS, then ask
// CloudTrail who changed what drifted and reclassify (autoscaling and CodeDeploy changes are
// expected; the pipeline's own changes mean the state is stale).
import type { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import type { Logger } from '../logger.js';
import type { Settings, StateSetting } from '../settings.js';
import type { ConfigurationModel } from '../terraform/model.js';
import { cloudTrailClient, ecsClient, s3Client, type AwsClientOptions } from './aws-clients.js';
import { attributeDrift, reclassify, type Attribution } from './attribution.js';
import { detectDrift, type DriftClients, type DriftRun } from './detect-drift.js';
import { applyDriftExceptions } from './drift-exceptions.js';

export interface DriftCheckClients extends DriftClients {
  cloudtrail(region: string): CloudTrailClient;
}

export interface DriftCheck {
  run: DriftRun;
  /** CloudTrail attribution of drifted, missing and unmanaged resources, by address. */
  attributions: Map<string, Attribution>;
}

/**
 * Clients from the SDK's default credential chain (endpoints honour AWS_ENDPOINT_URL_*), one per
 * region, built by aws-clients.ts: bounded retries charged to the run's wait budget, and failed
 * calls named in their errors and in `options.logger`.
 */
export function defaultDriftClients(region: string | undefined, options: AwsClientOptions = {}): DriftCheckClients {
  const ecs = new Map<string, ReturnType<typeof ecsClient>>();
  const cloudtrail = new Map<string, CloudTrailClient>();
  return {
    ecs: (r) => ecs.get(r) ?? ecs.set(r, ecsClient(r, options)).get(r)!,
    s3: s3Client(region ?? 'us-east-1', options),
    cloudtrail: (r) => cloudtrail.get(r) ?? cloudtrail.set(r, cloudTrailClient(r, options)).get(r)!,
  };
}

export async function checkDrift(
  settings: Pick<Settings, 'repoRoot' | 'awsRegion' | 'drift' | 'now' | 'policy'>,
  states: StateSetting[],
  configuration: ConfigurationModel,
  clients: DriftCheckClients,
  logger: Logger,
): Promise<DriftCheck> {
  const run = await detectDrift(
    {
      repoRoot: settings.repoRoot,
      states,
      region: settings.awsRegion,
      expected: settings.drift.expected,
      ignore: settings.drift.ignore,
      maxConcurrency: settings.drift.maxConcurrency,
      maxRequestsPerSecond: settings.drift.maxRequestsPerSecond,
      configuration,
    },
    clients,
    logger,
  );
  const accepted = { ...run, results: applyDriftExceptions(run.results, settings.policy.exceptions, settings.now) };
  const changed = accepted.results.filter((r) => r.status === 'drifted' || r.status === 'missing' || r.status === 'unmanaged');
  if (!settings.drift.attribution || changed.length === 0) return { run: accepted, attributions: new Map() };
  const attributions = await attributeDrift(changed, {
    cloudtrail: clients.cloudtrail,
    since: (r) => run.stateWrittenAt.get(r.stateFile),
    now: settings.now,
    pipelineRoleArns: settings.drift.pipelineRoles,
    logger,
    // ResourceName lookups depend on CloudTrail filling `resources` for ECS events, which is not
    // documented; one lookup per ECS write operation over the window always sees them.
    strategy: 'event-name',
  });
  const results = accepted.results.map((r) => {
    const attribution = attributions.get(r.address);
    return attribution ? { ...reclassify(r, attribution, settings.drift.pipelineRoles), attribution } : r;
  });
  return { run: { ...accepted, results }, attributions };
}
