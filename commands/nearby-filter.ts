import type { ChannelFilterRecord, EventNear, NearQuery, Store } from '../src/core/ports.js';
import { isEmptyFilter, passes } from '../src/deliver/filter.js';

/** Events `nearby` shows per page. */
export const PAGE_SIZE = 10;
/** With a topic filter, this many nearest-in-time events are read and filtered in memory, then paged. */
const FILTER_WINDOW = 1000;

/**
 * One page of `nearby` results. Without a topic filter the database pages;
 * with one (issue #10 §5: filters apply to nearby too) the window of
 * upcoming events is filtered first, so page counts and totals are right.
 */
export async function filteredPage(
  store: Store,
  query: Omit<NearQuery, 'limit' | 'offset'>,
  filter: ChannelFilterRecord | null,
  page: number,
): Promise<{ items: EventNear[]; total: number }> {
  const offset = (page - 1) * PAGE_SIZE;
  if (!filter || isEmptyFilter(filter)) return store.events.near({ ...query, limit: PAGE_SIZE, offset });
  const { items } = await store.events.near({ ...query, limit: FILTER_WINDOW, offset: 0 });
  const kept = items.filter((i) => passes(filter, i.event));
  return { items: kept.slice(offset, offset + PAGE_SIZE), total: kept.length };
}
