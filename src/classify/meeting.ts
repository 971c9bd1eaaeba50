/**
 * Links that mean "attend from a screen": meeting, webinar and streaming
 * services. A location that is such a link is an online event.
 */

/** Host suffixes (a subdomain matches too: us02web.zoom.us, company.webex.com). */
// prettier-ignore
const MEETING_HOSTS = [
  'zoom.us', 'zoom.com', 'zoomgov.com', 'meet.google.com', 'teams.microsoft.com', 'teams.live.com', 'webex.com',
  'whereby.com', 'meet.jit.si', '8x8.vc', 'hopin.com', 'hopin.to', 'streamyard.com', 'crowdcast.io', 'twitch.tv',
  'youtube.com', 'youtu.be', 'discord.gg', 'gather.town', 'bigbluebutton.org', 'gotomeeting.com', 'goto.com',
  'bluejeans.com', 'skype.com', 'join.skype.com', 'airmeet.com', 'vimeo.com', 'bbb.', 'jitsi.',
];

function hostOf(text: string): string | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** A URL (or bare host/URL without scheme) of a meeting or streaming service, or a Mumble server. */
export function isMeetingUrl(text: string): boolean {
  if (/^mumble:\/\//i.test(text)) return true;
  if (!/[.]/.test(text)) return false;
  const host = hostOf(text.trim());
  if (!host) return false;
  if (host.startsWith('mumble.')) return true;
  if (host === 'discord.com' || host === 'www.discord.com') return /\/invite\//i.test(text);
  return MEETING_HOSTS.some((h) => (h.endsWith('.') ? host.startsWith(h) || host.includes(`.${h}`) : host === h || host.endsWith(`.${h}`)));
}

/** Luma event or calendar page (lu.ma / luma.com). */
export function isLumaUrl(text: string): boolean {
  const host = hostOf(text.trim());
  return host !== null && /^(?:www\.)?(?:lu\.ma|luma\.com)$/.test(host);
}

/** Meeting-service links found in free text (HTML or plain). */
export function findMeetingLinks(text: string): string[] {
  const urls = text.match(/\bhttps?:\/\/[^\s"'<>)\]]+/gi) ?? [];
  return urls.filter(isMeetingUrl);
}
