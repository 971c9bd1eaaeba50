import { createHash } from 'node:crypto';

/**
 * A stable id for an item its source gave none: a hash of the fields that
 * identify it (title, start, place). Same fields → same id across polls.
 */
export function derivedUid(...parts: (string | null | undefined)[]): string {
  const hash = createHash('sha256')
    .update(parts.map((p) => p ?? '').join('\u001f'))
    .digest('hex');
  return `derived:${hash.slice(0, 32)}`;
}
