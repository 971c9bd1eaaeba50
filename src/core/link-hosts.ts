/**
 * What kind of site a link is on, by its host: one list for every stage that
 * asks. A meeting or streaming service's link means "attend from a screen"
 * (classify/meeting.ts reads a location that is one as online); neither such a
 * link nor a map, a social profile or a link hub is an event's own page
 * (sources/text/event-link.ts). Video pages by path are normalise/video-page.ts.
 */

/** Host suffixes (a subdomain matches too: us02web.zoom.us, company.webex.com); "bbb." and "jitsi." are prefixes. */
// prettier-ignore
const MEETING_HOSTS = [
  'zoom.us', 'zoom.com', 'zoomgov.com', 'meet.google.com', 'teams.microsoft.com', 'teams.live.com', 'webex.com',
  'whereby.com', 'meet.jit.si', '8x8.vc', 'hopin.com', 'hopin.to', 'streamyard.com', 'crowdcast.io', 'twitch.tv',
  'youtube.com', 'youtu.be', 'discord.gg', 'gather.town', 'bigbluebutton.org', 'gotomeeting.com', 'goto.com',
  'bluejeans.com', 'skype.com', 'join.skype.com', 'airmeet.com', 'vimeo.com', 'uberconference.com', 'meetings.dialpad.com',
  'meetings.ringcentral.com', 'v.ringcentral.com', 'chime.aws', 'livestorm.co', 'bbb.', 'jitsi.',
];

/** Maps, social profiles, link hubs and chat invites: a link to one is about the event, never its page. */
// prettier-ignore
const MAP_AND_SOCIAL_HOSTS = /(?:^|\.)(?:maps\.google\.[a-z.]+|maps\.app\.goo\.gl|goo\.gl|openstreetmap\.org|osm\.org|maps\.apple\.com|what3words\.com|w3w\.co|instagram\.com|twitter\.com|x\.com|facebook\.com|fb\.com|linkedin\.com|tiktok\.com|threads\.net|bsky\.app|linktr\.ee|wa\.me|chat\.whatsapp\.com|t\.me|discord\.com)$/;

/** The lower-case host of a URL, or of a bare "host/path" written without a scheme. */
export function hostOfLink(text: string): string | null {
  const trimmed = text.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A meeting, webinar or streaming service's host (zoom.us, us02web.zoom.us, bbb.example.org). */
export function isMeetingHost(host: string): boolean {
  return MEETING_HOSTS.some((h) => (h.endsWith('.') ? host.startsWith(h) || host.includes(`.${h}`) : host === h || host.endsWith(`.${h}`)));
}

/** A map, social profile, link hub or chat invite host. */
export function isMapOrSocialHost(host: string): boolean {
  return MAP_AND_SOCIAL_HOSTS.test(host);
}
