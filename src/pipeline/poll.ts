import type { Logger } from '../core/log.js';
import type { SourceRecord, Store } from '../core/ports.js';
import type { IngestResult } from '../ingest/index.js';
import { nextCheckAfterFailure, nextCheckAfterSuccess } from '../fetch/backoff.js';
import { GroupCommit } from './group-commit.js';

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
  /**
   * Sources leased at a time. A cycle takes every source due when it began,
   * leasing the next page as the workers drain the last, so a lease never
   * waits long for its poll. Default 500.
   */
  batch?: number;
  /** How long a source lease lasts (default LEASE_MS); the service renews it while the poll runs. */
  leaseMs?: number;
}

/** A source lease: short, renewed by a heartbeat while polling, so a killed instance's sources are free within a minute. */
export const LEASE_MS = 60_000;
const NOT_MODIFIED_BATCH = 200;
/** Sources waiting for a commit at which workers stop polling until a group goes into its commit (bounds memory). */
export const MAX_COMMIT_BACKLOG = 64;

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
   * committed one transaction at a time: two sources reporting the same new
   * event in one cycle must see each other's write, or each would create it
   * (under PostgreSQL's READ COMMITTED neither transaction sees the other's
   * uncommitted row). Sources that finish while a commit runs are committed
   * together in the next one (a group commit, EventRepo.applyPolled), so a
   * busy cycle pays one COMMIT per group rather than per source.
   */
  private readonly commits = new GroupCommit((batch) => this.opts.store.events.applyPolled(batch));
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
    const { concurrency } = this.opts;
    if (this.stopping) return { sources: 0, ok: 0, notModified: 0, failed: 0, created: 0, updated: 0, results: [] };
    const next = this.duePages(this.opts.now());
    const results: SourceOutcome[] = [];
    const polls: Promise<void>[] = [];
    const worker = async () => {
      for (let s = await next(); s && !this.stopping; s = await next()) {
        const source = s;
        // A worker moves on once its source is fetched and read; the commit joins a group (GroupCommit).
        await new Promise<void>((read) => {
          polls.push(this.pollSource(source, read).then((r) => void results.push(r)));
        });
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    await Promise.all(polls);
    await this.flushNotModified().catch((e: unknown) => this.opts.logger.error({ err: e }, 'could not record unchanged sources'));
    const sum = (k: 'created' | 'updated') => results.reduce((n, r) => n + r[k], 0);
    const count = (o: SourceOutcome['outcome']) => results.filter((r) => r.outcome === o).length;
    const summary = {
      sources: results.length,
      ok: count('ok'),
      notModified: count('not-modified'),
      failed: count('failed'),
      created: sum('created'),
      updated: sum('updated'),
      results,
    };
    if (results.length) this.opts.logger.info({ ...summary, results: undefined }, 'poll cycle done');
    return summary;
  }

  /**
   * The sources due at `startedAt`, one page of leases at a time; undefined
   * once none is left. A polled source's next check is after `startedAt`, so
   * the cycle ends. Workers share one claim in flight.
   */
  private duePages(startedAt: Date): () => Promise<SourceRecord | undefined> {
    const { store, owner } = this.opts;
    const page = this.opts.batch ?? 500;
    const queue: SourceRecord[] = [];
    let done = false;
    let claiming: Promise<void> | null = null;
    const refill = async () => {
      const got = await store.sources.claimDue(startedAt, owner, this.opts.leaseMs ?? LEASE_MS, page);
      queue.push(...got);
      if (got.length < page) done = true;
    };
    return async () => {
      while (queue.length === 0 && !done) {
        claiming ??= refill().finally(() => (claiming = null));
        await claiming;
      }
      return queue.shift();
    };
  }

  /**
   * Sources that answered 304 are recorded in batches (one UPDATE per
   * NOT_MODIFIED_BATCH, and the rest when the cycle ends): a warm cycle of
   * thousands of unchanged feeds costs a handful of queries. Until recorded,
   * a source keeps its lease, so no other instance polls it meanwhile.
   */
  private pendingNotModified: { id: number; nextCheckAt: Date; at: Date }[] = [];

  private async notModified(item: { id: number; nextCheckAt: Date; at: Date }): Promise<void> {
    this.pendingNotModified.push(item);
    if (this.pendingNotModified.length >= NOT_MODIFIED_BATCH) await this.flushNotModified();
  }

  private async flushNotModified(): Promise<void> {
    const items = this.pendingNotModified;
    this.pendingNotModified = [];
    if (items.length) await this.opts.store.sources.recordNotModified(items);
  }

  /** Polls one source; `read` is called once the worker may take the next one (at the latest when this settles). */
  private async pollSource(source: SourceRecord, read: () => void = () => undefined): Promise<SourceOutcome> {
    try {
      return await this.pollOne(source, read);
    } finally {
      read();
    }
  }

  private async pollOne(source: SourceRecord, read: () => void): Promise<SourceOutcome> {
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
        await this.notModified({ id: source.id, nextCheckAt, at });
        return { ...base, outcome: 'not-modified' };
      }
      const success = { etag: result.etag, lastModified: result.lastModified, nextCheckAt, title: result.title, home: result.home, at };
      // The worker moves on once the commit backlog has room (at once unless commits are falling behind), not when this commit ends.
      const room = this.commits.room(MAX_COMMIT_BACKLOG);
      const committed = this.commits.add({ sourceId: source.id, events: result.events, now: at, success });
      void room.then(read);
      const applied = await committed;
      if (result.capped) logger.warn({ source: source.id, url: source.url, capped: result.capped }, 'source capped');
      const counts = { events: result.events.length, created: applied.created.length, updated: applied.updated.length };
      return { ...base, outcome: 'ok', ...counts, ...(result.capped ? { message: result.capped } : {}) };
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
