import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  CommandInteractionOption,
  Interaction,
  InteractionReplyOptions,
} from 'discord.js';
import type { ChatCoreApi, CommandContext, Reply } from '../../core/chat.js';
import type { Logger } from '../../core/log.js';
import { isDiscordAdmin, memberRoleIds } from './permissions.js';
import { COMMAND_NAME } from './register.js';
import { renderReply } from './render.js';
import type { RenderedReply } from './render.js';

/**
 * Slash commands, autocomplete and paging buttons.
 *
 * Discord drops an interaction that is not answered within 3 s. A command
 * is answered directly if the core is done within DEFER_AFTER_MS, and
 * deferred ("Bot is thinking…") when it is not. Commands that fetch from the
 * network (`feed add`) are deferred sooner, after NETWORK_DEFER_AFTER_MS, so
 * a slow feed server leaves the deferral plenty of time — yet a mistake the
 * core answers at once (a URL with a typo) still goes out directly and only
 * to the person, with no public placeholder flashing up in the channel.
 * A deferral has to choose ephemeral-or-not before the reply exists: it
 * guesses public, and when the reply turns out to be ephemeral it is sent as
 * an ephemeral follow-up and the placeholder is deleted.
 */
export const DEFER_AFTER_MS = 2000;
export const NETWORK_DEFER_AFTER_MS = 500;
const NETWORK_COMMANDS = new Set(['feed add']);

export interface InteractionDeps {
  core: ChatCoreApi;
  logger: Logger;
  now: () => Date;
  deferAfterMs?: number;
}

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await autocomplete(interaction, deps);
    if (interaction.isChatInputCommand()) return await chatInput(interaction, deps);
    if (interaction.isButton()) return await button(interaction, deps);
  } catch (error) {
    deps.logger.error({ err: error, interaction: interaction.id, type: interaction.type }, 'discord interaction failed');
    await apologise(interaction, deps.logger);
  }
}

function contextOf(interaction: Interaction, now: () => Date): CommandContext | null {
  if (!interaction.guildId || !interaction.channelId) return null;
  return {
    platform: 'discord',
    workspaceId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
    userName: async () => displayNameOf(interaction),
    isAdmin: isDiscordAdmin(interaction.memberPermissions),
    roleIds: memberRoleIds(interaction),
    now: now(),
  };
}

/** The member's server nickname, else their display name, else their username. */
function displayNameOf(interaction: Interaction): string {
  const member = interaction.member;
  const nick = member && 'nick' in member && typeof member.nick === 'string' ? member.nick : null;
  return nick ?? interaction.user.globalName ?? interaction.user.username;
}

const OUTSIDE_SERVER: Reply = { ephemeral: true, lines: [['Use /events in a server text channel; it does not work in direct messages.']] };

async function chatInput(interaction: ChatInputCommandInteraction, deps: InteractionDeps): Promise<void> {
  if (interaction.commandName !== COMMAND_NAME) return;
  const ctx = contextOf(interaction, deps.now);
  if (!ctx) {
    await interaction.reply(toReplyOptions(renderReply(OUTSIDE_SERVER)));
    return;
  }
  const { path, raw } = flattenOptions(interaction.options.data);
  const work = deps.core.run(ctx, path, raw);
  const deferAfterMs = deps.deferAfterMs ?? DEFER_AFTER_MS;
  await answerInTime(
    interaction,
    work,
    NETWORK_COMMANDS.has(path.join(' ')) ? Math.min(deferAfterMs, NETWORK_DEFER_AFTER_MS) : deferAfterMs,
  );
}

