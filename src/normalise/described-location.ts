/**
 * Where an event is, when its feed says so only in the description prose
 * (Plancast and many hand-kept calendars leave LOCATION empty). Read only
 * when the description says it plainly, first form that matches:
 *
 * 1. A labelled line: "Location:", "Venue:", "Where:", "Address:", "Place:"
 *    (and "Ort:", "Veranstaltungsort:", "Adresse:", "Lieu:", "Lugar:",
 *    "Dirección:", Portuguese "Local:", "Endereço:", Dutch "Waar:",
 *    "Locatie:", "Adres:", Italian "Luogo:", "Indirizzo:", "Dove:", Finnish
 *    "Osoite:", "Paikka:", Norwegian "Sted:", Swedish "Plats:", Japanese
 *    "開催場所：", "会場：", "場所：" with either colon, and "Где:", "Место:",
 *    "Адрес:", "Місце:", "Τόπος:", "מקום:", "المكان:", "สถานที่:", "स्थान:",
 *    "장소:", "地點：", "地点：", Catalan "Lloc:", "Adreça:", "On:", Portuguese
 *    "Morada:", Galician "Enderezo:", Basque "Non:", "Helbidea:"; a definition list's
 *    "<dt>Local</dt><dd>…</dd>" too),
 *    after a list bullet or not ("• Location: Coredge, Noida", a list item
 *    made text), a meeting point's ("Where we meet:", "Treffpunkt:"), in
 *    Markdown emphasis or not ("**WHERE**: …", or a heading "**Where We
 *    Meet**" over the place: markdown-label.ts), followed by the place on the same line (with the address
 *    lines that follow it, see addressLines), or — a label alone on its
 *    line, as Luma writes
 *    "Address:" — on the next lines, up to the first blank line (at most 3).
 *    The place on the line ends where a sentence after it starts, once a
 *    number has been written ("…, 08201 Sabadell. Truqueu al timbre":
 *    core/place-label.ts); a labelled place with no postcode and town gives
 *    way to a pinned one (1b) that has them.
 * 1b. A 📍 pin used as the label, as Meetup and Luma organisers write it,
 *    on a line of its own or inside a one-line run of emoji facts ("🕦
 *    **12PM noon** 📍 The Garden Restaurant 💰 **50 THB**"): the text after
 *    it up to the next emoji, "**", a sentence after the place or the
 *    line's end (see pinnedPlace).
 * 2. "at <Venue>, <number> <Street>, <Town>": a venue followed by a street
 *    address with a house number (and the town, when written), up to the
 *    end of the sentence.
 * 3. An unlabelled address block: a street line and a postcode-and-town line
 *    (see addressBlock).
 * 3a. A one-line address ending in a full UK postcode: "The Show Field,
 *    Gargrave, North Yorkshire, BD23 3QE" (postcode-line.ts).
 * 3b. A venue and its street written street word first, in Italian,
 *    Portuguese, Dutch or German prose: "presso Officina Esempio, Via Roma
 *    5, Catania", "na Empresa Exemplo, que fica na Rua das Flores, 68", "in
 *    via Roma 5, Catania" (prose-address.ts).
 * 4. A capitalised venue name after words that say the event is held there
 *    ("this time at IIT Delhi", "dans les locaux de Renault Digital",
 *    "presso Officina Esempio", "vai ser na Empresa Exemplo", "findet am
 *    Samstag im Stadtwald statt": venue-cue.ts).
 *
 * Nothing else: "meet at the usual place" or a bare town name in passing
 * ("come l'anno scorso a Milano", "bedankt aan iedereen in Utrecht") is
 * not a location. A placeholder ("Venue: TBC") is dropped later like any
 * other (normalise/placeholder.ts).
 */
import { beforeSentence } from '../core/place-label.js';
import type { MapPoint } from '../core/map-link.js';
import { fieldsOnOwnLines, pointOnPlace, roomAfter, withRoom } from './field-place.js';
import { LABELS, plainLabel, withoutEmphasis } from './markdown-label.js';
import { htmlToText } from './text.js';
import { postcodeLine } from './postcode-line.js';
import { venueWithStreet } from './prose-address.js';
import { namesNoPlace } from './title-venue.js';
import { cuedVenue } from './venue-cue.js';

