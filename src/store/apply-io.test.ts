import { describe, expect, it } from 'vitest';
import { SLICE_MS, yieldIfDue } from '../core/turns.js';
import { inOrder } from './apply-io.js';

/** Holds the event loop for `ms`, as planning a commit does. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

/** Three steps asked for back to back once the time slice is used up, each logging when it begins and ends. */
async function threeSteps(overlap: boolean): Promise<string[]> {
  const log: string[] = [];
  const step = inOrder({ overlap });
  const work = (name: string) => async () => {
    log.push(`${name} begins`);
    await new Promise((r) => setTimeout(r, 5)); // a query's round trip, or a step giving turns within its rows
    log.push(`${name} ends`);
  };
  busy(SLICE_MS); // the slice is used up: every step first waits for a turn
  await Promise.all(['a', 'b', 'c'].map((name) => step(work(name))));
  return log;
}

describe("a commit's steps (inOrder)", () => {
  it('begin in the order they were asked for, and with overlap each begins without waiting for the one before to end', async () => {
    const log = await threeSteps(true);
    expect(log.filter((l) => l.endsWith('begins'))).toEqual(['a begins', 'b begins', 'c begins']);
    expect(log.indexOf('b begins')).toBeLessThan(log.indexOf('a ends'));
  });

  it('without overlap run one after another', async () => {
    expect(await threeSteps(false)).toEqual(['a begins', 'a ends', 'b begins', 'b ends', 'c begins', 'c ends']);
  });

  it('begin at once when the slice is not used up and none is ahead', async () => {
    for (const overlap of [true, false]) {
      const log: string[] = [];
      const step = inOrder({ overlap });
      busy(SLICE_MS);
      await yieldIfDue(); // a fresh slice
      const first = step(() => log.push('a'));
      expect(log).toEqual(['a']); // begun before this line, as a plain call would
      const second = step(() => log.push('b'));
      await Promise.all([first, second]);
      expect(log).toEqual(['a', 'b']);
    }
  });

  it('go on after a step that failed', async () => {
    const step = inOrder({ overlap: false });
    const failed = step(() => Promise.reject(new Error('constraint failed')));
    const next = step(() => 'written');
    await expect(failed).rejects.toThrow('constraint failed');
    await expect(next).resolves.toBe('written');
  });
});
