import { describe, expect, it } from 'vitest';
import { awayByFixture, isPlaceholderLocation, undecidedPrefixRead } from './placeholder.js';

describe('isPlaceholderLocation', () => {
  it.each([
    'TBA',
    'tbc',
    'TBD',
    'T.B.A.',
    '(TBC)',
    'To be announced',
    'To Be Confirmed',
    'to be decided',
    'Location TBA',
    'Venue: TBC',
    'venue to be confirmed',
    'Location: to be announced',
    'Needs a location',
    'see website',
    'See website.',
    'Please see the website',
    'Check website for details',
    'See event page',
    'various',
    'Various locations',
    'N/A',
    'NA',
    'n.a.',
    '?',
    '???',
    '-',
    'unknown',
    // other languages
    '<KEIN ORT ANGEGEBEN>',
    'Ort folgt',
    'Ort: noch offen',
    'Lieu à définir',
    'Por confirmar',
    'Da definire',
    'Nader te bepalen',
    // an away game is somewhere else
    'Away',
    'Auswärtsspiel',
    "À l'extérieur",
  ])('%s is a placeholder', (text) => {
    expect(isPlaceholderLocation(text)).toBe(true);
  });

  it.each([
    'TBA, Birmingham',
    'Online or in person — see website',
    'The Victoria, John Bright St',
    'Various Artists Hall',
    'Unknown Pleasures Bar',
    'Tbilisi',
    'Website Hall',
    'See you there',
    'Online event',
    'Folgt Kulturhaus, Hauptstr. 3',
    'Lieu-dit La Définition',
    'Away Days Brewery, 12 Dock St',
    '',
    '   ',
    // a digit anywhere settles it (no placeholder has one)
    'TBA 2',
    'Room 101',
    '0',
    '？ 1',
    'Venue: TBC (B1 1AA)',
  ])('%s is not', (text) => {
    expect(isPlaceholderLocation(text)).toBe(false);
  });

  it('no location is not a placeholder', () => {
    expect(isPlaceholderLocation(null)).toBe(false);
  });
});

describe('undecidedPrefixRead', () => {
  it.each([
    ['TBD (Reserved: Oak Room, 17930 Lake Chabot Rd, Castro Valley, CA 94546)', 'Oak Room, 17930 Lake Chabot Rd, Castro Valley, CA 94546'],
    ['TBA: 12 Mill Lane, Leeds LS1 4AB', '12 Mill Lane, Leeds LS1 4AB'],
    ['TBD: East Bay or Marin', 'TBD'],
    ['To be confirmed - Hall A / Hall B', 'TBD'],
    ['TBD: Birmingham', 'TBD: Birmingham'],
    ['TBD: Hall of Fame', 'TBD: Hall of Fame'],
    ['The Victoria, 48 John Bright St', 'The Victoria, 48 John Bright St'],
    ['Tbilisi Hall', 'Tbilisi Hall'],
  ])('%s → %s', (text, read) => {
    expect(undecidedPrefixRead(text)).toBe(read);
  });
});

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
