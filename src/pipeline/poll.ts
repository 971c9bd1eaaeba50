import type { Logger } from '../core/log.js';
import type { SourceRecord, Store } from '../core/ports.js';
import type { IngestResult } from '../ingest/index.js';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../fetch/backoff.js';

export interface SourceOutcome {
  sourceId: number;
  url: string;
  outcome: 'ok' | 'not-modified' | 'failed';
  message?: string;
  events: number;
  created: number;
  updated: number;
}

export interface PollSummary {
  sources: number;
  ok: number;
  notModified: number;
  failed: number;
  created: number;
  updated: number;
  results: SourceOutcome[];
}

export interface PollerOptions {
  store: Store;
  ingest: (source: SourceRecord, now: Date) => Promise<IngestResult>;
  logger: Logger;
  now: () => Date;
  /** Sources polled at once. */
  concurrency: number;
  /** Identifies this instance in source leases. */
  owner: string;
  pollIntervalMs: number;
  /** At most this many sources per cycle. */
  batch?: number;
  /** How long a source lease lasts (default LEASE_MS); the service renews it while the poll runs. */
  leaseMs?: number;
}

/** A source lease: short, renewed by a heartbeat while polling, so a killed instance's sources are free within a minute. */
export const LEASE_MS = 60_000;

/**
 * One poll cycle: lease the sources that are due, run them in a bounded
 * worker pool, and commit each source's results in one transaction. Cycles
 * never overlap (a call during a cycle joins it). One source's failure never
 * delays or breaks the others.
 */
export class Poller {
  private running: Promise<PollSummary> | null = null;
  /**
   * Sources are fetched and parsed in parallel, but their results are
   * committed one source at a time: two sources reporting the same new event
   * in one cycle must see each other's write, or each would create it
   * (under PostgreSQL's READ COMMITTED neither transaction sees the other's
   * uncommitted row). Commits are short; the waiting is in the fetching.
   */
  private commits: Promise<unknown> = Promise.resolve();
  private stopping = false;

  constructor(private readonly opts: PollerOptions) {}

  runOnce(): Promise<PollSummary> {
    this.running ??= this.cycle().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Shutdown: sources not started yet in this cycle are left (their leases are released by the service). */
  stop(): void {
    this.stopping = true;
  }

  /** Waits for an in-flight cycle (shutdown). */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }

  private async cycle(): Promise<PollSummary> {
    const { store, owner, concurrency } = this.opts;
    if (this.stopping) return { sources: 0, ok: 0, notModified: 0, failed: 0, created: 0, updated: 0, results: [] };
    const due = await store.sources.claimDue(this.opts.now(), owner, this.opts.leaseMs ?? LEASE_MS, this.opts.batch ?? 200);
    const results: SourceOutcome[] = [];
    const queue = [...due];
    const worker = async () => {
      for (let s = queue.shift(); s && !this.stopping; s = queue.shift()) results.push(await this.pollSource(s));
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    const sum = (k: 'created' | 'updated') => results.reduce((n, r) => n + r[k], 0);
    const count = (o: SourceOutcome['outcome']) => results.filter((r) => r.outcome === o).length;
    const summary = {
      sources: due.length,
      ok: count('ok'),
      notModified: count('not-modified'),
      failed: count('failed'),
      created: sum('created'),
      updated: sum('updated'),
      results,
    };
    if (due.length) this.opts.logger.info({ ...summary, results: undefined }, 'poll cycle done');
    return summary;
  }

  private oneAtATime<T>(work: () => Promise<T>): Promise<T> {
    const next = this.commits.then(work);
    this.commits = next.catch(() => undefined);
    return next;
  }

  private async pollSource(source: SourceRecord): Promise<SourceOutcome> {
    const { store, now, logger } = this.opts;
    const base = { sourceId: source.id, url: source.url, events: 0, created: 0, updated: 0 };
    const at = now();
    try {
      const result = await this.opts.ingest(source, at);
      if (!result.ok) {
        const nextCheckAt = nextCheckAfterFailure(source.failureCount + 1, at, result.retryAfter ?? null);
        await store.sources.recordFailure(source.id, { error: result.message, nextCheckAt, at });
        logger.warn({ source: source.id, url: source.url, error: result.message }, 'source failed');
        return { ...base, outcome: 'failed', message: result.message };
      }
      const nextCheckAt = nextCheckAfterSuccess(at, this.opts.pollIntervalMs, result.freshUntil);
      if (result.notModified) {
        await store.sources.recordSuccess(source.id, { etag: source.etag, lastModified: source.lastModified, nextCheckAt, at });
        return { ...base, outcome: 'not-modified' };
      }
      const applied = await this.oneAtATime(() => store.events.applySourceResults(source.id, result.events, at));
      await store.sources.recordSuccess(source.id, {
        etag: result.etag,
        lastModified: result.lastModified,
        nextCheckAt,
        title: result.title,
        at,
      });
      return { ...base, outcome: 'ok', events: result.events.length, created: applied.created.length, updated: applied.updated.length };
    } catch (error) {
      logger.error({ err: error, source: source.id, url: source.url }, 'source crashed');
      const message = 'internal error while reading this feed (logged)';
      await store.sources
        .recordFailure(source.id, { error: message, nextCheckAt: nextCheckAfterFailure(source.failureCount + 1, at, null), at })
        .catch((e: unknown) => logger.error({ err: e, source: source.id }, 'could not record failure'));
      return { ...base, outcome: 'failed', message };
    }
  }
}
