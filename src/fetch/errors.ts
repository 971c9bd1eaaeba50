/**
 * Turns the errors undici and node:net throw into one line a feed owner can
 * act on. Anything unrecognised keeps its own message.
 */
import { formatDuration } from './describe.js';

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** undici sometimes wraps the socket error in `cause`; look one level down. */
function innermost(error: unknown): unknown {
  const cause = (error as { cause?: unknown } | null)?.cause;
  return codeOf(error) === undefined && cause ? cause : error;
}

const CODE_MESSAGES: Record<string, (where: string) => string> = {
  ECONNREFUSED: (where) => `connection refused by ${where}`,
  ECONNRESET: (where) => `connection reset by ${where}`,
  EPIPE: (where) => `connection closed by ${where}`,
  UND_ERR_SOCKET: (where) => `connection closed by ${where} before the response was complete`,
  EHOSTUNREACH: (where) => `no route to ${where}`,
  ENETUNREACH: (where) => `network unreachable for ${where}`,
};

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_NOT_YET_VALID',
]);

export function networkErrorMessage(error: unknown, url: URL, connectTimeoutMs: number): string {
  const inner = innermost(error);
  const code = codeOf(inner);
  const where = url.host;
  const detail = inner instanceof Error ? inner.message : String(inner);
  if (code === 'UND_ERR_CONNECT_TIMEOUT') {
    return `could not connect to ${where} within ${formatDuration(connectTimeoutMs)}`;
  }
  if (code && TLS_CODES.has(code)) return `the TLS certificate of ${where} is not valid (${detail})`;
  if (code?.startsWith('HPE_')) return `the response from ${where} was not valid HTTP (${detail})`;
  const known = code ? CODE_MESSAGES[code] : undefined;
  if (known) return known(where);
  return `request to ${where} failed: ${detail}`;
}
