/** Per-VEVENT facts read by fields.ts, on synthetic calendars of our own. */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const WIDE = context('2000-01-01T00:00:00Z', '2030-01-01T00:00:00Z');
const NOW = context('2026-05-01T00:00:00Z', '2026-12-31T00:00:00Z', 'https://college.example/calendar/feed.ics');

const calendar = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Trumba Corporation//Trumba Calendar Services 0.11.8069//EN',
    'BEGIN:VEVENT',
    'UID:http://uid.trumba.com/event/100001',
    'DTSTART;TZID=America/Chicago:20260607T190000',
    'SUMMARY:Campus Choir Concert',
    'LOCATION:Main Hall',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

const PAGE = 'https://college.example/events.aspx?trumbaEmbed=view%3devent%26eventid%3d100001';

// Lesson from real Trumba and 25Live feeds: the event page is only in X-TRUMBA-LINK, folded over two lines, and every
// event was posted without a link.
describe('the event page of a Trumba feed', () => {
  it('is its X-TRUMBA-LINK, folded lines joined and its encoding kept', () => {
    const folded = ['X-TRUMBA-LINK:https://college.example/events.aspx?trumbaEmbed', ' =view%3devent%26eventid%3d100001'];
    expect(parseOk(calendar(...folded), NOW).views.map((v) => v.url)).toEqual([PAGE]);
  });

  it.each([
    ['a URL', 'URL:https://college.example/choir'],
    ['an X-ORIGINAL-URL', 'X-ORIGINAL-URL:https://college.example/choir'],
  ])('gives way to %s of the event', (_what, line) => {
    expect(parseOk(calendar(line, `X-TRUMBA-LINK:${PAGE}`), NOW).views[0]!.url).toBe('https://college.example/choir');
  });

  it('is no link when it is not a web address', () => {
    expect(parseOk(calendar('X-TRUMBA-LINK:see the website'), NOW).views[0]!.url).toBeNull();
  });
});

const meetup = (...lines: string[]) =>
  [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//gamedev//meetups//EN',
    'BEGIN:VEVENT',
    'UID:meetup-feb@gamedev.example',
    'DTSTART:20250220T180000Z',
    'SUMMARY:Game Dev Meet-up',
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');

describe('the description', () => {
  it.each([
    ['DESCRIPTION alone', ['DESCRIPTION:Talks\\, then pizza.'], 'Talks, then pizza.'],
    // the plain text wins over the HTML when both are given
    ['DESCRIPTION beside X-ALT-DESC', ['DESCRIPTION:Talks.', 'X-ALT-DESC;FMTTYPE=text/html:<p>Talks.</p>'], 'Talks.'],
    // some exporters write only the HTML one; its text escapes are undone like DESCRIPTION's
    [
      'X-ALT-DESC alone',
      ['X-ALT-DESC;FMTTYPE=text/html:<p>Talks\\, then pizza.</p>\\n<p>Also streamed on Twitch.</p>'],
      '<p>Talks, then pizza.</p>\n<p>Also streamed on Twitch.</p>',
    ],
    ['neither', [], null],
  ])('%s', (_what, lines, description) => {
    expect(parseOk(meetup(...lines), WIDE).views[0]!.description).toBe(description);
  });
});

// Lesson from real Trumba feeds: every description began with the calendar's bookkeeping ("Event Name: …", "Organization:
// …", "Event Locator: 2023-…", "Submitter Name: …", "Event State: Confirmed"), and for a college's concerts it was the
// whole description shown under the post.
describe('the description of a Trumba event', () => {
  const description = (text: string) => parseOk(calendar(`DESCRIPTION:${text}`), NOW).views[0]!.description;

  it.each([
    [
      'drops its custom fields at the head',
      'Event Name: Campus Choir Concert<br>Organization: MUSIC DEPARTMENT<br>Event Locator: 2026-ABCDEF<br><br><p>Songs for summer.</p>',
      '<p>Songs for summer.</p>',
    ],
    [
      'drops them in another order, a name with a comma among them',
      'Event State: Confirmed<br>Organization: MUSIC DEPARTMENT<br>Submitter Name: Lindqvist\\, Maren<br>Diagram Link: https://diagram.example/room-7<br><br><p>Songs.</p>',
      '<p>Songs.</p>',
    ],
    [
      'is none when it is nothing but the fields',
      'Organization: MUSIC DEPARTMENT<br>Submitter Name: Lindqvist\\, Maren<br>Event State: Confirmed<br>Event Locator: 2026-ABCDEG<br>',
      null,
    ],
    // a line of the block that a reader may want stays
    [
      'keeps a web site among them',
      'Event Name: Brown Bag Talk<br>Organization: EQUITY CENTER<br>Categories: Equity<br>Web Site: https://talks.example/brown-bag<br>Event Locator: 2026-ABCDEH<br><br><p>Join us.</p>',
      'Web Site: https://talks.example/brown-bag<br><br><p>Join us.</p>',
    ],
    [
      'drops them as plain-text lines',
      'Event Name: Campus Choir Concert\\nEvent State: Confirmed\\n\\nSongs for summer.',
      'Songs for summer.',
    ],
    // one such line is not enough to call it Trumba's
    ['keeps one field alone', 'Organization: Town Choir<br><br><p>Carols.</p>', 'Organization: Town Choir<br><br><p>Carols.</p>'],
    [
      'keeps a sentence that starts like a field',
      'Organization: we need two volunteers. Event name: TBC',
      'Organization: we need two volunteers. Event name: TBC',
    ],
    // only at the head
    [
      'keeps fields after the text',
      '<p>Songs.</p><br>Event Name: Campus Choir Concert<br>Event State: Confirmed',
      '<p>Songs.</p><br>Event Name: Campus Choir Concert<br>Event State: Confirmed',
    ],
  ])('%s', (_what, text, expected) => {
    expect(description(text)).toBe(expected);
  });
});
