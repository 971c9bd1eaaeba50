import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../core/ports.js';
import type { GuildEventSyncRecord } from '../core/sync.js';
import { actionFor, specFor, specHash } from './events-sync.js';
import { changeLines, threadName } from './threads.js';

const event = (over: Partial<StoredEvent> = {}): StoredEvent => ({
  id: 1,
  version: 1,
  lastChange: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  url: 'https://events.example.org/1',
  title: 'Talk night',
  description: 'Talks and a pint.',
  start: new Date('2030-03-14T18:30:00Z'),
  end: null,
  timezone: 'Europe/London',
  allDay: false,
  venue: 'The Victoria',
  address: '48 John Bright St, Birmingham',
  lat: 52.47,
  lon: -1.9,
  locality: 'Birmingham',
  country: 'GB',
  attendance: 'in_person',
  status: 'scheduled',
  organiser: null,
  contentHash: 'x',
  ...over,
});
const row = (over: Partial<GuildEventSyncRecord> = {}): GuildEventSyncRecord => ({
  id: 1,
  workspaceId: 'G',
  eventId: 1,
  externalId: 'X',
  state: 'active',
  hash: 'h',
  interested: null,
  lastError: null,
  ...over,
});

describe('specFor: what the Events tab gets', () => {
  it('GIVEN no end THEN start + 2 h; location from venue and address; link last in the description', () => {
    const spec = specFor(event());
    expect(spec.end.toISOString()).toBe('2030-03-14T20:30:00.000Z');
    expect(spec.location).toBe('The Victoria, 48 John Bright St, Birmingham');
    expect(spec.description).toBe('Talks and a pint.\n\nhttps://events.example.org/1');
  });

  it('GIVEN long text THEN name ≤ 100, description ≤ 1000 keeping the link, location ≤ 100', () => {
    const spec = specFor(event({ title: 'T'.repeat(150), description: 'D'.repeat(2000), venue: 'V'.repeat(150), address: null }));
    expect(spec.name).toHaveLength(100);
    expect(spec.description.length).toBeLessThanOrEqual(1000);
    expect(spec.description.endsWith('https://events.example.org/1')).toBe(true);
    expect(spec.location).toHaveLength(100);
  });

  it('GIVEN no place at all THEN a location Discord accepts', () => {
    expect(specFor(event({ venue: null, address: null, locality: null })).location).toBe('See the event page');
  });
});

describe('actionFor: one change per event', () => {
  const hash = specHash(specFor(event()));
  it.each([
    ['new and kept', event(), null, true, 'create'],
    ['kept, unchanged', event(), row({ hash }), true, null],
    ['kept, changed', event(), row({ hash: 'old' }), true, 'update'],
    ['removed for room, kept again', event(), row({ state: 'removed', externalId: null, hash: null }), true, 'create'],
    ['not kept, on Discord', event(), row({ hash }), false, 'remove'],
    ['not kept, not on Discord', event(), null, false, null],
    ['cancelled, on Discord', event({ status: 'cancelled' }), row({ hash }), true, 'cancel'],
    ['cancelled already', event({ status: 'cancelled' }), row({ state: 'cancelled' }), true, null],
    ['failed for this version', event(), row({ state: 'failed', externalId: null, hash }), true, null],
    ['failed for an older version', event(), row({ state: 'failed', externalId: null, hash: 'old' }), true, 'create'],
  ] as const)('GIVEN %s THEN %s', (_name, e, r, kept, expected) => {
    expect(actionFor(e, r, kept, hash)).toBe(expected);
  });
});

describe('thread texts', () => {
  it('GIVEN a title-only change THEN nothing for the thread; time and venue are told', () => {
    expect(changeLines(event({ lastChange: 'title' }))).toBeNull();
    const lines = changeLines(event({ lastChange: 'time,venue' }))!;
    expect(lines).toHaveLength(3);
    expect(changeLines(event({ status: 'postponed', lastChange: 'status' }))![0]).toContain(' has been postponed.');
    expect(threadName(event({ title: 'x'.repeat(200) }))).toHaveLength(100);
  });
});
