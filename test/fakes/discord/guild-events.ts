import { PERMS, snowflake } from './state.js';
import type { FakeMessage, FakeState } from './state.js';

/**
 * The fake Discord's guild scheduled events (the Events tab) and threads
 * started from messages, with Discord's validation and error codes:
 *
 *   POST   /guilds/{g}/scheduled-events           Create Events or Manage Events, else 403 50013
 *   GET    /guilds/{g}/scheduled-events[?with_user_count=true]
 *   GET    /guilds/{g}/scheduled-events/{id}[?with_user_count=true]  unknown → 404 10070
 *   PATCH  /guilds/{g}/scheduled-events/{id}      own event: Create Events; others': Manage Events
 *   DELETE /guilds/{g}/scheduled-events/{id}      204
 *   GET    /guilds/{g}, /guilds/{g}/members/{bot}  the @everyone role carries the bot's server permissions
 *   POST   /channels/{c}/messages/{m}/threads     Create Public Threads; a channel of type 11 whose id is the message's
 *
 * Body rules (400 50035 Invalid Form Body otherwise): name 1–100 characters,
 * description ≤ 1000, privacy_level 2, scheduled_start_time in the future;
 * entity_type 3 (EXTERNAL) needs entity_metadata.location (1–100) and
 * scheduled_end_time after the start. At most 100 SCHEDULED or ACTIVE events
 * per server (400 30038). Status moves SCHEDULED(1)→ACTIVE(2)→COMPLETED(3)
 * or SCHEDULED→CANCELED(4); COMPLETED and CANCELED are final.
 */
type Json = Record<string, unknown>;
type Reply = { status: number; body?: unknown };

export interface FakeScheduledEvent {
  id: string;
  name: string;
  description: string | null;
  start: string;
  end: string | null;
  location: string | null;
  status: 1 | 2 | 3 | 4;
  creatorId: string;
  /** Member ids marked interested. */
  interested: Set<string>;
  /** Every create/patch body, oldest first. */
  bodies: Json[];
}

export interface FakeThread {
  id: string;
  parentId: string;
  name: string;
  messages: FakeMessage[];
}

const ALLOWED_MOVES: Record<number, number[]> = { 1: [2, 4], 2: [3], 3: [], 4: [] };
const MAX_ACTIVE = 100;

const ok = (body: unknown): Reply => ({ status: 200, body });
const error = (status: number, code: number, message: string): Reply => ({ status, body: { message, code } });
const invalid = (field: string, why: string): Reply => ({
  status: 400,
  body: { message: 'Invalid Form Body', code: 50035, errors: { [field]: { _errors: [{ code: 'BASE_TYPE_BAD', message: why }] } } },
});
const missingPermissions = error(403, 50013, 'Missing Permissions');
const unknownEvent = error(404, 10070, 'Unknown Guild Scheduled Event');

export class FakeGuildEvents {
  readonly events = new Map<string, FakeScheduledEvent>();
  readonly threads = new Map<string, FakeThread>();
  /** Requests answered on the scheduled-event routes (method, path, status), for exactly-once checks. */
  readonly requests: { method: string; id: string | null; status: number }[] = [];
  /** The bot's permissions in the server (its roles); default: the README invite's, which has no Create Events. */
  botGuildPermissions: bigint;
  /** The fake's clock for "in the future" (a test moves it with the service's clock). */
  now: () => Date = () => new Date();

  constructor(
    private readonly state: FakeState,
    guildPermissions: bigint,
  ) {
    this.botGuildPermissions = guildPermissions;
  }

  /** Events the server made itself (not the bot's): they count towards the 100. */
  addOwnEvents(count: number, start: Date): FakeScheduledEvent[] {
    return Array.from({ length: count }, (_, i) => {
      const e = this.store({ name: `Server event ${i + 1}`, start: start.toISOString(), creatorId: this.state.ownerId });
      return e;
    });
  }

  /** Members marking an event "interested" (bots cannot). */
  markInterested(eventId: string, count: number): void {
    const e = this.events.get(eventId);
    if (!e) throw new Error(`fake discord: no scheduled event ${eventId}`);
    for (let i = 0; i < count; i++) e.interested.add(snowflake());
  }

  byBot(): FakeScheduledEvent[] {
    return [...this.events.values()].filter((e) => e.creatorId === this.state.botUser.id);
  }

