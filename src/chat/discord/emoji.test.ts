import { describe, expect, it } from 'vitest';
import { keycap, reactionKey } from './emoji.js';

describe('reaction emoji → RSVP key', () => {
  it.each([
    ['✅', 'going'],
    ['🤔', 'maybe'],
    ['1️⃣', { number: 1 }],
    ['1⃣', { number: 1 }], // keycap without the variation selector
    ['9️⃣', { number: 9 }],
    ['🔟', { number: 10 }],
    ['👍', null],
    ['❌', null],
    ['0️⃣', null],
    ['', null],
  ] as const)('%s → %j', (emoji, expected) => {
    expect(reactionKey(emoji)).toEqual(expected);
  });

  it('a custom emoji that happens to be named like a keycap is not an RSVP', () => {
    expect(reactionKey('✅', '123456789012345678')).toBeNull();
  });

  it('keycaps exist for 1 to 10 only', () => {
    expect([0, 1, 10, 11].map(keycap)).toEqual([null, '1️⃣', '🔟', null]);
  });
});
