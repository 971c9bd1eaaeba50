import type { EventPlacement } from '../core/placement.js';
import { fold } from './text.js';

type VenueClues = { venueName: string | null; locationText: string | null };

/**
 * The key under which a feed remembers where a venue is: its name (the
 * source's venue name, else the location text before the first comma or
 * bracket), folded. Null when there is no name worth remembering.
 */
export function venueKey(c: VenueClues): string | null {
  const name = c.venueName?.trim() || c.locationText?.split(/[,(]|\s[-–·|]\s|:\s/)[0]?.trim() || '';
  const key = fold(name);
  return key.length >= 3 ? key : null;
}

/**
 * Where the feed placed this event's venue for another event: by its key, or
 * by its key without the town it is written with — "Zurich Swiss Life Arena"
 * or "Swiss Life Arena Zurich" is the "Swiss Life Arena, Zurich" the feed
 * placed in Zürich. The town must be that venue's own.
 */
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

export function knownVenue(c: VenueClues, venues: ReadonlyMap<string, EventPlacement>): EventPlacement | undefined {
  const key = venueKey(c);
  if (!key) return undefined;
  const known = venues.get(key);
  if (known || venues.size === 0 || !key.includes(' ')) return known;
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
