import type { ChatPort, Line } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { Attendee, ReminderKey, ReminderRecord, RsvpRepo, RsvpStatus, Store, StoredEvent } from '../core/ports.js';
import { mapUrl } from '../place/index.js';
import { noticeFor, placeText } from './format.js';
import { peopleText, visibleNames } from './people.js';

/**
 * Reminders before an event, for people who answered going or maybe and
 * chose `/events remind 24h|2h` — a due-time queue in the database
 * (ReminderRepo), the same on every platform and across instances:
 *
 * - planned when the person's RSVP changes (`watchRsvps`) or their setting
 *   changes (`planUser`), and recomputed on every tick for events that moved
 *   (due again at the new time) or were cancelled or postponed (cancelled);
 * - sent by `tick()` on the service's clock: each due reminder is claimed in
 *   the database first, so it goes out exactly once even when two instances
 *   tick at the same moment;
 * - a person who cannot be messaged (Discord: DMs closed) is marked
 *   undeliverable, never retried in a loop; a platform outage is retried a
 *   few times.
 */
export const REMIND_MINUTES = { '24h': 1440, '2h': 120 } as const;
export type RemindChoice = keyof typeof REMIND_MINUTES | 'off';
/** Sends tried per reminder before it is given up as failed. */
export const MAX_REMINDER_ATTEMPTS = 3;
const BATCH = 100;

/** "24 hours" / "2 hours" for a stored setting. */
export function remindWords(minutes: number | null): string {
  if (!minutes) return 'off';
  return minutes % 60 === 0 ? `${minutes / 60} hours before` : `${minutes} minutes before`;
}

/** When a reminder is due, or null when there is none: not going/maybe, reminders off, cancelled or postponed. */
export function reminderDue(event: Pick<StoredEvent, 'start' | 'status'>, status: RsvpStatus | null, minutes: number | null): Date | null {
  if (!minutes || (status !== 'going' && status !== 'maybe')) return null;
  if (event.status === 'cancelled' || event.status === 'postponed') return null;
  return new Date(event.start.getTime() - minutes * 60_000);
}

type Deps = Pick<Store, 'events' | 'rsvps' | 'users' | 'reminders'>;

/**
 * Recomputes one person's reminder about one event from the stored facts. A
 * reminder that would be due already when it is first planned (an RSVP an
 * hour before a 2-hour reminder) is not created: the person just answered.
 * One already planned whose event moved earlier is due at once.
 */
export async function planReminder(store: Deps, key: ReminderKey, now: Date): Promise<void> {
  const [event, attendees, prefs, existing] = await Promise.all([
    store.events.get(key.eventId),
    store.rsvps.attendees(key.eventId, key.platform),
    store.users.get(key.platform, key.userId),
    store.reminders.forUser(key.platform, key.userId),
  ]);
  if (!event) return;
  const status = attendees.find((a) => a.userId === key.userId)?.status ?? null;
  const due = reminderDue(event, status, prefs?.remindMinutes ?? null);
  const row = existing.find((r) => r.eventId === key.eventId);
  // Not yet planned (or withdrawn and answered again): nothing for a moment already past.
  const fresh = !row || row.state === 'cancelled';
  if (due && fresh && (due <= now || event.start <= now)) return;
  if (!due && !row) return;
  await store.reminders.plan(key, due);
}

/** After `/events remind …`: every upcoming RSVP of the person gets its reminder planned again; returns how many reminders are now to come. */
export async function planUser(store: Deps, platform: string, userId: string, now: Date): Promise<number> {
  const rsvps = await store.rsvps.forUser(platform, userId, now);
  for (const r of rsvps) await planReminder(store, { eventId: r.event.id, platform, userId }, now);
  return (await store.reminders.forUser(platform, userId)).filter((r) => r.state === 'pending' && r.dueAt > now).length;
}

/** The RSVP repository with each change planning the person's reminder (wired in the service). */
export function watchRsvps(repo: RsvpRepo, store: Deps, now: () => Date, logger: Logger): RsvpRepo {
  const replan = async (key: ReminderKey) => {
    try {
      await planReminder(store, key, now());
    } catch (error) {
      logger.error({ err: error, ...key }, 'could not plan a reminder');
    }
  };
  return {
    ...repo,
    set: async (eventId, platform, userId, status) => {
      await repo.set(eventId, platform, userId, status);
      await replan({ eventId, platform, userId });
    },
    remove: async (eventId, platform, userId, status) => {
      await repo.remove(eventId, platform, userId, status);
      await replan({ eventId, platform, userId });
    },
  };
}

const keyOf = (r: ReminderKey): ReminderKey => ({ eventId: r.eventId, platform: r.platform, userId: r.userId });

export interface TickSummary {
  sent: number;
  undeliverable: number;
  failed: number;
}

