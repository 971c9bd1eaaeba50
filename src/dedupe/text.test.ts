import { describe, expect, it } from 'vitest';
import { compact, fuzzyKey, titlesMatch, words } from './index.js';

/**
 * Title text reduced to the words that identify an event. Plain ASCII takes
 * a quicker path than text that needs Unicode folding; both must fold alike.
 */
describe('words and compact', () => {
  it.each<[string, string[]]>([
    ['Birmingham JS: March meetup', ['birmingham', 'js', 'march']],
    ['snake_case--and   "quotes" (2030)!', ['snake', 'case', 'quotes', '2030']],
    ['CANCELLED: Rust night', ['rust', 'night']],
    ['Café Zürich – Straße № 5', ['cafe', 'zurich', 'strasse', 'no', '5']],
    ['Ｆｕｌｌｗｉｄｔｈ ＪＳ', ['fullwidth', 'js']],
    ['the and of', ['the', 'and', 'of']],
  ])('%s → %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('folds an ASCII title and its accented spelling to the same compact form, every time it is asked', () => {
    expect(compact('Cafe Rust Night')).toBe('caferustnight');
    expect(compact('Café Rust Night')).toBe('caferustnight');
    expect(compact('Café Rust Night')).toBe('caferustnight');
    expect(titlesMatch('Cafe Rust Night', 'CAFÉ RUST NIGHT')).toBe(true);
  });

  it('gives nothing for empty text', () => {
    expect(words('')).toEqual([]);
    expect(compact(null)).toBe('');
    expect(compact('!!!')).toBe('');
  });
});

/** Day names are remembered by day number; every instant of a day, before 1970 too, names that day as toISOString does. */
describe('fuzzyKey days', () => {
  it.each([
    ['2024-03-14T00:00:00.000Z', '2024-03-14'],
    ['2024-03-14T23:59:59.999Z', '2024-03-14'],
    ['1969-12-31T23:59:59.999Z', '1969-12-31'],
    ['1969-12-31T00:00:00.000Z', '1969-12-31'],
    ['1900-02-28T12:00:00.000Z', '1900-02-28'],
    ['+012345-06-01T10:00:00.000Z', '+012345-06'],
  ])('%s is on %s, first call and repeated', (iso, day) => {
    const at = new Date(iso);
    expect(fuzzyKey({ title: 'Café Night', start: at })).toBe(`cafenight|${day}`);
    expect(fuzzyKey({ title: 'Café Night', start: new Date(at.getTime() - 1) })).toBe(
      `cafenight|${new Date(at.getTime() - 1).toISOString().slice(0, 10)}`,
    );
    expect(fuzzyKey({ title: 'Café Night', start: at })).toBe(`cafenight|${day}`);
  });

  it('an invalid start throws every time, as toISOString does', () => {
    expect(() => fuzzyKey({ title: 'x', start: new Date(NaN) })).toThrow(RangeError);
    expect(() => fuzzyKey({ title: 'x', start: new Date(NaN) })).toThrow(RangeError);
  });
});
