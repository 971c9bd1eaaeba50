import { afterEach, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';
import { terminal } from '../helpers/terminal.js';

/** The console chat has neither an Events tab nor threads: `/events sync` and `/events threads` say so plainly. */
let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('answers that Events-tab sync is a Discord feature and that the console has no threads', async () => {
  const term = terminal();
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { console: term.streams });
  await term.waitFor('Console chat ready');
  term.type('/events sync on');
  await term.waitFor('Events-tab sync is a Discord feature');
  term.type('/events threads on');
  await term.waitFor('this chat has no threads');
  term.type('/events help');
  await term.waitFor('/events sync <on|off> — Mirror this channel’s events into the server’s Events tab (admins, Discord)');
  expect(term.output).toContain('/events threads <on|off> — Open a thread');
});
