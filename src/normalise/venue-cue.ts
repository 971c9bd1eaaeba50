import { NOT_PLACES } from './title-venue.js';

/**
 * 4. A venue the prose names right after words that say the event is held
 *    there: "this time at IIT Delhi", "hosted at CodeBase", "held at the Old
 *    Fire Station", "takes place at Café Central", "we meet at The
 *    Victoria", "screening … in Cinema Orion", French "dans les locaux de
 *    Renault Digital", "aura lieu à la Maison des Associations", German
 *    "findet im Jugendhaus Mitte statt". Only a name written with capitals
 *    (words such as "of", "de", "der" may join it), with up to two more
 *    such parts after commas ("Avanta, Statesman House, Connaught Place")
 *    and its town after "in" ("Amigo Coworking Spaces in Noida");
 *    never a language, month or weekday ("held in English", "takes place in
 *    March"). A description that is only "<what> at <venue>" ("Concert at
 *    Jardins Passeig Arqueològic") names its venue too.
 */
export function cuedVenue(text: string): string | null {
  const whole = TYPE_AT_VENUE.exec(text.trim());
  if (whole) return whole[1]!.replace(/[.!]+$/, '');
  for (const m of text.matchAll(CUED)) {
    const named = NAMED.exec(m[1]!);
    const name = named?.[1]?.replace(/[.,;:!?]+$/, '');
    if (!name || namesNoPlace(name.split(/[\s,]/)[0]!)) continue;
    // "Amigo Coworking Spaces in Noida": the venue, then its town.
    const town = named![2]?.replace(/[.,;:!?]+$/, '');
    return town ? `${name}, ${town}` : name;
  }
  return null;
}

const CUE = String.raw`(?:this\s+time\s+(?:at|in)|(?:hosted|held|happening|located)\s+(?:at|in)|tak(?:es?|ing)\s+place\s+(?:at|in)|we(?:'ll|’ll|\s+will)?\s+(?:meet|be)\s+(?:at|in)|meet(?:ing)?\s+(?:up\s+)?at|gathering\s+(?:at|in)|screening\s+(?:\S+\s+){0,8}?in|dans\s+les\s+locaux\s+d[e'’]\s*|(?:aura|a)\s+lieu\s+(?:à|au|aux|chez|dans)|se\s+tiendra\s+(?:à|au|chez|dans)|findet\s+(?:im|in\s+der|in\s+den|in|bei|auf\s+der|auf\s+dem|am)|tendr[áa]\s+lugar\s+en|si\s+terr[àa]\s+(?:a|al|presso|in))`;
const ARTICLE = String.raw`(?:(?:[Tt]he|[Ll]a|[Ll]e|[Ll]es|[Ll]['’]|[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Ee]l|[Ii]l|[Ll]o)\s*)?`;
const WORD = String.raw`[\p{Lu}\d][\p{L}\d&'’.-]*`;
const JOIN = String.raw`(?:of|the|de|du|des|d['’]|la|le|der|die|das|am|an|im|del|di|y|et|and|&|sector)`;
// A word that ends a sentence ("Delhi University. Join us") ends the name.
const NAME = String.raw`${WORD}(?:(?<!\.)\s+(?:${JOIN}\s+)*${WORD}){0,6}`;
/** A description that is only "<what> at <venue>" ("Concert at Jardins Passeig Arqueològic", an agenda scraper's). */
const TYPE_AT_VENUE = /^\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s+at\s+(\p{Lu}[^\n,;]{2,80})$/u;

/** The cue, in any case, and what follows it; then the name, in capitals, at the start of that. */
const CUED = new RegExp(String.raw`\b${CUE}\s+([^\n]{1,160})`, 'giu');
const NAMED = new RegExp(String.raw`^${ARTICLE}(${NAME}(?:,\s*${NAME}){0,2})(?:\s+in\s+(${WORD}(?:\s+${WORD}){0,2}))?`, 'u');

/**
 * Capitalised words that name no place after such a cue: languages ("held in
 * English") and, beside the English words a title's venue may not be
 * (`NOT_PLACES`: months, weekdays…), German months and weekdays.
 */
const NOT_A_PLACE =
  /^(?:english|german|french|spanish|italian|dutch|portuguese|finnish|swedish|danish|norwegian|polish|czech|deutsch|englisch|anglais|fran[cç]ais|espa[nñ]ol|ingl[eé]s|person|januar|februar|märz|juni|juli|oktober|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|\d+)$/i;

function namesNoPlace(word: string): boolean {
  return NOT_A_PLACE.test(word) || NOT_PLACES.has(word.toLowerCase());
}
