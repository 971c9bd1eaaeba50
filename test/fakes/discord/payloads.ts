import { MEMBER_PERMS, PERMS, apiUser, snowflake } from './state.js';
import type { ApiUser, FakeState } from './state.js';
import { shardOf } from './shards.js';

/**
 * Gateway/interaction payload builders, shaped like Discord's API v10 so the
 * unmodified discord.js client accepts them (see README facts in index.ts).
 */

export interface MemberSpec {
  /** User id; a fresh snowflake when omitted. */
  id?: string;
  username?: string;
  /** Manage Server permission (what the bot treats as admin). */
  admin?: boolean;
  /** Role ids the member has. */
  roles?: string[];
}

export interface Member {
  user: ApiUser;
  roles: string[];
  permissions: string;
}

export function member(spec: MemberSpec = {}): Member {
  const id = spec.id ?? snowflake();
  const perms = MEMBER_PERMS | (spec.admin ? PERMS.ManageGuild : 0n);
  return { user: apiUser(id, spec.username ?? `user${id.slice(-4)}`), roles: spec.roles ?? [], permissions: perms.toString() };
}

function memberJson(m: Member): Record<string, unknown> {
  return {
    user: m.user,
    roles: m.roles,
    permissions: m.permissions,
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
  };
}

export function channelJson(state: FakeState, channelId: string, position = 0): Record<string, unknown> {
  return {
    id: channelId,
    type: 0,
    guild_id: state.guildOf(channelId),
    name: `events-${position}`,
    position,
    permission_overwrites: [],
    parent_id: null,
    nsfw: false,
    topic: null,
    last_message_id: null,
    rate_limit_per_user: 0,
    flags: 0,
  };
}

/** READY for a session on `shard`: only the guilds that shard owns. */
export function readyPayload(
  state: FakeState,
  sessionId: string,
  resumeUrl: string,
  shard: [number, number] = [0, 1],
): Record<string, unknown> {
  return {
    v: 10,
    user: { ...state.botUser, verified: true, mfa_enabled: false, flags: 0 },
    guilds: state.guildIds.filter((id) => shardOf(id, shard[1]) === shard[0]).map((id) => ({ id, unavailable: true })),
    session_id: sessionId,
    resume_gateway_url: resumeUrl,
    shard,
    application: { id: state.applicationId, flags: 0 },
    private_channels: [],
    relationships: [],
    presences: [],
    user_settings: {},
    geo_ordered_rtc_regions: [],
  };
}

export function guildCreatePayload(state: FakeState, guildId = state.guildId): Record<string, unknown> {
  const everyone = { id: guildId, name: '@everyone', permissions: MEMBER_PERMS.toString() };
  const roles = [everyone, ...state.roles.map((r) => ({ ...r, permissions: '0' }))].map((r, position) => ({
    ...r,
    position,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
    icon: null,
    unicode_emoji: null,
  }));
  return {
    id: guildId,
    name: 'Fake Guild',
    icon: null,
    owner_id: state.ownerId,
    unavailable: false,
    large: false,
    member_count: 2,
    joined_at: '2024-01-01T00:00:00.000Z',
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    nsfw_level: 0,
    premium_tier: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-GB',
    features: [],
    roles,
    emojis: [],
    stickers: [],
    channels: state.channelsOf(guildId).map((id) => channelJson(state, id, state.channelIds.indexOf(id))),
    threads: [],
    members: [memberJson({ user: state.botUser, roles: [], permissions: MEMBER_PERMS.toString() })],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The common part of every INTERACTION_CREATE (v14.28 needs entitlements, authorizing_integration_owners and a channel object). */
export function interactionBase(state: FakeState, type: number, channelId: string, m: Member): Record<string, unknown> {
  const guildId = state.guildOf(channelId);
  return {
    id: snowflake(),
    application_id: state.applicationId,
    type,
    token: `itoken-${snowflake()}-${Math.random().toString(36).slice(2)}`,
    version: 1,
    guild_id: guildId,
    guild: { id: guildId, locale: 'en-GB', features: [] },
    channel_id: channelId,
    channel: channelJson(state, channelId, state.channelIds.indexOf(channelId)),
    member: memberJson(m),
    app_permissions: (MEMBER_PERMS | PERMS.EmbedLinks).toString(),
    locale: 'en-GB',
    guild_locale: 'en-GB',
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

type Json = Record<string, unknown>;

/**
 * Builds the options tree for `/events <path…>` from the REGISTERED command,
 * so each value gets the type the bot registered (3 string, 4 integer, 10 number).
 */
export function commandData(registered: Json, path: string[], options: Record<string, string | number>, focused?: string): Json {
  let level = (registered.options as Json[] | undefined) ?? [];
  const chain: Json[] = [];
  for (const name of path) {
    const next = level.find((o) => o.name === name && (o.type === 1 || o.type === 2));
    if (!next) throw new Error(`fake discord: /${String(registered.name)} has no subcommand ${path.join(' ')}`);
    chain.push(next);
    level = (next.options as Json[] | undefined) ?? [];
  }
  const leaves = Object.entries(options).map(([name, value]) => {
    const def = level.find((o) => o.name === name);
    if (!def) throw new Error(`fake discord: /${String(registered.name)} ${path.join(' ')} has no option ${name}`);
    const type = def.type as number;
    const typed = type === 4 || type === 10 ? (name === focused ? String(value) : Number(value)) : String(value);
    return { name, type, value: typed, ...(name === focused ? { focused: true } : {}) };
  });
  let tree: Json[] = leaves;
  for (const node of [...chain].reverse()) tree = [{ name: node.name, type: node.type, options: tree }];
  return { id: String(registered.id), name: registered.name, type: 1, guild_id: guildOf(registered), options: tree };
}

function guildOf(registered: Json): string | undefined {
  return typeof registered.guild_id === 'string' ? registered.guild_id : undefined;
}

export function reactionPayload(
  state: FakeState,
  opts: { channelId: string; messageId: string; userId: string; emoji: string; withMember: boolean; member?: Member },
): Json {
  return {
    user_id: opts.userId,
    channel_id: opts.channelId,
    message_id: opts.messageId,
    guild_id: state.guildOf(opts.channelId),
    emoji: { id: null, name: opts.emoji },
    burst: false,
    type: 0,
    ...(opts.withMember ? { member: memberJson(opts.member ?? member({ id: opts.userId })), message_author_id: state.botUser.id } : {}),
  };
}

export { memberJson };
