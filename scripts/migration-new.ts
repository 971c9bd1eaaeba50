// `npm run db:migration:new <name>`: writes the next migration for BOTH
// providers (prisma/sqlite/migrations and prisma/postgres/migrations) from the
// difference between what the committed migrations build and
// prisma/models.prisma. Works offline: Prisma's schema engine runs as
// WebAssembly. The SQLite side replays migrations in memory; the PostgreSQL
// side needs a scratch server (SHADOW_DATABASE_URL, else TEST_DATABASE_URL)
// where a temporary database is created and dropped.
import { relative } from 'node:path';
import { checkMigrationName, newMigration } from '../src/store/tooling/new-migration.js';

const checked = checkMigrationName(process.argv[2]);
if (!checked.ok) {
  console.error(checked.message);
  process.exit(2);
}

try {
  const { written } = await newMigration(checked.name, {
    shadowServerUrl: process.env.SHADOW_DATABASE_URL ?? process.env.TEST_DATABASE_URL,
  });
  const dirs = Object.entries(written).filter(([, dir]) => dir !== null);
  if (dirs.length === 0) {
    console.log('no changes: prisma/models.prisma matches the migrations of both providers');
  } else {
    for (const [provider, dir] of Object.entries(written)) {
      console.log(dir ? `${provider}: wrote ${relative(process.cwd(), dir)}/migration.sql` : `${provider}: no changes`);
    }
    console.log('Review the SQL, then run the drift test: npx vitest run src/store/migrate.test.ts');
  }
} catch (e) {
  console.error(`db:migration:new failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
}
