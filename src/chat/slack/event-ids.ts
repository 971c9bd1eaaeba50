/**
 * Events API de-duplication. Slack re-delivers an event (same `event_id`,
 * with an `x-slack-retry-num` header or a Socket Mode `retry_attempt`) when
 * it did not see our acknowledgement in time — up to three retries over about
 * five minutes — and Bolt does not filter those retries.
 *
 * This in-memory set (bounded, entries expire after `ttlMs`, default one
 * hour, well past Slack's last retry) answers the common case without a
 * database query; ids it has not seen are then checked against the database
 * through `ChatCoreApi.firstDelivery`, which also covers restarts and other
 * instances.
 * The retry number is logged as a hint and never used to drop an event on its
 * own, because the first delivery may have been lost before it reached us.
 */
export class SeenEventIds {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ttlMs = 60 * 60_000,
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** True the first time an id is offered (within the TTL); false for a repeat. */
  firstSeen(id: string): boolean {
    const at = this.now();
    this.expire(at);
    const previous = this.seen.get(id);
    if (previous !== undefined && at - previous < this.ttlMs) return false;
    this.seen.set(id, at);
    while (this.seen.size > this.maxEntries) this.seen.delete(this.seen.keys().next().value!);
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  /** Entries are in insertion (= time) order, so expired ones are at the front. */
  private expire(at: number): void {
    for (const [id, when] of this.seen) {
      if (at - when < this.ttlMs) break;
      this.seen.delete(id);
    }
  }
}
