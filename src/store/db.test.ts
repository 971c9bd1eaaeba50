import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import { DatabaseUrlError, openStore, parseDatabaseUrl } from './db.js';
import { migrate } from './migrate.js';

describe('DATABASE_URL', () => {
  it.each([
    ['file:./data/events.db', { provider: 'sqlite', path: './data/events.db' }],
    ['file:/var/lib/events-bot/events.db', { provider: 'sqlite', path: '/var/lib/events-bot/events.db' }],
    ['file:///var/lib/events-bot/events.db', { provider: 'sqlite', path: '/var/lib/events-bot/events.db' }],
    ['file:./dev.db?connection_limit=1', { provider: 'sqlite', path: './dev.db' }],
    ['postgresql://bot:pw@db:5432/events', { provider: 'postgres', url: 'postgresql://bot:pw@db:5432/events' }],
    ['postgres://bot@localhost/events', { provider: 'postgres', url: 'postgres://bot@localhost/events' }],
  ])('%s opens %o', (url, target) => {
    expect(parseDatabaseUrl(url)).toEqual({ ok: true, value: target });
  });

  it.each([
    ['mysql://root:hunter2@db/events', '"mysql:…"'],
    ['./data/events.db', '"./data/events.db"'],
    ['', 'an empty value'],
  ])('refuses %j in one line naming DATABASE_URL, what it got and what it expects', (url, shown) => {
    const parsed = parseDatabaseUrl(url);
    expect(parsed.ok).toBe(false);
    const message = parsed.ok ? '' : parsed.error.message;
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain(shown);
    expect(message).toContain('file:<path>');
    expect(message).toContain('postgresql://');
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('\n');
  });

  it('makes openStore and migrate fail with a DatabaseUrlError', async () => {
    await expect(openStore('mysql://root@db/events')).rejects.toBeInstanceOf(DatabaseUrlError);
    await expect(migrate('sqlserver://db')).rejects.toMatchObject({ code: 'database_url' });
  });
});

describe('SQLite file', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it('is created with its missing folder, in WAL mode, and answers ping', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'events-bot-db-'));
    dirs.push(dir);
    const path = join(dir, 'nested', 'data', 'events.db');
    const url = `file:${path}`;
    await migrate(url);
    const store = await openStore(url);
    expect(store.provider).toBe('sqlite');
    expect(await store.ping()).toBe(true);
    await store.close();
    expect(existsSync(path)).toBe(true);
    const db = new Database(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

forEachProvider((db) => {
  it('opens the right provider and answers ping', async () => {
    expect(db.store().provider).toBe(db.provider);
    expect(await db.store().ping()).toBe(true);
  });
});