/** A list bullet a label may follow: `<li>` made text ("• "), or typed ("- ", "* ", "· ", "– "). */
const BULLET = String.raw`(?:[•*·–-]\s*)?`;
/** ":" or the full-width "：" Japanese text uses ("開催場所：東京都港区…"). */
const COLON = '[:：]';
/** A label starts a line, or a sentence of one ("… tervetuloa! Osoite: Mouhijärven kirkko, Kinkerikuja 3"). */
const LABEL_INLINE = new RegExp(String.raw`^\s*(?:[^\n]*?[.!?]\s+)?${BULLET}${LABELS}\s*${COLON}\s*(\S.*)$`, 'i');
const LABEL_ALONE = new RegExp(String.raw`^\s*${BULLET}${LABELS}\s*${COLON}\s*$`, 'i');
/** A part of an address: no comma, line break or full stop that ends a sentence ("764 Erin Street. We are planning…"). */
const PART = String.raw`(?:[^,.\n]|\.(?!\s|$))`;
const AT_ADDRESS = new RegExp(
  String.raw`\bat\s+(${PART}{2,80},\s*\d{1,5}[A-Za-z]?\s+${PART}{3,60}(?:,\s*${PART}{2,60}?){0,3}?)(?=\.(?:\s|$)|\n|$)`,
  'u',
);
const MAX_LINES = 3;
const MAX_LENGTH = 200;

/** A definition list's term and description ("<dt>Local</dt><dd>Uberlândia, MG</dd>") as one labelled line. */
function definitionsAsLines(html: string): string {
  return html.includes('<dt') ? html.replace(DEFINITION, '<p>$1: $2</p>') : html;
}

const DEFINITION = /<dt\b[^>]*>([^<]{1,40})<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/gi;

export function locationFromDescription(description: string | null): string | null {
  return describedLocation(description)?.text ?? null;
}

/** The place a description names (see above), and the point of a map link on a labelled place (field-place.ts). */
export interface DescribedLocation {
  text: string;
  point: MapPoint | null;
}

export function describedLocation(description: string | null): DescribedLocation | null {
  if (!description) return null;
  const html = /<[a-z][^>]*>/i.test(description);
  const text = html ? htmlToText(fieldsOnOwnLines(definitionsAsLines(description))) : description;
  const lines = text.split(/\r?\n/);
  const field = labelledPlace(lines);
  const labelled = field?.text ?? null;
  // "* Lloc: MOB, carrer Bailèn, 11" and, further down, "📍 MOB - Carrer Bailèn, 11, 08010 Barcelona": the one with the town.
  const whole = labelled && (POSTCODE_TOWN.test(labelled) || !text.includes(PIN));
  const place = whole ? labelled : otherPlace(description, text, lines, labelled);
  if (!place) return null;
  return { text: place, point: html && place === labelled ? pointOnPlace(description, field!.value) : null };
}

/** 1b–4, or the labelled place (`labelled`) when a pinned one has no better claim. */
function otherPlace(description: string, text: string, lines: string[], labelled: string | null): string | null {
  const pinned = text.includes(PIN) ? pinnedPlace(lines) : null;
  if (pinned && (!labelled || POSTCODE_TOWN.test(pinned))) return pinned;
  if (labelled) return labelled;
  const at = AT_ADDRESS.exec(text);
  if (at) return clean(at[1]!);
  const block = addressBlock(lines);
  if (block) return block;
  const coded = postcodeLine(description);
  if (coded) return clean(coded);
  const street = venueWithStreet(text);
  if (street) return clean(street);
  const cued = cuedVenue(text);
  return cued ? clean(cued) : null;
}

/**
 * The place a labelled line gives: on the line (up to a sentence after it,
 * with a room field on the next line: field-place.ts), or on the lines under
 * a label alone. `value` is the place as written, for its map link.
 */
