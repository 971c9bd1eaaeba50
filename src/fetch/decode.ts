/**
 * Bytes → text with the charset the publisher meant. Order of evidence:
 *
 *   1. a byte-order mark (UTF-8, UTF-16 LE/BE) always wins;
 *   2. the charset in the HTTP Content-Type header;
 *   3. the document's own declaration: `<?xml … encoding="…"?>`, or for HTML
 *      `<meta charset="…">` / `<meta http-equiv="Content-Type" content="…; charset=…">`
 *      within the first 1024 bytes;
 *   4. UTF-8.
 *
 * One correction for a common server mistake: when the header says UTF-8 but
 * the bytes are not valid UTF-8 and the document declares another charset
 * (an ISO-8859-1 feed served as "text/xml; charset=utf-8"), the document's
 * declaration is used; with no such declaration (or one that also says UTF-8)
 * the bytes are read as Windows-1252 rather than shown as U+FFFD. Labels are resolved by TextDecoder (WHATWG Encoding:
 * "iso-8859-1" and "us-ascii" decode as windows-1252, a superset); a label
 * TextDecoder does not know is ignored.
 */

const SNIFF_BYTES = 1024;

function bomCharset(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The canonical WHATWG name for a label, or null if TextDecoder does not support it. */
function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The charset declared inside the document itself (XML declaration or HTML meta). */
export function declaredCharset(body: Buffer): string | null {
  // Declarations are ASCII, so reading the head as latin1 is safe for sniffing.
  const head = body.subarray(0, SNIFF_BYTES).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  // Matches both <meta charset="x"> and <meta http-equiv=… content="text/html; charset=x">.
  // Only in HTML: a feed's CDATA may quote markup.
  const isHtml = /<(!doctype\s+html|html|head)\b/i.test(head);
  const meta = isHtml ? /<meta[^>]+charset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head) : null;
  const label = canonicalCharset(xml?.[1] ?? meta?.[1]);
  // A declaration we could read as ASCII cannot really be UTF-16 (HTML spec rule).
  return label?.startsWith('utf-16') ? 'utf-8' : label;
}

function isValidUtf8(body: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(body);
    return true;
  } catch {
    return false;
  }
}

/** Which charset `decodeBody` will use, following the rules at the top of this file. */
export function detectCharset(body: Buffer, contentTypeCharset: string | null): string {
  const bom = bomCharset(body);
  if (bom) return bom;
  const fromHeader = canonicalCharset(contentTypeCharset);
  const fromDocument = declaredCharset(body);
  if ((fromHeader ?? fromDocument ?? 'utf-8') === 'utf-8' && !isValidUtf8(body)) {
    // Said (or assumed) UTF-8 but is not: the document's own other declaration,
    // else Windows-1252, the usual truth behind such feeds (ISO-8859-1 served as UTF-8).
    return fromDocument && fromDocument !== 'utf-8' ? fromDocument : 'windows-1252';
  }
  return fromHeader ?? fromDocument ?? 'utf-8';
}

/**
 * WHATWG windows-1252 for bytes 0x80–0x9F. Node 20's TextDecoder decodes
 * "windows-1252" (and so "iso-8859-1", "latin1", "us-ascii") as plain
 * Latin-1, turning smart quotes and € into C1 control characters
 * (nodejs/node#56542), so we map these 32 bytes ourselves.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(body: Buffer): string {
  return body.toString('latin1').replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decodes a fetched body to text (a leading BOM is removed). */
export function decodeBody(body: Buffer, contentTypeCharset: string | null): string {
  const charset = detectCharset(body, contentTypeCharset);
  if (charset === 'windows-1252') return decodeWindows1252(body);
  return new TextDecoder(charset).decode(body);
}
