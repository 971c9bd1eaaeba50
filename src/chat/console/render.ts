import type { DigestPage, EventCard, Inline, Line, Reply } from '../../core/chat.js';
import { stripControls } from '../../core/controls.js';
import { formatAllDay, formatInZone } from '../../core/time.js';
import { placeText } from '../../deliver/format.js';

/**
 * Text rendering for the console chat. Feed text is stripped of control
 * characters, so a feed can't move the cursor or recolour the terminal.
 */
export interface TextStyle {
  bold(s: string): string;
  dim(s: string): string;
}

export const plain: TextStyle = { bold: (s) => s, dim: (s) => s };
export const ansi: TextStyle = { bold: (s) => `\x1b[1m${s}\x1b[22m`, dim: (s) => `\x1b[2m${s}\x1b[22m` };

const clean = (s: string): string => stripControls(s).replace(/\r/g, '');

export function formatTime(at: Date, zone: string, style: 'full' | 'date' | 'time' | 'relative', now = new Date()): string {
  return style === 'relative' ? relative(at, now) : formatInZone(at, zone, style);
}

function relative(at: Date, now: Date): string {
  const minutes = Math.round((at.getTime() - now.getTime()) / 60_000);
  const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const abs = Math.abs(minutes);
  if (abs < 60) return rtf.format(minutes, 'minute');
  if (abs < 48 * 60) return rtf.format(Math.round(minutes / 60), 'hour');
  return rtf.format(Math.round(minutes / 1440), 'day');
}

function renderInline(part: Inline, style: TextStyle, now?: Date): string {
  if (typeof part === 'string') return clean(part);
  if ('bold' in part) return style.bold(clean(part.bold));
  if ('link' in part) return `${clean(part.link)} ${style.dim(`<${clean(part.url)}>`)}`;
  return formatTime(part.time, part.timezone, part.style, now);
}

const renderLine = (line: Line, style: TextStyle, now?: Date): string => line.map((p) => renderInline(p, style, now)).join('');

export function renderReply(reply: Reply, style: TextStyle, now?: Date): string {
  const lines = reply.lines.map((l) => renderLine(l, style, now));
  if (reply.paging) {
    const hints = [reply.paging.prev ? '"prev"' : null, reply.paging.next ? '"next"' : null].filter(Boolean).join(' or ');
    lines.push(style.dim(`Page ${reply.paging.page} of ${reply.paging.pages} — type ${hints}`));
  }
  return lines.join('\n');
}

export function renderCard(card: EventCard, id: string, style: TextStyle, now?: Date): string {
  const when = card.allDay ? formatAllDay(card.start, card.end, card.timezone) : formatTime(card.start, card.timezone, 'full');
  const title = card.status === 'cancelled' ? `❌ CANCELLED: ${clean(card.title)}` : clean(card.title);
  const lines = [
    card.notice ? style.bold(`⚠️  ${clean(card.notice)}`) : null,
    style.bold(title) + (card.url ? ` ${style.dim(`<${clean(card.url)}>`)}` : ''),
    `🕒 ${when} · ${formatTime(card.start, card.timezone, 'relative', now)}`,
    placeText(card.venue, card.address)
      ? `📍 ${clean(placeText(card.venue, card.address)!)}${card.mapUrl ? ` ${style.dim(`<${card.mapUrl}>`)}` : ''}`
      : null,
    card.organiser || card.source
      ? style.dim(
          clean(
            ['by ' + (card.organiser ?? ''), card.source ? `found on ${card.source}` : ''].filter((s) => s.trim() !== 'by').join(' · '),
          ),
        )
      : null,
    `✅ ${card.counts.going} going${card.goingNames ? ` (${clean(card.goingNames)})` : ''} · 🤔 ${card.counts.maybe} maybe — type "react ${id} ✅" or "react ${id} 🤔"`,
  ];
  return lines.filter((l): l is string => l !== null).join('\n');
}

export function renderDigest(page: DigestPage, id: string, style: TextStyle): string {
  const head = style.bold(`🗓️  ${clean(page.heading)}${page.parts > 1 ? ` (${page.part}/${page.parts})` : ''}`);
  if (page.emptyNote) return `${head}\n${clean(page.emptyNote)}`;
  const body = page.days.flatMap((d) => [
    style.bold(d.label),
    ...d.items.map(
      (i) =>
        `  ${i.number}. ${clean(i.card.title)} — ${i.card.allDay ? 'all day' : formatTime(i.card.start, i.card.timezone, 'time')}${i.card.venue ? ` · ${clean(i.card.venue)}` : ''}`,
    ),
  ]);
  return [head, ...body, style.dim(`Going? type "react ${id} <number>"`)].join('\n');
}
