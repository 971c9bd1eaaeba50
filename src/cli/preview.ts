import { loadConfig } from '../config/index.js';
import type { PlacedBy } from '../core/placement.js';
import { formatAllDay, formatInZone, isoWithOffset } from '../core/time.js';
import { Fetcher } from '../fetch/index.js';
import { PageEvents } from '../ingest/index.js';
import { previewUrl } from '../ingest/preview.js';
import { resolveFeedPlace, resolveRegion } from '../place/index.js';
import { formatKm, HOME_BASIS, placeText, plural } from '../deliver/format.js';
import { applyFilter, filterLine, previewFilter, type FilteredRow } from './preview-filter.js';

const PLACED_BY: Record<PlacedBy, string> = {
  geo: 'its coordinates',
  'event-page': 'its event page',
  address: 'its address',
  venue: 'the same venue in another event',
  'home-area': 'the feed’s home area',
  calendar: 'the country or state it names',
  title: 'its title',
  set: 'the place set for its feed',
  none: 'nothing',
};

const REASONS: Record<string, string> = {
  past: 'already over',
  cancelled: 'cancelled',
  postponed: 'postponed, no new date yet',
  online: 'online only',
  'unknown-attendance': 'not clear it happens in person',
  'unknown-place': 'no location to measure the distance',
  'outside-region': 'outside the region',
  'topic-filter': 'left out by the topic filter',
};

/**
 * An event with no place at all is not clear because it names none: --place
 * (or /events feed place) is the remedy — unless a place is set already, which
 * an away game does not take (ingest/locate.ts).
 */
function skipReason(reason: string | null | undefined, namesNoPlace: boolean, placeSet: boolean): string {
  if (reason === 'unknown-attendance' && namesNoPlace) {
    return placeSet
      ? 'an away game that names no ground, so not at the place set for the feed'
      : 'names no place, so not clear it happens in person (see --place)';
  }
  // "Kerekoppa village": a place is written, but not one the gazetteer knows.
  if (reason === 'unknown-place' && !namesNoPlace) return 'place not known, so no distance to measure';
  return REASONS[reason ?? ''] ?? reason ?? '';
}

