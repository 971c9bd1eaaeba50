import { expect, it } from 'vitest';
import { ctx, okOutcome, view } from '../text/test-helpers.js';
import { parseJsonLdPage } from './index.js';

// Lesson from a real course page (issue #8), on a synthetic page of our own: its ItemList
// of events misses the brace that closes the first ListItem, so the block is not JSON —
// yet the event inside is whole, and a reader of the page sees it.
const broken = `<!DOCTYPE html><html><head><title>Courses</title>
<script type="application/ld+json">
{ "@context": "http://schema.org", "@type": "ItemList", "itemListElement": [
  { "@type": "ListItem", "position": 1, "item": {
      "@type": "BusinessEvent", "name": "Demo Day: meet our graduates",
      "startDate": "2026-11-25T13:00", "endDate": "2026-11-25T16:00",
      "description": "Come and meet them {in person}, \\"hiring\\" welcome.",
      "location": { "@type": "Place", "name": "Harbour Works", "address": "12 Quay St, Glasgow G1 5AB" } }
  },
  { "@type": "ListItem", "position": 2, "item": { "@type": "Recipe", "name": "Cherry pie" }
  ]
}
</script></head><body></body></html>`;

it('finds a whole event inside a JSON-LD block that is broken around it', () => {
  const out = okOutcome(parseJsonLdPage(broken, ctx('https://courses.example/demo-day', 'Europe/London')));
  expect(out.events.map(view)).toEqual([
    expect.objectContaining({
      title: 'Demo Day: meet our graduates',
      start: '2026-11-25T13:00:00.000Z',
      venueName: 'Harbour Works',
      locationText: expect.stringContaining('12 Quay St, Glasgow G1 5AB'),
    }),
  ]);
});

it('still says so when nothing whole can be found', () => {
  const out = parseJsonLdPage('<script type="application/ld+json">{"@type": "Event", "name": </script>', ctx('https://x.example/e'));
  expect(out).toMatchObject({ ok: false, reason: expect.stringMatching(/not valid JSON/) });
});
