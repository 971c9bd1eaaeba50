import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, forEachDatabase, PG_HINT, testServerUrl, type TestDatabase } from '../../test/helpers/db.js';
import { migrate, MigrationError } from './migrate.js';
import { checksumOf, migrationsDir, projectRoot, readMigrations } from './migration-files.js';
import { diffMigrationsToModels } from './tooling/schema-engine.js';
import { newMigration } from './tooling/new-migration.js';

const TABLES = [
  'CalendarFeed',
  'Channel',
  'ChannelFilter',
  'ChannelOptIns',
  'DigestItem',
  'Event',
  'EventLink',
  'FeedAlert',
  'GuildEventSync',
  'Post',
  'PostThread',
  'ProcessedInbound',
  'Reminder',
  'Rsvp',
  'ShardLease',
  'Source',
  'Subscription',
  'UserPref',
];

interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  finished_at: unknown;
  logs: unknown;
  rolled_back_at: unknown;
  applied_steps_count: unknown;
}

async function tables(db: TestDatabase): Promise<string[]> {
  const sql =
    db.provider === 'sqlite'
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name"
      : "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename";
  return (await db.query<{ name: string }>(sql)).map((r) => r.name);
}

/** A copy of prisma/ in a temp folder, to add migrations or change models without touching the repository. */
function scratchRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'events-bot-prisma-'));
  cpSync(join(projectRoot(), 'prisma'), join(root, 'prisma'), { recursive: true });
  return root;
}

/** The shape of Prisma's SQLite "RedefineTables" step, rebuilding Source (a parent of Subscription). */
function redefineSource(): string {
  const init = readFileSync(join(migrationsDir('sqlite'), readMigrations(migrationsDir('sqlite'))[0]!.name, 'migration.sql'), 'utf8');
  const create = /CREATE TABLE "Source" \([\s\S]*?\n\);/.exec(init)![0].replace('"Source"', '"new_Source"');
  // The table as the first migration made it (later migrations' columns are dropped, as a real redefinition may).
  const columns = [...create.matchAll(/^\s+("[A-Za-z]+") /gm)].map((m) => m[1]).join(', ');
  return [
    'PRAGMA defer_foreign_keys=ON;',
    'PRAGMA foreign_keys=OFF;',
    create,
    `INSERT INTO "new_Source" (${columns}) SELECT ${columns} FROM "Source";`,
    'DROP TABLE "Source";',
    'ALTER TABLE "new_Source" RENAME TO "Source";',
    'CREATE UNIQUE INDEX "Source_url_key" ON "Source"("url");',
    'PRAGMA foreign_keys=ON;',
    'PRAGMA defer_foreign_keys=OFF;',
  ].join('\n');
}

