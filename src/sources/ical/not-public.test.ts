/**
 * Entries that are no public event, one VEVENT at a time: what is skipped
 * and why, beside what must still be posted. Synthetic entries of our own.
 */
import { describe, expect, it } from 'vitest';
import { context, parseOk } from './test-helpers.js';

const NOW = context('2026-10-01T00:00:00Z', '2026-12-31T00:00:00Z');

/** A calendar of one entry on 5 Nov 2026, 19:00 UTC unless `lines` give DTSTART. */
function calendarOf(title: string, lines: string[] = []): string {
  const start = lines.some((l) => l.startsWith('DTSTART')) ? [] : ['DTSTART:20261105T190000Z'];
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//events-bot tests//EN',
    'BEGIN:VEVENT',
    'UID:entry@calendar.example',
    ...start,
    `SUMMARY:${title}`,
    ...lines,
    'END:VEVENT',
    'END:VCALENDAR',
  ].join('\r\n');
}

/** 'event' when the entry is read as an event, else why it was skipped. */
function verdict(title: string, lines: string[] = []): string {
  const parsed = parseOk(calendarOf(title, lines), NOW);
  return parsed.events.length === 1 ? 'event' : (parsed.skipped[0]?.reason ?? 'nothing');
}

const PRIVATE = expect.stringContaining('says it is private');

describe('a title that says the event is a private booking', () => {
  it.each([
    'Makercast (closed event)',
    'Podcast recording (closed event)',
    'Podcast recording – closed event',
    'Birthday [Private Party]',
    'geschlossenes Event',
    'geschlossene Veranstaltung',
    'geschlossene veranstaltung (ask dave)',
    'Geschlossene Gesellschaft',
    'Heute geschlossene Gesellschaft',
    'Hochzeit (geschlossene Gesellschaft)',
    'Événement privé',
    'Soirée privée',
    'Anniversaire - soirée privée',
    'Besloten feest',
    'Vergadering (besloten bijeenkomst)',
    'Evento privado',
    'Boda: evento privado',
    'Festa privata',
    'Private Event: David L.',
  ])('%s is skipped as private', (title) => {
    expect(verdict(title)).toEqual(PRIVATE);
  });

  it.each([
    'Closed-loop systems talk',
    'Closed Loop: a talk on circular design',
    'Privacy workshop',
    'Private equity meetup',
    'Non-private event planning for clubs',
    'Gesellschaftsspiele-Abend',
    'Soirée jeux',
    'Open house after the closed event season',
  ])('%s is an event', (title) => {
    expect(verdict(title)).toBe('event');
  });
});

const COLLECTION = expect.stringContaining('waste collection');

// Lesson from a real municipal calendar: a year of "Odvoz: Bio", "Odvoz: Plast" days (CATEGORIES "Odvoz odpadu") was
// posted as in-person events, two on some days.
describe('a waste-collection day', () => {
  it.each([
    ['Odvoz: Bio', ['CATEGORIES:Odvoz odpadu,Bio']],
    ['Odvoz: Bio', []],
    ['Bio', ['CATEGORIES:Odvoz odpadu,Bio']],
    ['Svoz odpadu', []],
    ['Svoz: plast a kovy', []],
    ['Bin collection: Recycling', ['CATEGORIES:Waste collection']],
    ['Bin collection', []],
    ['Green waste collection', []],
    ['Recycling', ['CATEGORIES:Bin collections']],
    ['Abfuhr: Restmüll', []],
    ['Gelbe Tonne', []],
    ['Biotonne / Papiertonne', []],
    ['Restmüll', ['CATEGORIES:Abfallkalender']],
    ['GFT ophalen', []],
    ['Ophalen: PMD', []],
    ['Collecte des ordures ménagères', []],
    ['Ramassage des encombrants', []],
    ['Raccolta differenziata: carta', []],
    ['Recogida de residuos', []],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, ['DTSTART;VALUE=DATE:20261105', ...lines])).toEqual(COLLECTION);
  });

  it.each([
    ['Litter pick', ['CATEGORIES:Environment,Volunteering']],
    ['Repair café', []],
    ['Recycling workshop', ['CATEGORIES:Sustainability']],
    ['Waste-free living talk', ['CATEGORIES:Zero waste']],
    ['Waste collection workshop for councils', []],
    ['Collection: Summer Art Show', []],
    ['Raccolta fondi per la biblioteca', []],
    ['Gelbe Tonne? Mülltrennung erklärt – Vortrag', []],
    ['Bin collection volunteers needed: meet at the depot and help us plan next year’s routes with the council', []],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});

