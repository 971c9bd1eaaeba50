import { describe, expect, it } from 'vitest';
import { calendar, previewed } from './test-sites.js';

// Lessons from a real classical-livestream scraper and a concert society's calendar (sweep t17), on synthetic
// calendars of our own: a stream whose title ends "… at the Concert Hall" and whose own link is its video page
// names no place to go; and "at the Great Hall" names only a kind of room, the feed's own such hall.

const NOW = new Date('2030-08-20T10:00:00Z');

const stream = (uid: string, day: string, summary: string, url: string, location?: string) => [
  `UID:${uid}@streams.example`,
  'DTSTAMP:20300101T000000Z',
  `DTSTART:203009${day}T170000Z`,
  `DTEND:203009${day}T183000Z`,
  `SUMMARY:${summary}`,
  `URL:${url}`,
  `DESCRIPTION:${url}`,
  ...(location ? [`LOCATION:${location}`] : []),
];

const STREAMS = calendar(
  ['X-WR-CALNAME:Example classical livestreams'],
  [
    stream('yt', '01', 'Autumn Gala - Season opening at the Concert Hall', 'https://www.youtube.com/watch?v=AAAAAAAAAAA'),
    stream('short', '02', 'Youth Orchestra at the Main Hall', 'https://youtu.be/BBBBBBBBBBB'),
    stream('yt-live', '03', 'Organ Vespers at St Example Minster', 'https://www.youtube.com/@exampleminster/live'),
    stream('twitch', '04', 'Late Jazz @ The Blue Lantern', 'https://www.twitch.tv/bluelanternjazz'),
    stream('vimeo', '05', 'String Quartet at the Recital Room', 'https://vimeo.com/123456789'),
    stream('fb', '06', 'Choir Evening at Example Chapel', 'https://www.facebook.com/examplechoir/videos/1234567890/'),
    // controls: a link that is no video page, and a stream that names its hall as its location
    stream('pub', '07', 'Folk Session at The Crown', 'https://crown.example/folk'),
    stream(
      'stated',
      '08',
      'Piano Recital at the Concert Hall',
      'https://www.youtube.com/watch?v=CCCCCCCCCCC',
      'Example Hall\\, 36 Wigmore St\\, London W1U 2BP\\, UK',
    ),
  ],
);

describe('ingest: a stream whose own link is its video page', () => {
  const row = previewed({ url: 'https://streams.example/live.ics', body: STREAMS, type: 'text/calendar' }, 'London, UK', 50, NOW);

  it.each([
    'Autumn Gala - Season opening at the Concert Hall',
    'Youth Orchestra at the Main Hall',
    'Organ Vespers at St Example Minster',
    'Late Jazz @ The Blue Lantern',
    'String Quartet at the Recital Room',
    'Choir Evening at Example Chapel',
  ])('%j is not placed from its title, so not posted', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'skip', placedBy: 'none', address: null, lat: null });
  });

  it('a title venue with an ordinary link is still placed at the feed’s home', () => {
    expect(row('Folk Session at The Crown')).toMatchObject({ verdict: 'post', placedBy: 'title', address: 'The Crown' });
  });

  it('a stream that names its location is placed there', () => {
    expect(row('Piano Recital at the Concert Hall')).toMatchObject({ verdict: 'post', placedBy: 'address', venue: 'Example Hall' });
  });
});

const concert = (uid: string, day: string, summary: string, location?: string) => [
  `UID:${uid}@society.example`,
  'DTSTAMP:20300101T000000Z',
  `DTSTART;TZID=Europe/London:203009${day}T193000`,
  `DTEND;TZID=Europe/London:203009${day}T213000`,
  `SUMMARY:${summary}`,
  ...(location ? [`LOCATION:${location}`] : []),
];

const SOCIETY = calendar(
  ['X-WR-CALNAME:Example Concert Society', 'X-WR-TIMEZONE:Europe/London'],
  [
    concert('a', '01', 'Brass Night', 'Civic Theatre\\, 1 High St\\, Harrogate HG1 1AA\\, UK'),
    concert('b', '02', 'Song Recital', 'Civic Theatre\\, 1 High St\\, Harrogate HG1 1AA\\, UK'),
    concert('c', '03', 'Choir Day', 'Ripon Great Hall\\, Market Place\\, Ripon HG4 1BP\\, UK'),
    concert('d', '04', 'Winter Gala at the Great Hall'),
  ],
);

describe('ingest: a title naming only a kind of room ("at the Great Hall")', () => {
  const row = previewed({ url: 'https://society.example/concerts.ics', body: SOCIETY, type: 'text/calendar' }, 'Harrogate, UK', 50, NOW);

  it('is the feed’s own such hall, not its home town', () => {
    expect(row('Winter Gala at the Great Hall')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Ripon' });
  });
});
