import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../core/chat.js';
import { startAdapter } from '../../../test/fakes/discord/harness.js';
import { DEFER_AFTER_MS, NETWORK_DEFER_AFTER_MS } from './interactions.js';

/**
 * The adapter against the fake Discord with the unmodified discord.js
 * client: registration, slash commands, deferral, autocomplete and paging
 * buttons. The core is a recording test double (test/fakes/discord/recording-core.ts).
 */
const SLOW_MS = 150;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const reply = (text: string, ephemeral = false, extra: Partial<Reply> = {}): Reply => ({ ephemeral, lines: [[text]], ...extra });

let h: Awaited<ReturnType<typeof startAdapter>>;

beforeAll(async () => {
  h = await startAdapter({
    fake: { roles: ['Organisers'] },
    deferAfterMs: 50,
    handlers: {
      nearby: (_ctx, raw) =>
        reply(`nearby ${JSON.stringify(raw)} @everyone <@123>`, false, { paging: { page: 1, pages: 2, prev: null, next: 'pg:next-1' } }),
      region: (ctx) => (ctx.isAdmin ? reply('📍 set') : reply('🔒 Only admins can change this channel’s settings', true)),
      mode: async () => (await sleep(SLOW_MS), reply('⚙️ slow public answer')),
      'feed list': async () => (await sleep(SLOW_MS), reply('only you can see this', true)),
      'feed add': (_ctx, raw) => reply(`✅ Following ${String(raw.url)}`),
      'page pg:next-1': () => reply('page two', false, { paging: { page: 2, pages: 2, prev: 'pg:prev-2', next: null } }),
    },
  });
});
afterAll(async () => h?.stop());

describe('start-up', () => {
  it('connects with the Guilds and GuildMessageReactions intents', () => {
    expect(h.started).toEqual({ ok: true });
    const intents = h.fake.gateway.identifiedIntents()!;
    expect(intents & (1 << 0)).toBeTruthy();
    expect(intents & (1 << 10)).toBeTruthy();
  });

  it('registers one /events command in the configured guild with subcommands, a group and typed options', () => {
    const reg = h.fake.commands.at(-1)!;
    expect(reg.scope).toBe('guild');
    expect(reg.guildId).toBe(h.fake.guildId);
    expect(reg.body).toHaveLength(1);
    const events = reg.body[0] as {
      name: string;
      options: { name: string; type: number; options?: Record<string, unknown>[] }[];
      default_member_permissions?: unknown;
    };
    expect(events.name).toBe('events');
    expect(events.default_member_permissions).toBeUndefined();
    expect(events.options.map((o) => [o.name, o.type])).toEqual([
      ['nearby', 1],
      ['region', 1],
      ['mode', 1],
      ['feed', 2],
    ]);
    const nearby = events.options[0]!.options!;
    expect(nearby.map((o) => [o.name, o.type, o.min_value, o.max_value])).toEqual([
      ['radius', 10, 1, 200],
      ['days', 4, 1, 60],
      ['query', 3, undefined, undefined],
    ]);
    // Required options first (Discord rejects a required option after an optional one).
    const region = events.options[1]!.options!;
    expect(region.map((o) => [o.name, o.required, o.autocomplete])).toEqual([
      ['place', true, true],
      ['radius', false, undefined],
    ]);
    expect(events.options[2]!.options![0]!.choices).toEqual([
      { name: 'Post new events', value: 'new' },
      { name: 'Digest only', value: 'digest' },
    ]);
    const feed = events.options[3]!.options!;
    expect(feed.map((o) => [o.name, o.type])).toEqual([
      ['add', 1],
      ['list', 1],
    ]);
  });
});

