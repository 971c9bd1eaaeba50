/**
 * Runs `work` after every earlier piece of work with the same key has
 * finished (a promise chain per key; the chain is dropped once idle). Chat
 * adapters use it so one person's reactions reach the core in the order the
 * platform sent them, whatever each one awaits on the way (fetching a partial
 * message, checking a delivery id). `work` must not reject.
 */
export function createSerialQueue(): (key: string, work: () => Promise<void>) => Promise<void> {
  const tails = new Map<string, Promise<void>>();
  return (key, work) => {
    const next = (tails.get(key) ?? Promise.resolve()).then(work);
    tails.set(key, next);
    void next.then(() => {
      if (tails.get(key) === next) tails.delete(key);
    });
    return next;
  };
}
