import { findMeetingLinks } from './meeting.js';

/**
 * An event that names no place but whose description says it is held
 * online: a link to a meeting room (Zoom, Google Meet, Teams, Webex,
 * Whereby, Jitsi…), or words that say so — "Se celebrará en el Discord de
 * la comunidad" (a Spanish community's every meeting), "This is an online
 * event", a banner ("**ONLINE EVENT** The recent…", "Online only."), "Join
 * us on Zoom", "Réunion en visio", "Le prochain club se tiendra le
 * vendredi 28 février en ligne", "une soirée à distance". Such an event is online,
 * not a venue's event of unknown place: with a place set for its feed, it
 * had been posted in person there.
 *
 * Not online: a description that also offers the room beside a place
 * ("hybrid", "also streamed", "join remotely": `offersRemote`) or says
 * "in person" too ("Join us online or in person"), "the slides will be
 * online", a link to
 * a video or a chat community (YouTube, Vimeo, Twitch, a Discord invite:
 * "Join our Discord" is in every event of many hackerspaces' agendas; "You
 * can also join us via Discord on our server": "also" is a way beside the
 * event's own), or "tickets online".
 */
export function describedOnline(description: string | null): boolean {
  if (!description) return false;
  if (!ONLINE_CUE.test(description) && !ONLINE_BANNER.test(description) && !saysFrenchOnline(description) && !hasRoomLink(description))
    return false;
  return !offersRemote(description) && !IN_PERSON_TOO.test(description);
}

function saysFrenchOnline(text: string): boolean {
  return FRENCH_REMOTE_WORD.test(text) && FRENCH_ONLINE_CUE.test(text);
}

/** "Join us online or in person", "presencial y online": both ways, so the set place still holds. */
const IN_PERSON_TOO = /\bin[- ]person\b|\bvor ort\b|\bpresencial\b|\ben pr[ée]sentiel\b|\bop locatie\b/i;

/** Meeting rooms, not video or chat sites (see above). */
const ROOM_HOSTS =
  /(?:^|\.)(?:zoom\.us|zoom\.com|zoomgov\.com|meet\.google\.com|teams\.microsoft\.com|teams\.live\.com|webex\.com|whereby\.com|meet\.jit\.si|8x8\.vc|gotomeeting\.com|bluejeans\.com|gather\.town|airmeet\.com)$/i;

