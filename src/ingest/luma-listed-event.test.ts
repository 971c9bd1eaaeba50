import { describe, expect, it } from 'vitest';
import type { Attendance } from '../core/event.js';
import { calendar, previewed } from './test-sites.js';

// Lesson from a DevOps community's Luma calendar (sweep t23), on a synthetic calendar of our own: Luma lists events
// held elsewhere ("calev-…" UIDs) with their website or ticket page as LOCATION, the venue's GEO, and only the
// calendar's page in the description. Such a conference in the community's own city had been skipped as "not
// clear it happens in person", with the calendar's page as its link. Luma's own events stay as they were read.

const NOW = new Date('2026-04-01T00:00:00Z');
const NAIROBI_GEO = 'GEO:-1.292066;36.821946';
const WESTLANDS_GEO = 'GEO:-1.263;36.804';

const event = (uid: string, start: string, summary: string, lines: string[]) => [
  `UID:${uid}`,
  'DTSTAMP:20260301T000000Z',
  `DTSTART:${start}`,
  `SUMMARY:${summary}`,
  ...lines,
];

const FEED = {
  url: 'https://api.events.example/ics/get?entity=calendar&id=cal-example',
  type: 'text/calendar',
  body: calendar(
    ['X-WR-CALNAME:ExampleDevops', 'X-WR-CALDESC:Luma Calendar'],
    [
      // listed from elsewhere: the conference's website, and its venue's GEO
      event('calev-aaaa1111@events.lu.ma', '20260506T060000Z', 'Example Cloud Summit', [
        'DESCRIPTION:Find more information on https://luma.com/ExampleDevOps',
        'LOCATION:https://www.cloudsummit.example/',
        NAIROBI_GEO,
      ]),
      // listed from elsewhere: a ticket page
      event('calev-bbbb2222@events.lu.ma', '20260513T060000Z', 'Example Platform Day', [
        'DESCRIPTION:Find more information on https://luma.com/ExampleDevOps',
        'LOCATION:https://tickets.example/l/platform-day',
        WESTLANDS_GEO,
      ]),
      // listed from elsewhere, no GEO: a website says nothing about where people meet
      event('calev-cccc3333@events.lu.ma', '20260520T060000Z', 'Example Remote Day', [
        'DESCRIPTION:Find more information on https://luma.com/ExampleDevOps',
        'LOCATION:https://remoteday.example/',
      ]),
      // Luma's own event in person: its address, GEO and "Address:" block
      event('evt-dddd4444@events.lu.ma', '20260527T060000Z', 'Campus Tour: Example University', [
        'DESCRIPTION:Get up-to-date information at: https://luma.com/d4x7k2pq\\n\\nAddress:\\nExample University\\nNairobi\\n\\nHosted by Example',
        'LOCATION:Example University\\, Thika Rd\\, Nairobi\\, Kenya',
        NAIROBI_GEO,
      ]),
      // Luma's own event online: its Luma page as LOCATION
      event('evt-eeee5555@events.lu.ma', '20260531T170000Z', 'Containers in an Hour', [
        'DESCRIPTION:Get up-to-date information at: https://luma.com/e5m2w9zr\\n\\nHosted by Example',
        'LOCATION:https://luma.com/event/evt-eeee5555',
      ]),
      // not a Luma event, its description linking only the calendar's page (its path is the calendar's name)
      event('social-7777@devops.example', '20260610T150000Z', 'Example Spring Social', [
        'DESCRIPTION:All our events: https://luma.com/example-devops',
        'LOCATION:https://devops.example/spring-social',
      ]),
      // not a Luma event: coordinates beside a website still do not make it in person
      event('meetup-6666@groups.example', '20260603T060000Z', 'Example Partner Meetup', [
        'DESCRIPTION:Details on https://partner.example/',
        'LOCATION:https://partner.example/june',
        NAIROBI_GEO,
      ]),
    ],
  ),
};

describe('ingest: events a Luma calendar lists from elsewhere', () => {
  const inNairobi = previewed(FEED, 'Nairobi, Kenya', 50, NOW);

  it.each<[title: string, attendance: Attendance, verdict: 'post' | 'skip', url: string]>([
    ['Example Cloud Summit', 'in_person', 'post', 'https://www.cloudsummit.example/'],
    ['Example Platform Day', 'in_person', 'post', 'https://tickets.example/l/platform-day'],
    ['Example Remote Day', 'unknown', 'skip', 'https://remoteday.example/'],
    ['Campus Tour: Example University', 'in_person', 'post', 'https://luma.com/d4x7k2pq'],
    ['Containers in an Hour', 'online', 'skip', 'https://luma.com/e5m2w9zr'],
    ['Example Spring Social', 'unknown', 'skip', 'https://devops.example/spring-social'],
    ['Example Partner Meetup', 'unknown', 'skip', 'https://partner.example/'],
  ])('%s: %s, %s, linked to %s', (title, attendance, verdict, url) => {
    expect(inNairobi(title)).toMatchObject({ attendance, verdict, url });
  });

  it('places one at its GEO, in Nairobi', () => {
    expect(inNairobi('Example Cloud Summit')).toMatchObject({ placedBy: 'geo', country: 'KE', timezone: 'Africa/Nairobi' });
    expect(inNairobi('Example Cloud Summit').distanceKm).toBeLessThan(5);
  });
});
