import { snowflake } from './state.js';

/**
 * Gateway sharding as Discord does it: a guild's events go only to the
 * session that identified with shard `(guild_id >> 22) % num_shards`
 * (IDENTIFY `shard: [shard_id, num_shards]`, default [0, 1]); an IDENTIFY
 * whose shard is not a valid pair is closed with 4010 "Invalid shard".
 * https://discord.com/developers/docs/events/gateway#sharding
 */
export function shardOf(guildId: string, numShards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(numShards));
}

/** The IDENTIFY `shard` field checked: [id, count], or null when invalid. */
export function identifyShard(shard: unknown): [number, number] | null {
  if (shard === undefined) return [0, 1];
  if (!Array.isArray(shard) || shard.length !== 2) return null;
  const [id, count] = shard as unknown[];
  if (!Number.isInteger(id) || !Number.isInteger(count)) return null;
  if ((count as number) < 1 || (id as number) < 0 || (id as number) >= (count as number)) return null;
  return [id as number, count as number];
}

/**
 * `count` guild ids whose timestamps differ by one millisecond each, so they
 * fall on consecutive shards (shard = timestamp % shards) — ids made in one
 * millisecond would all share a shard.
 */
export function spreadGuildIds(count: number, at = Date.now()): string[] {
  return Array.from({ length: count }, (_, i) => snowflake(at - count + i));
}
