import type { ChatCoreApi } from '../../../core/chat.js';
import type { Logger } from '../../../core/log.js';
import type { AdminChecker } from '../admin.js';
import type { NameLookup } from '../names.js';
import type { SeenEventIds } from '../event-ids.js';

/** What every listener needs, handed to `registerListeners` by app.ts. */
export interface ListenerDeps {
  core: ChatCoreApi;
  logger: Logger;
  admins: AdminChecker;
  names: NameLookup;
  seen: SeenEventIds;
  now: () => Date;
}
