import type { Logger } from '../../core/log.js';
import type { ShardLeaseRepo } from '../../core/ports.js';

/**
 * Which Discord gateway shards this instance connects. Discord sends a
 * guild's events (commands, reactions) only to the shard that owns it
 * (`shard_id = (guild_id >> 22) % shard_count`), so instances that split the
 * shards between them each answer their own guilds, and every guild is
 * answered once.
 *
 * The rule, with the leases in the database (ShardLeaseRepo):
 * - at start an instance takes up to ceil(shards / DISCORD_INSTANCES) free
 *   shards: released, expired, or its own under the same INSTANCE_ID (a
 *   restart gets them back at once);
 * - every lease/3 it renews its leases and takes over shards that have been
 *   free for a whole lease (an instance that died or stopped and was not
 *   restarted within a minute), so every shard is connected while any
 *   instance runs — a sole instance ends up with all of them;
 * - it disconnects a shard whose lease another instance took over (it was
 *   paused past its lease), and releases its shards when it stops.
 */
export const SHARD_LEASE_MS = 60_000;

export interface ShardLeasing {
  repo: ShardLeaseRepo;
  /** This instance's name in leases (INSTANCE_ID). */
  owner: string;
  /** How many instances are expected to share the gateway (DISCORD_INSTANCES). */
  instances: number;
  /** Tests: a shorter lease. */
  leaseMs?: number;
}

/**
 * The shard count Discord recommends, from GET /gateway/bot under our own
 * DISCORD_API_URL (discord.js's `'auto'` would ask discord.com itself).
 * `get` performs the request (discord.js REST, so failures read like every
 * other Discord start-up failure); throws what it throws.
 */
export async function recommendedShards(get: () => Promise<unknown>): Promise<number> {
  const shards = ((await get()) as { shards?: unknown } | null)?.shards;
  if (typeof shards !== 'number' || !Number.isInteger(shards) || shards < 1) {
    throw new Error('GET /gateway/bot gave no shard count; set DISCORD_SHARD_COUNT');
  }
  return shards;
}

/** After a heartbeat: the shards this instance holds (connect any not connected) and those another instance took (drop them). */
export interface ShardChange {
  held: number[];
  lost: number[];
}

export class ShardLeases {
  private held: number[] = [];
  readonly leaseMs: number;

  constructor(
    private readonly leasing: ShardLeasing | undefined,
    readonly count: number,
    private readonly now: () => Date,
    private readonly logger: Logger,
  ) {
    this.leaseMs = leasing?.leaseMs ?? SHARD_LEASE_MS;
  }

  /** The shards to connect at start (all of them without leasing: a sole instance). */
  async start(): Promise<number[]> {
    if (!this.leasing) return (this.held = Array.from({ length: this.count }, (_, i) => i));
    const want = Math.ceil(this.count / this.leasing.instances);
    const now = this.now();
    this.held = await this.leasing.repo.claim(this.leasing.owner, this.count, want, {
      now,
      until: this.until(now),
      freeBefore: now,
      starting: true,
    });
    return this.held;
  }

  /** Renews, takes over shards free for a whole lease, and says what this instance holds now. */
  async heartbeat(): Promise<ShardChange> {
    if (!this.leasing) return { held: this.held, lost: [] };
    const now = this.now();
    const { repo, owner } = this.leasing;
    const kept = await repo.renew(owner, this.until(now));
    const freeBefore = new Date(now.getTime() - this.leaseMs);
    const after = await repo.claim(owner, this.count, this.count, { now, until: this.until(now), freeBefore });
    const lost = this.held.filter((s) => !kept.includes(s));
    const taken = after.filter((s) => !this.held.includes(s));
    if (lost.length) this.logger.warn({ shards: lost }, 'another instance took over these Discord shards');
    if (taken.length) this.logger.info({ shards: taken }, 'taking over Discord shards that no instance held');
    this.held = after;
    return { held: after, lost };
  }

  async release(): Promise<void> {
    if (!this.leasing || this.held.length === 0) return;
    this.held = [];
    const released = await this.leasing.repo.release(this.leasing.owner, this.now());
    if (released) this.logger.info({ released }, 'Discord shard leases released');
  }

  private until(now: Date): Date {
    return new Date(now.getTime() + this.leaseMs);
  }
}
