/** Storage ports that keep several instances on one database apart: inbound chat events seen once, Discord shard leases. */

export interface InboundRepo {
  /** True the first time an id is seen; false for a retry/duplicate. */
  firstSeen(id: string, now: Date): Promise<boolean>;
  prune(olderThan: Date): Promise<number>;
}

/** A Discord gateway shard and who holds it (src/store/shards.ts). */
export interface ShardLease {
  shardId: number;
  shardCount: number;
  owner: string | null;
  leaseUntil: Date;
}

/**
 * Discord gateway shards leased to instances, so each shard is connected by
 * one instance at a time. A shard is free when it has no owner or its lease
 * ended; `leaseUntil` of a free shard is when it became free.
 */
export interface ShardLeaseRepo {
  /**
   * Makes `owner` hold up to `want` of the shards 0…count-1 until `until`:
   * those it holds already, then free ones that became free before
   * `freeBefore` (at most `now`), lowest first. An instance `starting` also
   * takes shards their owner released, whenever, and marks the free shards it
   * leaves as free from `now` (so instances starting within a lease of it get
   * them before any heartbeat takes them). Atomic per shard, so two instances
   * never both win one. Returns the shards `owner` holds afterwards.
   */
  claim(
    owner: string,
    count: number,
    want: number,
    at: { now: Date; until: Date; freeBefore: Date; starting?: boolean },
  ): Promise<number[]>;
  /** Extends `owner`'s leases (unless another took them over) and returns the shards it still holds. */
  renew(owner: string, until: Date): Promise<number[]>;
  /** Frees `owner`'s shards as of `now`; returns how many. */
  release(owner: string, now: Date): Promise<number>;
  list(): Promise<ShardLease[]>;
}
