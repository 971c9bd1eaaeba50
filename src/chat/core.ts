import type { z } from 'zod';
import type {
  ChatCoreApi,
  CommandContext,
  CommandDefinition,
  CommandDeps,
  CommandOption,
  Line,
  ReactionEvent,
  Reply,
} from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChatObserver, CommandOutcome } from '../core/metrics.js';
import { commands } from '../../commands/index.js';
import { placeLabel, searchPlaces } from '../place/index.js';
import { readPageToken } from '../core/paging.js';
import { urgently } from '../core/turns.js';
import { parseCommandText, unitExample } from './text.js';
import { handleReaction } from '../deliver/rsvp.js';
import { homeSummary } from '../deliver/home.js';

/**
 * The one implementation of ChatCoreApi. Every adapter goes through here, so
 * validation, admin checks, error wording and RSVP handling are the same on
 * Discord, Slack and the console.
 */
export function createChatCore(
  deps: CommandDeps,
  logger: Logger,
  definitions: CommandDefinition[] = commands,
  observer?: ChatObserver,
): ChatCoreApi {
  const byPath = new Map(definitions.map((d) => [d.path.join(' '), d]));
  const offered = (platform: string) => definitions.filter((d) => !d.platforms || d.platforms.includes(platform));
  const find = (ctx: CommandContext, path: string[]) => {
    const def = byPath.get(path.join(' '));
    return def && (!def.platforms || def.platforms.includes(ctx.platform)) ? def : undefined;
  };

  /** Runs `work` for one command and reports its duration and outcome to the observer. */
  async function timed(ctx: CommandContext, command: string, work: () => Promise<[Reply, CommandOutcome]>): Promise<Reply> {
    const started = performance.now();
    // Bulk work (a poll cycle) steps aside sooner while a member waits for this answer.
    const [reply, outcome] = await urgently(work);
    observer?.commandDone({ command, platform: ctx.platform, seconds: (performance.now() - started) / 1000, outcome });
    return reply;
  }

  const execute = (ctx: CommandContext, def: CommandDefinition, raw: Record<string, unknown>): Promise<Reply> =>
    timed(ctx, def.path.join(' '), () => executeUntimed(ctx, def, raw));

  async function executeUntimed(
    ctx: CommandContext,
    def: CommandDefinition,
    raw: Record<string, unknown>,
  ): Promise<[Reply, CommandOutcome]> {
    const given = stripEmpty(raw);
    const parsed = def.schema.safeParse(given);
    if (!parsed.success) return [usageError(def, firstMessage(parsed.error, given)), 'invalid'];
    if (def.admin && !(await isAdmin(ctx))) {
      const refusal = ephemeral([
        '🔒 Only admins can change this channel’s settings (Manage Server on Discord, workspace admins on Slack, or the role an admin chose).',
      ]);
      return [refusal, 'refused'];
    }
    try {
      return [await def.execute(ctx, parsed.data, deps), 'ok'];
    } catch (error) {
      logger.error({ err: error, command: def.path.join(' '), platform: ctx.platform, channel: ctx.channelId }, 'command failed');
      return [
        ephemeral(['Something went wrong on my side while running that command. It has been logged; please try again in a minute.']),
        'error',
      ];
    }
  }
  const invalid = (ctx: CommandContext, command: string, reply: Reply) => timed(ctx, command, async () => [reply, 'invalid']);

  async function isAdmin(ctx: CommandContext): Promise<boolean> {
    if (ctx.isAdmin) return true;
    const channel = await deps.store.channels.find(ctx);
    return Boolean(channel?.adminRoleId && ctx.roleIds?.includes(channel.adminRoleId));
  }

  return {
    definitions: (platform) => (platform ? offered(platform) : definitions),
    async run(ctx, path, raw) {
      const def = find(ctx, path);
      if (!def) return invalid(ctx, 'unknown', unknownCommand(path.join(' ')));
      return execute(ctx, def, raw);
    },
    async runText(ctx, text) {
      if (!text.trim()) return execute(ctx, byPath.get('help')!, {});
      const parsed = parseCommandText(offered(ctx.platform), text);
      if (!parsed.ok && parsed.reason === 'unknown-command') return invalid(ctx, 'unknown', unknownCommand(parsed.word));
      const command = parsed.def.path.join(' ');
      if (!parsed.ok && parsed.reason === 'bad-value')
        return invalid(ctx, command, usageError(parsed.def, badValue(parsed.option, parsed.word)));
      if (!parsed.ok) return invalid(ctx, command, usageError(parsed.def, `I didn't understand “${parsed.word}”.`));
      return execute(ctx, parsed.def, parsed.raw);
    },
    async page(ctx, token) {
      const decoded = readPageToken(token);
      const def = decoded && find(ctx, decoded.path);
      if (!decoded || !def) return invalid(ctx, 'unknown', ephemeral(['That button has expired. Run the command again.']));
      return execute(ctx, def, decoded.args);
    },
    autocompletePlace(query) {
      if (query.trim().length < 2) return [];
      return searchPlaces(query, 25).map((p) => {
        const label = placeLabel(p).slice(0, 100);
        return { name: label, value: label };
      });
    },
    async firstDelivery(id) {
      try {
        return await deps.store.inbound.firstSeen(id, new Date());
      } catch (error) {
        logger.warn({ err: error, id }, 'could not check an inbound delivery id; handling it');
        return true;
      }
    },
    appHome: (req) => homeSummary(deps.store, req),
    async reaction(ev: ReactionEvent) {
      try {
        await handleReaction(deps, ev);
      } catch (error) {
        logger.error({ err: error, platform: ev.platform, channel: ev.channelId, message: ev.messageId }, 'reaction failed');
      }
    },
  };
}

const ephemeral = (...lines: (Line | string[])[]): Reply => ({ ephemeral: true, lines: lines as Line[] });

function usageError(def: CommandDefinition, message: string): Reply {
  return ephemeral([`❌ ${message}`], ['Usage: ', { bold: def.usage }]);
}

/** “-5km” is not a valid radius: give a number from 1 to 200, like 25km. */
function badValue(option: CommandOption, word: string): string {
  const range = option.min !== undefined && option.max !== undefined ? ` from ${option.min} to ${option.max}` : '';
  const whole = option.type === 'integer' ? 'whole ' : '';
  return `“${word}” is not a valid ${option.name}: give a ${whole}number${range}, like ${unitExample(option)}.`;
}

function unknownCommand(word: string): Reply {
  return ephemeral([`❌ There is no /events ${word} command.`], ['Type ', { bold: '/events help' }, ' to see what I can do.']);
}

function firstMessage(error: z.ZodError, given: Record<string, unknown>): string {
  const issue = error.issues[0];
  if (!issue) return 'That input is not valid.';
  // zod reports a non-integer (2.5 days) as invalid_type too; only an absent option is "missing".
  const absent = issue.path.length > 0 && given[String(issue.path[0])] === undefined;
  if (issue.code === 'invalid_type' && absent) return `Missing ${String(issue.path[0] ?? 'value')}.`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `${String(issue.path[0])} must be one of: ${issue.values.join(', ')}.`;
  return issue.message;
}

function stripEmpty(raw: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined && v !== null && v !== ''));
}