export class Reminders {
  private stopped = false;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly port: (platform: string) => ChatPort | undefined,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  /** Recomputes reminders of events that changed, then sends every due one this instance claims. */
  tick(): Promise<TickSummary> {
    if (this.stopped) return Promise.resolve({ sent: 0, undeliverable: 0, failed: 0 });
    const run = this.running.then(() => this.tickOnce());
    this.running = run.catch(() => undefined);
    return run;
  }

  /** Takes no new ticks (one in progress finishes; see idle()). */
  stop(): void {
    this.stopped = true;
  }

  idle(): Promise<void> {
    return this.running.then(() => undefined);
  }

  private async tickOnce(): Promise<TickSummary> {
    const now = this.now();
    const summary: TickSummary = { sent: 0, undeliverable: 0, failed: 0 };
    for (const r of await this.store.reminders.upcoming(now, 500)) await this.guard(r, () => planReminder(this.store, keyOf(r), now));
    for (const r of await this.store.reminders.due(now, BATCH)) {
      if (this.stopped) break;
      if (!(await this.store.reminders.claim(r.id, now))) continue;
      await this.guard(r, async () => {
        const outcome = await this.send(r, now);
        if (outcome !== 'retry' && outcome !== 'skipped') summary[outcome] += 1;
      });
    }
    return summary;
  }

  private async send(r: ReminderRecord, now: Date): Promise<'sent' | 'undeliverable' | 'failed' | 'retry' | 'skipped'> {
    const event = await this.store.events.get(r.eventId);
    if (!event || event.start <= now) {
      await this.store.reminders.finish(r.id, 'cancelled', now, 'the event has started or is gone');
      return 'skipped';
    }
    const port = this.port(r.platform);
    if (!port?.sendDirect) return this.retryOrFail(r, now, `${r.platform} is not connected on this instance`);
    const attendees = await this.store.rsvps.attendees(event.id, r.platform);
    const result = await port.sendDirect(
      r.userId,
      reminderLines(event, attendees, r.userId, await this.store.users.get(r.platform, r.userId)),
    );
    if (result.ok) {
      await this.store.reminders.finish(r.id, 'sent', this.now());
      return 'sent';
    }
    if (!result.retryable) {
      await this.store.reminders.finish(r.id, 'undeliverable', this.now(), result.message);
      this.logger.info({ platform: r.platform, user: r.userId, event: r.eventId, error: result.message }, 'reminder undeliverable');
      return 'undeliverable';
    }
    return this.retryOrFail(r, now, result.message);
  }

  private async retryOrFail(r: ReminderRecord, now: Date, error: string): Promise<'retry' | 'failed'> {
    const last = r.attempts + 1 >= MAX_REMINDER_ATTEMPTS;
    await this.store.reminders.finish(r.id, last ? 'failed' : 'pending', now, error);
    this.logger.warn({ platform: r.platform, user: r.userId, event: r.eventId, error, attempt: r.attempts + 1 }, 'reminder not sent');
    return last ? 'failed' : 'retry';
  }

  private async guard(r: ReminderKey, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error({ err: error, ...keyOf(r) }, 'reminder failed');
    }
  }
}

/**
 * The reminder: when (in the event's zone, and how long until), where with a
 * map link, and who else is going (visible names first, the rest counted).
 */
export function reminderLines(
  event: StoredEvent,
  attendees: Attendee[],
  userId: string,
  prefs: { remindMinutes: number | null } | null,
): Line[] {
  const title = event.url ? { link: event.title, url: event.url } : { bold: event.title };
  const lines: Line[] = [
    ['⏰ Reminder: ', title, ' starts ', { time: event.start, timezone: event.timezone, style: 'relative' }],
    ['🗓️ ', { time: event.start, timezone: event.timezone, style: event.allDay ? 'date' : 'full' }, ` (${event.timezone})`],
  ];
  const notice = event.lastChange?.split(',').some((c) => c === 'time' || c === 'venue') ? noticeFor(event) : null;
  if (notice) lines.push([`🔄 ${notice}`]);
  const place = placeText(event.venue, event.address);
  const map = mapUrl(event.lat, event.lon, place);
  if (place) lines.push(['📍 ', place, ...(map ? [' · ', { link: 'map', url: map }] : [])]);
  const others = attendees.filter((a) => a.userId !== userId && a.status === 'going');
  const named = peopleText(visibleNames(others), others.length);
  if (named) lines.push([`👥 Also going: ${named}`]);
  else if (others.length) lines.push([`👥 Also going: ${others.length === 1 ? '1 other person' : `${others.length} others`}`]);
  else lines.push(['👥 Nobody else has said they’re going yet.']);
  lines.push([`You asked to be reminded ${remindWords(prefs?.remindMinutes ?? null)}; change it with `, { bold: '/events remind' }, '.']);
  return lines;
}
