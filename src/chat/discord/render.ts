import { ButtonStyle, ComponentType, MessageFlags, escapeMarkdown } from 'discord.js';
import type { APIActionRowComponent, APIButtonComponent } from 'discord.js';
import type { Inline, Line, Reply } from '../../core/chat.js';
import { stripControls } from '../../core/controls.js';
import { httpUrl } from '../../core/url.js';
import { timestamp } from './time.js';

/**
 * Pure rendering of the platform-neutral rich text (`Inline`, `Line`,
 * `Reply`) into Discord message payloads. Event cards and digests are in
 * embeds.ts.
 *
 * Escaping rule: EVERY plain string (including the text of bold and link
 * parts) goes through `escapeText`, so text from a feed can never form
 * markup, a masked link, a mention, a timestamp or a custom emoji. Only the
 * renderer itself adds `**`, `[..](..)` and `<t:..>`.
 */

/** Discord limits (characters). */
export const LIMITS = { content: 2000, embedTitle: 256, embedDescription: 4096, footer: 2048, customId: 100 } as const;

/** Sent with every message: no text can ping @everyone, @here, a role or a user. */
export const NO_MENTIONS = { parse: [] as [] };

const ZWSP = '\u200B';

/**
 * Escapes one plain string for Discord markdown:
 * 1. control characters and bidi overrides are dropped (core/controls.ts; feed text was cleaned when
 *    normalised, this is the second line of defence) and newlines become spaces (an Inline is part of
 *    one line, so feed text cannot start new lines, lists or quotes);
 * 2. discord.js `escapeMarkdown` with headings and lists on;
 * 3. `completeEscapes` backslash-escapes every markup character escapeMarkdown left alone
 *    (it leaves runs like `***` and any `[`/`]` not in a complete `[x](y)`, so a title like
 *    `a](https://evil) [b` could otherwise close our own link text early);
 * 4. a quote (`>`) or subtext (`-#`) at the start is escaped;
 * 5. `@everyone`/`@here` get a zero-width space after the `@`, and `<` before `@ # / : a: t:`
 *    gets one too, so `<@123>`, `<@&1>`, `<#1>`, `</cmd:1>`, `<t:1>`, `<:e:1>` stay literal.
 */
export function escapeText(text: string): string {
  const oneLine = stripControls(text).replace(/\s*[\r\n]+\s*/g, ' ');
  return completeEscapes(escapeMarkdown(oneLine, { heading: true, bulletedList: true, numberedList: true }))
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/^(\s*)-#/, '$1\\-#')
    .replace(/@(everyone|here)/gi, `@${ZWSP}$1`)
    .replace(/<(?=[@#/:]|[at]:)/gi, `<${ZWSP}`);
}

const URL_IN_TEXT = /https?:\/\/\S+/g;

/**
 * Escapes markup characters that are not escaped yet. Input is escapeMarkdown
 * output, where every backslash starts an escape pair, so pairs are copied
 * as they are. `_` inside bare URLs is left alone (as escapeMarkdown does) so
 * the URL still links to the right place.
 */
function completeEscapes(text: string): string {
  const urlSpans = [...text.matchAll(URL_IN_TEXT)].map((m) => [m.index, m.index + m[0].length] as const);
  const inUrl = (i: number) => urlSpans.some(([a, b]) => i >= a && i < b);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\' && i + 1 < text.length) {
      out += ch + text[i + 1]!;
      i++;
    } else if ('*~`|[]'.includes(ch) || (ch === '_' && !inUrl(i))) {
      out += `\\${ch}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * An http(s) URL safe to put in `[text](url)` or an embed url, or null.
 * Parentheses are percent-encoded (a `)` would end the markdown link) and
 * URLs longer than Discord accepts are dropped rather than failing the post.
 */
export function safeUrl(url: string | null | undefined): string | null {
  const parsed = url ? httpUrl(url) : null;
  if (!parsed || parsed.username || parsed.password) return null;
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29');
  return href.length <= 2048 ? href : null;
}

/** `[text](url)` with the text escaped; just the escaped text when the url is not http(s). */
export function link(text: string, url: string | null | undefined): string {
  const safe = safeUrl(url);
  const label = escapeText(text) || safe || '';
  return safe ? `[${label}](${safe})` : label;
}

export function renderInline(part: Inline): string {
  if (typeof part === 'string') return escapeText(part);
  if ('bold' in part) return part.bold.trim() ? `**${escapeText(part.bold)}**` : '';
  if ('link' in part) return link(part.link, part.url);
  return timestamp(part.time, part.timezone, part.style);
}

export function renderLine(line: Line): string {
  return line.map(renderInline).join('');
}

/**
 * Joins rendered lines, keeping whole lines within `max`; when lines are
 * dropped the text ends with "…" so the reader can tell.
 */
export function joinLines(lines: string[], max: number): string {
  const out: string[] = [];
  let length = 0;
  for (const [i, line] of lines.entries()) {
    const add = (out.length ? 1 : 0) + line.length;
    const needsMore = i < lines.length - 1;
    if (length + add + (needsMore ? 2 : 0) > max) {
      if (!out.length) return cut(line, max);
      out.push('…');
      return out.join('\n');
    }
    out.push(line);
    length += add;
  }
  return out.join('\n');
}

/** Cuts rendered text to `max` characters without leaving a dangling backslash escape. */
export function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1).replace(/\\+$/, (s) => (s.length % 2 ? s.slice(1) : s));
  return `${head}…`;
}

/** Escapes a plain string and shortens it (with "…") so the escaped form fits `max`. */
export function fitEscaped(text: string, max: number): string {
  let raw = text.trim();
  let out = escapeText(raw);
  while (out.length > max && raw.length > 0) {
    raw = raw.slice(0, raw.length - Math.max(1, Math.ceil((out.length - max) / 2))).trimEnd();
    out = `${escapeText(raw)}…`;
  }
  return out.length <= max ? out : '…';
}

export interface RenderedReply {
  content: string;
  /** A reply too long for a message's content (> 2000) goes into one embed's description (≤ 4096) instead. */
  embeds: { description: string }[];
  components: APIActionRowComponent<APIButtonComponent>[];
  flags?: MessageFlags.Ephemeral;
  allowedMentions: typeof NO_MENTIONS;
}

/**
 * A command reply: lines as message content (≤ 2000), paging as ◀/▶ buttons
 * whose custom_id is the core's opaque token (the button handler hands it
 * back to `core.page`). "Page 2/5" is shown as a last content line. A
 * reply longer than a message's content may be (`/events help` lists every
 * command) is shown in full as an embed's description rather than cut.
 */
export function renderReply(reply: Reply): RenderedReply {
  const lines = reply.lines.map(renderLine);
  const paging = reply.paging;
  if (paging && paging.pages > 1) lines.push(`-# Page ${paging.page}/${paging.pages}`);
  const long = lines.join('\n').length > LIMITS.content;
  const content = long ? '' : joinLines(lines, LIMITS.content) || '\u200B';
  const embeds = long ? [{ description: joinLines(lines, LIMITS.embedDescription) }] : [];
  const buttons: APIButtonComponent[] = [];
  if (paging?.prev && paging.prev.length <= LIMITS.customId) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: '◀ Previous', custom_id: paging.prev });
  }
  if (paging?.next && paging.next.length <= LIMITS.customId && paging.next !== paging.prev) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Next ▶', custom_id: paging.next });
  }
  const rendered: RenderedReply = {
    content,
    embeds,
    components: buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [],
    allowedMentions: NO_MENTIONS,
  };
  if (reply.ephemeral) rendered.flags = MessageFlags.Ephemeral;
  return rendered;
}
