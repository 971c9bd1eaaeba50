/**
 * Test support for the place stage (used by *.test.ts files; not part of the
 * service): one way to write an event's clues, a feed's context and the
 * expected placement, so each lesson — synthetic or from a real capture — is
 * one table row.
 */
import { expect } from 'vitest';
import type { EventPlacement, HomeArea } from '../core/placement.js';
import type { AddressHints } from './address.js';
import { placeEvent, type FeedPlaceContext, type PlaceClues, type PlaceOptions } from './event.js';

/** An event's place clues: none, except those given. */
export const clues = (over: Partial<PlaceClues> = {}): PlaceClues => ({
  venueName: null,
  locationText: null,
  lat: null,
  lon: null,
  locality: null,
  region: null,
  country: null,
  postalCode: null,
  ...over,
});

/** A feed that says nothing of where it is, except what is given. */
export const feedContext = (over: Partial<FeedPlaceContext> = {}): FeedPlaceContext => ({
  home: null,
  feedTimezone: null,
  venues: new Map(),
  ...over,
});

/** placeAddress hints that say nothing. */
export const noHints: Required<AddressHints> = { country: null, locality: null, postalCode: null, region: null };

/** An in-person event whose clues came from the feed itself. */
export const inPerson: PlaceOptions = { fromPage: false, mayBeInPerson: true };

export const PORTLAND: HomeArea = {
  lat: 45.52,
  lon: -122.68,
  label: 'Portland, Oregon, US',
  country: 'US',
  timezone: 'America/Los_Angeles',
  basis: 'events',
};

export const BIRMINGHAM: HomeArea = {
  lat: 52.48,
  lon: -1.9,
  label: 'Birmingham, England, GB',
  country: 'GB',
  timezone: 'Europe/London',
  basis: 'calendar',
};

export const MUNICH: HomeArea = {
  lat: 48.137,
  lon: 11.575,
  label: 'Munich, Bavaria, DE',
  country: 'DE',
  timezone: 'Europe/Berlin',
  basis: 'region',
};

/** A placement by a full address, for a feed's remembered venues. */
export const placedAt = (lat: number, lon: number, locality: string, country: string, timezone: string): EventPlacement => ({
  lat,
  lon,
  locality,
  country,
  timezone,
  placedBy: 'address',
});

/** One row: the event's clues, the feed's context, how it may be attended, and what a reader expects. */
export interface PlaceCase {
  clues: Partial<PlaceClues>;
  feed?: Partial<FeedPlaceContext>;
  opts?: Partial<PlaceOptions>;
  expected: Partial<EventPlacement>;
}

/** Places the row's event and checks it against what a reader expects; returns the placement for further checks. */
export function expectPlacement(row: PlaceCase): EventPlacement {
  const placed = placeEvent(clues(row.clues), feedContext(row.feed), { ...inPerson, ...row.opts });
  expect(placed).toMatchObject(row.expected);
  return placed;
}
