// How long a run may wait before retrying GitHub and AWS requests (issue 14): `retry-after`
// answers of up to 900 s are real (GitHub secondary rate limits), AWS backoff grows with each
// throttled attempt, and waiting them out outlasts any job. One budget per run is shared by every
// client the run builds; past either cap the request fails and its phase says why.

/** The caps, from the config file's `retries:` section (settings.ts). */
export interface WaitLimits {
  /** The longest single wait (a retry-after, a rate-limit reset, one backoff delay) that is honoured. */
  maxWaitSeconds: number;
  /** All waits of the run together. */
  maxTotalWaitSeconds: number;
}

/** Fits a normal job: a minute for one wait, five for the whole run. */
export const DEFAULT_WAIT_LIMITS: WaitLimits = { maxWaitSeconds: 60, maxTotalWaitSeconds: 300 };

function seconds(n: number): string {
  return `${Number.isInteger(n) ? n : n.toFixed(1)}s`;
}

/** A run's wait budget: shared by every client the run builds, spent by each honoured wait. */
export class WaitBudget {
  private spentSeconds = 0;
  constructor(readonly limits: WaitLimits = DEFAULT_WAIT_LIMITS) {}

  /** Seconds spent so far. */
  get spent(): number {
    return this.spentSeconds;
  }

  /** Books time already spent waiting (an attempt that never got an answer); later waits see it. */
  spend(waitSeconds: number): void {
    this.spentSeconds += waitSeconds;
  }

  /**
   * Why a wait of `seconds` is refused, or null after booking it. `asker` names who asked
   * ("GitHub asked to wait 900s, over …").
   */
  take(waitSeconds: number, asker = 'GitHub'): string | null {
    if (waitSeconds > this.limits.maxWaitSeconds) return `${asker} asked to wait ${seconds(waitSeconds)}, over the ${this.limits.maxWaitSeconds}s allowed per request`;
    if (this.spentSeconds + waitSeconds > this.limits.maxTotalWaitSeconds) {
      return `waiting ${seconds(waitSeconds)} more would exceed the ${this.limits.maxTotalWaitSeconds}s allowed per run (${seconds(Math.round(this.spentSeconds * 10) / 10)} spent)`;
    }
    this.spentSeconds += waitSeconds;
    return null;
  }
}
