import type { App, BlockButtonAction } from '@slack/bolt';
import { PAGE_NEXT, PAGE_PREV } from '../../render.js';
import type { ListenerDeps } from '../deps.js';
import { pageButton } from './page.js';

export function registerActions(app: App, deps: ListenerDeps): void {
  const handler = pageButton(deps);
  app.action<BlockButtonAction>(PAGE_PREV, handler);
  app.action<BlockButtonAction>(PAGE_NEXT, handler);
}
