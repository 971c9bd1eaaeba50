import { ApplicationCommandOptionType, ApplicationIntegrationType, InteractionContextType, REST, Routes } from 'discord.js';
import type {
  APIApplicationCommandBasicOption,
  APIApplicationCommandSubcommandGroupOption,
  APIApplicationCommandSubcommandOption,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { CommandDefinition, CommandOption } from '../../core/chat.js';
import { describeDiscordError } from './errors.js';

/**
 * Application command registration.
 *
 * There is ONE slash command, `/events`; each CommandDefinition becomes a
 * subcommand under it:
 *   path ['nearby']        → /events nearby        (subcommand)
 *   path ['feed', 'add']   → /events feed add      (group "feed", subcommand "add")
 * Longer paths are not possible on Discord and are skipped.
 *
 * No `default_member_permissions`: it applies to the whole /events command
 * and cannot hide single subcommands, so admin-only subcommands are checked
 * at run time by the core (isAdmin + the channel's admin role).
 */
export const COMMAND_NAME = 'events';
const COMMAND_DESCRIPTION = 'Local in-person events from your feeds';

const MAX_DESCRIPTION = 100;
const MAX_CHOICES = 25;

export function buildEventsCommand(defs: CommandDefinition[]): RESTPostAPIChatInputApplicationCommandsJSONBody {
  const top: (APIApplicationCommandSubcommandOption | APIApplicationCommandSubcommandGroupOption)[] = [];
  const groups = new Map<string, APIApplicationCommandSubcommandGroupOption>();
  for (const def of defs) {
    const [first, second] = def.path;
    if (!first || def.path.length > 2) continue;
    if (!second) {
      top.push(subcommand(first, def));
      continue;
    }
    let group = groups.get(first);
    if (!group) {
      group = {
        type: ApplicationCommandOptionType.SubcommandGroup,
        name: optionName(first),
        description: groupDescription(first),
        options: [],
      };
      groups.set(first, group);
      top.push(group);
    }
    group.options!.push(subcommand(second, def));
  }
  return {
    name: COMMAND_NAME,
    description: COMMAND_DESCRIPTION,
    options: top,
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

function subcommand(name: string, def: CommandDefinition): APIApplicationCommandSubcommandOption {
  // Discord requires every required option before the optional ones.
  const options = [...def.options].sort((a, b) => Number(Boolean(b.required)) - Number(Boolean(a.required)));
  return {
    type: ApplicationCommandOptionType.Subcommand,
    name: optionName(name),
    description: description(def.description),
    options: options.map(basicOption),
  };
}

/**
 * Maps one option: type, required, choices (max 25) or place autocomplete,
 * numeric min/max. A `role` option is Discord's role picker: Discord lists
 * the server's roles and delivers the chosen role's id as a string.
 */
export function basicOption(o: CommandOption): APIApplicationCommandBasicOption {
  const base = { name: optionName(o.name), description: description(o.description), required: Boolean(o.required) };
  if (o.type === 'role') return { ...base, type: ApplicationCommandOptionType.Role };
  const choices = o.choices?.slice(0, MAX_CHOICES).map((c) => ({ name: c.name.slice(0, 100), value: c.value }));
  if (o.type === 'string') {
    return {
      ...base,
      type: ApplicationCommandOptionType.String,
      ...(choices?.length ? { choices } : o.autocomplete === 'place' ? { autocomplete: true } : {}),
    } as APIApplicationCommandBasicOption;
  }
  const type = o.type === 'integer' ? ApplicationCommandOptionType.Integer : ApplicationCommandOptionType.Number;
  const numericChoices = choices?.map((c) => ({ name: c.name, value: Number(c.value) })).filter((c) => Number.isFinite(c.value));
  return {
    ...base,
    type,
    ...(o.min !== undefined ? { min_value: o.min } : {}),
    ...(o.max !== undefined ? { max_value: o.max } : {}),
    ...(numericChoices?.length ? { choices: numericChoices } : {}),
  } as APIApplicationCommandBasicOption;
}

function optionName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^-_\p{L}\p{N}]/gu, '-')
    .slice(0, 32);
}

function description(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim() || '—';
  return oneLine.length <= MAX_DESCRIPTION ? oneLine : `${oneLine.slice(0, MAX_DESCRIPTION - 1)}…`;
}

function groupDescription(group: string): string {
  return description(`${group[0]!.toUpperCase()}${group.slice(1)} commands`);
}

export interface RegisterOptions {
  api: string;
  token: string;
  applicationId: string;
  /** Guild commands update instantly (development); global ones can take up to an hour to appear. */
  guildId?: string;
  body: RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * Replaces the application's commands with `/events` (PUT is a bulk
 * overwrite, so renamed or removed subcommands disappear too).
 */
export async function registerCommands(opts: RegisterOptions): Promise<{ ok: true; scope: string } | { ok: false; message: string }> {
  const rest = new REST({ api: opts.api, hashSweepInterval: 0, handlerSweepInterval: 0, retries: 1 }).setToken(opts.token);
  const route = opts.guildId
    ? Routes.applicationGuildCommands(opts.applicationId, opts.guildId)
    : Routes.applicationCommands(opts.applicationId);
  const scope = opts.guildId ? `guild ${opts.guildId}` : 'all servers (global; may take up to an hour to appear)';
  try {
    await rest.put(route, { body: [opts.body] });
    return { ok: true, scope };
  } catch (error) {
    const hint = opts.guildId
      ? ` Check DISCORD_GUILD_ID (${opts.guildId}) is a server the bot was invited to with the applications.commands scope.`
      : ' Re-invite the bot with the applications.commands scope.';
    return { ok: false, message: `Could not register the /events command for ${scope}: ${describeDiscordError(error)}.${hint}` };
  }
}
