import { describe, expect, it } from 'vitest';
import type { NormalisedEvent } from '../core/event.js';
import { fuzzyKey, fuzzyKeysAround, isSingleEventUrl, matchEvent, titlesMatch } from './index.js';
import { incoming, KM5_NORTH, M150_EAST, minutes, START, stored } from './test-events.js';

describe('matchEvent: the ambiguous cases, both ways', () => {
  it.each<[string, Partial<NormalisedEvent>, Partial<NormalisedEvent>, boolean]>([
    ['same title, same time, same place', {}, {}, true],
    ['same title 20 minutes apart → different', {}, { start: minutes(20) }, false],
    ['same title 15 minutes apart → same', {}, { start: minutes(15) }, true],
    ['same title, same time, 5 km apart → different', {}, { ...KM5_NORTH }, false],
    ['same title, same time, 150 m apart → same', {}, { ...M150_EAST }, true],
    ['"Birmingham JS: March meetup" vs "BirminghamJS March Meetup" → same', {}, { title: 'BirminghamJS March Meetup' }, true],
    ['two different talks, same venue, same time → different', { title: 'Intro to Rust' }, { title: 'Advanced Rust workshop' }, false],
    [
      '"Python Glasgow: Talks Night" vs "Python Glasgow: Workshop Night" → different',
      { title: 'Python Glasgow: Talks Night' },
      { title: 'Python Glasgow: Workshop Night' },
      false,
    ],
    [
      'same event, one copy cancelled → same (a status change)',
      {},
      { status: 'cancelled', title: 'CANCELLED: Birmingham JS: March meetup' },
      true,
    ],
    [
      'different cities → different',
      { lat: null, lon: null },
      { lat: null, lon: null, locality: 'Glasgow', address: 'CodeBase, Glasgow' },
      false,
    ],
    ['different countries → different', {}, { country: 'IE' }, false],
    [
      'both online, coordinates far apart (group home points) → same',
      { attendance: 'online', ...KM5_NORTH },
      { attendance: 'online' },
      true,
    ],
    ['one online, the other in person → different', { attendance: 'online' }, {}, false],
    [
      'no coordinates, same venue written differently → same',
      { lat: null, lon: null, venue: 'Silicon Walk', address: null },
      { lat: null, lon: null, venue: null, address: 'Silicon Walk (25 Greenside Place, Edinburgh)' },
      true,
    ],
    [
      'no coordinates, different venues → different',
      { lat: null, lon: null, venue: 'Silicon Walk', address: null },
      { lat: null, lon: null, venue: 'Skyscanner', address: '155 St Vincent St' },
      false,
    ],
    ['one side states no place at all → same', { lat: null, lon: null, venue: null, address: null }, {}, true],
    // a copy listed before its topic was set ("Group|To Be Announced") is the talk another copy names
    ['"Group|TBA" and "Group|<talk>", same time and place → same', { title: 'Brum JS|TBA' }, { title: 'Brum JS|Testing in anger' }, true],
    ['"To be announced" and a talk, same time and place → same', { title: 'To be announced' }, { title: 'Testing in anger' }, true],
    [
      '"Group|TBA" and the talk, 5 km apart → different',
      { title: 'Brum JS|TBA' },
      { title: 'Brum JS|Testing in anger', ...KM5_NORTH },
      false,
    ],
    [
      '"Group|TBA" and the talk, 20 minutes apart → different',
      { title: 'Brum JS|TBA' },
      { title: 'Brum JS|Testing', start: minutes(20) },
      false,
    ],
    ['"Group|TBA" and another group\'s talk → different', { title: 'Brum JS|TBA' }, { title: 'Brum Rust|Ownership' }, false],
    [
      '"TBA" naming no place and a talk → different (it could be any event of that hour)',
      { title: 'TBA', lat: null, lon: null, venue: null, address: null },
      { title: 'Testing in anger' },
      false,
    ],
    // sweep t25: a Madrid community calendar titles every entry "<group> - Evento"; two Meetup events of one hour were shown once
    [
      'same title and time, two different Meetup event pages → different',
      { url: 'https://www.meetup.com/brum-js/events/ztppwsyfchbpc/' },
      { url: 'https://www.meetup.com/brum-js/events/293711488/' },
      false,
    ],
    [
      'same title and time, a Meetup event page and an Eventbrite one → same (listed on both)',
      { url: 'https://www.meetup.com/brum-js/events/293711488/' },
      { url: 'https://www.eventbrite.co.uk/e/brum-js-march-meetup-123456789' },
      true,
    ],
  ])('%s', (_name, inc, cand, same) => {
    const match = matchEvent(incoming(inc), [stored(cand)]);
    expect(match?.id ?? null).toBe(same ? 1 : null);
  });
});

