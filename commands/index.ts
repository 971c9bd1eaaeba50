import type { CommandDefinition } from '../src/core/chat.js';
import { command as nearby } from './nearby.js';
import { command as home } from './home.js';
import { command as mine } from './mine.js';
import { command as rsvp } from './rsvp.js';
import { command as region } from './region.js';
import { command as feedAdd } from './feed-add.js';
import { command as feedRemove } from './feed-remove.js';
import { command as feedList } from './feed-list.js';
import { command as feedPlace } from './feed-place.js';
import { command as digest } from './digest.js';
import { command as mode } from './mode.js';
import { command as adminRole } from './admin-role.js';
import { command as help } from './help.js';
import { command as calendar } from './calendar.js';
import { command as filter } from './filter.js';
import { command as sync } from './sync.js';
import { command as threads } from './threads.js';
import { command as remind } from './remind.js';
import { command as visible } from './visible.js';
import { command as who } from './who.js';

/** Every /events subcommand, in the order help lists them. One file per command. */
export const commands = [
  nearby,
  home,
  rsvp,
  mine,
  who,
  remind,
  visible,
  region,
  feedAdd,
  feedList,
  feedRemove,
  feedPlace,
  digest,
  mode,
  adminRole,
  calendar,
  filter,
  sync,
  threads,
  help,
] as unknown as CommandDefinition[];
