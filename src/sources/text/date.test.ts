import { describe, expect, it } from 'vitest';
import { extractTextDate } from './date.js';

const PUBLISHED = new Date('2025-11-20T10:00:00Z'); // a Thursday

describe('extractTextDate: what counts as an event date', () => {
  it.each([
    // text, zone, start, end
    ['Thursday 4 December at 18:30', 'Europe/London', '2025-12-04T18:30:00.000Z', null],
    ['Join us Thu 4 Dec, 6:30pm–9pm', 'Europe/London', '2025-12-04T18:30:00.000Z', '2025-12-04T21:00:00.000Z'],
    ['Tuesday at 7pm', 'Europe/London', '2025-11-25T19:00:00.000Z', null], // weekday + time: the next Tuesday
    ['on 21/01 at 19:00', 'Europe/London', '2026-01-21T19:00:00.000Z', null], // numeric day/month
    ['Fri 5 Dec 18:30 CET', 'Europe/London', '2025-12-05T17:30:00.000Z', null], // a zone in the text wins
    ['January 15 at 7 PM', 'America/New_York', '2026-01-16T00:00:00.000Z', null], // next January, EST (−5)
    ['June 15 at 7 PM', 'America/New_York', '2026-06-15T23:00:00.000Z', null], // EDT (−4)
    ['Hack night – Tuesday 9 December at 18:30', 'Europe/London', '2025-12-09T18:30:00.000Z', null], // "night" is not the start
    ['Thu 4 Dec 18.30', 'Europe/London', '2025-12-04T18:30:00.000Z', null], // dotted time, not the year 2018
    ['Wed 10/12 7pm', 'Europe/London', '2025-12-10T19:00:00.000Z', null], // day first outside the Americas
    ['Mon 10/12 7pm', 'America/Chicago', '2026-10-13T00:00:00.000Z', null], // month first in the Americas
    ['Saturday 6th December, 10am to 4pm', 'Europe/London', '2025-12-06T10:00:00.000Z', '2025-12-06T16:00:00.000Z'],
    // WordPress' The Events Calendar writes "<date> @ <time> - <time>"
    ['December 4 @ 6:30 pm - 9:00 pm', 'Europe/London', '2025-12-04T18:30:00.000Z', '2025-12-04T21:00:00.000Z'],
    ['Thursday, December 4, 2025 @ 6:30 pm', 'Europe/London', '2025-12-04T18:30:00.000Z', null],
    // German, French, Dutch and Spanish dates written out in full
    ['Donnerstag, 12. März 2026, 19 Uhr', 'Europe/Berlin', '2026-03-12T18:00:00.000Z', null],
    ['Die Versammlung findet am 15. Mai 2026 um 17.30 Uhr statt', 'Europe/Berlin', '2026-05-15T15:30:00.000Z', null],
    ['se tiendra le 15 mai à 19h', 'Europe/Paris', '2026-05-15T17:00:00.000Z', null], // "19h" is 19:00, not 19 hours on
    ['dinsdag 5 mei om 20:00', 'Europe/Amsterdam', '2026-05-05T18:00:00.000Z', null],
    ['jueves 12 de marzo a las 19:00', 'Europe/Madrid', '2026-03-12T18:00:00.000Z', null],
    // a dotted or dashed date is day first in Europe
    ['Freitag, den 05.06.2026, 15:00 - 16:00 Uhr', 'Europe/Vienna', '2026-06-05T13:00:00.000Z', '2026-06-05T14:00:00.000Z'],
    ['vrijdag 05-06-2026 om 20:00', 'Europe/Amsterdam', '2026-06-05T18:00:00.000Z', null],
    // an hour from 1 to 6 with no am/pm is in the afternoon; with a leading zero it is as written
    ['Sunday 21st December, 1:30-3:30', 'Europe/London', '2025-12-21T13:30:00.000Z', '2025-12-21T15:30:00.000Z'],
    ['Sunday 21st December at 01:30', 'Europe/London', '2025-12-21T01:30:00.000Z', null],
    // forms real posts use round the date
    ['a build day on the 14th of December between 10am and 4pm', 'Europe/London', '2025-12-14T10:00:00.000Z', '2025-12-14T16:00:00.000Z'],
    ['the Roadshow, on *Monday December 15th* at 7 pm', 'Europe/London', '2025-12-15T19:00:00.000Z', null],
    ['The quiz is on Thursday 4 December, 7.30pm start.', 'Europe/London', '2025-12-04T19:30:00.000Z', null],
    ['Thursday 4 December @ 7pm', 'Europe/London', '2025-12-04T19:00:00.000Z', null],
    // a time in the same sentence as a day and month, not next to it
    ['Sunday, December 7th; meet at 11am, ride at noon.', 'Europe/London', '2025-12-07T11:00:00.000Z', null],
    ['Come earlier, at 6.30pm: the star party will be held on the 30th January', 'Europe/London', '2026-01-30T18:30:00.000Z', null],
    // a weekday and a day of the month, the month left out: the next such day
    ["Carol Service -- Don't forget -- Sunday 21st at 4 pm", 'Europe/London', '2025-12-21T16:00:00.000Z', null],
    ['Friday 13th at 7pm', 'Europe/London', '2026-02-13T19:00:00.000Z', null],
    // a time written the continental way, beside a date chrono reads without it
    ['Nächster Stammtisch: Do. 04.12.2025 ab 19:00', 'Europe/Berlin', '2025-12-04T18:00:00.000Z', null],
    ['Donnerstag, 4.12. um 19 Uhr im Café', 'Europe/Berlin', '2025-12-04T18:00:00.000Z', null],
    ['Samstag, 6. Dezember, 19–22 Uhr', 'Europe/Berlin', '2025-12-06T18:00:00.000Z', '2025-12-06T21:00:00.000Z'],
    ['Wann? Am 10. Dezember 2025 von 12 bis ca. 15 Uhr', 'Europe/Berlin', '2025-12-10T11:00:00.000Z', '2025-12-10T14:00:00.000Z'],
    ['mercredi 10/12 à 18h30', 'Europe/Paris', '2025-12-10T17:30:00.000Z', null],
    ['quinta-feira, 4 de dezembro às 19h', 'America/Sao_Paulo', '2025-12-04T22:00:00.000Z', null],
    ['torsdag 4 december kl. 19:00', 'Europe/Stockholm', '2025-12-04T18:00:00.000Z', null],
    // Catalan
    ['Dissabte 13 de desembre de 2025 a les 20 h', 'Europe/Madrid', '2025-12-13T19:00:00.000Z', null],
    ['Concert el 12 de març a les 21h', 'Europe/Madrid', '2026-03-12T20:00:00.000Z', null],
    ["dijous 2 d'abril, a les 19.30 hores", 'Europe/Madrid', '2026-04-02T17:30:00.000Z', null],
    ['divendres, 5 de desembre del 2025, de 18 a 21 h', 'Europe/Madrid', '2025-12-05T17:00:00.000Z', '2025-12-05T20:00:00.000Z'],
    // languages chrono has no parser for, read through their month names
    ['Tervetuloa 5. joulukuuta 2025 klo 18', 'Europe/Helsinki', '2025-12-05T16:00:00.000Z', null],
    ['Spotkanie 5 grudnia 2025 o godz. 18:00', 'Europe/Warsaw', '2025-12-05T17:00:00.000Z', null],
    ['Sraz 5. prosince 2025 v 18:00', 'Europe/Prague', '2025-12-05T17:00:00.000Z', null],
    ['Møde 5. desember kl. 19:00', 'Europe/Oslo', '2025-12-05T18:00:00.000Z', null],
    ['Встреча 5 декабря в 18:00', 'Europe/Moscow', '2025-12-05T15:00:00.000Z', null],
    ['Találkozó 2025. december 5. 18:00', 'Europe/Budapest', '2025-12-05T17:00:00.000Z', null],
    ['Зустріч 5 грудня 2025, 18:00', 'Europe/Kyiv', '2025-12-05T16:00:00.000Z', null],
    ['Средба на 5ти декември 2025, 19:00', 'Europe/Skopje', '2025-12-05T18:00:00.000Z', null],
    ['Vernisajul are loc vineri, 5 decembrie 2025, ora 17:30', 'Europe/Bucharest', '2025-12-05T15:30:00.000Z', null],
    ['Konser 5 Aralık 2025 saat 20:00', 'Europe/Istanbul', '2025-12-05T17:00:00.000Z', null],
    ['KONSER 5 ARALIK 2025 20:00', 'Europe/Istanbul', '2025-12-05T17:00:00.000Z', null],
    ['Συναυλία 5 Δεκεμβρίου 2025, 20:00', 'Europe/Athens', '2025-12-05T18:00:00.000Z', null],
    // Italian and Japanese
    ['giovedì 4 dicembre alle 19:00', 'Europe/Rome', '2025-12-04T18:00:00.000Z', null],
    ['12月4日(木) 19:00〜21:00', 'Asia/Tokyo', '2025-12-04T10:00:00.000Z', '2025-12-04T12:00:00.000Z'],
    // a range chrono stops short of ("a" read as "am")
    ['24 de diciembre de 2025, de 10:00 a 13:00', 'Europe/Madrid', '2025-12-24T09:00:00.000Z', '2025-12-24T12:00:00.000Z'],
    // lists of days: the first of them, at the list's time
    ['Les 15 et 22 décembre à 12h30', 'Europe/Paris', '2025-12-15T11:30:00.000Z', null],
    ['los días 12, 19 y 26 de diciembre a las 19:00', 'Europe/Madrid', '2025-12-12T18:00:00.000Z', null],
    ['On 15 and 22 December at 7pm', 'Europe/London', '2025-12-15T19:00:00.000Z', null],
    ['17 décembre, 7 et 14 janvier à 14h : visites commentées', 'Europe/Paris', '2025-12-17T13:00:00.000Z', null], // not 17 December at "7"
    // French "et" (and) is no zone: "19h et" had been read as 19:00 Eastern Time
    ['le jeudi 4 décembre à 19h et le vendredi à 20h', 'Europe/Paris', '2025-12-04T18:00:00.000Z', null],
    // a time on the line labelled for it under the date
    ['Date: 11.12.2025\nTime: 10:30 AM onwards', 'Europe/Berlin', '2025-12-11T09:30:00.000Z', null],
    // a gig's doors open in the evening
    ['Friday 5 December, doors 7:30, music from 8', 'Europe/London', '2025-12-05T19:30:00.000Z', null],
    // a link before the date is not read as one
    ['Tickets https://tickets.example/2025/12/01/x — Thursday 4 December at 18:30', 'Europe/London', '2025-12-04T18:30:00.000Z', null],
  ])('%j in %s', (text, timezone, start, end) => {
    const d = extractTextDate(text, { reference: PUBLISHED, timezone });
    expect(d && { start: d.start.toISOString(), end: d.end?.toISOString() ?? null, floating: d.floating }).toEqual({
      start,
      end,
      floating: false,
    });
  });

  it('reads an explicit full date without a time as all-day', () => {
    const d = extractTextDate('The fair is on 12 March 2026.', { reference: PUBLISHED, timezone: 'Europe/Berlin' });
    expect(d).toMatchObject({ start: new Date('2026-03-11T23:00:00Z'), allDay: true, floating: false });
  });

  it.each([
    ['Join us on Saturday the 6th of December for our Christmas social', '2025-12-06T00:00:00.000Z', null],
    ['This Saturday, December the 6th, we meet at the library', '2025-12-06T00:00:00.000Z', null], // the weekday confirms the date
    ['Join us this December the 6th', '2025-12-06T00:00:00.000Z', null],
    ['Exhibition: 1 Dec – 10 Jan 2026', '2025-12-01T00:00:00.000Z', '2026-01-11T00:00:00.000Z'], // a span with its year at the end
    ['Parish mission December 19 and 20, 2025', '2025-12-19T00:00:00.000Z', '2025-12-21T00:00:00.000Z'], // two days of one month
    ['Biblioplaça: del 15 al 28 de juliol de 2026', '2026-07-14T23:00:00.000Z', '2026-07-28T23:00:00.000Z'], // a Catalan span of days
    ['Feria del 15 al 28 de julio de 2026', '2026-07-14T23:00:00.000Z', '2026-07-28T23:00:00.000Z'], // a Spanish one
  ])('reads %j as all day', (text, start, end) => {
    const d = extractTextDate(text, { reference: PUBLISHED, timezone: 'Europe/London' });
    expect(d && { start: d.start.toISOString(), end: d.end?.toISOString() ?? null, allDay: d.allDay }).toEqual({
      start,
      end,
      allDay: true,
    });
  });

  it.each([['Join us on November 28th for our annual meetup'], ['See you on the 4th of December!']])(
    'reads a day and month that %j invites people to as all-day',
    (text) => {
      const d = extractTextDate(text, { reference: PUBLISHED, timezone: 'Europe/London' });
      expect(d).toMatchObject({ allDay: true });
      expect(['2025-11-28T00:00:00.000Z', '2025-12-04T00:00:00.000Z']).toContain(d?.start.toISOString());
    },
  );

  it.each([
    ['Vortrag Fluchtgrund Klima - am Do 4.12.', 'Europe/Zurich'],
    ['Spielnachmittag am Donnerstag 04.12.', 'Europe/Berlin'],
    ['Atelier jeu. 04/12', 'Europe/Paris'],
  ])('reads a day and month after the weekday it falls on, written in another language: %j', (text, timezone) => {
    const d = extractTextDate(text, { reference: PUBLISHED, timezone });
    expect(d).toMatchObject({ allDay: true, start: new Date('2025-12-03T23:00:00Z') });
  });

  it('reads "5.12.2026", a one-digit day, day first in Europe', () => {
    const d = extractTextDate('Weihnachtsmarkt am 5.12.2026', { reference: PUBLISHED, timezone: 'Europe/Berlin' });
    expect(d).toMatchObject({ allDay: true, start: new Date('2026-12-04T23:00:00Z') });
  });

  it('does not read the length of an agenda item, "(00:10)", as the time', () => {
    const d = extractTextDate('Saturday 6 December (00:10) Kickstarting the group', { reference: PUBLISHED, timezone: 'Europe/London' });
    expect(d).toMatchObject({ allDay: true, start: new Date('2025-12-06T00:00:00Z') });
  });

  // Markup stripped from "Thursday, December 11th<abbr>4:00 pm</abbr>" (an RSS template) leaves the day glued to its time.
  it.each([
    ['Thursday, December 11th4:00 pm', '2025-12-11T16:00:00.000Z'],
    ['Mon, December 1st10:30 am', '2025-12-01T10:30:00.000Z'],
    ['Doors on December 2nd7pm', '2025-12-02T19:00:00.000Z'],
    ['Thursday, December the 11th4:00 pm', '2025-12-11T16:00:00.000Z'],
  ])('reads a day glued to its time: %j', (text, start) => {
    const d = extractTextDate(text, { reference: PUBLISHED, timezone: 'Europe/London' });
    expect(d).toMatchObject({ start: new Date(start), allDay: false });
  });

  it('does not make noon of the minutes of a clock glued to the year before it ("20254:00 pm" is not "00 pm")', () => {
    const d = extractTextDate('Thursday, December 11, 20254:00 pm', { reference: PUBLISHED, timezone: 'Europe/London' });
    expect(d).toMatchObject({ start: new Date('2025-12-11T00:00:00Z'), allDay: true });
  });

  it('does not read a day and month after a weekday it does not fall on', () => {
    expect(extractTextDate('Vortrag am Fr 4.12.', { reference: PUBLISHED, timezone: 'Europe/Zurich' })).toBeNull();
  });

  it('reads an all-day range with an exclusive end', () => {
    const d = extractTextDate('Conference 4–6 December 2025', { reference: PUBLISHED, timezone: null });
    expect(d).toMatchObject({ start: new Date('2025-12-04T00:00:00Z'), end: new Date('2025-12-07T00:00:00Z'), allDay: true });
  });

  it.each([
    ['at 5pm'], // a lone time
    ['Thursday'], // a lone weekday
    ['4 December'], // a day without time or year
    ['See you tomorrow at 7pm'], // relative to an unreliable "now"
    ['today at 18:00'],
    ['tonight at 8'],
    ['in 3 days at 6pm'],
    ['posted 2 hours ago'],
    ['Kubernetes v1.29.0-rc.2 released'],
    ['Haushalt 2024'],
    ["Acte popular at Plaça de l'1 d'Octubre (Salt)"], // a square's name, not "1 day from now"
    ["Sala 1 d'actes"],
    ['When: Every Tuesday evening at 5.30-7pm.'], // a weekly habit, not one date
    ['We meet each Thursday at 7pm'],
    ['Android Studio Flamingo | 2025.2.1 Canary 9 is now available'], // versions written like dates
    ['yt-dlp 2025.12.23 released'],
    ['We met on 4 December. Next time, bring snacks at 7pm'], // a time in another sentence
    ['Open 9am to 5pm. Closed 25 December.'],
    ['Please apply by Friday 5 December at 5pm'], // deadlines, not events
    ['Applications close on 12 December 2025'],
    ['Deadline: Thursday 4 December at 18:00'],
    ['All applications received by the end of the day, Friday, December 5, 2025, will be considered.'],
    ['Registration opens on Friday 21 November at 17:00'], // when sign-up opens, not the event
    ['[Bern] [Ausstellung] Franz Gertsch - bis 17.01.2026'], // an exhibition's last day, not an event on it
    ["Exposition jusqu'au 4 janvier 2026"],
    ['Exposición hasta el 4 de enero de 2026'],
    ['Article URL: https://techcrunch.com/2025/12/04/uber-finds-one-allegedly-stolen-file/'], // a date in a link is the article's
    ['More at techcrunch.com/2025/12/04/launch and www.example.org/2025-12-04'],
    ['Founded on 12 March 2019 at 18:00'], // years away from the reference are history, not announcements
    ['The update was released on November 28th'], // a day and month without an invitation to it
    ['On Saturday, November 15th, the club celebrated its anniversary'], // a recap: 15 November next year is no Saturday
    ['a 2h workshop on 6 December'], // a length, not a time
    ['Die Ausstellung läuft ab 4. Dezember'], // "ab 4." is a date, not 04:00
    ['Du 16 décembre au 17 janvier. Vernissage le 18 décembre.'], // a span of days with no year, no time and no invitation
    ['Del 22 de noviembre al 31 de diciembre de 2025'], // an exhibition's weeks, whose closing day is no event of its own
    ['Ongoing through Monday, Dec. 15, 2025'], // the last day of something under way (Trumba's RSS), not its day
    ['On view thru Dec. 15, 2025'],
    ['Der Beginn der Verhandlung war auf 9 Uhr am Montag angesetzt'], // a weekday and an hour, no date: other languages only in full
    [''],
  ])('finds no event date in %j', (text) => {
    expect(extractTextDate(text, { reference: PUBLISHED, timezone: 'Europe/London' })).toBeNull();
  });

  it('ignores the item repeating its own publish timestamp', () => {
    const text = 'Posted Thursday 20 November 2025 at 10:00 UTC. Meetup on Tuesday 2 December at 18:00.';
    const d = extractTextDate(text, { reference: PUBLISHED, timezone: 'Europe/London' });
    expect(d?.start.toISOString()).toBe('2025-12-02T18:00:00.000Z');
  });

  it.each([
    // an event at 18:00 in a post published at 17:59:51 (the text's time is local, read here without a zone)
    ['Friday, December 5, 2025 6:00 PM – 8:00 PM', '2025-12-05T17:59:51Z', '2025-12-05T18:00:00.000Z'],
    // a feed whose publish dates are the events' days, repeated in every title
    ['Firework workshop (5 Dec 2025)', '2025-12-05T00:00:00Z', '2025-12-05T00:00:00.000Z'],
  ])('keeps %j published at %s, which is no repeat of its publish time', (text, published, start) => {
    expect(extractTextDate(text, { reference: new Date(published), timezone: null })?.start.toISOString()).toBe(start);
  });

  it('without a zone returns the wall-clock time as floating', () => {
    const d = extractTextDate('Thursday, April 21 at 5:00 PM', {
      reference: new Date('2022-03-19T20:41:24Z'),
      timezone: null,
    });
    expect(d).toMatchObject({ start: new Date('2022-04-21T17:00:00Z'), floating: true, allDay: false });
  });

  it('reports where the date was found', () => {
    const d = extractTextDate('Join us Thursday 4 December at 18:30 at The Victoria', {
      reference: PUBLISHED,
      timezone: 'Europe/London',
    });
    expect(d).toMatchObject({ matchText: 'Thursday 4 December at 18:30', index: 8 });
  });
});
