/**
 * Synthetic stored events for the storage benchmarks (invented titles and
 * venues), spread over Great Britain and `days` days from `now`.
 */
import { contentHash } from '../../src/core/hash.js';
import type { NormalisedEvent } from '../../src/core/event.js';
import type { Store } from '../../src/core/ports.js';

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

/**
 * The `/events nearby` benchmarks' events: number `i` of a "Community
 * evening" series over Great Britain and 90 days, one in ten online.
 * `title` renames some of them (e.g. to give a search something to find).
 */
export function nearbyEvent(i: number, now: Date, title: (i: number) => string = (n) => `Community evening ${n}`): NormalisedEvent {
  return syntheticEvent(i, {
    now,
    days: 90,
    uid: `n-${i}`,
    title: title(i),
    venue: `Hall ${i % 900}`,
    attendance: i % 10 === 0 ? 'online' : 'in_person',
  });
}

/**
 * Stores `n` events made by `event` through applySourceResults, `perSource`
 * per source (a feed's worth), and returns how long that took in seconds.
 */
export async function storeEvents(
  store: Pick<Store, 'sources' | 'events'>,
  n: number,
  now: Date,
  event: (i: number) => NormalisedEvent,
  perSource = 2000,
): Promise<number> {
  const t0 = performance.now();
  for (let s = 0; s * perSource < n; s++) {
    const source = await store.sources.add(`https://bench.example/feed/${s}`, 'ical');
    const count = Math.min(perSource, n - s * perSource);
    await store.events.applySourceResults(
      source.id,
      Array.from({ length: count }, (_, k) => event(s * perSource + k)),
      now,
    );
  }
  return (performance.now() - t0) / 1000;
}
