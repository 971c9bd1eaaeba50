import type { NormalisedEvent } from '../core/event.js';
import { due, yieldIfDue } from '../core/turns.js';
import { atOneTime, diffEvent, fuzzyKey, fuzzyKeysAround, matchEvent, mergeForUpdate } from '../dedupe/index.js';
import type { Event } from './generated/sqlite/client.js';
import { toEvent } from './map.js';

/**
 * The in-memory half of applying sources' results (apply.ts does the reading
 * and writing). Given the rows that the sources' events could touch — each
 * source's links by source uid, and the stored events sharing a canonical URL
 * or fuzzy key with any of them — it decides, source by source and event by
 * event in feed order, exactly what applying the sources one after another,
 * one query per event, decided:
 *
 * - an event whose link saw the same contentHash → unchanged (the link is
 *   only marked seen);
 * - a linked event with a new report → merged into the linked row;
 * - an unlinked event → matched (dedupe `matchEvent`) against the candidates
 *   as they stand at that point, including rows created or changed by
 *   earlier events of the same feed or by earlier sources of the group —
 *   but not a row the same source reports under another id it lists now at
 *   another hour (dedupe `atOneTime`: its 10:00 and 19:00 services, same
 *   title and URL, are two events; a row whose id the source no longer
 *   lists may be this event re-timed);
 *   none → a new row.
 *
 * The result is the set of writes for the whole group — rows to insert (in
 * order), stored rows whose columns changed (final values) — and, per
 * source, its links to insert, links whose report changed, links only seen
 * again, and what it created and updated.
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

/** One source's part of a group: its events and its stored links (for those events' uids). */
export interface PlanSource {
  events: NormalisedEvent[];
  links: LinkRow[];
  now: Date;
}

export interface SourcePlan {
  newLinks: NewLink[];
  /** Existing links whose report (hash or url) changed. */
  changedLinks: { id: number; url: string | null; contentHash: string }[];
  /** Existing links seen again with the same report and url. */
  seenLinks: number[];
  unchanged: number;
  /** Placeholder ids of the rows this source created, in order. */
  created: number[];
  /** Ids (or placeholders, for rows an earlier source of the group created) of rows this source changed, in the order they first changed. */
  updated: number[];
}

export interface ApplyPlan {
  /** New rows in creation order (placeholder ids -1, -2, …), across the group. */
  inserts: Row[];
  /** Stored rows whose columns changed, with their final values. */
  updates: Row[];
  sources: SourcePlan[];
}

interface Working {
  row: Row;
  /** Index of the source that created it in this group; -1 for a stored row. */
  owner: number;
  /** Keys it is indexed under, to re-index when a merge changes them. */
  keys: string[];
}

/** The event loop gets its turn between sources when the time slice is used up (core/turns.ts). */
export async function planApply(sources: PlanSource[], stored: Row[]): Promise<ApplyPlan> {
  const plan: ApplyPlan = { inserts: [], updates: [], sources: [] };
  const rows = new Map<number, Working>();
  const index = new Map<string, Set<Working>>();
  const updated = new Set<Working>();

  const indexKeys = (r: Row) => [`k:${r.fuzzyKey}`, ...(r.canonicalUrl ? [`u:${r.canonicalUrl}`] : [])];
  const reindex = (w: Working) => {
    for (const k of w.keys) index.get(k)?.delete(w);
    w.keys = indexKeys(w.row);
    for (const k of w.keys) index.set(k, (index.get(k) ?? new Set()).add(w));
  };
  const track = (row: Row, owner: number) => {
    const w: Working = { row, owner, keys: [] };
    rows.set(row.id, w);
    reindex(w);
    return w;
  };
  for (const r of stored) track(r, -1);
  for (const [at, source] of sources.entries()) {
    if (due()) await yieldIfDue({ first: true });
    const changed = new Set<Working>();
    const write = (w: Working, e: NormalisedEvent, out: SourcePlan) => {
      if (!mergeInto(w.row, e, source.now)) return void out.unchanged++;
      reindex(w);
      if (w.owner === -1) updated.add(w);
      if (w.owner !== at) changed.add(w);
    };
    const newRow = (e: NormalisedEvent) => {
      const w = track(rowOf(e, source.now, -(plan.inserts.length + 1)), at);
      plan.inserts.push(w.row);
      return w;
    };
    const out = planSource(source, { rows, index, write, newRow });
    out.updated = [...changed].map((w) => w.row.id);
    plan.sources.push(out);
  }
  plan.updates = [...updated].map((w) => w.row);
  return plan;
}

interface PlanState {
  rows: Map<number, Working>;
  index: Map<string, Set<Working>>;
  write: (w: Working, e: NormalisedEvent, out: SourcePlan) => void;
  newRow: (e: NormalisedEvent) => Working;
}

/** One source's events in feed order, against the group's working rows. */
function planSource(source: PlanSource, { rows, index, write, newRow }: PlanState): SourcePlan {
  const out: SourcePlan = { newLinks: [], changedLinks: [], seenLinks: [], unchanged: 0, created: [], updated: [] };
  const linkByUid = new Map<string, LinkRow & { isNew?: boolean }>(source.links.map((l) => [l.sourceUid, { ...l }]));
  const linkTouched = new Map<number, { url: string | null; contentHash: string; changed: boolean }>();
  // Rows this source reports under another of its current ids: at another hour, another event of its listing.
  const listed = new Set(source.links.map((l) => l.eventId));
  for (const e of source.events) {
    const link = linkByUid.get(e.sourceUid);
    if (link) {
      const sameReport = link.contentHash === e.contentHash;
      const url = e.url ?? link.url;
      if (!link.isNew) linkTouched.set(link.id, { url, contentHash: e.contentHash, changed: !sameReport || url !== link.url });
      Object.assign(link, { url, contentHash: e.contentHash });
      if (sameReport) {
        out.unchanged++;
        continue;
      }
      const w = rows.get(link.eventId);
      if (!w) throw new Error(`apply: linked event ${link.eventId} was not loaded`);
      write(w, e, out);
      continue;
    }
    const match = matchEvent(
      e,
      candidatesFor(e, index)
        .filter((w) => !listed.has(w.row.id) || atOneTime(e, w.row))
        .map((w) => toEvent(w.row)),
    );
    const target = match ? rows.get(match.id)! : newRow(e);
    if (!match) out.created.push(target.row.id);
    const newLink = { eventId: target.row.id, sourceUid: e.sourceUid, url: e.url, contentHash: e.contentHash };
    out.newLinks.push(newLink);
    linkByUid.set(e.sourceUid, { ...newLink, id: 0, isNew: true });
    listed.add(target.row.id);
    if (match) write(target, e, out);
  }
  for (const [id, l] of linkTouched) {
    if (l.changed) out.changedLinks.push({ id, url: l.url, contentHash: l.contentHash });
    else out.seenLinks.push(id);
  }
  return out;
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

function rowOf(e: NormalisedEvent, now: Date, id: number): Row {
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
    placeSet: n.placedBy === 'set',
    contentHash: n.contentHash,
  };
}
