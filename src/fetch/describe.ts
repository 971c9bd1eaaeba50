/** One-line, human messages about fetches, for admins and the feed owner. */
import { STATUS_CODES } from 'node:http';
import type { FetchOutcome } from './types.js';

/** 30000 → "30 s", 300 → "0.3 s", 90000 → "90 s". */
export function formatDuration(ms: number): string {
  const seconds = ms / 1000;
  const text = Number.isInteger(seconds) ? String(seconds) : String(Number(seconds.toFixed(2)));
  return `${text} s`;
}

/** 5 * 1024 * 1024 → "5 MB", 2048 → "2 KB", 1536 → "1.5 KB", 300 → "300 bytes". */
function formatBytes(bytes: number): string {
  const units: Array<[number, string]> = [
    [1024 * 1024, 'MB'],
    [1024, 'KB'],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** "HTTP 404 Not Found". */
export function httpStatusMessage(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

export const timeoutMessage = (ms: number): string => `timed out after ${formatDuration(ms)}`;

export const tooLargeMessage = (limitBytes: number): string => `larger than ${formatBytes(limitBytes)}, the size limit for one feed`;

export function describeOutcome(o: FetchOutcome): string {
  switch (o.kind) {
    case 'ok': {
      const type = o.contentType ? `, ${o.contentType}` : '';
      return `${httpStatusMessage(o.status)} (${formatBytes(o.body.length)}${type})`;
    }
    case 'not-modified':
      return 'not modified since the last check (HTTP 304)';
    case 'http-error':
      return o.retryAfter ? `${o.message}; the server asks us to wait until ${o.retryAfter.toISOString()}` : o.message;
    case 'network-error':
    case 'too-large':
    case 'blocked':
    case 'parse-error':
      return o.message;
  }
}
