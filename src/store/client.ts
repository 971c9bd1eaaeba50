import type { Prisma, PrismaClient } from './generated/sqlite/client.js';

/**
 * The one client type the repositories are written against. Both generated
 * clients (generated/sqlite and generated/postgres) come from the same
 * models, so their model APIs are the same; the repositories use only what
 * both providers support (no `mode: 'insensitive'`, no `skipDuplicates`) and
 * db.ts casts the PostgreSQL client to this type. Nothing outside src/store
 * sees it.
 */
export type Db = PrismaClient;
/** The client inside an interactive transaction. */
export type Tx = Prisma.TransactionClient;

export type { Provider } from './migration-files.js';

/** Prisma's "unique constraint failed" (P2002), the same on both providers. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'P2002';
}
