import { userInfo } from 'node:os';
import { afterEach, expect, it } from 'vitest';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { terminal } from '../helpers/terminal.js';

/** The console chat: reminders are printed as direct messages; visible names and /events who work as on the platforms. */
const NOW = new Date('2026-11-30T10:00:00Z');
const START = new Date('2026-12-02T18:30:00Z');

let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('prints a reminder when it is due, names you on the post once visible, and answers who', async () => {
  const term = terminal();
  const me = userInfo().username || 'you';
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { now: NOW, console: term.streams });
  const feed = test.feeds.set('/brum.ics', icsCalendar('Brum Tech', [pubEvent({ uid: 'hack', summary: 'Hack night', start: START })]));
  await term.waitFor('Console chat ready');
  term.type('region Birmingham, UK');
  term.type(`feed add ${feed}`);
  await term.waitFor('Found 1 event');
  await test.service.pollOnce();
  await test.service.deliverNow();
  await term.waitFor('── post 1');

  term.type('remind 2h');
  await term.waitFor('2 hours before each event');
  term.type('visible on');
  await term.waitFor('Others now see your name');
  term.type('react 1 ✅');
  await term.waitFor('Reacted ✅ on 1.');
  await test.service.flushEdits();
  await term.waitFor(`✅ 1 going (${me}) · 🤔 0 maybe`);
  const [rsvp] = await test.service.store.rsvps.forUser('console', me, NOW);
  term.type(`who ${rsvp!.event.id}`);
  await term.waitFor(`✅ Going (1): ${me}`);

  test.clock.now = new Date(START.getTime() - 2 * 3_600_000 + 60_000);
  expect((await test.service.remindersNow()).sent).toBe(1);
  await term.waitFor('── direct message');
  expect(term.output).toContain('⏰ Reminder: Hack night <https://events.example.org/hack> starts in 2 hours');
  expect(term.output).toContain('📍 The Victoria, 48 John Bright St');
  expect(term.output).toContain('👥 Nobody else has said they’re going yet.');
  expect((await test.service.remindersNow()).sent).toBe(0);
  expect(term.output.split('── direct message')).toHaveLength(2);
});