  /** Routes under /guilds/{guild}; null for a route this file does not serve. */
  guildRoute(method: string, s: string[], body: Json, url: string): Reply | null {
    const [, guildId, what, id] = s;
    if (guildId !== this.state.guildId) return null;
    if (method === 'GET' && !what) return ok(this.guildJson());
    if (method === 'GET' && what === 'members' && id === this.state.botUser.id) return ok(this.botMemberJson());
    if (what !== 'scheduled-events') return null;
    const reply = this.scheduled(method, id ?? null, body, url.includes('with_user_count=true'));
    this.requests.push({ method, id: id ?? null, status: reply.status });
    return reply;
  }

  private scheduled(method: string, id: string | null, body: Json, withCount: boolean): Reply {
    if (!id && method === 'GET') return ok([...this.events.values()].map((e) => this.json(e, withCount)));
    if (!id && method === 'POST') return this.create(body);
    const event = id ? this.events.get(id) : undefined;
    if (!event) return unknownEvent;
    if (method === 'GET') return ok(this.json(event, withCount));
    if (!this.mayManage(event)) return missingPermissions;
    if (method === 'DELETE') return (this.events.delete(event.id), { status: 204 });
    if (method === 'PATCH') return this.patch(event, body);
    return error(405, 0, '405: Method Not Allowed');
  }

  private create(body: Json): Reply {
    if (!this.has(PERMS.CreateEvents) && !this.has(PERMS.ManageEvents)) return missingPermissions;
    const problem = this.problem(body, true);
    if (problem) return problem;
    const active = [...this.events.values()].filter((e) => e.status === 1 || e.status === 2).length;
    if (active >= MAX_ACTIVE) return error(400, 30038, 'Maximum number of guild scheduled events reached (100)');
    const meta = body.entity_metadata as Json;
    const e = this.store({
      name: String(body.name),
      description: typeof body.description === 'string' ? body.description : null,
      start: String(body.scheduled_start_time),
      end: String(body.scheduled_end_time),
      location: String(meta.location),
      creatorId: this.state.botUser.id,
    });
    e.bodies.push(body);
    return ok(this.json(e, false));
  }

  private patch(e: FakeScheduledEvent, body: Json): Reply {
    if (e.status === 3 || e.status === 4) return invalid('status', 'Cannot modify a completed or canceled event');
    if (body.status !== undefined) {
      const to = Number(body.status);
      if (!ALLOWED_MOVES[e.status]!.includes(to)) return invalid('status', `Cannot change status from ${e.status} to ${to}`);
    }
    const problem = this.problem({ ...this.bodyOf(e), ...body }, body.scheduled_start_time !== undefined);
    if (problem) return problem;
    e.bodies.push(body);
    if (typeof body.name === 'string') e.name = body.name;
    if (typeof body.description === 'string') e.description = body.description;
    if (typeof body.scheduled_start_time === 'string') e.start = body.scheduled_start_time;
    if (typeof body.scheduled_end_time === 'string') e.end = body.scheduled_end_time;
    const meta = body.entity_metadata as Json | undefined;
    if (meta && typeof meta.location === 'string') e.location = meta.location;
    if (body.status !== undefined) e.status = Number(body.status) as FakeScheduledEvent['status'];
    return ok(this.json(e, false));
  }

  /** Discord's form validation of an event body (merged with the stored event for a PATCH). */
  private problem(b: Json, checkStart: boolean): Reply | null {
    const name = typeof b.name === 'string' ? b.name : '';
    if (name.length < 1 || name.length > 100) return invalid('name', 'Must be between 1 and 100 in length.');
    if (typeof b.description === 'string' && b.description.length > 1000) return invalid('description', 'Must be 1000 or fewer in length.');
    if (Number(b.privacy_level) !== 2) return invalid('privacy_level', 'Value must be one of {2}.');
    const start = Date.parse(String(b.scheduled_start_time));
    if (Number.isNaN(start)) return invalid('scheduled_start_time', 'Could not interpret as a date.');
    if (checkStart && start <= this.now().getTime()) return invalid('scheduled_start_time', 'Cannot schedule event in the past.');
    if (Number(b.entity_type) !== 3) return null;
    const location = (b.entity_metadata as Json | undefined)?.location;
    if (typeof location !== 'string' || location.length < 1 || location.length > 100)
      return invalid('entity_metadata', 'Location is required for external events (1–100 characters).');
    const end = Date.parse(String(b.scheduled_end_time));
    if (Number.isNaN(end)) return invalid('scheduled_end_time', 'Required for external events.');
    if (end <= start) return invalid('scheduled_end_time', 'Must be after the start time.');
    return null;
  }

