import type { Logger } from '../../src/core/log.js';

export interface LogEntry {
  level: 'error' | 'warn' | 'info' | 'debug';
  /** The message; a bare string logged on its own is its own message. */
  msg: string;
  obj: object | string;
}

/** A Logger that keeps what was logged, so tests can check nothing went wrong silently. */
export function recordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const at =
    (level: LogEntry['level']) =>
    (obj: object | string, msg?: string): void => {
      entries.push({ level, obj, msg: msg ?? (typeof obj === 'string' ? obj : '') });
    };
  const logger = {
    entries,
    error: at('error'),
    warn: at('warn'),
    info: at('info'),
    debug: at('debug'),
    child: () => logger,
  };
  return logger;
}
