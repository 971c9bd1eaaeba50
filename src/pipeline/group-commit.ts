import type { ApplySummary, PolledSource } from '../core/ports.js';
import { due, yieldIfDue } from '../core/turns.js';

/** At most this many sources, and about this many events, go into one commit. */
export const MAX_SOURCES = 64;
const MAX_EVENTS = 5000;
/**
 * How long a commit waits for more sources to join it. Polls finish one at a
 * time, and a commit is quicker than a poll, so without waiting nearly every
 * group would hold one source; a COMMIT (WAL write, checkpoints) costs more
 * than the rows of a small feed.
 */
export const GATHER_MS = 50;

interface Waiting {
  source: PolledSource;
  resolve: (summary: ApplySummary) => void;
  reject: (error: unknown) => void;
}

/**
 * Commits polled sources one transaction at a time, each transaction taking
 * every source that finished within `gatherMs` or while the previous one ran
 * (up to MAX_SOURCES / MAX_EVENTS). When a group fails, its sources are
 * committed one by one, so one source's failure only fails that source.
 */
export class GroupCommit {
  private waiting: Waiting[] = [];
  private running = false;
  private roomWaiters: { below: number; resolve: () => void }[] = [];

  constructor(
    private readonly commit: (sources: PolledSource[]) => Promise<ApplySummary[]>,
    private readonly gatherMs = GATHER_MS,
  ) {}

  /**
   * Resolves once fewer than `n` sources wait for a commit (a group taken
   * into its commit no longer waits), so a caller holding back more work
   * resumes as soon as there is room rather than when its own commit ends.
   */
  room(n: number): Promise<void> {
    if (this.waiting.length < n) return Promise.resolve();
    return new Promise<void>((resolve) => this.roomWaiters.push({ below: n, resolve }));
  }

  add(source: PolledSource): Promise<ApplySummary> {
    return new Promise<ApplySummary>((resolve, reject) => {
      this.waiting.push({ source, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length) {
        if (this.gatherMs > 0 && this.waiting.length < MAX_SOURCES) await new Promise((r) => setTimeout(r, this.gatherMs));
        await this.commitGroup(this.nextGroup());
        // Commits back to back need never leave the microtask queue (SQLite's are synchronous): timers and I/O get their turn between them.
        if (this.waiting.length && due()) await yieldIfDue();
      }
    } finally {
      this.running = false;
    }
  }

  private nextGroup(): Waiting[] {
    let events = 0;
    let n = 0;
    while (n < this.waiting.length && n < MAX_SOURCES && (n === 0 || events + this.waiting[n]!.source.events.length <= MAX_EVENTS)) {
      events += this.waiting[n]!.source.events.length;
      n++;
    }
    const group = this.waiting.splice(0, n);
    this.wakeRoom();
    return group;
  }

  private wakeRoom(): void {
    this.roomWaiters = this.roomWaiters.filter((w) => {
      if (this.waiting.length >= w.below) return true;
      w.resolve();
      return false;
    });
  }

  private async commitGroup(group: Waiting[]): Promise<void> {
    try {
      const summaries = await this.commit(group.map((w) => w.source));
      group.forEach((w, i) => w.resolve(summaries[i]!));
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const w of group) await this.commitGroup([w]);
    }
  }
}
