import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { guildCreatePayload, readyPayload } from './payloads.js';
import { identifyShard, shardOf } from './shards.js';
import { snowflake } from './state.js';
import type { FakeState } from './state.js';

/**
 * The gateway side of the fake: a JSON (uncompressed) v10 gateway.
 *
 *   server → HELLO (op 10)
 *   client → IDENTIFY (op 2)   wrong token → close 4004
 *   server → READY, then GUILD_CREATE for the one guild (discord.js waits for it before `ready`)
 *   client → HEARTBEAT (op 1) → server HEARTBEAT_ACK (op 11)
 *   client → RESUME (op 6)    → INVALID_SESSION (op 9, not resumable), so it identifies again
 *
 * Dispatches are only sent to sessions whose IDENTIFY intents include the
 * event's intent, like Discord (so a missing intent shows up in tests), and
 * a guild's events only to the session of the shard that owns the guild
 * (shards.ts); READY and GUILD_CREATE name only that shard's guilds.
 */
export const INTENTS = { Guilds: 1 << 0, GuildMessageReactions: 1 << 10 } as const;

interface Session {
  socket: WebSocket;
  seq: number;
  intents: number | null;
  /** [shard_id, num_shards] from IDENTIFY. */
  shard: [number, number];
}

export class FakeGateway {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  /** Every op the client sent, for tests that check the handshake. */
  readonly received: { op: number; d: unknown }[] = [];
  /** Every dispatch the fake sent on its own initiative (not READY/GUILD_CREATE), with how many sessions got it. */
  readonly dispatched: { t: string; guildId: string | null; sessions: number }[] = [];

  constructor(
    private readonly state: FakeState,
    private readonly url: () => string,
  ) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.open(ws));
  }

  /** True once a client has identified with the right token. */
  get identified(): boolean {
    return [...this.sessions].some((s) => s.intents !== null);
  }

  identifiedIntents(): number | null {
    return [...this.sessions].find((s) => s.intents !== null)?.intents ?? null;
  }

  private open(socket: WebSocket): void {
    const session: Session = { socket, seq: 0, intents: null, shard: [0, 1] };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('error', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.onMessage(session, raw.toString()));
    this.send(session, { op: 10, d: { heartbeat_interval: 41_250 }, s: null, t: null });
  }

  private onMessage(session: Session, text: string): void {
    let packet: { op: number; d: unknown };
    try {
      packet = JSON.parse(text) as { op: number; d: unknown };
    } catch {
      session.socket.close(4002, 'Decode error');
      return;
    }
    this.received.push(packet);
    if (packet.op === 1) this.send(session, { op: 11, d: null, s: null, t: null });
    else if (packet.op === 2) this.identify(session, packet.d as { token?: string; intents?: number; shard?: unknown });
    else if (packet.op === 6) this.send(session, { op: 9, d: false, s: null, t: null });
  }

  private identify(session: Session, d: { token?: string; intents?: number; shard?: unknown }): void {
    if (d.token !== this.state.token) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard = identifyShard(d.shard);
    if (!shard) {
      session.socket.close(4010, 'Invalid shard.');
      return;
    }
    session.shard = shard;
    session.intents = d.intents ?? 0;
    this.dispatchTo(session, 'READY', readyPayload(this.state, snowflake(), this.url(), shard));
    if (!(session.intents & INTENTS.Guilds)) return;
    for (const guild of this.state.guildIds) {
      if (this.owns(session, guild)) this.dispatchTo(session, 'GUILD_CREATE', guildCreatePayload(this.state, guild));
    }
  }

  private owns(session: Session, guildId: string): boolean {
    return shardOf(guildId, session.shard[1]) === session.shard[0];
  }

  /** The [shard_id, num_shards] of every identified session. */
  identifiedShards(): [number, number][] {
    return [...this.sessions].filter((s) => s.intents !== null).map((s) => s.shard);
  }

  /**
   * Sends a dispatch to every identified session that asked for `intent`
   * (undefined = always delivered) and, for a guild's event, whose shard owns the guild.
   */
  dispatch(t: string, d: unknown, intent?: number): number {
    let sent = 0;
    const guildId = (d as { guild_id?: unknown } | null)?.guild_id;
    for (const s of this.sessions) {
      if (s.intents === null || (intent !== undefined && !(s.intents & intent))) continue;
      if (typeof guildId === 'string' && !this.owns(s, guildId)) continue;
      this.dispatchTo(s, t, d);
      sent++;
    }
    this.dispatched.push({ t, guildId: typeof guildId === 'string' ? guildId : null, sessions: sent });
    return sent;
  }

  private dispatchTo(session: Session, t: string, d: unknown): void {
    session.seq++;
    this.send(session, { op: 0, t, s: session.seq, d });
  }

  private send(session: Session, packet: unknown): void {
    if (session.socket.readyState === session.socket.OPEN) session.socket.send(JSON.stringify(packet));
  }

  close(): void {
    for (const s of this.sessions) s.socket.terminate();
    this.sessions.clear();
    this.wss.close();
  }
}
