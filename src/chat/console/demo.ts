import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatCoreApi, CommandContext } from '../../core/chat.js';
import { plain, renderReply } from './render.js';
import { HOUR_MS } from '../../core/time.js';

/** What the demo needs of the running service (src/service's RunningService). */
interface DemoService {
  core: Pick<ChatCoreApi, 'runText'>;
  pollOnce(): Promise<unknown>;
  deliverNow(): Promise<void>;
}

/**
 * `npm start -- --demo`: serves two small sample feeds from 127.0.0.1 so a
 * newcomer sees real output offline — an iCal calendar of Birmingham events
 * (one online, one cancelled, one in Coventry outside a 25 km region) and an
 * RSS feed in Meetup's shape — then sets the console channel's region and
 * follows both feeds. Dates are generated relative to today.
 */
export async function startDemoFeeds(
  out: NodeJS.WritableStream = process.stdout,
): Promise<{ close(): Promise<void>; configure(s: DemoService): Promise<void> }> {
  const server = createServer((req, res) => {
    const body = req.url === '/brum-tech.ics' ? demoCalendar(new Date()) : req.url === '/midlands-makers.rss' ? demoRss(new Date()) : null;
    if (!body) return void res.writeHead(404).end();
    res.writeHead(200, {
      'content-type': req.url!.endsWith('.ics') ? 'text/calendar; charset=utf-8' : 'application/rss+xml; charset=utf-8',
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    async configure(service) {
      const ctx: CommandContext = {
        platform: 'console',
        workspaceId: 'local',
        channelId: 'console',
        userId: 'demo',
        isAdmin: true,
        now: new Date(),
      };
      const say = (text: string) =>
        service.core.runText(ctx, text).then((r) => out.write(`\n(demo) /events ${text}\n${renderReply(r, plain)}\n`));
      await say('region Birmingham, UK 25km');
      await say(`feed add ${base}/brum-tech.ics`);
      await say(`feed add ${base}/midlands-makers.rss`);
      await service.pollOnce();
      await service.deliverNow();
      out.write('\nDemo ready. Try "nearby", "feed list", "react 1 ✅", "mine".\n');
    },
  };
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function at(now: Date, days: number, hourUtc: number): Date {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days, hourUtc, 0));
  return d;
}

function vevent(uid: string, start: Date, hours: number, summary: string, location: string, geo: string | null, extra = ''): string {
  const end = new Date(start.getTime() + hours * HOUR_MS);
  return [
    'BEGIN:VEVENT',
    `UID:${uid}@demo.events-bot`,
    `DTSTAMP:${stamp(new Date())}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${summary}`,
    `LOCATION:${location}`,
    geo ? `GEO:${geo}` : null,
    `URL:https://example.org/events/${uid}`,
    extra || null,
    'END:VEVENT',
  ]
    .filter(Boolean)
    .join('\r\n');
}

function demoCalendar(now: Date): string {
  const events = [
    vevent(
      'brumjs-meetup',
      at(now, 3, 18),
      2,
      'BrumJS: Web components in production',
      'The Victoria\\, 48 John Bright St\\, Birmingham B1 1BN',
      '52.4776;-1.9008',
    ),
    vevent(
      'python-brum',
      at(now, 6, 18),
      3,
      'Python Birmingham: Lightning talks',
      'Innovation Birmingham\\, Holt St\\, Birmingham B7 4BP',
      '52.4870;-1.8866',
    ),
    vevent('devops-online', at(now, 4, 19), 1, 'DevOps Midlands (online): Kubernetes costs', 'https://zoom.us/j/123456789', null),
    vevent('cov-code', at(now, 5, 18), 2, 'Coventry Code Club', 'Fargo Village\\, Far Gosford St\\, Coventry CV1 5ED', '52.4070;-1.4936'),
    vevent(
      'tech-breakfast',
      at(now, 8, 8),
      2,
      'Brum Tech Breakfast',
      'Digbeth Dining Club\\, Lower Trinity St\\, Birmingham B9 4AG',
      '52.4753;-1.8827',
      'STATUS:CANCELLED',
    ),
    vevent(
      'hack-night',
      at(now, 10, 18),
      4,
      'Hack Night at Birmingham Open Rooms',
      'Birmingham Open Rooms\\, 21 Kingston Row\\, Birmingham B1 2NU',
      '52.4789;-1.9117',
    ),
  ];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot//demo//EN',
    'X-WR-CALNAME:Brum Tech Community (demo)',
    'X-WR-TIMEZONE:Europe/London',
    ...events,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

function demoRss(now: Date): string {
  const start = at(now, 7, 14);
  const end = new Date(start.getTime() + 3 * HOUR_MS);
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel><title>Midlands Makers (demo)</title><link>https://example.org/midlands-makers</link><description>Demo RSS feed with the RSS event module</description>
<item><title>Soldering workshop for beginners</title><link>https://example.org/midlands-makers/soldering</link>
<description><![CDATA[<p>Learn to solder a small LED badge. Bring a laptop; kits provided.</p>]]></description>
<ev:startdate>${start.toISOString()}</ev:startdate><ev:enddate>${end.toISOString()}</ev:enddate>
<ev:location>Birmingham Open Rooms, 21 Kingston Row, Birmingham B1 2NU</ev:location>
<pubDate>${now.toUTCString()}</pubDate><guid>https://example.org/midlands-makers/soldering</guid></item>
</channel></rss>`;
}
