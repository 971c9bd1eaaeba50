import type { LinkRow, Row } from './apply-plan.js';
import { EVENT_COLUMNS, insertReturningIds, LINK_COLUMNS } from './bulk-sql.js';
import type { Provider, Tx } from './client.js';

/**
 * The set reads and batched writes apply.ts makes inside its transaction.
 * Two implementations: through Prisma (`prismaIo`, PostgreSQL) and straight
 * on the better-sqlite3 connection that the transaction holds (`sqliteIo` in
 * sqlite-bulk.ts), where Prisma's per-query cost (~1.5 ms) would be most of
 * the work.
 */
export interface ApplyIo {
  links(sourceId: number, uids: string[]): Promise<LinkRow[]>;
  /** Events by id, fuzzy key or canonical URL (any of the three). */
  rows(ids: number[], keys: string[], urls: string[]): Promise<Row[]>;
  /** Inserts new rows in order; returns their ids in the same order. */
  insertEvents(rows: Row[]): Promise<number[]>;
  insertLinks(links: NewLinkRow[]): Promise<void>;
  markSeen(linkIds: number[], now: Date): Promise<void>;
}

export type NewLinkRow = {
  eventId: number;
  sourceId: number;
  sourceUid: string;
  url: string | null;
  contentHash: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
};

/**
 * Values per IN list or rows per insert: well inside SQLite's 32,766 bound
 * parameters and PostgreSQL's 65,535.
 */
const CHUNK = 500;
/** Event rows per INSERT: 23 values each, so 23 × 400 = 9,200 parameters. */
const INSERT_ROWS = 400;

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function prismaIo(tx: Tx, provider: Provider): ApplyIo {
  return {
    async links(sourceId, uids) {
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
    },
    async rows(ids, keys, urls) {
      const found: Row[] = [];
      const load = async (where: object) => void found.push(...(await tx.event.findMany({ where })));
      if (ids.length <= CHUNK && keys.length <= CHUNK && urls.length <= CHUNK) {
        // One query for a feed of ordinary size (the caller drops rows found twice).
        const any = [
          ...(ids.length ? [{ id: { in: ids } }] : []),
          ...(keys.length ? [{ fuzzyKey: { in: keys } }] : []),
          ...(urls.length ? [{ canonicalUrl: { in: urls } }] : []),
        ];
        if (any.length) await load({ OR: any });
        return found;
      }
      for (const part of chunks(ids)) await load({ id: { in: part } });
      for (const part of chunks(keys)) await load({ fuzzyKey: { in: part } });
      for (const part of chunks(urls)) await load({ canonicalUrl: { in: part } });
      return found;
    },
    /**
     * Ids are handed out in the order of the VALUES list (one statement,
     * under the transaction's write lock), so the returned ids in ascending
     * order belong to the rows in order.
     */
    async insertEvents(rows) {
      const ids: number[] = [];
      for (const part of chunks(rows, INSERT_ROWS)) {
        const made = await insertReturningIds(tx, provider, 'Event', EVENT_COLUMNS, part);
        if (made.length !== part.length) throw new Error(`apply: inserted ${made.length} of ${part.length} events`);
        ids.push(...made);
      }
      return ids;
    },
    async insertLinks(links) {
      for (const part of chunks(links, INSERT_ROWS * 2)) await insertReturningIds(tx, provider, 'EventLink', LINK_COLUMNS, part);
    },
    async markSeen(linkIds, now) {
      for (const part of chunks(linkIds)) await tx.eventLink.updateMany({ where: { id: { in: part } }, data: { lastSeenAt: now } });
    },
  };
}
