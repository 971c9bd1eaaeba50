import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { err, ok, type Result, type UserError } from '../core/result.js';
import type { Provider } from './migration-files.js';

/**
 * DATABASE_URL → which database to open. The scheme picks the provider:
 *   file:<path>                  SQLite (path relative to the working directory; `?…` options ignored)
 *   postgres:// | postgresql://  PostgreSQL (passed to node-postgres unchanged)
 */
export type DatabaseTarget =
  { provider: Extract<Provider, 'sqlite'>; path: string } | { provider: Extract<Provider, 'postgres'>; url: string };

/** Thrown by openStore/migrate for a DATABASE_URL they cannot use; `message` is one line for the operator. */
export class DatabaseUrlError extends Error {
  readonly code = 'database_url';
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUrlError';
  }
}

const EXPECTED = 'file:<path> (SQLite) or postgresql://user@host:port/db (PostgreSQL)';

/** What to show of a bad value: its scheme only, so a password in it never reaches a log. */
function describe(url: string): string {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.trim());
  if (scheme) return `"${scheme[1]}:…"`;
  return url.trim() === '' ? 'an empty value' : `"${url.trim().slice(0, 40)}"`;
}

export function parseDatabaseUrl(url: string): Result<DatabaseTarget, UserError> {
  const value = url.trim();
  if (/^file:/i.test(value)) {
    const path = value.replace(/^file:(\/\/(?=\/))?/i, '').replace(/\?.*$/, '');
    if (path === '') return err({ code: 'database_url', message: `DATABASE_URL "file:" has no path; expected ${EXPECTED}` });
    return ok({ provider: 'sqlite', path });
  }
  if (/^postgres(ql)?:\/\/./i.test(value)) return ok({ provider: 'postgres', url: value });
  return err({ code: 'database_url', message: `DATABASE_URL must be ${EXPECTED}; got ${describe(url)}` });
}

/** parseDatabaseUrl for callers that cannot go on without a database. */
export function databaseTarget(url: string): DatabaseTarget {
  const parsed = parseDatabaseUrl(url);
  if (!parsed.ok) throw new DatabaseUrlError(parsed.error.message);
  return parsed.value;
}

/** Creates the folder of a SQLite file if missing (./data/ on a fresh install). */
export function ensureSqliteDir(path: string): void {
  if (path === ':memory:') return;
  mkdirSync(dirname(resolve(path)), { recursive: true });
}
