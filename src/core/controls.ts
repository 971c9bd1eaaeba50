/**
 * Characters that feed text must never carry into a chat message: C0 controls
 * (ESC, BEL, backspace … — not tab, line feed or carriage return), DEL, the C1
 * controls U+0080–U+009F, and the bidirectional embedding, override and
 * isolate characters U+202A–U+202E and U+2066–U+2069 (which can make text
 * read in a different order than it is, "Trojan Source" style). A terminal
 * escape sequence (`ESC [ 2 J`, `ESC ] … BEL`) goes as a whole, not just its
 * ESC. Tabs and line breaks stay: whether text is one line or several is the
 * caller's business.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?)/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Any one of CONTROL (an escape sequence starts with one too): most text has none and is returned after this one test. */
const ANY_CONTROL = new RegExp(CONTROL.source);

export function stripControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
