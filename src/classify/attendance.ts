import { saysItIsACall } from '../core/call-location.js';
import type { Attendance } from '../core/event.js';
import type { ParsedEvent } from '../sources/types.js';
import { decodeEntities } from '../normalise/entities.js';
import { namesOnlyACountry } from '../normalise/country.js';
import { isPlaceholderLocation } from '../normalise/placeholder.js';
import { isMeetingUrl } from './meeting.js';
import { isLumaEvent, lumaAttendance } from './luma.js';
import { describedOnline, offersRemote } from './described-online.js';
import { offersRemoteToo } from './remote-too.js';
import { namesChatRoom } from './chat-room.js';

/**
 * Attendance rules, first match wins. Before them, a placeholder location
 * ("TBA", "TBC", "to be confirmed", "venue TBC", "see website", "various",
 * "N/A", "?", a form's label such as "Location" or "地点": normalise/placeholder.ts)
 * is treated as NO location at all: "TBC" alone is unknown (never in person),
 * "TBC" beside a Zoom link is online. So is a country alone ("Kenya", "UK",
 * "Deutschland": normalise/country.ts), which says where in the world, not
 * where people meet; a country that is one city ("Singapore") is a town.
 *
 * 1. Structured mode the source states: JSON-LD Offline → in_person,
 *    Online → online, Mixed → hybrid (parsers express a VirtualLocation-only
 *    event as attendanceMode 'online'). Status 'moved-online' → online.
 * 2. The location is a link to a meeting service (Zoom, Meet, Teams, Webex,
 *    Whereby, Jitsi, Hopin, StreamYard, Crowdcast, Twitch, YouTube, Discord,
 *    Gather, BigBlueButton, a Mumble server) → online; → hybrid when the
 *    source also gives a street address as location text.
 * 3. The location text says only that it is online: "Online event",
 *    "Virtual", "Webinar", "Livestream", "Zoom (link after RSVP)",
 *    "mumble.openspeak.cc port: 64747" → online. Every word has to be an
 *    online/filler word, so "Virtual Reality Lab, 5 Main St" stays a place.
 *    A location naming both ("Hybrid: CodeBase & Zoom", "… and online",
 *    "Online & in-person; Workshop") → hybrid.
 *    The words are read in the languages feeds are written in ("En ligne",
 *    "Online-Veranstaltung", "Visioconférence", "オンライン開催", "온라인"),
 *    and a first part that says only online, set off by a dash, colon or
 *    semicolon, is enough ("En ligne — Pokémon GO", "Online; Workshop").
 *    So is a group's room on a chat or meeting service, the service and
 *    the group's name ("Discord HackLab ESGI", "Jitsi-Raum Chaostreff",
 *    "auf unserem Discord", "Matrix #hackspace:matrix.org"), but not a
 *    venue named after one ("Zoom Café, 5 High St", "Teams Arena"):
 *    chat-room.ts.
 *    The text is read with its HTML entities decoded ("Online &amp; in-person").
 *    A location that is a phone call — a number alone ("+1 480-616-3816",
 *    a Calendly phone appointment's), "Tel: …", "Call +44 …", "Dial-in: …",
 *    "Phone call", "Conference call", "Telefon" (core/call-location.ts) —
 *    → online: people take part from wherever they are, as on Zoom.
 * 4. The location is some other URL (ticketing or event page):
 *    - on an event of Luma's export (luma.ts: its UID, or its Luma page as
 *      the location) → in person when it has coordinates (Luma writes GEO
 *      only for a place people go to: an event a Luma calendar lists from
 *      elsewhere has its website as location and its venue's GEO) or Luma's
 *      "Address:" block, which it writes only for an in-person event whose
 *      venue only guests see ("Check event page for more details.";
 *      `hidesItsAddress`: the ingest stage places one without coordinates
 *      at the city its title names, "Cafe Cursor Salt Lake City"); else
 *      online when the URL is its Luma page (Luma puts its own event URL in
 *      LOCATION for online events; in-person ones get a street address);
 *    - otherwise → unknown (a URL says nothing about where people meet, and
 *      coordinates alone do not make an event in person).
 * 5. Location text made only of online words and fillers but no online
 *    word ("Link here", "Details sent after RSVP") → unknown; but a numbered
 *    room alone ("Room 317", a conference's) → in_person.
 * 6. The location most of the feed's events share (its calendar's default,
 *    filled in for every event: `sharedLocation`) with a title that says
 *    online (as in rule 7) → online: a club whose every event is at its
 *    address holds "Webinar: …" and its "Digitaler Stammtisch" online.
 *    Any other location text is a place → in_person; or hybrid when the
 *    description explicitly offers remote attendance ("hybrid", "also
 *    online", "also streamed", "livestream", "join online/remotely") AND
 *    gives a meeting-service link, or says with no link that it can be
 *    followed live from elsewhere too ("join us in person or via the live
 *    stream", "auch per Livestream": remote-too.ts; Meetup cuts descriptions
 *    before the link).
 * 7. No location text and no structured mode, but the title carries a tag
 *    in brackets saying only that it is online — "[Online]", "(Virtual)",
 *    "[En ligne]", "[Distanciel]", "[Virtuell]", "[En línea]" — or starts
 *    "Online:" or names a webinar or an online meetup ("Online-Stammtisch",
 *    "Digitaler Stammtisch", "Virtual meetup") → online (Meetup groups and aggregators
 *    that drop LOCATION write it so). A structured Offline mode with no
 *    place at all counts as no mode here: The Events Calendar writes
 *    Offline on every event, webinars too.
 * 8. No place at all, and the description says it is held online — a
 *    meeting room's link or words that say so ("Se celebrará en el Discord
 *    de la comunidad", "Join us on Zoom") and no offer of attending in
 *    person too → online (described-online.ts).
 * 9. Otherwise no location text and no structured mode → unknown. Coordinates alone
 *    NEVER make an event in person: Meetup online events still carry the
 *    group's home GEO ("Online event" + GEO:52.52;13.38).
 */