function labelledPlace(lines: string[]): { text: string | null; value: string } | null {
  for (let i = 0; i < lines.length; i++) {
    const plain = plainLabel(lines[i]!);
    if (plain.heading) {
      const under = placeUnderHeading(lines, i);
      if (under) return under;
      continue;
    }
    const line = plain.line;
    const inline = LABEL_INLINE.exec(line);
    if (inline) {
      const value = beforeSentence(inline[1]!);
      // Catalan "On:" (where), not English "On: Tuesday 5 May"
      if (ON_LABEL.test(line) && (WHEN.test(value) || namesNoPlace(value.split(/[\s,]/)[0]!))) continue;
      const address = value === inline[1] ? addressLines(lines, i + 1) : [];
      const room = address.length === 0 ? roomAfter(lines, i) : null;
      return { text: clean(withRoom([value, ...address].join(', '), room)), value };
    }
    if (LABEL_ALONE.test(line)) {
      const block = [];
      for (let j = i + 1; j < lines.length && block.length < MAX_LINES && lines[j]!.trim() !== ''; j++) block.push(lines[j]!.trim());
      if (block.length > 0) return { text: clean(block.join(', ')), value: block.join(', ') };
    }
  }
  return null;
}

/**
 * The place under a label written as a heading in emphasis ("**Where We
 * Meet**", markdown-label.ts): the next non-empty line, with the address
 * lines under it. A line of prose, a date ("**Where & When**", "Saturday 9
 * May") or another heading is no place.
 */
function placeUnderHeading(lines: string[], heading: number): { text: string | null; value: string } | null {
  let j = heading + 1;
  while (j < lines.length && j <= heading + 2 && lines[j]!.trim() === '') j++;
  const first = withoutEmphasis(lines[j] ?? '').trim();
  if (!first || first.length > 80 || /[!?:：]$/.test(first) || plainLabel(lines[j]!).heading) return null;
  if (WHEN.test(first) || namesNoPlace(first.split(/[\s,]/)[0]!)) return null;
  const value = beforeSentence(first);
  const address = value === first ? addressLines(lines, j + 1) : [];
  return { text: clean([value, ...address].join(', ')), value };
}

const ON_LABEL = /(?:^|[\s*•·–-])on\s*:/i;
/** "08010 Barcelona", "75011 Paris": a postcode and its town. */
const POSTCODE_TOWN = /\b\d{4,5}\s+\p{Lu}/u;

const PIN = '📍';
/** The pin, then its text: after an optional "**", up to the next emoji, "**" or the line's end. */
const PINNED = /📍\uFE0F?\s*(?:\*\*\s*)?([^\n*\p{Extended_Pictographic}]*(?:\*(?!\*)[^\n*\p{Extended_Pictographic}]*)*)/gu;
const LABEL_FIRST = new RegExp(String.raw`^${LABELS}\s*${COLON}\s*`, 'i');
/** "📍 Sat 12 March", "📍 12/03, 7pm", "📍 7:30 PM", "📍 12 March": a pin before the when, not the where (a weekday's full name: `namesNoPlace`). */
const WHEN =
  /^(?:\d{1,2}(?:[/.:-]\d{1,2}|\s*(?:am|pm|h\b)|(?:st|nd|rd|th)?\s+\p{L}+(?:\s+\d{4})?$)|(?:mon|tue|wed|thu|fri|sat|sun)\.?,?\s+\d)/iu;

/**
 * 1b. The place after a 📍 pin. A pin inside bold text ("**📍 Sunday
 * Brunch Gathering**") or after a markdown heading's "###" ("### 📍 Event
 * Details") decorates a heading: not read. A pin whose text runs
 * to the line's end takes the address lines under it, as a label does.
 */
function pinnedPlace(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes(PIN)) continue;
    for (const m of line.matchAll(PINNED)) {
      if (insideBold(line, m.index) || HEADING_BEFORE.test(line.slice(0, m.index))) continue;
      const whole = m[1]!.replace(BULLET_ON, '').replace(LABEL_FIRST, '').trim();
      const value = beforeSentence(whole);
      if (!value || WHEN.test(value) || namesNoPlace(value.split(/[\s,]/)[0]!)) continue;
      const toEnd = value === whole && (m.index + m[0].length === line.length || line.slice(m.index + m[0].length).trim() === '');
      const place = clean([value, ...(toEnd ? addressLines(lines, i + 1) : [])].join(', '));
      if (place) return place;
    }
  }
  return null;
}

