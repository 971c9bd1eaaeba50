import type { NormalisedEvent } from '../core/event.js';
import type { ApplySummary } from '../core/ports.js';
import { fuzzyKeysAround } from '../dedupe/index.js';
import { planApply, type ApplyPlan, type LinkRow, type Row } from './apply-plan.js';
import { EVENT_COLUMNS, insertReturningIds, LINK_COLUMNS } from './bulk-sql.js';
import type { Db, Provider, Tx } from './client.js';

/**
 * EventRepo.applySourceResults: one source's normalised events, in ONE
 * transaction. Matching and merging rules are src/dedupe's; apply-plan.ts
 * decides, event by event, what each report does:
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
 * This file does the database side in bulk, whatever the feed's size: the
 * source's links for its uids, then the events those links name and every
 * candidate by canonical URL or fuzzy key, each in one set query per chunk
 * of CHUNK values; then multi-row INSERTs (bulk-sql.ts), one UPDATE
 * per changed row or changed link, and one UPDATE for all links only seen
 * again. An unchanged feed costs two queries (links, lastSeenAt).
 *
 * Because a report is applied only when it is new or changed (the hash is
 * kept per link), two sources that disagree about an event do not flip it
 * back and forth on every poll. An event that merely drops out of a feed is
 * not touched.
 */

/** A large feed on PostgreSQL can take a while; the default 5 s interactive timeout is too short. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * Values per IN list or rows per insert: well inside SQLite's 32,766 bound
 * parameters and PostgreSQL's 65,535.
 */
const CHUNK = 500;
/** Event rows per INSERT: 23 values each, so 23 × 400 = 9,200 parameters. */
const INSERT_ROWS = 400;

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
  if (events.length === 0) return Promise.resolve({ created: [], updated: [], unchanged: 0 });
  return db.$transaction(async (tx) => {
    if (provider === 'postgres') await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${APPLY_LOCK_KEY})::text`);
    const links = await loadLinks(tx, sourceId, events);
    const stored = await loadRows(tx, events, links);
    const plan = planApply(events, links, stored, now);
    const created = await insertRows(tx, provider, plan.inserts);
    await writeRest(tx, provider, sourceId, plan, created, now);
    const newIds = new Set(created.values());
    return {
      created: [...created.values()],
      updated: plan.updates.map((r) => r.id).filter((id) => !newIds.has(id)),
      unchanged: plan.unchanged,
    };
  }, TX_OPTIONS);
}

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function loadLinks(tx: Tx, sourceId: number, events: NormalisedEvent[]): Promise<LinkRow[]> {
  const uids = [...new Set(events.map((e) => e.sourceUid))];
  const found: LinkRow[] = [];
  for (const part of chunks(uids)) {
    found.push(
      ...(await tx.eventLink.findMany({
        where: { sourceId, sourceUid: { in: part } },
        select: { id: true, eventId: true, sourceUid: true, url: true, contentHash: true },
      })),
    );
  }
  return found;
}

/**
 * The rows a feed can touch: events named by links whose report changed, and
 * candidates for the unlinked reports by fuzzy key or canonical URL.
 */
async function loadRows(tx: Tx, events: NormalisedEvent[], links: LinkRow[]): Promise<Row[]> {
  const byUid = new Map(links.map((l) => [l.sourceUid, l]));
  const ids = new Set<number>();
  const keys = new Set<string>();
  const urls = new Set<string>();
  for (const e of events) {
    const link = byUid.get(e.sourceUid);
    if (link) {
      if (link.contentHash !== e.contentHash) ids.add(link.eventId);
      continue;
    }
    for (const k of fuzzyKeysAround(e)) keys.add(k);
    if (e.url) urls.add(e.url);
  }
  const rows = new Map<number, Row>();
  const load = async (where: object) => {
    for (const r of await tx.event.findMany({ where })) rows.set(r.id, r);
  };
  for (const part of chunks([...ids])) await load({ id: { in: part } });
  for (const part of chunks([...keys])) await load({ fuzzyKey: { in: part } });
  for (const part of chunks([...urls])) await load({ canonicalUrl: { in: part } });
  return [...rows.values()].sort((a, b) => a.id - b.id);
}

/**
 * Inserts the new rows in batches and maps each placeholder id (-1, -2, …)
 * to its real id. Ids are handed out in the order of the VALUES list (one
 * statement, under the transaction's write lock), so the returned rows in id
 * order are the new rows in plan order.
 */
async function insertRows(tx: Tx, provider: Provider, inserts: Row[]): Promise<Map<number, number>> {
  const ids = new Map<number, number>();
  for (const part of chunks(inserts, INSERT_ROWS)) {
    const real = await insertReturningIds(tx, provider, 'Event', EVENT_COLUMNS, part);
    if (real.length !== part.length) throw new Error(`apply: inserted ${real.length} of ${part.length} events`);
    part.forEach((row, i) => ids.set(row.id, real[i]!));
  }
  return ids;
}

async function writeRest(
  tx: Tx,
  provider: Provider,
  sourceId: number,
  plan: ApplyPlan,
  created: Map<number, number>,
  now: Date,
): Promise<void> {
  for (const { id, ...data } of plan.updates) await tx.event.update({ where: { id }, data });
  const links = plan.newLinks.map((l) => ({
    ...l,
    eventId: l.eventId < 0 ? created.get(l.eventId)! : l.eventId,
    sourceId,
    firstSeenAt: now,
    lastSeenAt: now,
  }));
  for (const part of chunks(links, INSERT_ROWS * 2)) await insertReturningIds(tx, provider, 'EventLink', LINK_COLUMNS, part);
  for (const l of plan.changedLinks) {
    await tx.eventLink.update({ where: { id: l.id }, data: { lastSeenAt: now, url: l.url, contentHash: l.contentHash } });
  }
  for (const part of chunks(plan.seenLinks)) await tx.eventLink.updateMany({ where: { id: { in: part } }, data: { lastSeenAt: now } });
}
