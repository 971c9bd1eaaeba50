/**
 * Synthetic feeds for the ingest benchmark (invented groups, venues and
 * talks): feed i is iCal when i is even and RSS 2.0 with the RSS event module
 * when odd, 25 events each, spread over the next 50 days from `base`, at
 * venues in ten British towns (with coordinates). Both the loopback feed
 * server and the parse-floor measurement build their bytes here, so they are
 * the same bytes.
 */
export const FEEDS = Number(process.env.BENCH_FEEDS ?? 2000);
export const EVENTS_PER_FEED = Number(process.env.BENCH_EVENTS_PER_FEED ?? 25);
export const HOSTS = 50;

const TOWNS = [
  ['Birmingham', 52.4797, -1.9027],
  ['Coventry', 52.4081, -1.5106],
  ['Leeds', 53.7965, -1.5478],
  ['Bristol', 51.4538, -2.5973],
  ['Manchester', 53.4808, -2.2426],
  ['Nottingham', 52.9536, -1.1505],
  ['Sheffield', 53.3811, -1.4701],
  ['Leicester', 52.6369, -1.1398],
  ['Cardiff', 51.4816, -3.1791],
  ['Glasgow', 55.8609, -4.2514],
] as const;

const TOPICS = ['JavaScript', 'Rust', 'Python', 'Design', 'Data', 'Security', 'Cloud', 'Games', 'Robotics', 'Open Source'];

export interface BenchEvent {
  uid: string;
  title: string;
  start: Date;
  end: Date;
  venue: string;
  lat: number;
  lon: number;
  url: string;
  description: string;
}

export function feedPath(i: number): string {
  return i % 2 === 0 ? `/groups/${i}/calendar.ics` : `/groups/${i}/events.rss`;
}

/** 127.0.0.1 … 127.0.0.50: feed i is served by host (i mod 50) + 1. */
export function feedHost(i: number): string {
  return `127.0.0.${(i % HOSTS) + 1}`;
}

export function feedEvents(i: number, base: number): BenchEvent[] {
  const [town, lat, lon] = TOWNS[i % TOWNS.length]!;
  const topic = TOPICS[Math.floor(i / TOWNS.length) % TOPICS.length]!;
  return Array.from({ length: EVENTS_PER_FEED }, (_, k) => {
    const start = new Date(base + (1 + ((i * 7 + k * 2) % 50)) * 86_400_000 + (18 + (k % 3)) * 3_600_000);
    return {
      uid: `g${i}-e${k}@bench.example`,
      title: `${town} ${topic} Group ${i}: evening ${k + 1}`,
      start,
      end: new Date(start.getTime() + 2 * 3_600_000),
      venue: `Hall ${(i + k) % 40}, ${k + 1} Market Street, ${town}`,
      lat: Number((lat + ((k % 7) - 3) / 500).toFixed(4)),
      lon: Number((lon + ((i % 5) - 2) / 500).toFixed(4)),
      url: `https://groups.bench.example/g${i}/meet/${k}`,
      description: `Talks, demos and a chat about ${topic}. Doors open half an hour before. Everyone welcome, beginners too.`,
    };
  });
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const icsText = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;');
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function feedBody(i: number, base: number): { body: string; type: string } {
  const events = feedEvents(i, base);
  if (i % 2 === 0) {
    const lines = events.flatMap((e) => [
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      'DTSTAMP:20260101T000000Z',
      `DTSTART:${stamp(e.start)}`,
      `DTEND:${stamp(e.end)}`,
      `SUMMARY:${icsText(e.title)}`,
      `DESCRIPTION:${icsText(e.description)}`,
      `LOCATION:${icsText(e.venue)}`,
      `GEO:${e.lat};${e.lon}`,
      `URL:${e.url}`,
      'STATUS:CONFIRMED',
      'END:VEVENT',
    ]);
    const doc = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//bench//events//EN', `X-WR-CALNAME:Group ${i}`, ...lines, 'END:VCALENDAR'];
    return { body: doc.join('\r\n') + '\r\n', type: 'text/calendar; charset=utf-8' };
  }
  const items = events.map(
    (e) => `<item><title>${xml(e.title)}</title><link>${e.url}</link><guid isPermaLink="false">${e.uid}</guid>
<description>${xml(e.description)}</description><ev:startdate>${e.start.toISOString()}</ev:startdate><ev:enddate>${e.end.toISOString()}</ev:enddate>
<ev:location>${xml(e.venue)}</ev:location><geo:lat>${e.lat}</geo:lat><geo:long>${e.lon}</geo:long></item>`,
  );
  const doc = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/" xmlns:geo="http://www.w3.org/2003/01/geo/wgs84_pos#">
<channel><title>Group ${i}</title><link>https://groups.bench.example/g${i}</link><description>Events of group ${i}</description>
${items.join('\n')}
</channel></rss>
`;
  return { body: doc, type: 'application/rss+xml; charset=utf-8' };
}