/** A markdown heading's "###" right before the pin ("### 📍 Event Details", also mid-line where line breaks were lost): a heading. */
const HEADING_BEFORE = /(?:^|\s)#{1,6}\s*$/;
/** A markdown bullet after the pinned text ("📍 Garden Cafe * **When:** …") ends it. */
const BULLET_ON = /\s\*\s[\s\S]*$/;

/** Whether an odd number of "**" comes before `at` on the line: the pin is inside bold text. */
function insideBold(line: string, at: number): boolean {
  let count = 0;
  for (let j = line.indexOf('**'); j !== -1 && j < at; j = line.indexOf('**', j + 2)) count++;
  return count % 2 === 1;
}

/** "1 boulevard de Verdun", "12 bis rue Jean Jaurès", "Hauptstraße 4", "Kinkerikuja 3b": a street and its house number. */
const STREET_LINE = /^(?:\d{1,4}(?:\s?(?:bis|ter|[a-z]))?,?\s+\p{L}[\p{L} .'’-]{2,40}|\p{L}[\p{L} .'’-]{2,40}\s\d{1,4}[a-z]?)$/iu;
/** A word that names a street, or a street suffix ("Hauptstraße", "Kinkerikuja"): "Session 2" is no street. */
const STREET_WORD =
  /\b(?:rue|avenue|av|boulevard|bd|place|allée|chemin|quai|impasse|route|street|st|road|rd|lane|ln|way|drive|dr|close|square|sq|place|terrace|calle|avenida|plaza|paseo|via|viale|piazza|corso|rua|travessa)\b|(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm|ufer|markt|straat|laan|plein|gracht|kade|singel|katu|tie|kuja|gatan|vägen|gade|vej)\b/iu;
/** "86000 Poitiers", "01067 Dresden", "3062 PA Rotterdam", "B5 6DY": a postcode and its town, or a UK postcode. */
const POSTCODE_LINE =
  /^(?:\d{4,5}(?:\s?[A-Z]{2})?\s+\p{Lu}[\p{L} .'’-]{1,40}|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}(?:\s+\p{Lu}[\p{L} .'’-]{1,40})?)$/u;

/**
 * 3. An address block with no label, as venues and city agendas write one: a
 *    street line and a postcode-and-town line under it, with the venue's
 *    name on the line above when it is a short one ("Théâtre Auditorium de
 *    Poitiers (TAP)", "1 boulevard de Verdun", "86000 Poitiers").
 */
function addressBlock(lines: string[]): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const street = lines[i]!.trim();
    const town = lines[i + 1]!.trim();
    if (!STREET_LINE.test(street) || !STREET_WORD.test(street) || !POSTCODE_LINE.test(town)) continue;
    const name = i > 0 ? lines[i - 1]!.trim() : '';
    const venue = name && name.length <= 60 && !/[.!?:]$/.test(name) && !/\d{1,2}[:.h]\d{2}/.test(name) ? [name] : [];
    return clean([...venue, street, town].join(', '));
  }
  return null;
}

/**
 * The address lines that continue a labelled line, as TYPO3 and many CMSs
 * write "Lieu : Le Palais<br>10 Place Alphonse Lepetit<br>Poitiers": short
 * lines of the same paragraph, the first with a number (house number or
 * postcode), a town after it. Prose ("All welcome") or another label ends it.
 */
function addressLines(lines: string[], from: number): string[] {
  const block: string[] = [];
  for (let j = from; j < lines.length && block.length < MAX_LINES; j++) {
    // "**When:** 7pm", "**Get there early!**": another label or a heading in emphasis ends it too.
    const plain = plainLabel(lines[j]!);
    if (plain.heading || plain.line !== lines[j]) break;
    const line = withoutEmphasis(lines[j]!).trim();
    if (line === '' || line.length > 60 || /[:.!?。]$|:\s|：/.test(line)) break;
    if (!/\d/.test(line) && !block.some((b) => /\d/.test(b))) break;
    block.push(line);
  }
  return block;
}

function clean(text: string): string | null {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/[.;:\s]+$/, '')
    .trim();
  return t.length >= 3 && t.length <= MAX_LENGTH && !/^https?:\/\//i.test(t) ? t : null;
}
