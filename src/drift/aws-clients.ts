// The AWS clients the tool builds (ECS, S3, CloudTrail), all through `awsClient` so that each
// gets the same two things (issue 14):
// - bounded retries: an explicit `maxAttempts` and a retry strategy whose backoff is capped per
//   request and charged to the run's wait budget (the one the GitHub clients spend too); when the
//   budget is spent the call fails and says so;
// - errors that name the request: a middleware that rewrites a failed call's error to one line
//   with the service and operation, the target (cluster, service, bucket and key, region), the
//   HTTP status or "no answer", AWS's error code and message, the attempts made and what to check.
// Credentials never appear: the line is built from the request's input names and AWS's answer.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ECSClient } from '@aws-sdk/client-ecs';
import { S3Client } from '@aws-sdk/client-s3';
import type { Logger } from '../logger.js';
import { WaitBudget } from '../wait-budget.js';

export type AwsService = 'ECS' | 'S3' | 'CloudTrail';

/**
 * Attempts per call (first try included). ECS reads ride out a busy account's throttling;
 * S3 answers a state read at once or not at all; CloudTrail LookupEvents allows 2 calls/s.
 */
export const MAX_ATTEMPTS: Record<AwsService, number> = { ECS: 8, S3: 3, CloudTrail: 5 };

/** One attempt that gets no answer in this long is abandoned (and retried while the budget lasts). */
export const AWS_REQUEST_TIMEOUT_MS = 30_000;
const AWS_CONNECT_TIMEOUT_MS = 5_000;

export interface AwsClientOptions {
  /** The run's wait budget (shared with the GitHub clients); a fresh default one when absent. */
  budget?: WaitBudget;
  /** Failed calls are logged here, named. */
  logger?: Logger;
  /** Overrides MAX_ATTEMPTS for the service. */
  maxAttempts?: number;
  /** Overrides AWS_REQUEST_TIMEOUT_MS (tests of a silent endpoint). */
  requestTimeoutMs?: number;
  /** The SDK's `endpoint` (tests); otherwise the default chain and AWS_ENDPOINT_URL_* decide. */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

export function ecsClient(region: string, options: AwsClientOptions = {}): ECSClient {
  return named(new ECSClient(clientConfig('ECS', region, options)), 'ECS', region, options.logger);
}

export function s3Client(region: string, options: AwsClientOptions = {}): S3Client {
  // A state bucket in another region answers with a redirect the SDK can follow.
  return named(new S3Client({ ...clientConfig('S3', region, options), followRegionRedirects: true }), 'S3', region, options.logger);
}

export function cloudTrailClient(region: string, options: AwsClientOptions = {}): CloudTrailClient {
  return named(new CloudTrailClient(clientConfig('CloudTrail', region, options)), 'CloudTrail', region, options.logger);
}

function clientConfig(service: AwsService, region: string, options: AwsClientOptions) {
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS[service];
  return {
    region,
    maxAttempts,
    retryStrategy: new BoundedRetryStrategy(service, maxAttempts, options.budget ?? new WaitBudget()),
    requestHandler: {
      requestTimeout: options.requestTimeoutMs ?? AWS_REQUEST_TIMEOUT_MS,
      connectionTimeout: AWS_CONNECT_TIMEOUT_MS,
      // Without it the SDK only warns when the request timeout passes, and keeps waiting.
      throwOnRequestTimeout: true,
    },
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    ...(options.credentials ? { credentials: options.credentials } : {}),
  };
}

// ---------------------------------------------------------------------------------------------
// Bounded retries

/** Set on an error whose retries were stopped (by the attempt limit or the wait budget), with why. */
const RETRIES_STOPPED = Symbol('drift-guard-retries-stopped');

/** The SDK's retry token and error info (RetryStrategyV2 in @smithy/types), as far as used here. */
interface BoundedRetryToken {
  getRetryCount(): number;
  getRetryDelay(): number;
  /** When the attempt this token allows starts (after its delay). */
  startsAt: number;
}
interface RetryErrorInfo {
  error?: unknown;
  errorType: 'THROTTLING' | 'TRANSIENT' | 'SERVER_ERROR' | 'CLIENT_ERROR';
  retryAfterHint?: Date;
}

/** The SDK's backoff constants (@smithy/util-retry: base 100 ms, 500 ms after throttling, at most 20 s). */
const BASE_DELAY_MS = 100;
const THROTTLING_BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 20_000;

/**
 * The SDK's standard retry decision (throttling and transient errors: 500/502/503/504, timeouts,
 * dropped connections) with its exponential backoff and full jitter, but each delay capped at
 * the per-request wait and charged to the run's budget. An attempt that got no answer waited
 * for one; that time is charged too, so a silent endpoint cannot hold the job attempt after
 * attempt. Client-side pacing is the RequestScheduler's (request-scheduler.ts).
 */
export class BoundedRetryStrategy {
  readonly mode = 'standard';

