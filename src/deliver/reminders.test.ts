import { describe, expect, it } from 'vitest';
import { forEachProvider } from '../../test/helpers/db.js';
import { recordingLogger } from '../../test/helpers/recording-logger.js';
import type { ChatPort, DeliveryResult, Line } from '../core/chat.js';
import type { Store } from '../core/ports.js';
import { openStore } from '../store/db.js';
import { normalisedEvent as ev } from '../store/test-events.js';
import { planUser, reminderDue, reminderLines, Reminders, watchRsvps } from './reminders.js';

/** The reminder queue on both databases: planned from RSVPs and settings, sent once on the clock, recomputed when events change. */

const HOUR = 3_600_000;
const START = new Date('2030-03-14T18:30:00Z');
const at = (ms: number) => new Date(START.getTime() + ms);

interface Sent {
  userId: string;
  lines: Line[];
}

/** A chat port that records direct messages; `closed` users cannot be messaged (like Discord's 50007). */
function dmPort(closed = new Set<string>()): ChatPort & { sent: Sent[] } {
  const sent: Sent[] = [];
  const no = async (): Promise<DeliveryResult> => ({ ok: false, retryable: false, message: 'not used' });
  return {
    platform: 'discord',
    sent,
    postEvent: no,
    editEvent: no,
    postDigest: no,
    async sendDirect(userId, lines) {
      if (closed.has(userId)) return { ok: false, retryable: false, message: 'Cannot send messages to this user (50007)' };
      sent.push({ userId, lines });
      return { ok: true, messageId: `dm-${sent.length}` };
    },
  };
}

const text = (lines: Line[]) =>
  lines
    .map((l) =>
      l.map((p) => (typeof p === 'string' ? p : 'bold' in p ? p.bold : 'link' in p ? `[${p.link}](${p.url})` : `<${p.style}>`)).join(''),
    )
    .join('\n');

async function setUp(store: Store, clock: { now: Date }, over: Parameters<typeof ev>[0] = {}) {
  const src = await store.sources.add('https://feeds.example.org/cal.ics', 'ical');
  const { created } = await store.events.applySourceResults(
    src.id,
    [ev({ sourceUid: 'talk', start: START, ...over })],
    at(-10 * 24 * HOUR),
  );
  const port = dmPort();
  const logger = recordingLogger();
  const rsvps = watchRsvps(store.rsvps, store, () => clock.now, logger);
  const reminders = new Reminders(
    store,
    () => port,
    logger,
    () => clock.now,
  );
  return { src, eventId: created[0]!, port, rsvps, reminders, logger };
}

describe('reminderDue', () => {
  const event = { start: START, status: 'scheduled' as const };
  it('is the start minus the setting for going or maybe, and none otherwise', () => {
    expect(reminderDue(event, 'going', 120)).toEqual(at(-2 * HOUR));
    expect(reminderDue(event, 'maybe', 1440)).toEqual(at(-24 * HOUR));
    expect(reminderDue(event, 'no', 120)).toBeNull();
    expect(reminderDue(event, null, 120)).toBeNull();
    expect(reminderDue(event, 'going', null)).toBeNull();
    expect(reminderDue({ ...event, status: 'cancelled' }, 'going', 120)).toBeNull();
    expect(reminderDue({ ...event, status: 'postponed' }, 'going', 120)).toBeNull();
  });
});

