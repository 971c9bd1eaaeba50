import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChatCoreApi, CommandContext, ReactionEvent, Reply } from '../../../src/core/chat.js';

/**
 * Small stand-ins for adapter tests that run without the whole service: a
 * ChatCoreApi that records what the adapter hands it and answers like the
 * real core would in shape (ephemeral usage errors, an admin refusal, a paged
 * list), a logger that keeps entries, and an HTTP server with `mount`.
 */
export interface RecordingCore extends ChatCoreApi {
  texts: { ctx: CommandContext; text: string }[];
  pages: { ctx: CommandContext; token: string }[];
  reactions: ReactionEvent[];
}

export function recordingCore(): RecordingCore {
  const texts: RecordingCore['texts'] = [];
  const pages: RecordingCore['pages'] = [];
  const reactions: ReactionEvent[] = [];
  const delivered = new Set<string>();
  return {
    texts,
    pages,
    reactions,
    definitions: () => [],
    run: () => Promise.resolve({ ephemeral: true, lines: [['run is not used by Slack']] }),
    async runText(ctx, text) {
      texts.push({ ctx, text });
      return answer(ctx, text);
    },
    async page(ctx, token) {
      pages.push({ ctx, token });
      return { ephemeral: true, lines: [['Page for ', { bold: token }]], paging: { page: 2, pages: 2, prev: 'pg:first', next: null } };
    },
    autocompletePlace: () => [],
    async reaction(ev) {
      reactions.push(ev);
    },
    async firstDelivery(id) {
      if (delivered.has(id)) return false;
      delivered.add(id);
      return true;
    },
    appHome: async () => ({ rsvps: [], home: null, reminder: 'off', visibleAs: null, channels: [] }),
  };
}

function answer(ctx: CommandContext, text: string): Reply {
  const [word] = text.split(/\s+/);
  if (word === 'region' && !ctx.isAdmin) return { ephemeral: true, lines: [['🔒 Only admins can change this channel’s settings.']] };
  if (word === 'region') return { ephemeral: false, lines: [['Region set to ', { bold: text.slice(7) }]] };
  if (word === 'list') {
    return { ephemeral: true, lines: [['Events <!channel> near you']], paging: { page: 1, pages: 2, prev: null, next: 'pg:second' } };
  }
  return { ephemeral: true, lines: [[`❌ There is no /events ${word} command.`]] };
}

/** The shared recording logger (test/helpers), under the name the Slack adapter tests use. */
export { recordingLogger as memoryLogger, type LogEntry } from '../../helpers/recording-logger.js';

export interface MountServer {
  url: string;
  mount(path: string, handler: (req: IncomingMessage, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

export async function mountServer(): Promise<MountServer> {
  const mounts = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
  const server: Server = createServer((req, res) => {
    const handler = mounts.get((req.url ?? '/').split('?')[0]!);
    if (handler) return handler(req, res);
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    mount: (path, handler) => void mounts.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
