import type { NormalisedEvent } from '../core/event.js';
import type { ApplySummary } from '../core/ports.js';
import { diffEvent, fuzzyKey, fuzzyKeysAround, matchEvent, mergeForUpdate } from '../dedupe/index.js';
import type { Db, Provider, Tx } from './client.js';
import type { Event } from './generated/sqlite/client.js';
import { toEvent } from './map.js';

/**
 * EventRepo.applySourceResults: one source's normalised events, in ONE
 * transaction. Matching and merging rules are src/dedupe's; this file
 * decides which stored events are candidates and when to write:
 *
 * 1. Provenance first: an EventLink (sourceId, sourceUid) names the stored
 *    event outright, whatever changed (a retimed or renamed event is exactly
 *    what must be recognised). When the link saw the same contentHash last
 *    time, the source's report has not changed → unchanged (lastSeenAt only).
 * 2. Otherwise the candidates are stored events with the same canonical URL
 *    or a fuzzy key around the start (dedupe `fuzzyKeysAround`), and dedupe
 *    `matchEvent` picks one or none. None → a new Event and EventLink.
 * 3. A new or changed report of a known event is merged with dedupe
 *    `mergeForUpdate` (a known venue, place, coordinates or URL is never
 *    replaced by nothing; the longer description wins). If stored columns
 *    change → updated; `version` goes up and lastChange/changedAt are set only
 *    when dedupe `diffEvent` calls the change notable (time, venue, status),
 *    since posts are edited when their version falls behind.
 *
 * Because a report is applied only when it is new or changed (the hash is
 * kept per link), two sources that disagree about an event do not flip it
 * back and forth on every poll. An event that merely drops out of a feed is
 * not touched.
 */

type Outcome = { kind: 'created' | 'updated'; id: number } | { kind: 'unchanged' };

/** A large feed on PostgreSQL can take a while; the default 5 s interactive timeout is too short. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * Key of the PostgreSQL advisory lock that makes source commits take turns
 * across instances: without it, two instances committing two sources that
 * report the same new event could both create it. (On SQLite transactions
 * already take turns; see sqlite-serial.ts.)
 */
const APPLY_LOCK_KEY = 7_270_736_901;

export function applySourceResults(
  db: Db,
  sourceId: number,
  events: NormalisedEvent[],
  now: Date,
  provider: Provider = 'sqlite',
): Promise<ApplySummary> {
  return db.$transaction(async (tx) => {
    if (provider === 'postgres') await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${APPLY_LOCK_KEY})::text`);
    const created: number[] = [];
    const updated = new Set<number>();
    let unchanged = 0;
    for (const e of events) {
      const out = await applyOne(tx, sourceId, e, now);
      if (out.kind === 'created') created.push(out.id);
      else if (out.kind === 'updated') updated.add(out.id);
      else unchanged++;
    }
    for (const id of created) updated.delete(id);
    return { created, updated: [...updated], unchanged };
  }, TX_OPTIONS);
}

async function applyOne(tx: Tx, sourceId: number, e: NormalisedEvent, now: Date): Promise<Outcome> {
  const link = await tx.eventLink.findUnique({
    where: { sourceId_sourceUid: { sourceId, sourceUid: e.sourceUid } },
    include: { event: true },
  });
  if (link) {
    const sameReport = link.contentHash === e.contentHash;
    await tx.eventLink.update({
      where: { id: link.id },
      data: { lastSeenAt: now, url: e.url ?? link.url, contentHash: e.contentHash },
    });
    if (sameReport) return { kind: 'unchanged' };
    return write(tx, link.event, e, now);
  }

  const candidates = await tx.event.findMany({
    where: {
      OR: [{ fuzzyKey: { in: fuzzyKeysAround(e) } }, ...(e.url ? [{ canonicalUrl: e.url }] : [])],
    },
    orderBy: { id: 'asc' },
  });
  const match = matchEvent(e, candidates.map(toEvent));
  const row = match ? candidates.find((c) => c.id === match.id) : undefined;
  if (!row) {
    const event = await tx.event.create({ data: { ...columns(e), createdAt: now, updatedAt: now } });
    await tx.eventLink.create({ data: linkData(event.id, sourceId, e, now) });
    return { kind: 'created', id: event.id };
  }
  await tx.eventLink.create({ data: linkData(row.id, sourceId, e, now) });
  return write(tx, row, e, now);
}

function linkData(eventId: number, sourceId: number, e: NormalisedEvent, now: Date) {
  return { eventId, sourceId, sourceUid: e.sourceUid, url: e.url, contentHash: e.contentHash, firstSeenAt: now, lastSeenAt: now };
}

/** Merges a report into the stored row and writes it if any column differs; versions notable changes. */
async function write(tx: Tx, row: Event, incoming: NormalisedEvent, now: Date): Promise<Outcome> {
  const stored = toEvent(row);
  const data = columns(mergeForUpdate(stored, incoming));
  const differs = (Object.keys(data) as (keyof typeof data)[]).some((k) => !same(row[k], data[k]));
  if (!differs) return { kind: 'unchanged' };
  const diff = diffEvent(stored, incoming);
  await tx.event.update({
    where: { id: row.id },
    data: {
      ...data,
      updatedAt: now,
      ...(diff.notable ? { version: { increment: 1 }, lastChange: diff.changed.join(','), changedAt: now } : {}),
    },
  });
  return { kind: 'updated', id: row.id };
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The Event columns a report determines. */
function columns(n: NormalisedEvent) {
  return {
    canonicalUrl: n.url,
    fuzzyKey: fuzzyKey(n),
    title: n.title,
    description: n.description,
    start: n.start,
    end: n.end,
    timezone: n.timezone,
    allDay: n.allDay,
    venue: n.venue,
    address: n.address,
    lat: n.lat,
    lon: n.lon,
    locality: n.locality,
    country: n.country,
    attendance: n.attendance,
    status: n.status,
    organiser: n.organiser,
    contentHash: n.contentHash,
  };
}
