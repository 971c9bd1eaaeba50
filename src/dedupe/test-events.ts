/** Test support: NormalisedEvent / StoredEvent builders around CodeBase, Edinburgh. Not used by production code. */
import type { NormalisedEvent } from '../core/event.js';
import type { StoredEvent } from '../core/ports.js';
import { contentHash } from '../core/hash.js';

/** CodeBase, Edinburgh and points at known distances from it. */
export const CODEBASE = { lat: 55.9469, lon: -3.2043 };
export const M150_EAST = { lat: 55.9469, lon: -3.2043 + 150 / 62_400 }; // 1° lon ≈ 62.4 km at 55.9° N
export const KM5_NORTH = { lat: 55.9469 + 5 / 111.2, lon: -3.2043 };
export const START = new Date('2024-03-14T18:30:00Z');
export const minutes = (n: number) => new Date(START.getTime() + n * 60_000);

export function incoming(over: Partial<NormalisedEvent> = {}): NormalisedEvent {
  const e: NormalisedEvent = {
    sourceUrl: 'https://example.org/feed.ics',
    sourceUid: 'uid-1',
    url: null,
    title: 'Birmingham JS: March meetup',
    description: '',
    start: START,
    end: null,
    timezone: 'Europe/London',
    allDay: false,
    venue: 'CodeBase',
    address: 'CodeBase, 38 Castle Terrace, Edinburgh',
    ...CODEBASE,
    locality: 'Edinburgh',
    country: 'GB',
    attendance: 'in_person',
    status: 'scheduled',
    organiser: null,
    contentHash: '',
    ...over,
  };
  return { ...e, contentHash: contentHash(e) };
}

export function stored(over: Partial<NormalisedEvent> = {}, id = 1): StoredEvent {
  const { sourceUrl: _s, sourceUid: _u, ...rest } = incoming(over);
  return { ...rest, id, version: 1, lastChange: null, createdAt: START, updatedAt: START };
}
