import { describe, expect, it } from 'vitest';
import { isPlaceholderLocation, undecidedPrefixRead } from './placeholder.js';

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
    // a form's label left as the value, and not decided yet in Chinese, Japanese and Korean
    '地点',
    '地點',
    '場所',
    '장소',
    '地点：',
    'Location',
    'Location:',
    'Event location',
    'Venue',
    'Address',
    'Where',
    'Ort',
    'Lieu',
    'Lugar',
    '待定',
    '未定',
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
    'The Place',
    'Location Bar',
    'Where House',
    'Ort 5',
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