  constructor(
    private readonly service: AwsService,
    private readonly maxAttempts: number,
    private readonly budget: WaitBudget,
    private readonly random: () => number = Math.random,
  ) {}

  async acquireInitialRetryToken(_scope: string): Promise<BoundedRetryToken> {
    return token(0, 0);
  }

  async refreshRetryTokenForRetry(previous: { getRetryCount(): number; startsAt?: number }, info: RetryErrorInfo): Promise<BoundedRetryToken> {
    const attempts = previous.getRetryCount() + 1;
    if (info.errorType !== 'THROTTLING' && info.errorType !== 'TRANSIENT') throw new Error('not retryable');
    if (noAnswer(info.error)) this.budget.spend(Math.max(0, Date.now() - (previous.startsAt ?? Date.now())) / 1000);
    if (attempts >= this.maxAttempts) throw stopRetries(info.error, `gave up after ${attempts} attempts, the most allowed for ${this.service}`);
    const base = info.errorType === 'THROTTLING' ? THROTTLING_BASE_DELAY_MS : BASE_DELAY_MS;
    let delayMs = this.random() * Math.min(base * 2 ** previous.getRetryCount(), MAX_BACKOFF_MS);
    if (info.retryAfterHint instanceof Date) delayMs = Math.max(delayMs, info.retryAfterHint.getTime() - Date.now());
    delayMs = Math.floor(Math.min(delayMs, this.budget.limits.maxWaitSeconds * 1000));
    const refused = this.budget.take(delayMs / 1000, `${this.service} backoff`);
    if (refused) throw stopRetries(info.error, `retries stopped after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${refused}`);
    return token(attempts, delayMs);
  }