export function classifyAttendance(p: ParsedEvent, feed: FeedAttendanceFacts = NO_FEED_FACTS): Attendance {
  return fromStructured(p) ?? atFeedDefault(p, feed) ?? fromLocation(p) ?? fromTitleTag(p.title) ?? fromDescription(p) ?? 'unknown';
}

/** What the feed as a whole says that bears on one event's attendance. */
export interface FeedAttendanceFacts {
  /** The location most of its events share (`sharedLocation`), folded; or null. */
  sharedLocation: string | null;
}

const NO_FEED_FACTS: FeedAttendanceFacts = { sharedLocation: null };

function atFeedDefault(p: ParsedEvent, feed: FeedAttendanceFacts): Attendance | null {
  if (feed.sharedLocation === null || !p.locationText || foldLocation(p.locationText) !== feed.sharedLocation) return null;
  return fromTitleTag(p.title);
}

/** A location as compared across a feed's events: trimmed, spaces collapsed, lower-case. */
export function foldLocation(text: string): string {
  const t = text.trim().toLowerCase();
  // Most locations have single spaces only: the replace, run on every event of every feed, is skipped for them.
  return UNEVEN_SPACE.test(t) ? t.replace(/\s+/g, ' ') : t;
}

const UNEVEN_SPACE = /\s\s|[^\S ]/;

