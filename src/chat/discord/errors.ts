import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';

/**
 * Turns what discord.js throws into a sentence a person can act on, and
 * decides whether a failed delivery is worth retrying.
 *
 * Retry rule: the server had a problem (5xx), we were rate limited (429) or
 * never got an answer (network error, timeout) → retryable. Discord answered
 * with a 4xx (unknown channel/message, missing access/permissions, invalid
 * body) → retrying the same request would fail the same way → not retryable.
 */

/** Discord JSON error codes the bot can explain. */
const KNOWN_CODES: Record<number, string> = {
  10003: 'the channel does not exist or the bot cannot see it',
  10008: 'the message no longer exists (deleted?)',
  50001: 'the bot has no access to that channel (View Channel)',
  50007: 'the member does not accept direct messages from the bot (their DMs are closed)',
  50013: 'the bot is missing permissions there (it needs View Channel, Send Messages, Embed Links, Add Reactions and Read Message History)',
  50035: 'Discord rejected the message as invalid',
  40001: 'Discord rejected the bot token',
};

export function describeDiscordError(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    const known = typeof error.code === 'number' ? KNOWN_CODES[error.code] : undefined;
    const detail = firstLine(error.message);
    return known
      ? `${known} (${error.status} ${detail}, code ${error.code})`
      : `Discord answered ${error.status} ${detail} (code ${error.code})`;
  }
  if (error instanceof HTTPError) return `Discord answered ${error.status} ${firstLine(error.message)}`;
  if (error instanceof RateLimitError) return `rate limited by Discord (retry in ${Math.ceil(error.retryAfter / 1000)} s)`;
  const network = networkCode(error);
  if (network) return `could not reach Discord (${network})`;
  return error instanceof Error ? firstLine(error.message) : String(error);
}

export function isRetryable(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status === 429 || error.status >= 500;
  if (error instanceof HTTPError) return error.status === 429 || error.status >= 500;
  return true;
}

/** Network-level failure code (ECONNREFUSED, ENOTFOUND, timeout …) or null. */
function networkCode(error: unknown): string | null {
  if (!(error instanceof Error)) return null;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'timed out';
  const cause = (error as { cause?: unknown }).cause;
  const code = (error as { code?: unknown }).code ?? (cause as { code?: unknown } | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return code;
  if (/fetch failed|socket|network/i.test(error.message)) return firstLine(error.message);
  return null;
}

/**
 * The one-line reason `start()` failed: a rejected token or an unreachable
 * API, with what to do about it. Never a stack trace.
 */
export function startFailureMessage(error: unknown, apiUrl: string): string {
  const status = error instanceof DiscordAPIError || error instanceof HTTPError ? error.status : undefined;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid' || status === 401 || code === 40001) {
    return 'Discord rejected DISCORD_TOKEN (401 Unauthorized). Copy the bot token from the Developer Portal → Bot → Reset Token.';
  }
  if (code === 'DisallowedIntents' || code === 4014) {
    return 'Discord refused the gateway intents the bot asked for. Nothing privileged is needed; check the bot is not restricted in the Developer Portal → Bot.';
  }
  const network = networkCode(error);
  if (network) return `Could not reach the Discord API at ${apiUrl} (${network}). Check the network, or DISCORD_API_URL if you changed it.`;
  return `Could not connect to Discord: ${describeDiscordError(error)}.`;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
