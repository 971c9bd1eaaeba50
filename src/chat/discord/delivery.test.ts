import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestPage } from '../../core/chat.js';
import { eventCard, startAdapter } from '../../../test/fakes/discord/harness.js';
import { createRecordingCore, recordingLogger } from '../../../test/fakes/discord/recording-core.js';
import { createDiscordAdapter } from './index.js';

/** Posting, editing and failures, against the fake Discord with the real discord.js client. */
let h: Awaited<ReturnType<typeof startAdapter>>;
beforeAll(async () => {
  h = await startAdapter({ fake: { channels: 3 } });
});
afterAll(async () => h?.stop());

const bodyOf = (messageId: string) => h.fake.state.messages.get(messageId)!;

describe('postEvent', () => {
  it('sends the event embed and adds ✅ then 🤔', async () => {
    const result = await h.adapter.postEvent(h.channel, eventCard());
    expect(result.ok).toBe(true);
    const id = (result as { messageId: string }).messageId;
    const message = bodyOf(id);
    expect(message.channel_id).toBe(h.fake.channelId);
    expect(message.embeds[0]!.title).toBe('Brum.js @\u200Beveryone welcome');
    expect(String(message.embeds[0]!.description)).toContain('<t:1764873000:F>');
    expect([...message.reactions.keys()]).toEqual(['✅', '🤔']);
    expect(message.payloads[0]!.allowed_mentions).toEqual({ parse: [] });
  });

  it('does not invite RSVPs on an event that is already cancelled', async () => {
    const result = await h.adapter.postEvent(h.channel, eventCard({ status: 'cancelled', notice: 'Cancelled' }));
    expect([...bodyOf((result as { messageId: string }).messageId).reactions.keys()]).toEqual([]);
  });
});

describe('editEvent', () => {
  it('replaces the embed in place with the new counts, without mentions', async () => {
    const posted = (await h.adapter.postEvent(h.channel, eventCard())) as { ok: true; messageId: string };
    const edited = await h.adapter.editEvent(
      h.channel,
      posted.messageId,
      eventCard({ counts: { going: 3, maybe: 1 }, notice: 'Updated: new time' }),
    );
    expect(edited).toEqual({ ok: true, messageId: posted.messageId });
    const message = bodyOf(posted.messageId);
    expect(message.edits).toBe(1);
    expect(String(message.embeds[0]!.description)).toContain('✅ 3 going · 🤔 1 maybe');
    expect(String(message.embeds[0]!.description)).toMatch(/^🔄 \*\*Updated: new time\*\*/);
    expect(message.payloads.at(-1)!.allowed_mentions).toEqual({ parse: [] });
  });

  it('a message that was deleted is not retried', async () => {
    const result = await h.adapter.editEvent(h.channel, '1234567890123456789', eventCard());
    expect(result).toMatchObject({ ok: false, retryable: false });
    expect((result as { message: string }).message).toContain('no longer exists');
  });
});

describe('postDigest', () => {
  it('sends one message and adds a keycap reaction per item', async () => {
    const page: DigestPage = {
      heading: 'Events near Birmingham this week (1 Dec – 7 Dec)',
      part: 1,
      parts: 1,
      days: [
        {
          label: 'Thursday 4 December',
          items: [
            { number: 1, card: eventCard() },
            { number: 2, card: eventCard({ title: 'Python Brum' }) },
          ],
        },
        { label: 'Saturday 6 December', items: [{ number: 3, card: eventCard({ title: 'Jam' }) }] },
      ],
      emptyNote: null,
    };
    const result = (await h.adapter.postDigest(h.channel, page)) as { ok: true; messageId: string };
    const message = bodyOf(result.messageId);
    expect(String(message.embeds[0]!.description)).toContain('1️⃣ [Brum.js @\u200Beveryone welcome](https://brumjs.test/dec)');
    expect([...message.reactions.keys()]).toEqual(['1️⃣', '2️⃣', '3️⃣']);
    expect(message.payloads[0]!.allowed_mentions).toEqual({ parse: [] });
  });

  it('an empty week is posted with its note and no reactions', async () => {
    const note = 'No in-person events in the region this week.';
    const result = (await h.adapter.postDigest(h.channel, { heading: 'Events', part: 1, parts: 1, days: [], emptyNote: note })) as {
      ok: true;
      messageId: string;
    };
    const message = bodyOf(result.messageId);
    expect(message.embeds[0]!.description).toBe(note);
    expect(message.reactions.size).toBe(0);
  });
});

describe('failures become DeliveryResults a person can act on', () => {
  it.each([
    ['an unknown channel', null, false, /does not exist or the bot cannot see it/],
    ['missing permissions', { status: 403, code: 50013, message: 'Missing Permissions' }, false, /missing permissions.*Send Messages/],
    ['missing access', { status: 403, code: 50001, message: 'Missing Access' }, false, /no access/],
    ['a Discord outage', { status: 502, code: 0, message: 'Bad Gateway' }, true, /502/],
  ] as const)('%s → retryable=%s', async (_name, fault, retryable, pattern) => {
    const channelId = fault ? h.fake.channelIds[2]! : '999999999999999999';
    h.fake.setChannelFault(channelId, fault);
    try {
      const result = await h.adapter.postEvent({ ...h.channel, channelId }, eventCard());
      expect(result).toMatchObject({ ok: false, retryable });
      expect((result as { message: string }).message).toMatch(pattern);
    } finally {
      h.fake.setChannelFault(channelId, null);
    }
  });

  it('before start() (or after stop()) a post is retryable, not lost', async () => {
    const idle = createDiscordAdapter({
      config: { token: h.fake.token, apiUrl: h.fake.apiUrl },
      core: createRecordingCore().core,
      logger: recordingLogger(),
      mountHttp: () => undefined,
    });
    expect(await idle.postEvent(h.channel, eventCard())).toMatchObject({ ok: false, retryable: true });
  });
});
