import type { HomeArea } from './placement.js';
import type { z } from 'zod';
import type { Attendance, EventStatus } from './event.js';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ChannelKey, RsvpCounts, RsvpStatus, Store } from './ports.js';
import type { Logger } from './log.js';
import type { ScheduledEventsPort, ThreadPort } from './sync.js';

/**
 * The chat port: what the platform-neutral core says to a chat platform and
 * what a platform says to the core. Discord, Slack and the console are
 * adapters (src/chat/<platform>/) that render these values and turn their
 * platform's commands and reactions into calls on `ChatCoreApi`.
 */

// ─── Text ────────────────────────────────────────────────────────────────
/**
 * Inline rich text. Adapters escape every plain string, so text that came
 * from a feed can never form a link, a mention or markup.
 */
export type Inline =
  | string
  | { bold: string }
  | { link: string; url: string }
  /** A moment shown in the reader's own local time where the platform can (Discord <t:…>, Slack <!date…>), else in `timezone`. */
  | { time: Date; timezone: string; style: 'full' | 'date' | 'time' | 'relative' };
export type Line = Inline[];

// ─── What the core sends ─────────────────────────────────────────────────
export interface EventCard {
  eventId: number;
  title: string;
  url: string | null;
  start: Date;
  end: Date | null;
  timezone: string;
  allDay: boolean;
  venue: string | null;
  address: string | null;
  mapUrl: string | null;
  organiser: string | null;
  /** Where the event was found (feed title or host). */
  source: string | null;
  status: EventStatus;
  attendance: Attendance;
  /** "Updated: new time", "Cancelled" … shown prominently; null for a fresh post. */
  notice: string | null;
  counts: RsvpCounts;
  /** People marked "interested" in the server's Events tab copy (Discord posts with sync on). */
  interested?: number | null;
  /** Who is going, by the names of those who chose to be visible: "Priya, Tom and 3 others" (absent when nobody visible is going). */
  goingNames?: string;
}

export interface DigestPage {
  /** "Events this week near Birmingham (1 Dec – 7 Dec)" */
  heading: string;
  part: number;
  parts: number;
  days: { label: string; items: { number: number; card: EventCard }[] }[];
  /** Shown instead of days when the week is empty. */
  emptyNote: string | null;
}

export interface Paging {
  page: number;
  pages: number;
  /** Opaque tokens (≤ 90 chars) the adapter hands back to ChatCoreApi.page(). */
  prev: string | null;
  next: string | null;
}

export interface Reply {
  /** Only the person who asked sees it. */
  ephemeral: boolean;
  lines: Line[];
  paging?: Paging;
}

export type DeliveryResult = { ok: true; messageId: string } | { ok: false; message: string; retryable: boolean };

/**
 * Per-message options. `idempotencyKey` is the same on every attempt at one
 * outbox post (derived from its id): a platform that supports it (Discord's
 * message nonce with enforce_nonce) answers a resend with the first message
 * instead of creating a second one.
 */
export interface SendOptions {
  idempotencyKey?: string;
  /**
   * True when an earlier attempt at this outbox post may have reached the
   * platform (a retry, or a claim left by an instance that stopped): an
   * adapter without idempotent sends (Slack) first looks for a message it
   * already posted with this idempotencyKey and answers with that one.
   */
  mayHaveBeenSent?: boolean;
}

