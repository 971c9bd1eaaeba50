import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plain, renderReply } from '../../src/chat/console/render.js';
import type { CommandContext } from '../../src/core/chat.js';
import { startTestService, type TestService } from '../helpers/service.js';

/**
 * Values typed after /events on Slack and the console (text commands) that
 * look like a radius or a number of days but can't be one: each gets a
 * private answer naming the valid range with an example, instead of being
 * searched for as words.
 */
const NOW = new Date('2026-11-30T10:00:00Z');

describe('typed radius and days values (real service, text commands)', () => {
  let test: TestService;
  const ctx = (): CommandContext => ({ platform: 'console', workspaceId: 'w', channelId: 'c', userId: 'u', isAdmin: true, now: NOW });
  const run = async (text: string) => {
    const reply = await test.service.core.runText(ctx(), text);
    return { ephemeral: reply.ephemeral, text: renderReply(reply, plain, NOW) };
  };

  beforeAll(async () => {
    test = await startTestService({}, { now: NOW });
    await run('region Birmingham, UK');
  });
  afterAll(() => test?.close());

  it.each([
    ['nearby -5km', '❌ “-5km” is not a valid radius: give a number from 1 to 200, like 25km.'],
    ['nearby NaNkm', '❌ “NaNkm” is not a valid radius: give a number from 1 to 200, like 25km.'],
    ['nearby nan km', '❌ “nankm” is not a valid radius: give a number from 1 to 200, like 25km.'],
    ['nearby -5 km pizza', '❌ “-5km” is not a valid radius: give a number from 1 to 200, like 25km.'],
    ['nearby 1e3km', '❌ “1e3km” is not a valid radius: give a number from 1 to 200, like 25km.'],
    ['nearby 10km -3d', '❌ “-3d” is not a valid days: give a whole number from 1 to 60, like 14d.'],
    ['nearby 10km -3 days', '❌ “-3d” is not a valid days: give a whole number from 1 to 60, like 14d.'],
    ['nearby 0km', '❌ Radius must be between 1 and 200 km, like 25km'],
    ['nearby 500km', '❌ Radius must be between 1 and 200 km, like 25km'],
    ['nearby 99999d', '❌ Days must be between 1 and 60, like 14d'],
    ['nearby 0d', '❌ Days must be between 1 and 60, like 14d'],
    ['nearby 2.5d', '❌ Days must be a whole number from 1 to 60, like 14d'],
    ['nearby -5', '❌ Radius must be between 1 and 200 km, like 25km'],
    ['region Leeds -20km', '❌ “-20km” is not a valid radius: give a number from 1 to 200, like 25km.'],
  ])('GIVEN "%s" THEN only the sender is told the valid range and an example', async (typed, message) => {
    const answer = await run(typed);
    expect(answer.ephemeral).toBe(true);
    expect(answer.text).toContain(message);
    expect(answer.text).toContain('Usage: ');
  });

  it.each([
    ['nearby 10km 14d', 'Events within 10 km of Birmingham'],
    ['nearby weekend', 'No in-person events matching “weekend” within 25 km'],
    ['nearby nand gates', 'No in-person events matching “nand gates” within 25 km'],
    ['nearby 20 km 3 days', 'No in-person events within 20 km of Birmingham, England, GB in the next 3 days'],
  ])('GIVEN "%s" THEN it still searches', async (typed, fragment) => {
    const answer = await run(typed);
    expect(answer.text).not.toContain('❌');
    expect(answer.text).toContain(fragment.replace('Events within 10 km', 'No in-person events within 10 km'));
  });
});