/** `events-bot preview <url>`: fetch and parse one source, store nothing, print every event with its verdict. */
export async function runPreview(
  url: string | undefined,
  flags: { near?: string; radius?: string; json?: boolean; now?: string; include?: string; exclude?: string; place?: string },
): Promise<number> {
  if (!url) {
    process.stderr.write(
      'Usage: events-bot preview <url> [--near "<place>"] [--radius <km>] [--include "<keywords>"] [--exclude "<keywords>"] [--place "<venue, town>"] [--json] [--now <date>]\n',
    );
    return 2;
  }
  const loaded = loadConfig();
  if (!loaded.ok) return fail(loaded.message);
  const config = loaded.config;
  const radius = flags.radius === undefined ? 25 : Number(flags.radius);
  if (!Number.isFinite(radius) || radius < 1 || radius > 200)
    return fail(`--radius must be a number of km from 1 to 200, got "${flags.radius}"`, 2);
  const region = flags.near ? resolveRegion(flags.near, { radiusKm: radius }) : null;
  if (region && !region.ok) return fail(region.error.message, 2);
  // --now: judge the feed as of another moment ("what would it have posted on 1 March?").
  const now = flags.now === undefined ? new Date() : new Date(flags.now);
  if (Number.isNaN(now.getTime())) return fail(`--now must be a date such as 2026-03-01 or 2026-03-01T09:00:00Z, got "${flags.now}"`, 2);
  // --place: as `/events feed place` would set it (in a channel whose region is --near), where the feed's events that name no place are.
  const place = flags.place === undefined ? null : resolveFeedPlace(flags.place, region?.ok ? region.value : null);
  if (place && !place.ok) return fail(`--place: ${place.error.message}`, 2);
  const fetcher = new Fetcher({
    // You run preview yourself, on your machine: it may read a feed on your own network
    // (localhost, a NAS). The SSRF guard protects the service from URLs typed in chat.
    allowPrivateNetwork: true,
    maxBytes: config.FETCH_MAX_BYTES,
    totalTimeoutMs: config.FETCH_TIMEOUT_MS,
  });
  const centre = region?.ok ? region.value : null;
  // Ambiguity is said, not guessed silently (on stderr, so --json output stays one JSON document).
  if (centre?.ambiguous?.alternatives.length) {
    const others = centre.ambiguous.alternatives.slice(0, 4).join('; ');
    process.stderr.write(`"${flags.near}" also matches ${others}. Using ${centre.name}; add the region or country to choose another.\n`);
  }
  if (place?.ok && place.value.ambiguous.length > 0) {
    process.stderr.write(
      `--place "${flags.place}" also matches ${place.value.ambiguous.slice(0, 4).join('; ')}. Using ${place.value.place.town}.\n`,
    );
  }
  if (place?.ok && place.value.far) process.stderr.write(`--place "${flags.place}": ${place.value.far}\n`);
  // A time that names no zone, at a place we cannot locate, is read in the zone of --near (else UTC).
  const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: config.HORIZON_DAYS, defaultTimezone: centre?.timezone ?? 'UTC' };
  const result = await previewUrl(url, deps, centre, now, place?.ok ? place.value.place : null);
  if (!result.ok) return fail(`could not read ${url}: ${result.message}`);
  const filter = previewFilter(flags);
  const rows = result.rows.map((r) => applyFilter(r, filter));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify(rows.map(toJson), null, 2)}\n`);
    return 0;
  }
  const where = centre ? ` — verdicts for ${centre.name}, ${centre.radiusKm} km` : '';
  process.stdout.write(`${result.title ?? result.feedUrl} (${result.kind}): ${plural(result.rows.length, 'event')}${where}\n`);
  if (result.home) process.stdout.write(`Home area: ${result.home.label} (${HOME_BASIS[result.home.basis]})\n`);
  if (result.duplicates) process.stdout.write(`${plural(result.duplicates, 'event')} listed twice, shown once\n`);
  process.stdout.write('\n');
  if (filter)
    process.stdout.write(
      `Topic filter: include ${filter.include.join(', ') || '(any)'}; exclude ${filter.exclude.join(', ') || '(none)'}\n\n`,
    );
  for (const row of rows) process.stdout.write(`${describe(row, centre?.name ?? null, place?.ok === true)}\n\n`);
  for (const s of result.skipped) process.stdout.write(`· not an event: ${s.title} — ${s.reason}\n`);
  return 0;
}

function describe(filtered: FilteredRow, near: string | null, placeSet: boolean): string {
  const { row } = filtered;
  const e = row.event;
  const when = e.allDay ? `${formatAllDay(e.start, e.end, e.timezone)} (all day)` : formatInZone(e.start, e.timezone, 'full');
  const place = placeText(e.venue, e.address) ?? 'no location';
  const verdict =
    filtered.verdict === 'post'
      ? '✔ would post'
      : `✘ skip: ${skipReason(filtered.reason, place === 'no location' && e.lat === null, placeSet)}`;
  const distance = row.distanceKm !== null && near ? ` · ${formatKm(row.distanceKm)} from ${near}` : '';
  const placed =
    e.placedBy && e.placedBy !== 'none'
      ? ` · placed by ${PLACED_BY[e.placedBy]}${e.locality ? ` (${e.locality}, ${e.country ?? '?'})` : e.country ? ` (${e.country})` : ''}`
      : '';
  return [
    `${verdict}  ${e.title}`,
    `    ${when} [${e.timezone}] · ${e.attendance.replace('_', ' ')} · ${e.status}`,
    `    ${place}${placed}${distance}`,
    e.url ? `    ${e.url}` : null,
    filterLine(filtered.filter),
  ]
    .filter(Boolean)
    .join('\n');
}

function toJson({ row, verdict, reason, filter }: FilteredRow) {
  const e = row.event;
  return {
    title: e.title,
    url: e.url,
    start: isoWithOffset(e.start, e.timezone),
    end: e.end ? isoWithOffset(e.end, e.timezone) : null,
    timezone: e.timezone,
    allDay: e.allDay,
    venue: e.venue,
    address: e.address,
    lat: e.lat,
    lon: e.lon,
    locality: e.locality,
    country: e.country,
    placedBy: e.placedBy ?? 'none',
    attendance: e.attendance,
    status: e.status,
    organiser: e.organiser,
    distanceKm: row.distanceKm === null ? null : Math.round(row.distanceKm * 10) / 10,
    verdict,
    reason,
    ...(filter ? { filter } : {}),
  };
}

function fail(message: string, code = 1): number {
  process.stderr.write(`events-bot: ${message}\n`);
  return code;
}
