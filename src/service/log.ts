import pino from 'pino';
import type { Logger } from '../core/log.js';

/**
 * pino: JSON lines in production (or when not on a terminal), readable lines
 * in a terminal. Secrets are redacted wherever they appear in logged objects.
 */
const SECRET_FIELDS = [
  'token',
  'botToken',
  'appToken',
  'signingSecret',
  'DISCORD_TOKEN',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_SIGNING_SECRET',
  'METRICS_TOKEN',
];

export function createLogger(level: string, opts: { pretty?: boolean; destination?: NodeJS.WritableStream } = {}): Logger {
  const pretty = opts.pretty ?? (process.stdout.isTTY && process.env.NODE_ENV !== 'production');
  const redact = {
    // Each secret field at the top level of a logged object and one level down.
    paths: SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]).concat(['headers.authorization', '*.headers.authorization']),
    censor: '[secret]',
  };
  if (pretty && !opts.destination) {
    return pino({
      level,
      redact,
      transport: {
        target: 'pino-pretty',
        options: {
          colorize: true,
          translateTime: 'HH:MM:ss',
          ignore: 'pid,hostname,module',
          singleLine: true,
          messageFormat: '{if module}[{module}] {end}{msg}',
        },
      },
    });
  }
  return opts.destination ? pino({ level, redact }, opts.destination as pino.DestinationStream) : pino({ level, redact });
}