/** Subcommand group/subcommand names become the path; leaf options become `raw` (values as Discord typed them). */
function flattenOptions(data: readonly CommandInteractionOption[]): { path: string[]; raw: Record<string, unknown> } {
  const path: string[] = [];
  const raw: Record<string, unknown> = {};
  let level: readonly CommandInteractionOption[] = data;
  for (;;) {
    const nested = level.find(
      (o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup,
    );
    if (!nested) break;
    path.push(nested.name);
    level = nested.options ?? [];
  }
  for (const option of level) raw[option.name] = option.value;
  return { path, raw };
}

/**
 * Waits for `work`; if it takes longer than `afterMs`, `defer()` is called
 * meanwhile (Discord's deadline is 3 s). A deferral in flight when `work`
 * fails is let land first, so the apology can go out as a follow-up.
 */
async function withDeferral<T>(work: Promise<T>, defer: () => Promise<unknown>, afterMs: number): Promise<{ value: T; deferred: boolean }> {
  let deferral: Promise<unknown> | null = null;
  const timer = setTimeout(() => {
    deferral = defer();
    deferral.catch(() => undefined); // awaited (and reported) below
  }, afterMs);
  try {
    const value = await work;
    clearTimeout(timer);
    if (deferral) await deferral;
    return { value, deferred: deferral !== null };
  } catch (error) {
    clearTimeout(timer);
    if (deferral) await (deferral as Promise<unknown>).catch(() => undefined);
    throw error;
  }
}

async function answerInTime(interaction: ChatInputCommandInteraction, work: Promise<Reply>, deferAfterMs: number): Promise<void> {
  const { value: reply, deferred } = await withDeferral(work, () => interaction.deferReply(), deferAfterMs);
  const rendered = renderReply(reply);
  if (!deferred) {
    await interaction.reply(toReplyOptions(rendered));
    return;
  }
  if (!reply.ephemeral) {
    await interaction.editReply(withoutFlags(rendered));
    return;
  }
  // The deferral was public but the answer is only for the asker.
  await interaction.followUp(toReplyOptions(rendered));
  await interaction.deleteReply();
}

async function autocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = focused.name === 'place' ? deps.core.autocompletePlace(String(focused.value ?? '')) : [];
  await interaction.respond(choices.slice(0, 25).map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) })));
}

/**
 * A paging button: its custom_id is the core's token. The new page replaces
 * the message; an ephemeral answer (e.g. "That button has expired") goes to
 * the presser only instead of overwriting a public message.
 */
async function button(interaction: ButtonInteraction, deps: InteractionDeps): Promise<void> {
  const ctx = contextOf(interaction, deps.now);
  if (!ctx) return;
  const { value: reply, deferred } = await withDeferral(
    deps.core.page(ctx, interaction.customId),
    () => interaction.deferUpdate(),
    deps.deferAfterMs ?? DEFER_AFTER_MS,
  );
  const rendered = renderReply(reply);
  const messageIsEphemeral = interaction.message.flags.has(MessageFlags.Ephemeral);
  if (reply.ephemeral && !messageIsEphemeral) {
    await (deferred ? interaction.followUp(toReplyOptions(rendered)) : interaction.reply(toReplyOptions(rendered)));
  } else if (deferred) {
    await interaction.editReply(withoutFlags(rendered));
  } else {
    await interaction.update(withoutFlags(rendered));
  }
}

function toReplyOptions(r: RenderedReply): InteractionReplyOptions & { flags?: MessageFlags.Ephemeral } {
  return { ...withoutFlags(r), ...(r.flags ? { flags: r.flags } : {}) };
}

function withoutFlags(r: RenderedReply) {
  return { content: r.content, embeds: r.embeds, components: r.components, allowedMentions: r.allowedMentions };
}

/** Last resort after a bug: tell the person, never leave "interaction failed" without a word. */
async function apologise(interaction: Interaction, logger: Logger): Promise<void> {
  if (!interaction.isRepliable()) return;
  const text = {
    content: 'Something went wrong on my side. It has been logged; please try again in a minute.',
    allowedMentions: { parse: [] as [] },
  };
  try {
    if (interaction.deferred || interaction.replied) await interaction.followUp({ ...text, flags: MessageFlags.Ephemeral });
    else await interaction.reply({ ...text, flags: MessageFlags.Ephemeral });
  } catch (error) {
    logger.warn({ err: error, interaction: interaction.id }, 'could not tell the user about a failed interaction');
  }
}
