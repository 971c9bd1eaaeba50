import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a real rescue team's Google calendar: "TBD: <two areas>" is not decided yet, and
// "TBD (Reserved: <address>)" is at the address booked.

const NOW = new Date('2027-01-05T00:00:00Z');

describe('ingest: locations that start with "TBD"', () => {
  const events = [
    vevent('meet', 'DTSTART:20270112T033000Z', 'Team Meeting', 'Hall B\\, 455 County Center\\, Redwood City\\, CA 94063'),
    vevent('social', 'DTSTART:20270205T030000Z', 'Winter Social', 'TBD: East Bay or Marin'),
    vevent(
      'skills',
      'DTSTART;VALUE=DATE:20270213',
      'Skills Weekend',
      'TBD (Reserved: Oak Room\\, 17930 Lake Chabot Rd\\, Castro Valley\\, CA 94546)',
    ),
  ];
  const header = ['X-WR-CALNAME:Ridge Rescue Team', 'X-WR-TIMEZONE:America/Los_Angeles'];
  const row = previewed(
    { url: 'https://ridge.example/team.ics', body: calendar(header, events), type: 'text/calendar' },
    'Redwood City, CA, USA',
    50,
    NOW,
  );

  it('does not post an event whose place is still one of two areas', () => {
    expect(row('Winter Social')).toMatchObject({ verdict: 'skip', reason: 'unknown-attendance', venue: null });
  });

  it('posts an event at the place booked for it, in person', () => {
    expect(row('Skills Weekend')).toMatchObject({ verdict: 'post', attendance: 'in_person', locality: 'Castro Valley' });
    expect(row('Skills Weekend').venue).toBe('Oak Room');
  });
});
