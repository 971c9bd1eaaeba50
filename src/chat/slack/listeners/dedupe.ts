import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import { createSerialQueue } from '../../../core/serial.js';
import type { ListenerDeps } from './deps.js';

/**
 * Global middleware that drops Slack's repeats.
 *
 * Slash commands: Slack sends a command again (same `trigger_id`) when our
 * first answer looked slow to it; the repeat is acknowledged (so Slack stops
 * asking) and goes no further, so `feed add` or `rsvp` never runs twice. The
 * id is remembered like an event id: in memory, then in the database
 * (`slack-command:<trigger_id>`), so a repeat reaching another instance or a
 * restarted one is dropped too.
 *
 * Events API deliveries:
 * - one person's events are handled in the order Slack sent them (a ✅ added
 *   then removed quickly must end as removed, whatever the checks below await);
 * - a delivery whose `event_id` was already handled is a Slack retry and
 *   stops here (Bolt has acknowledged it already). Ids are checked in memory
 *   (event-ids.ts) and then in the database through the core, so a retry that
 *   arrives after a restart, or at another instance, is dropped too.
 */
export function dedupeEvents(deps: ListenerDeps): Middleware<AnyMiddlewareArgs> {
  const inOrder = createSerialQueue();
  return async (args) => {
    const { body, context, next } = args;
    const trigger = commandTrigger(body);
    if (trigger) {
      if (await firstCommand(deps, trigger)) return next();
      if ('ack' in args && typeof args.ack === 'function') await (args.ack as () => Promise<void>)();
      return;
    }
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId !== 'string') return next();
    const user = (body as { event?: { user?: unknown } }).event?.user;
    let failure: unknown;
    await inOrder(typeof user === 'string' ? user : eventId, async () => {
      try {
        if (await firstTime(deps, eventId, context)) await next();
      } catch (error) {
        failure = error;
      }
    });
    if (failure) throw failure;
  };
}

async function firstTime(deps: ListenerDeps, eventId: string, context: { retryNum?: number; retryReason?: string }): Promise<boolean> {
  // Memory first (cheap), then the database, which also remembers across restarts and instances.
  if (!(deps.seen.firstSeen(eventId) && (await deps.core.firstDelivery(`slack:${eventId}`)))) {
    deps.logger.debug({ eventId, retryNum: context.retryNum, retryReason: context.retryReason }, 'Ignoring a repeated Slack event');
    return false;
  }
  if (context.retryNum) {
    deps.logger.info(
      { eventId, retryNum: context.retryNum, retryReason: context.retryReason },
      'Slack retried an event we had not seen; handling it',
    );
  }
  return true;
}

/** The trigger_id of a slash command body, or null for anything else. */
function commandTrigger(body: unknown): string | null {
  const { command, trigger_id: trigger } = body as { command?: unknown; trigger_id?: unknown };
  return typeof command === 'string' && typeof trigger === 'string' && trigger ? trigger : null;
}

async function firstCommand(deps: ListenerDeps, trigger: string): Promise<boolean> {
  const key = `slack-command:${trigger}`;
  if (deps.seen.firstSeen(key) && (await deps.core.firstDelivery(key))) return true;
  deps.logger.info({ triggerId: trigger }, 'Ignoring a repeated Slack slash command (same trigger_id)');
  return false;
}
