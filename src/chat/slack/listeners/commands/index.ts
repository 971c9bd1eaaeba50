import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { eventsCommand } from './events.js';

/** One slash command, `/events`; its text carries the subcommand and options. */
const SLASH_COMMAND = '/events';

export function registerCommands(app: App, deps: ListenerDeps): void {
  app.command(SLASH_COMMAND, eventsCommand(deps));
}
