import type { NormalisedEvent } from '../core/event.js';
import { contentHash } from '../core/hash.js';
import { DAY_MS, isValidTimezone, offsetMs } from '../core/time.js';

/**
 * One session split around a break: a conference schedule lists a day's
 * workshop as "DjangoGirls" 10:30–12:00 and again 12:30–16:00 (the lunch
 * between them is an entry of its own). Within one source, entries with the
 * same title, the same link (or both none), the same venue and address and
 * the same status, where the next starts at most JOIN_GAP_MS after the one
 * before ends, on the same local day, are one event from the first's start
 * to the last's end, kept under the first's id. Never joined: a matinée and
 * an evening show (hours apart), a weekly series (other days), entries with
 * no end or all day, the occurrences of one recurring series
 * (`uid#<start>`: a museum's repeated showings are meant one by one), and
 * repeats: entries of one length of at most REPEAT_MAX_MS each (a toddlers'
 * class at 11:15, 12:15 and 13:00, 45 minutes each; two screenings of one
 * film), which a parent reads one by one.
 */
const JOIN_GAP_MS = 90 * 60_000;
const REPEAT_MAX_MS = 2 * 60 * 60_000;

export function joinSplitSessions(events: readonly NormalisedEvent[]): NormalisedEvent[] {
  const groups = new Map<string, number[]>();
  events.forEach((e, i) => {
    if (e.allDay || e.end === null || e.sourceUid.includes('#')) return;
    const key = `${e.title}\u001f${e.url ?? ''}\u001f${e.venue ?? ''}\u001f${e.address ?? ''}\u001f${e.status}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const joined = new Map<number, NormalisedEvent>();
  const dropped = new Set<number>();
  for (const group of groups.values()) if (group.length > 1) joinGroup(events, group, joined, dropped);
  if (dropped.size === 0) return [...events];
  return events.flatMap((e, i) => (dropped.has(i) ? [] : [joined.get(i) ?? e]));
}

/** Joins the runs of one group's entries (same title, link, place and status) that follow each other across a short break. */
function joinGroup(events: readonly NormalisedEvent[], group: number[], joined: Map<number, NormalisedEvent>, dropped: Set<number>): void {
  group.sort((a, b) => events[a]!.start.getTime() - events[b]!.start.getTime());
  let head = group[0]!;
  let end = events[head]!.end!;
  for (const i of group.slice(1)) {
    const next = events[i]!;
    if (followsAfterBreak(events[head]!, end, next)) {
      if (next.end!.getTime() > end.getTime()) end = next.end!;
      dropped.add(i);
      joined.set(head, spanning(events[head]!, end));
    } else {
      head = i;
      end = next.end!;
    }
  }
}

function followsAfterBreak(first: NormalisedEvent, firstEnd: Date, next: NormalisedEvent): boolean {
  const gap = next.start.getTime() - firstEnd.getTime();
  if (gap < 0 || gap > JOIN_GAP_MS || isRepeat(first, next)) return false;
  return localDay(first.start, first.timezone) === localDay(next.start, next.timezone);
}

/** The same short slot again, not the rest of one session. */
function isRepeat(first: NormalisedEvent, next: NormalisedEvent): boolean {
  const length = first.end!.getTime() - first.start.getTime();
  return length <= REPEAT_MAX_MS && next.end!.getTime() - next.start.getTime() === length;
}

function localDay(at: Date, zone: string): number {
  const offset = isValidTimezone(zone) ? offsetMs(at, zone) : 0;
  return Math.floor((at.getTime() + offset) / DAY_MS);
}

function spanning(first: NormalisedEvent, end: Date): NormalisedEvent {
  const e = { ...first, end };
  return { ...e, contentHash: contentHash(e) };
}
