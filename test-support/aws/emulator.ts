// A loopback emulator of Amazon ECS and CloudTrail (awsJson1.1), STS GetCallerIdentity (Query
// protocol, see sts.ts) and S3 GetObject/HeadObject (REST, path-style) on one port. Requests are
// routed by X-Amz-Target; a form-encoded POST naming an Action is STS; anything else is S3.
// The real SDK clients talk to it through `endpoint` or AWS_ENDPOINT_URL_ECS/_S3/_CLOUDTRAIL.
// Every JSON request and response is checked against the API model shipped in the installed
// SDK clients (see api-model.ts); mismatches are collected in `validationErrors`.
import * as cloudTrailSdk from '@aws-sdk/client-cloudtrail';
import type { LookupEventsRequest } from '@aws-sdk/client-cloudtrail';
import * as ecsSdk from '@aws-sdk/client-ecs';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiModel } from './api-model.js';
import { CLOUDTRAIL_TARGET_PREFIXES, CloudTrailState } from './cloudtrail.js';
import { ECS_TARGET_PREFIX, ecsOperations, toAwsError, type EcsCallContext } from './ecs-api.js';
import { EcsState } from './ecs-state.js';
import { AwsError, faultAnswer, faultMatches, seededRandom, TokenBuckets, type AwsFault, type AwsFaultHit, type AwsFaults, type AwsServiceName } from './faults.js';
import { S3State, sendS3Error, serveS3 } from './s3.js';
import { isStsQuery, serveSts } from './sts.js';

export type { AwsFault, AwsFaultHit, AwsFaults, AwsServiceName } from './faults.js';
export { AwsError } from './faults.js';
export { EcsState, EcsStateError, FARGATE_LATEST_PLATFORM_VERSION } from './ecs-state.js';
export { serviceLinkedRoleArn } from './ecs-api.js';
export type { CapacityProviderSeed, ClusterSeed, EcsStateSnapshot, DeploymentScopedConfig, ServicePatch, ServiceSeed, TaskDefinitionSeed, TaskSetSeed } from './ecs-state.js';
export { S3State } from './s3.js';
export { CloudTrailState } from './cloudtrail.js';
export type { CloudTrailEventSeed } from './cloudtrail.js';
export { ApiModel } from './api-model.js';

export interface AwsEmulatorOptions {
  region?: string;
  accountId?: string;
  /** Seed of the PRNG behind `faults.throttleRate`. */
  seed?: number;
  faults?: AwsFaults;
  /** Clock for createdAt/registeredAt/EventTime defaults; real time unless given. */
  now?: () => Date;
}

export interface AwsEmulator {
  /** http://127.0.0.1:PORT */
  endpoint: string;
  region: string;
  accountId: string;
  /** Mutable at run time. */
  faults: AwsFaults;
  ecs: EcsState;
  s3: S3State;
  cloudtrail: CloudTrailState;
  /**
   * Served requests per operation name (e.g. calls.DescribeServices, calls.GetObject,
   * calls.LookupEvents). Throttled attempts are not counted there but in calls.throttled,
   * so counts stay the same whether or not the SDK had to retry.
   */
  calls: Record<string, number>;
  resetCalls(): void;
  /** Requests/responses that did not match the API model, and emulator-internal failures. */
  validationErrors: string[];
  /** Served requests in order (faulted ones are in faultHits): which operations a run used. */
  requests: Array<{ service: AwsServiceName; operation: string }>;
  /** Adds a fault on one operation (faults.ts `AwsFault`); `faultHits` lists the requests that got one. */
  injectFault(fault: AwsFault): void;
  clearFaults(): void;
  faultHits: AwsFaultHit[];
  /** Environment variables that point the SDK default chain at this emulator, with fake credentials. */
  env(): Record<string, string>;
  close(): Promise<void>;
}

const ecsModel = new ApiModel('ECS', ecsSdk as unknown as Record<string, unknown>, '@aws-sdk/client-ecs');
const cloudTrailModel = new ApiModel('CloudTrail', cloudTrailSdk as unknown as Record<string, unknown>, '@aws-sdk/client-cloudtrail');
const serviceMembers = (() => {
  const schema = (ecsSdk as unknown as Record<string, unknown>)['Service$'];
  return Array.isArray(schema) ? (schema[4] as string[]) : [];
})();

