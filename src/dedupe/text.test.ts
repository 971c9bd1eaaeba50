import { describe, expect, it } from 'vitest';
import { compact, titlesMatch, words } from './index.js';

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
