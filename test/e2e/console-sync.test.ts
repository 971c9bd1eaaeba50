import { PassThrough, Writable } from 'node:stream';
import { afterEach, expect, it } from 'vitest';
import { startTestService, type TestService } from '../helpers/service.js';

/** The console chat has neither an Events tab nor threads: `/events sync` and `/events threads` say so plainly. */
let test: TestService | undefined;
afterEach(async () => {
  await test?.close();
  test = undefined;
});

it('answers that Events-tab sync is a Discord feature and that the console has no threads', async () => {
  const input = new PassThrough();
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      output += chunk.toString();
      done();
    },
  });
  const waitFor = async (text: string) => {
    const deadline = Date.now() + 10_000;
    while (!output.includes(text)) {
      if (Date.now() > deadline) throw new Error(`console never printed ${JSON.stringify(text)}; it printed:\n${output}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  test = await startTestService({ CONSOLE_CHAT: 'auto' }, { console: { input, output: sink } });
  await waitFor('Console chat ready');
  input.write('/events sync on\n');
  await waitFor('Events-tab sync is a Discord feature');
  input.write('/events threads on\n');
  await waitFor('this chat has no threads');
  input.write('/events help\n');
  await waitFor('/events sync <on|off> — Mirror this channel’s events into the server’s Events tab (admins, Discord)');
  expect(output).toContain('/events threads <on|off> — Open a thread');
});
