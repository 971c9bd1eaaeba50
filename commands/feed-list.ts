import { z } from 'zod';
import type { CommandDefinition, Line } from '../src/core/chat.js';
import type { SourceRecord } from '../src/core/ports.js';
import { HOME_BASIS } from '../src/deliver/format.js';
import { feedPlaceLabel } from '../src/core/placement.js';

const schema = z.object({});

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['feed', 'list'],
  description: 'Feeds this channel follows, with their health (admins)',
  admin: true,
  usage: '/events feed list',
  options: [],
  schema,
  async execute(ctx, _args, { store }) {
    const channel = await store.channels.find(ctx);
    const sources = channel ? await store.channels.sources(channel.id) : [];
    if (sources.length === 0) {
      return { ephemeral: true, lines: [['This channel follows no feeds yet. Add one with ', { bold: '/events feed add <url>' }, '.']] };
    }
    return { ephemeral: true, lines: [[{ bold: `Feeds followed here (${sources.length})` }], ...sources.map(sourceLine)] };
  },
};

/** "#3 Brum JS — https://… · ✅ checked 5 min ago" or "⚠️ 3 failures in a row, last: HTTP 404 Not Found". */
export function sourceLine(s: SourceRecord): Line {
  const line: Line = [{ bold: `#${s.id}` }, ` ${s.title ? `${s.title} — ` : ''}${s.url} · `];
  if (s.failureCount > 0) {
    line.push(`⚠️ ${s.failureCount} failure${s.failureCount > 1 ? 's' : ''} in a row, last: ${s.lastError ?? 'unknown error'}`);
    if (s.lastSuccessAt) line.push(' · last worked ', { time: s.lastSuccessAt, timezone: 'UTC', style: 'relative' });
  } else if (s.lastSuccessAt) {
    line.push('✅ last checked ', { time: s.lastSuccessAt, timezone: 'UTC', style: 'relative' });
  } else {
    line.push('⏳ not checked yet');
  }
  line.push(' · next check ', { time: s.nextCheckAt, timezone: 'UTC', style: 'relative' });
  if (s.place) line.push(` · 📍 events that name no place are at ${feedPlaceLabel(s.place)} (set with /events feed place)`);
  else if (s.home) line.push(` · 📍 home area ${s.home.label} (${HOME_BASIS[s.home.basis]})`);
  return line;
}
