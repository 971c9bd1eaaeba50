/**
 * What a feed's text needs before it parses as the XML it means to be:
 * HTML bodies written unescaped (wrapRawBodies) and ampersands XML does not
 * allow (repairAmpersands, tried only once a first parse has failed).
 */

/** A CDATA section: its text is never markup, and no reference in it is read. */
const CDATA = /(<!\[CDATA\[[\s\S]*?\]\]>)/;

/**
 * XML allows only five named entities; feeds written by hand or by HTML
 * templates often contain `&nbsp;` or a bare `&` ("Q&A", "Sources & Cocoa").
 * On a first failure, such ampersands are escaped and the parse is tried once
 * more: `&nbsp;` becomes the text "&nbsp;", which is read later as the HTML
 * it is. Inside a CDATA section nothing is changed: its `&nbsp;` and
 * `&ndash;` are already text, and escaping them would show "&amp;nbsp;" and
 * break every date in a body (one bare `&` in a title had turned a Trumba
 * feed's "3&nbsp;&ndash;&nbsp;4&nbsp;p.m." into text no date is read from).
 */
export function repairAmpersands(xml: string): string {
  if (!xml.includes('<![CDATA[')) return escapeAmpersands(xml);
  return xml
    .split(CDATA)
    .map((part) => (part.startsWith('<![CDATA[') ? part : escapeAmpersands(part)))
    .join('');
}

function escapeAmpersands(text: string): string {
  return text.replace(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** A body element with a tag in it before anything else: "<description>Who: Ada<br/>". Most feeds escape theirs or use CDATA. */
const RAW_TAG_IN_BODY = /<(?:description|content:encoded)\b[^>]*(?<!\/)>[^<]*<(?![/!])/i;
/** An RSS body element and its content, up to its first closing tag. */
const BODY = /<(description|content:encoded)(\s[^>]*?)?(?<!\/)>([\s\S]*?)<\/\1>/gi;

/**
 * HTML written into an RSS `<description>` unescaped — `<description>Who:
 * Ada<br/>When: January 13, 2016<br/>Where: Valley Hall</description>` —
 * is XML to the parser: xml2js keeps the text outside the child elements
 * and drops the order of the rest, so the item was left with "Who: Ada".
 * Such a body (a tag in it, no CDATA section) is wrapped in CDATA before
 * parsing, and read as the HTML it is.
 */
export function wrapRawBodies(xml: string): string {
  if (!RAW_TAG_IN_BODY.test(xml)) return xml;
  return xml.replace(BODY, (whole, name: string, attrs: string | undefined, inner: string) =>
    !/<[a-z/]/i.test(inner) || inner.includes('<![CDATA[')
      ? whole
      : `<${name}${attrs ?? ''}><![CDATA[${inner.replace(/]]>/g, ']]]]><![CDATA[>')}]]></${name}>`,
  );
}
