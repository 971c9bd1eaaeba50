/**
 * What the chat core reports about the commands it runs, for the service's
 * metrics (src/service/metrics.ts implements it with prom-client). A port, so
 * the chat core knows nothing of Prometheus.
 */
export type CommandOutcome = 'ok' | 'invalid' | 'refused' | 'error';

export interface ChatObserver {
  /** One command finished: its path ("feed add", or "unknown"), the platform, how long it took and how it ended. */
  commandDone(done: { command: string; platform: string; seconds: number; outcome: CommandOutcome }): void;
}
