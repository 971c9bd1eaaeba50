import { describe, expect, it } from 'vitest';
import { utcIsLocalClock, utcIsTrueUtc } from './false-utc.js';

describe('utcIsLocalClock: a time written in UTC that is really the local wall clock', () => {
  it.each<[string, string, string | null, string, boolean]>([
    ['the text states the UTC clock, not Berlin’s', '2026-11-19T19:00:00Z', 'Europe/Berlin', 'Beginn: 19:00 Uhr', true],
    ['an evening hour after 20:00', '2026-03-12T20:00:00Z', 'Europe/Paris', 'Le 12-03-2026, date de début 20:00', true],
    ['22h30 in French', '2026-03-12T22:30:00Z', 'Europe/Paris', 'Concert à 22h30', true],
    ['the text states the local clock', '2026-03-13T19:30:00Z', 'Europe/Paris', 'Le 13-03-2026 à 20h30', false],
    ['both clocks stated (doors and talk)', '2026-06-10T17:00:00Z', 'Europe/London', 'Doors 17:00, talk 18:00', false],
    ['the text names UTC itself', '2026-03-12T20:00:00Z', 'Europe/Paris', 'Starts 20:00 UTC', false],
    ['no zone to compare with', '2026-03-12T20:00:00Z', null, 'Starts 20:00', false],
    ['a date, not a clock', '2026-12-04T12:00:00Z', 'Europe/Paris', 'Le 4.12 à midi', false],
    ['7pm in an Auckland calendar with no zone', '2026-03-12T19:00:00Z', 'Pacific/Auckland', 'Meet at 7pm for a walk', true],
  ])('%s', (_name, start, zone, text, expected) => {
    expect(utcIsLocalClock(new Date(start), zone, text)).toBe(expected);
  });
});

describe('utcIsTrueUtc: a time written in UTC whose text states the local clock', () => {
  it.each<[string, string, string | null, string, boolean]>([
    ['6:30 pm in Ann Arbor beside 22:30Z', '2026-10-01T22:30:00Z', 'America/Detroit', 'Class runs 6:30 pm to 9 pm', true],
    ['the text states the UTC clock', '2026-03-12T20:00:00Z', 'Europe/Paris', 'Concert at 20:00', false],
    ['both clocks stated', '2026-06-10T17:00:00Z', 'Europe/London', 'Doors 17:00, talk 18:00', false],
    ['no clock stated', '2026-10-01T22:30:00Z', 'America/Detroit', 'A class about bread, 12 places', false],
    ['the text reckons in UTC', '2026-03-12T20:00:00Z', 'Europe/Paris', 'Starts 20:00 UTC', true],
    ['UTC is the local clock (London in winter)', '2026-01-10T19:00:00Z', 'Europe/London', 'From 7pm', false],
    ['no zone to compare with', '2026-10-01T22:30:00Z', null, 'At 6:30 pm', false],
  ])('%s', (_name, start, zone, text, expected) => {
    expect(utcIsTrueUtc(new Date(start), zone, text)).toBe(expected);
  });
});