describe('slash commands', () => {
  it('runs the subcommand with typed option values and the member context', async () => {
    const rec = h.fake.sendCommand(['nearby'], { radius: 12.5, days: 14, query: 'pizza' }, { member: { id: '111111111111111111' } });
    const answer = await h.fake.waitForAnswer(rec);
    const call = h.runs.at(-1)!;
    expect(call.path).toEqual(['nearby']);
    expect(call.raw).toEqual({ radius: 12.5, days: 14, query: 'pizza' });
    expect(call.ctx).toMatchObject({
      platform: 'discord',
      workspaceId: h.fake.guildId,
      channelId: h.fake.channelId,
      userId: '111111111111111111',
      isAdmin: false,
    });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('nearby {"radius":12.5,"days":14,"query":"pizza"}');
  });

  it('feed text in a reply cannot mention anyone: neutralised text and allowed_mentions parse []', async () => {
    const rec = h.fake.sendCommand(['nearby']);
    const answer = await h.fake.waitForAnswer(rec);
    expect(answer.content).toContain('@\u200Beveryone <\u200B@123>');
    const sent = h.fake.payloads.filter((p) => p.path.includes(rec.id));
    expect(sent.length).toBeGreaterThan(0);
    for (const p of sent) expect((p.body.data as Record<string, unknown>).allowed_mentions).toEqual({ parse: [] });
  });

  it('a group subcommand arrives as a two-part path', async () => {
    const rec = h.fake.sendCommand(['feed', 'add'], { url: 'https://example.com/cal.ics' }, { member: { admin: true } });
    const answer = await h.fake.waitForAnswer(rec);
    expect(h.runs.at(-1)!.path).toEqual(['feed', 'add']);
    expect(answer.content).toBe('✅ Following https://example.com/cal.ics');
    // Answered at once, so there was nothing to defer.
    expect(rec.callbacks.map((c) => c.type)).toEqual([4]);
  });

  it.each([
    ['Manage Server', { admin: true }, true],
    ['no admin permission', { admin: false }, false],
  ])('a member with %s: isAdmin=%s; role ids are passed for the channel admin role', async (_n, spec, isAdmin) => {
    const organisers = h.fake.roleIds.Organisers!;
    const rec = h.fake.sendCommand(['region'], { place: 'Birmingham' }, { member: { ...spec, roles: [organisers] } });
    const answer = await h.fake.waitForAnswer(rec);
    const ctx = h.runs.at(-1)!.ctx;
    expect(ctx.isAdmin).toBe(isAdmin);
    expect(ctx.roleIds).toEqual([organisers]);
    expect(answer.ephemeral).toBe(!isAdmin);
  });

  it('a slow public answer is deferred, then the deferred reply is edited', async () => {
    const rec = h.fake.sendCommand(['mode'], { mode: 'new' }, { member: { admin: true } });
    const answer = await h.fake.waitForAnswer(rec);
    expect(rec.callbacks.map((c) => c.type)).toEqual([5]);
    expect(answer.content).toBe('⚙️ slow public answer');
    expect(answer.ephemeral).toBe(false);
  });

  it('a slow ephemeral answer is sent as an ephemeral follow-up and the public placeholder removed', async () => {
    const rec = h.fake.sendCommand(['feed', 'list']);
    await h.fake.waitFor(() => rec.original?.deleted, 5000, 'placeholder deleted');
    const answer = h.fake.answer(rec)!;
    expect(answer.content).toBe('only you can see this');
    expect(answer.ephemeral).toBe(true);
  });
});

