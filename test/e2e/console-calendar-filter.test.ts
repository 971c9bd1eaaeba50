import ICAL from 'ical.js';
import { afterEach, expect, it } from 'vitest';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { terminal } from '../helpers/terminal.js';

/** Issue #10 §3, §5, §6 in the console chat: filter, calendar link, and a dead-feed notice printed in the channel. */
const NOW = new Date('2026-11-30T10:00:00Z');
const DAY = 86_400_000;

let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('filters, hands out the calendar link and prints a dead-feed notice', async () => {
  const term = terminal();
  test = await startTestService({ CONSOLE_CHAT: 'auto', PUBLIC_URL: 'https://events.example.org' }, { now: NOW, console: term.streams });
  const t = test;
  const feed = t.feeds.set(
    '/brum.ics',
    icsCalendar('Brum Tech', [
      pubEvent({ uid: 'hack', summary: 'Hack night', start: new Date('2026-12-02T18:30:00Z') }),
      pubEvent({ uid: 'nft', summary: 'NFT drinks', start: new Date('2026-12-03T18:30:00Z') }),
    ]),
  );
  await term.waitFor('Console chat ready');
  term.type('region Birmingham, UK');
  await term.waitFor('This channel now gets events near Birmingham');
  term.type('filter exclude nft');
  await term.waitFor('Exclude (none of): nft');
  term.type(`feed add ${feed}`);
  await term.waitFor('Following');
  t.clock.now = new Date(NOW.getTime() + 11 * 60_000);
  await t.service.pollOnce();
  await t.service.deliverNow();
  await term.waitFor('── post 1');
  expect(term.output).toContain('Hack night');
  expect(term.output).not.toContain('── post 2');

  term.type('calendar');
  await term.waitFor(/https:\/\/events\.example\.org\/ical\/[A-Za-z0-9_-]+\.ics/);
  const path = /\/ical\/[A-Za-z0-9_-]+\.ics/.exec(term.output)![0];
  const ics = await (await fetch(`http://127.0.0.1:${t.service.httpPort}${path}`)).text();
  const titles = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('summary'));
  expect(titles).toEqual(['Hack night']);

  t.feeds.fail('/brum.ics', 404);
  for (let i = 0; i < 5; i++) {
    t.clock.now = new Date(t.clock.now.getTime() + DAY);
    await t.service.pollOnce();
    await t.service.deliverNow();
  }
  await term.waitFor('── notice');
  expect(term.output).toMatch(
    /Feed #1 Brum Tech \(http:\/\/127\.0\.0\.1:\d+\/brum\.ics\) has failed 5 checks in a row: HTTP 404 Not Found\./,
  );
});
