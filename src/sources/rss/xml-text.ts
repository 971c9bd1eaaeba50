/** Text of the values rss-parser (xml2js) gives for an item's elements. */

/** Text content of an xml2js value (string, {_: text}, or a one-element array). */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (value && typeof value === 'object' && '_' in value) return textOf((value as { _: unknown })._);
  return null;
}

/**
 * A location field's text; none when it holds no letter or digit: "-" is what
 * a site writes in WP Event Manager's `event_listing:location` for no place
 * (unlike "TBA", it says nothing, so a place set for the feed still applies).
 */
export function locationOf(value: unknown): string | null {
  const text = textOf(value);
  return text !== null && !/[\p{L}\p{N}]/u.test(text) ? null : text;
}
