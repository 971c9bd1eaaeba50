import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServiceHarness } from '../fakes/discord/service-harness.js';
import type { ServiceHarness } from '../fakes/discord/service-harness.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/** Paging buttons end to end: the core's token travels as a Discord custom_id and comes back on a press. */
const HOUR = 3_600_000;
const ADMIN = { id: '710000000000000001', admin: true };
const MEMBER = { id: '710000000000000002' };

describe('Discord paging buttons (real service)', () => {
  let h: ServiceHarness;

  beforeAll(async () => {
    h = await startServiceHarness();
    const base = Math.ceil((h.clock.now.getTime() + 24 * HOUR) / HOUR) * HOUR;
    const events = Array.from({ length: 12 }, (_, i) =>
      pubEvent({ uid: `meetup-${i + 1}`, summary: `Meetup number ${i + 1}`, start: new Date(base + i * 4 * HOUR) }),
    );
    h.feeds.set('/many.ics', icsCalendar('Many Meetups', events));
    await h.command(['region'], { place: 'Birmingham' }, ADMIN);
    await h.command(['feed', 'add'], { url: h.feeds.url('/many.ics') }, ADMIN);
    h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000); // past the source's next check
    await h.service.pollOnce();
  });
  afterAll(() => h?.close());

  it('shows ten events with a Next button; Next and Previous turn the page in place', async () => {
    const first = await h.command(['nearby'], {}, MEMBER);
    expect(first.content).toContain('1–10 of 12');
    expect(first.content).toContain('[Meetup number 10](https://events.example.org/meetup-10)');
    expect(first.content).not.toContain('Meetup number 11');
    const row = first.components[0] as { components: { label: string; custom_id: string }[] };
    expect(row.components.map((b) => b.label)).toEqual(['Next ▶']);

    const press = h.discord.sendButton(first.message.id, row.components[0]!.custom_id, { member: MEMBER });
    await h.discord.waitForAnswer(press);
    expect(press.callbacks.map((c) => c.type)).toEqual([7]);
    expect(first.message.content).toContain('11–12 of 12');
    expect(first.message.content).toContain('[Meetup number 12](https://events.example.org/meetup-12)');
    const buttons = (first.message.components[0] as { components: { label: string; custom_id: string }[] }).components;
    expect(buttons.map((b) => b.label)).toEqual(['◀ Previous']);

    const back = h.discord.sendButton(first.message.id, buttons[0]!.custom_id, { member: MEMBER });
    await h.discord.waitFor(() => back.callbacks.length, 10_000, 'the Previous press');
    await h.discord.waitFor(() => first.message.content.includes('1–10 of 12'), 10_000, 'page one again');
    expect(first.message.content).not.toContain('Meetup number 11');
    const again = (first.message.components[0] as { components: { label: string }[] }).components;
    expect(again.map((b) => b.label)).toEqual(['Next ▶']);
  });
});
