import { describe, expect, it } from 'vitest';
import { calendar, previewed, vevent } from './test-sites.js';

// Sweep t18: a scouting site's export (UTC times, no zone, no state in its addresses) put "…, Manor, 78653" in
// Manor, India, 14,367 km from the Austin channel; the feed's home then moved to India, taking its other events along.
const NOW = new Date('2025-10-01T00:00:00Z');
const at = (day: string) => `DTSTART:202511${day}T160000Z`;

describe('ingest: a US address ending in a ZIP and no state', () => {
  const events = [
    vevent('rocket', at('08'), 'Rocket Day', 'County Expo Hall\\, 7311 Sample Ln\\, Manor\\, 78653'),
    vevent('fair', at('09'), 'Craft Fair', 'Sample Park\\, 100 Example Rd\\, Manor\\, 78653-0001'),
    vevent('den', at('10'), 'Den Meeting', 'Grace Example Church'),
  ];
  const row = previewed(
    { url: 'https://pack.example/cal.ics', body: calendar(['X-WR-CALNAME:Pack 0000 (Family)'], events), type: 'text/calendar' },
    'Austin, Texas, USA',
    50,
    NOW,
  );

  it.each(['Rocket Day', 'Craft Fair'])('places "%s" in Manor, Texas (its ZIP’s state), and posts it', (title) => {
    expect(row(title)).toMatchObject({ verdict: 'post', locality: 'Manor', country: 'US', timezone: 'America/Chicago' });
    expect(row(title).distanceKm).toBeLessThan(30);
  });

  it('keeps the feed at home in the channel’s region: a venue named alone is posted there', () => {
    expect(row('Den Meeting')).toMatchObject({ verdict: 'post', placedBy: 'home-area', country: 'US', timezone: 'America/Chicago' });
  });
});

describe('ingest: one address on another continent among a feed’s events (a namesake read wrong)', () => {
  const events = [
    vevent('fair', at('09'), 'Craft Fair', 'County Expo Hall\\, 7311 Sample Ln\\, Manor'),
    vevent('den', at('10'), 'Den Meeting', 'Grace Example Church'),
  ];
  const row = previewed(
    { url: 'https://pack.example/plain.ics', body: calendar(['X-WR-CALNAME:Pack 0000 (Family)'], events), type: 'text/calendar' },
    'Austin, Texas, USA',
    50,
    NOW,
  );

  it('does not move the feed’s home there: its venue named alone stays in the channel’s region, and the town is the one near it', () => {
    expect(row('Den Meeting')).toMatchObject({ verdict: 'post', placedBy: 'home-area', country: 'US' });
    expect(row('Craft Fair')).toMatchObject({ verdict: 'post', locality: 'Manor', country: 'US' });
  });
});

describe('ingest: a French postcode written after the town, in a feed followed near Paris, Texas', () => {
  const events = [vevent('bal', at('08'), 'Bal folk', 'Salle Exemple\\, Paris\\, 75011')];
  const row = previewed(
    { url: 'https://bal.example/cal.ics', body: calendar(['X-WR-TIMEZONE:Europe/Paris'], events), type: 'text/calendar' },
    'Dallas, Texas, USA',
    200,
    NOW,
  );

  it('is still in Paris, France', () => {
    expect(row('Bal folk')).toMatchObject({ verdict: 'skip', reason: 'outside-region', locality: 'Paris', country: 'FR' });
  });
});