/** Implemented by each platform adapter: posts and edits messages. Adapters add the RSVP reactions themselves. */
export interface ChatPort {
  readonly platform: string;
  /**
   * True when a resend with the same idempotencyKey within a few minutes can
   * never duplicate a message: delivery then retries a claim left by a
   * crashed instance after a minute instead of ten.
   */
  readonly idempotentSends?: boolean;
  postEvent(channel: ChannelKey, card: EventCard, opts?: SendOptions): Promise<DeliveryResult>;
  editEvent(channel: ChannelKey, messageId: string, card: EventCard): Promise<DeliveryResult>;
  postDigest(channel: ChannelKey, page: DigestPage, opts?: SendOptions): Promise<DeliveryResult>;
  /** A message of the bot's own in a channel (dead-feed alerts), rendered like a public reply and mentioning nobody. */
  postNotice?(channel: ChannelKey, lines: Line[]): Promise<DeliveryResult>;
  /** The server's Events tab (Discord only; src/core/sync.ts). */
  scheduledEvents?: ScheduledEventsPort;
  /** A thread on a post (Discord threads, Slack replies in thread). */
  threads?: ThreadPort;
  /**
   * A direct message to one person (reminders): a Discord DM, a Slack DM.
   * A person who cannot be messaged (closed DMs) is a failure that is not
   * retryable. Platforms without direct messages leave it out.
   */
  sendDirect?(userId: string, lines: Line[]): Promise<DeliveryResult>;
}

// ─── Commands ────────────────────────────────────────────────────────────
export interface CommandContext {
  platform: string;
  workspaceId: string;
  channelId: string;
  userId: string;
  /** The person's display name on the platform (looked up only when a command needs it: `/events visible on` keeps it). */
  userName?: () => Promise<string | null>;
  /** Platform-level admin (Discord Manage Server, Slack workspace admin/owner or SLACK_ADMIN_USER_IDS). */
  isAdmin: boolean;
  /** The member's role ids, checked against the channel's admin role. */
  roleIds?: string[];
  now: Date;
}

/** `role`: a Discord role (its id); text platforms accept a role mention or id. */
export type OptionType = 'string' | 'integer' | 'number' | 'role';

export interface CommandOption {
  name: string;
  description: string;
  type: OptionType;
  required?: boolean;
  choices?: { name: string; value: string }[];
  /** Offer gazetteer place names while typing. */
  autocomplete?: 'place';
  min?: number;
  max?: number;
  /** Unit suffix accepted in text form (`10km`, `14d`) by text-based adapters. */
  unit?: 'km' | 'd';
  /** Text-based adapters: this option swallows the rest of the words. */
  rest?: boolean;
}

/** Services a command handler may use. */
export interface CommandDeps {
  store: Store;
  /** Fetches and parses a source once without storing (for `feed add`). */
  previewSource(
    url: string,
    channel: { lat: number; lon: number; radiusKm: number; name?: string | null; timezone?: string | null } | null,
    now: Date,
  ): Promise<SourcePreviewResult>;
  /** Called after something changed that a post shows (RSVP counts), so adapters' messages get edited. */
  notifyCountsChanged(eventId: number): Promise<void>;
  /** Called after a source was added, so its events are fetched and posted soon rather than at the next scheduled poll. */
  sourceAdded(): void;
  /** The chat port of a platform, for commands that ask it something (`/events sync on` checks permissions). */
  chatPort?(platform: string): ChatPort | undefined;
  /** Called after someone said they are going, from a channel (opens the post's thread there; src/deliver/threads.ts). */
  goingAdded?(eventId: number, channelId: number): Promise<void>;
  defaults: { radiusKm: number; days: number };
  /** PUBLIC_URL: where people reach the service's HTTP server (calendar links); undefined when not set. */
  publicUrl?: string;
}

export type SourcePreviewResult =
  | {
      ok: true;
      kind: string;
      feedUrl: string;
      title: string | null;
      total: number;
      inPersonNear: number;
      upcoming: number;
      /** Upcoming events held back because they say nothing about where they are. */
      placeless: number;
      /** Where the feed's events usually are (stored with the source). */
      home: HomeArea | null;
    }
  | { ok: false; message: string };

