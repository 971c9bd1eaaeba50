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
  command(
    path: string[],
    options: Record<string, string | number>,
    member: MemberSpec,
    channelId?: string,
  ): Promise<Answer & { callbacks: number[] }>;
}

export interface ServiceHarnessOptions {
  now?: Date;
  /** Extra environment, e.g. DATABASE_URL to start a second service on the same database (a restart). */
  env?: Record<string, string>;
  /** An existing fake Discord to connect to (kept open when this service closes); a fresh one otherwise. */
  discord?: FakeDiscord;
  /**
   * The clock runs in real time from `now` instead of standing still (setting
   * `clock.now` still moves it), for behaviour that depends on real timers.
   */
  liveClock?: boolean;
}

export async function startServiceHarness(opts: ServiceHarnessOptions = {}): Promise<ServiceHarness> {
  const discord = opts.discord ?? (await createFakeDiscord());
  const env = { DISCORD_TOKEN: discord.token, DISCORD_API_URL: discord.apiUrl, DISCORD_GUILD_ID: discord.guildId, ...opts.env };
  const test = await startTestService(env, { now: opts.now, alsoClose: opts.discord ? undefined : () => discord.close() });
  if (opts.liveClock) makeLive(test.clock);
  return {
    ...test,
    discord,
    async command(path, options, member, channelId) {
      const rec = discord.sendCommand(path, options, { member, channelId });
      const answer = await discord.waitForAnswer(rec, 15_000);
      return { ...answer, callbacks: rec.callbacks.map((c) => c.type) };
    },
  };
}

/** Turns the service's clock into one that ticks in real time; assigning `now` jumps it. */
function makeLive(clock: { now: Date }): void {
  let offset = clock.now.getTime() - Date.now();
  Object.defineProperty(clock, 'now', {
    get: () => new Date(Date.now() + offset),
    set: (d: Date) => void (offset = d.getTime() - Date.now()),
  });
}
