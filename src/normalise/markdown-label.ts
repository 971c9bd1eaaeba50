/**
 * A place label written in Markdown emphasis, as Meetup's iCal descriptions
 * (and many other Markdown ones) write their facts:
 *
 * - "**WHERE**: …", "**Where:** …", "*Where:* …", "__Location__ - …": the
 *   emphasis around the label and its colon (or a dash after an emphasised
 *   label) is set aside, and the line is read as "Where: …" (plainLabel).
 * - "**Where We Meet**", "**Meeting point:**", "**Venue**", "**Where We
 *   Meet/Important Directions**": an emphasised label alone on its line is a
 *   heading; the place is on the next non-empty line (described-location.ts).
 *
 * Only at the start of a line (after a list bullet or not): a label run on
 * inside a line whose breaks were lost ("… **5:00 PM** * **Where:** the
 * lake") is not read.
 */
import { FIELD_PLACE_LABELS, MEETING_PLACE_LABELS, PLACE_LABELS } from '../core/place-label.js';

/** The words that label a place: a place's, a meeting point's or a form field's. */
export const LABELS = `(?:${PLACE_LABELS}|${MEETING_PLACE_LABELS}|${FIELD_PLACE_LABELS})`;

/** Bold, italic or both, with asterisks or underscores. */
const EMPHASIS = String.raw`(?:\*{1,3}|_{1,3})`;
/** A list bullet before the emphasis: a "*" one needs a space after it, so that it is not the emphasis. */
const BULLET = String.raw`(?:[•·–-]\s*|\*\s+)?`;
/** ":", the full-width "：" or, after an emphasised label, a dash ("__Location__ - …"). */
const SEPARATOR = String.raw`(?:\s*[:：]|\s+[-–—](?=\s))`;
/** More words after a heading's label: "Where We Meet/Important Directions", "Location & Parking". */
const MORE = String.raw`(?:\s*(?:[/&+|]|\band\b)\s*[^*_\n]{1,40}?)`;

const EMPHASISED = new RegExp(
  String.raw`^\s*(${BULLET})(${EMPHASIS})\s*(${LABELS})(${MORE})?(${SEPARATOR})?\s*\2(?![*_])(${SEPARATOR})?\s*(.*)$`,
  'i',
);

/** A line with its label's emphasis set aside ("**WHERE**: X" as "WHERE: X"), or `heading` for a label alone in emphasis. */
export type PlainLabel = { line: string; heading: false } | { heading: true };

export function plainLabel(line: string): PlainLabel {
  const m = line.includes('*') || line.includes('_') ? EMPHASISED.exec(line) : null;
  if (!m) return { line, heading: false };
  const [, bullet, , label, more, inside, after, rest] = m as unknown as (string | undefined)[];
  if (rest!.trim() === '') return { heading: true };
  // "**Venue** The Crown", "**Location & Parking**: …": no separator, or a heading's other words, make no label.
  if ((inside === undefined && after === undefined) || more !== undefined) return { line, heading: false };
  return { line: `${bullet}${label}: ${withoutEmphasis(rest!)}`, heading: false };
}

/** Text with its Markdown bold or underline marks taken out ("**The Crown**, 12 High St"). */
export function withoutEmphasis(text: string): string {
  return text.replace(/\*{2,3}|(?<![\p{L}\p{N}])_{2,3}|_{2,3}(?![\p{L}\p{N}])/gu, '');
}
