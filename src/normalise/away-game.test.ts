import { describe, expect, it } from 'vitest';
import { awayByFixture } from './away-game.js';

describe('awayByFixture: a match at the other side’s ground', () => {
  const FA = 'Opponent: Hilltop Rangers U10\nHome/Away: Away\nHome team: Hilltop Rangers U10\nAway team: Oakfield U10 Owls';
  it.each<[string, string | null, string | null]>([
    // a tag, whichever side is the club
    ['Oakfield Town vs Brookside (Away)', null, null],
    ['Oakfield Town v Brookside (A)', null, null],
    ['[Auswärts] SV Oakfeld - FC Brookheim', null, null],
    ['Oakfield Town vs Brookside (Auswärts)', null, 'oakfield town'],
    // FA Full-Time's description line
    ['Oakfield U10 Owls v Hilltop Rangers U10', FA, null],
    // the visitors first, in the club's feed
    ['Oakfield U10 Owls at Hilltop Rangers U10', null, 'oakfield u10 owls'],
    ['Oakfield U10 Owls @ Hilltop Rangers U10', null, 'oakfield u10 owls'],
    // the club named second
    ['Hilltop Rangers vs Oakfield Town', null, 'oakfield town'],
    // a team's own schedule
    ['@ Westfield HS V 3:30 PM', null, null],
  ])('%s is away', (title, description, club) => {
    expect(awayByFixture(title, description, club)).toBe(true);
  });

  it.each<[string, string | null, string | null]>([
    ['Oakfield Town vs Witton Albion (Home)', null, 'oakfield town'],
    // a "(Home)" tag outweighs the order of the sides
    ['Hilltop Rangers vs Oakfield Town (Home)', null, 'oakfield town'],
    ['Oakfield U10 Owls v Hilltop Rangers U10', FA.replace('Home/Away: Away', 'Home/Away: Home'), null],
    ['Hilltop Rangers U10 at Oakfield U10 Owls', null, 'oakfield u10 owls'],
    ['Talk at the Library', null, null],
    ['Drinks @ The Lamp', null, null],
    ['Meetup at Google', null, null],
    ['Away day workshop', null, null],
    ['Away day workshop', 'Team away day: see you there', null],
    ['Coffee at 10 @ Café', null, null],
    ['@ The Lamp', null, null],
    // "(A)" only after a fixture
    ['Team photo (A)', null, null],
    ['Grade exam (A)', null, null],
    // a screening of one
    ['Watch party: Oakfield Town vs Brookside (Away)', null, null],
  ])('%s is not', (title, description, club) => {
    expect(awayByFixture(title, description, club)).toBe(false);
  });
});
