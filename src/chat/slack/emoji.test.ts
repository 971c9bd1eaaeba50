import { describe, expect, it } from 'vitest';
import { numberEmoji, reactionKey } from './emoji.js';
import { SeenEventIds } from './event-ids.js';

describe('reactionKey', () => {
  it.each([
    ['white_check_mark', 'going'],
    ['heavy_check_mark', 'going'],
    ['thinking_face', 'maybe'],
    ['one', { number: 1 }],
    ['nine', { number: 9 }],
    ['keycap_ten', { number: 10 }],
    ['thumbsup::skin-tone-3', null],
    ['white_check_mark::skin-tone-2', 'going'],
    ['tada', null],
    ['zero', null],
  ])('%s → %j', (name, key) => {
    expect(reactionKey(name)).toEqual(key);
  });

  it('round-trips digest numbers 1–10 and has no emoji past ten', () => {
    for (let n = 1; n <= 10; n += 1) expect(reactionKey(numberEmoji(n)!)).toEqual({ number: n });
    expect(numberEmoji(11)).toBeNull();
    expect(numberEmoji(0)).toBeNull();
  });
});

describe('SeenEventIds', () => {
  it('reports a repeat within the TTL and forgets ids after it', () => {
    let now = 0;
    const seen = new SeenEventIds(60_000, 100, () => now);
    expect(seen.firstSeen('Ev1')).toBe(true);
    now = 30_000;
    expect(seen.firstSeen('Ev1')).toBe(false);
    expect(seen.firstSeen('Ev2')).toBe(true);
    now = 61_000;
    expect(seen.firstSeen('Ev1')).toBe(true);
    expect(seen.size).toBe(2);
  });

  it('stays bounded, dropping the oldest ids first', () => {
    const seen = new SeenEventIds(60_000, 3, () => 0);
    for (const id of ['a', 'b', 'c', 'd']) seen.firstSeen(id);
    expect(seen.size).toBe(3);
    expect(seen.firstSeen('d')).toBe(false);
    expect(seen.firstSeen('a')).toBe(true);
  });
});
