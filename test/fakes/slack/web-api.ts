import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Changes } from './recorder.js';
import { directChannel, HOME_METHODS, HOME_SCOPES } from './home-api.js';

/**
 * The fake Slack Web API: POST /api/<method> with a form or JSON body and
 * `Authorization: Bearer <token>` (or a `token` field). Only the methods the
 * adapter uses are implemented; each call is recorded with its arguments (the
 * JSON-in-form fields like `blocks` decoded) and the answer given.
 *
 * Like Slack, a bot-token method needs its scope (`SCOPES`; the fake grants
 * the manifest's scopes unless a test says otherwise) and answers
 * `missing_scope` with `needed` otherwise; a bot posts only in channels it
 * is a member of (joined with conversations.join, or invited) unless it has
 * chat:write.public; `closeChannel` makes a private channel the bot was not
 * invited to.
 */
export interface UserFlags {
  is_admin?: boolean;
  is_owner?: boolean;
  /** The profile's display name (users.info profile.display_name). */
  display_name?: string;
}

export interface ApiCall {
  method: string;
  token: string | null;
  args: Record<string, unknown>;
  answer: Record<string, unknown>;
}

export interface FakeMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
  /** reaction name → user ids */
  reactions: Map<string, Set<string>>;
  /** Every chat.update applied, oldest first (blocks + text). */
  edits: { text: string; blocks: unknown[] }[];
  unfurlLinks: unknown;
  /** The message metadata it was posted with (event_type, event_payload), if any. */
  metadata: unknown;
  /** A reply in a thread: the parent message's ts. */
  threadTs?: string;
}

export interface ApiState {
  botToken: string;
  appToken: string;
  teamId: string;
  botUserId: string;
  botId: string;
  users: Map<string, UserFlags>;
  /** Private channels the bot was not invited to: it can neither join nor post there. */
  closedChannels: Set<string>;
  /** Channels the bot is a member of. */
  members: Set<string>;
  /** Scopes the bot token was granted. */
  scopes: Set<string>;
  calls: ApiCall[];
  messages: FakeMessage[];
  failures: Map<string, string[]>;
  /** Methods whose answers wait until the promise resolves (a slow Slack). */
  holds: Map<string, Promise<void>>;
  socketUrl(): string;
  changes: Changes;
}

type Handler = (state: ApiState, args: Record<string, unknown>, token: string | null) => Record<string, unknown>;

let tsCounter = 100;
const nextTs = () => `1700000000.${String((tsCounter += 1)).padStart(6, '0')}`;
const fail = (error: string) => ({ ok: false, error });

function findMessage(state: ApiState, channel: unknown, ts: unknown): FakeMessage | undefined {
  return state.messages.find((m) => m.channel === channel && m.ts === ts);
}

/** The bot scope each Web API method needs (Slack's method reference). */
const SCOPES: Record<string, string | null> = {
  'auth.test': null,
  'chat.postMessage': 'chat:write',
  'chat.update': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'reactions.add': 'reactions:write',
  'users.info': 'users:read',
  'conversations.info': 'channels:read',
  'conversations.join': 'channels:join',
  'conversations.history': 'channels:history',
  'apps.connections.open': null,
  ...HOME_SCOPES,
};

