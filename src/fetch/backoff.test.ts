import { describe, expect, it } from 'vitest';
import { MAX_BACKOFF_MS, nextCheckAfterFailure, nextCheckAfterSuccess } from './backoff.js';

const now = new Date('2025-03-01T12:00:00Z');
const minutes = (d: Date) => (d.getTime() - now.getTime()) / 60_000;
const top = () => 1;
const bottom = () => 0;

describe('nextCheckAfterFailure', () => {
  it.each([
    [1, 15],
    [2, 30],
    [3, 60],
    [4, 120],
    [7, 960],
    [8, 1440],
    [50, 1440],
    [10_000, 1440],
  ])('failure %i waits up to %i minutes', (failures, expected) => {
    expect(minutes(nextCheckAfterFailure(failures, now, null, top))).toBe(expected);
  });

  it('jitter brings the wait down by at most a fifth', () => {
    expect(minutes(nextCheckAfterFailure(1, now, null, bottom))).toBe(12);
    expect(minutes(nextCheckAfterFailure(3, now, null, () => 0.5))).toBe(54);
  });

  it('never waits less than the server asked in Retry-After', () => {
    const retryAfter = new Date(now.getTime() + 3 * 60 * 60_000);
    expect(nextCheckAfterFailure(1, now, retryAfter, top)).toEqual(retryAfter);
  });

  it('keeps the backoff when Retry-After is sooner', () => {
    const retryAfter = new Date(now.getTime() + 60_000);
    expect(minutes(nextCheckAfterFailure(2, now, retryAfter, top))).toBe(30);
  });

  it('caps an absurd Retry-After at 7 days', () => {
    const retryAfter = new Date('2030-01-01T00:00:00Z');
    expect(minutes(nextCheckAfterFailure(1, now, retryAfter, top))).toBe(7 * 24 * 60);
  });

  it('treats a zero or negative failure count as the first failure', () => {
    expect(minutes(nextCheckAfterFailure(0, now, undefined, top))).toBe(15);
  });
});

describe('nextCheckAfterSuccess', () => {
  const hour = 60 * 60_000;

  it('uses the poll interval when the server gave no freshness', () => {
    expect(minutes(nextCheckAfterSuccess(now, hour, null, bottom))).toBe(60);
  });

  it('waits for Cache-Control freshness longer than the interval', () => {
    const fresh = new Date(now.getTime() + 3 * hour);
    expect(nextCheckAfterSuccess(now, hour, fresh, bottom)).toEqual(fresh);
  });

  it('ignores freshness shorter than the interval', () => {
    const fresh = new Date(now.getTime() + 60_000);
    expect(minutes(nextCheckAfterSuccess(now, hour, fresh, bottom))).toBe(60);
  });

  it('caps a year-long max-age at 24 hours', () => {
    const fresh = new Date(now.getTime() + 365 * 24 * hour);
    expect(nextCheckAfterSuccess(now, hour, fresh, bottom).getTime() - now.getTime()).toBe(MAX_BACKOFF_MS);
  });

  it('honours an interval longer than the cap', () => {
    expect(minutes(nextCheckAfterSuccess(now, 48 * hour, null, bottom))).toBe(48 * 60);
  });

  it('adds at most 5 % jitter, never checking earlier', () => {
    expect(minutes(nextCheckAfterSuccess(now, hour, null, top))).toBe(63);
  });
});
