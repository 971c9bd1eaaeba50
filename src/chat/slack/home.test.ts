import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { startFakeSlack } from '../../../test/fakes/slack/index.js';
import type { HomeSummary } from '../../core/chat.js';
import { renderHome } from './home.js';

const rsvp = (i: number): HomeSummary['rsvps'][number] => ({
  eventId: i,
  title: `Talk ${i} <!here> *bold*`,
  url: i % 2 ? `https://events.example.org/${i}` : null,
  start: new Date('2030-03-14T18:30:00Z'),
  timezone: 'Europe/London',
  allDay: false,
  place: 'The Victoria <@U0ADMIN>',
  mapUrl: 'https://www.openstreetmap.org/?mlat=52.4776&mlon=-1.9008',
  status: i % 3 ? 'going' : 'maybe',
  cancelled: i === 4,
});

const summary = (over: Partial<HomeSummary> = {}): HomeSummary => ({
  rsvps: [rsvp(1)],
  home: { name: 'Digbeth, England, GB', timezone: 'Europe/London' },
  reminder: '2 hours before',
  visibleAs: 'Priya <!channel>',
  channels: [{ channelId: 'C0BRUM', regionName: 'Birmingham <!everyone>', radiusKm: 20, postMode: 'digest' }],
  ...over,
});

const texts = (view: { blocks: unknown[] }) => JSON.stringify(view.blocks);

describe('renderHome', () => {
  it('is a home view whose text from feeds and people cannot mention anyone or form a link', () => {
    const view = renderHome(summary());
    expect(view.type).toBe('home');
    const all = texts(view);
    expect(all).toContain('Talk 1 &lt;!here&gt;');
    expect(all).toContain('The Victoria &lt;@U0ADMIN&gt;');
    expect(all).toContain('shown as *Priya &lt;!channel&gt;*');
    expect(all).toContain('<#C0BRUM> — Birmingham &lt;!everyone&gt; (20 km) · weekly digest only');
    expect(all).not.toMatch(/<!here>|<@U0ADMIN>|<!channel>|<!everyone>/);
  });

  it('stays within Slack’s 100 blocks with the most RSVPs and channels a summary holds', () => {
    const channels = Array.from({ length: 20 }, (_, i) => ({
      channelId: `C${i}`,
      regionName: null,
      radiusKm: 25,
      postMode: 'new' as const,
    }));
    const view = renderHome(summary({ rsvps: Array.from({ length: 20 }, (_, i) => rsvp(i + 1)), channels }));
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    expect(texts(view)).toContain('Talk 20');
    expect(texts(view)).toContain('<#C19> — no region set yet');
    expect(texts(view)).toContain(':x: cancelled');
  });

  it('says what to do when there is nothing yet', () => {
    const all = texts(renderHome(summary({ rsvps: [], home: null, visibleAs: null, channels: [], reminder: 'off' })));
    expect(all).toContain('No upcoming RSVPs');
    expect(all).toContain('Home place: not set');
    expect(all).toContain('Reminders: off');
    expect(all).toContain('hidden (you are only counted)');
  });
});

describe('views.publish against the fake Slack', () => {
  it('accepts the rendered home view and refuses what Slack refuses (not a home view, over 100 blocks)', async () => {
    const slack = await startFakeSlack({ users: { U0PRIYA: {} } });
    try {
      const client = new webApi.WebClient(slack.botToken, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } });
      const view = renderHome(summary({ rsvps: Array.from({ length: 20 }, (_, i) => rsvp(i + 1)) }));
      expect((await client.views.publish({ user_id: 'U0PRIYA', view })).ok).toBe(true);
      expect(slack.home.views.get('U0PRIYA')).toHaveLength(1);
      const tooMany = { type: 'home' as const, blocks: Array.from({ length: 101 }, () => ({ type: 'divider' as const })) };
      await expect(client.views.publish({ user_id: 'U0PRIYA', view: tooMany })).rejects.toMatchObject({
        data: { error: 'invalid_arguments' },
      });
      const modal = { ...view, type: 'modal' } as unknown as typeof view;
      await expect(client.views.publish({ user_id: 'U0PRIYA', view: modal })).rejects.toMatchObject({
        data: { error: 'invalid_arguments' },
      });
      expect(slack.home.views.get('U0PRIYA')).toHaveLength(1);
    } finally {
      await slack.close();
    }
  });
});
