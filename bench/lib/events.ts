/**
 * Synthetic stored events for the storage benchmarks (invented titles and
 * venues), spread over Great Britain and `days` days from `now`.
 */
import { contentHash } from '../../src/core/hash.js';
import type { NormalisedEvent } from '../../src/core/event.js';

export const DAY_MS = 86_400_000;

/** Today 00:00 UTC: benchmark events are upcoming whenever they run. */
export const today = () => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

export interface SyntheticOptions {
  now: Date;
  days: number;
  uid: string;
  title: string;
  venue: string;
  address?: string | null;
  attendance?: NormalisedEvent['attendance'];
  description?: string;
}

export function syntheticEvent(i: number, o: SyntheticOptions): NormalisedEvent {
  const base = {
    title: o.title,
    start: new Date(o.now.getTime() + ((i * 3571) % (o.days * 24)) * 3_600_000),
    end: null,
    allDay: false,
    venue: o.venue,
    address: o.address ?? null,
    lat: 50.5 + ((i * 7919) % 5000) / 1000,
    lon: -4.5 + ((i * 104729) % 5000) / 1000,
    attendance: o.attendance ?? ('in_person' as const),
    status: 'scheduled' as const,
  };
  return {
    ...base,
    sourceUrl: 'https://bench.example/feed',
    sourceUid: o.uid,
    url: `https://bench.example/e/${o.uid}`,
    description: o.description ?? 'A benchmark event.',
    timezone: 'Europe/London',
    locality: null,
    country: 'GB',
    organiser: null,
    contentHash: contentHash(base),
  };
}
