import type { EventNear, EventRepo, NearQuery } from '../core/ports.js';
import { applyPolled, applySourceResults, type RawConnections } from './apply.js';
import type { Db, Provider } from './client.js';
import { toEvent } from './map.js';
import { eventsById, nearRows } from './sqlite-reader.js';
import type { Event } from './generated/sqlite/client.js';

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LAT = 111.32;

/** Great-circle distance in km (haversine). */
function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A lat/lon box that contains the circle, for the indexed pre-filter. Near a
 * pole, or when the box would cross the antimeridian, longitude is left open
 * (the exact distance check after the query still applies).
 */
function boundingBox(lat: number, lon: number, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE_LAT;
  const cosLat = Math.cos((lat * Math.PI) / 180);
  const dLon = cosLat > 1e-6 ? radiusKm / (KM_PER_DEGREE_LAT * cosLat) : 360;
  const lonOpen = dLon >= 180 || lon - dLon < -180 || lon + dLon > 180;
  return {
    lat: { gte: Math.max(-90, lat - dLat), lte: Math.min(90, lat + dLat) },
    lon: lonOpen ? { gte: -180, lte: 180 } : { gte: lon - dLon, lte: lon + dLon },
  };
}

type TextFields = { title: string; venue: string | null; description: string };

/**
 * Case-insensitive substring test on title, venue and description. Done here
 * rather than in SQL because `contains` differs between providers (SQLite's
 * LIKE ignores ASCII case, PostgreSQL's does not, and `mode: 'insensitive'`
 * exists only on PostgreSQL).
 */
function matchesText(e: TextFields, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;
  return [e.title, e.venue ?? '', e.description].some((s) => s.toLowerCase().includes(needle));
}

/** What near() reads of each event in the box: all of it, or (SQLite) the id, place and text. */
type NearRow = { id: number; lat: number | null; lon: number | null } & Partial<Event>;

/** The events of `page` whole, in its order (one deleted in between is left out). */
async function whole(db: Db, page: { row: NearRow; distanceKm: number }[], raw: RawConnections): Promise<EventNear[]> {
  if (page.length === 0) return [];
  const ids = page.map((p) => p.row.id);
  const reader = raw.sqliteReader?.();
  const rows = reader ? eventsById(reader, ids) : await db.event.findMany({ where: { id: { in: ids } } });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return page.flatMap((p) => {
    const row = byId.get(p.row.id);
    return row ? [{ event: toEvent(row), distanceKm: p.distanceKm }] : [];
  });
}

export function eventRepo(db: Db, provider: Provider, raw: RawConnections): EventRepo {
  return {
    applySourceResults: (sourceId, events, now) => applySourceResults(db, sourceId, events, now, provider, raw),
    applyPolled: (sources) => applyPolled(db, sources, provider, raw),

    async get(id) {
      const row = await db.event.findUnique({ where: { id } });
      return row ? toEvent(row) : null;
    },

    /**
     * Box query on the (lat, lon) index and the start range, then exact
     * distance and text in JS. On SQLite the box is read with only what those
     * checks need and the page's events whole in a second query: mapping
     * every event of the box whole was half of the query's CPU there. On
     * PostgreSQL the second round trip costs about what it saves, so one query.
     * On SQLite in a file both read on the store's read-only connection
     * (sqlite-reader.ts), so a poll's open commit does not hold them up.
     */
    async near(q: NearQuery) {
      const text = q.text?.trim() ? q.text : undefined;
      const slim = provider === 'sqlite';
      const box = boundingBox(q.lat, q.lon, q.radiusKm);
      const reader = raw.sqliteReader?.();
      const rows: NearRow[] = reader
        ? nearRows(reader, q, box, text !== undefined)
        : await db.event.findMany({
            where: {
              ...box,
              start: { gte: q.from, lte: q.to },
              ...(q.attendance ? { attendance: { in: q.attendance } } : {}),
              ...(q.excludeStatus?.length ? { status: { notIn: q.excludeStatus } } : {}),
            },
            ...(slim
              ? { select: { id: true, lat: true, lon: true, ...(text ? { title: true, venue: true, description: true } : {}) } }
              : {}),
            orderBy: [{ start: 'asc' }, { id: 'asc' }],
          });
      const hits: { row: NearRow; distanceKm: number }[] = [];
      for (const row of rows) {
        if (row.lat === null || row.lon === null) continue;
        const d = distanceKm(q.lat, q.lon, row.lat, row.lon);
        if (d > q.radiusKm) continue;
        if (text && !matchesText(row as TextFields, text)) continue;
        hits.push({ row, distanceKm: d });
      }
      const offset = q.offset ?? 0;
      const page = hits.slice(offset, q.limit === undefined ? undefined : offset + q.limit);
      const items = slim ? await whole(db, page, raw) : page.map((h) => ({ event: toEvent(h.row as Event), distanceKm: h.distanceKm }));
      return { items, total: hits.length };
    },

    async forSources(sourceIds, from, to) {
      if (sourceIds.length === 0) return [];
      const rows = await db.event.findMany({
        where: { start: { gte: from, lte: to }, links: { some: { sourceId: { in: sourceIds } } } },
        orderBy: [{ start: 'asc' }, { id: 'asc' }],
      });
      return rows.map(toEvent);
    },

    async provenance(eventId) {
      const links = await db.eventLink.findMany({
        where: { eventId },
        include: { source: { select: { url: true } } },
        orderBy: { firstSeenAt: 'asc' },
      });
      return links.map((l) => ({ sourceId: l.sourceId, sourceUrl: l.source.url, url: l.url }));
    },
  };
}
