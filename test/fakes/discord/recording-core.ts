import { z } from 'zod';
import type { ChatCoreApi, CommandContext, CommandDefinition, ReactionEvent, Reply } from '../../../src/core/chat.js';

/**
 * A small ChatCoreApi for adapter tests: real definitions shaped like the
 * product's (a plain subcommand, a group, typed options, choices, place
 * autocomplete), handlers the test sets per path, and a record of every call
 * the adapter made.
 */
export interface CoreCall {
  ctx: CommandContext;
  path: string[];
  raw: Record<string, unknown>;
}

export type Handler = (ctx: CommandContext, raw: Record<string, unknown>) => Promise<Reply> | Reply;

const def = (path: string[], admin: boolean, options: CommandDefinition['options']): CommandDefinition => ({
  path,
  description: `${path.join(' ')} (test)`,
  admin,
  options,
  schema: z.record(z.string(), z.unknown()),
  usage: `/events ${path.join(' ')}`,
  execute: async () => ({ ephemeral: false, lines: [] }),
});

const TEST_DEFINITIONS: CommandDefinition[] = [
  def(['nearby'], false, [
    { name: 'radius', description: 'Distance in km (1–200)', type: 'number', min: 1, max: 200, unit: 'km' },
    { name: 'days', description: 'How many days ahead', type: 'integer', min: 1, max: 60, unit: 'd' },
    { name: 'query', description: 'Search words', type: 'string', rest: true },
  ]),
  def(['region'], true, [
    { name: 'radius', description: 'Distance in km', type: 'number', min: 1, max: 200 },
    { name: 'place', description: 'A town or city', type: 'string', required: true, autocomplete: 'place' },
  ]),
  def(['mode'], true, [
    {
      name: 'mode',
      description: 'new or digest',
      type: 'string',
      required: true,
      choices: [
        { name: 'Post new events', value: 'new' },
        { name: 'Digest only', value: 'digest' },
      ],
    },
  ]),
  def(['feed', 'add'], true, [{ name: 'url', description: 'Feed URL', type: 'string', required: true }]),
  def(['feed', 'list'], false, []),
  // Offered on Slack only: must not be registered on Discord.
  { ...def(['invite'], false, []), platforms: ['slack'] },
];

export function createRecordingCore(handlers: Record<string, Handler> = {}) {
  const runs: CoreCall[] = [];
  const pages: { ctx: CommandContext; token: string }[] = [];
  const reactions: ReactionEvent[] = [];
  const delivered = new Set<string>();
  const autocompletes: string[] = [];
  const core: ChatCoreApi = {
    definitions: (platform) => TEST_DEFINITIONS.filter((d) => !platform || !d.platforms || d.platforms.includes(platform)),
    async run(ctx, path, raw) {
      runs.push({ ctx, path, raw });
      const handler = handlers[path.join(' ')];
      return handler ? handler(ctx, raw) : { ephemeral: false, lines: [[`ran ${path.join(' ')}`]] };
    },
    runText: async () => ({ ephemeral: true, lines: [['not used on Discord']] }),
    async page(ctx, token) {
      pages.push({ ctx, token });
      const handler = handlers[`page ${token}`];
      return handler ? handler(ctx, {}) : { ephemeral: true, lines: [['That button has expired. Run the command again.']] };
    },
    autocompletePlace(query) {
      autocompletes.push(query);
      return ['Birmingham, England, GB', 'Birmingham, Alabama, US']
        .filter((p) => p.toLowerCase().startsWith(query.toLowerCase()))
        .map((p) => ({ name: p, value: p }));
    },
    async reaction(ev) {
      reactions.push(ev);
    },
    async firstDelivery(id) {
      if (delivered.has(id)) return false;
      delivered.add(id);
      return true;
    },
    appHome: async () => ({ rsvps: [], home: null, reminder: 'off', visibleAs: null, channels: [] }),
  };
  return { core, runs, pages, reactions, autocompletes, handlers };
}

export { recordingLogger, type LogEntry } from '../../helpers/recording-logger.js';