describe('matchEvent: URLs', () => {
  const meetup = 'https://www.meetup.com/pyberlin/events/274167788/';

  it('the same single-event URL matches even after the time, venue and title changed', () => {
    const moved = stored({ url: meetup, title: 'PyBerlin 22', start: minutes(24 * 60), ...KM5_NORTH });
    expect(matchEvent(incoming({ url: meetup }), [moved])?.id).toBe(1);
  });

  it('a shared calendar URL (Discourse /c/machbar/calendar) does not merge different events', () => {
    const url = 'https://forum.example.org/c/machbar/calendar';
    const openLab = stored({ url, title: '2019-01-17 openLab', venue: null, address: null, lat: null, lon: null });
    const workshop = incoming({
      url,
      title: 'Hanf als nachhaltiges Material -- Workshop in der Machbar',
      venue: null,
      address: null,
      lat: null,
      lon: null,
    });
    expect(matchEvent(workshop, [openLab])).toBeNull();
  });

  // A listing page's Events with no url of their own all link to the listing (sources/jsonld/listing.ts).
  it('a listing page shared by two events at one time and place does not merge them', () => {
    const url = 'https://park.example/de/veranstaltungen';
    expect(isSingleEventUrl(url)).toBe(false);
    expect(matchEvent(incoming({ url, title: 'Park Run Festival' }), [stored({ url, title: 'Random Play Dance' })])).toBeNull();
    expect(matchEvent(incoming({ url, title: 'Park Run Festival' }), [stored({ url, title: 'Park Run Festival' })])?.id).toBe(1);
  });

  it('a shared series URL does not merge occurrences a day apart', () => {
    const url = 'https://example.org/events/repair-cafe';
    expect(matchEvent(incoming({ url }), [stored({ url, start: minutes(24 * 60) })])).toBeNull();
  });

  it('the same non-event URL and title match within 12 hours (a re-timed event) regardless of venue', () => {
    const url = 'https://example.org/events/repair-cafe';
    expect(matchEvent(incoming({ url }), [stored({ url, start: minutes(120), ...KM5_NORTH })])?.id).toBe(1);
  });

  it('prefers the URL match over a closer fuzzy match, then the closest in time', () => {
    const fuzzyExact = stored({}, 1);
    const byUrl = stored({ url: meetup, title: 'Other', start: minutes(300) }, 2);
    expect(matchEvent(incoming({ url: meetup }), [fuzzyExact, byUrl])?.id).toBe(2);
    const later = stored({ start: minutes(10) }, 3);
    const nearer = stored({ start: minutes(-2) }, 4);
    expect(matchEvent(incoming(), [later, nearer])?.id).toBe(4);
  });

  it.each([
    [meetup, true],
    ['https://www.eventbrite.co.uk/e/python-night-tickets-123456789012', true],
    ['https://luma.com/event/evt-snn9tsP3UImvJhD', true],
    ['https://www.meetup.com/pyberlin/', false],
    ['https://casscot13.eventbrite.co.uk/', false],
    ['https://forum.example.org/c/machbar/calendar', false],
    [null, false],
  ])('isSingleEventUrl(%s) = %s', (url, single) => {
    expect(isSingleEventUrl(url)).toBe(single);
  });
});

