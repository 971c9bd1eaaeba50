import { describe, expect, it } from 'vitest';
import { isoString } from './hash.js';

describe('isoString', () => {
  it.each([
    '2026-03-14T18:30:05.007Z',
    '1970-01-01T00:00:00.000Z',
    '1969-12-31T23:59:59.999Z',
    '2024-02-29T12:00:00.000Z',
    '0000-01-01T00:00:00.000Z',
    '0999-12-31T23:59:59.999Z',
    '9999-12-31T23:59:59.999Z',
  ])('writes %s as toISOString does', (text) => {
    const d = new Date(text);
    expect(isoString(d)).toBe(d.toISOString());
    expect(isoString(d)).toBe(text);
  });

  it('leaves years outside 0–9999 to toISOString (six-digit years)', () => {
    for (const ms of [Date.UTC(10000, 0, 1), -62_167_219_200_001, 8.64e15, -8.64e15]) {
      expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
    }
    expect(isoString(new Date(Date.UTC(-1, 5, 1)))).toMatch(/^-000001-06-01T/);
  });

  it('throws for an invalid date, like toISOString', () => {
    expect(() => isoString(new Date(NaN))).toThrow(RangeError);
  });

  it('agrees with toISOString across the years', () => {
    for (let ms = -62_200_000_000_000; ms < 253_500_000_000_000; ms += 9_876_543_210_987) {
      expect(isoString(new Date(ms))).toBe(new Date(ms).toISOString());
    }
  });
});
