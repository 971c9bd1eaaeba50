import type { Line } from '../core/chat.js';
import type { FeedAlertKind, SourceRecord } from '../core/ports.js';

/**
 * The words of dead-feed alerts (issue #10 §6). The error is the one the
 * poll recorded (src/fetch/describe.ts and fetch/errors.ts word it); the fix
 * is chosen by what kind of error it is.
 */

/** What an admin can do about a feed's last error. */
export function fixFor(error: string | null): string {
  const e = error ?? '';
  if (/HTTP (404|410)\b/.test(e))
    return 'The feed is gone from that address (it moved or was deleted). Find its new address on the organiser’s site and add it with /events feed add <url>, then remove this one.';
  if (/HTTP (401|403)\b/.test(e))
    return 'The site refuses to share the feed (it became private or blocks bots). Use a public calendar or feed link instead, or ask the organiser to make it public.';
  if (/HTTP 429\b/.test(e)) return 'The site is limiting how often it is read. Nothing to do: I keep trying, less often.';
  if (/HTTP 5\d\d\b/.test(e)) return 'The site has a server error. Usually temporary: I keep trying; if it lasts, tell the site’s owner.';
  if (/timed out|could not connect|connection (refused|reset|closed)|no route|network unreachable/.test(e))
    return 'The site is down or unreachable from here. Usually temporary: I keep trying; if it lasts, check the address in a browser.';
  if (/could not resolve/.test(e))
    return 'The site’s name no longer exists (the domain expired or moved). Check the address, then add the right one with /events feed add <url>.';
  if (/TLS certificate/.test(e)) return 'The site’s security certificate is broken. Tell the site’s owner; I try again automatically.';
  if (/larger than/.test(e))
    return 'The feed is too big to read. Ask the organiser for a shorter feed (upcoming events only), or raise FETCH_MAX_BYTES.';
  if (/private|not allowed|blocked/i.test(e))
    return 'The address points inside a private network, which the bot does not read. Use the public address of the feed.';
  return 'The address no longer serves a calendar or feed I can read. Open it in a browser: if it moved, add the new address with /events feed add <url>, then remove this one.';
}

const name = (s: SourceRecord) => `#${s.id} ${s.title ? `${s.title} (${s.url})` : s.url}`;

/** The alert posted in a channel, mentioning nobody. */
export function alertLines(kind: FeedAlertKind, source: SourceRecord, opts: { failures: number; quietDays: number }): Line[] {
  const remove = [
    'Check it with ',
    { bold: '/events feed list' },
    ', or stop following it with ',
    { bold: `/events feed remove ${source.id}` },
    '.',
  ];
  if (kind === 'failing') {
    return [
      [{ bold: `⚠️ Feed ${name(source)} has failed ${source.failureCount} checks in a row` }, `: ${source.lastError ?? 'unknown error'}.`],
      [`Fix: ${fixFor(source.lastError)}`],
      remove as Line,
    ];
  }
  return [
    [{ bold: `💤 Feed ${name(source)} has had no events for ${opts.quietDays} days` }, ', though it still answers.'],
    [
      'Fix: the group may have moved its calendar or stopped listing events. Check the organiser’s site for a new calendar or feed and add it with ',
      { bold: '/events feed add <url>' },
      '.',
    ],
    remove as Line,
  ];
}

export function recoveryLines(kind: FeedAlertKind, source: SourceRecord): Line[] {
  return kind === 'failing'
    ? [[{ bold: `✅ Feed ${name(source)} is working again` }, '; its events will be posted as usual.']]
    : [[{ bold: `✅ Feed ${name(source)} has events again` }, '.']];
}
