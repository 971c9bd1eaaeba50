/**
 * Whether an event's own link is a video or live-stream page: a YouTube
 * video, stream or channel's live page, a Twitch channel, a Vimeo video or
 * event, a Facebook or Instagram video or live page, a Dailymotion video.
 * Such an event is the stream itself; when it names no location, the venue
 * its title mentions ("… Season opening at the Concert Hall") is where it is
 * filmed, not a place its watchers go, so it is not placed from its title
 * (ingest/locate.ts). A site's own "/live" page (a venue's gig list) is not
 * one: only the video platforms below count.
 */
export function isVideoPage(url: string | null | undefined): boolean {
  if (!url || !VIDEO_HOST_HINT.test(url)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase().replace(/^(?:www|m|mobile|web)\./, '');
  const path = VIDEO_PATHS.get(host);
  return path !== undefined && path.test(parsed.pathname);
}

/** A cheap look before parsing: most event links name none of these hosts. */
const VIDEO_HOST_HINT = /youtu|twitch\.tv|vimeo\.com|facebook\.com|fb\.watch|instagram\.com|dailymotion\.com/i;

const ANY_PATH = /^\/[^/]/;
const LIVE_OR_VIDEOS = /\/(?:videos?|live)(?:\/|$)/i;

/** Host → the paths on it that are one video or stream. */
const VIDEO_PATHS: ReadonlyMap<string, RegExp> = new Map([
  // watch?v=…, live/<id>, shorts/<id>, embed/<id>, @channel/live, channel/<id>/live
  ['youtube.com', /^\/(?:watch|live\/|shorts\/|embed\/)|^\/(?:@[^/]+|c\/[^/]+|channel\/[^/]+|user\/[^/]+)\/(?:live|streams)\/?$/i],
  ['youtu.be', ANY_PATH],
  ['twitch.tv', ANY_PATH],
  ['vimeo.com', /^\/(?:\d+|event\/|video\/|channels\/[^/]+\/\d+)/i],
  ['player.vimeo.com', /^\/video\//i],
  ['facebook.com', /\/(?:videos?|live|watch)(?:\/|$)/i],
  ['fb.watch', ANY_PATH],
  ['instagram.com', LIVE_OR_VIDEOS],
  ['dailymotion.com', /^\/video\//i],
]);
