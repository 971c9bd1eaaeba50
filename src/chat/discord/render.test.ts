import { describe, expect, it } from 'vitest';
import { MessageFlags } from 'discord.js';
import type { Reply } from '../../core/chat.js';
import { LIMITS, escapeText, fitEscaped, joinLines, renderInline, renderLine, renderReply, safeUrl } from './render.js';
import { timestamp } from './time.js';

/** Markup a feed must never produce once escaped: an unescaped mention/timestamp, @everyone/@here, or a masked link. */
function formsMarkup(rendered: string): string | null {
  if (/@(everyone|here)/i.test(rendered)) return 'mass mention';
  if (/<[@#/:]|<[at]:/i.test(rendered)) return 'mention/timestamp/emoji';
  if (/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/.test(rendered)) return 'masked link';
  if (/(^|[^\\])(\*\*|__|~~|\|\||`)/.test(rendered)) return 'inline markup';
  if (/^(#{1,3} |> |-# |[-*] |\d+\. )/m.test(rendered)) return 'block markup';
  return null;
}

describe('escapeText: feed text never forms Discord markup', () => {
  const cases: [string, string][] = [
    ['@everyone free pizza', '@\u200Beveryone free pizza'],
    ['ping @here now', 'ping @\u200Bhere now'],
    ['<@123456789012345678> and <@!1> and <@&2>', '<\u200B@123456789012345678> and <\u200B@!1> and <\u200B@&2>'],
    ['see <#123> or </events nearby:1>', 'see <\u200B#123> or <\u200B/events nearby:1>'],
    ['fake time <t:0:F> and emoji <:party:1> <a:dance:2>', 'fake time <\u200Bt:0:F> and emoji <\u200B:party:1> <\u200Ba:dance:2>'],
    ['**Bold** _it_ __u__ ~~s~~ `c` ||spoiler||', '\\*\\*Bold\\*\\* \\_it\\_ \\_\\_u\\_\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\|'],
    ['[Click](https://evil.test)', '\\[Click\\](https://evil.test)'],
    ['a](https://evil.test) [b', 'a\\](https://evil.test) \\[b'],
    ['# Big heading', '\\# Big heading'],
    ['> quoted', '\\> quoted'],
    ['-# small', '\\-# small'],
    ['- bullet', '\\- bullet'],
    ['12. numbered', '12\\. numbered'],
    ['line one\n# two\r\n> three', 'line one # two > three'],
    ['*****', '\\*\\*\\*\\*\\*'],
    ['a***b***c', 'a\\*\\*\\*b\\*\\*\\*c'],
    ['see https://www.meetup.com/brum_js/ or brum_js', 'see https://www.meetup.com/brum_js/ or brum\\_js'],
    ['C:\\path', 'C:\\\\path'],
    ['Brum.js — Thursday meetup', 'Brum.js — Thursday meetup'],
    ['Pizza\u001b[2J\u0007 night \u202egnp.exe\u202c\u0085', 'Pizza night gnp.exe'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    const out = escapeText(input);
    expect(out).toBe(expected);
    expect(formsMarkup(out)).toBeNull();
  });
});

describe('links', () => {
  it.each([
    ['https://example.com/a', 'https://example.com/a'],
    ['http://example.com/x_(y)', 'http://example.com/x_%28y%29'],
    ['https://example.com/a b', 'https://example.com/a%20b'],
    ['javascript:alert(1)', null],
    ['ftp://example.com/', null],
    ['https://user:pw@example.com/', null],
    ['not a url', null],
    ['', null],
    [`https://example.com/${'a'.repeat(2100)}`, null],
  ])('safeUrl(%j) = %j', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('renders [escaped text](url) and drops links that are not http(s)', () => {
    expect(renderInline({ link: 'Brum.js [Dec]', url: 'https://brumjs.test/dec' })).toBe('[Brum.js \\[Dec\\]](https://brumjs.test/dec)');
    expect(renderInline({ link: '@everyone click', url: 'javascript:alert(1)' })).toBe('@\u200Beveryone click');
  });

  it('a title that tries to close the link early stays inside it', () => {
    const out = renderInline({ link: 'x](https://evil.test) [y', url: 'https://real.test/' });
    expect(out).toBe('[x\\](https://evil.test) \\[y](https://real.test/)');
  });
});

describe('times', () => {
  const at = new Date('2025-12-04T18:30:00Z');
  it.each([
    ['full', '<t:1764873000:F>'],
    ['relative', '<t:1764873000:R>'],
    ['time', '<t:1764873000:t>'],
  ] as const)('%s → %s', (style, expected) => {
    expect(renderInline({ time: at, timezone: 'Europe/London', style })).toBe(expected);
  });

  it('a date is shown as noon of the local day, so readers in other zones see the same date', () => {
    // All-day event on Sat 6 Dec in Auckland starts at local midnight = Fri 5 Dec 11:00 UTC.
    const start = new Date('2025-12-05T11:00:00Z');
    const noonAuckland = Date.UTC(2025, 11, 6, 12) - 13 * 3_600_000;
    expect(timestamp(start, 'Pacific/Auckland', 'date')).toBe(`<t:${noonAuckland / 1000}:D>`);
    // London in summer (BST, UTC+1): noon local = 11:00 UTC.
    expect(timestamp(new Date('2025-07-01T00:00:00+01:00'), 'Europe/London', 'date')).toBe(`<t:${Date.UTC(2025, 6, 1, 11) / 1000}:D>`);
  });

  it('an unknown time zone falls back to UTC instead of throwing', () => {
    expect(timestamp(new Date('2025-12-04T18:30:00Z'), 'Not/AZone', 'date')).toBe(`<t:${Date.UTC(2025, 11, 4, 12) / 1000}:D>`);
  });
});

describe('lines and replies', () => {
  it('joins the parts of a line, escaping every plain string', () => {
    const line = renderLine([
      { bold: '#42' },
      ' ',
      { link: 'Brum.js', url: 'https://b.test' },
      ' — ',
      { time: new Date(0), timezone: 'UTC', style: 'full' },
      ' · *The* Vic',
    ]);
    expect(line).toBe('**#42** [Brum.js](https://b.test/) — <t:0:F> · \\*The\\* Vic');
  });

  it('an ephemeral reply carries the Ephemeral flag and never allows mentions', () => {
    const r = renderReply({ ephemeral: true, lines: [['❌ Radius must be between 1 and 200 km']] });
    expect(r.flags).toBe(MessageFlags.Ephemeral);
    expect(r.allowedMentions).toEqual({ parse: [] });
    expect(r.components).toEqual([]);
    expect(r.content).toBe('❌ Radius must be between 1 and 200 km');
  });

  it('a public reply has no flags', () => {
    expect(renderReply({ ephemeral: false, lines: [['hi']] }).flags).toBeUndefined();
  });

  it('paging becomes ◀/▶ buttons whose custom_id is the core token, plus a page line', () => {
    const reply: Reply = { ephemeral: false, lines: [['a']], paging: { page: 2, pages: 3, prev: 'pg:prev', next: 'pg:next' } };
    const r = renderReply(reply);
    expect(r.content).toBe('a\n-# Page 2/3');
    const buttons = r.components[0]!.components;
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : null))).toEqual(['pg:prev', 'pg:next']);
    expect(buttons.map((b) => ('label' in b ? b.label : null))).toEqual(['◀ Previous', 'Next ▶']);
  });

  it('the first page only has a Next button', () => {
    const r = renderReply({ ephemeral: false, lines: [['a']], paging: { page: 1, pages: 2, prev: null, next: 'pg:n' } });
    expect(r.components[0]!.components).toHaveLength(1);
  });

  it('a reply over 2000 characters is shown whole in an embed (up to 4096), not cut', () => {
    const lines = Array.from({ length: 40 }, (_, i) => [`${i} ${'x'.repeat(80)}`]);
    const r = renderReply({ ephemeral: false, lines });
    expect(r.content).toBe('');
    expect(r.embeds[0]!.description.split('\n')).toHaveLength(40);
    expect(r.embeds[0]!.description.endsWith(`39 ${'x'.repeat(80)}`)).toBe(true);
  });

  it('beyond 4096 characters the embed keeps whole lines and ends with …', () => {
    const lines = Array.from({ length: 80 }, (_, i) => [`${i} ${'x'.repeat(80)}`]);
    const { embeds } = renderReply({ ephemeral: false, lines });
    expect(embeds[0]!.description.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embeds[0]!.description.endsWith('\n…')).toBe(true);
    for (const line of embeds[0]!.description.split('\n').slice(0, -1)) expect(line).toMatch(/^\d+ x{80}$/);
  });

  it('a short reply stays message content, with no embed', () => {
    const r = renderReply({ ephemeral: true, lines: [['hello']] });
    expect(r).toMatchObject({ content: 'hello', embeds: [] });
  });

  it('an empty reply still has content (Discord rejects empty messages)', () => {
    expect(renderReply({ ephemeral: true, lines: [] }).content.length).toBeGreaterThan(0);
  });
});

describe('fitting text to limits', () => {
  it('fitEscaped counts the escaped length and never ends in a lone backslash', () => {
    const title = '*'.repeat(300);
    const out = fitEscaped(title, 256);
    expect(out.length).toBeLessThanOrEqual(256);
    expect(out.endsWith('…')).toBe(true);
    expect(out.slice(0, -1)).toMatch(/^(\\\*)+$/);
  });

  it('joinLines returns everything when it fits', () => {
    expect(joinLines(['a', 'b'], 10)).toBe('a\nb');
  });
});
