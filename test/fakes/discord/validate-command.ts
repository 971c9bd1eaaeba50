/**
 * Discord's validation of a registered chat-input command, as far as the
 * bot's `/events` can get it wrong. Discord rejects the whole PUT with
 * 400 Invalid Form Body (code 50035) when any rule fails, and then no
 * command appears at all; the fake does the same and names the first
 * problem, like Discord's `errors` object does.
 *
 * Rules (Discord API docs, Application Commands):
 * - names: 1–32 characters, lower case, letters/digits/`-`/`_`; unique among siblings;
 * - descriptions: 1–100 characters;
 * - at most 25 options per level; a group holds only subcommands, a subcommand only plain options;
 * - required options come before optional ones;
 * - at most 25 choices, and not together with autocomplete;
 * - min_value/max_value only on integer (4) and number (10) options.
 */
type Json = Record<string, unknown>;

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
const SUBCOMMAND = 1;
const GROUP = 2;

export function commandProblem(command: Json): string | null {
  if (command.type !== undefined && command.type !== 1) return null; // only chat-input commands are checked
  return (
    nameProblem('name', command.name) ??
    descriptionProblem('description', command.description) ??
    optionsProblem('options', command.options, 'top')
  );
}

function nameProblem(at: string, name: unknown): string | null {
  if (typeof name !== 'string' || !NAME.test(name) || name !== name.toLowerCase()) return `${at}: invalid name ${JSON.stringify(name)}`;
  return null;
}

function descriptionProblem(at: string, text: unknown): string | null {
  if (typeof text !== 'string' || text.length < 1 || text.length > 100) return `${at}: must be 1–100 characters`;
  return null;
}

function optionsProblem(at: string, options: unknown, level: 'top' | 'group' | 'subcommand'): string | null {
  if (options === undefined) return null;
  if (!Array.isArray(options) || options.length > 25) return `${at}: at most 25 options`;
  const names = new Set<string>();
  let optionalSeen = false;
  for (const [i, raw] of (options as Json[]).entries()) {
    const here = `${at}.${i}`;
    const problem =
      nameProblem(`${here}.name`, raw.name) ?? descriptionProblem(`${here}.description`, raw.description) ?? kindProblem(here, raw, level);
    if (problem) return problem;
    if (names.has(String(raw.name))) return `${here}.name: duplicate option name`;
    names.add(String(raw.name));
    if (raw.type === SUBCOMMAND || raw.type === GROUP) continue;
    if (raw.required) {
      if (optionalSeen) return `${here}: required options must be placed before non-required options`;
    } else optionalSeen = true;
  }
  return null;
}

function kindProblem(at: string, o: Json, level: 'top' | 'group' | 'subcommand'): string | null {
  const nested = o.type === SUBCOMMAND || o.type === GROUP;
  if (level === 'group' && o.type !== SUBCOMMAND) return `${at}: a subcommand group may only contain subcommands`;
  if (level === 'subcommand' && nested) return `${at}: a subcommand cannot contain subcommands`;
  if (o.type === GROUP) return optionsProblem(`${at}.options`, o.options, 'group');
  if (o.type === SUBCOMMAND) return optionsProblem(`${at}.options`, o.options, 'subcommand');
  const choices = o.choices as unknown[] | undefined;
  if (choices !== undefined && (!Array.isArray(choices) || choices.length > 25)) return `${at}.choices: at most 25 choices`;
  if (choices?.length && o.autocomplete) return `${at}: autocomplete and choices cannot both be set`;
  const numeric = o.type === 4 || o.type === 10;
  if (!numeric && (o.min_value !== undefined || o.max_value !== undefined)) return `${at}: min_value/max_value only on numbers`;
  return null;
}
