/**
 * One database's run of the ingest benchmark (spawned by ingest.bench.ts,
 * so each database's peak RSS is its own process's). Builds the service's
 * poll path — the real Fetcher (private network allowed for the loopback
 * feeds only), ingest, and the Poller from src/pipeline over the store —
 * adds the feeds as sources, then measures a cold cycle (with the event
 * loop's delay and `/events nearby` answered meanwhile), the cycles needed
 * to see every due source, a warm cycle (every feed answers 304), and the
 * parse floor: ical.js and rss-parser alone on the same bytes.
 *
 * argv: <DATABASE_URL> <label> <port of 127.0.0.1> … <port of 127.0.0.50>
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import ICAL from 'ical.js';
import Parser from 'rss-parser';
import type { Logger } from '../src/core/log.js';
import type { Store } from '../src/core/ports.js';
import { urgently } from '../src/core/turns.js';
import { Fetcher } from '../src/fetch/index.js';
import { ingest, PageEvents, type IngestDeps } from '../src/ingest/index.js';
import { Poller } from '../src/pipeline/poll.js';
import { loadGazetteer } from '../src/place/index.js';
import { openStore } from '../src/store/db.js';
import { migrate } from '../src/store/migrate.js';
import { percentiles } from './stats.js';
import { EVENTS_PER_FEED, FEEDS, feedBody, feedHost, feedPath, HOSTS } from './ingest-feeds.js';

const [url, label, ...portArgs] = process.argv.slice(2);
const ports = portArgs.map(Number);
const base = Number(process.env.BENCH_BASE);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);
const quiet: Logger = { info() {}, warn() {}, error() {}, debug() {}, child: () => quiet } as unknown as Logger;

const cpuMs = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function main(): Promise<void> {
  await migrate(url!);
  const store = await openStore(url!, { backgroundCheckpoints: true }); // as the service opens it
  loadGazetteer();
  for (let i = 0; i < FEEDS; i++) {
    const host = feedHost(i);
    await store.sources.add(`http://${host}:${ports[Number(host.split('.')[3]) - 1]}${feedPath(i)}`, 'auto', new Date(base));
  }
  let shift = 0; // the warm cycle runs "a day later", when every source is due again
  const now = () => new Date(Date.now() + shift);
  const fetcher = new Fetcher({ allowPrivateNetwork: true, now });
  const deps: IngestDeps = { fetcher, pages: new PageEvents(fetcher, now), horizonDays: 60, defaultTimezone: 'UTC' };
  const poller = new Poller({
    store,
    logger: quiet,
    now,
    concurrency: CONCURRENCY,
    owner: 'bench',
    pollIntervalMs: 10 * 60_000,
    ingest: (source, at) => ingest(source.url, deps, { now: at, conditional: source }),
  });

  const profile = await startProfile();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const chat = nearbyProbe(store, await store.channels.getOrCreate(BENCH_CHANNEL));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const cold = await poller.runOnce();
  const coldS = (performance.now() - t0) / 1000;
  const coldUsage = process.cpuUsage(c0);
  const coldCpu = (coldUsage.user + coldUsage.system) / 1000;
  loop.disable();
  const nearby = await chat.stop();
  await profile?.stop();
  let cycles = 1;
  let seen = cold.sources;
  for (let more = await poller.runOnce(); more.sources > 0; more = await poller.runOnce()) {
    cycles++;
    seen += more.sources;
  }
  shift = 86_400_000;
  const t1 = performance.now();
  const warm = await poller.runOnce();
  const warmS = (performance.now() - t1) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  await store.close();

  const floor = await parseFloorUs();
  const perEventUs = (coldCpu * 1000) / Math.max(1, cold.created);
  console.log(`\n${label}: ${FEEDS} feeds × ${EVENTS_PER_FEED} events from ${HOSTS} loopback hosts, poller concurrency ${CONCURRENCY}`);
  console.log(
    `  cold cycle      ${coldS.toFixed(2)} s · ${cold.created} events stored (${cold.ok} ok, ${cold.failed} failed) · ${Math.round(cold.created / coldS)} events/s stored`,
  );
  console.log(`  due sources     ${seen} seen in ${cycles} cycle(s) (the first cycle took ${cold.sources})`);
  console.log(`  warm cycle      ${warmS.toFixed(2)} s · ${warm.notModified} of ${warm.sources} sources answered 304`);
  console.log(
    `  CPU per event   ${perEventUs.toFixed(0)} µs (this process) · parse floor ${floor.toFixed(1)} µs (ical.js / rss-parser alone) · ratio ${(perEventUs / floor).toFixed(1)}×`,
  );
  console.log(
    `                  of which kernel (system) ${(coldUsage.system / Math.max(1, cold.created)).toFixed(0)} µs: reads, writes and sockets`,
  );
  const ms = (ns: number) => (ns / 1e6).toFixed(0);
  console.log(
    `  event loop      delay p99 ${ms(loop.percentile(99))} ms · longest ${ms(loop.max)} ms during the cold cycle (how late a timer ran: what a chat command arriving then would wait)`,
  );
  console.log(
    `  /events nearby during it  p50 ${nearby.p50.toFixed(0)} ms · p99 ${nearby.p99.toFixed(0)} ms · longest ${nearby.max.toFixed(0)} ms (${nearby.n} rounds of the command's reads, one every ${PROBE_EVERY_MS} ms, timed from when each was due)`,
  );
  console.log(`  peak RSS        ${peakMb.toFixed(0)} MB`);
}

const PROBE_EVERY_MS = 100;
const BENCH_CHANNEL = { platform: 'discord', workspaceId: 'bench', channelId: 'bench' };

/**
 * What a member typing `/events nearby` during the cold cycle waits for: the
 * reads the command makes (commands/nearby.ts), in its order — the channel
 * and the member's home together, the channel's filter, the events near (25
 * km of Birmingham, next 7 days, first 10) and the RSVP counts of the page. They are
 * due every PROBE_EVERY_MS, and each round is timed from when it was due
 * until its last answer, so a late timer (a blocked event loop) counts as
 * well as waiting for the database. About one round per 100 ms of cycle: its
 * CPU is in the cycle's.
 */
