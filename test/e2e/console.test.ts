import { afterEach, expect, it } from 'vitest';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { terminal } from '../helpers/terminal.js';
import { startDemoFeeds } from '../../src/chat/console/demo.js';

/**
 * The console chat as a newcomer meets it after `npm install && npm start`:
 * commands typed as lines, posts printed, reactions typed as "react N ✅".
 */
const NOW = new Date('2026-11-30T10:00:00Z');

let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('runs the same commands, posts and reactions as the chat platforms, as text', async () => {
  const term = terminal();
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { now: NOW, console: term.streams });
  const feed = test.feeds.set(
    '/brum.ics',
    icsCalendar('Brum Tech', [pubEvent({ uid: 'hack', summary: 'Hack night @everyone', start: new Date('2026-12-02T18:30:00Z') })]),
  );
  await term.waitFor('Console chat ready');

  term.type('nearby');
  await term.waitFor('This channel has no region yet. An admin can set one with /events region <place>');
  term.type('/events region Birmingham, UK');
  await term.waitFor('This channel now gets events near Birmingham, England, GB — 25 km, Europe/London.');
  term.type(`feed add ${feed}`);
  await term.waitFor('Found 1 event (1 upcoming), 1 in person within 25 km of Birmingham, England, GB.');

  await test.service.pollOnce();
  await test.service.deliverNow();
  await term.waitFor('── post 1');
  expect(term.output).toContain('Hack night @everyone');
  expect(term.output).toContain('Wed, 2 Dec 2026, 18:30 GMT');

  term.type('react 1 ✅');
  await term.waitFor('Reacted ✅ on 1.');
  await test.service.flushEdits();
  await term.waitFor('✅ 1 going');

  term.type('nearby 5km');
  await term.waitFor('Events within 5.0 km of Birmingham, England, GB');
  term.type('nearby 500km');
  await term.waitFor('❌ Radius must be between 1 and 200 km');
  term.type('party');
  await term.waitFor('There is no /events party command.');

  term.type('quit');
  await new Promise((r) => setTimeout(r, 50));
  expect(term.quit).toBe(true);
});

it('strips terminal control characters that a feed could use to rewrite the screen', async () => {
  const term = terminal();
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { now: NOW, console: term.streams });
  const feed = test.feeds.set(
    '/evil.ics',
    icsCalendar('Evil', [pubEvent({ uid: 'x', summary: 'Free pizza\u001b[2J\u001b[31m!', start: new Date('2026-12-02T18:30:00Z') })]),
  );
  term.type('region Birmingham, UK');
  term.type(`feed add ${feed}`);
  await term.waitFor('Found 1 event');
  await test.service.pollOnce();
  await test.service.deliverNow();
  await term.waitFor('── post 1');
  expect(term.output).toContain('Free pizza! <'); // the escape sequences are removed whole, not shown
  expect(term.output).not.toContain('\u001b[2J');
});

it('npm start -- --demo: follows two bundled sample feeds and posts only the in-person events within the region', async () => {
  const term = terminal();
  const demo = await startDemoFeeds(term.streams.output);
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { console: term.streams, alsoClose: () => demo.close() });
  // The demo adds its feeds at the wall-clock time; the service's clock must not lag behind it.
  test.clock.now = new Date(Date.now() + 60_000);
  await demo.configure(test.service);
  await term.waitFor('Demo ready.');
  expect(term.output).toContain('(demo) /events region Birmingham, UK 25km');
  expect(term.output).toContain('Found 6 events (6 upcoming), 3 in person within 25 km of Birmingham, England, GB.');
  expect(term.output).toContain('Found 1 event (1 upcoming), 1 in person within 25 km of Birmingham, England, GB.');
  const posts = term.output.split('── post ').slice(1);
  const titles = [
    'BrumJS: Web components in production',
    'Python Birmingham: Lightning talks',
    'Hack Night at Birmingham Open Rooms',
    'Soldering workshop for beginners',
  ];
  expect(posts).toHaveLength(titles.length);
  for (const title of titles) expect(posts.filter((p) => p.includes(title))).toHaveLength(1);
  // Online, outside the 25 km region (Coventry) and cancelled: not posted.
  for (const title of ['DevOps Midlands', 'Coventry Code Club', 'Brum Tech Breakfast']) expect(posts.join('')).not.toContain(title);
});