const ALL_DAY = ['DTSTART;VALUE=DATE:20261101'];
const OBSERVANCE = expect.stringContaining('its title is a holiday, a term break or a day of the church year');
const TIME_OF_DAY = expect.stringContaining('a time of day');

// Lessons from a real choir's calendar of feast days ("Tutti i Santi", "Immacolata", "Natale del Signore", all day, title
// only) and a mosque's prayer times (six five-minute slots a day, "fajr" to "isha"): once the feed had a place, each was
// posted as an in-person event there.
describe('a holiday, a day of the church year, or a time of day', () => {
  it.each([
    'Tutti i Santi',
    'Natale del Signore',
    'Immacolata',
    'I Domenica di Avvento',
    'XXXII Domenica del Tempo Ordinario',
    'Cristo Re',
    'Cristo Re — fine del Tempo Ordinario',
    'Commemorazione dei defunti',
    'All Saints',
    "All Saints' Day",
    'Christmas Day',
    'Christmas Day (substitute day)',
    'Boxing Day 2026',
    'Ascension Day',
    'First Sunday of Advent',
    'Pfingstmontag',
    '1. Advent',
    'Tag der Deutschen Einheit',
    'Toussaint',
    'Lundi de Pâques',
    'jour férié',
    'Tweede Kerstdag',
    'Hemelvaartsdag',
    'Todos los Santos',
    'Bank holiday',
    'Early May bank holiday',
    'Public holiday',
    'Feiertag',
    'Herbstferien',
    'School holidays',
    'Christmas Day, Friday',
  ])('%s, all day, is not an event', (title) => {
    expect(verdict(title, ALL_DAY)).toEqual(OBSERVANCE);
  });

  it.each(['fajr', 'sunrise', 'Dhuhr', 'asr', 'maghrib', 'isha', 'Sunset', 'Full moon'])('%s, a time of day, is not an event', (title) => {
    expect(verdict(title, ['DTSTART;TZID=Europe/Amsterdam:20261101T073600', 'DTEND;TZID=Europe/Amsterdam:20261101T074100'])).toEqual(
      TIME_OF_DAY,
    );
  });

  it.each([
    ['Christmas Party', ALL_DAY],
    ['Sunrise yoga', ['DTSTART:20261101T063000Z']],
    ['Easter egg hunt', ALL_DAY],
    ['Advent concert', ALL_DAY],
    ['Christmas Day lunch at the community hall', ALL_DAY],
    ['Festa di Natale', ALL_DAY], // a parish's Christmas fair
    ['Natale – festa per bambini', ALL_DAY],
    ['Koningsdag', ALL_DAY], // a day of street markets and fairs
    ['Sunset walk', ['DTSTART:20261101T163000Z']],
    ['Fajr prayer and breakfast', ['DTSTART:20261101T053000Z']],
    // at a time of its own: a service, not the day
    ['Christmas Day', ['DTSTART:20261225T100000Z']],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });

  it('with a start that is no date is skipped for that, not read as a day', () => {
    expect(verdict('Christmas Day', ['DTSTART:2026'])).toEqual(expect.stringContaining('could not be read'));
  });
});

/** A college's whole day as 25Live writes it: midnight to its grid's last half-hour slot. */
const DAY_TO_2330 = ['DTSTART;TZID=America/Los_Angeles:20261102T000000', 'DTEND;TZID=America/Los_Angeles:20261107T233000'];
const EVENING = ['DTSTART;TZID=America/Los_Angeles:20261105T190000'];

