import { stripControls } from '../../core/controls.js';
import { httpUrl } from '../../core/url.js';

/**
 * Slack mrkdwn escaping. Slack gives meaning to exactly three characters in
 * message text: `<` and `>` delimit links, mentions (`<@U…>`), special
 * mentions (`<!channel>`, `<!here>`) and dates (`<!date^…>`); `&` starts the
 * entities used to write them literally. Replacing these three with `&amp;`,
 * `&lt;`, `&gt;` makes any feed text inert: it can no longer form a link or a
 * mention. (Slack's own guidance: escape these three and nothing else.)
 *
 * Bare `@channel` words are not turned into mentions because every text object
 * we send is `verbatim: true` and messages are sent with `parse: 'none'`.
 * Control characters and bidi overrides are dropped too (core/controls.ts), in
 * case stored text predates the same cleaning at normalisation.
 */
export function escapeText(text: string): string {
  return stripControls(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A URL fit to stand inside `<url|label>`: only http(s), re-serialised by the
 * WHATWG parser (so spaces and control characters are percent-encoded), with
 * `|` encoded (it would end the URL part) and `&<>` escaped. Null for anything
 * else (javascript:, mailto:, garbage), so the label is shown without a link.
 */
export function safeUrl(url: string | null | undefined): string | null {
  const parsed = url ? httpUrl(url) : null;
  return parsed ? escapeText(parsed.href.replace(/\|/g, '%7C')) : null;
}

/** `<url|label>` with the label escaped; the plain escaped label when the URL is unusable. */
export function link(url: string | null | undefined, label: string): string {
  const href = safeUrl(url);
  const text = escapeText(label);
  return href ? `<${href}|${text}>` : text;
}

/** Shortens plain text (before escaping, so an entity is never cut in half). */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/** Slack date tokens by how much of the moment to show. */
export const DATE_TOKENS = {
  full: '{date_short_pretty} at {time}',
  date: '{date_short_pretty}',
  time: '{time}',
  relative: '{ago}',
} as const;

/**
 * `<!date^UNIX^TOKENS|fallback>`: Slack shows the moment in each reader's own
 * time zone; clients that cannot render it show the fallback, which we write in
 * the event's own zone. The fallback is escaped (it sits inside `<…>`).
 */
export function slackDate(time: Date, tokens: string, fallback: string): string {
  const unix = Math.floor(time.getTime() / 1000);
  return `<!date^${unix}^${tokens}|${escapeText(fallback).replace(/\|/g, '¦')}>`;
}

/** True when the instant is exactly midnight in `timezone` (an all-day date, not a moment). */
export function isLocalMidnight(time: Date, timezone: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', { timeZone: timezone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
      time,
    );
    return parts === '00:00';
  } catch {
    return false;
  }
}

/**
 * Slash command text as the user typed it. Slack delivers `&`, `<`, `>` as
 * entities and may wrap what it recognised: `<https://x|x>` or `<https://x>`
 * for links, `<#C123|events>` for channels, `<@U123|ann>` for users,
 * `<mailto:a@b|a@b>`. Links become their URL (so `feed add` gets the real
 * address, `&` included), other wrapped items their label; then the three
 * entities are decoded (`&amp;` last, so `&amp;lt;` stays `&lt;`).
 */
export function commandText(raw: string): string {
  return raw
    .replace(/<(https?:\/\/[^|>]+)(?:\|[^>]*)?>/g, '$1')
    .replace(/<mailto:[^|>]+\|([^>]*)>/g, '$1')
    .replace(/<#[A-Z0-9]+\|([^>]*)>/g, '#$1')
    .replace(/<@[A-Z0-9]+\|([^>]*)>/g, '@$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}
