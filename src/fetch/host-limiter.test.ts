import { describe, expect, it } from 'vitest';
import { HostLimiter } from './host-limiter.js';

/** A task that stays running until `finish()` is called. */
function gate() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { done, finish };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('HostLimiter', () => {
  it('runs at most N tasks per host and starts waiters in order', async () => {
    const limiter = new HostLimiter(2);
    const started: number[] = [];
    const gates = [gate(), gate(), gate(), gate()];
    const runs = gates.map((g, i) =>
      limiter.run('Feeds.Example.com', async () => {
        started.push(i);
        await g.done;
        return i;
      }),
    );
    await settle();
    expect(started).toEqual([0, 1]);
    expect(limiter.active('feeds.example.com')).toBe(2);

    gates[1]!.finish();
    await runs[1];
    await settle();
    expect(started).toEqual([0, 1, 2]);

    gates[0]!.finish();
    gates[2]!.finish();
    gates[3]!.finish();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(limiter.active('feeds.example.com')).toBe(0);
  });

  it('does not make one host wait for another', async () => {
    const limiter = new HostLimiter(1);
    const slow = gate();
    const first = limiter.run('a.example', () => slow.done);
    expect(await limiter.run('b.example', async () => 'b done')).toBe('b done');
    slow.finish();
    await first;
  });

  it('frees the slot when a task throws', async () => {
    const limiter = new HostLimiter(1);
    await expect(limiter.run('a.example', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('a.example', async () => 'next')).toBe('next');
  });
});
