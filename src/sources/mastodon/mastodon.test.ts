import { describe, expect, it } from 'vitest';
import { ctx, fixture, okOutcome, view } from '../text/test-helpers.js';
import { extractPlace, isMastodonTagUrl, parseHashtagSpec, parseMastodonTag, tagFeedUrl } from './index.js';
import { describeCaptured } from '../../../test/helpers/captured.js';

const TAG_FEED = 'https://hachyderm.io/tags/kubernetes.rss';

function tagFeed(posts: { id: string; html: string; pubDate?: string }[]): string {
  const items = posts
    .map(
      (p) => `<item><guid isPermaLink="true">https://mastodon.social/@brum/${p.id}</guid>
      <link>https://mastodon.social/@brum/${p.id}</link><pubDate>${p.pubDate ?? 'Thu, 20 Nov 2025 10:00:00 +0000'}</pubDate>
      <description>${p.html.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>#brumtech</title><link>https://mastodon.social/tags/brumtech</link>
    <generator>Mastodon v4.2.1</generator>${items}</channel></rss>`;
}

const HASHTAG = '<a href="https://mastodon.social/tags/brumtech" class="mention hashtag" rel="tag">#<span>brumtech</span></a>';

describeCaptured('parseMastodonTag over the hachyderm #kubernetes fixture', () => {
  it('finds no event in the 4 posts and says why for each', async () => {
    const out = okOutcome(await parseMastodonTag(fixture('mastodon-tag-kubernetes-hachyderm.rss'), ctx(TAG_FEED, 'Europe/London')));
    expect(out.format).toBe('mastodon');
    expect(out.title).toBe('#kubernetes');
    expect(out.events).toEqual([]);
    const linked = 'no event date in the post (it links to 1 page that may describe an event)';
    expect(out.skipped.map((s) => [s.title, s.reason])).toEqual([
      ['Shameless blog series plug', linked],
      ['New Kubernetes Release Candidate Release', linked],
      ['Plan for the weekend', 'no event date in the post'],
      ['🚀 ALERT: Seamlessly Access HPC Resources, possible addictive 🚀', linked],
    ]);
  });

  it('gives each skipped post its URL and its outside links, without hashtag or mention links', async () => {
    const out = okOutcome(await parseMastodonTag(fixture('mastodon-tag-kubernetes-hachyderm.rss'), ctx(TAG_FEED, 'Europe/London')));
    expect(out.skipped.map((s) => ({ url: s.url, links: s.links }))).toEqual([
      {
        url: 'https://ioc.exchange/@jon404/111544891736153138',
        links: ['https://www.linuxquestions.org/questions/blog/rocket357-328529/on-premise-kubernetes-part-1-5-39090/'],
      },
      {
        url: 'https://botsin.space/@k8s_releases/111544452566443481',
        links: ['https://github.com/kubernetes/kubernetes/releases/tag/v1.29.0-rc.2'],
      },
      { url: 'https://vmst.io/@ErikBussink/111544298911638567', links: undefined },
      { url: 'https://fosstodon.org/@imdciangot/111544228725688234', links: ['https://youtu.be/-djIQGPvYdI?si=wBPHbz3iu7A3qOSx'] },
    ]);
  });
});

describe('parseMastodonTag: posts that announce an event', () => {
  it('makes an event of a post stating a future date, a time and a place', async () => {
    const html = `<p>Brum Tech social! Join us Thursday 4 December at 18:30 at The Victoria, John Bright St, Birmingham. All welcome ${HASHTAG}</p>
      <p>Details: <a href="https://www.meetup.com/brumtech/events/312345678/">meetup.com/brumtech/events/312345678</a></p>`;
    const out = okOutcome(
      await parseMastodonTag(tagFeed([{ id: '1', html }]), ctx('https://mastodon.social/tags/brumtech.rss', 'Europe/London')),
    );
    expect(out.skipped).toEqual([]);
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({
        uid: 'https://mastodon.social/@brum/1',
        url: 'https://mastodon.social/@brum/1',
        title: 'Brum Tech social! Join us Thursday 4 December at 18:30 at The Victoria, John…',
        start: '2025-12-04T18:30:00.000Z',
        end: null,
        timezone: 'Europe/London',
        floating: false,
        locationText: 'The Victoria, John Bright St, Birmingham',
        links: ['https://www.meetup.com/brumtech/events/312345678/'],
      }),
    ]);
  });

  it.each([
    ['📍 marker', '<p>Coffee &amp; code, Sat 6 Dec 10:00–12:00</p><p>📍 Medicine Bakery, 69 New St</p>', 'Medicine Bakery, 69 New St'],
    ['Venue: line', '<p>Talk night Tue 9 Dec 7pm<br>Venue: Birmingham Open Media (BOM), Fazeley St</p>', 'Birmingham Open Media'],
    ['"@ " with a space', '<p>Wed 10 Dec 6pm @ The Wellington, Bennetts Hill #beer</p>', 'The Wellington, Bennetts Hill'],
    // A bracket closed after the place, and a new clause: not "Laurel Park) but the route is a surprise".
    [
      'bracketed "at <place>"',
      '<p>Picnic ride Sun 7 Dec 11am (starts &amp; ends at Laurel Park) but the route is a surprise</p>',
      'Laurel Park',
    ],
    [
      '"at <place>" and a clause after it',
      '<p>Picnic ride Sun 7 Dec 11am, meet at Laurel Park and then we roll to the coast</p>',
      'Laurel Park',
    ],
  ])('reads the place from a %s', async (_label, html, place) => {
    const out = okOutcome(
      await parseMastodonTag(tagFeed([{ id: '2', html }]), ctx('https://mastodon.social/tags/brumtech.rss', 'Europe/London')),
    );
    expect(out.events.map((e) => e.locationText)).toEqual([place]);
  });

  it.each([
    ['a date but no place', '<p>Next meetup Thursday 4 December at 18:30, details soon</p>', 'the post states a date but no place'],
    ['an online "place"', '<p>Thursday 4 December at 18:30 at Zoom, link in bio</p>', 'the post states a date but no place'],
    [
      'a past date',
      '<p>Thanks all for coming on Thursday 13 November 2025 at 18:30 at The Victoria!</p>',
      'the date in the post is not after it was published',
    ],
    ['only a time', '<p>Doors at 7pm at The Victoria</p>', 'no event date in the post'],
    ['a mention, not a place', '<p>Thursday 4 December at 18:30 with @alice</p>', 'the post states a date but no place'],
  ])('skips a post with %s', async (_label, html, reason) => {
    const out = okOutcome(
      await parseMastodonTag(tagFeed([{ id: '3', html }]), ctx('https://mastodon.social/tags/brumtech.rss', 'Europe/London')),
    );
    expect(out.events).toEqual([]);
    expect(out.skipped.map((s) => s.reason)).toEqual([reason]);
  });

  it('refuses an empty or broken feed with a reason', async () => {
    expect(await parseMastodonTag('', ctx(TAG_FEED))).toEqual({ ok: false, reason: 'the feed is empty' });
    expect((await parseMastodonTag('<rss', ctx(TAG_FEED))).ok).toBe(false);
  });
});

