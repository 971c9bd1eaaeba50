import { EventEmitter } from 'node:events';

/**
 * Change notification for the fake: every recorded call, response_url post or
 * Socket Mode ack emits 'change', and `waitFor` re-checks its condition then.
 * The timeout only turns a hang into a readable failure; no test asserts on time.
 */
export class Changes {
  private readonly emitter = new EventEmitter();

  constructor(private readonly timeoutMs = 15_000) {
    this.emitter.setMaxListeners(100);
  }

  notify(): void {
    this.emitter.emit('change');
  }

  /** Resolves with the first truthy value of `check()`, re-checked on every change. */
  waitFor<T>(check: () => T | undefined | null | false, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (!value) return false;
        cleanup();
        resolve(value);
        return true;
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Slack: timed out waiting for ${what}`));
      }, this.timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.emitter.off('change', attempt);
      };
      if (!attempt()) this.emitter.on('change', attempt);
    });
  }
}
