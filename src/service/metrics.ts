import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ChatPort, DeliveryResult } from '../core/chat.js';
import type { Logger } from '../core/log.js';
import type { ChatObserver } from '../core/metrics.js';
import type { RsvpRepo, Store } from '../core/ports.js';
import type { FetchPort } from '../ingest/index.js';
import type { PollSummary } from '../pipeline/poll.js';

/**
 * Every Prometheus metric the service exports at /metrics, in one registry
 * per running service (README → "Operating it" lists the same names):
 *
 * | name | type | labels | what |
 * | --- | --- | --- | --- |
 * | `events_bot_poll_cycles_total` | counter | | poll cycles run |
 * | `events_bot_poll_cycle_seconds` | histogram | | how long a cycle took (fetch, parse, store) |
 * | `events_bot_source_polls_total` | counter | `outcome` = ok, not_modified, failed | sources polled |
 * | `events_bot_fetches_total` | counter | `kind` = ok, not-modified, http-error, network-error, too-large, blocked, parse-error | HTTP fetches (feeds and event pages) by outcome |
 * | `events_bot_events_stored_total` | counter | `change` = new, changed, unchanged | events from polled sources, by what storing them did |
 * | `events_bot_posts_total` | counter | `platform`, `kind` = event, digest, notice; `result` = sent, edited, failed | messages sent to chat |
 * | `events_bot_rsvps_total` | counter | `platform`, `status` = going, maybe, no; `change` = set, removed | RSVPs recorded (reactions and `/events rsvp`) |
 * | `events_bot_command_duration_seconds` | histogram | `command`, `platform`, `outcome` = ok, invalid, refused, error | `/events` commands |
 * | `events_bot_sources_failing` | gauge | `consecutive_failures` = 1, 2-4, 5-9, 10+ | sources whose last poll failed, by failures in a row |
 *
 * plus prom-client's default process and Node.js metrics (`process_*`, `nodejs_*`).
 * Labels are bounded: no URL, channel or user ever becomes a label.
 */
export class ServiceMetrics implements ChatObserver {
  readonly registry = new Registry();
  private readonly cycles = new Counter({ name: 'events_bot_poll_cycles_total', help: 'Poll cycles run', registers: [this.registry] });
  private readonly cycleSeconds = new Histogram({
    name: 'events_bot_poll_cycle_seconds',
    help: 'Duration of one poll cycle',
    buckets: [0.1, 0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly polls = new Counter({
    name: 'events_bot_source_polls_total',
    help: 'Sources polled, by outcome',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly fetches = new Counter({
    name: 'events_bot_fetches_total',
    help: 'HTTP fetches of feeds and event pages, by outcome kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly stored = new Counter({
    name: 'events_bot_events_stored_total',
    help: 'Events read from polled sources, by what storing them changed',
    labelNames: ['change'] as const,
    registers: [this.registry],
  });
  private readonly posts = new Counter({
    name: 'events_bot_posts_total',
    help: 'Chat messages sent, edited or failed',
    labelNames: ['platform', 'kind', 'result'] as const,
    registers: [this.registry],
  });
  private readonly rsvps = new Counter({
    name: 'events_bot_rsvps_total',
    help: 'RSVPs set or removed',
    labelNames: ['platform', 'status', 'change'] as const,
    registers: [this.registry],
  });
  private readonly commands = new Histogram({
    name: 'events_bot_command_duration_seconds',
    help: 'Time to answer an /events command',
    labelNames: ['command', 'platform', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  private lastCycle: PollSummary | null = null;

  constructor(store: Store, logger: Logger) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'events_bot_sources_failing',
      help: 'Sources whose last poll failed, by consecutive failures',
      labelNames: ['consecutive_failures'] as const,
      registers: [this.registry],
      async collect() {
        const buckets = await failureBuckets(store).catch((error: unknown) => {
          logger.warn({ err: error }, 'could not count failing sources for /metrics');
          return null;
        });
        this.reset();
        for (const [bucket, count] of buckets ?? []) this.set({ consecutive_failures: bucket }, count);
      },
    });
  }

  /** Records a finished poll cycle once, however many callers joined it. */
  pollCycle(summary: PollSummary, seconds: number): void {
    if (summary === this.lastCycle) return;
    this.lastCycle = summary;
    this.cycles.inc();
    this.cycleSeconds.observe(seconds);
    for (const r of summary.results) {
      this.polls.inc({ outcome: r.outcome.replace('-', '_') });
      if (r.outcome !== 'ok') continue;
      this.stored.inc({ change: 'new' }, r.created);
      this.stored.inc({ change: 'changed' }, r.updated);
      this.stored.inc({ change: 'unchanged' }, Math.max(0, r.events - r.created - r.updated));
    }
  }

  commandDone(done: Parameters<ChatObserver['commandDone']>[0]): void {
    this.commands.observe({ command: done.command, platform: done.platform, outcome: done.outcome }, done.seconds);
  }

  /** The port with every post, edit and digest counted by its result. */
  countPosts(port: ChatPort): ChatPort {
    const count = (kind: 'event' | 'digest' | 'notice', success: 'sent' | 'edited') => (result: DeliveryResult) => {
      this.posts.inc({ platform: port.platform, kind, result: result.ok ? success : 'failed' });
      return result;
    };
    // Everything the port offers (its send options, `idempotentSends`) passes through unchanged.
    return {
      ...port,
      platform: port.platform,
      postEvent: (channel, card, opts) => port.postEvent(channel, card, opts).then(count('event', 'sent')),
      editEvent: (channel, messageId, card) => port.editEvent(channel, messageId, card).then(count('event', 'edited')),
      postDigest: (channel, page, opts) => port.postDigest(channel, page, opts).then(count('digest', 'sent')),
      // Optional on the port (a class instance's method is not copied by the spread above).
      postNotice: port.postNotice && ((channel, lines) => port.postNotice!(channel, lines).then(count('notice', 'sent'))),
    };
  }

  /** The fetcher with every outcome counted by kind. */
  countFetches(port: FetchPort): FetchPort {
    return {
      fetch: async (url, conditional) => {
        const outcome = await port.fetch(url, conditional);
        this.fetches.inc({ kind: outcome.kind });
        return outcome;
      },
    };
  }

  /** The RSVP repository with every change counted. */
  countRsvps(repo: RsvpRepo): RsvpRepo {
    return {
      ...repo,
      set: async (eventId, platform, userId, status) => {
        await repo.set(eventId, platform, userId, status);
        this.rsvps.inc({ platform, status, change: 'set' });
      },
      remove: async (eventId, platform, userId, status) => {
        await repo.remove(eventId, platform, userId, status);
        this.rsvps.inc({ platform, status: status ?? 'any', change: 'removed' });
      },
    };
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

const BUCKETS: [string, number][] = [
  ['10+', 10],
  ['5-9', 5],
  ['2-4', 2],
  ['1', 1],
];

/** Failing sources counted into a few buckets of consecutive failures (every bucket present, zero or not). */
async function failureBuckets(store: Store): Promise<Map<string, number>> {
  const counts = new Map(BUCKETS.map(([name]) => [name, 0]));
  for (const source of await store.sources.list()) {
    const bucket = BUCKETS.find(([, min]) => source.failureCount >= min);
    if (bucket) counts.set(bucket[0], counts.get(bucket[0])! + 1);
  }
  return counts;
}
