/**
 * Time slices for bulk work on the event loop. A cold poll cycle has more
 * work ready than the loop can do at once: feeds parsed and placed, group
 * commits planned and serialised. Without slices, whatever is ready runs in
 * one turn of the loop, and a chat command, a Discord heartbeat or a health
 * check arriving then waits for all of it (a 64-source commit plus eight
 * parses: 50–130 ms).
 *
 * Bulk work looks at `due()` between units (an event, a feed, a write) and,
 * when it is, awaits `yieldIfDue()`. Within the current slice it goes on at
 * once; once the slice has lasted SLICE_MS, it waits in line. On each later
 * turn of the loop (after that turn's timers and I/O), the first in line
 * resumes with a fresh slice, so pieces of bulk work take turns in the order
 * they stopped and none waits for another to finish. The CPU spent is the
 * same; what changes is who waits.
 */

/** How long bulk work runs before timers and I/O get their turn. */
export const SLICE_MS = 10;

let sliceStart = performance.now();
const line: (() => void)[] = [];
let scheduled = false;

/** One turn of the loop: the first in line resumes, with a fresh slice. */
function nextTurn(): void {
  scheduled = false;
  sliceStart = performance.now();
  line.shift()?.();
  if (line.length) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  // An immediate runs once per turn, after the turn's timers and I/O.
  setImmediate(nextTurn);
}

/**
 * The slice while someone is waiting on an answer (a chat command in
 * progress, `urgently`): a command's reads are round trips whose answers
 * are taken between slices, so four of them behind 10 ms slices wait up to
 * 40 ms; behind 1 ms slices, a few.
 */
export const URGENT_SLICE_MS = 1;

/** Work in progress that someone is waiting for. */
let waitedFor = 0;

/** True when the next unit of bulk work should first `await yieldIfDue()` (a check that costs no promise). */
export function due(): boolean {
  return performance.now() - sliceStart >= (waitedFor > 0 ? URGENT_SLICE_MS : SLICE_MS);
}

/**
 * Runs `work` (a chat command) with bulk work stepping aside after
 * URGENT_SLICE_MS instead of SLICE_MS until it has finished, so each of its
 * I/O answers is taken within about a millisecond of bulk work.
 */
export async function urgently<T>(work: () => Promise<T>): Promise<T> {
  waitedFor++;
  try {
    return await work();
  } finally {
    waitedFor--;
  }
}

/**
 * Resolves at once within the current slice; otherwise on a later turn, when
 * this caller's turn in line comes. `first`: work that other work waits for
 * (a PostgreSQL group commit, which holds the apply lock while the commit
 * backlog keeps the pollers waiting) goes to the front of the line.
 */
export async function yieldIfDue(opts: { first?: boolean } = {}): Promise<void> {
  if (!due()) return;
  await new Promise<void>((resolve) => {
    if (opts.first) line.unshift(resolve);
    else line.push(resolve);
    schedule();
  });
}
