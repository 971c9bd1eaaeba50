import { describe, expect, it } from 'vitest';
import { namesOnlyACompetition } from './competition.js';

describe('namesOnlyACompetition', () => {
  it.each([
    'Premier Division',
    'Sunday League Division 2',
    'U12 Girls - Spring League',
    'Cup Round 3',
    'Bundesliga',
    '2. Bundesliga',
    'Kreisliga A',
    'Bezirksliga Nord',
    'Kreisklasse B Staffel 2',
    'Eastern Conference',
    'Tournament Bracket',
    'Pool A',
    'Group B',
    'League Cup',
    'Primera División',
    "Men's League (Reserves)",
    'Ligue 2',
    'Serie A',
    'Oakfield & District Sunday League 2025',
  ])('%j names a competition, not a place', (text) => {
    expect(namesOnlyACompetition(text)).toBe(true);
  });

  it.each([
    'Liga Stadium, Leeds',
    'Liga Stadium',
    'Cup & Saucer Café, Bath',
    'Cup & Saucer',
    'Division Street 12, Sheffield',
    'Division Street',
    'League City',
    'The League Bar',
    'Little League Field',
    'Conference',
    'Conference Room 2',
    'Main Pool',
    'The Cup',
    'Championship Golf Course',
    'Oakfield Park',
    'Sheffield',
    'TBC',
    '',
  ])('%j is left as written', (text) => {
    expect(namesOnlyACompetition(text)).toBe(false);
  });

  it('reads no location as none', () => {
    expect(namesOnlyACompetition(null)).toBe(false);
  });
});
