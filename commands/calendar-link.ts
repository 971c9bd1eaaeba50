import { randomBytes } from 'node:crypto';
import type { Line } from '../src/core/chat.js';

/** A calendar feed token: 192 random bits, URL-safe (the whole secret of the link). */
export const newCalendarToken = (): string => randomBytes(24).toString('base64url');

/**
 * The lines that hand someone a calendar link: the full URL when PUBLIC_URL
 * is set, otherwise the path and a plain word that the operator must set it.
 */
export function calendarLinkLines(publicUrl: string | undefined, token: string): Line[] {
  const path = `/ical/${token}.ics`;
  if (!publicUrl) {
    return [
      ['⚠️ I can’t give a full link: PUBLIC_URL is not set, so I don’t know the web address people reach me at.'],
      [
        `The calendar is at ${path} on that address. Ask whoever runs the bot to set PUBLIC_URL (e.g. https://events.example.org) and restart it.`,
      ],
    ];
  }
  const url = `${publicUrl.replace(/\/+$/, '')}${path}`;
  return [
    [{ link: url, url }],
    [
      'Add it to your calendar app as a subscription (Google Calendar: Other calendars → From URL; Apple Calendar: File → New Calendar Subscription; Outlook: Add calendar → Subscribe from web).',
    ],
  ];
}
