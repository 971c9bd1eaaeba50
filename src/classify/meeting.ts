/**
 * Links that mean "attend from a screen": meeting, webinar and streaming
 * services. A location that is such a link is an online event.
 */
import { hostOfLink, isMeetingHost } from '../core/link-hosts.js';

/** A URL (or bare host/URL without scheme) of a meeting or streaming service, or a Mumble server. */
export function isMeetingUrl(text: string): boolean {
  if (/^mumble:\/\//i.test(text)) return true;
  if (!/[.]/.test(text)) return false;
  const host = hostOfLink(text);
  if (!host) return false;
  if (host.startsWith('mumble.')) return true;
  if (host === 'discord.com' || host === 'www.discord.com') return /\/invite\//i.test(text);
  return isMeetingHost(host);
}

/** Luma event or calendar page (lu.ma / luma.com). */
export function isLumaUrl(text: string): boolean {
  const host = hostOfLink(text);
  return host !== null && /^(?:www\.)?(?:lu\.ma|luma\.com)$/.test(host);
}

/** Meeting-service links found in free text (HTML or plain). */
export function findMeetingLinks(text: string): string[] {
  const urls = text.match(/\bhttps?:\/\/[^\s"'<>)\]]+/gi) ?? [];
  return urls.filter(isMeetingUrl);
}
