import { describe, expect, it } from 'vitest';
import { locationFromDescription } from './described-location.js';
import { isPlaceholderLocation } from './placeholder.js';

// Lesson from Meetup groups' iCal descriptions (a hash run, a hiking group), on invented ones of the same shape:
// the place is labelled in Markdown bold ("**WHERE**: …") or headed by a bold label with the place under it
// ("**Where We Meet/Important Directions**"). Neither was read, and the title's "Sugarloaf" became the venue at home.
describe('a place label in Markdown emphasis', () => {
  it.each([
    [
      'bold label, colon after',
      'Hash run\n**WHERE**: Example Ballpark, 30 Sample Pl, Asheville, NC 28801\n\n**WHEN**: 5:30',
      'Example Ballpark, 30 Sample Pl, Asheville, NC 28801',
    ],
    [
      'bold label and colon',
      'Walk\n**Where:** The Lamp Tavern, 157 Barford St, Birmingham\n**When:** 7pm',
      'The Lamp Tavern, 157 Barford St, Birmingham',
    ],
    ['italic label', '*Location:* Quay Rooms, 8 Dock Rd, Hull', 'Quay Rooms, 8 Dock Rd, Hull'],
    ['underlined label and a dash', '__Location__ - Quay Rooms, 8 Dock Rd, Hull', 'Quay Rooms, 8 Dock Rd, Hull'],
    [
      'a bold label after a list bullet',
      'Facts\n* **Venue:** Old Fire Station, 40 George St, Oxford\n* **Cost:** £5',
      'Old Fire Station, 40 George St, Oxford',
    ],
    ['a bold place after a bold label', '**Where:** **The Crown**, 12 High St, Leeds', 'The Crown, 12 High St, Leeds'],
    ['a field label in bold', '**Meeting location:** Civic Hall, 3 Main St, Leeds', 'Civic Hall, 3 Main St, Leeds'],
    ['a meeting point in bold', '**Treffpunkt:** Beispielplatz 1, 01067 Dresden', 'Beispielplatz 1, 01067 Dresden'],
    [
      'a bold heading with more words, the place and its address under it, then prose',
      'Hikers\n\n**Where We Meet/Important Directions**\nOak Hollow Regional Park\n1234 Example Canyon Road, Kenwood, 95452\n**Get there early, the lot fills up by eight!**\nPay at the kiosk.',
      'Oak Hollow Regional Park, 1234 Example Canyon Road, Kenwood, 95452',
    ],
    ['a bold heading, a blank line, then the place', '**Meeting point**\n\nMarket Cross, Skipton\n\nBring water.', 'Market Cross, Skipton'],
    ['a bold "Venue" heading', '**Venue**\nThe Lamp Tavern\n157 Barford St\nAll welcome.', 'The Lamp Tavern, 157 Barford St'],
    [
      'a bold label alone with its colon',
      '**Where:**\nRiverside Hub, 2 Mill Lane, York\n**When:**\nSaturday',
      'Riverside Hub, 2 Mill Lane, York',
    ],
    [
      'the meeting point, not a café address further down',
      '**Where We Meet**\nRedwood State Park\n2400 Sample Ranch Rd, Glen Ellen, CA 95442\n\n**After Hike Coffee**\nExample Bakery\n52 Sample Circle\nSanta Rosa, CA 95409',
      'Redwood State Park, 2400 Sample Ranch Rd, Glen Ellen, CA 95442',
    ],
    [
      'a "where and when" heading over a date, then a bold label',
      '**Where & When**\nSaturday 9 May, 8:30\n\n**Location:** Market Cross, Skipton',
      'Market Cross, Skipton',
    ],
  ])('reads %s', (_, description, expected) => {
    expect(locationFromDescription(description)).toBe(expected);
  });

  it.each([
    ['a "when" heading', '**When We Meet**\nSaturday May 9, 2026\n8:30 am - 11:30 am'],
    [
      'a heading over prose',
      '**Where We Meet**\nWe will gather by the big oak tree near the visitor centre and set off together at nine sharp.',
    ],
    ['a heading over another heading', '**Venue**\n**Get there early!**'],
    ['a label inside a line whose breaks were lost', 'Come along. * **When:** Every Monday at **5:00 PM** * **Where:** the lake'],
    ['a bold word that is no label', '**Where to start?** Read the guide.'],
  ])('does not read %s', (_, description) => {
    expect(locationFromDescription(description)).toBeNull();
  });

  // "**WHERE:** Same as it ever was": the group's usual place, not named; the event still names no place.
  it.each([['**WHERE:** Same as it ever was\n**WHEN:** 2pm'], ['**Where:** same as last week'], ['**Location:** the usual spot']])(
    'reads %j as no place',
    (description) => {
      expect(isPlaceholderLocation(locationFromDescription(description))).toBe(true);
    },
  );
});
