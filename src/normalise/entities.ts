import { PACKED_ENTITIES } from './entity-table.js';

/**
 * HTML character references → text.
 *
 * - Named references use the full HTML list (`&hellip;`, `&nbsp;`, `&mdash;`, …).
 * - Numeric ones in decimal or hex (`&#39;`, `&#x1f680;`). As browsers do,
 *   0x80–0x9F are read as Windows-1252 (`&#146;` → ’) and code points that
 *   cannot be text (0, surrogates, > 0x10FFFF) become U+FFFD.
 * - A named reference whose `;` is missing or arrived escaped (`&hellip\;`,
 *   a trailing `&hellip` where a feed cut the text) is still decoded, but only
 *   when the name is followed by something that is not a letter, digit or `=`
 *   (so `?a=1&copy=2` in a URL stays as it is).
 * - Anything that is not a known reference is left untouched (`R&D`, `AT&T`).
 */

let table: Map<string, string> | null = null;

function entities(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const token of PACKED_ENTITIES.split(/\s+/)) {
    const colon = token.indexOf(':');
    if (colon <= 0) continue;
    const points = token
      .slice(colon + 1)
      .split('.')
      .map((p) => parseInt(p, 36));
    table.set(token.slice(0, colon), String.fromCodePoint(...points));
  }
  return table;
}

/** Windows-1252 characters that HTML maps numeric references 0x80–0x9F to. */
// prettier-ignore
const CP1252: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x02c6,
  0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc, 0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a,
  0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

function fromNumeric(code: number): string {
  const mapped = CP1252[code];
  if (mapped !== undefined) return String.fromCodePoint(mapped);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(code);
}

const REFERENCE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{0,31}))(\\?;)?/g;

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    REFERENCE,
    (
      whole,
      dec: string | undefined,
      hex: string | undefined,
      name: string | undefined,
      semi: string | undefined,
      offset: number,
      all: string,
    ) => {
      if (dec !== undefined) return fromNumeric(parseInt(dec, 10));
      if (hex !== undefined) return fromNumeric(parseInt(hex, 16));
      const value = name === undefined ? undefined : entities().get(name);
      if (value === undefined) return whole;
      if (semi) return value;
      const next = all.charAt(offset + whole.length);
      return next === '=' ? whole : value;
    },
  );
}

/**
 * A numeric reference that lost its "&#" between two letters ("Mayor039;s",
 * "Mayor039\;s" after a calendar escaped the ";", "Don8217;t"): a
 * producer's fault, read as the apostrophe it was. For titles; the cheap
 * look for a ";" comes first, as most titles have none.
 */
export function withoutBareReferences(text: string): string {
  if (!text.includes(';')) return text;
  return text.replace(BARE_REFERENCE, (_, code: string) => fromNumeric(parseInt(code, 10)));
}

/** 39 is "'", 8217 and 146 (Windows-1252) "’", only when a letter stands on each side. */
const BARE_REFERENCE = /(?<=\p{L})(0?39|8217|146)\\?;(?=\p{L})/gu;
