import { apiUser, snowflake } from './state.js';
import type { FakeState } from './state.js';

/**
 * Direct messages in the fake Discord, as API v10 has them:
 * - POST /users/@me/channels {recipient_id} opens (or returns) the DM channel
 *   with a user: a channel of type 1 (DM) with `recipients`;
 * - POST /channels/<dm id>/messages sends in it; a user whose DMs are closed
 *   (`closeDms`) answers 403 with code 50007 "Cannot send messages to this user",
 *   as Discord does for members who block DMs from server members;
 * - GET /channels/<dm id> returns the channel.
 * Messages are kept here, apart from the guild's channel messages.
 */
export interface DmMessage {
  id: string;
  channelId: string;
  userId: string;
  content: string;
  body: Record<string, unknown>;
}

export interface DmState {
  /** user id → DM channel id */
  channels: Map<string, string>;
  messages: DmMessage[];
  /** Users who do not accept DMs from the bot. */
  closed: Set<string>;
  /** Every DM send attempt (also refused ones), for tests. */
  attempts: { userId: string; status: number }[];
}

type Reply = { status: number; body?: unknown };
const states = new WeakMap<FakeState, DmState>();

export function dmState(state: FakeState): DmState {
  let dm = states.get(state);
  if (!dm) states.set(state, (dm = { channels: new Map(), messages: [], closed: new Set(), attempts: [] }));
  return dm;
}

const userOf = (dm: DmState, channelId: string) => [...dm.channels].find(([, id]) => id === channelId)?.[0];

function channelJson(channelId: string, userId: string): Record<string, unknown> {
  return { id: channelId, type: 1, last_message_id: null, flags: 0, recipients: [apiUser(userId, `user${userId.slice(-4)}`)] };
}

/** Answers a DM route, or null when the request is not one. */
export function dmRoute(state: FakeState, method: string, s: string[], body: Record<string, unknown>): Reply | null {
  const dm = dmState(state);
  const [a, b, c, d] = s;
  if (method === 'POST' && a === 'users' && b === '@me' && c === 'channels' && !d) {
    const userId = String(body.recipient_id ?? '');
    if (!/^\d{5,20}$/.test(userId)) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
    if (userId === state.botUser.id) return { status: 400, body: { message: 'Cannot send messages to this user', code: 50007 } };
    const id = dm.channels.get(userId) ?? snowflake();
    dm.channels.set(userId, id);
    return { status: 200, body: channelJson(id, userId) };
  }
  if (a !== 'channels' || !b) return null;
  const userId = userOf(dm, b);
  if (!userId) return null;
  if (method === 'GET' && !c) return { status: 200, body: channelJson(b, userId) };
  if (method !== 'POST' || c !== 'messages' || d) return { status: 404, body: { message: '404: Not Found', code: 0 } };
  if (dm.closed.has(userId)) {
    dm.attempts.push({ userId, status: 403 });
    return { status: 403, body: { message: 'Cannot send messages to this user', code: 50007 } };
  }
  dm.attempts.push({ userId, status: 200 });
  const message: DmMessage = { id: snowflake(), channelId: b, userId, content: String(body.content ?? ''), body };
  dm.messages.push(message);
  return {
    status: 200,
    body: {
      id: message.id,
      type: 0,
      channel_id: b,
      author: state.botUser,
      content: message.content,
      embeds: [],
      components: [],
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      flags: 0,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
    },
  };
}
