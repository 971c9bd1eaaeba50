import type { LinkRow, Row } from './apply-plan.js';
import { EVENT_COLUMNS, insertJson, LINK_COLUMNS, sqlValue, updateJson, UPDATED_EVENT_COLUMNS } from './bulk-sql.js';
import type { Tx } from './client.js';

/**
 * The set reads and batched writes apply.ts makes inside its transaction.
 * Two implementations: plain SQL through Prisma's raw queries on PostgreSQL
 * (`postgresIo`: lists go in as one array parameter each and rows as one
 * JSON parameter, so each read or write is one query whatever the group's
 * size), and
 * straight on the better-sqlite3 connection that the transaction holds
 * (`sqliteIo` in sqlite-bulk.ts), where Prisma's per-query cost (~1.5 ms)
 * would be most of the work. Model queries (`tx.event.findMany`) are not used
 * here: building and mapping them cost more than the rows.
 */
export interface ApplyIo {
  /** Links of any of the sources with any of the uids (the caller keeps each source's own). */
  links(sourceIds: number[], uids: string[]): Promise<(LinkRow & { sourceId: number })[]>;
  /** Events by id, fuzzy key or canonical URL (any of the three). */
  rows(ids: number[], keys: string[], urls: string[]): Promise<Row[]>;
  /** Inserts new rows in order; returns their ids in the same order. */
  insertEvents(rows: Row[]): Promise<number[]>;
  /** Writes every column of stored rows. */
  updateEvents(rows: Row[]): Promise<void>;
  insertLinks(links: NewLinkRow[]): Promise<void>;
  updateLinks(links: ChangedLinkRow[]): Promise<void>;
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

export type ChangedLinkRow = { id: number; url: string | null; contentHash: string; lastSeenAt: Date };

/** Rows per INSERT or UPDATE on PostgreSQL (one JSON parameter of about a megabyte). */
const WRITE_ROWS = 2000;

export function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function postgresIo(tx: Tx): ApplyIo {
  return {
    async links(sourceIds, uids) {
      const sql = `SELECT "id", "eventId", "sourceId", "sourceUid", "url", "contentHash" FROM "EventLink"
        WHERE "sourceId" = ANY($1::int[]) AND "sourceUid" = ANY($2::text[])`;
      return tx.$queryRawUnsafe<(LinkRow & { sourceId: number })[]>(sql, sourceIds, uids);
    },
    async rows(ids, keys, urls) {
      const sql = `SELECT * FROM "Event" WHERE "id" = ANY($1::int[]) OR "fuzzyKey" = ANY($2::text[]) OR "canonicalUrl" = ANY($3::text[])`;
      return tx.$queryRawUnsafe<Row[]>(sql, ids, keys, urls);
    },
    /** Ids are handed out in row order, so the returned ids in ascending order belong to the rows in order. */
    async insertEvents(rows) {
      const ids: number[] = [];
      for (const part of chunks(rows, WRITE_ROWS)) {
        const made = await insertJson(tx, 'Event', EVENT_COLUMNS, part);
        if (made.length !== part.length) throw new Error(`apply: inserted ${made.length} of ${part.length} events`);
        ids.push(...made);
      }
      return ids;
    },
    async updateEvents(rows) {
      for (const part of chunks(rows, WRITE_ROWS)) await updateJson(tx, 'Event', UPDATED_EVENT_COLUMNS, part);
    },
    async insertLinks(links) {
      for (const part of chunks(links, WRITE_ROWS)) await insertJson(tx, 'EventLink', LINK_COLUMNS, part);
    },
    async updateLinks(links) {
      for (const part of chunks(links, WRITE_ROWS)) await updateJson(tx, 'EventLink', ['url', 'contentHash', 'lastSeenAt'], part);
    },
    async markSeen(linkIds, now) {
      if (linkIds.length === 0) return;
      const sql = `UPDATE "EventLink" SET "lastSeenAt" = $1::timestamp(3) WHERE "id" = ANY($2::int[])`;
      await tx.$executeRawUnsafe(sql, sqlValue('postgres', now), linkIds);
    },
  };
}
