/**
 * A room-booking calendar's private entries, marked in the title: "Private
 * Event: David L.", "Private hire", "Makercast (closed event)",
 * "geschlossene Gesellschaft", "soirée privée", "besloten feest", "evento
 * privado". No member of the public can go.
 */

/** Whether the title says the entry is a private booking. */
export function isBooking(title: string): boolean {
  return PRIVATE_TITLE.test(title) || (BOOKING_CUE.test(title) && BOOKING_MARKER.test(title));
}

const PRIVATE_TITLE = /^\s*(?:private\s+(?:event|booking|hire|party|function|meeting)|closed\s+(?:event|booking))\b/i;

/** Cheap first look for BOOKING_MARKER: a word every one of its phrases has. */
const BOOKING_CUE = /priv|clos|geschl|beslot/i;
/** "Closed event", "geschlossene Gesellschaft", "soirée privée", "besloten feest", "evento privado": a private booking, in the languages feeds are written in. */
const BOOKING = String.raw`(?:(?:private|closed)\s+(?:event|booking|party|function)|geschlossene[sr]?\s+(?:event|veranstaltung|gesellschaft)|[ée]v[èée]nement\s+priv[ée]e?|soir[ée]e\s+priv[ée]e|besloten\s+(?:feest|bijeenkomst|evenement|event)|evento\s+privad[oa]|fiesta\s+privada|evento\s+privato|festa\s+privata)`;
/**
 * A booking phrase as the whole title ("Geschlossene Gesellschaft", "Heute
 * geschlossene Gesellschaft"), its head ("geschlossene Veranstaltung (ask
 * dave)"), or a marker in brackets or after a dash, colon or bar
 * ("Makercast (closed event)", "Boda: evento privado"). Only so: inside a
 * title the words may be the topic ("Non-private event planning").
 */
const BOOKING_MARKER = new RegExp(
  String.raw`(?:^\s*(?:heute\s+)?|[([]\s*|\s[-–—|]\s*|[–—|:]\s*)${BOOKING}\s*(?:[)\]]|\s[-–—|]|[:(]|[.!]*\s*$)`,
  'iu',
);
