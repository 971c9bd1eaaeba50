import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReactionEvent } from '../../core/chat.js';
import { eventCard, startAdapter } from '../../../test/fakes/discord/harness.js';

/** Reactions from the gateway → core.reaction, with the real discord.js client and partials. */
const USER = '444444444444444444';

let h: Awaited<ReturnType<typeof startAdapter>>;
let messageId: string;

beforeAll(async () => {
  h = await startAdapter();
  const posted = await h.adapter.postEvent(h.channel, eventCard());
  if (!posted.ok) throw new Error(posted.message);
  messageId = posted.messageId;
});
afterAll(async () => h?.stop());

/** Sends one reaction and a ✅ marker after it; the marker's arrival proves the first one was handled (or ignored). */
async function settle(send: () => void): Promise<ReactionEvent[]> {
  const before = h.reactions.length;
  send();
  const marker = '555555555555555555';
  h.fake.sendReactionAdd({ messageId, userId: marker, emoji: '✅' });
  await h.fake.waitFor(() => h.reactions.some((r, i) => i >= before && r.userId === marker));
  return h.reactions.slice(before).filter((r) => r.userId !== marker);
}

describe('reactions → RSVPs', () => {
  it("the bot's own ✅ 🤔 (which Discord echoes back) are not RSVPs", async () => {
    const own = await settle(() => undefined);
    expect(own).toEqual([]);
    expect(h.reactions.some((r) => r.userId === h.fake.botUserId)).toBe(false);
  });

  it.each([
    ['✅', 'going'],
    ['🤔', 'maybe'],
    ['3️⃣', { number: 3 }],
    ['🔟', { number: 10 }],
  ] as const)('%s added → %j', async (emoji, key) => {
    const events = await settle(() => h.fake.sendReactionAdd({ messageId, userId: USER, emoji }));
    expect(events).toEqual([
      { platform: 'discord', workspaceId: h.fake.guildId, channelId: h.fake.channelId, messageId, userId: USER, key, added: true },
    ]);
  });

  it('removing a reaction reports added=false (Discord sends no member then)', async () => {
    const events = await settle(() => h.fake.sendReactionRemove({ messageId, userId: USER, emoji: '🤔' }));
    expect(events).toEqual([expect.objectContaining({ key: 'maybe', added: false, userId: USER })]);
  });

  it.each(['👍', '❤️', '0️⃣'])('%s is not an RSVP', async (emoji) => {
    expect(await settle(() => h.fake.sendReactionAdd({ messageId, userId: USER, emoji }))).toEqual([]);
  });

  it('a reaction on a message from before a restart (not cached, no member) still counts', async () => {
    const old = '1100000000000000000';
    const stranger = '666666666666666666';
    const events = await settle(() => h.fake.sendReactionAdd({ messageId: old, userId: stranger, emoji: '✅', withMember: false }));
    expect(events).toEqual([expect.objectContaining({ messageId: old, userId: stranger, key: 'going', added: true })]);
  });
});
