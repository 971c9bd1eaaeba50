import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage } from '../fakes/discord/index.js';
import { INVITE_PERMISSIONS } from '../fakes/discord/permissions.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { PERMS } from '../fakes/discord/state.js';
import { icsCalendar, pubEvent, VENUES, type IcsEvent } from '../helpers/feed-server.js';

/**
 * `/events threads on`: the first ✅ on an event post opens a thread on it
 * (POST /channels/{c}/messages/{m}/threads, a type 11 channel) with an
 * opener; later RSVPs open nothing more; a change of time or venue is posted
 * in the thread once. Unmodified discord.js against the fake Discord.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ADMIN = { id: '760000000000000001', admin: true };
const FANS = ['760000000000000011', '760000000000000012', '760000000000000013'];
const embed = (m: FakeMessage) => (m.embeds[0] ?? {}) as { url?: string };
const THREAD_PERMS = INVITE_PERMISSIONS | PERMS.CreatePublicThreads | PERMS.SendMessagesInThreads;

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('Discord: a thread per event (end to end)', () => {
  let discord: FakeDiscord;
  let h: ServiceHarness;
  let events: IcsEvent[];
  let base: number;
  const postOf = (uid: string) => discord.messages.find((m) => embed(m).url === `https://events.example.org/${uid}`)!;
  const threadOf = (uid: string) => discord.guildEvents.threads.get(postOf(uid).id);
  const cycle = async (feed: IcsEvent[]) => {
    events = feed;
    h.feeds.set('/threads.ics', icsCalendar('Thread Tests', events));
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
  };

  beforeAll(async () => {
    discord = await createFakeDiscord({ botPermissions: THREAD_PERMS });
    h = await startServiceHarness({ discord });
    base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    h.feeds.set('/threads.ics', icsCalendar('Thread Tests', []));
    await h.command(['feed', 'add'], { url: h.feeds.url('/threads.ics') }, ADMIN);
    await cycle([
      pubEvent({ uid: 'quiz', summary: 'Pub Quiz @everyone', start: new Date(base) }),
      pubEvent({ uid: 'walk', summary: 'Canal Walk', start: new Date(base + DAY) }),
      pubEvent({ uid: 'off', summary: 'Before threads', start: new Date(base + 2 * DAY) }),
    ]);
  });
  afterAll(async () => {
    await h?.close();
    await discord?.close();
  });

  it('with threads off, going opens nothing', async () => {
    discord.sendReactionAdd({ messageId: postOf('off').id, userId: FANS[0]!, emoji: '✅' });
    await until(async () => (await h.service.store.rsvps.counts([1, 2, 3])).size > 0, 'the RSVP');
    await new Promise((r) => setTimeout(r, 200));
    expect(discord.guildEvents.threads.size).toBe(0);
  });

  it('threads on is for admins; the first person going opens one thread with an opener', async () => {
    expect((await h.command(['threads'], { state: 'on' }, { id: FANS[0]! })).content).toContain('Only admins');
    const on = await h.command(['threads'], { state: 'on' }, ADMIN);
    expect(on.ephemeral).toBe(false);
    expect(on.content).toContain('open a thread');

    discord.sendReactionAdd({ messageId: postOf('quiz').id, userId: FANS[0]!, emoji: '🤔' });
    await new Promise((r) => setTimeout(r, 300));
    expect(threadOf('quiz')).toBeUndefined(); // maybe is not going

    for (const fan of FANS) discord.sendReactionAdd({ messageId: postOf('quiz').id, userId: fan, emoji: '✅' });
    await until(() => (threadOf('quiz')?.messages.length ?? 0) > 0, 'the thread and its opener');
    await new Promise((r) => setTimeout(r, 300));
    const thread = threadOf('quiz')!;
    expect(discord.guildEvents.threads.size).toBe(1);
    expect(thread.parentId).toBe(discord.channelId);
    expect(thread.name).toBe('Meet up: Pub Quiz @\u200beveryone');
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.content).toMatch(/^👋 Arrange to meet for \*\*Pub Quiz .*everyone\*\* here — <t:\d+:F> at The Victoria/);
    expect(thread.messages[0]!.content).not.toContain('@everyone');
    expect(thread.messages[0]!.payloads[0]).toMatchObject({ allowed_mentions: { parse: [] } });
  });

  it('/events rsvp going opens the thread too', async () => {
    const eventId = (await h.service.store.posts.findByMessage(1, postOf('walk').id))!.eventId!;
    await h.command(['rsvp'], { event: eventId, status: 'going' }, { id: FANS[1]! });
    await until(() => (threadOf('walk')?.messages.length ?? 0) === 1, 'the walk thread');
  });

  it('a change of time or venue is posted in the thread, once', async () => {
    const moved = new Date(base + 2 * HOUR);
    await cycle(events.map((e) => (e.uid === 'quiz' ? { ...e, start: moved, ...VENUES.openRooms, sequence: 1 } : e)));
    await h.service.deliverNow();
    const thread = threadOf('quiz')!;
    expect(thread.messages).toHaveLength(2);
    const notice = thread.messages[1]!.content;
    expect(notice).toContain('changed:');
    expect(notice).toContain(`🕒 New time: <t:${moved.getTime() / 1000}:F>`);
    expect(notice).toContain('📍 New venue: Birmingham Open Rooms');
    // A title-only change is not worth a message.
    await cycle(events.map((e) => (e.uid === 'quiz' ? { ...e, summary: 'Pub Quiz (renamed)', sequence: 2 } : e)));
    expect(threadOf('quiz')!.messages).toHaveLength(2);
    await cycle(events.map((e) => (e.uid === 'quiz' ? { ...e, status: 'CANCELLED' as const, sequence: 3 } : e)));
    expect(threadOf('quiz')!.messages.at(-1)!.content).toContain('has been cancelled');
    expect(threadOf('walk')!.messages).toHaveLength(1);
  });

  it('without Create Public Threads no thread opens; once granted, the next person going opens it', async () => {
    discord.state.botPermissions = INVITE_PERMISSIONS;
    await cycle([...events, pubEvent({ uid: 'late', summary: 'Late Talk', start: new Date(base + 3 * DAY) })]);
    discord.sendReactionAdd({ messageId: postOf('late').id, userId: FANS[0]!, emoji: '✅' });
    await until(async () => (await h.service.store.rsvps.forUser('discord', FANS[0]!, new Date(0))).length >= 3, 'the RSVP');
    await new Promise((r) => setTimeout(r, 300));
    expect(threadOf('late')).toBeUndefined();
    discord.state.botPermissions = THREAD_PERMS;
    discord.sendReactionAdd({ messageId: postOf('late').id, userId: FANS[1]!, emoji: '✅' });
    await until(() => (threadOf('late')?.messages.length ?? 0) === 1, 'the late thread');
  });
});
