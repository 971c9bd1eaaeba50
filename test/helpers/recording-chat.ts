import type { ChatAdapter, DeliveryResult, DigestPage, EventCard } from '../../src/core/chat.js';
import type { ChannelKey } from '../../src/core/ports.js';

/**
 * A chat adapter that records what the core would send, so pipeline tests
 * can assert exactly what a channel would see (as MonitoRSS's captured
 * payloads do). It is a real adapter for a platform called "test".
 */
export class RecordingChat implements ChatAdapter {
  readonly platform = 'test';
  posts: { channel: ChannelKey; card: EventCard; messageId: string }[] = [];
  edits: { channel: ChannelKey; messageId: string; card: EventCard }[] = [];
  digests: { channel: ChannelKey; page: DigestPage; messageId: string }[] = [];
  /** The next N posts (or digests) fail as a platform outage would. */
  failNextPosts = 0;
  failNextDigests = 0;
  failures = 0;
  private next = 1;

  async start() {
    return { ok: true as const };
  }
  async stop() {}

  async postEvent(channel: ChannelKey, card: EventCard): Promise<DeliveryResult> {
    if (this.failNextPosts > 0) {
      this.failNextPosts--;
      this.failures++;
      return { ok: false, message: '503 Service Unavailable', retryable: true };
    }
    const messageId = `m${this.next++}`;
    this.posts.push({ channel, card, messageId });
    return { ok: true, messageId };
  }

  async editEvent(channel: ChannelKey, messageId: string, card: EventCard): Promise<DeliveryResult> {
    this.edits.push({ channel, messageId, card });
    return { ok: true, messageId };
  }

  async postDigest(channel: ChannelKey, page: DigestPage): Promise<DeliveryResult> {
    if (this.failNextDigests > 0) {
      this.failNextDigests--;
      this.failures++;
      return { ok: false, message: '502 Bad Gateway', retryable: true };
    }
    const messageId = `d${this.next++}`;
    this.digests.push({ channel, page, messageId });
    return { ok: true, messageId };
  }

  postFor(title: string) {
    return this.posts.find((p) => p.card.title === title);
  }
}