forEachDatabase((provider) => {
  let db: TestDatabase;
  const scratch: string[] = [];
  beforeEach(async () => {
    db = await createTestDatabase(provider);
  });
  afterEach(async () => {
    await db.drop();
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const committed = () => readMigrations(migrationsDir(provider));
  const withExtraMigration = (name: string, sql: string) => {
    const root = scratchRoot();
    scratch.push(root);
    const dir = migrationsDir(provider, root);
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), sql);
    return dir;
  };

  it('builds every table in an empty database and books each migration as Prisma Migrate does', async () => {
    const files = committed();
    expect(files.length).toBeGreaterThan(0);
    const { applied } = await migrate(db.url);
    expect(applied).toEqual(files.map((f) => f.name));
    expect(await tables(db)).toEqual(TABLES);
    const rows = await db.query<Row>('SELECT * FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
    for (const [i, r] of rows.entries()) {
      expect(r.checksum).toBe(checksumOf(readFileSync(join(migrationsDir(provider), files[i]!.name, 'migration.sql'), 'utf8')));
      expect(r.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.finished_at).not.toBeNull();
      expect([r.logs, r.rolled_back_at]).toEqual([null, null]);
      expect(Number(r.applied_steps_count)).toBe(1);
    }
  });

  it('applies nothing when run again', async () => {
    await migrate(db.url);
    expect(await migrate(db.url)).toEqual({ applied: [] });
    expect(await db.query('SELECT * FROM "_prisma_migrations"')).toHaveLength(committed().length);
  });

  it('applies each migration once when several instances start together', async () => {
    const results = await Promise.all([migrate(db.url), migrate(db.url), migrate(db.url)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(committed().map((f) => f.name));
    expect(await db.query('SELECT * FROM "_prisma_migrations"')).toHaveLength(committed().length);
  });

  it('refuses to start when an applied migration was edited afterwards', async () => {
    await migrate(db.url);
    const first = committed()[0]!.name;
    await db.exec(`UPDATE "_prisma_migrations" SET checksum = '${'ab'.repeat(32)}' WHERE migration_name = '${first}'`);
    const failure = await migrate(db.url).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).code).toBe('checksum_mismatch');
    expect((failure as MigrationError).message).toContain(first);
  });

  it('refuses to start over a migration Prisma recorded as failed', async () => {
    await migrate(db.url);
    await db.exec('UPDATE "_prisma_migrations" SET finished_at = NULL');
    await expect(migrate(db.url)).rejects.toMatchObject({ code: 'failed_migration' });
  });

  it('applies only a new migration, after the applied ones', async () => {
    await migrate(db.url);
    const dir = withExtraMigration('29990101000000_add_note', 'ALTER TABLE "Event" ADD COLUMN "note" TEXT;');
    expect(await migrate(db.url, { migrationsDir: dir })).toEqual({ applied: ['29990101000000_add_note'] });
    await db.exec(`UPDATE "Event" SET "note" = 'x' WHERE 1 = 0`); // the column exists
  });

  it('rolls a failing migration back completely and leaves no record, so the next start retries it', async () => {
    await migrate(db.url);
    const dir = withExtraMigration(
      '29990101000000_broken',
      'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
    );
    await expect(migrate(db.url, { migrationsDir: dir })).rejects.toMatchObject({
      code: 'migration_failed',
      message: expect.stringContaining('29990101000000_broken'),
    });
    expect(await tables(db)).not.toContain('Half');
    expect(await db.query('SELECT * FROM "_prisma_migrations"')).toHaveLength(committed().length);
  });

  it('keeps child rows when a migration rebuilds a parent table (SQLite redefines tables)', async () => {
    await migrate(db.url);
    await db.exec(
      `INSERT INTO "Source" ("url", "kind", "nextCheckAt", "updatedAt") VALUES ('https://a.example/feed', 'auto', '2030-01-01T00:00:00.000+00:00', '2030-01-01T00:00:00.000+00:00')`,
    );
    await db.exec(
      `INSERT INTO "Channel" ("platform", "workspaceId", "channelId", "updatedAt") VALUES ('discord', 'w', 'c', '2030-01-01T00:00:00.000+00:00')`,
    );
    await db.exec(`INSERT INTO "Subscription" ("channelId", "sourceId") VALUES (1, 1)`);
    const rebuild = provider === 'sqlite' ? redefineSource() : 'ALTER TABLE "Source" ALTER COLUMN "kind" SET DEFAULT \'ical\';';
    await migrate(db.url, { migrationsDir: withExtraMigration('29990101000000_rebuild', rebuild) });
    expect(await db.query('SELECT * FROM "Subscription"')).toHaveLength(1);
  });
});

describe('drift check: prisma/models.prisma against the committed migrations', () => {
  const server = testServerUrl();
  const cases = [
    { provider: 'sqlite' as const, label: 'sqlite', run: it },
    { provider: 'postgres' as const, label: server ? 'postgres' : `postgres (${PG_HINT})`, run: server ? it : it.skip },
  ];
  const scratch: string[] = [];
  afterEach(() => {
    for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  for (const { provider, label, run } of cases) {
    run(`${label}: replaying the migrations builds exactly the schema of the models`, async () => {
      const sql = await diffMigrationsToModels(provider, { shadowServerUrl: server });
      expect(sql, `prisma/models.prisma changed without a migration; run: npm run db:migration:new <name>\n${sql}`).toBe('');
    });

    run(`${label}: a model change shows up as drift, and db:migration:new writes the migration that removes it`, async () => {
      const root = scratchRoot();
      scratch.push(root);
      const models = join(root, 'prisma', 'models.prisma');
      writeFileSync(models, readFileSync(models, 'utf8').replace(/^(\s+organiser\s+String\?)$/m, '$1\n  tags String?'));
      const opts = { shadowServerUrl: server };
      expect(await diffMigrationsToModels(provider, opts, root)).toMatch(/ALTER TABLE "Event" ADD COLUMN\s+"tags" TEXT/);

      const { written } = await newMigration('add_tags', { ...opts, root, providers: [provider], now: new Date('2999-01-01T00:00:00Z') });
      expect(written[provider]).toBe(join(migrationsDir(provider, root), '29990101000000_add_tags'));
      expect(await diffMigrationsToModels(provider, opts, root)).toBe('');
      const again = await newMigration('nothing', { ...opts, root, providers: [provider] });
      expect(again.written[provider]).toBeNull();
    });
  }
});
