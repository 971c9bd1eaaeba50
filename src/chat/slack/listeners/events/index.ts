import type { App } from '@slack/bolt';
import type { ListenerDeps } from '../deps.js';
import { appHomeOpened } from './app-home.js';
import { reactionChanged } from './reaction.js';

export function registerEvents(app: App, deps: ListenerDeps): void {
  app.event('reaction_added', reactionChanged(deps, true));
  app.event('reaction_removed', reactionChanged(deps, false));
  app.event('app_home_opened', appHomeOpened(deps));
}
