import { startTestService, type TestService } from '../../helpers/service.js';
import { createFakeDiscord } from './index.js';
import type { Answer, FakeDiscord, MemberSpec } from './index.js';

/**
 * End-to-end harness: the real service (test/helpers/service.ts) whose
 * Discord adapter runs the unmodified discord.js client against the fake
 * Discord, with the loopback feed server and injectable clock of the shared
 * test service.
 */
export interface ServiceHarness extends TestService {
  discord: FakeDiscord;
  /** Runs `/events <path…>` and resolves with what the person sees in the end. */
  command(path: string[], options: Record<string, string | number>, member: MemberSpec): Promise<Answer & { callbacks: number[] }>;
}

export async function startServiceHarness(opts: { now?: Date; env?: Record<string, string> } = {}): Promise<ServiceHarness> {
  const discord = await createFakeDiscord();
  const env = { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guildId, ...opts.env };
  const test = await startTestService(env, { now: opts.now, alsoClose: () => discord.close() });
  return {
    ...test,
    discord,
    async command(path, options, member) {
      const rec = discord.sendCommand(path, options, { member });
      const answer = await discord.waitForAnswer(rec, 15_000);
      return { ...answer, callbacks: rec.callbacks.map((c) => c.type) };
    },
  };
}
