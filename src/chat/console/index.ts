import { createInterface } from 'node:readline';
import { userInfo } from 'node:os';
import type { AdapterDeps, ChatAdapter, CommandContext, DeliveryResult, Reply, RsvpKey } from '../../core/chat.js';
import { ansi, plain, renderCard, renderDigest, renderReply, type TextStyle } from './render.js';

export interface ConsoleSettings {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream & { isTTY?: boolean };
  /** Called when the user types quit (default: SIGINT to this process, so the service shuts down cleanly). */
  onQuit?: () => void;
}

const CHANNEL = { platform: 'console', workspaceId: 'local', channelId: 'console' } as const;

const HELP = `Type a command as you would after /events, e.g.
  region Birmingham, UK       feed add https://www.meetup.com/your-group/
  nearby 10km 14d             digest monday 09:00
  react 3 ✅   (or 🤔, or a digest number)    unreact 3 ✅
  next / prev (paging)        quit`;

/**
 * The console chat: the same commands and handlers as Discord and Slack,
 * typed on stdin and rendered as text. You are the admin of one channel.
 */
export function createConsoleAdapter(deps: AdapterDeps<ConsoleSettings>): ChatAdapter {
  const { input, output } = deps.config;
  const style: TextStyle = output.isTTY ? ansi : plain;
  let counter = 0;
  let paging: Reply['paging'];
  let rl: ReturnType<typeof createInterface> | null = null;
  const user = safeUser();
  const now = deps.now ?? (() => new Date());
  const ctx = (): CommandContext => ({ ...CHANNEL, userId: user, userName: async () => user, isAdmin: true, now: now() });
  const print = (text: string) => {
    output.write(`${text}\n`);
    rl?.prompt(true);
  };

  async function handle(lineRaw: string): Promise<void> {
    const line = lineRaw.trim().replace(/^\/?events\b\s*/i, '');
    if (!line) return;
    if (/^(quit|exit)$/i.test(line)) return void (deps.config.onQuit ?? (() => process.kill(process.pid, 'SIGINT')))();
    if (/^(\?|commands)$/i.test(line)) return print(HELP);
    const react = /^(un)?react\s+(\d+)\s+(\S+)$/i.exec(line);
    if (react) return reactTo(react[2]!, react[3]!, !react[1]);
    const page = /^(next|prev)$/i.exec(line);
    if (page) {
      const token = page[1]!.toLowerCase() === 'next' ? paging?.next : paging?.prev;
      return token ? show(await deps.core.page(ctx(), token)) : print('There is no other page.');
    }
    show(await deps.core.runText(ctx(), line));
  }

  function show(reply: Reply): void {
    paging = reply.paging;
    print(renderReply(reply, style));
  }

  async function reactTo(id: string, emoji: string, added: boolean): Promise<void> {
    const key = reactionKey(emoji);
    if (!key) return print('React with ✅ (or "going"), 🤔 (or "maybe"), or a digest number 1–10.');
    await deps.core.reaction({ ...CHANNEL, messageId: id, userId: user, key, added });
    print(`${added ? 'Reacted' : 'Removed'} ${emoji} on ${id}.`);
  }

  const posted = (text: string, kind: string): DeliveryResult => {
    const id = String(++counter);
    print(`\n── ${kind} ${id} ${'─'.repeat(40)}\n${text.replaceAll('{id}', id)}`);
    return { ok: true, messageId: id };
  };

  return {
    platform: 'console',
    async start() {
      rl = createInterface({ input, output, prompt: 'events> ', terminal: Boolean(output.isTTY) });
      // One command at a time, in the order typed.
      let queue = Promise.resolve();
      rl.on('line', (l) => {
        queue = queue.then(() => handle(l)).catch((error: unknown) => deps.logger.error({ err: error }, 'console command failed'));
      });
      rl.on('close', () => (deps.config.onQuit ?? (() => process.kill(process.pid, 'SIGINT')))());
      print(`Console chat ready — you are the admin of channel "console".\n${HELP}`);
      return { ok: true };
    },
    async stop() {
      rl?.removeAllListeners('close');
      rl?.close();
    },
    async postEvent(_channel, card) {
      return posted(renderCard(card, '{id}', style), 'post');
    },
    async editEvent(_channel, messageId, card) {
      print(`\n── post ${messageId} (edited) ${'─'.repeat(31)}\n${renderCard(card, messageId, style)}`);
      return { ok: true, messageId };
    },
    async postDigest(_channel, page) {
      return posted(renderDigest(page, '{id}', style), 'digest');
    },
    async postNotice(_channel, lines) {
      return posted(renderReply({ ephemeral: false, lines }, style), 'notice');
    },
    /** Reminders: only the one console user exists, so a message to anyone else cannot be delivered. */
    async sendDirect(userId, lines) {
      if (userId !== user) return { ok: false, retryable: false, message: `There is no console user ${userId}.` };
      return posted(renderReply({ ephemeral: true, lines }, style, now()), 'direct message');
    },
  };
}

function reactionKey(emoji: string): RsvpKey | null {
  const e = emoji.toLowerCase();
  if (['✅', 'going', 'yes', 'y'].includes(e)) return 'going';
  if (['🤔', 'maybe', 'm'].includes(e)) return 'maybe';
  const n = Number(e.replace(/\ufe0f?\u20e3$/, ''));
  if (Number.isInteger(n) && n >= 1 && n <= 10) return { number: n };
  if (e === '🔟') return { number: 10 };
  return null;
}

function safeUser(): string {
  try {
    return userInfo().username || 'you';
  } catch {
    return 'you';
  }
}
