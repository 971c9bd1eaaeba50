import { describe, expect, it } from 'vitest';
import { canonicalMeetupEventUrl, meetupFeedUrls, meetupVenueBlock } from './index.js';

const DEVNQ = { ical: 'https://www.meetup.com/dev_nq/events/ical/', rss: 'https://www.meetup.com/dev_nq/events/rss/' };

describe('meetupFeedUrls', () => {
  it.each([
    'https://www.meetup.com/dev_nq/',
    'https://www.meetup.com/dev_nq',
    'http://meetup.com/dev_nq/events/',
    'meetup.com/dev_nq/events/',
    'www.meetup.com/dev_nq/events/284715197/',
    'https://www.meetup.com/de-DE/dev_nq/events/284715197/?utm_source=x#top',
    'https://www.meetup.com/en-AU/dev_nq/',
    'https://www.meetup.com/dev_nq/events/rss/',
    'https://www.meetup.com/dev_nq/events/ical/',
  ])('%s → the dev_nq feeds', (url) => {
    expect(meetupFeedUrls(url)).toEqual(DEVNQ);
  });

  it.each([
    'https://www.meetup.com/',
    'https://www.meetup.com/find/?keywords=python',
    'https://www.meetup.com/topics/python/',
    'https://www.meetup.com/dev_nq/members/',
    'https://www.eventbrite.com/e/123',
    'https://meetup.com.evil.example/dev_nq/',
    'not a url at all',
  ])('%s → null', (url) => {
    expect(meetupFeedUrls(url)).toBeNull();
  });
});

describe('canonicalMeetupEventUrl', () => {
  it.each([
    ['https://www.meetup.com/dev_nq/events/284715197/', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['http://meetup.com/dev_nq/events/284715197', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://www.meetup.com/dev_nq/events/284715197/?utm_medium=email&rv=ea1', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://www.meetup.com/fr-FR/dev_nq/events/284715197/attendees/', 'https://www.meetup.com/dev_nq/events/284715197/'],
    [
      'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
      'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
    ],
    ['https://www.meetup.com/dev_nq/events/', null],
    ['https://www.meetup.com/dev_nq/events/rss/', null],
    ['https://www.meetup.com/dev_nq/', null],
    ['https://example.org/dev_nq/events/284715197/', null],
    // hosts that only URL parsing shows to be meetup.com (other text is ruled out without parsing)
    ['https://MEETUP.COM/dev_nq/events/284715197', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://me%65tup.com/dev_nq/events/284715197', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://meet\tup.com/dev_nq/events/284715197', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://ｍｅｅｔｕｐ.com/dev_nq/events/284715197', 'https://www.meetup.com/dev_nq/events/284715197/'],
    ['https://meetup.example.org/dev_nq/events/284715197/', null],
    ['', null],
  ])('%s → %s', (url, canonical) => {
    expect(canonicalMeetupEventUrl(url)).toBe(canonical);
  });
});

describe('meetupVenueBlock', () => {
  const blocks = ['DevNQ', 'Join us for talks.', 'Townsville  4810 - Australia', 'Thursday, April 21 at 5:00 PM', '13'];
  it.each([
    [blocks, 3, 'Townsville 4810 - Australia'],
    [['Event text ends here.', 'Thursday, April 21 at 5:00 PM'], 1, null], // a sentence, not an address line
    [['13', 'Thursday, April 21 at 5:00 PM'], 1, null],
    [['Thursday, April 21 at 5:00 PM'], 0, null],
  ])('%j before block %i → %j', (bs, index, venue) => {
    expect(meetupVenueBlock(bs, index)).toBe(venue);
  });
});