  recordSuccess(_token: unknown): void {}
}

function token(count: number, delayMs: number): BoundedRetryToken {
  return { getRetryCount: () => count, getRetryDelay: () => delayMs, startsAt: Date.now() + delayMs };
}

function stopRetries(error: unknown, why: string): Error {
  if (typeof error === 'object' && error !== null) {
    try {
      (error as { [RETRIES_STOPPED]?: string })[RETRIES_STOPPED] = why;
    } catch {
      // A frozen error keeps its own story.
    }
  }
  return new Error(why);
}

// ---------------------------------------------------------------------------------------------
// Errors that name the request

/** What a failed AWS call was and what came back, as the middleware recorded it. */
export interface AwsRequestFailure {
  service: string;
  operation: string;
  /** `cluster prod, services api, db`, `s3://bucket/key`; '' when the input names nothing. */
  target: string;
  region: string;
  /** Undefined when AWS never answered (timeout, refused or dropped connection). */
  status?: number;
  /** AWS's error code (`AccessDeniedException`, `NoSuchKey`) or the network error's (`ECONNRESET`). */
  code: string;
  /** AWS's own message, one line, with anything shaped like an access key id removed. */
  message: string;
  attempts: number;
  /** Why retrying stopped early (the attempt limit or the wait budget), when it did. */
  retriesStopped?: string;
  kind: AwsFailureKind;
  /** What the operator should check. */
  hint: string;
}

export type AwsFailureKind = 'access denied' | 'credentials rejected' | 'not found' | 'throttled' | 'AWS server error' | 'no answer' | 'refused';

const FAILURE = Symbol('drift-guard-aws-failure');

type MiddlewareStack = { add(middleware: unknown, options: { step: string; name: string; override?: boolean }): void };

/** Installs the naming middleware (outermost: it sees the error after every retry). */
function named<C extends { middlewareStack: unknown }>(client: C, service: AwsService, region: string, logger: Logger | undefined): C {
  (client.middlewareStack as MiddlewareStack).add(
    (next: (args: { input: unknown }) => Promise<unknown>, context: { commandName?: string }) => async (args: { input: unknown }) => {
      try {
        return await next(args);
      } catch (error) {
        const operation = String(context.commandName ?? 'Request').replace(/Command$/, '');
        const failure = recordFailure(error, service, operation, args.input, region);
        if (failure) {
          const line = describeAwsFailure(failure);
          if (expectedAnswer(failure)) logger?.debug(`AWS answered: ${line}`);
          else logger?.info(`AWS request failed: ${line}`);
        }
        throw error;
      }
    },
    { step: 'initialize', name: 'driftGuardNameAwsRequest', override: true },
  );
  return client;
}

/** Records what failed on the error and rewrites its message to name the request, once. */
function recordFailure(error: unknown, service: string, operation: string, input: unknown, region: string): AwsRequestFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as Error & { [FAILURE]?: AwsRequestFailure; [RETRIES_STOPPED]?: string };
  if (e[FAILURE]) return e[FAILURE];
  const failure = failureOf(e, { service, operation, target: targetOf(input), region });
  try {
    e[FAILURE] = failure;
    e.message = describeAwsFailure(failure);
  } catch {
    // A frozen error keeps its own message; awsFailureOf still describes it from its fields.
  }
  return failure;
}

/** The request a caller made, for errors from clients built elsewhere (tests' own clients). */
export interface AwsRequestRef {
  service: string;
  operation: string;
  /** As targetOf() renders one, e.g. `cluster prod`. */
  target: string;
  region: string;
}

/** The recorded failure of a call made through awsClient's clients, else one built from the error and `request`. */
export function awsFailureOf(error: unknown, request: AwsRequestRef): AwsRequestFailure {
  const recorded = typeof error === 'object' && error !== null ? (error as { [FAILURE]?: AwsRequestFailure })[FAILURE] : undefined;
  return recorded ?? failureOf((error ?? {}) as Error, request);
}

/**
 * One line: `access denied: ECS DescribeServices on cluster prod, service api in us-east-1 →
 * 400 AccessDeniedException: User: … is not authorized … (1 attempt; check: the role may lack
 * ecs:DescribeServices)`.
 */
export function describeAwsFailure(f: AwsRequestFailure): string {
  const answer = f.status === undefined ? 'no answer' : String(f.status);
  const said = f.message && f.message !== f.code ? `${f.code}: ${f.message}` : f.code;
  const attempts = `${f.attempts} attempt${f.attempts === 1 ? '' : 's'}`;
  return `${f.kind}: ${f.service} ${f.operation}${f.target ? ` on ${f.target}` : ''}${f.region ? ` in ${f.region}` : ''} → ${answer} ${said} (${attempts}${f.retriesStopped ? `; ${f.retriesStopped}` : ''}; check: ${f.hint})`;
}

/** AWS's own words, before the middleware rewrote the message (callers that match on them). */
export function awsErrorMessage(error: unknown): string {
  const recorded = typeof error === 'object' && error !== null ? (error as { [FAILURE]?: AwsRequestFailure })[FAILURE] : undefined;
  return recorded?.message ?? String((error as Error | undefined)?.message ?? '');
}