describe('matchEvent: a place set for a feed', () => {
  const url = 'https://pub.example/whats-on/quiz';
  const nowhere = { venue: null, address: null, lat: null, lon: null, locality: null, country: null, attendance: 'unknown' as const };
  const atSetPlace = { venue: 'CodeBase', placedBy: 'set' as const };

  it.each<[string, Partial<NormalisedEvent>, Partial<NormalisedEvent>, boolean]>([
    ['set-placed report, stored one naming no place (same URL) → different', atSetPlace, nowhere, false],
    ['report naming no place, stored set-placed one → different', nowhere, atSetPlace, false],
    ['set-placed report, stored one with its own place → same', atSetPlace, {}, true],
    ['two set-placed reports at one place → same', atSetPlace, atSetPlace, true],
    ['two reports naming no place → same', nowhere, nowhere, true],
  ])('%s', (_name, a, b, same) => {
    expect(matchEvent(incoming({ url, ...a }), [stored({ url, ...b })]) !== null).toBe(same);
  });
});

describe('titles and keys', () => {
  it.each([
    ['Birmingham JS: March meetup', 'BirminghamJS March Meetup', true],
    ['The PyBerlin 22 - 🍁 Autumn event 🍁', 'PyBerlin 22 – Autumn', true],
    ['Café Numérique', 'Cafe Numerique', true],
    ['BirminghamJS March 2024', 'Birmingham JS March', true],
    ['Rust', 'Rust Workshop', false],
    ['Intro to Rust', 'Advanced Rust workshop', false],
    // different numbers, different events; matches between different sides are different matches
    ['Rust Delhi Meetup #5', 'Rust Delhi Meetup #6', false],
    ['VC Müllheim vs. VC Weil 3, 27.11.22', 'VC Müllheim vs. VC Weil 4, 27.11.22', false],
    ['VC Müllheim vs. VC Weil 2, 16.10.22', 'VC Müllheim vs. VC Müllheim 2, 16.10.22', false],
    ['Arsenal vs Chelsea', 'ARSENAL vs. Chelsea!', true],
  ])('titlesMatch(%j, %j) = %s', (a, b, same) => {
    expect(titlesMatch(a, b)).toBe(same);
  });

  it('fuzzyKey: the normalised title and the UTC day', () => {
    expect(fuzzyKey({ title: 'Birmingham JS: March meetup', start: START })).toBe('birminghamjsmarch|2024-03-14');
    expect(fuzzyKey({ title: 'BirminghamJS March Meetup', start: START })).toBe('birminghamjsmarch|2024-03-14');
  });

  it.each([
    ['18:30', '2024-03-14T18:30:00Z', ['x|2024-03-14']],
    ['23:50 also looks at the next day', '2024-03-14T23:50:00Z', ['x|2024-03-14', 'x|2024-03-15']],
    ['00:10 also looks at the day before', '2024-03-15T00:10:00Z', ['x|2024-03-15', 'x|2024-03-14']],
    ['00:20 does not', '2024-03-15T00:20:00Z', ['x|2024-03-15']],
  ])('fuzzyKeysAround at %s', (_n, iso, keys) => {
    expect(fuzzyKeysAround({ title: 'X', start: new Date(iso) })).toEqual(keys);
  });

  it('events 10 minutes apart across midnight share a key', () => {
    const a = { title: 'Late hack', start: new Date('2024-03-14T23:55:00Z') };
    const b = { title: 'Late hack', start: new Date('2024-03-15T00:05:00Z') };
    expect(fuzzyKeysAround(a)).toContain(fuzzyKey(b));
    expect(fuzzyKeysAround(b)).toContain(fuzzyKey(a));
  });
});
