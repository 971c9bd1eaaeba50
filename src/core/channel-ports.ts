/** Storage ports of a channel's extras: its private calendar feed, its topic filter and its dead-feed alerts. */

/** A private calendar feed: a channel's events or one person's RSVPs (`/ical/<token>.ics`). */
export type CalendarFeedRecord =
  | { token: string; kind: 'channel'; channelId: number; createdAt: Date }
  | { token: string; kind: 'person'; platform: string; userId: string; createdAt: Date };

export interface CalendarRepo {
  /** The channel's (or person's) feed, created with `token` when there is none yet (the existing one wins a race). */
  channelFeed(channelId: number, token: string): Promise<CalendarFeedRecord>;
  personFeed(platform: string, userId: string, token: string): Promise<CalendarFeedRecord>;
  /** Replaces the channel's token: the old URL stops working at once. */
  resetChannel(channelId: number, token: string): Promise<CalendarFeedRecord>;
  byToken(token: string): Promise<CalendarFeedRecord | null>;
  /**
   * Records the hash of the document just built for a feed; returns when the
   * document last changed (now, if the hash differs from the one stored).
   */
  changed(token: string, hash: string, at: Date): Promise<Date>;
}

/** A channel's topic filter; empty lists mean no filter. */
export interface ChannelFilterRecord {
  include: string[];
  exclude: string[];
}

export interface FilterRepo {
  get(channelId: number): Promise<ChannelFilterRecord>;
  set(channelId: number, filter: ChannelFilterRecord): Promise<ChannelFilterRecord>;
}

export type FeedAlertKind = 'failing' | 'quiet';

export interface FeedAlertRecord {
  channelId: number;
  sourceId: number;
  kind: FeedAlertKind;
  alertedAt: Date;
  recoveredAt: Date | null;
}

export interface FeedAlertRepo {
  /** Every channel–source subscription with when it began (for the "no events for 30 days" rule). */
  subscriptions(): Promise<{ channelId: number; sourceId: number; since: Date }[]>;
  /** The sources among `sourceIds` that reported an event starting at or after `from`. */
  withEventsSince(sourceIds: number[], from: Date): Promise<Set<number>>;
  /** Alerts not yet recovered, per channel–source. */
  open(): Promise<FeedAlertRecord[]>;
  /** True for the one caller (across instances) that starts this alert episode; false when one is already open. */
  claimAlert(channelId: number, sourceId: number, kind: FeedAlertKind, at: Date): Promise<boolean>;
  /** Gives an alert back when its message could not be sent, so a later run tries again. */
  releaseAlert(channelId: number, sourceId: number, at: Date): Promise<void>;
  /** True for the one caller that closes the open alert (and so announces the recovery). */
  claimRecovery(channelId: number, sourceId: number, at: Date): Promise<boolean>;
}
