import { decodeEntities } from '../text/html.js';

/**
 * Finding schema.org Event nodes in a web page's JSON-LD.
 *
 * - Every `<script type="application/ld+json">` block is read, whatever the
 *   order of its attributes (`data-react-helmet="true" type=…`).
 * - A raw JSON-LD document (served as application/ld+json) is read as one block.
 * - Blocks are parsed leniently: an HTML comment or CDATA wrapper is dropped;
 *   if JSON.parse still fails, HTML entities are decoded, raw control
 *   characters are replaced by spaces and trailing commas removed, then it is
 *   tried once more. A block that still fails is salvaged: every balanced
 *   `{…}` inside it that parses on its own is read, outermost first, so an
 *   event whose list wrapper misses a brace (a real course page) is still
 *   found. A block that yields nothing is reported, not thrown.
 * - Nodes are found by walking arrays, `@graph` and every nested object
 *   (ItemList → ListItem → item, WebPage → mainEntity, …). An Event node is
 *   taken as it is, and its `subEvent`s are walked too; an event that has
 *   sub-events (a festival, an EventSeries) is replaced by them, so the same
 *   evening is not announced twice, and a sub-event with no location takes
 *   its parent's — unless they are its sessions (each inside its own start
 *   and end, and it is no Festival or EventSeries): then it alone is taken.
 *   An EventSeries with no sub-events is no one event and is left out. A `location` that is only `{"@id": …}` is the node with that
 *   @id in the same block.
 */

/** schema.org Event and all its subtypes (https://schema.org/Event, "More specific Types"). */
export const EVENT_TYPES: ReadonlySet<string> = new Set([
  'Event',
  'BusinessEvent',
  'ChildrensEvent',
  'ComedyEvent',
  'CourseInstance',
  'DanceEvent',
  'DeliveryEvent',
  'EducationEvent',
  'EventSeries',
  'ExhibitionEvent',
  'Festival',
  'FoodEvent',
  'Hackathon',
  'LiteraryEvent',
  'MusicEvent',
  'PublicationEvent',
  'BroadcastEvent',
  'OnDemandEvent',
  'SaleEvent',
  'ScreeningEvent',
  'SocialEvent',
  'SportsEvent',
  'TheaterEvent',
  'VisualArtsEvent',
  'UserInteraction',
  'UserBlocks',
  'UserCheckins',
  'UserComments',
  'UserDownloads',
  'UserLikes',
  'UserPageVisits',
  'UserPlays',
  'UserPlusOnes',
  'UserTweets',
]);

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `https://schema.org/MusicEvent`, `schema:MusicEvent`, `MusicEvent` → `MusicEvent`. */
function shortType(type: string): string {
  return type
    .trim()
    .replace(/^https?:\/\/(?:www\.)?schema\.org\//i, '')
    .replace(/^schema:/i, '');
}

/** The short type names of a node (`@type` may be a string or an array). */
export function typesOf(node: JsonObject): string[] {
  const raw = node['@type'];
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map(shortType);
}

function isEventNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => EVENT_TYPES.has(t));
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const LD_JSON_TYPE = /\btype\s*=\s*["']?\s*application\/ld\+json/i;

/** The text of every ld+json script block, or the whole text when it is itself JSON. */
function ldJsonBlocks(html: string): string[] {
  const trimmed = html.trim();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return [trimmed];
  const blocks: string[] = [];
  for (const m of html.matchAll(SCRIPT)) {
    if (LD_JSON_TYPE.test(m[1] ?? '')) blocks.push(m[2] ?? '');
  }
  return blocks;
}

function unwrap(block: string): string {
  return block
    .trim()
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '')
    .replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
    .trim();
}

function repair(text: string): string {
  return decodeEntities(text)
    .replace(/\p{Cc}+/gu, ' ') // raw control characters (newlines inside strings) are invalid JSON
    .replace(/,\s*([}\]])/g, '$1');
}

export type BlockParse = { ok: true; value: unknown } | { ok: false; error: string };

function parseBlock(block: string): BlockParse {
  const text = unwrap(block);
  if (text.length === 0) return { ok: false, error: 'empty block' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (first) {
    try {
      return { ok: true, value: JSON.parse(repair(text)) };
    } catch {
      return { ok: false, error: first instanceof Error ? first.message : String(first) };
    }
  }
}

const MAX_DEPTH = 25;

function subEventsOf(node: JsonObject): JsonObject[] {
  const raw = [node.subEvent, node.subEvents].flatMap((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]));
  return raw.filter(isObject).filter(isEventNode);
}

interface Walk {
  out: JsonObject[];
  typesSeen: Set<string>;
  /** Nodes of the block by their @id, for a `location` that only names one ({"@id": "…#venue"}). */
  ids: Map<string, JsonObject>;
}