/** An answer that is a result, not a failure: the thing asked for does not exist. */
function expectedAnswer(f: AwsRequestFailure): boolean {
  return f.kind === 'not found' && f.service === 'ECS';
}

function failureOf(e: Error & { [RETRIES_STOPPED]?: string }, request: AwsRequestRef): AwsRequestFailure {
  const meta = (e as { $metadata?: { httpStatusCode?: number; attempts?: number } }).$metadata;
  const answered = meta?.httpStatusCode !== undefined;
  const networkCode = (e as { code?: unknown }).code;
  // The SDK wraps what is not an Error (a network error from another realm) as "AWS SDK error wrapper for NAME: message".
  const wrapped = /^AWS SDK error wrapper for (\w+): (.*)$/s.exec(String(e.message ?? ''));
  const name = typeof (e as { name?: unknown }).name === 'string' && e.name !== 'Error' ? e.name : wrapped?.[1];
  const code = answered ? ((e as { Code?: string }).Code ?? name ?? `HTTP${meta!.httpStatusCode}`) : String(networkCode ?? name ?? 'Error');
  const message = withoutKeys(oneLine(wrapped ? wrapped[2]! : (e.message ?? '')));
  const status = answered ? meta!.httpStatusCode : undefined;
  const stopped = e[RETRIES_STOPPED];
  const kind = kindOf(code, status, message);
  return {
    ...request,
    ...(status !== undefined ? { status } : {}),
    code,
    message,
    attempts: meta?.attempts ?? 1,
    ...(stopped && !/^gave up after/.test(stopped) ? { retriesStopped: stopped } : {}),
    kind,
    hint: hintFor(kind, request, code, message, stopped),
  };
}

const CREDENTIAL_CODES = /^(ExpiredToken|ExpiredTokenException|RequestExpired|TokenRefreshRequired|InvalidClientTokenId|UnrecognizedClientException|InvalidAccessKeyId|SignatureDoesNotMatch|IncompleteSignature|InvalidSignatureException|MissingAuthenticationToken|MissingAuthenticationTokenException|AuthFailure|CredentialsProviderError)$/;

function kindOf(code: string, status: number | undefined, message: string): AwsFailureKind {
  if (status === undefined) return code === 'CredentialsProviderError' ? 'credentials rejected' : 'no answer';
  if (CREDENTIAL_CODES.test(code)) return 'credentials rejected';
  if (/AccessDenied|UnauthorizedOperation|NotAuthorized|Forbidden/i.test(code) || status === 403) return 'access denied';
  if (/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/i.test(code) || status === 429) return 'throttled';
  if (status >= 500) return 'AWS server error';
  if (/NotFound|NoSuch/i.test(code) || status === 404 || (code === 'ClientException' && /unable to describe task definition/i.test(message))) return 'not found';
  return 'refused';
}

/** The IAM action a call needs (Service Authorization Reference: ecs:, s3:, cloudtrail: prefixes). */
function iamAction(service: string, operation: string): string {
  if (service === 'S3') return operation === 'HeadObject' ? 's3:GetObject' : `s3:${operation}`;
  return `${service.toLowerCase()}:${operation}`;
}

