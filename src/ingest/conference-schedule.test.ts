import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { previewUrl, type PreviewResult } from './preview.js';
import { resolveRegion } from '../place/index.js';
import { calendar, ingestDeps, Sites, vevent } from './test-sites.js';

// Lessons from real conference schedule exports. A data week's calendar writes "<how people attend>; <kind of
// session>" as every event's location ("Online &amp; in-person; Workshop"): it had been shown as the address, and
// its online and hybrid sessions read as in person; its sessions "(By invitation only)" or for one university's
// staff and students had been posted. A PyCon's calendar lists its breaks, which had been posted as events.

const NOW = new Date('2026-05-01T00:00:00Z');
const at = (day: string, hour: string) => `DTSTART:202605${day}T${hour}0000Z`;

const DATA_WEEK = calendar(
  ['X-WR-CALNAME:Open Data Fortnight 2026'],
  [
    vevent('a@week.example', at('04', '09'), 'Intro to Spreadsheets', 'In-person; Training'),
    vevent('b@week.example', at('05', '13'), 'Rivers and Sensors', 'Online; Seminar'),
    vevent('c@week.example', at('06', '13'), 'Open Maps Clinic', 'Online &amp; in-person; Workshop'),
    vevent('d@week.example', at('07', '09'), 'Soil Data Roundtable (By invitation only)', 'In-person; Workshop'),
    vevent('e@week.example', at('07', '13'), 'Lab Safety Briefing (Leeds Poly staff and students only)', 'In-person; Training'),
    vevent('f@week.example', at('08', '17'), 'Data Drinks', 'In-person; Social'),
    // sessions at a full address tell where the fortnight's home is
    vevent('g@week.example', at('09', '17'), 'Closing Social', 'The Example Tap\\, 12 Call Lane\\, Leeds LS1 6DT'),
    vevent('h@week.example', at('10', '17'), 'Wrap-up Drinks', 'The Example Tap\\, 12 Call Lane\\, Leeds LS1 6DT'),
  ],
);

const PROGRAMME = calendar(
  [],
  [
    vevent('1@worker-1', at('12', '07'), 'Registration / Breakfast', 'Foyer'),
    vevent('2@worker-1', at('12', '08'), 'Welcome Plenary', 'Main Hall (B1.2)'),
    vevent('3@worker-1', at('12', '11'), 'RustBridge Lunch', 'Workshop Space (Lab Wing)'),
    vevent('4@worker-1', at('12', '11'), 'Lunchtime Event', 'Garden Room (B2.4)'),
    vevent('5@worker-1', at('12', '12'), 'Teaching Track Lunch', 'Teaching Track (Lab Wing)'),
    vevent('6@worker-1', at('12', '12'), 'Themed Networking Lunch: Open Hardware', 'Garden Room (B2.4)'),
    vevent('7@worker-1', at('12', '14'), 'Coffee Break', 'Main Hall (B1.2)'),
    vevent('8@worker-1', at('12', '15'), 'Break/Networking', 'Main Hall (B1.2)'),
  ],
);

describe('ingest: conference schedules', () => {
  const sites = new Sites();
  let week: PreviewResult;
  let programme: PreviewResult;
  beforeAll(async () => {
    await sites.start();
    sites.page('week.example', '/schedule.ics', DATA_WEEK, 'text/calendar');
    sites.page('conf.example', '/programme.ics', PROGRAMME, 'text/calendar');
    const leeds = resolveRegion('Leeds, UK', { radiusKm: 50 });
    if (!leeds.ok) throw new Error(leeds.error.message);
    week = await previewUrl('https://week.example/schedule.ics', ingestDeps(sites), leeds.value, NOW);
    programme = await previewUrl('https://conf.example/programme.ics', ingestDeps(sites), leeds.value, NOW);
  });
  afterAll(() => sites.close());

  it('a location of only how people attend and the kind of session is no address; its mode decides attendance', () => {
    if (!week.ok) throw new Error(week.message);
    const rows = week.rows.map((r) => [r.event.title, r.verdict, r.event.attendance, r.event.venue, r.event.address, r.event.locality]);
    expect(rows).toEqual([
      ['Intro to Spreadsheets', 'post', 'in_person', null, null, 'Leeds'],
      ['Rivers and Sensors', 'skip', 'online', null, null, null],
      ['Open Maps Clinic', 'post', 'hybrid', null, null, 'Leeds'],
      ['Data Drinks', 'post', 'in_person', null, null, 'Leeds'],
      ['Closing Social', 'post', 'in_person', 'The Example Tap', 'The Example Tap, 12 Call Lane, Leeds LS1 6DT', 'Leeds'],
      ['Wrap-up Drinks', 'post', 'in_person', 'The Example Tap', 'The Example Tap, 12 Call Lane, Leeds LS1 6DT', 'Leeds'],
    ]);
  });

  it('sessions for a closed audience are not posted, saying why', () => {
    if (!week.ok) throw new Error(week.message);
    expect(week.skipped.map((s) => [s.title, s.reason])).toEqual([
      ['Soil Data Roundtable (By invitation only)', expect.stringContaining('for a closed group')],
      ['Lab Safety Briefing (Leeds Poly staff and students only)', expect.stringContaining('for a closed group')],
    ]);
  });

  it('a programme’s breaks are not posted; its sessions and a themed lunch are', () => {
    if (!programme.ok) throw new Error(programme.message);
    expect(programme.rows.map((r) => [r.event.title, r.verdict])).toEqual([
      ['Welcome Plenary', 'post'],
      ['Themed Networking Lunch: Open Hardware', 'post'],
    ]);
    expect(programme.skipped.map((s) => s.title)).toEqual([
      'Registration / Breakfast',
      'RustBridge Lunch',
      'Lunchtime Event',
      'Teaching Track Lunch',
      'Coffee Break',
      'Break/Networking',
    ]);
  });
});
