import type { NormalisedEvent } from '../core/event.js';
import type { ApplySummary, PolledSource } from '../core/ports.js';
import { fuzzyKeysAround } from '../dedupe/index.js';
import { planApply, type LinkRow, type PlanSource, type Row } from './apply-plan.js';
import { postgresIo, type ApplyIo } from './apply-io.js';
import type pg from 'pg';
import type { Db, Provider } from './client.js';
import { pgTransaction, settleAll } from './pg-direct.js';
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
 * This file does the database side in bulk, whatever the feed's or the
 * group's size (apply-io.ts): the links of every source of a group for its
 * uids in one query, then the events those links name and every candidate by
 * canonical URL or fuzzy key in one more; the plan in memory; then one
 * INSERT of the group's new events, one UPDATE of its changed events, one
 * INSERT of its new links, one UPDATE of its changed links and one of its
 * links only seen again (larger groups in batches). An unchanged feed costs
 * two queries (links, lastSeenAt) besides the transaction.
 *
 * Because a report is applied only when it is new or changed (the hash is
 * kept per link), two sources that disagree about an event do not flip it
 * back and forth on every poll. An event that merely drops out of a feed is
 * not touched.
 */

/** A large feed can take a while; Prisma's default 5 s interactive timeout is too short. */
const TX_OPTIONS = { maxWait: 10_000, timeout: 120_000 };

/**
 * Key of the PostgreSQL advisory lock that makes source commits take turns
 * across instances: without it, two instances committing two sources that
 * report the same new event could both create it. (On SQLite transactions
 * already take turns; see sqlite-serial.ts.)
 */
const APPLY_LOCK_KEY = 7_270_736_901;

/** The raw connections under the store's Prisma client, for the bulk path. */
export interface RawConnections {
  /** SQLite: the better-sqlite3 connection Prisma's adapter opened (null until it has). */
  sqlite(): SqliteConnection | null;
  /** PostgreSQL: the pool Prisma's adapter draws from. */
  postgres: pg.Pool | null;
  /** SQLite in a file: the read-only connection (sqlite-serial.ts), for near() while a commit is open (sqlite-reader.ts). */
  sqliteReader?: () => SqliteConnection | null;
}

type Work<T> = (io: ApplyIo, sources: Pick<Db, '$executeRawUnsafe'>) => Promise<T>;

/**
 * One transaction for `work`: on PostgreSQL straight on a `pg` connection
 * holding the apply lock (pg-direct.ts), on SQLite a Prisma transaction whose
 * connection sqliteIo writes to directly.
 */
function inTransaction<T>(db: Db, provider: Provider, raw: RawConnections, work: Work<T>): Promise<T> {
  if (provider === 'postgres') {
    if (!raw.postgres) throw new Error('apply: the PostgreSQL pool is not open');
    return pgTransaction(raw.postgres, APPLY_LOCK_KEY, (session) =>
      work(postgresIo(session), { $executeRawUnsafe: (sql: string, ...params: unknown[]) => session.execute(sql, params) } as Pick<
        Db,
        '$executeRawUnsafe'
      >),
    );
  }
  return db.$transaction(async (tx) => {
    const sqlite = raw.sqlite();
    // The adapter hands over its connection when it connects, before any transaction can begin.
    if (!sqlite) throw new Error('apply: the SQLite connection is not open');
    return work(sqliteIo(sqlite), tx);
  }, TX_OPTIONS);
}

export function applySourceResults(
  db: Db,
  sourceId: number,
  events: NormalisedEvent[],
  now: Date,
  provider: Provider,
  raw: RawConnections,
): Promise<ApplySummary> {
  if (events.length === 0) return Promise.resolve({ created: [], updated: [], unchanged: 0 });
  return inTransaction(db, provider, raw, async (io) => {
    const { summaries, written } = await applyGroup(io, [{ sourceId, events, now }]);
    await written;
    return summaries[0]!;
  });
}

/**
 * EventRepo.applyPolled: the poller's group commit. One transaction (one
 * lock, one COMMIT) for several sources, applied as if one after another
 * (apply-plan.ts), with the reads and writes of the whole group made
 * together; then every source's success recorded in one UPDATE. Writes are
 * waited for once, at the end (see ApplyIo).
 */
export function applyPolled(db: Db, sources: PolledSource[], provider: Provider, raw: RawConnections): Promise<ApplySummary[]> {
  if (sources.length === 0) return Promise.resolve([]);
  return inTransaction(db, provider, raw, async (io, sourceRows) => {
    const summaries: ApplySummary[] = [];
    const writes: Promise<void>[] = [];
    for (const run of distinctRuns(sources)) {
      const group = await applyGroup(io, run);
      summaries.push(...group.summaries);
      // Observed at once: if a later run's read throws first, this failure must not go unhandled.
      group.written.catch(() => undefined);
      writes.push(group.written);
    }
    const successes = sources.map((s) => ({ id: s.sourceId, success: s.success }));
    writes.push(recordSuccesses(sourceRows, provider, successes));
    await settleAll(writes);
    return summaries;
  });
}

