import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/discord/index.js';
import { startServiceHarness, type ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Reminders, opt-in names and /events who on Discord, end to end: the real
 * service, the unmodified discord.js client and the fake Discord (which opens
 * DM channels with POST /users/@me/channels and refuses closed DMs with 50007).
 * The service clock stands still until the test moves it.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = { id: '730000000000000001', admin: true, username: 'Admin' };
const PRIYA = { id: '730000000000000002', username: 'Priya' };
const TOM = { id: '730000000000000003', username: 'Tom' };
const QUIET = { id: '730000000000000004', username: 'Quiet' };
const CLOSED = { id: '730000000000000005', username: 'Closed' };
const PRANK = { id: '730000000000000006', username: '@everyone <@730000000000000001>' };
const embed = (m: FakeMessage) => m.embeds[0] as { description?: string };

describe('Discord reminders, visible names and /events who', () => {
  let h: ServiceHarness;
  let start: Date;
  let eventId: number;
  const post = () => h.discord.messages.find((m) => embed(m).description !== undefined && m.embeds.length === 1)!;
  const react = async (userId: string) => {
    h.discord.sendReactionAdd({ messageId: post().id, userId, emoji: '✅' });
    await until(async () => (await h.service.store.rsvps.forUser('discord', userId, new Date(0))).length === 1, `${userId}'s RSVP`);
  };

  beforeAll(async () => {
    h = await startServiceHarness();
    start = new Date(Math.ceil((h.clock.now.getTime() + 3 * DAY) / HOUR) * HOUR);
    h.feeds.set('/remind.ics', icsCalendar('Remind Tests', [pubEvent({ uid: 'social', summary: 'Tech Social', start })]));
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    await h.command(['feed', 'add'], { url: h.feeds.url('/remind.ics') }, ADMIN);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    eventId = (await h.service.store.posts.findByMessage((await h.service.store.channels.list())[0]!.id, post().id))!.eventId!;
  });
  afterAll(() => h?.close());

  it('/events remind and /events visible answer only the person who asked', async () => {
    const remind = await h.command(['remind'], { when: '2h' }, PRIYA);
    expect(remind.ephemeral).toBe(true);
    expect(remind.content).toContain('2 hours before each event you’re going to');
    const visible = await h.command(['visible'], { state: 'on' }, PRIYA);
    expect(visible.ephemeral).toBe(true);
    expect(visible.content).toContain('**Priya**');
    await h.command(['visible'], { state: 'on' }, TOM);
    await h.command(['visible'], { state: 'on' }, PRANK);
    await h.command(['remind'], { when: '2h' }, CLOSED);
    expect((await h.service.store.users.get('discord', QUIET.id))?.visible ?? false).toBe(false);
  });

  it('names visible members on the post ("Priya, Tom and 3 others"), escaped, and counts the rest', async () => {
    for (const m of [PRIYA, TOM, QUIET, CLOSED, PRANK]) await react(m.id);
    await h.service.flushEdits();
    const line = embed(post())
      .description!.split('\n')
      .find((l) => l.startsWith('✅'))!;
    expect(line).toContain('✅ 5 going (Priya, Tom, @\u200beveryone <\u200b@730000000000000001> and 2 others) · 🤔 0 maybe');
    const sent = h.discord.payloads.filter((p) => p.kind === 'edit').at(-1)!;
    expect(sent.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('/events who lists the visible names and counts everyone else', async () => {
    const who = await h.command(['who'], { event: eventId }, QUIET);
    expect(who.ephemeral).toBe(true);
    expect(who.content).toContain('Tech Social');
    expect(who.content).toContain('✅ Going (5): Priya, Tom, @\u200beveryone <\u200b@730000000000000001> and 2 others');
    expect(who.content).toContain('🤔 Maybe (0): nobody yet');
    const missing = await h.command(['who'], { event: 999_999 }, QUIET);
    expect(missing.content).toContain('There is no event #999999');
  });

  it('hides a name again with /events visible off', async () => {
    await h.command(['visible'], { state: 'off' }, PRANK);
    const who = await h.command(['who'], { event: eventId }, QUIET);
    expect(who.content).toContain('✅ Going (5): Priya, Tom and 3 others');
    await h.service.flushEdits();
    expect(embed(post()).description).toContain('✅ 5 going (Priya, Tom and 3 others) · 🤔 0 maybe');
  });

  it('sends the reminder as a DM once, when the clock reaches 2 hours before; a closed DM is given up at once', async () => {
    h.discord.dms.closed.add(CLOSED.id);
    h.clock.now = new Date(start.getTime() - 2 * HOUR - 5 * 60_000);
    await h.service.remindersNow();
    expect(h.discord.dms.attempts).toEqual([]);
    h.clock.now = new Date(start.getTime() - 2 * HOUR + 30_000);
    expect(await h.service.remindersNow()).toEqual({ sent: 1, undeliverable: 1, failed: 0 });
    const [dm] = h.discord.dms.messages;
    expect(h.discord.dms.messages).toHaveLength(1);
    expect(dm!.userId).toBe(PRIYA.id);
    expect(dm!.content).toContain('⏰ Reminder: [Tech Social](https://events.example.org/social) starts ');
    expect(dm!.content).toContain(`<t:${start.getTime() / 1000}:R>`);
    expect(dm!.content).toContain(
      '📍 The Victoria, 48 John Bright St, Birmingham B1 1BN · [map](https://www.openstreetmap.org/?mlat=52.4776&mlon=-1.9008',
    );
    expect(dm!.content).toContain('👥 Also going: Tom and 3 others');
    expect(dm!.body.allowed_mentions).toEqual({ parse: [] });
    expect(dm!.body.flags).toBe(1 << 2); // no link previews under a reminder
    expect(h.discord.dms.attempts).toEqual([
      { userId: PRIYA.id, status: 200 },
      { userId: CLOSED.id, status: 403 },
    ]);
    const [closed] = await h.service.store.reminders.forUser('discord', CLOSED.id);
    expect(closed!.state).toBe('undeliverable');
    // Later ticks: nothing again, and no retry of the closed DM.
    h.clock.now = new Date(start.getTime() - HOUR);
    expect(await h.service.remindersNow()).toEqual({ sent: 0, undeliverable: 0, failed: 0 });
    expect(h.discord.dms.attempts).toHaveLength(2);
  });

  it('reminds again at the new time when the feed moves the event, and says it moved', async () => {
    const moved = new Date(start.getTime() + DAY);
    h.feeds.set(
      '/remind.ics',
      icsCalendar('Remind Tests', [pubEvent({ uid: 'social', summary: 'Tech Social', start: moved, sequence: 1 })]),
    );
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000); // the source is due again
    await h.service.pollOnce();
    expect(await h.service.remindersNow()).toEqual({ sent: 0, undeliverable: 0, failed: 0 });
    h.clock.now = new Date(moved.getTime() - 2 * HOUR + 30_000);
    expect((await h.service.remindersNow()).sent).toBe(1);
    const dm = h.discord.dms.messages.at(-1)!;
    expect(h.discord.dms.messages).toHaveLength(2);
    expect(dm.userId).toBe(PRIYA.id);
    expect(dm.content).toContain(`<t:${moved.getTime() / 1000}:R>`);
    expect(dm.content).toContain('🔄 Updated: new time');
  });
});

async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
