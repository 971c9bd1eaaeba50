import { expect, it } from 'vitest';
import { httpUrl } from './url.js';

it.each([
  ['https://example.org/events/1', undefined, 'https://example.org/events/1'],
  ['HTTP://Example.org', undefined, 'http://example.org/'],
  ['/events/2', 'https://example.org/feed.rss', 'https://example.org/events/2'],
  ['https://other.org/x', 'https://example.org/', 'https://other.org/x'],
  // a Hugo site built with no base URL writes its links with no host
  [
    'https:///events/2026/09-08-valhalla/',
    'https://jug.example.org/events/index.xml',
    'https://jug.example.org/events/2026/09-08-valhalla/',
  ],
  ['/events/2', undefined, null],
  ['javascript:alert(1)', undefined, null],
  ['mailto:hello@example.org', 'https://example.org/', null],
  ['ftp://example.org/feed.ics', undefined, null],
  ['not a url', undefined, null],
  ['', undefined, null],
])('httpUrl(%j, base %j) → %j', (text, base, expected) => {
  expect(httpUrl(text, base)?.href ?? null).toBe(expected);
});
