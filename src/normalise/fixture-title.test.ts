import { describe, expect, it } from 'vitest';
import { fixtureClub, fixtureSides, isAwayFixture } from './fixture-title.js';

describe('fixtureSides: the two sides of a fixture title, home first', () => {
  it.each([
    ['Falmouth Town vs Larkhall Athletic', ['falmouth town', 'larkhall athletic']],
    ['Heath vs. Maroons', ['heath', 'maroons']],
    ['Heath v Maroons', ['heath', 'maroons']],
    ['Lugo - Valencia', ['lugo', 'valencia']],
    ['[Home] Harbour FC vs Valley United', ['harbour fc', 'valley united']],
    ['League Cup: Trewin Town v. Millbrook Rovers (replay)', ['trewin town', 'millbrook rovers']],
    ['Millbrook Rovers VS Ashcombe Town - FA Vase', ['millbrook rovers', 'ashcombe town']],
  ])('%s → %j', (title, sides) => {
    expect(fixtureSides(title)).toEqual(sides);
  });

  it.each([
    ['Workshop'],
    ['@ Schurr HS V 3:30 PM'],
    ['Alpha vs Beta vs Gamma'],
    ['Maroons vs Maroons'],
    ['A talk on why the old ways of doing things are better than the new ones - with questions afterwards'],
  ])('%s is no fixture', (title) => {
    expect(fixtureSides(title)).toBeNull();
  });
});

describe('fixtureClub: the side that plays in most of a feed’s titles', () => {
  const rovers = [
    'Millbrook Rovers vs Ashcombe Town',
    'Penhallow United vs Millbrook Rovers',
    'Millbrook Rovers vs Dunmere Athletic',
    'Millbrook Rovers vs Corfe Wanderers',
    'Supporters’ quiz',
  ];

  it('is the club in at least 60% of the titles and 4 of them', () => {
    expect(fixtureClub(rovers)).toBe('millbrook rovers');
    expect(isAwayFixture('Penhallow United vs Millbrook Rovers', 'millbrook rovers')).toBe(true);
    expect(isAwayFixture('Millbrook Rovers vs Ashcombe Town', 'millbrook rovers')).toBe(false);
  });

  it('is no one in three fixtures, or when the side is in fewer than 60% of the titles', () => {
    expect(fixtureClub(rovers.slice(0, 3))).toBeNull();
    expect(fixtureClub([...rovers, 'Open day', 'Kit sale', 'Awards night'])).toBeNull();
  });
});