// Lessons from real school and college calendars (a 25Live "Important Dates" feed, a school's MIS export): with a feed
// place set, "Spring Break" (midnight to 23:30, six days), "Labour Day" and "SCHOOL CLOSES AT 2.25pm" were each posted
// as in-person events at the school.
describe('a term break or a holiday of a school or college calendar', () => {
  it.each([
    ['Spring Break', ALL_DAY],
    ['Spring Break', DAY_TO_2330],
    ['Winter Break', ALL_DAY],
    ['Mid-term break', ALL_DAY],
    ['Half term', DAY_TO_2330],
    ['Half Term Holiday', ALL_DAY],
    ['Thanksgiving Recess', ALL_DAY],
    ['Fall Break 2026', ALL_DAY],
    ['Spring Break – No School', ALL_DAY],
    ['No classes: Winter Break', ALL_DAY],
    ['Reading Week', ALL_DAY],
    ['Labour Day', ALL_DAY],
    ['Memorial Day', DAY_TO_2330],
    ["Veterans' Day (observed)", ALL_DAY],
    ['Thanksgiving', ALL_DAY],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, lines)).toEqual(OBSERVANCE);
  });

  it.each([
    ['Break dance workshop', ALL_DAY],
    ['Spring Break Camp for kids (ages 6-12)', ALL_DAY],
    ['Winter Break Lights Festival', ALL_DAY],
    ['Half term crafts for families', ALL_DAY],
    ['Thanksgiving dinner at the community hall', ALL_DAY],
    // at a time of its own: a party, not the break
    ['Spring Break', EVENING],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});

// Lessons from a US school team's calendar: its days off and timetable days, all-day, were posted once a place was set.
describe('a day off or a school day marked on a team’s or a school’s calendar', () => {
  const DAY_MARK = expect.stringContaining('marks a day off or a school day');
  it.each([
    ['OFF - LABOR DAY', OBSERVANCE],
    ['OFF - LOCAL HOLIDAY', OBSERVANCE],
    ['JV OFF', DAY_MARK],
    ['OFF', DAY_MARK],
    ['Rest day', DAY_MARK],
    ['FIRST DAY OF SCHOOL', DAY_MARK],
    ['Last day of term', DAY_MARK],
    ['BLOCK 2-4-6', DAY_MARK],
  ])('%s, all day, is not an event', (title, reason) => {
    expect(verdict(title, ALL_DAY)).toEqual(reason);
  });

  it.each([
    ['Kick Off', ALL_DAY],
    ['Bake Off', ALL_DAY],
    ['Great Bake Off final', ALL_DAY],
    ['Off-Broadway night', ALL_DAY],
    ['Block party', ALL_DAY],
    ['First day of school picnic', ALL_DAY],
    // at a time of its own: something happens
    ['JV OFF', EVENING],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});

const HOLIDAY_TYPE = 'X-TRUMBA-CUSTOMFIELD;NAME="Event Type";ID=12;TYPE=number:Holiday';
const NOTED_HOLIDAY = expect.stringContaining('says the day is a public holiday');

// Lessons from a university's feed ("Christmas Day" with only "Official Public Holiday - NSW Wide" in the description) and
// a 25Live feed whose days off carry only Trumba's Event Type "Holiday".
describe('a holiday said only in the description or in Trumba’s Event Type', () => {
  it.each([
    [
      "King's Birthday",
      ['DTSTART:20261102T000000', 'DTEND:20261103T000000', 'DESCRIPTION:Official Public Holiday - NSW Wide: \\n', 'LOCATION:'],
    ],
    ['Eight Hour Day', [...ALL_DAY, 'DESCRIPTION:<p>Public holiday</p>']],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, lines)).toEqual(NOTED_HOLIDAY);
  });

  it.each([
    ['Cesar Chavez Day', [...DAY_TO_2330, HOLIDAY_TYPE]],
    ['Founders Day', [...ALL_DAY, HOLIDAY_TYPE]],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, lines)).toEqual(expect.stringContaining('Trumba event type is Holiday'));
  });

  it.each([
    // the holiday is the occasion, said later or at a place of its own
    ['Street fair', [...ALL_DAY, 'DESCRIPTION:Bring the family this public holiday Monday.']],
    ["King's Birthday fun run", [...ALL_DAY, 'DESCRIPTION:Public holiday fun run for all ages.', 'LOCATION:Riverside Park']],
    // a parade at 10:00 on the day
    ["King's Birthday", ['DTSTART:20261102T100000', 'DESCRIPTION:Public holiday parade down Main Street.']],
    ['Holiday Concert', [...EVENING, HOLIDAY_TYPE]],
    ['Founders Day', [...ALL_DAY, 'X-TRUMBA-CUSTOMFIELD;NAME="Event Type";ID=12;TYPE=number:Informational']],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});

const CLOSED_PLACE = expect.stringContaining('the place is closed');

