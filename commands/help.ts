import { z } from 'zod';
import type { CommandDefinition, Line } from '../src/core/chat.js';

const schema = z.object({});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['help'],
  description: 'What I can do',
  admin: false,
  usage: '/events help',
  options: [],
  schema,
  async execute(ctx) {
    const { commands: all } = await import('./index.js');
    const commands = all.filter((c) => !c.platforms || c.platforms.includes(ctx.platform));
    const lines: Line[] = [[{ bold: 'events-bot finds local, in-person events and posts them here.' }]];
    for (const c of commands) lines.push([{ bold: c.usage.split(' — ')[0]! }, ` — ${c.description}`]);
    lines.push(['React ✅ going or 🤔 maybe on an event post; on a digest, react with the event’s number.']);
    return { ephemeral: true, lines };
  },
};
