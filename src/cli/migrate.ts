import { loadConfig } from '../config/index.js';
import { migrate } from '../store/migrate.js';

/** `events-bot migrate`: applies pending migrations and prints what it did. */
export async function runMigrate(): Promise<number> {
  const loaded = loadConfig();
  if (!loaded.ok) {
    process.stderr.write(`events-bot: ${loaded.message}\n`);
    return 1;
  }
  try {
    const { applied } = await migrate(loaded.config.DATABASE_URL);
    process.stdout.write(
      applied.length
        ? `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join('\n')}\n`
        : 'Database is up to date.\n',
    );
    return 0;
  } catch (error) {
    process.stderr.write(
      `events-bot: could not migrate the database: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`,
    );
    return 1;
  }
}