// Lesson from a real city calendar (ical-generator, times in UTC with no zone): a holiday's "… - City
// Office Closures" from 04:00Z to 03:59Z the next day was posted as an in-person event at 00:00.
describe('a city’s office closure day', () => {
  const UTC_DAY = ['DTSTART:20261126T050000Z', 'DTEND:20261127T045900Z', 'LOCATION:Exampleton \\, FL United States'];
  it.each([
    'Harvest Thursday - Town Office Closures',
    'Founders Day Monday - City Office Closures',
    'Town Offices Closed',
    'City Hall Closed',
    'All County Offices Closed',
    'Library Closure',
    'Office Closures',
  ])('%s is not an event', (title) => {
    expect(verdict(title, UTC_DAY)).toEqual(CLOSED_PLACE);
  });

  it.each(['Road Closure Walk', 'Office closures: what changes for residents', 'Town Hall closure debate', 'Road Closures'])(
    '%s is an event',
    (title) => {
      expect(verdict(title, EVENING)).toBe('event');
    },
  );
});

const EARLY = expect.stringContaining('the place closes early');

describe('a notice that the place closes early', () => {
  it.each([
    'SCHOOL CLOSES AT 2.25pm',
    'LIBRARY CLOSES AT 1PM',
    'Library closes at 16:30 for staff training',
    'Office closes early at noon',
    'Closing at noon',
    'Early closing',
    'Christmas Eve – early closing',
    'Museum closing early today',
  ])('%s is not an event', (title) => {
    expect(verdict(title, ALL_DAY)).toEqual(EARLY);
  });

  it.each([
    'Closing party',
    'Closing ceremony',
    'Closing night: Hamlet',
    'Early closing day market',
    'The pub closes at 11: a play in one act',
  ])('%s is an event', (title) => {
    expect(verdict(title, EVENING)).toBe('event');
  });
});

const TO_KEEP = expect.stringContaining('a date to keep');

// Lesson from real college feeds: a registrar's "Petition for graduation …" (whose description says it is "due in the
// Office of Admission and Records"), "Check your Priority Registration Appointment Date and Time" and "Winter 2023 Semester
// Important Dates" ("Last Day to Withdraw with a W Grade") were posted as in-person events.
describe('a registrar’s date to keep', () => {
  it.each([
    ['Last Day to Withdraw with a W Grade', ALL_DAY],
    ['Last day for refunds', ALL_DAY],
    ['Winter 2027 Semester Important Dates', ['DTSTART;TZID=America/Detroit:20261105T080000']],
    ['Check your Priority Registration Appointment Date and Time for Summer 2027', DAY_TO_2330],
    ['Deadline to apply for admission', ALL_DAY],
    ['Application deadline', ALL_DAY],
    ['Deadline', ALL_DAY],
    ['Petition for graduation', [...ALL_DAY, 'DESCRIPTION:<p>Petition for graduation due in the Office of Admission and Records.</p>']],
    ['Winter 2027', [...EVENING, 'DESCRIPTION:Event State: Confirmed<br><br>Last Day to Withdraw with a &quot\\;W&quot\\; Grade']],
    ['Scholarships', [...ALL_DAY, 'DESCRIPTION:Deadline for applications to the Student Aid Office.']],
  ])('%s %j is not an event', (title, lines) => {
    expect(verdict(title, lines)).toEqual(TO_KEEP);
  });

  it.each([
    ['Deadline: a play by Jo Marsh', EVENING],
    ['Deadline – a thriller in two acts', EVENING],
    // the exhibition is open that day: people go
    ['Last day to see the exhibition: curator talk', EVENING],
    // judged an event: the same words head in-person sign-up days
    ['Registration opens for the summer school', EVENING],
    ['Check your bike: free safety checks', EVENING],
    ['Important dates in local history: a talk', EVENING],
    // a reminder inside an event's own description
    ['Pottery workshop', [...EVENING, 'LOCATION:Town Hall', 'DESCRIPTION:Last day to register: 3 November.']],
    ['Choir rehearsal', [...EVENING, 'DESCRIPTION:Cancelled last week due to the weather\\; back on now.']],
    ['Open mic', [...EVENING, `DESCRIPTION:${'Bring a song or a poem. '.repeat(14)}Last day to register: 3 November.`]],
  ])('%s %j is an event', (title, lines) => {
    expect(verdict(title, lines)).toBe('event');
  });
});