export async function startAwsEmulator(opts: AwsEmulatorOptions = {}): Promise<AwsEmulator> {
  const region = opts.region ?? 'us-east-1';
  const accountId = opts.accountId ?? '123456789012';
  const now = opts.now ?? (() => new Date());
  const random = seededRandom(opts.seed ?? 1);
  const buckets = new TokenBuckets(() => performance.now());
  const principalArn = `arn:aws:iam::${accountId}:user/drift-guard-emulator`;

  const calls: Record<string, number> = { throttled: 0 };
  const validationErrors: string[] = [];
  const injected: Array<AwsFault & { left: number }> = [];
  const faultHits: AwsFaultHit[] = [];
  const requests: AwsEmulator['requests'] = [];
  const emulator: AwsEmulator = {
    endpoint: '',
    region,
    accountId,
    faults: opts.faults ?? {},
    ecs: new EcsState(region, accountId, now),
    s3: new S3State(now),
    cloudtrail: new CloudTrailState(now),
    calls,
    resetCalls() {
      for (const key of Object.keys(calls)) delete calls[key];
      calls.throttled = 0;
      requests.length = 0;
    },
    validationErrors,
    requests,
    faultHits,
    injectFault(fault) {
      injected.push({ ...fault, left: fault.times ?? 1 });
    },
    clearFaults() {
      injected.length = 0;
    },
    env() {
      return {
        AWS_REGION: region,
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        AWS_ENDPOINT_URL_ECS: emulator.endpoint,
        AWS_ENDPOINT_URL_S3: emulator.endpoint,
        AWS_ENDPOINT_URL_CLOUDTRAIL: emulator.endpoint,
      };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const count = (operation: string): void => {
    calls[operation] = (calls[operation] ?? 0) + 1;
  };

  async function handleJson(req: IncomingMessage, res: ServerResponse, target: string, body: string): Promise<void> {
    const isEcs = target.startsWith(ECS_TARGET_PREFIX);
    const service = isEcs ? 'ECS' : 'CloudTrail';
    const prefix = isEcs ? ECS_TARGET_PREFIX : CLOUDTRAIL_TARGET_PREFIXES.find((p) => target.startsWith(p))!;
    const operation = target.slice(prefix.length);
    const model = isEcs ? ecsModel : cloudTrailModel;
    const requestId = randomUUID();
    try {
      checkSignature(req, isEcs ? 'ecs' : 'cloudtrail', region, `${service}.${operation}`, validationErrors);
      const opModel = model.operation(operation);
      const implemented = isEcs ? operation in ecsOperations : operation === 'LookupEvents';
      if (!opModel || !implemented) {
        if (!opModel) validationErrors.push(`request ${service}.${operation}: no such operation in the API model`);
        throw new AwsError('UnknownOperationException', `The emulator does not implement ${service}.${operation}.`);
      }

      if (isEcs) {
        if (!buckets.take(`ecs:${accountId}`, emulator.faults.rateLimit) || (emulator.faults.throttleRate ?? 0) > random()) {
          calls.throttled = (calls.throttled ?? 0) + 1;
          throw new AwsError('ThrottlingException', 'Rate exceeded');
        }
      } else {
        if (!buckets.take(`cloudtrail:${accountId}:${region}`, emulator.faults.cloudTrailRateLimit ?? { perSecond: 2, burst: 2 })) {
          calls.throttled = (calls.throttled ?? 0) + 1;
          throw new AwsError('ThrottlingException', 'Rate exceeded');
        }
      }
      count(operation);
      requests.push({ service: service as AwsServiceName, operation });

      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        validationErrors.push(`request ${service}.${operation}: body is not JSON`);
        throw new AwsError('SerializationException', 'Request body is not valid JSON.');
      }
      const requestErrors = model.validate(opModel.input, input);
      if (requestErrors.length > 0) {
        validationErrors.push(...requestErrors.map((e) => `request ${service}.${operation}: ${e}`));
        const typeError = requestErrors.find((e) => / expected /.test(e));
        throw new AwsError(typeError ? 'SerializationException' : 'InvalidParameterException', typeError ?? requestErrors[0]!);
      }

      let output: unknown;
      if (isEcs) {
        const ctx: EcsCallContext = {
          state: emulator.ecs,
          deniedClusters: emulator.faults.accessDeniedClusters ?? [],
          principalArn,
          serviceMembers,
        };
        try {
          output = ecsOperations[operation]!(input as Record<string, unknown>, ctx);
        } catch (error) {
          throw toAwsError(error);
        }
      } else {
        if (emulator.faults.cloudTrailAccessDenied) {
          throw new AwsError(
            'AccessDeniedException',
            `User: ${principalArn} is not authorized to perform: cloudtrail:LookupEvents because no identity-based policy allows the cloudtrail:LookupEvents action`,
          );
        }
        output = emulator.cloudtrail.lookup(fromWireLookup(input as Record<string, unknown>));
      }

      const wire = model.toWire(opModel.output, output);
      const responseErrors = model.validate(opModel.output, wire);
      validationErrors.push(...responseErrors.map((e) => `response ${service}.${operation}: ${e}`));
      sendJson(res, 200, wire, requestId);
    } catch (error) {
      if (error instanceof AwsError) {
        sendJson(res, error.status, { __type: error.type, message: error.message }, requestId, error.type);
        return;
      }
      validationErrors.push(`internal ${service}.${operation}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      const type = isEcs ? 'ServerException' : 'InternalFailure';
      sendJson(res, 500, { __type: type, message: 'The emulator failed to handle the request.' }, requestId, type);
    }
  }

  /** Answers with the first matching injected fault; false when none matches. */
  function injectedFault(req: IncomingMessage, res: ServerResponse, service: AwsServiceName, operation: string, input: string): boolean {
    const fault = injected.find((f) => faultMatches(f, service, operation, input));
    if (!fault) return false;
    fault.left--;
    faultHits.push({ service, operation, kind: fault.kind });
    const answer = faultAnswer(fault, principalArn);
    if (answer === 'drop') req.socket.destroy();
    else if (answer === 'hang') {
      // Never answered; close() ends the connection.
    } else if (service === 'S3') sendS3Error(res, req.method === 'HEAD', answer.status, answer.type, answer.message);
    else sendJson(res, answer.status, { __type: answer.type, message: answer.message }, randomUUID(), answer.type);
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    if (emulator.faults.latencyMs) await new Promise((resolve) => setTimeout(resolve, emulator.faults.latencyMs));
    const target = header(req, 'x-amz-target');
    if (target !== undefined) {
      if (!target.startsWith(ECS_TARGET_PREFIX) && !CLOUDTRAIL_TARGET_PREFIXES.some((p) => target.startsWith(p))) {
        validationErrors.push(`request: unknown X-Amz-Target ${target}`);
        sendJson(res, 400, { __type: 'UnknownOperationException', message: `Unknown operation ${target}` }, randomUUID(), 'UnknownOperationException');
        return;
      }
      if (req.method !== 'POST') validationErrors.push(`request ${target}: awsJson1.1 requests are POST, got ${req.method}`);
      const contentType = header(req, 'content-type');
      if (contentType !== 'application/x-amz-json-1.1') validationErrors.push(`request ${target}: Content-Type ${contentType} is not application/x-amz-json-1.1`);
      if (injectedFault(req, res, target.startsWith(ECS_TARGET_PREFIX) ? 'ECS' : 'CloudTrail', target.slice(target.lastIndexOf('.') + 1), body)) return;
      await handleJson(req, res, target, body);
      return;
    }
    if (isStsQuery(req, body)) {
      // STS is a global service signed for us-east-1 by default; the region is not checked.
      try {
        checkSignature(req, 'sts', undefined, 'STS', validationErrors);
      } catch (error) {
        if (error instanceof AwsError) {
          res.writeHead(error.status).end();
          return;
        }
        throw error;
      }
      // IAM user ids start with AIDA (IAM User Guide, "Unique identifiers"); derived from the account here.
      const outcome = serveSts(res, body, { accountId, arn: principalArn, userId: `AIDA${accountId.padStart(17, '0')}` });
      count(outcome.operation);
      validationErrors.push(...outcome.errors);
      return;
    }
    const s3Operation = req.method === 'GET' ? 'GetObject' : req.method === 'HEAD' ? 'HeadObject' : undefined;
    if (s3Operation && injectedFault(req, res, 'S3', s3Operation, decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname))) return;
    let signed = true;
    try {
      checkSignature(req, 's3', undefined, `S3 ${req.method} ${req.url}`, validationErrors);
    } catch {
      signed = false;
    }
    const deniedBuckets = emulator.faults.s3AccessDeniedBuckets ?? [];
    // An unsigned S3 request is anonymous, and anonymous access is denied everywhere.
    const outcome = serveS3(req, res, emulator.s3, signed ? deniedBuckets : { includes: () => true });
    count(outcome.operation);
    if (outcome.operation !== 'UnsupportedS3Operation') requests.push({ service: 'S3', operation: outcome.operation });
    validationErrors.push(...outcome.errors.map((e) => `request S3.${outcome.operation}: ${e}`));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      validationErrors.push(`internal: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  emulator.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return emulator;
}

function sendJson(res: ServerResponse, status: number, body: unknown, requestId: string, errorType?: string): void {
  const text = JSON.stringify(body ?? {});
  res.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': requestId,
    ...(errorType ? { 'x-amzn-errortype': `${errorType}:` } : {}),
  });
  res.end(text);
}

/**
 * Not a SigV4 verifier (credentials are fake): it checks that the request is signed at all and
 * that the credential scope names the right service and region, which is what a misconfigured
 * client gets wrong.
 */
function checkSignature(req: IncomingMessage, service: string, region: string | undefined, what: string, errors: string[]): void {
  const auth = header(req, 'authorization');
  if (!auth) {
    errors.push(`request ${what}: not signed (no Authorization header)`);
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 403);
  }
  const scope = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\/aws4_request/.exec(auth);
  if (!scope) {
    errors.push(`request ${what}: Authorization is not AWS4-HMAC-SHA256`);
    return;
  }
  if (scope[2] !== service) errors.push(`request ${what}: signed for service ${scope[2]}, expected ${service}`);
  if (region !== undefined && scope[1] !== region) errors.push(`request ${what}: signed for region ${scope[1]}, emulator region is ${region}`);
}

function fromWireLookup(input: Record<string, unknown>): LookupEventsRequest {
  const asDate = (v: unknown): Date | undefined => (typeof v === 'number' ? new Date(v * 1000) : undefined);
  return {
    ...(input as LookupEventsRequest),
    StartTime: asDate(input.StartTime),
    EndTime: asDate(input.EndTime),
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
