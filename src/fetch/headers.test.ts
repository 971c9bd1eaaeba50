import { describe, expect, it } from 'vitest';
import { freshUntil, parseContentType, parseRetryAfter } from './headers.js';

const now = new Date('2025-03-01T12:00:00Z');
const plus = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('freshUntil', () => {
  it.each([
    ['max-age', { 'cache-control': 'public, max-age=3600' }, plus(3600)],
    ['s-maxage when there is no max-age', { 'cache-control': 's-maxage=600' }, plus(600)],
    ['max-age wins over s-maxage', { 'cache-control': 's-maxage=600, max-age=60' }, plus(60)],
    ['quoted max-age', { 'cache-control': 'max-age="120"' }, plus(120)],
    ['Age is subtracted', { 'cache-control': 'max-age=3600', age: '600' }, plus(3000)],
    ['Expires', { expires: 'Sat, 01 Mar 2025 14:00:00 GMT' }, plus(7200)],
    ['max-age wins over Expires', { 'cache-control': 'max-age=60', expires: 'Sat, 01 Mar 2025 14:00:00 GMT' }, plus(60)],
    ['no-cache means no freshness', { 'cache-control': 'no-cache, max-age=3600' }, null],
    ['no-store means no freshness', { 'cache-control': 'no-store' }, null],
    ['max-age=0', { 'cache-control': 'max-age=0' }, null],
    ['Expires in the past', { expires: 'Thu, 01 Jan 1970 00:00:00 GMT' }, null],
    ['invalid Expires "0"', { expires: '0' }, null],
    ['no headers', {}, null],
  ])('%s', (_label, headers, expected) => {
    expect(freshUntil(headers, now)).toEqual(expected);
  });
});

describe('parseRetryAfter', () => {
  it.each([
    ['seconds', '120', plus(120)],
    ['seconds with spaces', ' 30 ', plus(30)],
    ['HTTP date', 'Sat, 01 Mar 2025 13:00:00 GMT', plus(3600)],
    ['garbage', 'soon', null],
    ['missing', null, null],
  ])('%s', (_label, value, expected) => {
    expect(parseRetryAfter(value, now)).toEqual(expected);
  });
});

describe('parseContentType', () => {
  it.each([
    ['text/calendar; charset=utf-8', { mediaType: 'text/calendar', charset: 'utf-8' }],
    ['Application/RSS+XML;Charset="ISO-8859-1"', { mediaType: 'application/rss+xml', charset: 'iso-8859-1' }],
    ['text/html', { mediaType: 'text/html', charset: null }],
    ['text/xml; foo=bar; charset=windows-1252', { mediaType: 'text/xml', charset: 'windows-1252' }],
    ['', null],
    [null, null],
  ])('%s', (value, expected) => {
    expect(parseContentType(value)).toEqual(expected);
  });
});
