import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as EngineBg from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { DiffTarget, MigrationList, SchemaContainer, SchemaEngine } from '@prisma/schema-engine-wasm/schema_engine_bg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { migrationsDir, PRISMA_PROVIDER, projectRoot, providerDir, readMigrations, type Provider } from '../migration-files.js';
import { NO_SHADOW_SERVER, postgresEngineFactory, sqliteEngineFactory } from './engine-adapters.js';

/**
 * DEVELOPMENT TOOLING ONLY (scripts/migration-new.ts and the drift test).
 * Drives Prisma's schema engine compiled to WebAssembly
 * (@prisma/schema-engine-wasm, a devDependency) through a driver adapter, so
 * migration SQL is produced offline without the native engine download. The
 * service never imports this file: it applies migrations with ../migrate.ts.
 */

type EngineModule = typeof EngineBg;

let loaded: Promise<EngineModule> | undefined;

/** The global WebAssembly API (the project's TypeScript lib has no DOM types, where it is declared). */
interface WasmApi {
  instantiate(bytes: Uint8Array, imports: Record<string, unknown>): Promise<{ instance: { exports: { __wbindgen_start: () => void } } }>;
}
const wasmApi = () => (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

/** Loads and starts the wasm module once per process. */
function loadEngineModule(): Promise<EngineModule> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const bg = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as EngineModule;
    const bytes = readFileSync(bgPath.replace(/\.js$/, '.wasm'));
    const { instance } = await wasmApi().instantiate(bytes, { './schema_engine_bg.js': bg });
    bg.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return bg;
  })();
  return loaded;
}

/** The provider's schema as the engine sees it: its header plus the shared models (the source of truth). */
function schemaFiles(provider: Provider, root = projectRoot()): SchemaContainer[] {
  return [
    { path: 'schema.prisma', content: readFileSync(join(providerDir(provider, root), 'schema.prisma'), 'utf8') },
    { path: 'models.prisma', content: readFileSync(join(root, 'prisma', 'models.prisma'), 'utf8') },
  ];
}

/** The committed migrations of a provider, in the shape the engine's `migrations` diff target expects. */
function migrationList(provider: Provider, dir = migrationsDir(provider)): MigrationList {
  // The committed lock file when there is one (the engine refuses a lock naming another provider).
  const lock = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lock) ? readFileSync(lock, 'utf8') : `provider = "${PRISMA_PROVIDER[provider]}"\n`,
    },
    shadowDbInitScript: '',
    migrationDirectories: readMigrations(dir).map((m) => ({
      path: m.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: m.sql } },
    })),
  };
}

export interface EngineOptions {
  /**
   * PostgreSQL only: a server where a temporary shadow database may be created
   * and dropped (the migrations are replayed there to learn the schema they produce).
   */
  shadowServerUrl?: string;
  /** Schema engine log lines (JSON strings); silent by default. */
  onLog?: (line: string) => void;
}

async function withEngine<T>(
  provider: Provider,
  files: SchemaContainer[],
  opts: EngineOptions,
  fn: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const bg = await loadEngineModule();
  const { factory, close } = provider === 'sqlite' ? sqliteEngineFactory() : postgresEngineFactory(opts.shadowServerUrl);
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  try {
    const engine = await bg.SchemaEngine.new(
      { datamodels: files.map((f) => [f.path, f.content]) },
      (line: string) => opts.onLog?.(line),
      bound,
    );
    try {
      return await fn(engine);
    } finally {
      engine.free();
    }
  } catch (e) {
    throw explain(e, bound.errorRegistry);
  } finally {
    await close();
  }
}

/**
 * The engine reports a driver failure as "External error id#N"; the original
 * error (say, "connection refused") waits in the adapter's registry.
 */
function explain(e: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): unknown {
  if (!(e instanceof Error)) return e;
  const id = /External error id#(\d+)/.exec(e.message)?.[1];
  const original = id === undefined ? undefined : registry.consumeError(Number(id))?.error;
  if (original === undefined) return e;
  const why = original instanceof Error ? original.message : JSON.stringify(original);
  return new Error(`${e.message.split('\n')[0]} ${why}`, { cause: e });
}

/**
 * SQL that turns schema `from` into schema `to` for this provider; '' when
 * they are the same.
 */
async function diffSql(
  provider: Provider,
  from: DiffTarget,
  to: DiffTarget,
  opts: EngineOptions = {},
  files = schemaFiles(provider),
): Promise<string> {
  return withEngine(provider, files, opts, async (engine) => {
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const sql = result.stdout ?? '';
    return isEmptyScript(sql) ? '' : sql;
  });
}

/** The engine writes a comment for an empty migration; treat comment-only output as "no changes". */
function isEmptyScript(sql: string): boolean {
  return sql
    .split('\n')
    .map((l) => l.trim())
    .every((l) => l === '' || l.startsWith('--'));
}

/** SQL that brings a database holding the provider's committed migrations up to prisma/models.prisma. */
export async function diffMigrationsToModels(provider: Provider, opts: EngineOptions = {}, root = projectRoot()): Promise<string> {
  if (provider === 'postgres' && !opts.shadowServerUrl) throw new Error(NO_SHADOW_SERVER);
  const files = schemaFiles(provider, root);
  return diffSql(
    provider,
    { tag: 'migrations', ...migrationList(provider, migrationsDir(provider, root)) },
    { tag: 'schemaDatamodel', files },
    opts,
    files,
  );
}
