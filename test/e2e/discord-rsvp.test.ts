import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDIT_INTERVAL_MS } from '../../src/deliver/delivery.js';
import type { FakeMessage } from '../fakes/discord/index.js';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent, type IcsEvent } from '../helpers/feed-server.js';

/**
 * RSVP by reaction against the real service with a clock that runs in real
 * time, so the delivery's own timers decide when counts edits go out:
 * rapid reactions → counts edited at most once per message per 5 s, with the
 * last edit showing every RSVP; RSVPs on a cancelled event are kept but not
 * counted; reactions changed in quick succession end as the person left them.
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = { id: '720000000000000001', admin: true };
const MEMBER = { id: '720000000000000002' };
const FANS = Array.from({ length: 6 }, (_, i) => `72000000000000010${i}`);
const embed = (m: FakeMessage) => m.embeds[0] as { title?: string; url?: string; description?: string; footer?: { text: string } };

describe('Discord RSVP counts (real service, real timers)', () => {
  let h: ServiceHarness;
  let events: IcsEvent[];
  const postOf = (uid: string) => h.discord.messages.find((m) => embed(m).url === `https://events.example.org/${uid}`)!;
  const rsvpsOf = async (userId: string) =>
    (await h.service.store.rsvps.forUser('discord', userId, new Date(0))).map((r) => `${r.event.title}:${r.status}`);

  beforeAll(async () => {
    h = await startServiceHarness({ liveClock: true });
    const base = Math.ceil((h.clock.now.getTime() + 2 * DAY) / HOUR) * HOUR;
    events = [
      pubEvent({ uid: 'popular', summary: 'Popular Talk Night', start: new Date(base) }),
      pubEvent({ uid: 'doomed', summary: 'Doomed Hack Day', start: new Date(base + DAY) }),
    ];
    h.feeds.set('/rsvp.ics', icsCalendar('RSVP Tests', events));
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    await h.command(['feed', 'add'], { url: h.feeds.url('/rsvp.ics') }, ADMIN);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000); // past the new source's next check
    await h.service.pollOnce();
    await h.service.deliverNow();
  });
  afterAll(() => h?.close());

  it('rapid reactions: counts edited at most once per message per 5 s, the last edit shows them all', async () => {
    const message = postOf('popular');
    expect(message.edits).toBe(0);
    const [first, ...rest] = FANS;
    h.discord.sendReactionAdd({ messageId: message.id, userId: first!, emoji: '✅' });
    await until(() => message.edits >= 1, 'the first counts edit');
    expect(embed(message).description).toMatch(/✅ 1 going · 🤔 0 maybe$/);
    for (const userId of rest) h.discord.sendReactionAdd({ messageId: message.id, userId, emoji: '✅' });
    await until(
      () => embed(message).description?.endsWith(`✅ ${FANS.length} going · 🤔 0 maybe`) ?? false,
      'the counts edit showing every RSVP',
      EDIT_INTERVAL_MS * 3,
    );
    // Five reactions inside one window: one more edit, not five, and not before the window is over.
    expect(message.edits).toBe(2);
    expect(message.editTimes[1]! - message.editTimes[0]!).toBeGreaterThanOrEqual(EDIT_INTERVAL_MS);
  });

  it('a reaction removed after the window is edited in once more', async () => {
    const message = postOf('popular');
    const edits = message.edits;
    h.discord.sendReactionRemove({ messageId: message.id, userId: FANS[0]!, emoji: '✅' });
    await until(
      () => embed(postOf('popular')).description?.endsWith(`✅ ${FANS.length - 1} going · 🤔 0 maybe`) ?? false,
      'the edit after the removal',
      EDIT_INTERVAL_MS * 3,
    );
    expect(message.edits).toBe(edits + 1);
    const times = message.editTimes;
    expect(times.at(-1)! - times.at(-2)!).toBeGreaterThanOrEqual(EDIT_INTERVAL_MS);
  });

  it('RSVPs on an event that is then cancelled are kept but no longer counted', async () => {
    const message = postOf('doomed');
    h.discord.sendReactionAdd({ messageId: message.id, userId: MEMBER.id, emoji: '✅' });
    await until(async () => (await rsvpsOf(MEMBER.id)).includes('Doomed Hack Day:going'), "MEMBER's RSVP");
    await until(
      () => embed(postOf('doomed')).description?.endsWith('✅ 1 going · 🤔 0 maybe') ?? false,
      'the counts edit',
      EDIT_INTERVAL_MS * 3,
    );

    events[1] = { ...events[1]!, status: 'CANCELLED', sequence: 1 };
    h.feeds.set('/rsvp.ics', icsCalendar('RSVP Tests', events));
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
    await h.service.pollOnce();
    await h.service.deliverNow();

    const cancelled = embed(postOf('doomed'));
    expect(cancelled.title).toBe('❌ Cancelled: Doomed Hack Day');
    expect(cancelled.description).not.toContain('going');
    expect(cancelled.footer?.text).toMatch(/^This event was cancelled/);
    expect(await rsvpsOf(MEMBER.id)).toEqual(['Doomed Hack Day:going']);

    const mine = await h.command(['mine'], {}, MEMBER);
    expect(mine.ephemeral).toBe(true);
    expect(mine.content).toMatch(/Doomed Hack Day.*❌ cancelled/);
    const nearby = await h.command(['nearby'], {}, MEMBER);
    expect(nearby.content).toContain('Popular Talk Night');
    expect(nearby.content).not.toContain('Doomed Hack Day');
  });

  it('reactions changed in quick succession end as the person left them', async () => {
    const message = postOf('popular');
    const togglers = Array.from({ length: 8 }, (_, i) => `72000000000000020${i}`);
    const [again, switcher] = ['720000000000000301', '720000000000000302'];
    const react = (userId: string, ...steps: string[]) => {
      for (const step of steps) {
        const [sign, emoji] = [step[0], step.slice(1)];
        if (sign === '+') h.discord.sendReactionAdd({ messageId: message.id, userId, emoji });
        else h.discord.sendReactionRemove({ messageId: message.id, userId, emoji });
      }
    };
    for (const userId of togglers) react(userId, '+✅', '-✅'); // tapped and taken back
    react(again, '+✅', '-✅', '+✅'); // changed their mind twice
    react(switcher, '+✅', '+🤔', '-✅'); // going → maybe
    const state = async () => [
      ...(await Promise.all(togglers.map(rsvpsOf))).flat(),
      ...(await rsvpsOf(again)),
      ...(await rsvpsOf(switcher)),
    ];
    await until(
      async () => JSON.stringify(await state()) === JSON.stringify(['Popular Talk Night:going', 'Popular Talk Night:maybe']),
      'only the RSVPs the reactions left',
    );
  });
});

/** Reactions and the delivery's timers act after the call that caused them, so their effect is awaited by re-checking. */
async function until(check: () => boolean | Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