/**
 * The group split where a source comes back: a source's second poll in one
 * group must read the links its first one wrote, so it starts a new run.
 */
function distinctRuns<T extends { sourceId: number }>(sources: T[]): T[][] {
  const runs: T[][] = [[]];
  let seen = new Set<number>();
  for (const s of sources) {
    if (seen.has(s.sourceId)) {
      runs.push([]);
      seen = new Set();
    }
    seen.add(s.sourceId);
    runs.at(-1)!.push(s);
  }
  return runs;
}

type GroupSource = Pick<PolledSource, 'sourceId' | 'events' | 'now'>;

/**
 * Sources (each at most once) applied in order, inside the caller's
 * transaction: their links in one read, every row they can touch in one
 * more, the plan in memory, then batched writes — new events, changed
 * events, new links, changed links, links seen again. The summaries are
 * known once the new events have their ids; `written` settles when the rest
 * of the writes have been made (the caller waits for it before committing).
 */
async function applyGroup(io: ApplyIo, sources: GroupSource[]): Promise<{ summaries: ApplySummary[]; written: Promise<void> }> {
  const links = await groupLinks(io, sources);
  const parts = sources.map((s) => ({ events: s.events, links: links.get(s.sourceId) ?? [], now: s.now }));
  const plan = await planApply(parts, await loadRows(io, parts));
  const ids = await io.insertEvents(plan.inserts);
  const idOf = (id: number) => (id < 0 ? ids[-id - 1]! : id);
  const newLinks = plan.sources.flatMap((p, i) =>
    p.newLinks.map((l) => ({
      ...l,
      eventId: idOf(l.eventId),
      sourceId: sources[i]!.sourceId,
      firstSeenAt: sources[i]!.now,
      lastSeenAt: sources[i]!.now,
    })),
  );
  const changedLinks = plan.sources.flatMap((p, i) => p.changedLinks.map((l) => ({ ...l, lastSeenAt: sources[i]!.now })));
  const writes = [io.updateEvents(plan.updates), io.insertLinks(newLinks), io.updateLinks(changedLinks)];
  for (const { now, ids: linkIds } of seenByTime(plan.sources, sources)) writes.push(io.markSeen(linkIds, now));
  const summaries = plan.sources.map((p) => ({ created: p.created.map(idOf), updated: p.updated.map(idOf), unchanged: p.unchanged }));
  return { summaries, written: settleAll(writes) };
}

/** The links each source saw again, grouped by the time they were seen (one UPDATE per time). */
function seenByTime(plans: { seenLinks: number[] }[], sources: GroupSource[]): { now: Date; ids: number[] }[] {
  const seen = new Map<number, { now: Date; ids: number[] }>();
  plans.forEach((p, i) => {
    const now = sources[i]!.now;
    const entry = seen.get(now.getTime()) ?? seen.set(now.getTime(), { now, ids: [] }).get(now.getTime())!;
    entry.ids.push(...p.seenLinks);
  });
  return [...seen.values()];
}

/**
 * The links of every source of a group for its events' uids, in one read. A
 * source's links are its own (sourceId, sourceUid): applying one source of
 * the group never changes another's, so reading them all first is the same
 * as reading each in turn.
 */
async function groupLinks(io: ApplyIo, sources: GroupSource[]): Promise<Map<number, LinkRow[]>> {
  const withEvents = sources.filter((s) => s.events.length > 0);
  const wanted = new Map(withEvents.map((s) => [s.sourceId, new Set(s.events.map((e) => e.sourceUid))]));
  const uids = [...new Set(withEvents.flatMap((s) => s.events.map((e) => e.sourceUid)))];
  const bySource = new Map<number, LinkRow[]>();
  if (uids.length === 0) return bySource;
  for (const { sourceId, ...link } of await io.links([...wanted.keys()], uids)) {
    if (!wanted.get(sourceId)?.has(link.sourceUid)) continue;
    bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), link]);
  }
  return bySource;
}

/**
 * The rows a group can touch: events named by links whose report changed,
 * and candidates for the unlinked reports by fuzzy key or canonical URL.
 */
async function loadRows(io: ApplyIo, sources: PlanSource[]): Promise<Row[]> {
  const ids = new Set<number>();
  const keys = new Set<string>();
  const urls = new Set<string>();
  for (const s of sources) {
    const byUid = new Map(s.links.map((l) => [l.sourceUid, l]));
    for (const e of s.events) {
      const link = byUid.get(e.sourceUid);
      if (link) {
        if (link.contentHash !== e.contentHash) ids.add(link.eventId);
        continue;
      }
      for (const k of fuzzyKeysAround(e)) keys.add(k);
      if (e.url) urls.add(e.url);
    }
  }
  if (ids.size + keys.size + urls.size === 0) return [];
  const rows = new Map<number, Row>();
  for (const r of await io.rows([...ids], [...keys], [...urls])) rows.set(r.id, r);
  return [...rows.values()].sort((a, b) => a.id - b.id);
}
