import { describe, expect, it } from 'vitest';
import { recordingCore } from '../../../../test/fakes/slack/recording-core.js';
import { recordingLogger } from '../../../../test/helpers/recording-logger.js';
import type { AdminChecker } from '../admin.js';
import { SeenEventIds } from '../event-ids.js';
import { dedupeEvents } from './dedupe.js';

/** The Events API middleware: retries dropped, one person's events kept in the order Slack sent them. */
describe('dedupeEvents', () => {
  function setUp(delays: Record<string, number>) {
    const core = recordingCore();
    const seenIds = new Set<string>();
    // The database check answers the first delivery slowly and later ones fast, as a busy database might.
    core.firstDelivery = async (id) => {
      await new Promise((r) => setTimeout(r, delays[id] ?? 0));
      if (seenIds.has(id)) return false;
      seenIds.add(id);
      return true;
    };
    const middleware = dedupeEvents({
      core,
      logger: recordingLogger(),
      admins: {} as AdminChecker,
      names: { nameOf: async () => null },
      seen: new SeenEventIds(),
      now: () => new Date(),
    });
    const handled: string[] = [];
    const deliver = (eventId: string, user: string) =>
      middleware({
        body: { event_id: eventId, event: { type: 'reaction_added', user } },
        context: {},
        next: async () => void handled.push(eventId),
      } as unknown as Parameters<typeof middleware>[0]);
    return { deliver, handled };
  }

  it("handles one person's events in the order Slack sent them, even when a check is slow", async () => {
    const { deliver, handled } = setUp({ 'slack:Ev1': 40, 'slack:Ev2': 0 });
    await Promise.all([deliver('Ev1', 'U1'), deliver('Ev2', 'U1')]);
    expect(handled).toEqual(['Ev1', 'Ev2']);
  });

  it("does not hold up another person's events", async () => {
    const { deliver, handled } = setUp({ 'slack:Ev1': 40, 'slack:Ev2': 0 });
    await Promise.all([deliver('Ev1', 'U1'), deliver('Ev2', 'U2')]);
    expect(handled).toEqual(['Ev2', 'Ev1']);
  });

  it('drops a retry of an event it has handled', async () => {
    const { deliver, handled } = setUp({});
    await deliver('Ev1', 'U1');
    await deliver('Ev1', 'U1');
    expect(handled).toEqual(['Ev1']);
  });
});
