import { userError, ok, type Result } from '../../core/result.js';

/**
 * Mastodon hashtag feeds: every instance serves its public posts with a tag
 * at `https://<instance>/tags/<tag>.rss`. Tags are case-insensitive, so URLs
 * are built in lower case (one canonical URL per tag and instance).
 *
 * A hashtag SOURCE SPEC names one tag followed on one or more instances:
 *
 *   #tag@instance[,instance…]
 *
 *   #brumtech@mastodon.social                 → https://mastodon.social/tags/brumtech.rss
 *   #brumtech@mastodon.social,fosstodon.org   → …/mastodon.social/… and …/fosstodon.org/…
 *   brumtech@https://fosstodon.org/           (the # and a scheme/trailing slash are tolerated)
 *
 * The tag is letters, digits and underscores (as Mastodon allows); instances
 * are host names, optionally with a port.
 */

const TAG = /^[\p{L}\p{N}_]+$/u;
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9](?::\d{1,5})?$/i;

function cleanInstance(instance: string): string {
  return instance
    .trim()
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

function cleanTag(tag: string): string {
  return tag.trim().replace(/^#/, '').toLowerCase();
}

/** `https://<instance>/tags/<tag>.rss`. */
export function tagFeedUrl(instance: string, tag: string): string {
  return `https://${cleanInstance(instance)}/tags/${encodeURIComponent(cleanTag(tag))}.rss`;
}

/** True for a Mastodon hashtag feed URL (`/tags/<tag>.rss` on any host). */
export function isMastodonTagUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && /^\/tags\/[^/]+\.rss$/i.test(u.pathname);
  } catch {
    return false;
  }
}

const SPEC_HELP = 'Write a hashtag source as #tag@instance, e.g. #brumtech@mastodon.social,fosstodon.org';

/** A hashtag source spec (see above) → the tag feed URLs it stands for. */
export function parseHashtagSpec(spec: string): Result<string[]> {
  const at = spec.indexOf('@');
  if (at < 0) return userError('hashtag-spec', `"${spec}" names no instance. ${SPEC_HELP}`);
  const tag = cleanTag(spec.slice(0, at));
  if (!TAG.test(tag)) {
    return userError('hashtag-spec', `"${spec.slice(0, at).trim()}" is not a hashtag. ${SPEC_HELP}`);
  }
  const instances = spec
    .slice(at + 1)
    .split(',')
    .map(cleanInstance)
    .filter((s) => s.length > 0);
  if (instances.length === 0) return userError('hashtag-spec', `"${spec}" names no instance. ${SPEC_HELP}`);
  const bad = instances.find((i) => !HOST.test(i));
  if (bad !== undefined) return userError('hashtag-spec', `"${bad}" is not an instance host name. ${SPEC_HELP}`);
  return ok([...new Set(instances.map((i) => tagFeedUrl(i, tag)))]);
}
