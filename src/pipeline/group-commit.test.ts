import { describe, expect, it } from 'vitest';
import type { ApplySummary, PolledSource } from '../core/ports.js';
import { SLICE_MS } from '../core/turns.js';
import { GroupCommit, MAX_SOURCES } from './group-commit.js';

const polled = (sourceId: number, events = 1): PolledSource => ({
  sourceId,
  events: Array.from({ length: events }, () => ({}) as PolledSource['events'][number]),
  now: new Date(0),
  success: { etag: null, lastModified: null, nextCheckAt: new Date(0), at: new Date(0) },
});
const summary = (id: number): ApplySummary => ({ created: [id], updated: [], unchanged: 0 });

describe('GroupCommit', () => {
  it('commits the sources that arrive while a commit runs together, one commit at a time', async () => {
    const groups: number[][] = [];
    let open = 0;
    const commits = new GroupCommit(async (sources) => {
      expect(++open).toBe(1);
      groups.push(sources.map((s) => s.sourceId));
      await new Promise((r) => setTimeout(r, 5));
      open--;
      return sources.map((s) => summary(s.sourceId));
    }, 0);
    const results = await Promise.all([1, 2, 3, 4].map((id) => commits.add(polled(id))));
    expect(results.map((r) => r.created[0])).toEqual([1, 2, 3, 4]);
    expect(groups).toEqual([[1], [2, 3, 4]]);
  });

  it('waits a moment for sources finishing one after another to join one commit', async () => {
    const groups: number[][] = [];
    const commits = new GroupCommit(async (sources) => {
      groups.push(sources.map((s) => s.sourceId));
      return sources.map((s) => summary(s.sourceId));
    }, 200);
    const done: Promise<ApplySummary>[] = [];
    for (const id of [1, 2, 3]) {
      done.push(commits.add(polled(id)));
      await new Promise((r) => setTimeout(r, 5)); // each poll finishes a little after the last
    }
    await Promise.all(done);
    expect(groups).toEqual([[1, 2, 3]]);
  });

  it('when a group fails, commits its sources one by one so only the failing one fails', async () => {
    const commits = new GroupCommit(async (sources) => {
      if (sources.some((s) => s.sourceId === 3)) throw new Error('source 3 breaks a constraint');
      return sources.map((s) => summary(s.sourceId));
    }, 0);
    const first = commits.add(polled(1));
    const rest = [2, 3, 4].map((id) =>
      commits.add(polled(id)).then(
        (s) => s.created[0],
        (e: Error) => e.message,
      ),
    );
    await first;
    expect(await Promise.all(rest)).toEqual([2, 'source 3 breaks a constraint', 4]);
  });

  it('keeps a group within its event budget', async () => {
    const groups: number[][] = [];
    const commits = new GroupCommit(async (sources) => {
      groups.push(sources.map((s) => s.sourceId));
      await new Promise((r) => setTimeout(r, 1));
      return sources.map((s) => summary(s.sourceId));
    }, 0);
    await Promise.all([commits.add(polled(1)), commits.add(polled(2, 3000)), commits.add(polled(3, 3000)), commits.add(polled(4))]);
    expect(groups).toEqual([[1], [2], [3, 4]]);
  });

  it('makes room for more work as soon as a group is taken into its commit, not when that commit ends', async () => {
    const releases: (() => void)[] = [];
    const commits = new GroupCommit(async (sources) => {
      await new Promise<void>((r) => releases.push(r));
      return sources.map((s) => summary(s.sourceId));
    }, 0);
    const done = [1, 2, 3, 4].map((id) => commits.add(polled(id)));
    await new Promise((r) => setTimeout(r, 1)); // 1 is in its commit; 2, 3 and 4 wait
    let roomed = false;
    void commits.room(3).then(() => (roomed = true));
    await expect(Promise.race([commits.room(4), 'waiting'])).resolves.toBeUndefined();
    await new Promise((r) => setTimeout(r, 1));
    expect(roomed).toBe(false);
    releases.shift()!(); // 1 commits; 2, 3 and 4 go into the next commit, which stays open
    await new Promise((r) => setTimeout(r, 1));
    expect(roomed).toBe(true);
    await expect(Promise.race([commits.room(1), 'waiting'])).resolves.toBeUndefined(); // none waits
    expect(releases).toHaveLength(1);
    releases.shift()!();
    expect((await Promise.all(done)).map((s) => s.created[0])).toEqual([1, 2, 3, 4]);
  });

  it('lets timers and I/O run between commits that hold the loop, as SQLite commits do', async () => {
    const order: string[] = [];
    const commits = new GroupCommit((sources) => {
      const end = performance.now() + SLICE_MS * 1.5;
      while (performance.now() < end); // a synchronous commit
      order.push('commit');
      return Promise.resolve(sources.map((s) => summary(s.sourceId)));
    }, 0);
    const done = Array.from({ length: MAX_SOURCES * 3 }, (_, i) => commits.add(polled(i)));
    setTimeout(() => order.push('timer'), 0);
    await Promise.all(done);
    expect(order.filter((o) => o === 'commit')).toHaveLength(4);
    // Without a turn between commits, all four would run before the timer.
    expect(order.indexOf('timer')).toBeGreaterThan(-1);
    expect(order.indexOf('timer')).toBeLessThan(order.length - 1);
  });
});
