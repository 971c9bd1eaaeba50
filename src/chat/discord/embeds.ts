import type { APIEmbed } from 'discord.js';
import type { DigestPage, EventCard } from '../../core/chat.js';
import { stripControls } from '../../core/controls.js';
import { GOING, MAYBE, keycap } from './emoji.js';
import { LIMITS, NO_MENTIONS, cut, escapeText, fitEscaped, joinLines, link, safeUrl } from './render.js';
import { localDay, timestamp } from './time.js';
import { DAY_MS } from '../../core/time.js';

/**
 * Event posts and digests as Discord embeds (pure). Everything that came
 * from a feed is escaped (render.ts); footers are plain text (Discord does
 * not render markdown or mentions there) and are only shortened.
 */

export interface RenderedPost {
  embeds: APIEmbed[];
  allowedMentions: typeof NO_MENTIONS;
}

const COLOR = { normal: 0x5865f2, changed: 0xfee75c, cancelled: 0xed4245 } as const;

export function renderEventCard(card: EventCard): RenderedPost {
  const cancelled = card.status === 'cancelled';
  const title = fitEscaped(`${cancelled ? '❌ Cancelled: ' : ''}${card.title}`, LIMITS.embedTitle);
  const lines = [statusLine(card), `🗓️ ${when(card)}`, venueLine(card), attendanceLine(card), organiserLine(card), countsLine(card)];
  const embed: APIEmbed = {
    title,
    description: joinLines(
      lines.filter((l): l is string => Boolean(l)),
      LIMITS.embedDescription,
    ),
    color: cancelled ? COLOR.cancelled : card.notice ? COLOR.changed : COLOR.normal,
    footer: { text: cut(footer(card), LIMITS.footer) },
  };
  const url = safeUrl(card.url);
  if (url) embed.url = url;
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** "❌ **Cancelled**", "⏸️ **Postponed**", "🔄 **Updated: new time**" — at the top so nobody misses it. */
function statusLine(card: EventCard): string | null {
  if (card.status === 'cancelled') return `❌ **${escapeText(card.notice ?? 'Cancelled')}**`;
  if (card.status === 'postponed') return `⏸️ **${escapeText(card.notice ?? 'Postponed')}**`;
  return card.notice ? `🔄 **${escapeText(card.notice)}**` : null;
}

/**
 * Timed: "<t:start:F> – <t:end:t> · <t:start:R>" (end as a full date when it is on another day).
 * All-day: the date(s) only; `end` is exclusive, so the last day is end − 1 ms.
 */
export function when(card: Pick<EventCard, 'start' | 'end' | 'allDay' | 'timezone'>): string {
  const { start, end, timezone } = card;
  if (card.allDay) {
    const last = end ? new Date(end.getTime() - 1) : null;
    const multi = last && localDay(last, timezone) !== localDay(start, timezone) && last.getTime() - start.getTime() < 366 * DAY_MS;
    return `${timestamp(start, timezone, 'date')}${multi ? ` – ${timestamp(last, timezone, 'date')}` : ''} (all day)`;
  }
  let range = timestamp(start, timezone, 'full');
  if (end && end.getTime() > start.getTime()) {
    const sameDay = localDay(end, timezone) === localDay(start, timezone);
    range += ` – ${timestamp(end, timezone, sameDay ? 'time' : 'full')}`;
  }
  return `${range} · ${timestamp(start, timezone, 'relative')}`;
}

/** "📍 [The Victoria, 48 John Bright St, Birmingham](map)" — the address is left out when it repeats the venue. */
function venueLine(card: EventCard): string | null {
  const venue = card.venue?.trim() || null;
  const address = card.address?.trim() || null;
  const parts = venue && address && address.toLowerCase().startsWith(venue.toLowerCase()) ? [address] : [venue, address];
  const text = parts.filter(Boolean).join(', ');
  if (!text) return null;
  return `📍 ${link(text, card.mapUrl)}`;
}

function attendanceLine(card: EventCard): string | null {
  if (card.attendance === 'hybrid') return '💻 Also online (hybrid)';
  if (card.attendance === 'online') return '💻 Online';
  return null;
}

function organiserLine(card: EventCard): string | null {
  return card.organiser?.trim() ? `👤 ${fitEscaped(card.organiser, 200)}` : null;
}

/** "✅ 3 going (Priya, Tom) · 🤔 1 maybe · 12 interested on Discord" (not shown on a cancelled event). */
function countsLine(card: Pick<EventCard, 'counts' | 'status' | 'interested' | 'goingNames'>): string | null {
  if (card.status === 'cancelled') return null;
  const names = card.goingNames ? ` (${escapeText(card.goingNames)})` : '';
  return `${GOING} ${card.counts.going} going${names} · ${MAYBE} ${card.counts.maybe} maybe${interestedText(card)}`;
}

/** " · 12 interested on Discord": people who marked the Events-tab copy (sync on), when any did. */
const interestedText = (card: Pick<EventCard, 'interested'>) => (card.interested ? ` · ${card.interested} interested on Discord` : '');

function footer(card: EventCard): string {
  const react = card.status === 'cancelled' ? 'This event was cancelled' : `React ${GOING} going · ${MAYBE} maybe`;
  const source = card.source && stripControls(card.source).trim();
  return `${react}${source ? ` · via ${source.replace(/\s+/g, ' ')}` : ''}`;
}

/**
 * A digest part as one embed: a bold heading per day, then one line per
 * event numbered with keycap emoji (1️⃣…🔟), which are also the reactions a
 * reader taps to say they are going. Numbers above 🔟 are shown as "**11.**"
 * (no reaction). An empty week shows the page's note.
 */
export function renderDigest(page: DigestPage): RenderedPost {
  const heading = page.parts > 1 ? `${page.heading} (${page.part}/${page.parts})` : page.heading;
  const lines: string[] = [];
  for (const day of page.days) {
    if (!day.items.length) continue;
    if (lines.length) lines.push('');
    lines.push(`**${escapeText(day.label)}**`);
    for (const item of day.items) lines.push(digestLine(item.number, item.card));
  }
  const items = digestNumbers(page);
  let description = joinLines(lines, LIMITS.embedDescription);
  if (!lines.length) description = page.emptyNote ? escapeText(page.emptyNote) : 'No events this week.';
  const embed: APIEmbed = { title: fitEscaped(heading, LIMITS.embedTitle), description, color: COLOR.normal };
  const reactable = items.filter((n) => keycap(n));
  if (reactable.length) {
    const range =
      reactable.length === 1 ? keycap(reactable[0]!)! : `${keycap(reactable[0]!)!}–${keycap(reactable[reactable.length - 1]!)!}`;
    embed.footer = { text: `React ${range} to say you're going` };
  }
  return { embeds: [embed], allowedMentions: NO_MENTIONS };
}

/** The item numbers shown on a digest page, in order (the adapter adds a keycap reaction for each ≤ 10). */
export function digestNumbers(page: DigestPage): number[] {
  return page.days.flatMap((d) => d.items.map((i) => i.number));
}

function digestLine(number: number, card: EventCard): string {
  const marker = keycap(number) ?? `**${number}.**`;
  const cancelled = card.status === 'cancelled';
  const title = link(card.title, card.url);
  const time = card.allDay ? 'all day' : timestamp(card.start, card.timezone, 'time');
  const parts = [`${marker} ${cancelled ? `~~${title}~~ ❌ cancelled` : title}`, time];
  if (card.venue?.trim()) parts.push(fitEscaped(card.venue, 100));
  if (card.status === 'postponed') parts.push('postponed');
  else if (card.notice && !cancelled) parts.push(escapeText(card.notice));
  if (card.interested && !cancelled) parts.push(interestedText(card).slice(3));
  return parts.join(' · ');
}
