import { describe, expect, it } from 'vitest';
import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { isDiscordAdmin } from './permissions.js';

describe('isDiscordAdmin: Manage Server or Administrator', () => {
  const { ManageGuild, Administrator, ManageChannels, ManageMessages, SendMessages } = PermissionFlagsBits;
  it.each([
    ['Manage Server', [ManageGuild], true],
    ['Administrator', [Administrator], true],
    ['both', [ManageGuild, Administrator], true],
    ['Manage Channels only', [ManageChannels], false],
    ['Manage Messages + Send Messages', [ManageMessages, SendMessages], false],
    ['nothing', [], false],
  ] as const)('%s → %s', (_name, bits, expected) => {
    expect(isDiscordAdmin(new PermissionsBitField([...bits]))).toBe(expected);
  });

  it('no permissions at all (not in a server) is not admin', () => {
    expect(isDiscordAdmin(null)).toBe(false);
  });
});
