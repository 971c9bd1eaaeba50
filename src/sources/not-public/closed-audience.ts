/**
 * A public schedule's entry for a closed audience: "Soil Data Roundtable (By
 * invitation only)", "Lab Safety Briefing (Leeds Poly staff and students
 * only)", "Cluster Onboarding (Academics only)", "Strategy Day – invite
 * only", or a description whose first line says so ("By invitation only.").
 * A member of the public cannot go.
 *
 * Only a marker in brackets, after a dash, colon or bar, or as the whole
 * title or line counts: "Why invitation-only events fail" and "Students
 * only learn by doing" are talks. "Members only" is left alone: in a club's
 * own feed, followed by the club's channel, its members are the readers,
 * and many clubs let a visitor join at the door.
 */

/** Who a session is closed to, besides an invitation: staff, students, a university's academics. */
const CLOSED_GROUP = String.raw`(?:staff|students?|employees|academics|faculty|researchers|postgraduates?|postgrads|undergraduates?|pupils|alumni|invitees|internal)`;
/** "By invitation only", "invite-only", "by invitation". */
const INVITATION = String.raw`(?:(?:by\s+)?invit(?:ation|e)[-\s]+only|by\s+invit(?:ation|e))`;
/** "staff and students only", "academics only". */
const GROUP = String.raw`${CLOSED_GROUP}(?:\s+(?:and|&|or)\s+[\p{L}-]+)?\s+only`;

/**
 * The marker as a bracket, which may name whose staff ("(By invitation
 * only)", "(University of Bristol staff and students only)"), or as a tail
 * after a dash, colon or bar or the whole text, only "for" before it
 * ("Strategy Day – invite only", "For staff only"): "Discount for students
 * only" says who pays less. A bare "(by invitation)" counts; "Wedding
 * invitation" does not.
 */
const CLOSED_AUDIENCE = new RegExp(
  String.raw`[([]\s*(?:${INVITATION}|(?:[^()[\]\n]{0,60}?\b)?${GROUP})\s*[)\]]|(?:^|\s[-–—|]\s*|[–—|:]\s*)(?:${INVITATION}|(?:(?:open\s+)?(?:to|for)\s+)?${GROUP})\s*[.!]*\s*$`,
  'iu',
);

/** Cheap first look: every marker has one of these; most titles have neither. */
const CLOSED_CUE = /only|invit/i;
const FIRST_LINE_MAX = 120;

/** Whether a title, or the first line of a description, says the session is for a closed audience. */
export function forClosedAudience(title: string, description: unknown): boolean {
  if (CLOSED_CUE.test(title) && CLOSED_AUDIENCE.test(title)) return true;
  if (typeof description !== 'string') return false;
  const end = description.indexOf('\n');
  const line = end < 0 ? description : description.slice(0, end);
  return line.length <= FIRST_LINE_MAX && CLOSED_CUE.test(line) && CLOSED_AUDIENCE.test(line);
}
