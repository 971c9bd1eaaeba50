import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendar, previewByTitle, Sites, type RowsByTitle } from './test-sites.js';

// Lesson from a real Auckland cinema's calendar: its generator writes every screening's local wall clock with
// a "Z" and no calendar zone. Only one description states the time ("Screening 8:15pm"); the other screenings
// were shown 13 hours late, after midnight or on the next day.

const NOW = new Date('2027-01-05T00:00:00Z');
const THEATRE = 'LOCATION:Embassy Theatre\\, 10 Kent Terrace\\, Wellington 6011\\, New Zealand';

const screening = (uid: string, start: string, summary: string, description: string) => [
  `UID:${uid}@pictures.example`,
  'DTSTAMP:20270101T000000Z',
  `DTSTART:${start}`,
  'DURATION:PT2H',
  `SUMMARY:${summary}`,
  THEATRE,
  `DESCRIPTION:${description}`,
];

const LOCAL_CLOCK = calendar(
  ['X-WR-CALNAME:Picture house'],
  [
    screening('late', '20270112T201000Z', 'Late show: The Lighthouse Keeper', 'Doors 7:40pm\\, film at 8:10pm.'),
    screening('matinee', '20270113T140000Z', 'Matinee: Kites over the Harbour', 'A quiet film about a family and its kites.'),
    screening('evening', '20270114T183000Z', 'Evening: Long Road South', 'A road film through the high country.'),
  ],
);

// The same shapes from a calendar whose "Z" is true UTC: one text states the Wellington clock of its UTC time.
const TRUE_UTC = calendar(
  ['X-WR-CALNAME:Film society'],
  [
    screening('late', '20270112T201000Z', 'Society: Harbour Lights', 'Doors 7:40pm\\, film at 8:10pm.'),
    screening('talk', '20270113T063000Z', 'Society: Director’s talk', 'The talk starts at 7:30pm.'),
    screening('matinee', '20270114T010000Z', 'Society: Morning Tide', 'A short film about the tide.'),
  ],
);

describe('ingest: a calendar that writes all its local times with a false "Z"', () => {
  const sites = new Sites();
  let local: RowsByTitle['row'];
  let utc: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    sites.page('pictures.example', '/screenings.ics', LOCAL_CLOCK, 'text/calendar');
    sites.page('society.example', '/films.ics', TRUE_UTC, 'text/calendar');
    ({ row: local } = await previewByTitle(sites, 'https://pictures.example/screenings.ics', 'Wellington, New Zealand', 25, NOW));
    ({ row: utc } = await previewByTitle(sites, 'https://society.example/films.ics', 'Wellington, New Zealand', 25, NOW));
  });
  afterAll(() => sites.close());

  it('shows the screening whose text states its time at that time', () => {
    expect(local('Late show: The Lighthouse Keeper')).toMatchObject({ verdict: 'post', timezone: 'Pacific/Auckland' });
    expect(local('Late show: The Lighthouse Keeper').start).toEqual(new Date('2027-01-12T07:10:00Z')); // 20:10 NZDT
  });

  it('shows the feed’s other screenings at the clock written, on the day written', () => {
    expect(local('Matinee: Kites over the Harbour')).toMatchObject({ verdict: 'post', timezone: 'Pacific/Auckland' });
    expect(local('Matinee: Kites over the Harbour').start).toEqual(new Date('2027-01-13T01:00:00Z')); // 14:00 NZDT on the 13th
    expect(local('Evening: Long Road South').start).toEqual(new Date('2027-01-14T05:30:00Z')); // 18:30 NZDT on the 14th
    expect(local('Evening: Long Road South').end).toEqual(new Date('2027-01-14T07:30:00Z'));
  });

  it('leaves a calendar alone when another of its texts shows its "Z" to be true UTC', () => {
    expect(utc('Society: Director’s talk').start).toEqual(new Date('2027-01-13T06:30:00Z')); // 19:30 NZDT, as its text says
    expect(utc('Society: Morning Tide').start).toEqual(new Date('2027-01-14T01:00:00Z')); // 14:00 NZDT
    expect(utc('Society: Harbour Lights').start).toEqual(new Date('2027-01-12T07:10:00Z')); // its own text still decides
  });
});

// Lesson from an Italian tourism site's JSON-LD: WordPress set to UTC writes the local clock with "+00:00"
// ("20:45:00+00:00" for a choir evening "alle ore 20:45"). A page whose "+00:00" is true UTC (an Ann Arbor
// class at 22:30+00:00 whose text says 6:30 pm) must keep its time.
const eventPage = (name: string, start: string, description: string, venue: string, address: Record<string, string>) =>
  `<!DOCTYPE html><html><head><title>${name}</title><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate: start,
    description,
    location: { '@type': 'Place', name: venue, address: { '@type': 'PostalAddress', ...address } },
  })}</script></head><body></body></html>`;

const SEPT = new Date('2026-09-01T00:00:00Z');

describe('ingest: a JSON-LD page whose "+00:00" is the local clock', () => {
  const sites = new Sites();
  let italy: RowsByTitle['row'];
  let michigan: RowsByTitle['row'];
  beforeAll(async () => {
    await sites.start();
    const sala = { streetAddress: 'Piazza Martiri 4', addressLocality: 'Novara', addressCountry: 'IT' };
    const organ = eventPage('Concerto d’organo', '2026-09-17T21:15:00+00:00', 'Giovedì 17 settembre, ore 21:15.', 'Sala Civica', sala);
    const school = { streetAddress: '10 Maple St.', addressLocality: 'Ann Arbor', addressRegion: 'MI', postalCode: '48104' };
    const bread = eventPage('Sourdough class', '2026-09-17T22:30:00+00:00', 'Hands-on, 6:30 pm to 9 pm.', 'Bread School', school);
    sites.page('borgo.example', '/eventi/organo', organ, 'text/html');
    sites.page('deli.example', '/classes/sourdough', bread, 'text/html');
    ({ row: italy } = await previewByTitle(sites, 'https://borgo.example/eventi/organo', 'Novara, Italy', 25, SEPT));
    ({ row: michigan } = await previewByTitle(sites, 'https://deli.example/classes/sourdough', 'Ann Arbor, Michigan', 25, SEPT));
  });
  afterAll(() => sites.close());

  it('shows the concert at the 21:15 its text states, not two hours later', () => {
    expect(italy('Concerto d’organo')).toMatchObject({ verdict: 'post', timezone: 'Europe/Rome' });
    expect(italy('Concerto d’organo').start).toEqual(new Date('2026-09-17T19:15:00Z')); // 21:15 CEST
  });

  it('keeps a "+00:00" that is true UTC: 22:30 UTC is the 6:30 pm in Ann Arbor its text states', () => {
    expect(michigan('Sourdough class')).toMatchObject({ verdict: 'post', timezone: 'America/Detroit' });
    expect(michigan('Sourdough class').start).toEqual(new Date('2026-09-17T22:30:00Z')); // 18:30 EDT
  });
});