/** Folded for the title rules: lower-case, without accents. */
function foldTitle(title: string): string {
  return title.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** "[Онлайн]", "【オンライン】", "(線上)": the word for online in other scripts, as a whole tag. */
const ONLINE_TAG_OTHER = [
  'онлайн',
  'διαδικτυακά',
  'אונליין',
  'أونلاين',
  'ออนไลน์',
  'ऑनलाइन',
  'オンライン',
  '線上',
  '线上',
  '온라인',
  '비대면',
]
  .map(foldTitle)
  .join('|');

/** Tags that say an event is online, in the languages feeds are written in (folded, without accents). */
const ONLINE_TAG = new RegExp(
  String.raw`[[(【（]\s*(?:online|virtual|virtuell|remote|webinar|livestream|en ligne|distanciel|a distance|en linea|on-?line[- ]event|${ONLINE_TAG_OTHER})\s*[\])】）]`,
);

/**
 * A title that starts "Online:" / "Virtual:", names a webinar ("Webinar: How to Use BirdCast") or a call
 * on a meeting service ("VARSITY ZOOM MEETING", "Book club on Zoom"), or ends a French meetup's name with
 * "virtuel" / "en ligne" ("Meetup AWS virtuel #13 - Serverless").
 */
const ONLINE_TITLE =
  /^\s*(?:online|virtual|en ligne|онлаин)\s*[:|–-]|\bwebinar\b|\b(?:zoom|google meet|jitsi|webex) (?:meeting|call|session)\b|\b(?:on|via) zoom\b|\b(?:online|virtual)[- ](?:meetup|stammtisch|treffen)\b|\bdigitale[rs]? (?:stammtisch|treffen)\b|\b(?:meetup|rencontre|atelier)\b[\w\s-]{0,30}\b(?:(?<!realite )virtuel(?:le)?|en ligne)(?=$|\s*[#:|–-])/;

function fromTitleTag(title: string): Attendance | null {
  const folded = foldTitle(title);
  return ONLINE_TAG.test(folded) || ONLINE_TITLE.test(folded) ? 'online' : null;
}

/** Rule 8: no place stated, and the description says it is held online (described-online.ts). */
function fromDescription(p: ParsedEvent): Attendance | null {
  if (statesAPlace(p)) return null;
  return describedOnline(p.description) ? 'online' : null;
}

function statesAPlace(p: ParsedEvent): boolean {
  return Boolean(p.locationText?.trim() || p.venueName?.trim() || p.locationUrl) || (p.lat !== null && p.lon !== null);
}

function fromStructured(p: ParsedEvent): Attendance | null {
  // The Events Calendar (WordPress) writes Offline on every event by default, webinars too: with no place at all it says nothing.
  if (p.attendanceMode === 'offline') return statesAPlace(p) ? 'in_person' : null;
  if (p.attendanceMode === 'online') return 'online';
  if (p.attendanceMode === 'mixed') return 'hybrid';
  if (p.status === 'moved-online') return 'online';
  return null;
}

function fromLocation(p: ParsedEvent): Attendance | null {
  // A JSON-LD Place with a name and no address gives only the name ("Teatro Municipal de Buin"): that is its location text.
  // "Online &amp; in-person": an exporter's entity, read as the post shows it.
  const raw = decodeEntities(p.locationText?.trim() || p.venueName?.trim() || '');
  const text = isPlaceholderLocation(raw) || namesOnlyACountry(raw) ? '' : raw;
  const textIsUrl = /^https?:\/\/\S+$/i.test(text);
  const url = p.locationUrl ?? (textIsUrl ? text : null);
  const meeting = url !== null && isMeetingUrl(url);
  if (text && !textIsUrl) {
    const fromText = fromLocationText(text, p.description);
    if (!meeting) return fromText;
    return fromText === 'in_person' || fromText === 'hybrid' ? 'hybrid' : 'online';
  }
  if (meeting) return 'online';
  if (url) return isLumaEvent(p, url) ? lumaAttendance(p, url) : 'unknown';
  return null;
}

function fromLocationText(text: string, description: string | null): Attendance {
  if (saysItIsACall(text)) return 'online';
  const words = locationWords(text);
  if (words.length === 0) return 'unknown';
  if (words.every(isOnlineOrFiller)) return words.some(isOnlineWord) ? 'online' : namesRoom(words) ? 'in_person' : 'unknown';
  if (saysHybrid(text, words.some(isOnlineWord))) return 'hybrid';
  if (onlineFirst(text) || onlineThenProse(text) || namesChatRoom(text)) return 'online';
  return offersRemote(description) || offersRemoteToo(description) ? 'hybrid' : 'in_person';
}

/** Declared before the word lists, which `unaccented` folds as the module loads. */
const NON_ASCII = /[\u0080-\uffff]/;

// prettier-ignore
const ONLINE_WORDS = new Set([
  'online', 'virtual', 'virtually', 'webinar', 'livestream', 'livestreamed', 'stream', 'streamed', 'streaming',
  'zoom', 'teams', 'meet', 'jitsi', 'webex', 'whereby', 'discord', 'twitch', 'youtube', 'mumble', 'hopin',
  'streamyard', 'crowdcast', 'gather', 'bigbluebutton', 'bbb', 'teamspeak', 'internet', 'remote', 'remotely', 'skype',
  // other languages, folded without accents ("Online-Veranstaltung", "Visioconférence", "Videoconferenza")
  'virtuell', 'virtuelle', 'virtuel', 'virtuale', 'virtueel', 'digital', 'digitale', 'webkonferenz', 'videokonferenz',
  'onlineveranstaltung', 'visioconference', 'visio', 'distanciel', 'webinaire', 'videoconferenza', 'videoconferencia',
  'videoconferencia', 'remoto', 'remota', 'webinario', 'livestreaming', '配信', 'transmissao', 'transmision', 'transmisja',
  'cevrimici', 'videochamada', 'videollamada',
  // other scripts ("Онлайн", "Διαδικτυακά", "אונליין", "أونلاين", "ออนไลน์", "ऑनलाइन", "비대면 (ZOOM)"), folded as `locationWords` folds
  ...[
    'онлайн', 'вебинар', 'вебінар', 'трансляция', 'трансляція', 'διαδικτυακά', 'διαδικτυακό', 'διαδικτυακή', 'διαδικτυακώς',
    'אונליין', 'מקוון', 'וובינר', 'أونلاين', 'ويبينار', 'ออนไลน์', 'ऑनलाइन', 'ஆன்லைன்', '비대면', '直播', 'ウェビナー',
  ].map(unaccented),
]);

// prettier-ignore
const FILLER_WORDS = new Set([
  'event', 'events', 'meeting', 'meetings', 'only', 'link', 'links', 'call', 'via', 'on', 'the', 'a', 'an', 'session',
  'live', 'and', 'or', 'google', 'microsoft', 'see', 'description', 'details', 'will', 'be', 'sent', 'after', 'rsvp',
  'rsvping', 'to', 'in', 'at', 'room', 'server', 'port', 'channel', 'here', 'tba', 'tbc', 'tbd', 'conference',
  'video', 'chat', 'provided', 'shared', 'attendees', 'registered', 'by', 'email', 'from', 'our', 'with', 'platform',
  'join', 'us',
  // other languages
  'veranstaltung', 'treffen', 'sitzung', 'uber', 'per', 'im', 'auf', 'und', 'oder', 'nur', 'der', 'die', 'das',
  'evenement', 'reunion', 'sur', 'en', 'le', 'la', 'les', 'par', 'et', 'ou', 'uniquement', 'numerique', 'evento',
  'por', 'y', 'o', 'solo', 'incontro', 'su', 'e', 'bijeenkomst', 'of', 'alleen', 'em', 'apenas', '開催', 'イベント',
  'pelo', 'pela', 'ao', 'vivo', 'directo', 'direto', 'tramite', 'przez', 'spotkanie', 'qua',
  ...[
    'встреча', 'мероприятие', 'зустріч', 'захід', 'подія', 'через', 'в', 'на', 'по', 'εκδήλωση', 'μέσω', 'אירוע', 'מפגש',
    'فعالية', 'لقاء', 'عبر', 'กิจกรรม', 'कार्यक्रम', '행사', '모임', '活動', '活动',
  ].map(unaccented),
]);

/**
 * "En ligne", "en línea", "em linha", "on line" and the CJK words for online
 * ("オンライン開催", "線上", "온라인"), which a split on spaces does not find,
 * spelt "online".
 */
function onlinePhrases(folded: string): string {
  const latin = folded.includes('li') ? folded.replace(/\b(?:en\s+ligne|en\s+linea|em\s+linha|on\s+line)\b/g, ' online ') : folded;
  if (!NON_ASCII.test(latin)) return latin;
  return latin
    .replace(/オンライン|線上|线上|在线|在線|網上|网上|온라인/g, ' online ')
    .replace(/開催|イベント|配信|活動|活动|直播|ウェビナー/g, (w) => ` ${w} `);
}

/**
 * Without accents ("Visioconférence" → "visioconference"); ASCII text, most of it, as it is. Kana keep their
 * voicing marks: without them "イベント" was "イヘント", and "オンラインイベント" no online event.
 */
function unaccented(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .normalize('NFD')
    .replace(/(?![\u3099\u309a])\p{M}/gu, '')
    .normalize('NFC'); // NFC: Hangul decomposes into letters, not marks
}

/**
 * Lower-case words of a location, without parenthesised asides, where a
 * host name (mumble.openspeak.cc) counts as its first label ("mumble").
 */
function locationWords(text: string): string[] {
  // A social handle ("YouTube / @midwest_meshlab") names an account, not a place.
  const bare = onlinePhrases(
    unaccented(
      text
        .replace(/\([^)]*\)/g, ' ')
        .replace(/（[^）]*）/g, ' ')
        .replace(/(^|\s)@[\w.]+/g, ' ')
        .toLowerCase(),
    ),
  );
  const words: string[] = [];
  for (const raw of bare.split(/[^\p{L}\p{N}.:/-]+/u)) {
    const w = raw.replace(/^[-.:/]+|[-.:/]+$/g, '');
    if (w.length === 0) continue;
    if (w.includes('-') && HYPHENATED.test(w))
      words.push(...w.split('-')); // "online-veranstaltung"
    else words.push(isMeetingUrl(w) ? 'online' : /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(w) ? w.split('.')[0]! : w);
  }
  return words;
}

const HYPHENATED = /^\p{L}+(?:-\p{L}+)+$/u;

/** "Room 317": a numbered room with no online word beside it is a room of a building (a conference's). */
function namesRoom(words: string[]): boolean {
  return words.some((w, i) => w === 'room' && /^\d+$/.test(words[i + 1] ?? ''));
}

function isOnlineWord(w: string): boolean {
  return ONLINE_WORDS.has(w);
}

function isOnlineOrFiller(w: string): boolean {
  return ONLINE_WORDS.has(w) || FILLER_WORDS.has(w) || /^\d+$/.test(w);
}

/**
 * "En ligne — Pokémon GO", "Online: Discord server", "Online; Workshop": a
 * first part that says only online, set off by a dash, colon, semicolon or
 * bar, with what it is held on (or what kind of session it is) after.
 */
function onlineFirst(text: string): boolean {
  if (!/[—–|:;]|\s-\s/.test(text)) return false;
  const first = /^(.+?)\s*(?:[—–|:;]|\s-\s)/.exec(text)?.[1];
  if (!first) return false;
  return saysOnlyOnline(first);
}

/**
 * "Online, the link comes after registration", "онлайн, ссылка придёт после
 * регистрации": a first part that says only online, then a sentence in
 * lower case (no digit, no capitalised word but an online one), not a place.
 */
function onlineThenProse(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0 || !saysOnlyOnline(text.slice(0, comma))) return false;
  const rest = text.slice(comma + 1);
  return !/\d/.test(rest) && rest.split(/[^\p{L}]+/u).every((w) => !/^\p{Lu}/u.test(w) || saysOnlyOnline(w));
}

/**
 * A location that names a place and also remote attendance: "Hybrid: …",
 * "CodeBase, Edinburgh & online", "Online & in-person; Workshop", or a
 * place and then a part that says only online ("Teatro Municipal,
 * transmissão ao vivo pelo YouTube").
 */
function saysHybrid(text: string, namesOnline: boolean): boolean {
  if (/\bhybrid\b/i.test(text)) return true;
  if (/(?:\b(?:and|or)|[&+/])\s*(?:online|zoom|livestream|virtual(?:ly)?)\b/i.test(text)) return true;
  if (namesOnline && ONLINE_AND_IN_PERSON.test(text)) return true;
  // Only a text with an online word anywhere can have a part that says only online (an address has none).
  return namesOnline && text.includes(',') && text.split(',').slice(1).some(saysOnlyOnline);
}

/** "Online & in-person", "virtual or face to face": both ways to attend, online named first. */
const ONLINE_AND_IN_PERSON =
  /\b(?:online|virtual(?:ly)?|zoom|livestream)\s*(?:\b(?:and|or)\b|[&+/])\s*(?:in[- ]?person|on[- ]?site|face[- ]to[- ]face)\b/i;

function saysOnlyOnline(part: string): boolean {
  const words = locationWords(part);
  return words.length > 0 && words.every(isOnlineOrFiller) && words.some(isOnlineWord);
}
