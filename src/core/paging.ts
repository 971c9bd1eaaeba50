/**
 * Paging tokens travel through a platform (Discord custom_id ≤ 100 chars,
 * Slack action value) and come back to ChatCoreApi.page(). They carry the
 * command path and its arguments, compactly: "pg:" + base64url(JSON).
 */
const PREFIX = 'pg:';
const MAX = 90;

export function pageToken(path: string[], args: Record<string, unknown>): string {
  const compact: Record<string, unknown> = { ...args };
  let token = encode(path, compact);
  // Long search words are cut rather than failing the button.
  while (token.length > MAX && typeof compact.query === 'string' && compact.query.length > 0) {
    compact.query = compact.query.slice(0, Math.max(0, compact.query.length - 8));
    token = encode(path, compact);
  }
  return token;
}

function encode(path: string[], args: Record<string, unknown>): string {
  const clean = Object.fromEntries(Object.entries(args).filter(([, v]) => v !== undefined && v !== ''));
  return PREFIX + Buffer.from(JSON.stringify([path.join(' '), clean])).toString('base64url');
}

export function readPageToken(token: string): { path: string[]; args: Record<string, unknown> } | null {
  if (!token.startsWith(PREFIX)) return null;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
    if (!Array.isArray(decoded) || typeof decoded[0] !== 'string' || typeof decoded[1] !== 'object' || decoded[1] === null) return null;
    return { path: decoded[0].split(' '), args: decoded[1] as Record<string, unknown> };
  } catch {
    return null;
  }
}
