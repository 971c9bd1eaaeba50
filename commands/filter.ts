import { z } from 'zod';
import type { CommandDefinition, Line, Reply } from '../src/core/chat.js';
import type { ChannelFilterRecord } from '../src/core/ports.js';
import { describeFilter, fold, keywordProblem, MAX_KEYWORDS, parseKeywords } from '../src/deliver/filter.js';
import { adminRefusal, isChannelAdmin } from './channel-admin.js';
import { filterPreview } from './filter-preview.js';

const schema = z.object({
  action: z.enum(['include', 'exclude', 'clear'], { message: 'Say include, exclude or clear' }).optional(),
  keywords: z.string().trim().max(500, 'Keywords: 500 characters at most').optional(),
});

const HOW: Line = [
  'Change it with ',
  { bold: '/events filter include python, rust' },
  ', ',
  { bold: '/events filter exclude crypto' },
  ' or ',
  { bold: '/events filter clear' },
  ' (admins).',
];

export const command: CommandDefinition<z.infer<typeof schema>> = {
  path: ['filter'],
  description: 'Topic filter: only events with (or without) these keywords; no arguments shows it (changes: admins)',
  admin: false,
  usage: '/events filter [include|exclude <keywords, comma-separated>] — or /events filter clear',
  options: [
    {
      name: 'action',
      description: 'include: any keyword must match; exclude: none may match; clear: remove the filter',
      type: 'string',
      choices: [
        { name: 'Only events with any of these keywords', value: 'include' },
        { name: 'Leave out events with these keywords', value: 'exclude' },
        { name: 'Remove the filter', value: 'clear' },
      ],
    },
    { name: 'keywords', description: 'Comma-separated keywords, e.g. python, rust', type: 'string', rest: true },
  ],
  schema,
  async execute(ctx, args, { store }): Promise<Reply> {
    if (!args.action) {
      if (args.keywords) return usage('Say include or exclude before the keywords, like: /events filter include python, rust');
      const channel = await store.channels.find(ctx);
      const filter = channel ? await store.filters.get(channel.id) : { include: [], exclude: [] };
      const verdicts = channel ? await filterPreview(store, channel, filter, ctx.now) : [];
      return { ephemeral: true, lines: [[{ bold: 'Topic filter for this channel' }], ...describeFilter(filter), ...verdicts, HOW] };
    }
    if (!(await isChannelAdmin(ctx, store))) return adminRefusal;
    const channel = await store.channels.getOrCreate(ctx);
    if (args.action === 'clear') {
      await store.filters.set(channel.id, { include: [], exclude: [] });
      return { ephemeral: false, lines: [['🧹 Topic filter cleared: every in-person event in the region is shown here again.']] };
    }
    const words = parseKeywords(args.keywords ?? '');
    const problem = keywordProblem(words);
    if (problem) return usage(problem);
    const current = await store.filters.get(channel.id);
    const next = merged(current, args.action, words);
    if (next.include.length + next.exclude.length > MAX_KEYWORDS)
      return usage(`A filter holds at most ${MAX_KEYWORDS} keywords; clear it or use fewer.`);
    const saved = await store.filters.set(channel.id, next);
    return {
      ephemeral: false,
      lines: [
        [`🔎 Topic filter updated. Posts, digests and `, { bold: '/events nearby' }, ' here now show only matching events:'],
        ...describeFilter(saved),
      ],
    };
  },
};

/** Adds keywords to one list and takes them out of the other (a word can't be both wanted and unwanted). */
function merged(current: ChannelFilterRecord, action: 'include' | 'exclude', words: string[]): ChannelFilterRecord {
  const adding = new Set(words.map(fold));
  const strip = (list: string[]) => list.filter((w) => !adding.has(fold(w)));
  return action === 'include'
    ? { include: [...strip(current.include), ...words], exclude: strip(current.exclude) }
    : { include: strip(current.include), exclude: [...strip(current.exclude), ...words] };
}

const usage = (message: string): Reply => ({
  ephemeral: true,
  lines: [[`❌ ${message}`], ['Usage: ', { bold: command.usage }]],
});
