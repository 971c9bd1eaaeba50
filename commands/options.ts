import { z } from 'zod';
import type { CommandOption } from '../src/core/chat.js';

/** Option definitions and validators shared by several commands, so every command words its errors the same way. */
export const radiusOption: CommandOption = {
  name: 'radius',
  description: 'Distance in km (1–200)',
  type: 'number',
  min: 1,
  max: 200,
  unit: 'km',
};

export const radiusSchema = z.coerce
  .number({ message: 'Radius must be a number of kilometres from 1 to 200, like 25km' })
  .min(1, 'Radius must be between 1 and 200 km, like 25km')
  .max(200, 'Radius must be between 1 and 200 km, like 25km');

export const placeOption = (description: string): CommandOption => ({
  name: 'place',
  description,
  type: 'string',
  required: true,
  autocomplete: 'place',
  rest: true,
});

export const placeSchema = z
  .string({ message: 'Tell me a place, like Birmingham, UK or a postcode like B5 4BU' })
  .trim()
  .min(2, 'Tell me a place, like Birmingham, UK or a postcode like B5 4BU')
  .max(100, 'That place name is too long (100 characters at most)');

/** The number of a feed, as `/events feed list` shows it (#3). */
export const feedIdSchema = z.coerce
  .number({ message: 'Give the feed number from /events feed list' })
  .int('Give the feed number from /events feed list')
  .positive('Give the feed number from /events feed list');

export const feedIdOption: CommandOption = {
  name: 'id',
  description: 'Feed number from /events feed list',
  type: 'integer',
  required: true,
  min: 1,
};

export const eventIdSchema = z.coerce
  .number({ message: 'Give the event number shown as #42 in lists' })
  .int('Give the event number shown as #42 in lists')
  .positive('Give the event number shown as #42 in lists');

/** The `state` argument of an on/off switch (`sync`, `threads`, `visible`). */
export const onOffSchema = z.object({ state: z.enum(['on', 'off'], { message: 'Say on or off' }) });

export const onOffOption = (description: string, labels = { on: 'On', off: 'Off' }): CommandOption => ({
  name: 'state',
  description,
  type: 'string',
  required: true,
  choices: [
    { name: labels.on, value: 'on' },
    { name: labels.off, value: 'off' },
  ],
});
