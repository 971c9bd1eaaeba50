import type { EventCard } from '../../../src/core/chat.js';
import { createDiscordAdapter } from '../../../src/chat/discord/index.js';
import type { DiscordSettings } from '../../../src/chat/discord/index.js';
import { createFakeDiscord } from './index.js';
import type { FakeDiscordOptions } from './index.js';
import { createRecordingCore, recordingLogger } from './recording-core.js';
import type { Handler } from './recording-core.js';
import { eventCard as card } from '../../helpers/event-card.js';

/** The Discord adapter connected to a fresh fake Discord, with a recording core. */
export async function startAdapter(
  opts: { fake?: FakeDiscordOptions; settings?: Partial<DiscordSettings>; handlers?: Record<string, Handler>; deferAfterMs?: number } = {},
) {
  const fake = await createFakeDiscord(opts.fake);
  const recorder = createRecordingCore(opts.handlers);
  const logger = recordingLogger();
  const adapter = createDiscordAdapter({
    config: { token: fake.token, apiUrl: fake.apiUrl, guildId: fake.guildId, ...opts.settings },
    core: recorder.core,
    logger,
    mountHttp: () => undefined,
    deferAfterMs: opts.deferAfterMs,
  });
  const started = await adapter.start();
  return {
    fake,
    adapter,
    started,
    ...recorder,
    logs: logger.entries,
    channel: { platform: 'discord', workspaceId: fake.guildId, channelId: fake.channelId },
    async stop() {
      await adapter.stop();
      await fake.close();
    },
  };
}

/** An event card as the core hands it to the adapter: an evening talk in London whose title tries to mention everyone. */
export const eventCard = (over: Partial<EventCard> = {}): EventCard => card({ title: 'Brum.js @everyone welcome', ...over });
