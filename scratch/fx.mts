import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { Fetcher } from '/work/main/src/fetch/index.ts';
import { PageEvents } from '/work/main/src/ingest/index.ts';
import { previewUrl } from '/work/main/src/ingest/preview.ts';
import { resolveRegion } from '/work/main/src/place/index.ts';
import { isoWithOffset } from '/work/main/src/core/time.ts';
const dir = '/work/main/test/fixtures/feeds/';
const server = createServer((req, res) => { try { res.writeHead(200).end(readFileSync(dir + req.url!.slice(1))); } catch { res.writeHead(404).end(); } });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as any).port;
const fetcher = new Fetcher({ allowPrivateNetwork: true });
const region = resolveRegion(process.argv[3] ?? 'Birmingham, UK');
const r = region.ok ? region.value : null;
for (const f of readdirSync(dir).filter((f) => f !== 'SOURCES.md' && (!process.argv[2] || f.includes(process.argv[2])))) {
  const now = new Date(process.argv[4] ?? '2000-01-01T00:00:00Z');
  const p = await previewUrl(`http://127.0.0.1:${port}/${f}`, { fetcher, pages: new PageEvents(fetcher), horizonDays: 60, defaultTimezone: 'UTC' }, r, now);
  if (!p.ok) { console.log(f, 'FAIL', p.message); continue; }
  console.log(`== ${f}: ${p.rows.length} events, ${p.skipped.length} skipped`);
  for (const row of p.rows.slice(0, Number(process.argv[5] ?? 4))) { const e = row.event; console.log(`  ${isoWithOffset(e.start, e.timezone)} ${e.timezone} allDay=${e.allDay} ${e.attendance} ${e.status} | ${e.title.slice(0,40)} | venue=${e.venue} | ${e.lat},${e.lon} ${e.locality},${e.country} | ${row.verdict} ${row.reason} ${row.distanceKm?.toFixed(0)}`); }
}
server.close();
