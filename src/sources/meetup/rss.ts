import { collapseWhitespace } from '../text/html.js';

/**
 * Meetup group RSS items end their description with a fixed run of
 * paragraphs after the event text:
 *
 *   <p>Townsville  4810 - Australia</p>      ← venue / address (or "Online event")
 *   <p>Thursday, April 21 at 5:00 PM</p>     ← the start, no year, no zone
 *   <p>13</p>                                ← RSVP count (ignored)
 *   <p>https://www.meetup.com/…/events/…/</p>
 *
 * So the venue is the block right before the date block — when it looks like
 * an address line rather than the last sentence of the event text: at most
 * 150 characters, not ending in sentence punctuation, not a bare number.
 */
export function meetupVenueBlock(blocks: string[], dateBlockIndex: number): string | null {
  const candidate = blocks[dateBlockIndex - 1];
  if (candidate === undefined) return null;
  return venueLine(candidate);
}

function venueLine(block: string): string | null {
  const text = collapseWhitespace(block);
  if (text.length === 0 || text.length > 150) return null;
  if (/[.!?:]$/.test(text) || /^\d+$/.test(text)) return null;
  return text;
}

export interface MeetupItemPlace {
  venue: string | null;
  online: boolean;
}

const ONLINE_BLOCK = /^(?:📍\s*)?online(?:\s+event)?$/iu;

/**
 * Venue and attendance of a Meetup RSS item. Two layouts are seen:
 *
 *   group name · event text · venue · date · RSVP count · link   (older)
 *   group name · date · event text · venue · RSVP count · link   (newer)
 *
 * The first block is always the group's name, never the venue. The venue is
 * the address-like block right before the date, else the one right before
 * the RSVP count (a bare number after the date). An "Online event" block, or
 * "(online)" in the title, means the event is online.
 */
export function meetupItemPlace(title: string, blocks: string[], dateBlockIndex: number): MeetupItemPlace {
  const later = blocks.slice(1).map((b) => collapseWhitespace(b));
  const online = /\(online\)/i.test(title) || later.some((b) => ONLINE_BLOCK.test(b));
  if (online) return { venue: null, online };
  const rsvp = blocks.findIndex((b, i) => i > dateBlockIndex && /^\d+$/.test(collapseWhitespace(b)));
  const candidates = [dateBlockIndex - 1, rsvp - 1].filter((i) => i >= 1 && i !== dateBlockIndex);
  for (const i of candidates) {
    const venue = venueLine(blocks[i] ?? '');
    if (venue) return { venue, online };
  }
  return { venue: null, online };
}
