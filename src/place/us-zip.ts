import type { AddressHints } from './address.js';

/**
 * The state of a US ZIP code, from its first three digits (the USPS
 * sectional centre; public knowledge). A US address that ends in a ZIP and
 * no state ("…, 7311 Decker Ln, Manor, 78653", as Scoutbook writes them) is
 * in that state: Manor, Texas, not the more populous Manor in India. Read
 * only where the feed is known or guessed to be in the US (`zipHints`):
 * elsewhere "Paris, 75011" is a French postcode, not Paris, Texas.
 *
 * Format per entry: first prefix[-last prefix], then the state's postal
 * abbreviation (its GeoNames admin1 code); PR and VI are the territories
 * GeoNames files as countries.
 */
const RANGES = `
005 NY|006-007 PR|008 VI|009 PR|010-027 MA|028-029 RI|030-038 NH|039-049 ME|050-054 VT|055 MA|056-059 VT|
060-069 CT|070-089 NJ|100-149 NY|150-196 PA|197-199 DE|200 DC|201 VA|202-205 DC|206-219 MD|220-246 VA|
247-268 WV|270-289 NC|290-299 SC|300-319 GA|320-339 FL|341-349 FL|350-369 AL|370-385 TN|386-397 MS|
398-399 GA|400-427 KY|430-459 OH|460-479 IN|480-499 MI|500-528 IA|530-549 WI|550-567 MN|570-577 SD|
580-588 ND|590-599 MT|600-629 IL|630-658 MO|660-679 KS|680-693 NE|700-714 LA|716-729 AR|730-731 OK|
733 TX|734-749 OK|750-799 TX|800-816 CO|820-831 WY|832-838 ID|840-847 UT|850-865 AZ|870-884 NM|885 TX|
889-898 NV|900-961 CA|967-968 HI|970-979 OR|980-994 WA|995-999 AK`;

const TERRITORIES = new Set(['PR', 'VI']);

/** Prefix (0–999) → state, built once. */
const STATE_OF_PREFIX: readonly (string | null)[] = (() => {
  const states: (string | null)[] = new Array<string | null>(1000).fill(null);
  for (const entry of RANGES.split('|')) {
    const [range, state] = entry.trim().split(' ') as [string, string];
    const [first, last = first] = range.split('-');
    for (let p = Number(first); p <= Number(last); p++) states[p] = state;
  }
  return states;
})();

/** ", 78653" or ", 78653-1234" ending the text: a ZIP written as a part of its own, after the town. */
const BARE_ZIP = /,\s*(\d{3})\d{2}(?:-\d{4})?\s*$/;

/**
 * The hints a US ZIP ending an address gives ({ country: 'US', region:
 * 'TX' } for "…, Manor, 78653"), when the feed is in the US (`country`, its
 * home's or guessed) and the address states no country or state of its own;
 * null otherwise. Costs one character test for a text that does not end in
 * a digit.
 */
export function zipHints(text: string, country: string | null | undefined, stated: AddressHints): AddressHints | null {
  if (country !== 'US' || stated.region || (stated.country && stated.country.toUpperCase() !== 'US')) return null;
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return null;
  const m = BARE_ZIP.exec(text);
  const state = m ? STATE_OF_PREFIX[Number(m[1])] : null;
  if (!state) return null;
  return TERRITORIES.has(state) ? { ...stated, country: state } : { ...stated, country: 'US', region: state };
}