function walk(value: unknown, depth: number, w: Walk): void {
  if (depth > MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (const v of value) walk(v, depth + 1, w);
    return;
  }
  if (!isObject(value)) return;
  for (const t of typesOf(value)) w.typesSeen.add(t);
  if (isEventNode(value)) {
    const event = withReferencedLocation(value, w.ids);
    const subs = subEventsOf(event);
    if (sessionsOf(event, subs)) {
      w.out.push(event);
      return;
    }
    // A series with no dated parts of its own is no one event ("Townhall Series", Jan–Dec).
    if (subs.length === 0 && !typesOf(event).includes('EventSeries')) w.out.push(event);
    for (const sub of subs) walk(inheritPlace(sub, event), depth + 1, w);
    return;
  }
  for (const v of Object.values(value)) walk(v, depth + 1, w);
}

/**
 * Sub-events that are sessions of their parent — an "Admissions Open House"
 * 09:00–17:00 with a campus tour and counselling inside it: the parent is
 * the one event to announce. A Festival's acts and an EventSeries' dates are
 * events of their own.
 */
function sessionsOf(event: JsonObject, subs: JsonObject[]): boolean {
  if (subs.length === 0 || typesOf(event).some((t) => t === 'Festival' || t === 'EventSeries')) return false;
  const start = Date.parse(String(event.startDate ?? ''));
  const end = Date.parse(String(event.endDate ?? ''));
  if (Number.isNaN(start) || Number.isNaN(end)) return false;
  return subs.every((sub) => {
    const at = Date.parse(String(sub.startDate ?? ''));
    return !Number.isNaN(at) && at >= start && at <= end;
  });
}

/** A `location` given as `{"@id": …}` is the node of that @id elsewhere in the block. */
function withReferencedLocation(event: JsonObject, ids: Map<string, JsonObject>): JsonObject {
  const loc = event.location;
  if (!isObject(loc) || typeof loc['@id'] !== 'string' || Object.keys(loc).length > 1) return event;
  const node = ids.get(loc['@id']);
  return node ? { ...event, location: node } : event;
}

/** A festival's acts happen where the festival does unless they say otherwise. */
function inheritPlace(sub: JsonObject, parent: JsonObject): JsonObject {
  if (sub.location !== undefined || parent.location === undefined) return sub;
  const mode = sub.eventAttendanceMode ?? parent.eventAttendanceMode;
  return { ...sub, location: parent.location, ...(mode === undefined ? {} : { eventAttendanceMode: mode }) };
}

/** Every node of a block that has an @id and says more than its @id. */
function idIndex(value: unknown, ids = new Map<string, JsonObject>(), depth = 0): Map<string, JsonObject> {
  if (depth > MAX_DEPTH) return ids;
  if (Array.isArray(value)) for (const v of value) idIndex(v, ids, depth + 1);
  else if (isObject(value)) {
    if (typeof value['@id'] === 'string' && Object.keys(value).length > 1 && !ids.has(value['@id'])) ids.set(value['@id'], value);
    for (const v of Object.values(value)) idIndex(v, ids, depth + 1);
  }
  return ids;
}

export interface FoundNodes {
  events: JsonObject[];
  /** Every @type seen, for messages ("found BreadcrumbList, Organization but no Event"). */
  types: string[];
  blockCount: number;
  /** Blocks that could not be parsed even leniently. */
  errors: string[];
}

export function findEventNodes(html: string): FoundNodes {
  const events: JsonObject[] = [];
  const typesSeen = new Set<string>();
  const errors: string[] = [];
  const blocks = ldJsonBlocks(html);
  for (const block of blocks) {
    const parsed = parseBlock(block);
    if (parsed.ok) {
      walk(parsed.value, 0, { out: events, typesSeen, ids: idIndex(parsed.value) });
      continue;
    }
    const salvaged = salvageObjects(repair(unwrap(block)));
    const before = events.length;
    const ids = idIndex(salvaged);
    for (const node of salvaged) walk(node, 0, { out: events, typesSeen, ids });
    if (events.length === before) errors.push(parsed.error);
  }
  return { events, types: [...typesSeen], blockCount: blocks.length, errors };
}

const MAX_SALVAGE_CHARS = 500_000;
const MAX_SALVAGE_TRIES = 2_000;

/** The balanced `{…}` spans of a broken block that parse on their own, outermost first (strings and escapes respected). */
function salvageObjects(text: string): JsonObject[] {
  if (text.length > MAX_SALVAGE_CHARS) return [];
  const spans: [number, number][] = [];
  const open: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') open.push(i);
    else if (c === '}' && open.length > 0) spans.push([open.pop()!, i + 1]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const found: JsonObject[] = [];
  let coveredTo = -1;
  let tries = 0;
  for (const [from, to] of spans) {
    if (from < coveredTo || tries++ >= MAX_SALVAGE_TRIES) continue;
    try {
      const value: unknown = JSON.parse(text.slice(from, to));
      if (isObject(value)) {
        found.push(value);
        coveredTo = to;
      }
    } catch {
      // not a whole object on its own: its inner objects are tried next
    }
  }
  return found;
}
