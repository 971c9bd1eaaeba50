import { stripControls } from '../core/controls.js';
import { decodeEntities } from './entities.js';

/**
 * HTML (or plain text that may hold HTML) → plain text a person reads in a
 * chat post.
 *
 * - `<script>`, `<style>`, `<head>` … are dropped with their content; comments too.
 * - In text laid out with tags (<p>, <br>, <div>, <li> …) raw line breaks are
 *   spaces, as in a browser; plain text keeps its line breaks.
 * - `<p>`, `<div>`, headings → blank-line paragraphs; `<br>` → newline;
 *   `<li>` → "• " bullet lines.
 * - A link whose text is a shortened copy of its address
 *   (`<a href="https://www.linkedin.com/in/x/">https://www.linkedin....</a>`,
 *   Meetup does this) shows the full address instead.
 * - All character references are decoded (see entities.ts), including a
 *   `&hellip\;` whose semicolon kept its iCal escape.
 * - Markdown escapes that leak into feeds (`\-\-\-`, `\*`, `\_`) lose the backslash.
 * - A literal `\n` next to a tag (`</HEAD>\n<BODY>`, HTML that an iCal
 *   exporter escaped twice) is a line break, not text.
 * - Text whose HTML arrived escaped once more (`&lt;p&gt;Hello&lt;/p&gt;` and no
 *   real tag, as in Mastodon/Atom feeds read without decoding) is unescaped first.
 * - Control characters (ESC sequences, BEL, C1) and bidi overrides/isolates
 *   are dropped, before and after decoding (`&#27;` is one too); see
 *   core/controls.ts.
 * - Whitespace: runs of spaces collapse to one, lines are trimmed, at most one
 *   blank line in a row, and none at the ends.
 */
export function htmlToText(html: string): string {
  // Plain text (no tag, reference or backslash escape): only controls and whitespace to tidy.
  if (!MARKUP.test(html)) return collapseWhitespace(stripControls(html));
  let s = stripControls(looksEscapedHtml(html) ? decodeEntities(html) : withEscapedTags(html));
  s = s.replace(/>\\n|\\n</g, (m) => m.replace('\\n', '\n'));
  if (HTML_LAYOUT.test(s)) s = s.replace(/\s*\n\s*/g, ' ');
  s = dropInvisible(s);
  s = expandShortenedLinks(s);
  s = blocksToNewlines(s);
  s = s.replace(/<[^>]*>/g, '');
  s = decodeEntities(s);
  s = unescapeMarkdown(stripControls(s));
  return collapseWhitespace(s);
}

/** One line of text: htmlToText with every line break turned into a space. */
export function inlineText(html: string): string {
  const text = htmlToText(html);
  // htmlToText leaves only single spaces and line breaks, trimmed: without a line break it is one line already.
  return text.includes('\n') ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * Cuts text to at most `max` characters, at a word boundary when there is one
 * in the last fifth, ending with "…". Never splits an emoji or other
 * surrogate pair.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return max === 1 ? '…' : '';
  let cut = max - 1;
  if (isLowSurrogate(text.charCodeAt(cut))) cut -= 1;
  const head = text.slice(0, cut);
  const endsAtWord = /\s/.test(text.charAt(cut));
  const space = head.search(/\s\S*$/);
  const body = endsAtWord || space < Math.floor(cut * 0.8) ? head : head.slice(0, space);
  return body.replace(/[\s,;:.\-–—]+$/u, '') + '…';
}

/** Characters without which every HTML step below leaves text as it is. */
const MARKUP = /[<>&\\]/;

/** Text with these tags lays out with tags, so its raw line breaks are just spaces (as in a browser). */
const HTML_LAYOUT = /<(p|br|div|li|h[1-6]|table|tr|body)\b/i;

const ESCAPED_TAG = /&lt;\/?(p|br|hr|a|div|span|li|ul|ol|strong|em|b|i|img|h[1-6])\b/i;

function looksEscapedHtml(s: string): boolean {
  return !/<[a-z!/]/i.test(s) && ESCAPED_TAG.test(s);
}

/** An escaped tag, attributes and all, up to its escaped ">": `&lt;p data-key=&quot;40&quot;&gt;`. */
const ESCAPED_TAGS = new RegExp(String.raw`${ESCAPED_TAG.source}[^<>]*?&gt;`, 'gi');

/**
 * Real tags with escaped ones among them (Trumba's editor writes `<br>`
 * beside `&lt;p data-key=&quot;40&quot;&gt;`): the escaped tags become tags,
 * so they go with the rest instead of showing as text.
 */
function withEscapedTags(s: string): string {
  return s.includes('&lt;') ? s.replace(ESCAPED_TAGS, (tag) => decodeEntities(tag)) : s;
}

const INVISIBLE = /<(script|style|head|noscript|template|svg|iframe|object)\b[\s\S]*?<\/\1\s*>/gi;

function dropInvisible(s: string): string {
  return s
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!\[CDATA\[|\]\]>/g, '')
    .replace(INVISIBLE, '')
    .replace(/<(script|style)\b[\s\S]*$/i, '');
}

const ANCHOR = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>([\s\S]*?)<\/a\s*>/gi;

function expandShortenedLinks(s: string): string {
  return s.replace(ANCHOR, (whole, dq: string | undefined, sq: string | undefined, inner: string) => {
    const href = decodeEntities(dq ?? sq ?? '').trim();
    const label = decodeEntities(inner.replace(/<[^>]*>/g, '')).trim();
    const stem = label.replace(/(\.\.\.|…)$/, '');
    const shortened = stem.length >= 8 && stem !== label && /^https?:\/\//i.test(href) && href.startsWith(stem);
    return shortened ? href : whole;
  });
}

function blocksToNewlines(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n• ')
    .replace(/<\/?(p|div|h[1-6]|blockquote|pre|section|article|header|footer|table|ul|ol|dl)\b[^>]*>/gi, '\n\n')
    .replace(/<\/?(tr|dt|dd|hr)\b[^>]*>/gi, '\n');
}

const MARKDOWN_ESCAPE = /\\([-*_#`[\]()!>+~|{}.])/g;

function unescapeMarkdown(s: string): string {
  return s.replace(MARKDOWN_ESCAPE, '$1');
}

/** Whitespace other than single spaces between words (or a zero-width space): without it there is nothing to tidy. */
const UNTIDY = /[^\S ]|[\u200b\u2060\ufeff]| {2}|^ | $/;

export function collapseWhitespace(s: string): string {
  // Most titles and one-line descriptions are already tidy: one test instead of six passes.
  if (!UNTIDY.test(s)) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\u2060\ufeff]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n') // trims every line: a line's ends hold at most one space by now
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
