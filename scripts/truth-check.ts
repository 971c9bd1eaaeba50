/**
 * Event truth check: how `events-bot preview` does on real feeds against a reader's truth.
 *
 *   npx tsx scripts/truth-check.ts <feeds-dir> <truth.json> [repo-checkout]
 *
 * The feeds and their truth live OUTSIDE the repository (captured third-party data is
 * never committed); the checkout defaults to this repository. Read-only: stores nothing.
 *
 * Serves feeds-dir on 127.0.0.1 with a content type
 * per extension, runs `node --import tsx <checkout>/src/cli/main.ts preview <url> --near
 * <near> --radius 50 --json --now <now>` for each truth entry, matches each printed event
 * to the truth by title + start instant (by title alone when the instant differs: a wrong
 * start), and prints per feed and in total:
 *   placeable  in-person events a reader places within 50 km → posted (%)
 *   wrongStart events whose start instant differs from the reader's
 *   wrongCtry  events placed in another country than the reader's
 *   badPosts   online / cancelled / unknown / out-of-region events posted
 *   dupPosts   one real event posted more than once
 *   extra      posted events that are not in the truth at all
 * truth.json = [{ file, near, now, events: [{ title, start, allDay?, attendance, town, country, inRegion }] }]
 * (attendance: in_person | online | hybrid | cancelled | unknown; country: ISO 3166 alpha-2 or null).
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { extname, join, resolve, dirname } from 'node:path';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

interface TruthEvent {
  title: string;
  start: string;
  allDay?: boolean;
  attendance: string;
  town: string | null;
  country: string | null;
  inRegion: boolean;
}
interface TruthFeed {
  file: string;
  near: string;
  now: string;
  events: TruthEvent[];
}
interface Row {
  title: string;
  start: string;
  timezone: string;
  attendance: string;
  status: string;
  locality: string | null;
  country: string | null;
  distanceKm: number | null;
  verdict: string;
  reason: string | null;
}
interface Tally {
  placeable: number;
  posted: number;
  wrongStart: number;
  wrongCountry: number;
  badPosts: number;
  dupPosts: number;
  extra: number;
  missing: number;
}

const TYPES: Record<string, string> = {
  '.ics': 'text/calendar; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.json': 'application/ld+json; charset=utf-8',
};

const [feedsArg, truthArg, checkoutArg] = process.argv.slice(2);
if (!feedsArg || !truthArg) {
  process.stderr.write('usage: npx tsx scripts/truth-check.ts <feeds-dir> <truth.json> [repo-checkout]\n');
  process.exit(2);
}
const checkout = resolve(checkoutArg ?? join(dirname(fileURLToPath(import.meta.url)), '..'));
const feedsDir = resolve(feedsArg);
const truth = JSON.parse(readFileSync(resolve(truthArg), 'utf8')) as TruthFeed[];

function serve(dir: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const path = join(dir, name);
    if (name.includes('..') || !existsSync(path)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(name)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      ok({ server, base: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/` });
    }),
  );
}

function preview(url: string, feed: TruthFeed): Promise<Row[] | string> {
  const args = [
    '--import',
    'tsx',
    join(checkout, 'src/cli/main.ts'),
    'preview',
    url,
    '--near',
    feed.near,
    '--radius',
    '50',
    '--json',
    '--now',
    feed.now,
  ];
  return new Promise((ok) =>
    execFile('node', args, { cwd: checkout, maxBuffer: 64 << 20, env: { ...process.env, LOG_LEVEL: 'error' } }, (err, out, errOut) => {
      try {
        ok(JSON.parse(out) as Row[]);
      } catch {
        ok(
          `preview failed: ${
            (errOut || String(err))
              .trim()
              .split('\n')
              .find((l) => /Error|events-bot:/.test(l)) ?? 'no output'
          }`,
        );
      }
    }),
  );
}

const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const posts = (r: Row) => r.verdict === 'post';
const shouldPost = (t: TruthEvent) => (t.attendance === 'in_person' || t.attendance === 'hybrid') && t.country !== null && t.inRegion;

function judge(feed: TruthFeed, rows: Row[], notes: string[]): Tally {
  const t: Tally = { placeable: 0, posted: 0, wrongStart: 0, wrongCountry: 0, badPosts: 0, dupPosts: 0, extra: 0, missing: 0 };
  const matched = new Map<TruthEvent, Row[]>();
  const rest: Row[] = [];
  for (const r of rows) {
    const same = feed.events.filter((e) => norm(e.title) === norm(r.title));
    const exact = same.find((e) => Date.parse(e.start) === Date.parse(r.start));
    if (exact) {
      matched.set(exact, [...(matched.get(exact) ?? []), r]);
      continue;
    }
    rest.push(r);
  }
  for (const r of rest) {
    // Same title, other instant: the nearest unmatched truth event of that title is this one, timed wrong.
    const cand = feed.events
      .filter((e) => norm(e.title) === norm(r.title) && !matched.has(e))
      .sort((a, b) => Math.abs(Date.parse(a.start) - Date.parse(r.start)) - Math.abs(Date.parse(b.start) - Date.parse(r.start)))[0];
    if (cand && Math.abs(Date.parse(cand.start) - Date.parse(r.start)) < 2 * 86_400_000) {
      t.wrongStart++;
      notes.push(`wrong start: "${r.title}" ${r.start} [${r.timezone}] — reader: ${cand.start}`);
      matched.set(cand, [r]);
    } else if (posts(r)) {
      t.extra++;
      notes.push(`posted, not in truth: "${r.title}" ${r.start}`);
    }
  }
  for (const e of feed.events) {
    const got = matched.get(e) ?? [];
    const first = got[0];
    if (shouldPost(e)) t.placeable++;
    if (!first) {
      t.missing++;
      notes.push(`missing from preview: "${e.title}" ${e.start}`);
      continue;
    }
    const posted = got.filter(posts);
    if (posted.length > 1) {
      t.dupPosts += posted.length - 1;
      notes.push(`posted ${posted.length}×: "${e.title}" ${e.start}`);
    }
    const wrongCountry = got.find((r) => r.country !== null && e.country !== null && r.country.toUpperCase() !== e.country.toUpperCase());
    if (wrongCountry) {
      t.wrongCountry++;
      notes.push(
        `wrong country: "${e.title}" placed in ${wrongCountry.locality ?? '?'}, ${wrongCountry.country} — reader: ${e.town}, ${e.country}`,
      );
    }
    if (shouldPost(e)) {
      if (posted.length > 0) t.posted++;
      else
        notes.push(
          `not posted: "${e.title}" ${e.start} — ${first.reason} (${first.attendance}, ${first.locality ?? 'no place'}, ${first.distanceKm ?? '–'} km)`,
        );
    } else if (posted.length > 0) {
      t.badPosts++;
      notes.push(`posted but should not be (${e.attendance}${e.inRegion ? '' : ', out of region'}): "${e.title}" ${e.start}`);
    }
  }
  return t;
}

const pct = (a: number, b: number) => (b === 0 ? '  –  ' : `${((100 * a) / b).toFixed(0).padStart(3)}%`);
function line(name: string, t: Tally): string {
  return `${name.padEnd(52)} ${`${t.posted}/${t.placeable}`.padStart(7)} ${pct(t.posted, t.placeable)} ${String(t.wrongStart).padStart(6)} ${String(t.wrongCountry).padStart(6)} ${String(t.badPosts).padStart(6)} ${String(t.dupPosts).padStart(5)} ${String(t.extra).padStart(5)} ${String(t.missing).padStart(5)}`;
}

async function main(): Promise<void> {
  const { server, base } = await serve(feedsDir);
  const total: Tally = { placeable: 0, posted: 0, wrongStart: 0, wrongCountry: 0, badPosts: 0, dupPosts: 0, extra: 0, missing: 0 };
  const out: string[] = [`${'feed'.padEnd(52)} ${'posted'.padStart(7)}   %   wrgStt wrgCty badPst dupPs extra miss`];
  const details: string[] = [];
  try {
    for (const feed of truth) {
      if (!existsSync(join(feedsDir, feed.file))) {
        out.push(`${feed.file.padEnd(52)} (file absent, skipped)`);
        continue;
      }
      const rows = await preview(base + encodeURIComponent(feed.file), feed);
      if (typeof rows === 'string') {
        total.placeable += feed.events.filter(shouldPost).length; // an unreadable feed posts none of them
        out.push(`${feed.file.padEnd(52)} ${rows}`);
        continue;
      }
      const notes: string[] = [];
      const t = judge(feed, rows, notes);
      for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
      out.push(line(feed.file, t));
      if (notes.length) details.push(`\n## ${feed.file}\n${notes.map((n) => `- ${n}`).join('\n')}`);
    }
  } finally {
    server.close();
  }
  out.push(line('TOTAL', total));
  process.stdout.write(`${out.join('\n')}\n${details.join('\n')}\n`);
}

void main();
