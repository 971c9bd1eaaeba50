import { afterAll, describe, expect, it } from 'vitest';
import { previewByTitle, Sites } from './test-sites.js';

// Lesson from real WordPress event pages (The Events Calendar's JSON-LD): the address was shown as
// "Ann Arbor, 48104, MI, United States"; a German one as "Leipzig, 04109, Sachsen".

const page = (name: string, address: Record<string, string>) =>
  `<!DOCTYPE html><html><head><title>${name}</title><script type="application/ld+json">${JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Event',
    name,
    startDate: '2026-04-04T18:30:00',
    url: `https://shop.example.com/${encodeURIComponent(name)}`,
    location: { '@type': 'Place', name: 'The Back Room', address: { '@type': 'PostalAddress', ...address } },
  })}</script></head><body></body></html>`;

describe('ingest: an event page’s address, written as in its country', () => {
  const sites = new Sites();
  afterAll(() => sites.close());

  it('shows a US address as "Ann Arbor, MI 48104" and places it there', async () => {
    await sites.start();
    const us = {
      streetAddress: '10 Maple St.',
      addressLocality: 'Ann Arbor',
      addressRegion: 'MI',
      postalCode: '48104',
      addressCountry: 'United States',
    };
    sites.page('shop.example.com', '/us', page('Sourdough Class', us), 'text/html');
    const { row } = await previewByTitle(sites, 'https://shop.example.com/us', 'Ann Arbor, Michigan', 25, new Date('2026-04-01T00:00:00Z'));
    expect(row('Sourdough Class')).toMatchObject({
      verdict: 'post',
      address: '10 Maple St., Ann Arbor, MI 48104, United States',
      locality: 'Ann Arbor',
      timezone: 'America/Detroit',
    });
  });

  it('shows a German address as "04109 Leipzig" and places it there', async () => {
    const de = {
      streetAddress: 'Lindenweg 4',
      addressLocality: 'Leipzig',
      addressRegion: 'Sachsen',
      postalCode: '04109',
      addressCountry: 'DE',
    };
    sites.page('shop.example.com', '/de', page('Brotbackkurs', de), 'text/html');
    const { row } = await previewByTitle(sites, 'https://shop.example.com/de', 'Leipzig, Germany', 25, new Date('2026-04-01T00:00:00Z'));
    expect(row('Brotbackkurs')).toMatchObject({ verdict: 'post', address: 'Lindenweg 4, 04109 Leipzig, Sachsen, DE', locality: 'Leipzig' });
  });
});
