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
  const text = collapseWhitespace(candidate);
  if (text.length === 0 || text.length > 150) return null;
  if (/[.!?:]$/.test(text) || /^\d+$/.test(text)) return null;
  return text;
}
