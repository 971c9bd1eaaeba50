import { test } from 'vitest';
import { createFakeDiscord } from './index.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';

const logger: any = { error: console.error, warn: console.warn, info: console.log, debug: () => {}, child() { return logger; } };
const core: any = { definitions: () => [] };
test('bad token', async () => {
  const fake = await createFakeDiscord();
  let t0 = Date.now();
  const a = createDiscordAdapter({ config: { token: 'wrong.token.x', apiUrl: fake.apiUrl }, core, logger, mountHttp() {} });
  console.log(await a.start(), Date.now() - t0);
  await fake.close();
  t0 = Date.now();
  const b = createDiscordAdapter({ config: { token: 'wrong.token.x', apiUrl: fake.apiUrl }, core, logger, mountHttp() {} });
  console.log(await b.start(), Date.now() - t0);
}, 120000);
