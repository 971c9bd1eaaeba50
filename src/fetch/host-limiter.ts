/**
 * A counting semaphore per hostname: at most `perHost` requests to one host
 * run at once; the rest wait in FIFO order. Keeps us polite to hosts such as
 * meetup.com that many sources point at.
 */
export class HostLimiter {
  private readonly hosts = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(private readonly perHost: number) {
    if (!Number.isInteger(perHost) || perHost < 1) throw new RangeError('perHost must be a positive integer');
  }

  async run<T>(hostname: string, task: () => Promise<T>): Promise<T> {
    const key = hostname.toLowerCase();
    await this.acquire(key);
    try {
      return await task();
    } finally {
      this.release(key);
    }
  }

  /** Requests currently running for a host (for tests and diagnostics). */
  active(hostname: string): number {
    return this.hosts.get(hostname.toLowerCase())?.active ?? 0;
  }

  private acquire(key: string): Promise<void> {
    let slot = this.hosts.get(key);
    if (!slot) {
      slot = { active: 0, waiting: [] };
      this.hosts.set(key, slot);
    }
    if (slot.active < this.perHost) {
      slot.active += 1;
      return Promise.resolve();
    }
    const queue = slot.waiting;
    // The releasing task hands its slot straight to the next waiter, so `active` stays put.
    return new Promise((resolve) => queue.push(resolve));
  }

  private release(key: string): void {
    const slot = this.hosts.get(key);
    if (!slot) return;
    const next = slot.waiting.shift();
    if (next) {
      next();
      return;
    }
    slot.active -= 1;
    if (slot.active === 0) this.hosts.delete(key);
  }
}
