import { Writable } from 'node:stream';
import { expect, it } from 'vitest';
import { ConfigSchema } from '../config/index.js';
import { createLogger } from './log.js';

/** Every configuration variable that holds a credential (as loadConfig hides them in its errors). */
const SECRET_VARIABLES = Object.keys(ConfigSchema.shape).filter((k) => /TOKEN|SECRET|PASSWORD/.test(k));

function capture() {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString();
      done();
    },
  });
  return { logger: createLogger('info', { destination }), text: () => text };
}

it('knows which configuration variables are secrets', () => {
  expect(SECRET_VARIABLES).toEqual(['DISCORD_TOKEN', 'SLACK_BOT_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN', 'METRICS_TOKEN']);
});

const SHAPES: [string, Record<string, unknown>][] = [
  ...SECRET_VARIABLES.map((name): [string, Record<string, unknown>] => [
    `the ${name} variable in a logged configuration`,
    { config: { [name]: 'sekrit-value' } },
  ]),
  [
    'an adapter’s settings',
    { settings: { token: 'sekrit-value', botToken: 'sekrit-value', appToken: 'sekrit-value', signingSecret: 'sekrit-value' } },
  ],
  ['a request’s Authorization header', { req: { headers: { authorization: 'Bot sekrit-value' } } }],
  ['a token logged at the top level', { DISCORD_TOKEN: 'sekrit-value', token: 'sekrit-value' }],
];

it.each(SHAPES)('redacts %s', (_what, fields) => {
  const log = capture();
  log.logger.info(fields, 'something happened');
  expect(log.text()).toContain('something happened');
  expect(log.text()).toContain('[secret]');
  expect(log.text()).not.toContain('sekrit');
});