function nearbyProbe(store: Store, channelRow: { id: number }): { stop(): Promise<ReturnType<typeof percentiles> & { n: number }> } {
  const samples: number[] = [];
  const pending: Promise<void>[] = [];
  const t0 = performance.now();
  let n = 0;
  let timer: NodeJS.Timeout;
  const reads = async () => {
    const [channel] = await Promise.all([store.channels.find(BENCH_CHANNEL), store.users.get('discord', 'bench-member')]);
    await store.filters.get(channel?.id ?? channelRow.id);
    const { items } = await store.events.near({
      lat: 52.48,
      lon: -1.9,
      radiusKm: 25,
      from: new Date(base),
      to: new Date(base + 7 * 86_400_000),
      attendance: ['in_person', 'hybrid'],
      limit: 10,
    });
    await store.rsvps.counts(items.map((i) => i.event.id));
  };
  const next = () => {
    const due = t0 + ++n * PROBE_EVERY_MS;
    timer = setTimeout(() => {
      // As the chat core runs a command: bulk work steps aside sooner meanwhile (core/turns.ts).
      pending.push(urgently(reads).then(() => void samples.push(performance.now() - due)));
      next();
    }, due - performance.now());
  };
  next();
  return {
    async stop() {
      clearTimeout(timer);
      await Promise.all(pending);
      return { ...percentiles(samples), n: samples.length };
    },
  };
}

/**
 * With BENCH_PROFILE=<dir>, a CPU profile of the cold cycle alone (not the
 * set-up or the parse floor) is written there as <database>.cpuprofile.
 */
async function startProfile(): Promise<{ stop(): Promise<void> } | null> {
  const dir = process.env.BENCH_PROFILE;
  if (!dir) return null;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      const file = `${dir}/${label!.split(' ')[0]!.toLowerCase()}.cpuprofile`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`  (cold-cycle CPU profile written to ${file})`);
    },
  };
}

/** CPU µs per event of ical.js (parse, read each VEVENT) and rss-parser (parseString) on the same bytes. */
async function parseFloorUs(): Promise<number> {
  const bodies = Array.from({ length: FEEDS }, (_, i) => feedBody(i, base).body);
  const parser = new Parser({ customFields: { item: ['ev:startdate', 'ev:enddate', 'ev:location', 'geo:lat', 'geo:long'] } });
  const c0 = process.cpuUsage();
  const pending: Promise<unknown>[] = [];
  for (const [i, body] of bodies.entries()) {
    if (i % 2 === 1) {
      pending.push(parser.parseString(body));
      continue;
    }
    const cal = new ICAL.Component(ICAL.parse(body));
    for (const v of cal.getAllSubcomponents('vevent')) {
      const e = new ICAL.Event(v);
      void [e.uid, e.summary, e.startDate.toJSDate(), e.endDate.toJSDate(), e.location, e.description];
    }
  }
  await Promise.all(pending);
  return (cpuMs(c0) * 1000) / (FEEDS * EVENTS_PER_FEED);
}

await main();
