import type { ApiState } from './web-api.js';

/**
 * The parts of the fake Slack Web API for the App Home and direct messages:
 * - `views.publish` (no scope; Slack needs the Home tab enabled) validates the
 *   view like Slack: `type: 'home'`, at most 100 blocks of known types, header
 *   text plain_text ≤ 150 characters, section/context text ≤ 3,000; a bad view
 *   answers `invalid_arguments` with the reasons in response_metadata.messages;
 * - `users.conversations` (channels:read) lists the channels a user is in
 *   (`memberships`, set by tests);
 * - `chat.postMessage` to a user id posts in the app's DM with them (channel
 *   `D…`), as Slack does; an unknown user is `channel_not_found`.
 */
export interface HomeState {
  /** user id → every view published for them, oldest first. */
  views: Map<string, Record<string, unknown>[]>;
  /** channel id → member user ids. */
  memberships: Map<string, Set<string>>;
}

const states = new WeakMap<ApiState, HomeState>();

export function homeState(state: ApiState): HomeState {
  let home = states.get(state);
  if (!home) states.set(state, (home = { views: new Map(), memberships: new Map() }));
  return home;
}

export const HOME_SCOPES: Record<string, string | null> = {
  'views.publish': null,
  'users.conversations': 'channels:read',
};

const fail = (error: string, messages?: string[]) => ({ ok: false, error, ...(messages ? { response_metadata: { messages } } : {}) });
const BLOCK_TYPES = new Set(['header', 'section', 'divider', 'context', 'actions', 'image', 'input', 'rich_text']);

/** The DM channel of a user id given as `channel` (null when `channel` is not a user id). */
export function directChannel(state: ApiState, channel: string): { channel: string } | { error: string } | null {
  if (!/^[UW][A-Z0-9]+$/.test(channel)) return null;
  if (!state.users.has(channel)) return { error: 'channel_not_found' };
  return { channel: `D${channel.slice(1)}` };
}

function viewProblems(view: unknown): string[] {
  if (!view || typeof view !== 'object') return ['[ERROR] missing required field: view'];
  const v = view as { type?: unknown; blocks?: unknown };
  const problems: string[] = [];
  if (v.type !== 'home') problems.push(`[ERROR] must be 'home' for views.publish [json-pointer:/view/type]`);
  if (!Array.isArray(v.blocks)) return [...problems, '[ERROR] missing required field: blocks [json-pointer:/view/blocks]'];
  if (v.blocks.length > 100) problems.push('[ERROR] no more than 100 items allowed [json-pointer:/view/blocks]');
  v.blocks.forEach((raw, i) => {
    const b = raw as { type?: unknown; text?: { type?: unknown; text?: unknown }; elements?: { text?: unknown }[] };
    const at = `[json-pointer:/view/blocks/${i}]`;
    if (typeof b.type !== 'string' || !BLOCK_TYPES.has(b.type)) problems.push(`[ERROR] unsupported type ${String(b.type)} ${at}`);
    const text = typeof b.text?.text === 'string' ? b.text.text : '';
    if (b.type === 'header' && (b.text?.type !== 'plain_text' || text.length > 150 || !text))
      problems.push(`[ERROR] header text must be plain_text of 1-150 characters ${at}`);
    if (b.type === 'section' && (text.length > 3000 || !text)) problems.push(`[ERROR] section text must be 1-3000 characters ${at}`);
    if (b.type === 'context' && (b.elements ?? []).some((e) => typeof e.text === 'string' && e.text.length > 3000))
      problems.push(`[ERROR] context text must be at most 3000 characters ${at}`);
  });
  return problems;
}

type Handler = (state: ApiState, args: Record<string, unknown>) => Record<string, unknown>;

let views = 0;

export const HOME_METHODS: Record<string, Handler> = {
  'views.publish': (s, a) => {
    const user = String(a.user_id ?? '');
    if (!s.users.has(user)) return fail('user_not_found');
    const problems = viewProblems(a.view);
    if (problems.length) return fail('invalid_arguments', problems);
    const home = homeState(s);
    const view = a.view as Record<string, unknown>;
    home.views.set(user, [...(home.views.get(user) ?? []), view]);
    return { ok: true, view: { id: `V${String((views += 1)).padStart(8, '0')}`, team_id: s.teamId, ...view } };
  },
  'users.conversations': (s, a) => {
    const user = String(a.user ?? '');
    const channels = [...homeState(s).memberships]
      .filter(([, members]) => members.has(user))
      .map(([id]) => ({ id, name: id.toLowerCase(), is_channel: true, is_private: false, is_archived: false }));
    return { ok: true, channels, response_metadata: { next_cursor: '' } };
  },
};
