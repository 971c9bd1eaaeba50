/**
 * A description that says, with no meeting link, that an event held at a
 * place can also be followed live from elsewhere: Meetup's iCal cuts
 * descriptions at about 250 characters, so the stream's link is seldom
 * there. Only wording that names both ways, or a stream "also" / "besides"
 * the meeting, counts:
 *
 * - "You can join us in person or via the live stream", "attend online or in person";
 * - "Besides the online stream we will also meet offline", "vedle online streamu
 *   se potkáme také v offline režimu" (a stream and "offline" / "in person" in one sentence);
 * - "the talks will also be streamed", "… or watch via the livestream";
 * - "también se podrá seguir por streaming", "se retransmitirá en directo";
 * - "auch per Livestream", "vor Ort und online", "wird live gestreamt";
 * - "aussi en direct sur YouTube", "à suivre également en streaming", "en présentiel et à distance".
 *
 * Not "recordings will be posted later", "slides online", "RSVP online",
 * "tickets online (or in person)", "follow us online", "Kafka stream
 * processing", "live music" ("en direct"), "no livestream this time".
 */
export function offersRemoteToo(description: string | null): boolean {
  // Runs for every event held at a place: the phrases are tried only on a text with one of their words.
  if (!description || !REMOTE_HINT.test(description)) return false;
  return REMOTE_TOO.some((phrase) => phrase.test(description));
}

/** A word every phrase below holds. */
const REMOTE_HINT = /stream|online|remot|virtual|direct|distanc|ligne|gestreamt|přenos/i;

const STREAM = String.raw`(?:live|online)?[- ]?stream\w*`;
const IN_PERSON = String.raw`(?:in[- ]person|offline(?![- ]first)|on[- ]site|face[- ]to[- ]face|osobně|prezenčně)`;
/** "livestream", "online streamu": a stream to watch live, not "event streaming with Kafka"; not after "no" ("no livestream this time"). */
const LIVE_STREAM = String.raw`(?<!\b(?:no|not|kein(?:en)?|sin)\s+)\b(?:live|online)[- ]?stream\w*`;
const REMOTE = String.raw`(?:online|remotely|virtually|via\s+(?:the\s+|our\s+|a\s+)?(?:${STREAM}|zoom|youtube))`;

// prettier-ignore
const REMOTE_TOO: readonly RegExp[] = [
  // English: both ways to attend, after a verb of attending (not "tickets online or in person")
  new RegExp(String.raw`\b(?:join|attend|participate|take\s+part|come|watch)\s+(?:us\s+)?(?:${IN_PERSON}\s+(?:or|and|&|/)\s+${REMOTE}|${REMOTE}\s+(?:or|and|&|/)\s+${IN_PERSON})`, 'i'),
  // A stream and meeting offline / in person in one sentence, either way round (English, Czech)
  new RegExp(String.raw`${LIVE_STREAM}[^.!?\n]{0,80}?\b${IN_PERSON}|\b${IN_PERSON}[^.!?\n]{0,80}?${LIVE_STREAM}`, 'i'),
  /\balso\s+(?:be\s+)?(?:live[- ]?)?streamed\b|\b(?:watch|follow)\s+(?:(?:it|us|along)\s+)?(?:on|via)\s+(?:the\s+|our\s+)?live[- ]?stream\b/i,
  // Spanish: "también se podrá seguir por streaming", "se retransmitirá en directo", "presencial y online"
  /\b(?:seguir|ver|participar)(?:se|lo|la)?\s+(?:\S+\s+){0,2}?(?:por|en|v[ií]a)\s+(?:streaming|directo|youtube|zoom)\b|\bse\s+retransmitir[áa]\b|\bpresencial\s+(?:y|u|o|e)\s+(?:online|virtual|en\s+l[ií]nea|a\s+distancia)\b/iu,
  // German: "auch per Livestream", "vor Ort und online", "wird live gestreamt"
  /\bauch\s+(?:per|im|via|als|über)\s+(?:live-?)?stream\b|\bvor\s+ort\s+(?:und|oder|sowie)\s+online\b|\bonline\s+(?:und|oder)\s+vor\s+ort\b|\blive\s+gestreamt\b|\bauch\s+gestreamt\b/i,
  // French: "aussi en direct sur YouTube", "à suivre également en streaming", "en présentiel et à distance"
  /\b(?:aussi|[ée]galement)\s+(?:(?:à\s+)?suivre\s+)?en\s+(?:direct|streaming|visio|distanciel)\b|\bretransmise?s?\s+en\s+direct\b|\ben\s+pr[ée]sentiel\s+(?:et|ou)\s+(?:en\s+ligne|à\s+distance|en\s+distanciel)/iu,
];