  private bodyOf(e: FakeScheduledEvent): Json {
    return {
      name: e.name,
      description: e.description,
      scheduled_start_time: e.start,
      scheduled_end_time: e.end,
      privacy_level: 2,
      entity_type: 3,
      entity_metadata: { location: e.location },
    };
  }

  private store(fields: Pick<FakeScheduledEvent, 'name' | 'start' | 'creatorId'> & Partial<FakeScheduledEvent>): FakeScheduledEvent {
    const e: FakeScheduledEvent = {
      id: snowflake(),
      description: null,
      end: null,
      location: 'Somewhere',
      status: 1,
      interested: new Set(),
      bodies: [],
      ...fields,
    };
    this.events.set(e.id, e);
    return e;
  }

  private json(e: FakeScheduledEvent, withCount: boolean): Json {
    const creator = e.creatorId === this.state.botUser.id ? this.state.botUser : null;
    return {
      ...this.bodyOf(e),
      id: e.id,
      guild_id: this.state.guildId,
      channel_id: null,
      creator_id: e.creatorId,
      status: e.status,
      entity_id: null,
      image: null,
      recurrence_rule: null,
      ...(creator ? { creator } : {}),
      ...(withCount ? { user_count: e.interested.size } : {}),
    };
  }

  private has(bit: bigint): boolean {
    return (this.botGuildPermissions & (bit | PERMS.Administrator)) !== 0n;
  }

  private mayManage(e: FakeScheduledEvent): boolean {
    if (this.has(PERMS.ManageEvents)) return true;
    return e.creatorId === this.state.botUser.id && this.has(PERMS.CreateEvents);
  }

  private guildJson(): Json {
    const everyone = { id: this.state.guildId, name: '@everyone', permissions: this.botGuildPermissions.toString(), position: 0 };
    return {
      id: this.state.guildId,
      name: 'Fake Guild',
      owner_id: this.state.ownerId,
      roles: [everyone, ...this.state.roles.map((r) => ({ ...r, permissions: '0', position: 1 }))],
      emojis: [],
      features: [],
    };
  }

  private botMemberJson(): Json {
    return { user: this.state.botUser, roles: [], joined_at: '2024-01-01T00:00:00.000Z', deaf: false, mute: false, flags: 0 };
  }

  // ─── Threads ───────────────────────────────────────────────────────────
  /** POST /channels/{c}/messages/{m}/threads: Create Public Threads in the channel; one thread per message. */
  startThread(message: FakeMessage, body: Json, channelPermissions: bigint): Reply {
    if ((channelPermissions & PERMS.CreatePublicThreads) === 0n) return missingPermissions;
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.length < 1 || name.length > 100) return invalid('name', 'Must be between 1 and 100 in length.');
    if (this.threads.has(message.id)) return error(400, 160004, 'A thread has already been created for this message');
    const thread: FakeThread = { id: message.id, parentId: message.channel_id, name, messages: [] };
    this.threads.set(thread.id, thread);
    return ok(this.threadJson(thread, Number(body.auto_archive_duration ?? 4320)));
  }

  /** POST /channels/{thread}/messages: Send Messages in Threads (in the parent channel's permissions). */
  threadMessage(thread: FakeThread, body: Json, channelPermissions: bigint): Reply {
    if ((channelPermissions & PERMS.SendMessagesInThreads) === 0n) return missingPermissions;
    if (typeof body.content !== 'string' || !body.content) return error(400, 50006, 'Cannot send an empty message');
    const message = this.state.newMessage(thread.id, body);
    thread.messages.push(message);
    return ok(this.state.messageJson(message));
  }

  threadJson(t: FakeThread, archiveMinutes = 4320): Json {
    return {
      id: t.id,
      type: 11,
      guild_id: this.state.guildId,
      parent_id: t.parentId,
      name: t.name,
      owner_id: this.state.botUser.id,
      message_count: t.messages.length,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      thread_metadata: {
        archived: false,
        auto_archive_duration: archiveMinutes,
        archive_timestamp: new Date().toISOString(),
        locked: false,
      },
    };
  }
}
