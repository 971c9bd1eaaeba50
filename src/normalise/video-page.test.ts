import { describe, expect, it } from 'vitest';
import { isVideoPage } from './video-page.js';

describe('isVideoPage: an event link that is one video or stream', () => {
  it.each([
    'https://www.youtube.com/watch?v=AAAAAAAAAAA',
    'https://m.youtube.com/watch?v=AAAAAAAAAAA',
    'https://youtube.com/live/AAAAAAAAAAA',
    'https://www.youtube.com/@examplechoir/live',
    'https://youtu.be/AAAAAAAAAAA',
    'https://www.twitch.tv/examplejazz',
    'https://vimeo.com/123456789',
    'https://vimeo.com/event/42',
    'https://www.facebook.com/examplechoir/videos/1234567890/',
    'https://www.facebook.com/examplechoir/live',
    'https://fb.watch/abcDEF/',
    'https://www.dailymotion.com/video/x8abc',
  ])('%s is a video page', (url) => {
    expect(isVideoPage(url)).toBe(true);
  });

  it.each([
    null,
    'https://www.youtube.com/@examplechoir',
    'https://www.facebook.com/events/1234567890/',
    'https://examplevenue.example/live',
    'https://examplevenue.example/videos/2030-gala',
    'https://vimeo.com/about',
    'not a url youtube',
  ])('%s is not', (url) => {
    expect(isVideoPage(url)).toBe(false);
  });
});
