import type { IncomingMessage, Server } from 'node:http';
import { randomUUID } from 'node:crypto';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Changes } from './recorder.js';

/**
 * The fake Socket Mode server. apps.connections.open hands out
 * `ws://127.0.0.1:<port>/socket?ticket=N`; on connect the server says `hello`
 * (Bolt's start() resolves only then). `deliver` sends an envelope
 * (`slash_commands`, `events_api`, `interactive`) and resolves with the app's
 * acknowledgement for that envelope_id. Every ack is recorded.
 */
export interface SocketAck {
  envelopeId: string;
  payload: unknown;
}

export type EnvelopeType = 'slash_commands' | 'events_api' | 'interactive';

export class FakeSocketMode {
  readonly acks: SocketAck[] = [];
  /** Connections ever accepted (a reconnect adds one). */
  connectionsOpened = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly open = new Set<WebSocket>();
  private tickets = 0;

  constructor(
    private readonly changes: Changes,
    private readonly baseUrl: () => string,
  ) {
    this.wss.on('connection', (ws) => this.accept(ws));
  }

  attach(server: Server): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!req.url?.startsWith('/socket')) {
        socket.destroy();
        return;
      }
      this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
    });
  }

  url(): string {
    this.tickets += 1;
    return `${this.baseUrl().replace(/^http/, 'ws')}/socket?ticket=${this.tickets}`;
  }

  get connected(): number {
    return this.open.size;
  }

  /** Resolves once an app has connected and been greeted. */
  waitForConnection(): Promise<true> {
    return this.changes.waitFor(() => this.open.size > 0 || undefined, 'a Socket Mode connection');
  }

  /** Sends one envelope to the connected app and waits for its ack. */
  async deliver(type: EnvelopeType, payload: Record<string, unknown>, opts: { retryAttempt?: number } = {}): Promise<SocketAck> {
    await this.waitForConnection();
    const envelopeId = randomUUID();
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(type === 'events_api' ? { retry_attempt: opts.retryAttempt ?? 0, retry_reason: opts.retryAttempt ? 'timeout' : '' } : {}),
    };
    for (const ws of this.open) ws.send(JSON.stringify(envelope));
    return this.changes.waitFor(() => this.acks.find((a) => a.envelopeId === envelopeId), `the ack of ${type} ${envelopeId}`);
  }

  /** Asks the app to reconnect, as Slack does before recycling a connection. */
  requestReconnect(): void {
    for (const ws of this.open) ws.send(JSON.stringify({ type: 'disconnect', reason: 'refresh_requested' }));
  }

  close(): Promise<void> {
    for (const ws of this.open) ws.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.connectionsOpened += 1;
    this.open.add(ws);
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
      if (message.envelope_id) {
        this.acks.push({ envelopeId: message.envelope_id, payload: message.payload });
        this.changes.notify();
      }
    });
    ws.on('close', () => {
      this.open.delete(ws);
      this.changes.notify();
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0FAKEAPP' }, debug_info: { host: 'fake' } }));
    this.changes.notify();
  }
}
