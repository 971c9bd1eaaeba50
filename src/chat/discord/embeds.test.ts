import { describe, expect, it } from 'vitest';
import type { DigestPage, EventCard } from '../../core/chat.js';
import { digestNumbers, renderDigest, renderEventCard, when } from './embeds.js';
import { eventCard } from '../../../test/helpers/event-card.js';

const START = new Date('2025-12-04T18:30:00Z'); // Thu 4 Dec 18:30 in London (GMT)
const S = START.getTime() / 1000;

const card = (over: Partial<EventCard> = {}): EventCard =>
  eventCard({
    eventId: 42,
    url: 'https://brumjs.test/events/dec',
    start: START,
    end: new Date('2025-12-04T21:00:00Z'),
    address: '48 John Bright St, Birmingham B1 1BN',
    mapUrl: 'https://www.openstreetmap.org/?mlat=52.4776&mlon=-1.9008#map=17/52.4776/-1.9008',
    organiser: 'Brum.js',
    source: 'meetup.com',
    counts: { going: 3, maybe: 1 },
    ...over,
  });

const embedOf = (c: EventCard) => renderEventCard(c).embeds[0]!;

describe('event card embed', () => {
  it('shows title linked to the event, local time for every reader, venue with map link, organiser, counts and how to RSVP', () => {
    const e = embedOf(card());
    expect(e.title).toBe('Brum.js December');
    expect(e.url).toBe('https://brumjs.test/events/dec');
    const lines = e.description!.split('\n');
    expect(lines[0]).toBe(`🗓️ <t:${S}:F> – <t:${S + 9000}:t> · <t:${S}:R>`);
    expect(lines[1]).toBe(
      '📍 [The Victoria, 48 John Bright St, Birmingham B1 1BN](https://www.openstreetmap.org/?mlat=52.4776&mlon=-1.9008#map=17/52.4776/-1.9008)',
    );
    expect(lines).toContain('👤 Brum.js');
    expect(lines.at(-1)).toBe('✅ 3 going · 🤔 1 maybe');
    expect(e.footer?.text).toBe('React ✅ going · 🤔 maybe · via meetup.com');
  });

  it('is sent with no mentions allowed', () => {
    expect(renderEventCard(card()).allowedMentions).toEqual({ parse: [] });
  });

  it('a cancelled event says so at the top and in the title, without counts', () => {
    const e = embedOf(card({ status: 'cancelled', notice: 'Cancelled', counts: { going: 0, maybe: 0 } }));
    expect(e.title).toBe('❌ Cancelled: Brum.js December');
    expect(e.description!.split('\n')[0]).toBe('❌ **Cancelled**');
    expect(e.description).not.toContain('going');
    expect(e.footer?.text).toContain('cancelled');
  });

  it('a changed event shows what changed first', () => {
    const e = embedOf(card({ notice: 'Updated: new time' }));
    expect(e.description!.split('\n')[0]).toBe('🔄 **Updated: new time**');
    expect(e.title).toBe('Brum.js December');
  });

  it('a postponed event is marked', () => {
    expect(embedOf(card({ status: 'postponed', notice: 'Postponed' })).description!.split('\n')[0]).toBe('⏸️ **Postponed**');
  });

  it('feed text cannot ping, link or format: title, venue, organiser and notice are escaped', () => {
    const e = embedOf(
      card({
        title: '@everyone **FREE** [win](https://evil.test)',
        venue: '<@&123> HQ',
        address: null,
        organiser: '@here',
        notice: 'Updated: <#1>',
      }),
    );
    const text = `${e.title}\n${e.description}`;
    expect(text).not.toMatch(/@(everyone|here)/);
    expect(text).not.toMatch(/<[@#]/);
    expect(e.title).toBe('@\u200Beveryone \\*\\*FREE\\*\\* \\[win\\](https://evil.test)');
    expect(e.description).toContain('📍 [<\u200B@&123> HQ](https://www.openstreetmap.org/');
  });

  it('a title longer than 256 characters is shortened with …', () => {
    const e = embedOf(card({ title: 'x'.repeat(400) }));
    expect(e.title!.length).toBeLessThanOrEqual(256);
    expect(e.title!.endsWith('…')).toBe(true);
  });

  it('an event url that is not http(s) is left out rather than failing the post', () => {
    expect(embedOf(card({ url: 'javascript:alert(1)' })).url).toBeUndefined();
    expect(embedOf(card({ url: null })).url).toBeUndefined();
  });

  it('venue without map link is plain escaped text; address repeating the venue is shown once', () => {
    expect(embedOf(card({ mapUrl: null, address: null, venue: 'Online_Only' })).description).toContain('📍 Online\\_Only');
    expect(embedOf(card({ address: 'The Victoria, 48 John Bright St' })).description).toContain('[The Victoria, 48 John Bright St](');
  });

  it('online and hybrid events say so', () => {
    expect(embedOf(card({ attendance: 'hybrid' })).description).toContain('💻 Also online (hybrid)');
  });
});

describe('when', () => {
  it.each([
    [
      'timed, same day',
      { start: START, end: new Date('2025-12-04T21:00:00Z'), allDay: false },
      `<t:${S}:F> – <t:${S + 9000}:t> · <t:${S}:R>`,
    ],
    [
      'timed, ends next day',
      { start: START, end: new Date('2025-12-05T02:00:00Z'), allDay: false },
      `<t:${S}:F> – <t:${S + 27000}:F> · <t:${S}:R>`,
    ],
    ['timed, no end', { start: START, end: null, allDay: false }, `<t:${S}:F> · <t:${S}:R>`],
    // All-day 6 Dec (end exclusive 7 Dec): one date, at noon London = 12:00 UTC in December.
    [
      'all day, one day',
      { start: new Date('2025-12-06T00:00:00Z'), end: new Date('2025-12-07T00:00:00Z'), allDay: true },
      `<t:${Date.UTC(2025, 11, 6, 12) / 1000}:D> (all day)`,
    ],
    [
      'all day, three days',
      { start: new Date('2025-12-06T00:00:00Z'), end: new Date('2025-12-09T00:00:00Z'), allDay: true },
      `<t:${Date.UTC(2025, 11, 6, 12) / 1000}:D> – <t:${Date.UTC(2025, 11, 8, 12) / 1000}:D> (all day)`,
    ],
  ])('%s', (_name, times, expected) => {
    expect(when({ ...times, timezone: 'Europe/London' })).toBe(expected);
  });
});

describe('digest', () => {
  const page = (over: Partial<DigestPage> = {}): DigestPage => ({
    heading: 'Events this week near Birmingham (1 Dec – 7 Dec)',
    part: 1,
    parts: 1,
    days: [
      {
        label: 'Thu 4 Dec',
        items: [
          { number: 1, card: card() },
          { number: 2, card: card({ title: 'Python *Brum*', url: null, venue: null }) },
        ],
      },
      { label: 'Sat 6 Dec', items: [{ number: 3, card: card({ title: 'Gone', status: 'cancelled', notice: 'Cancelled' }) }] },
    ],
    emptyNote: null,
    ...over,
  });

  it('groups by day and numbers each event with keycap emoji', () => {
    const e = renderDigest(page()).embeds[0]!;
    expect(e.title).toBe('Events this week near Birmingham (1 Dec – 7 Dec)');
    expect(e.description!.split('\n')).toEqual([
      '**Thu 4 Dec**',
      `1️⃣ [Brum.js December](https://brumjs.test/events/dec) · <t:${S}:t> · The Victoria`,
      `2️⃣ Python \\*Brum\\* · <t:${S}:t>`,
      '',
      '**Sat 6 Dec**',
      `3️⃣ ~~[Gone](https://brumjs.test/events/dec)~~ ❌ cancelled · <t:${S}:t> · The Victoria`,
    ]);
    expect(e.footer?.text).toBe("React 1️⃣–3️⃣ to say you're going");
    expect(digestNumbers(page())).toEqual([1, 2, 3]);
  });

  it('a multi-part digest says which part', () => {
    expect(renderDigest(page({ part: 2, parts: 3 })).embeds[0]!.title).toBe('Events this week near Birmingham (1 Dec – 7 Dec) (2/3)');
  });

  it('an empty week shows the note and no reaction hint', () => {
    const e = renderDigest(page({ days: [], emptyNote: 'No in-person events near Birmingham this week.' })).embeds[0]!;
    expect(e.description).toBe('No in-person events near Birmingham this week.');
    expect(e.footer).toBeUndefined();
  });

  it('numbers above 10 have no keycap and are shown as bold numbers', () => {
    const e = renderDigest(page({ days: [{ label: 'Mon', items: [{ number: 11, card: card() }] }] })).embeds[0]!;
    expect(e.description).toContain('**11.** [Brum.js December]');
    expect(e.footer).toBeUndefined();
  });

  it('stays within the 4096-character description limit', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ number: i + 1, card: card({ title: 'T'.repeat(120) }) }));
    const e = renderDigest(page({ days: [{ label: 'Mon', items }] })).embeds[0]!;
    expect(e.description!.length).toBeLessThanOrEqual(4096);
    expect(e.description!.endsWith('…')).toBe(true);
  });
});
