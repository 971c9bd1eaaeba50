import { describe, expect, it } from 'vitest';
import { eventPageOfLinks } from './event-link.js';

describe('eventPageOfLinks: the event page among a description’s links, for an event with no URL', () => {
  it.each([
    [
      'a ticketing page among other links',
      ['https://zoom.us/j/123', 'https://www.eventbrite.co.uk/e/sprouts-tickets-123456789'],
      'https://www.eventbrite.co.uk/e/sprouts-tickets-123456789',
    ],
    [
      'a Meetup event page',
      ['https://example.org/about', 'https://www.meetup.com/sprouts-club/events/305551234/'],
      'https://www.meetup.com/sprouts-club/events/305551234/',
    ],
    ['a Luma page', ['https://lu.ma/sprouts-night', 'https://example.org/'], 'https://lu.ma/sprouts-night'],
    [
      'a Facebook event',
      ['https://www.facebook.com/events/1234567890/', 'https://example.org/'],
      'https://www.facebook.com/events/1234567890/',
    ],
    ['the description’s only link', ['https://tickets.example.org/sprouts'], 'https://tickets.example.org/sprouts'],
    ['no link', [], null],
    ['an only link that is a meeting', ['https://us02web.zoom.us/j/8123456789'], null],
    ['an only link that is a stream, as classify reads a meeting link', ['https://www.twitch.tv/sproutsclub'], null],
    ['an only link that is a self-hosted BigBlueButton room', ['https://bbb.example.org/b/spr-1ab'], null],
    ['an only link that is a map', ['https://www.google.com/maps/place/Sprout+Hall'], null],
    ['an only link that is a short map link', ['https://maps.app.goo.gl/AbCdEf'], null],
    ['an only link that is an image', ['https://cdn.example.org/flyer.jpg'], null],
    ['an only link that is a social profile', ['https://www.instagram.com/sproutsclub/'], null],
    [
      'an organiser’s page on a ticketing site, among others',
      ['https://www.eventbrite.co.uk/o/sprouts-club-1234', 'https://example.org/'],
      null,
    ],
    ['two links, none of them a ticketing page', ['https://example.org/a', 'https://example.org/b'], null],
  ])('%s', (_what, links, expected) => {
    expect(eventPageOfLinks(links)).toBe(expected);
  });
});
