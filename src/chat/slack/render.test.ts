import { describe, expect, it } from 'vitest';
import type { DigestPage, EventCard, Reply } from '../../core/chat.js';
import { commandText, escapeText, link, safeUrl } from './escape.js';
import { PAGE_NEXT, PAGE_PREV, renderDigest, renderEventCard, renderInline, renderReply, type Block } from './render.js';
import { eventCard } from '../../../test/helpers/event-card.js';

const card = (over: Partial<EventCard> = {}): EventCard =>
  eventCard({
    eventId: 1,
    title: 'Brum.js: Testing in anger',
    url: 'https://example.org/events/42?utm=x&a=b',
    // 19:00 in London (BST, UTC+1) on Thursday 12 June 2025
    start: new Date('2025-06-12T18:00:00Z'),
    end: new Date('2025-06-12T20:30:00Z'),
    address: 'The Victoria, 48 John Bright St, Birmingham B1 1BN',
    mapUrl: 'https://www.openstreetmap.org/?mlat=52.4776&mlon=-1.9008#map=17/52.4776/-1.9008',
    organiser: 'Brum.js',
    source: 'Brum.js calendar',
    counts: { going: 3, maybe: 1 },
    ...over,
  });

/** Every mrkdwn string in the blocks, joined. */
function mrkdwnOf(blocks: Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    if (b.type === 'section' && b.text) out.push(b.text.text);
    if (b.type === 'context') for (const e of b.elements) if ('text' in e) out.push(e.text);
  }
  return out.join('\n');
}

/**
 * What Slack would turn into a link, mention or date: every `<…>` span.
 * Escaped text has no `<` left, so only spans we wrote remain.
 */
function controlSpans(text: string): string[] {
  return text.match(/<[^>]*>/g) ?? [];
}

const HOSTILE = 'Free pizza <!channel> <!here> <@U123ABC> <https://evil.example|click> & more';

describe('escaping', () => {
  it('escapes only &, < and >', () => {
    expect(escapeText('a & b < c > d "e" *f*')).toBe('a &amp; b &lt; c &gt; d "e" *f*');
  });

  it('drops control characters and bidi overrides that stored feed text might still hold, keeping line breaks', () => {
    expect(escapeText('Pizza\u001b[2J\u0007 night\n\u202egnp.exe\u202c\u009b & <b>')).toBe('Pizza night\ngnp.exe &amp; &lt;b&gt;');
  });

  it.each([
    ['javascript:alert(1)', null],
    ['mailto:x@example.org', null],
    ['not a url', null],
    ['https://example.org/a|b?x=1&y=<2>', 'https://example.org/a%7Cb?x=1&amp;y=%3C2%3E'],
  ])('safeUrl(%s) = %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('renders a link label escaped and drops unusable URLs', () => {
    expect(link('https://example.org', '<!channel>')).toBe('<https://example.org/|&lt;!channel&gt;>');
    expect(link('javascript:alert(1)', 'x')).toBe('x');
  });
});

describe('commandText', () => {
  it.each([
    ['feed add <https://example.org/cal.ics?a=1&amp;b=2>', 'feed add https://example.org/cal.ics?a=1&b=2'],
    ['feed add <https://www.meetup.com/brumjs/|www.meetup.com/brumjs/>', 'feed add https://www.meetup.com/brumjs/'],
    ['feed add https://example.org/x?a=1&amp;b=2', 'feed add https://example.org/x?a=1&b=2'],
    ['nearby 10km 14d fish &amp;lt; chips', 'nearby 10km 14d fish &lt; chips'],
    ['nearby 5km <#C024BE7LR|general>', 'nearby 5km #general'],
    ['  region Birmingham, AL 20km ', 'region Birmingham, AL 20km'],
  ])('%s → %s', (raw, typed) => {
    expect(commandText(raw)).toBe(typed);
  });
});

