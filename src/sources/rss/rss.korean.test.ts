import { describe, expect, it } from 'vitest';
import { ctx, okOutcome, view } from '../text/test-helpers.js';
import { parseFeed } from './index.js';

/** A Korean club's RSS feed (invented): no event fields, the date only in the item's text, published on 4 May 2026. */
function feed(items: [title: string, description: string][]): string {
  const body = items
    .map(
      ([title, description], i) =>
        `<item><title>${title}</title><link>https://club.example.kr/e/${i}</link><pubDate>Mon, 04 May 2026 01:00:00 GMT</pubDate>` +
        `<description><![CDATA[${description}]]></description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>모임</title><link>https://club.example.kr/</link>${body}</channel></rss>`;
}

describe('parseFeed: a Korean date in the item text, in the feed zone', () => {
  it.each([
    // title, description, start, end (UTC; Seoul is UTC+9)
    [
      '보드게임 모임 #12',
      '<p>일시: 2026년 5월 16일(토) 오후 2시 ~ 5시</p><p>장소: 카페 예시</p>',
      '2026-05-16T05:00:00.000Z',
      '2026-05-16T08:00:00.000Z',
    ],
    ['스터디 모임', '<p>2026.05.16 (토) 14:00</p><p>누구나 환영합니다.</p>', '2026-05-16T05:00:00.000Z', null],
    ['저녁 독서 모임', '<p>5월 16일 토요일 오후 7시 30분, 도서관 세미나실</p>', '2026-05-16T10:30:00.000Z', null],
    ['5월 16일(토) 오전 10시 걷기 모임', '<p>함께 걸어요.</p>', '2026-05-16T01:00:00.000Z', null],
  ])('%j: %j', async (title, description, start, end) => {
    const out = okOutcome(await parseFeed(feed([[title, description]]), ctx('https://club.example.kr/feed', 'Asia/Seoul')));
    expect(out.events.map(view)).toEqual([expect.objectContaining({ title, start, end, allDay: false, timezone: 'Asia/Seoul' })]);
  });

  it('skips an item whose text states no event date', async () => {
    const out = okOutcome(
      await parseFeed(feed([['모임 후기', '<p>지난 모임 사진을 올렸습니다.</p>']]), ctx('https://club.example.kr/feed', 'Asia/Seoul')),
    );
    expect(out.events).toHaveLength(0);
    expect(out.skipped).toHaveLength(1);
  });
});
