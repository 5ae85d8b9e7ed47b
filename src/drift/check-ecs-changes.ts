// The event mode's engine: for a batch of ECS API calls (ecs-events.ts), check only the resources
// they touched, against the states that hold them, and say what happened to every call. Several
// calls to one resource (RegisterTaskDefinition then UpdateService) lead to one check of it, so
// one issue update; the attribution comes from the calls themselves.
import type { Logger } from '../logger.js';
import type { Attribution, AttributedEvent, DriftResult } from '../report/model.js';
import type { StateSetting } from '../settings.js';
import type { ConfigurationModel } from '../terraform/model.js';
import { reclassify } from './attribution.js';
import { detectDrift, type DriftClients, type DriftRule, type DriftRun } from './detect-drift.js';
import {
  attributedEventOf,
  controlPlaneSubject,
  readEcsChangePayload,
  sourceIpOf,
  touches,
  treatmentOf,
  type EcsChangeEvent,
  type EventScope,
  type RejectedEvent,
  type Touch,
} from './ecs-events.js';
import { clusterOfServiceArn, serviceName } from './references.js';
import type { StateResource } from './state-reader.js';

export interface EcsChangeInput {
  payload: unknown;
  scope: EventScope;
  repoRoot: string;
  states: StateSetting[];
  configuration: ConfigurationModel;
  region?: string;
  pipelineRoleArns: string[];
  expected?: DriftRule[];
  ignore?: DriftRule[];
  maxConcurrency?: number;
  maxRequestsPerSecond?: number;
}

/** What became of one call. */
export interface EventOutcome {
  eventId: string;
  name: string;
  time: string;
  principal: string;
  outcome: 'checked' | 'unmanaged' | 'control-plane' | 'pipeline' | 'routine' | 'not-managed';
  /** Addresses checked because of it, or a sentence for the other outcomes. */
  detail: string;
}

/** A change to the ground the workloads run on, for the owners of the cluster's module. */
export interface ControlPlaneChange {
  /** Stable per subject, so that later calls update the same issue. */
  key: string;
  account: string;
  region: string;
  cluster?: string;
  /** The declaring file of the cluster, when a state and the code hold it. */
  file?: string;
  line?: number;
  module?: string;
  changes: { what: string; event: AttributedEvent; sourceIp?: string }[];
}

export interface EcsChangeCheck {
  run: DriftRun;
  attributions: Map<string, Attribution>;
  controlPlane: ControlPlaneChange[];
  outcomes: EventOutcome[];
  rejected: RejectedEvent[];
  duplicates: number;
}