const METHODS: Record<string, Handler> = {
  'auth.test': (s) => ({
    ok: true,
    url: 'https://example.slack.com/',
    team: 'Example',
    user: 'events-bot',
    team_id: s.teamId,
    user_id: s.botUserId,
    bot_id: s.botId,
    is_enterprise_install: false,
  }),
  'chat.postMessage': (s, a) => {
    const dm = directChannel(s, String(a.channel ?? ''));
    if (dm && 'error' in dm) return fail(dm.error);
    const channel = dm ? dm.channel : String(a.channel ?? '');
    if (!channel) return fail('channel_not_found');
    if (!dm && s.closedChannels.has(channel)) return fail('not_in_channel');
    if (!dm && !s.members.has(channel) && !s.scopes.has('chat:write.public')) return fail('not_in_channel');
    // A reply names its parent by thread_ts: a message that exists in the same channel.
    const threadTs = a.thread_ts === undefined ? undefined : String(a.thread_ts);
    if (threadTs !== undefined && !findMessage(s, channel, threadTs)) return fail('thread_not_found');
    const message: FakeMessage = {
      channel,
      ts: nextTs(),
      text: String(a.text ?? ''),
      blocks: Array.isArray(a.blocks) ? a.blocks : [],
      reactions: new Map(),
      edits: [],
      unfurlLinks: a.unfurl_links,
      metadata: a.metadata ?? null,
      ...(threadTs ? { threadTs } : {}),
    };
    s.messages.push(message);
    const reply = threadTs ? { thread_ts: threadTs } : {};
    return { ok: true, channel, ts: message.ts, message: { text: message.text, blocks: message.blocks, bot_id: s.botId, ...reply } };
  },
  'chat.update': (s, a) => {
    const message = findMessage(s, a.channel, a.ts);
    if (!message) return fail('message_not_found');
    message.text = String(a.text ?? '');
    message.blocks = Array.isArray(a.blocks) ? a.blocks : [];
    message.edits.push({ text: message.text, blocks: message.blocks });
    return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
  },
  'chat.postEphemeral': () => ({ ok: true, message_ts: nextTs() }),
  'reactions.add': (s, a) => {
    const message = findMessage(s, a.channel, a.timestamp);
    if (!message) return fail('message_not_found');
    const name = String(a.name ?? '');
    const users = message.reactions.get(name) ?? new Set<string>();
    if (users.has(s.botUserId)) return fail('already_reacted');
    users.add(s.botUserId);
    message.reactions.set(name, users);
    return { ok: true };
  },
  'users.info': (s, a) => {
    const id = String(a.user ?? '');
    const flags = s.users.get(id);
    if (!flags) return fail('user_not_found');
    const admin = Boolean(flags.is_admin);
    const owner = Boolean(flags.is_owner);
    return {
      ok: true,
      user: {
        id,
        team_id: s.teamId,
        name: id.toLowerCase(),
        is_admin: admin,
        is_owner: owner,
        is_primary_owner: false,
        is_bot: false,
        profile: { display_name: flags.display_name ?? '', real_name: flags.display_name ?? '' },
      },
    };
  },
  'conversations.info': (_s, a) => ({
    ok: true,
    channel: { id: String(a.channel ?? ''), name: 'events', is_channel: true, is_private: false },
  }),
  'conversations.join': (s, a) => {
    const channel = String(a.channel ?? '');
    if (s.closedChannels.has(channel)) return fail('method_not_supported_for_channel_type');
    if (!/^C[A-Z0-9]+$/.test(channel)) return fail('channel_not_found');
    const already = s.members.has(channel);
    s.members.add(channel);
    return { ok: true, channel: { id: channel, name: 'events', is_channel: true }, ...(already ? { warning: 'already_in_channel' } : {}) };
  },
  // Newest first; metadata only with include_all_metadata; a bot reads only channels it is in.
  'conversations.history': (s, a) => {
    const channel = String(a.channel ?? '');
    if (!s.members.has(channel)) return fail('not_in_channel');
    const limit = Math.min(Number(a.limit ?? 100) || 100, 999);
    const messages = s.messages
      .filter((m) => m.channel === channel)
      .reverse()
      .slice(0, limit)
      .map((m) => ({
        type: 'message',
        ts: m.ts,
        text: m.text,
        bot_id: s.botId,
        ...(a.include_all_metadata === true && m.metadata ? { metadata: m.metadata } : {}),
      }));
    return { ok: true, messages, has_more: false };
  },
  'apps.connections.open': (s) => ({ ok: true, url: s.socketUrl() }),
  ...HOME_METHODS,
};

/** apps.connections.open takes the app-level token; every other method the bot token. */
function authError(state: ApiState, method: string, token: string | null): string | null {
  if (!token) return 'not_authed';
  const expected = method === 'apps.connections.open' ? state.appToken : state.botToken;
  if (method === 'apps.connections.open' && token.startsWith('xoxb-')) return 'not_allowed_token_type';
  return token === expected ? null : 'invalid_auth';
}

export async function handleApi(state: ApiState, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const raw = await readBody(req);
  await state.holds.get(method);
  const args = parseArgs(req.headers['content-type'], raw);
  const header = req.headers.authorization;
  const token = header?.startsWith('Bearer ') ? header.slice(7) : typeof args.token === 'string' ? args.token : null;
  delete args.token;
  const queued = state.failures.get(method);
  const authProblem = authError(state, method, token);
  const needed = SCOPES[method];
  let answer: Record<string, unknown>;
  if (authProblem) answer = fail(authProblem);
  else if (needed && !state.scopes.has(needed)) answer = { ...fail('missing_scope'), needed, provided: [...state.scopes].join(',') };
  else if (queued && queued.length) answer = fail(queued.shift()!);
  else answer = METHODS[method]?.(state, args, token) ?? fail('unknown_method');
  state.calls.push({ method, token, args, answer });
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(answer));
  state.changes.notify();
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form fields whose value is JSON (blocks, attachments) or a boolean are decoded, as Slack does. */
function parseArgs(contentType: string | undefined, raw: string): Record<string, unknown> {
  if ((contentType ?? '').includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? safeJson(value) : value === 'true' ? true : value === 'false' ? false : value;
  }
  return out;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
