import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.js';
import { parseCommandText } from './text.js';

describe('parseCommandText (Slack and console typing)', () => {
  it.each([
    ['nearby', ['nearby'], {}],
    ['nearby 10km 14d', ['nearby'], { radius: '10', days: '14' }],
    ['nearby 14d 10km python meetups', ['nearby'], { radius: '10', days: '14', query: 'python meetups' }],
    ['nearby 30', ['nearby'], { radius: '30' }],
    ['region Birmingham, AL 20km', ['region'], { place: 'Birmingham, AL', radius: '20' }],
    ['region B5 4BU', ['region'], { place: 'B5 4BU' }],
    ['home 10 Downing St, London', ['home'], { place: '10 Downing St, London' }],
    ['feed add https://www.meetup.com/brumjs/', ['feed', 'add'], { url: 'https://www.meetup.com/brumjs/' }],
    ['FEED LIST', ['feed', 'list'], {}],
    ['feed remove 3', ['feed', 'remove'], { id: '3' }],
    ['digest Monday 09:00', ['digest'], { day: 'monday', time: '09:00' }],
    ['digest off', ['digest'], { day: 'off' }],
    ['digest friday 17:30 silent', ['digest'], { day: 'friday', time: '17:30', empty: 'silent' }],
    ['rsvp 42 going', ['rsvp'], { event: '42', status: 'going' }],
    ['rsvp #42 maybe', ['rsvp'], { event: '42', status: 'maybe' }],
    ['feed remove #3', ['feed', 'remove'], { id: '3' }],
    ['region Birmingham 20 km', ['region'], { place: 'Birmingham', radius: '20' }],
    ['nearby 10 km 14 days', ['nearby'], { radius: '10', days: '14' }],
    ['nearby 14days', ['nearby'], { days: '14' }],
    ['mode digest', ['mode'], { mode: 'digest' }],
    // A postcode in a place is no radius (sweep t21): four or five digits above 200 km go with the place.
    ['region 9000 Gent 25km', ['region'], { place: '9000 Gent', radius: '25' }],
    ['region 53111 Bonn', ['region'], { place: '53111 Bonn' }],
    ['region Gent 9000 10 km', ['region'], { place: 'Gent 9000', radius: '10' }],
    ['region Birmingham 500', ['region'], { place: 'Birmingham', radius: '500' }],
    ['home 1000 Brussels', ['home'], { place: '1000 Brussels' }],
    [
      'feed place 3 Hackerspace Gent, Wiedauwkaai 51, 9000 Gent',
      ['feed', 'place'],
      { id: '3', place: 'Hackerspace Gent, Wiedauwkaai 51, 9000 Gent' },
    ],
  ])('GIVEN "%s" THEN it runs %j with %j', (text, path, raw) => {
    const parsed = parseCommandText(commands, text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.def.path).toEqual(path);
    expect(parsed.raw).toEqual(raw);
  });

  it.each([
    ['nearby -5km', '-5km', 'radius'],
    ['nearby NaNkm', 'NaNkm', 'radius'],
    ['nearby 10km -3d', '-3d', 'days'],
    ['nearby +4 days', '+4d', 'days'],
    ['nearby 1,5km', '1,5km', 'radius'],
    ['region Leeds Infinitykm', 'Infinitykm', 'radius'],
  ])('GIVEN the malformed value in "%s" THEN it names the word and the option instead of searching for it', (text, word, option) => {
    expect(parseCommandText(commands, text)).toMatchObject({ ok: false, reason: 'bad-value', word, option: { name: option } });
  });

  it.each([
    ['nearby 3d printing', { days: '3', query: 'printing' }],
    ['nearby weekend nand', { query: 'weekend nand' }],
    ['nearby 10km 20km', { radius: '10', query: '20km' }],
  ])('GIVEN words that are not malformed values ("%s") THEN they parse as before', (text, raw) => {
    expect(parseCommandText(commands, text)).toMatchObject({ ok: true, raw });
  });

  it('GIVEN an unknown subcommand THEN it names the word', () => {
    expect(parseCommandText(commands, 'party tonight')).toEqual({ ok: false, reason: 'unknown-command', word: 'party' });
  });

  it('GIVEN words a command has no room for THEN it names the first extra word', () => {
    const parsed = parseCommandText(commands, 'feed add https://a.example/feed https://b.example/feed');
    expect(parsed).toMatchObject({ ok: false, reason: 'extra-words', word: 'https://b.example/feed' });
  });
});
