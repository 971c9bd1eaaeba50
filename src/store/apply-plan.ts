import type { NormalisedEvent } from '../core/event.js';
import { diffEvent, fuzzyKey, fuzzyKeysAround, matchEvent, mergeForUpdate } from '../dedupe/index.js';
import type { Event } from './generated/sqlite/client.js';
import { toEvent } from './map.js';

/**
 * The in-memory half of applying one source's results (apply.ts does the
 * reading and writing). Given the rows that a source's events could touch —
 * its links by source uid, and the stored events sharing a canonical URL or
 * fuzzy key with any of them — it decides, event by event and in feed order,
 * exactly what the one-query-per-event version decided:
 *
 * - an event whose link saw the same contentHash → unchanged (the link is
 *   only marked seen);
 * - a linked event with a new report → merged into the linked row;
 * - an unlinked event → matched (dedupe `matchEvent`) against the candidates
 *   as they stand at that point of the feed, including rows created or
 *   changed by earlier events of the same feed; none → a new row.
 *
 * The result is the set of writes: rows to insert (in order), rows whose
 * columns changed, links to insert, links whose report changed, links only
 * seen again.
 */

/** An Event row as apply works on it; new rows carry a negative placeholder id until inserted. */
export type Row = Event;

export interface LinkRow {
  id: number;
  eventId: number;
  sourceUid: string;
  url: string | null;
  contentHash: string | null;
}

export interface NewLink {
  eventId: number;
  sourceUid: string;
  url: string | null;
  contentHash: string;
}

export interface ApplyPlan {
  /** New rows in creation order (placeholder ids -1, -2, …). */
  inserts: Row[];
  /** Stored rows whose columns changed, in the order they first changed. */
  updates: Row[];
  newLinks: NewLink[];
  /** Existing links whose report (hash or url) changed. */
  changedLinks: { id: number; url: string | null; contentHash: string }[];
  /** Existing links seen again with the same report and url. */
  seenLinks: number[];
  unchanged: number;
}

interface Working {
  row: Row;
  isNew: boolean;
  /** Keys it is indexed under, to re-index when a merge changes them. */
  keys: string[];
}

export function planApply(events: NormalisedEvent[], links: LinkRow[], stored: Row[], now: Date): ApplyPlan {
  const plan: ApplyPlan = { inserts: [], updates: [], newLinks: [], changedLinks: [], seenLinks: [], unchanged: 0 };
  const linkByUid = new Map<string, LinkRow & { isNew?: boolean }>(links.map((l) => [l.sourceUid, l]));
  const rows = new Map<number, Working>();
  const index = new Map<string, Set<Working>>();
  const updated = new Set<Working>();
  const linkTouched = new Map<number, { url: string | null; contentHash: string; changed: boolean }>();

  const indexKeys = (r: Row) => [`k:${r.fuzzyKey}`, ...(r.canonicalUrl ? [`u:${r.canonicalUrl}`] : [])];
  const reindex = (w: Working) => {
    for (const k of w.keys) index.get(k)?.delete(w);
    w.keys = indexKeys(w.row);
    for (const k of w.keys) index.set(k, (index.get(k) ?? new Set()).add(w));
  };
  const track = (row: Row, isNew: boolean) => {
    const w: Working = { row, isNew, keys: [] };
    rows.set(row.id, w);
    reindex(w);
    return w;
  };
  for (const r of stored) track(r, false);

  const write = (w: Working, e: NormalisedEvent) => {
    if (!mergeInto(w.row, e, now)) return void plan.unchanged++;
    reindex(w);
    if (!w.isNew) updated.add(w);
  };

  for (const e of events) {
    const link = linkByUid.get(e.sourceUid);
    if (link) {
      const sameReport = link.contentHash === e.contentHash;
      const url = e.url ?? link.url;
      if (!link.isNew) linkTouched.set(link.id, { url, contentHash: e.contentHash, changed: !sameReport || url !== link.url });
      Object.assign(link, { url, contentHash: e.contentHash });
      if (sameReport) {
        plan.unchanged++;
        continue;
      }
      const w = rows.get(link.eventId);
      if (!w) throw new Error(`apply: linked event ${link.eventId} was not loaded`);
      write(w, e);
      continue;
    }
    const match = matchEvent(
      e,
      candidatesFor(e, index).map((w) => toEvent(w.row)),
    );
    const target = match ? rows.get(match.id)! : track(newRow(e, now, -(plan.inserts.length + 1)), true);
    if (!match) plan.inserts.push(target.row);
    const newLink = { eventId: target.row.id, sourceUid: e.sourceUid, url: e.url, contentHash: e.contentHash };
    plan.newLinks.push(newLink);
    linkByUid.set(e.sourceUid, { ...newLink, id: 0, isNew: true });
    if (match) write(target, e);
  }
  plan.updates = [...updated].map((w) => w.row);
  for (const [id, l] of linkTouched) {
    if (l.changed) plan.changedLinks.push({ id, url: l.url, contentHash: l.contentHash });
    else plan.seenLinks.push(id);
  }
  return plan;
}

/** Stored and new rows sharing a fuzzy key or the canonical URL, oldest first (as the database would list them). */
function candidatesFor(e: NormalisedEvent, index: Map<string, Set<Working>>): Working[] {
  const keys = [...fuzzyKeysAround(e).map((k) => `k:${k}`), ...(e.url ? [`u:${e.url}`] : [])];
  const found = new Set<Working>();
  for (const k of keys) for (const w of index.get(k) ?? []) found.add(w);
  return [...found].sort((a, b) => order(a) - order(b));
}

/** Stored rows by id, then new rows in creation order (-1, -2, … come after every stored id). */
function order(w: Working): number {
  return w.row.id > 0 ? w.row.id : Number.MAX_SAFE_INTEGER / 2 - w.row.id;
}

/**
 * Merges a report into a row (dedupe `mergeForUpdate`); when a stored column
 * differs the row takes the merged values, and a notable change (dedupe
 * `diffEvent`) bumps its version. Returns whether anything changed.
 */
function mergeInto(row: Row, incoming: NormalisedEvent, now: Date): boolean {
  const stored = toEvent(row);
  const data = columns(mergeForUpdate(stored, incoming));
  const differs = (Object.keys(data) as (keyof typeof data)[]).some((k) => !same(row[k], data[k]));
  if (!differs) return false;
  const diff = diffEvent(stored, incoming);
  Object.assign(row, data, { updatedAt: now });
  if (diff.notable) Object.assign(row, { version: row.version + 1, lastChange: diff.changed.join(','), changedAt: now });
  return true;
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

function newRow(e: NormalisedEvent, now: Date, id: number): Row {
  return { id, ...columns(e), version: 1, lastChange: null, changedAt: null, createdAt: now, updatedAt: now };
}

/** The Event columns a report determines. */
export function columns(n: NormalisedEvent) {
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