describe('renderEventCard', () => {
  it('links the title, shows reader-local time with a fallback in the event zone, venue, map, source and RSVP prompt', () => {
    const { blocks, text } = renderEventCard(card());
    const md = mrkdwnOf(blocks);
    expect(md).toContain('*<https://example.org/events/42?utm=x&amp;a=b|Brum.js: Testing in anger>*');
    const start = Math.floor(Date.parse('2025-06-12T18:00:00Z') / 1000);
    const end = Math.floor(Date.parse('2025-06-12T20:30:00Z') / 1000);
    expect(md).toContain(`<!date^${start}^{date_short_pretty} at {time}|Thu, 12 Jun 2025, 19:00 BST>`);
    // Same local day: the end shows only its time.
    expect(md).toContain(`<!date^${end}^{time}|21:30 BST>`);
    // The address already names the venue, so it is shown once.
    expect(md).toContain(':round_pushpin: The Victoria, 48 John Bright St, Birmingham B1 1BN · <https://www.openstreetmap.org/');
    expect(md).toContain('Organised by Brum.js');
    expect(md).toContain('From Brum.js calendar');
    expect(md).toContain('React :white_check_mark: going · :thinking_face: maybe');
    expect(md).toContain('*3* going · *1* maybe');
    expect(text).toBe('Brum.js: Testing in anger — Thu, 12 Jun 2025, 19:00 BST');
  });

  it('makes every text object verbatim so Slack does not auto-link or parse mentions', () => {
    const { blocks } = renderEventCard(card());
    for (const b of blocks) {
      if (b.type === 'section') expect(b.text).toMatchObject({ type: 'mrkdwn', verbatim: true });
      if (b.type === 'context') for (const e of b.elements) expect(e).toMatchObject({ verbatim: true });
    }
  });

  it('renders hostile feed text inert: no mention, no foreign link', () => {
    const { blocks, text } = renderEventCard(
      card({
        title: HOSTILE,
        venue: '<!everyone> Hall',
        address: null,
        organiser: '<@U999>',
        source: '<!subteam^S1>',
        notice: 'Moved <!here>',
      }),
    );
    const md = mrkdwnOf(blocks);
    const spans = controlSpans(md);
    // Only our own link, date and map spans remain.
    expect(
      spans.every(
        (s) => s.startsWith('<https://example.org/') || s.startsWith('<!date^') || s.startsWith('<https://www.openstreetmap.org/'),
      ),
    ).toBe(true);
    expect(md).toContain('&lt;!channel&gt;');
    expect(md).toContain('&lt;https://evil.example|click&gt;');
    expect(md).toContain('&lt;!everyone&gt; Hall');
    expect(controlSpans(text)).toEqual([]);
  });

  it('strikes a cancelled event through, names the status and stops asking for reactions', () => {
    const md = mrkdwnOf(renderEventCard(card({ status: 'cancelled', notice: 'Cancelled by the organiser' })).blocks);
    expect(md).toMatch(/^:x: \*Cancelled by the organiser\*/);
    expect(md).toContain('~*<https://example.org/events/42');
    expect(md).not.toContain('React :white_check_mark:');
    expect(md).toContain('*3* going');
  });

  it('shows a change notice on an updated event', () => {
    const md = mrkdwnOf(renderEventCard(card({ notice: 'Updated: new time' })).blocks);
    expect(md.split('\n')[0]).toBe(':warning: *Updated: new time*');
  });

  it('writes all-day events as plain dates in the event zone (no reader-local shift)', () => {
    const md = mrkdwnOf(
      renderEventCard(card({ allDay: true, start: new Date('2025-06-13T23:00:00Z'), end: new Date('2025-06-15T23:00:00Z') })).blocks,
    );
    expect(md).toContain(':calendar: Sat, 14 Jun 2025 – Sun, 15 Jun 2025');
    expect(md).not.toContain('<!date');
  });

  it('renders an event without a URL as a bold plain title and marks hybrid attendance', () => {
    const md = mrkdwnOf(
      renderEventCard(card({ url: null, attendance: 'hybrid', venue: 'Impact Hub', address: null, mapUrl: null })).blocks,
    );
    expect(md).toContain('*Brum.js: Testing in anger*');
    expect(md).toContain(':round_pushpin: Impact Hub (also online)');
  });
});

