import { describe, expect, it } from 'vitest';
import { extractTextDate } from './date.js';
import { koreanAsJapanese } from './korean.js';

const PUBLISHED = new Date('2025-11-20T03:00:00Z'); // a Thursday in Seoul
const SEOUL = 'Asia/Seoul'; // UTC+9 all year

describe('extractTextDate: Korean dates', () => {
  it.each([
    // text, start, end (UTC)
    ['일시: 2025년 12월 6일(토) 오후 2시 ~ 5시', '2025-12-06T05:00:00.000Z', '2025-12-06T08:00:00.000Z'],
    ['2025.12.06 (토) 14:00', '2025-12-06T05:00:00.000Z', null],
    ['2025. 12. 6.(토) 14:00~17:00', '2025-12-06T05:00:00.000Z', '2025-12-06T08:00:00.000Z'],
    ['12월 6일 토요일 오후 7시 30분', '2025-12-06T10:30:00.000Z', null],
    ['일시: 12월 6일(토) 오후 2시부터 5시까지', '2025-12-06T05:00:00.000Z', '2025-12-06T08:00:00.000Z'],
    ['모임 안내 - 12월 6일 오전 10시 30분, 장소: 카페', '2025-12-06T01:30:00.000Z', null],
    ['2026년 1월 10일(토) 19:00~21:00', '2026-01-10T10:00:00.000Z', '2026-01-10T12:00:00.000Z'],
  ])('%j', (text, start, end) => {
    const d = extractTextDate(text, { reference: PUBLISHED, timezone: SEOUL });
    expect(d && { start: d.start.toISOString(), end: d.end?.toISOString() ?? null, allDay: d.allDay }).toEqual({
      start,
      end,
      allDay: false,
    });
  });

  it('reads "2시간" (two hours) as a length, not 2 o\'clock: the day alone', () => {
    const d = extractTextDate('12월 6일(토), 2시간 진행', { reference: PUBLISHED, timezone: SEOUL });
    expect(d).toMatchObject({ start: new Date('2025-12-05T15:00:00Z'), allDay: true });
  });

  it.each([['매주 토요일 오후 2시'], ['오후 2시 모임'], ['버전 2025.12.06 출시'], ['참가비 2만원']])(
    'finds no event date in %j',
    (text) => {
      expect(extractTextDate(text, { reference: PUBLISHED, timezone: SEOUL })).toBeNull();
    },
  );

  it('keeps every word at its place (one kanji for one Hangul syllable)', () => {
    const text = '일시: 2025. 12. 6.(토) 오후 2시부터 5시까지';
    expect(koreanAsJapanese(text)).toHaveLength(text.length);
    expect(koreanAsJapanese(text)).toBe('일시: 2025/12/6   (土) 午後 2時から 5時まで');
  });
});
