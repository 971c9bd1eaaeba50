import type { Logger } from '../core/log.js';

/** Docker waits 10 s after SIGTERM before SIGKILL: in-flight work gets this long, the clean-up steps the rest. */
export const DRAIN_MS = 8_000;
/** The whole stop() stays under this. */
export const STOP_BUDGET_MS = 9_500;

export interface ShutdownSteps {
  /** Stop schedules and take no new work (synchronous flags, cleared timers). */
  stopTaking(): Promise<void>;
  /** Resolves when in-flight polls and deliveries have finished. */
  drained(): Promise<void>;
  /** Frees this instance's source leases, so another instance takes those sources at once. */
  releaseLeases(): Promise<number>;
  /** Chat clients, the HTTP server, the database, in that order. */
  cleanups: (() => Promise<void>)[];
}

/** Resolves with the work's outcome, or with 'timeout' after `ms`. */
async function within(work: Promise<unknown>, ms: number): Promise<'done' | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), Math.max(ms, 0))));
  try {
    return await Promise.race([work.then(() => 'done' as const), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A clean stop, bounded: stop schedules and new work, wait for in-flight
 * polls and deliveries up to DRAIN_MS, release this instance's leases, then
 * close chat clients (never while a post is being sent, unless the drain ran
 * out), the HTTP server and the database, and only then log "stopped". A post
 * cut off by the bound stays claimed and is resent by the next instance with
 * the same idempotency key (src/deliver/delivery.ts).
 */
export async function shutdown(steps: ShutdownSteps, logger: Logger, started = Date.now()): Promise<void> {
  const left = () => STOP_BUDGET_MS - (Date.now() - started);
  await steps.stopTaking();
  if ((await within(steps.drained(), DRAIN_MS - (Date.now() - started))) === 'timeout') {
    logger.warn({ waitedMs: DRAIN_MS }, 'in-flight work did not finish in time; it is picked up again after restart');
  }
  try {
    const released = await steps.releaseLeases();
    if (released) logger.info({ released }, 'source leases released');
  } catch (error) {
    logger.warn({ err: error }, 'could not release source leases; they expire within a minute');
  }
  for (const cleanup of steps.cleanups) {
    const step = cleanup().catch((e: unknown) => logger.warn({ err: e }, 'shutdown step failed'));
    if ((await within(step, Math.max(left(), 250))) === 'timeout') logger.warn('a shutdown step did not finish in time');
  }
  logger.info({ tookMs: Date.now() - started }, 'events-bot stopped');
}
