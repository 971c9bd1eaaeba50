import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FeedServer } from '../../test/helpers/feed-server.js';
import { runPreview } from './preview.js';

/** `events-bot preview` in text mode, as an admin reads it: what it prints for a calendar of all-day entries. */
const ICS = (events: [uid: string, summary: string, start: string, end: string | null][]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//example//preview//EN',
    'X-WR-CALNAME:Harbour events',
    ...events.flatMap(([uid, summary, start, end]) => [
      'BEGIN:VEVENT',
      `UID:${uid}@example.org`,
      `DTSTART;VALUE=DATE:${start}`,
      ...(end ? [`DTEND;VALUE=DATE:${end}`] : []),
      `SUMMARY:${summary}`,
      'LOCATION:Example Hall\\, Copenhagen',
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');

describe('preview: the days of an all-day event', () => {
  const feeds = new FeedServer();
  beforeAll(async () => {
    await feeds.start();
    feeds.set(
      '/harbour.ics',
      ICS([
        ['conf', 'Harbour Design Conference', '20261004', '20261010'],
        ['fair', 'Harbour Book Fair', '20261012', '20261013'],
      ]),
    );
  });
  afterAll(() => feeds.close());

  async function preview(): Promise<string> {
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    try {
      expect(await runPreview(feeds.url('/harbour.ics'), { near: 'Copenhagen, Denmark', now: '2026-10-01' })).toBe(0);
    } finally {
      write.mockRestore();
    }
    return out;
  }

  it.each([
    // [title, when line, why]
    ['Harbour Design Conference', 'Sun, 4 Oct 2026 – Fri, 9 Oct 2026 (all day)', 'six days: the last is the day before DTEND'],
    ['Harbour Book Fair', 'Mon, 12 Oct 2026 (all day)', 'one day stays one date'],
  ])('%s → %s (%s)', async (title, when) => {
    const block = (await preview()).split('\n\n').find((b) => b.includes(title));
    expect(block?.split('\n')[1]).toContain(`    ${when} [Europe/Copenhagen] · `);
  });
});

describe('preview: why an event with an unknown place is skipped', () => {
  const feeds = new FeedServer();
  const event = (uid: string, summary: string, location: string) => [
    'BEGIN:VEVENT',
    `UID:${uid}@example.org`,
    'DTSTART;VALUE=DATE:20261012',
    `SUMMARY:${summary}`,
    `LOCATION:${location}`,
    'END:VEVENT',
  ];
  beforeAll(async () => {
    await feeds.start();
    const body = [
      ...event('a', 'Harbour Talk', 'Example Hall\\, Copenhagen'),
      ...event('b', 'Harbour Walk', 'Example Hall\\, Copenhagen'),
      ...event('c', 'Farm Weekend', 'Eksempelby village'),
    ];
    feeds.set('/farm.ics', ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//example//preview//EN', ...body, 'END:VCALENDAR'].join('\r\n'));
  });
  afterAll(() => feeds.close());

  it('says the place it names is not known, not that it names none', async () => {
    let out = '';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    try {
      expect(await runPreview(feeds.url('/farm.ics'), { near: 'Copenhagen, Denmark', now: '2026-10-01' })).toBe(0);
    } finally {
      write.mockRestore();
    }
    const block = out.split('\n\n').find((b) => b.includes('Farm Weekend'));
    expect(block?.split('\n')[0]).toBe('✘ skip: place not known, so no distance to measure  Farm Weekend');
  });
});
