/**
 * Small, dependency-free HTML helpers for feed text: enough to read dates,
 * places and links out of item descriptions. Not a sanitiser — the normalise
 * stage owns the text that is shown to people.
 */
import { httpUrl } from '../../core/url.js';

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  deg: '°',
  shy: '',
  zwj: '\u200d',
  zwnj: '\u200c',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  iacute: 'í',
  uacute: 'ú',
  ccedil: 'ç',
  atilde: 'ã',
  otilde: 'õ',
  ntilde: 'ñ',
};

/** Decodes numeric entities and the common named ones; unknown names stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}

/** Characters every markup step of stripHtml starts from (a tag, a comment, CDATA, an entity). */
const MARKUP = /[<&]/;

/** Whitespace other than single spaces between words: a line break, a tab, a no-break space, a run, an end. */
const UNTIDY = /[^\S ]| {2}|^ | $/;

/** Elements whose start or end begins a new line of text. */
const BLOCK_TAG = /<\/?(?:p|div|br|hr|li|ul|ol|h[1-6]|tr|table|section|article|blockquote|header|footer|dd|dt)\b[^>]*>/gi;

/**
 * HTML → plain text: one line per block element, tags dropped, entities
 * decoded, runs of spaces collapsed, blank lines removed. Text inside
 * <script>/<style> and Mastodon's `<span class="invisible">` (the hidden part
 * of shortened links) is kept — it is harmless for date/place extraction.
 */
export function stripHtml(html: string): string {
  // No tag, no entity and nothing but single spaces between words (most titles and plain descriptions): nothing to do.
  if (!MARKUP.test(html) && !UNTIDY.test(html)) return html;
  const withBreaks = html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_TAG, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(withBreaks)
    .split(/\r?\n/)
    .map((line) => line.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

export interface Anchor {
  href: string;
  className: string;
  rel: string;
}

function attr(attrs: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attrs);
  if (!m) return null;
  return decodeEntities(m[1] ?? m[2] ?? m[3] ?? '');
}

/** Every `<a href>` in an HTML fragment, in document order. */
export function anchors(html: string): Anchor[] {
  const out: Anchor[] = [];
  for (const m of html.matchAll(/<a\b([^>]*)>/gi)) {
    const attrs = m[1] ?? '';
    const href = attr(attrs, 'href');
    if (href) out.push({ href: href.trim(), className: attr(attrs, 'class') ?? '', rel: attr(attrs, 'rel') ?? '' });
  }
  return out;
}

/** Resolves `href` against `base`; null for anything that is not http(s). */
export function absoluteHttpUrl(href: string, base: string | null): string | null {
  return httpUrl(href, base || undefined)?.toString() ?? null;
}

/**
 * A title for an item that has none (Mastodon and Bluesky posts): the first
 * line of its text, cut at a word boundary to about `max` characters.
 */
export function titleFromText(text: string, max = 80): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const first = lines[0] ?? '';
  // A very short first line ("📢", "New:") says little: use the running text instead.
  const source = first.length >= 20 ? first : lines.join(' ');
  const chars = Array.from(source); // by code point, so an emoji is never cut in half
  if (chars.length <= max) return source;
  const cut = chars.slice(0, max).join('');
  // Cut back to the last whole word, unless the cut already falls between words.
  const endsOnWord = /\s/.test(chars[max] ?? '');
  const lastSpace = cut.lastIndexOf(' ');
  return `${(endsOnWord || lastSpace <= max / 2 ? cut : cut.slice(0, lastSpace)).trimEnd()}…`;
}

/** Collapses whitespace runs (including non-breaking spaces) to one space. */
export function collapseWhitespace(text: string): string {
  if (!UNTIDY.test(text)) return text;
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
