import { expect, it } from 'vitest';
import { ctx, okOutcome } from '../text/test-helpers.js';
import { parseJsonLdPage } from './index.js';

// Lesson from a Belgian dog-events agenda, on a page of our own: every Event of the listing gives the
// listing's own url, and only the first of its three events had been kept (they shared one id).
const listing = (events: object[]) =>
  `<!DOCTYPE html><html><head><title>Agenda</title><script type="application/ld+json">${JSON.stringify(events)}</script></head><body></body></html>`;
const event = (name: string, startDate: string, town: string) => ({
  '@context': 'https://schema.org',
  '@type': 'Event',
  name,
  startDate,
  url: 'https://dogs.example/agenda',
  location: { '@type': 'Place', name: 'Marktplein', address: { '@type': 'PostalAddress', addressLocality: town, addressCountry: 'BE' } },
});

it('keeps every event of a listing whose events all give the listing’s url, each with an id of its own', () => {
  const page = listing([
    event('Kwispelfestival', '2026-05-16T10:00:00+02:00', 'De Panne'),
    event('Hondenfestival', '2026-05-23T10:00:00+02:00', 'Oostende'),
    event('Hondenwandeling', '2026-05-24T11:00:00+02:00', 'Bredene'),
  ]);
  const events = okOutcome(parseJsonLdPage(page, ctx('https://dogs.example/agenda'))).events;
  expect(events.map((e) => [e.title, e.url])).toEqual([
    ['Kwispelfestival', 'https://dogs.example/agenda'],
    ['Hondenfestival', 'https://dogs.example/agenda'],
    ['Hondenwandeling', 'https://dogs.example/agenda'],
  ]);
  expect(new Set(events.map((e) => e.uid)).size).toBe(3);
});

it('keeps one id for one event the page lists twice', () => {
  const twice = event('Kwispelfestival', '2026-05-16T10:00:00+02:00', 'De Panne');
  const events = okOutcome(parseJsonLdPage(listing([twice, twice]), ctx('https://dogs.example/agenda'))).events;
  expect(new Set(events.map((e) => e.uid))).toEqual(new Set(['https://dogs.example/agenda']));
});
