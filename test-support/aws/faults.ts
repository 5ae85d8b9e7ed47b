// Fault injection building blocks: an awsJson1.1 error, a seeded PRNG and a token bucket.

export interface AwsFaults {
  /** Added to every call (ECS, S3, CloudTrail). */
  latencyMs?: number;
  /** 0..1 probability that an ECS call gets ThrottlingException (seeded PRNG, deterministic). */
  throttleRate?: number;
  /** Token bucket per account for ECS calls; over it -> ThrottlingException. */
  rateLimit?: { perSecond: number; burst: number };
  /** Cluster names or ARNs: any ECS call touching them -> AccessDeniedException. */
  accessDeniedClusters?: string[];
  cloudTrailAccessDenied?: boolean;
  /** CloudTrail LookupEvents allows 2 requests/second per account and region; override for tests. */
  cloudTrailRateLimit?: { perSecond: number; burst: number };
  /** Buckets whose objects answer 403 AccessDenied. */
  s3AccessDeniedBuckets?: string[];
}

/** An error reply. For awsJson1.1 services `type` becomes `__type`; S3 renders it as XML. */
export class AwsError extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** mulberry32: tiny, fast and good enough to make injected throttling reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    readonly perSecond: number,
    readonly burst: number,
    private readonly nowMs: () => number,
  ) {
    this.tokens = burst;
    this.last = nowMs();
  }

  /** Takes one token if there is one. */
  take(): boolean {
    const now = this.nowMs();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** Keeps one bucket per key, rebuilt when the configured limits change at run time. */
export class TokenBuckets {
  private readonly buckets = new Map<string, TokenBucket>();

  constructor(private readonly nowMs: () => number) {}

  take(key: string, limit: { perSecond: number; burst: number } | undefined): boolean {
    if (!limit) return true;
    let bucket = this.buckets.get(key);
    if (!bucket || bucket.perSecond !== limit.perSecond || bucket.burst !== limit.burst) {
      bucket = new TokenBucket(limit.perSecond, limit.burst, this.nowMs);
      this.buckets.set(key, bucket);
    }
    return bucket.take();
  }
}

export type AwsServiceName = 'ECS' | 'S3' | 'CloudTrail';

/**
 * A fault on one operation (issue 14), like the GitHub emulator's per-route hook. The answer is in
 * the service's own wire format:
 * - ECS and CloudTrail speak awsJson1.1: the status, a JSON body `{"__type": code, "message": …}`
 *   and the `x-amzn-errortype` header (Smithy, "AWS JSON 1.1 protocol", operation error
 *   serialization: https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html). Codes and
 *   statuses as the APIs document them: AccessDeniedException 400 and ThrottlingException 400
 *   (ECS API Reference, "Common errors": https://docs.aws.amazon.com/AmazonECS/latest/APIReference/CommonErrors.html),
 *   ServerException 500 (ECS API Reference, each action's Errors), InternalFailure 500 (common errors).
 * - S3 answers REST XML `<Error><Code/><Message/>…</Error>`: AccessDenied 403, InternalError 500,
 *   SlowDown 503 (Amazon S3 API Reference, "Error responses": https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
 * `drop` closes the connection without an answer; `hang` never answers (the client's timeout decides).
 */
export interface AwsFault {
  service: AwsServiceName;
  /** `DescribeServices`, `GetObject`, `LookupEvents`. */
  operation: string;
  /** Only requests whose input names this: a substring of (or a pattern on) the JSON body, or of the S3 path `/bucket/key`. */
  target?: string | RegExp;
  kind: 'access-denied' | 'error' | 'server-error' | 'throttle' | 'drop' | 'hang';
  /** For `error`: the status, AWS error code and message to answer with. */
  status?: number;
  code?: string;
  message?: string;
  /** How many matching requests get the fault (default 1; Infinity for all), then the operation succeeds. */
  times?: number;
}

export interface AwsFaultHit {
  service: AwsServiceName;
  operation: string;
  kind: AwsFault['kind'];
}

/** The error a fault answers with, or 'drop' / 'hang'. */
export function faultAnswer(fault: AwsFault, principalArn: string): AwsError | 'drop' | 'hang' {
  const s3 = fault.service === 'S3';
  switch (fault.kind) {
    case 'drop':
    case 'hang':
      return fault.kind;
    case 'access-denied':
      // The message IAM gives when no policy allows the action (IAM User Guide, "Troubleshoot access denied error messages").
      return s3
        ? new AwsError('AccessDenied', 'Access Denied', 403)
        : new AwsError(
            'AccessDeniedException',
            `User: ${principalArn} is not authorized to perform: ${fault.service.toLowerCase()}:${fault.operation} because no identity-based policy allows the ${fault.service.toLowerCase()}:${fault.operation} action`,
            400,
          );
    case 'server-error':
      if (s3) return new AwsError('InternalError', 'We encountered an internal error. Please try again.', 500);
      return fault.service === 'ECS'
        ? new AwsError('ServerException', 'Service unavailable. Please try again later.', 500)
        : new AwsError('InternalFailure', 'The request processing has failed because of an unknown error, exception or failure.', 500);
    case 'throttle':
      return s3 ? new AwsError('SlowDown', 'Please reduce your request rate.', 503) : new AwsError('ThrottlingException', 'Rate exceeded', 400);
    case 'error':
      return new AwsError(fault.code ?? 'ValidationException', fault.message ?? 'Injected error', fault.status ?? 400);
  }
}

export function faultMatches(fault: AwsFault & { left: number }, service: AwsServiceName, operation: string, input: string): boolean {
  if (fault.left <= 0 || fault.service !== service || fault.operation !== operation) return false;
  if (fault.target === undefined) return true;
  return typeof fault.target === 'string' ? input.includes(fault.target) : fault.target.test(input);
}