forEachProvider((db) => {
  describe('Reminders', () => {
    it('sends one reminder when it is due, with when, where, a map link and who else is going', async () => {
      const store = db.store();
      const clock = { now: at(-3 * 24 * HOUR) };
      const { eventId, port, rsvps, reminders } = await setUp(store, clock);
      await store.users.set('discord', 'u1', { remindMinutes: 120 });
      await store.users.set('discord', 'priya', { visible: true, displayName: 'Priya' });
      await rsvps.set(eventId, 'discord', 'u1', 'going');
      await rsvps.set(eventId, 'discord', 'priya', 'going');
      await rsvps.set(eventId, 'discord', 'anon', 'going');
      await rsvps.set(eventId, 'discord', 'unsure', 'maybe');
      expect(await reminders.tick()).toEqual({ sent: 0, undeliverable: 0, failed: 0 });
      clock.now = at(-2 * HOUR - 60_000);
      await reminders.tick();
      expect(port.sent).toHaveLength(0);
      clock.now = at(-2 * HOUR + 30_000);
      expect((await reminders.tick()).sent).toBe(1);
      clock.now = at(-HOUR);
      await reminders.tick();
      expect(port.sent.map((s) => s.userId)).toEqual(['u1']);
      const message = text(port.sent[0]!.lines);
      expect(message).toContain('Reminder: [BrumJS March Meetup](https://www.meetup.com/brum-js/events/301234567/) starts <relative>');
      expect(message).toContain('(Europe/London)');
      expect(message).toContain('The Engine Room, 1 Canal St, Birmingham · [map](https://www.openstreetmap.org/?mlat=52.4778&mlon=-1.9097');
      expect(message).toContain('Also going: Priya and 1 other');
      expect(message).not.toContain('unsure');
    });

    it('links a map search when the event has an address but no coordinates', async () => {
      const store = db.store();
      const src = await store.sources.add('https://feeds.example.org/x.ics', 'ical');
      const { created } = await store.events.applySourceResults(src.id, [ev({ lat: null, lon: null })], at(-24 * HOUR));
      const event = (await store.events.get(created[0]!))!;
      const message = text(reminderLines(event, [], 'u1', { remindMinutes: 1440 }));
      expect(message).toContain('[map](https://www.openstreetmap.org/search?query=The%20Engine%20Room');
      expect(message).toContain('Nobody else has said they’re going yet.');
      expect(message).toContain('reminded 24 hours before');
    });

    it('sends nothing after the RSVP is withdrawn, the setting is turned off, or the event is cancelled', async () => {
      const store = db.store();
      const clock = { now: at(-3 * 24 * HOUR) };
      const { src, eventId, port, rsvps, reminders } = await setUp(store, clock);
      for (const u of ['withdrawn', 'off', 'cancel']) {
        await store.users.set('discord', u, { remindMinutes: 1440 });
        await rsvps.set(eventId, 'discord', u, 'going');
      }
      await rsvps.remove(eventId, 'discord', 'withdrawn', 'going');
      await store.users.set('discord', 'off', { remindMinutes: null });
      await planUser(store, 'discord', 'off', clock.now);
      clock.now = at(-24 * HOUR);
      // Everyone left is 'cancel'; now the source cancels the event.
      await store.events.applySourceResults(src.id, [ev({ sourceUid: 'talk', start: START, status: 'cancelled' })], clock.now);
      await reminders.tick();
      expect(port.sent).toEqual([]);
      expect((await store.reminders.forUser('discord', 'cancel'))[0]!.state).toBe('cancelled');
    });

    it('follows a moved event: due at the new time, and reminded again when it moves after the reminder', async () => {
      const store = db.store();
      const clock = { now: at(-3 * 24 * HOUR) };
      const { src, eventId, port, rsvps, reminders } = await setUp(store, clock);
      await store.users.set('discord', 'u1', { remindMinutes: 120 });
      await rsvps.set(eventId, 'discord', 'u1', 'maybe');
      const later = at(24 * HOUR);
      await store.events.applySourceResults(src.id, [ev({ sourceUid: 'talk', start: later })], clock.now);
      clock.now = at(-HOUR); // the old due time has passed
      await reminders.tick();
      expect(port.sent).toHaveLength(0);
      clock.now = new Date(later.getTime() - 2 * HOUR);
      await reminders.tick();
      expect(port.sent).toHaveLength(1);
      expect(text(port.sent[0]!.lines)).toContain('🔄 Updated: new time');
      // Moved again after the reminder went out: a new reminder for the new time.
      const latest = new Date(later.getTime() + 3 * HOUR);
      await store.events.applySourceResults(src.id, [ev({ sourceUid: 'talk', start: latest })], clock.now);
      await reminders.tick();
      expect(port.sent).toHaveLength(1);
      clock.now = new Date(latest.getTime() - 2 * HOUR);
      await reminders.tick();
      expect(port.sent).toHaveLength(2);
    });

    it('sends none for an RSVP withdrawn and given again after the reminder time', async () => {
      const store = db.store();
      const clock = { now: at(-3 * HOUR) };
      const { eventId, port, rsvps, reminders } = await setUp(store, clock);
      await store.users.set('discord', 'u1', { remindMinutes: 120 });
      await rsvps.set(eventId, 'discord', 'u1', 'going');
      await rsvps.remove(eventId, 'discord', 'u1', 'going');
      clock.now = at(-HOUR);
      await rsvps.set(eventId, 'discord', 'u1', 'maybe');
      await reminders.tick();
      expect(port.sent).toEqual([]);
    });

    it('plans reminders for existing RSVPs when the setting is turned on, but none already due', async () => {
      const store = db.store();
      const clock = { now: at(-5 * HOUR) };
      const { eventId, port, rsvps, reminders } = await setUp(store, clock);
      await rsvps.set(eventId, 'discord', 'u1', 'going');
      await rsvps.set(eventId, 'discord', 'u2', 'going');
      await store.users.set('discord', 'u1', { remindMinutes: 120 });
      expect(await planUser(store, 'discord', 'u1', clock.now)).toBe(1);
      await store.users.set('discord', 'u2', { remindMinutes: 1440 }); // 24 h before has passed
      await planUser(store, 'discord', 'u2', clock.now);
      clock.now = at(-HOUR);
      await reminders.tick();
      expect(port.sent.map((s) => s.userId)).toEqual(['u1']);
    });

    it('marks a person whose DMs are closed undeliverable and never tries again', async () => {
      const store = db.store();
      const clock = { now: at(-3 * 24 * HOUR) };
      const { eventId, rsvps, logger } = await setUp(store, clock);
      const port = dmPort(new Set(['closed']));
      const reminders = new Reminders(
        store,
        () => port,
        logger,
        () => clock.now,
      );
      await store.users.set('discord', 'closed', { remindMinutes: 120 });
      await rsvps.set(eventId, 'discord', 'closed', 'going');
      clock.now = at(-HOUR);
      expect(await reminders.tick()).toEqual({ sent: 0, undeliverable: 1, failed: 0 });
      clock.now = at(-HOUR / 2);
      expect(await reminders.tick()).toEqual({ sent: 0, undeliverable: 0, failed: 0 });
      const [row] = await store.reminders.forUser('discord', 'closed');
      expect(row).toMatchObject({ state: 'undeliverable', attempts: 1 });
    });

    it('sends exactly once when two instances tick at the same moment', async () => {
      const store = db.store();
      const other = await openStore(db.database().url);
      try {
        const clock = { now: at(-3 * 24 * HOUR) };
        const { eventId, port, rsvps, logger } = await setUp(store, clock);
        for (let i = 0; i < 8; i++) {
          await store.users.set('discord', `u${i}`, { remindMinutes: 120 });
          await rsvps.set(eventId, 'discord', `u${i}`, 'going');
        }
        clock.now = at(-HOUR);
        const a = new Reminders(
          store,
          () => port,
          logger,
          () => clock.now,
        );
        const b = new Reminders(
          other,
          () => port,
          logger,
          () => clock.now,
        );
        const [x, y] = await Promise.all([a.tick(), b.tick()]);
        expect(x.sent + y.sent).toBe(8);
        expect(port.sent.map((s) => s.userId).sort()).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7']);
        await Promise.all([a.tick(), b.tick()]);
        expect(port.sent).toHaveLength(8);
      } finally {
        await other.close();
      }
    });
  });
});
