import { findMeetingLinks } from './meeting.js';

/**
 * An event that names no place but whose description says it is held
 * online: a link to a meeting room (Zoom, Google Meet, Teams, Webex,
 * Whereby, Jitsi…), or words that say so — "Se celebrará en el Discord de
 * la comunidad" (a Spanish community's every meeting), "This is an online
 * event", a banner ("**ONLINE EVENT** The recent…", "Online only."), "Join
 * us on Zoom", "Réunion en visio". Such an event is online,
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
  if (!ONLINE_CUE.test(description) && !ONLINE_BANNER.test(description) && !hasRoomLink(description)) return false;
  return !offersRemote(description) && !IN_PERSON_TOO.test(description);
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
    // French: "en visio", "réunion en ligne"; German: "Online-Veranstaltung", "findet online statt"
    String.raw`\b(?:en\s+visio(?:conf[ée]rence)?|(?:[ée]v[ée]nement|rencontre|r[ée]union|conf[ée]rence)\s+en\s+ligne)\b`,
    String.raw`\b(?:online-(?:veranstaltung|treffen)|findet\s+online\s+statt)\b`,
  ].join('|'),
  'iu',
);

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
