import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The committed migration folders, read the way Prisma Migrate lays them out:
 * prisma/<provider>/migrations/<timestamp>_<name>/migration.sql, applied in
 * name order, with a migration_lock.toml naming the provider.
 */

export type Provider = 'sqlite' | 'postgres';

export interface MigrationFile {
  /** Folder name, e.g. "20251126150000_init"; what _prisma_migrations.migration_name holds. */
  name: string;
  sql: string;
  /** sha256 hex of migration.sql, as Prisma stores it in _prisma_migrations.checksum. */
  checksum: string;
}

/** Prisma's datasource provider name for each of ours (migration_lock.toml, schema headers). */
export const PRISMA_PROVIDER: Record<Provider, string> = { sqlite: 'sqlite', postgres: 'postgresql' };

/** The repository root: the nearest folder above this module that holds package.json. */
export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('events-bot: cannot find package.json above src/store');
    dir = parent;
  }
  return dir;
}

export function providerDir(provider: Provider, root = projectRoot()): string {
  return join(root, 'prisma', provider);
}

export function migrationsDir(provider: Provider, root = projectRoot()): string {
  return join(providerDir(provider, root), 'migrations');
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/**
 * True when `checksum` belongs to this script. Like Prisma, a script whose line
 * endings were converted by a Windows checkout (LF ↔ CRLF) still matches.
 */
export function checksumMatches(sql: string, checksum: string): boolean {
  const lf = sql.replace(/\r\n/g, '\n');
  return [sql, lf, lf.replace(/\n/g, '\r\n')].some((s) => checksumOf(s) === checksum);
}

/** Migration folders in apply order (folder names start with a UTC timestamp). */
export function readMigrations(dir: string): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}
