/**
 * Builds the compact gazetteer cache ahead of time (e.g. in a Docker image
 * build, after `npm ci`), so even the first start reads the cache:
 *
 *   npx tsx scripts/build-gazetteer.ts [--cache-dir DIR]
 *
 * Without it, the first use of the gazetteer builds the same file itself.
 */
import { loadGazetteerData } from '../src/place/gazetteer-cache.js';

const at = process.argv.indexOf('--cache-dir');
const cacheDir = at > 0 ? process.argv[at + 1] : undefined;
const { data, info } = loadGazetteerData({ rebuild: true, ...(cacheDir ? { cacheDir } : {}) });
if (!info.cachePath) {
  console.error('Could not write the gazetteer cache (no writable directory).');
  process.exit(1);
}
console.log(`Gazetteer: ${data.count} places from ${data.source} → ${info.cachePath} (${info.ms.toFixed(0)} ms)`);
