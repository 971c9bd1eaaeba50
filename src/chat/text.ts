import type { CommandDefinition, CommandOption } from '../core/chat.js';

/**
 * Parses a command typed as text after `/events` (Slack, console) against the
 * same definitions Discord registers:
 *
 *   nearby 10km 14d python      → nearby { radius: 10, days: 14, query: 'python' }
 *   region Birmingham, AL 20km  → region { place: 'Birmingham, AL', radius: 20 }
 *   digest monday 09:00         → digest { day: 'monday', time: '09:00' }
 *
 * Rules, per word after the longest matching command path:
 * 1. `<number><unit>` (10km, 14d) fills the option with that unit;
 * 2. a word equal to a choice fills that option;
 * 3. a bare number (or `#12`, as lists show ids) fills the first empty numeric option,
 *    unless it has four digits or more and is above that option's range while
 *    the command takes free text: then it is a word of that text, the
 *    postcode of a place (`region 9000 Gent 25km`, `region 53111 Bonn`);
 * 4. otherwise the word goes to the `rest` option if there is one, else to
 *    the next empty string option.
 * A word that looks like a value with a unit the command has (`-5km`, `NaNkm`,
 * `-3d`, `1e3km`) but is not a plain number is an error rather than a search
 * word (`bad-value`). Ranges (`0km`, `500km`, `99999d`) are left to the
 * command's zod schema.
 */
export type TextParse =
  | { ok: true; def: CommandDefinition; raw: Record<string, unknown> }
  | { ok: false; reason: 'unknown-command'; word: string }
  | { ok: false; reason: 'extra-words'; def: CommandDefinition; word: string }
  | { ok: false; reason: 'bad-value'; def: CommandDefinition; option: CommandOption; word: string };

export function parseCommandText(defs: CommandDefinition[], text: string): TextParse {
  const words = joinUnits(text.trim().split(/\s+/).filter(Boolean));
  const def = longestPath(defs, words);
  if (!def) return { ok: false, reason: 'unknown-command', word: words[0] ?? '' };
  const raw: Record<string, unknown> = {};
  const rest: string[] = [];
  const restOption = def.options.find((o) => o.rest);
  for (const word of words.slice(def.path.length)) {
    const option = malformedUnitValue(def.options, word);
    if (option) return { ok: false, reason: 'bad-value', def, option, word };
    const target = pickOption(def.options, raw, word, Boolean(restOption));
    if (target) raw[target.option.name] = target.value;
    else if (restOption) rest.push(word);
    else return { ok: false, reason: 'extra-words', def, word };
  }
  if (restOption && rest.length) raw[restOption.name] = rest.join(' ');
  return { ok: true, def, raw };
}

function longestPath(defs: CommandDefinition[], words: string[]): CommandDefinition | undefined {
  const lower = words.map((w) => w.toLowerCase());
  return [...defs].sort((a, b) => b.path.length - a.path.length).find((d) => d.path.every((p, i) => lower[i] === p));
}

const UNIT = /^(\d+(?:\.\d+)?)(km|d)$/i;
const NUMBER = /^#?-?\d+(?:\.\d+)?$/;
const UNIT_WORDS: Record<string, string> = { km: 'km', kms: 'km', d: 'd', day: 'd', days: 'd' };
/** Something typed as a number, well-formed or not: -5, +3, −2, 1e3, 1,5, 5.5.5, NaN, Infinity. */
const NUMBERISH = /^(?:[-+−]?(?:\d[\d.,]*|\.\d+)(?:e[-+]?\d+)?|[-+]?(?:NaN|nan|Infinity|infinity|inf))$/;
/** A number-ish value with a unit: "-5km", "NaNkm", "-3d". ("nand", "weekend" are words.) */
const UNIT_VALUE = /^(.+?)(km|d)$/i;

/** "20 km" → "20km", "14 days" / "14days" → "14d", so units may be typed apart or spelled out. */
function joinUnits(words: string[]): string[] {
  const out: string[] = [];
  for (const word of words) {
    const previous = out.at(-1);
    const unit = UNIT_WORDS[word.toLowerCase()];
    if (unit && previous && NUMBERISH.test(previous)) out[out.length - 1] = previous + unit;
    else
      out.push(
        word.replace(/^(.+?)(kms|days?)$/i, (all, n: string, u: string) => (NUMBERISH.test(n) ? n + UNIT_WORDS[u.toLowerCase()]! : all)),
      );
  }
  return out;
}

/**
 * The option whose unit a malformed value carries (`-5km`, `NaNkm`, `1e3km`,
 * `-3d`), or null when the word is a plain value or no value at all
 * (lower-case "nand" and "infd" are words).
 */
function malformedUnitValue(options: CommandOption[], word: string): CommandOption | null {
  const match = UNIT_VALUE.exec(word);
  if (!match || UNIT.test(word) || !NUMBERISH.test(match[1]!)) return null;
  const value = match[1]!;
  const unit = match[2]!.toLowerCase();
  if (/^[-+]?(?:nan|inf)$/.test(value) && unit === 'd') return null;
  return options.find((o) => o.unit === unit && !o.rest) ?? null;
}

/** An example value for an option with a unit, inside its range: "25km", "14d". */
export function unitExample(option: CommandOption): string {
  const typical = option.unit === 'km' ? 25 : 14;
  const value = Math.min(option.max ?? typical, Math.max(option.min ?? typical, typical));
  return `${value}${option.unit ?? ''}`;
}

/** "9000", "53111": four or five digits above the option's largest value (a radius is at most 200 km). */
function isPostcodeFor(option: CommandOption, word: string): boolean {
  return /^\d{4,5}$/.test(word) && option.max !== undefined && Number(word) > option.max;
}

function pickOption(
  options: CommandOption[],
  filled: Record<string, unknown>,
  word: string,
  hasRest: boolean,
): { option: CommandOption; value: unknown } | null {
  const empty = options.filter((o) => !(o.name in filled) && !o.rest);
  const unit = UNIT.exec(word);
  if (unit) {
    const o = empty.find((x) => x.unit === unit[2]!.toLowerCase());
    if (o) return { option: o, value: unit[1] };
  }
  const choice = empty.find((o) => o.choices?.some((c) => c.value === word.toLowerCase()));
  if (choice) return { option: choice, value: word.toLowerCase() };
  if (NUMBER.test(word)) {
    const o = empty.find((x) => x.type !== 'string' && !x.choices);
    if (o && !(hasRest && isPostcodeFor(o, word))) return { option: o, value: word.replace(/^#/, '') };
  }
  if (!hasRest) {
    const o = empty.find((x) => x.type === 'string' && !x.choices);
    if (o) return { option: o, value: word };
  }
  return null;
}
