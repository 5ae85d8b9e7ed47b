import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/drift/request-scheduler.ts
var systemClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};
var RequestScheduler = class {
  constructor(maxConcurrency = 8, maxRequestsPerSecond = 20, clock = systemClock) {
    this.maxConcurrency = maxConcurrency;
    this.maxRequestsPerSecond = maxRequestsPerSecond;
    this.clock = clock;
    if (!(maxConcurrency >= 1)) this.maxConcurrency = 1;
    if (!(maxRequestsPerSecond > 0)) this.maxRequestsPerSecond = 1;
    this.capacity = Math.max(1, this.maxRequestsPerSecond);
    this.tokens = this.capacity;
    this.lastRefill = clock.now();
  }
  maxConcurrency;
  maxRequestsPerSecond;
  clock;
  capacity;
  tokens;
  lastRefill;
  active = 0;
  waiting = [];
  /** Serializes token waits so that requests start in arrival order. */
  tokenQueue = Promise.resolve();
  async run(task) {
    await this.acquireSlot();
    try {
      await this.acquireToken();
      return await task();
    } finally {
      this.releaseSlot();
    }
  }
  acquireSlot() {
    if (this.active < this.maxConcurrency) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(() => {
      this.active++;
      resolve();
    }));
  }
  releaseSlot() {
    this.active--;
    this.waiting.shift()?.();
  }
  acquireToken() {
    const turn = this.tokenQueue.then(async () => {
      for (; ; ) {
        this.refill();
        if (this.tokens >= 1) {
          this.tokens -= 1;
          return;
        }
        await this.clock.sleep(Math.ceil((1 - this.tokens) * 1e3 / this.maxRequestsPerSecond));
      }
    });
    this.tokenQueue = turn;
    return turn;
  }
  refill() {
    const now = this.clock.now();
    const elapsed = Math.max(0, now - this.lastRefill);
    this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.maxRequestsPerSecond / 1e3);
    this.lastRefill = now;
  }
};

export {
  systemClock,
  RequestScheduler
};
