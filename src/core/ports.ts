import type { Attendance, EventStatus, NormalisedEvent } from './event.js';
import type { FeedPlace, HomeArea } from './placement.js';
import type { CalendarRepo, FeedAlertRepo, FilterRepo } from './channel-ports.js';
import type { InboundRepo, ShardLeaseRepo } from './instance-ports.js';
import type { EventSyncRepo, OptInRepo, ThreadRepo } from './sync.js';

export type * from './channel-ports.js';
export type * from './instance-ports.js';

/**
 * Storage ports: what the core, the pipeline and the commands need from the
 * database. Implemented in src/store/ on Prisma (SQLite or PostgreSQL). No
 * Prisma type crosses this line.
 */

export interface SourceRecord {
  id: number;
  url: string;
  kind: string;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  nextCheckAt: Date;
  failureCount: number;
  lastError: string | null;
  lastSuccessAt: Date | null;
  lastCheckedAt: Date | null;
  /** Where the feed's events usually are (src/place/home.ts), once known. */
  home: HomeArea | null;
  /** The place an admin set for the feed (`/events feed place`), or null. */
  place: FeedPlace | null;
}

export interface StoredEvent extends Omit<NormalisedEvent, 'sourceUrl' | 'sourceUid'> {
  id: number;
  version: number;
  /** Comma-separated fields that changed last ("time,venue,status"), or null for a new event. */
  lastChange: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What applying one source's results changed (for poll summaries and delivery). */
export interface ApplySummary {
  created: number[];
  updated: number[];
  unchanged: number;
}

export type RsvpStatus = 'going' | 'maybe' | 'no';

export interface RsvpCounts {
  going: number;
  maybe: number;
}

export interface ChannelKey {
  platform: string;
  workspaceId: string;
  channelId: string;
}

export interface ChannelRecord extends ChannelKey {
  id: number;
  regionName: string | null;
  regionLat: number | null;
  regionLon: number | null;
  radiusKm: number;
  timezone: string;
  postMode: 'new' | 'digest';
  /** 1 = Monday … 7 = Sunday; null when the digest is off. */
  digestDay: number | null;
  digestTime: string;
  digestEmptyNote: boolean;
  adminRoleId: string | null;
}

export type ChannelSettings = Partial<
  Pick<
    ChannelRecord,
    | 'regionName'
    | 'regionLat'
    | 'regionLon'
    | 'radiusKm'
    | 'timezone'
    | 'postMode'
    | 'digestDay'
    | 'digestTime'
    | 'digestEmptyNote'
    | 'adminRoleId'
  >
>;

export interface PostRecord {
  id: number;
  channelId: number;
  kind: 'event' | 'digest';
  eventId: number | null;
  digestKey: string | null;
  state: 'pending' | 'sent' | 'failed';
  messageId: string | null;
  eventVersion: number;
  countsDirty: boolean;
  attempts: number;
  editedAt: Date | null;
}

export interface UserPrefRecord {
  platform: string;
  userId: string;
  homeName: string | null;
  homeLat: number | null;
  homeLon: number | null;
  timezone: string | null;
  /** `/events remind`: minutes before an event (1440 = 24 h, 120 = 2 h); null = off. */
  remindMinutes: number | null;
  /** `/events visible`: others going to the same event may see `displayName`. */
  visible: boolean;
  displayName: string | null;
}

/** One person's RSVP to an event, with their name when they chose to be visible. */
export interface Attendee {
  userId: string;
  status: RsvpStatus;
  /** Set only for people who turned `/events visible on`. */
  visibleName: string | null;
}

export type ReminderState = 'pending' | 'sending' | 'sent' | 'undeliverable' | 'failed' | 'cancelled';

export interface ReminderRecord {
  id: number;
  eventId: number;
  platform: string;
  userId: string;
  dueAt: Date;
  state: ReminderState;
  attempts: number;
}

export interface ReminderKey {
  eventId: number;
  platform: string;
  userId: string;
}

export interface NearQuery {
  lat: number;
  lon: number;
  radiusKm: number;
  from: Date;
  to: Date;
  /** Case-insensitive substring of title, venue or description (same on both databases). */
  text?: string;
  attendance?: Attendance[];
  excludeStatus?: EventStatus[];
  limit?: number;
  offset?: number;
}

export interface EventNear {
  event: StoredEvent;
  distanceKm: number;
}

export interface SourceRepo {
  /**
   * Adds a source, due at `now` (default the current time), or returns the one stored under `url`
   * with no set place; `home` is kept only for a new source or one with no home yet.
   */
  add(url: string, kind: string, now?: Date, home?: HomeArea | null): Promise<SourceRecord>;
  /** The source for `url` with this set place (null: none), added due at `now` when there is none yet. */
  addWithPlace(url: string, kind: string, place: FeedPlace | null, now: Date): Promise<SourceRecord>;
  /** The source for `url` with this set place (null: none), or null. */
  findWithPlace(url: string, place: FeedPlace | null): Promise<SourceRecord | null>;
  /**
   * Gives a source another set place (null clears it), forgets its validators and home, and makes
   * it due at `now`, so the whole feed is read again with the place. Null when another source of
   * the same URL already has that place.
   */
  setPlace(id: number, place: FeedPlace | null, now: Date): Promise<SourceRecord | null>;
  get(id: number): Promise<SourceRecord | null>;
  getByUrl(url: string): Promise<SourceRecord | null>;
  list(): Promise<SourceRecord[]>;
  remove(id: number): Promise<void>;
  /**
   * Atomically leases up to `limit` sources whose nextCheckAt <= now and whose
   * lease is free or expired, so several instances never poll one source at once.
   */
  claimDue(now: Date, owner: string, leaseMs: number, limit: number): Promise<SourceRecord[]>;
  recordSuccess(id: number, fields: SuccessFields): Promise<void>;
  recordFailure(id: number, fields: { error: string; nextCheckAt: Date; at: Date }): Promise<void>;
  /** Many sources that answered "not modified" at once: recordSuccess with their validators kept, in one statement. */
  recordNotModified(items: { id: number; nextCheckAt: Date; at: Date }[]): Promise<void>;
  /** Extends every unexpired lease `owner` holds to `until` (a heartbeat while polling); returns how many. */
  renewLeases(owner: string, until: Date, now: Date): Promise<number>;
  /** Frees every lease `owner` holds (shutdown), so another instance polls those sources at once. */
  releaseLeases(owner: string): Promise<number>;
}

/** What a successful poll records on its source (validators, next check, title, home area). */
export interface SuccessFields {
  etag: string | null;
  lastModified: string | null;
  nextCheckAt: Date;
  title?: string | null;
  home?: HomeArea | null;
  at: Date;
}

/** One polled source's results, for EventRepo.applyPolled. */
export interface PolledSource {
  sourceId: number;
  events: NormalisedEvent[];
  now: Date;
  success: SuccessFields;
}

export interface EventRepo {
  /**
   * Applies one source's normalised events in one transaction: matches each
   * against stored events (src/dedupe rules), creates new ones, updates changed
   * ones (bumping version and recording what changed) and records provenance.
   */
  applySourceResults(sourceId: number, events: NormalisedEvent[], now: Date): Promise<ApplySummary>;
  /**
   * Several polled sources in ONE transaction (the poller's group commit):
   * each source's events applied as applySourceResults does, in order, and its
   * success recorded (SourceRepo.recordSuccess). All or nothing; summaries in
   * the order given.
   */
  applyPolled(sources: PolledSource[]): Promise<ApplySummary[]>;
  get(id: number): Promise<StoredEvent | null>;
  /** Upcoming events within radius, soonest first. */
  near(q: NearQuery): Promise<{ items: EventNear[]; total: number }>;
  /** Events between from and to reported by any of the given sources. */
  forSources(sourceIds: number[], from: Date, to: Date): Promise<StoredEvent[]>;
  /** Source URLs that reported an event (provenance). */
  provenance(eventId: number): Promise<{ sourceId: number; sourceUrl: string; url: string | null }[]>;
}

export interface ChannelRepo {
  getOrCreate(key: ChannelKey): Promise<ChannelRecord>;
  find(key: ChannelKey): Promise<ChannelRecord | null>;
  get(id: number): Promise<ChannelRecord | null>;
  update(id: number, settings: ChannelSettings): Promise<ChannelRecord>;
  list(platform?: string): Promise<ChannelRecord[]>;
  subscribe(channelId: number, sourceId: number): Promise<void>;
  unsubscribe(channelId: number, sourceId: number): Promise<void>;
  sources(channelId: number): Promise<SourceRecord[]>;
  /** Channels subscribed to a source. */
  subscribers(sourceId: number): Promise<ChannelRecord[]>;
}

export interface PostRepo {
  /** Claims the (channel, event) post; returns null when one already exists (so each event is posted once). */
  /** `at` (the service's clock, default now) stamps the claim, against which stale claims are judged. */
  claimEventPost(channelId: number, eventId: number, at?: Date): Promise<PostRecord | null>;
  /** Claims a digest part; null when that digest part was already claimed (sent once per week, across restarts and instances). */
  claimDigestPost(
    channelId: number,
    digestKey: string,
    items: { number: number; eventId: number }[],
    at?: Date,
  ): Promise<PostRecord | null>;
  /** The parts of a channel's digest for one scheduled date ("2026-12-01"), as stored. */
  digestParts(channelId: number, dateKey: string): Promise<PostRecord[]>;
  /**
   * Takes a digest part for another try (at most `maxAttempts` in all): a
   * failed one last tried before `staleBefore`, or (with `pendingBefore`) one
   * claimed before then and never confirmed (its instance stopped), renumbering
   * its items; null when there is nothing to retry or another instance took it.
   */
  retryDigestPost(
    channelId: number,
    digestKey: string,
    items: { number: number; eventId: number }[],
    opts: { maxAttempts: number; staleBefore: Date; pendingBefore?: Date },
    at?: Date,
  ): Promise<PostRecord | null>;
  markSent(id: number, messageId: string, eventVersion: number, at: Date): Promise<void>;
  /** Records a failed attempt at `at` (retries are timed from it). */
  markFailed(id: number, error: string, at: Date): Promise<void>;
  markEdited(id: number, eventVersion: number, at: Date): Promise<void>;
  findByMessage(channelId: number, messageId: string): Promise<PostRecord | null>;
  /** Event posts of an event (to edit them when it changes or counts move). */
  forEvent(eventId: number): Promise<PostRecord[]>;
  /** Sent event posts whose eventVersion is behind the event's version. */
  stale(limit: number): Promise<PostRecord[]>;
  setCountsDirty(ids: number[], dirty: boolean): Promise<void>;
  countsDirty(limit: number): Promise<PostRecord[]>;
  /**
   * Atomically takes the counts edit of a post: true (and the post marked
   * clean, edited at `at`) only if it is dirty and was not edited after
   * `notEditedSince` — so one message is edited at most once per interval,
   * even by several instances.
   */
  claimCountsEdit(id: number, notEditedSince: Date, at: Date): Promise<boolean>;
  /** Event id behind number N of a digest post. */
  digestItem(postId: number, number: number): Promise<number | null>;
  /**
   * Takes a post found by `unsent` for another try: true (the post pending
   * again, touched at `at`) only if it is still failed with fewer than
   * `maxAttempts` attempts, or still pending and untouched since
   * `staleBefore` — so two overlapping delivery runs never both resend it.
   */
  claimRetry(id: number, opts: { maxAttempts: number; staleBefore: Date }, at: Date): Promise<boolean>;
  /**
   * Posts to retry: failed ones with fewer than `maxAttempts` attempts, and
   * pending ones last touched before `staleBefore` (claimed by an instance
   * that stopped before sending; a fresh pending post may be in flight).
   */
  unsent(limit: number, opts: { maxAttempts: number; staleBefore: Date }): Promise<PostRecord[]>;
  /** Events in the channel's sources that have no post in the channel yet, starting after `from`. */
  unpostedEvents(channelId: number, from: Date): Promise<StoredEvent[]>;
}

export interface RsvpRepo {
  set(eventId: number, platform: string, userId: string, status: RsvpStatus): Promise<void>;
  /** Removes the RSVP only if it currently has this status (removing ✅ after reacting 🤔 keeps 🤔). */
  remove(eventId: number, platform: string, userId: string, status?: RsvpStatus): Promise<void>;
  counts(eventIds: number[]): Promise<Map<number, RsvpCounts>>;
  forUser(platform: string, userId: string, from: Date): Promise<{ event: StoredEvent; status: RsvpStatus }[]>;
  /** Everyone on `platform` who answered going or maybe, visible names first (then oldest RSVP first). */
  attendees(eventId: number, platform: string): Promise<Attendee[]>;
  /**
   * What an event's post in a channel shows about people, in one read:
   * counts(), the workspace's Discord "interested" count
   * (EventSyncRepo.interested) and attendees() on the channel's platform.
   */
  forPost(eventId: number, channel: Pick<ChannelKey, 'platform' | 'workspaceId'>): Promise<PostPeople>;
}

/** RsvpRepo.forPost: the people side of one event post. */
export interface PostPeople {
  /** Going and maybe on every platform, as counts() gives them. */
  counts: RsvpCounts;
  /** People interested in the workspace's Events tab copy of the event; null when it has none (or no count yet). */
  interested: number | null;
  /** Going and maybe on the channel's platform, as attendees() lists them. */
  attendees: Attendee[];
}

/**
 * The reminder queue (src/deliver/reminders.ts): one row per person and
 * event, claimed before it is sent so it goes out once across instances.
 */
export interface ReminderRepo {
  /**
   * Sets when a person's reminder about an event is due, or cancels it
   * (`dueAt` null). A reminder already sent (or undeliverable) stays so
   * unless its due time changes (the event moved): then it is due again.
   */
  plan(key: ReminderKey, dueAt: Date | null): Promise<void>;
  /** Reminders still to come or already sent, for events starting after `from` (to recompute when events move or are cancelled). */
  upcoming(from: Date, limit: number): Promise<ReminderRecord[]>;
  /** Pending reminders due at or before `now`, oldest first. */
  due(now: Date, limit: number): Promise<ReminderRecord[]>;
  /** Takes a pending reminder for sending: true for exactly one caller, across instances. */
  claim(id: number, at: Date): Promise<boolean>;
  /** Records the outcome of a claimed reminder ('pending' again = a retry later). */
  finish(id: number, state: Exclude<ReminderState, 'sending'>, at: Date, error?: string): Promise<void>;
  /** A person's reminders (tests, App Home). */
  forUser(platform: string, userId: string): Promise<ReminderRecord[]>;
}

export interface UserPrefRepo {
  get(platform: string, userId: string): Promise<UserPrefRecord | null>;
  set(platform: string, userId: string, prefs: Partial<Omit<UserPrefRecord, 'platform' | 'userId'>>): Promise<UserPrefRecord>;
}

export interface Store {
  sources: SourceRepo;
  /** Discord gateway shards (several instances). */
  shards: ShardLeaseRepo;
  events: EventRepo;
  channels: ChannelRepo;
  posts: PostRepo;
  rsvps: RsvpRepo;
  users: UserPrefRepo;
  inbound: InboundRepo;
  calendars: CalendarRepo;
  filters: FilterRepo;
  feedAlerts: FeedAlertRepo;
  /** Issue #10 §1 and §4 (src/core/sync.ts): channel opt-ins, Events-tab sync rows, threads on posts. */
  optIns: OptInRepo;
  eventSync: EventSyncRepo;
  threads: ThreadRepo;
  reminders: ReminderRepo;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
  /** 'sqlite' | 'postgres' */
  readonly provider: 'sqlite' | 'postgres';
}
