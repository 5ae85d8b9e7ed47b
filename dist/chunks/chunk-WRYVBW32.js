import { createRequire as __edgCreateRequire } from 'node:module'; const require = __edgCreateRequire(import.meta.url);

// src/wait-budget.ts
var DEFAULT_WAIT_LIMITS = { maxWaitSeconds: 60, maxTotalWaitSeconds: 300 };
function seconds(n) {
  return `${Number.isInteger(n) ? n : n.toFixed(1)}s`;
}
var WaitBudget = class {
  constructor(limits = DEFAULT_WAIT_LIMITS) {
    this.limits = limits;
  }
  limits;
  spentSeconds = 0;
  /** Seconds spent so far. */
  get spent() {
    return this.spentSeconds;
  }
  /** Books time already spent waiting (an attempt that never got an answer); later waits see it. */
  spend(waitSeconds) {
    this.spentSeconds += waitSeconds;
  }
  /**
   * Why a wait of `seconds` is refused, or null after booking it. `asker` names who asked
   * ("GitHub asked to wait 900s, over …").
   */
  take(waitSeconds, asker = "GitHub") {
    if (waitSeconds > this.limits.maxWaitSeconds) return `${asker} asked to wait ${seconds(waitSeconds)}, over the ${this.limits.maxWaitSeconds}s allowed per request`;
    if (this.spentSeconds + waitSeconds > this.limits.maxTotalWaitSeconds) {
      return `waiting ${seconds(waitSeconds)} more would exceed the ${this.limits.maxTotalWaitSeconds}s allowed per run (${seconds(Math.round(this.spentSeconds * 10) / 10)} spent)`;
    }
    this.spentSeconds += waitSeconds;
    return null;
  }
};

export {
  DEFAULT_WAIT_LIMITS,
  WaitBudget
};
