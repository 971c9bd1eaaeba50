import { describe, expect, it } from 'vitest';
import { fixtureClub, fixtureSides, isAwayFixture, isLeadingAway } from './fixture-title.js';

describe('fixtureSides: the two sides of a fixture title, home first', () => {
  it.each([
    ['Falmouth Town vs Larkhall Athletic', ['falmouth town', 'larkhall athletic']],
    ['Heath vs. Maroons', ['heath', 'maroons']],
    ['Heath v Maroons', ['heath', 'maroons']],
    ['Lugo - Valencia', ['lugo', 'valencia']],
    ['[Home] Harbour FC vs Valley United', ['harbour fc', 'valley united']],
    ['League Cup: Trewin Town v. Millbrook Rovers (replay)', ['trewin town', 'millbrook rovers']],
    ['Millbrook Rovers VS Ashcombe Town - FA Vase', ['millbrook rovers', 'ashcombe town']],
    // the visitors first, "at" / "@" the home side
    ['Oakfield U10 Owls at Hilltop Rangers U10 (Away)', ['hilltop rangers u10', 'oakfield u10 owls']],
    ['Beast 15u A at Huntsville Chargers', ['huntsville chargers', 'beast 15u a']],
    ['[Away] Harbour FC @ Carolina Courage', ['carolina courage', 'harbour fc']],
    ['Harbour FC vs Valley United @ Harbour Park', ['harbour fc', 'valley united']],
    // a junior team's long name: an age group, and no little words
    [
      'Hilltop Rangers FC U9 Green 1 Girls Foxes vs Oakfield Juniors FC U9 Green 1 Girls Owls',
      ['hilltop rangers fc u9 green 1 girls foxes', 'oakfield juniors fc u9 green 1 girls owls'],
    ],
    [
      'Kingsmead Cromer Strikers FC W-7 Green 1 Female BLUEJAYS vs Oakfield FC W-7 Green 1 Female OWLS',
      ['kingsmead cromer strikers fc w-7 green 1 female bluejays', 'oakfield fc w-7 green 1 female owls'],
    ],
  ])('%s → %j', (title, sides) => {
    expect(fixtureSides(title)).toEqual(sides);
  });

  it.each([
    ['Workshop'],
    ['@ Schurr HS V 3:30 PM'],
    ['Alpha vs Beta vs Gamma'],
    ['Maroons vs Maroons'],
    ['A talk on why the old ways of doing things are better than the new ones - with questions afterwards'],
    ['Talk at the Library'],
    ['Drinks @ The Lamp'],
    ['Coffee at 10 @ Café'],
    ['Away day workshop'],
    ['Brookside Hall Open Evening - Intro to Python for U18s and their parents'],
    ['Brookside Hall Open Evening Intro Course For U18s - Python'],
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

  it('counts "at" titles, for a side also named in a "vs" title', () => {
    const owls = [
      'Oakfield U10 Owls vs Brookside U10 (Home)',
      'Oakfield U10 Owls at Hilltop Rangers U10 (Away)',
      'Oakfield U10 Owls at Riverside Colts U10 (Away)',
      'Oakfield U10 Owls vs Marsh Lane U10 (Home)',
    ];
    expect(fixtureClub(owls)).toBe('oakfield u10 owls');
    expect(isAwayFixture(owls[1]!, 'oakfield u10 owls')).toBe(true);
    expect(isAwayFixture(owls[0]!, 'oakfield u10 owls')).toBe(false);
    // a meetup held at a different host each month is no club playing away
    expect(fixtureClub(['Meetup at Google', 'Meetup at Stripe', 'Meetup at Mozilla', 'Meetup at Shopify'])).toBeNull();
  });

  it('finds the club in a junior league’s long team names', () => {
    const owls = [
      'Oakfield FC W-7 Green 1 Female OWLS vs Brookside FC W-7 Green 1 Female Bees',
      'Seaview FC W-7 Green 1 Female Orcas vs Oakfield FC W-7 Green 1 Female OWLS',
      'Oakfield FC W-7 Green 1 Female OWLS vs Kingsmead Cromer Strikers FC W-7 Green 1 Female RUBIES',
      'Hilltop Football Club W-7 Green 1 Female Mermaids vs Oakfield FC W-7 Green 1 Female OWLS',
    ];
    expect(fixtureClub(owls)).toBe('oakfield fc w-7 green 1 female owls');
  });

  it('is no one in three fixtures, or when the side is in fewer than 60% of the titles', () => {
    expect(fixtureClub(rovers.slice(0, 3))).toBeNull();
    expect(fixtureClub([...rovers, 'Open day', 'Kit sale', 'Awards night'])).toBeNull();
  });
});

describe('isLeadingAway: a team’s own schedule, "@" the other side', () => {
  it.each([
    ['@ Ventura HS V 3:30 PM', true],
    ['@ Westfield Academy', true],
    ['v Notre Dame HS V 3:30 PM', false],
    ['@ The Lamp', false],
    ['@ Home: family fun day', false],
    ['@ 7pm: quiz', false],
    ['@oakfield_fc on tour', false],
    ['Drinks @ The Lamp', false],
  ])('%s → %s', (title, away) => {
    expect(isLeadingAway(title)).toBe(away);
  });
});
