import type { types } from '@slack/bolt';
import type { DigestPage, EventCard, Inline, Line, Reply } from '../../core/chat.js';
import { formatAllDay, formatInZone } from '../../core/time.js';
import { DATE_TOKENS, escapeText, isLocalMidnight, link, slackDate, truncate } from './escape.js';
import { GOING, MAYBE, numberEmoji } from './emoji.js';

/**
 * Pure rendering of the platform-neutral chat values into Block Kit. Every
 * string that did not come from this file goes through `escapeText` (or
 * `link`, which escapes), so text from a feed or a user can never form a link,
 * a mention or a `<!channel>` ping. All mrkdwn objects are `verbatim: true`
 * so Slack does not auto-link bare URLs or `#channel` names either.
 */
export type Block = types.KnownBlock;
export interface Rendered {
  blocks: Block[];
  /** Notification / screen-reader fallback (escaped mrkdwn, short). */
  text: string;
}

/** Section and context texts may hold at most 3000 characters. */
const SECTION_MAX = 3000;
const TITLE_MAX = 200;
const FALLBACK_MAX = 300;

export const PAGE_PREV = 'events_page_prev';
export const PAGE_NEXT = 'events_page_next';

const mrkdwn = (text: string): types.MrkdwnElement => ({ type: 'mrkdwn', text, verbatim: true });
const section = (text: string): types.SectionBlock => ({ type: 'section', text: mrkdwn(text) });
const context = (texts: string[]): types.ContextBlock => ({ type: 'context', elements: texts.map(mrkdwn) });

// ─── Inline text ─────────────────────────────────────────────────────────
export function renderInline(part: Inline): string {
  if (typeof part === 'string') return escapeText(part);
  if ('bold' in part) return part.bold.trim() ? `*${escapeText(part.bold)}*` : '';
  if ('link' in part) return link(part.url, part.link);
  return renderTime(part.time, part.timezone, part.style);
}

function renderLine(line: Line): string {
  return line.map(renderInline).join('');
}

/**
 * A moment in the reader's local time. A bare date at local midnight is an
 * all-day date: shifting it into the reader's zone could show the day before,
 * so it is written as plain text in the event's zone instead.
 */
function renderTime(time: Date, timezone: string, style: keyof typeof DATE_TOKENS): string {
  if (style === 'date' && isLocalMidnight(time, timezone)) return escapeText(formatInZone(time, timezone, 'date'));
  return slackDate(time, DATE_TOKENS[style], formatInZone(time, timezone, written(style)));
}

/** A fallback text can't count down: a relative time is written out in full. */
const written = (style: keyof typeof DATE_TOKENS) => (style === 'relative' ? 'full' : style);

/** The same inline text without markup, for the notification fallback. */
function plainInline(part: Inline): string {
  if (typeof part === 'string') return part;
  if ('bold' in part) return part.bold;
  if ('link' in part) return part.link;
  return formatInZone(part.time, part.timezone, written(part.style));
}

function fallback(text: string): string {
  return escapeText(truncate(text.replace(/\s+/g, ' ').trim(), FALLBACK_MAX)) || ' ';
}

