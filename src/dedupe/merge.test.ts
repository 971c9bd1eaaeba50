import { describe, expect, it } from 'vitest';
import type { NormalisedEvent } from '../core/event.js';
import { contentHash } from '../core/hash.js';
import { distanceMetres } from './geo.js';
import { diffEvent, mergeForUpdate, type ChangeKind } from './merge.js';
import { CODEBASE, incoming, KM5_NORTH, M150_EAST, minutes, stored } from './test-events.js';

describe('diffEvent', () => {
  it.each<[string, Partial<NormalisedEvent>, ChangeKind[], boolean]>([
    ['nothing changed', {}, [], false],
    ['start moved', { start: minutes(30) }, ['time'], true],
    // An end stated for the first time changes nothing a reader saw (another source knew it).
    ['end added', { end: minutes(180) }, ['details'], false],
    ['became all-day', { allDay: true }, ['time'], true],
    ['venue renamed', { venue: 'CodeBase Hall 2' }, ['venue'], true],
    ['address changed', { address: 'CodeBase, 37a Castle Terrace, Edinburgh' }, ['venue'], true],
    ['address written another way (venue name in front dropped)', { address: '38 Castle Terrace, Edinburgh' }, ['details'], false],
    ['address written another way (country added)', { address: 'CodeBase (38 Castle Terrace, Edinburgh, GB)' }, ['details'], false],
    ['venue name in other case and punctuation', { venue: 'Codebase.' }, ['details'], false],
    ['moved 5 km', { ...KM5_NORTH }, ['venue'], true],
    ['coordinates refined by 150 m… still more than 100 m', { ...M150_EAST }, ['venue'], true],
    ['coordinates refined by 20 m (details only)', { lat: CODEBASE.lat + 20 / 111_200 }, ['details'], false],
    ['cancelled', { status: 'cancelled' }, ['status'], true],
    ['title edited', { title: 'Birmingham JS: March meetup (with pizza)' }, ['title'], false],
    // Two sources of one event writing its title differently: the post is not told "new title".
    ['title in other case and punctuation', { title: 'Birmingham JS - march meetup' }, ['details'], false],
    ['now hybrid', { attendance: 'hybrid' }, ['details'], false],
    ['cancelled and retitled', { status: 'cancelled', title: 'CANCELLED: Birmingham JS: March meetup' }, ['status', 'title'], true],
    ['only the description changed (not in the hash)', { description: 'Now with pizza' }, [], false],
  ])('%s → %o, notable %s', (_name, change, changed, notable) => {
    expect(diffEvent(stored(), incoming(change))).toEqual({ changed, notable });
  });

  it('a source that omits the venue does not report "venue changed"', () => {
    const sparse = incoming({ venue: null, address: null, lat: null, lon: null, attendance: 'unknown' });
    expect(diffEvent(stored(), sparse)).toEqual({ changed: [], notable: false });
  });

  it('a copy with a placeholder title ("Group|To be announced") keeps the title another source gave', () => {
    const named = stored({ title: 'Brum JS|Testing in anger' });
    expect(mergeForUpdate(named, incoming({ title: 'Brum JS|To be announced' })).title).toBe('Brum JS|Testing in anger');
    expect(diffEvent(named, incoming({ title: 'Brum JS|To be announced' }))).toEqual({ changed: [], notable: false });
    // …while a real title replaces a placeholder, and a real title another
    expect(mergeForUpdate(stored({ title: 'Brum JS|TBA' }), incoming({ title: 'Brum JS|Testing' })).title).toBe('Brum JS|Testing');
    expect(mergeForUpdate(named, incoming({ title: 'Brum JS|Ownership' })).title).toBe('Brum JS|Ownership');
  });

  it('a known end that moves is a time change', () => {
    expect(diffEvent(stored({ end: minutes(150) }), incoming({ end: minutes(180) }))).toEqual({ changed: ['time'], notable: true });
  });

  it('a source without an end time neither erases the known end nor reports a change', () => {
    const known = stored({ end: minutes(150) });
    expect(mergeForUpdate(known, incoming({ end: null })).end).toEqual(minutes(150));
    expect(diffEvent(known, incoming({ end: null }))).toEqual({ changed: [], notable: false });
    // A new start makes the old end meaningless.
    expect(mergeForUpdate(known, incoming({ start: minutes(60), end: null })).end).toBeNull();
    expect(diffEvent(known, incoming({ start: minutes(60), end: null })).changed).toEqual(['time']);
  });

  it('an event that moved online reports the venue change', () => {
    const online = incoming({ attendance: 'online', venue: null, address: null, lat: null, lon: null });
    expect(diffEvent(stored(), online)).toEqual({ changed: ['venue', 'details'], notable: true });
  });
});

