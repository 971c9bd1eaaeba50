import { describe, expect, it } from 'vitest';
import { resolveFeedPlace } from './feed-place.js';

// Sweep t6: "--place "University Center"" near Saginaw was University Center, Virginia (the Michigan one is not in the
// gazetteer), and nothing said so; every event of the feed was then out of the region.
describe('resolveFeedPlace: a place far from the channel’s region', () => {
  const saginaw = { lat: 43.42, lon: -83.95 };
  const birmingham = { lat: 52.48, lon: -1.9 };

  it('says how far it is and what to add', () => {
    const r = resolveFeedPlace('University Center', saginaw);
    expect(r).toMatchObject({
      ok: true,
      value: {
        place: { town: 'University Center, Virginia, US' },
        far: 'University Center, Virginia, US is 730 km from your region — add the state or country if you meant another.',
      },
    });
  });

  it.each([
    ['The Lamp, Worcester', birmingham],
    ['Saginaw Valley Hall, Saginaw', saginaw],
    ['University Center', null],
  ])('says nothing of %s near the region, or with no region', (input, near) => {
    expect(resolveFeedPlace(input, near)).toMatchObject({ ok: true, value: { far: null } });
  });
});
