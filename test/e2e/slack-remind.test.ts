import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness, type Mode } from '../fakes/slack/harness.js';
import { openHome } from '../fakes/slack/home.js';
import { textOf } from '../fakes/slack/scenario.js';
import { icsCalendar, pubEvent } from '../helpers/feed-server.js';

/**
 * Reminders, opt-in names, /events who and the App Home on Slack, end to end
 * in both transports: the real service and Bolt app against the fake Slack
 * (chat.postMessage to a user id is a DM; views.publish validates the view;
 * app_home_opened arrives over signed HTTP or Socket Mode).
 */
const DAY = 86_400_000;
const HOUR = 3_600_000;
const ADMIN = 'U0ADMIN';
const PRIYA = 'U0PRIYA';
const TOM = 'U0TOM';
const QUIET = 'U0QUIET';
const PRANK = 'U0PRANK';
/** Not a member Slack knows: a DM to them is channel_not_found. */
const GHOST = 'U0GHOST';
const PRANK_NAME = '<!channel> <https://evil.example|x>';
const PRANK_ESCAPED = '&lt;!channel&gt; &lt;https://evil.example|x&gt;';

for (const mode of ['socket', 'http'] as Mode[]) {
  describe(`Slack reminders, visible names, /events who and App Home (${mode})`, () => {
    let h: Harness;
    let start: Date;
    let eventId: number;
    let n = 0;
    const post = () => h.slack.messages.find((m) => m.channel === h.channelId && m.text.includes('Tech Social'))!;
    const dms = (user: string) => h.slack.messages.filter((m) => m.channel === `D${user.slice(1)}`);

    beforeAll(async () => {
      h = await startHarness(mode, {
        users: {
          [ADMIN]: { is_admin: true },
          [PRIYA]: { display_name: 'Priya' },
          [TOM]: { display_name: 'Tom' },
          [QUIET]: {},
          [PRANK]: { display_name: PRANK_NAME },
        },
      });
      start = new Date(Math.ceil((h.clock.now.getTime() + 3 * DAY) / HOUR) * HOUR);
      h.feeds.set('/remind.ics', icsCalendar('Remind Tests', [pubEvent({ uid: 'social', summary: 'Tech Social', start })]));
      await h.command('region Birmingham 20km', ADMIN);
      await h.command(`feed add <${h.feeds.url('/remind.ics')}>`, ADMIN);
      h.clock.now = new Date(h.clock.now.getTime() + 11 * 60_000);
      await h.service.pollOnce();
      await h.service.deliverNow();
      const channel = await h.service.store.channels.find({ platform: 'slack', workspaceId: h.slack.teamId, channelId: h.channelId });
      eventId = (await h.service.store.posts.findByMessage(channel!.id, post().ts))!.eventId!;
    });
    afterAll(() => h?.close());

    it('sets reminders and visibility, answering only the person who asked (name from users.info)', async () => {
      const remind = await h.command('remind 24h', PRIYA);
      expect(remind.response_type).toBe('ephemeral');
      expect(textOf(remind)).toContain('24 hours before each event');
      const visible = await h.command('visible on', PRIYA);
      expect(visible.response_type).toBe('ephemeral');
      expect(textOf(visible)).toContain('*Priya*');
      await h.command('visible on', TOM);
      await h.command('visible on', PRANK);
      await h.command('remind 2h', GHOST);
      const bad = await h.command('remind 3h', PRIYA);
      expect(textOf(bad)).toContain('Usage: */events remind &lt;24h|2h|off&gt;');
    });

    it('shows visible names on the post, escaped, and counts the rest', async () => {
      for (const user of [PRIYA, TOM, QUIET, PRANK, GHOST])
        await h.react({ eventId: `Ev${mode}${(n += 1)}`, userId: user, reaction: 'white_check_mark', ts: post().ts });
      await eventually(async () => (await h.service.store.rsvps.counts([eventId])).get(eventId)!.going === 5, 'five RSVPs');
      await h.service.flushEdits();
      const text = textOf(post());
      expect(text).toContain(`*5* going (Priya, Tom, ${PRANK_ESCAPED} and 2 others) · *0* maybe`);
      expect(text).not.toMatch(/<!channel>|<https:\/\/evil/);
    });

    it('/events who names visible members and counts everyone else', async () => {
      const who = await h.command(`who ${eventId}`, QUIET);
      expect(who.response_type).toBe('ephemeral');
      expect(textOf(who)).toContain(`✅ Going (5): Priya, Tom, ${PRANK_ESCAPED} and 2 others`);
      expect(textOf(who)).toContain('/events visible on');
    });

    it('sends each reminder once as a DM when the clock reaches it; a user Slack cannot message is given up', async () => {
      h.clock.now = new Date(start.getTime() - DAY - 60_000);
      await h.service.remindersNow();
      expect(dms(PRIYA)).toHaveLength(0);
      h.clock.now = new Date(start.getTime() - DAY + 60_000);
      expect(await h.service.remindersNow()).toEqual({ sent: 1, undeliverable: 0, failed: 0 });
      const [dm] = dms(PRIYA);
      const text = textOf(dm!);
      expect(text).toContain('⏰ Reminder: <https://events.example.org/social|Tech Social> starts ');
      expect(text).toContain(`<!date^${start.getTime() / 1000}^{date_short_pretty} at {time}|`);
      expect(text).toContain('<https://www.openstreetmap.org/?mlat=52.4776&amp;mlon=-1.9008');
      expect(text).toContain(`👥 Also going: Tom, ${PRANK_ESCAPED} and 2 others`);
      const call = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === PRIYA)!;
      expect(call.args).toMatchObject({ parse: 'none', link_names: false, unfurl_links: false });
      h.clock.now = new Date(start.getTime() - 2 * HOUR + 60_000);
      expect(await h.service.remindersNow()).toEqual({ sent: 0, undeliverable: 1, failed: 0 });
      expect(dms(PRIYA)).toHaveLength(1);
      h.clock.now = new Date(start.getTime() - HOUR);
      await h.service.remindersNow();
      expect(h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === GHOST)).toHaveLength(1);
      expect((await h.service.store.reminders.forUser('slack', GHOST))[0]!.state).toBe('undeliverable');
    });

    it('publishes the App Home: upcoming RSVPs, home place, reminder and name settings, channel regions', async () => {
      await h.command('home Coventry', PRIYA);
      h.slack.home.memberships.set(h.channelId, new Set([PRIYA]));
      h.slack.home.memberships.set('C0OTHER', new Set([PRIYA]));
      await openHome(h, PRIYA, `EvHome${mode}1`);
      const view = await h.slack.waitFor(() => h.slack.home.views.get(PRIYA)?.at(-1), 'the home view');
      const text = textOf(view);
      expect(text).toContain('<https://events.example.org/social|Tech Social>');
      expect(text).toContain(':white_check_mark: Going');
      expect(text).toContain(':round_pushpin: The Victoria, 48 John Bright St');
      const home = (await h.service.store.users.get('slack', PRIYA))!;
      expect(text).toContain(`:house: Home place: *${home.homeName!}* (${home.timezone!})`);
      expect(text).toContain('Reminders: 24 hours before');
      expect(text).toContain('shown as *Priya*');
      expect(text).toMatch(new RegExp(`<#${h.channelId}> — Birmingham[^\\n]*\\(20 km\\) · new events as they are found`));
      expect(text).not.toContain('C0OTHER');
      const call = h.slack.callsTo('views.publish').at(-1)!;
      expect(call.answer.ok).toBe(true);
    });

    it('publishes an empty App Home for someone new, escaping their name', async () => {
      await openHome(h, PRANK, `EvHome${mode}2`);
      const view = await h.slack.waitFor(() => h.slack.home.views.get(PRANK)?.at(-1), 'the home view');
      expect(textOf(view)).toContain(`shown as *${PRANK_ESCAPED}*`);
      await openHome(h, ADMIN, `EvHome${mode}3`);
      const empty = await h.slack.waitFor(() => h.slack.home.views.get(ADMIN)?.at(-1), 'the home view');
      expect(textOf(empty)).toContain('No upcoming RSVPs');
      expect(textOf(empty)).toContain('not in any channel where events-bot posts yet');
      expect(textOf(empty)).toContain('Reminders: off');
    });
  });
}

async function eventually(check: () => Promise<boolean>, what: string, limitMs = 10_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
