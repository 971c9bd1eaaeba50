import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real conference schedule export: a data week's calendar gives each session's Eventbrite page only as
// a line of its DESCRIPTION ("…?aff&#x3D;schedule"), so its posts had no link.

const NOW = new Date('2026-05-01T00:00:00Z');
const at = (day: string, time: string) => `DTSTART:202605${day}T${time}00Z`;
const described = (...lines: string[]) => `DESCRIPTION:${lines.join('\\n')}`;

const LINKED = calendar(
  ['X-WR-CALNAME:Sprouts Data Week 2026'],
  [
    [
      ...vevent('a@sprouts.example', at('04', '0900'), 'Intro to Sprouts', 'In-person; Training'),
      described(
        'Intro to Sprouts',
        'Sprout Team',
        'https://www.eventbrite.co.uk/e/intro-to-sprouts-tickets-1234567890?aff&#x3D;schedule',
        'Training',
      ),
    ],
    [
      ...vevent('b@sprouts.example', at('05', '0900'), 'Sprouts Clinic', 'In-person; Workshop'),
      described('Sprouts Clinic', 'https://tickets.example.org/sprouts-clinic?aff&#x3D;schedule', 'Workshop'),
    ],
    [
      ...vevent('c@sprouts.example', at('06', '0900'), 'Sprouts Walk', 'In-person; Social'),
      described('Sprouts Walk', 'Meet here: https://maps.app.goo.gl/AbCdEf123'),
    ],
    [
      ...vevent('d@sprouts.example', at('07', '0900'), 'Sprouts Talk', 'In-person; Talk'),
      'URL:https://sprouts.example/talk',
      described('https://www.eventbrite.co.uk/e/other-tickets-1234567891'),
    ],
  ],
);

describe('an event with no URL takes the event page its description links to', () => {
  const row = previewed({ url: 'https://sprouts.example/week.ics', body: LINKED, type: 'text/calendar' }, 'Leeds, UK', 50, NOW);

  it.each([
    [
      'a ticketing page, entities decoded and its affiliate tag dropped',
      'Intro to Sprouts',
      'https://www.eventbrite.co.uk/e/intro-to-sprouts-tickets-1234567890',
    ],
    ['the description’s only link', 'Sprouts Clinic', 'https://tickets.example.org/sprouts-clinic'],
    ['not a map link', 'Sprouts Walk', null],
    ['its own URL first', 'Sprouts Talk', 'https://sprouts.example/talk'],
  ])('%s', (_what, title, url) => {
    expect(row(title).url).toBe(url);
  });
});
