import { describe, expect, it } from '@jest/globals';
import { RequestScheduler, type SchedulerClock } from '../../src/drift/request-scheduler.js';

/** A clock that only moves when the scheduler sleeps, so rates are checked without real time. */
function fakeClock(): SchedulerClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

describe('RequestScheduler', () => {
  it('never has more than maxConcurrency requests in flight', async () => {
    const scheduler = new RequestScheduler(3, 1000, fakeClock());
    let active = 0;
    let peak = 0;
    const releases: (() => void)[] = [];
    const tasks = Array.from({ length: 10 }, (_, i) => scheduler.run(async () => {
      active++;
      peak = Math.max(peak, active);
      await new Promise<void>((resolve) => releases.push(resolve));
      active--;
      return i;
    }));
    for (let done = 0; done < 10; done++) {
      while (releases.length === 0) await new Promise((resolve) => setImmediate(resolve));
      expect(active).toBeLessThanOrEqual(3);
      releases.shift()!();
    }
    expect(await Promise.all(tasks)).toEqual([...Array(10).keys()]);
    expect(peak).toBe(3);
  });

  it('starts at most maxRequestsPerSecond per second after the initial burst', async () => {
    const clock = fakeClock();
    const scheduler = new RequestScheduler(100, 5, clock);
    const started: number[] = [];
    await Promise.all(Array.from({ length: 15 }, () => scheduler.run(async () => { started.push(clock.now()); })));
    expect(started).toHaveLength(15);
    // 5 at once (a full bucket), then one every 200 ms.
    expect(started.slice(0, 5)).toEqual([0, 0, 0, 0, 0]);
    expect(started[14]).toBe(2000);
    for (let i = 5; i < 15; i++) expect(started[i] - started[i - 1]).toBe(200);
  });

  it('releases its slot when a request fails', async () => {
    const scheduler = new RequestScheduler(1, 100, fakeClock());
    await expect(scheduler.run(async () => { throw new Error('boom'); })).rejects.toThrow('boom');
    await expect(scheduler.run(async () => 'ok')).resolves.toBe('ok');
  });
});