describe('deferral at the default timing', () => {
  const PAUSE_MS = NETWORK_DEFER_AFTER_MS + 300; // between the network deferral and the general one
  let d: Awaited<ReturnType<typeof startAdapter>>;
  beforeAll(async () => {
    d = await startAdapter({
      handlers: {
        'feed add': async (_ctx, raw) => (await sleep(PAUSE_MS), reply(`✅ Following ${String(raw.url)}`)),
        'feed list': async () => (await sleep(PAUSE_MS), reply('nothing deferred', true)),
      },
    });
  });
  afterAll(async () => d?.stop());

  it('feed add (it fetches) is deferred sooner than other commands', async () => {
    expect(NETWORK_DEFER_AFTER_MS).toBeLessThan(DEFER_AFTER_MS);
    const add = d.fake.sendCommand(['feed', 'add'], { url: 'https://example.com/slow.ics' }, { member: { admin: true } });
    const list = d.fake.sendCommand(['feed', 'list']);
    const [added, listed] = await Promise.all([d.fake.waitForAnswer(add), d.fake.waitForAnswer(list)]);
    expect(add.callbacks.map((c) => c.type)).toEqual([5]);
    expect(added.content).toBe('✅ Following https://example.com/slow.ics');
    expect(list.callbacks.map((c) => c.type)).toEqual([4]);
    expect(listed).toMatchObject({ content: 'nothing deferred', ephemeral: true });
  });

  it('a mistake in feed add is answered at once, privately, with no public placeholder', async () => {
    d.handlers['feed add'] = () => reply('❌ That is not a web address.', true);
    const rec = d.fake.sendCommand(['feed', 'add'], { url: 'not a url' }, { member: { admin: true } });
    const answer = await d.fake.waitForAnswer(rec);
    expect(rec.callbacks.map((c) => [c.type, c.data?.flags])).toEqual([[4, 64]]);
    expect(answer).toMatchObject({ content: '❌ That is not a web address.', ephemeral: true });
  });
});

describe('autocomplete and buttons', () => {
  it('place autocomplete answers with gazetteer names', async () => {
    const rec = h.fake.sendAutocomplete(['region'], { place: 'birm' }, 'place');
    const choices = await h.fake.waitFor(() => rec.choices);
    expect(h.autocompletes.at(-1)).toBe('birm');
    expect(choices).toEqual([
      { name: 'Birmingham, England, GB', value: 'Birmingham, England, GB' },
      { name: 'Birmingham, Alabama, US', value: 'Birmingham, Alabama, US' },
    ]);
  });

  it('paging: the reply has a Next button whose custom_id is the core token; pressing it shows the next page in place', async () => {
    const rec = h.fake.sendCommand(['nearby']);
    const first = await h.fake.waitForAnswer(rec);
    const row = first.components[0] as { components: { custom_id: string; label: string }[] };
    expect(row.components.map((b) => [b.label, b.custom_id])).toEqual([['Next ▶', 'pg:next-1']]);
    const press = h.fake.sendButton(first.message.id, 'pg:next-1', { member: { id: '333333333333333333' } });
    await h.fake.waitFor(() => press.callbacks.length);
    expect(h.pages.at(-1)).toMatchObject({ token: 'pg:next-1', ctx: { userId: '333333333333333333' } });
    expect(press.callbacks[0]!.type).toBe(7);
    expect(first.message.content).toContain('page two');
    const buttons = (first.message.components[0] as { components: { custom_id: string }[] }).components;
    expect(buttons.map((b) => b.custom_id)).toEqual(['pg:prev-2']);
  });

  it('an expired button answers only the presser and leaves the public message alone', async () => {
    const rec = h.fake.sendCommand(['nearby']);
    const first = await h.fake.waitForAnswer(rec);
    const before = first.message.content;
    const press = h.fake.sendButton(first.message.id, 'pg:unknown');
    const answer = await h.fake.waitForAnswer(press);
    expect(answer.content).toBe('That button has expired. Run the command again.');
    expect(answer.ephemeral).toBe(true);
    expect(first.message.content).toBe(before);
  });
});

describe('a bug in the core', () => {
  it('is logged and the person gets an ephemeral apology instead of "interaction failed"', async () => {
    h.handlers['feed list'] = () => {
      throw new Error('boom');
    };
    const rec = h.fake.sendCommand(['feed', 'list']);
    const answer = await h.fake.waitForAnswer(rec);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('Something went wrong');
    expect(h.logs.some((l) => l.level === 'error' && l.msg === 'discord interaction failed')).toBe(true);
  });
});
