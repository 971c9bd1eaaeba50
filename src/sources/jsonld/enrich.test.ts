import { expect, it } from 'vitest';
import { emptyParsedEvent } from '../types.js';
import { fixture } from '../text/test-helpers.js';
import { extractJsonLdEvents, mergeEnrichment } from './index.js';
import { describeCaptured } from '../../../test/helpers/captured.js';

const post = emptyParsedEvent({
  uid: 'https://fosstodon.org/@ml/1',
  title: 'ML Utah tonight, come along!',
  start: new Date('2021-04-28T18:00:00Z'),
  url: 'https://fosstodon.org/@ml/1',
  description: '<p>ML Utah tonight</p>',
  locationText: 'Lehi',
  floating: true,
  links: ['https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/', 'https://example.org/slides'],
});

describeCaptured('mergeEnrichment', () => {
  const [pageEvent] = extractJsonLdEvents(
    fixture('meetup-event-page-jsonld-ml-utah-intro-to-cnn.html'),
    'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
  );
  if (!pageEvent) throw new Error('fixture has an event');

  it('takes the page’s times, place, attendance and status but keeps the item’s uid', () => {
    const merged = mergeEnrichment(post, pageEvent);
    expect(merged).toMatchObject({
      uid: 'https://fosstodon.org/@ml/1',
      title: 'Intro To Convolutional Neural Networks',
      url: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
      start: new Date('2021-04-29T00:30:00Z'),
      end: new Date('2021-04-29T02:03:00Z'),
      floating: false,
      // The page states a (virtual) location, so the item's "Lehi" goes with the rest of the item's place.
      locationText: null,
      locationUrl: 'https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/',
      attendanceMode: 'online',
      status: 'scheduled',
      organiser: 'Machine Learning Utah',
    });
    expect(merged.links).toEqual(['https://www.meetup.com/Machine-Learning-Utah/events/tmnwdsyccgblc/', 'https://example.org/slides']);
  });

  it('keeps the item’s place and facts when the page has none', () => {
    const bare = emptyParsedEvent({ uid: 'page', title: 'Talk', start: new Date('2026-01-10T18:00:00Z') });
    const merged = mergeEnrichment({ ...post, status: 'tentative', organiser: 'ML Utah' }, bare);
    expect(merged).toMatchObject({
      uid: post.uid,
      title: 'Talk',
      url: post.url,
      description: post.description,
      start: new Date('2026-01-10T18:00:00Z'),
      locationText: 'Lehi',
      status: 'tentative',
      organiser: 'ML Utah',
    });
  });
});
