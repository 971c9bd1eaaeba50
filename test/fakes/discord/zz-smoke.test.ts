import { test, expect } from 'vitest';
import { createFakeDiscord } from './index.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import type { ChatCoreApi } from '../../../src/core/chat.js';

const logger: any = { error: console.error, warn: console.warn, info: console.log, debug: () => {}, child() { return logger; } };

test('smoke', async () => {
  const fake = await createFakeDiscord();
  const core: ChatCoreApi = {
    definitions: () => [{ path: ['nearby'], description: 'x', admin: false, options: [{ name: 'radius', description: 'r', type: 'number' }], schema: null as any, usage: '', execute: null as any }],
    run: async (ctx, path, raw) => ({ ephemeral: false, lines: [[`ran ${path.join(' ')} ${JSON.stringify(raw)} admin=${ctx.isAdmin} @everyone`]] }),
    runText: async () => ({ ephemeral: false, lines: [] }),
    page: async () => ({ ephemeral: false, lines: [] }),
    autocompletePlace: () => [],
    reaction: async (ev) => { console.log('reaction', ev); },
  };
  const adapter = createDiscordAdapter({ config: { token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId }, core, logger, mountHttp() {} });
  const t0 = Date.now();
  const r = await adapter.start();
  console.log('start', r, Date.now() - t0);
  console.log(JSON.stringify(fake.commands, null, 1).slice(0, 800));
  const rec = fake.sendCommand(['nearby'], { radius: 5 });
  const a = await fake.waitForAnswer(rec);
  console.log(a.content);
  const post = await adapter.postEvent({ platform: 'discord', workspaceId: fake.guildId, channelId: fake.channelId }, { eventId: 1, title: 'Hi', url: 'https://x.test/e', start: new Date(), end: null, timezone: 'Europe/London', allDay: false, venue: 'V', address: null, mapUrl: null, organiser: null, source: null, status: 'scheduled', attendance: 'in_person', notice: null, counts: { going: 0, maybe: 0 } });
  console.log(post, fake.messages[0]?.reactions);
  if (post.ok) fake.sendReactionAdd({ messageId: post.messageId, userId: '123456789012345678', emoji: '✅' });
  await new Promise((r) => setTimeout(r, 300));
  await adapter.stop();
  await fake.close();
});
