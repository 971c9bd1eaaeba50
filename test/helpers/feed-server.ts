import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A loopback feed server (127.0.0.1 only) whose documents tests can change between polls. */
export class FeedServer {
  private docs = new Map<string, { type: string; body: string | Buffer; status: number }>();
  requests: string[] = [];
  private server: Server | null = null;
  port = 0;

  /** Serves `body` at `path` from now on; returns its URL. */
  set(path: string, body: string | Buffer, type = 'text/calendar; charset=utf-8'): string {
    this.docs.set(path, { type, body, status: 200 });
    return this.url(path);
  }

  /** Answers `path` with an HTTP error from now on (a feed that broke). */
  fail(path: string, status: number): string {
    this.docs.set(path, { type: 'text/plain', body: `error ${status}`, status });
    return this.url(path);
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests.push(req.url ?? '');
      const doc = this.docs.get(req.url ?? '');
      if (!doc) return void res.writeHead(404).end('not found');
      res.writeHead(doc.status, { 'content-type': doc.type }).end(doc.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** Stops listening and drops kept-alive connections, so closing never waits for a client's idle timeout. */
  close(): Promise<void> {
    const server = this.server;
    if (!server) return Promise.resolve();
    server.closeAllConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  }
}

export interface IcsEvent {
  uid: string;
  start: Date;
  /** Length in hours (default 2). */
  hours?: number;
  summary: string;
  location: string;
  geo?: string;
  description?: string;
  status?: 'CONFIRMED' | 'CANCELLED';
  /** iCalendar SEQUENCE: raise it when a feed changes an event. */
  sequence?: number;
  /** Default https://example.org/events/<uid>. */
  url?: string;
}

const stamp = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
/** iCalendar TEXT escaping (backslash, semicolon, comma, newline). */
const text = (s: string) => s.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\n/g, '\\n');

/** A small iCalendar document like a Meetup group feed. Optional properties are written only when given. */
export function icsCalendar(name: string, events: IcsEvent[]): string {
  const body = events.flatMap((e) => [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${stamp(e.start)}`,
    `DTEND:${stamp(new Date(e.start.getTime() + (e.hours ?? 2) * 3_600_000))}`,
    `SUMMARY:${text(e.summary)}`,
    ...(e.description ? [`DESCRIPTION:${text(e.description)}`] : []),
    `LOCATION:${text(e.location)}`,
    ...(e.geo ? [`GEO:${e.geo}`] : []),
    ...(e.status ? [`STATUS:${e.status}`] : []),
    ...(e.sequence !== undefined ? [`SEQUENCE:${e.sequence}`] : []),
    `URL:${e.url ?? `https://example.org/events/${e.uid}`}`,
    'END:VEVENT',
  ]);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    `X-WR-CALNAME:${text(name)}`,
    ...body,
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

/** Venues in and around Birmingham, UK. */
export const VENUES = {
  victoria: { location: 'The Victoria, 48 John Bright St, Birmingham B1 1BN', geo: '52.4776;-1.9008' },
  openRooms: { location: 'Birmingham Open Rooms, 21 Kingston Row, Birmingham B1 2NU', geo: '52.4789;-1.9117' },
  coventry: { location: 'Fargo Village, Far Gosford St, Coventry CV1 5ED', geo: '52.4070;-1.4936' },
  zoom: { location: 'https://zoom.us/j/123456789' },
} as const;

/**
 * A confirmed in-person talk night at The Victoria (GEO set, so it places
 * inside a Birmingham region), linked at https://events.example.org/<uid>:
 * the events the chat end-to-end journeys post. Any field can be overridden.
 */
export function pubEvent(e: Pick<IcsEvent, 'uid' | 'summary' | 'start'> & Partial<IcsEvent>): IcsEvent {
  return {
    ...VENUES.victoria,
    description: 'Talks and a pint. Everyone welcome.',
    url: `https://events.example.org/${e.uid}`,
    status: 'CONFIRMED',
    sequence: 0,
    ...e,
  };
}
