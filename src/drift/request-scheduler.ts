// Client-side limits on ECS reads: at most `maxConcurrency` requests in flight and at most
// `maxRequestsPerSecond` started per second (a token bucket holding one second's worth).
// The clients' retry strategy backs off further when ECS throttles (aws-clients.ts); this ceiling keeps a
// large estate from causing that throttling in the first place, since ECS Describe* calls
// share the account's API rate with deployments.

export interface SchedulerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RequestScheduler {
  private readonly capacity: number;
  private tokens: number;
  private lastRefill: number;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Serializes token waits so that requests start in arrival order. */
  private tokenQueue: Promise<void> = Promise.resolve();

  constructor(
    private readonly maxConcurrency = 8,
    private readonly maxRequestsPerSecond = 20,
    private readonly clock: SchedulerClock = systemClock,
  ) {
    if (!(maxConcurrency >= 1)) this.maxConcurrency = 1;
    if (!(maxRequestsPerSecond > 0)) this.maxRequestsPerSecond = 1;
    this.capacity = Math.max(1, this.maxRequestsPerSecond);
    this.tokens = this.capacity;
    this.lastRefill = clock.now();
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    await this.acquireSlot();
    try {
      await this.acquireToken();
      return await task();
    } finally {
      this.releaseSlot();
    }
  }

  private acquireSlot(): Promise<void> {
    if (this.active < this.maxConcurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => { this.active++; resolve(); }));
  }

  private releaseSlot(): void {
    this.active--;
    this.waiting.shift()?.();
  }

  private acquireToken(): Promise<void> {
    const turn = this.tokenQueue.then(async () => {
      for (;;) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await this.clock.sleep(Math.ceil(((1 - this.tokens) * 1000) / this.maxRequestsPerSecond));
      }
    });
    this.tokenQueue = turn;
    return turn;
  }

  private refill(): void {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.capacity, this.tokens + (elapsed * this.maxRequestsPerSecond) / 1000);
    this.lastRefill = now;
  }
}
