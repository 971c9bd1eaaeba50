import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeMessage } from '../fakes/discord/index.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent, VENUES, type IcsEvent } from '../helpers/feed-server.js';

/**
 * The Discord user journey end to end: the real service (startService) with
 * the unmodified discord.js client talking to the fake Discord. Steps run in
 * order and build on each other like a channel's first week: an admin sets
 * the region and a feed, the bot posts, members react, a digest goes out, the
 * feed changes and cancels an event.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = { id: '700000000000000001', admin: true };
const MEMBER = { id: '700000000000000002' };
const OTHER = { id: '700000000000000003' };
const HOSTILE = 'Brum.js @everyone &lt;@&700000000000000009&gt; **FREE** [pizza](https://evil.example)';

const weekday = (d: Date) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'long' }).format(d).toLowerCase();
const hhmm = (d: Date) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
const unix = (d: Date) => Math.floor(d.getTime() / 1000);
const embed = (m: FakeMessage) => m.embeds[0] as { title?: string; url?: string; description?: string; footer?: { text: string } };

describe('Discord end to end (real service, discord.js against the fake Discord)', () => {
  let h: ServiceHarness;
  let events: IcsEvent[];
  const advance = (ms: number) => void (h.clock.now = new Date(h.clock.now.getTime() + ms));
  /** The feed as served, with an iCalendar ORGANIZER on the Python event. */
  const setFeed = () =>
    h.feeds.set(
      '/brum.ics',
      icsCalendar('Brum Tech', events).replace(
        'UID:python\r\n',
        'UID:python\r\nORGANIZER;CN=Birmingham Python User Group:mailto:hi@brumpy.test\r\n',
      ),
    );
  const postOf = (uid: string) => h.discord.messages.find((m) => embed(m).url === `https://events.example.org/${uid}`);
  const rsvpsOf = async (userId: string) =>
    (await h.service.store.rsvps.forUser('discord', userId, new Date(0))).map((r) => `${r.event.title}:${r.status}`).sort();

  beforeAll(async () => {
    h = await startServiceHarness();
    // Whole hours two and three days ahead: after the clock and inside this week's digest.
    const base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'brumjs', summary: HOSTILE, start: new Date(base) }),
      pubEvent({ uid: 'python', summary: 'Birmingham Python', start: new Date(base + 3 * HOUR) }),
      pubEvent({ uid: 'socials', summary: 'Tech Socials', start: new Date(base + DAY) }),
      // Not for this channel: online only, and in person but 30 km away in Coventry.
      pubEvent({ uid: 'webinar', summary: 'Cloud Webinar', start: new Date(base + HOUR), ...VENUES.zoom, geo: undefined }),
      pubEvent({ uid: 'coventry', summary: 'Coventry Code Club', start: new Date(base + 2 * HOUR), ...VENUES.coventry }),
    ];
    setFeed();
  });
  afterAll(() => h?.close());

  it('registers /events in the guild with every subcommand', () => {
    const reg = h.discord.commands.at(-1)!;
    expect(reg.scope).toBe('guild');
    const events = reg.body.find((c) => c.name === 'events') as { options: { name: string; type: number; options?: { name: string }[] }[] };
    const names = events.options.map((o) => (o.type === 2 ? `${o.name}: ${o.options!.map((s) => s.name).join(' ')}` : o.name));
    expect(names).toEqual(expect.arrayContaining(['nearby', 'region', 'digest', 'mode', 'help', 'feed: add list remove place']));
  });

  it('refuses a member who tries to set the region, only to them', async () => {
    const answer = await h.command(['region'], { place: 'Birmingham' }, MEMBER);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('Only admins');
    expect(
      await h.service.store.channels.find({ platform: 'discord', workspaceId: h.discord.guildId, channelId: h.discord.channelId }),
    ).toBeNull();
  });

  it('offers place names while typing', async () => {
    const rec = h.discord.sendAutocomplete(['region'], { place: 'Birmingham' }, 'place', { member: ADMIN });
    const choices = await h.discord.waitFor(() => rec.choices);
    expect(choices.map((c) => c.name)).toContain('Birmingham, England, GB');
  });

  it('lets a member with Manage Server set the region', async () => {
    const answer = await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('Birmingham, England, GB — 25 km, Europe/London');
  });

  it('adds a feed and says what it found', async () => {
    const answer = await h.command(['feed', 'add'], { url: h.feeds.url('/brum.ics') }, ADMIN);
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('Following **Brum Tech');
    expect(answer.content).toMatch(/Found 5 events \(5 upcoming\), 3 in person within 25 km of Birmingham/);
  });

  it('posts each new in-person event in the region once: an embed with links, reader-local times, venue map, organiser, source and the ✅ 🤔 reactions', async () => {
    advance(11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    await h.service.deliverNow();
    expect(h.discord.messages.map((m) => embed(m).url).sort()).toEqual(
      events
        .slice(0, 3)
        .map((e) => e.url)
        .sort(),
    );
    for (const e of events.slice(0, 3)) {
      const message = postOf(e.uid)!;
      const lines = embed(message).description!.split('\n');
      // An end on another local day is written in full (the test's events start at the current time of day).
      const day = (t: number) => new Date(t * 1000).toLocaleDateString('en-GB', { timeZone: 'Europe/London' });
      const endStyle = day(unix(e.start)) === day(unix(e.start) + 7200) ? 't' : 'F';
      expect(lines[0]).toBe(`🗓️ <t:${unix(e.start)}:F> – <t:${unix(e.start) + 7200}:${endStyle}> · <t:${unix(e.start)}:R>`);
      expect(lines[1]).toMatch(
        /^📍 \[The Victoria, 48 John Bright St, Birmingham B1 1BN\]\(https:\/\/www\.openstreetmap\.org\/\?mlat=52\.4776&mlon=-1\.9008[^)]*\)$/,
      );
      expect(embed(message).footer?.text).toBe('React ✅ going · 🤔 maybe · via events.example.org');
      expect([...message.reactions.keys()]).toEqual(['✅', '🤔']);
    }
    expect(embed(postOf('python')!).description).toContain('\n👤 Birmingham Python User Group\n');
  });

  it('renders hostile feed text inert: no mass mention, role mention, markup or masked link', () => {
    const title = embed(postOf('brumjs')!).title!;
    expect(title).toBe('Brum.js @\u200Beveryone <\u200B@&700000000000000009> \\*\\*FREE\\*\\* \\[pizza\\](https://evil.example)');
  });

  it('answers /events nearby with linked titles, local times, venue and distance', async () => {
    const answer = await h.command(['nearby'], {}, MEMBER);
    const python = answer.content.split('\n').find((l) => l.includes('Birmingham Python'))!;
    expect(python).toContain('[Birmingham Python](https://events.example.org/python)');
    expect(python).toContain(`<t:${unix(events[1]!.start)}:F>`);
    expect(python).toContain('The Victoria');
    expect(python).toMatch(/\d+(\.\d)? km/);
  });

  it('turns reactions into RSVPs, ignores its own, and edits the counts on the post', async () => {
    const message = postOf('python')!;
    h.discord.sendReactionAdd({ messageId: message.id, userId: MEMBER.id, emoji: '✅' });
    h.discord.sendReactionAdd({ messageId: message.id, userId: OTHER.id, emoji: '✅' });
    h.discord.sendReactionAdd({ messageId: message.id, userId: ADMIN.id, emoji: '🤔' });
    await poll(async () => (await rsvpsOf(ADMIN.id)).length === 1 && (await rsvpsOf(OTHER.id)).length === 1, 'three RSVPs');
    h.discord.sendReactionRemove({ messageId: message.id, userId: OTHER.id, emoji: '✅' });
    await poll(async () => (await rsvpsOf(OTHER.id)).length === 0, 'the removal');
    expect(await rsvpsOf(MEMBER.id)).toEqual(['Birmingham Python:going']);
    expect(await rsvpsOf(h.discord.botUserId)).toEqual([]);
    // The removal marks the post for a counts edit just after the RSVP is stored; flush until the edit shows it.
    await poll(
      async () => (await h.service.flushEdits(), embed(postOf('python')!).description!.endsWith('✅ 1 going · 🤔 1 maybe')),
      'the counts edit',
    );
    expect(postOf('python')!.edits).toBeGreaterThan(0);
  });

  it('sends the weekly digest at the chosen time; a keycap reaction means going', async () => {
    const set = await h.command(['digest'], { day: weekday(h.clock.now), time: hhmm(h.clock.now) }, ADMIN);
    expect(set.ephemeral).toBe(false);
    await h.service.digestsNow();
    const digest = h.discord.messages.find((m) => /this week/.test(embed(m).title ?? ''))!;
    expect(digest).toBeDefined();
    expect(embed(digest).description).toMatch(/1️⃣ \[Brum\.js @\u200Beveryone/);
    expect([...digest.reactions.keys()]).toEqual(['1️⃣', '2️⃣', '3️⃣']);
    h.discord.sendReactionAdd({ messageId: digest.id, userId: OTHER.id, emoji: '3️⃣' });
    await poll(async () => (await rsvpsOf(OTHER.id)).includes('Tech Socials:going'), "OTHER's RSVP from the digest");
    await h.service.digestsNow();
    expect(h.discord.messages.filter((m) => /this week/.test(embed(m).title ?? ''))).toHaveLength(1);
  });

  it('edits the post when the feed moves an event', async () => {
    const moved = new Date(events[1]!.start.getTime() + HOUR);
    events[1] = { ...events[1]!, start: moved, sequence: 1 };
    setFeed();
    advance(11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    const description = embed(postOf('python')!).description!;
    expect(description).toMatch(/^🔄 \*\*Updated: new time/);
    expect(description).toContain(`<t:${unix(moved)}:F>`);
  });

  it('edits the post when the feed moves an event to another venue', async () => {
    events[0] = { ...events[0]!, ...VENUES.openRooms, sequence: 1 };
    setFeed();
    advance(11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    const lines = embed(postOf('brumjs')!).description!.split('\n');
    expect(lines[0]).toBe('🔄 **Updated: new venue**');
    expect(lines[2]).toMatch(/^📍 \[Birmingham Open Rooms, 21 Kingston Row, Birmingham B1 2NU\]\(https:\/\/www\.openstreetmap\.org\//);
  });

  it('marks the post cancelled when the feed cancels the event', async () => {
    events[2] = { ...events[2]!, status: 'CANCELLED', sequence: 1 };
    setFeed();
    advance(11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();
    const e = embed(postOf('socials')!);
    expect(e.title).toBe('❌ Cancelled: Tech Socials');
    expect(e.description!.split('\n')[0]).toBe('❌ **Cancelled**');
  });

  it('sent every message, edit and reply with allowed_mentions parse []', () => {
    const kinds = new Set(h.discord.payloads.map((p) => p.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['message', 'edit', 'interaction-callback']));
    for (const p of h.discord.payloads) {
      const body = p.kind === 'interaction-callback' ? (p.body.data as Record<string, unknown> | undefined) : p.body;
      if (p.kind === 'interaction-callback' && (p.body.type === 5 || p.body.type === 8)) continue; // deferral / autocomplete: no message text
      expect(body?.allowed_mentions, `${p.kind} ${p.path}`).toEqual({ parse: [] });
    }
  });
});

/** Reactions are handled after the gateway delivered them, so their effect is awaited by re-checking. */
async function poll(check: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
