import { readFileSync } from 'node:fs';
import { GatewayIntentBits, PermissionFlagsBits } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { registerCommands } from '../../src/chat/discord/register.js';
import { eventCard, startAdapter } from '../fakes/discord/harness.js';
import { createFakeDiscord } from '../fakes/discord/index.js';
import { INVITE_PERMISSIONS } from '../fakes/discord/permissions.js';
import type { PermissionName } from '../fakes/discord/permissions.js';
import { PERMS } from '../fakes/discord/state.js';

/**
 * What the README's "Connect Discord" section tells an admin to grant is
 * exactly what the adapter needs: the fake Discord enforces the bot's
 * channel permissions (every other Discord test runs with exactly the
 * README's set, so it is enough), and taking any one away breaks posting or
 * the RSVP reactions (so each is needed). The same for the gateway intents.
 */
const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const section = /## Connect Discord\n([\s\S]*?)\n## /.exec(readme)?.[1] ?? '';

/** Permission names as the Developer Portal and Discord's role settings show them. */
const UI_NAMES: Record<string, bigint> = {
  'View Channels': PermissionFlagsBits.ViewChannel,
  'Send Messages': PermissionFlagsBits.SendMessages,
  'Embed Links': PermissionFlagsBits.EmbedLinks,
  'Add Reactions': PermissionFlagsBits.AddReactions,
  'Read Message History': PermissionFlagsBits.ReadMessageHistory,
};
const INTENT_NAMES: Record<string, number> = {
  Guilds: GatewayIntentBits.Guilds,
  'Guild Message Reactions': GatewayIntentBits.GuildMessageReactions,
};
const names = (list: string) => list.split(/,\s*|\s+and\s+/).map((n) => n.trim());

describe('README "Connect Discord"', () => {
  it('names the permissions, states their integer and puts it in the invite link with both scopes', () => {
    const listed = /these permissions: ([^(]+?) \(permissions integer `(\d+)`\)/.exec(section);
    expect(listed, 'the permissions sentence').not.toBeNull();
    const bits = names(listed![1]!).map((n) => UI_NAMES[n]);
    expect(bits, `known permission names in "${listed![1]}"`).not.toContain(undefined);
    expect(bits.reduce((a, b) => a! | b!, 0n)).toBe(INVITE_PERMISSIONS);
    expect(BigInt(listed![2]!)).toBe(INVITE_PERMISSIONS);
    const invite = new URL(/`(https:\/\/discord\.com\/oauth2\/authorize\?[^`]+)`/.exec(section)![1]!);
    expect(BigInt(invite.searchParams.get('permissions')!)).toBe(INVITE_PERMISSIONS);
    expect(invite.searchParams.get('scope')!.split(' ').sort()).toEqual(['applications.commands', 'bot']);
  });

  it('names the intents the adapter connects with, none of them privileged', async () => {
    const stated = /the bot uses ([^)]+)\)/.exec(section)?.[1];
    const intents = names(stated ?? '').map((n) => INTENT_NAMES[n] ?? NaN);
    expect(section).toContain('No privileged intents are needed');
    const h = await startAdapter();
    try {
      expect(h.fake.gateway.identifiedIntents()).toBe(intents.reduce((a, b) => a | b, 0));
    } finally {
      await h.stop();
    }
  });
});

describe('the bot with exactly the invite permissions, and with one missing', () => {
  it('with all of them: posts, edits and adds the RSVP reactions without a warning', async () => {
    const h = await startAdapter();
    try {
      const posted = await h.adapter.postEvent(h.channel, eventCard());
      expect(posted.ok).toBe(true);
      const id = (posted as { messageId: string }).messageId;
      expect(await h.adapter.editEvent(h.channel, id, eventCard({ counts: { going: 1, maybe: 0 } }))).toEqual({ ok: true, messageId: id });
      expect([...h.fake.state.messages.get(id)!.reactions.keys()]).toEqual(['✅', '🤔']);
      expect(h.logs.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    } finally {
      await h.stop();
    }
  });

  it.each([
    ['ViewChannel', /no access to that channel \(View Channel\)/],
    [
      'SendMessages',
      /missing permissions there \(it needs View Channel, Send Messages, Embed Links, Add Reactions and Read Message History\)/,
    ],
    ['EmbedLinks', /missing permissions there/],
  ] as const)('without %s an event cannot be posted, and the reason names the permissions', async (name: PermissionName, reason) => {
    const h = await startAdapter({ fake: { botPermissions: INVITE_PERMISSIONS & ~PERMS[name] } });
    try {
      const posted = await h.adapter.postEvent(h.channel, eventCard());
      expect(posted).toMatchObject({ ok: false, retryable: false });
      expect((posted as { message: string }).message).toMatch(reason);
    } finally {
      await h.stop();
    }
  });

  it.each(['AddReactions', 'ReadMessageHistory'] as const)(
    'without %s the post goes out but without the ✅ 🤔 to tap, and a warning says why',
    async (name) => {
      const h = await startAdapter({ fake: { botPermissions: INVITE_PERMISSIONS & ~PERMS[name] } });
      try {
        const posted = await h.adapter.postEvent(h.channel, eventCard());
        expect(posted.ok).toBe(true);
        expect(h.fake.state.messages.get((posted as { messageId: string }).messageId)!.reactions.size).toBe(0);
        expect(h.logs.find((l) => l.level === 'warn')?.msg).toMatch(/^Could not add reaction ✅: the bot is missing permissions there/);
      } finally {
        await h.stop();
      }
    },
  );
});

describe('command registration', () => {
  it('a command Discord would reject is reported with Discord’s reason (and the real /events is accepted everywhere else)', async () => {
    const fake = await createFakeDiscord();
    try {
      const body = {
        name: 'events',
        description: 'Local events',
        options: [
          { type: 3, name: 'optional', description: 'x', required: false },
          { type: 3, name: 'needed', description: 'y', required: true },
        ],
      };
      const result = await registerCommands({ api: fake.apiUrl, token: fake.token, applicationId: fake.applicationId, body });
      expect(result.ok).toBe(false);
      expect((result as { message: string }).message).toMatch(
        /^Could not register the \/events command for all servers .*: Discord rejected the message as invalid \(400 Invalid Form Body/,
      );
      expect(fake.commands).toEqual([]);
    } finally {
      await fake.close();
    }
  });
});
