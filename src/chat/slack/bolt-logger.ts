import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../core/log.js';

const ORDER: Record<LogLevel, number> = { [LogLevel.DEBUG]: 0, [LogLevel.INFO]: 1, [LogLevel.WARN]: 2, [LogLevel.ERROR]: 3 };

/**
 * Bolt, the Web API client and the Socket Mode client log through this bridge
 * into the service's logger. Bolt's debug output (request bodies) is dropped
 * unless Bolt is set to debug; messages are joined into one string as Bolt
 * passes them as several arguments.
 */
export function boltLogger(logger: Logger, initial: LogLevel = LogLevel.INFO): BoltLogger {
  let level = initial;
  const emit =
    (at: LogLevel, write: (msg: string) => void) =>
    (...parts: unknown[]) => {
      if (ORDER[at] >= ORDER[level]) write(parts.map(text).join(' '));
    };
  return {
    debug: emit(LogLevel.DEBUG, (m) => logger.debug({ component: 'bolt' }, m)),
    info: emit(LogLevel.INFO, (m) => logger.info({ component: 'bolt' }, m)),
    warn: emit(LogLevel.WARN, (m) => logger.warn({ component: 'bolt' }, m)),
    error: emit(LogLevel.ERROR, (m) => logger.error({ component: 'bolt' }, m)),
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => undefined,
  };
}

function text(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
