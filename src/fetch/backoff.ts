/**
 * When to poll a source next. Pure: the clock and the random source are
 * arguments, so the schedule is testable.
 *
 * After a failure: 15 min, 30 min, 1 h, 2 h, … doubling per consecutive
 * failure, capped at 24 h, then scaled by a jitter factor in [0.8, 1.0] so
 * sources that failed together (a host outage) do not retry in lock-step.
 * A server's Retry-After is a lower bound (we never ask earlier than it
 * said), itself capped at 7 days so one response cannot silence a feed for
 * ever.
 *
 * After a success: the later of the poll interval and the server's
 * Cache-Control/Expires freshness, capped at 24 h (or the interval, if that is
 * longer), plus up to 5 % jitter (never earlier than the server asked).
 */

const FAILURE_BASE_MS = 15 * 60_000;
export const MAX_BACKOFF_MS = 24 * 60 * 60_000;
const MAX_RETRY_AFTER_MS = 7 * 24 * 60 * 60_000;
const MAX_FRESHNESS_MS = 24 * 60 * 60_000;

export type Random = () => number;

/** `failureCount` is the number of consecutive failures, including this one (1 = first failure). */
export function nextCheckAfterFailure(failureCount: number, now: Date, retryAfter?: Date | null, random: Random = Math.random): Date {
  const exponent = Math.max(0, Math.floor(failureCount) - 1);
  // 2 ** 30 would overflow nothing, but the cap is reached after 7 doublings anyway.
  const delay = Math.min(FAILURE_BASE_MS * 2 ** Math.min(exponent, 30), MAX_BACKOFF_MS);
  const jittered = delay * (0.8 + 0.2 * clamp01(random()));
  const fromBackoff = now.getTime() + jittered;
  if (!retryAfter) return new Date(fromBackoff);
  const serverWish = Math.min(retryAfter.getTime(), now.getTime() + MAX_RETRY_AFTER_MS);
  return new Date(Math.max(fromBackoff, serverWish));
}

export function nextCheckAfterSuccess(now: Date, pollIntervalMs: number, freshUntil?: Date | null, random: Random = Math.random): Date {
  const cap = Math.max(MAX_FRESHNESS_MS, pollIntervalMs);
  const freshFor = freshUntil ? freshUntil.getTime() - now.getTime() : 0;
  const delay = Math.min(Math.max(pollIntervalMs, freshFor), cap);
  const jitter = delay * 0.05 * clamp01(random());
  return new Date(now.getTime() + delay + jitter);
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(Math.max(value, 0), 1) : 0;
}
