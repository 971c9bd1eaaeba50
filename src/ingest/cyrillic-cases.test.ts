import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Lesson from a sweep over feeds in non-Latin scripts, on synthetic feeds of our own: a town written
// in Russian or Ukrainian in another case than the nominative ("в Москве", "в Казани", "у Києві")
// was not known, so "Клуб «Пример», в Казани" in a Moscow channel was posted "0.0 km" away (placed
// by the feed's home), and a title "Встреча в Москве" with no location was skipped as naming no place.

const NOW = new Date('2027-01-01T10:00:00Z');
const at = (day: string) => `DTSTART;TZID=Europe/Moscow:202701${day}T190000`;
const titleOnly = (uid: string, day: string, summary: string) => ['UID:' + uid, 'DTSTAMP:20250101T000000Z', at(day), `SUMMARY:${summary}`];
const HOME = 'Клуб «Пример»\\, ул. Примерная\\, 7\\, Москва';

describe('ingest: a Moscow calendar naming towns in their case forms', () => {
  const row = previewed(
    {
      url: 'https://club.example.ru/calendar.ics',
      type: 'text/calendar',
      body: calendar(
        ['X-WR-TIMEZONE:Europe/Moscow'],
        [
          vevent('h1@x', at('04'), 'Встреча клуба', HOME),
          vevent('h2@x', at('05'), 'Встреча клуба 2', HOME),
          vevent('kzn@x', at('10'), 'Выездная встреча', 'Клуб «Пример»\\, в Казани'),
          vevent('ekb@x', at('11'), 'Выездная встреча 2', 'Коворкинг в Екатеринбурге'),
          vevent('msk@x', at('12'), 'Встреча в коворкинге', 'Коворкинг «Пример» в Москве'),
          titleOnly('t-msk@x', '14', 'Встреча в Москве'),
          titleOnly('t-spb@x', '15', 'Встреча в Санкт-Петербурге'),
          titleOnly('t-kzn@x', '16', 'Встреча в Казани'),
          titleOnly('t-kyiv@x', '17', 'Зустріч у Києві'),
        ],
      ),
    },
    'Moscow, Russia',
    50,
    NOW,
  );

  it('a location naming another town in a case form is placed there and not posted', () => {
    expect(row('Выездная встреча')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Kazan', country: 'RU' });
    expect(row('Выездная встреча 2')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Yekaterinburg' });
  });

  it('a location naming the channel’s town in a case form is placed there and posted', () => {
    expect(row('Встреча в коворкинге')).toMatchObject({ verdict: 'post', placedBy: 'address', locality: 'Moscow' });
  });

  it('a title that ends "в Москве" is placed in Moscow and posted', () => {
    expect(row('Встреча в Москве')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Moscow' });
  });

  it('a title naming another town is not placed at the feed’s home, so not posted', () => {
    for (const title of ['Встреча в Санкт-Петербурге', 'Встреча в Казани', 'Зустріч у Києві']) {
      expect(row(title), title).toMatchObject({ verdict: 'skip', lat: null });
    }
  });
});

describe('ingest: a Kyiv calendar naming towns in Ukrainian case forms', () => {
  const kyiv = 'Коворкінг «Приклад»\\, вул. Прикладна\\, 1\\, Київ';
  const row = previewed(
    {
      url: 'https://club.example.ua/calendar.ics',
      type: 'text/calendar',
      body: calendar(
        ['X-WR-TIMEZONE:Europe/Kyiv'],
        [
          vevent('h1@x', at('04').replace('Europe/Moscow', 'Europe/Kyiv'), 'Зустріч клубу', kyiv),
          vevent('h2@x', at('05').replace('Europe/Moscow', 'Europe/Kyiv'), 'Зустріч клубу 2', kyiv),
          vevent('lviv@x', at('10').replace('Europe/Moscow', 'Europe/Kyiv'), 'Виїзна зустріч', 'Кав’ярня у Львові'),
          titleOnly('t-kyiv@x', '14', 'Зустріч у Києві').map((l) => l.replace('Europe/Moscow', 'Europe/Kyiv')),
        ],
      ),
    },
    'Kyiv, Ukraine',
    50,
    NOW,
  );

  it('"у Києві" in the title is Kyiv, posted; "у Львові" in the location is Lviv, not posted', () => {
    expect(row('Зустріч у Києві')).toMatchObject({ verdict: 'post', placedBy: 'title', locality: 'Kyiv' });
    expect(row('Виїзна зустріч')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Lviv', country: 'UA' });
  });
});
