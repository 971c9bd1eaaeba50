import { describe, expect, it } from 'vitest';
import { zipHints } from './us-zip.js';

// Sweep t18: a scouting site's export writes "…, 7311 Decker Ln, Manor, 78653", no state; Manor, India was taken.
describe('a US ZIP ending an address with no state', () => {
  const none = { country: null, region: null };
  it.each([
    ['Expo Center, 7311 Decker Ln, Manor, 78653', 'US', none, { country: 'US', region: 'TX' }],
    ['Expo Center, Manor, 78653-1234', 'US', none, { country: 'US', region: 'TX' }],
    ['Hall, 12 Oak St, Springfield, 62701', 'US', none, { country: 'US', region: 'IL' }],
    ['Hall, 1 Calle Luna, Ponce, 00716', 'US', none, { country: 'PR' }],
    // not where the feed is not in the US, nor where the address says where it is itself
    ['Salle Voltaire, Paris, 75011', 'FR', none, null],
    ['Salle Voltaire, Paris, 75011', null, none, null],
    ['Expo Center, Manor, 78653', 'US', { country: 'IN', region: null }, null],
    ['Expo Center, Manor, 78653', 'US', { country: null, region: 'PA' }, null],
    // no ZIP of its own at the end
    ['Expo Center, 7311 Decker Ln, Manor', 'US', none, null],
    ['Expo Center, Manor TX 78653', 'US', none, null],
    ['Room 12345', 'US', none, null],
  ])('%s (feed in %s, stated %j) → %j', (text, country, stated, hints) => {
    const got = zipHints(text, country, stated);
    if (hints === null) expect(got).toBeNull();
    else expect(got).toMatchObject(hints);
  });
});