/** Joins rendered lines into as few sections as the 3000-character limit allows. */
function sections(lines: string[]): types.SectionBlock[] {
  const out: types.SectionBlock[] = [];
  let current = '';
  for (const raw of lines) {
    const line = raw.length > SECTION_MAX ? cutMarkup(raw) : raw || ' ';
    if (current && current.length + 1 + line.length > SECTION_MAX) {
      out.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) out.push(section(current));
  return out;
}

/** Cuts an over-long rendered line at a safe point (never inside `<…>` or `&…;`). */
function cutMarkup(line: string): string {
  let cut = SECTION_MAX - 1;
  const open = line.lastIndexOf('<', cut);
  if (open > line.lastIndexOf('>', cut)) cut = open;
  const amp = line.lastIndexOf('&', cut);
  if (amp > line.lastIndexOf(';', cut)) cut = amp;
  return `${line.slice(0, cut)}…`;
}

// ─── Command replies ─────────────────────────────────────────────────────
export function renderReply(reply: Reply): Rendered {
  const blocks: Block[] = sections(reply.lines.map(renderLine));
  if (blocks.length === 0) blocks.push(section(' '));
  const paging = reply.paging;
  if (paging && paging.pages > 1) {
    blocks.push(context([`Page ${paging.page} of ${paging.pages}`]));
    const buttons: types.Button[] = [];
    if (paging.prev) buttons.push(button(PAGE_PREV, '◀ Previous', paging.prev));
    if (paging.next) buttons.push(button(PAGE_NEXT, 'Next ▶', paging.next));
    if (buttons.length) blocks.push({ type: 'actions', block_id: 'events_paging', elements: buttons });
  }
  const first = reply.lines.find((l) => l.length > 0) ?? [];
  return { blocks, text: fallback(first.map(plainInline).join('')) };
}

function button(actionId: string, label: string, value: string): types.Button {
  return { type: 'button', action_id: actionId, text: { type: 'plain_text', text: label }, value };
}

// ─── Event posts ─────────────────────────────────────────────────────────
export function renderEventCard(card: EventCard): Rendered {
  const lines = [titleLine(card)];
  const notice = noticeLine(card);
  if (notice) lines.unshift(notice);
  lines.push(`:calendar: ${whenText(card)}`);
  const where = whereText(card);
  if (where) lines.push(`:round_pushpin: ${where}`);
  if (card.organiser) lines.push(`:bust_in_silhouette: Organised by ${escapeText(truncate(card.organiser, TITLE_MAX))}`);
  const blocks: Block[] = [...sections(lines)];
  if (card.source) blocks.push(context([`From ${escapeText(truncate(card.source, TITLE_MAX))}`]));
  blocks.push(context([rsvpText(card)]));
  const plainWhen = card.allDay ? allDayText(card) : formatInZone(card.start, card.timezone, 'full');
  const status = card.status === 'cancelled' ? 'Cancelled: ' : '';
  return { blocks, text: fallback(`${status}${card.title} — ${plainWhen}`) };
}

function titleLine(card: EventCard): string {
  const title = link(card.url, truncate(card.title, TITLE_MAX));
  return card.status === 'cancelled' ? `~*${title}*~` : `*${title}*`;
}

const STATUS_NOTICE: Record<EventCard['status'], { icon: string; word: string } | null> = {
  scheduled: null,
  cancelled: { icon: ':x:', word: 'Cancelled' },
  postponed: { icon: ':hourglass_flowing_sand:', word: 'Postponed' },
  tentative: { icon: ':grey_question:', word: 'Tentative' },
};

/** The notice the core sends ("Updated: new time") wins; otherwise a non-scheduled status is named. */
function noticeLine(card: EventCard): string | null {
  const status = STATUS_NOTICE[card.status];
  if (card.notice) return `${status?.icon ?? ':warning:'} *${escapeText(truncate(card.notice, TITLE_MAX))}*`;
  return status ? `${status.icon} *${status.word}*` : null;
}

/** Start (and end) in each reader's local time; all-day dates as plain dates in the event's zone. */
function whenText(card: EventCard): string {
  if (card.allDay) return escapeText(allDayText(card));
  const start = renderTime(card.start, card.timezone, 'full');
  if (!card.end || card.end.getTime() <= card.start.getTime()) return start;
  const sameDay = formatInZone(card.start, card.timezone, 'date') === formatInZone(card.end, card.timezone, 'date');
  return `${start} – ${renderTime(card.end, card.timezone, sameDay ? 'time' : 'full')}`;
}

/** "Sat, 6 Dec 2025" or "Sat, 6 Dec 2025 – Sun, 7 Dec 2025" (the iCalendar end date is exclusive). */
const allDayText = (card: EventCard): string => formatAllDay(card.start, card.end, card.timezone);

function whereText(card: EventCard): string | null {
  // An address that already names the venue ("The Victoria, 48 John Bright St") is shown alone.
  const { venue, address } = card;
  const place =
    venue && address ? (address.toLowerCase().includes(venue.toLowerCase()) ? address : `${venue}, ${address}`) : (venue ?? address ?? '');
  let text = escapeText(truncate(place, 400));
  if (card.attendance === 'online') text = text ? `${text} (online)` : 'Online';
  if (card.attendance === 'hybrid') text = text ? `${text} (also online)` : 'Hybrid';
  if (card.mapUrl && text) text += ` · ${link(card.mapUrl, 'Map')}`;
  return text || null;
}

function rsvpText(card: EventCard): string {
  const names = card.goingNames && card.status !== 'cancelled' ? ` (${escapeText(card.goingNames)})` : '';
  const counts = `*${card.counts.going}* going${names} · *${card.counts.maybe}* maybe`;
  if (card.status === 'cancelled') return counts;
  return `React :${GOING}: going · :${MAYBE}: maybe  —  ${counts}`;
}

// ─── Digests ─────────────────────────────────────────────────────────────
export interface RenderedDigest extends Rendered {
  /** Item numbers that have a reaction emoji (1–10), in order. */
  numbers: number[];
}

export function renderDigest(page: DigestPage): RenderedDigest {
  const partText = page.parts > 1 ? ` (part ${page.part} of ${page.parts})` : '';
  const blocks: Block[] = [section(`*${escapeText(truncate(page.heading, TITLE_MAX))}*${partText}`)];
  const numbers: number[] = [];
  const hasItems = page.days.some((d) => d.items.length > 0);
  if (!hasItems) {
    if (page.emptyNote) blocks.push(section(escapeText(page.emptyNote)));
    return { blocks, text: fallback(page.heading), numbers };
  }
  for (const day of page.days) {
    if (day.items.length === 0) continue;
    const lines = [`*${escapeText(day.label)}*`];
    for (const { number, card } of day.items) {
      if (numberEmoji(number)) numbers.push(number);
      lines.push(digestItem(number, card));
    }
    blocks.push(...sections(lines));
  }
  if (numbers.length) blocks.push(context([`React with an event's number (:${numberEmoji(1)}: …) to say you're going.`]));
  return { blocks, text: fallback(`${page.heading}${partText}`), numbers };
}

function digestItem(number: number, card: EventCard): string {
  const emoji = numberEmoji(number);
  const marker = emoji ? `:${emoji}:` : `*${number}.*`;
  const title = link(card.url, truncate(card.title, TITLE_MAX));
  const when = card.allDay ? 'All day' : renderTime(card.start, card.timezone, 'time');
  const parts = [card.status === 'cancelled' ? `~${title}~ (cancelled)` : title, when];
  if (card.venue) parts.push(escapeText(truncate(card.venue, 100)));
  // No RSVP counts: a digest is not edited afterwards, so they would go stale.
  return `${marker} ${parts.join(' · ')}`;
}

/**
 * Options for every message the app posts from a reply's lines (notices,
 * digests, direct messages): Slack formats nothing on its own, turns no
 * names into mentions and unfurls no link, so feed text stays as written.
 */
export const PLAIN_MESSAGE = { parse: 'none', link_names: false, unfurl_links: false, unfurl_media: false } as const;
