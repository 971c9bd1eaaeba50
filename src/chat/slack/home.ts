import type { types } from '@slack/bolt';
import type { HomeSummary } from '../../core/chat.js';
import { formatInZone } from '../../core/time.js';
import { DATE_TOKENS, escapeText, link, slackDate, truncate } from './escape.js';

/** Slack's limits for a view: at most 100 blocks, section text at most 3,000 characters. */
const MAX_BLOCKS = 100;
const SECTION_MAX = 3000;

export interface HomeView {
  type: 'home';
  blocks: types.KnownBlock[];
}

const header = (text: string): types.KnownBlock => ({ type: 'header', text: { type: 'plain_text', text, emoji: true } });
const section = (text: string): types.KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, SECTION_MAX) } });
const context = (text: string): types.KnownBlock => ({
  type: 'context',
  elements: [{ type: 'mrkdwn', text: truncate(text, SECTION_MAX) }],
});

const LABEL = { going: ':white_check_mark: Going', maybe: ':thinking_face: Maybe', no: 'Not going' } as const;

/**
 * The App Home tab (views.publish): the member's upcoming RSVPs with when and
 * where, their home place, reminder and name settings, and the channels they
 * share with the bot with each one's region. Every text from a feed or a
 * person goes through `escapeText`/`link`, so it cannot form a mention or link.
 */
export function renderHome(home: HomeSummary): HomeView {
  const blocks: types.KnownBlock[] = [header('Your upcoming events')];
  if (home.rsvps.length === 0)
    blocks.push(section('No upcoming RSVPs. React :white_check_mark: on an event post, or try `/events nearby`.'));
  for (const r of home.rsvps) {
    const title = r.url ? link(r.url, r.title) : `*${escapeText(r.title)}*`;
    const when = r.allDay
      ? escapeText(formatInZone(r.start, r.timezone, 'date'))
      : slackDate(r.start, DATE_TOKENS.full, formatInZone(r.start, r.timezone, 'full'));
    const where = r.place ? `\n:round_pushpin: ${escapeText(r.place)}${r.mapUrl ? ` · ${link(r.mapUrl, 'Map')}` : ''}` : '';
    const cancelled = r.cancelled ? ' · :x: cancelled' : '';
    blocks.push(section(`${title}\n${when} · ${LABEL[r.status]} · #${r.eventId}${cancelled}${where}`));
  }
  blocks.push({ type: 'divider' }, header('Your settings'));
  const place = home.home
    ? `*${escapeText(home.home.name)}*${home.home.timezone ? ` (${escapeText(home.home.timezone)})` : ''}`
    : 'not set';
  blocks.push(
    section(
      [
        `:house: Home place: ${place} — \`/events home <place>\``,
        `:alarm_clock: Reminders: ${escapeText(home.reminder)} — \`/events remind 24h|2h|off\``,
        `:eyes: Your name on posts: ${home.visibleAs ? `shown as *${escapeText(home.visibleAs)}*` : 'hidden (you are only counted)'} — \`/events visible on|off\``,
      ].join('\n'),
    ),
  );
  blocks.push({ type: 'divider' }, header('Your channels'));
  if (home.channels.length === 0) blocks.push(section('You are not in any channel where events-bot posts yet.'));
  for (const c of home.channels) {
    const region = c.regionName ? `${escapeText(c.regionName)} (${Math.round(c.radiusKm)} km)` : 'no region set yet';
    const mode = c.postMode === 'new' ? 'new events as they are found' : 'weekly digest only';
    blocks.push(section(`<#${c.channelId}> — ${region} · ${mode}`));
  }
  blocks.push(context('Only you see this page. Type `/events help` in a channel for every command.'));
  return { type: 'home', blocks: blocks.slice(0, MAX_BLOCKS) };
}
