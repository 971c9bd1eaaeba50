import { z } from 'zod';
import cron from 'node-cron';
import { httpUrl } from '../core/url.js';

/**
 * All configuration comes from environment variables (and `.env` when
 * present), parsed once at start-up by this one schema. `.env.example`
 * documents every variable; keep the two in step.
 */
const bool = (fallback: boolean) =>
  z
    .string()
    .default(String(fallback))
    .refine((v) => /^(true|false|1|0|yes|no)?$/i.test(v.trim()), 'true or false')
    .transform((v) => /^(true|1|yes)$/i.test(v.trim()));

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const url = (what: string) => z.string().refine((v) => httpUrl(v) !== null, `an http(s) URL for ${what}`);

export const ConfigSchema = z.object({
  DATABASE_URL: z
    .string()
    .default('file:./data/events.db')
    .refine(
      (v) => /^file:.+/.test(v) || /^postgres(ql)?:\/\/.+/.test(v),
      'file:<path> for the embedded SQLite database or postgresql://user@host:port/db',
    ),
  HTTP_PORT: z.coerce.number().int('a whole number').min(0).max(65535, 'a port number from 0 to 65535').default(3000),
  HTTP_HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  POLL_SCHEDULE: z
    .string()
    .default('*/15 * * * *')
    .refine((v) => cron.validate(v), 'a cron expression such as "*/15 * * * *"'),
  POLL_CONCURRENCY: z.coerce.number().int().min(1).max(32).default(4),
  HORIZON_DAYS: z.coerce.number().int().min(1).max(366).default(60),
  MAX_EVENTS_PER_SOURCE: z.coerce.number().int().min(1).default(2000),
  ALLOW_PRIVATE_NETWORK_FEEDS: bool(false),
  FETCH_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(5 * 1024 * 1024),
  FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  DISCORD_TOKEN: optionalString,
  DISCORD_API_URL: url('DISCORD_API_URL').default('https://discord.com/api'),
  DISCORD_GUILD_ID: optionalString,
  /** Gateway shards in all; unset: Discord's recommendation (GET /gateway/bot). */
  DISCORD_SHARD_COUNT: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int('a whole number').min(1, 'at least 1').max(1024).optional(),
  ),
  /** Instances expected to share the Discord gateway: each takes ceil(shards / this) at start. */
  DISCORD_INSTANCES: z.coerce.number().int('a whole number').min(1, 'at least 1').max(1024).default(1),
  /** Most events the bot keeps in one Discord server's Events tab (Discord allows 100 in all); the soonest are kept. */
  DISCORD_EVENTS_CAP: z.coerce.number().int('a whole number').min(1).max(100, 'a number from 1 to 100').default(50),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: url('SLACK_API_URL').default('https://slack.com/api/'),
  SLACK_ADMIN_USER_IDS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  CONSOLE_CHAT: z.enum(['auto', 'on', 'off']).default('auto'),
  INSTANCE_ID: optionalString,
  /** The address people reach this service's HTTP server at (calendar links: <PUBLIC_URL>/ical/<token>.ics). */
  PUBLIC_URL: optionalString.refine((v) => v === undefined || httpUrl(v) !== null, 'an http(s) URL such as https://events.example.org'),
  /** Failed polls in a row before a channel is told its feed is failing. */
  FEED_ALERT_FAILURES: z.coerce.number().int('a whole number').min(1, 'at least 1').max(1000).default(5),
  /** Days without any event from a feed before a channel is told it has gone quiet. */
  FEED_ALERT_QUIET_DAYS: z.coerce.number().int('a whole number').min(1, 'at least 1').max(365).default(30),
  /** When set, GET /metrics requires `Authorization: Bearer <METRICS_TOKEN>`. */
  METRICS_TOKEN: optionalString,
});

export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

const SECRET = /TOKEN|SECRET|PASSWORD/;

/** Parses the environment. On failure returns one line naming the variable, what it got and what it expects. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return checkPairs(parsed.data);
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  const raw = env[name];
  const got = raw === undefined ? 'nothing' : SECRET.test(name) ? '(hidden)' : JSON.stringify(raw);
  return { ok: false, message: `Invalid ${name}: got ${got}, expected ${expectation(issue)}.` };
}

function expectation(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_value' && 'values' in issue) return `one of ${issue.values.join(', ')}`;
  if (issue.code === 'invalid_type') return `a ${issue.expected}`;
  return issue.message;
}

function checkPairs(config: Config): ConfigResult {
  if (config.SLACK_BOT_TOKEN && !config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    return {
      ok: false,
      message:
        "Invalid SLACK_SIGNING_SECRET: got nothing, expected the app's signing secret (HTTP mode) or set SLACK_APP_TOKEN for Socket Mode.",
    };
  }
  return { ok: true, config };
}
