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
