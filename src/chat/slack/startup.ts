import { webApi } from '@slack/bolt';

/**
 * Start-up failures as one line a self-hoster can act on. Codes are Slack Web
 * API error strings (`invalid_auth`, …); anything that is not a Slack answer
 * means the API could not be reached.
 */
const BAD_TOKEN = new Set([
  'invalid_auth',
  'not_authed',
  'token_revoked',
  'token_expired',
  'account_inactive',
  'user_removed_from_team',
  'team_disabled',
]);

export function botTokenProblem(err: unknown, apiUrl: string): string {
  const slack = slackCode(err);
  if (slack && BAD_TOKEN.has(slack)) {
    return `Slack rejected SLACK_BOT_TOKEN (${slack}). Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page.`;
  }
  if (slack) return `Slack answered auth.test for SLACK_BOT_TOKEN with an error (${slack}).`;
  return unreachable(err, apiUrl);
}

export function appTokenProblem(err: unknown, apiUrl: string): string {
  const slack = slackCode(err);
  if (slack && (BAD_TOKEN.has(slack) || slack === 'not_allowed_token_type' || slack === 'invalid_token')) {
    return (
      `Slack rejected SLACK_APP_TOKEN (${slack}). Create an app-level token (xapp-…) with the connections:write scope ` +
      'under Basic Information → App-Level Tokens, and make sure Socket Mode is enabled; or unset SLACK_APP_TOKEN to use HTTP mode.'
    );
  }
  if (slack) return `Slack refused to open a Socket Mode connection (${slack}).`;
  return unreachable(err, apiUrl);
}

function unreachable(err: unknown, apiUrl: string): string {
  const detail = err instanceof Error ? ((err as { original?: Error }).original?.message ?? err.message) : String(err);
  return `Could not reach the Slack API at ${apiUrl} (${detail}). Check SLACK_API_URL and the network.`;
}

function slackCode(err: unknown): string | null {
  if (err instanceof webApi.WebAPIPlatformError) return err.data.error;
  const data = (err as { data?: { error?: unknown } } | null)?.data;
  return data && typeof data.error === 'string' ? data.error : null;
}

/** Asks Slack for a Socket Mode URL once, without retries, to check SLACK_APP_TOKEN before Bolt starts (Bolt retries some refusals forever). */
export async function checkAppToken(appToken: string, options: webApi.WebClientOptions): Promise<void> {
  const client = new webApi.WebClient(undefined, { ...options, retryConfig: { retries: 0 } });
  await client.apps.connections.open({ token: appToken });
}