const resultKey = (r: { stateFile: string; address: string }): string => `${r.stateFile}\u0000${r.address}`;
const serviceKey = (region: string | undefined, cluster: string | undefined, service: string | undefined): string => `${region ?? ''}\u0000${cluster ?? ''}\u0000${service ?? ''}`;

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export async function checkEcsChanges(input: EcsChangeInput, clients: DriftClients, logger: Logger): Promise<EcsChangeCheck> {
  const reading = readEcsChangePayload(input.payload, input.scope);
  for (const r of reading.rejected) logger.warning(`Event ${r.id ?? `#${r.index + 1}`} ignored: ${r.why}.`);
  if (reading.duplicates) logger.info(`${reading.duplicates} repeated deliveries of the same API call(s) ignored.`);

  const outcomes: EventOutcome[] = [];
  const checkTouches: { event: EcsChangeEvent; touch: Touch }[] = [];
  const createTouches: { event: EcsChangeEvent; touch: Touch }[] = [];
  const controlEvents: EcsChangeEvent[] = [];
  const outcomeOf = (e: EcsChangeEvent, outcome: EventOutcome['outcome'], detail: string): EventOutcome => {
    const attributed = attributedEventOf(e, input.pipelineRoleArns);
    const out: EventOutcome = { eventId: e.eventId, name: e.name, time: attributed.eventTime, principal: attributed.principal, outcome, detail };
    outcomes.push(out);
    return out;
  };
  const pending = new Map<EcsChangeEvent, EventOutcome>();
  for (const e of reading.events) {
    const treatment = treatmentOf(e, input.pipelineRoleArns);
    switch (treatment.kind) {
      case 'pipeline':
        outcomeOf(e, 'pipeline', 'the pipeline is applying; the state will follow, and the next scheduled drift run reconciles it');
        break;
      case 'routine':
        outcomeOf(e, 'routine', treatment.why);
        break;
      case 'control-plane':
        controlEvents.push(e);
        outcomeOf(e, 'control-plane', controlPlaneSubject(e).what);
        break;
      case 'check':
      case 'create':
        for (const touch of treatment.touches) (treatment.kind === 'create' && touch.kind === 'service' ? createTouches : checkTouches).push({ event: e, touch });
        pending.set(e, outcomeOf(e, 'not-managed', treatment.touches.length ? 'no Terraform state this repository checks holds what it changed' : 'the call names no resource'));
        break;
    }
  }

  // Which state resources the calls touched; a creation is checked as the service it made when a
  // state holds it (re-created), else as an unmanaged service when a state holds its cluster.
  const touchedBy = new Map<string, EcsChangeEvent[]>();
  const inManagedCluster = new Set<Touch>();
  const only = (resource: StateResource): boolean => {
    let hit = false;
    for (const { event, touch } of [...checkTouches, ...createTouches]) {
      if (touches(touch, resource, input.region)) {
        const key = resultKey(resource);
        touchedBy.set(key, [...(touchedBy.get(key) ?? []), event]);
        hit = true;
      }
    }
    if (resource.type === 'aws_ecs_cluster') {
      for (const { touch } of createTouches) {
        if (str(resource.attributes.name) === touch.cluster && touches({ ...touch, kind: 'cluster' }, resource, input.region)) {
          inManagedCluster.add(touch);
          hit = true;
        }
      }
    }
    return hit;
  };

  const anything = checkTouches.length + createTouches.length > 0;
  const run: DriftRun = anything
    ? await detectDrift(
        {
          repoRoot: input.repoRoot,
          states: input.states,
          region: input.region,
          expected: input.expected,
          ignore: input.ignore,
          maxConcurrency: input.maxConcurrency,
          maxRequestsPerSecond: input.maxRequestsPerSecond,
          configuration: input.configuration,
          only,
        },
        clients,
        logger,
      )
    : { results: [], errors: [], stats: { calls: {} }, stateWrittenAt: new Map() };

  // Results: the touched resources, and unmanaged services only where a call created them (a
  // listing of the cluster finds every unmanaged service; the others are the nightly run's).
  const created = new Set(createTouches.filter((c) => inManagedCluster.has(c.touch)).map((c) => serviceKey(c.touch.region, c.touch.cluster, c.touch.service)));
  const results: DriftResult[] = [];
  const attributions = new Map<string, Attribution>();
  for (const result of run.results) {
    let events: EcsChangeEvent[] | undefined;
    if (result.status === 'unmanaged') {
      const key = serviceKey(result.region, clusterOfServiceArn(result.id), serviceName(result.id));
      if (!created.has(key)) continue;
      events = createTouches.filter((c) => serviceKey(c.touch.region, c.touch.cluster, c.touch.service) === key).map((c) => c.event);
    } else {
      events = touchedBy.get(resultKey(result));
      // A cluster read only to list its services for a creation is not itself reported.
      if (!events) continue;
    }
    const attribution: Attribution = { status: 'found', events: [...new Set(events)].sort((a, b) => b.time.getTime() - a.time.getTime()).map((e) => attributedEventOf(e, input.pipelineRoleArns)) };
    attributions.set(result.address, attribution);
    results.push({ ...reclassify(result, attribution, input.pipelineRoleArns), attribution });
    for (const e of events) {
      const o = pending.get(e);
      if (!o) continue;
      if (o.outcome === 'not-managed') {
        o.outcome = result.status === 'unmanaged' ? 'unmanaged' : 'checked';
        o.detail = '';
      }
      o.detail = [o.detail, `${result.address}: ${result.status}`].filter(Boolean).join('; ');
    }
  }

  const controlPlane = groupControlPlane(controlEvents, input, logger);
  return { run: { ...run, results }, attributions, controlPlane, outcomes, rejected: reading.rejected, duplicates: reading.duplicates };
}

function groupControlPlane(events: EcsChangeEvent[], input: EcsChangeInput, logger: Logger): ControlPlaneChange[] {
  if (events.length === 0) return [];
  // The cluster's declaring file decides its owners: the code resource of the state's aws_ecs_cluster.
  const clusters = input.configuration.resources.filter((r) => r.mode === 'managed' && r.type === 'aws_ecs_cluster');
  const byKey = new Map<string, ControlPlaneChange>();
  for (const e of events) {
    const subject = controlPlaneSubject(e);
    const key = subject.cluster ? `control-plane:${e.account}:${e.region}:cluster/${subject.cluster}` : `control-plane:${e.account}:${e.region}:account-settings`;
    let change = byKey.get(key);
    if (!change) {
      const declared = subject.cluster ? clusters.find((r) => { const v = r.body.attributes.get('name')?.value; return v?.kind === 'string' && v.value === subject.cluster; }) : undefined;
      change = {
        key,
        account: e.account,
        region: e.region,
        ...(subject.cluster ? { cluster: subject.cluster } : {}),
        ...(declared ? { file: declared.loc.file, line: declared.loc.line, module: declared.moduleDir } : {}),
        changes: [],
      };
      byKey.set(key, change);
    }
    const sourceIp = sourceIpOf(e);
    change.changes.push({ what: subject.what, event: attributedEventOf(e, input.pipelineRoleArns), ...(sourceIp ? { sourceIp } : {}) });
  }
  for (const c of byKey.values()) logger.info(`Control-plane change${c.cluster ? ` in cluster ${c.cluster}` : ''} (${c.region}): ${c.changes.map((x) => `${x.what} by ${x.event.principal}`).join('; ')}`);
  return [...byKey.values()];
}
