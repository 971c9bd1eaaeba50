import type { IncomingMessage, ServerResponse } from 'node:http';
import { INTENTS } from './gateway.js';
import type { FakeGateway } from './gateway.js';
import { answer } from './answer.js';
import { dmRoute } from './dm.js';
import { channelJson, member, memberJson, reactionPayload } from './payloads.js';
import { refusal } from './permissions.js';
import type { BotAction } from './permissions.js';
import { applyBody, snowflake } from './state.js';
import { commandProblem } from './validate-command.js';
import type { CapturedPayload, FakeMessage, FakeState, InteractionRecord } from './state.js';

/**
 * The REST side of the fake (API v10 under /api/v10). Only what the bot
 * uses. Path segments arrive percent-encoded (%40me, emoji) and are decoded.
 * Interaction callbacks and webhook routes carry no Authorization header
 * (the interaction token is the credential); everything else needs
 * `Authorization: Bot <token>` or gets Discord's 401.
 */
type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown };

const ok = (body: unknown): Reply => ({ status: 200, body });
const noContent: Reply = { status: 204 };
const error = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });
const unknownChannel = error(404, 10003, 'Unknown Channel');
const unknownMessage = error(404, 10008, 'Unknown Message');

export function createRestHandler(state: FakeState, gateway: FakeGateway, gatewayUrl: () => string) {
  return async (req: IncomingMessage, res: ServerResponse, segments: string[]): Promise<void> => {
    const body = await readJson(req);
    const open = segments[0] === 'interactions' || segments[0] === 'webhooks';
    let reply: Reply;
    if (!open && req.headers.authorization !== `Bot ${state.token}`) reply = error(401, 0, '401: Unauthorized');
    else reply = route(req.method ?? 'GET', segments, body, req.url ?? '');
    if (req.method === 'PATCH' && segments[0] === 'channels' && state.editLatencyMs > 0) {
      await new Promise((resolve) => setTimeout(resolve, state.editLatencyMs));
    }
    res.writeHead(reply.status, reply.body === undefined ? {} : { 'Content-Type': 'application/json' });
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  };

  function capture(kind: CapturedPayload['kind'], method: string, path: string[], body: Json): void {
    state.payloads.push({ kind, method, path: `/${path.join('/')}`, body });
  }

  function route(method: string, s: string[], body: Json, url: string): Reply {
    const [a, b, c, d, e, f, g] = s;
    const key = `${method} ${a}`;
    if (key === 'GET gateway' && b === 'bot') {
      return ok({
        url: gatewayUrl(),
        shards: state.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (key === 'GET users' && b === '@me') return ok(state.botUser);
    const direct = dmRoute(state, method, s, body);
    if (direct) return direct;
    if (a === 'applications') return commands(method, s, body);
    const thread = a === 'channels' && b ? state.guildEvents?.threads.get(b) : undefined;
    if (thread && c === 'messages' && !d && method === 'POST')
      return state.guildEvents!.threadMessage(thread, body, state.channelBotPermissions.get(thread.parentId) ?? state.botPermissions);
    if (a === 'channels' && b) {
      const fault = state.channelFaults.get(b);
      if (fault) return error(fault.status, fault.code, fault.message);
      if (!state.channelIds.includes(b)) return unknownChannel;
      const refused = refusal(state.channelBotPermissions.get(b) ?? state.botPermissions, botAction(method, b, s, body));
      if (refused) return error(refused.status, refused.code, refused.message);
      if (method === 'GET' && !c) return ok(channelJson(state, b, state.channelIds.indexOf(b)));
      if (c === 'messages') return channelMessages(method, b, d, e, f, g, body, s);
    }
    const guildEvents = a === 'guilds' ? state.guildEvents?.guildRoute(method, s, body, url) : null;
    if (guildEvents) return guildEvents;
    if (key === 'GET guilds' && c === 'members' && d) return ok(memberJson(member({ id: d })));
    if (key === 'GET guilds' && b && state.guildIds.includes(b))
      return ok({ id: b, name: 'Fake Guild', roles: [], emojis: [], features: [] });
    if (key === 'POST interactions' && b && c && d === 'callback') return callback(b, c, body, s, url);
    if (a === 'webhooks' && b && c) return webhook(method, c, d, e, body, s);
    return error(404, 0, `404: Not Found (${method} /${s.join('/')})`);
  }

  /** What a request on a channel asks of the bot's permissions there. */
  function botAction(method: string, channelId: string, s: string[], body: Json): BotAction {
    const [, , c, messageId, e, emoji] = s;
    const embeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    if (c === 'messages' && !messageId && method === 'POST') return { kind: 'send', embeds };
    if (c === 'messages' && messageId && !e && method === 'PATCH') return { kind: 'edit', embeds };
    if (c === 'messages' && messageId && e === 'reactions' && emoji && method === 'PUT') {
      const message = state.messages.get(messageId);
      const reacted = message?.channel_id === channelId && (message.reactions.get(emoji)?.size ?? 0) > 0;
      return { kind: 'react', firstOfEmoji: !reacted };
    }
    return { kind: 'view' };
  }

  function commands(method: string, s: string[], body: Json): Reply {
    const [, appId, second, guildId, fourth] = s;
    if (appId !== state.applicationId) return error(403, 50001, 'Missing Access');
    const guildScope = second === 'guilds' && fourth === 'commands';
    if (second !== 'commands' && !guildScope) return error(404, 0, '404: Not Found');
    if (guildScope && !state.guildIds.includes(guildId!)) return error(403, 50001, 'Missing Access');
    const current = () => state.commands.filter((r) => r.scope === (guildScope ? 'guild' : 'global')).at(-1)?.body ?? [];
    if (method === 'GET') return ok(current());
    if (method !== 'PUT' || !Array.isArray(body)) return error(400, 50035, 'Invalid Form Body');
    const problem = (body as Json[]).map(commandProblem).find(Boolean);
    if (problem) return error(400, 50035, `Invalid Form Body\n${problem}`);
    const stored = (body as Json[]).map((cmd) => ({
      ...cmd,
      id: snowflake(),
      application_id: state.applicationId,
      version: snowflake(),
      ...(guildScope ? { guild_id: guildId } : {}),
    }));
    state.commands.push({
      scope: guildScope ? 'guild' : 'global',
      guildId: guildScope ? guildId! : null,
      applicationId: appId,
      body: stored,
    });
    return ok(stored);
  }

  function channelMessages(
    method: string,
    channelId: string,
    messageId: string | undefined,
    e?: string,
    emoji?: string,
    who?: string,
    body: Json = {},
    s: string[] = [],
  ): Reply {
    if (!messageId) {
      if (method !== 'POST') return ok(state.channelMessages(channelId).map((m) => state.messageJson(m)));
      capture('message', method, s, body);
      const earlier = state.messageForNonce(body);
      if (earlier) return ok(state.messageJson(earlier));
      return ok(state.messageJson(state.rememberNonce(body, state.newMessage(channelId, body))));
    }
    const message = state.messages.get(messageId);
    if (!message || message.deleted || message.channel_id !== channelId) return unknownMessage;
    if (!e) {
      if (method === 'GET') return ok(state.messageJson(message));
      if (method === 'DELETE') return ((message.deleted = true), noContent);
      if (method !== 'PATCH') return error(405, 0, '405: Method Not Allowed');
      capture('edit', method, s, body);
      edit(message, body);
      return ok(state.messageJson(message));
    }
    if (e === 'threads' && method === 'POST' && state.guildEvents)
      return state.guildEvents.startThread(message, body, state.channelBotPermissions.get(channelId) ?? state.botPermissions);
    if (e === 'reactions' && emoji && who === '@me' && (method === 'PUT' || method === 'DELETE')) {
      botReaction(message, emoji, method === 'PUT');
      return noContent;
    }
    return error(404, 0, '404: Not Found');
  }

  /** The bot reacting: recorded on the message and echoed on the gateway, as Discord does. */
  function botReaction(message: FakeMessage, emoji: string, added: boolean): void {
    const users = message.reactions.get(emoji) ?? new Set<string>();
    if (added) users.add(state.botUser.id);
    else users.delete(state.botUser.id);
    if (users.size) message.reactions.set(emoji, users);
    else message.reactions.delete(emoji);
    const payload = reactionPayload(state, {
      channelId: message.channel_id,
      messageId: message.id,
      userId: state.botUser.id,
      emoji,
      withMember: added,
      member: { user: state.botUser, roles: [], permissions: '0' },
    });
    gateway.dispatch(added ? 'MESSAGE_REACTION_ADD' : 'MESSAGE_REACTION_REMOVE', payload, INTENTS.GuildMessageReactions);
  }

  function callback(interactionId: string, token: string, body: Json, s: string[], url: string): Reply {
    const rec = state.interactions.get(interactionId);
    if (!rec || rec.token !== token) return error(404, 10062, 'Unknown interaction');
    if (rec.callbacks.length) return error(400, 40060, 'Interaction has already been acknowledged.');
    const type = Number(body.type);
    const data = body.data as Json | undefined;
    capture('interaction-callback', 'POST', s, body);
    rec.callbacks.push({ type, data, at: performance.now() });
    const channelId = String(rec.channelId);
    if (type === 4 || type === 5)
      rec.original = state.newMessage(channelId, { ...(data ?? {}), ...(type === 5 ? { content: '' } : {}) }, rec.id);
    if (type === 5 && data?.flags) rec.original!.flags = Number(data.flags);
    if (type === 7 && rec.original && data) edit(rec.original, data);
    if (type === 8) rec.choices = ((data?.choices as InteractionRecord['choices']) ?? []).slice();
    markAnswered(rec);
    if (!url.includes('with_response=true')) return noContent;
    return ok({
      interaction: { id: rec.id, type: 2 },
      resource: rec.original ? { type, message: state.messageJson(rec.original) } : { type },
    });
  }

  function webhook(method: string, token: string, d: string | undefined, messageId: string | undefined, body: Json, s: string[]): Reply {
    const rec = [...state.interactions.values()].find((r) => r.token === token);
    if (!rec) return error(404, 10015, 'Unknown Webhook');
    if (!d && method === 'POST') {
      capture('followup', method, s, body);
      const message = state.newMessage(String(rec.channelId), body, rec.id);
      rec.followups.push(message);
      markAnswered(rec);
      return ok(state.messageJson(message));
    }
    if (d !== 'messages' || !messageId) return error(404, 0, '404: Not Found');
    const target = messageId === '@original' ? rec.original : (rec.followups.find((m) => m.id === messageId) ?? null);
    if (!target || target.deleted) return unknownMessage;
    if (method === 'GET') return ok(state.messageJson(target));
    if (method === 'DELETE') return ((target.deleted = true), noContent);
    if (method !== 'PATCH') return error(405, 0, '405: Method Not Allowed');
    capture(messageId === '@original' ? 'original-edit' : 'followup-edit', method, s, body);
    edit(target, body);
    markAnswered(rec);
    return ok(state.messageJson(target));
  }
}

/** Stamps the moment the person first sees the interaction's final answer (for the ack benchmark). */
function markAnswered(rec: InteractionRecord): void {
  if (rec.answeredAt === null && answer(rec)) rec.answeredAt = performance.now();
}

function edit(message: FakeMessage, body: Json): void {
  applyBody(message, body);
  message.edits++;
  message.editTimes.push(Date.now());
  message.editedAt = new Date(message.editTimes.at(-1)!).toISOString();
}

async function readJson(req: IncomingMessage): Promise<Json> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return {};
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    // Only used by discord.js when files are attached; the JSON part is payload_json.
    const match = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    return match ? (JSON.parse(match[1]!) as Json) : {};
  }
  return JSON.parse(text) as Json;
}