describe('mergeForUpdate', () => {
  it('keeps known place, URL and organiser when the incoming copy lacks them', () => {
    const old = stored({ url: 'https://www.meetup.com/x/events/1/', organiser: 'BirminghamJS', locality: 'Edinburgh', country: 'GB' });
    const sparse = incoming({
      url: null,
      organiser: null,
      venue: null,
      address: null,
      lat: null,
      lon: null,
      locality: null,
      country: null,
    });
    expect(mergeForUpdate(old, sparse)).toMatchObject({
      url: 'https://www.meetup.com/x/events/1/',
      organiser: 'BirminghamJS',
      venue: 'CodeBase',
      address: 'CodeBase, 38 Castle Terrace, Edinburgh',
      ...CODEBASE,
      locality: 'Edinburgh',
      country: 'GB',
    });
  });

  it('takes the incoming values when it has them, and its times, title and status', () => {
    const change = {
      venue: 'Skyscanner',
      address: '155 St Vincent St, Glasgow',
      lat: 55.8628,
      lon: -4.2627,
      start: minutes(60),
      title: 'New title',
      status: 'postponed' as const,
    };
    expect(mergeForUpdate(stored(), incoming(change))).toMatchObject(change);
  });

  it('keeps the longer description', () => {
    const long = 'Talks: 1) Signals 2) Bundlers. Pizza from 18:00.';
    expect(mergeForUpdate(stored({ description: long }), incoming({ description: 'Talks.' })).description).toBe(long);
    expect(mergeForUpdate(stored({ description: 'Talks.' }), incoming({ description: long })).description).toBe(long);
  });

  it.each([
    ['unknown does not erase a known mode', 'in_person', 'unknown', 'in_person'],
    ['a specific value replaces unknown', 'unknown', 'hybrid', 'hybrid'],
    ['a specific value replaces another', 'in_person', 'hybrid', 'hybrid'],
  ] as const)('attendance: %s', (_n, before, after, expected) => {
    expect(mergeForUpdate(stored({ attendance: before }), incoming({ attendance: after })).attendance).toBe(expected);
  });

  it('does not carry the old venue over when the event moved online', () => {
    const merged = mergeForUpdate(stored(), incoming({ attendance: 'online', venue: null, address: null, lat: null, lon: null }));
    expect(merged).toMatchObject({ attendance: 'online', venue: null, address: null, lat: null, lon: null });
  });

  it('recomputes the content hash for the merged fields', () => {
    const merged = mergeForUpdate(stored(), incoming({ venue: null }));
    expect(merged.venue).toBe('CodeBase');
    expect(merged.contentHash).toBe(contentHash(merged));
    expect(merged.contentHash).toBe(stored().contentHash);
  });
});

describe('distanceMetres', () => {
  it('measures the test points as intended', () => {
    expect(Math.round(distanceMetres(CODEBASE.lat, CODEBASE.lon, M150_EAST.lat, M150_EAST.lon))).toBeGreaterThanOrEqual(145);
    expect(Math.round(distanceMetres(CODEBASE.lat, CODEBASE.lon, M150_EAST.lat, M150_EAST.lon))).toBeLessThanOrEqual(155);
    expect(Math.round(distanceMetres(CODEBASE.lat, CODEBASE.lon, KM5_NORTH.lat, KM5_NORTH.lon) / 100)).toBe(50);
    // Edinburgh → Glasgow, about 67 km
    expect(Math.round(distanceMetres(55.9533, -3.1883, 55.8642, -4.2518) / 1000)).toBe(67);
  });
});