function hasRoomLink(text: string): boolean {
  return text.includes('http') && findMeetingLinks(text).some((url) => ROOM_HOSTS.test(/^https?:\/\/([^/:?#]+)/i.exec(url)?.[1] ?? ''));
}

const SERVICE = String.raw`(?:zoom|discord|jitsi|(?:microsoft\s+)?teams|google\s+meet|meet|webex|skype|whereby|bigbluebutton)`;

/** What a banner calls the event: "Online event", "ONLINE MEETUP". */
const KIND = String.raw`(?:event|meetup|meeting|session)`;

/**
 * Not a way beside the event's own ("et en ligne", "aussi en distanciel", "possibilité de suivre en distanciel") nor
 * something else online ("billetterie en ligne", "inscription", "replay", "supports", "diffusée en ligne").
 */
const NOT_ALSO_FR = String.raw`(?<!(?<!\p{L})(?:et|ou|aussi|[ée]galement|possible|possibilit[ée]\s+de\s+\p{L}+|billetterie|inscriptions?|r[ée]servations?|replay|ventes?|supports?|disponibles?|diffus[ée]e?s?|retransmise?s?)\s+)`;

/** French for online: "en ligne", "en distanciel", "à distance" (not "à distance de la gare": how far from). */
const FR_REMOTE = String.raw`${NOT_ALSO_FR}(?:en\s+ligne|en\s+distanciel|à\s+distance(?!\s+d(?:e|u|es)\b|\s*d['’]))(?!\p{L})`;

/** Sentences that say where the event is held: online, or in a meeting service. */
const ONLINE_CUE = new RegExp(
  [
    // English: "held online", "takes place on Zoom", "join us on Discord", "this is an online event"; not "you can
    // also join us via Discord" (a way beside the event's own, here its community's chat) or "also held online"
    String.raw`\b(?<!\balso\s+)(?:held|takes?\s+place|happens|hosted|meets?|meeting|join\s+us)\s+(?:online|virtually|(?:on|via|over|in)\s+(?:our\s+|the\s+)?${SERVICE})\b`,
    String.raw`\b(?:this\s+is\s+an?|an)\s+(?:online|virtual)\s+${KIND}\b`,
    // Spanish: "se celebrará en el Discord", "será online", "reunión en línea"
    String.raw`\b(?:se\s+celebrar[áa]|ser[áa]|tendr[áa]\s+lugar)\s+(?:online|en\s+l[íi]nea|de\s+forma\s+(?:virtual|online)|(?:en|por)\s+(?:el\s+|nuestro\s+)?${SERVICE})`,
    String.raw`\b(?:evento|reuni[óo]n|encuentro|charla)\s+(?:online|virtual|en\s+l[íi]nea)\b`,
    // French: "en visio"
    String.raw`\ben\s+visio(?:conf[ée]rence)?\b`,
    // German: "Online-Veranstaltung", "findet online statt"
    String.raw`\b(?:online-(?:veranstaltung|treffen)|findet\s+online\s+statt)\b`,
  ].join('|'),
  'iu',
);

/**
 * French: "se tiendra le vendredi 28 février en ligne", "aura lieu à distance", "soirée en ligne", "en distanciel";
 * not "billetterie en ligne", "les supports seront en ligne" (no verb of where), "à distance de la gare". Apart from
 * `ONLINE_CUE` and tried only on a text that says "ligne" or "distanc": as branches of it, they slowed every test of
 * it by half.
 */
const FRENCH_ONLINE_CUE = new RegExp(
  [
    String.raw`\b(?:se\s+(?:tiendr(?:a|ont)|tien(?:t|nent)|d[ée]roul(?:era|eront|e|ent))|(?:aur(?:a|ont)|(?<!\by\s+)a|ont)\s+lieu)(?:\s+[^\s.;,:!?]+){0,6}?\s+${FR_REMOTE}`,
    String.raw`(?<!\p{L})(?:[ée]v[ée]nement|rencontre|r[ée]union|conf[ée]rence|soir[ée]e|atelier|s[ée]ance|permanence|table\s+ronde)\s+${FR_REMOTE}`,
    String.raw`${NOT_ALSO_FR}(?<!\p{L})en\s+distanciel\b`,
  ].join('|'),
  'iu',
);

const FRENCH_REMOTE_WORD = /ligne|distanc/i;

/**
 * A banner that says so, opening the text, a line or a sentence and ending there: "Online event. We will…",
 * "ONLINE-ONLY"; or in bold anywhere: "Digital Nomads **ONLINE EVENT** The recent…". Not "Online events are
 * listed…", "Online event registration opens…", "Tickets: online only", "Tickets **online only**". Apart from
 * `ONLINE_CUE`: as one more branch of it, it slowed every test of that by half.
 */
const ONLINE_BANNER = new RegExp(
  [
    String.raw`(?:^|\n|[.!?]\s)[\s\p{Extended_Pictographic}\u{FE0F}*#>-]*(?:online|virtual)[- ](?:only(?:[- ]${KIND})?|${KIND})(?:[^\S\n]*(?:\*\*|[.!:;,—–]|\n|$)|[^\S\n]+-)`,
    String.raw`\*\*\s*(?:online|virtual)[- ]${KIND}\s*\*\*`,
  ].join('|'),
  'iu',
);

const REMOTE_OFFER =
  /\b(hybrid|also (?:be )?(?:online|streamed|live[- ]?streamed|available online)|live[- ]?stream(?:ed|ing)?|join (?:us )?(?:online|remotely|virtually)|attend (?:online|remotely|virtually))\b/i;

/** A description that offers attending remotely beside a place: the words and a meeting-service link. */
export function offersRemote(description: string | null): boolean {
  if (!description || !REMOTE_OFFER.test(description)) return false;
  return findMeetingLinks(description).length > 0;
}
