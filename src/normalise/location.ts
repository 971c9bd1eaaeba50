import { intlCountryName } from '../core/country-name.js';
import { countryCode } from './country.js';
import { saysOnlyHowPeopleAttend } from '../core/mode-location.js';
import { inlineText } from './text.js';
import { townFirstVenue, type TownClues } from './town-first.js';
import { beforeStreet, startsWithStreet } from './venue-street.js';

/**
 * Venue and address from what a source wrote.
 *
 * - address = the location text as written (tags stripped, whitespace
 *   collapsed), or null when it is empty or is only a URL (a meeting link or
 *   ticketing page is not an address; classify reads it from locationUrl),
 *   or only says how people attend ("In person", "In-person; Training":
 *   core/mode-location.ts).
 * - venue = the source's own venue name when it separates one (JSON-LD
 *   Place.name). Otherwise the leading part of the location text when the
 *   text is clearly "name, then address":
 *     "Silicon Walk (25 Greenside Place, Edinburgh, …)"  → "Silicon Walk"
 *     "FabLab Cottbus @ Walther-Pauer-Straße 5, 03044 …" → "FabLab Cottbus"
 *     "Skyscanner, 155 St Vincent St, Glasgow, …"         → "Skyscanner"
 *     "University of Glasgow - University Avenue - …"     → "University of Glasgow"
 *   The leading part is split at "(", " @ ", the first comma, or — when there
 *   is no comma — the first " - ". It is NOT a venue when it looks like part
 *   of an address: it starts with a digit ("4 Merchant St"), holds a
 *   postcode-like run of 4+ digits ("Townsville 4810") or starts with a
 *   street word ("Av. de Paris, 78000 Versailles"). A street glued to the
 *   venue's name is cut off ("Le Tigre 2 Rue Jean Mermoz, …" → "Le Tigre":
 *   venue-street.ts). A location with no separator ("Kenya", "Online
 *   event") has no venue. A first part that is the town the event was
 *   placed in, before a street or only a state ("Москва, Покровский б-р,
 *   11, …, Центр Культур", "Livingston, LA"), is no venue: the last part
 *   may be (town-first.ts; `town` carries the place stage's answer).
 */
export interface VenueAddress {
  venue: string | null;
  address: string | null;
}

export function venueAndAddress(venueName: string | null, locationText: string | null, town?: TownClues): VenueAddress {
  const address = cleanLocation(locationText);
  const named = venueName ? inlineText(venueName) : '';
  return { venue: named || (address ? leadingVenue(address, town) : null), address };
}

function cleanLocation(text: string | null): string | null {
  if (!text) return null;
  // "Ajour System\nSanderumvej 16B, Odense": a line break between the venue and its street parts them like a comma.
  const lines = text.includes('\n') ? text.replace(/[ \t]*\n[\s,]*(?=\S)/g, ', ') : text;
  // ">Rhein Haus, …": a quote mark or bullet left from the source's markup; "Omaha Conservatory of Music:, 7023 Cass St": a stray colon.
  const clean = inlineText(lines)
    .replace(/^[>»›•*\s]+/, '')
    .replace(/:(?=,)/g, '');
  if (!clean || /^https?:\/\/\S+$/i.test(clean) || saysOnlyHowPeopleAttend(clean)) return null;
  return clean.includes(',') ? withoutEmptySegments(clean) : clean;
}

/** "Col Roma Norte,, Mexico City", "Online event,": an empty part between commas, or after the last, says nothing. */
function withoutEmptySegments(text: string): string | null {
  return text.replace(/\s*,(?:\s*,)+/g, ',').replace(/^[\s,]+|[\s,]+$/g, '') || null;
}

/**
 * A GitHub emoji shortcode after the place ("Berlin :de:", "Brisbane
 * :australia:", "Virtual :computer:", a conference list kept in Markdown):
 * a flag is the country, written out; any other shortcode is dropped.
 */
export function flagAsCountry(text: string | null): string | null {
  const m = text?.endsWith(':') ? SHORTCODE.exec(text) : null;
  if (!m) return text;
  const place = text!.slice(0, m.index);
  const code = countryCode(m[1]!.replace(/_/g, ' '));
  const name = code ? intlCountryName(code) : null;
  return name ? `${place}, ${name}` : place;
}

const SHORTCODE = /\s+:([a-z_]{2,30}):$/;

function leadingVenue(address: string, town: TownClues | undefined): string | null {
  const townFirst = townFirstVenue(address, town);
  if (townFirst !== undefined) return townFirst;
  const head = firstSegment(address)?.trim();
  if (!head || head === address) return null;
  if (/^\d/.test(head) || startsWithStreet(head, address.slice(address.indexOf(head) + head.length).replace(/^[\s,(@-]+/, ''))) return null;
  const venue = beforeStreet(head);
  return /\d{4,}/.test(venue) ? null : venue;
}

function firstSegment(text: string): string | undefined {
  const paren = /^([^(),]+?)\s*\(/.exec(text);
  if (paren) return paren[1];
  const at = /^([^,]+?)\s+@\s+/.exec(text);
  if (at) return at[1];
  if (text.includes(',')) return text.split(',')[0];
  if (text.includes(' - ')) return text.split(' - ')[0];
  return undefined;
}
