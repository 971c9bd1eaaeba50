import type { EventPlacement } from '../core/placement.js';
import { fold } from './text.js';

type VenueClues = { venueName: string | null; locationText: string | null };

/** The source's venue name, else the location text before the first comma, bracket, " - " or ": ". */
function nameOf(c: VenueClues): string {
  return c.venueName?.trim() || c.locationText?.split(/[,(]|\s[-–·|]\s|:\s/)[0]?.trim() || '';
}

/**
 * The key under which a feed remembers where a venue is: its name (see
 * nameOf), folded. Null when there is no name worth remembering.
 */
export function venueKey(c: VenueClues): string | null {
  const key = fold(nameOf(c));
  return key.length >= 3 ? key : null;
}

/**
 * "Church" in a church's calendar: the one venue the feed placed whose name
 * holds that word ("Lighthouse Church Oshawa"); none when it placed several.
 */
export function venueOfKind(c: VenueClues, venues: ReadonlyMap<string, EventPlacement>): EventPlacement | undefined {
  const kind = venueKey(c);
  if (!kind) return undefined;
  const found = [...venues].filter(([key]) => ` ${key} `.includes(` ${kind} `));
  return found.length === 1 ? found[0]![1] : undefined;
}

/**
 * Where the feed placed this event's venue for another event: by its key, or
 * by its key without the town it is written with — "Zurich Swiss Life Arena"
 * or "Swiss Life Arena Zurich" is the "Swiss Life Arena, Zurich" the feed
 * placed in Zürich (the town must be that venue's own) — or without an
 * organisation's acronym after it: "Camp Tahuaya BSA" is the "Camp Tahuaya"
 * the feed placed in Belton.
 */
export function knownVenue(c: VenueClues, venues: ReadonlyMap<string, EventPlacement>): EventPlacement | undefined {
  const key = venueKey(c);
  if (!key) return undefined;
  const known = venues.get(key);
  if (known || venues.size === 0 || !key.includes(' ')) return known;
  return withoutTown(key, venues) ?? withoutAcronym(nameOf(c), venues);
}

function withoutTown(key: string, venues: ReadonlyMap<string, EventPlacement>): EventPlacement | undefined {
  const words = key.split(' ');
  for (let n = 1; n <= Math.min(2, words.length - 1); n++) {
    for (const [town, rest] of [
      [words.slice(0, n), words.slice(n)],
      [words.slice(-n), words.slice(0, -n)],
    ] as const) {
      const venue = venues.get(rest.join(' '));
      if (venue?.locality && fold(venue.locality) === town.join(' ')) return venue;
    }
  }
  return undefined;
}

/**
 * The venue named before a trailing acronym of 2–4 capitals ("Camp Tahuaya
 * BSA", "Riverside Lodge YMCA"), when the feed placed that name, of at least
 * two words and not itself written in capitals (where a last capital word
 * tells nothing).
 */
function withoutAcronym(name: string, venues: ReadonlyMap<string, EventPlacement>): EventPlacement | undefined {
  const last = name.charCodeAt(name.length - 1);
  if (last < 65 || last > 90) return undefined; // Cheap first look: most names do not end in a capital.
  const match = TRAILING_ACRONYM.exec(name);
  if (!match || !/\p{Ll}/u.test(match[1]!)) return undefined;
  const key = fold(match[1]!);
  return key.includes(' ') ? venues.get(key) : undefined;
}

/** A name, a space, and a last word of 2–4 capital letters. Anchored at the end; names are short. */
const TRAILING_ACRONYM = /^(.+?)\s+\p{Lu}{2,4}$/u;