describe('extractPlace', () => {
  it.each([
    ['Thursday at 18:30 at The Victoria, Birmingham.', 'The Victoria, Birmingham'],
    ['at 7pm at 12 Corporation St', '12 Corporation St'],
    ['Meet at Noon at Fazeley Studios', 'Fazeley Studios'],
    ['at home', null],
    ['see you at the pub', null], // lower case: not a named place
    ['Location: online', null],
    ['📍 Birmingham https://example.org', 'Birmingham'],
  ])('%j', (text, place) => {
    expect(extractPlace(text, 0)).toBe(place);
  });

  it('looks after the date first, then in the whole text', () => {
    const text = 'Last time at Town Hall. Next: Thursday at 18:30 at The Victoria';
    expect(extractPlace(text, text.indexOf('18:30') + 5)).toBe('The Victoria');
    expect(extractPlace(text, text.length)).toBe('Town Hall');
  });
});

describe('hashtag feed URLs', () => {
  it.each([
    ['#brumtech@mastodon.social', ['https://mastodon.social/tags/brumtech.rss']],
    ['#BrumTech@mastodon.social,fosstodon.org', ['https://mastodon.social/tags/brumtech.rss', 'https://fosstodon.org/tags/brumtech.rss']],
    [
      'brumtech@https://Fosstodon.org/ , mastodon.social',
      ['https://fosstodon.org/tags/brumtech.rss', 'https://mastodon.social/tags/brumtech.rss'],
    ],
    ['#café@social.example:8443', ['https://social.example:8443/tags/caf%C3%A9.rss']],
  ])('parseHashtagSpec(%j)', (spec, urls) => {
    expect(parseHashtagSpec(spec)).toEqual({ ok: true, value: urls });
  });

  it.each([
    ['#brumtech', /names no instance/],
    ['#brum-tech@mastodon.social', /is not a hashtag/],
    ['#brumtech@', /names no instance/],
    ['#brumtech@not a host', /is not an instance host name/],
  ])('rejects %j with a message saying how to write it', (spec, message) => {
    const result = parseHashtagSpec(spec);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('hashtag-spec');
      expect(result.error.message).toMatch(message);
      expect(result.error.message).toContain('#tag@instance');
    }
  });

  it('builds and recognises tag feed URLs', () => {
    expect(tagFeedUrl('https://hachyderm.io/', '#Kubernetes')).toBe(TAG_FEED);
    expect(isMastodonTagUrl(TAG_FEED)).toBe(true);
    expect(isMastodonTagUrl('https://hachyderm.io/tags/kubernetes')).toBe(false);
    expect(isMastodonTagUrl('https://hachyderm.io/@ricoberger.rss')).toBe(false);
    expect(isMastodonTagUrl('not a url')).toBe(false);
  });
});

describe('parseMastodonTag: a flyer’s alt text', () => {
  it('reads the date and place a post gives only in its image’s description', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><title>#brumtech</title>
      <generator>Mastodon v4.3.7</generator><item><guid isPermaLink="true">https://mastodon.social/@brum/9</guid>
      <link>https://mastodon.social/@brum/9</link><pubDate>Thu, 20 Nov 2025 10:00:00 +0000</pubDate>
      <description>&lt;p&gt;Our winter social is back!&lt;/p&gt;</description>
      <media:content url="https://files.example/flyer.png" type="image/png" medium="image">
        <media:description type="plain">Flyer: Brum Tech winter social, Thursday 11 December at 7pm. 📍 The Victoria, 48 John Bright St, Birmingham</media:description>
      </media:content></item></channel></rss>`;
    const out = okOutcome(await parseMastodonTag(xml, ctx(TAG_FEED, 'Europe/London')));
    expect(out.events.map(view)).toEqual([
      expect.objectContaining({ start: '2025-12-11T19:00:00.000Z', locationText: 'The Victoria, 48 John Bright St, Birmingham' }),
    ]);
  });
});
