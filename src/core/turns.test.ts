import { describe, expect, it, vi } from 'vitest';
import { due, SLICE_MS, URGENT_SLICE_MS, urgently, yieldIfDue } from './turns.js';

/** Holds the event loop for `ms`, as parsing a feed or planning a commit does. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('time slices for bulk work', () => {
  it('let a timer that fell due run while bulk work goes on, and the work still all gets done', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    for (let i = 0; i < 20; i++) {
      if (due()) await yieldIfDue();
      busy(SLICE_MS / 3);
      order.push(`unit ${i}`);
    }
    expect(order.filter((o) => o.startsWith('unit'))).toHaveLength(20);
    // Without slices the timer would run only after the 20th unit.
    expect(order.indexOf('timer')).toBeGreaterThan(-1);
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
  });

  it('share the loop between two pieces of bulk work running at once, each going on where it stopped', async () => {
    const order: string[] = [];
    const work = async (name: string) => {
      for (let i = 0; i < 12; i++) {
        if (due()) await yieldIfDue();
        busy(SLICE_MS / 3);
        order.push(`${name}${i}`);
      }
    };
    await Promise.all([work('a'), work('b')]);
    expect(order.filter((o) => o.startsWith('a'))).toEqual(Array.from({ length: 12 }, (_, i) => `a${i}`));
    expect(order.filter((o) => o.startsWith('b'))).toEqual(Array.from({ length: 12 }, (_, i) => `b${i}`));
    // b started before a finished: neither waited for the other to end.
    expect(order.indexOf('b0')).toBeLessThan(order.indexOf('a11'));
  });

  it('put work that others wait for at the front of the line', async () => {
    const order: string[] = [];
    busy(SLICE_MS); // the slice is used up
    const parse = yieldIfDue().then(() => order.push('parse'));
    const commit = yieldIfDue({ first: true }).then(() => order.push('commit'));
    await Promise.all([parse, commit]);
    expect(order).toEqual(['commit', 'parse']);
  });
});

describe('work someone waits for (urgently)', () => {
  it('makes bulk work step aside after a millisecond while it is in progress, and after a full slice again once it is done', async () => {
    /** How often bulk work gave the loop its turn while `during` ran. */
    const turnsWhile = async (during: () => Promise<unknown>) => {
      let turns = 0;
      let stop = false;
      const bulk = (async () => {
        while (!stop) {
          if (due()) {
            turns++;
            await yieldIfDue();
          }
          busy(0.1);
        }
      })();
      await during();
      stop = true;
      await bulk;
      return turns;
    };
    const waiting = (ms: number) => () => new Promise((resolve) => setTimeout(resolve, ms));
    const urgent = await turnsWhile(() => urgently(waiting(80)));
    const normal = await turnsWhile(waiting(80));
    expect(URGENT_SLICE_MS).toBeLessThan(SLICE_MS);
    // About 80 / URGENT_SLICE_MS turns against 80 / SLICE_MS.
    expect(urgent).toBeGreaterThan(3 * normal);
  });

  it('ends the urgency when the work fails', async () => {
    await expect(urgently(() => Promise.reject(new Error('command failed')))).rejects.toThrow('command failed');
    // The clock is ours, so a busy machine pausing this process cannot make a slice look used up.
    let t = performance.now() + SLICE_MS;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => t);
    try {
      await yieldIfDue(); // a fresh slice, starting at t
      t += URGENT_SLICE_MS + 1;
      expect(due()).toBe(false); // back to SLICE_MS
    } finally {
      now.mockRestore();
    }
  });
});