describe('renderDigest', () => {
  const page: DigestPage = {
    heading: 'Events this week near Birmingham (9 Jun – 15 Jun)',
    part: 1,
    parts: 2,
    days: [
      {
        label: 'Thursday 12 June',
        items: [
          { number: 1, card: card() },
          { number: 2, card: card({ eventId: 2, title: HOSTILE, status: 'cancelled' }) },
        ],
      },
      { label: 'Friday 13 June', items: [] },
      { label: 'Saturday 14 June', items: [{ number: 11, card: card({ eventId: 3, title: 'Late one', allDay: true }) }] },
    ],
    emptyNote: null,
  };

  it('numbers items with keycap emoji, groups them by day and reports which numbers can be reacted', () => {
    const { blocks, numbers, text } = renderDigest(page);
    const md = mrkdwnOf(blocks);
    expect(md).toContain('*Events this week near Birmingham (9 Jun – 15 Jun)* (part 1 of 2)');
    expect(md).toContain('*Thursday 12 June*\n:one: <https://example.org/events/42');
    expect(md).toContain(':two: ~<https://example.org/events/42?utm=x&amp;a=b|Free pizza &lt;!channel&gt;');
    expect(md).toContain('(cancelled)');
    expect(md).toContain('*11.* <https://example.org/events/42?utm=x&amp;a=b|Late one> · All day');
    expect(md).not.toContain('Friday 13 June');
    expect(numbers).toEqual([1, 2]);
    expect(text).toBe('Events this week near Birmingham (9 Jun – 15 Jun) (part 1 of 2)');
    // Slack reads a span's target up to the first `|`: none points anywhere but the event page or a date.
    for (const span of controlSpans(md)) expect(span).toMatch(/^<(https:\/\/example\.org\/|!date\^)/);
  });

  it('shows the empty note when the week has no events', () => {
    const { blocks, numbers } = renderDigest({ ...page, parts: 1, days: [], emptyNote: 'Nothing near Birmingham this week.' });
    expect(mrkdwnOf(blocks)).toBe('*Events this week near Birmingham (9 Jun – 15 Jun)*\nNothing near Birmingham this week.');
    expect(numbers).toEqual([]);
  });
});

describe('renderReply', () => {
  it('renders inline bold, links and times, escaping plain strings', () => {
    expect(renderInline({ bold: '<b>' })).toBe('*&lt;b&gt;*');
    expect(renderInline({ link: 'a <b>', url: 'https://x.example/' })).toBe('<https://x.example/|a &lt;b&gt;>');
    expect(renderInline({ time: new Date('2025-06-12T18:00:00Z'), timezone: 'Europe/London', style: 'time' })).toBe(
      `<!date^${Date.parse('2025-06-12T18:00:00Z') / 1000}^{time}|19:00 BST>`,
    );
  });

  it('adds paging buttons carrying the core tokens', () => {
    const reply: Reply = {
      ephemeral: true,
      lines: [
        ['Events near ', { bold: 'Birmingham' }],
        ['1. ', { link: HOSTILE, url: 'https://example.org/1' }],
      ],
      paging: { page: 2, pages: 3, prev: 'pg:prev', next: 'pg:next' },
    };
    const { blocks, text } = renderReply(reply);
    expect(mrkdwnOf(blocks)).toContain('Events near *Birmingham*\n1. <https://example.org/1|Free pizza &lt;!channel&gt;');
    expect(mrkdwnOf(blocks)).toContain('Page 2 of 3');
    const actions = blocks.find((b) => b.type === 'actions');
    expect(actions).toMatchObject({
      elements: [
        { action_id: PAGE_PREV, value: 'pg:prev' },
        { action_id: PAGE_NEXT, value: 'pg:next' },
      ],
    });
    expect(text).toBe('Events near Birmingham');
  });

  it('splits long answers into sections of at most 3000 characters without cutting markup', () => {
    const lines = Array.from({ length: 80 }, (_, i) => [`${i}. `, { link: 'x'.repeat(60), url: `https://example.org/${i}` }]);
    const { blocks } = renderReply({ ephemeral: false, lines });
    const sections = blocks.filter((b) => b.type === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const s of sections) {
      const t = s.type === 'section' ? s.text!.text : '';
      expect(t.length).toBeLessThanOrEqual(3000);
      expect(t.split('<').length).toBe(t.split('>').length);
    }
    expect(mrkdwnOf(blocks)).toContain('79. <https://example.org/79|');
  });

  it('never sends an empty section (Slack rejects it)', () => {
    const { blocks } = renderReply({ ephemeral: true, lines: [] });
    expect(blocks).toEqual([{ type: 'section', text: { type: 'mrkdwn', text: ' ', verbatim: true } }]);
  });
});