function hintFor(kind: AwsFailureKind, request: AwsRequestRef, code: string, message: string, stopped: string | undefined): string {
  const { service, operation, target } = request;
  const stateLocation = service === 'S3' ? ` (the \`state\` input, or the backend "s3" block's bucket, key and workspace)` : '';
  switch (kind) {
    case 'access denied':
      if (/explicit deny/i.test(message)) return `an explicit deny (an SCP, a permission boundary or a resource policy) blocks ${iamAction(service, operation)}`;
      if (service === 'S3') return `the role may lack s3:GetObject on ${target || 'the state object'} (and kms:Decrypt when the bucket uses a KMS key)`;
      return `the role may lack ${iamAction(service, operation)}`;
    case 'credentials rejected':
      if (/Expired|RequestExpired|TokenRefresh/i.test(code)) return 'the AWS credentials have expired: configure fresh ones for the job (aws-actions/configure-aws-credentials, a role session longer than the job)';
      if (code === 'CredentialsProviderError') return 'no AWS credentials were found: configure them for the job (aws-actions/configure-aws-credentials)';
      return 'the AWS credentials are not valid here (a wrong or revoked key, another partition, or a region that is not enabled)';
    case 'not found':
      if (code === 'NoSuchBucket') return `the state location: the bucket does not exist${stateLocation}`;
      if (service === 'S3') return `the state location: no object at ${target || 'that key'}${stateLocation}`;
      return 'the name and the region (aws-region, or the region in the ARN)';
    case 'throttled':
      return `AWS kept throttling the calls: lower drift.max-requests-per-second or drift.max-concurrency, or re-run later${stopped && !/^gave up/.test(stopped) ? ', or raise retries.max-total-wait-seconds' : ''}`;
    case 'AWS server error':
      return `${service} had a server error; re-run the job${stopped && !/^gave up/.test(stopped) ? ' (or raise retries.max-total-wait-seconds)' : ''}`;
    case 'no answer':
      return `the network path to ${service} (proxy, VPC endpoint, AWS_ENDPOINT_URL_*) and the region name`;
    default:
      if (code === 'PermanentRedirect' || code === 'AuthorizationHeaderMalformed') return `the bucket's region${stateLocation}`;
      return `${service} refused the request; see its message`;
  }
}

/** What a call's input names, for the error line: clusters, services, task definition, bucket and key, lookup. */
export function targetOf(input: unknown): string {
  if (typeof input !== 'object' || input === null) return '';
  const i = input as Record<string, unknown>;
  if (typeof i.Bucket === 'string') return `s3://${i.Bucket}/${typeof i.Key === 'string' ? i.Key : ''}`;
  const parts: string[] = [];
  const list = (label: string, plural: string, value: unknown): void => {
    if (typeof value === 'string' && value) parts.push(`${label} ${shortName(value)}`);
    else if (Array.isArray(value) && value.length) {
      const names = value.map((v) => shortName(String(v)));
      parts.push(`${names.length === 1 ? label : plural} ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` and ${names.length - 5} more` : ''}`);
    }
  };
  list('cluster', 'clusters', i.cluster);
  list('cluster', 'clusters', i.clusters);
  list('service', 'services', i.service);
  list('service', 'services', i.services);
  list('task definition', 'task definitions', i.taskDefinition);
  list('capacity provider', 'capacity providers', i.capacityProviders);
  list('task set', 'task sets', i.taskSets);
  const lookup = Array.isArray(i.LookupAttributes) ? (i.LookupAttributes[0] as { AttributeKey?: string; AttributeValue?: string } | undefined) : undefined;
  if (lookup?.AttributeKey) parts.push(`events with ${lookup.AttributeKey}=${lookup.AttributeValue ?? ''}`);
  return parts.join(', ');
}

/** The last part of an ARN (`service/prod/api` -> `prod/api` stays readable), names as they are. */
function shortName(value: string): string {
  return value.startsWith('arn:') ? value.split(':').slice(5).join(':') : value;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 400);
}

/** Access key ids (AKIA…, ASIA…) are not secret alone, but never belong in a report. */
function withoutKeys(text: string): string {
  return text.replace(/\b(?:AKIA|ASIA|AIDA|AROA)[A-Z0-9]{16}\b/g, '[access key id]');
}

/** True when the error came from a call that got no answer (timeout, refused or dropped connection). */
function noAnswer(error: unknown): boolean {
  return (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode === undefined;
}
