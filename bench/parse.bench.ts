/**
 * Parser and ingest benchmark: `npx tsx bench/parse.bench.ts`
 *
 * For every captured feed in ../shared/fixtures/feeds: time to parse it
 * (src/sources front door) and to run the full ingest path (parse → classify
 * → place → normalise) from a loopback server, with events per second.
 * Prints figures only.
 */
import { CAPTURED_DIR } from '../test/helpers/captured.js';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeBody, Fetcher } from '../src/fetch/index.js';
import { ingest, PageEvents } from '../src/ingest/index.js';
import { loadGazetteer } from '../src/place/index.js';
import { parseSource } from '../src/sources/index.js';
import { percentiles, report, timeEach } from './stats.js';

const DIR = CAPTURED_DIR;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);

async function main(): Promise<void> {
  loadGazetteer();
  const files = readdirSync(DIR).filter((f) => f !== 'SOURCES.md');
  const server = createServer((req, res) => res.end(readFileSync(DIR + (req.url ?? '/').slice(1))));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const fetcher = new Fetcher({ allowPrivateNetwork: true });
  const deps = { fetcher, pages: new PageEvents(fetcher), horizonDays: 60, defaultTimezone: 'UTC' };
  const now = new Date('2013-01-01T00:00:00Z');
  console.log(`parse and ingest, ${ROUNDS} rounds per feed (${process.version})`);
  let totalEvents = 0;
  let totalMs = 0;
  for (const file of files) {
    const bytes = readFileSync(DIR + file);
    const text = decodeBody(bytes, null);
    let events = 0;
    const parse = await timeEach(ROUNDS, async () => {
      const r = await parseSource(text, null, { sourceUrl: base + file, now, horizonEnd: new Date(now.getTime() + 60 * 86_400_000) });
      events = r.ok ? r.events.length : 0;
    });
    const full = await timeEach(ROUNDS, () => ingest(base + file, deps, { now }));
    const p50 = percentiles(full).p50;
    totalEvents += events;
    totalMs += p50;
    report(`${file.slice(0, 42)}`, parse, `ingest p50 ${p50.toFixed(2)} ms · ${events} events · ${(bytes.length / 1024).toFixed(0)} KB`);
  }
  console.log(
    `all feeds: ${totalEvents} events ingested in ${totalMs.toFixed(1)} ms (p50 sum) ≈ ${Math.round((totalEvents / totalMs) * 1000)} events/s`,
  );
  server.close();
}

await main();
