/**
 * A municipal waste calendar's day: its title, or one of its categories
 * ("Odvoz odpadu", "Waste collection"), is a collection ("Bin collection:
 * Recycling", "Abfuhr: Restmüll", "Svoz odpadu", "GFT ophalen", "Collecte
 * des ordures") or a bin ("Gelbe Tonne", "Restmüll"), with at most a short
 * list of what is collected after it. A title that goes on ("Recycling
 * workshop", "Waste collection workshop for councils") is an event.
 */
export function isWasteCollection(title: string, categories: () => Iterable<string>): boolean {
  if (title.length > WASTE_TITLE_MAX) return false;
  if (WASTE_COLLECTION.test(title)) return true;
  for (const category of categories()) if (WASTE_COLLECTION.test(category)) return true;
  return false;
}

/** Bin days are named in a few words; longer titles are not read at all. */
const WASTE_TITLE_MAX = 60;
/** A collection, as the head of a title. */
const COLLECTION_HEAD = String.raw`(?:(?:green|garden|food|general|bulky|household|kerbside|curbside)\s+)?(?:bin|waste|refuse|rubbish|garbage|trash|recycling)\s+(?:collections?|pick-?ups?)|(?:bin|trash|garbage|rubbish)\s+days?|(?:m[üu]ll|abfall)?abfuhr|abfallkalender|m[üu]llkalender|(?:odvoz|svoz|v[ýy]voz)(?:\s+\p{L}*odpad\p{L}*)?|ophalen|ophaling|inzameling|afvalkalender|(?:collecte|ramassage)\s+(?:des\s+)?(?:ordures|d[ée]chets|encombrants|poubelles)(?:\s+m[ée]nag[èe]res)?|raccolta\s+(?:rifiuti|differenziata)|recogida\s+de\s+(?:basura|residuos|enseres)|wyw[óo]z\s+(?:[śs]mieci|odpad[óo]w)`;
/** A bin or what goes in it, named alone ("Gelbe Tonne", "GFT ophalen"). */
const BIN = String.raw`(?:gelbe|blaue|braune|gr[üu]ne|graue|schwarze)\s+tonne|gelber\s+sack|(?:bio|papier|rest|wertstoff)tonne|(?:rest|bio|sperr)m[üu]ll|altpapier|gft|pmd|restafval|grof\s+vuil`;
/**
 * The whole title: a collection, with what it collects after a colon or a
 * dash ("Odvoz: Bio"), or bins ("Biotonne / Papiertonne") with a collecting
 * word after them ("GFT ophalen"). Anchored at the start, so a title that
 * does not begin so is given up at its first letters: cheap enough for
 * every entry.
 */
const WASTE_COLLECTION = new RegExp(
  String.raw`^\s*(?:(?:${COLLECTION_HEAD})(?:\s*[:–—-]\s*[^:]{1,40})?|(?:${BIN})(?:\s*[,/&+]\s*(?:${BIN}))*(?:\s+(?:abfuhr|leerung|ophalen|collection))?)\s*$`,
  'iu',
);
