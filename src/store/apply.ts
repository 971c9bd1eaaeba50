import type { NormalisedEvent } from '../core/event.js';
import type { ApplySummary, PolledSource } from '../core/ports.js';
import { fuzzyKeysAround } from '../dedupe/index.js';
import { planApply, type LinkRow, type Row } from './apply-plan.js';
import { prismaIo, type ApplyIo } from './apply-io.js';
import type { Db, Provider, Tx } from './client.js';
import { recordSuccesses } from './sources.js';
import { sqliteIo, type SqliteConnection } from './sqlite-bulk.js';

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
 * This file does the database side in bulk, whatever the feed's size
 * (apply-io.ts): the source's links for its uids, then the events those
 * links name and every candidate by canonical URL or fuzzy key, in set
 * queries; then batched inserts, one UPDATE per changed row or changed link,
 * and one UPDATE for all links only seen again. An unchanged feed costs two
 * queries (links, lastSeenAt) besides the transaction.
 *
 * Because a report is applied only when it is new or changed (the hash is
 * kept per link), two sources that disagree about an event do not flip it
 * back and forth on every poll. An event that merely drops out of a feed is
 * not touched.
 */

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
  connection: () => SqliteConnection | null = () => null,
): Promise<ApplySummary> {
  if (events.length === 0) return Promise.resolve({ created: [], updated: [], unchanged: 0 });
  return db.$transaction(async (tx) => {
    if (provider === 'postgres') await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${APPLY_LOCK_KEY})::text`);
    return applyInTx(tx, sourceId, events, now, provider, connection);
  }, TX_OPTIONS);
}

/**
 * EventRepo.applyPolled: the poller's group commit. One transaction (one
 * lock, one COMMIT) for several sources: each source applied in order, as
 * above, then every source's success recorded in one UPDATE.
 */
export function applyPolled(
  db: Db,
  sources: PolledSource[],
  provider: Provider = 'sqlite',
  connection: () => SqliteConnection | null = () => null,
): Promise<ApplySummary[]> {
  if (sources.length === 0) return Promise.resolve([]);
  return db.$transaction(async (tx) => {
    if (provider === 'postgres') await tx.$queryRawUnsafe(`SELECT pg_advisory_xact_lock(${APPLY_LOCK_KEY})::text`);
    const known = provider === 'postgres' ? await groupLinks(tx, sources) : null;
    const summaries: ApplySummary[] = [];
    for (const s of sources) {
      summaries.push(await applyInTx(tx, s.sourceId, s.events, s.now, provider, connection, known?.get(s.sourceId)));
    }
    await recordSuccesses(
      tx,
      provider,
      sources.map((s) => ({ id: s.sourceId, success: s.success })),
    );
    return summaries;
  }, TX_OPTIONS);
}

async function applyInTx(
  tx: Tx,
  sourceId: number,
  events: NormalisedEvent[],
  now: Date,
  provider: Provider,
  connection: () => SqliteConnection | null,
  knownLinks?: LinkRow[],
): Promise<ApplySummary> {
  if (events.length === 0) return { created: [], updated: [], unchanged: 0 };
  const sqlite = provider === 'sqlite' ? connection() : null;
  const io = sqlite ? sqliteIo(sqlite) : prismaIo(tx, provider);
  const links = knownLinks ?? (await io.links(sourceId, [...new Set(events.map((e) => e.sourceUid))]));
  const stored = await loadRows(io, events, links);
  const plan = planApply(events, links, stored, now);
  const ids = await io.insertEvents(plan.inserts);
  const created = new Map(plan.inserts.map((r, i) => [r.id, ids[i]!]));
  for (const { id, ...data } of plan.updates) await tx.event.update({ where: { id }, data });
  await io.insertLinks(
    plan.newLinks.map((l) => ({
      ...l,
      eventId: l.eventId < 0 ? created.get(l.eventId)! : l.eventId,
      sourceId,
      firstSeenAt: now,
      lastSeenAt: now,
    })),
  );
  for (const l of plan.changedLinks) {
    await tx.eventLink.update({ where: { id: l.id }, data: { lastSeenAt: now, url: l.url, contentHash: l.contentHash } });
  }
  await io.markSeen(plan.seenLinks, now);
  return { created: ids, updated: plan.updates.map((r) => r.id), unchanged: plan.unchanged };
}

/** Uids of a group read in one query on PostgreSQL (a query costs milliseconds there); a larger group reads per source. */
const GROUP_LINK_UIDS = 2000;

/**
 * The links of every source of a group, in one query. A source's links are
 * its own (sourceId, sourceUid): applying one source of the group never
 * changes another's, so reading them all first is the same as reading each
 * in turn. Null when the group is too large or lists a source twice.
 */
async function groupLinks(tx: Tx, sources: PolledSource[]): Promise<Map<number, LinkRow[]> | null> {
  const ids = sources.map((s) => s.sourceId);
  const uids = new Set(sources.flatMap((s) => s.events.map((e) => e.sourceUid)));
  if (new Set(ids).size !== ids.length || uids.size > GROUP_LINK_UIDS) return null;
  const wanted = new Map(sources.map((s) => [s.sourceId, new Set(s.events.map((e) => e.sourceUid))]));
  const found = uids.size
    ? await tx.eventLink.findMany({
        where: { sourceId: { in: ids }, sourceUid: { in: [...uids] } },
        select: { id: true, eventId: true, sourceId: true, sourceUid: true, url: true, contentHash: true },
      })
    : [];
  const bySource = new Map<number, LinkRow[]>(ids.map((id) => [id, []]));
  for (const { sourceId, ...link } of found) if (wanted.get(sourceId)?.has(link.sourceUid)) bySource.get(sourceId)!.push(link);
  return bySource;
}

/**
 * The rows a feed can touch: events named by links whose report changed, and
 * candidates for the unlinked reports by fuzzy key or canonical URL.
 */
async function loadRows(io: ApplyIo, events: NormalisedEvent[], links: LinkRow[]): Promise<Row[]> {
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
  for (const r of await io.rows([...ids], [...keys], [...urls])) rows.set(r.id, r);
  return [...rows.values()].sort((a, b) => a.id - b.id);
}
