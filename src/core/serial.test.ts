import { describe, expect, it } from 'vitest';
import { createSerialQueue } from './serial.js';

describe('createSerialQueue', () => {
  it('runs work with the same key in order, and work with other keys alongside', async () => {
    const inOrder = createSerialQueue();
    const log: string[] = [];
    const step = (name: string, ms: number) => () => new Promise<void>((resolve) => setTimeout(() => (log.push(name), resolve()), ms));
    await Promise.all([inOrder('ann', step('ann add', 30)), inOrder('ann', step('ann remove', 0)), inOrder('bob', step('bob add', 0))]);
    expect(log).toEqual(['bob add', 'ann add', 'ann remove']);
  });
});