export interface CommandDefinition<A = Record<string, unknown>> {
  /** Path under /events: ['nearby'] or ['feed', 'add']. */
  path: string[];
  description: string;
  admin: boolean;
  /** Only on these platforms (default: everywhere). */
  platforms?: string[];
  options: CommandOption[];
  /** Validates the raw option values (strings/numbers as typed) into the handler's arguments. */
  schema: z.ZodType<A>;
  /** Shown with argument errors: "/events nearby [radius km] [days] [search words]". */
  usage: string;
  execute(ctx: CommandContext, args: A, deps: CommandDeps): Promise<Reply>;
}

export type RsvpKey = RsvpStatus | { number: number };

export interface ReactionEvent {
  platform: string;
  workspaceId: string;
  channelId: string;
  messageId: string;
  userId: string;
  /** going (✅) / maybe (🤔) on an event post, or a keycap number on a digest. */
  key: RsvpKey;
  added: boolean;
}

/** What a person's own home view shows (Slack App Home): their RSVPs and settings, and the bot's channels they are in. */
export interface HomeSummary {
  rsvps: {
    eventId: number;
    title: string;
    url: string | null;
    start: Date;
    timezone: string;
    allDay: boolean;
    place: string | null;
    mapUrl: string | null;
    status: RsvpStatus;
    cancelled: boolean;
  }[];
  home: { name: string; timezone: string | null } | null;
  /** "24 hours before", "2 hours before" or "off". */
  reminder: string;
  /** The name others see, or null when the person is not visible. */
  visibleAs: string | null;
  channels: { channelId: string; regionName: string | null; radiusKm: number; postMode: 'new' | 'digest' }[];
}

export interface HomeRequest {
  platform: string;
  workspaceId: string;
  userId: string;
  /** Channels the person is a member of (the platform knows); those the bot serves are listed. */
  channelIds: string[];
  now: Date;
}

// ─── What adapters call ──────────────────────────────────────────────────
/** Implemented once in src/chat/core.ts; every adapter talks to the product through this. */
export interface ChatCoreApi {
  /** The /events subcommands offered on a platform (all when omitted), for registration (Discord) and help. */
  definitions(platform?: string): CommandDefinition[];
  /** Runs a subcommand with option values as the platform delivered them. Never throws. */
  run(ctx: CommandContext, path: string[], raw: Record<string, unknown>): Promise<Reply>;
  /** Runs a command typed as text after `/events` ("nearby 10km 14d pizza", "feed add https://…"). Never throws. */
  runText(ctx: CommandContext, text: string): Promise<Reply>;
  /** A paging button was pressed. Never throws. */
  page(ctx: CommandContext, token: string): Promise<Reply>;
  /** Place names for autocomplete (at most 25). */
  autocompletePlace(query: string): { name: string; value: string }[];
  /** A reaction was added or removed on a message. Never throws. */
  reaction(ev: ReactionEvent): Promise<void>;
  /**
   * True the first time an inbound delivery id (e.g. "slack:<event_id>") is
   * offered, false for a repeat — remembered in the database, so across
   * restarts and instances. Never throws (a database error counts as first).
   */
  firstDelivery(id: string): Promise<boolean>;
  /** A person's home view (Slack App Home). */
  appHome(req: HomeRequest): Promise<HomeSummary>;
}

/** A platform adapter: a ChatPort plus its own lifecycle. */
export interface ChatAdapter extends ChatPort {
  /** Connects; resolves with a person-readable error (bad token, unreachable API) instead of throwing. */
  start(): Promise<{ ok: true } | { ok: false; message: string }>;
  stop(): Promise<void>;
}

/** What the service hands every adapter factory (`createDiscordAdapter(deps)`, `createSlackAdapter(deps)`). */
export interface AdapterDeps<C> {
  /** The adapter's settings (from Config). */
  config: C;
  core: ChatCoreApi;
  logger: Logger;
  /** Mounts a handler on the service's HTTP server (Slack HTTP mode uses /slack/events). */
  mountHttp(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  /** The service's clock (CommandContext.now); injectable for tests. */
  now?: () => Date;
}
