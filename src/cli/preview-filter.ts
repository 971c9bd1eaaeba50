import type { ChannelFilterRecord } from '../core/ports.js';
import { filterVerdict, isEmptyFilter, parseKeywords, type FilterVerdict } from '../deliver/filter.js';
import type { PreviewRow } from '../ingest/preview.js';

/**
 * `preview --include "python, rust" --exclude crypto`: the topic filter a
 * channel would have (issue #10 §5), applied to each previewed event after
 * the region verdict, with its reason.
 */
export function previewFilter(flags: { include?: string; exclude?: string }): ChannelFilterRecord | null {
  const filter = { include: parseKeywords(flags.include ?? ''), exclude: parseKeywords(flags.exclude ?? '') };
  return isEmptyFilter(filter) ? null : filter;
}

export interface FilteredRow {
  row: PreviewRow;
  /** The row's verdict after the filter: an event the region would post but the filter leaves out is skipped. */
  verdict: PreviewRow['verdict'];
  reason: string | null | undefined;
  filter: FilterVerdict | null;
}

export function applyFilter(row: PreviewRow, filter: ChannelFilterRecord | null): FilteredRow {
  if (!filter) return { row, verdict: row.verdict, reason: row.reason, filter: null };
  const verdict = filterVerdict(filter, row.event);
  const skipped = row.verdict === 'post' && !verdict.pass;
  return { row, verdict: skipped ? 'skip' : row.verdict, reason: skipped ? 'topic-filter' : row.reason, filter: verdict };
}

/** "    topic filter: ✔ matches “python”" — or null without a filter. */
export const filterLine = (f: FilterVerdict | null): string | null => (f ? `    topic filter: ${f.pass ? '✔' : '✘'} ${f.reason}` : null);
