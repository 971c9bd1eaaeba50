import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Changes } from './recorder.js';
import { readManifest, type AppManifest } from './manifest.js';
import { FakeSocketMode } from './socket.js';
import { homeState, type HomeState } from './home-api.js';
import { handleApi, readBody, type ApiCall, type ApiState, type FakeMessage, type UserFlags } from './web-api.js';

export type { ApiCall, FakeMessage, UserFlags } from './web-api.js';
export type { AppManifest } from './manifest.js';
export type { SocketAck, EnvelopeType } from './socket.js';
export * from './payloads.js';
export * from './signed.js';

/**
 * A loopback fake of Slack for tests (127.0.0.1, port 0): the Web API at
 * `apiUrl` (pass it as SLACK_API_URL), response_url endpoints that record what
 * an app `respond()`s, and a Socket Mode server. See web-api.ts, socket.ts,
 * payloads.ts and signed.ts. The app is the one docs/slack-app-manifest.yml
 * creates (manifest.ts): its scopes are what the bot token may do.
 */
export interface FakeSlackOptions {
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  teamId?: string;
  botUserId?: string;
  users?: Record<string, UserFlags>;
  /** Bot scopes granted; default: those in docs/slack-app-manifest.yml. */
  scopes?: string[];
}

export interface ResponsePost {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeSlack {
  readonly apiUrl: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly signingSecret: string;
  readonly teamId: string;
  readonly botUserId: string;
  readonly calls: ApiCall[];
  readonly messages: FakeMessage[];
  readonly responses: ResponsePost[];
  readonly socket: FakeSocketMode;
  /** The app manifest the fake app was created from. */
  readonly manifest: AppManifest;
  /** Published App Home views and channel memberships (home-api.ts). */
  readonly home: HomeState;
  /** Whether the bot is a member of a channel (Slack sends channel events only from those). */
  isMember(channelId: string): boolean;
  callsTo(method: string): ApiCall[];
  setUser(id: string, flags: UserFlags): void;
  /** The next call(s) to `method` answer `{ok:false, error}`. */
  failNext(method: string, error: string): void;
  /** Holds every answer to `method` until the returned function is called. */
  hold(method: string): () => void;
  closeChannel(channelId: string): void;
  /** A fresh response_url; `responsesTo(url)` returns what was posted to it. */
  responseUrl(): string;
  responsesTo(url: string): Record<string, unknown>[];
  waitFor<T>(check: () => T | undefined | null | false, what: string): Promise<T>;
  close(): Promise<void>;
}

export async function startFakeSlack(opts: FakeSlackOptions = {}): Promise<FakeSlack> {
  const changes = new Changes();
  const responses: ResponsePost[] = [];
  let base = '';
  const socket = new FakeSocketMode(changes, () => base);
  const manifest = readManifest();
  const state: ApiState = {
    botToken: opts.botToken ?? 'xoxb-fake-bot-token',
    appToken: opts.appToken ?? 'xapp-fake-app-token',
    teamId: opts.teamId ?? 'T0FAKE',
    botUserId: opts.botUserId ?? 'UFAKEBOT',
    botId: 'BFAKEBOT',
    users: new Map(Object.entries(opts.users ?? {})),
    closedChannels: new Set(),
    members: new Set(),
    scopes: new Set(opts.scopes ?? manifest.botScopes),
    calls: [],
    messages: [],
    failures: new Map(),
    holds: new Map(),
    socketUrl: () => socket.url(),
    changes,
  };
  let responseIds = 0;

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([\w.]+)$/.exec(url.pathname);
    if (req.method === 'POST' && api) {
      void handleApi(state, api[1]!, req, res);
      return;
    }
    const respond = /^\/respond\/(\w+)$/.exec(url.pathname);
    if (req.method === 'POST' && respond) {
      void readBody(req).then((raw) => {
        responses.push({ id: respond[1]!, body: JSON.parse(raw) as Record<string, unknown> });
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.end('ok');
        changes.notify();
      });
      return;
    }
    res.writeHead(404);
    res.end();
  });
  socket.attach(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${base}/api/`,
    botToken: state.botToken,
    appToken: state.appToken,
    signingSecret: opts.signingSecret ?? 'fake-signing-secret',
    teamId: state.teamId,
    botUserId: state.botUserId,
    calls: state.calls,
    messages: state.messages,
    responses,
    socket,
    manifest,
    home: homeState(state),
    isMember: (id) => state.members.has(id),
    callsTo: (method) => state.calls.filter((c) => c.method === method),
    setUser: (id, flags) => void state.users.set(id, flags),
    failNext: (method, error) => void state.failures.set(method, [...(state.failures.get(method) ?? []), error]),
    closeChannel: (id) => void state.closedChannels.add(id),
    hold(method) {
      let release = () => {};
      state.holds.set(method, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        state.holds.delete(method);
        release();
      };
    },
    responseUrl: () => `${base}/respond/r${(responseIds += 1)}`,
    responsesTo: (url) => responses.filter((r) => url.endsWith(`/respond/${r.id}`)).map((r) => r.body),
    waitFor: (check, what) => changes.waitFor(check, what),
    async close() {
      await socket.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
