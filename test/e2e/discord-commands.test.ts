import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFakeDiscord } from '../fakes/discord/index.js';
import type { FakeDiscord, FakeMessage, InteractionRecord, MemberSpec } from '../fakes/discord/index.js';
import { commands } from '../../commands/index.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../helpers/feed-server.js';

/**
 * Every /events subcommand as a Discord member reaches it (real service,
 * unmodified discord.js against the fake Discord): the registered options,
 * admin checks at run time, each bad argument answered privately with how to
 * fix it, and the member commands home / rsvp / mine / help.
 */
const HOUR = 3_600_000;
const ADMIN = { id: '740000000000000001', admin: true };
const MEMBER = { id: '740000000000000002' };
const ORGANISER = { id: '740000000000000003' };
const embed = (m: FakeMessage) => m.embeds[0] as { url?: string; description?: string };

type Registered = { name: string; type: number; required?: boolean; autocomplete?: boolean; choices?: { value: unknown }[] };
type Sub = { name: string; type: number; options?: (Sub & Registered)[] };

describe('Discord /events subcommands (real service)', () => {
  let h: ServiceHarness;
  let discord: FakeDiscord;
  let events: IcsEvent[];
  const channelKey = () => ({ platform: 'discord', workspaceId: h.discord.guildId, channelId: h.discord.channelId });

  /** Runs a command and resolves with the interaction record and what the person sees. */
  async function run(path: string[], options: Record<string, string | number>, member: MemberSpec) {
    const rec = h.discord.sendCommand(path, options, { member });
    const answer = await h.discord.waitForAnswer(rec, 15_000);
    return { rec, answer };
  }
  /** Nothing public is left behind: no visible reply, and a deferral placeholder (if any) was deleted. */
  const leftNothingPublic = (rec: InteractionRecord) => !rec.original || rec.original.deleted || (rec.original.flags & 64) !== 0;

  beforeAll(async () => {
    discord = await createFakeDiscord({ roles: ['Organisers'] });
    h = await startServiceHarness({ discord });
    const base = Math.ceil((h.clock.now.getTime() + 24 * HOUR) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'talks', summary: 'Brum Talks', start: new Date(base) }),
      pubEvent({ uid: 'hack', summary: 'Hack Night', start: new Date(base + 24 * HOUR) }),
    ];
    h.feeds.set('/brum.ics', icsCalendar('Brum Tech', events));
    h.feeds.set('/about.html', '<!doctype html><html><head><title>About us</title></head><body><p>Hello</p></body></html>', 'text/html');
  });
  afterAll(async () => {
    await h?.close();
    await discord?.close();
  });

  it('registers every subcommand with its options (types, required, choices, place autocomplete)', () => {
    const body = h.discord.commands.at(-1)!.body.find((c) => c.name === 'events') as { options: Sub[] };
    const shape = (s: Sub) =>
      (s.options ?? []).map(
        (o) =>
          `${o.name}:${o.type}${o.required ? '!' : ''}${o.autocomplete ? '~place' : ''}${o.choices ? `[${o.choices.map((c) => String(c.value)).join('|')}]` : ''}`,
      );
    const registered: Record<string, string[]> = {};
    for (const o of body.options) {
      if (o.type === 1) registered[o.name] = shape(o);
      else for (const s of o.options ?? []) registered[`${o.name} ${s.name}`] = shape(s);
    }
    const expected: Record<string, string[]> = {
      nearby: ['radius:10', 'days:4', 'query:3'],
      home: ['place:3!~place'],
      rsvp: ['event:4!', 'status:3![going|maybe|no]'],
      mine: [],
      region: ['place:3!~place', 'radius:10'],
      'feed add': ['url:3!'],
      'feed list': [],
      'feed remove': ['id:4!'],
      'feed place': ['id:4!', 'place:3!'],
      digest: ['day:3![monday|tuesday|wednesday|thursday|friday|saturday|sunday|off]', 'time:3'],
      mode: ['mode:3![new|digest]'],
      adminrole: ['role:8'],
      help: [],
    };
    // Every subcommand of the issue with (at least) these options; a later option added to one is fine.
    expect(Object.keys(registered)).toEqual(expect.arrayContaining(Object.keys(expected)));
    for (const [path, options] of Object.entries(expected)) expect(registered[path], path).toEqual(expect.arrayContaining(options));
  });

  it.each([
    ['region', { place: 'Birmingham' }],
    ['feed add', { url: 'https://example.org/calendar.ics' }],
    ['feed list', {}],
    ['feed remove', { id: 1 }],
    ['feed place', { id: 1, place: 'De Hallen, Amsterdam' }],
    ['digest', { day: 'friday', time: '18:00' }],
    ['mode', { mode: 'digest' }],
    ['adminrole', { role: '740000000000000097' }],
  ])('refuses /events %s to a member without Manage Server, only to them', async (path, options) => {
    const { rec, answer } = await run(path.split(' '), options, MEMBER);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/^🔒 Only admins can change this channel’s settings \(Manage Server on Discord/);
    await h.discord.waitFor(() => leftNothingPublic(rec), 5000, 'no public reply left');
    expect(await h.service.store.channels.find(channelKey())).toBeNull();
  });

  it('offers gazetteer places while typing for both region and home', async () => {
    for (const path of [['region'], ['home']]) {
      const rec = h.discord.sendAutocomplete(path, { place: 'Coventr' }, 'place', { member: MEMBER });
      const choices = await h.discord.waitFor(() => rec.choices);
      expect(choices.map((c) => c.name)).toContain('Coventry, England, GB');
    }
  });

  it('region: says what it resolved and that the name was ambiguous', async () => {
    const { answer } = await run(['region'], { place: 'Birmingham' }, ADMIN);
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('**Birmingham, England, GB — 25 km, Europe/London**');
    expect(answer.content).toMatch(/“Birmingham” also matches .*Birmingham, Alabama, US/);
  });

  it.each([
    ['nearby', { radius: 500 }, MEMBER, /^❌ Radius must be between 1 and 200 km, like 25km\nUsage: \*\*\/events nearby/],
    ['region', { place: 'Birmingham', radius: 0 }, ADMIN, /^❌ Radius must be between 1 and 200 km/],
    ['region', { place: 'Qqxzvw Nowhereville' }, ADMIN, /^❌ I couldn't find 'Qqxzvw Nowhereville'\. \S/],
    ['home', { place: 'Qqxzvw Nowhereville' }, MEMBER, /^❌ I couldn't find 'Qqxzvw Nowhereville'\. \S/],
    ['feed add', { url: 'not a url' }, ADMIN, /^❌ That is not a web address\. Paste the full link, starting with https:\/\//],
    ['feed add', { url: '<feeds>/about.html' }, ADMIN, /^❌ I couldn't use that feed: \S/],
    ['digest', { day: 'monday', time: '25:00' }, ADMIN, /^❌ Time must be a 24-hour time like 09:00 or 18:30\nUsage:/],
    ['rsvp', { event: 999999, status: 'going' }, MEMBER, /^❌ There is no event #999999\. Find numbers with \*\*\/events nearby\*\*/],
    ['feed remove', { id: 4242 }, ADMIN, /^❌ This channel doesn't follow feed #4242\. See \*\*\/events feed list\*\*/],
  ])('bad arguments to /events %s %j: a private error saying how to fix it', async (path, options, member, message) => {
    const typed = Object.fromEntries(
      Object.entries(options).map(([k, v]) => [k, typeof v === 'string' ? v.replace('<feeds>', h.feeds.url('')) : v]),
    );
    const { rec, answer } = await run(path.split(' '), typed, member);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(message);
    await h.discord.waitFor(() => leftNothingPublic(rec), 5000, 'no public reply left');
  });

  it('feed add, then feed list shows each source’s health', async () => {
    const added = await run(['feed', 'add'], { url: h.feeds.url('/brum.ics') }, ADMIN);
    expect(added.answer.content).toMatch(/Found 2 events \(2 upcoming\), 2 in person within 25 km of Birmingham/);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    const healthy = await run(['feed', 'list'], {}, ADMIN);
    expect(healthy.answer.ephemeral).toBe(true);
    expect(healthy.answer.content).toMatch(/^\*\*#1\*\* Brum Tech — http:\/\/127\.0\.0\.1:\d+\/brum\.ics · ✅ last checked <t:\d+:R>/m);
    // The home area the poll worked out is stored with the source and shown (issue #8).
    expect(healthy.answer.content).toMatch(
      /^\*\*#1\*\* Brum Tech .* · 📍 home area Birmingham, England, GB \(from where its events are\)$/m,
    );

    h.feeds.fail('/brum.ics', 500);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    const failing = await run(['feed', 'list'], {}, ADMIN);
    expect(failing.answer.content).toMatch(/^\*\*#1\*\* .* · ⚠️ 1 failure in a row, last: .*500.* · last worked <t:\d+:R>/m);
    h.feeds.set('/brum.ics', icsCalendar('Brum Tech', events));
  });

  it('mode digest stops new posts; mode new posts them', async () => {
    expect((await run(['mode'], { mode: 'digest' }, ADMIN)).answer.content).toBe('⚙️ Only the weekly digest will be posted here.');
    await h.service.deliverNow();
    expect(h.discord.messages).toEqual([]);
    expect((await run(['mode'], { mode: 'new' }, ADMIN)).answer.ephemeral).toBe(false);
    await h.service.deliverNow();
    expect(h.discord.messages.map((m) => embed(m).url)).toEqual(['https://events.example.org/talks', 'https://events.example.org/hack']);
  });

  it('an admin picks a role with /events adminrole; its members may then run admin subcommands, other members still may not', async () => {
    const organisers = discord.roleIds.Organisers!;
    const chosen = await run(['adminrole'], { role: organisers }, ADMIN);
    expect(chosen.answer.content).toMatch(/^🔑 Members with that role can now change this channel’s region, feeds and digest/);
    const channel = (await h.service.store.channels.find(channelKey()))!;
    expect(channel.adminRoleId).toBe(organisers);
    const allowed = await run(['digest'], { day: 'friday', time: '18:00' }, { ...ORGANISER, roles: [organisers] });
    expect(allowed.answer.content).toMatch(/^🗓️ Weekly digest: \*\*Fridays at 18:00\*\* \(Europe\/London\)/);
    const refused = await run(['digest'], { day: 'monday', time: '07:00' }, { ...MEMBER, roles: ['740000000000000098'] });
    expect(refused.answer.content).toMatch(/^🔒 Only admins/);
    expect((await h.service.store.channels.get(channel.id))!.digestTime).toBe('18:00');
  });

  it('digest off, and a day without a time keeps the time', async () => {
    expect((await run(['digest'], { day: 'off' }, ADMIN)).answer.content).toBe('🗓️ Weekly digest turned off for this channel.');
    expect((await h.service.store.channels.find(channelKey()))!.digestDay).toBeNull();
    expect((await run(['digest'], { day: 'monday' }, ADMIN)).answer.content).toContain('**Mondays at 18:00**');
  });

  it('home: nearby searches around the member’s own place; nothing found suggests a larger radius or more days', async () => {
    const home = await run(['home'], { place: 'Coventry' }, MEMBER);
    expect(home.answer.ephemeral).toBe(true);
    expect(home.answer.content).toContain('🏠 Your home is now **Coventry, England, GB**');
    const near = await run(['nearby'], { radius: 5, days: 3 }, MEMBER);
    expect(near.answer.ephemeral).toBe(true);
    expect(near.answer.content).toBe(
      'No in-person events within 5.0 km of Coventry, England, GB in the next 3 days.\nTry a larger radius or more days, e.g. **/events nearby 10km 6d**.',
    );
    const wider = await run(['nearby'], { radius: 60 }, MEMBER);
    expect(wider.answer.content).toMatch(/^\*\*Events within 60 km of Coventry, England, GB\*\* — next 7 days, 1–2 of 2\n/);
    // A town several places share is the one near the channel's region (the largest Worcester is in Massachusetts).
    expect((await run(['home'], { place: 'Worcester' }, MEMBER)).answer.content).toContain('**Worcester, England, GB**');
    await run(['home'], { place: 'clear' }, MEMBER);
    expect((await run(['nearby'], {}, MEMBER)).answer.content).toContain('within 25 km of Birmingham, England, GB');
  });

  it('rsvp by command counts like a reaction; mine lists it only to the member; help lists every command', async () => {
    const listed = (await run(['nearby'], {}, MEMBER)).answer.content;
    const id = Number(/\*\*#(\d+)\*\* \[Hack Night\]/.exec(listed)![1]);
    const said = await run(['rsvp'], { event: id, status: 'going' }, MEMBER);
    expect(said.answer.ephemeral).toBe(true);
    expect(said.answer.content).toMatch(/^✅ You’re going to \[Hack Night\]\(https:\/\/events\.example\.org\/hack\) — <t:\d+:F>$/);
    await h.service.flushEdits();
    const post = h.discord.messages.find((m) => embed(m).url === 'https://events.example.org/hack')!;
    expect(embed(post).description).toMatch(/✅ 1 going · 🤔 0 maybe$/);

    const again = (await run(['nearby'], {}, ORGANISER)).answer.content.split('\n');
    expect(again.find((l) => l.includes('[Hack Night]'))).toMatch(/ · ✅ 1 🤔 0$/);

    const mine = await run(['mine'], {}, MEMBER);
    expect(mine.answer.ephemeral).toBe(true);
    expect(mine.answer.content).toMatch(/^\*\*Your upcoming events \(1\)\*\*\n\*\*#\d+\*\* ✅ \[Hack Night\]/);
    expect((await run(['mine'], {}, ORGANISER)).answer.content).toMatch(/^You have no upcoming RSVPs/);

    // Every command is listed, none cut off: the list is longer than a message's
    // 2,000 characters, so it is shown whole as an embed.
    const help = await run(['help'], {}, MEMBER);
    expect(help.answer.ephemeral).toBe(true);
    const helpText = help.answer.content + String(help.answer.embeds[0]?.description ?? '');
    expect(helpText).toMatch(/React ✅ going or 🤔 maybe on an event post; on a digest, react with the event’s number\.$/);
    for (const c of commands.filter((d) => !d.platforms || d.platforms.includes('discord'))) {
      expect(helpText).toContain(`**/events ${c.path.join(' ')}`);
    }
  });

  it('feed remove stops following; feed list then says there is none', async () => {
    const removed = await run(['feed', 'remove'], { id: 1 }, ADMIN);
    expect(removed.answer.content).toBe('🗑️ Stopped following #1 — Brum Tech.');
    expect((await run(['feed', 'list'], {}, ADMIN)).answer.content).toBe(
      'This channel follows no feeds yet. Add one with **/events feed add <url>**.',
    );
  });

  it('feed add of a feed server that is slow to answer is deferred, then the placeholder shows what it found', async () => {
    const slow = createServer((_req, res) => {
      setTimeout(() => res.writeHead(200, { 'content-type': 'text/calendar' }).end(icsCalendar('Slow Tech', events)), 900);
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/slow.ics`;
      const { rec, answer } = await run(['feed', 'add'], { url }, ADMIN);
      expect(rec.callbacks.map((c) => c.type)).toEqual([5]);
      expect(answer.ephemeral).toBe(false);
      expect(answer.message).toBe(rec.original);
      expect(answer.content).toMatch(/^✅ Following \*\*Slow Tech \(#\d+\)\*\*/);
      // The fake's time stamps (read by bench/interaction.bench.ts): dispatched, then acknowledged, then answered.
      expect(rec.callbacks[0]!.at).toBeGreaterThan(rec.sentAt);
      expect(rec.answeredAt).toBeGreaterThan(rec.callbacks[0]!.at);
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('sent every reply, follow-up and edit with allowed_mentions parse []', () => {
    const kinds = new Set(h.discord.payloads.map((p) => p.kind));
    expect([...kinds]).toEqual(expect.arrayContaining(['message', 'edit', 'interaction-callback', 'original-edit']));
    for (const p of h.discord.payloads) {
      const body = p.kind === 'interaction-callback' ? (p.body.data as Record<string, unknown> | undefined) : p.body;
      if (p.kind === 'interaction-callback' && (p.body.type === 5 || p.body.type === 8)) continue; // deferral / autocomplete: no message
      expect(body?.allowed_mentions, `${p.kind} ${p.path}`).toEqual({ parse: [] });
    }
  });
});
