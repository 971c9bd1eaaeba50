import { stripControls } from '../../core/controls.js';

/**
 * iCalendar (RFC 5545) text: escaping TEXT values, folding content lines at
 * 75 octets, CRLF line ends.
 */

/** TEXT value escaping (§3.3.11): backslash, semicolon, comma, newline; other control characters dropped. */
export function escapeText(value: string): string {
  return stripControls(value.replace(/\r\n?/g, '\n'))
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
    .replace(/\t/g, ' ');
}

const encoder = new TextEncoder();

/**
 * Folds one content line (§3.1): no line longer than 75 octets (the leading
 * space of a continuation counts), never splitting a UTF-8 character.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // after the leading space
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

/** Content lines → the calendar's text: each folded, CRLF after every line. */
export function serialise(lines: string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** A UTC DATE-TIME: 20261210T183000Z. */
export function utcStamp(at: Date): string {
  return `${at.getUTCFullYear()}${pad(at.getUTCMonth() + 1)}${pad(at.getUTCDate())}T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`;
}

/** Local DATE-TIME or DATE from wall-clock fields: 20261210T183000 / 20261210. */
export function localStamp(
  w: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  dateOnly = false,
): string {
  const date = `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}`;
  return dateOnly ? date : `${date}T${pad(w.hour ?? 0)}${pad(w.minute ?? 0)}${pad(w.second ?? 0)}`;
}

/** A UTC offset in ms → "+0100", "-0330", "+054500" (seconds only when present). */
export function utcOffset(ms: number): string {
  const sign = ms < 0 ? '-' : '+';
  const total = Math.round(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${sign}${pad(h)}${pad(m)}${s ? pad(s) : ''}`;
}
