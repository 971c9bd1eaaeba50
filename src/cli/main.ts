import 'dotenv/config';
import { parseArgs } from 'node:util';
import { runMigrate } from './migrate.js';
import { runPoll } from './poll.js';
import { runPreview } from './preview.js';
import { runStart } from './start.js';

const USAGE = `events-bot — local, in-person events for Discord and Slack

Usage:
  events-bot [start] [--demo]     run the service (console chat when no Discord/Slack token is set)
  events-bot migrate              apply database migrations and exit
  events-bot preview <url> [--near "<place>"] [--radius <km>] [--include "<keywords>"] [--exclude "<keywords>"]
                    [--place "<venue, town>"] [--json] [--now <date>]
                                  fetch and parse one source without storing it
  events-bot poll --once          run one poll cycle over the stored sources
  events-bot help

Configuration comes from environment variables or .env (see .env.example).`;

/** `preview … | head`: the reader closing the pipe ends the output, not with a stack trace. */
function quietWhenOutputCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}

/** The `events-bot` command line. Exit codes: 0 ok, 1 failure, 2 usage error. */
async function main(argv: string[]): Promise<number> {
  const [command = 'start', ...rest] = argv[0]?.startsWith('-') ? ['start', ...argv] : argv;
  switch (command) {
    case 'start':
      return runStart(parseArgs({ args: rest, options: { demo: { type: 'boolean', default: false } } }).values);
    case 'migrate':
      return runMigrate();
    case 'preview': {
      quietWhenOutputCloses();
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          near: { type: 'string' },
          radius: { type: 'string' },
          json: { type: 'boolean', default: false },
          now: { type: 'string' },
          include: { type: 'string' },
          exclude: { type: 'string' },
          place: { type: 'string' },
        },
      });
      return runPreview(positionals[0], values);
    }
    case 'poll':
      return runPoll(parseArgs({ args: rest, options: { once: { type: 'boolean', default: false } } }).values);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}\n`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`events-bot: ${message.split('\n')[0]}\n`);
    process.exitCode = 2;
  },
);
