import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelRecord } from '../../../src/core/ports.js';
import { icsCalendar, pubEvent } from '../../helpers/feed-server.js';
import { startHarness, type Harness, type Mode } from './harness.js';
import { textOf } from './scenario.js';

/**
 * Every `/events` subcommand typed on Slack, end to end against the real
 * service in one transport: the text as Slack sends it, who may run it,
 * what it changes, and the ephemeral usage answer to a bad argument. Also:
 * the command is acknowledged before the work starts (Slack's 3 s limit).
 */
const OWNER = 'U0OWNER';
const MEMBER = 'U0MEMBER';
const LISTED = 'U0LISTED';
const DAY = 86_400_000;

/** A feed server that holds each answer until `release()`, to observe what happens while a command is still working. */
async function holdingFeed(body: string): Promise<{ url: string; requested: Promise<void>; release(): void; close(): Promise<void> }> {
  let release!: () => void;
  let requestArrived!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested = new Promise<void>((resolve) => (requestArrived = resolve));
  const server: Server = createServer((_req, res) => {
    requestArrived();
    void released.then(() => res.writeHead(200, { 'content-type': 'text/calendar' }).end(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slow.ics`,
    requested,
    release,
    close: () =>
      new Promise<void>((resolve) => {
        release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function slackCommands(mode: Mode): void {
  describe(`Slack /events commands (${mode === 'http' ? 'HTTP mode' : 'Socket Mode'})`, () => {
    let h: Harness;
    const channel = async (): Promise<ChannelRecord | null> =>
      h.service.store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: h.channelId });

    beforeAll(async () => {
      h = await startHarness(mode, { users: { [OWNER]: { is_owner: true }, [MEMBER]: {} }, adminUserIds: [LISTED] });
      h.feeds.set(
        '/brum.ics',
        icsCalendar('Brum Tech', [pubEvent({ uid: 'one', summary: 'Brum talk', start: new Date(Date.now() + DAY) })]),
      );
    });
    afterAll(() => h?.close());

    it('acknowledges /events at once and answers when the work is done (ack first)', async () => {
      await h.command('region Birmingham', OWNER);
      const feed = await holdingFeed(
        icsCalendar('Slow Brum', [pubEvent({ uid: 'slow', summary: 'Slow talk', start: new Date(Date.now() + DAY) })]),
      );
      try {
        // The feed answers only when released, so `feed add` cannot finish before it is acknowledged.
        const answered = h.slack.responses.length;
        const { acked, reply } = await h.send(`feed add <${feed.url}>`, OWNER);
        expect(acked.status).toBe(200);
        await feed.requested;
        expect(h.slack.responses.length).toBe(answered);
        feed.release();
        expect(textOf(await reply())).toContain('Following *Slow Brum');
      } finally {
        await feed.close();
      }
    });

    it.each([
      ['region Leeds 10km'],
      ['feed add <https://example.org/cal.ics>'],
      ['feed list'],
      ['feed remove 1'],
      ['digest monday 09:00'],
      ['digest off'],
      ['mode digest'],
    ])('refuses "/events %s" from a member who is not a workspace admin, and changes nothing', async (text) => {
      const before = await channel();
      const reply = await h.command(text, MEMBER);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('Only admins');
      expect(await channel()).toEqual(before);
      expect((await h.service.store.channels.sources(before!.id)).length).toBe(1);
    });

    it('lets a workspace owner set the region with a radius: /events region Birmingham 20km', async () => {
      const reply = await h.command('region Birmingham 20km', OWNER);
      expect(reply.response_type).toBe('in_channel');
      expect(textOf(reply)).toContain('*Birmingham, England, GB — 20 km, Europe/London*');
      expect(await channel()).toMatchObject({ regionName: 'Birmingham, England, GB', radiusKm: 20, timezone: 'Europe/London' });
    });

    it('follows a feed whose link Slack wrapped as <url|label>, and lists it', async () => {
      const url = h.feeds.url('/brum.ics');
      const reply = await h.command(`feed add <${url}|${url.replace(/^http:\/\//, '')}>`, OWNER);
      expect(reply.response_type).toBe('in_channel');
      expect(textOf(reply)).toContain('Following *Brum Tech');
      expect(textOf(await h.command('feed list', OWNER))).toContain(url);
    });

    it.each([
      ['digest monday 09:00', { digestDay: 1, digestTime: '09:00' }, 'Mondays at 09:00'],
      ['digest Friday 18.30', { digestDay: 5, digestTime: '18:30' }, 'Fridays at 18:30'],
      ['digest off', { digestDay: null }, 'turned off'],
      ['mode digest', { postMode: 'digest' }, 'Only the weekly digest'],
      ['mode new', { postMode: 'new' }, 'posted here as they are found'],
    ])('runs "/events %s" for a user in SLACK_ADMIN_USER_IDS', async (text, settings, answer) => {
      const reply = await h.command(text, LISTED);
      expect(reply.response_type).toBe('in_channel');
      expect(textOf(reply)).toContain(answer);
      expect(await channel()).toMatchObject(settings);
    });

    it('sets a member’s own home, only visible to them: /events home Coventry', async () => {
      const reply = await h.command('home Coventry', MEMBER);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('Your home is now *Coventry, England, GB*');
      expect(await h.service.store.users.get('slack', MEMBER)).toMatchObject({ homeName: 'Coventry, England, GB' });
    });

    it.each([
      ['nearby 500km', MEMBER, '/events nearby'],
      ['nearby 10km 400d', MEMBER, '/events nearby'],
      ['rsvp 12 perhaps', MEMBER, '/events rsvp'],
      ['rsvp going', MEMBER, '/events rsvp'],
      ['region', OWNER, '/events region'],
      ['region Birmingham 500km', OWNER, '/events region'],
      ['digest monday 25:00', OWNER, '/events digest'],
      ['digest someday', OWNER, '/events digest'],
      ['mode sometimes', OWNER, '/events mode'],
      ['feed add not-a-link', OWNER, '/events feed add'],
      ['feed remove first', OWNER, '/events feed remove'],
    ])('answers the bad argument in "/events %s" with the usage, only to the user', async (text, user, usage) => {
      const before = await channel();
      const reply = await h.command(text, user);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toMatch(/^❌ /);
      expect(textOf(reply)).toContain(`Usage: *${usage}`);
      expect(await channel()).toEqual(before);
    });

    it('names an unknown subcommand and points to help', async () => {
      const reply = await h.command('party tonight', MEMBER);
      expect(reply.response_type).toBe('ephemeral');
      expect(textOf(reply)).toContain('There is no /events party command');
      expect(textOf(reply)).toContain('*/events help*');
    });
  });
}
