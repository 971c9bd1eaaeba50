/**
 * A weekday written just before a date, in the languages feeds are written
 * in, short or in full ("am Do 27.08.", "jeu. 4/12", "vr 5-6", "Dissabte
 * 14/12"): 0 for Sunday to 6 for Saturday, or null. English is left to
 * chrono, which reads it itself.
 */
export function weekdayBefore(text: string, index: number): number | null {
  const m = WORD_BEFORE.exec(text.slice(Math.max(0, index - 16), index));
  if (!m) return null;
  return WEEKDAYS.get(m[1]!.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')) ?? null;
}

/** The last word before the date, with its full stop and comma: "Do ", "jeu., ". */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}{2,13})\.?,?\s*$/u;

// prettier-ignore
const NAMES: [number, string[]][] = [
  [0, ['sonntag', 'so', 'dimanche', 'dim', 'domingo', 'dom', 'domenica', 'zondag', 'zo', 'sondag', 'son', 'diumenge', 'dg', 'niedziela']],
  [1, ['montag', 'mo', 'lundi', 'lun', 'lunes', 'lunedi', 'maandag', 'ma', 'segunda', 'seg', 'mandag', 'man', 'dilluns', 'dl', 'poniedzialek']],
  [2, ['dienstag', 'di', 'mardi', 'martes', 'martedi', 'dinsdag', 'terca', 'ter', 'tisdag', 'tis', 'tirsdag', 'tir', 'dimarts', 'dt', 'wtorek']],
  [3, ['mittwoch', 'mi', 'mercredi', 'mer', 'miercoles', 'mie', 'mercoledi', 'woensdag', 'wo', 'quarta', 'qua', 'onsdag', 'ons', 'dimecres', 'dc', 'sroda']],
  [4, ['donnerstag', 'do', 'jeudi', 'jeu', 'jueves', 'jue', 'giovedi', 'gio', 'donderdag', 'quinta', 'qui', 'torsdag', 'tors', 'tor', 'dijous', 'dj', 'czwartek']],
  [5, ['freitag', 'fr', 'vendredi', 'ven', 'viernes', 'vie', 'venerdi', 'vrijdag', 'vr', 'sexta', 'sex', 'fredag', 'fre', 'divendres', 'dv', 'piatek']],
  [6, ['samstag', 'sa', 'samedi', 'sam', 'sabado', 'sab', 'sabato', 'zaterdag', 'za', 'lordag', 'lor', 'dissabte', 'ds', 'sobota']],
];

const WEEKDAYS = new Map(NAMES.flatMap(([day, names]) => names.map((n) => [n, day] as const)));
