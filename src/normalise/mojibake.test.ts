import { describe, expect, it } from 'vitest';
import { emptyParsedEvent } from '../sources/types.js';
import { repairMojibake, withoutMojibake } from './mojibake.js';

describe('repairMojibake: UTF-8 that was read as Latin-1', () => {
  it.each([
    ['Heden - Nr 3 KonstgrÃ¤s', 'Heden - Nr 3 Konstgräs'],
    ['CafÃ© Central, MÃ¼nchen', 'Café Central, München'],
    ['Konstgräs', 'Konstgräs'], // already right
    ['Ãrhus', 'Ãrhus'], // a capital A with tilde before a letter is no UTF-8 sequence
    ['PreÃ§o: 5 €', 'PreÃ§o: 5 €'], // not all Latin-1: left as written
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(repairMojibake(text)).toBe(expected);
  });

  it('repairs an event’s words, and returns the event itself when there is nothing to repair', () => {
    const broken = emptyParsedEvent({
      uid: 'u',
      title: 'Fotboll: KonstgrÃ¤s',
      start: new Date(0),
      locationText: 'Heden - Nr 3 KonstgrÃ¤s',
    });
    expect(withoutMojibake(broken)).toMatchObject({ title: 'Fotboll: Konstgräs', locationText: 'Heden - Nr 3 Konstgräs' });
    const fine = emptyParsedEvent({ uid: 'u', title: 'Fotboll', start: new Date(0) });
    expect(withoutMojibake(fine)).toBe(fine);
  });
});
