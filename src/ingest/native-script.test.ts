import { describe, expect, it } from 'vitest';
import { calendar, eventPageHtml, previewed, vevent } from './test-sites.js';

// Lesson from a sweep over feeds in non-Latin scripts, on synthetic feeds of our own: a town
// written in Cyrillic, Greek, Hebrew, Arabic, Thai or an Indic script was not known, so
// "Санкт-Петербург, Невский проспект, 1" in a Moscow channel was posted "0.0 km" away (placed by
// the feed's home), and a JSON-LD addressLocality "Москва" was skipped as having no location.

const NOW = new Date('2027-01-01T10:00:00Z');
const at = (day: string) => `DTSTART;TZID=Europe/Moscow:202701${day}T190000`;

describe('ingest: a Moscow calendar naming towns in Cyrillic', () => {
  const row = previewed(
    {
      url: 'https://club.example.ru/calendar.ics',
      type: 'text/calendar',
      body: calendar(
        ['X-WR-TIMEZONE:Europe/Moscow'],
        [
          vevent('spb@x', at('14'), 'Питерская встреча', 'Санкт-Петербург\\, Невский проспект\\, 1'),
          vevent('msk@x', at('15'), 'Встреча в центре', 'Клуб «Пример»\\, ул. Примерная\\, 7\\, Москва'),
          vevent('nsk@x', at('16'), 'Сибирская встреча', 'г. Новосибирск\\, Красный проспект\\, 1'),
          vevent('online@x', at('17'), 'Лекция о Python', 'Онлайн'),
          vevent('meet@x', at('18'), 'Встреча дизайнеров', 'онлайн-встреча (Zoom)'),
          vevent('off@x', at('19'), 'ОТМЕНЕНО: Встреча книжного клуба', 'Клуб «Пример»\\, ул. Примерная\\, 7\\, Москва'),
          vevent('moved@x', at('20'), 'Перенесено: Вечер настольных игр', 'Клуб «Пример»\\, ул. Примерная\\, 7\\, Москва'),
          vevent('flights@x', at('21'), 'Отменённые рейсы: лекция', 'Клуб «Пример»\\, ул. Примерная\\, 7\\, Москва'),
        ],
      ),
    },
    'Moscow, Russia',
    50,
    NOW,
  );

  it('an address in another town is placed there, far from the channel, and not posted', () => {
    expect(row('Питерская встреча')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Saint Petersburg', country: 'RU' });
    expect(row('Питерская встреча').distanceKm).toBeGreaterThan(600);
    expect(row('Сибирская встреча')).toMatchObject({ verdict: 'skip', placedBy: 'address', locality: 'Novosibirsk' });
  });

  it('a location that says online in Russian is online, not in person at the feed’s home', () => {
    expect(row('Лекция о Python')).toMatchObject({ attendance: 'online' });
    expect(row('Встреча дизайнеров')).toMatchObject({ attendance: 'online' });
  });

  it('a title marked cancelled or postponed in Russian says so; a talk about cancelled flights is scheduled', () => {
    expect(row('ОТМЕНЕНО: Встреча книжного клуба')).toMatchObject({ status: 'cancelled' });
    expect(row('Перенесено: Вечер настольных игр')).toMatchObject({ status: 'postponed' });
    expect(row('Отменённые рейсы: лекция')).toMatchObject({ status: 'scheduled', verdict: 'post' });
  });

  it('an address in the channel’s town is placed by its address and posted', () => {
    expect(row('Встреча в центре')).toMatchObject({ verdict: 'post', placedBy: 'address', locality: 'Moscow', country: 'RU' });
  });
});

describe('ingest: an event page whose addressLocality is written in Cyrillic', () => {
  const row = previewed(
    {
      url: 'https://afisha.example.ru/events',
      type: 'text/html',
      body: eventPageHtml([
        {
          name: 'Встреча дизайнеров',
          url: 'https://afisha.example.ru/e/1',
          start: '2027-01-15T19:00:00+03:00',
          venue: 'Коворкинг «Пример»',
          street: 'ул. Примерная, 7',
          locality: 'Москва',
          country: 'RU',
        },
        {
          name: 'Встреча в Твери',
          url: 'https://afisha.example.ru/e/2',
          start: '2027-01-16T19:00:00+03:00',
          venue: 'Клуб',
          street: 'ул. Примерная, 5',
          locality: 'Тверь',
          country: 'RU',
        },
      ]),
    },
    'Moscow, Russia',
    50,
    NOW,
  );

  it('the channel’s own town is placed and posted, not skipped as having no location', () => {
    expect(row('Встреча дизайнеров')).toMatchObject({ verdict: 'post', locality: 'Moscow', country: 'RU' });
    expect(row('Встреча дизайнеров').lat).not.toBeNull();
  });

  it('another town is placed there and not posted', () => {
    expect(row('Встреча в Твери')).toMatchObject({ verdict: 'skip', locality: 'Tver', country: 'RU' });
  });
});

describe('ingest: a Russian news feed that says where in its text ("Где: …")', () => {
  const item = (n: number, title: string, text: string) =>
    `<item><title>${title}</title><link>https://club.example.ru/news/${n}</link><guid>n${n}</guid>` +
    `<pubDate>Mon, 04 Jan 2027 09:00:00 +0300</pubDate><description>${text}</description></item>`;
  const row = previewed(
    {
      url: 'https://club.example.ru/news.xml',
      type: 'application/rss+xml',
      body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Новости клуба</title><link>https://club.example.ru/</link>
${item(1, 'Встреча клуба 14 января', 'Когда: 14 января 2027, 19:00. Где: Москва, ул. Примерная, 16.')}
${item(2, 'Выездная встреча 23 января', 'Когда: 23 января 2027, 12:00. Где: Тверь, ул. Примерная, 5.')}
</channel></rss>`,
    },
    'Moscow, Russia',
    50,
    NOW,
  );

  it('the labelled place is read and placed: Moscow is posted, Tver (170 km) is not', () => {
    expect(row('Встреча клуба 14 января')).toMatchObject({ verdict: 'post', locality: 'Moscow' });
    expect(row('Выездная встреча 23 января')).toMatchObject({ verdict: 'skip', locality: 'Tver' });
  });
});
