import { describe, expect, it } from 'vitest';
import { ctx, okOutcome } from '../text/test-helpers.js';
import { extractJsonLdEvents, parseJsonLdPage } from './index.js';

// Lesson from a city park's "what's on" page: its two JSON-LD Events give no url, and both were posted with
// no link at all. Each card links to the event ("Tickets", "Details") under a slug of its name.
const PAGE = 'https://park.example/de/veranstaltungen';
const node = (name: string, startDate: string, url?: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name,
  startDate,
  ...(url ? { url } : {}),
  location: { '@type': 'Place', name: 'Stadtpark' },
});
const page = (nodes: object[], body: string) =>
  `<!DOCTYPE html><html><head><title>Veranstaltungen</title><script type="application/ld+json">${JSON.stringify(nodes)}</script></head><body>${body}</body></html>`;
const card = (title: string, href: string, label: string) =>
  `<div class="card"><div class="title">${title}</div><a class="button" href="${href}"><span>${label}</span></a></div>`;
const links = (html: string) => okOutcome(parseJsonLdPage(html, ctx(PAGE))).events.map((e) => [e.title, e.url]);

const RUN = node('Park Run Festival', '2026-09-27T10:00:00+02:00');
const DANCE = node('Random Play Dance (RPD) ', '2026-10-03T15:00:00+02:00');

describe('a listing page whose Events give no url', () => {
  it.each([
    [
      'each card links under a slug of its name',
      card('Park Run Festival', '/de/veranstaltungen/park-run-festival-n6062', 'Tickets') +
        card('Random Play Dance (RPD)', '/de/veranstaltungen/random-play-dance-rpd--n6144', 'Details'),
      [
        'https://park.example/de/veranstaltungen/park-run-festival-n6062',
        'https://park.example/de/veranstaltungen/random-play-dance-rpd--n6144',
      ],
    ],
    [
      'a link whose text is the name',
      '<ul><li><a href="/e/1">Park Run Festival</a></li><li><a href="https://tickets.example/rpd">Random&nbsp;Play Dance (RPD)</a></li></ul>',
      ['https://park.example/e/1', 'https://tickets.example/rpd'],
    ],
    ['no link names them: the listing itself', '<a href="/impressum">Impressum</a><a href="/de/">Start</a>', [PAGE, PAGE]],
    [
      'two addresses fit one name: the listing for that one',
      '<a href="/e/1">Park Run Festival</a><a href="/e/2">Park Run Festival</a><a href="/x/random-play-dance-rpd">Details</a>',
      [PAGE, 'https://park.example/x/random-play-dance-rpd'],
    ],
    [
      'a slug that only starts like the name is not its link',
      '<a href="/park-run-festivals-archive">Archiv</a><a href="/random-play-dancers">Crew</a>',
      [PAGE, PAGE],
    ],
  ])('%s', (_why, body, urls) => {
    expect(links(page([RUN, DANCE], body))).toEqual([
      ['Park Run Festival', urls[0]],
      ['Random Play Dance (RPD)', urls[1]],
    ]);
  });

  it('a short name is not matched by a slug ("Yoga" is not /yoga-mats), only by a link’s text', () => {
    const yoga = node('Yoga', '2026-09-28T09:00:00+02:00');
    expect(links(page([RUN, yoga], '<a href="/shop/yoga-mats">Matten</a>'))).toEqual([
      ['Park Run Festival', PAGE],
      ['Yoga', PAGE],
    ]);
    expect(links(page([RUN, yoga], '<a href="/kurse/7">Yoga</a>'))[1]).toEqual(['Yoga', 'https://park.example/kurse/7']);
  });

  it('an Event that is the page’s own lends its url to no other (the rest are related events shown there)', () => {
    const own = node('Park Run Festival', '2026-09-27T10:00:00+02:00', PAGE);
    expect(links(page([own, DANCE], ''))).toEqual([
      ['Park Run Festival', PAGE],
      ['Random Play Dance (RPD)', null],
    ]);
  });

  it('read to enrich an item that links to the page, its events keep no url (the item says which is its own)', () => {
    const body = card('Park Run Festival', '/de/veranstaltungen/park-run-festival-n6062', 'Tickets');
    expect(extractJsonLdEvents(page([RUN, DANCE], body), PAGE).map((e) => e.url)).toEqual([null, null]);
  });
});
