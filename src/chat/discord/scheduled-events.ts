import { DiscordAPIError, PermissionFlagsBits, Routes } from 'discord.js';
import type { Client } from 'discord.js';
import type { Logger } from '../../core/log.js';
import type { GuildEventSpec, PlatformResult, ScheduledEventsPort } from '../../core/sync.js';
import { describeDiscordError, isRetryable } from './errors.js';

/**
 * The server's Events tab through Discord's REST API (guild scheduled
 * events), for src/deliver/events-sync.ts. Events are EXTERNAL (entity_type
 * 3) with a location and an end, visible to server members (privacy_level 2).
 * Any instance can call these routes: nothing depends on the gateway cache.
 *
 * Permissions: creating needs Create Events (1<<44); editing and deleting the
 * bot's own events needs the same (Manage Events, 1<<33, covers everyone's).
 */
const ENTITY_EXTERNAL = 3;
const PRIVACY_GUILD_ONLY = 2;
const STATUS_CANCELED = 4;
const UNKNOWN_EVENT = 10070;
const TOO_MANY_EVENTS = 30038;
const MISSING_PERMISSIONS = 50013;
const EVENT_PERMISSIONS = PermissionFlagsBits.CreateEvents | PermissionFlagsBits.ManageEvents;

export const MISSING_CREATE_EVENTS =
  'the bot is missing the Create Events permission in this server. Give the bot’s role Create Events (Server Settings → Roles), then run /events sync on again.';

type Json = Record<string, unknown>;

/** Feed text never pings: @everyone, @here and <@…> mentions are broken with a zero-width space. */
export const noMentions = (text: string) => text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<@/g, '<\u200b@');

function body(spec: GuildEventSpec): Json {
  return {
    name: noMentions(spec.name),
    description: noMentions(spec.description),
    scheduled_start_time: spec.start.toISOString(),
    scheduled_end_time: spec.end.toISOString(),
    privacy_level: PRIVACY_GUILD_ONLY,
    entity_type: ENTITY_EXTERNAL,
    entity_metadata: { location: noMentions(spec.location) },
  };
}

export function createScheduledEvents(getClient: () => Client | null, logger: Logger): ScheduledEventsPort {
  async function attempt<T>(what: string, guildId: string, run: (c: Client) => Promise<T>): Promise<PlatformResult<T>> {
    const client = getClient();
    if (!client) return { ok: false, message: 'The Discord connection is not ready yet.', missingPermission: false, retryable: true };
    try {
      return { ok: true, value: await run(client) };
    } catch (error) {
      const code = error instanceof DiscordAPIError ? error.code : null;
      if (code === MISSING_PERMISSIONS) return { ok: false, message: MISSING_CREATE_EVENTS, missingPermission: true, retryable: false };
      if (code === TOO_MANY_EVENTS)
        return {
          ok: false,
          message: 'the server already has 100 upcoming events; trying again later',
          missingPermission: false,
          retryable: true,
        };
      const message = `could not ${what}: ${describeDiscordError(error)}`;
      logger.warn({ err: error, guild: guildId }, message);
      return { ok: false, message, missingPermission: false, retryable: isRetryable(error) };
    }
  }

  return {
    async checkAccess(guildId) {
      const client = getClient();
      const botId = client?.user?.id;
      if (!client || !botId) return { ok: false, message: 'The Discord connection is not ready yet; try again in a minute.' };
      try {
        const guild = (await client.rest.get(Routes.guild(guildId))) as {
          owner_id?: string;
          roles?: { id: string; permissions: string }[];
        };
        const me = (await client.rest.get(Routes.guildMember(guildId, botId))) as { roles?: string[] };
        if (guild.owner_id === botId) return { ok: true };
        const held = new Set([guildId, ...(me.roles ?? [])]);
        const granted = (guild.roles ?? []).filter((r) => held.has(r.id)).reduce((all, r) => all | BigInt(r.permissions), 0n);
        if ((granted & PermissionFlagsBits.Administrator) !== 0n || (granted & EVENT_PERMISSIONS) !== 0n) return { ok: true };
        return { ok: false, message: `I can’t add events to the Events tab: ${MISSING_CREATE_EVENTS}` };
      } catch (error) {
        return { ok: false, message: `I could not check my permissions in this server: ${describeDiscordError(error)}.` };
      }
    },
    create: (guildId, spec) =>
      attempt('add the event to the Events tab', guildId, async (c) => {
        const created = (await c.rest.post(Routes.guildScheduledEvents(guildId), { body: body(spec) })) as { id: string };
        return created.id;
      }),
    update: (guildId, id, spec) =>
      attempt('update the event in the Events tab', guildId, async (c) => {
        await c.rest.patch(Routes.guildScheduledEvent(guildId, id), { body: body(spec) });
        return null;
      }),
    cancel: (guildId, id) =>
      attempt('cancel the event in the Events tab', guildId, async (c) => {
        await c.rest.patch(Routes.guildScheduledEvent(guildId, id), { body: { status: STATUS_CANCELED } });
        return null;
      }),
    remove: (guildId, id) =>
      attempt('remove the event from the Events tab', guildId, async (c) => {
        try {
          await c.rest.delete(Routes.guildScheduledEvent(guildId, id));
        } catch (error) {
          // Already gone (deleted by someone in the server): the outcome we wanted.
          if (!(error instanceof DiscordAPIError && error.code === UNKNOWN_EVENT)) throw error;
        }
        return null;
      }),
    interested: (guildId) =>
      attempt('read the interested counts', guildId, async (c) => {
        const query = new URLSearchParams({ with_user_count: 'true' });
        const events = (await c.rest.get(Routes.guildScheduledEvents(guildId), { query })) as { id: string; user_count?: number }[];
        return new Map(events.map((e) => [e.id, e.user_count ?? 0]));
      }),
  };
}
