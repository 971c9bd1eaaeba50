import { expect, it } from 'vitest';
import { stripControls } from './controls.js';

it.each([
  ['ESC sequences whole (CSI and OSC)', 'a\u001b[2J\u001b[1;31mb\u001b]0;title\u0007c\u001b]8;;http://x\u001b\\d', 'abcd'],
  ['a lone ESC and BEL', 'x\u001by\u0007z', 'xyz'],
  ['backspace, form feed, vertical tab, NUL', 'a\u0008b\u000cc\u000bd\u0000e', 'abcde'],
  ['DEL and C1 controls', 'a\u007fb\u0080c\u0085d\u009be\u009f', 'abcde'],
  ['bidi embeddings, overrides and isolates', '\u202aa\u202bb\u202cc\u202dd\u202ee\u2066f\u2067g\u2068h\u2069', 'abcdefgh'],
  ['keeps tabs and line breaks', 'one\ttwo\nthree\r\nfour', 'one\ttwo\nthree\r\nfour'],
  ['keeps right-to-left text, emoji and marks', 'שלום 🎉 café\u200f', 'שלום 🎉 café\u200f'],
  ['nothing from empty or clean text', '', ''],
  ['only the control at the very end', 'Zürich 2026\u009f', 'Zürich 2026'],
  ['a sequence after clean text, twice in a row', 'ok\u001b[0m ok\u001b[0m', 'ok ok'],
])('strips %s', (_what, input, output) => {
  expect(stripControls(input)).toBe(output);
});
