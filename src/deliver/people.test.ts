import { describe, expect, it } from 'vitest';
import { cleanName, peopleOrCount, peopleText } from './people.js';

describe('peopleText', () => {
  it.each([
    [[], 0, null],
    [[], 3, null],
    [['Priya'], 1, 'Priya'],
    [['Priya'], 2, 'Priya and 1 other'],
    [['Priya', 'Tom'], 2, 'Priya and Tom'],
    [['Priya', 'Tom'], 5, 'Priya, Tom and 3 others'],
    [['A', 'B', 'C', 'D', 'E', 'F'], 6, 'A, B, C, D, E and 1 other'],
  ] as const)('GIVEN names %j of %i going THEN %j', (names, total, expected) => {
    expect(peopleText([...names], total)).toBe(expected);
  });

  it('never counts fewer people than the names it shows', () => {
    expect(peopleText(['Priya', 'Tom'], 1)).toBe('Priya and Tom');
  });
});

describe('peopleOrCount', () => {
  const a = (visibleName: string | null) => ({ userId: visibleName ?? 'x', status: 'going' as const, visibleName });
  it('names visible people and counts the rest, or only counts', () => {
    expect(peopleOrCount([a('Priya'), a(null), a(null)])).toBe('Priya and 2 others');
    expect(peopleOrCount([a(null), a(null)])).toBe('2 people');
    expect(peopleOrCount([a(null)])).toBe('1 person');
    expect(peopleOrCount([])).toBe('nobody yet');
  });
});

describe('cleanName', () => {
  it('keeps a display name to one short line without control characters', () => {
    expect(cleanName('  Priya\n\u202e Sharma\u0007 ')).toBe('Priya Sharma');
    expect(cleanName('x'.repeat(60))).toHaveLength(40);
  });
});
