import type { PlaceFilter } from './gazetteer.js';

/**
 * India's PIN codes, as an address ends: "…, Bengaluru, Karnataka 560071",
 * "Chennai, TN 600 001". Six digits (often written 3 + 3), whose first digit
 * is the postal zone. A PIN counts only after a state of India (state-tail.ts):
 * six digits alone are also Singapore's, China's or Russia's postcodes.
 *
 * The zone must agree with the state, so "Karnataka 110001" (a Delhi PIN) is
 * no reading, and an abbreviation that is also another country's state or a
 * country ("TN", "MH", "GA") is India's only when its PIN fits.
 */
const PIN = /^\d{6}$/;
const PIN_HALF = /^\d{3}$/;

/** GeoNames admin1 code of each state and union territory → the first digit(s) of its PINs. */
const PIN_ZONES: Readonly<Record<string, string>> = {
  '01': '7', // Andaman and Nicobar Islands (744)
  '02': '5', // Andhra Pradesh
  '03': '7', // Assam
  '05': '1', // Chandigarh
  '06': '3', // Dadra and Nagar Haveli
  '07': '1', // Delhi
  '09': '3', // Gujarat
  '10': '1', // Haryana
  '11': '1', // Himachal Pradesh
  '12': '1', // Jammu and Kashmir
  '13': '6', // Kerala
  '14': '6', // Lakshadweep (682)
  '16': '4', // Maharashtra
  '17': '7', // Manipur
  '18': '7', // Meghalaya
  '19': '5', // Karnataka
  '20': '7', // Nagaland
  '21': '7', // Odisha
  '22': '56', // Puducherry (Yanam 533, the rest 60x and Mahé 673)
  '23': '1', // Punjab
  '24': '3', // Rajasthan
  '25': '6', // Tamil Nadu
  '26': '7', // Tripura
  '28': '7', // West Bengal
  '29': '7', // Sikkim
  '30': '7', // Arunachal Pradesh
  '31': '7', // Mizoram
  '32': '3', // Daman and Diu
  '33': '4', // Goa
  '34': '8', // Bihar
  '35': '4', // Madhya Pradesh
  '36': '2', // Uttar Pradesh
  '37': '4', // Chhattisgarh
  '38': '8', // Jharkhand
  '39': '2', // Uttarakhand
  '40': '5', // Telangana
  '41': '1', // Ladakh
};

/** Removes a final PIN ("560071", or "560 071" as two words) from `words` and returns it without its space. */
export function peelPin(words: string[]): string | null {
  const last = words.at(-1) ?? '';
  if (PIN.test(last)) return words.pop() ?? null;
  if (words.length >= 2 && PIN_HALF.test(last) && PIN_HALF.test(words.at(-2) ?? '')) return words.splice(-2).join('');
  return null;
}

/** The states of India among `states` whose PIN zone `pin` is in. */
export function statesOfPin(states: readonly PlaceFilter[], pin: string): PlaceFilter[] {
  return states.filter((s) => s.country === 'IN' && s.admin1 != null && (PIN_ZONES[s.admin1] ?? '').includes(pin.charAt(0)));
}

/**
 * "Sample Hall, 12 Main Rd, Unknownpur 411001, India" in a Bengaluru feed:
 * a PIN at the end of the address (before ", India"), of another postal
 * zone than the home state's — somewhere else in India, not a venue at home.
 */
export function pinOutsideState(text: string, admin1: string): boolean {
  const zones = PIN_ZONES[admin1];
  if (zones === undefined || !SIX_DIGITS.test(text)) return false;
  const m = PIN_AT_END.exec(text);
  return m !== null && !zones.includes(m[1]!);
}

const SIX_DIGITS = /\d{3} ?\d{3}/;
/** A PIN ending the address, alone or after its town ("Unknownpur - 411 001"), before an optional ", India". */
const PIN_AT_END = /(?:^|[\s,–-])([1-9])\d{2} ?\d{3}\s*(?:,\s*(?:India|Bharat)\s*)?\.?$/i;
