import type { App } from '@slack/bolt';
import { registerActions } from './actions/index.js';
import { registerCommands } from './commands/index.js';
import { registerEvents } from './events/index.js';
import { dedupeEvents } from './dedupe.js';
import type { ListenerDeps } from './deps.js';

/** Wires every Slack listener (one handler per file under commands/, events/, actions/). */
export function registerListeners(app: App, deps: ListenerDeps): void {
  app.use(dedupeEvents(deps));
  registerCommands(app, deps);
  registerActions(app, deps);
  registerEvents(app, deps);
}
