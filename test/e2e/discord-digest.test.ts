import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage } from '../fakes/discord/index.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { createTestDatabase, providers, type TestDatabase } from '../helpers/db.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * The weekly digest on Discord across restarts, on each database: the
 * service is stopped before the digest time and started again after it on
 * the same database (and the same Discord), twice. The digest goes out once,
 * grouped by day, ten keycaps per message; an empty week gets a short note;
 * reactions on messages sent before a restart still count.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ZONE = 'Europe/London';
const ADMIN = { id: '730000000000000001', admin: true };
const MEMBER = { id: '730000000000000002' };
const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣', '6️⃣', '7️⃣', '8️⃣', '9️⃣', '🔟'];

const fmt = (d: Date, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, ...o }).format(d);
const weekday = (d: Date) => fmt(d, { weekday: 'long' }).toLowerCase();
const hhmm = (d: Date) => fmt(d, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const dayLabel = (d: Date) => fmt(d, { weekday: 'long', day: 'numeric', month: 'long' });
const embed = (m: FakeMessage) => m.embeds[0] as { title?: string; description?: string; url?: string; footer?: { text: string } };
const isDigest = (m: FakeMessage) => / this week \(/.test(embed(m).title ?? '');

for (const p of providers()) {
  (p.enabled ? describe : describe.skip)(`Discord weekly digest across restarts (${p.title})`, () => {
    let discord: FakeDiscord;
    let database: TestDatabase;
    let h: ServiceHarness | null = null;
    // The digest time: a whole minute about an hour from now, in the channel's zone.
    const digestAt = new Date(Math.ceil((Date.now() + HOUR) / MINUTE) * MINUTE);
    const starts = Array.from({ length: 12 }, (_, i) => new Date(digestAt.getTime() + DAY + i * 8 * HOUR));
    const events = starts.map((start, i) => pubEvent({ uid: `night-${i + 1}`, summary: `Meetup number ${i + 1}`, start }));
    const [main, empty] = [0, 1];

    const start = async (at: Date) => {
      h = await startServiceHarness({ now: at, discord, env: { DATABASE_URL: database.url } });
      h.feeds.set('/week.ics', icsCalendar('Busy Week', events));
      return h;
    };
    const restart = async (at: Date) => {
      await h?.close();
      return start(at);
    };
    const digests = (channel: number) => discord.state.channelMessages(discord.channelIds[channel]).filter(isDigest);
    const rsvpsOf = async (userId: string) =>
      (await h!.service.store.rsvps.forUser('discord', userId, new Date(0))).map((r) => `${r.event.title}:${r.status}`);

    beforeAll(async () => {
      discord = await createFakeDiscord({ channels: 2 });
      database = await createTestDatabase(p.provider);
      const first = await start(new Date(digestAt.getTime() - 30 * MINUTE));
      for (const channel of [main, empty]) {
        const channelId = discord.channelIds[channel];
        await first.command(['region'], { place: 'Birmingham' }, ADMIN, channelId);
        await first.command(['digest'], { day: weekday(digestAt), time: hhmm(digestAt) }, ADMIN, channelId);
      }
      await first.command(['feed', 'add'], { url: first.feeds.url('/week.ics') }, ADMIN, discord.channelIds[main]);
      first.clock.now = new Date(digestAt.getTime() - 19 * MINUTE);
      await first.service.pollOnce();
      await first.service.deliverNow();
    });
    afterAll(async () => {
      await h?.close();
      await discord?.close();
      await database?.drop();
    });

    it('sends nothing before the digest time', async () => {
      expect(discord.messages.filter((m) => !isDigest(m)).length).toBeGreaterThan(0); // the event posts
      await h!.service.digestsNow();
      expect(digests(main)).toEqual([]);
      expect(digests(empty)).toEqual([]);
    });

    it('after a restart past the digest time: two messages of at most ten, grouped by day, keycaps added', async () => {
      await restart(new Date(digestAt.getTime() + MINUTE));
      await h!.service.digestsNow();
      const parts = digests(main);
      expect(parts.map((m) => embed(m).title)).toEqual([expect.stringMatching(/\(1\/2\)$/), expect.stringMatching(/\(2\/2\)$/)]);
      expect(parts.map((m) => [...m.reactions.keys()])).toEqual([KEYCAPS, KEYCAPS.slice(0, 2)]);
      const lines = parts.flatMap((m) => embed(m).description!.split('\n'));
      const headings = lines.filter((l) => /^\*\*.+\*\*$/.test(l));
      starts.forEach((s, i) => {
        const at = lines.findIndex((l) => l.includes(`[Meetup number ${i + 1}]`));
        const heading = lines
          .slice(0, at)
          .reverse()
          .find((l) => headings.includes(l));
        expect(heading, `day heading above Meetup number ${i + 1}`).toBe(`**${dayLabel(s)}**`);
        expect(lines[at]).toMatch(new RegExp(`^${KEYCAPS[i % 10]} \\[Meetup number ${i + 1}\\]`));
      });
      expect(embed(parts[0]!).footer?.text).toBe("React 1️⃣–🔟 to say you're going");
    });

    it('an empty week gets a short note and no reactions', () => {
      const [note] = digests(empty);
      expect(digests(empty)).toHaveLength(1);
      expect(embed(note!).description).toBe(
        'No in-person events in the region this week. Admins can follow more feeds with /events feed add <url>.',
      );
      expect(note!.reactions.size).toBe(0);
    });

    it('reactions on messages sent before the restart still count', async () => {
      const post = discord.messages.find((m) => embed(m).url === 'https://events.example.org/night-1')!;
      const part2 = digests(main)[1]!;
      discord.sendReactionAdd({ messageId: post.id, userId: MEMBER.id, emoji: '🤔' });
      discord.sendReactionAdd({ messageId: part2.id, userId: MEMBER.id, emoji: '2️⃣' });
      await until(async () => (await rsvpsOf(MEMBER.id)).length === 2, 'two RSVPs');
      expect(await rsvpsOf(MEMBER.id)).toEqual(['Meetup number 1:maybe', 'Meetup number 12:going']); // soonest first
      discord.sendReactionRemove({ messageId: part2.id, userId: MEMBER.id, emoji: '2️⃣' });
      await until(async () => (await rsvpsOf(MEMBER.id)).length === 1, 'the removal');
      expect(await rsvpsOf(MEMBER.id)).toEqual(['Meetup number 1:maybe']);
    });

    it('is sent once: neither the next check nor another restart sends it again', async () => {
      await h!.service.digestsNow();
      await restart(new Date(digestAt.getTime() + 5 * MINUTE));
      await h!.service.digestsNow();
      expect(digests(main)).toHaveLength(2);
      expect(digests(empty)).toHaveLength(1);
    });
  });
}

async function until(check: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
